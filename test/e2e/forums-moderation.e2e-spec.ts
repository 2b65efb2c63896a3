import type { TestUser } from '../harness/factories';
import { comment, createForum, createTopic, LOCK, PIN, TOPIC, TOPICS } from '../harness/forums';
import { flag, HIDE, ITEM, LOG, notificationsOf, QUEUE_IDS, RESTORE } from '../harness/moderation';
import { errorOf, TestApp } from '../harness/test-app';

/**
 * Forums plugged into moderation from their own folder: a topic is flaggable (FORUM_TOPIC), hidden
 * and restored through the moderation mutations, comments on a topic show the topic as their
 * context, and moderators' pins and locks are in the moderation log.
 */
describe('forums and moderation', () => {
  let t: TestApp;
  let council: TestUser;
  let moderator: TestUser;
  let author: TestUser;
  let reader: TestUser;
  let forum: any;
  let topic: any;

  beforeAll(async () => {
    t = await TestApp.start();
    [council, moderator, author, reader] = await Promise.all([
      t.factories.council(),
      t.factories.moderator(),
      t.factories.resident(),
      t.factories.resident(),
    ]);
    forum = await createForum(t, council, { title: 'Vie du quartier' });
    topic = await createTopic(t, author, forum.id, { title: 'Achetez mes montres', body: 'Promo sur www.example.test' });
  });
  afterAll(() => t?.close());

  it('a reader flags a topic; the moderator finds it in the queue with its forum, hides it; the public loses it; the author is told', async () => {
    expect(await flag(t, reader, 'FORUM_TOPIC', topic.id, 'SPAM', 'Publicité')).toBe(true);
    const own = await t.gql(
      `mutation($id: ID!) { flagContent(targetType: FORUM_TOPIC, targetId: $id, reason: SPAM) }`,
      { id: topic.id },
      author.token,
    );
    expect(errorOf(own)).toMatchObject({ reason: 'OWN_CONTENT' });

    const queue = (await t.gqlOk(QUEUE_IDS, { first: 50 }, moderator.token)).moderationQueue;
    expect(queue.edges.map((e: any) => e.node)).toContainEqual(
      expect.objectContaining({ targetType: 'FORUM_TOPIC', targetId: topic.id, openFlagCount: 1 }),
    );
    const item = (await t.gqlOk(ITEM, { type: 'FORUM_TOPIC', id: topic.id }, moderator.token)).moderationItem;
    expect(item.content).toMatchObject({
      title: 'Achetez mes montres',
      text: 'Promo sur www.example.test',
      path: `/forums/topics/${topic.id}`,
      author: { id: author.id },
      context: { type: 'FORUM', id: forum.id, title: 'Vie du quartier' },
      hidden: false,
    });

    await t.gqlOk(HIDE, { type: 'FORUM_TOPIC', id: topic.id, reason: 'Publicité' }, moderator.token);
    const list = (await t.gqlOk(TOPICS, { id: forum.id, first: 20 })).forum.topics;
    expect(list.edges.map((e: any) => e.node.id)).not.toContain(topic.id);
    expect((await t.gqlOk(TOPIC, { id: topic.id })).forumTopic).toMatchObject({
      hidden: true,
      title: null,
      body: null,
      hiddenReason: null,
    });
    expect((await t.gqlOk(TOPIC, { id: topic.id }, author.token)).forumTopic).toMatchObject({
      hidden: true,
      title: 'Achetez mes montres',
      hiddenReason: 'Publicité',
    });
    const [told] = await notificationsOf(t, author, 'CONTENT_HIDDEN');
    expect(told.payload).toMatchObject({ contentType: 'FORUM_TOPIC', contentId: topic.id, reason: 'Publicité' });

    await t.gqlOk(RESTORE, { type: 'FORUM_TOPIC', id: topic.id }, moderator.token);
    const back = (await t.gqlOk(TOPICS, { id: forum.id, first: 20 })).forum.topics;
    expect(back.edges.map((e: any) => e.node.id)).toContain(topic.id);
  });

  it('a flagged comment on a topic is shown to moderators with the topic as its context', async () => {
    const c = await comment(t, author, topic.id, 'Un avis grossier');
    await flag(t, reader, 'COMMENT', c.id, 'ABUSE');
    const item = (await t.gqlOk(ITEM, { type: 'COMMENT', id: c.id }, moderator.token)).moderationItem;
    expect(item.content.context).toEqual({ type: 'FORUM_TOPIC', id: topic.id, title: 'Achetez mes montres' });
    expect(item.content.path).toContain(`/forums/topics/${topic.id}`);
  });

  it('pins and locks are written in the moderation log, once per change', async () => {
    await t.gqlOk(PIN, { id: topic.id, pinned: true }, moderator.token);
    await t.gqlOk(PIN, { id: topic.id, pinned: true }, moderator.token); // no change: no line
    await t.gqlOk(LOCK, { id: topic.id, locked: true }, moderator.token);
    await t.gqlOk(LOCK, { id: topic.id, locked: false }, moderator.token);
    const log = (await t.gqlOk(LOG, { first: 20, filter: { targetId: topic.id } }, moderator.token)).moderationLog;
    const actions = log.edges.map((e: any) => e.node.action);
    expect([...actions].sort()).toEqual(['HIDE', 'LOCK', 'PIN', 'RESTORE', 'UNLOCK']);
    const pin = log.edges.find((e: any) => e.node.action === 'PIN').node;
    expect(pin).toMatchObject({ targetType: 'FORUM_TOPIC', actor: { id: moderator.id }, subject: { id: author.id } });
    const [{ n }] = await t.sql(`SELECT count(*)::int AS n FROM moderation_log WHERE target_id = $1`, [topic.id]);
    expect(n).toBe(5);
  });
});
