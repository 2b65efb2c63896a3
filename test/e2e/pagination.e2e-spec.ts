import { TEST_DISTRICTS, TestApp } from '../harness/test-app';

/**
 * `totalCount` is an exact count(*) over the whole list, the dearest statement of a page on a large
 * table: it must run only when a client selects it, also where a resolver copies the page to map
 * its nodes (`{ ...page, edges }`), as the districts and notifications lists do.
 */
describe('connections: the total count runs only when selected', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t?.close());

  const counts = (statements: string[]) => statements.filter((sql) => /\bcount\(/i.test(sql));

  it('pages without a count statement when totalCount is not selected, and counts once when it is', async () => {
    const bare = await t.queryCounter.measure(() =>
      t.gqlOk(`{ districtList(first: 2) { edges { node { name } } pageInfo { hasNextPage } } }`),
    );
    expect(bare.result.districtList.edges).toHaveLength(2);
    expect(counts(bare.queries)).toEqual([]);

    const counted = await t.queryCounter.measure(() => t.gqlOk(`{ districtList(first: 2) { totalCount edges { node { name } } } }`));
    expect(counted.result.districtList.totalCount).toBe(TEST_DISTRICTS.length);
    expect(counts(counted.queries)).toHaveLength(1);

    // Asked twice in one operation (aliases), the list's count still runs once.
    const twice = await t.queryCounter.measure(() => t.gqlOk(`{ districtList(first: 2) { a: totalCount b: totalCount } }`));
    expect(twice.result.districtList).toEqual({ a: TEST_DISTRICTS.length, b: TEST_DISTRICTS.length });
    expect(counts(twice.queries)).toHaveLength(1);
  });

  it('does the same on a signed-in list (notifications)', async () => {
    const u = await t.factories.resident();
    const bare = await t.queryCounter.measure(() => t.gqlOk(`{ notifications(first: 5) { edges { node { id } } } }`, {}, u.token));
    expect(bare.result.notifications.edges).toEqual([]);
    expect(counts(bare.queries)).toEqual([]);
    const counted = await t.queryCounter.measure(() => t.gqlOk(`{ notifications(first: 5) { totalCount } }`, {}, u.token));
    expect(counted.result.notifications.totalCount).toBe(0);
    expect(counts(counted.queries)).toHaveLength(1);
  });
});
