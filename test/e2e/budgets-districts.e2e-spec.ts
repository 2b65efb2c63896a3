import type { TestUser } from '../harness/factories';
import { BUDGET, CREATE_BUDGET, createBudget, HOUR, phasesFrom } from '../harness/budgets';
import { MERGE_DISTRICT, UPDATE_DISTRICT } from '../harness/commune';
import { errorOf, TestApp } from '../harness/test-app';

const DISTRICT_IDS = `query { districtList(first: 50) { edges { node { id name } } } }`;

/** A budget's envelopes follow their district through a rename; a merge that would give one edition two envelopes for one district is refused. */
describe('budgets and the commune’s districts', () => {
  let t: TestApp;
  let council: TestUser;
  let admin: TestUser;

  beforeAll(async () => {
    t = await TestApp.start();
    [council, admin] = await Promise.all([t.factories.council(), t.factories.admin()]);
  });
  afterAll(() => t?.close());

  const idOf = async (name: string) =>
    ((await t.gqlOk(DISTRICT_IDS, {}, admin.token)).districtList.edges as any[]).find((e) => e.node.name === name).node.id as string;

  it('an envelope of an unknown district is refused, naming it', async () => {
    const input = {
      title: 'Budget 2028',
      totalAmount: 2,
      envelopes: [
        { name: 'Toute la ville', amount: 1 },
        { name: 'Atlantide', district: 'Atlantide', amount: 1 },
      ],
      phases: phasesFrom(t, HOUR),
      votingStyle: 'KNAPSACK',
    };
    const res = await t.gql(CREATE_BUDGET, { input }, council.token);
    expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(JSON.stringify(errorOf(res))).toContain('input.envelopes.1.district');
    expect(await t.sql(`SELECT count(*)::int AS n FROM budgets`)).toEqual([{ n: 0 }]);
  });

  it('renames follow into the envelopes; a merge of two districts with envelopes in one edition is refused and changes nothing', async () => {
    const budget = await createBudget(t, council);
    await t.gqlOk(UPDATE_DISTRICT, { id: await idOf('Le Port'), input: { name: 'Le Vieux Port' } }, admin.token);
    const after = (await t.gqlOk(BUDGET, { id: budget.id })).budget;
    expect(after.envelopes.map((e: any) => e.district)).toEqual([null, 'Le Vieux Port', 'Centre-ville']);

    const merge = await t.gql(MERGE_DISTRICT, { id: await idOf('Le Vieux Port'), intoId: await idOf('Centre-ville') }, admin.token);
    expect(errorOf(merge)).toMatchObject({ code: 'CONFLICT', reason: 'DISTRICT_HAS_ENVELOPES' });
    expect(await t.sql(`SELECT count(*)::int AS n FROM districts WHERE name = 'Le Vieux Port'`)).toEqual([{ n: 1 }]);
    const still = (await t.gqlOk(BUDGET, { id: budget.id })).budget;
    expect(still.envelopes.map((e: any) => e.district)).toEqual([null, 'Le Vieux Port', 'Centre-ville']);
  });
});
