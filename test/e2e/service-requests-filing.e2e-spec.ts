import { errorOf, TestApp } from '../harness/test-app';
import { BY_REFERENCE, CREATE_REQUEST, file, fileFormality, GET_REQUEST, makeService, setup, Setup } from '../harness/service-requests';
import { ServiceFieldKind } from '../../src/service-requests/service-request.enums';
import { Clock } from '../../src/common/clock';

describe('service requests: filing', () => {
  let t: TestApp;
  let s: Setup;
  let richServiceId: string;
  let inactiveServiceId: string;

  beforeAll(async () => {
    t = await TestApp.start();
    s = await setup(t);
    const rich = await makeService(t, s.departmentId, {
      targetDays: 7,
      fields: [
        { code: 'label', label: 'Texte', kind: ServiceFieldKind.TEXT, required: true, maxLength: 10 },
        { code: 'count', label: 'Nombre', kind: ServiceFieldKind.NUMBER, required: false, min: 1, max: 5 },
        { code: 'since', label: 'Depuis', kind: ServiceFieldKind.DATE, required: false },
        {
          code: 'where',
          label: 'Où',
          kind: ServiceFieldKind.SINGLE_CHOICE,
          required: true,
          options: [
            { value: 'road', label: 'Chaussée' },
            { value: 'walk', label: 'Trottoir' },
          ],
        },
        { code: 'danger', label: 'Danger', kind: ServiceFieldKind.YES_NO, required: false },
      ],
    });
    richServiceId = rich.id;
    const inactive = await makeService(t, s.departmentId);
    inactiveServiceId = inactive.id;
    await t.sql(`UPDATE services SET active = false WHERE id = $1`, [inactive.id]);
  });
  afterAll(() => t?.close());

  const valid = () => ({
    serviceId: richServiceId,
    description: 'Trou profond devant le 12 rue Nationale.',
    location: { lat: 47.5861, lng: 1.3359 },
    address: '12 rue Nationale',
    district: 'Centre-ville',
    fieldValues: [
      { code: 'label', value: 'Trou' },
      { code: 'count', value: '3' },
      { code: 'since', value: '2026-02-28' },
      { code: 'where', value: 'road' },
      { code: 'danger', value: 'true' },
    ],
  });

  async function refused(input: Record<string, unknown>, token = s.resident.token) {
    const before = await t.sql(`SELECT count(*)::int AS n FROM service_requests`);
    const res = await t.gql(CREATE_REQUEST, { input }, token);
    const after = await t.sql(`SELECT count(*)::int AS n FROM service_requests`);
    expect(after[0].n).toBe(before[0].n);
    return { ...errorOf(res), raw: res };
  }

  it('files a request with every kind of field, and records it as filed', async () => {
    const r = (await t.gqlOk(CREATE_REQUEST, { input: valid() }, s.resident.token)).createServiceRequest;
    expect(r).toMatchObject({
      status: 'SUBMITTED',
      description: 'Trou profond devant le 12 rue Nationale.',
      address: '12 rue Nationale',
      district: 'Centre-ville',
      location: { lat: 47.5861, lng: 1.3359 },
      requester: { id: s.resident.id },
      service: { id: richServiceId, targetDays: 7 },
      department: { id: s.departmentId },
      followerCount: 1,
      viewerIsFollowing: true,
      viewerIsRequester: true,
      isOverdue: false,
      acknowledgedAt: null,
    });
    expect(r.reference).toMatch(new RegExp(`^PAR-${new Date().getFullYear()}-\\d{6}$`));
    expect(r.fieldValues).toEqual([
      { code: 'label', label: 'Texte', value: 'Trou' },
      { code: 'count', label: 'Nombre', value: '3' },
      { code: 'since', label: 'Depuis', value: '2026-02-28' },
      { code: 'where', label: 'Où', value: 'road' },
      { code: 'danger', label: 'Danger', value: 'true' },
    ]);
    expect(r.events).toEqual([expect.objectContaining({ kind: 'CREATED', toStatus: 'SUBMITTED', byRequester: true })]);
    // Expected date: filing date + the service's 7 days.
    expect(new Date(r.expectedAt).getTime() - new Date(r.createdAt).getTime()).toBe(7 * 86400_000);
    const [row] = await t.sql(`SELECT field_values, requester_id, is_public FROM service_requests WHERE id = $1`, [r.id]);
    expect(row).toEqual({
      field_values: { label: 'Trou', count: 3, since: '2026-02-28', where: 'road', danger: true },
      requester_id: s.resident.id,
      is_public: true,
    });
    expect(await t.sql(`SELECT user_id FROM follows WHERE target_type = 'SERVICE_REQUEST' AND target_id = $1`, [r.id])).toEqual([
      { user_id: s.resident.id },
    ]);
  });

  it('stores text exactly as typed', async () => {
    const description = '  <b>Pas de HTML</b> & "guillemets"\nsur deux lignes  ';
    const r = await file(t, s.resident, s.reportId, { description, address: ' 3 rue <i>des</i> Lilas ' });
    expect(r.description).toBe(description);
    expect(r.address).toBe(' 3 rue <i>des</i> Lilas ');
  });

  it('accepts a number written with a decimal comma and a blank optional value', async () => {
    const input = valid();
    input.fieldValues = [
      { code: 'label', value: 'x' },
      { code: 'where', value: 'walk' },
      { code: 'count', value: '2,5' },
      { code: 'since', value: '   ' },
    ];
    const r = (await t.gqlOk(CREATE_REQUEST, { input }, s.resident.token)).createServiceRequest;
    expect(r.fieldValues.map((f: { code: string; value: string }) => [f.code, f.value])).toEqual([
      ['label', 'x'],
      ['count', '2.5'],
      ['where', 'walk'],
    ]);
  });

  it('refuses visitors', async () => {
    const res = await t.gql(CREATE_REQUEST, { input: valid() });
    expect(errorOf(res).code).toBe('UNAUTHENTICATED');
  });

  it.each([
    ['serviceId malformed', { serviceId: 'nope' }, 'input.serviceId'],
    ['serviceId unknown', { serviceId: '00000000-0000-4000-8000-000000000000' }, 'input.serviceId'],
    ['description empty', { description: '' }, 'input.description'],
    ['description blank', { description: '   \n ' }, 'input.description'],
    ['description too long', { description: 'x'.repeat(5001) }, 'input.description'],
    ['latitude above 90', { location: { lat: 90.5, lng: 1 } }, 'input.location.lat'],
    ['latitude below -90', { location: { lat: -91, lng: 1 } }, 'input.location.lat'],
    ['longitude above 180', { location: { lat: 47, lng: 180.1 } }, 'input.location.lng'],
    ['longitude below -180', { location: { lat: 47, lng: -200 } }, 'input.location.lng'],
    ['address blank', { address: '  ' }, 'input.address'],
    ['address too long', { address: 'x'.repeat(301) }, 'input.address'],
    ['district unknown', { district: 'Atlantide' }, 'input.district'],
  ])('refuses %s', async (_name, patch, path) => {
    const e = await refused({ ...valid(), ...patch });
    expect(e.code).toBe('BAD_USER_INPUT');
    expect(e.fields).toContain(path);
  });

  it('refuses a withdrawn service', async () => {
    const e = await refused({ ...valid(), serviceId: inactiveServiceId, fieldValues: [] });
    expect(e).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['input.serviceId'] });
  });

  it('refuses a report with neither map point nor address, but not a formality', async () => {
    const e = await refused({ serviceId: s.reportId, description: 'Lampadaire éteint.' });
    expect(e).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['input.location'] });
    await file(t, s.resident, s.reportId, { location: undefined, address: '3 rue des Lilas' });
    await fileFormality(t, s.resident, s.formalityId);
  });

  it.each([
    ['a required text missing', [{ code: 'where', value: 'road' }], 'input.fieldValues.label', 'required'],
    [
      'a required value blank',
      [
        { code: 'label', value: ' ' },
        { code: 'where', value: 'road' },
      ],
      'input.fieldValues.label',
      'required',
    ],
    [
      'a text too long',
      [
        { code: 'label', value: 'x'.repeat(11) },
        { code: 'where', value: 'road' },
      ],
      'input.fieldValues.label',
      'maxLength',
    ],
    [
      'a number that is not one',
      [
        { code: 'label', value: 'x' },
        { code: 'where', value: 'road' },
        { code: 'count', value: '3 lampes' },
      ],
      'input.fieldValues.count',
      'isNumber',
    ],
    [
      'a number below min',
      [
        { code: 'label', value: 'x' },
        { code: 'where', value: 'road' },
        { code: 'count', value: '0' },
      ],
      'input.fieldValues.count',
      'min',
    ],
    [
      'a number above max',
      [
        { code: 'label', value: 'x' },
        { code: 'where', value: 'road' },
        { code: 'count', value: '6' },
      ],
      'input.fieldValues.count',
      'max',
    ],
    [
      'a date in another format',
      [
        { code: 'label', value: 'x' },
        { code: 'where', value: 'road' },
        { code: 'since', value: '28/02/2026' },
      ],
      'input.fieldValues.since',
      'isDate',
    ],
    [
      'a date that does not exist',
      [
        { code: 'label', value: 'x' },
        { code: 'where', value: 'road' },
        { code: 'since', value: '2026-02-30' },
      ],
      'input.fieldValues.since',
      'isDate',
    ],
    [
      'a choice not offered',
      [
        { code: 'label', value: 'x' },
        { code: 'where', value: 'sky' },
      ],
      'input.fieldValues.where',
      'isIn',
    ],
    [
      'a yes/no that is neither',
      [
        { code: 'label', value: 'x' },
        { code: 'where', value: 'road' },
        { code: 'danger', value: 'oui' },
      ],
      'input.fieldValues.danger',
      'isBoolean',
    ],
    [
      'an unknown field',
      [
        { code: 'label', value: 'x' },
        { code: 'where', value: 'road' },
        { code: 'colour', value: 'red' },
      ],
      'input.fieldValues.colour',
      'unknownField',
    ],
    [
      'a field given twice',
      [
        { code: 'label', value: 'x' },
        { code: 'where', value: 'road' },
        { code: 'where', value: 'walk' },
      ],
      'input.fieldValues.where',
      'unique',
    ],
  ])('refuses %s, naming the field', async (_name, fieldValues, path, constraint) => {
    const e = await refused({ ...valid(), fieldValues });
    expect(e.code).toBe('BAD_USER_INPUT');
    const fields = e.raw.errors![0].extensions.fields as { path: string; constraint: string }[];
    expect(fields).toContainEqual(expect.objectContaining({ path, constraint }));
  });

  it('reports every fault at once', async () => {
    const e = await refused({ ...valid(), district: 'Atlantide', fieldValues: [{ code: 'count', value: 'beaucoup' }] });
    expect(e.fields.sort()).toEqual(['input.district', 'input.fieldValues.count', 'input.fieldValues.label', 'input.fieldValues.where']);
  });

  it('gives unique, sequential references under 40 parallel filings', async () => {
    const before = await t.sql(`SELECT last_value FROM service_request_counters`);
    const created = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        t.gqlOk(
          CREATE_REQUEST,
          { input: { serviceId: s.reportId, description: `Signalement n°${i}`, address: `${i} rue du Port` } },
          i % 2 ? s.resident.token : s.other.token,
        ),
      ),
    );
    const refs = created.map((d) => d.createServiceRequest.reference as string);
    expect(new Set(refs).size).toBe(40);
    const numbers = refs.map((r) => Number(r.slice(-6))).sort((a, b) => a - b);
    expect(numbers[39] - numbers[0]).toBe(39);
    expect(numbers[0]).toBe(before[0].last_value + 1);
    const [counter] = await t.sql(`SELECT last_value FROM service_request_counters`);
    const [rows] = await t.sql(`SELECT count(*)::int AS n FROM service_requests`);
    expect(counter.last_value).toBe(rows.n);
  });

  describe('privacy of the requester and of formalities', () => {
    let report: Record<string, any>;
    let formality: Record<string, any>;
    beforeAll(async () => {
      report = await file(t, s.resident, s.reportId);
      formality = await fileFormality(t, s.resident, s.formalityId);
    });

    it('never shows who filed a report to the public, another resident or another department', async () => {
      for (const token of [undefined, s.other.token, s.otherAgent.token]) {
        for (const [query, vars, key] of [
          [GET_REQUEST, { id: report.id }, 'serviceRequest'],
          [BY_REFERENCE, { reference: report.reference }, 'serviceRequestByReference'],
        ] as const) {
          const r = (await t.gqlOk(query, vars, token))[key];
          expect(r.id).toBe(report.id);
          expect(r.requester).toBeNull();
          expect(r.fieldValues).toEqual([]);
          expect(r.events.every((e: { author: unknown }) => e.author === null)).toBe(true);
          expect(JSON.stringify(r)).not.toContain(s.resident.id);
          expect(JSON.stringify(r)).not.toContain(s.resident.displayName);
        }
      }
    });

    it('shows the requester to themselves and to staff of the department', async () => {
      for (const who of [s.resident, s.agent, s.admin]) {
        const r = (await t.gqlOk(GET_REQUEST, { id: report.id }, who.token)).serviceRequest;
        expect(r.requester).toEqual({ id: s.resident.id, displayName: s.resident.displayName });
      }
    });

    it('finds a reference whatever its case and spaces', async () => {
      const r = (await t.gqlOk(BY_REFERENCE, { reference: `  ${report.reference.toLowerCase()} ` })).serviceRequestByReference;
      expect(r.id).toBe(report.id);
      expect((await t.gqlOk(BY_REFERENCE, { reference: 'PAR-1999-000001' })).serviceRequestByReference).toBeNull();
      expect((await t.gqlOk(BY_REFERENCE, { reference: "'; DROP TABLE x" })).serviceRequestByReference).toBeNull();
    });

    it('hides a formality from everyone but its requester and staff of the department', async () => {
      for (const token of [undefined, s.other.token, s.otherAgent.token]) {
        expect((await t.gqlOk(GET_REQUEST, { id: formality.id }, token)).serviceRequest).toBeNull();
        expect((await t.gqlOk(BY_REFERENCE, { reference: formality.reference }, token)).serviceRequestByReference).toBeNull();
      }
      for (const who of [s.resident, s.agent, s.admin]) {
        const r = (await t.gqlOk(BY_REFERENCE, { reference: formality.reference }, who.token)).serviceRequestByReference;
        expect(r.fieldValues).toEqual([{ code: 'full_name', label: 'Nom', value: 'Marie Dupont' }]);
      }
    });
  });

  // Last: moves this app's clock into next year.
  it('numbers per year: the count restarts at 000001 on 1 January, Paris time', async () => {
    const clock = t.get<Clock>(Clock);
    const parisYear = (d: Date) => Number(new Intl.DateTimeFormat('en', { timeZone: 'Europe/Paris', year: 'numeric' }).format(d));
    const year = parisYear(clock.now());
    const counter = async (y: number) =>
      (await t.sql(`SELECT last_value FROM service_request_counters WHERE year = $1`, [y])).map((r) => r.last_value as number);
    const [sofar] = await counter(year);
    // Files made earlier in this file: this year's count is well under way.
    expect(sofar).toBeGreaterThan(40);

    // 31 December, 23:50 in Paris (22:50 UTC; Paris is UTC+1 in winter): still this year.
    clock.advance(Date.UTC(year, 11, 31, 22, 50) - clock.now().getTime());
    expect((await file(t, s.resident, s.reportId)).reference).toBe(`PAR-${year}-${String(sofar + 1).padStart(6, '0')}`);

    // 23:30 UTC is already 00:30 on 1 January in Paris: a new year, numbered from 1 again.
    clock.advance(40 * 60_000);
    const first = await file(t, s.resident, s.reportId);
    const second = await file(t, s.other, s.reportId);
    expect([first.reference, second.reference]).toEqual([`PAR-${year + 1}-000001`, `PAR-${year + 1}-000002`]);
    expect(await counter(year)).toEqual([sofar + 1]);
    expect(await counter(year + 1)).toEqual([2]);
    // What a user sees is what was stored.
    const stored = await t.sql(`SELECT reference FROM service_requests WHERE id = ANY($1::uuid[]) ORDER BY reference`, [
      [first.id, second.id],
    ]);
    expect(stored.map((r) => r.reference)).toEqual([first.reference, second.reference]);
    const [{ n }] = await t.sql(`SELECT count(DISTINCT reference)::int AS n FROM service_requests`);
    const [{ m }] = await t.sql(`SELECT count(*)::int AS m FROM service_requests`);
    expect(n).toBe(m);
  });
});
