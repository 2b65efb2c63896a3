import { DistrictsService } from '../../src/commune/districts.service';
import {
  ARCHIVE_DISTRICT,
  cast,
  Cast,
  CREATE_DISTRICT,
  DISTRICT_AT,
  DISTRICT_LIST,
  DISTRICTS,
  MERGE_DISTRICT,
  nonAdmins,
  rectangle,
  RESTORE_DISTRICT,
  UPDATE_DISTRICT,
} from '../harness/commune';
import { createConsultation, UPDATE as UPDATE_CONSULTATION } from '../harness/consultations';
import { TestUser } from '../harness/factories';
import { CREATE as CREATE_PROPOSAL, createDraft, UPDATE as UPDATE_PROPOSAL } from '../harness/proposals';
import { CREATE_REQUEST, file, LIST as LIST_REQUESTS, makeService } from '../harness/service-requests';
import { errorOf, TEST_DISTRICTS, TestApp } from '../harness/test-app';

const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { user { id district } } }`;

describe('districts', () => {
  let t: TestApp;
  let c: Cast;
  let council: TestUser;
  let serviceId: string;

  beforeAll(async () => {
    t = await TestApp.start();
    c = await cast(t);
    council = c.council;
    serviceId = (await makeService(t, (await t.factories.department()).id)).id;
  });
  afterAll(() => t?.close());

  const list = async (includeArchived = true) =>
    (await t.gqlOk(DISTRICT_LIST, { first: 100, includeArchived })).districtList.edges.map((e: any) => e.node);
  const byName = async (name: string) => (await list()).find((d: any) => d.name === name);
  const create = async (name: string, shape?: string) =>
    (await t.gqlOk(CREATE_DISTRICT, { input: { name, shape } }, c.admin.token)).createDistrict;
  const tableState = () => t.sql('SELECT id, name, position, archived_at, shape FROM districts ORDER BY position');

  it('starts with the DISTRICTS of the configuration, in order, once', async () => {
    expect((await t.gqlOk(DISTRICTS)).districts).toEqual(TEST_DISTRICTS);
    const nodes = await list();
    expect(nodes.map((d: any) => [d.name, d.position, d.archived, d.shape])).toEqual(TEST_DISTRICTS.map((n, i) => [n, i + 1, false, null]));
    // A restart finds the table filled and adds nothing.
    await t.get<DistrictsService>(DistrictsService).onModuleInit();
    expect((await t.sql('SELECT count(*)::int AS n FROM districts'))[0].n).toBe(TEST_DISTRICTS.length);
  });

  it('pages the list with keyset cursors and refuses a forged one', async () => {
    const first = (await t.gqlOk(DISTRICT_LIST, { first: 2 })).districtList;
    expect(first.edges.map((e: any) => e.node.name)).toEqual(TEST_DISTRICTS.slice(0, 2));
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(first.totalCount).toBeGreaterThanOrEqual(TEST_DISTRICTS.length);
    const next = (await t.gqlOk(DISTRICT_LIST, { first: 2, after: first.pageInfo.endCursor })).districtList;
    expect(next.edges.map((e: any) => e.node.name)).toEqual(TEST_DISTRICTS.slice(2, 4));
    expect(errorOf(await t.gql(DISTRICT_LIST, { first: 2, after: 'bm90IGEgY3Vyc29y' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: ['after'],
    });
    expect(errorOf(await t.gql(DISTRICT_LIST, { first: 101 }))).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['first'] });
  });

  describe('rights: only admins change districts, and a refusal changes nothing', () => {
    it.each([
      ['createDistrict', CREATE_DISTRICT, () => ({ input: { name: 'Intrus' } })],
      ['updateDistrict', UPDATE_DISTRICT, (id: string) => ({ id, input: { name: 'Intrus' } })],
      ['mergeDistrict', MERGE_DISTRICT, (id: string, other: string) => ({ id, intoId: other })],
      ['archiveDistrict', ARCHIVE_DISTRICT, (id: string) => ({ id })],
      ['restoreDistrict', RESTORE_DISTRICT, (id: string) => ({ id })],
    ])('%s', async (_name, mutation, variables) => {
      const [a, b] = await list();
      const before = await tableState();
      for (const [who, token, code] of nonAdmins(c)) {
        const res = await t.gql(mutation, (variables as (a: string, b: string) => Record<string, unknown>)(a.id, b.id), token);
        expect([who, errorOf(res).code]).toEqual([who, code]);
      }
      expect(await tableState()).toEqual(before);
    });
  });

  describe('adding', () => {
    it('adds at the end, offered at once', async () => {
      const d = await create('Les Ponts');
      expect(d).toMatchObject({ name: 'Les Ponts', archived: false, shape: null });
      expect(d.position).toBeGreaterThan(TEST_DISTRICTS.length);
      expect((await t.gqlOk(DISTRICTS)).districts.at(-1)).toBe('Les Ponts');
    });

    it('refuses a duplicate name whatever its case, and a blank one, adding nothing', async () => {
      const before = await tableState();
      expect(errorOf(await t.gql(CREATE_DISTRICT, { input: { name: ' centre-VILLE ' } }, c.admin.token))).toEqual({
        code: 'CONFLICT',
        reason: 'DISTRICT_NAME_TAKEN',
        fields: ['input.name'],
      });
      expect(errorOf(await t.gql(CREATE_DISTRICT, { input: { name: '   ' } }, c.admin.token))).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: ['input.name'],
      });
      expect(errorOf(await t.gql(CREATE_DISTRICT, { input: { name: 'x'.repeat(81) } }, c.admin.token))).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: ['input.name'],
      });
      expect(await tableState()).toEqual(before);
    });

    it.each([
      ['not JSON', '{ nope', /not JSON/],
      ['a point', JSON.stringify({ type: 'Point', coordinates: [1, 47] }), /Polygon or MultiPolygon/],
      [
        'an open ring',
        JSON.stringify({
          type: 'Polygon',
          coordinates: [
            [
              [1, 47],
              [1.1, 47],
              [1.1, 47.1],
              [1, 47.1],
            ],
          ],
        }),
        /not closed/,
      ],
      ['a latitude out of range', rectangle(1, 47, 1.1, 95), /latitude/],
      [
        'too few positions',
        JSON.stringify({
          type: 'Polygon',
          coordinates: [
            [
              [1, 47],
              [1.1, 47],
              [1, 47],
            ],
          ],
        }),
        /4 positions/,
      ],
    ])('refuses bad GeoJSON (%s) naming input.shape, adding nothing', async (_what, shape, message) => {
      const before = await tableState();
      const res = await t.gql(CREATE_DISTRICT, { input: { name: `Forme ${_what}`, shape } }, c.admin.token);
      expect(errorOf(res)).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_SHAPE', fields: ['input.shape'] });
      expect(res.errors?.[0].extensions.fields[0].message).toMatch(message);
      expect(await tableState()).toEqual(before);
    });
  });

  describe('districtAt: the point-in-polygon query (PostgreSQL polygons, no PostGIS)', () => {
    let north: any;
    let south: any;
    beforeAll(async () => {
      // North: a square with a hole in its middle; South: two squares (a MultiPolygon).
      const hole = [
        [2.04, 47.04],
        [2.06, 47.04],
        [2.06, 47.06],
        [2.04, 47.06],
        [2.04, 47.04],
      ];
      north = await create('Nord', rectangle(2, 47, 2.1, 47.1, [hole]));
      const square = (w: number, s: number) => [
        [
          [w, s],
          [w + 0.05, s],
          [w + 0.05, s + 0.05],
          [w, s + 0.05],
          [w, s],
        ],
      ];
      south = await create('Sud', JSON.stringify({ type: 'MultiPolygon', coordinates: [square(2, 46.9), square(2.2, 46.9)] }));
    });

    it('suggests the district whose outline holds the point, not its holes, any part of a MultiPolygon', async () => {
      const at = async (latitude: number, longitude: number) =>
        (await t.gqlOk(DISTRICT_AT, { latitude, longitude })).districtAt?.name ?? null;
      expect(await at(47.02, 2.02)).toBe('Nord');
      expect(await at(47.05, 2.05)).toBeNull(); // in the hole
      expect(await at(46.92, 2.02)).toBe('Sud');
      expect(await at(46.92, 2.22)).toBe('Sud');
      expect(await at(46.92, 2.12)).toBeNull(); // between the two parts
      expect(await at(10, 10)).toBeNull();
      expect(JSON.parse(north.shape).coordinates).toHaveLength(2);
      expect(south.shape).toContain('MultiPolygon');
    });

    it('forgets a removed outline and never suggests an archived district', async () => {
      await t.gqlOk(UPDATE_DISTRICT, { id: south.id, input: { shape: null } }, c.admin.token);
      expect((await t.gqlOk(DISTRICT_AT, { latitude: 46.92, longitude: 2.02 })).districtAt).toBeNull();
      expect((await t.sql('SELECT count(*)::int AS n FROM district_rings WHERE district_id = $1', [south.id]))[0].n).toBe(0);
      await t.gqlOk(ARCHIVE_DISTRICT, { id: north.id }, c.admin.token);
      expect((await t.gqlOk(DISTRICT_AT, { latitude: 47.02, longitude: 2.02 })).districtAt).toBeNull();
      await t.gqlOk(RESTORE_DISTRICT, { id: north.id }, c.admin.token);
      expect((await t.gqlOk(DISTRICT_AT, { latitude: 47.02, longitude: 2.02 })).districtAt.name).toBe('Nord');
    });

    it('names the coordinate out of range', async () => {
      expect(errorOf(await t.gql(DISTRICT_AT, { latitude: 91, longitude: 2 }))).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: ['latitude'],
      });
      expect(errorOf(await t.gql(DISTRICT_AT, { latitude: 47, longitude: -181 }))).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: ['longitude'],
      });
    });
  });

  describe('rename and merge carry the name over to every record', () => {
    it('renames a district in users, proposals, service requests and consultations, in one transaction', async () => {
      const d = await create('Les Tanneurs');
      await create('Les Forges');
      const resident = await t.factories.resident({ district: 'Les Tanneurs' });
      const draft = await createDraft(t, resident, { district: 'Les Tanneurs' });
      const request = await file(t, resident, serviceId, { district: 'Les Tanneurs' });
      const consultation = await createConsultation(t, council, { districts: ['Les Tanneurs', 'Les Forges'] });

      // Renaming into another district's name (whatever its case) is refused and changes nothing.
      expect(errorOf(await t.gql(UPDATE_DISTRICT, { id: d.id, input: { name: 'les forges' } }, c.admin.token))).toMatchObject({
        code: 'CONFLICT',
        reason: 'DISTRICT_NAME_TAKEN',
        fields: ['input.name'],
      });
      expect((await t.sql('SELECT district FROM proposals WHERE id = $1', [draft.id]))[0].district).toBe('Les Tanneurs');

      const renamed = (await t.gqlOk(UPDATE_DISTRICT, { id: d.id, input: { name: 'Quartier des Tanneurs' } }, c.admin.token))
        .updateDistrict;
      expect(renamed).toMatchObject({ id: d.id, name: 'Quartier des Tanneurs', position: d.position });
      expect((await t.sql('SELECT district FROM users WHERE id = $1', [resident.id]))[0].district).toBe('Quartier des Tanneurs');
      expect((await t.sql('SELECT district FROM proposals WHERE id = $1', [draft.id]))[0].district).toBe('Quartier des Tanneurs');
      expect((await t.sql('SELECT district FROM service_requests WHERE id = $1', [request.id]))[0].district).toBe('Quartier des Tanneurs');
      expect((await t.sql('SELECT districts FROM consultations WHERE id = $1', [consultation.id]))[0].districts).toEqual([
        'Quartier des Tanneurs',
        'Les Forges',
      ]);
      expect((await t.gqlOk(DISTRICTS)).districts).toContain('Quartier des Tanneurs');
      expect((await t.gqlOk(DISTRICTS)).districts).not.toContain('Les Tanneurs');
      // A change of case alone is a rename too.
      const cased = (await t.gqlOk(UPDATE_DISTRICT, { id: d.id, input: { name: 'quartier des Tanneurs' } }, c.admin.token)).updateDistrict;
      expect(cased.name).toBe('quartier des Tanneurs');
      expect((await t.sql('SELECT district FROM proposals WHERE id = $1', [draft.id]))[0].district).toBe('quartier des Tanneurs');
    });

    it('merges a district into another: records follow, a list keeps the name once, the district goes', async () => {
      const from = await create('Le Moulin');
      const into = await create('La Rivière');
      const resident = await t.factories.resident({ district: 'Le Moulin' });
      const draft = await createDraft(t, resident, { district: 'Le Moulin' });
      const request = await file(t, resident, serviceId, { district: 'Le Moulin' });
      const both = await createConsultation(t, council, { districts: ['Le Moulin', 'La Rivière', 'Le Port'] });
      const one = await createConsultation(t, council, { districts: ['Le Port', 'Le Moulin'] });

      const kept = (await t.gqlOk(MERGE_DISTRICT, { id: from.id, intoId: into.id }, c.admin.token)).mergeDistrict;
      expect(kept).toMatchObject({ id: into.id, name: 'La Rivière' });
      expect(await byName('Le Moulin')).toBeUndefined();
      expect((await t.sql('SELECT district FROM users WHERE id = $1', [resident.id]))[0].district).toBe('La Rivière');
      expect((await t.sql('SELECT district FROM proposals WHERE id = $1', [draft.id]))[0].district).toBe('La Rivière');
      expect((await t.sql('SELECT district FROM service_requests WHERE id = $1', [request.id]))[0].district).toBe('La Rivière');
      expect((await t.sql('SELECT districts FROM consultations WHERE id = $1', [both.id]))[0].districts).toEqual(['La Rivière', 'Le Port']);
      expect((await t.sql('SELECT districts FROM consultations WHERE id = $1', [one.id]))[0].districts).toEqual(['Le Port', 'La Rivière']);
      for (const table of ['users', 'proposals', 'service_requests']) {
        expect((await t.sql(`SELECT count(*)::int AS n FROM ${table} WHERE district = 'Le Moulin'`))[0].n).toBe(0);
      }
    });

    it('refuses a merge into itself, into an archived district or with an unknown one, changing nothing', async () => {
      const a = await create('Les Vignes');
      const b = await create('Les Prés');
      await t.gqlOk(ARCHIVE_DISTRICT, { id: b.id }, c.admin.token);
      const before = await tableState();
      expect(errorOf(await t.gql(MERGE_DISTRICT, { id: a.id, intoId: a.id }, c.admin.token))).toEqual({
        code: 'BAD_USER_INPUT',
        reason: 'MERGE_INTO_ITSELF',
        fields: ['intoId'],
      });
      expect(errorOf(await t.gql(MERGE_DISTRICT, { id: a.id, intoId: b.id }, c.admin.token))).toEqual({
        code: 'CONFLICT',
        reason: 'MERGE_INTO_ARCHIVED',
        fields: ['intoId'],
      });
      const unknown = '00000000-0000-4000-8000-000000000000';
      expect(errorOf(await t.gql(MERGE_DISTRICT, { id: a.id, intoId: unknown }, c.admin.token)).reason).toBe('DISTRICT_NOT_FOUND');
      expect(errorOf(await t.gql(UPDATE_DISTRICT, { id: 'nope', input: { name: 'X' } }, c.admin.token)).code).toBe('NOT_FOUND');
      expect(await tableState()).toEqual(before);
      // An archived district may be merged into an active one.
      expect((await t.gqlOk(MERGE_DISTRICT, { id: b.id, intoId: a.id }, c.admin.token)).mergeDistrict.name).toBe('Les Vignes');
    });

    it('a rename racing with new records: every record ends with the new name (the district row lock orders them)', async () => {
      await create('Les Halles');
      const d = await byName('Les Halles');
      const residents = await Promise.all(Array.from({ length: 8 }, () => t.factories.resident()));
      const results = await Promise.all([
        ...residents.map((r, i) =>
          t.gql(CREATE_PROPOSAL, { input: { title: `Course ${i}`, body: 'Pendant le renommage', district: 'Les Halles' } }, r.token),
        ),
        t.gql(UPDATE_DISTRICT, { id: d.id, input: { name: 'Halles centrales' } }, c.admin.token),
      ]);
      const created = results.slice(0, -1).filter((r) => !r.errors);
      const refused = results.slice(0, -1).filter((r) => r.errors);
      expect(results.at(-1)!.errors).toBeUndefined();
      // Those that came after the rename were told the district no longer exists.
      for (const r of refused) expect(errorOf(r)).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['input.district'] });
      expect((await t.sql(`SELECT count(*)::int AS n FROM proposals WHERE district = 'Les Halles'`))[0].n).toBe(0);
      expect((await t.sql(`SELECT count(*)::int AS n FROM proposals WHERE district = 'Halles centrales'`))[0].n).toBe(created.length);
    });
  });

  describe('archived districts', () => {
    let archivedName: string;
    let draft: any;
    let author: TestUser;
    let request: any;
    let consultation: any;

    beforeAll(async () => {
      const d = await create('Les Jardins');
      archivedName = d.name;
      author = await t.factories.resident();
      draft = await createDraft(t, author, { district: archivedName });
      request = await file(t, author, serviceId, { district: archivedName });
      consultation = await createConsultation(t, council, { districts: [archivedName] }, 'upcoming');
      const archived = (await t.gqlOk(ARCHIVE_DISTRICT, { id: d.id }, c.admin.token)).archiveDistrict;
      expect(archived).toMatchObject({ archived: true });
      expect(archived.archivedAt).toBeTruthy();
    });

    it('are no longer offered, listed only when asked', async () => {
      expect((await t.gqlOk(DISTRICTS)).districts).not.toContain(archivedName);
      expect((await list(false)).map((d: any) => d.name)).not.toContain(archivedName);
      expect((await byName(archivedName)).archived).toBe(true);
    });

    it('are refused for new records, naming the field', async () => {
      const refused = (res: any, path: string) => {
        expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', fields: [path] });
        expect(res.errors[0].extensions.fields[0].constraint).toBe('archivedDistrict');
      };
      refused(
        await t.gql(REGISTER, {
          input: {
            email: `late-${Date.now()}@example.test`,
            password: 'un mot de passe long',
            displayName: 'Tard',
            district: archivedName,
          },
        }),
        'input.district',
      );
      refused(
        await t.gql(CREATE_PROPOSAL, { input: { title: 'Nouveau', body: 'Texte', district: archivedName } }, author.token),
        'input.district',
      );
      refused(
        await t.gql(
          CREATE_REQUEST,
          { input: { serviceId, description: 'Panne', address: '1 rue X', district: archivedName } },
          author.token,
        ),
        'input.district',
      );
      const now = Date.now();
      refused(
        await t.gql(
          `mutation($input: CreateConsultationInput!) { createConsultation(input: $input) { id } }`,
          {
            input: {
              title: 'T',
              description: 'D',
              opensAt: new Date(now + 3_600_000).toISOString(),
              closesAt: new Date(now + 7_200_000).toISOString(),
              resultsVisibility: 'LIVE',
              districts: ['Le Port', archivedName],
              questions: [{ kind: 'FREE_TEXT', prompt: 'Q' }],
            },
          },
          council.token,
        ),
        'input.districts.1',
      );
      expect(
        errorOf(
          await t.gql(CREATE_PROPOSAL, { input: { title: 'Une idée nouvelle', body: 'Texte', district: 'Atlantide' } }, author.token),
        ),
      ).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: ['input.district'],
      });
    });

    it('stay on the records that had them, which may keep them when edited', async () => {
      const edited = (
        await t.gqlOk(UPDATE_PROPOSAL, { id: draft.id, input: { title: 'Titre revu', district: archivedName } }, author.token)
      ).updateProposal;
      expect(edited).toMatchObject({ title: 'Titre revu', district: archivedName });
      const kept = (
        await t.gqlOk(UPDATE_CONSULTATION, { id: consultation.id, input: { districts: [archivedName, 'Le Port'] } }, council.token)
      ).updateConsultation;
      expect(kept.districts).toEqual([archivedName, 'Le Port']);
      // Filters still find the old records.
      const found = (await t.gqlOk(LIST_REQUESTS, { first: 10, filter: { district: archivedName } }, c.admin.token)).serviceRequests;
      expect(found.edges.map((e: any) => e.node.id)).toContain(request.id);
      expect(errorOf(await t.gql(LIST_REQUESTS, { first: 10, filter: { district: 'Atlantide' } }))).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: ['filter.district'],
      });
    });

    it('are offered again once restored', async () => {
      const d = await byName(archivedName);
      expect((await t.gqlOk(RESTORE_DISTRICT, { id: d.id }, c.admin.token)).restoreDistrict.archived).toBe(false);
      expect((await t.gqlOk(DISTRICTS)).districts).toContain(archivedName);
      expect((await createDraft(t, author, { district: archivedName })).district).toBe(archivedName);
    });
  });
});
