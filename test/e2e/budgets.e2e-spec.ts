import { GraphQLSchemaHost } from '@nestjs/graphql';
import { GraphQLObjectType } from 'graphql';
import {
  ADD_UPDATE,
  advance,
  advancePhase,
  BUDGET,
  BUDGETS,
  CREATE_BUDGET,
  createBudget,
  DAY,
  ENVELOPE_PROJECTS,
  envelopeNamed,
  feasible,
  HOUR,
  MERGE,
  NOTIFICATIONS,
  phasesFrom,
  PROJECT,
  REVIEW,
  SET_BALLOT,
  submit,
  SUBMIT,
  UPDATE_BUDGET,
} from '../harness/budgets';
import { TestUser } from '../harness/factories';
import { errorOf, TestApp } from '../harness/test-app';

/**
 * The participatory budget: editions and their phases on the test clock, rights per role and
 * phase, submission and review, frozen rules, works updates and their notifications, the names of
 * shared/API.md. Ballots, counts and results: budgets-voting.e2e-spec.ts.
 */
describe('budgets', () => {
  let t: TestApp;
  let council: TestUser;
  let admin: TestUser;
  let moderator: TestUser;
  let alice: TestUser;
  let bob: TestUser;

  beforeAll(async () => {
    t = await TestApp.start();
    [council, admin, moderator, alice, bob] = await Promise.all([
      t.factories.council(),
      t.factories.admin(),
      t.factories.moderator(),
      t.factories.resident({ displayName: 'Alice', district: 'Le Port' }),
      t.factories.resident({ displayName: 'Bob', district: 'Centre-ville' }),
    ]);
  });
  afterAll(() => t?.close());

  const rowCount = async (table: string) => (await t.sql(`SELECT count(*)::int AS n FROM ${table}`))[0].n;

  it('keeps the names of shared/API.md', () => {
    const schema = t.get<GraphQLSchemaHost>(GraphQLSchemaHost).schema;
    const fields = (type: string) => Object.keys((schema.getType(type) as GraphQLObjectType).getFields());
    expect(fields('Query')).toEqual(expect.arrayContaining(['budgets', 'budget']));
    expect(fields('Mutation')).toEqual(
      expect.arrayContaining([
        'createBudget',
        'submitBudgetProject',
        'reviewBudgetProject',
        'setBallot',
        'advanceBudgetPhase',
        'addBudgetProjectUpdate',
      ]),
    );
    expect(fields('Budget')).toEqual(
      expect.arrayContaining([
        'id',
        'title',
        'description',
        'totalAmount',
        'phase',
        'phases',
        'votingStyle',
        'maxChoices',
        'minProjects',
        'envelopes',
        'viewerBallot',
        'voterCount',
        'progress',
      ]),
    );
    expect(fields('BudgetEnvelope')).toEqual(expect.arrayContaining(['id', 'name', 'district', 'amount', 'projects', 'results']));
    expect(fields('BudgetProject')).toEqual(
      expect.arrayContaining([
        'id',
        'title',
        'description',
        'envelope',
        'author',
        'location',
        'images',
        'estimatedCost',
        'cost',
        'status',
        'reviewNote',
        'voteCount',
        'progress',
        'actualCost',
        'updates',
        'proposal',
      ]),
    );
    expect(fields('BudgetResult')).toEqual(expect.arrayContaining(['project', 'votes', 'selected']));
  });

  describe('editions', () => {
    it('lets the council and admins create editions, nobody else, and lists them newest first', async () => {
      const input = {
        title: 'Édition test',
        totalAmount: 1000,
        envelopes: [{ name: 'Toute la ville', amount: 1000 }],
        phases: phasesFrom(t),
        votingStyle: 'KNAPSACK',
      };
      const before = await rowCount('budgets');
      expect(errorOf(await t.gql(CREATE_BUDGET, { input }))).toMatchObject({ code: 'UNAUTHENTICATED' });
      for (const user of [alice, moderator])
        expect(errorOf(await t.gql(CREATE_BUDGET, { input }, user.token))).toMatchObject({ code: 'FORBIDDEN' });
      expect(await rowCount('budgets')).toBe(before);
      const a = (await t.gqlOk(CREATE_BUDGET, { input }, council.token)).createBudget;
      expect(a).toMatchObject({ title: 'Édition test', phase: 'SUBMISSION', voterCount: 0, progress: null, rulesEditable: true });
      expect(a.phases.map((p: any) => p.phase)).toEqual(['SUBMISSION', 'REVIEW', 'VOTING', 'RESULTS', 'WORKS']);
      const later = (await t.gqlOk(CREATE_BUDGET, { input: { ...input, phases: phasesFrom(t, DAY) } }, admin.token)).createBudget;
      expect(later.phase).toBe('UPCOMING');
      const page = (await t.gqlOk(BUDGETS, { first: 1 })).budgets;
      expect(page.edges[0].node.id).toBe(later.id);
      expect(page.pageInfo.hasNextPage).toBe(true);
      const next = (await t.gqlOk(BUDGETS, { first: 1, after: page.pageInfo.endCursor })).budgets;
      expect(next.edges[0].node.id).toBe(a.id);
    });

    it('refuses malformed editions, naming the field, and writes nothing', async () => {
      const base = {
        title: 'Édition',
        totalAmount: 1000,
        envelopes: [{ name: 'Toute la ville', amount: 1000 }],
        phases: phasesFrom(t),
        votingStyle: 'KNAPSACK',
      };
      const swapped = phasesFrom(t);
      [swapped[0].phase, swapped[1].phase] = [swapped[1].phase, swapped[0].phase];
      const gap = phasesFrom(t);
      gap[2].startsAt = new Date(new Date(gap[2].startsAt).getTime() + HOUR).toISOString();
      const before = await rowCount('budgets');
      const cases: [Record<string, unknown>, string][] = [
        [{ totalAmount: 999 }, 'input.envelopes'],
        [
          {
            envelopes: [
              { name: 'A', amount: 500 },
              { name: 'B', amount: 500 },
            ],
          },
          'input.envelopes',
        ],
        [{ envelopes: [{ name: 'X', district: 'Atlantide', amount: 1000 }] }, 'input.envelopes.0.district'],
        [{ envelopes: [{ name: 'X', amount: 0 }], totalAmount: 0 }, 'input.totalAmount'],
        [{ phases: swapped }, 'input.phases'],
        [{ phases: gap }, 'input.phases.2.startsAt'],
        [{ phases: phasesFrom(t).slice(0, 4) }, 'input.phases'],
        [{ votingStyle: 'APPROVAL' }, 'input.maxChoices'],
        [{ title: '  ' }, 'input.title'],
      ];
      for (const [over, field] of cases) {
        const res = await t.gql(CREATE_BUDGET, { input: { ...base, ...over } }, council.token);
        expect({ over, ...errorOf(res) }).toMatchObject({ over, code: 'BAD_USER_INPUT', fields: expect.arrayContaining([field]) });
      }
      expect(await rowCount('budgets')).toBe(before);
    });

    it('follows the dates on the server clock, and the council closes a phase early (later dates shift)', async () => {
      const b = (
        await t.gqlOk(
          CREATE_BUDGET,
          {
            input: {
              title: 'Phases',
              totalAmount: 1000,
              envelopes: [{ name: 'Toute la ville', amount: 1000 }],
              phases: phasesFrom(t, HOUR, [1, 1, 1, 1, 1]),
              votingStyle: 'KNAPSACK',
            },
          },
          council.token,
        )
      ).createBudget;
      const phase = async () => (await t.gqlOk(BUDGET, { id: b.id })).budget.phase;
      expect(await phase()).toBe('UPCOMING');
      advance(t, HOUR);
      expect(await phase()).toBe('SUBMISSION');
      advance(t, DAY);
      expect(await phase()).toBe('REVIEW');

      expect(errorOf(await t.gql(`mutation($id: ID!) { advanceBudgetPhase(id: $id) { id } }`, { id: b.id }, alice.token))).toMatchObject({
        code: 'FORBIDDEN',
      });
      const before = (await t.gqlOk(BUDGET, { id: b.id })).budget.phases;
      const moved = await advancePhase(t, council, b.id);
      expect(moved.phase).toBe('VOTING');
      const votingStart = new Date(moved.phases[2].startsAt).getTime();
      expect(votingStart).toBeLessThan(new Date(before[2].startsAt).getTime());
      // Durations kept: voting still lasts one day, and later phases moved by the same amount.
      expect(new Date(moved.phases[2].endsAt).getTime() - votingStart).toBe(DAY);
      expect(new Date(moved.phases[4].endsAt).getTime() - new Date(before[4].endsAt).getTime()).toBe(
        votingStart - new Date(before[2].startsAt).getTime(),
      );
      advance(t, DAY);
      expect(await phase()).toBe('RESULTS');
      for (const expected of ['WORKS', 'CLOSED']) expect((await advancePhase(t, council, b.id)).phase).toBe(expected);
      expect(errorOf(await t.gql(`mutation($id: ID!) { advanceBudgetPhase(id: $id) { id } }`, { id: b.id }, council.token))).toMatchObject({
        code: 'CONFLICT',
        reason: 'NO_NEXT_PHASE',
      });
    });

    it('freezes the rules once voting opens (the title may still change)', async () => {
      const b = await createBudget(t, council);
      const edited = (await t.gqlOk(UPDATE_BUDGET, { id: b.id, input: { rules: 'Règles revues.', minProjects: 1 } }, council.token))
        .updateBudget;
      expect(edited).toMatchObject({ rules: 'Règles revues.', minProjects: 1 });
      expect(errorOf(await t.gql(UPDATE_BUDGET, { id: b.id, input: { rules: 'x' } }, alice.token))).toMatchObject({ code: 'FORBIDDEN' });
      await advancePhase(t, council, b.id);
      await advancePhase(t, council, b.id);
      for (const input of [{ rules: 'Autres règles.' }, { votingStyle: 'APPROVAL', maxChoices: 2 }, { minProjects: 2 }]) {
        expect(errorOf(await t.gql(UPDATE_BUDGET, { id: b.id, input }, council.token))).toMatchObject({
          code: 'CONFLICT',
          reason: 'RULES_FROZEN',
        });
      }
      const renamed = (await t.gqlOk(UPDATE_BUDGET, { id: b.id, input: { title: 'Nouveau titre' } }, council.token)).updateBudget;
      expect(renamed).toMatchObject({
        title: 'Nouveau titre',
        rules: 'Règles revues.',
        minProjects: 1,
        rulesEditable: false,
        phase: 'VOTING',
      });
    });
    it('tells the edition’s followers when the council closes a phase early, and takes comments on the edition', async () => {
      const b = await createBudget(t, council);
      await t.gqlOk(`mutation($id: ID!) { follow(targetType: BUDGET, targetId: $id) { followerCount } }`, { id: b.id }, bob.token);
      await t.gqlOk(
        `mutation($id: ID!) { addComment(input: { targetType: BUDGET, targetId: $id, body: "Quand ouvre le vote ?" }) { id } }`,
        { id: b.id },
        alice.token,
      );
      await advancePhase(t, council, b.id);
      const page = (
        await t.gqlOk(`query($id: ID!) { budget(id: $id) { commentCount followerCount viewerIsFollowing } }`, { id: b.id }, bob.token)
      ).budget;
      expect(page).toEqual({ commentCount: 1, followerCount: 1, viewerIsFollowing: true });
      const notes = (await t.gqlOk(NOTIFICATIONS, {}, bob.token)).notifications.edges.map((e: any) => e.node);
      expect(notes).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ kind: 'BUDGET_PHASE_ADVANCED', targetId: b.id, payload: expect.objectContaining({ phase: 'REVIEW' }) }),
          expect.objectContaining({ kind: 'BUDGET_COMMENTED', targetId: b.id }),
        ]),
      );
    });
  });

  describe('projects and review', () => {
    it('takes projects from residents during submission only, the author following them', async () => {
      const b = await createBudget(t, council);
      const city = envelopeNamed(b, 'Toute la ville');
      const input = {
        envelopeId: city,
        title: 'Des bancs',
        description: 'Place du marché.',
        estimatedCost: 5000,
        location: { address: 'Place du Marché' },
      };
      expect(errorOf(await t.gql(SUBMIT, { input }))).toMatchObject({ code: 'UNAUTHENTICATED' });
      const p = (await t.gqlOk(SUBMIT, { input }, alice.token)).submitBudgetProject;
      expect(p).toMatchObject({
        title: 'Des bancs',
        status: 'SUBMITTED',
        estimatedCost: 5000,
        cost: null,
        voteCount: null,
        location: { address: 'Place du Marché', lat: null },
        author: { id: alice.id },
        followerCount: 1,
        viewerIsFollowing: true,
      });
      const bad: [Record<string, unknown>, string][] = [
        [{ estimatedCost: 0 }, 'input.estimatedCost'],
        [{ title: 'ab' }, 'input.title'],
        [{ description: ' ' }, 'input.description'],
        [{ location: { lat: 47 } }, 'input.location'],
      ];
      const before = await rowCount('budget_projects');
      for (const [over, field] of bad) {
        expect(errorOf(await t.gql(SUBMIT, { input: { ...input, ...over } }, alice.token))).toMatchObject({
          code: 'BAD_USER_INPUT',
          fields: [field],
        });
      }
      expect(
        errorOf(await t.gql(SUBMIT, { input: { ...input, envelopeId: '00000000-0000-4000-8000-000000000000' } }, alice.token)),
      ).toMatchObject({
        code: 'NOT_FOUND',
      });
      await advancePhase(t, council, b.id);
      expect(errorOf(await t.gql(SUBMIT, { input }, bob.token))).toMatchObject({ code: 'CONFLICT', reason: 'SUBMISSION_CLOSED' });
      expect(await rowCount('budget_projects')).toBe(before);
    });

    it('lets the council review before voting: feasible with its cost, or not with a public reason; the author is told', async () => {
      const b = await createBudget(t, council);
      const city = envelopeNamed(b, 'Toute la ville');
      const p = await submit(t, alice, city, { estimatedCost: 8000 });
      const q = await submit(t, alice, city, { title: 'Un autre projet' });
      expect(errorOf(await t.gql(REVIEW, { id: p.id, input: { feasible: true, cost: 9000 } }, bob.token))).toMatchObject({
        code: 'FORBIDDEN',
      });
      expect(errorOf(await t.gql(REVIEW, { id: p.id, input: { feasible: true } }, council.token))).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: ['input.cost'],
      });
      expect(errorOf(await t.gql(REVIEW, { id: q.id, input: { feasible: false } }, council.token))).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: ['input.note'],
      });
      const reviewed = (await t.gqlOk(REVIEW, { id: p.id, input: { feasible: true, cost: 9500 } }, council.token)).reviewBudgetProject;
      expect(reviewed).toMatchObject({ status: 'FEASIBLE', cost: 9500, estimatedCost: 8000 });
      const refused = (await t.gqlOk(REVIEW, { id: q.id, input: { feasible: false, note: 'Terrain privé.' } }, admin.token))
        .reviewBudgetProject;
      expect(refused).toMatchObject({ status: 'NOT_FEASIBLE', reviewNote: 'Terrain privé.', cost: null });
      const kinds = (await t.gqlOk(NOTIFICATIONS, {}, alice.token)).notifications.edges.map((e: any) => e.node);
      expect(kinds).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            kind: 'BUDGET_PROJECT_REVIEWED',
            targetId: p.id,
            payload: expect.objectContaining({ feasible: true, cost: 9500 }),
          }),
          expect.objectContaining({
            kind: 'BUDGET_PROJECT_REVIEWED',
            targetId: q.id,
            payload: expect.objectContaining({ feasible: false, note: 'Terrain privé.' }),
          }),
        ]),
      );
      const ballot = (await t.gqlOk(ENVELOPE_PROJECTS, { id: b.id, feasibleOnly: true })).budget.envelopes.find((e: any) => e.id === city);
      expect(ballot.projects.edges.map((e: any) => e.node.id)).toEqual([p.id]);
      expect(ballot.projects.totalCount).toBe(1);
      await advancePhase(t, council, b.id);
      await advancePhase(t, council, b.id);
      expect(errorOf(await t.gql(REVIEW, { id: q.id, input: { feasible: true, cost: 1 } }, council.token))).toMatchObject({
        code: 'CONFLICT',
        reason: 'REVIEW_CLOSED',
      });
    });

    it('merges a project into another of its envelope with a public note; its followers move and are told', async () => {
      const b = await createBudget(t, council);
      const city = envelopeNamed(b, 'Toute la ville');
      const port = envelopeNamed(b, 'Le Port');
      const p = await submit(t, alice, city, { title: 'Fontaines' });
      const q = await submit(t, bob, city, { title: 'Points d’eau' });
      const r = await submit(t, bob, port, { title: 'Ailleurs' });
      expect(errorOf(await t.gql(MERGE, { id: p.id, intoId: r.id, note: 'x' }, council.token))).toMatchObject({
        code: 'CONFLICT',
        reason: 'CANNOT_MERGE',
      });
      const merged = (await t.gqlOk(MERGE, { id: p.id, intoId: q.id, note: 'Deux projets proches.' }, council.token)).mergeBudgetProjects;
      expect(merged).toMatchObject({ status: 'MERGED', reviewNote: 'Deux projets proches.', mergedInto: { id: q.id }, followerCount: 0 });
      expect((await t.gqlOk(PROJECT, { id: q.id }, alice.token)).budgetProject).toMatchObject({
        followerCount: 2,
        viewerIsFollowing: true,
      });
      const notes = (await t.gqlOk(NOTIFICATIONS, {}, alice.token)).notifications.edges.map((e: any) => e.node);
      expect(notes).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'BUDGET_PROJECT_MERGED', targetId: p.id })]));
    });
  });

  describe('works', () => {
    it('lets the council report on winners only, tells followers, and weights the edition’s progress by cost', async () => {
      const b = await createBudget(t, council);
      const city = envelopeNamed(b, 'Toute la ville');
      const big = await submit(t, alice, city, { title: 'Grand projet' });
      const small = await submit(t, alice, city, { title: 'Petit projet' });
      const loser = await submit(t, bob, city, { title: 'Perdant' });
      await advancePhase(t, council, b.id);
      await feasible(t, council, big.id, 60_000);
      await feasible(t, council, small.id, 20_000);
      await feasible(t, council, loser.id, 30_000);
      await advancePhase(t, council, b.id);
      const follower = await t.factories.resident();
      await t.gqlOk(
        `mutation($id: ID!) { follow(targetType: BUDGET_PROJECT, targetId: $id) { followerCount } }`,
        { id: big.id },
        follower.token,
      );
      for (const voter of [alice, bob, follower])
        await t.gqlOk(SET_BALLOT, { budgetId: b.id, envelopeId: city, projectIds: [big.id, small.id] }, voter.token);
      await t.gqlOk(SET_BALLOT, { budgetId: b.id, envelopeId: city, projectIds: [loser.id] }, council.token);

      const input = { body: 'Chantier ouvert.', progress: 50, actualCost: 25_000 };
      expect(errorOf(await t.gql(ADD_UPDATE, { id: big.id, input }, council.token))).toMatchObject({
        code: 'CONFLICT',
        reason: 'NOT_A_WINNER',
      });
      await advancePhase(t, council, b.id);
      expect(errorOf(await t.gql(ADD_UPDATE, { id: big.id, input }, alice.token))).toMatchObject({ code: 'FORBIDDEN' });
      expect(errorOf(await t.gql(ADD_UPDATE, { id: loser.id, input }, council.token))).toMatchObject({
        code: 'CONFLICT',
        reason: 'NOT_A_WINNER',
      });
      expect(errorOf(await t.gql(ADD_UPDATE, { id: big.id, input: { ...input, progress: 101 } }, council.token))).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: ['input.progress'],
      });
      const updated = (await t.gqlOk(ADD_UPDATE, { id: big.id, input }, council.token)).addBudgetProjectUpdate;
      expect(updated).toMatchObject({ status: 'IN_PROGRESS', progress: 50, actualCost: 25_000 });
      const done = (await t.gqlOk(ADD_UPDATE, { id: small.id, input: { body: 'Terminé.', progress: 100 } }, council.token))
        .addBudgetProjectUpdate;
      expect(done).toMatchObject({ status: 'COMPLETED', progress: 100, actualCost: null });
      // (60,000 × 50 + 20,000 × 100) / 80,000 = 62.5
      expect((await t.gqlOk(BUDGET, { id: b.id })).budget.progress).toBe(62.5);
      const page = (await t.gqlOk(PROJECT, { id: big.id })).budgetProject;
      expect(page.updates.totalCount).toBe(1);
      expect(page.updates.edges[0].node).toMatchObject({ body: 'Chantier ouvert.', progress: 50, actualCost: 25_000 });
      for (const who of [alice, follower]) {
        const notes = (await t.gqlOk(NOTIFICATIONS, {}, who.token)).notifications.edges.map((e: any) => e.node);
        expect(notes).toEqual(
          expect.arrayContaining([
            expect.objectContaining({
              kind: 'BUDGET_PROJECT_UPDATED',
              targetId: big.id,
              payload: expect.objectContaining({ progress: 50, status: 'IN_PROGRESS' }),
            }),
          ]),
        );
      }
      const bobNotes = (await t.gqlOk(NOTIFICATIONS, {}, bob.token)).notifications.edges.map((e: any) => e.node.kind);
      expect(bobNotes).not.toContain('BUDGET_PROJECT_UPDATED');
    });
  });

  it('puts a resident’s projects and own ballot in their data export', async () => {
    const carol = await t.factories.resident();
    const b = await createBudget(t, council);
    const city = envelopeNamed(b, 'Toute la ville');
    const p = await submit(t, carol, city, { title: 'Exporté' });
    await advancePhase(t, council, b.id);
    await feasible(t, council, p.id, 1000);
    await advancePhase(t, council, b.id);
    await t.gqlOk(SET_BALLOT, { budgetId: b.id, envelopeId: city, projectIds: [p.id] }, carol.token);
    const doc = JSON.parse((await t.gqlOk(`mutation { exportMyData }`, {}, carol.token)).exportMyData);
    expect(doc.budgets.projects).toEqual([expect.objectContaining({ title: 'Exporté', review: 'FEASIBLE' })]);
    expect(doc.budgets.ballots).toEqual([expect.objectContaining({ choices: [{ envelope: 'Toute la ville', project: 'Exporté' }] })]);
  });
});
