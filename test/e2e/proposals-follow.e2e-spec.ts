import type { Client } from 'graphql-ws';
import { notificationsTopic } from '../../src/notifications/live';
import type { TestUser } from '../harness/factories';
import { listenerCount, LiveSubscription, liveClient, waitForListeners } from '../harness/live';
import { ANSWER, createDraft, PROGRESS, proposalIn, publishedProposal, SUPPORT, UNSUPPORT, WITHDRAW } from '../harness/proposals';
import { errorOf, TestApp } from '../harness/test-app';

const THRESHOLD = 3;
const FOLLOW = `mutation($id: ID!) { follow(targetType: PROPOSAL, targetId: $id) { followerCount viewerIsFollowing } }`;
const UNFOLLOW = `mutation($id: ID!) { unfollow(targetType: PROPOSAL, targetId: $id) { followerCount viewerIsFollowing } }`;
const FOLLOWING = `query($id: ID!) { proposal(id: $id) { id followerCount viewerIsFollowing } }`;
const NOTIFICATIONS = `query { notifications(first: 100) { totalCount edges { node { id kind targetType targetId payload read } } } }`;
const ADD_COMMENT = `mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`;
const NOTIFICATION_ADDED = `subscription { notificationAdded { id kind targetType targetId payload read readAt createdAt } }`;

/**
 * Proposals as follow targets: following through the API, the automatic follows (author, supporters),
 * the notifications each change writes for the followers (never for the actor), the author's comment
 * notifications, an exact follower count under concurrency, and live delivery after commit.
 */
describe('proposals: follow and notifications', () => {
  let t: TestApp;
  let author: TestUser;
  let council: TestUser;
  const clients: Client[] = [];

  beforeAll(async () => {
    t = await TestApp.start({ PROPOSAL_SUPPORT_THRESHOLD: String(THRESHOLD) });
    [author, council] = await Promise.all([t.factories.resident(), t.factories.council()]);
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await t?.close();
  });

  const follow = (who: TestUser, id: string) => t.gqlOk(FOLLOW, { id }, who.token);
  const unfollow = (who: TestUser, id: string) => t.gqlOk(UNFOLLOW, { id }, who.token);
  const following = async (who: TestUser | undefined, id: string) => (await t.gqlOk(FOLLOWING, { id }, who?.token)).proposal;
  const followerRows = async (id: string): Promise<string[]> =>
    (await t.sql(`SELECT user_id FROM follows WHERE target_type = 'PROPOSAL' AND target_id = $1 ORDER BY user_id`, [id])).map(
      (r) => r.user_id,
    );
  const followerCountInDb = async (id: string) =>
    (await t.sql(`SELECT count(*)::int AS n FROM follows WHERE target_type = 'PROPOSAL' AND target_id = $1`, [id]))[0].n;
  /** Notification rows about a proposal, as (recipient, kind) pairs plus their payloads. */
  const rowsAbout = (id: string, kind?: string) =>
    t.sql<{ recipient_id: string; kind: string; actor_id: string | null; payload: Record<string, unknown> }>(
      `SELECT recipient_id, kind, actor_id, payload FROM notifications
       WHERE target_type = 'PROPOSAL' AND target_id = $1 AND ($2::text IS NULL OR kind = $2) ORDER BY created_at, recipient_id`,
      [id, kind ?? null],
    );
  const recipientsOf = async (id: string, kind: string) => (await rowsAbout(id, kind)).map((r) => r.recipient_id).sort();
  const notificationsOf = async (who: TestUser) => (await t.gqlOk(NOTIFICATIONS, {}, who.token)).notifications;
  const residents = (n: number) => Promise.all(Array.from({ length: n }, () => t.factories.resident()));
  const sorted = (users: TestUser[]) => users.map((u) => u.id).sort();
  const support = (who: TestUser, id: string) => t.gqlOk(SUPPORT, { id }, who.token);
  const answer = (id: string, status: string, body: string) => t.gqlOk(ANSWER, { id, input: { status, body } }, council.token);
  const progress = (id: string, value: number, body: string, status?: string) =>
    t.gqlOk(PROGRESS, { id, input: { body, progress: value, ...(status ? { status } : {}) } }, council.token);

  describe('following through the API', () => {
    it('follows and unfollows a published proposal, idempotently; the counts follow the rows', async () => {
      const p = await publishedProposal(t, author);
      const [reader] = await residents(1);
      expect(await following(reader, p.id)).toEqual({ id: p.id, followerCount: 1, viewerIsFollowing: false });
      // follow answers the follow state, counted from the rows (the client computes no count).
      expect((await follow(reader, p.id)).follow).toEqual({ followerCount: 2, viewerIsFollowing: true });
      expect((await follow(reader, p.id)).follow).toEqual({ followerCount: 2, viewerIsFollowing: true });
      expect(await following(reader, p.id)).toEqual({ id: p.id, followerCount: 2, viewerIsFollowing: true });
      expect(await followerRows(p.id)).toEqual([author.id, reader.id].sort());
      expect((await unfollow(reader, p.id)).unfollow).toEqual({ followerCount: 1, viewerIsFollowing: false });
      expect((await unfollow(reader, p.id)).unfollow).toEqual({ followerCount: 1, viewerIsFollowing: false });
      expect(await following(reader, p.id)).toEqual({ id: p.id, followerCount: 1, viewerIsFollowing: false });
      // Visitors see the count, never follow.
      expect(await following(undefined, p.id)).toEqual({ id: p.id, followerCount: 1, viewerIsFollowing: false });
      // The author may stop following their own proposal too.
      await unfollow(author, p.id);
      expect(await following(author, p.id)).toEqual({ id: p.id, followerCount: 0, viewerIsFollowing: false });
    });

    it('refuses visitors, someone else’s draft and unknown ids, and writes nothing', async () => {
      const p = await publishedProposal(t, author);
      const draft = await createDraft(t, author);
      const [stranger] = await residents(1);
      expect(errorOf(await t.gql(FOLLOW, { id: p.id }))).toMatchObject({ code: 'UNAUTHENTICATED' });
      for (const id of [draft.id, '00000000-0000-4000-8000-000000000000', 'not-an-id']) {
        expect(errorOf(await t.gql(FOLLOW, { id }, stranger.token))).toMatchObject({ code: 'NOT_FOUND', reason: 'TARGET_NOT_FOUND' });
      }
      // Council and admins cannot see drafts either.
      expect(errorOf(await t.gql(FOLLOW, { id: draft.id }, council.token))).toMatchObject({
        code: 'NOT_FOUND',
        reason: 'TARGET_NOT_FOUND',
      });
      expect(await followerRows(draft.id)).toEqual([author.id]);
      expect(await followerRows(p.id)).toEqual([author.id]);
      // The author may follow their own draft again after unfollowing it.
      await unfollow(author, draft.id);
      expect((await follow(author, draft.id)).follow.viewerIsFollowing).toBe(true);
      expect(await following(author, draft.id)).toEqual({ id: draft.id, followerCount: 1, viewerIsFollowing: true });
    });
  });

  describe('automatic follows', () => {
    it('the author follows from creation', async () => {
      const draft = await createDraft(t, author);
      expect(await followerRows(draft.id)).toEqual([author.id]);
      expect(await following(author, draft.id)).toEqual({ id: draft.id, followerCount: 1, viewerIsFollowing: true });
    });

    it('a supporter follows with their support; withdrawing it keeps the follow; an explicit unfollow sticks', async () => {
      const p = await publishedProposal(t, author);
      const [fan, other] = await residents(2);
      await support(fan, p.id);
      expect(await following(fan, p.id)).toEqual({ id: p.id, followerCount: 2, viewerIsFollowing: true });
      await t.gqlOk(UNSUPPORT, { id: p.id }, fan.token);
      expect(await following(fan, p.id)).toEqual({ id: p.id, followerCount: 2, viewerIsFollowing: true });
      // Supporting again (an existing support changes nothing) does not re-follow who unfollowed.
      await support(other, p.id);
      await unfollow(other, p.id);
      await support(other, p.id);
      expect(await following(other, p.id)).toEqual({ id: p.id, followerCount: 2, viewerIsFollowing: false });
      expect(await followerRows(p.id)).toEqual([author.id, fan.id].sort());
    });

    it('a refused support follows nothing', async () => {
      const p = await proposalIn(t, 'ACCEPTED', author, council);
      const [late] = await residents(1);
      expect(errorOf(await t.gql(SUPPORT, { id: p.id }, late.token))).toMatchObject({ code: 'CONFLICT', reason: 'SUPPORTS_CLOSED' });
      expect(await followerRows(p.id)).toEqual([author.id]);
    });
  });

  describe('followers are notified of each change, never the actor', () => {
    it('threshold reached: every follower but the supporter who tipped it over, once', async () => {
      const p = await publishedProposal(t, author, { title: 'Un composteur collectif' });
      const [first, second, tipping, watcher] = await residents(4);
      await follow(watcher, p.id);
      await support(first, p.id);
      await support(second, p.id);
      expect(await rowsAbout(p.id)).toEqual([]);
      const reached = (await support(tipping, p.id)).supportProposal;
      expect(reached).toMatchObject({ status: 'UNDER_REVIEW', supportCount: THRESHOLD });
      const rows = await rowsAbout(p.id);
      expect(rows.map((r) => r.recipient_id).sort()).toEqual(sorted([author, first, second, watcher]));
      for (const r of rows) {
        expect(r).toMatchObject({
          kind: 'PROPOSAL_UNDER_REVIEW',
          actor_id: tipping.id,
          payload: {
            title: 'Un composteur collectif',
            fromStatus: 'PUBLISHED',
            toStatus: 'UNDER_REVIEW',
            cause: 'THRESHOLD_REACHED',
            message: null,
            supportCount: THRESHOLD,
          },
        });
      }
      // The tipping supporter now follows, and hears of the next change.
      expect(await following(tipping, p.id)).toMatchObject({ viewerIsFollowing: true, followerCount: 5 });
      const seen = await notificationsOf(watcher);
      expect(seen.edges.map((e: any) => e.node)).toEqual([
        expect.objectContaining({
          kind: 'PROPOSAL_UNDER_REVIEW',
          targetType: 'PROPOSAL',
          targetId: p.id,
          read: false,
          payload: rows[0].payload,
        }),
      ]);
      expect((await notificationsOf(tipping)).totalCount).toBe(0);
      // Supports past the threshold change no status: nothing more.
      const [late] = await residents(1);
      await support(late, p.id);
      expect(await rowsAbout(p.id)).toHaveLength(4);
    });

    it('the council’s review, answer, progress and completion, each to the followers, with what a list shows', async () => {
      const p = await publishedProposal(t, author, { title: 'Des fontaines à eau potable' });
      const [fan, watcher] = await residents(2);
      await support(fan, p.id);
      await follow(watcher, p.id);
      // A councillor who follows is still not told of their own change.
      await follow(council, p.id);
      const everyone = sorted([author, fan, watcher]);

      await answer(p.id, 'UNDER_REVIEW', 'Nous étudions le coût.');
      expect(await recipientsOf(p.id, 'PROPOSAL_UNDER_REVIEW')).toEqual(everyone);
      expect((await rowsAbout(p.id, 'PROPOSAL_UNDER_REVIEW'))[0]).toMatchObject({
        actor_id: council.id,
        payload: {
          title: 'Des fontaines à eau potable',
          fromStatus: 'PUBLISHED',
          toStatus: 'UNDER_REVIEW',
          cause: 'COUNCIL',
          message: 'Nous étudions le coût.',
          supportCount: 1,
        },
      });

      await answer(p.id, 'ACCEPTED', 'Adopté au conseil du 12 mars.');
      expect(await recipientsOf(p.id, 'PROPOSAL_ANSWERED')).toEqual(everyone);
      expect((await rowsAbout(p.id, 'PROPOSAL_ANSWERED'))[0].payload).toEqual({
        title: 'Des fontaines à eau potable',
        fromStatus: 'UNDER_REVIEW',
        toStatus: 'ACCEPTED',
        message: 'Adopté au conseil du 12 mars.',
      });

      await progress(p.id, 30, 'Commande passée.');
      await progress(p.id, 60, 'Deux fontaines posées.');
      const updates = await rowsAbout(p.id, 'PROPOSAL_PROGRESS');
      expect(updates).toHaveLength(6);
      expect(updates.filter((r) => r.recipient_id === fan.id).map((r) => r.payload)).toEqual([
        {
          title: 'Des fontaines à eau potable',
          fromStatus: 'ACCEPTED',
          toStatus: 'IN_PROGRESS',
          progress: 30,
          message: 'Commande passée.',
        },
        { title: 'Des fontaines à eau potable', fromStatus: null, toStatus: null, progress: 60, message: 'Deux fontaines posées.' },
      ]);

      await progress(p.id, 100, 'Les cinq fontaines coulent.', 'COMPLETED');
      expect(await recipientsOf(p.id, 'PROPOSAL_COMPLETED')).toEqual(everyone);
      expect((await rowsAbout(p.id, 'PROPOSAL_COMPLETED'))[0].payload).toEqual({
        title: 'Des fontaines à eau potable',
        fromStatus: 'IN_PROGRESS',
        toStatus: 'COMPLETED',
        progress: 100,
        message: 'Les cinq fontaines coulent.',
      });

      // What the follower's list shows, newest first, without asking for the proposal.
      const list = await notificationsOf(watcher);
      expect(list.edges.map((e: any) => [e.node.kind, e.node.payload.toStatus, e.node.payload.progress ?? null])).toEqual([
        ['PROPOSAL_COMPLETED', 'COMPLETED', 100],
        ['PROPOSAL_PROGRESS', null, 60],
        ['PROPOSAL_PROGRESS', 'IN_PROGRESS', 30],
        ['PROPOSAL_ANSWERED', 'ACCEPTED', null],
        ['PROPOSAL_UNDER_REVIEW', 'UNDER_REVIEW', null],
      ]);
      expect(list.edges.every((e: any) => e.node.targetType === 'PROPOSAL' && e.node.targetId === p.id)).toBe(true);
      expect((await notificationsOf(council)).totalCount).toBe(0);
      expect(await t.sql(`SELECT 1 FROM notifications WHERE recipient_id = $1`, [council.id])).toEqual([]);
    });

    it('a rejection tells the followers with its status', async () => {
      const p = await proposalIn(t, 'UNDER_REVIEW', author, council, { title: 'Un skatepark' });
      const [fan] = await residents(1);
      await follow(fan, p.id);
      await answer(p.id, 'REJECTED', 'Pas de terrain disponible.');
      const rows = await rowsAbout(p.id, 'PROPOSAL_ANSWERED');
      expect(rows.map((r) => r.recipient_id).sort()).toEqual(sorted([author, fan]));
      expect(rows[0].payload).toEqual({
        title: 'Un skatepark',
        fromStatus: 'UNDER_REVIEW',
        toStatus: 'REJECTED',
        message: 'Pas de terrain disponible.',
      });
    });

    it('the author withdrawing tells the followers, not the author', async () => {
      const p = await publishedProposal(t, author, { title: 'Un marché le soir' });
      const [fan] = await residents(1);
      await support(fan, p.id);
      await t.gqlOk(WITHDRAW, { id: p.id }, author.token);
      expect(await rowsAbout(p.id)).toEqual([
        {
          recipient_id: fan.id,
          kind: 'PROPOSAL_WITHDRAWN',
          actor_id: author.id,
          payload: { title: 'Un marché le soir', fromStatus: 'PUBLISHED', toStatus: 'WITHDRAWN' },
        },
      ]);
    });

    it('a refused change notifies no one', async () => {
      const p = await publishedProposal(t, author);
      const [fan] = await residents(1);
      await support(fan, p.id);
      expect(errorOf(await t.gql(ANSWER, { id: p.id, input: { status: 'ACCEPTED', body: 'Trop tôt.' } }, council.token))).toMatchObject({
        code: 'CONFLICT',
        reason: 'INVALID_TRANSITION',
      });
      expect(errorOf(await t.gql(ANSWER, { id: p.id, input: { status: 'UNDER_REVIEW', body: 'Non.' } }, fan.token)).code).toBe('FORBIDDEN');
      expect(await rowsAbout(p.id)).toEqual([]);
    });

    it('someone who unfollowed hears nothing more', async () => {
      const p = await publishedProposal(t, author);
      const [fan] = await residents(1);
      await support(fan, p.id);
      await unfollow(fan, p.id);
      await answer(p.id, 'UNDER_REVIEW', 'À l’étude.');
      expect(await recipientsOf(p.id, 'PROPOSAL_UNDER_REVIEW')).toEqual([author.id]);
    });
  });

  describe('comments', () => {
    it('tells the author (only) of others’ comments and replies, never of their own', async () => {
      const p = await publishedProposal(t, author, { title: 'Des nichoirs au parc' });
      const [fan, commenter] = await residents(2);
      await support(fan, p.id);
      const comment = (who: TestUser, body: string, parentId?: string) =>
        t.gqlOk(ADD_COMMENT, { input: { targetType: 'PROPOSAL', targetId: p.id, body, ...(parentId ? { parentId } : {}) } }, who.token);
      const c = (await comment(commenter, 'Bonne idée !')).addComment;
      const own = (await comment(author, 'Merci !', c.id)).addComment;
      const reply = (await comment(fan, 'Et des mangeoires ?', c.id)).addComment;
      const rows = await rowsAbout(p.id);
      expect(rows).toEqual([
        {
          recipient_id: author.id,
          kind: 'PROPOSAL_COMMENTED',
          actor_id: commenter.id,
          payload: { title: 'Des nichoirs au parc', commentId: c.id, parentId: null },
        },
        {
          recipient_id: author.id,
          kind: 'PROPOSAL_COMMENTED',
          actor_id: fan.id,
          payload: { title: 'Des nichoirs au parc', commentId: reply.id, parentId: c.id },
        },
      ]);
      expect(rows.some((r) => (r.payload as any).commentId === own.id)).toBe(false);
      expect((await notificationsOf(fan)).totalCount).toBe(0);
      // The author's list, newest first (the author wrote other proposals in this file).
      const list = (await notificationsOf(author)).edges.map((e: any) => e.node).filter((n: any) => n.targetId === p.id);
      expect(list.map((n: any) => [n.kind, n.payload.commentId])).toEqual([
        ['PROPOSAL_COMMENTED', reply.id],
        ['PROPOSAL_COMMENTED', c.id],
      ]);
    });

    it('a refused comment notifies no one', async () => {
      const p = await publishedProposal(t, author);
      const [commenter] = await residents(1);
      const res = await t.gql(
        ADD_COMMENT,
        { input: { targetType: 'PROPOSAL', targetId: p.id, body: 'Oui', parentId: '00000000-0000-4000-8000-000000000000' } },
        commenter.token,
      );
      expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['input.parentId'] });
      expect(await rowsAbout(p.id)).toEqual([]);
    });
  });

  describe('counts under concurrency', () => {
    it('keeps followerCount equal to the rows under 20 parallel follows (and repeats, and supports)', async () => {
      const p = await publishedProposal(t, author);
      const fans = await residents(20);
      const supporters = await residents(2);
      await Promise.all([
        ...fans.map((f) => follow(f, p.id)),
        ...fans.slice(0, 5).map((f) => follow(f, p.id)),
        ...supporters.map((s) => support(s, p.id)),
        ...supporters.map((s) => follow(s, p.id)),
      ]);
      const count = (await following(undefined, p.id)).followerCount;
      expect(count).toBe(await followerCountInDb(p.id));
      expect(count).toBe(1 + 20 + 2);
      await Promise.all(fans.slice(0, 6).map((f) => unfollow(f, p.id)));
      expect((await following(undefined, p.id)).followerCount).toBe(await followerCountInDb(p.id));
      expect(await followerCountInDb(p.id)).toBe(1 + 14 + 2);
    });
  });

  describe('live', () => {
    const notificationsFor = async (who: TestUser) => {
      const client = await liveClient(t, who.token);
      clients.push(client);
      // Earlier subscriptions of the same user may still listen: wait for this one.
      const before = listenerCount(t, notificationsTopic(who.id));
      const sub = new LiveSubscription(client, NOTIFICATION_ADDED, {});
      await waitForListeners(t, notificationsTopic(who.id), before + 1);
      return sub;
    };

    it('sends notificationAdded to each follower once the answer is saved, not to the councillor', async () => {
      const p = await proposalIn(t, 'UNDER_REVIEW', author, council, { title: 'Une bibliothèque de rue' });
      const [fan] = await residents(1);
      await follow(fan, p.id);
      await follow(council, p.id);
      const fanLive = await notificationsFor(fan);
      const authorLive = await notificationsFor(author);
      const councilLive = await notificationsFor(council);

      await answer(p.id, 'ACCEPTED', 'Oui, place de l’église.');

      const [received] = await fanLive.waitFor(1);
      expect(received.errors).toBeUndefined();
      const n = received.data!.notificationAdded;
      expect(n).toMatchObject({
        kind: 'PROPOSAL_ANSWERED',
        targetType: 'PROPOSAL',
        targetId: p.id,
        read: false,
        readAt: null,
        payload: { title: 'Une bibliothèque de rue', fromStatus: 'UNDER_REVIEW', toStatus: 'ACCEPTED', message: 'Oui, place de l’église.' },
      });
      // Delivered after the commit: the row is there, and it is the follower's.
      expect(await t.sql(`SELECT recipient_id, kind FROM notifications WHERE id = $1`, [n.id])).toEqual([
        { recipient_id: fan.id, kind: 'PROPOSAL_ANSWERED' },
      ]);
      expect((await authorLive.waitFor(1))[0].data!.notificationAdded).toMatchObject({ kind: 'PROPOSAL_ANSWERED', targetId: p.id });
      // Sentinel: another councillor's progress update reaches every follower, this councillor
      // included; each subscription delivers in order, so an answer sent to its own actor would
      // have arrived first.
      const colleague = await t.factories.council();
      await t.gqlOk(PROGRESS, { id: p.id, input: { body: 'Travaux lancés.', progress: 10 } }, colleague.token);
      const kinds = async (live: LiveSubscription, count: number) =>
        (await live.waitFor(count)).map((x) => x.data!.notificationAdded.kind as string);
      expect(await kinds(councilLive, 1)).toEqual(['PROPOSAL_PROGRESS']);
      expect(await kinds(fanLive, 2)).toEqual(['PROPOSAL_ANSWERED', 'PROPOSAL_PROGRESS']);
    });

    it('sends the author a comment notification live', async () => {
      const p = await publishedProposal(t, author, { title: 'Des bancs' });
      const [commenter] = await residents(1);
      const authorLive = await notificationsFor(author);
      const c = await t.gqlOk(ADD_COMMENT, { input: { targetType: 'PROPOSAL', targetId: p.id, body: 'Oui !' } }, commenter.token);
      const [received] = await authorLive.waitFor(1);
      expect(received.data!.notificationAdded).toMatchObject({
        kind: 'PROPOSAL_COMMENTED',
        targetId: p.id,
        payload: { title: 'Des bancs', commentId: c.addComment.id, parentId: null },
      });
    });
  });
});
