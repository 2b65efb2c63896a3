import { Clock } from '../../src/common/clock';
import { IdentityService } from '../../src/identity/identity.service';
import { STAFF_TRANSITIONS } from '../../src/service-requests/service-request.policy';
import { ServiceRequestStatus as S } from '../../src/service-requests/service-request.enums';
import type { TestUser } from '../harness/factories';
import { ADD_NOTE, CHANGE_STATUS, file, fileFormality, GET_REQUEST, makeService, move, setup, Setup } from '../harness/service-requests';
import { errorOf, TestApp } from '../harness/test-app';

const DAY = 86400_000;
const STATUSES = Object.values(S);
/** How to bring a fresh request to each status through the API. */
const PATH: Record<S, S[]> = {
  [S.SUBMITTED]: [],
  [S.ACKNOWLEDGED]: [S.ACKNOWLEDGED],
  [S.IN_PROGRESS]: [S.IN_PROGRESS],
  [S.WAITING_FOR_RESIDENT]: [S.WAITING_FOR_RESIDENT],
  [S.RESOLVED]: [S.RESOLVED],
  [S.REJECTED]: [S.REJECTED],
  [S.CLOSED]: [S.RESOLVED, S.CLOSED],
};

const ASSIGN = `mutation($id: ID!, $assigneeId: ID) { assignServiceRequest(id: $id, assigneeId: $assigneeId) { id assignee { id } events { kind author { id } } } }`;
const PRIORITY = `mutation($id: ID!, $priority: ServiceRequestPriority!) { setServiceRequestPriority(id: $id, priority: $priority) { id priority } }`;
const RATE = `mutation($id: ID!, $rating: Int!, $comment: String) { rateServiceRequest(id: $id, rating: $rating, comment: $comment) { id rating ratingComment ratedAt events { kind body rating } } }`;
const REPLY = `mutation($id: ID!, $body: String!) { replyToServiceRequest(id: $id, body: $body) { id status expectedAt events { kind fromStatus toStatus body byRequester } } }`;
const REOPEN = `mutation($id: ID!, $reason: String!) { reopenServiceRequest(id: $id, reason: $reason) { id status resolvedAt closedAt resolution reopenCount events { kind fromStatus toStatus body byRequester } } }`;
const DUPLICATE = `mutation($id: ID!, $originalId: ID!) { markServiceRequestDuplicate(id: $id, originalId: $originalId) { id status closedAt duplicateOf { id reference } followerCount events { kind originalReference toStatus } } }`;

describe('service requests: workflow', () => {
  let t: TestApp;
  let s: Setup;
  let clock: Clock;

  beforeAll(async () => {
    t = await TestApp.start();
    s = await setup(t);
    clock = t.get<Clock>(Clock);
  });
  afterAll(() => t?.close());

  async function reachStatus(status: S, requester: TestUser = s.resident, serviceId = s.reportId) {
    const r = serviceId === s.formalityId ? await fileFormality(t, requester, serviceId) : await file(t, requester, serviceId);
    for (const step of PATH[status]) await move(t, s.agent, r.id, step);
    return r;
  }
  const eventCount = async (id: string) =>
    (await t.sql(`SELECT count(*)::int AS n FROM service_request_events WHERE request_id = $1`, [id]))[0].n;
  const statusOf = async (id: string) => (await t.sql(`SELECT status FROM service_requests WHERE id = $1`, [id]))[0].status;

  describe('transitions by staff of the department', () => {
    const pairs = STATUSES.flatMap((from) => STATUSES.map((to) => [from, to] as const));
    it.each(pairs)('agent: %s → %s', async (from, to) => {
      const r = await reachStatus(from);
      const events = await eventCount(r.id);
      const res = await t.gql(CHANGE_STATUS, { id: r.id, status: to, message: 'Message public.' }, s.agent.token);
      if (STAFF_TRANSITIONS[from].includes(to)) {
        expect(res.errors).toBeUndefined();
        expect(res.data!.changeServiceRequestStatus.status).toBe(to);
        expect(res.data!.changeServiceRequestStatus.events.at(-1)).toMatchObject({
          kind: 'STATUS_CHANGED',
          fromStatus: from,
          toStatus: to,
          body: 'Message public.',
          author: { id: s.agent.id },
        });
        expect(await eventCount(r.id)).toBe(events + 1);
      } else {
        expect(errorOf(res)).toMatchObject({ code: 'CONFLICT', reason: 'INVALID_TRANSITION' });
        expect(await statusOf(r.id)).toBe(from);
        expect(await eventCount(r.id)).toBe(events);
      }
    });

    it.each(pairs.filter(([from, to]) => STAFF_TRANSITIONS[from].includes(to)))('admin may: %s → %s', async (from, to) => {
      const r = await reachStatus(from);
      const res = await t.gql(CHANGE_STATUS, { id: r.id, status: to, message: 'Fait.' }, s.admin.token);
      expect(res.errors).toBeUndefined();
      expect(await statusOf(r.id)).toBe(to);
    });
  });

  describe('transitions refused to everyone else', () => {
    it.each(STATUSES)('to %s: requester, other resident, other department → FORBIDDEN; visitor → UNAUTHENTICATED', async (to) => {
      const r = await reachStatus(S.IN_PROGRESS === to ? S.ACKNOWLEDGED : S.SUBMITTED);
      const before = await statusOf(r.id);
      for (const who of [s.resident, s.other, s.otherAgent]) {
        const res = await t.gql(CHANGE_STATUS, { id: r.id, status: to, message: 'x' }, who.token);
        expect(errorOf(res)).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_DEPARTMENT_STAFF' });
      }
      expect(errorOf(await t.gql(CHANGE_STATUS, { id: r.id, status: to, message: 'x' })).code).toBe('UNAUTHENTICATED');
      expect(await statusOf(r.id)).toBe(before);
    });

    it('answers NOT_FOUND about a formality to those who cannot see it, and for unknown ids', async () => {
      const r = await reachStatus(S.SUBMITTED, s.resident, s.formalityId);
      for (const who of [s.other, s.otherAgent]) {
        expect(errorOf(await t.gql(CHANGE_STATUS, { id: r.id, status: 'ACKNOWLEDGED' }, who.token))).toMatchObject({
          code: 'NOT_FOUND',
          reason: 'REQUEST_NOT_FOUND',
        });
      }
      expect(errorOf(await t.gql(CHANGE_STATUS, { id: r.id, status: 'ACKNOWLEDGED' }, s.resident.token)).code).toBe('FORBIDDEN');
      for (const id of ['00000000-0000-4000-8000-000000000000', 'not-an-id']) {
        expect(errorOf(await t.gql(CHANGE_STATUS, { id, status: 'ACKNOWLEDGED' }, s.agent.token)).code).toBe('NOT_FOUND');
      }
    });

    it('keeps every staff tool within the department boundary', async () => {
      const r = await reachStatus(S.ACKNOWLEDGED);
      const original = await reachStatus(S.SUBMITTED);
      const attempts: [string, Record<string, unknown>][] = [
        [CHANGE_STATUS, { id: r.id, status: 'IN_PROGRESS' }],
        [ASSIGN, { id: r.id, assigneeId: s.otherAgent.id }],
        [ADD_NOTE, { id: r.id, body: 'Note', internal: true }],
        [ADD_NOTE, { id: r.id, body: 'Mise à jour', internal: false }],
        [PRIORITY, { id: r.id, priority: 'HIGH' }],
        [DUPLICATE, { id: r.id, originalId: original.id }],
      ];
      const events = await eventCount(r.id);
      for (const [query, vars] of attempts) {
        for (const who of [s.otherAgent, s.resident, s.other]) {
          expect(errorOf(await t.gql(query, vars, who.token))).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_DEPARTMENT_STAFF' });
        }
      }
      expect(await eventCount(r.id)).toBe(events);
      const [row] = await t.sql(`SELECT status, assignee_id, priority, duplicate_of_id FROM service_requests WHERE id = $1`, [r.id]);
      expect(row).toEqual({ status: 'ACKNOWLEDGED', assignee_id: null, priority: 'NORMAL', duplicate_of_id: null });
    });

    it('applies one of many parallel changes to the same request (row lock)', async () => {
      const r = await reachStatus(S.SUBMITTED);
      const results = await Promise.all(
        Array.from({ length: 12 }, () => t.gql(CHANGE_STATUS, { id: r.id, status: 'ACKNOWLEDGED' }, s.agent.token)),
      );
      expect(results.filter((x) => !x.errors).length).toBe(1);
      expect(results.filter((x) => errorOf(x).reason === 'INVALID_TRANSITION').length).toBe(11);
      expect(
        (await t.sql(`SELECT count(*)::int AS n FROM service_request_events WHERE request_id = $1 AND kind = 'STATUS_CHANGED'`, [r.id]))[0]
          .n,
      ).toBe(1);
      expect((await t.sql(`SELECT count(*)::int AS n FROM notifications WHERE target_id = $1`, [r.id]))[0].n).toBe(1);
    });

    it('lets an agent of several departments work each of them', async () => {
      const both = await t.factories.agent([s.otherDepartmentId, s.departmentId]);
      const r = await reachStatus(S.SUBMITTED);
      expect((await t.gqlOk(CHANGE_STATUS, { id: r.id, status: 'ACKNOWLEDGED' }, both.token)).changeServiceRequestStatus.status).toBe(
        'ACKNOWLEDGED',
      );
    });
  });

  describe('messages and recorded times', () => {
    it.each([S.REJECTED, S.RESOLVED, S.WAITING_FOR_RESIDENT])('%s needs a message', async (to) => {
      const r = await reachStatus(S.ACKNOWLEDGED);
      for (const message of [null, '', '   ']) {
        const res = await t.gql(CHANGE_STATUS, { id: r.id, status: to, message }, s.agent.token);
        expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'MESSAGE_REQUIRED', fields: ['message'] });
      }
      expect(await statusOf(r.id)).toBe('ACKNOWLEDGED');
    });

    it('needs no message to acknowledge, start or close', async () => {
      const r = await reachStatus(S.SUBMITTED);
      await move(t, s.agent, r.id, 'ACKNOWLEDGED', null);
      await move(t, s.agent, r.id, 'IN_PROGRESS', null);
      await move(t, s.agent, r.id, 'RESOLVED', 'Réparé.');
      const closed = await move(t, s.agent, r.id, 'CLOSED', null);
      expect(closed.events.map((e: { kind: string; toStatus: string }) => e.toStatus)).toEqual([
        'SUBMITTED',
        'ACKNOWLEDGED',
        'IN_PROGRESS',
        'RESOLVED',
        'CLOSED',
      ]);
    });

    it('records acknowledgedAt once, resolvedAt and the resolution, closedAt', async () => {
      const r = await reachStatus(S.SUBMITTED);
      const ack = await move(t, s.agent, r.id, 'ACKNOWLEDGED', null);
      expect(ack.acknowledgedAt).not.toBeNull();
      clock.advance(60_000);
      const started = await move(t, s.agent, r.id, 'IN_PROGRESS', null);
      expect(started.acknowledgedAt).toBe(ack.acknowledgedAt);
      const resolved = await move(t, s.agent, r.id, 'RESOLVED', 'Lampe remplacée.');
      expect(resolved).toMatchObject({ resolution: 'Lampe remplacée.', closedAt: null });
      expect(new Date(resolved.resolvedAt).getTime()).toBeGreaterThan(new Date(ack.acknowledgedAt).getTime());
      const closed = await move(t, s.agent, r.id, 'CLOSED', null);
      expect(closed.closedAt).not.toBeNull();
      expect(closed.resolvedAt).toBe(resolved.resolvedAt);
    });

    it('counts a rejection straight from SUBMITTED as the first answer and keeps its reason', async () => {
      const r = await reachStatus(S.SUBMITTED);
      const rejected = await move(t, s.agent, r.id, 'REJECTED', 'Hors du domaine public.');
      expect(rejected).toMatchObject({ resolution: 'Hors du domaine public.', resolvedAt: null });
      expect(rejected.acknowledgedAt).not.toBeNull();
    });
  });

  describe('waiting for the resident', () => {
    it('pauses the clock against the target while waiting, and the reply brings it back to IN_PROGRESS', async () => {
      const r = await reachStatus(S.IN_PROGRESS);
      const expected0 = new Date(r.expectedAt).getTime();
      await move(t, s.agent, r.id, 'WAITING_FOR_RESIDENT', 'Pouvez-vous préciser le numéro du mât ?');
      clock.advance(3 * DAY);
      const waiting = (await t.gqlOk(GET_REQUEST, { id: r.id }, s.resident.token)).serviceRequest;
      expect(new Date(waiting.expectedAt).getTime()).toBeGreaterThanOrEqual(expected0 + 3 * DAY);
      const replied = (await t.gqlOk(REPLY, { id: r.id, body: 'Mât EP-1147.' }, s.resident.token)).replyToServiceRequest;
      expect(replied.status).toBe('IN_PROGRESS');
      expect(replied.events.at(-1)).toEqual({
        kind: 'RESIDENT_REPLY',
        fromStatus: 'WAITING_FOR_RESIDENT',
        toStatus: 'IN_PROGRESS',
        body: 'Mât EP-1147.',
        byRequester: true,
      });
      const shifted = new Date(replied.expectedAt).getTime() - expected0;
      expect(shifted).toBeGreaterThanOrEqual(3 * DAY);
      expect(shifted).toBeLessThan(3 * DAY + 60_000);
      const [row] = await t.sql(`SELECT paused_at FROM service_requests WHERE id = $1`, [r.id]);
      expect(row.paused_at).toBeNull();
      // The clock runs again: no longer moving.
      clock.advance(DAY);
      const later = (await t.gqlOk(GET_REQUEST, { id: r.id }, s.resident.token)).serviceRequest;
      expect(later.expectedAt).toBe(replied.expectedAt);
    });

    it('is not overdue while paused (unless it already was), and is overdue once past its date', async () => {
      const r = await reachStatus(S.SUBMITTED); // target 10 days
      await move(t, s.agent, r.id, 'WAITING_FOR_RESIDENT', 'Précisez le lieu.');
      clock.advance(12 * DAY);
      expect((await t.gqlOk(GET_REQUEST, { id: r.id })).serviceRequest.isOverdue).toBe(false);
      await t.gqlOk(REPLY, { id: r.id, body: 'Devant la mairie.' }, s.resident.token);
      expect((await t.gqlOk(GET_REQUEST, { id: r.id })).serviceRequest.isOverdue).toBe(false);
      clock.advance(11 * DAY);
      expect((await t.gqlOk(GET_REQUEST, { id: r.id })).serviceRequest.isOverdue).toBe(true);
      await move(t, s.agent, r.id, 'WAITING_FOR_RESIDENT', 'Encore une précision.');
      expect((await t.gqlOk(GET_REQUEST, { id: r.id })).serviceRequest.isOverdue).toBe(true);
      await move(t, s.agent, r.id, 'RESOLVED', 'Fait.');
      expect((await t.gqlOk(GET_REQUEST, { id: r.id })).serviceRequest.isOverdue).toBe(false);
    });

    it('takes a reply only from the requester, only while waiting', async () => {
      const r = await reachStatus(S.WAITING_FOR_RESIDENT);
      for (const who of [s.other, s.otherAgent]) {
        expect(errorOf(await t.gql(REPLY, { id: r.id, body: 'x' }, who.token))).toMatchObject({
          code: 'FORBIDDEN',
          reason: 'NOT_REQUESTER',
        });
      }
      expect(errorOf(await t.gql(REPLY, { id: r.id, body: 'x' }, s.agent.token))).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'NOT_REQUESTER',
      });
      expect(errorOf(await t.gql(REPLY, { id: r.id, body: '  ' }, s.resident.token))).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: ['body'],
      });
      const other = await reachStatus(S.IN_PROGRESS);
      expect(errorOf(await t.gql(REPLY, { id: other.id, body: 'x' }, s.resident.token))).toMatchObject({
        code: 'CONFLICT',
        reason: 'NOT_WAITING_FOR_RESIDENT',
      });
      expect(await statusOf(r.id)).toBe('WAITING_FOR_RESIDENT');
    });
  });

  describe('reopening', () => {
    it('lets the requester reopen a resolved request within 30 days; the assignee and the department are told', async () => {
      const r = await reachStatus(S.IN_PROGRESS);
      await t.gqlOk(ASSIGN, { id: r.id, assigneeId: s.agent.id }, s.agent.token);
      await move(t, s.agent, r.id, 'RESOLVED', 'Rebouché.');
      clock.advance(29 * DAY);
      const reopened = (await t.gqlOk(REOPEN, { id: r.id, reason: 'Le trou est revenu.' }, s.resident.token)).reopenServiceRequest;
      expect(reopened).toMatchObject({ status: 'IN_PROGRESS', resolvedAt: null, resolution: null, reopenCount: 1 });
      expect(reopened.events.at(-1)).toEqual({
        kind: 'STATUS_CHANGED',
        fromStatus: 'RESOLVED',
        toStatus: 'IN_PROGRESS',
        body: 'Le trou est revenu.',
        byRequester: true,
      });
      const notes = await t.sql(
        `SELECT recipient_id, kind, payload FROM notifications WHERE target_id = $1 AND kind = 'SERVICE_REQUEST_REOPENED'`,
        [r.id],
      );
      // The assignee (here an agent of the department) and every other agent there, each once.
      const agents = (await t.sql(`SELECT user_id FROM agent_departments WHERE department_id = $1`, [s.departmentId])).map(
        (a: any) => a.user_id,
      );
      expect(notes.map((n: any) => n.recipient_id).sort()).toEqual([...agents].sort());
      expect(notes.map((n: any) => n.recipient_id)).toContain(s.agent.id);
      expect(notes[0]).toEqual({
        recipient_id: expect.any(String),
        kind: 'SERVICE_REQUEST_REOPENED',
        payload: expect.objectContaining({ reference: r.reference }),
      });
      // One fan-out reaches the report's followers too, strangers among them: the requester's reason
      // stays out of it, and staff read it on the timeline.
      expect(notes.every((n: any) => !('message' in n.payload))).toBe(true);
    });

    it('keeps the reason in the notification of a reopened formality (its followers are the requester and staff)', async () => {
      const r = await reachStatus(S.RESOLVED, s.resident, s.formalityId);
      clock.advance(DAY);
      await t.gqlOk(REOPEN, { id: r.id, reason: 'Une erreur sur le nom.' }, s.resident.token);
      const notes = await t.sql(`SELECT payload FROM notifications WHERE target_id = $1 AND kind = 'SERVICE_REQUEST_REOPENED'`, [r.id]);
      expect(notes.length).toBeGreaterThan(0);
      expect(notes.every((n: any) => n.payload.message === 'Une erreur sur le nom.')).toBe(true);
    });

    it('tells every agent of the department of a reopening, each once, and no one outside it', async () => {
      const department = await t.factories.department();
      const service = await makeService(t, department.id);
      const [assignee, colleague, follower, revoked] = await Promise.all(
        Array.from({ length: 4 }, () => t.factories.agent([department.id])),
      );
      const elsewhere = await t.factories.agent([s.otherDepartmentId]);
      const alsoElsewhere = await t.factories.agent([s.otherDepartmentId, department.id]);
      const REVOKE = `mutation($u: ID!, $d: ID) { revokeRole(userId: $u, role: AGENT, departmentId: $d) { id } }`;
      await t.gqlOk(REVOKE, { u: revoked.id, d: department.id }, s.admin.token);
      await t.gqlOk(REVOKE, { u: alsoElsewhere.id, d: s.otherDepartmentId }, s.admin.token);

      const r = await file(t, s.resident, service.id);
      await t.gqlOk(
        `mutation($id: ID!) { follow(targetType: SERVICE_REQUEST, targetId: $id) { followerCount viewerIsFollowing } }`,
        { id: r.id },
        follower.token,
      );
      await t.gqlOk(ASSIGN, { id: r.id, assigneeId: assignee.id }, assignee.token);
      await move(t, assignee, r.id, 'RESOLVED', 'Rebouché.');
      clock.advance(DAY);
      await t.gqlOk(REOPEN, { id: r.id, reason: 'Le trou est revenu.' }, s.resident.token);

      const notes = await t.sql(
        `SELECT recipient_id, payload FROM notifications WHERE target_id = $1 AND kind = 'SERVICE_REQUEST_REOPENED'`,
        [r.id],
      );
      // The assignee, every other agent there (the follower once); never the requester who reopened
      // it, an agent of another department, nor one no longer an agent there.
      expect(notes.map((n: any) => n.recipient_id).sort()).toEqual([assignee.id, colleague.id, follower.id, alsoElsewhere.id].sort());
      expect(notes.map((n: any) => n.recipient_id)).not.toContain(elsewhere.id);
      expect(notes.every((n: any) => !('message' in n.payload))).toBe(true);
      // The agents are found in one query.
      const { result, count } = await t.queryCounter.measure(() =>
        t.get<IdentityService>(IdentityService).agentIdsOfDepartment(department.id),
      );
      expect(count).toBe(1);
      expect([...result].sort()).toEqual([assignee.id, colleague.id, follower.id, alsoElsewhere.id].sort());
    });

    it('also from CLOSED after a resolution, but not after 30 days', async () => {
      const r = await reachStatus(S.CLOSED);
      clock.advance(10 * DAY);
      expect((await t.gqlOk(REOPEN, { id: r.id, reason: 'Toujours cassé.' }, s.resident.token)).reopenServiceRequest.status).toBe(
        'IN_PROGRESS',
      );
      const late = await reachStatus(S.RESOLVED);
      clock.advance(30 * DAY + 60_000);
      expect(errorOf(await t.gql(REOPEN, { id: late.id, reason: 'Trop tard ?' }, s.resident.token))).toMatchObject({
        code: 'CONFLICT',
        reason: 'REOPEN_WINDOW_PASSED',
      });
      expect(await statusOf(late.id)).toBe('RESOLVED');
    });

    it.each([S.SUBMITTED, S.IN_PROGRESS, S.REJECTED])('refuses to reopen from %s', async (from) => {
      const r = await reachStatus(from);
      expect(errorOf(await t.gql(REOPEN, { id: r.id, reason: 'x' }, s.resident.token))).toMatchObject({
        code: 'CONFLICT',
        reason: 'NOT_RESOLVED',
      });
    });

    it('is for the requester only', async () => {
      const r = await reachStatus(S.RESOLVED);
      for (const who of [s.other, s.agent, s.admin]) {
        expect(errorOf(await t.gql(REOPEN, { id: r.id, reason: 'x' }, who.token))).toMatchObject({
          code: 'FORBIDDEN',
          reason: 'NOT_REQUESTER',
        });
      }
      expect(errorOf(await t.gql(REOPEN, { id: r.id, reason: 'x' })).code).toBe('UNAUTHENTICATED');
      expect(await statusOf(r.id)).toBe('RESOLVED');
    });
  });

  describe('rating', () => {
    it('lets the requester rate 1–5 with a comment once resolved, once', async () => {
      const r = await reachStatus(S.RESOLVED);
      const rated = (await t.gqlOk(RATE, { id: r.id, rating: 4, comment: 'Rapide, merci.' }, s.resident.token)).rateServiceRequest;
      expect(rated).toMatchObject({ rating: 4, ratingComment: 'Rapide, merci.' });
      expect(rated.events.at(-1)).toEqual({ kind: 'RATED', body: 'Rapide, merci.', rating: 4 });
      expect(errorOf(await t.gql(RATE, { id: r.id, rating: 5 }, s.resident.token))).toMatchObject({
        code: 'CONFLICT',
        reason: 'ALREADY_RATED',
      });
      expect((await t.sql(`SELECT rating FROM service_requests WHERE id = $1`, [r.id]))[0].rating).toBe(4);
    });

    it('accepts a rating after closing, without a comment', async () => {
      const r = await reachStatus(S.CLOSED);
      expect((await t.gqlOk(RATE, { id: r.id, rating: 1 }, s.resident.token)).rateServiceRequest).toMatchObject({
        rating: 1,
        ratingComment: null,
      });
    });

    it.each([S.SUBMITTED, S.IN_PROGRESS, S.WAITING_FOR_RESIDENT, S.REJECTED])('refuses a rating while %s', async (status) => {
      const r = await reachStatus(status);
      expect(errorOf(await t.gql(RATE, { id: r.id, rating: 3 }, s.resident.token))).toMatchObject({
        code: 'CONFLICT',
        reason: 'NOT_RESOLVED',
      });
    });

    it('refuses ratings outside 1–5 and comments too long', async () => {
      const r = await reachStatus(S.RESOLVED);
      for (const rating of [0, 6, -1]) {
        expect(errorOf(await t.gql(RATE, { id: r.id, rating }, s.resident.token))).toMatchObject({
          code: 'BAD_USER_INPUT',
          fields: ['rating'],
        });
      }
      expect(errorOf(await t.gql(RATE, { id: r.id, rating: 3, comment: 'x'.repeat(2001) }, s.resident.token)).fields).toEqual(['comment']);
      expect((await t.sql(`SELECT rating FROM service_requests WHERE id = $1`, [r.id]))[0].rating).toBeNull();
    });

    it('is for the requester only', async () => {
      const r = await reachStatus(S.RESOLVED);
      for (const who of [s.other, s.agent]) {
        expect(errorOf(await t.gql(RATE, { id: r.id, rating: 5 }, who.token))).toMatchObject({
          code: 'FORBIDDEN',
          reason: 'NOT_REQUESTER',
        });
      }
    });

    it('keeps one rating under 15 parallel attempts', async () => {
      const r = await reachStatus(S.RESOLVED);
      const results = await Promise.all(
        Array.from({ length: 15 }, (_, i) => t.gql(RATE, { id: r.id, rating: (i % 5) + 1 }, s.resident.token)),
      );
      expect(results.filter((x) => !x.errors).length).toBe(1);
      expect(results.filter((x) => errorOf(x).reason === 'ALREADY_RATED').length).toBe(14);
      expect(
        (await t.sql(`SELECT count(*)::int AS n FROM service_request_events WHERE request_id = $1 AND kind = 'RATED'`, [r.id]))[0].n,
      ).toBe(1);
    });
  });

  describe('assignment and priority', () => {
    it('assigns to an agent of the department or an admin, unassigns, and tells the assignee', async () => {
      const r = await reachStatus(S.ACKNOWLEDGED);
      const colleague = await t.factories.agent([s.departmentId]);
      const assigned = (await t.gqlOk(ASSIGN, { id: r.id, assigneeId: colleague.id }, s.agent.token)).assignServiceRequest;
      expect(assigned.assignee).toEqual({ id: colleague.id });
      expect(assigned.events.at(-1)).toEqual({ kind: 'ASSIGNED', author: { id: s.agent.id } });
      expect(
        await t.sql(`SELECT recipient_id, kind FROM notifications WHERE target_id = $1 AND kind = 'SERVICE_REQUEST_ASSIGNED'`, [r.id]),
      ).toEqual([{ recipient_id: colleague.id, kind: 'SERVICE_REQUEST_ASSIGNED' }]);
      expect((await t.gqlOk(ASSIGN, { id: r.id, assigneeId: s.admin.id }, s.agent.token)).assignServiceRequest.assignee).toEqual({
        id: s.admin.id,
      });
      expect((await t.gqlOk(ASSIGN, { id: r.id, assigneeId: null }, s.agent.token)).assignServiceRequest.assignee).toBeNull();
    });

    it('refuses an assignee who does not work for the department', async () => {
      const r = await reachStatus(S.ACKNOWLEDGED);
      for (const who of [s.otherAgent, s.other]) {
        expect(errorOf(await t.gql(ASSIGN, { id: r.id, assigneeId: who.id }, s.agent.token))).toMatchObject({
          code: 'BAD_USER_INPUT',
          fields: ['assigneeId'],
        });
      }
      expect(errorOf(await t.gql(ASSIGN, { id: r.id, assigneeId: '00000000-0000-4000-8000-000000000000' }, s.agent.token)).fields).toEqual([
        'assigneeId',
      ]);
      expect((await t.sql(`SELECT assignee_id FROM service_requests WHERE id = $1`, [r.id]))[0].assignee_id).toBeNull();
    });

    it('refuses to assign a closed request', async () => {
      const r = await reachStatus(S.CLOSED);
      expect(errorOf(await t.gql(ASSIGN, { id: r.id, assigneeId: s.agent.id }, s.agent.token))).toMatchObject({
        code: 'CONFLICT',
        reason: 'REQUEST_CLOSED',
      });
    });

    it('sets a priority that only staff see', async () => {
      const r = await reachStatus(S.SUBMITTED);
      expect((await t.gqlOk(PRIORITY, { id: r.id, priority: 'URGENT' }, s.agent.token)).setServiceRequestPriority.priority).toBe('URGENT');
      expect((await t.gqlOk(GET_REQUEST, { id: r.id }, s.admin.token)).serviceRequest.priority).toBe('URGENT');
      for (const token of [s.resident.token, s.other.token, undefined]) {
        expect((await t.gqlOk(GET_REQUEST, { id: r.id }, token)).serviceRequest.priority).toBeNull();
      }
    });
  });

  describe('duplicates', () => {
    it('closes a duplicate onto its original; its followers move there and are told', async () => {
      const original = await reachStatus(S.ACKNOWLEDGED, s.other);
      const dup = await reachStatus(S.SUBMITTED, s.resident);
      const fan = await t.factories.resident();
      await t.gqlOk(
        `mutation($id: ID!) { follow(targetType: SERVICE_REQUEST, targetId: $id) { followerCount viewerIsFollowing } }`,
        { id: dup.id },
        fan.token,
      );
      await t.gqlOk(
        `mutation($id: ID!) { follow(targetType: SERVICE_REQUEST, targetId: $id) { followerCount viewerIsFollowing } }`,
        { id: original.id },
        fan.token,
      );

      const closed = (await t.gqlOk(DUPLICATE, { id: dup.id, originalId: original.id }, s.agent.token)).markServiceRequestDuplicate;
      expect(closed).toMatchObject({ status: 'CLOSED', duplicateOf: { id: original.id, reference: original.reference }, followerCount: 0 });
      expect(closed.closedAt).not.toBeNull();
      expect(closed.events.at(-1)).toEqual({ kind: 'MARKED_DUPLICATE', originalReference: original.reference, toStatus: 'CLOSED' });

      const followers = await t.sql(
        `SELECT user_id FROM follows WHERE target_type = 'SERVICE_REQUEST' AND target_id = $1 ORDER BY user_id`,
        [original.id],
      );
      expect(followers.map((f) => f.user_id).sort()).toEqual([s.other.id, s.resident.id, fan.id].sort());
      const told = await t.sql(
        `SELECT recipient_id, payload FROM notifications WHERE kind = 'SERVICE_REQUEST_MARKED_DUPLICATE' AND target_id = $1`,
        [dup.id],
      );
      expect(told.map((n) => n.recipient_id).sort()).toEqual([s.resident.id, fan.id].sort());
      expect(told[0].payload).toEqual({ reference: dup.reference, originalId: original.id, originalReference: original.reference });
      expect((await t.gqlOk(GET_REQUEST, { id: original.id }, s.resident.token)).serviceRequest).toMatchObject({
        followerCount: 3,
        viewerIsFollowing: true,
      });
    });

    it('refuses itself, an invisible original, a closed request, an original that is a duplicate, a private original of someone else', async () => {
      const a = await reachStatus(S.SUBMITTED);
      expect(errorOf(await t.gql(DUPLICATE, { id: a.id, originalId: a.id }, s.agent.token))).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: ['originalId'],
      });
      const elsewhere = await reachStatus(S.SUBMITTED, s.other, s.formalityId);
      expect(errorOf(await t.gql(DUPLICATE, { id: a.id, originalId: elsewhere.id }, s.otherAgent.token)).code).toBe('FORBIDDEN');
      expect(
        errorOf(await t.gql(DUPLICATE, { id: a.id, originalId: '00000000-0000-4000-8000-000000000000' }, s.agent.token)).fields,
      ).toEqual(['originalId']);

      const closed = await reachStatus(S.CLOSED);
      expect(errorOf(await t.gql(DUPLICATE, { id: closed.id, originalId: a.id }, s.agent.token))).toMatchObject({
        code: 'CONFLICT',
        reason: 'NOT_OPEN',
      });
      const resolved = await reachStatus(S.RESOLVED);
      expect(errorOf(await t.gql(DUPLICATE, { id: resolved.id, originalId: a.id }, s.agent.token))).toMatchObject({
        code: 'CONFLICT',
        reason: 'NOT_OPEN',
      });

      const b = await reachStatus(S.SUBMITTED);
      await t.gqlOk(DUPLICATE, { id: b.id, originalId: a.id }, s.agent.token);
      const c = await reachStatus(S.SUBMITTED);
      expect(errorOf(await t.gql(DUPLICATE, { id: c.id, originalId: b.id }, s.agent.token))).toMatchObject({
        code: 'CONFLICT',
        reason: 'ORIGINAL_IS_DUPLICATE',
      });

      const mine = await reachStatus(S.SUBMITTED, s.resident, s.formalityId);
      const theirs = await reachStatus(S.SUBMITTED, s.other, s.formalityId);
      expect(errorOf(await t.gql(DUPLICATE, { id: mine.id, originalId: theirs.id }, s.agent.token))).toMatchObject({
        code: 'CONFLICT',
        reason: 'ORIGINAL_NOT_SHAREABLE',
      });
      const mineToo = await reachStatus(S.SUBMITTED, s.resident, s.formalityId);
      expect((await t.gqlOk(DUPLICATE, { id: mineToo.id, originalId: mine.id }, s.agent.token)).markServiceRequestDuplicate.status).toBe(
        'CLOSED',
      );
      expect(await statusOf(c.id)).toBe('SUBMITTED');
    });
    it('never merges a public report with a formality: followers stay, nobody is told, no reference leaks', async () => {
      // The same resident filed both, so only the kinds differ.
      const report = await reachStatus(S.SUBMITTED, s.resident);
      const formality = await reachStatus(S.SUBMITTED, s.resident, s.formalityId);
      const stranger = await t.factories.resident();
      await t.gqlOk(
        `mutation($id: ID!) { follow(targetType: SERVICE_REQUEST, targetId: $id) { followerCount viewerIsFollowing } }`,
        { id: report.id },
        stranger.token,
      );
      const followsBefore = await t.sql(`SELECT target_id, user_id FROM follows WHERE target_id = ANY($1) ORDER BY 1, 2`, [
        [report.id, formality.id],
      ]);

      for (const [id, originalId] of [
        [report.id, formality.id],
        [formality.id, report.id],
      ]) {
        expect(errorOf(await t.gql(DUPLICATE, { id, originalId }, s.agent.token))).toMatchObject({
          code: 'CONFLICT',
          reason: 'ORIGINAL_OTHER_KIND',
        });
      }
      expect(await statusOf(report.id)).toBe('SUBMITTED');
      expect(await statusOf(formality.id)).toBe('SUBMITTED');
      expect(
        await t.sql(`SELECT target_id, user_id FROM follows WHERE target_id = ANY($1) ORDER BY 1, 2`, [[report.id, formality.id]]),
      ).toEqual(followsBefore);
      expect(
        await t.sql(`SELECT id FROM notifications WHERE kind = 'SERVICE_REQUEST_MARKED_DUPLICATE'  AND target_id = ANY($1)`, [
          [report.id, formality.id],
        ]),
      ).toEqual([]);
      const timeline = (await t.gqlOk(GET_REQUEST, { id: report.id })).serviceRequest.events;
      expect(timeline.map((e: { kind: string }) => e.kind)).toEqual(['CREATED']);
    });
  });

  it('never names a private original on the public timeline, even for a merge made before kinds were kept apart', async () => {
    const report = await reachStatus(S.SUBMITTED, s.resident);
    const formality = await reachStatus(S.SUBMITTED, s.resident, s.formalityId);
    // What the old markDuplicate left behind.
    await t.sql(
      `INSERT INTO service_request_events (request_id, kind, from_status, to_status, author_id, payload)
       VALUES ($1, 'MARKED_DUPLICATE', 'SUBMITTED', 'CLOSED', $2, $3)`,
      [report.id, s.agent.id, { originalId: formality.id, originalReference: formality.reference }],
    );
    const duplicateEvent = async (token?: string) =>
      (await t.gqlOk(GET_REQUEST, { id: report.id }, token)).serviceRequest.events.find(
        (e: { kind: string }) => e.kind === 'MARKED_DUPLICATE',
      );
    expect(await duplicateEvent()).toMatchObject({ originalReference: null });
    expect(await duplicateEvent(s.other.token)).toMatchObject({ originalReference: null });
    expect(await duplicateEvent(s.resident.token)).toMatchObject({ originalReference: formality.reference });
    expect(await duplicateEvent(s.agent.token)).toMatchObject({ originalReference: formality.reference });
  });

  describe('notes', () => {
    it('adds internal notes and public updates for staff only', async () => {
      const r = await reachStatus(S.IN_PROGRESS);
      const note = (await t.gqlOk(ADD_NOTE, { id: r.id, body: 'Voir avec Enedis.', internal: true }, s.agent.token)).addServiceRequestNote;
      expect(note).toMatchObject({ kind: 'INTERNAL_NOTE', body: 'Voir avec Enedis.', author: { id: s.agent.id } });
      const update = (await t.gqlOk(ADD_NOTE, { id: r.id, body: 'Intervention jeudi.', internal: false }, s.admin.token))
        .addServiceRequestNote;
      expect(update.kind).toBe('PUBLIC_UPDATE');
      expect(errorOf(await t.gql(ADD_NOTE, { id: r.id, body: 'Je précise', internal: false }, s.resident.token))).toMatchObject({
        code: 'FORBIDDEN',
      });
      expect(errorOf(await t.gql(ADD_NOTE, { id: r.id, body: ' ', internal: true }, s.agent.token))).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: ['body'],
      });
    });
  });
});
