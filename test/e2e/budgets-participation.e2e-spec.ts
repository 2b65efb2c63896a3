import { advancePhase, createBudget, envelopeNamed, feasible, submit } from '../harness/budgets';
import { TestUser } from '../harness/factories';
import { TestApp } from '../harness/test-app';

const TURNOUT = `query($id: ID!) { budget(id: $id) { id voterCount participation { district voters residents share }
  turnout { voters residents share } } }`;
const SET_BALLOT = `mutation($budgetId: ID!, $envelopeId: ID!, $projectIds: [ID!]!) {
  setBallot(budgetId: $budgetId, envelopeId: $envelopeId, projectIds: $projectIds) { id } }`;

/**
 * The share of residents in the participation figures, on a known data set in a database of its
 * own: residents are live accounts with the RESIDENT role (every account holds it) counted by their
 * district now; voters by the district they had when they voted; a deleted account's ballot stays
 * counted but it is no longer a resident.
 */
describe('budgets: participation as a share of residents', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t?.close());

  it('gives voters, residents and share by district and overall, exactly, from the results only', async () => {
    const council = await t.factories.council(); // a resident too, without a district
    const port: TestUser[] = [];
    for (let i = 0; i < 3; i++) port.push(await t.factories.resident({ district: 'Le Port' }));
    const gone = await t.factories.resident({ district: 'Le Port' });
    const centre = [await t.factories.resident({ district: 'Centre-ville' }), await t.factories.resident({ district: 'Centre-ville' })];
    await t.factories.resident({ district: 'Saint-Jean' });
    const nowhere = await t.factories.resident();
    const extra = await t.factories.resident({ district: 'Le Port' }); // leaves without having voted

    const b = await createBudget(t, council);
    const city = envelopeNamed(b, 'Toute la ville');
    const A = await submit(t, port[0], city, { title: 'Projet A' });
    await advancePhase(t, council, b.id);
    await feasible(t, council, A.id, 10_000);
    await advancePhase(t, council, b.id);
    for (const who of [...port, gone, centre[0], nowhere])
      await t.gqlOk(SET_BALLOT, { budgetId: b.id, envelopeId: city, projectIds: [A.id] }, who.token);
    // A voter leaves: the ballot stays counted, the account is no resident any more; so does one who never voted.
    for (const who of [gone, extra])
      await t.gqlOk(`mutation($p: String!) { deleteMyAccount(password: $p) }`, { p: who.password }, who.token);

    const during = (await t.gqlOk(TURNOUT, { id: b.id })).budget;
    expect(during.participation).toBeNull();
    expect(during.turnout).toBeNull();

    await advancePhase(t, council, b.id);
    const after = (await t.gqlOk(TURNOUT, { id: b.id })).budget;
    expect(after.participation).toEqual([
      { district: 'Centre-ville', voters: 1, residents: 2, share: 0.5 },
      { district: 'Le Port', voters: 4, residents: 3, share: 1.3333 }, // one voter has left since
      { district: 'Saint-Jean', voters: 0, residents: 1, share: 0 },
      { district: null, voters: 1, residents: 2, share: 0.5 },
    ]);
    expect(after.turnout).toEqual({ voters: 6, residents: 8, share: 0.75 });
    expect(after.voterCount).toBe(6);

    // The figures are those of SQL on the source rows.
    const [{ n }] = await t.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM users u JOIN user_roles r ON r.user_id = u.id AND r.role = 'RESIDENT' WHERE u.deleted_at IS NULL`,
    );
    expect(n).toBe(8);
  });
});
