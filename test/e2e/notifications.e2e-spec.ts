import type { TestUser } from '../harness/factories';
import { ADD_NOTE, file, fileFormality, GET_REQUEST, move, setup, Setup } from '../harness/service-requests';
import { errorOf, TestApp } from '../harness/test-app';

const FOLLOW = `mutation($type: FollowTargetType!, $id: ID!) { follow(targetType: $type, targetId: $id) { followerCount viewerIsFollowing } }`;
const UNFOLLOW = `mutation($type: FollowTargetType!, $id: ID!) { unfollow(targetType: $type, targetId: $id) { followerCount viewerIsFollowing } }`;
const NOTIFICATIONS = `query($first: Int, $after: String, $unreadOnly: Boolean) {
  notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id kind targetType targetId payload read readAt createdAt } } } }`;
const UNREAD = `query { unreadNotificationCount }`;
const MARK_READ = `mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }`;

describe('follow and in-app notifications', () => {
  let t: TestApp;
  let s: Setup;

  beforeAll(async () => {
    t = await TestApp.start();
    s = await setup(t);
  });
  afterAll(() => t?.close());

  const follows = async (id: string) =>
    (await t.sql(`SELECT count(*)::int AS n FROM follows WHERE target_type = 'SERVICE_REQUEST' AND target_id = $1`, [id]))[0].n;
  const follow = (who: TestUser, id: string) => t.gqlOk(FOLLOW, { type: 'SERVICE_REQUEST', id }, who.token);
  async function notificationsOf(who: TestUser, vars: Record<string, unknown> = {}) {
    return (await t.gqlOk(NOTIFICATIONS, { first: 100, ...vars }, who.token)).notifications;
  }

  describe('following', () => {
    it('follows a request idempotently and unfollows it', async () => {
      const r = await file(t, s.resident, s.reportId);
      expect((await follow(s.other, r.id)).follow.viewerIsFollowing).toBe(true);
      expect((await follow(s.other, r.id)).follow.viewerIsFollowing).toBe(true);
      expect(await follows(r.id)).toBe(2);
      const seen = (await t.gqlOk(GET_REQUEST, { id: r.id }, s.other.token)).serviceRequest;
      expect(seen).toMatchObject({ followerCount: 2, viewerIsFollowing: true });
      expect((await t.gqlOk(UNFOLLOW, { type: 'SERVICE_REQUEST', id: r.id }, s.other.token)).unfollow.viewerIsFollowing).toBe(false);
      expect((await t.gqlOk(UNFOLLOW, { type: 'SERVICE_REQUEST', id: r.id }, s.other.token)).unfollow.viewerIsFollowing).toBe(false);
      expect((await t.gqlOk(GET_REQUEST, { id: r.id }, s.other.token)).serviceRequest).toMatchObject({
        followerCount: 1,
        viewerIsFollowing: false,
      });
      // The requester may unfollow their own request too.
      await t.gqlOk(UNFOLLOW, { type: 'SERVICE_REQUEST', id: r.id }, s.resident.token);
      expect(await follows(r.id)).toBe(0);
    });

    it('refuses targets that do not exist or are not visible, and visitors', async () => {
      for (const [type, id] of [
        ['SERVICE_REQUEST', '00000000-0000-4000-8000-000000000000'],
        ['SERVICE_REQUEST', 'not-an-id'],
        ['PROPOSAL', '00000000-0000-4000-8000-000000000000'],
      ]) {
        expect(errorOf(await t.gql(FOLLOW, { type, id }, s.other.token))).toMatchObject({ code: 'NOT_FOUND', reason: 'TARGET_NOT_FOUND' });
      }
      const formality = await fileFormality(t, s.resident, s.formalityId);
      for (const who of [s.other, s.otherAgent]) {
        expect(errorOf(await t.gql(FOLLOW, { type: 'SERVICE_REQUEST', id: formality.id }, who.token)).code).toBe('NOT_FOUND');
      }
      expect((await follow(s.agent, formality.id)).follow.viewerIsFollowing).toBe(true);
      expect(errorOf(await t.gql(FOLLOW, { type: 'SERVICE_REQUEST', id: formality.id })).code).toBe('UNAUTHENTICATED');
      expect(
        errorOf(
          await t.gql(
            `mutation($id: ID!) { follow(targetType: NOTHING, targetId: $id) { followerCount viewerIsFollowing } }`,
            { id: formality.id },
            s.other.token,
          ),
        ).code,
      ).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(await follows(formality.id)).toBe(2);
    });

    it('keeps followerCount equal to the rows under parallel follows and unfollows', async () => {
      const r = await file(t, s.resident, s.reportId);
      const fans = await Promise.all(Array.from({ length: 20 }, () => t.factories.resident()));
      await Promise.all([
        ...fans.map((f) => follow(f, r.id)),
        ...fans.slice(0, 5).map((f) => follow(f, r.id)),
        ...Array.from({ length: 10 }, () => follow(s.other, r.id)),
      ]);
      await Promise.all(fans.slice(0, 4).map((f) => t.gqlOk(UNFOLLOW, { type: 'SERVICE_REQUEST', id: r.id }, f.token)));
      const count = (await t.gqlOk(GET_REQUEST, { id: r.id })).serviceRequest.followerCount;
      expect(count).toBe(await follows(r.id));
      expect(count).toBe(1 + 20 + 1 - 4);
    });
  });

  describe('notifications', () => {
    let r: Record<string, any>;
    let fan: TestUser;

    beforeAll(async () => {
      fan = await t.factories.resident();
      r = await file(t, s.resident, s.reportId);
      await follow(fan, r.id);
      await follow(s.agent, r.id);
      await move(t, s.agent, r.id, 'ACKNOWLEDGED', 'Bien reçu.');
      await t.gqlOk(ADD_NOTE, { id: r.id, body: 'Note interne', internal: true }, s.agent.token);
      await t.gqlOk(ADD_NOTE, { id: r.id, body: 'Passage prévu lundi.', internal: false }, s.admin.token);
    });

    it('tells every follower of each status change and public update, never the actor', async () => {
      const mine = await notificationsOf(s.resident);
      expect(mine.edges.map((e: any) => e.node.kind)).toEqual(['SERVICE_REQUEST_PUBLIC_UPDATE', 'SERVICE_REQUEST_STATUS_CHANGED']);
      expect(mine.edges[1].node).toMatchObject({
        targetType: 'SERVICE_REQUEST',
        targetId: r.id,
        read: false,
        readAt: null,
        payload: { reference: r.reference, fromStatus: 'SUBMITTED', toStatus: 'ACKNOWLEDGED', message: 'Bien reçu.' },
      });
      expect(mine.edges[0].node.payload).toEqual({ reference: r.reference, message: 'Passage prévu lundi.' });
      expect((await notificationsOf(fan)).totalCount).toBe(2);
      // The agent follows too, but caused the status change: told only of the admin's update.
      expect((await notificationsOf(s.agent)).edges.map((e: any) => e.node.kind)).toEqual(['SERVICE_REQUEST_PUBLIC_UPDATE']);
      expect((await notificationsOf(s.other)).totalCount).toBe(0);
    });

    it('stops telling those who unfollow', async () => {
      const before = (await notificationsOf(fan)).totalCount;
      await t.gqlOk(UNFOLLOW, { type: 'SERVICE_REQUEST', id: r.id }, fan.token);
      await move(t, s.agent, r.id, 'IN_PROGRESS', null);
      expect((await notificationsOf(fan)).totalCount).toBe(before);
      expect((await notificationsOf(s.resident)).edges[0].node.payload).toEqual({
        reference: r.reference,
        fromStatus: 'ACKNOWLEDGED',
        toStatus: 'IN_PROGRESS',
        message: null,
      });
    });

    it('counts unread ones and marks some or all read, only the viewer’s own', async () => {
      const before = (await t.gqlOk(UNREAD, {}, s.resident.token)).unreadNotificationCount;
      expect(before).toBe(3);
      const list = await notificationsOf(s.resident);
      const fanList = await notificationsOf(fan);
      // Someone else's ids change nothing.
      expect((await t.gqlOk(MARK_READ, { ids: fanList.edges.map((e: any) => e.node.id) }, s.resident.token)).markNotificationsRead).toBe(0);
      expect((await t.gqlOk(UNREAD, {}, fan.token)).unreadNotificationCount).toBe(fanList.totalCount);

      expect((await t.gqlOk(MARK_READ, { ids: [list.edges[0].node.id, 'junk'] }, s.resident.token)).markNotificationsRead).toBe(1);
      expect((await t.gqlOk(MARK_READ, { ids: [list.edges[0].node.id] }, s.resident.token)).markNotificationsRead).toBe(0);
      expect((await t.gqlOk(UNREAD, {}, s.resident.token)).unreadNotificationCount).toBe(2);
      const unread = await notificationsOf(s.resident, { unreadOnly: true });
      expect(unread.totalCount).toBe(2);
      expect(unread.edges.map((e: any) => e.node.id)).not.toContain(list.edges[0].node.id);
      const read = (await notificationsOf(s.resident)).edges[0].node;
      expect(read.read).toBe(true);
      expect(read.readAt).not.toBeNull();

      expect((await t.gqlOk(MARK_READ, {}, s.resident.token)).markNotificationsRead).toBe(2);
      expect((await t.gqlOk(UNREAD, {}, s.resident.token)).unreadNotificationCount).toBe(0);
      expect(errorOf(await t.gql(MARK_READ, { ids: Array.from({ length: 101 }, () => r.id) }, s.resident.token))).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: ['ids'],
      });
    });

    it('pages newest first', async () => {
      const busy = await t.factories.resident();
      const mine = await file(t, busy, s.reportId);
      for (const status of ['ACKNOWLEDGED', 'IN_PROGRESS', 'WAITING_FOR_RESIDENT']) await move(t, s.agent, mine.id, status, 'Étape.');
      await t.gqlOk(`mutation($id: ID!) { replyToServiceRequest(id: $id, body: "Voilà") { id } }`, { id: mine.id }, busy.token);
      for (let i = 0; i < 4; i++) await t.gqlOk(ADD_NOTE, { id: mine.id, body: `Mise à jour ${i}`, internal: false }, s.agent.token);
      const all = await notificationsOf(busy);
      expect(all.totalCount).toBe(7);
      expect(all.edges[0].node.payload.message).toBe('Mise à jour 3');
      const p1 = (await t.gqlOk(NOTIFICATIONS, { first: 3 }, busy.token)).notifications;
      const p2 = (await t.gqlOk(NOTIFICATIONS, { first: 3, after: p1.pageInfo.endCursor }, busy.token)).notifications;
      const p3 = (await t.gqlOk(NOTIFICATIONS, { first: 3, after: p2.pageInfo.endCursor }, busy.token)).notifications;
      expect([...p1.edges, ...p2.edges, ...p3.edges].map((e: any) => e.node.id)).toEqual(all.edges.map((e: any) => e.node.id));
      expect(p3.pageInfo.hasNextPage).toBe(false);
    });

    it('tells followers and the assignee of a reply without its text', async () => {
      const r2 = await file(t, s.resident, s.reportId);
      await t.gqlOk(
        `mutation($id: ID!, $a: ID) { assignServiceRequest(id: $id, assigneeId: $a) { id } }`,
        { id: r2.id, a: s.agent.id },
        s.admin.token,
      );
      await follow(fan, r2.id);
      await move(t, s.agent, r2.id, 'WAITING_FOR_RESIDENT', 'Une photo ?');
      await t.gqlOk(
        `mutation($id: ID!) { replyToServiceRequest(id: $id, body: "Mon numéro : 06 12 34 56 78") { id } }`,
        { id: r2.id },
        s.resident.token,
      );
      const rows = await t.sql(
        `SELECT recipient_id, payload FROM notifications WHERE target_id = $1 AND kind = 'SERVICE_REQUEST_RESIDENT_REPLIED'`,
        [r2.id],
      );
      expect(rows.map((n) => n.recipient_id).sort()).toEqual([fan.id, s.agent.id].sort());
      expect(JSON.stringify(rows)).not.toContain('06 12');
    });

    it('refuses visitors', async () => {
      for (const q of [NOTIFICATIONS, UNREAD, MARK_READ]) expect(errorOf(await t.gql(q, {})).code).toBe('UNAUTHENTICATED');
    });
  });
});
