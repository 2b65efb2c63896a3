import type { TestUser } from './factories';
import type { TestApp } from './test-app';

/** Helpers for proposal and comment tests: everything goes through GraphQL, as a client would. */

export const PROPOSAL_FIELDS = `id title body status district location { lat lng } supportCount supportThreshold supportsOpen
  viewerHasSupported commentCount progress createdAt publishedAt supportDeadline thresholdReachedAt
  author { id displayName } category { id name }
  officialAnswer { status body publishedAt author { id } }
  progressUpdates { id body progress createdAt author { id } }
  timeline { kind fromStatus toStatus body progress createdAt author { id } }`;

export const CREATE = `mutation($input: CreateProposalInput!) { createProposal(input: $input) { ${PROPOSAL_FIELDS} } }`;
export const UPDATE = `mutation($id: ID!, $input: UpdateProposalInput!) { updateProposal(id: $id, input: $input) { ${PROPOSAL_FIELDS} } }`;
export const PUBLISH = `mutation($id: ID!) { publishProposal(id: $id) { ${PROPOSAL_FIELDS} } }`;
export const WITHDRAW = `mutation($id: ID!) { withdrawProposal(id: $id) { ${PROPOSAL_FIELDS} } }`;
export const SUPPORT = `mutation($id: ID!) { supportProposal(id: $id) { id status supportCount viewerHasSupported thresholdReachedAt } }`;
export const UNSUPPORT = `mutation($id: ID!) { withdrawSupport(id: $id) { id status supportCount viewerHasSupported } }`;
export const ANSWER = `mutation($id: ID!, $input: AnswerProposalInput!) { answerProposal(id: $id, input: $input) { ${PROPOSAL_FIELDS} } }`;
export const PROGRESS = `mutation($id: ID!, $input: ProgressUpdateInput!) { addProgressUpdate(id: $id, input: $input) { ${PROPOSAL_FIELDS} } }`;
export const GET = `query($id: ID!) { proposal(id: $id) { ${PROPOSAL_FIELDS} } }`;

export async function createDraft(t: TestApp, author: TestUser, input: Record<string, unknown> = {}) {
  const data = await t.gqlOk(
    CREATE,
    { input: { title: 'Des bancs au jardin public', body: 'Pour se reposer à l’ombre.', ...input } },
    author.token,
  );
  return data.createProposal;
}

export async function publishedProposal(t: TestApp, author: TestUser, input: Record<string, unknown> = {}) {
  const draft = await createDraft(t, author, input);
  return (await t.gqlOk(PUBLISH, { id: draft.id }, author.token)).publishProposal;
}

/** A proposal moved by the council to `status` along the allowed path. */
export async function proposalIn(t: TestApp, status: string, author: TestUser, council: TestUser, input: Record<string, unknown> = {}) {
  if (status === 'DRAFT') return createDraft(t, author, input);
  let p = await publishedProposal(t, author, input);
  const answer = (s: string) => t.gqlOk(ANSWER, { id: p.id, input: { status: s, body: `Réponse ${s}` } }, council.token);
  const progress = (body: string, value: number, s?: string) =>
    t.gqlOk(PROGRESS, { id: p.id, input: { body, progress: value, ...(s ? { status: s } : {}) } }, council.token);
  if (status === 'PUBLISHED') return p;
  if (status === 'WITHDRAWN') return (await t.gqlOk(WITHDRAW, { id: p.id }, author.token)).withdrawProposal;
  p = (await answer('UNDER_REVIEW')).answerProposal;
  if (status === 'UNDER_REVIEW') return p;
  if (status === 'REJECTED') return (await answer('REJECTED')).answerProposal;
  p = (await answer('ACCEPTED')).answerProposal;
  if (status === 'ACCEPTED') return p;
  p = (await progress('Travaux commencés', 30)).addProgressUpdate;
  if (status === 'IN_PROGRESS') return p;
  return (await progress('Terminé', 100, 'COMPLETED')).addProgressUpdate;
}
