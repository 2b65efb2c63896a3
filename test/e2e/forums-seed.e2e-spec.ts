import { DemoSeeder } from '../../src/demo/demo-seed';
import { ForumsDemoSeed } from '../../src/forums/forums.seed';
import { TestApp } from '../harness/test-app';

describe('forums: demo seed', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
    await t.get<DemoSeeder>(DemoSeeder).seed();
    await t.get<ForumsDemoSeed>(ForumsDemoSeed).seed();
    await t.jobsDone();
  }, 60_000);
  afterAll(() => t?.close());

  it('seeds three forums of lively topics, with exact counts, threads, votes, one pinned and one locked', async () => {
    const { forums } = await t.gqlOk(`{ forums { title topicCount lastActivityAt
      topics(first: 5) { edges { node { title pinned locked commentCount author { displayName } } } } } }`);
    expect(forums.map((f: any) => f.title)).toEqual(['Vie du quartier', 'Mobilités', 'Propositions libres']);
    const topics = forums.flatMap((f: any) => f.topics.edges.map((e: any) => e.node));
    expect(topics.length).toBeGreaterThanOrEqual(8);
    expect(topics.filter((x: any) => x.pinned).map((x: any) => x.title)).toEqual(['Bienvenue : comment bien utiliser ce forum']);
    expect(topics.filter((x: any) => x.locked)).toHaveLength(1);
    expect(new Set(topics.map((x: any) => x.author.displayName)).size).toBeGreaterThanOrEqual(6);
    // Pinned first in its forum.
    expect(forums[0].topics.edges[0].node.pinned).toBe(true);

    const drift = await t.sql(`
      SELECT t.id FROM forum_topics t
      WHERE t.comment_count <> (SELECT count(*) FROM comments c WHERE c.target_type = 'FORUM_TOPIC' AND c.target_id = t.id AND c.deleted_at IS NULL)
         OR t.last_activity_at <> GREATEST(t.created_at, (SELECT max(c.created_at) FROM comments c WHERE c.target_id = t.id))
         OR t.created_at > now()
      UNION ALL
      SELECT f.id FROM forums f WHERE f.topic_count <> (SELECT count(*) FROM forum_topics t WHERE t.forum_id = f.id AND t.hidden_at IS NULL)`);
    expect(drift).toEqual([]);
    const [threads] = await t.sql(`SELECT
      (SELECT count(*)::int FROM comments WHERE target_type = 'FORUM_TOPIC' AND parent_id IS NOT NULL) AS replies,
      (SELECT count(*)::int FROM comment_votes v JOIN comments c ON c.id = v.comment_id WHERE c.target_type = 'FORUM_TOPIC') AS votes,
      (SELECT count(DISTINCT author_id)::int FROM comments WHERE target_type = 'FORUM_TOPIC') AS commenters`);
    expect(threads.replies).toBeGreaterThan(5);
    expect(threads.votes).toBeGreaterThan(10);
    expect(threads.commenters).toBeGreaterThanOrEqual(6);
    // Authors follow their topics and hear of the comments.
    expect((await t.sql(`SELECT count(*)::int AS n FROM notifications WHERE kind = 'FORUM_TOPIC_COMMENTED'`))[0].n).toBeGreaterThan(5);
  });
});
