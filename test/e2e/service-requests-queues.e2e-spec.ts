import { Clock } from '../../src/common/clock';
import { file, fileFormality, LIST, makeService, move, setup, Setup } from '../harness/service-requests';
import { errorOf, TestApp } from '../harness/test-app';

const DAY = 86400_000;
const BASE = { lat: 47.5861, lng: 1.3359 };
const north = (m: number) => ({ lat: BASE.lat + m / 111320, lng: BASE.lng });
const east = (m: number) => ({ lat: BASE.lat, lng: BASE.lng + m / (111320 * Math.cos((BASE.lat * Math.PI) / 180)) });

type Node = { id: string; reference: string; status: string; distanceMeters: number | null; createdAt: string; isOverdue: boolean };

describe('service requests: queues, filters, near lookup, pagination', () => {
  let t: TestApp;
  let s: Setup;
  let clock: Clock;
  let otherServiceId: string;
  let otherDeptServiceId: string;
  const reports: Record<string, any>[] = [];
  let formality: Record<string, any>;
  let elsewhere: Record<string, any>;

  async function list(filter: Record<string, unknown> = {}, token?: string, extra: Record<string, unknown> = {}) {
    const res = await t.gql(LIST, { first: 100, filter, ...extra }, token);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!.serviceRequests as {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string };
      edges: { node: Node }[];
    };
  }
  const ids = (c: { edges: { node: Node }[] }) => c.edges.map((e) => e.node.id);

  beforeAll(async () => {
    t = await TestApp.start();
    s = await setup(t);
    clock = t.get<Clock>(Clock);
    otherServiceId = (await makeService(t, s.departmentId, { targetDays: 30 })).id;
    otherDeptServiceId = (await makeService(t, s.otherDepartmentId)).id;
    const districts = ['Centre-ville', 'Le Port', 'Saint-Jean'];
    for (let i = 0; i < 12; i++) {
      reports.push(
        await file(t, i % 2 ? s.resident : s.other, s.reportId, { location: north(1000 + i * 200), district: districts[i % 3] }),
      );
      clock.advance(1000);
    }
    formality = await fileFormality(t, s.resident, s.formalityId);
    elsewhere = await file(t, s.other, otherDeptServiceId, { location: north(5000) });
    await move(t, s.agent, reports[0].id, 'ACKNOWLEDGED', null);
    await move(t, s.agent, reports[1].id, 'IN_PROGRESS', null);
    await move(t, s.agent, reports[2].id, 'RESOLVED', 'Fait.');
    await move(t, s.agent, reports[3].id, 'REJECTED', 'Non.');
    await t.gqlOk(
      `mutation($id: ID!, $a: ID) { assignServiceRequest(id: $id, assigneeId: $a) { id } }`,
      { id: reports[4].id, a: s.agent.id },
      s.agent.token,
    );
    await t.gqlOk(
      `mutation($id: ID!) { setServiceRequestPriority(id: $id, priority: URGENT) { id } }`,
      { id: reports[5].id },
      s.agent.token,
    );
  });
  afterAll(() => t?.close());

  describe('who sees what', () => {
    it('shows the public all reports of every department, never formalities, oldest first', async () => {
      const c = await list();
      expect(ids(c)).toEqual([...reports.map((r) => r.id), elsewhere.id]);
      expect(c.totalCount).toBe(13);
    });

    it("gives an agent their departments' queue by default, formalities included", async () => {
      const c = await list({}, s.agent.token);
      expect(ids(c)).toEqual([...reports.map((r) => r.id), formality.id]);
      expect(ids(await list({}, s.otherAgent.token))).toEqual([elsewhere.id]);
    });

    it('gives an admin everything', async () => {
      expect((await list({}, s.admin.token)).totalCount).toBe(14);
    });

    it("shows another department's public requests only, when asked by department", async () => {
      expect(ids(await list({ departmentId: s.departmentId }, s.otherAgent.token))).toEqual(reports.map((r) => r.id));
      expect(ids(await list({ departmentId: s.departmentId }, s.agent.token))).toContain(formality.id);
    });

    it('refuses staff-only filters to residents and visitors', async () => {
      for (const filter of [{ assigneeId: s.agent.id }, { unassigned: true }, { priority: 'URGENT' }]) {
        for (const token of [s.resident.token, undefined]) {
          expect(errorOf(await t.gql(LIST, { filter }, token))).toMatchObject({ code: 'FORBIDDEN', reason: 'STAFF_ONLY_FILTER' });
        }
      }
    });

    it("applies an agent's staff filters to their own departments only", async () => {
      expect(ids(await list({ unassigned: true, departmentId: s.departmentId }, s.otherAgent.token))).toEqual([]);
    });
  });

  describe('filters', () => {
    it('by status (one or several) and open/finished', async () => {
      expect(ids(await list({ status: 'RESOLVED' }))).toEqual([reports[2].id]);
      expect(ids(await list({ status: ['ACKNOWLEDGED', 'IN_PROGRESS'] }))).toEqual([reports[0].id, reports[1].id]);
      expect(ids(await list({ open: false }))).toEqual([reports[2].id, reports[3].id]);
      expect((await list({ open: true })).totalCount).toBe(11);
      expect(ids(await list({ open: false, status: ['SUBMITTED'] }))).toEqual([]);
    });

    it('by service and by department', async () => {
      expect(ids(await list({ serviceId: otherDeptServiceId }))).toEqual([elsewhere.id]);
      expect(ids(await list({ serviceId: otherServiceId }))).toEqual([]);
      expect(ids(await list({ departmentId: s.otherDepartmentId }))).toEqual([elsewhere.id]);
    });

    it('by district', async () => {
      expect(ids(await list({ district: 'Le Port' }))).toEqual(reports.filter((_, i) => i % 3 === 1).map((r) => r.id));
      expect(errorOf(await t.gql(LIST, { filter: { district: 'Atlantide' } }))).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: ['filter.district'],
      });
    });

    it('by assignee, unassigned and priority (staff)', async () => {
      expect(ids(await list({ assigneeId: s.agent.id }, s.agent.token))).toEqual([reports[4].id]);
      expect((await list({ unassigned: true }, s.agent.token)).totalCount).toBe(12);
      expect(ids(await list({ unassigned: false }, s.admin.token))).toEqual([reports[4].id]);
      expect(ids(await list({ priority: 'URGENT' }, s.agent.token))).toEqual([reports[5].id]);
    });

    it('by overdue against the target time, which a pause holds back', async () => {
      expect((await list({ overdue: true })).totalCount).toBe(0);
      await move(t, s.agent, reports[6].id, 'WAITING_FOR_RESIDENT', 'Précisez.');
      clock.advance(11 * DAY); // target 10 days
      const overdue = await list({ overdue: true });
      const expected = reports.filter((_, i) => ![2, 3, 6].includes(i)).map((r) => r.id);
      expect(ids(overdue)).toEqual([...expected, elsewhere.id]);
      expect(overdue.edges.every((e) => e.node.isOverdue)).toBe(true);
      expect(ids(await list({ overdue: false }))).toEqual([reports[2].id, reports[3].id, reports[6].id]);
    });

    it('refuses malformed ids', async () => {
      expect(errorOf(await t.gql(LIST, { filter: { serviceId: 'x' } }))).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: ['filter.serviceId'],
      });
    });
  });

  describe('near-duplicate lookup', () => {
    let near: Record<string, any>[];
    let closedNear: Record<string, any>;
    let otherServiceNear: Record<string, any>;
    beforeAll(async () => {
      near = [
        await file(t, s.other, s.reportId, { location: north(90) }),
        await file(t, s.other, s.reportId, { location: east(30) }),
        await file(t, s.other, s.reportId, { location: north(-60) }),
        await file(t, s.other, s.reportId, { location: east(-150) }),
      ];
      closedNear = await file(t, s.other, s.reportId, { location: north(10) });
      await move(t, s.agent, closedNear.id, 'RESOLVED', 'Fait.');
      otherServiceNear = await file(t, s.other, otherServiceId, { location: north(5) });
      await file(t, s.other, s.reportId, { location: undefined, address: 'Sans point' });
    });

    it('offers the open requests of the same service within 100 m, nearest first, with their distance', async () => {
      const c = await list({ serviceId: s.reportId, open: true, near: { ...BASE, radiusMeters: 100 } }, s.resident.token);
      expect(ids(c)).toEqual([near[1].id, near[2].id, near[0].id]);
      const d = c.edges.map((e) => e.node.distanceMeters!);
      expect(d[0]).toBeCloseTo(30, 0);
      expect(d[1]).toBeCloseTo(60, 0);
      expect(d[2]).toBeCloseTo(90, 0);
      expect(c.totalCount).toBe(3);
    });

    it('defaults to 100 m, widens with the radius, and includes other statuses and services when not filtered', async () => {
      expect(ids(await list({ serviceId: s.reportId, open: true, near: BASE }))).toEqual([near[1].id, near[2].id, near[0].id]);
      expect(ids(await list({ serviceId: s.reportId, open: true, near: { ...BASE, radiusMeters: 200 } }))).toEqual([
        near[1].id,
        near[2].id,
        near[0].id,
        near[3].id,
      ]);
      expect(ids(await list({ near: { ...BASE, radiusMeters: 20 } }))).toEqual([otherServiceNear.id, closedNear.id]);
    });

    it('pages through by distance', async () => {
      const first = (await t.gqlOk(LIST, { first: 2, filter: { serviceId: s.reportId, near: { ...BASE, radiusMeters: 200 } } }))
        .serviceRequests;
      expect(first.pageInfo.hasNextPage).toBe(true);
      const second = (
        await t.gqlOk(LIST, {
          first: 2,
          after: first.pageInfo.endCursor,
          filter: { serviceId: s.reportId, near: { ...BASE, radiusMeters: 200 } },
        })
      ).serviceRequests;
      expect([...first.edges, ...second.edges].map((e: { node: Node }) => e.node.id)).toEqual([
        closedNear.id,
        near[1].id,
        near[2].id,
        near[0].id,
      ]);
      const third = (
        await t.gqlOk(LIST, {
          first: 2,
          after: second.pageInfo.endCursor,
          filter: { serviceId: s.reportId, near: { ...BASE, radiusMeters: 200 } },
        })
      ).serviceRequests;
      expect(third.edges.map((e: { node: Node }) => e.node.id)).toEqual([near[3].id]);
      expect(third.pageInfo.hasNextPage).toBe(false);
    });

    it('validates the point and the radius', async () => {
      for (const [near, path] of [
        [{ lat: 91, lng: 0 }, 'filter.near.lat'],
        [{ lat: 0, lng: 181 }, 'filter.near.lng'],
        [{ ...BASE, radiusMeters: 0 }, 'filter.near.radiusMeters'],
        [{ ...BASE, radiusMeters: 5001 }, 'filter.near.radiusMeters'],
      ] as const) {
        expect(errorOf(await t.gql(LIST, { filter: { near } }))).toMatchObject({ code: 'BAD_USER_INPUT', fields: [path] });
      }
    });

    it('does not show private formalities nearby to the public', async () => {
      const f = await fileFormality(t, s.other, s.formalityId, { location: north(1) });
      expect(ids(await list({ near: { ...BASE, radiusMeters: 20 } }))).not.toContain(f.id);
      expect(ids(await list({ near: { ...BASE, radiusMeters: 20 } }, s.agent.token))).toContain(f.id);
    });
  });

  describe('pagination and order', () => {
    it('pages oldest first with keyset cursors, no row twice or missed', async () => {
      const all = ids(await list({ departmentId: s.departmentId }, s.agent.token));
      const seen: string[] = [];
      let after: string | undefined;
      for (;;) {
        const page = (await t.gqlOk(LIST, { first: 5, after, filter: { departmentId: s.departmentId } }, s.agent.token)).serviceRequests;
        expect(page.totalCount).toBe(all.length);
        seen.push(...page.edges.map((e: { node: Node }) => e.node.id));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(seen).toEqual(all);
      const created = (await list({ departmentId: s.departmentId }, s.agent.token)).edges.map((e) => e.node.createdAt);
      expect([...created].sort()).toEqual(created);
    });

    it('sorts newest first or by expected date on demand', async () => {
      const asc = ids(await list());
      expect(ids(await list({}, undefined, { orderBy: { field: 'CREATED_AT', direction: 'DESC' } }))).toEqual([...asc].reverse());
      const byDue = await list({ departmentId: s.departmentId }, s.agent.token, { orderBy: { field: 'EXPECTED_AT', direction: 'ASC' } });
      expect(byDue.edges[0].node.id).toBe(formality.id); // 5-day target, due first
      const page1 = (await t.gqlOk(LIST, { first: 3, orderBy: { field: 'EXPECTED_AT', direction: 'DESC' } })).serviceRequests;
      const page2 = (
        await t.gqlOk(LIST, { first: 3, after: page1.pageInfo.endCursor, orderBy: { field: 'EXPECTED_AT', direction: 'DESC' } })
      ).serviceRequests;
      const full = ids(await list({}, undefined, { orderBy: { field: 'EXPECTED_AT', direction: 'DESC' } }));
      expect([...page1.edges, ...page2.edges].map((e: { node: Node }) => e.node.id)).toEqual(full.slice(0, 6));
    });

    it('refuses pages over 100 and cursors it did not give', async () => {
      expect(errorOf(await t.gql(LIST, { first: 101 }))).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['first'] });
      expect(errorOf(await t.gql(LIST, { first: 0 }))).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['first'] });
      for (const after of [
        'garbage',
        Buffer.from(JSON.stringify(['x', 'not-a-uuid'])).toString('base64url'),
        Buffer.from(JSON.stringify(['not a date', '00000000-0000-4000-8000-000000000000'])).toString('base64url'),
      ]) {
        expect(errorOf(await t.gql(LIST, { after }))).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['after'] });
      }
    });

    it("lists a resident's own requests, newest first, formalities included", async () => {
      const MINE = `query($first: Int, $after: String) { myServiceRequests(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id requester { id } } } } }`;
      const [{ n }] = await t.sql(`SELECT count(*)::int AS n FROM service_requests WHERE requester_id = $1`, [s.resident.id]);
      const first = (await t.gqlOk(MINE, { first: 4 }, s.resident.token)).myServiceRequests;
      expect(first.totalCount).toBe(n);
      expect(first.edges[0].node.id).toBe(formality.id);
      expect(first.edges.every((e: { node: { requester: { id: string } } }) => e.node.requester.id === s.resident.id)).toBe(true);
      const rest = (await t.gqlOk(MINE, { first: 100, after: first.pageInfo.endCursor }, s.resident.token)).myServiceRequests;
      expect(first.edges.length + rest.edges.length).toBe(n);
      expect(errorOf(await t.gql(MINE, {})).code).toBe('UNAUTHENTICATED');
    });
  });

  it('answers a page of requests with everything in a fixed number of queries (no N+1)', async () => {
    const FULL = `query($first: Int) { serviceRequests(first: $first) { totalCount edges { node {
      id reference service { code department { code } } department { code } requester { displayName } assignee { displayName }
      events { kind author { displayName } } followerCount viewerIsFollowing duplicateOf { id } fieldValues { code label value }
      images { id url(variant: THUMB) } } } } }`;
    await t.gqlOk(
      `mutation($id: ID!, $o: ID!) { markServiceRequestDuplicate(id: $id, originalId: $o) { id } }`,
      { id: reports[7].id, o: reports[8].id },
      s.agent.token,
    );
    const small = await t.queryCounter.measure(() => t.gqlOk(FULL, { first: 8 }, s.admin.token));
    const large = await t.queryCounter.measure(() => t.gqlOk(FULL, { first: 30 }, s.admin.token));
    expect(large.result.serviceRequests.edges.length).toBeGreaterThanOrEqual(14);
    expect(large.count).toBe(small.count);
    expect(large.count).toBeLessThanOrEqual(13);
  });
});
