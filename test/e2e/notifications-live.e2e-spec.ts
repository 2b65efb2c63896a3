import { JwtService } from '@nestjs/jwt';
import type { Client } from 'graphql-ws';
import { changesTopic, notificationsTopic } from '../../src/notifications/live';
import type { TestUser } from '../harness/factories';
import { listenerCount, LiveSubscription, liveClient, until, waitForListeners } from '../harness/live';
import { ADD_NOTE, CHANGE_STATUS, file, fileFormality, move, setup, Setup } from '../harness/service-requests';
import { errorOf, TestApp } from '../harness/test-app';

const NOTIFICATION_ADDED = `subscription { notificationAdded { id kind targetType targetId payload read readAt createdAt } }`;
const REQUEST_UPDATED = `subscription($id: ID!) { serviceRequestUpdated(id: $id) {
  id status updatedAt followerCount viewerCanManage requester { id } events { kind body author { id } } } }`;
const FOLLOW = `mutation($id: ID!) { follow(targetType: SERVICE_REQUEST, targetId: $id) { followerCount viewerIsFollowing } }`;
const UNFOLLOW = `mutation($id: ID!) { unfollow(targetType: SERVICE_REQUEST, targetId: $id) { followerCount viewerIsFollowing } }`;
const REVOKE_AGENT = `mutation($u: ID!, $d: ID) { revokeRole(userId: $u, role: AGENT, departmentId: $d) { id } }`;
const LOGOUT = `mutation($t: String!) { logout(refreshToken: $t) }`;
/** Defaults of LIVE_MAX_SUBSCRIPTIONS_PER_CONNECTION and LIVE_MAX_SUBSCRIPTIONS_PER_VIEWER. */
const PER_CONNECTION = 20;
const PER_VIEWER = 60;

/** How the server closed a live connection (graphql-ws hands the close event to each subscription). */
const closeOf = (sub: LiveSubscription) => {
  const event = sub.error as { code?: number; reason?: string } | null;
  return { code: event?.code, reason: event?.reason };
};

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
      // The agent follows too: the actor of the change, so still not told of it.
      await t.gqlOk(FOLLOW, { id: r.id }, s.agent.token);
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
      // Sentinel: the stranger now follows, and an admin's public note reaches all four. Each
      // subscription delivers in order, so had the status change reached the stranger or its actor,
      // it would arrive before the note.
      await t.gqlOk(FOLLOW, { id: r.id }, stranger.token);
      await t.gqlOk(ADD_NOTE, { id: r.id, body: 'Passage demain matin.', internal: false }, s.admin.token);
      const kinds = async (live: LiveSubscription, count: number) =>
        (await live.waitFor(count)).map((x) => x.data!.notificationAdded.kind as string);
      expect(await kinds(strangerLive, 1)).toEqual(['SERVICE_REQUEST_PUBLIC_UPDATE']);
      // The actor is never notified of their own change.
      expect(await kinds(agentLive, 1)).toEqual(['SERVICE_REQUEST_PUBLIC_UPDATE']);
      expect(await kinds(followerLive, 2)).toEqual(['SERVICE_REQUEST_STATUS_CHANGED', 'SERVICE_REQUEST_PUBLIC_UPDATE']);
    });

    it('announces nothing for a change that was refused', async () => {
      const r = await file(t, s.resident, s.reportId);
      const live = await notificationsFor(s.resident);
      const refused = await t.gql(CHANGE_STATUS, { id: r.id, status: 'RESOLVED', message: null }, s.agent.token);
      expect(errorOf(refused)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'MESSAGE_REQUIRED' });
      expect(errorOf(await t.gql(CHANGE_STATUS, { id: r.id, status: 'ACKNOWLEDGED' }, s.otherAgent.token)).code).toBe('FORBIDDEN');
      // Sentinel: an accepted change, delivered after anything the refused ones could have caused.
      await move(t, s.agent, r.id, 'IN_PROGRESS', 'On s’en occupe.');
      const [first] = await live.waitFor(1);
      expect(first.data!.notificationAdded.payload).toMatchObject({ fromStatus: 'SUBMITTED', toStatus: 'IN_PROGRESS' });
      expect(live.results).toHaveLength(1);
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
      // Sentinel: a change of this request; it comes second, so the follow announced itself once.
      await move(t, s.agent, r.id, 'ACKNOWLEDGED', 'Vu.');
      const updates = await live.waitFor(2);
      expect(updates.map((u) => u.data!.serviceRequestUpdated.status)).toEqual(['SUBMITTED', 'ACKNOWLEDGED']);
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

  describe('rights as they are at each event', () => {
    const kinds = (result: { data?: Record<string, any> | null }) =>
      result.data!.serviceRequestUpdated.events.map((e: { kind: string }) => e.kind);

    it('stops sending internal notes to an agent whose role was revoked, and ends a formality they may no longer see', async () => {
      const agent = await t.factories.agent([s.departmentId]);
      const report = await file(t, s.resident, s.reportId);
      const formality = await fileFormality(t, s.resident, s.formalityId);
      const onReport = await updatesOf(agent, report.id, 1);
      const onFormality = await updatesOf(agent, formality.id, 1);

      // While an agent: internal notes arrive.
      await t.gqlOk(ADD_NOTE, { id: report.id, body: 'Note interne avant.', internal: true }, s.agent.token);
      expect(kinds((await onReport.waitFor(1))[0])).toEqual(['CREATED', 'INTERNAL_NOTE']);
      expect(onReport.results[0].data!.serviceRequestUpdated.viewerCanManage).toBe(true);

      await t.gqlOk(REVOKE_AGENT, { u: agent.id, d: s.departmentId }, s.admin.token);
      expect(await t.sql(`SELECT role FROM user_roles WHERE user_id = $1 AND role = 'AGENT'`, [agent.id])).toEqual([]);

      await t.gqlOk(ADD_NOTE, { id: report.id, body: 'Note interne après.', internal: true }, s.agent.token);
      await move(t, s.agent, report.id, 'ACKNOWLEDGED', 'Vu.');
      const [, afterNote, afterMove] = await onReport.waitFor(3);
      // Still a resident who may see a public report: its public view, without any internal note.
      expect(afterNote.errors).toBeUndefined();
      expect(kinds(afterNote)).toEqual(['CREATED']);
      expect(afterMove.data!.serviceRequestUpdated).toMatchObject({ status: 'ACKNOWLEDGED', viewerCanManage: false, requester: null });
      expect(JSON.stringify(onReport.results.slice(1))).not.toContain('Note interne');
      expect(onReport.completed).toBe(false);

      // A formality is the requester's and the department's: the stream ends with NOT_FOUND.
      await move(t, s.agent, formality.id, 'ACKNOWLEDGED', 'Dossier reçu.');
      const [refused] = await onFormality.waitFor(1);
      expect(refused.data ?? null).toBeNull();
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'REQUEST_NOT_FOUND' });
      await until(() => onFormality.completed, 'the formality stream to complete');
      expect(JSON.stringify(refused)).not.toContain('Dossier reçu');
      const topic = changesTopic({ targetType: 'SERVICE_REQUEST' as never, targetId: formality.id });
      await until(() => listenerCount(t, topic) === 0, 'the formality stream to stop listening');
    });

    it('ends the connection at the next event once its session was logged out, sending nothing more', async () => {
      const who = await t.factories.resident();
      const r = await file(t, who, s.reportId);
      const notifications = await notificationsFor(who);
      const updates = await updatesOf(who, r.id, 1);

      expect((await t.gqlOk(LOGOUT, { t: who.refreshToken })).logout).toBe(true);
      await move(t, s.agent, r.id, 'ACKNOWLEDGED', 'Pris en charge après la déconnexion.');

      await until(() => !!notifications.error && !!updates.error, 'the connection to close');
      expect(closeOf(notifications)).toEqual({ code: 4403, reason: 'SESSION_ENDED' });
      expect(closeOf(updates)).toEqual({ code: 4403, reason: 'SESSION_ENDED' });
      expect(notifications.results).toEqual([]);
      expect(updates.results).toEqual([]);
      // The change itself happened, and its notification waits in the database for a next sign-in.
      expect(await t.sql(`SELECT kind FROM notifications WHERE recipient_id = $1`, [who.id])).toEqual([
        { kind: 'SERVICE_REQUEST_STATUS_CHANGED' },
      ]);
      await until(() => listenerCount(t, notificationsTopic(who.id)) === 0, 'the server to stop listening');
    });

    it('ends the connection when its access token expires, even when no event comes', async () => {
      const who = await t.factories.resident();
      const { sub, sid } = JSON.parse(Buffer.from(who.token.split('.')[1], 'base64url').toString()) as { sub: string; sid: string };
      const shortLived = t.get<JwtService>(JwtService).sign({ sub, sid }, { expiresIn: 2 });
      const live = await subscribe(shortLived, NOTIFICATION_ADDED);
      await waitForListeners(t, notificationsTopic(who.id));

      await until(() => !!live.error, 'the connection to close at expiry', 6000);
      expect(closeOf(live)).toEqual({ code: 4403, reason: 'TOKEN_EXPIRED' });
      await until(() => listenerCount(t, notificationsTopic(who.id)) === 0, 'the server to stop listening');
      // The session itself is still open: the client refreshes and reconnects.
      expect(await t.sql(`SELECT revoked_at FROM sessions WHERE id = $1`, [sid])).toEqual([{ revoked_at: null }]);
    });

    it('refuses subscriptions past the limit of one connection (500 asked on one socket)', async () => {
      const r = await file(t, s.resident, s.reportId);
      const client = await connect();
      const subs = Array.from({ length: 500 }, () => new LiveSubscription(client, REQUEST_UPDATED, { id: r.id }));
      await until(() => subs.filter((sub) => sub.error).length === 500 - PER_CONNECTION, 'the refusals');
      const refused = subs.filter((sub) => sub.error);
      for (const sub of refused) {
        expect((sub.error as { extensions?: unknown }[])[0].extensions).toMatchObject({
          code: 'RATE_LIMITED',
          reason: 'TOO_MANY_SUBSCRIPTIONS',
          max: PER_CONNECTION,
          per: 'connection',
        });
      }
      const topic = changesTopic({ targetType: 'SERVICE_REQUEST' as never, targetId: r.id });
      await waitForListeners(t, topic, PER_CONNECTION);
      // Every one of the 500 is accounted for (refused, or listening): none can still be on its way.
      expect(refused.length + PER_CONNECTION).toBe(500);
      expect(listenerCount(t, topic)).toBe(PER_CONNECTION);

      await move(t, s.agent, r.id, 'ACKNOWLEDGED', 'Vu.');
      const accepted = subs.filter((sub) => !sub.error);
      for (const sub of accepted) expect((await sub.waitFor(1))[0].data!.serviceRequestUpdated.status).toBe('ACKNOWLEDGED');
      await client.dispose();
      await until(() => listenerCount(t, topic) === 0, 'the connection to be gone');
    });

    it('refuses subscriptions past the limit of one user over all their connections, and counts a closed one out', async () => {
      const who = await t.factories.resident();
      const topic = notificationsTopic(who.id);
      const sockets = await Promise.all([connect(who), connect(who), connect(who), connect(who)]);
      const subs = sockets
        .slice(0, 3)
        .flatMap((c) => Array.from({ length: PER_CONNECTION }, () => new LiveSubscription(c, NOTIFICATION_ADDED, {})));
      await waitForListeners(t, topic, PER_VIEWER);

      const extra = new LiveSubscription(sockets[3], NOTIFICATION_ADDED, {});
      const [refused] = await extra.waitFor(1);
      expect(refused.data ?? null).toBeNull();
      expect(refused.errors?.[0].extensions).toMatchObject({
        code: 'RATE_LIMITED',
        reason: 'TOO_MANY_SUBSCRIPTIONS',
        max: PER_VIEWER,
        per: 'viewer',
      });
      await until(() => extra.completed, 'the refused subscription to complete');
      expect(listenerCount(t, topic)).toBe(PER_VIEWER);

      subs[0].unsubscribe();
      await until(() => listenerCount(t, topic) === PER_VIEWER - 1, 'one subscription to end');
      const again = new LiveSubscription(sockets[3], NOTIFICATION_ADDED, {});
      await waitForListeners(t, topic, PER_VIEWER);
      expect(again.results).toEqual([]);
      expect(again.completed).toBe(false);
      await Promise.all(sockets.map((c) => c.dispose()));
      await until(() => listenerCount(t, topic) === 0, 'the connections to be gone');
    });

    it('reads each event once per rights, whatever the number of subscriptions sharing them (follow toggles)', async () => {
      const fan = await t.factories.resident();
      const measureToggles = async (who: TestUser | undefined, subscriptions: number) => {
        const r = await file(t, s.resident, s.reportId);
        const client = await connect(who);
        const subs = Array.from({ length: subscriptions }, () => new LiveSubscription(client, REQUEST_UPDATED, { id: r.id }));
        await waitForListeners(t, changesTopic({ targetType: 'SERVICE_REQUEST' as never, targetId: r.id }), subscriptions);
        const { count } = await t.queryCounter.measure(async () => {
          for (let i = 1; i <= 10; i++) {
            await t.gqlOk(i % 2 ? FOLLOW : UNFOLLOW, { id: r.id }, fan.token);
            for (const sub of subs) await sub.waitFor(i);
          }
        });
        for (const sub of subs) {
          expect(sub.results).toHaveLength(10);
          expect(sub.results[9].data!.serviceRequestUpdated.followerCount).toBe(1);
        }
        await client.dispose();
        return count;
      };
      for (const who of [undefined, s.agent]) {
        const one = await measureToggles(who, 1);
        expect(await measureToggles(who, PER_CONNECTION)).toBe(one);
      }
    });
  });
});
