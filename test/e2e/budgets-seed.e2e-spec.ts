import { TestApp } from '../harness/test-app';

describe('budgets: demo seed', () => {
  let t: TestApp;
  beforeAll(async () => {
    // The whole demo commune, every domain's step in order: the budget's voters come from earlier steps.
    t = await TestApp.start({ SEED_DEMO: 'true' });
    await t.jobsDone(30_000);
  }, 120_000);
  afterAll(() => t?.close());

  it('seeds an edition in voting and a past one with results and works in progress, with exact counts', async () => {
    const { budgets } = await t.gqlOk(`{ budgets(first: 10) { edges { node { title phase voterCount progress
      envelopes { name results { selected votes project { title status progress } } projects(first: 20) { totalCount } } } } } }`);
    // The other domains' demo content is there too (the voters' districts come from it).
    expect((await t.sql(`SELECT count(*)::int AS n FROM proposals`))[0].n).toBeGreaterThan(0);
    const [current, past] = budgets.edges.map((e: any) => e.node);
    expect(current).toMatchObject({ title: 'Budget participatif 2026', phase: 'VOTING', progress: null });
    expect(current.voterCount).toBeGreaterThan(5);
    expect(current.envelopes.every((e: any) => e.results === null)).toBe(true);
    expect(past).toMatchObject({ title: 'Budget participatif 2025', phase: 'WORKS' });
    expect(past.progress).toBeGreaterThan(0);
    expect(past.progress).toBeLessThan(100);
    const statuses = past.envelopes.flatMap((e: any) => e.results.filter((r: any) => r.selected).map((r: any) => r.project.status));
    expect(statuses).toEqual(expect.arrayContaining(['IN_PROGRESS', 'COMPLETED']));
    const drift = await t.sql(`
      SELECT p.id FROM budget_projects p WHERE p.vote_count <> (SELECT count(*) FROM budget_ballot_choices c WHERE c.project_id = p.id)
      UNION ALL
      SELECT b.id FROM budgets b WHERE b.voter_count <> (SELECT count(*) FROM budget_ballots x WHERE x.budget_id = b.id AND x.choice_count > 0)
      UNION ALL
      SELECT x.id FROM budget_ballots x WHERE x.choice_count <> (SELECT count(*) FROM budget_ballot_choices c WHERE c.ballot_id = x.id)`);
    expect(drift).toEqual([]);
    expect((await t.sql(`SELECT count(*)::int AS n FROM notifications WHERE kind = 'BUDGET_PROJECT_UPDATED'`))[0].n).toBeGreaterThan(0);
  });
});
