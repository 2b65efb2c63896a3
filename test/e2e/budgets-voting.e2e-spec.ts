import {
  advance,
  advancePhase,
  BUDGET,
  createBudget,
  DAY,
  envelopeNamed,
  feasible,
  PROJECT,
  RESULTS,
  REVIEW,
  SET_BALLOT,
  submit,
} from '../harness/budgets';
import { TestUser } from '../harness/factories';
import { errorOf, TestApp } from '../harness/test-app';

/**
 * Ballots and results: both voting styles with valid and invalid choices, one ballot per resident
 * and exact counts under concurrency, results on a known data set (ties and a project too expensive
 * for what remains), and the privacy of ballots.
 */
describe('budgets: ballots and results', () => {
  let t: TestApp;
  let council: TestUser;
  let alice: TestUser; // Le Port
  let bob: TestUser; // Centre-ville
  let nowhere: TestUser; // no district

  beforeAll(async () => {
    t = await TestApp.start();
    [council, alice, bob, nowhere] = await Promise.all([
      t.factories.council(),
      t.factories.resident({ displayName: 'Alice', district: 'Le Port' }),
      t.factories.resident({ displayName: 'Bob', district: 'Centre-ville' }),
      t.factories.resident({ displayName: 'Sans quartier' }),
    ]);
  });
  afterAll(() => t?.close());

  const ballot = (who: TestUser, budgetId: string, envelopeId: string, projectIds: string[]) =>
    t.gql(SET_BALLOT, { budgetId, envelopeId, projectIds }, who.token);
  const ballotOk = async (who: TestUser, budgetId: string, envelopeId: string, projectIds: string[]) =>
    (await t.gqlOk(SET_BALLOT, { budgetId, envelopeId, projectIds }, who.token)).setBallot;
  const counts = (budgetId: string) =>
    t.sql<{ id: string; title: string; counted: number; rows: number }>(
      `SELECT p.id, p.title, p.vote_count AS counted, (SELECT count(*)::int FROM budget_ballot_choices c WHERE c.project_id = p.id) AS rows
       FROM budget_projects p WHERE p.budget_id = $1 ORDER BY p.title`,
      [budgetId],
    );
  const voters = async (budgetId: string) =>
    (
      await t.sql(
        `SELECT b.voter_count AS counted, (SELECT count(*)::int FROM budget_ballots WHERE budget_id = b.id AND choice_count > 0) AS rows,
                (SELECT count(*)::int FROM budget_ballots WHERE budget_id = b.id) AS ballots
         FROM budgets b WHERE b.id = $1`,
        [budgetId],
      )
    )[0];

  /** An edition in voting: city-wide 100,000 € (A 60k, B 40k, C 30k, E not feasible), Le Port 50,000 € (D 20k). */
  async function votingEdition(over: Record<string, unknown> = {}) {
    const b = await createBudget(t, council, over);
    const city = envelopeNamed(b, 'Toute la ville');
    const port = envelopeNamed(b, 'Le Port');
    const [A, B, C, E] = [
      await submit(t, alice, city, { title: 'Projet A' }),
      await submit(t, bob, city, { title: 'Projet B' }),
      await submit(t, bob, city, { title: 'Projet C' }),
      await submit(t, bob, city, { title: 'Projet E' }),
    ];
    const D = await submit(t, alice, port, { title: 'Projet D' });
    await advancePhase(t, council, b.id);
    await feasible(t, council, A.id, 60_000);
    await feasible(t, council, B.id, 40_000);
    await feasible(t, council, C.id, 30_000);
    await feasible(t, council, D.id, 20_000);
    await t.gqlOk(REVIEW, { id: E.id, input: { feasible: false, note: 'Non.' } }, council.token);
    return { b, city, port, A, B, C, D, E };
  }

  it('KNAPSACK: takes choices that fit the envelope, in the voter’s envelopes, during voting only; refuses the rest and changes nothing', async () => {
    const { b, city, port, A, B, C, D, E } = await votingEdition();
    expect(errorOf(await ballot(alice, b.id, city, [A.id]))).toMatchObject({ code: 'CONFLICT', reason: 'VOTING_CLOSED' });
    await advancePhase(t, council, b.id);

    expect(errorOf(await t.gql(SET_BALLOT, { budgetId: b.id, envelopeId: city, projectIds: [A.id] }))).toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    const first = await ballotOk(alice, b.id, city, [A.id, B.id]); // exactly 100,000
    expect(first.voterCount).toBe(1);
    expect(first.viewerBallot).toEqual(
      expect.arrayContaining([
        { envelopeId: city, projectId: A.id },
        { envelopeId: city, projectId: B.id },
      ]),
    );
    await ballotOk(alice, b.id, port, [D.id]);

    const before = await counts(b.id);
    const refusals: [TestUser, string, string[], object][] = [
      [alice, city, [A.id, B.id, C.id], { code: 'BAD_USER_INPUT', reason: 'OVER_BUDGET', fields: ['projectIds'] }],
      [alice, city, [A.id, D.id], { code: 'BAD_USER_INPUT', reason: 'PROJECT_NOT_ON_BALLOT', fields: ['projectIds'] }],
      [alice, city, [E.id], { code: 'BAD_USER_INPUT', reason: 'PROJECT_NOT_ON_BALLOT', fields: ['projectIds'] }],
      [alice, city, ['not-an-id'], { code: 'BAD_USER_INPUT', reason: 'PROJECT_NOT_ON_BALLOT', fields: ['projectIds'] }],
      [alice, city, [A.id, A.id], { code: 'BAD_USER_INPUT', reason: 'DUPLICATE_PROJECT', fields: ['projectIds'] }],
      [bob, port, [D.id], { code: 'FORBIDDEN', reason: 'ENVELOPE_NOT_ELIGIBLE' }],
      [nowhere, port, [D.id], { code: 'FORBIDDEN', reason: 'ENVELOPE_NOT_ELIGIBLE' }],
    ];
    for (const [who, envelope, ids, expected] of refusals) expect(errorOf(await ballot(who, b.id, envelope, ids))).toMatchObject(expected);
    expect(await counts(b.id)).toEqual(before);
    expect(await voters(b.id)).toEqual({ counted: 1, rows: 1, ballots: 1 });

    // Changed: A and B lose Alice's vote, C gains it; her other envelope is untouched.
    const changed = await ballotOk(alice, b.id, city, [C.id]);
    expect(changed.viewerBallot).toEqual(
      [
        { envelopeId: city, projectId: C.id },
        { envelopeId: port, projectId: D.id },
      ].sort((x, y) => (x.envelopeId < y.envelopeId ? -1 : 1)),
    );
    const byTitle = Object.fromEntries((await counts(b.id)).map((r) => [r.title, r]));
    expect([byTitle['Projet A'].counted, byTitle['Projet B'].counted, byTitle['Projet C'].counted, byTitle['Projet D'].counted]).toEqual([
      0, 0, 1, 1,
    ]);
    // Withdrawn in both envelopes: no longer a voter (the ballot row stays, empty).
    await ballotOk(alice, b.id, city, []);
    expect((await ballotOk(alice, b.id, port, [])).voterCount).toBe(0);
    expect(await voters(b.id)).toEqual({ counted: 0, rows: 0, ballots: 1 });
    await ballotOk(alice, b.id, city, [A.id]);
    await ballotOk(bob, b.id, city, [B.id, C.id]);
    expect((await t.gqlOk(BUDGET, { id: b.id })).budget.voterCount).toBe(2);

    advance(t, 11 * DAY); // voting has ended by the dates
    expect(errorOf(await ballot(alice, b.id, city, [B.id]))).toMatchObject({ code: 'CONFLICT', reason: 'VOTING_CLOSED' });
  });

  it('APPROVAL: at most maxChoices projects, whatever their cost; at least the minimum unless withdrawing', async () => {
    const { b, city, A, B, C } = await votingEdition({ votingStyle: 'APPROVAL', maxChoices: 2, minProjects: 2 });
    await advancePhase(t, council, b.id);
    expect(errorOf(await ballot(bob, b.id, city, [A.id, B.id, C.id]))).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'TOO_MANY_PROJECTS',
    });
    expect(errorOf(await ballot(bob, b.id, city, [A.id]))).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'BELOW_MINIMUM',
      fields: ['projectIds'],
    });
    expect((await voters(b.id)).ballots).toBe(0);
    const ok = await ballotOk(bob, b.id, city, [A.id, C.id]); // 90,000 €, but APPROVAL counts projects only
    expect(ok.viewerBallot).toHaveLength(2);
    expect((await ballotOk(bob, b.id, city, [])).viewerBallot).toEqual([]);
  });

  it('KNAPSACK with a minimum: below it is refused', async () => {
    const { b, city, A } = await votingEdition({ minProjects: 2 });
    await advancePhase(t, council, b.id);
    expect(errorOf(await ballot(bob, b.id, city, [A.id]))).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'BELOW_MINIMUM' });
  });

  it('keeps one ballot per resident and exact vote and voter counts under concurrency', async () => {
    const { b, city, A, B, C } = await votingEdition();
    await advancePhase(t, council, b.id);
    const residents = await Promise.all(
      Array.from({ length: 24 }, (_, i) => t.factories.resident({ district: i % 2 ? 'Le Port' : undefined })),
    );
    const choices = [[A.id], [B.id, C.id], [A.id, B.id], [C.id], []];
    // Each resident sends five different choices at once, all residents together.
    const results = await Promise.all(residents.flatMap((r) => choices.map((ids) => ballot(r, b.id, city, ids))));
    expect(results.filter((r) => r.errors?.length)).toEqual([]);
    const rows = await counts(b.id);
    for (const row of rows) expect(row.counted).toBe(row.rows);
    const v = await voters(b.id);
    expect(v.counted).toBe(v.rows);
    expect(v.ballots).toBe(24);
    const perUser = await t.sql(
      `SELECT user_id, count(*)::int AS n FROM budget_ballots WHERE budget_id = $1 GROUP BY user_id HAVING count(*) > 1`,
      [b.id],
    );
    expect(perUser).toEqual([]);
    // The database itself refuses a second ballot row for a resident.
    await expect(t.sql(`INSERT INTO budget_ballots (budget_id, user_id) VALUES ($1, $2)`, [b.id, residents[0].id])).rejects.toThrow(
      /uq_budget_ballots_budget_id_user_id/,
    );
  });

  it('selects winners in vote order within the envelope: ties by lower cost then earlier submission, skipping what no longer fits', async () => {
    const b = await createBudget(t, council);
    const city = envelopeNamed(b, 'Toute la ville');
    const costs: Record<string, number> = { P1: 60_000, P2: 50_000, P3: 20_000, P4: 20_000, P5: 15_000, P6: 1_000 };
    const p: Record<string, any> = {};
    for (const title of Object.keys(costs)) p[title] = await submit(t, alice, city, { title: `Projet ${title}` });
    await advancePhase(t, council, b.id);
    for (const [title, cost] of Object.entries(costs)) await feasible(t, council, p[title].id, cost);
    await advancePhase(t, council, b.id);
    const v = await Promise.all(
      ['Le Port', 'Le Port', 'Centre-ville', null, null, null, 'Centre-ville', null, null].map((district) =>
        t.factories.resident(district ? { district } : {}),
      ),
    );
    const ids = (...titles: string[]) => titles.map((x) => p[x].id);
    const plan: [number[], string[]][] = [
      [
        [0, 1, 2],
        ['P1', 'P3'],
      ],
      [
        [3, 4],
        ['P1', 'P4'],
      ],
      [[5], ['P2', 'P4']],
      [
        [6, 7, 8],
        ['P2', 'P5'],
      ],
    ];
    for (const [voterIdx, titles] of plan) for (const i of voterIdx) await ballotOk(v[i], b.id, city, ids(...titles));

    // During voting: neither results nor vote counts are public.
    const during = (await t.gqlOk(RESULTS, { id: b.id }, council.token)).budget;
    expect(during.envelopes.every((e: any) => e.results === null)).toBe(true);
    expect(during.participation).toBeNull();
    expect((await t.gqlOk(PROJECT, { id: p.P1.id }, council.token)).budgetProject.voteCount).toBeNull();

    await advancePhase(t, council, b.id);
    const after = (await t.gqlOk(RESULTS, { id: b.id })).budget;
    const envelope = after.envelopes.find((e: any) => e.id === city);
    expect(
      envelope.results.map((r: any) => [r.rank, r.project.title.replace('Projet ', ''), r.votes, r.selected, r.project.status]),
    ).toEqual([
      [1, 'P1', 5, true, 'SELECTED'], // 100,000 → 40,000 left
      [2, 'P2', 4, false, 'NOT_SELECTED'], // 50,000 does not fit in 40,000: skipped
      [3, 'P5', 3, true, 'SELECTED'], // ties at 3 votes: lower cost first → 25,000 left
      [4, 'P3', 3, true, 'SELECTED'], // same cost as P4, submitted earlier → 5,000 left
      [5, 'P4', 3, false, 'NOT_SELECTED'], // no longer fits
      [6, 'P6', 0, false, 'NOT_SELECTED'], // no votes: never selected
    ]);
    expect(after.voterCount).toBe(9);
    expect(after.participation).toEqual([
      { district: 'Centre-ville', voters: 2 },
      { district: 'Le Port', voters: 2 },
      { district: null, voters: 5 },
    ]);
    expect(after.progress).toBe(0);
    expect((await t.gqlOk(PROJECT, { id: p.P1.id })).budgetProject.voteCount).toBe(5);
  });

  it('never shows who voted for what: a ballot reaches its voter only', async () => {
    const { b, city, A } = await votingEdition();
    await advancePhase(t, council, b.id);
    await ballotOk(alice, b.id, city, [A.id]);
    expect((await t.gqlOk(BUDGET, { id: b.id }, alice.token)).budget.viewerBallot).toEqual([{ envelopeId: city, projectId: A.id }]);
    for (const other of [bob, council]) expect((await t.gqlOk(BUDGET, { id: b.id }, other.token)).budget.viewerBallot).toBeNull();
    expect((await t.gqlOk(BUDGET, { id: b.id })).budget.viewerBallot).toBeNull();
    // No type of the schema names a ballot's voter.
    const types = (await t.gqlOk(`{ __schema { types { name fields { name } } } }`)).__schema.types;
    const ballotTypes = types.filter((ty: any) => /Ballot/.test(ty.name));
    for (const ty of ballotTypes)
      expect(ty.fields.map((f: any) => f.name)).not.toEqual(expect.arrayContaining(['user', 'voter', 'userId']));
    const projectFields = types.find((ty: any) => ty.name === 'BudgetProject').fields.map((f: any) => f.name);
    expect(projectFields).not.toEqual(expect.arrayContaining(['voters']));
  });
});
