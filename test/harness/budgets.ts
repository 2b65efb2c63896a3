import { Clock } from '../../src/common/clock';
import type { TestUser } from './factories';
import type { TestApp } from './test-app';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

export const BUDGET_FIELDS = `id title description rules totalAmount phase votingStyle maxChoices minProjects voterCount progress rulesEditable
  phases { phase startsAt endsAt } envelopes { id name district amount }`;
export const BUDGET = `query($id: ID!) { budget(id: $id) { ${BUDGET_FIELDS} viewerBallot { envelopeId projectId } } }`;
export const BUDGETS = `query($first: Int, $after: String) { budgets(first: $first, after: $after) { totalCount edges { cursor node { id title phase } }
  pageInfo { hasNextPage endCursor } } }`;
export const CREATE_BUDGET = `mutation($input: CreateBudgetInput!) { createBudget(input: $input) { ${BUDGET_FIELDS} } }`;
export const UPDATE_BUDGET = `mutation($id: ID!, $input: UpdateBudgetInput!) { updateBudget(id: $id, input: $input) { ${BUDGET_FIELDS} } }`;
export const ADVANCE = `mutation($id: ID!) { advanceBudgetPhase(id: $id) { ${BUDGET_FIELDS} } }`;
export const PROJECT_FIELDS = `id title description status estimatedCost cost reviewNote voteCount progress actualCost hidden
  location { lat lng address } envelope { id } author { id } mergedInto { id } followerCount viewerIsFollowing`;
export const SUBMIT = `mutation($input: SubmitBudgetProjectInput!) { submitBudgetProject(input: $input) { ${PROJECT_FIELDS} } }`;
export const REVIEW = `mutation($id: ID!, $input: ReviewBudgetProjectInput!) { reviewBudgetProject(id: $id, input: $input) { ${PROJECT_FIELDS} } }`;
export const MERGE = `mutation($id: ID!, $intoId: ID!, $note: String!) { mergeBudgetProjects(id: $id, intoId: $intoId, note: $note) { ${PROJECT_FIELDS} } }`;
export const PROJECT = `query($id: ID!) { budgetProject(id: $id) { ${PROJECT_FIELDS} updates(first: 10) { totalCount edges { node { id body progress actualCost images { id } } } } } }`;
export const SET_BALLOT = `mutation($budgetId: ID!, $envelopeId: ID!, $projectIds: [ID!]!) {
  setBallot(budgetId: $budgetId, envelopeId: $envelopeId, projectIds: $projectIds) { id voterCount viewerBallot { envelopeId projectId } } }`;
export const RESULTS = `query($id: ID!) { budget(id: $id) { id phase voterCount progress participation { district voters }
  envelopes { id name amount results { rank votes selected project { id title cost status } } } } }`;
export const ADD_UPDATE = `mutation($id: ID!, $input: BudgetProjectUpdateInput!) { addBudgetProjectUpdate(id: $id, input: $input) { ${PROJECT_FIELDS} } }`;
export const ENVELOPE_PROJECTS = `query($id: ID!, $feasibleOnly: Boolean) { budget(id: $id) { envelopes { id projects(first: 50, filter: { feasibleOnly: $feasibleOnly }) {
  totalCount edges { node { id title status voteCount } } } } } }`;
export const NOTIFICATIONS = `query { notifications(first: 50) { edges { node { kind targetType targetId payload } } } }`;

export const now = (t: TestApp) => t.get<Clock>(Clock).now();
export const advance = (t: TestApp, ms: number) => t.get<Clock>(Clock).advance(ms);

/** Five contiguous phases, the first starting `startInMs` from the test clock's now, each `days` long. */
export function phasesFrom(t: TestApp, startInMs = 0, days = [10, 10, 10, 10, 100]) {
  let at = now(t).getTime() + startInMs;
  return ['SUBMISSION', 'REVIEW', 'VOTING', 'RESULTS', 'WORKS'].map((phase, i) => {
    const startsAt = new Date(at).toISOString();
    at += days[i] * DAY;
    return { phase, startsAt, endsAt: new Date(at).toISOString() };
  });
}

/** An edition in SUBMISSION now: city-wide 100,000 €, Le Port 50,000 €, Centre-ville 50,000 €. */
export async function createBudget(t: TestApp, council: TestUser, over: Record<string, unknown> = {}): Promise<any> {
  const input = {
    title: 'Budget participatif 2027',
    description: 'Vos projets.',
    rules: 'Les projets les plus votés sont retenus.',
    totalAmount: 200_000,
    envelopes: [
      { name: 'Toute la ville', amount: 100_000 },
      { name: 'Le Port', district: 'Le Port', amount: 50_000 },
      { name: 'Centre-ville', district: 'Centre-ville', amount: 50_000 },
    ],
    phases: phasesFrom(t, -HOUR),
    votingStyle: 'KNAPSACK',
    ...over,
  };
  return (await t.gqlOk(CREATE_BUDGET, { input }, council.token)).createBudget;
}

export async function submit(t: TestApp, who: TestUser, envelopeId: string, over: Record<string, unknown> = {}): Promise<any> {
  const input = { envelopeId, title: 'Un projet', description: 'Il ferait du bien.', estimatedCost: 10_000, ...over };
  return (await t.gqlOk(SUBMIT, { input }, who.token)).submitBudgetProject;
}

export async function feasible(t: TestApp, council: TestUser, id: string, cost: number): Promise<any> {
  return (await t.gqlOk(REVIEW, { id, input: { feasible: true, cost } }, council.token)).reviewBudgetProject;
}

export async function advancePhase(t: TestApp, council: TestUser, id: string): Promise<any> {
  return (await t.gqlOk(ADVANCE, { id }, council.token)).advanceBudgetPhase;
}

export const envelopeNamed = (b: any, name: string): string => b.envelopes.find((e: any) => e.name === name).id;
