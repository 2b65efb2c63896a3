import { file, LIST, move, setup, type Setup } from '../harness/service-requests';
import { errorOf, TestApp } from '../harness/test-app';

/**
 * « Recently resolved » (the home page): requests listed by their resolution date, keyset-paged;
 * those never resolved, or reopened since, are not in that list.
 */
describe('service requests ordered by resolution', () => {
  let t: TestApp;
  let s: Setup;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await TestApp.start();
    s = await setup(t);
    for (const name of ['first', 'second', 'third', 'reopened', 'open']) ids[name] = (await file(t, s.resident, s.reportId)).id;
    for (const name of ['first', 'second', 'third', 'reopened']) await move(t, s.agent, ids[name]!, 'RESOLVED', 'Réparé.');
    // Resolution dates set apart (the order under test is the server's, not the order of the calls).
    const at = { first: '2026-03-01T10:00:00Z', second: '2026-03-03T10:00:00Z', third: '2026-03-02T10:00:00Z' };
    for (const [name, date] of Object.entries(at))
      await t.sql(`UPDATE service_requests SET resolved_at = $2 WHERE id = $1`, [ids[name], date]);
    await t.gqlOk(
      `mutation($id: ID!, $reason: String!) { reopenServiceRequest(id: $id, reason: $reason) { id status } }`,
      { id: ids.reopened, reason: 'Toujours éteint.' },
      s.resident.token,
    );
  });
  afterAll(() => t?.close());

  const page = async (direction: 'ASC' | 'DESC', first: number, after?: string) =>
    (await t.gqlOk(LIST, { first, after, orderBy: { field: 'RESOLVED_AT', direction } })).serviceRequests;

  it('lists the resolved requests newest resolution first, page by page, without the reopened or open ones', async () => {
    const one = await page('DESC', 2);
    expect(one.totalCount).toBe(3);
    expect(one.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([ids.second, ids.third]);
    expect(one.pageInfo.hasNextPage).toBe(true);
    const two = await page('DESC', 2, one.pageInfo.endCursor);
    expect(two.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([ids.first]);
    expect(two.pageInfo.hasNextPage).toBe(false);
  });

  it('reads oldest first when asked', async () => {
    const all = await page('ASC', 10);
    expect(all.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([ids.first, ids.third, ids.second]);
  });

  it('combines with the other filters (a status list)', async () => {
    const data = await t.gqlOk(LIST, { first: 10, filter: { status: ['RESOLVED'] }, orderBy: { field: 'RESOLVED_AT', direction: 'DESC' } });
    expect(data.serviceRequests.totalCount).toBe(3);
  });

  it('refuses a malformed cursor by its field', async () => {
    const res = await t.gql(LIST, { first: 2, after: 'not-a-cursor', orderBy: { field: 'RESOLVED_AT', direction: 'DESC' } });
    expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['after'] });
  });
});
