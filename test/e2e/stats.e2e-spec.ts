import { Role } from '../../src/auth/role';
import { file, makeService, setup, Setup } from '../harness/service-requests';
import { errorOf, TestApp } from '../harness/test-app';

const DELAYS = 'count resolved open medianHoursToAcknowledge medianHoursToResolve shareResolvedWithinTarget';
const STATS = `query($from: DateTime, $to: DateTime, $district: String) { stats(from: $from, to: $to, district: $district) {
  generatedAt from to district ${DELAYS}
  requestsByStatus { key count } requestsByDistrict { key count }
  requestsByService { code name kind targetDays departmentCode ${DELAYS} }
  requestsByDepartment { code name openFormalities ${DELAYS} oldestOpen { reference serviceCode serviceName status submittedAt ageDays } }
  requestsByMonth { month ${DELAYS} }
  proposalsByStatus { key count } proposals { published accepted completed averageProgress }
  consultationCount consultationParticipation { id title opensAt closesAt responses eligibleResidents shareOfEligible conclusionPublished } } }`;

// January to March 2026, in Paris time (winter: UTC+1; April 1st: UTC+2).
const FROM = '2026-01-01T00:00:00+01:00';
const TO = '2026-04-01T00:00:00+02:00';
const H = 3_600_000;

const byKey = <T extends { key: string | null; count: number }>(rows: T[]) => Object.fromEntries(rows.map((r) => [String(r.key), r.count]));

describe('stats (public dashboard)', () => {
  let t: TestApp;
  let s: Setup;
  let otherService: { id: string; code: string };
  let reportCode: string;
  let formalityCode: string;
  let departmentCode: string;
  const refs: Record<string, string> = {};

  /** A request written in SQL with controlled timestamps (the API files “now” only). */
  async function request(
    n: number,
    serviceId: string,
    o: { at: string; district: string | null; status: string; ackH?: number; resH?: number },
  ) {
    const [svc] = await t.sql(`SELECT department_id, kind FROM services WHERE id = $1`, [serviceId]);
    const at = new Date(o.at);
    const reference = `STAT-${n}-${Date.now().toString(36)}`.slice(0, 24);
    refs[n] = reference;
    await t.sql(
      `INSERT INTO service_requests (reference, service_id, department_id, is_public, status, description, district,
         expected_at, created_at, updated_at, acknowledged_at, resolved_at, fields_version)
       VALUES ($1, $2, $3, $4, $5, 'Texte privé du demandeur', $6, $7, $7, $7, $8, $9,
               (SELECT max(version) FROM service_field_versions WHERE service_id = $2))`,
      [
        reference,
        serviceId,
        svc.department_id,
        svc.kind === 'REPORT',
        o.status,
        o.district,
        at,
        o.ackH === undefined ? null : new Date(at.getTime() + o.ackH * H),
        o.resH === undefined ? null : new Date(at.getTime() + o.resH * H),
      ],
    );
  }

  const stats = (variables: Record<string, unknown> = {}) => t.gqlOk(STATS, variables).then((d) => d.stats);

  beforeAll(async () => {
    t = await TestApp.start();
    s = await setup(t);
    otherService = await makeService(t, s.otherDepartmentId, { targetDays: 2, name: 'Nid-de-poule' });
    [{ code: reportCode }] = await t.sql(`SELECT code FROM services WHERE id = $1`, [s.reportId]);
    [{ code: formalityCode }] = await t.sql(`SELECT code FROM services WHERE id = $1`, [s.formalityId]);
    [{ code: departmentCode }] = await t.sql(`SELECT code FROM departments WHERE id = $1`, [s.departmentId]);
    await request(1, s.reportId, { at: '2026-01-10T08:00:00Z', district: 'Centre-ville', status: 'RESOLVED', ackH: 2, resH: 48 });
    // 23:30 UTC on January 31st is February 1st in Paris: counted in February.
    await request(2, s.reportId, { at: '2026-01-31T23:30:00Z', district: 'Le Port', status: 'CLOSED', ackH: 4, resH: 288 });
    await request(3, s.reportId, { at: '2026-02-15T10:00:00Z', district: 'Centre-ville', status: 'IN_PROGRESS', ackH: 6 });
    await request(4, s.formalityId, { at: '2026-02-20T10:00:00Z', district: 'Centre-ville', status: 'RESOLVED', ackH: 1, resH: 24 });
    await request(5, s.formalityId, { at: '2026-03-01T10:00:00Z', district: null, status: 'SUBMITTED' });
    await request(6, otherService.id, { at: '2026-03-05T10:00:00Z', district: 'Le Port', status: 'RESOLVED', ackH: 10, resH: 72 });
    await request(7, s.reportId, { at: '2025-12-20T10:00:00Z', district: 'Centre-ville', status: 'CLOSED', ackH: 100, resH: 500 });
    await request(8, s.reportId, { at: '2026-03-31T22:30:00Z', district: 'Centre-ville', status: 'SUBMITTED' });

    const author = s.resident.id;
    const proposal = (status: string, publishedAt: string | null, district: string, answer: string | null, progress: number) =>
      t.sql(
        `INSERT INTO proposals (author_id, title, body, status, district, answer_status, answer_body, answered_at, answer_author_id, progress, published_at)
         VALUES ($1, 'Une idée', 'Le détail.', $2, $3, $4::varchar, CASE WHEN $4::varchar IS NULL THEN NULL ELSE 'Réponse.' END,
                 CASE WHEN $4::varchar IS NULL THEN NULL ELSE now() END, CASE WHEN $4::varchar IS NULL THEN NULL ELSE $1::uuid END, $5, $6)`,
        [author, status, district, answer, progress, publishedAt],
      );
    await proposal('PUBLISHED', '2026-01-05T10:00:00Z', 'Centre-ville', null, 0);
    await proposal('ACCEPTED', '2026-02-01T10:00:00Z', 'Le Port', 'ACCEPTED', 0);
    await proposal('COMPLETED', '2026-03-01T10:00:00Z', 'Centre-ville', 'ACCEPTED', 100);
    await proposal('IN_PROGRESS', '2026-02-10T10:00:00Z', 'Centre-ville', 'ACCEPTED', 50);
    await proposal('DRAFT', null, 'Centre-ville', null, 0);
    await proposal('REJECTED', '2025-11-01T10:00:00Z', 'Centre-ville', 'REJECTED', 0);

    for (const district of ['Le Port', 'Le Port', 'Centre-ville']) await t.factories.user({ roles: [Role.RESIDENT], district });
    const consultation = (title: string, opensAt: string, districts: string[], responses: number, concluded: boolean) =>
      t.sql(
        `INSERT INTO consultations (title, description, opens_at, closes_at, results_visibility, districts, created_by_id, response_count,
           conclusion_body, conclusion_published_at, conclusion_author_id)
         VALUES ($1, 'Votre avis.', $2, $2::timestamptz + interval '20 days', 'LIVE', $3, $4, $5,
                 CASE WHEN $6 THEN 'Conclusion.' END, CASE WHEN $6 THEN now() END, CASE WHEN $6 THEN $4::uuid END)`,
        [title, opensAt, districts, s.admin.id, responses, concluded],
      );
    await consultation('Place du marché', '2026-02-01T10:00:00Z', [], 3, true);
    await consultation('Quais du port', '2026-03-01T10:00:00Z', ['Le Port'], 1, false);
    await consultation('Ancienne', '2025-06-01T10:00:00Z', [], 9, true);
  });

  afterAll(() => t.close());

  it('gives exact figures over a period: counts, medians, shares, by status, district, service, department and Paris month', async () => {
    const st = await stats({ from: FROM, to: TO });
    // Requests 1 to 6: acknowledged after 2, 4, 6, 1, 10 h; resolved after 48, 288, 24, 72 h; 1 and 4 within target.
    expect(st).toMatchObject({
      count: 6,
      resolved: 4,
      open: 2,
      medianHoursToAcknowledge: 4,
      medianHoursToResolve: 60,
      shareResolvedWithinTarget: 0.5,
    });
    expect(new Date(st.from).toISOString()).toBe('2025-12-31T23:00:00.000Z');
    expect(byKey(st.requestsByStatus)).toEqual({ RESOLVED: 3, CLOSED: 1, IN_PROGRESS: 1, SUBMITTED: 1 });
    expect(byKey(st.requestsByDistrict)).toEqual({ 'Centre-ville': 3, 'Le Port': 2, null: 1 });
    expect(st.requestsByMonth).toEqual([
      {
        month: '2026-01',
        count: 1,
        resolved: 1,
        open: 0,
        medianHoursToAcknowledge: 2,
        medianHoursToResolve: 48,
        shareResolvedWithinTarget: 1,
      },
      {
        month: '2026-02',
        count: 3,
        resolved: 2,
        open: 1,
        medianHoursToAcknowledge: 4,
        medianHoursToResolve: 156,
        shareResolvedWithinTarget: 0.5,
      },
      {
        month: '2026-03',
        count: 2,
        resolved: 1,
        open: 1,
        medianHoursToAcknowledge: 10,
        medianHoursToResolve: 72,
        shareResolvedWithinTarget: 0,
      },
    ]);
    const service = Object.fromEntries(st.requestsByService.map((x: any) => [x.code, x]));
    expect(service[reportCode]).toMatchObject({
      kind: 'REPORT',
      targetDays: 10,
      departmentCode,
      count: 3,
      medianHoursToAcknowledge: 4,
      medianHoursToResolve: 168,
      shareResolvedWithinTarget: 0.5,
    });
    expect(service[formalityCode]).toMatchObject({
      kind: 'FORMALITY',
      count: 2,
      open: 1,
      medianHoursToAcknowledge: 1,
      medianHoursToResolve: 24,
      shareResolvedWithinTarget: 1,
    });
    expect(service[otherService.code]).toMatchObject({ count: 1, medianHoursToResolve: 72, shareResolvedWithinTarget: 0 });
    const department = Object.fromEntries(st.requestsByDepartment.map((x: any) => [x.code, x]));
    expect(department[departmentCode]).toMatchObject({
      count: 5,
      open: 2,
      openFormalities: 1,
      medianHoursToAcknowledge: 3,
      medianHoursToResolve: 48,
    });
    expect(department[departmentCode].shareResolvedWithinTarget).toBeCloseTo(2 / 3, 10);
    // The oldest open requests: the report only; the open formality is counted above, never listed.
    expect(department[departmentCode].oldestOpen).toHaveLength(1);
    const [old] = department[departmentCode].oldestOpen;
    expect(old).toMatchObject({
      reference: refs[3],
      serviceCode: reportCode,
      status: 'IN_PROGRESS',
      submittedAt: '2026-02-15T10:00:00.000Z',
    });
    expect(old.ageDays).toBeCloseTo((Date.parse(st.generatedAt) - Date.parse('2026-02-15T10:00:00Z')) / 86_400_000, 6);
    const text = JSON.stringify(st);
    expect(text).not.toContain(refs[5]);
    expect(text).not.toContain(refs[4]);
    expect(text).not.toContain('Texte privé');
  });

  it('filters by district, and counts everything without a period', async () => {
    const st = await stats({ from: FROM, to: TO, district: 'Centre-ville' });
    expect(st).toMatchObject({
      district: 'Centre-ville',
      count: 3,
      medianHoursToAcknowledge: 2,
      medianHoursToResolve: 36,
      shareResolvedWithinTarget: 1,
    });
    expect(byKey(st.requestsByDistrict)).toEqual({ 'Centre-ville': 3 });
    expect(st.proposals).toEqual({ published: 3, accepted: 2, completed: 1, averageProgress: 75 });
    expect(st.consultationParticipation.map((c: any) => c.title)).toEqual(['Place du marché']);
    const all = await stats();
    expect(all.count).toBe(8);
    expect(all.proposals.published).toBe(5);
    expect(all.consultationCount).toBe(3);
  });

  it('counts proposals by status, and consultations with participation among eligible residents', async () => {
    const st = await stats({ from: FROM, to: TO });
    expect(byKey(st.proposalsByStatus)).toEqual({ PUBLISHED: 1, ACCEPTED: 1, COMPLETED: 1, IN_PROGRESS: 1 });
    expect(st.proposals).toEqual({ published: 4, accepted: 3, completed: 1, averageProgress: 50 });
    const residents = await t.sql<{ district: string | null; n: number }>(
      `SELECT district, count(*)::int AS n FROM users u WHERE deleted_at IS NULL
         AND EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = u.id AND r.role = 'RESIDENT') GROUP BY district`,
    );
    const everyone = residents.reduce((n, r) => n + r.n, 0);
    const port = residents.find((r) => r.district === 'Le Port')?.n ?? 0;
    expect(port).toBeGreaterThanOrEqual(2);
    expect(st.consultationCount).toBe(2);
    expect(st.consultationParticipation).toMatchObject([
      { title: 'Quais du port', responses: 1, eligibleResidents: port, shareOfEligible: 1 / port, conclusionPublished: false },
      { title: 'Place du marché', responses: 3, eligibleResidents: everyone, shareOfEligible: 3 / everyone, conclusionPublished: true },
    ]);
  });

  it('gives per report service the figures anyone recomputes from the open data', async () => {
    const st = await stats({ from: FROM, to: TO });
    const rows: any[] = (await t.http.get('/open-data/service-requests.json').expect(200)).body;
    const inPeriod = rows.filter((r) => new Date(r.created_at) >= new Date(FROM) && new Date(r.created_at) < new Date(TO));
    const median = (xs: number[]) => {
      if (!xs.length) return null;
      const v = [...xs].sort((a, b) => a - b);
      const mid = (v.length - 1) / 2; // percentile_cont(0.5): the mean of the two middle values
      return (v[Math.floor(mid)] + v[Math.ceil(mid)]) / 2;
    };
    const reports = st.requestsByService.filter((x: any) => x.kind === 'REPORT' && x.count > 0);
    expect(reports.length).toBeGreaterThanOrEqual(2);
    for (const service of reports) {
      const mine = inPeriod.filter((r) => r.service_code === service.code);
      const hours = (key: string) => mine.map((r) => r[key]).filter((h): h is number => typeof h === 'number');
      const resolved = mine.filter((r) => typeof r.resolved_within_target === 'boolean');
      const recomputed = {
        count: mine.length,
        medianHoursToAcknowledge: median(hours('hours_to_acknowledge')),
        medianHoursToResolve: median(hours('hours_to_resolve')),
        shareResolvedWithinTarget: resolved.length ? resolved.filter((r) => r.resolved_within_target).length / resolved.length : null,
      };
      // The files round hours to the hundredth.
      const close = (a: number | null, b: number | null) => (a === null || b === null ? a === b : Math.abs(a - b) < 0.01);
      expect(recomputed.count).toBe(service.count);
      for (const key of ['medianHoursToAcknowledge', 'medianHoursToResolve', 'shareResolvedWithinTarget'] as const) {
        if (!close(recomputed[key], service[key]))
          throw new Error(`${service.code} ${key}: open data ${recomputed[key]}, stats ${service[key]}`);
      }
    }
  });

  it('answers from its cache in few statements; after a change, the previous figures until the recomputation is done', async () => {
    const cold = await t.queryCounter.measure(() => stats({ from: FROM, to: TO, district: 'Le Port' }));
    expect(cold.count).toBeLessThanOrEqual(8);
    const warm = await t.queryCounter.measure(() => stats({ from: FROM, to: TO, district: 'Le Port' }));
    expect(warm.count).toBeLessThanOrEqual(1); // the district's check only
    expect(warm.result.generatedAt).toBe(cold.result.generatedAt);

    const before = await stats();
    expect((await stats()).generatedAt).toBe(before.generatedAt); // cached
    await file(t, s.resident, s.reportId, { district: 'Le Port' });
    // Nobody waits for the recomputation: the first ask after the change still gets the previous figures.
    expect((await stats()).generatedAt).toBe(before.generatedAt);
    const after = await eventually(async () => {
      const st = await stats();
      return st.count === before.count + 1 ? st : null;
    });
    expect(after.generatedAt).not.toBe(before.generatedAt);
    // A write that bypasses the services (raw SQL) invalidates as well.
    await t.sql(`UPDATE service_requests SET status = 'REJECTED' WHERE reference = $1`, [refs[8]]);
    await eventually(async () => byKey((await stats()).requestsByStatus).REJECTED === 1 || null);
  });

  it('refuses malformed arguments naming the field', async () => {
    expect(errorOf(await t.gql(STATS, { from: TO, to: FROM }))).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['to'] });
    expect(errorOf(await t.gql(STATS, { from: FROM, to: FROM }))).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['to'] });
    expect(errorOf(await t.gql(STATS, { district: 'Atlantide' }))).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['district'] });
    const res = await t.gql(STATS, { from: 'hier' });
    expect(res.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toMatch(/from/);
  });
});

/** The notification of a commit and the recomputation take milliseconds here; waits for them (at most 2 s). */
async function eventually<T>(probe: () => Promise<T | null | false>): Promise<T> {
  const deadline = Date.now() + 2000;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('the change did not show within 2 s');
    await new Promise((r) => setTimeout(r, 10));
  }
}
