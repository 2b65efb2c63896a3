import {
  ADD_UPDATE,
  advancePhase,
  createBudget,
  envelopeNamed,
  feasible,
  MERGE,
  RESULTS,
  REVIEW,
  SET_BALLOT,
  submit,
} from '../harness/budgets';
import { parseCsv } from '../harness/consultations';
import { TestUser } from '../harness/factories';
import { TestApp } from '../harness/test-app';

const COLUMNS: [string, string][] = [
  ['edition_id', 'string'],
  ['edition_title', 'string'],
  ['envelope_id', 'string'],
  ['envelope_name', 'string'],
  ['envelope_amount', 'integer'],
  ['district', 'string'],
  ['project_id', 'string'],
  ['project_title', 'string'],
  ['submitted_at', 'datetime'],
  ['status', 'string'],
  ['feasible_cost', 'integer'],
  ['votes', 'integer'],
  ['rank', 'integer'],
  ['selected', 'boolean'],
  ['works_status', 'string'],
  ['progress', 'integer'],
  ['actual_cost', 'integer'],
];

/**
 * The open data of the results: CSV and JSON say the same, the Table Schema describes exactly the
 * columns, no personal data goes out, the validators give a 304 until something changes, and the
 * selection rule re-run from the CSV alone finds the published winners.
 */
describe('budgets: open data of the results', () => {
  let t: TestApp;
  let council: TestUser;
  let users: TestUser[];
  let published: any;
  let voting: any;

  beforeAll(async () => {
    t = await TestApp.start();
    council = await t.factories.council();
    const alice = await t.factories.resident({ displayName: 'Alice Martin', district: 'Le Port' });
    const voters = await Promise.all(
      ['Le Port', 'Le Port', 'Centre-ville', null, null, null, 'Centre-ville', null, null].map((district, i) =>
        t.factories.resident({ displayName: `Votant ${i}`, ...(district ? { district } : {}) }),
      ),
    );
    users = [council, alice, ...voters];

    // A published edition: the city-wide envelope of the voting test (ties and a project that no
    // longer fits), one in Le Port, and projects left out of the vote (not feasible, merged).
    published = await createBudget(t, council, { title: 'Budget 2027, "édition" pilote' });
    const city = envelopeNamed(published, 'Toute la ville');
    const port = envelopeNamed(published, 'Le Port');
    const costs: Record<string, number> = { P1: 60_000, P2: 50_000, P3: 20_000, P4: 20_000, P5: 15_000, P6: 1_000 };
    const p: Record<string, any> = {};
    for (const title of Object.keys(costs)) p[title] = await submit(t, alice, city, { title: `Projet ${title}` });
    const D = await submit(t, alice, port, { title: 'Projet D, au port' });
    const E = await submit(t, alice, port, { title: 'Projet E' });
    const nf = await submit(t, alice, city, { title: 'Projet infaisable' });
    const dup = await submit(t, alice, city, { title: 'Projet en double' });
    await advancePhase(t, council, published.id);
    for (const [title, cost] of Object.entries(costs)) await feasible(t, council, p[title].id, cost);
    await feasible(t, council, D.id, 30_000);
    await feasible(t, council, E.id, 25_000);
    await t.gqlOk(REVIEW, { id: nf.id, input: { feasible: false, note: 'Hors compétence.' } }, council.token);
    await t.gqlOk(MERGE, { id: dup.id, intoId: p.P1.id, note: 'Même idée.' }, council.token);
    await advancePhase(t, council, published.id);
    const plan: [number[], string[], string][] = [
      [[0, 1, 2], ['P1', 'P3'], city],
      [[3, 4], ['P1', 'P4'], city],
      [[5], ['P2', 'P4'], city],
      [[6, 7, 8], ['P2', 'P5'], city],
    ];
    for (const [idx, titles] of plan)
      for (const i of idx)
        await t.gqlOk(SET_BALLOT, { budgetId: published.id, envelopeId: city, projectIds: titles.map((x) => p[x].id) }, voters[i].token);
    for (const i of [0, 1]) await t.gqlOk(SET_BALLOT, { budgetId: published.id, envelopeId: port, projectIds: [E.id] }, voters[i].token);
    await advancePhase(t, council, published.id);
    await t.gqlOk(ADD_UPDATE, { id: p.P1.id, input: { body: 'Chantier lancé.', progress: 40, actualCost: 61_500 } }, council.token);

    // An edition still in its voting phase: not in the file.
    voting = await createBudget(t, council, { title: 'Budget en cours' });
    const vp = await submit(t, alice, envelopeNamed(voting, 'Toute la ville'), { title: 'Projet pas encore public' });
    await advancePhase(t, council, voting.id);
    await feasible(t, council, vp.id, 5_000);
    await advancePhase(t, council, voting.id);
  });
  afterAll(() => t?.close());

  const fetchCsv = async () => {
    const res = await t.http.get('/open-data/budget-results.csv').buffer(true).parse(textParser).expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    return { res, rows: parseCsv(res.body as string).filter((r) => r.length > 1) };
  };
  const fetchJson = async () => {
    const res = await t.http.get('/open-data/budget-results.json').expect(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    return { res, rows: res.body as Record<string, unknown>[] };
  };
  /** A CSV cell read with the schema's type (empty: null). */
  const typed = (type: string, cell: string): unknown =>
    cell === '' ? null : type === 'integer' ? Number(cell) : type === 'boolean' ? cell === 'true' : cell;
  const csvObjects = async () => {
    const { rows } = await fetchCsv();
    const [header, ...data] = rows;
    return { header, objects: data.map((r) => Object.fromEntries(header.map((h, i) => [h, typed(COLUMNS[i][1], r[i])]))) };
  };

  it('serves the same rows as CSV and JSON, only for editions whose results are public', async () => {
    const { header, objects } = await csvObjects();
    expect(header).toEqual(COLUMNS.map(([n]) => n));
    const { rows: json } = await fetchJson();
    expect(json).toEqual(objects);
    for (const row of json) expect(Object.keys(row)).toEqual(COLUMNS.map(([n]) => n));
    expect(json).toHaveLength(10);
    expect(new Set(json.map((r) => r.edition_id))).toEqual(new Set([published.id]));
    expect(json.some((r) => String(r.project_title).includes('pas encore public'))).toBe(false);
    // Commas and quotes in titles survive the round trip.
    expect(json[0].edition_title).toBe('Budget 2027, "édition" pilote');
    const byTitle = Object.fromEntries(json.map((r) => [r.project_title, r]));
    expect(byTitle['Projet P1']).toMatchObject({
      status: 'IN_PROGRESS',
      feasible_cost: 60_000,
      votes: 5,
      rank: 1,
      selected: true,
      works_status: 'IN_PROGRESS',
      progress: 40,
      actual_cost: 61_500,
      envelope_amount: 100_000,
      district: null,
    });
    expect(byTitle['Projet P2']).toMatchObject({ status: 'NOT_SELECTED', votes: 4, rank: 2, selected: false, progress: null });
    expect(byTitle['Projet infaisable']).toMatchObject({
      status: 'NOT_FEASIBLE',
      feasible_cost: null,
      votes: null,
      rank: null,
      selected: false,
    });
    expect(byTitle['Projet en double']).toMatchObject({ status: 'MERGED', rank: null, selected: false });
    expect(byTitle['Projet E']).toMatchObject({ status: 'SELECTED', district: 'Le Port', votes: 2, rank: 1, selected: true });
    expect(byTitle['Projet D, au port']).toMatchObject({ status: 'NOT_SELECTED', votes: 0, rank: 2, selected: false });
  });

  it('publishes a Table Schema listing exactly the columns with their types', async () => {
    const res = await t.http.get('/open-data/schemas/budget-results.json').expect(200);
    const schema = res.body;
    expect(schema).toMatchObject({ name: 'budget-results', primaryKey: ['project_id'], missingValues: [''] });
    expect(typeof schema.title).toBe('string');
    expect(typeof schema.description).toBe('string');
    expect(schema.fields.map((f: any) => [f.name, f.type])).toEqual(COLUMNS);
    for (const f of schema.fields) {
      expect(f.description.length).toBeGreaterThan(5);
      expect(typeof f.constraints.required).toBe('boolean');
    }
    // The data keeps the schema's constraints.
    const { rows } = await fetchJson();
    for (const f of schema.fields)
      for (const row of rows) {
        const v = row[f.name];
        if (f.constraints.required) expect(v).not.toBeNull();
        if (v === null) continue;
        if (f.constraints.enum) expect(f.constraints.enum).toContain(v);
        if (f.constraints.minimum !== undefined) expect(v).toBeGreaterThanOrEqual(f.constraints.minimum);
        if (f.type === 'datetime') expect(new Date(v as string).toISOString()).toBe(v);
      }
    expect(new Set(rows.map((r) => r.project_id)).size).toBe(rows.length);
  });

  it('holds no personal data: no author, ballot or name', async () => {
    const csv = (await fetchCsv()).res.body as string;
    const json = JSON.stringify((await fetchJson()).rows);
    for (const text of [csv, json])
      for (const u of users) {
        expect(text).not.toContain(u.id);
        expect(text).not.toContain(u.email);
        expect(text).not.toContain(u.displayName);
      }
    expect(COLUMNS.map(([n]) => n).filter((n) => /author|user|voter|ballot|email|name$/.test(n) && n !== 'envelope_name')).toEqual([]);
  });

  it('recomputes the winners from the CSV alone and finds those of the results', async () => {
    const { objects } = await csvObjects();
    const envelopes = new Map<string, any[]>();
    for (const r of objects) envelopes.set(r.envelope_id as string, [...(envelopes.get(r.envelope_id as string) ?? []), r]);
    const recomputed = new Map<string, { rank: number; selected: boolean }>();
    for (const rows of envelopes.values()) {
      const candidates = rows
        .filter((r) => r.feasible_cost !== null)
        .sort(
          (a, b) =>
            b.votes - a.votes ||
            a.feasible_cost - b.feasible_cost ||
            Date.parse(a.submitted_at) - Date.parse(b.submitted_at) ||
            (a.project_id < b.project_id ? -1 : 1),
        );
      let remaining = rows[0].envelope_amount as number;
      candidates.forEach((c, i) => {
        const selected = c.votes > 0 && c.feasible_cost <= remaining;
        if (selected) remaining -= c.feasible_cost;
        recomputed.set(c.project_id, { rank: i + 1, selected });
      });
    }
    for (const r of objects) {
      if (r.feasible_cost === null) expect(recomputed.has(r.project_id as string)).toBe(false);
      else expect({ rank: r.rank, selected: r.selected }).toEqual(recomputed.get(r.project_id as string));
    }
    expect(objects.filter((r) => r.selected).map((r) => r.project_title)).toEqual(
      expect.arrayContaining(['Projet P1', 'Projet P5', 'Projet P3', 'Projet E']),
    );
    expect(objects.filter((r) => r.selected)).toHaveLength(4);

    // The same as the GraphQL results.
    const results = (await t.gqlOk(RESULTS, { id: published.id })).budget;
    const fromApi = results.envelopes.flatMap((e: any) =>
      e.results.map((x: any) => [x.project.id, x.rank, x.votes, x.selected, x.project.status, x.project.cost]),
    );
    const fromCsv = objects
      .filter((r) => r.rank !== null)
      .map((r) => [r.project_id, r.rank, r.votes, r.selected, r.status, r.feasible_cost]);
    expect(fromCsv.sort()).toEqual(fromApi.sort());
  });

  it('gives ETag and Last-Modified, a 304 while unchanged, and new validators after a change', async () => {
    const first = (await fetchCsv()).res;
    const etag = first.headers['etag'];
    expect(etag).toMatch(/^"[\w-]+"$/);
    const lastModified = Date.parse(first.headers['last-modified']);
    expect(lastModified).toBeGreaterThan(0);
    const json = (await fetchJson()).res;
    expect(json.headers['etag']).not.toBe(etag); // one representation, one tag

    const again = await t.http.get('/open-data/budget-results.csv').set('If-None-Match', etag);
    expect(again.status).toBe(304);
    expect(again.text ?? '').toBe('');
    const since = await t.http.get('/open-data/budget-results.csv').set('If-Modified-Since', first.headers['last-modified']);
    expect(since.status).toBe(304);

    const results = (await t.gqlOk(RESULTS, { id: published.id })).budget;
    const winner = results.envelopes.flatMap((e: any) => e.results).find((x: any) => x.selected).project.id;
    await new Promise((r) => setTimeout(r, 1100)); // Last-Modified counts in seconds
    await t.gqlOk(ADD_UPDATE, { id: winner, input: { body: 'Terminé.', progress: 100 } }, council.token);
    const changed = await t.http.get('/open-data/budget-results.csv').set('If-None-Match', etag);
    expect(changed.status).toBe(200);
    expect(changed.headers['etag']).not.toBe(etag);
    expect(Date.parse(changed.headers['last-modified'])).toBeGreaterThan(lastModified);
    expect(changed.text).toContain('COMPLETED');
  });
});

/** supertest: the body as text whatever the content type. */
function textParser(res: any, done: (err: Error | null, body: string) => void) {
  res.setEncoding('utf8');
  let data = '';
  res.on('data', (chunk: string) => (data += chunk));
  res.on('end', () => done(null, data));
}
