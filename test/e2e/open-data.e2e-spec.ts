import { randomBytes } from 'node:crypto';
import { Clock } from '../../src/common/clock';
import { answersFor, CLOSE, CONCLUDE, createConsultation, parseCsv, SUBMIT } from '../harness/consultations';
import { TestUser } from '../harness/factories';
import { createDraft, proposalIn, publishedProposal, SUPPORT } from '../harness/proposals';
import { ADD_NOTE, file, fileFormality, move, REQUEST_FIELDS, setup, Setup } from '../harness/service-requests';
import { TestApp } from '../harness/test-app';

const HOUR = 3_600_000;
const DATASETS = ['consultations', 'proposals', 'service-requests', 'service-requests-formalities'];

/** A unique marker planted in every personal field of the test data: none may reach any file. */
const MARK = `Zq${randomBytes(4).toString('hex')}`;

/** The columns no open-data file may have (names, e-mails, ids of people, free text by residents…). */
const DENYLIST =
  /(^|_)(author|user|requester|assignee|agent|respondent|supporter|voter|email|mail|phone|name|description|address|body|text|note|notes|reply|message|resolution|rating|reason|field|fields)(_|$)/;
/** Denylisted words allowed in these exact columns: a public service's name, a count of comments. */
const ALLOWED = new Set(['service_name', 'comments']);

/**
 * The open data of service requests, proposals and consultations, served by the generic
 * `/open-data` controller: CSV and JSON say the same, each Table Schema lists exactly its file's
 * columns with types the values keep, validators give 304s until a change, formalities are counted
 * and never listed, points are rounded, and no personal data goes out (column names checked against
 * a denylist, and a marker planted in every personal field is found in no byte of any file).
 */
describe('open data: service requests, proposals, consultations', () => {
  let t: TestApp;
  let s: Setup;
  let council: TestUser;
  let users: TestUser[];
  let r1: any;
  let r2: any;
  let late: any;
  let formality: any;
  let accepted: any;
  let open: any;
  let draft: any;
  let live: any;
  let sealed: any;

  beforeAll(async () => {
    t = await TestApp.start();
    s = await setup(t);
    council = await t.factories.council();
    const clock = t.get<Clock>(Clock);
    const resident = await t.factories.resident({ displayName: `Habitant ${MARK}`, district: 'Le Port' });
    const author = await t.factories.resident({ displayName: `Auteur ${MARK}` });
    const respondents = await Promise.all([0, 1, 2].map((i) => t.factories.resident({ displayName: `Répondant ${i} ${MARK}` })));
    users = [resident, author, ...respondents, s.agent, s.admin, council];

    // Reports: one acknowledged after 5 h and resolved after 25 h (target: 10 days), one resolved
    // after 11 days, one left as filed; every free-text field carries the marker.
    r1 = await file(t, resident, s.reportId, {
      description: `Lampadaire éteint ${MARK}`,
      address: `3 rue ${MARK}`,
      location: { lat: 47.58612345, lng: 1.33591234 },
    });
    await t.gqlOk(ADD_NOTE, { id: r1.id, body: `Note interne ${MARK}`, internal: true }, s.agent.token);
    await t.gqlOk(ADD_NOTE, { id: r1.id, body: `Message public ${MARK}`, internal: false }, s.agent.token);
    clock.advance(5 * HOUR);
    await move(t, s.agent, r1.id, 'WAITING_FOR_RESIDENT', `Question ${MARK}`);
    await t.gqlOk(
      `mutation($id: ID!, $body: String!) { replyToServiceRequest(id: $id, body: $body) { id } }`,
      {
        id: r1.id,
        body: `Réponse ${MARK}`,
      },
      resident.token,
    );
    clock.advance(20 * HOUR);
    await move(t, s.agent, r1.id, 'RESOLVED', `Réparé ${MARK}`);
    await t.gqlOk(
      `mutation($id: ID!, $comment: String) { rateServiceRequest(id: $id, rating: 4, comment: $comment) { ${REQUEST_FIELDS} } }`,
      { id: r1.id, comment: `Merci ${MARK}` },
      resident.token,
    );
    late = await file(t, resident, s.reportId, { location: { lat: 47.59, lng: 1.34 } });
    clock.advance(11 * 24 * HOUR);
    await move(t, s.agent, late.id, 'RESOLVED', 'Fait.');
    r2 = await file(t, resident, s.reportId, { location: undefined, address: `12 rue ${MARK}`, description: `Sans position ${MARK}` });
    formality = await fileFormality(t, resident, s.formalityId, {
      description: `Démarche ${MARK}`,
      fieldValues: [{ code: 'full_name', value: `Marie ${MARK}` }],
    });
    await move(t, s.agent, formality.id, 'ACKNOWLEDGED', `Reçu ${MARK}`);

    // Proposals: an accepted one (its text, author and answer marked), a draft never listed.
    const category = await t.factories.category('Environnement');
    accepted = await proposalIn(t, 'IN_PROGRESS', author, council, {
      title: 'Un composteur de quartier',
      body: `Texte ${MARK}`,
      categoryId: category.id,
      district: 'Le Port',
    });
    open = await publishedProposal(t, author, { title: 'Des bancs au jardin' });
    await t.gqlOk(SUPPORT, { id: open.id }, resident.token);
    draft = await createDraft(t, author, { title: `Brouillon ${MARK}`, body: `Brouillon ${MARK}` });

    // Consultations: one with live results, answered by three residents (free text marked) then
    // closed with a conclusion; one whose results come after closing, still open.
    live = await createConsultation(t, council, { title: 'Horaires de la médiathèque', resultsVisibility: 'LIVE' });
    for (const [i, r] of respondents.entries())
      await t.gqlOk(SUBMIT, { input: { consultationId: live.id, answers: answersFor(live, i, `${MARK}t${i}`) } }, r.token);
    await t.gqlOk(CLOSE, { id: live.id }, council.token);
    await t.gqlOk(CONCLUDE, { id: live.id, body: 'Ouverture le samedi.' }, council.token);
    sealed = await createConsultation(t, council, { title: 'Plan vélo' });
    await t.gqlOk(SUBMIT, { input: { consultationId: sealed.id, answers: answersFor(sealed, 0, `${MARK}s`) } }, respondents[0].token);
  });
  afterAll(() => t?.close());

  const fetchText = async (path: string) => (await t.http.get(path).buffer(true).parse(textParser).expect(200)).body as string;
  const schemaOf = async (name: string) => (await t.http.get(`/open-data/schemas/${name}.json`).expect(200)).body;
  /** The CSV read back with the schema's types (an empty cell: null). */
  const csvRows = async (name: string, fields: { name: string; type: string }[]) => {
    const [header, ...data] = parseCsv(await fetchText(`/open-data/${name}.csv`)).filter((r) => r.length > 1);
    expect(header).toEqual(fields.map((f) => f.name));
    return data.map((r) => Object.fromEntries(fields.map((f, i) => [f.name, typed(f.type, r[i])])));
  };
  const jsonRows = async (name: string) => (await t.http.get(`/open-data/${name}.json`).expect(200)).body as Record<string, any>[];
  const byKey = (rows: Record<string, any>[], key: string): Record<string, Record<string, any>> =>
    Object.fromEntries(rows.map((r) => [r[key], r]));

  it('lists every dataset with its files, schema and last change', async () => {
    const res = await t.http.get('/open-data').expect(200);
    const names = res.body.datasets.map((d: any) => d.name);
    expect(names).toEqual(expect.arrayContaining([...DATASETS, 'budget-results']));
    for (const d of res.body.datasets) {
      expect(d).toMatchObject({
        csv: `/open-data/${d.name}.csv`,
        json: `/open-data/${d.name}.json`,
        schema: `/open-data/schemas/${d.name}.json`,
      });
      expect(d.description.length).toBeGreaterThan(20);
      expect(Number.isNaN(Date.parse(d.lastModified))).toBe(false);
    }
    await t.http.get('/open-data/nothing.csv').expect(404);
    await t.http.get('/open-data/proposals.xml').expect(404);
    await t.http.get('/open-data/schemas/nothing.json').expect(404);
  });

  it.each(DATASETS)('%s: CSV and JSON agree, the schema lists exactly the columns and its types and constraints hold', async (name) => {
    const schema = await schemaOf(name);
    expect(schema).toMatchObject({ name, missingValues: [''] });
    expect(schema.fields.length).toBeGreaterThan(3);
    const json = await jsonRows(name);
    expect(json.length).toBeGreaterThan(0);
    expect(json).toEqual(await csvRows(name, schema.fields));
    const unique = new Map<string, Set<unknown>>();
    for (const row of json) {
      expect(Object.keys(row)).toEqual(schema.fields.map((f: any) => f.name));
      for (const f of schema.fields) {
        const v = row[f.name];
        if (f.constraints.required) expect([f.name, v]).not.toEqual([f.name, null]);
        if (v === null) continue;
        expect([f.name, valueOfType(f.type, v)]).toEqual([f.name, true]);
        if (f.constraints.enum) expect(f.constraints.enum).toContain(v);
        if (f.constraints.minimum !== undefined) expect(v).toBeGreaterThanOrEqual(f.constraints.minimum);
        if (f.constraints.maximum !== undefined) expect(v).toBeLessThanOrEqual(f.constraints.maximum);
        if (f.constraints.unique) unique.set(f.name, (unique.get(f.name) ?? new Set()).add(v));
      }
    }
    for (const values of unique.values()) expect(values.size).toBe(json.length);
    if (schema.primaryKey)
      expect(new Set(json.map((r) => JSON.stringify(schema.primaryKey.map((k: string) => r[k])))).size).toBe(json.length);
    for (const f of schema.fields) {
      expect(f.description.length).toBeGreaterThan(5);
      expect(typeof f.title).toBe('string');
      expect(f.example).toBeDefined();
    }
  });

  it('lists reports with their measured delays and rounded points, never a formality, which is only counted', async () => {
    const rows = byKey(await jsonRows('service-requests'), 'reference');
    expect(Object.keys(rows).sort()).toEqual([r1.reference, late.reference, r2.reference].sort());
    expect(rows[formality.reference]).toBeUndefined();

    const [db] = await t.sql(`SELECT created_at, acknowledged_at, resolved_at FROM service_requests WHERE id = $1`, [r1.id]);
    const hours = (a: Date, b: Date) => Math.round(((a.getTime() - b.getTime()) / HOUR) * 100) / 100;
    expect(rows[r1.reference]).toMatchObject({
      status: 'RESOLVED',
      department: 'Voirie',
      service_name: 'Lampadaire éteint',
      created_at: db.created_at.toISOString(),
      acknowledged_at: db.acknowledged_at.toISOString(),
      resolved_at: db.resolved_at.toISOString(),
      target_days: 10,
      hours_to_acknowledge: hours(db.acknowledged_at, db.created_at),
      hours_to_resolve: hours(db.resolved_at, db.created_at),
      resolved_within_target: true,
    });
    expect(rows[r1.reference].hours_to_acknowledge).toBeCloseTo(5, 1);
    expect(rows[r1.reference].hours_to_resolve).toBeCloseTo(25, 1);
    expect(rows[late.reference]).toMatchObject({ resolved_within_target: false });
    expect(rows[late.reference].hours_to_resolve).toBeGreaterThan(10 * 24);
    expect(rows[r2.reference]).toMatchObject({
      status: 'SUBMITTED',
      acknowledged_at: null,
      hours_to_acknowledge: null,
      resolved_within_target: null,
      lat: null,
      lng: null,
    });

    // Points snapped to the 0.0005° grid: 47.58612345 → 47.586, 1.33591234 → 1.336.
    expect(rows[r1.reference]).toMatchObject({ lat: 47.586, lng: 1.336 });
    for (const r of Object.values(rows).filter((x) => x.lat !== null)) {
      expect(Math.abs(r.lat * 2000 - Math.round(r.lat * 2000))).toBeLessThan(1e-6);
      expect(Math.abs(r.lng * 2000 - Math.round(r.lng * 2000))).toBeLessThan(1e-6);
    }
    // The dashboard's definitions, recomputed from the file and straight in SQL, agree.
    const resolved = Object.values(rows).filter((r) => r.hours_to_resolve !== null);
    const [sql] = await t.sql(
      `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM r.resolved_at - r.created_at) / 3600) AS median,
              avg((r.resolved_at - r.created_at <= make_interval(days => s.target_days))::int)::float8 AS within
       FROM service_requests r JOIN services s ON s.id = r.service_id WHERE r.is_public AND r.resolved_at IS NOT NULL`,
    );
    expect(median(resolved.map((r) => r.hours_to_resolve))).toBeCloseTo(sql.median, 1);
    expect(resolved.filter((r) => r.resolved_within_target).length / resolved.length).toBeCloseTo(sql.within, 6);
    const csv = await fetchText('/open-data/service-requests.csv');
    expect(csv).not.toContain('47.58612345');
    expect(csv).not.toContain('1.3359');

    const formalities = await jsonRows('service-requests-formalities');
    const month = new Date(formality.createdAt).toISOString().slice(0, 7);
    expect(formalities).toEqual([
      {
        month,
        service_code: formality.service.code,
        service_name: 'Acte de naissance',
        department: 'Voirie',
        status: 'ACKNOWLEDGED',
        requests: 1,
      },
    ]);
  });

  it('lists published proposals without their author or text, never a draft', async () => {
    const rows = byKey(await jsonRows('proposals'), 'proposal_id');
    expect(rows[draft.id]).toBeUndefined();
    expect(rows[accepted.id]).toMatchObject({
      title: 'Un composteur de quartier',
      status: 'IN_PROGRESS',
      category: 'Environnement',
      district: 'Le Port',
      supports: 0,
      comments: 0,
      progress: 30,
    });
    expect(rows[open.id]).toMatchObject({ title: 'Des bancs au jardin', status: 'PUBLISHED', supports: 1, answered_at: null, progress: 0 });
    expect(rows[accepted.id].published_at).not.toBeNull();
    expect(rows[accepted.id].answered_at).not.toBeNull();
  });

  it('gives each consultation its participation and results, free-text answers counted only', async () => {
    const rows = await jsonRows('consultations');
    const mine = rows.filter((r) => r.consultation_id === live.id);
    const residents = (
      await t.sql(
        `SELECT count(*)::int AS n FROM users u JOIN user_roles r ON r.user_id = u.id AND r.role = 'RESIDENT' WHERE u.deleted_at IS NULL`,
      )
    )[0].n;
    for (const r of mine)
      expect(r).toMatchObject({
        state: 'CLOSED',
        responses: 3,
        eligible_residents: residents,
        participation: Math.round((3 / residents) * 10_000) / 10_000,
        conclusion_published: true,
        results_public: true,
      });
    // 3 + 4 + 3 options, 5 scale values, 1 free-text row.
    expect(mine).toHaveLength(16);
    const [single, , ranking, scale, free] = live.questions;
    const q = (id: string) => mine.filter((r) => r.question_id === id);
    // answersFor: respondent i picks option i of the single choice; scale 1 + i; rankings rotate.
    expect(q(single.id).map((r) => [r.item, r.label, r.count, r.share])).toEqual([
      [1, 'Monday', 1, 0.3333],
      [2, 'Saturday', 1, 0.3333],
      [3, 'Sunday', 1, 0.3333],
    ]);
    expect(q(scale.id).map((r) => [r.item, r.count, r.scale_average])).toEqual([
      [1, 1, 2],
      [2, 1, 2],
      [3, 1, 2],
      [4, 0, 2],
      [5, 0, 2],
    ]);
    expect(q(ranking.id).map((r) => r.average_rank)).toEqual([2, 2, 2]);
    expect(q(free.id)).toEqual([
      expect.objectContaining({ question_kind: 'FREE_TEXT', question_answers: 3, item: 0, label: null, count: null, share: null }),
    ]);

    // Results after closing, still open: one row, participation only.
    expect(rows.filter((r) => r.consultation_id === sealed.id)).toEqual([
      expect.objectContaining({ state: 'OPEN', responses: 1, results_public: false, question_id: null, count: null }),
    ]);
  });

  it('holds no personal data: no denylisted column, no planted marker, no name, e-mail or user id in any byte', async () => {
    for (const name of DATASETS) {
      const schema = await schemaOf(name);
      const denied = schema.fields.map((f: any) => f.name).filter((n: string) => DENYLIST.test(n) && !ALLOWED.has(n));
      expect([name, denied]).toEqual([name, []]);
      const texts = [await fetchText(`/open-data/${name}.csv`), await fetchText(`/open-data/${name}.json`), JSON.stringify(schema)];
      for (const text of texts) {
        expect(text).not.toContain(MARK);
        for (const u of users) {
          expect(text).not.toContain(u.id);
          expect(text).not.toContain(u.email);
        }
        expect(text).not.toContain(formality.reference);
        expect(text).not.toContain(formality.id);
      }
    }
    // The marker is really in the database (the test would prove nothing otherwise).
    const planted = await t.sql(
      `SELECT (SELECT count(*) FROM users WHERE display_name LIKE $1) + (SELECT count(*) FROM service_requests WHERE description LIKE $1)
            + (SELECT count(*) FROM service_request_events WHERE body LIKE $1) + (SELECT count(*) FROM proposals WHERE body LIKE $1)
            + (SELECT count(*) FROM consultation_answers WHERE text LIKE $1) AS n`,
      [`%${MARK}%`],
    );
    expect(Number(planted[0].n)).toBeGreaterThan(15);
  });

  it('gives ETag and Last-Modified, 304 while unchanged, and new validators after a new request or a status change', async () => {
    const validators = async (path: string) => {
      const res = await t.http.get(path).buffer(true).parse(textParser).expect(200);
      expect(res.headers['etag']).toMatch(/^"[\w-]+"$/);
      expect(Date.parse(res.headers['last-modified'])).toBeGreaterThan(0);
      return { etag: res.headers['etag'] as string, lastModified: res.headers['last-modified'] as string };
    };
    const fresh = async (path: string, v: { etag: string; lastModified: string }) => {
      expect((await t.http.get(path).set('If-None-Match', v.etag)).status).toBe(304);
      expect((await t.http.get(path).set('If-Modified-Since', v.lastModified)).status).toBe(304);
    };
    const paths = DATASETS.flatMap((n) => [`/open-data/${n}.csv`, `/open-data/${n}.json`]);
    const before = Object.fromEntries(await Promise.all(paths.map(async (p) => [p, await validators(p)] as const)));
    for (const p of paths) await fresh(p, before[p]);
    expect(before['/open-data/proposals.csv'].etag).not.toBe(before['/open-data/proposals.json'].etag);

    const changed = async (path: string, was: { etag: string }) => {
      const res = await t.http.get(path).set('If-None-Match', was.etag);
      expect([path, res.status]).toEqual([path, 200]);
      expect(res.headers['etag']).not.toBe(was.etag);
      return res.headers['etag'] as string;
    };
    const sr = '/open-data/service-requests.csv';
    const fresh1 = await file(t, s.resident, s.reportId);
    const afterNew = await changed(sr, before[sr]);
    await move(t, s.agent, fresh1.id, 'ACKNOWLEDGED', null);
    await changed(sr, { etag: afterNew });
    // A formality changes its counts' file, not the reports' one.
    const srv = await validators(sr);
    const fo = '/open-data/service-requests-formalities.json';
    await fileFormality(t, s.resident, s.formalityId);
    await changed(fo, before[fo]);
    expect((await t.http.get(sr).set('If-None-Match', srv.etag)).status).toBe(304);

    const pr = '/open-data/proposals.json';
    await t.gqlOk(SUPPORT, { id: open.id }, s.other.token);
    await changed(pr, before[pr]);
    const co = '/open-data/consultations.json';
    const voter = await t.factories.resident();
    await t.gqlOk(SUBMIT, { input: { consultationId: sealed.id, answers: answersFor(sealed, 1) } }, voter.token);
    await changed(co, before[co]);
  });

  it('streams 20,000 rows from a cursor still open while the client reads', async () => {
    // More than the kernel's socket buffers hold: the server can only finish once the client reads.
    const ROWS_QUERY = '/* open-data service-requests */%';
    await t.sql(
      `INSERT INTO service_requests (reference, service_id, department_id, is_public, requester_id, status, priority, description,
                                     lat, lng, district, field_values, fields_version, expected_at, created_at, updated_at)
       SELECT 'BULK-' || g, service_id, department_id, is_public, requester_id, status, priority, description,
              lat + g * 0.00001, lng, district, field_values, fields_version, expected_at, created_at - make_interval(secs => g), updated_at
       FROM service_requests, generate_series(1, 20000) g WHERE id = $1`,
      [r1.id],
    );
    let chunks = 0;
    let cursorOpenWhileReading: unknown = null;
    const res = await t.http
      .get('/open-data/service-requests.csv')
      .buffer(true)
      .parse((stream: any, done: (err: Error | null, body: string) => void) => {
        stream.setEncoding('utf8');
        let data = '';
        stream.on('data', (chunk: string) => {
          data += chunk;
          chunks++;
          if (chunks !== 1) return;
          // Hold the response after its first bytes: the server's query must still be running (its
          // cursor open, rows read batch by batch), not done with every row in memory.
          stream.pause();
          void t
            .sql(`SELECT state FROM pg_stat_activity WHERE query LIKE $1 AND state <> 'idle' AND pid <> pg_backend_pid()`, [ROWS_QUERY])
            .then(
              (rows) => (cursorOpenWhileReading = rows.map((r) => r.state)),
              (error: Error) => (cursorOpenWhileReading = error.message),
            )
            .finally(() => stream.resume());
        });
        stream.on('end', () => done(null, data));
      })
      .expect(200);
    expect(res.headers['content-length']).toBeUndefined();
    expect(chunks).toBeGreaterThan(3);
    expect(cursorOpenWhileReading).toEqual([expect.stringMatching(/^(active|idle in transaction)$/)]);
    const rows = parseCsv(res.body as string).filter((r) => r.length > 1);
    expect(rows.length).toBeGreaterThan(20_000);
    // Afterwards the connection is back in the pool, idle.
    const after = await t.sql(`SELECT state FROM pg_stat_activity WHERE query LIKE $1 AND state <> 'idle' AND pid <> pg_backend_pid()`, [
      ROWS_QUERY,
    ]);
    expect(after).toEqual([]);
  });
});

/** A CSV cell read with the schema's type (an empty cell: null). */
function typed(type: string, cell: string): unknown {
  if (cell === '') return null;
  if (type === 'integer' || type === 'number') return Number(cell);
  if (type === 'boolean') return cell === 'true';
  return cell;
}

/** Whether a JSON value has the Table Schema type (datetimes: UTC ISO 8601 to the millisecond). */
function valueOfType(type: string, v: unknown): boolean {
  switch (type) {
    case 'integer':
      return Number.isInteger(v);
    case 'number':
      return typeof v === 'number' && Number.isFinite(v);
    case 'boolean':
      return typeof v === 'boolean';
    case 'datetime':
      return typeof v === 'string' && new Date(v).toISOString() === v;
    default:
      return typeof v === 'string';
  }
}

/** supertest: the body as text whatever the content type. */
function textParser(res: any, done: (err: Error | null, body: string) => void) {
  res.setEncoding('utf8');
  let data = '';
  res.on('data', (chunk: string) => (data += chunk));
  res.on('end', () => done(null, data));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
