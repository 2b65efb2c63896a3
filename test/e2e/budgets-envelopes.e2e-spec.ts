import { randomUUID } from 'node:crypto';
import {
  advancePhase,
  BUDGET,
  createBudget,
  envelopeNamed,
  feasible,
  RESULTS,
  REVIEW,
  SET_BALLOT,
  submit,
  UPDATE_BUDGET,
} from '../harness/budgets';
import { TestUser } from '../harness/factories';
import { errorOf, TestApp } from '../harness/test-app';

/**
 * Envelopes corrected after creation (`updateBudget(input: { envelopes })`): names and amounts until
 * voting opens, the total following, never below a feasible project's cost, all or nothing; the
 * ballot and the results then use the corrected amount.
 */
describe('budgets: envelope corrections', () => {
  let t: TestApp;
  let council: TestUser;
  let moderator: TestUser;
  let alice: TestUser;

  beforeAll(async () => {
    t = await TestApp.start();
    [council, moderator, alice] = await Promise.all([
      t.factories.council(),
      t.factories.moderator(),
      t.factories.resident({ displayName: 'Alice', district: 'Le Port' }),
    ]);
  });
  afterAll(() => t?.close());

  /** What an edition looks like to the API and in the table: to compare before and after a refusal. */
  const snapshot = async (id: string) => ({
    budget: (await t.gqlOk(BUDGET, { id })).budget,
    rows: await t.sql(`SELECT id, name, amount FROM budget_envelopes WHERE budget_id = $1 ORDER BY position`, [id]),
  });

  it('corrects names and amounts before voting; the total follows', async () => {
    const b = await createBudget(t, council);
    const city = envelopeNamed(b, 'Toute la ville');
    const port = envelopeNamed(b, 'Le Port');
    const input = {
      rules: 'Règles corrigées.',
      envelopes: [
        { id: city, amount: 120_000 },
        { id: port, name: 'Quartier du Port' },
      ],
    };
    const edited = (await t.gqlOk(UPDATE_BUDGET, { id: b.id, input }, council.token)).updateBudget;
    expect(edited).toMatchObject({ rules: 'Règles corrigées.', totalAmount: 220_000 });
    expect(edited.envelopes).toEqual([
      { id: city, name: 'Toute la ville', district: null, amount: 120_000 },
      { id: port, name: 'Quartier du Port', district: 'Le Port', amount: 50_000 },
      { id: envelopeNamed(b, 'Centre-ville'), name: 'Centre-ville', district: 'Centre-ville', amount: 50_000 },
    ]);
    expect((await t.gqlOk(BUDGET, { id: b.id })).budget).toMatchObject({ totalAmount: 220_000, envelopes: edited.envelopes });
    const [sum] = await t.sql(
      `SELECT b.total_amount AS total, sum(e.amount)::int AS sum FROM budgets b JOIN budget_envelopes e ON e.budget_id = b.id
       WHERE b.id = $1 GROUP BY b.id`,
      [b.id],
    );
    expect(sum).toEqual({ total: 220_000, sum: 220_000 });
  });

  it('refuses envelope changes once voting opens (RULES_FROZEN) and changes nothing, not even the title sent with them', async () => {
    const b = await createBudget(t, council);
    await advancePhase(t, council, b.id);
    await advancePhase(t, council, b.id);
    const before = await snapshot(b.id);
    expect(before.budget.phase).toBe('VOTING');
    for (const envelopes of [[{ id: envelopeNamed(b, 'Le Port'), amount: 60_000 }], [{ id: envelopeNamed(b, 'Le Port'), name: 'Port' }]]) {
      const res = await t.gql(UPDATE_BUDGET, { id: b.id, input: { title: 'Nouveau titre', envelopes } }, council.token);
      expect(errorOf(res)).toMatchObject({ code: 'CONFLICT', reason: 'RULES_FROZEN' });
    }
    expect(await snapshot(b.id)).toEqual(before);
  });

  it('refuses an envelope that is not the edition’s, twice, amount 0, a blank name or a total too large, naming the field, and changes nothing', async () => {
    const b = await createBudget(t, council);
    const other = await createBudget(t, council);
    const city = envelopeNamed(b, 'Toute la ville');
    const port = envelopeNamed(b, 'Le Port');
    const before = await snapshot(b.id);
    const cases: [Record<string, unknown>[], string][] = [
      [
        [
          { id: city, amount: 1 },
          { id: randomUUID(), amount: 10 },
        ],
        'input.envelopes.1.id',
      ],
      [[{ id: envelopeNamed(other, 'Le Port'), name: 'Ailleurs' }], 'input.envelopes.0.id'],
      [[{ id: 'pas-un-id', amount: 10 }], 'input.envelopes.0.id'],
      [
        [
          { id: port, amount: 10 },
          { id: city, amount: 20 },
          { id: port, name: 'Port' },
        ],
        'input.envelopes.2.id',
      ],
      [[{ id: port, amount: 0 }], 'input.envelopes.0.amount'],
      [[{ id: port, amount: -5 }], 'input.envelopes.0.amount'],
      [
        [
          { id: city, name: 'Ville' },
          { id: port, name: '   ' },
        ],
        'input.envelopes.1.name',
      ],
      [[{ id: port, name: '' }], 'input.envelopes.0.name'],
      [[{ id: port, name: 'x'.repeat(151) }], 'input.envelopes.0.name'],
      [[{ id: city, amount: 999_999_999 }], 'input.envelopes'],
    ];
    for (const [envelopes, field] of cases) {
      const res = await t.gql(UPDATE_BUDGET, { id: b.id, input: { title: 'Ne doit pas changer', envelopes } }, council.token);
      expect({ envelopes, ...errorOf(res) }).toMatchObject({ envelopes, code: 'BAD_USER_INPUT', fields: expect.arrayContaining([field]) });
    }
    expect(await snapshot(b.id)).toEqual(before);
    expect((await snapshot(other.id)).rows.map((r: any) => r.name)).toEqual(['Toute la ville', 'Le Port', 'Centre-ville']);
  });

  it('lets only the council correct envelopes', async () => {
    const b = await createBudget(t, council);
    const before = await snapshot(b.id);
    const input = { envelopes: [{ id: envelopeNamed(b, 'Le Port'), amount: 1 }] };
    expect(errorOf(await t.gql(UPDATE_BUDGET, { id: b.id, input }))).toMatchObject({ code: 'UNAUTHENTICATED' });
    for (const user of [alice, moderator]) {
      expect(errorOf(await t.gql(UPDATE_BUDGET, { id: b.id, input }, user.token))).toMatchObject({ code: 'FORBIDDEN' });
    }
    expect(await snapshot(b.id)).toEqual(before);
  });

  it('never lowers an envelope below the cost of a project found feasible in it (ENVELOPE_BELOW_PROJECT_COST)', async () => {
    const b = await createBudget(t, council);
    const port = envelopeNamed(b, 'Le Port');
    const reviewed = await submit(t, alice, port, { title: 'Un kiosque', estimatedCost: 20_000 });
    await feasible(t, council, reviewed.id, 40_000);
    // Neither an estimate awaiting review nor a project found not feasible holds the envelope.
    await submit(t, alice, port, { title: 'Une estimation', estimatedCost: 48_000 });
    const refused = await submit(t, alice, port, { title: 'Un pont', estimatedCost: 45_000 });
    await t.gqlOk(
      `mutation($id: ID!) { reviewBudgetProject(id: $id, input: { feasible: false, note: "Non." }) { id } }`,
      { id: refused.id },
      council.token,
    );
    const before = await snapshot(b.id);
    const res = await t.gql(UPDATE_BUDGET, { id: b.id, input: { envelopes: [{ id: port, amount: 39_999 }] } }, council.token);
    expect(errorOf(res)).toEqual({ code: 'CONFLICT', reason: 'ENVELOPE_BELOW_PROJECT_COST', fields: ['input.envelopes.0.amount'] });
    expect(res.errors?.[0].extensions?.projectCost).toBe(40_000);
    expect(await snapshot(b.id)).toEqual(before);
    const lowered = (await t.gqlOk(UPDATE_BUDGET, { id: b.id, input: { envelopes: [{ id: port, amount: 40_000 }] } }, council.token))
      .updateBudget;
    expect(lowered.totalAmount).toBe(190_000);
    expect(lowered.envelopes.find((e: any) => e.id === port).amount).toBe(40_000);
  });

  it('never reviews a project as feasible at a cost above its envelope (COST_ABOVE_ENVELOPE); raised first, it is', async () => {
    const b = await createBudget(t, council);
    const port = envelopeNamed(b, 'Le Port');
    const project = await submit(t, alice, port, { title: 'Une halle couverte', estimatedCost: 30_000 });
    const res = await t.gql(REVIEW, { id: project.id, input: { feasible: true, cost: 50_001 } }, council.token);
    expect(errorOf(res)).toEqual({ code: 'CONFLICT', reason: 'COST_ABOVE_ENVELOPE', fields: ['input.cost'] });
    expect(res.errors?.[0].extensions?.envelopeAmount).toBe(50_000);
    const [row] = await t.sql(`SELECT review, cost FROM budget_projects WHERE id = $1`, [project.id]);
    expect(row).toEqual({ review: 'SUBMITTED', cost: null });
    expect((await feasible(t, council, project.id, 50_000)).cost).toBe(50_000); // exactly the envelope: it fits
    await t.gqlOk(UPDATE_BUDGET, { id: b.id, input: { envelopes: [{ id: port, amount: 60_000 }] } }, council.token);
    expect((await feasible(t, council, project.id, 60_000)).cost).toBe(60_000);
  });

  it('the ballot and the results use the corrected amount', async () => {
    const b = await createBudget(t, council);
    const port = envelopeNamed(b, 'Le Port');
    const projects = [await submit(t, alice, port, { title: 'Projet A' }), await submit(t, alice, port, { title: 'Projet B' })];
    for (const p of projects) await feasible(t, council, p.id, 30_000);
    // 60,000 € of projects do not fit in 50,000 €: raised to 60,000 €, they do.
    await t.gqlOk(UPDATE_BUDGET, { id: b.id, input: { envelopes: [{ id: port, amount: 60_000 }] } }, council.token);
    await advancePhase(t, council, b.id);
    await advancePhase(t, council, b.id);
    const ids = projects.map((p) => p.id);
    await t.gqlOk(SET_BALLOT, { budgetId: b.id, envelopeId: port, projectIds: ids }, alice.token);
    await advancePhase(t, council, b.id);
    const results = (await t.gqlOk(RESULTS, { id: b.id })).budget.envelopes.find((e: any) => e.id === port);
    expect(results.amount).toBe(60_000);
    expect(results.results.map((r: any) => r.selected)).toEqual([true, true]);
  });
});
