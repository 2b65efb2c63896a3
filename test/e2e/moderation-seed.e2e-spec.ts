import { ConsultationsDemoSeed } from '../../src/consultations/consultations.seed';
import { DemoSeeder } from '../../src/demo/demo-seed';
import { ModerationDemoSeed } from '../../src/moderation/moderation.seed';
import { ProposalsDemoSeed } from '../../src/proposals/proposals.seed';
import { QUEUE } from '../harness/moderation';
import { TestApp } from '../harness/test-app';

describe('moderation: demo seed', () => {
  let demo: TestApp;
  beforeAll(async () => {
    demo = await TestApp.start();
    await demo.get<DemoSeeder>(DemoSeeder).seed();
    await demo.get<ProposalsDemoSeed>(ProposalsDemoSeed).seed();
    await demo.get<ConsultationsDemoSeed>(ConsultationsDemoSeed).seed();
    await demo.get<ModerationDemoSeed>(ModerationDemoSeed).seed();
  }, 60_000);
  afterAll(() => demo?.close());

  it('seeds a demo queue with open flags on demo proposals and comments, never on one’s own content', async () => {
    const moderator = await demo.factories.moderator();
    const queue = (await demo.gqlOk(QUEUE, { first: 20 }, moderator.token)).moderationQueue;
    const types = new Set(queue.edges.map((e: any) => e.node.targetType));
    expect(types).toEqual(new Set(['PROPOSAL', 'COMMENT']));
    expect(queue.totalCount).toBe(4);
    const own = await demo.sql(`
      SELECT f.id FROM flags f JOIN moderation_items i ON i.id = f.item_id
       WHERE f.flagger_id = (SELECT author_id FROM proposals WHERE id = i.target_id UNION ALL SELECT author_id FROM comments WHERE id = i.target_id)`);
    expect(own).toEqual([]);
    const drift = await demo.sql(`SELECT i.id FROM moderation_items i
      WHERE i.open_flag_count <> (SELECT count(*) FROM flags f WHERE f.item_id = i.id AND f.resolved_at IS NULL)`);
    expect(drift).toEqual([]);
    expect(queue.edges.every((e: any) => e.node.content && e.node.openFlagCount > 0)).toBe(true);
  });
});
