import type { Client } from 'graphql-ws';
import { changesTopic, notificationsTopic } from '../../src/notifications/live';
import type { TestUser } from '../harness/factories';
import { listenerCount, LiveSubscription, liveClient, settle, until, waitForListeners } from '../harness/live';
import { ADD_NOTE, CHANGE_STATUS, file, fileFormality, move, setup, Setup } from '../harness/service-requests';
import { errorOf, TestApp } from '../harness/test-app';

const NOTIFICATION_ADDED = `subscription { notificationAdded { id kind targetType targetId payload read readAt createdAt } }`;
const REQUEST_UPDATED = `subscription($id: ID!) { serviceRequestUpdated(id: $id) {
  id status updatedAt followerCount viewerCanManage requester { id } events { kind body author { id } } } }`;
const FOLLOW = `mutation($id: ID!) { follow(targetType: SERVICE_REQUEST, targetId: $id) { followerCount viewerIsFollowing } }`;

/**
 * Live updates over graphql-ws (a real client on a real socket): `notificationAdded` (the viewer's
 * own, after commit) and `serviceRequestUpdated` (resolved with each subscriber's rights).
 */
describe('notifications and request changes, live', () => {
  let t: TestApp;
  let s: Setup;
  const clients: Client[] = [];

  beforeAll(async () => {
    t = await TestApp.start();
    s = await setup(t);
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await t?.close();
  });

  const connect = async (who?: TestUser | string) => {
    const client = await liveClient(t, typeof who === 'string' ? who : who?.token);
    clients.push(client);
    return client;
  };
  const subscribe = async (who: TestUser | string | undefined, query: string, variables: Record<string, unknown> = {}) =>
    new LiveSubscription(await connect(who), query, variables);
  const notificationsFor = async (who: TestUser) => {
    const sub = await subscribe(who, NOTIFICATION_ADDED);
    await waitForListeners(t, notificationsTopic(who.id));
    return sub;
  };
  const updatesOf = async (who: TestUser | undefined, id: string, listeners: number) => {
    const sub = await subscribe(who, REQUEST_UPDATED, { id });
    await waitForListeners(t, changesTopic({ targetType: 'SERVICE_REQUEST' as never, targetId: id }), listeners);
    return sub;
  };

  describe('notificationAdded', () => {
    it('tells a follower of a status change made by an agent, once committed; another user hears nothing', async () => {
      const r = await file(t, s.resident, s.reportId);
      const follower = await t.factories.resident();
      const stranger = await t.factories.resident();
      await t.gqlOk(FOLLOW, { id: r.id }, follower.token);
      const followerLive = await notificationsFor(follower);
      const requesterLive = await notificationsFor(s.resident);
      const strangerLive = await notificationsFor(stranger);
      const agentLive = await notificationsFor(s.agent);

      await move(t, s.agent, r.id, 'ACKNOWLEDGED', 'Bien reçu, nous passons demain.');

      const [received] = await followerLive.waitFor(1);
      expect(received.errors).toBeUndefined();
      const n = received.data!.notificationAdded;
      expect(n).toMatchObject({
        kind: 'SERVICE_REQUEST_STATUS_CHANGED',
        targetType: 'SERVICE_REQUEST',
        targetId: r.id,
        read: false,
        readAt: null,
        payload: { reference: r.reference, fromStatus: 'SUBMITTED', toStatus: 'ACKNOWLEDGED', message: 'Bien reçu, nous passons demain.' },
      });
      // Delivered after the commit: the row is there for anyone to read, and it is the follower's.
      expect(await t.sql(`SELECT recipient_id FROM notifications WHERE id = $1`, [n.id])).toEqual([{ recipient_id: follower.id }]);
      expect((await requesterLive.waitFor(1))[0].data!.notificationAdded.targetId).toBe(r.id);
      await settle();
      expect(strangerLive.results).toEqual([]);
      // The actor is never notified of their own change.
      expect(agentLive.results).toEqual([]);
      expect(followerLive.results).toHaveLength(1);
    });

    it('announces nothing for a change that was refused', async () => {
      const r = await file(t, s.resident, s.reportId);
      const live = await notificationsFor(s.resident);
      const refused = await t.gql(CHANGE_STATUS, { id: r.id, status: 'RESOLVED', message: null }, s.agent.token);
      expect(errorOf(refused)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'MESSAGE_REQUIRED' });
      expect(errorOf(await t.gql(CHANGE_STATUS, { id: r.id, status: 'ACKNOWLEDGED' }, s.otherAgent.token)).code).toBe('FORBIDDEN');
      await settle();
      expect(live.results).toEqual([]);
      live.unsubscribe();
    });

    it('refuses a visitor, and a forged token, with UNAUTHENTICATED', async () => {
      const anonymous = await subscribe(undefined, NOTIFICATION_ADDED);
      const [refused] = await anonymous.waitFor(1);
      expect(refused.data ?? null).toBeNull();
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'UNAUTHENTICATED' });
      const forged = await subscribe('not-a-jwt', NOTIFICATION_ADDED);
      expect((await forged.waitFor(1))[0].errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'TOKEN_INVALID' });
    });

    it('stops listening when the client unsubscribes', async () => {
      const who = await t.factories.resident();
      const live = await notificationsFor(who);
      expect(listenerCount(t, notificationsTopic(who.id))).toBe(1);
      live.unsubscribe();
      await until(() => listenerCount(t, notificationsTopic(who.id)) === 0, 'the subscription to end');
    });
  });

  describe('serviceRequestUpdated', () => {
    it('delivers the new status to everyone who may see the request, each with their own view', async () => {
      const r = await file(t, s.resident, s.reportId);
      const visitor = await updatesOf(undefined, r.id, 1);
      const requester = await updatesOf(s.resident, r.id, 2);
      const agent = await updatesOf(s.agent, r.id, 3);

      await move(t, s.agent, r.id, 'IN_PROGRESS', 'Équipe en route.');
      for (const sub of [visitor, requester, agent]) {
        const [update] = await sub.waitFor(1);
        expect(update.errors).toBeUndefined();
        expect(update.data!.serviceRequestUpdated).toMatchObject({ id: r.id, status: 'IN_PROGRESS' });
      }
      expect(visitor.results[0].data!.serviceRequestUpdated).toMatchObject({ requester: null, viewerCanManage: false });
      expect(requester.results[0].data!.serviceRequestUpdated.requester).toEqual({ id: s.resident.id });
      expect(agent.results[0].data!.serviceRequestUpdated.viewerCanManage).toBe(true);
    });

    it('never sends an internal note to a subscriber who is not staff', async () => {
      const r = await file(t, s.resident, s.reportId);
      const visitor = await updatesOf(undefined, r.id, 1);
      const requester = await updatesOf(s.resident, r.id, 2);
      const agent = await updatesOf(s.agent, r.id, 3);

      await t.gqlOk(ADD_NOTE, { id: r.id, body: 'Note interne : riverain procédurier.', internal: true }, s.agent.token);
      const kinds = (sub: LiveSubscription) => sub.results[0].data!.serviceRequestUpdated.events.map((e: any) => e.kind);
      for (const sub of [visitor, requester, agent]) await sub.waitFor(1);
      expect(kinds(agent)).toEqual(['CREATED', 'INTERNAL_NOTE']);
      expect(agent.results[0].data!.serviceRequestUpdated.events[1]).toEqual({
        kind: 'INTERNAL_NOTE',
        body: 'Note interne : riverain procédurier.',
        author: { id: s.agent.id },
      });
      expect(kinds(requester)).toEqual(['CREATED']);
      expect(kinds(visitor)).toEqual(['CREATED']);
      expect(JSON.stringify([requester.results, visitor.results])).not.toContain('procédurier');
    });

    it('announces a new follower (the count changed) and nothing for other requests', async () => {
      const r = await file(t, s.resident, s.reportId);
      const other = await file(t, s.resident, s.reportId);
      const live = await updatesOf(undefined, r.id, 1);
      await move(t, s.agent, other.id, 'ACKNOWLEDGED', 'Autre demande.');
      const fan = await t.factories.resident();
      await t.gqlOk(FOLLOW, { id: r.id }, fan.token);
      const [update] = await live.waitFor(1);
      expect(update.data!.serviceRequestUpdated).toMatchObject({ id: r.id, status: 'SUBMITTED', followerCount: 2 });
      await settle();
      expect(live.results).toHaveLength(1);
    });

    it('answers NOT_FOUND for a request the subscriber may not see (a formality of someone else, an unknown id)', async () => {
      const formality = await fileFormality(t, s.resident, s.formalityId);
      for (const who of [undefined, s.other, s.otherAgent]) {
        const sub = await subscribe(who, REQUEST_UPDATED, { id: formality.id });
        const [refused] = await sub.waitFor(1);
        expect(refused.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'REQUEST_NOT_FOUND' });
      }
      const unknown = await subscribe(s.resident, REQUEST_UPDATED, { id: '00000000-0000-4000-8000-000000000000' });
      expect((await unknown.waitFor(1))[0].errors?.[0].extensions?.code).toBe('NOT_FOUND');
      // Its requester and its department's staff may follow it live.
      const mine = await updatesOf(s.resident, formality.id, 1);
      await move(t, s.agent, formality.id, 'ACKNOWLEDGED', 'Dossier reçu.');
      expect((await mine.waitFor(1))[0].data!.serviceRequestUpdated.status).toBe('ACKNOWLEDGED');
    });

    it('resolves each update in a fixed number of queries, whatever the length of the timeline', async () => {
      const measureUpdate = async (notes: number) => {
        const r = await file(t, s.resident, s.reportId);
        const writers = [s.agent, s.admin];
        for (let i = 0; i < notes; i++)
          await t.gqlOk(ADD_NOTE, { id: r.id, body: `Note ${i}`, internal: i % 2 === 0 }, writers[i % 2].token);
        const live = await updatesOf(s.agent, r.id, 1);
        const { count } = await t.queryCounter.measure(async () => {
          await move(t, s.agent, r.id, 'ACKNOWLEDGED', 'Vu.');
          await live.waitFor(1);
        });
        expect(live.results[0].data!.serviceRequestUpdated.events).toHaveLength(notes + 2);
        live.unsubscribe();
        return count;
      };
      expect(await measureUpdate(8)).toBe(await measureUpdate(2));
    });

    it('keeps the HTTP limits on subscriptions too (depth)', async () => {
      let deep = 'id';
      for (let i = 0; i < 20; i++) deep = `duplicateOf { ${deep} }`;
      const sub = await subscribe(s.resident, `subscription($id: ID!) { serviceRequestUpdated(id: $id) { ${deep} } }`, {
        id: '00000000-0000-4000-8000-000000000000',
      });
      await until(() => !!sub.error || sub.results.length > 0, 'the refusal');
      expect(JSON.stringify(sub.error ?? sub.results)).toMatch(/exceeds maximum operation depth/);
    });
  });
});
