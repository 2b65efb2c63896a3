import { createHash } from 'node:crypto';
import { XMLParser } from 'fast-xml-parser';
import { Open311ContactRetentionJob } from '../../src/open311/open311-contact-retention.job';
import { ServiceFieldKind, ServiceKind } from '../../src/service-requests/service-request.enums';
import type { TestUser } from '../harness/factories';
import { smallImage, upload } from '../harness/media';
import { ADD_NOTE, file, fileFormality, LIST, makeService, move } from '../harness/service-requests';
import { errorOf, TestApp } from '../harness/test-app';

/**
 * Open311 GeoReport v2 against the specification's examples (http://wiki.open311.org/GeoReport_v2):
 * document shapes in XML (parsed back, element names checked) and JSON, every filter, the errors
 * with their status codes, API keys, and the round trip with the agents' queue.
 */

const KEYS = `query { open311ApiKeys { id name createdAt lastUsedAt revokedAt } }`;
const CREATE_KEY = `mutation($name: String!) { createOpen311ApiKey(name: $name) }`;
const REVOKE_KEY = `mutation($id: ID!) { revokeOpen311ApiKey(id: $id) }`;
const JURISDICTION = 'saint-parvis.test';
const POSTS_PER_KEY = 30;

/** Lists are lists even with one item. */
const xml = new XMLParser({
  isArray: (name) => ['request', 'service', 'attribute', 'value', 'error', 'endpoint', 'format'].includes(name),
  parseTagValue: false,
});

describe('Open311 GeoReport v2', () => {
  let t: TestApp;
  let admin: TestUser;
  let agent: TestUser;
  let resident: TestUser;
  let departmentId: string;
  let report: { id: string; code: string };
  let rich: { id: string; code: string };
  let formality: { id: string; code: string };
  let other: { id: string; code: string };

  beforeAll(async () => {
    t = await TestApp.start({ OPEN311_JURISDICTION_ID: JURISDICTION, OPEN311_POSTS_PER_KEY: String(POSTS_PER_KEY) });
    const department = await t.factories.department(undefined, 'Voirie et éclairage');
    departmentId = department.id;
    admin = await t.factories.admin();
    agent = await t.factories.agent([departmentId]);
    resident = await t.factories.resident();
    report = await makeService(t, departmentId, { name: 'Lampadaire éteint' });
    other = await makeService(t, departmentId, { name: 'Nid-de-poule', group: 'Voirie' });
    rich = await makeService(t, departmentId, {
      name: 'Dépôt sauvage',
      group: 'Propreté',
      fields: [
        { code: 'volume', label: 'Volume (m³)', kind: ServiceFieldKind.NUMBER, required: true, min: 1, max: 50 },
        {
          code: 'kind',
          label: 'Nature',
          kind: ServiceFieldKind.SINGLE_CHOICE,
          required: false,
          options: [
            { value: 'gravats', label: 'Gravats' },
            { value: 'encombrants', label: 'Encombrants' },
          ],
        },
        { code: 'seen_on', label: 'Vu le', kind: ServiceFieldKind.DATE, required: false },
        { code: 'dangerous', label: 'Dangereux ?', kind: ServiceFieldKind.YES_NO, required: false },
        {
          code: 'notes',
          label: 'Précisions',
          kind: ServiceFieldKind.TEXT,
          required: false,
          maxLength: 200,
          description: 'Ce que vous voyez',
        },
      ],
    });
    formality = await makeService(t, departmentId, {
      kind: ServiceKind.FORMALITY,
      name: 'Acte de naissance',
      group: 'État civil',
      fields: [{ code: 'full_name', label: 'Nom', kind: ServiceFieldKind.TEXT, required: true }],
    });
  });
  afterAll(() => t?.close());

  const get = (path: string) => t.http.get(`/open311/v2/${path}`);
  const post = (path: string, form: [string, string][]) =>
    t.http.post(`/open311/v2/${path}`).type('form').send(new URLSearchParams(form).toString());
  async function newKey(name = 'Appli 311'): Promise<string> {
    return (await t.gqlOk(CREATE_KEY, { name }, admin.token)).createOpen311ApiKey;
  }

  describe('discovery and services', () => {
    it('discovery, in XML and JSON', async () => {
      const x = await get('discovery.xml').expect(200);
      expect(x.headers['content-type']).toMatch(/^text\/xml/);
      const d = xml.parse(x.text).discovery;
      expect(d.endpoints.endpoint[0]).toMatchObject({ specification: 'http://wiki.open311.org/GeoReport_v2', type: 'production' });
      expect(d.endpoints.endpoint[0].url).toMatch(/\/open311\/v2$/);
      expect(d.endpoints.endpoint[0].formats.format).toEqual(['text/xml', 'application/json']);
      expect(d.changeset).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
      const j = await get('discovery.json').expect(200);
      expect(j.headers['content-type']).toMatch(/^application\/json/);
      expect(j.body.endpoints[0].formats).toEqual(['text/xml', 'application/json']);
    });

    it('services: reports only (never a formality), same fields in both formats', async () => {
      const x = xml.parse((await get('services.xml').expect(200)).text);
      const services = x.services.service as Record<string, string>[];
      const codes = services.map((s) => s.service_code);
      expect(codes).toEqual(expect.arrayContaining([report.code, rich.code, other.code]));
      expect(codes).not.toContain(formality.code);
      expect(Object.keys(services.find((s) => s.service_code === rich.code)!).sort()).toEqual(
        ['description', 'group', 'keywords', 'metadata', 'service_code', 'service_name', 'type'].sort(),
      );
      expect(services.find((s) => s.service_code === rich.code)).toMatchObject({ metadata: 'true', type: 'realtime', group: 'Propreté' });
      expect(services.find((s) => s.service_code === report.code)).toMatchObject({ metadata: 'false', service_name: 'Lampadaire éteint' });
      const j = (await get('services.json').expect(200)).body as Record<string, unknown>[];
      expect(j.find((s) => s.service_code === rich.code)).toMatchObject({
        metadata: true,
        type: 'realtime',
        service_name: 'Dépôt sauvage',
      });
      expect(j.map((s) => s.service_code)).not.toContain(formality.code);
    });

    it("a service definition maps the service's fields to attributes", async () => {
      const x = xml.parse((await get(`services/${rich.code}.xml`).expect(200)).text).service_definition;
      expect(x.service_code).toBe(rich.code);
      const attrs = x.attributes.attribute as Record<string, any>[];
      expect(attrs.map((a) => [a.code, a.datatype, a.required, a.order, a.variable])).toEqual([
        ['volume', 'number', 'true', '1', 'true'],
        ['kind', 'singlevaluelist', 'false', '2', 'true'],
        ['seen_on', 'datetime', 'false', '3', 'true'],
        ['dangerous', 'singlevaluelist', 'false', '4', 'true'],
        ['notes', 'string', 'false', '5', 'true'],
      ]);
      expect(attrs[0].description).toBe('Volume (m³)');
      expect(attrs[1].values.value).toEqual([
        { key: 'gravats', name: 'Gravats' },
        { key: 'encombrants', name: 'Encombrants' },
      ]);
      expect(attrs[3].values.value.map((v: any) => v.key)).toEqual(['true', 'false']);
      expect(attrs[4].datatype_description).toBe('Ce que vous voyez');
      const j = (await get(`services/${rich.code}.json`).expect(200)).body;
      expect(j.attributes[1]).toMatchObject({ code: 'kind', datatype: 'singlevaluelist', required: false, order: 2, variable: true });
      expect(j.attributes[1].values).toEqual([
        { key: 'gravats', name: 'Gravats' },
        { key: 'encombrants', name: 'Encombrants' },
      ]);
    });

    it('404 for an unknown service and for a formality, in both formats', async () => {
      for (const code of ['NOPE', formality.code]) {
        const x = await get(`services/${code}.xml`).expect(404);
        expect(x.headers['content-type']).toMatch(/^text\/xml/);
        expect(xml.parse(x.text).errors.error[0]).toMatchObject({ code: '404' });
        const j = await get(`services/${code}.json`).expect(404);
        expect(j.body).toEqual([{ code: 404, description: expect.stringContaining('service_code') }]);
      }
      await get('services.csv').expect(404);
    });

    it('jurisdiction_id: the configured one or none; another is refused (400)', async () => {
      await get(`services.json?jurisdiction_id=${JURISDICTION}`).expect(200);
      await get('services.json?jurisdiction_id=').expect(200);
      const res = await get('services.json?jurisdiction_id=elsewhere').expect(400);
      expect(res.body[0].description).toMatch(/^jurisdiction_id: /);
    });
  });

  describe('reading requests', () => {
    let open: Record<string, any>;
    let closed: Record<string, any>;
    let old: Record<string, any>;
    let onOther: Record<string, any>;
    let private_: Record<string, any>;

    beforeAll(async () => {
      open = await file(t, resident, report.id, { address: '3 rue des Lilas', description: 'Lampadaire éteint <rue> & "Lilas"' });
      closed = await file(t, resident, report.id);
      await move(t, agent, closed.id, 'RESOLVED', 'Ampoule changée.');
      await t.gqlOk(ADD_NOTE, { id: closed.id, body: 'Note interne : facturer.', internal: true }, agent.token);
      await move(t, agent, closed.id, 'CLOSED', null);
      await t.gqlOk(ADD_NOTE, { id: closed.id, body: 'Note interne, la dernière.', internal: true }, agent.token);
      onOther = await file(t, resident, other.id);
      old = await file(t, resident, report.id);
      await t.sql(`UPDATE service_requests SET created_at = created_at - interval '120 days' WHERE id = $1`, [old.id]);
      private_ = await fileFormality(t, resident, formality.id);
    });

    const refsOf = (list: Record<string, any>[]) => list.map((r) => r.service_request_id as string);

    it('the default list: the last 90 days, newest first, public requests only, every field of the example', async () => {
      const x = xml.parse((await get('requests.xml').expect(200)).text);
      const requests = x.service_requests.request as Record<string, string>[];
      expect(refsOf(requests)).toEqual([onOther.reference, closed.reference, open.reference]);
      const first = requests.find((r) => r.service_request_id === open.reference)!;
      expect(Object.keys(first).sort()).toEqual(
        [
          'address',
          'address_id',
          'agency_responsible',
          'description',
          'expected_datetime',
          'lat',
          'long',
          'media_url',
          'requested_datetime',
          'service_code',
          'service_name',
          'service_notice',
          'service_request_id',
          'status',
          'status_notes',
          'updated_datetime',
          'zipcode',
        ].sort(),
      );
      expect(first).toMatchObject({
        status: 'open',
        service_code: report.code,
        service_name: 'Lampadaire éteint',
        agency_responsible: 'Voirie et éclairage',
        address: '3 rue des Lilas',
        description: 'Lampadaire éteint <rue> & "Lilas"',
        lat: '47.5861',
        long: '1.3359',
      });
      expect(first.requested_datetime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
      expect(new Date(first.requested_datetime).toISOString()).toBe(new Date(open.createdAt).toISOString().replace(/\.\d{3}Z$/, '.000Z'));
      expect(new Date(first.expected_datetime).getTime()).toBeGreaterThan(new Date(first.requested_datetime).getTime());
      const j = (await get('requests.json').expect(200)).body;
      expect(refsOf(j)).toEqual([onOther.reference, closed.reference, open.reference]);
      expect(j.find((r: any) => r.service_request_id === open.reference)).toMatchObject({ lat: 47.5861, long: 1.3359, status: 'open' });
    });

    it('status_notes is the latest public update, never an internal note; closed maps to closed', async () => {
      const [r] = (await get(`requests/${closed.reference}.json`).expect(200)).body;
      expect(r).toMatchObject({ status: 'closed', status_notes: 'Ampoule changée.', expected_datetime: null });
      const x = (await get(`requests/${closed.reference}.xml`).expect(200)).text;
      expect(x).not.toContain('interne');
      expect(xml.parse(x).service_requests.request[0]).toMatchObject({ service_request_id: closed.reference, status: 'closed' });
    });

    it('filters: service_code (comma-separated), status (comma-separated), dates, and empty parameters', async () => {
      expect(refsOf((await get(`requests.json?service_code=${other.code}`)).body)).toEqual([onOther.reference]);
      expect(refsOf((await get(`requests.json?service_code=${other.code},${report.code}`)).body)).toHaveLength(3);
      expect(refsOf((await get(`requests.json?service_code=NOPE`)).body)).toEqual([]);
      expect(refsOf((await get(`requests.json?service_code=${other.code}&service_code=NOPE`)).body)).toEqual([onOther.reference]);
      expect(refsOf((await get('requests.json?status=closed')).body)).toEqual([closed.reference]);
      expect(refsOf((await get('requests.json?status=open')).body)).toEqual([onOther.reference, open.reference]);
      expect(refsOf((await get('requests.json?status=open,closed')).body)).toHaveLength(3);
      // Empty parameters are absent.
      expect(refsOf((await get('requests.json?service_code=&status=&start_date=&end_date=&jurisdiction_id=')).body)).toHaveLength(3);
      // The old one, 120 days back, only in its window (offsets, Z, date only, all accepted).
      const back = (days: number) => new Date(Date.now() - days * 86_400_000);
      const isoOffset = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, '+00:00');
      const window = `start_date=${encodeURIComponent(isoOffset(back(125)))}&end_date=${encodeURIComponent(back(115).toISOString())}`;
      expect(refsOf((await get(`requests.json?${window}`)).body)).toEqual([old.reference]);
      expect(refsOf((await get(`requests.json?start_date=${back(121).toISOString().slice(0, 10)}`)).body)).toEqual([old.reference]);
      expect(refsOf((await get(`requests.json?end_date=${encodeURIComponent(isoOffset(back(1)))}`)).body)).toEqual([]);
      // Several ids at once override the other filters.
      const byId = (await get(`requests.json?service_request_id=${old.reference},${open.reference}&status=closed`)).body;
      expect(refsOf(byId).sort()).toEqual([old.reference, open.reference].sort());
    });

    it('a list costs the same few statements whatever its length (no N+1)', async () => {
      const measure = async () => (await t.queryCounter.measure(() => get('requests.xml').expect(200))).count;
      const before = await measure();
      for (let i = 0; i < 4; i++) await file(t, resident, other.id);
      expect(await measure()).toBe(before);
      expect(before).toBeLessThanOrEqual(8);
      await t.sql(`UPDATE service_requests SET created_at = created_at - interval '200 days' WHERE service_id = $1 AND id <> $2`, [
        other.id,
        onOther.id,
      ]);
    });

    it('media_url is the first public photo, as an absolute URL that serves it', async () => {
      const ids: string[] = [];
      for (let i = 0; i < 2; i++) ids.push((await upload(t, await smallImage(), { token: resident.token }).expect(201)).body.id);
      const withPhotos = await file(t, resident, report.id, { imageIds: ids });
      const [r] = (await get(`requests/${withPhotos.reference}.json`).expect(200)).body;
      expect(r.media_url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:\\d+/media/${ids[0]}/large$`));
      await t.http.get(new URL(r.media_url).pathname).expect(200);
      const [none] = (await get(`requests/${open.reference}.json`).expect(200)).body;
      expect(none.media_url).toBeNull();
      await t.sql(`UPDATE service_requests SET created_at = created_at - interval '200 days' WHERE id = $1`, [withPhotos.id]);
    });

    it('a formality is never listed, nor found by its reference or token', async () => {
      const all = (await get(`requests.json?service_request_id=${private_.reference}`)).body;
      expect(all).toEqual([]);
      await get(`requests/${private_.reference}.json`).expect(404);
      await get(`tokens/${private_.reference}.xml`).expect(404);
    });

    it('400 with the parameter named: bad dates, a reversed or too long window, a bad status (XML and JSON)', async () => {
      const cases: [string, string][] = [
        ['start_date=yesterday', 'start_date'],
        ['end_date=2026-02-30T10:00:00Z', 'end_date'],
        ['start_date=2026-06-01T00:00:00Z&end_date=2026-05-01T00:00:00Z', 'end_date'],
        ['start_date=2026-01-01T00:00:00Z&end_date=2026-06-01T00:00:00Z', 'end_date'],
        ['status=pending', 'status'],
      ];
      for (const [query, name] of cases) {
        const j = await get(`requests.json?${query}`).expect(400);
        expect(j.body).toEqual([{ code: 400, description: expect.stringMatching(new RegExp(`^${name}: `)) }]);
        const x = await get(`requests.xml?${query}`).expect(400);
        const errors = xml.parse(x.text).errors.error;
        expect(errors[0].code).toBe('400');
        expect(errors[0].description).toMatch(new RegExp(`^${name}: `));
      }
    });

    it('one request, a token, and 404s', async () => {
      const x = xml.parse((await get(`requests/${open.reference}.xml`).expect(200)).text);
      expect(x.service_requests.request).toHaveLength(1);
      const token = (await get(`tokens/${open.reference}.json`).expect(200)).body;
      expect(token).toEqual([{ service_request_id: open.reference, token: open.reference }]);
      const tx = xml.parse((await get(`tokens/${open.reference}.xml`).expect(200)).text);
      expect(tx.service_requests.request[0]).toEqual({ service_request_id: open.reference, token: open.reference });
      const missing = await get('requests/PAR-2020-999999.xml').expect(404);
      expect(xml.parse(missing.text).errors.error[0]).toMatchObject({ code: '404' });
      expect((await get('requests/nonsense.json').expect(404)).body[0].code).toBe(404);
      await get('tokens/nonsense.json').expect(404);
    });
  });

  describe('filing requests', () => {
    let key: string;
    beforeAll(async () => {
      key = await newKey('Appli citoyenne');
    });

    it('403 without a key, with an unknown one and with a revoked one, in both formats; nothing filed', async () => {
      const before = (await t.sql(`SELECT count(*)::int AS n FROM service_requests`))[0].n;
      const form: [string, string][] = [
        ['service_code', report.code],
        ['lat', '47.5'],
        ['long', '1.3'],
        ['description', 'Panne'],
      ];
      const x = await post('requests.xml', form).expect(403);
      expect(xml.parse(x.text).errors.error[0]).toMatchObject({ code: '403', description: expect.stringContaining('api_key') });
      expect((await post('requests.json', [...form, ['api_key', 'o311_' + 'A'.repeat(43)]]).expect(403)).body[0].code).toBe(403);
      const revoked = await newKey('Ancienne appli');
      const [row] = (await t.gqlOk(KEYS, {}, admin.token)).open311ApiKeys.filter((k: any) => k.name === 'Ancienne appli');
      expect(await t.gqlOk(REVOKE_KEY, { id: row.id }, admin.token)).toEqual({ revokeOpen311ApiKey: true });
      await post('requests.json', [...form, ['api_key', revoked]]).expect(403);
      expect((await t.sql(`SELECT count(*)::int AS n FROM service_requests`))[0].n).toBe(before);
    });

    it('400 naming each parameter: missing service_code, bad lat, unknown attribute, a required attribute; nothing filed', async () => {
      const before = (await t.sql(`SELECT count(*)::int AS n FROM service_requests`))[0].n;
      let res = await post('requests.json', [
        ['api_key', key],
        ['lat', '47.5'],
        ['long', '1.3'],
        ['description', 'x'],
      ]).expect(400);
      expect(res.body.map((e: any) => e.description)).toEqual([expect.stringMatching(/^service_code: /)]);
      res = await post('requests.xml', [
        ['api_key', key],
        ['service_code', report.code],
        ['lat', 'north'],
        ['long', '1.3'],
        ['description', 'x'],
      ]).expect(400);
      expect(xml.parse(res.text).errors.error.map((e: any) => e.description)).toEqual([expect.stringMatching(/^lat: /)]);
      res = await post('requests.json', [
        ['api_key', key],
        ['service_code', report.code],
        ['lat', '147.5'],
        ['long', '1.3'],
      ]).expect(400);
      expect(res.body.map((e: any) => e.description.split(':')[0]).sort()).toEqual(['description', 'lat']);
      res = await post('requests.json', [
        ['api_key', key],
        ['service_code', rich.code],
        ['address_string', '2 rue Haute'],
        ['description', 'Gravats'],
        ['attribute[colour]', 'red'],
        ['attribute[kind]', 'plastique'],
      ]).expect(400);
      expect(res.body.map((e: any) => e.description.split(':')[0]).sort()).toEqual(['attribute[colour]']);
      res = await post('requests.json', [
        ['api_key', key],
        ['service_code', rich.code],
        ['address_string', '2 rue Haute'],
        ['description', 'Gravats'],
        ['attribute[kind]', 'plastique'],
      ]).expect(400);
      expect(res.body.map((e: any) => e.description.split(':')[0]).sort()).toEqual(['attribute[kind]', 'attribute[volume]']);
      res = await post('requests.json', [
        ['api_key', key],
        ['service_code', formality.code],
        ['address_string', '2 rue Haute'],
        ['description', 'Acte'],
      ]).expect(400);
      expect(res.body[0].description).toMatch(/^service_code: /);
      res = await post('requests.json', [
        ['api_key', key],
        ['jurisdiction_id', 'elsewhere'],
        ['service_code', report.code],
        ['address_string', '2 rue Haute'],
        ['description', 'Panne'],
      ]).expect(400);
      expect(res.body[0].description).toMatch(/^jurisdiction_id: /);
      expect((await t.sql(`SELECT count(*)::int AS n FROM service_requests`))[0].n).toBe(before);
    });

    it('a POST with attribute[CODE] and attribute[CODE][] files a request the agents see in their queue, then Open311 reports its closing', async () => {
      const res = await post('requests.xml', [
        ['api_key', key],
        ['jurisdiction_id', JURISDICTION],
        ['service_code', rich.code],
        ['lat', '47.59'],
        ['long', '1.34'],
        ['address_string', '8 chemin du Lavoir'],
        ['description', 'Un tas de gravats sur le trottoir.'],
        ['email', 'Jeanne.Martin@example.test'],
        ['first_name', 'Jeanne'],
        ['last_name', 'Martin'],
        ['phone', '+33 6 00 00 00 00'],
        ['media_url', 'https://photos.example.test/1.jpg'],
        ['attribute[volume]', '3'],
        ['attribute[kind][]', 'gravats'],
        ['attribute[seen_on]', '2026-11-20T09:00:00+01:00'],
        ['attribute[dangerous]', 'true'],
        ['attribute[notes]', ''],
      ]).expect(200);
      const created = xml.parse(res.text).service_requests.request[0];
      expect(created.service_request_id).toMatch(/^PAR-\d{4}-\d{6}$/);
      const reference = created.service_request_id as string;

      // The same request in the agents' queue (GraphQL), with the fields as filed.
      const queue = await t.gqlOk(LIST, { first: 50 }, agent.token);
      const inQueue = queue.serviceRequests.edges.find((e: any) => e.node.reference === reference);
      expect(inQueue?.node.status).toBe('SUBMITTED');
      const [row] = await t.sql(
        `SELECT r.id, r.field_values AS "fieldValues", r.address, u.display_name AS requester, s.email, s.first_name AS "firstName", s.media_url AS "mediaUrl"
           FROM service_requests r JOIN users u ON u.id = r.requester_id JOIN open311_submissions s ON s.request_id = r.id
          WHERE r.reference = $1`,
        [reference],
      );
      expect(row).toMatchObject({
        fieldValues: { volume: 3, kind: 'gravats', seen_on: '2026-11-20', dangerous: true },
        address: '8 chemin du Lavoir',
        requester: 'Open311 · Appli citoyenne',
        email: 'jeanne.martin@example.test',
        firstName: 'Jeanne',
        mediaUrl: 'https://photos.example.test/1.jpg',
      });

      // Staff of the department read the contact the client gave; the public does not.
      const SUBMISSION = `query($id: ID!) { serviceRequest(id: $id) { id open311Submission { clientName email firstName lastName phone mediaUrl } } }`;
      expect((await t.gqlOk(SUBMISSION, { id: row.id }, agent.token)).serviceRequest.open311Submission).toEqual({
        clientName: 'Appli citoyenne',
        email: 'jeanne.martin@example.test',
        firstName: 'Jeanne',
        lastName: 'Martin',
        phone: '+33 6 00 00 00 00',
        mediaUrl: 'https://photos.example.test/1.jpg',
      });
      for (const token of [undefined, resident.token]) {
        expect((await t.gqlOk(SUBMISSION, { id: row.id }, token)).serviceRequest).toEqual({ id: row.id, open311Submission: null });
      }

      // Public answers never carry the person's contact.
      const publicXml = (await get(`requests/${reference}.xml`).expect(200)).text;
      const publicJson = JSON.stringify((await get(`requests.json?service_request_id=${reference}`).expect(200)).body);
      for (const text of [publicXml, publicJson]) {
        expect(text).not.toMatch(/jeanne|martin|\+33|photos\.example/i);
      }

      // The agent answers in public, notes internally, resolves and closes: Open311 says closed with the public update.
      await t.gqlOk(ADD_NOTE, { id: row.id, body: 'Équipe envoyée demain matin.', internal: false }, agent.token);
      await t.gqlOk(ADD_NOTE, { id: row.id, body: 'Interne : entreprise Dupont, devis 300 €.', internal: true }, agent.token);
      let [seen] = (await get(`requests/${reference}.json`).expect(200)).body;
      expect(seen).toMatchObject({ status: 'open', status_notes: 'Équipe envoyée demain matin.' });
      await move(t, agent, row.id, 'RESOLVED', 'Gravats enlevés.');
      await t.gqlOk(ADD_NOTE, { id: row.id, body: 'Interne : facture reçue.', internal: true }, agent.token);
      await move(t, agent, row.id, 'CLOSED', null);
      [seen] = (await get(`requests/${reference}.json`).expect(200)).body;
      expect(seen).toMatchObject({ status: 'closed', status_notes: 'Gravats enlevés.', service_code: rich.code });
      const listed = (await get(`requests.json?status=closed&service_code=${rich.code}`).expect(200)).body;
      expect(listed.map((r: any) => r.service_request_id)).toContain(reference);

      // The placeholder account follows nothing, so no notification piles up for it.
      expect(await t.sql(`SELECT count(*)::int AS n FROM follows WHERE target_id = $1`, [row.id])).toEqual([{ n: 0 }]);
      expect(await t.sql(`SELECT count(*)::int AS n FROM notifications WHERE target_id = $1`, [row.id])).toEqual([{ n: 0 }]);

      // The key's last use is recorded.
      const keys = (await t.gqlOk(KEYS, {}, admin.token)).open311ApiKeys;
      expect(keys.find((k: any) => k.name === 'Appli citoyenne').lastUsedAt).not.toBeNull();

      // A year on, the nightly job erases the person's contact; the request and the rest stay.
      const contacts = () =>
        t.sql(`SELECT email, first_name, last_name, phone, address_id FROM open311_submissions WHERE request_id = $1`, [row.id]);
      const retention = t.get<Open311ContactRetentionJob>(Open311ContactRetentionJob);
      await retention.run();
      expect((await contacts())[0].email).toBe('jeanne.martin@example.test'); // not yet
      await t.sql(`UPDATE open311_submissions SET created_at = now() - interval '366 days' WHERE request_id = $1`, [row.id]);
      await retention.run();
      expect(await contacts()).toEqual([{ email: null, first_name: null, last_name: null, phone: null, address_id: null }]);
      expect((await t.gqlOk(SUBMISSION, { id: row.id }, agent.token)).serviceRequest.open311Submission).toMatchObject({
        clientName: 'Appli citoyenne',
        email: null,
        phone: null,
      });
    });

    it('a JSON body with numbers is read as the form would be', async () => {
      const res = await t.http
        .post('/open311/v2/requests.json')
        .send({ api_key: key, service_code: rich.code, lat: 47.6, long: 1.35, description: 'Encombrants.', 'attribute[volume]': 2 })
        .expect(200);
      const [row] = await t.sql(`SELECT lat, lng, field_values AS "fieldValues" FROM service_requests WHERE reference = $1`, [
        res.body[0].service_request_id,
      ]);
      expect(row).toEqual({ lat: 47.6, lng: 1.35, fieldValues: { volume: 2 } });
    });

    it('JSON POST with an address only; attribute[CODE][] with two values is refused', async () => {
      const ok = await post('requests.json', [
        ['api_key', key],
        ['service_code', report.code],
        ['address_string', '1 place de la Mairie'],
        ['description', 'Éteint depuis hier.'],
      ]).expect(200);
      expect(ok.body).toEqual([{ service_request_id: expect.stringMatching(/^PAR-/), service_notice: '', account_id: null }]);
      const two = await post('requests.json', [
        ['api_key', key],
        ['service_code', rich.code],
        ['address_string', '1 place de la Mairie'],
        ['description', 'x'],
        ['attribute[volume]', '2'],
        ['attribute[kind][]', 'gravats'],
        ['attribute[kind][]', 'encombrants'],
      ]).expect(400);
      expect(two.body[0].description).toMatch(/^attribute\[kind\]\[\]: /);
    });
  });

  describe('API keys', () => {
    it('only admins manage keys; a key is shown once and stored hashed', async () => {
      for (const token of [undefined, resident.token, agent.token]) {
        expect(errorOf(await t.gql(CREATE_KEY, { name: 'x' }, token)).code).toMatch(/UNAUTHENTICATED|FORBIDDEN/);
        expect(errorOf(await t.gql(KEYS, {}, token)).code).toMatch(/UNAUTHENTICATED|FORBIDDEN/);
      }
      const key = await newKey('Hashed');
      expect(key).toMatch(/^o311_[A-Za-z0-9_-]{43}$/);
      const [row] = await t.sql(`SELECT key_hash AS "keyHash" FROM open311_api_keys WHERE name = 'Hashed'`);
      expect(row.keyHash).toBe(createHash('sha256').update(key).digest('hex'));
      expect(JSON.stringify(await t.gqlOk(KEYS, {}, admin.token))).not.toContain(key);
      expect(errorOf(await t.gql(CREATE_KEY, { name: '   ' }, admin.token))).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['name'] });
      const { id } = (await t.gqlOk(KEYS, {}, admin.token)).open311ApiKeys.find((k: any) => k.name === 'Hashed');
      expect(errorOf(await t.gql(REVOKE_KEY, { id }, agent.token)).code).toBe('FORBIDDEN');
      await t.gqlOk(REVOKE_KEY, { id }, admin.token);
      expect(errorOf(await t.gql(REVOKE_KEY, { id }, admin.token))).toMatchObject({ code: 'NOT_FOUND', reason: 'API_KEY_NOT_FOUND' });
      const listed = (await t.gqlOk(KEYS, {}, admin.token)).open311ApiKeys.find((k: any) => k.id === id);
      expect(listed.revokedAt).not.toBeNull();
    });

    it('rate limited per key (429 with Retry-After), other keys unaffected', async () => {
      const [a, b] = [await newKey('Bavarde'), await newKey('Calme')];
      // Refused posts count too: the limit is counted before any other work.
      const form = (k: string): [string, string][] => [
        ['api_key', k],
        ['service_code', report.code],
      ];
      for (let i = 0; i < POSTS_PER_KEY; i++) await post('requests.json', form(a)).expect(400);
      const limited = await post('requests.xml', form(a)).expect(429);
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      expect(xml.parse(limited.text).errors.error[0]).toMatchObject({ code: '429' });
      await post('requests.json', form(b)).expect(400);
    });
  });
});

describe('Open311: readers limited per IP address', () => {
  let t: TestApp;
  beforeAll(async () => {
    // Behind one proxy, so each test's X-Forwarded-For is the caller's address.
    t = await TestApp.start({ OPEN311_GETS_PER_IP_PER_MINUTE: '3', TRUST_PROXY_HOPS: '1' });
  });
  afterAll(() => t?.close());

  const get = (path: string, ip: string) => t.http.get(`/open311/v2/${path}`).set('X-Forwarded-For', ip);

  it('answers 429 with Retry-After in the format asked beyond the limit, every GET counted, other addresses unaffected', async () => {
    await get('services.json', '203.0.113.7').expect(200);
    await get('requests.json', '203.0.113.7').expect(200);
    await get('requests/PAR-1999-000001.json', '203.0.113.7').expect(404); // refused ones count too
    const limited = await get('requests.xml', '203.0.113.7').expect(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.headers['content-type']).toMatch(/xml/);
    expect(xml.parse(limited.text).errors.error[0]).toMatchObject({ code: '429' });
    const json = await get('discovery.json', '203.0.113.7').expect(429);
    expect(json.body).toEqual([{ code: 429, description: 'Too many requests from this address, try again in a minute' }]);
    await get('services.json', '203.0.113.8').expect(200);
  });
});
