import { ForumsService } from '../../src/forums/forums.service';
import { TransactionRunner } from '../../src/database/transaction';
import { TestUser } from '../harness/factories';
import { comment, COMMENT, CREATE_TOPIC, createForum, createTopic, FORUMS, PIN, TOPIC, TOPICS } from '../harness/forums';
import { smallImage, upload } from '../harness/media';
import { errorOf, TestApp } from '../harness/test-app';

/**
 * A forum's topic list: pinned first, then by last activity, newest or most comments, keyset-paged
 * without skipping or repeating; counts and last activity exact under concurrent comments and
 * topics (compared with the rows); hidden topics (through the moderation hook) out of lists and
 * counts, and shown as hidden to each viewer as they may see it; a constant number of statements
 * whatever the page size.
 */
describe('forum topic lists', () => {
  let t: TestApp;
  let council: TestUser;
  let moderator: TestUser;
  let residents: TestUser[];

  beforeAll(async () => {
    t = await TestApp.start();
    [council, moderator, ...residents] = await Promise.all([
      t.factories.council(),
      t.factories.moderator(),
      ...Array.from({ length: 6 }, () => t.factories.resident()),
    ]);
  });
  afterAll(() => t?.close());

  const service = () => t.get<ForumsService>(ForumsService);
  const hide = (id: string, reason: string | null) =>
    t.get<TransactionRunner>(TransactionRunner).run((tx) => service().setHidden(tx, id, reason ? { reason, at: new Date() } : null));

  /** Every topic of the list, page by page, with the order asked. */
  async function walk(forumId: string, orderBy: string, first: number, token?: string) {
    const ids: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 50; pages++) {
      const res: any = (await t.gqlOk(TOPICS, { id: forumId, first, after, orderBy }, token)).forum.topics;
      ids.push(...res.edges.map((e: any) => e.node.id));
      expect(res.pageInfo.hasPreviousPage).toBe(after !== null);
      if (!res.pageInfo.hasNextPage) return { ids, totalCount: res.totalCount };
      after = res.pageInfo.endCursor;
    }
    throw new Error('too many pages');
  }

  it('orders by last activity, newest and most commented, pinned first, across pages', async () => {
    const forum = await createForum(t, council);
    const [a, b] = residents;
    const topics: any[] = [];
    for (let i = 0; i < 7; i++) topics.push(await createTopic(t, residents[i % residents.length], forum.id, { title: `Sujet ${i}` }));
    // Comments: topic 1 gets three, topic 4 two, topic 2 one (last of all).
    for (const [i, n] of [
      [1, 3],
      [4, 2],
      [2, 1],
    ]) {
      for (let k = 0; k < n; k++) await comment(t, k % 2 ? a : b, topics[i].id, `Avis ${k}`);
    }
    await t.gqlOk(PIN, { id: topics[5].id, pinned: true }, moderator.token);
    const id = (i: number) => topics[i].id;

    const activity = await walk(forum.id, 'LAST_ACTIVITY', 2);
    expect(activity.ids).toEqual([id(5), id(2), id(4), id(1), id(6), id(3), id(0)]);
    expect(activity.totalCount).toBe(7);
    const newest = await walk(forum.id, 'NEWEST', 3);
    expect(newest.ids).toEqual([id(5), id(6), id(4), id(3), id(2), id(1), id(0)]);
    const most = await walk(forum.id, 'MOST_COMMENTED', 2);
    expect(most.ids.slice(0, 4)).toEqual([id(5), id(1), id(4), id(2)]);
    // Ties (no comment) by id, descending, with no topic skipped or repeated.
    expect(most.ids.slice(4)).toEqual([id(0), id(3), id(6)].sort().reverse());
    // The default order is last activity.
    const def = (await t.gqlOk(`query($id: ID!) { forum(id: $id) { topics(first: 10) { edges { node { id } } } } }`, { id: forum.id }))
      .forum;
    expect(def.topics.edges.map((e: any) => e.node.id)).toEqual(activity.ids);

    // A comment moves its topic to the front of the activity order (behind the pinned one).
    await comment(t, a, id(0), 'Je relance');
    expect((await walk(forum.id, 'LAST_ACTIVITY', 10)).ids.slice(0, 2)).toEqual([id(5), id(0)]);
    const list = (await t.gqlOk(TOPICS, { id: forum.id, first: 1 })).forum;
    const lastOf = (await t.sql(`SELECT max(last_activity_at) AS at FROM forum_topics WHERE forum_id = $1`, [forum.id]))[0].at;
    expect(new Date(list.lastActivityAt).getTime()).toBe(lastOf.getTime());
  });

  it('reads every order’s pages from its index, the very statement the app sends, first page and after a cursor', async () => {
    const forum = await createForum(t, council);
    await createTopic(t, residents[0], forum.id);
    await createTopic(t, residents[1], forum.id);
    const plans: string[] = [];
    const plan = async (st: { sql: string; parameters: unknown[] }) =>
      (await t.sql(`EXPLAIN ${st.sql}`, st.parameters)).map((r: any) => r['QUERY PLAN']).join('\n');
    const sent: { sql: string; parameters: unknown[] }[] = [];
    for (const orderBy of ['LAST_ACTIVITY', 'NEWEST', 'MOST_COMMENTED']) {
      const first = await t.queryCounter.measure(() => t.gqlOk(TOPICS, { id: forum.id, first: 1, orderBy }));
      const after = first.result.forum.topics.pageInfo.endCursor;
      const next = await t.queryCounter.measure(() => t.gqlOk(TOPICS, { id: forum.id, first: 1, after, orderBy }));
      for (const m of [first, next]) sent.push(...m.statements.filter((st) => /CROSS JOIN LATERAL/.test(st.sql)));
    }
    expect(sent).toHaveLength(6);
    // A commune's worth of topics in this forum and others, fresh statistics, and the plans, all in a
    // transaction of the test's own connection that is rolled back: the server never sees them.
    await t.sql('BEGIN');
    try {
      await t.sql(
        `INSERT INTO forums (title, created_by_id, position) SELECT 'Autre ' || i, $1, 1000 + i FROM generate_series(1, 20) AS i`,
        [council.id],
      );
      await t.sql(
        `INSERT INTO forum_topics (forum_id, author_id, title, body, pinned, comment_count, last_activity_at, hidden_at, hidden_reason)
         SELECT CASE WHEN i % 4 = 0 THEN $1::uuid ELSE (SELECT id FROM forums WHERE title = 'Autre ' || (1 + i % 20)) END,
                $2, 'Sujet ' || i, 'Texte', i % 500 = 0, i % 37, now() - make_interval(mins => i),
                CASE WHEN i % 50 = 0 THEN now() END, CASE WHEN i % 50 = 0 THEN 'Hors sujet' END
         FROM generate_series(1, 40000) AS i`,
        [forum.id, residents[0].id],
      );
      await t.sql('ANALYZE forum_topics');
      await t.sql('ANALYZE forums');
      for (const st of sent) plans.push(await plan(st));
    } finally {
      await t.sql('ROLLBACK');
    }
    const names = ['ix_forum_topics_list_activity', 'ix_forum_topics_list_newest', 'ix_forum_topics_list_comments'];
    plans.forEach((p, i) => {
      expect(p).toContain(names[Math.floor(i / 2)]);
      expect(p).not.toMatch(/\bSort\b/);
    });
  });

  it('refuses cursors it did not make, naming `after`', async () => {
    const forum = await createForum(t, council);
    await createTopic(t, residents[0], forum.id);
    await createTopic(t, residents[1], forum.id);
    const page = (await t.gqlOk(TOPICS, { id: forum.id, first: 1, orderBy: 'NEWEST' })).forum.topics;
    const good: string = page.pageInfo.endCursor;
    const inner = good.slice(2);
    const bad = [
      inner,
      `x.${inner}`,
      'p.',
      `n.${Buffer.from(JSON.stringify([5, '00000000-0000-4000-8000-000000000000'])).toString('base64url')}`,
      `n.${Buffer.from(JSON.stringify(['2026-02-30T10:00:00.000000Z', '00000000-0000-4000-8000-000000000000'])).toString('base64url')}`,
      `${good}.x`,
    ];
    for (const after of bad) {
      const res = await t.gql(TOPICS, { id: forum.id, first: 1, after, orderBy: 'NEWEST' });
      expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['after'] });
    }
    // A NEWEST cursor does not fit MOST_COMMENTED (a count is expected).
    expect(errorOf(await t.gql(TOPICS, { id: forum.id, first: 1, after: good, orderBy: 'MOST_COMMENTED' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    expect((await t.gqlOk(TOPICS, { id: forum.id, first: 1, after: good, orderBy: 'NEWEST' })).forum.topics.edges).toHaveLength(1);
  });

  it('keeps commentCount and lastActivityAt exact under 50 concurrent comments', async () => {
    const forum = await createForum(t, council);
    const topic = await createTopic(t, residents[0], forum.id);
    const first = await comment(t, residents[1], topic.id, 'Premier');
    await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        t.gqlOk(
          COMMENT,
          { id: topic.id, body: `Avis ${i}`, parentId: i % 3 === 0 ? first.id : null },
          residents[i % residents.length].token,
        ),
      ),
    );
    const [row] = await t.sql(
      `SELECT t.comment_count, t.last_activity_at,
              (SELECT count(*)::int FROM comments c WHERE c.target_type = 'FORUM_TOPIC' AND c.target_id = t.id) AS rows,
              (SELECT max(c.created_at) FROM comments c WHERE c.target_type = 'FORUM_TOPIC' AND c.target_id = t.id) AS newest
       FROM forum_topics t WHERE t.id = $1`,
      [topic.id],
    );
    expect(row.rows).toBe(51);
    expect(row.comment_count).toBe(row.rows);
    // Microseconds included: compared in SQL, not as JavaScript dates.
    const [same] = await t.sql(
      `SELECT last_activity_at = (SELECT max(created_at) FROM comments WHERE target_id = $1) AS same FROM forum_topics WHERE id = $1`,
      [topic.id],
    );
    expect(same.same).toBe(true);
    const seen = (await t.gqlOk(TOPIC, { id: topic.id })).forumTopic;
    expect(seen.commentCount).toBe(51);
    expect(new Date(seen.lastActivityAt).getTime()).toBe(row.newest.getTime());
    // A deleted comment leaves the count, not the last activity.
    await t.gqlOk(`mutation($id: ID!) { deleteComment(id: $id) { id } }`, { id: first.id }, residents[1].token);
    const after = (await t.sql(`SELECT comment_count, last_activity_at FROM forum_topics WHERE id = $1`, [topic.id]))[0];
    expect(after.comment_count).toBe(50);
    expect(after.last_activity_at.getTime()).toBe(row.last_activity_at.getTime());
  });

  it('keeps the forum’s topic count exact under concurrent topics', async () => {
    const forum = await createForum(t, council);
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        t.gqlOk(CREATE_TOPIC, { input: { forumId: forum.id, title: `Sujet ${i}`, body: 'Texte' } }, residents[i % residents.length].token),
      ),
    );
    const [row] = await t.sql(
      `SELECT f.topic_count, (SELECT count(*)::int FROM forum_topics t WHERE t.forum_id = f.id AND t.hidden_at IS NULL) AS rows FROM forums f WHERE f.id = $1`,
      [forum.id],
    );
    expect(row).toEqual({ topic_count: 20, rows: 20 });
  });

  it('runs the same number of statements for 5 or 60 topics with authors, photos, forums and follows', async () => {
    const forum = await createForum(t, council);
    const viewer = residents[2];
    for (let i = 0; i < 60; i++) {
      const imageIds = i % 10 === 0 ? [(await upload(t, await smallImage(), { token: residents[i % 6].token }).expect(201)).body.id] : [];
      const topic = await createTopic(t, residents[i % 6], forum.id, { imageIds });
      if (i % 7 === 0) await comment(t, residents[(i + 1) % 6], topic.id);
    }
    const PAGE = `query($id: ID!, $first: Int!) { forums { id topicCount lastActivityAt }
      forum(id: $id) { topics(first: $first) { totalCount edges { node { id title body commentCount lastActivityAt pinned locked hidden
        author { id displayName } forum { id title } images { id } followerCount viewerIsFollowing viewerCanEdit commentsOpen } } } } }`;
    const small = await t.queryCounter.measure(() => t.gqlOk(PAGE, { id: forum.id, first: 5 }, viewer.token));
    const large = await t.queryCounter.measure(() => t.gqlOk(PAGE, { id: forum.id, first: 60 }, viewer.token));
    expect(large.result.forum.topics.edges).toHaveLength(60);
    expect(large.result.forum.topics.totalCount).toBe(60);
    expect(large.result.forum.topics.edges.filter((e: any) => e.node.images.length)).toHaveLength(6);
    expect(large.result.forum.topics.edges.filter((e: any) => e.node.viewerIsFollowing)).toHaveLength(10);
    expect(large.count).toBe(small.count);
    // viewer, forums, last activities, forum, topics, users, forums by id, images, follower counts, viewer's follows
    expect(large.count).toBeLessThanOrEqual(10);
  });

  it('batches the topics of every forum in one statement', async () => {
    const ALL = `{ forums { id topics(first: 2, orderBy: NEWEST) { edges { node { id author { id } } } } } }`;
    const { count, result } = await t.queryCounter.measure(() => t.gqlOk(ALL));
    expect(result.forums.length).toBeGreaterThan(4);
    // forums, their topics, their authors
    expect(count).toBe(3);
    // 100 forums × 100 topics is refused by the cost limit (the list counts as its most).
    const costly = await t.gql(`{ forums { topics(first: 100) { edges { node { id title author { id displayName } } } } } }`);
    expect(costly.errors?.[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
  });

  describe('a hidden topic', () => {
    let forum: any;
    let topic: any;
    let author: TestUser;
    let other: TestUser;
    let imageId: string;

    beforeAll(async () => {
      [author, other] = residents;
      forum = await createForum(t, council);
      imageId = (await upload(t, await smallImage(), { token: author.token }).expect(201)).body.id;
      topic = await createTopic(t, author, forum.id, { title: 'Un titre blessant', body: 'Un texte blessant', imageIds: [imageId] });
      await createTopic(t, other, forum.id);
      await comment(t, other, topic.id, 'Une réponse');
    });

    it('leaves the lists and counts for everyone, and comes back when restored', async () => {
      expect(await hide(topic.id, 'Propos injurieux')).toEqual({ authorId: author.id });
      // Hiding twice changes nothing (null: nothing to do).
      expect(await hide(topic.id, 'Encore')).toBeNull();
      expect(await hide('00000000-0000-4000-8000-000000000000', 'x')).toBeNull();
      for (const token of [undefined, author.token, moderator.token]) {
        const list = (await t.gqlOk(TOPICS, { id: forum.id, first: 10 }, token)).forum;
        expect(list.topics.edges.map((e: any) => e.node.id)).not.toContain(topic.id);
        expect(list.topicCount).toBe(1);
        expect(list.topics.totalCount).toBe(1);
      }
      const forums = (await t.gqlOk(FORUMS)).forums.find((f: any) => f.id === forum.id);
      expect(forums.topicCount).toBe(1);
      const [row] = await t.sql(`SELECT hidden_reason, hidden_at IS NOT NULL AS hidden FROM forum_topics WHERE id = $1`, [topic.id]);
      expect(row).toEqual({ hidden_reason: 'Propos injurieux', hidden: true });
    });

    it('shows the public that it was hidden, without its content; its author and moderators see it with the reason', async () => {
      const FULL = `query($id: ID!) { forumTopic(id: $id) { id title body hidden hiddenReason commentsOpen images { id url(variant: THUMB) }
        comments(first: 5) { totalCount edges { node { id } } } } }`;
      for (const token of [undefined, other.token]) {
        const seen = (await t.gqlOk(FULL, { id: topic.id }, token)).forumTopic;
        expect(seen).toEqual({
          id: topic.id,
          title: null,
          body: null,
          hidden: true,
          hiddenReason: null,
          commentsOpen: false,
          images: [],
          comments: { totalCount: 0, edges: [] },
        });
      }
      for (const token of [author.token, moderator.token]) {
        const seen = (await t.gqlOk(FULL, { id: topic.id }, token)).forumTopic;
        expect(seen).toMatchObject({
          title: 'Un titre blessant',
          body: 'Un texte blessant',
          hiddenReason: 'Propos injurieux',
          hidden: true,
        });
        expect(seen.comments.totalCount).toBe(1);
        // Its photo is no longer public: a signed URL for them, 404 for anyone without it.
        expect(seen.images[0].url).toMatch(/\?exp=\d+&sig=/);
      }
      expect((await t.http.get(`/media/${imageId}/thumb`)).status).toBe(404);
      // Its comments are not readable one by one either.
      const commentId = (await t.sql(`SELECT id FROM comments WHERE target_id = $1`, [topic.id]))[0].id;
      expect((await t.gqlOk(`query($id: ID!) { comment(id: $id) { id } }`, { id: commentId })).comment).toBeNull();
    });

    it('takes no comment, no edit and no new follower from the public', async () => {
      const res = await t.gql(COMMENT, { id: topic.id, body: 'Encore ?', parentId: null }, other.token);
      expect(errorOf(res)).toMatchObject({ code: 'NOT_FOUND' });
      const byAuthor = await t.gql(COMMENT, { id: topic.id, body: 'Je me défends', parentId: null }, author.token);
      expect(errorOf(byAuthor)).toMatchObject({ code: 'CONFLICT', reason: 'TOPIC_HIDDEN' });
      const edit = await t.gql(
        `mutation($id: ID!) { updateForumTopic(id: $id, input: { title: "Adouci" }) { id } }`,
        { id: topic.id },
        author.token,
      );
      expect(errorOf(edit)).toMatchObject({ code: 'CONFLICT', reason: 'TOPIC_HIDDEN' });
      const follow = await t.gql(
        `mutation($id: ID!) { follow(targetType: FORUM_TOPIC, targetId: $id) { followerCount } }`,
        { id: topic.id },
        other.token,
      );
      expect(errorOf(follow)).toMatchObject({ code: 'NOT_FOUND' });
    });

    it('is described to moderators in the moderation queue, with its forum as context', async () => {
      const { moderationItem } = await t.gqlOk(
        `query($id: ID!) { moderationItem(targetType: FORUM_TOPIC, targetId: $id) {
           content { title text path hidden hiddenReason author { id } context { type id title } } } }`,
        { id: topic.id },
        moderator.token,
      );
      expect(moderationItem.content).toEqual({
        title: 'Un titre blessant',
        text: 'Un texte blessant',
        path: `/forums/topics/${topic.id}`,
        hidden: true,
        hiddenReason: expect.any(String),
        author: { id: author.id },
        context: { type: 'FORUM', id: forum.id, title: forum.title },
      });
    });

    it('restored, is listed and counted again, its photo public', async () => {
      expect(await hide(topic.id, null)).toEqual({ authorId: author.id });
      expect(await hide(topic.id, null)).toBeNull();
      const list = (await t.gqlOk(TOPICS, { id: forum.id, first: 10 })).forum;
      expect(list.topics.edges.map((e: any) => e.node.id)).toContain(topic.id);
      const [row] = await t.sql(
        `SELECT f.topic_count, (SELECT count(*)::int FROM forum_topics t WHERE t.forum_id = f.id AND t.hidden_at IS NULL) AS rows FROM forums f WHERE f.id = $1`,
        [forum.id],
      );
      expect(row.topic_count).toBe(row.rows);
      expect((await t.gqlOk(TOPIC, { id: topic.id })).forumTopic).toMatchObject({
        hidden: false,
        title: 'Un titre blessant',
        hiddenReason: null,
      });
      expect((await t.http.get(`/media/${imageId}/thumb`)).status).toBe(200);
    });
  });
});
