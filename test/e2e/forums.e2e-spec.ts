import { GraphQLSchemaHost } from '@nestjs/graphql';
import { GraphQLObjectType } from 'graphql';
import { Clock } from '../../src/common/clock';
import { TestUser } from '../harness/factories';
import {
  ARCHIVE_FORUM,
  comment,
  CREATE_FORUM,
  CREATE_TOPIC,
  createForum,
  createTopic,
  FORUMS,
  LOCK,
  MOVE_FORUM,
  PIN,
  REORDER_FORUMS,
  RESTORE_FORUM,
  TOPIC,
  UPDATE_FORUM,
  UPDATE_TOPIC,
} from '../harness/forums';
import { smallImage, upload } from '../harness/media';
import { errorOf, TestApp } from '../harness/test-app';

/**
 * Forums and topics: who may do what (visitor, resident, moderator, council, admin), the input
 * rules, the council's order of forums (with its limit under concurrency), archiving, topic edits,
 * pin and lock (a locked topic refuses comments), threads, follows and their notifications, the
 * data export, and the names of shared/API.md.
 */
describe('forums', () => {
  let t: TestApp;
  let council: TestUser;
  let admin: TestUser;
  let moderator: TestUser;
  let alice: TestUser;
  let bob: TestUser;

  beforeAll(async () => {
    t = await TestApp.start();
    [council, admin, moderator, alice, bob] = await Promise.all([
      t.factories.council(),
      t.factories.admin(),
      t.factories.moderator(),
      t.factories.resident({ displayName: 'Alice' }),
      t.factories.resident({ displayName: 'Bob' }),
    ]);
  });
  afterAll(() => t?.close());

  const activeIds = async () => (await t.gqlOk(FORUMS)).forums.map((f: any) => f.id);
  const rowCount = async (table: string) => (await t.sql(`SELECT count(*)::int AS n FROM ${table}`))[0].n;

  it('keeps the names of shared/API.md', () => {
    const schema = t.get<GraphQLSchemaHost>(GraphQLSchemaHost).schema;
    const fields = (type: string) => Object.keys((schema.getType(type) as GraphQLObjectType).getFields());
    expect(fields('Query')).toEqual(expect.arrayContaining(['forums', 'forumTopic']));
    expect(fields('Mutation')).toEqual(expect.arrayContaining(['createForum', 'createForumTopic', 'setTopicPinned', 'setTopicLocked']));
    expect(fields('Forum')).toEqual(expect.arrayContaining(['id', 'title', 'description', 'topics']));
    expect(fields('ForumTopic')).toEqual(
      expect.arrayContaining([
        'id',
        'title',
        'body',
        'author',
        'forum',
        'pinned',
        'locked',
        'commentCount',
        'comments',
        'createdAt',
        'lastActivityAt',
      ]),
    );
    const args = (schema.getType('Forum') as GraphQLObjectType).getFields().topics.args.map((a) => a.name);
    expect(args).toEqual(expect.arrayContaining(['first', 'after', 'orderBy']));
  });

  describe('forums: the council sets them up', () => {
    it('lets the council and admins create and edit forums, and nobody else', async () => {
      const input = { title: 'Vie du quartier', description: 'Fêtes, voisins, commerces.' };
      const before = await rowCount('forums');
      expect(errorOf(await t.gql(CREATE_FORUM, { input }))).toMatchObject({ code: 'UNAUTHENTICATED' });
      for (const user of [alice, moderator]) {
        expect(errorOf(await t.gql(CREATE_FORUM, { input }, user.token))).toMatchObject({ code: 'FORBIDDEN' });
      }
      expect(await rowCount('forums')).toBe(before);

      const f = (await t.gqlOk(CREATE_FORUM, { input }, council.token)).createForum;
      expect(f).toMatchObject({ title: 'Vie du quartier', description: 'Fêtes, voisins, commerces.', topicCount: 0, archived: false });
      expect(f.lastActivityAt).toBeNull();
      const byAdmin = (await t.gqlOk(CREATE_FORUM, { input: { title: 'Mobilités' } }, admin.token)).createForum;
      expect(byAdmin.description).toBe('');
      expect(byAdmin.position).toBe(f.position + 1);

      const update = { title: 'Vie des quartiers' };
      expect(errorOf(await t.gql(UPDATE_FORUM, { id: f.id, input: update }, alice.token))).toMatchObject({ code: 'FORBIDDEN' });
      const edited = (await t.gqlOk(UPDATE_FORUM, { id: f.id, input: update }, council.token)).updateForum;
      expect(edited).toMatchObject({ title: 'Vie des quartiers', description: 'Fêtes, voisins, commerces.' });
      const unknown = await t.gql(UPDATE_FORUM, { id: '00000000-0000-4000-8000-000000000000', input: update }, council.token);
      expect(errorOf(unknown)).toMatchObject({ code: 'NOT_FOUND', reason: 'FORUM_NOT_FOUND' });
    });

    it('refuses malformed forums, naming the field, and writes nothing', async () => {
      const before = await rowCount('forums');
      const cases: [Record<string, unknown>, string][] = [
        [{ title: 'ab' }, 'input.title'],
        [{ title: '   ' }, 'input.title'],
        [{ title: 'x'.repeat(151) }, 'input.title'],
        [{ title: 'Correct', description: 'd'.repeat(2001) }, 'input.description'],
        [{ title: 'Bad\u0000title' }, 'input.title'],
      ];
      for (const [input, field] of cases) {
        const res = await t.gql(CREATE_FORUM, { input }, council.token);
        expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', fields: [field] });
      }
      expect(await rowCount('forums')).toBe(before);
    });

    it('orders the active forums: move up and down, reorder all, archive (the others close the gap) and restore (last)', async () => {
      const mine = [await createForum(t, council), await createForum(t, council), await createForum(t, council)];
      let ids = await activeIds();
      expect(ids.slice(-3)).toEqual(mine.map((f) => f.id));

      const moved = (await t.gqlOk(MOVE_FORUM, { id: mine[2].id, direction: 'UP' }, council.token)).moveForum;
      expect(moved.slice(-3).map((f: any) => f.id)).toEqual([mine[0].id, mine[2].id, mine[1].id]);
      expect(moved.map((f: any) => f.position)).toEqual(moved.map((_: unknown, i: number) => i + 1));
      // The first one cannot go further up: nothing changes.
      const first = moved[0].id;
      expect((await t.gqlOk(MOVE_FORUM, { id: first, direction: 'UP' }, council.token)).moveForum.map((f: any) => f.id)).toEqual(
        moved.map((f: any) => f.id),
      );
      expect(errorOf(await t.gql(MOVE_FORUM, { id: first, direction: 'DOWN' }, alice.token))).toMatchObject({ code: 'FORBIDDEN' });

      ids = await activeIds();
      const reversed = [...ids].reverse();
      const reordered = (await t.gqlOk(REORDER_FORUMS, { ids: reversed }, council.token)).reorderForums;
      expect(reordered.map((f: any) => f.id)).toEqual(reversed);
      expect(await activeIds()).toEqual(reversed);
      // A list that is not exactly the active forums is refused, naming `ids`.
      for (const bad of [reversed.slice(1), [...reversed, reversed[0]], [...reversed.slice(1), '00000000-0000-4000-8000-000000000000']]) {
        expect(errorOf(await t.gql(REORDER_FORUMS, { ids: bad }, council.token))).toMatchObject({
          code: 'BAD_USER_INPUT',
          fields: ['ids'],
        });
      }
      expect(await activeIds()).toEqual(reversed);

      const gone = reversed[1];
      const archived = (await t.gqlOk(ARCHIVE_FORUM, { id: gone }, council.token)).archiveForum;
      expect(archived).toMatchObject({ id: gone, archived: true });
      const after = (await t.gqlOk(FORUMS)).forums;
      expect(after.map((f: any) => f.id)).toEqual(reversed.filter((id) => id !== gone));
      expect(after.map((f: any) => f.position)).toEqual(after.map((_: unknown, i: number) => i + 1));
      // Archiving again changes nothing; moving an archived forum is refused.
      expect((await t.gqlOk(ARCHIVE_FORUM, { id: gone }, council.token)).archiveForum.archived).toBe(true);
      expect(errorOf(await t.gql(MOVE_FORUM, { id: gone, direction: 'UP' }, council.token))).toMatchObject({
        code: 'CONFLICT',
        reason: 'FORUM_ARCHIVED',
      });
      const archive = await t.gqlOk(`{ archivedForums(first: 10) { totalCount edges { node { id archived } } } }`, {}, council.token);
      expect(archive.archivedForums.edges.map((e: any) => e.node.id)).toContain(gone);
      expect(errorOf(await t.gql(`{ archivedForums(first: 10) { totalCount } }`, {}, alice.token))).toMatchObject({ code: 'FORBIDDEN' });

      const restored = (await t.gqlOk(RESTORE_FORUM, { id: gone }, council.token)).restoreForum;
      expect(restored).toMatchObject({ archived: false, position: after.length + 1 });
      expect((await activeIds()).at(-1)).toBe(gone);
    });

    it('keeps at most 100 active forums, even when the council creates them at the same time', async () => {
      const active = (await activeIds()).length;
      await t.sql(
        `INSERT INTO forums (title, created_by_id, position)
         SELECT 'Forum de remplissage ' || i, $1, $2 + i FROM generate_series(1, $3::int) AS i`,
        [council.id, active, 99 - active],
      );
      expect(await activeIds()).toHaveLength(99);
      const results = await Promise.all(
        Array.from({ length: 6 }, (_, i) => t.gql(CREATE_FORUM, { input: { title: `Concurrent ${i}` } }, council.token)),
      );
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      expect(results.filter((r) => r.errors).map((r) => errorOf(r))).toEqual(
        Array.from({ length: 5 }, () => expect.objectContaining({ code: 'CONFLICT', reason: 'TOO_MANY_FORUMS' })),
      );
      const list = (await t.gqlOk(FORUMS)).forums;
      expect(list).toHaveLength(100);
      expect(list.map((f: any) => f.position)).toEqual(list.map((_: unknown, i: number) => i + 1));
      // Restoring one more is refused too, until one is archived.
      const spare = await t.sql(
        `INSERT INTO forums (title, created_by_id, position, archived_at) VALUES ('Ancien', $1, 1, now()) RETURNING id`,
        [council.id],
      );
      expect(errorOf(await t.gql(RESTORE_FORUM, { id: spare[0].id }, council.token))).toMatchObject({ reason: 'TOO_MANY_FORUMS' });
      const fillers = await t.sql(`SELECT id FROM forums WHERE title LIKE 'Forum de remplissage %' OR title LIKE 'Concurrent %'`);
      for (const { id } of fillers) await t.gqlOk(ARCHIVE_FORUM, { id }, council.token);
      expect((await t.gqlOk(RESTORE_FORUM, { id: spare[0].id }, council.token)).restoreForum.archived).toBe(false);
    });
  });

  describe('topics: residents open them', () => {
    let forum: any;
    beforeAll(async () => {
      forum = await createForum(t, council, { title: 'Propositions libres' });
    });

    it('lets signed-in users open topics; the author follows and the forum counts them', async () => {
      const input = { forumId: forum.id, title: 'Une boîte à livres', body: 'Place du Marché.\n\nQu’en pensez-vous ?' };
      expect(errorOf(await t.gql(CREATE_TOPIC, { input }))).toMatchObject({ code: 'UNAUTHENTICATED' });
      const topic = (await t.gqlOk(CREATE_TOPIC, { input }, alice.token)).createForumTopic;
      expect(topic).toMatchObject({
        title: 'Une boîte à livres',
        body: 'Place du Marché.\n\nQu’en pensez-vous ?',
        pinned: false,
        locked: false,
        hidden: false,
        hiddenReason: null,
        commentCount: 0,
        commentsOpen: true,
        viewerCanEdit: true,
        followerCount: 1,
        viewerIsFollowing: true,
        author: { id: alice.id },
        forum: { id: forum.id },
      });
      expect(topic.lastActivityAt).toBe(topic.createdAt);
      // Staff are residents too.
      await createTopic(t, moderator, forum.id);
      const seen = (await t.gqlOk(TOPIC, { id: topic.id })).forumTopic;
      expect(seen).toMatchObject({ viewerCanEdit: false, viewerIsFollowing: false, title: 'Une boîte à livres' });
      const f = (await t.gqlOk(`query($id: ID!) { forum(id: $id) { topicCount lastActivityAt } }`, { id: forum.id })).forum;
      expect(f.topicCount).toBe(2);
      expect(f.lastActivityAt).not.toBeNull();
    });

    it('refuses malformed topics naming the field, unknown or archived forums, and writes nothing', async () => {
      const before = await rowCount('forum_topics');
      const base = { forumId: forum.id, title: 'Un titre', body: 'Un texte.' };
      const cases: [Record<string, unknown>, string][] = [
        [{ title: 'ab' }, 'input.title'],
        [{ title: '     ' }, 'input.title'],
        [{ body: '' }, 'input.body'],
        [{ body: ' \n ' }, 'input.body'],
        [{ body: 'x'.repeat(10_001) }, 'input.body'],
        [{ imageIds: ['not-an-image'] }, 'input.imageIds'],
        [{ imageIds: Array.from({ length: 7 }, () => '00000000-0000-4000-8000-000000000000') }, 'input.imageIds'],
      ];
      for (const [over, field] of cases) {
        const res = await t.gql(CREATE_TOPIC, { input: { ...base, ...over } }, alice.token);
        expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', fields: [field] });
      }
      for (const forumId of ['00000000-0000-4000-8000-000000000000', 'nope']) {
        expect(errorOf(await t.gql(CREATE_TOPIC, { input: { ...base, forumId } }, alice.token))).toMatchObject({
          code: 'NOT_FOUND',
          reason: 'FORUM_NOT_FOUND',
        });
      }
      const old = await createForum(t, council);
      await t.gqlOk(ARCHIVE_FORUM, { id: old.id }, council.token);
      expect(errorOf(await t.gql(CREATE_TOPIC, { input: { ...base, forumId: old.id } }, alice.token))).toMatchObject({
        code: 'CONFLICT',
        reason: 'FORUM_ARCHIVED',
      });
      expect(await rowCount('forum_topics')).toBe(before);
      expect((await t.sql('SELECT topic_count FROM forums WHERE id = $1', [old.id]))[0].topic_count).toBe(0);
    });

    it('carries the author’s own photos, in order', async () => {
      const ids: string[] = [];
      for (let i = 0; i < 2; i++) ids.push((await upload(t, await smallImage(), { token: alice.token }).expect(201)).body.id);
      const theirs = (await upload(t, await smallImage(), { token: bob.token }).expect(201)).body.id;
      const refused = await t.gql(
        CREATE_TOPIC,
        { input: { forumId: forum.id, title: 'Photos', body: 'Voici.', imageIds: [theirs] } },
        alice.token,
      );
      expect(errorOf(refused)).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['input.imageIds'] });
      const topic = await createTopic(t, alice, forum.id, { imageIds: [ids[1], ids[0]] });
      expect(topic.images.map((i: any) => i.id)).toEqual([ids[1], ids[0]]);
      const rows = await t.sql(`SELECT id, attached_type, attached_id FROM images WHERE id = ANY($1) ORDER BY position`, [ids]);
      expect(rows.map((r) => [r.id, r.attached_type, r.attached_id])).toEqual([
        [ids[1], 'FORUM_TOPIC', topic.id],
        [ids[0], 'FORUM_TOPIC', topic.id],
      ]);
      // Public once attached: the variant is served without a signature.
      expect((await t.http.get(`/media/${ids[0]}/thumb`)).status).toBe(200);
      // The author may drop one while nobody has commented.
      const edited = (await t.gqlOk(UPDATE_TOPIC, { id: topic.id, input: { imageIds: [ids[0]] } }, alice.token)).updateForumTopic;
      expect(edited.images.map((i: any) => i.id)).toEqual([ids[0]]);
    });

    it('lets its author edit it while nobody has commented, or within 15 minutes; never others', async () => {
      const topic = await createTopic(t, alice, forum.id, { title: 'Titre à corriger' });
      expect(errorOf(await t.gql(UPDATE_TOPIC, { id: topic.id, input: { title: 'Pirate' } }, bob.token))).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'NOT_AUTHOR',
      });
      expect(errorOf(await t.gql(UPDATE_TOPIC, { id: topic.id, input: { title: 'Par la modération' } }, moderator.token))).toMatchObject({
        code: 'FORBIDDEN',
      });
      expect(errorOf(await t.gql(UPDATE_TOPIC, { id: topic.id, input: { body: '  ' } }, alice.token))).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: ['input.body'],
      });
      const edited = (await t.gqlOk(UPDATE_TOPIC, { id: topic.id, input: { title: 'Titre corrigé' } }, alice.token)).updateForumTopic;
      expect(edited).toMatchObject({ title: 'Titre corrigé', body: topic.body });
      expect(edited.editedAt).not.toBeNull();

      // Someone comments: still editable for 15 minutes after the opening, then no more.
      await comment(t, bob, topic.id, 'Je réponds.');
      await t.gqlOk(UPDATE_TOPIC, { id: topic.id, input: { body: 'Texte précisé.' } }, alice.token);
      t.get<Clock>(Clock).advance(16 * 60_000);
      expect((await t.gqlOk(TOPIC, { id: topic.id }, alice.token)).forumTopic.viewerCanEdit).toBe(false);
      expect(errorOf(await t.gql(UPDATE_TOPIC, { id: topic.id, input: { body: 'Trop tard.' } }, alice.token))).toMatchObject({
        code: 'CONFLICT',
        reason: 'TOPIC_NOT_EDITABLE',
      });
      expect((await t.sql('SELECT body FROM forum_topics WHERE id = $1', [topic.id]))[0].body).toBe('Texte précisé.');

      // Without a comment, the author still may, whatever the time.
      const quiet = await createTopic(t, alice, forum.id);
      t.get<Clock>(Clock).advance(60 * 60_000);
      expect(
        (await t.gqlOk(UPDATE_TOPIC, { id: quiet.id, input: { title: 'Toujours modifiable' } }, alice.token)).updateForumTopic.title,
      ).toBe('Toujours modifiable');
    });

    it('threads comments and replies on topics, with votes', async () => {
      const topic = await createTopic(t, alice, forum.id);
      const c1 = await comment(t, bob, topic.id, 'Premier avis');
      const r1 = await comment(t, alice, topic.id, 'Réponse', c1.id);
      const r2 = await comment(t, bob, topic.id, 'Réponse à la réponse', r1.id);
      await comment(t, moderator, topic.id, 'Deuxième avis');
      expect(r1.parent.id).toBe(c1.id);
      expect(r2.parent.id).toBe(r1.id);
      await t.gqlOk(`mutation($id: ID!) { voteComment(id: $id, value: 1) { id } }`, { id: c1.id }, alice.token);
      const THREAD = `query($id: ID!) { forumTopic(id: $id) { commentCount comments(first: 10) { totalCount edges { node {
        id body score replies(first: 5) { totalCount edges { node { id replies(first: 5) { edges { node { id body } } } } } } } } } } }`;
      const { forumTopic } = await t.gqlOk(THREAD, { id: topic.id });
      expect(forumTopic.commentCount).toBe(4);
      expect(forumTopic.comments.totalCount).toBe(2);
      const first = forumTopic.comments.edges[0].node;
      expect(first).toMatchObject({ id: c1.id, body: 'Premier avis', score: 1, replies: { totalCount: 1 } });
      expect(first.replies.edges[0].node.replies.edges[0].node).toEqual({ id: r2.id, body: 'Réponse à la réponse' });
      // A reply must belong to this topic.
      const other = await createTopic(t, bob, forum.id);
      const wrong = await t.gql(
        `mutation($id: ID!, $p: ID!) { addComment(input: { targetType: FORUM_TOPIC, targetId: $id, body: "x", parentId: $p }) { id } }`,
        {
          id: other.id,
          p: c1.id,
        },
        alice.token,
      );
      expect(errorOf(wrong)).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['input.parentId'] });
    });
  });

  describe('pin and lock: moderators', () => {
    let forum: any;
    let topic: any;
    beforeAll(async () => {
      forum = await createForum(t, council);
      topic = await createTopic(t, alice, forum.id);
    });

    it('lets moderators and admins pin and lock, and nobody else', async () => {
      for (const user of [alice, bob, council]) {
        expect(errorOf(await t.gql(PIN, { id: topic.id, pinned: true }, user.token))).toMatchObject({ code: 'FORBIDDEN' });
        expect(errorOf(await t.gql(LOCK, { id: topic.id, locked: true }, user.token))).toMatchObject({ code: 'FORBIDDEN' });
      }
      expect(errorOf(await t.gql(PIN, { id: topic.id, pinned: true }))).toMatchObject({ code: 'UNAUTHENTICATED' });
      expect((await t.sql('SELECT pinned, locked FROM forum_topics WHERE id = $1', [topic.id]))[0]).toEqual({
        pinned: false,
        locked: false,
      });

      expect((await t.gqlOk(PIN, { id: topic.id, pinned: true }, moderator.token)).setTopicPinned).toMatchObject({ pinned: true });
      // Idempotent.
      expect((await t.gqlOk(PIN, { id: topic.id, pinned: true }, moderator.token)).setTopicPinned).toMatchObject({ pinned: true });
      expect((await t.gqlOk(PIN, { id: topic.id, pinned: false }, admin.token)).setTopicPinned).toMatchObject({ pinned: false });
      const unknown = await t.gql(PIN, { id: '00000000-0000-4000-8000-000000000000', pinned: true }, moderator.token);
      expect(errorOf(unknown)).toMatchObject({ code: 'NOT_FOUND', reason: 'TOPIC_NOT_FOUND' });
    });

    it('a locked topic refuses new comments and edits with TOPIC_LOCKED; unlocked, it takes them again', async () => {
      const c = await comment(t, bob, topic.id, 'Avant le verrou');
      const locked = (await t.gqlOk(LOCK, { id: topic.id, locked: true }, moderator.token)).setTopicLocked;
      expect(locked).toMatchObject({ locked: true, commentsOpen: false });
      const before = (await t.sql('SELECT comment_count, last_activity_at FROM forum_topics WHERE id = $1', [topic.id]))[0];
      for (const parentId of [undefined, c.id]) {
        const res = await t.gql(
          `mutation($id: ID!, $p: ID) { addComment(input: { targetType: FORUM_TOPIC, targetId: $id, body: "Après", parentId: $p }) { id } }`,
          { id: topic.id, p: parentId ?? null },
          alice.token,
        );
        expect(errorOf(res)).toMatchObject({ code: 'CONFLICT', reason: 'TOPIC_LOCKED' });
      }
      expect(errorOf(await t.gql(UPDATE_TOPIC, { id: topic.id, input: { title: 'Modifié' } }, alice.token))).toMatchObject({
        code: 'CONFLICT',
        reason: 'TOPIC_LOCKED',
      });
      // Its comments are closed too: no vote, no edit (within the edit window of this file's clock).
      await t.sql('UPDATE comments SET created_at = $2 WHERE id = $1', [c.id, t.get<Clock>(Clock).now()]);
      const vote = await t.gql(`mutation($id: ID!) { voteComment(id: $id, value: 1) { score } }`, { id: c.id }, alice.token);
      expect(errorOf(vote)).toMatchObject({ code: 'CONFLICT', reason: 'TOPIC_LOCKED' });
      const edit = await t.gql(`mutation($id: ID!) { editComment(id: $id, body: "Retouché") { body } }`, { id: c.id }, bob.token);
      expect(errorOf(edit)).toMatchObject({ code: 'CONFLICT', reason: 'TOPIC_LOCKED' });
      expect((await t.sql('SELECT body, score FROM comments WHERE id = $1', [c.id]))[0]).toEqual({ body: 'Avant le verrou', score: 0 });
      const after = (await t.sql('SELECT comment_count, last_activity_at FROM forum_topics WHERE id = $1', [topic.id]))[0];
      expect(after).toEqual(before);
      expect((await t.sql(`SELECT count(*)::int AS n FROM comments WHERE target_id = $1`, [topic.id]))[0].n).toBe(1);
      const seen = (await t.gqlOk(TOPIC, { id: topic.id }, alice.token)).forumTopic;
      expect(seen).toMatchObject({ locked: true, commentsOpen: false, viewerCanEdit: false });

      expect((await t.gqlOk(LOCK, { id: topic.id, locked: false }, admin.token)).setTopicLocked).toMatchObject({
        locked: false,
        commentsOpen: true,
      });
      await comment(t, alice, topic.id, 'Après le déverrouillage');
      expect((await t.sql('SELECT comment_count FROM forum_topics WHERE id = $1', [topic.id]))[0].comment_count).toBe(2);
    });

    it('a topic of an archived forum stays readable but takes no comment', async () => {
      const f = await createForum(t, council);
      const tp = await createTopic(t, alice, f.id);
      await t.gqlOk(ARCHIVE_FORUM, { id: f.id }, council.token);
      const seen = (await t.gqlOk(TOPIC, { id: tp.id })).forumTopic;
      expect(seen).toMatchObject({ title: tp.title, commentsOpen: false });
      const res = await t.gql(
        `mutation($id: ID!) { addComment(input: { targetType: FORUM_TOPIC, targetId: $id, body: "x" }) { id } }`,
        { id: tp.id },
        bob.token,
      );
      expect(errorOf(res)).toMatchObject({ code: 'CONFLICT', reason: 'FORUM_ARCHIVED' });
    });
  });

  describe('follows and notifications', () => {
    it('tells a forum’s followers of new topics and a topic’s followers of new comments, never the actor', async () => {
      const forum = await createForum(t, council, { title: 'Mobilités' });
      const FOLLOW = `mutation($type: FollowTargetType!, $id: ID!) { follow(targetType: $type, targetId: $id) { followerCount viewerIsFollowing } }`;
      expect((await t.gqlOk(FOLLOW, { type: 'FORUM', id: forum.id }, bob.token)).follow).toEqual({
        followerCount: 1,
        viewerIsFollowing: true,
      });
      expect(errorOf(await t.gql(FOLLOW, { type: 'FORUM', id: '00000000-0000-4000-8000-000000000000' }, bob.token))).toMatchObject({
        code: 'NOT_FOUND',
      });
      // Bob opens one himself: not told of his own topic.
      await createTopic(t, bob, forum.id);
      const topic = await createTopic(t, alice, forum.id, { title: 'Des arceaux vélo à la gare' });
      const created = await t.sql(
        `SELECT recipient_id, target_type, target_id, payload FROM notifications WHERE kind = 'FORUM_TOPIC_CREATED' AND target_id = $1`,
        [forum.id],
      );
      expect(created).toEqual([
        {
          recipient_id: bob.id,
          target_type: 'FORUM',
          target_id: forum.id,
          payload: { forumTitle: 'Mobilités', topicId: topic.id, title: 'Des arceaux vélo à la gare' },
        },
      ]);

      // The author follows the topic; a moderator chooses to.
      expect((await t.gqlOk(FOLLOW, { type: 'FORUM_TOPIC', id: topic.id }, moderator.token)).follow).toEqual({
        followerCount: 2,
        viewerIsFollowing: true,
      });
      const c = await comment(t, bob, topic.id, 'Bonne idée');
      await comment(t, alice, topic.id, 'Merci !', c.id);
      const told = await t.sql(
        `SELECT recipient_id, actor_id, payload FROM notifications WHERE kind = 'FORUM_TOPIC_COMMENTED' AND target_id = $1 ORDER BY created_at`,
        [topic.id],
      );
      const byRecipient = (id: string) => told.filter((n) => n.recipient_id === id);
      expect(byRecipient(alice.id)).toEqual([
        { recipient_id: alice.id, actor_id: bob.id, payload: { title: topic.title, commentId: c.id, parentId: null } },
      ]);
      expect(byRecipient(moderator.id)).toHaveLength(2);
      expect(byRecipient(bob.id)).toHaveLength(0);

      // Unfollowing stops them.
      await t.gqlOk(
        `mutation($id: ID!) { unfollow(targetType: FORUM_TOPIC, targetId: $id) { viewerIsFollowing } }`,
        { id: topic.id },
        alice.token,
      );
      await comment(t, bob, topic.id, 'Encore');
      expect(
        await t.sql(`SELECT 1 FROM notifications WHERE kind = 'FORUM_TOPIC_COMMENTED' AND target_id = $1 AND recipient_id = $2`, [
          topic.id,
          alice.id,
        ]),
      ).toHaveLength(1);
    });
  });

  describe('personal data', () => {
    it('exports a user’s topics, hidden ones with the reason', async () => {
      const me = await t.factories.resident();
      const forum = await createForum(t, council, { title: 'Vie du quartier' });
      const topic = await createTopic(t, me, forum.id, { title: 'Mon sujet', body: 'Mon texte' });
      await createTopic(t, alice, forum.id);
      await t.sql(`UPDATE forum_topics SET hidden_at = now(), hidden_reason = 'Hors sujet' WHERE id = $1`, [topic.id]);
      const doc = JSON.parse((await t.gqlOk(`mutation { exportMyData }`, {}, me.token)).exportMyData);
      expect(doc.forums.topics).toEqual([
        expect.objectContaining({
          id: topic.id,
          forum: 'Vie du quartier',
          title: 'Mon sujet',
          body: 'Mon texte',
          hiddenReason: 'Hors sujet',
        }),
      ]);
    });

    it('keeps a deleted account’s topics and comments, under the anonymised author, its follows gone', async () => {
      const me = await t.factories.resident({ displayName: 'Camille Départ' });
      const forum = await createForum(t, council);
      const topic = await createTopic(t, me, forum.id, { title: 'Un sujet qui reste' });
      await comment(t, me, topic.id, 'Mon propre commentaire');
      await comment(t, alice, topic.id, 'Une réponse');
      expect((await t.gqlOk(`mutation($p: String!) { deleteMyAccount(password: $p) }`, { p: me.password }, me.token)).deleteMyAccount).toBe(
        true,
      );
      const Q = `query($id: ID!) { forumTopic(id: $id) { title commentCount author { id displayName } followerCount } }`;
      expect((await t.gqlOk(Q, { id: topic.id })).forumTopic).toEqual({
        title: 'Un sujet qui reste',
        commentCount: 2,
        author: { id: me.id, displayName: 'Compte supprimé' },
        followerCount: 0,
      });
      expect((await t.gqlOk(`query($id: ID!) { forum(id: $id) { topicCount } }`, { id: forum.id })).forum.topicCount).toBe(1);
    });
  });
});
