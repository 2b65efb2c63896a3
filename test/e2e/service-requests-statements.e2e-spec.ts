import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ServiceFieldKind, ServiceKind } from '../../src/service-requests/service-request.enums';
import type { TestUser } from '../harness/factories';
import { smallImage, upload } from '../harness/media';
import { ADD_NOTE, CREATE_REQUEST, file, makeService, move, setup, Setup } from '../harness/service-requests';
import { CapturedStatement, errorOf, TestApp } from '../harness/test-app';

/** The request page's query as the web client sends it (client/src/features/service-requests/graphql). */
const IMAGE = `id width height placeholder hidden hiddenReason thumb: url(variant: THUMB) large: url(variant: LARGE)`;
const EVENT = `id kind fromStatus toStatus body byRequester createdAt rating originalReference priority
  author { id displayName } assignee { id displayName } images { ${IMAGE} }`;
const DETAIL = `id reference status description address district resolution rating ratingComment priority location { lat lng }
  images { ${IMAGE} } fieldValues { code label kind value optionLabel } requester { id displayName } assignee { id displayName }
  service { id name kind publicRequests } department { id name } events { ${EVENT} }
  followerCount viewerIsFollowing viewerIsRequester viewerCanManage expectedAt isOverdue duplicateOf { id reference }
  createdAt resolvedAt closedAt`;
const REQUEST_PAGE = `query($id: ID!) { serviceRequest(id: $id) { ${DETAIL} } }`;
const BY_REFERENCE_PAGE = `query($reference: String!) { serviceRequestByReference(reference: $reference) { ${DETAIL} } }`;

/** The agents' queue as the web client asks for it: its default filter (open requests), oldest first, with totalCount. */
const QUEUE = `query($first: Int!, $after: String, $filter: ServiceRequestFilter) {
  serviceRequests(first: $first, after: $after, filter: $filter) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id reference status address district createdAt expectedAt isOverdue priority
      service { id name } assignee { id displayName } } } } }`;
const PUBLIC_LIST = `query($first: Int!, $filter: ServiceRequestFilter, $orderBy: ServiceRequestOrder) {
  serviceRequests(first: $first, filter: $filter, orderBy: $orderBy) { totalCount edges { node { id reference status district service { id name } } } } }`;

const ASSIGN = `mutation($id: ID!, $a: ID) { assignServiceRequest(id: $id, assigneeId: $a) { id } }`;
const REPLY = `mutation($id: ID!, $body: String!, $imageIds: [ID!]) { replyToServiceRequest(id: $id, body: $body, imageIds: $imageIds) { id } }`;

/**
 * What the busiest paths of service requests cost in SQL statements, whatever the size of what they
 * show (the request page, the agents' queue), and that the queue's SQL is one its partial index serves.
 * The counts include the viewer's own check (one statement for a signed-in viewer).
 */
describe('service requests: statements per page', () => {
  let t: TestApp;
  let s: Setup;
  let mediaDir: string;

  beforeAll(async () => {
    mediaDir = mkdtempSync(join(tmpdir(), 'parvis-request-statements-'));
    t = await TestApp.start({ MEDIA_DIR: mediaDir });
    s = await setup(t);
  });
  afterAll(async () => {
    await t?.close();
    rmSync(mediaDir, { recursive: true, force: true });
  });

  const photo = async (who: TestUser, seed: number) =>
    (await upload(t, await smallImage('jpeg', 60 + seed, 40), { token: who.token }).expect(201)).body.id as string;

  /** A public report with photos, a long timeline by several authors, an assignee and a reply with a photo. */
  async function busyRequest(notes: number) {
    const request = await file(t, s.resident, s.reportId, { imageIds: [await photo(s.resident, notes)] });
    await t.gqlOk(ASSIGN, { id: request.id, a: s.agent.id }, s.agent.token);
    await move(t, s.agent, request.id, 'ACKNOWLEDGED', null);
    for (let i = 0; i < notes; i++) {
      await t.gqlOk(ADD_NOTE, { id: request.id, body: `Note ${i}`, internal: i % 2 === 0 }, i % 3 ? s.agent.token : s.admin.token);
    }
    await move(t, s.agent, request.id, 'WAITING_FOR_RESIDENT', 'Une photo de plus ?');
    await t.gqlOk(REPLY, { id: request.id, body: 'La voici.', imageIds: [await photo(s.resident, notes + 1)] }, s.resident.token);
    return request;
  }

  it('shows a request page in at most 5 statements, whatever its timeline, for staff, requester and visitor', async () => {
    const short = await busyRequest(1);
    const long = await busyRequest(12);
    for (const who of [s.agent, s.resident, undefined]) {
      const counts: number[] = [];
      for (const request of [short, long]) {
        const { count, result } = await t.queryCounter.measure(() => t.gqlOk(REQUEST_PAGE, { id: request.id }, who?.token));
        counts.push(count);
        expect(result.serviceRequest.id).toBe(request.id);
      }
      expect(counts[0]).toBeLessThanOrEqual(5);
      expect(counts[1]).toBe(counts[0]);
    }
    const byReference = await t.queryCounter.measure(() => t.gqlOk(BY_REFERENCE_PAGE, { reference: long.reference }, s.agent.token));
    expect(byReference.count).toBeLessThanOrEqual(5);
  });

  it('gives each viewer on the one-statement page what the loaders gave: timeline, authors, photos', async () => {
    const request = await busyRequest(3);
    const page = (who?: TestUser) => t.gqlOk(REQUEST_PAGE, { id: request.id }, who?.token).then((d) => d.serviceRequest);
    const staff = await page(s.agent);
    const requester = await page(s.resident);
    const visitor = await page();
    const kinds = (p: any) => p.events.map((e: any) => e.kind);
    expect(kinds(staff)).toEqual([
      'CREATED',
      'ASSIGNED',
      'STATUS_CHANGED',
      'INTERNAL_NOTE',
      'PUBLIC_UPDATE',
      'INTERNAL_NOTE',
      'STATUS_CHANGED',
      'RESIDENT_REPLY',
    ]);
    expect(kinds(requester)).toEqual(kinds(staff).filter((k: string) => k !== 'INTERNAL_NOTE'));
    expect(kinds(visitor)).toEqual(kinds(staff).filter((k: string) => k !== 'INTERNAL_NOTE' && k !== 'RESIDENT_REPLY'));
    // Authors to staff only; the reply's words and photo to the requester and staff only.
    expect(staff.events.find((e: any) => e.kind === 'ASSIGNED').author.id).toBe(s.agent.id);
    expect(requester.events.every((e: any) => e.author === null)).toBe(true);
    const reply = (p: any) => p.events.find((e: any) => e.kind === 'RESIDENT_REPLY');
    expect(reply(staff).body).toBe('La voici.');
    expect(reply(staff).images).toHaveLength(1);
    expect(reply(requester).images).toHaveLength(1);
    expect(staff.images).toHaveLength(2);
    expect(visitor.images).toHaveLength(1);
    expect(staff.requester.id).toBe(s.resident.id);
    expect(visitor.requester).toBeNull();
    expect(staff.assignee.id).toBe(s.agent.id);
    expect(staff.department.id).toBe(s.departmentId);
    expect(staff.service.id).toBe(s.reportId);
    const [followers] = await t.sql(`SELECT count(*)::int AS n FROM follows WHERE target_id = $1`, [request.id]);
    const [agentFollows] = await t.sql(`SELECT count(*)::int AS n FROM follows WHERE target_id = $1 AND user_id = $2`, [
      request.id,
      s.agent.id,
    ]);
    expect(requester).toMatchObject({
      followerCount: followers.n,
      viewerIsFollowing: true,
      viewerIsRequester: true,
      viewerCanManage: false,
    });
    expect(visitor).toMatchObject({ followerCount: followers.n, viewerIsFollowing: false, viewerCanManage: false });
    expect(staff).toMatchObject({ followerCount: followers.n, viewerIsFollowing: agentFollows.n === 1, viewerCanManage: true });
  });

  it('answers null for a malformed, missing or private request, reading nothing for a malformed id', async () => {
    const malformed = await t.queryCounter.measure(() => t.gqlOk(REQUEST_PAGE, { id: 'nope' }));
    expect(malformed.result.serviceRequest).toBeNull();
    expect(malformed.count).toBe(0);
    expect((await t.gqlOk(REQUEST_PAGE, { id: '00000000-0000-4000-8000-000000000000' })).serviceRequest).toBeNull();
    expect((await t.gqlOk(BY_REFERENCE_PAGE, { reference: 'PAR-1999-000001' })).serviceRequestByReference).toBeNull();
    const formality = await file(t, s.resident, s.formalityId, {
      location: undefined,
      fieldValues: [{ code: 'full_name', value: 'Marie Dupont' }],
    });
    expect((await t.gqlOk(REQUEST_PAGE, { id: formality.id }, s.other.token)).serviceRequest).toBeNull();
    expect((await t.gqlOk(BY_REFERENCE_PAGE, { reference: formality.reference })).serviceRequestByReference).toBeNull();
    const own = (await t.gqlOk(REQUEST_PAGE, { id: formality.id }, s.resident.token)).serviceRequest;
    expect(own.fieldValues).toEqual([expect.objectContaining({ code: 'full_name', value: 'Marie Dupont' })]);
  });

  describe('the agents queue', () => {
    beforeAll(async () => {
      for (let i = 0; i < 25; i++) await file(t, i % 2 ? s.resident : s.other, s.reportId, { district: i % 2 ? 'Le Port' : 'Saint-Jean' });
      await t.sql('ANALYZE service_requests');
    });

    /** The plan PostgreSQL takes for a statement the server ran, with scans of the whole table ruled out. */
    async function planOf(statement: CapturedStatement): Promise<string> {
      await t.sql('BEGIN');
      try {
        await t.sql('SET LOCAL enable_seqscan = off');
        await t.sql('SET LOCAL enable_bitmapscan = off');
        const rows = await t.sql<{ 'QUERY PLAN': string }>(`EXPLAIN ${statement.sql}`, statement.parameters);
        return rows.map((r) => r['QUERY PLAN']).join('\n');
      } finally {
        await t.sql('ROLLBACK');
      }
    }

    it('shows the first page with its total in at most 5 statements, whatever the page size', async () => {
      const small = await t.queryCounter.measure(() => t.gqlOk(QUEUE, { first: 2, filter: { open: true } }, s.agent.token));
      const large = await t.queryCounter.measure(() => t.gqlOk(QUEUE, { first: 30, filter: { open: true } }, s.agent.token));
      expect(small.count).toBeLessThanOrEqual(5);
      expect(large.count).toBe(small.count);
      const open = await t.sql(
        `SELECT count(*)::int AS n FROM service_requests WHERE department_id = $1 AND status IN ('SUBMITTED', 'ACKNOWLEDGED', 'IN_PROGRESS', 'WAITING_FOR_RESIDENT')`,
        [s.departmentId],
      );
      expect(large.result.serviceRequests.totalCount).toBe(open[0].n);
      expect(large.result.serviceRequests.edges.length).toBe(Math.min(30, open[0].n));
    });

    it('reads the page and its count from the partial index of open requests by department', async () => {
      const { statements } = await t.queryCounter.measure(() => t.gqlOk(QUEUE, { first: 20, filter: { open: true } }, s.agent.token));
      const page = statements.find((q) => /FROM service_requests r WHERE/.test(q.sql) && /ORDER BY/.test(q.sql));
      const count = statements.find((q) => /count\(\*\)/.test(q.sql) && /FROM service_requests r/.test(q.sql));
      expect(await planOf(page!)).toMatch(/Index Scan using ix_service_requests_open_department_id_created_at/);
      expect(await planOf(count!)).toMatch(/Index Only Scan using ix_service_requests_open_department_id_created_at/);
    });

    it('reads a visitor list by district from the partial index of public requests', async () => {
      const all = await t.queryCounter.measure(() => t.gqlOk(PUBLIC_LIST, { first: 20, filter: { district: 'Le Port' } }));
      const open = await t.queryCounter.measure(() => t.gqlOk(PUBLIC_LIST, { first: 20, filter: { district: 'Le Port', open: true } }));
      const pageOf = (st: CapturedStatement[]) => st.find((q) => /FROM service_requests r WHERE/.test(q.sql) && /ORDER BY/.test(q.sql))!;
      expect(await planOf(pageOf(all.statements))).toMatch(/ix_service_requests_public_district_created_at/);
      expect(await planOf(pageOf(open.statements))).toMatch(/ix_service_requests_open_public_district_created_at/);
      expect(all.result.serviceRequests.edges.every((e: any) => e.node.district === 'Le Port')).toBe(true);
      const [n] = await t.sql(`SELECT count(*)::int AS n FROM service_requests WHERE is_public AND district = 'Le Port'`);
      expect(all.result.serviceRequests.totalCount).toBe(n.n);
    });

    it('counts the home page’s resolved requests from their partial index, in the commune and in a district', async () => {
      const resolved = await file(t, s.other, s.reportId, { district: 'Le Port' });
      for (const to of ['ACKNOWLEDGED', 'IN_PROGRESS', 'RESOLVED']) await move(t, s.agent, resolved.id, to);
      const home = { first: 3, orderBy: { field: 'RESOLVED_AT', direction: 'DESC' } };
      for (const filter of [{}, { district: 'Le Port' }]) {
        const { result, statements } = await t.queryCounter.measure(() => t.gqlOk(PUBLIC_LIST, { ...home, filter }));
        const count = statements.find((q) => /count\(\*\)/.test(q.sql) && /FROM service_requests r/.test(q.sql));
        expect(await planOf(count!)).toMatch(/Index Only Scan using ix_service_requests_public_resolved_district/);
        const [n] = await t.sql(
          `SELECT count(*)::int AS n FROM service_requests WHERE is_public AND resolved_at IS NOT NULL AND ($1::text IS NULL OR district = $1)`,
          [(filter as { district?: string }).district ?? null],
        );
        expect(n.n).toBeGreaterThan(0);
        expect(result.serviceRequests.totalCount).toBe(n.n);
        expect(result.serviceRequests.edges[0].node.id).toBe(resolved.id);
      }
    });

    it("still shows an agent only the public requests of a department they don't work for", async () => {
      const report = await makeService(t, s.otherDepartmentId);
      const formality = await makeService(t, s.otherDepartmentId, {
        kind: ServiceKind.FORMALITY,
        fields: [{ code: 'full_name', label: 'Nom', kind: ServiceFieldKind.TEXT, required: true }],
      });
      const elsewhere = await file(t, s.other, report.id);
      await file(t, s.other, formality.id, { location: undefined, fieldValues: [{ code: 'full_name', value: 'Jean Martin' }] });
      const list = await t.gqlOk(QUEUE, { first: 100, filter: { departmentId: s.otherDepartmentId } }, s.agent.token);
      const ids = list.serviceRequests.edges.map((e: any) => e.node.id);
      const rows = await t.sql(`SELECT id FROM service_requests WHERE department_id = $1 AND is_public ORDER BY created_at, id`, [
        s.otherDepartmentId,
      ]);
      expect(ids).toEqual(rows.map((r) => r.id));
      expect(ids).toContain(elsewhere.id);
    });
  });

  it('files in one statement after the photos and the follow, and a refused filing takes no number', async () => {
    const year = new Date().getFullYear();
    const counter = async () =>
      (await t.sql(`SELECT last_value FROM service_request_counters WHERE year = $1`, [year]))[0]?.last_value ?? 0;
    const before = await counter();
    const refused = await t.gql(
      CREATE_REQUEST,
      {
        input: {
          serviceId: s.reportId,
          description: 'Avec la photo d’un autre.',
          address: '1 rue du Port',
          imageIds: [await photo(s.other, 99)],
        },
      },
      s.resident.token,
    );
    expect(errorOf(refused)).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['input.imageIds'] });
    expect(await counter()).toBe(before);
    const image = await photo(s.resident, 98);
    const { result, statements } = await t.queryCounter.measure(() =>
      t.gqlOk(
        CREATE_REQUEST,
        { input: { serviceId: s.reportId, description: 'Éteint.', address: '2 rue du Port', imageIds: [image] } },
        s.resident.token,
      ),
    );
    const filed = result.createServiceRequest;
    expect(filed.reference).toBe(`PAR-${year}-${String(before + 1).padStart(6, '0')}`);
    // The counter is taken by the last write of the transaction.
    const writes = statements.filter((q) => /^\s*(INSERT|UPDATE|WITH)/i.test(q.sql));
    expect(writes[writes.length - 1].sql).toMatch(/service_request_counters/);
    expect(statements.filter((q) => /service_request_counters/.test(q.sql))).toHaveLength(1);
    const [photoRow] = await t.sql(`SELECT attached_type, attached_id FROM images WHERE id = $1`, [image]);
    expect(photoRow).toEqual({ attached_type: 'SERVICE_REQUEST', attached_id: filed.id });
    expect(filed.events.map((e: any) => e.kind)).toEqual(['CREATED']);
    expect(filed).toMatchObject({ followerCount: 1, viewerIsFollowing: true, status: 'SUBMITTED' });
  });
});
