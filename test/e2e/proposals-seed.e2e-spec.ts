import { DemoSeeder } from '../../src/demo/demo-seed';
import { ProposalsDemoSeed } from '../../src/proposals/proposals.seed';
import { TestApp } from '../harness/test-app';

describe('proposals: demo seed', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
    await t.get<DemoSeeder>(DemoSeeder).seed();
    await t.get<ProposalsDemoSeed>(ProposalsDemoSeed).seed();
  }, 60_000);
  afterAll(() => t?.close());

  it('seeds proposals in every state, with real supports, comments and timelines in the past', async () => {
    const statuses = (await t.sql('SELECT status FROM proposals')).map((r) => r.status).sort();
    expect(statuses).toEqual(['COMPLETED', 'DRAFT', 'IN_PROGRESS', 'PUBLISHED', 'PUBLISHED', 'REJECTED', 'UNDER_REVIEW', 'WITHDRAWN']);
    const drift = await t.sql(`
      SELECT p.id FROM proposals p
      WHERE p.support_count <> (SELECT count(*) FROM proposal_supports s WHERE s.proposal_id = p.id)
         OR p.comment_count <> (SELECT count(*) FROM comments c WHERE c.target_type = 'PROPOSAL' AND c.target_id = p.id AND c.deleted_at IS NULL)`);
    expect(drift).toEqual([]);
    expect((await t.sql('SELECT count(*)::int AS n FROM comments WHERE parent_id IS NOT NULL'))[0].n).toBeGreaterThan(0);
    expect((await t.sql('SELECT count(*)::int AS n FROM comment_votes'))[0].n).toBeGreaterThan(0);
    const future = await t.sql(`SELECT id FROM proposal_events WHERE created_at > now()
      UNION ALL SELECT id FROM proposals WHERE published_at > now() OR created_at > published_at`);
    expect(future).toEqual([]);
  });

  it('tells each story through the public API', async () => {
    const { proposals } = await t.gqlOk(`{ proposals(first: 20) { totalCount edges { node {
      title status supportCount commentCount progress author { displayName } category { name }
      officialAnswer { body author { displayName } } timeline { kind createdAt } } } } }`);
    expect(proposals.totalCount).toBe(7);
    const completed = proposals.edges.map((e: any) => e.node).find((p: any) => p.status === 'COMPLETED');
    expect(completed).toMatchObject({ progress: 100, category: { name: 'Culture et sport' } });
    expect(completed.timeline.map((e: any) => e.kind)).toEqual(['PUBLISHED', 'UNDER_REVIEW', 'ANSWERED', 'PROGRESS_UPDATE', 'COMPLETED']);
    const dates = completed.timeline.map((e: any) => e.createdAt);
    expect([...dates].sort()).toEqual(dates);
    expect(new Set(dates).size).toBe(dates.length);
  });
});
