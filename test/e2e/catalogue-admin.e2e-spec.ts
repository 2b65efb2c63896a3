import { CREATE_REQUEST, GET_REQUEST } from '../harness/service-requests';
import type { TestUser } from '../harness/factories';
import { errorOf, TestApp } from '../harness/test-app';

/**
 * The service catalogue as admins run it: rights for every role, validation naming the field,
 * the order within a group, withdrawal, whether requests are public, and requests filed before an
 * edit that keep their answers readable with the labels they were filed under.
 */

const SERVICE = `id code name description kind group position publicRequests targetDays active department { id archived }
  fields { code label kind required description options { value label } min max maxLength }`;
const CREATE = `mutation($input: CreateServiceInput!) { createService(input: $input) { ${SERVICE} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateServiceInput!) { updateService(id: $id, input: $input) { ${SERVICE} } }`;
const MOVE = `mutation($id: ID!, $direction: ServiceMoveDirection!) { moveService(id: $id, direction: $direction) { id code position active } }`;
const SERVICES = `query($all: Boolean) { services(includeInactive: $all) { id code group position active } }`;
const ONE = `query($id: ID!) { service(id: $id) { ${SERVICE} } }`;
const TEMPLATES = `query($d: ID!) { responseTemplates(departmentId: $d) { id title body } }`;
const CREATE_TEMPLATE = `mutation($input: CreateResponseTemplateInput!) { createResponseTemplate(input: $input) { id title body departmentId } }`;
const UPDATE_TEMPLATE = `mutation($id: ID!, $input: UpdateResponseTemplateInput!) { updateResponseTemplate(id: $id, input: $input) { id title body } }`;
const DELETE_TEMPLATE = `mutation($id: ID!) { deleteResponseTemplate(id: $id) }`;

describe('catalogue admin: services', () => {
  let t: TestApp;
  let departmentId: string;
  let otherDepartmentId: string;
  let admin: TestUser;
  let resident: TestUser;
  let agent: TestUser;
  let council: TestUser;
  let moderator: TestUser;
  let codes = 0;
  const code = () => `SVC-${++codes}`;

  beforeAll(async () => {
    t = await TestApp.start();
    departmentId = (await t.factories.department('VOIRIE', 'Voirie')).id;
    otherDepartmentId = (await t.factories.department('ETAT-CIVIL', 'État civil')).id;
    admin = await t.factories.admin();
    resident = await t.factories.resident();
    agent = await t.factories.agent([departmentId]);
    council = await t.factories.council();
    moderator = await t.factories.moderator();
  });
  afterAll(() => t?.close());

  const input = (patch: Record<string, unknown> = {}) => ({
    code: code(),
    name: 'Dépôt sauvage',
    description: 'Des déchets abandonnés sur la voie publique.',
    kind: 'REPORT',
    group: 'Propreté',
    departmentId,
    targetDays: 7,
    fields: [],
    ...patch,
  });
  const create = async (patch: Record<string, unknown> = {}) => (await t.gqlOk(CREATE, { input: input(patch) }, admin.token)).createService;
  const count = async () => (await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM services`))[0].n;

  describe('rights: only admins write the catalogue', () => {
    let service: { id: string };
    beforeAll(async () => {
      service = await create({ group: 'Droits' });
    });

    it.each([
      ['a visitor', () => undefined, 'UNAUTHENTICATED'],
      ['a resident', () => resident.token, 'FORBIDDEN'],
      ['an agent of the department', () => agent.token, 'FORBIDDEN'],
      ['a councillor', () => council.token, 'FORBIDDEN'],
      ['a moderator', () => moderator.token, 'FORBIDDEN'],
    ])('refuses %s and changes nothing', async (_who, token, code) => {
      const before = await t.sql(`SELECT * FROM services ORDER BY id`);
      const versions = await t.sql(`SELECT * FROM service_field_versions ORDER BY service_id, version`);
      for (const [query, variables] of [
        [CREATE, { input: input() }],
        [UPDATE, { id: service.id, input: { name: 'Autre', active: false, fields: [{ code: 'a', label: 'A', kind: 'TEXT' }] } }],
        [MOVE, { id: service.id, direction: 'UP' }],
      ] as const) {
        expect(errorOf(await t.gql(query, variables, token())).code).toBe(code);
      }
      expect(await t.sql(`SELECT * FROM services ORDER BY id`)).toEqual(before);
      expect(await t.sql(`SELECT * FROM service_field_versions ORDER BY service_id, version`)).toEqual(versions);
    });

    it('lets an admin create, edit and move', async () => {
      const created = (await t.gqlOk(CREATE, { input: input({ group: 'Droits' }) }, admin.token)).createService;
      expect(created).toMatchObject({ group: 'Droits', position: 2, active: true, publicRequests: true });
      const updated = (await t.gqlOk(UPDATE, { id: created.id, input: { name: 'Tags' } }, admin.token)).updateService;
      expect(updated.name).toBe('Tags');
      const moved = (await t.gqlOk(MOVE, { id: created.id, direction: 'UP' }, admin.token)).moveService;
      expect(moved.map((s: { id: string }) => s.id)).toEqual([created.id, service.id]);
    });

    it('shows withdrawn services to admins only', async () => {
      const withdrawn = await create({ group: 'Droits' });
      await t.gqlOk(UPDATE, { id: withdrawn.id, input: { active: false } }, admin.token);
      for (const who of [undefined, resident, agent, council, moderator]) {
        const list = (await t.gqlOk(SERVICES, { all: true }, who?.token)).services;
        expect(list.map((s: { id: string }) => s.id)).not.toContain(withdrawn.id);
      }
      expect((await t.gqlOk(SERVICES, { all: true }, admin.token)).services.map((s: { id: string }) => s.id)).toContain(withdrawn.id);
    });
  });

  describe('validation names the field and changes nothing', () => {
    let archivedDepartmentId = '';
    beforeAll(async () => {
      const archived = await t.factories.department('ARCHIVEE', 'Archivée');
      await t.sql(`UPDATE departments SET archived_at = now() WHERE id = $1`, [archived.id]);
      archivedDepartmentId = archived.id;
      await create({ code: 'SVC-TAKEN' });
    });

    it.each([
      ['a code already used', () => ({ code: 'SVC-TAKEN' }), 'CONFLICT', 'input.code'],
      ['a target of 0 days', () => ({ targetDays: 0 }), 'BAD_USER_INPUT', 'input.targetDays'],
      ['a target over a year', () => ({ targetDays: 366 }), 'BAD_USER_INPUT', 'input.targetDays'],
      ['an archived department', () => ({ departmentId: archivedDepartmentId }), 'BAD_USER_INPUT', 'input.departmentId'],
      ['public requests for a formality', () => ({ kind: 'FORMALITY', publicRequests: true }), 'BAD_USER_INPUT', 'input.publicRequests'],
      [
        'a choice without options',
        () => ({ fields: [{ code: 'where', label: 'Où ?', kind: 'SINGLE_CHOICE', required: true }] }),
        'BAD_USER_INPUT',
        'input.fields.0.options',
      ],
      [
        'two fields with one code',
        () => ({
          fields: [
            { code: 'note', label: 'Note', kind: 'TEXT' },
            { code: 'note', label: 'Autre note', kind: 'TEXT' },
          ],
        }),
        'BAD_USER_INPUT',
        'input.fields.1.code',
      ],
      [
        'an option without a label',
        () => ({
          fields: [
            {
              code: 'where',
              label: 'Où ?',
              kind: 'SINGLE_CHOICE',
              options: [
                { value: 'a', label: 'A' },
                { value: 'b', label: '' },
              ],
            },
          ],
        }),
        'BAD_USER_INPUT',
        'input.fields.0.options.1.label',
      ],
      [
        'a help text over 500 characters',
        () => ({ fields: [{ code: 'a', label: 'A', kind: 'TEXT', description: 'x'.repeat(501) }] }),
        'BAD_USER_INPUT',
        'input.fields.0.description',
      ],
      [
        '21 fields',
        () => ({ fields: Array.from({ length: 21 }, (_, i) => ({ code: `f${i}`, label: `F${i}`, kind: 'TEXT' })) }),
        'BAD_USER_INPUT',
        'input.fields',
      ],
    ])('refuses %s', async (_name, patch, code, path) => {
      const before = await count();
      const res = await t.gql(CREATE, { input: input(patch()) }, admin.token);
      expect(errorOf(res).code).toBe(code);
      expect(errorOf(res).fields).toContain(path);
      expect(await count()).toBe(before);
    });

    // Values the schema's types refuse before any resolver runs: GraphQL names them in its message.
    it.each([
      ['a field of an unknown kind', { fields: [{ code: 'sig', label: 'Signature', kind: 'SIGNATURE' }] }, 'input.fields[0].kind'],
      ['a target that is not a whole number of days', { targetDays: 2.5 }, 'input.targetDays'],
      ['an unknown service kind', { kind: 'COMPLAINT' }, 'input.kind'],
    ])('refuses %s, naming it', async (_name, patch, path) => {
      const before = await count();
      const res = await t.gql(CREATE, { input: input(patch) }, admin.token);
      expect(errorOf(res).code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].message).toContain(`at "${path}"`);
      expect(await count()).toBe(before);
    });

    it('checks an edit like a creation, and an edit refused changes nothing', async () => {
      const service = await create({ fields: [{ code: 'note', label: 'Note', kind: 'TEXT' }] });
      const row = async () => (await t.sql(`SELECT * FROM services WHERE id = $1`, [service.id]))[0];
      const before = await row();
      for (const [change, code, path] of [
        [{ targetDays: 400 }, 'BAD_USER_INPUT', 'input.targetDays'],
        [{ name: '  ' }, 'BAD_USER_INPUT', 'input.name'],
        [{ kind: 'FORMALITY', publicRequests: true }, 'BAD_USER_INPUT', 'input.publicRequests'],
        [{ departmentId: archivedDepartmentId }, 'BAD_USER_INPUT', 'input.departmentId'],
        [{ fields: [{ code: 'Note', label: 'Note', kind: 'TEXT' }] }, 'BAD_USER_INPUT', 'input.fields.0.code'],
        [{ fields: [{ code: 'n', label: 'N', kind: 'NUMBER', min: 10, max: 1 }] }, 'BAD_USER_INPUT', 'input.fields.0.max'],
        [{ fields: [{ code: 'c', label: 'C', kind: 'SINGLE_CHOICE', options: [] }] }, 'BAD_USER_INPUT', 'input.fields.0.options'],
      ] as const) {
        const res = await t.gql(UPDATE, { id: service.id, input: change }, admin.token);
        expect({ change, ...errorOf(res) }).toMatchObject({ change, code, fields: expect.arrayContaining([path]) });
      }
      expect(await row()).toEqual(before);
      expect(errorOf(await t.gql(UPDATE, { id: '00000000-0000-4000-8000-000000000000', input: { name: 'x' } }, admin.token))).toMatchObject(
        {
          code: 'NOT_FOUND',
          reason: 'SERVICE_NOT_FOUND',
        },
      );
    });
  });

  describe('kind and public requests', () => {
    it('defaults to public for a report and private for a formality; each request keeps what it was filed with', async () => {
      const report = await create({ kind: 'REPORT' });
      const formality = await create({ kind: 'FORMALITY', group: 'État civil' });
      const privateReport = await create({ kind: 'REPORT', publicRequests: false, name: 'Bruit de voisinage' });
      expect([report.publicRequests, formality.publicRequests, privateReport.publicRequests]).toEqual([true, false, false]);

      const filed = (
        await t.gqlOk(
          CREATE_REQUEST,
          { input: { serviceId: report.id, description: 'Sacs au pied de l’arbre.', address: '2 rue Haute' } },
          resident.token,
        )
      ).createServiceRequest;
      const hidden = (
        await t.gqlOk(
          CREATE_REQUEST,
          { input: { serviceId: privateReport.id, description: 'Musique toute la nuit.', address: '4 rue Basse' } },
          resident.token,
        )
      ).createServiceRequest;
      expect((await t.gql(GET_REQUEST, { id: filed.id })).data?.serviceRequest?.id).toBe(filed.id);
      expect((await t.gql(GET_REQUEST, { id: hidden.id })).data?.serviceRequest).toBeNull();

      // Made private afterwards: requests filed before stay public, new ones are private.
      await t.gqlOk(UPDATE, { id: report.id, input: { publicRequests: false } }, admin.token);
      const later = (
        await t.gqlOk(
          CREATE_REQUEST,
          { input: { serviceId: report.id, description: 'Encore des sacs.', address: '2 rue Haute' } },
          resident.token,
        )
      ).createServiceRequest;
      expect((await t.gql(GET_REQUEST, { id: filed.id })).data?.serviceRequest?.id).toBe(filed.id);
      expect((await t.gql(GET_REQUEST, { id: later.id })).data?.serviceRequest).toBeNull();

      // A report turned into a formality becomes private unless told otherwise; a formality never public.
      const turned = (await t.gqlOk(UPDATE, { id: privateReport.id, input: { kind: 'REPORT', publicRequests: true } }, admin.token))
        .updateService;
      expect(turned.publicRequests).toBe(true);
      const formal = (await t.gqlOk(UPDATE, { id: privateReport.id, input: { kind: 'FORMALITY' } }, admin.token)).updateService;
      expect(formal).toMatchObject({ kind: 'FORMALITY', publicRequests: false });
      expect(await t.sql(`SELECT 1 FROM services WHERE kind = 'FORMALITY' AND requests_public`)).toEqual([]);
    });
  });

  describe('order within a group', () => {
    it('puts a new service last in its group, and moves it up and down by one among the active ones', async () => {
      const group = 'Ordre';
      const [a, b, c, d] = [await create({ group }), await create({ group }), await create({ group }), await create({ group })];
      expect([a.position, b.position, c.position, d.position]).toEqual([1, 2, 3, 4]);
      const order = async () =>
        (await t.gqlOk(SERVICES, { all: true }, admin.token)).services
          .filter((s: { group: string }) => s.group === group)
          .map((s: { id: string }) => s.id);

      await t.gqlOk(MOVE, { id: c.id, direction: 'UP' }, admin.token);
      expect(await order()).toEqual([a.id, c.id, b.id, d.id]);
      // At the top it stays there.
      await t.gqlOk(MOVE, { id: a.id, direction: 'UP' }, admin.token);
      expect(await order()).toEqual([a.id, c.id, b.id, d.id]);
      // A withdrawn service is stepped over: d moves above b, past nothing else.
      await t.gqlOk(UPDATE, { id: b.id, input: { active: false } }, admin.token);
      const moved = (await t.gqlOk(MOVE, { id: d.id, direction: 'UP' }, admin.token)).moveService;
      expect(moved.filter((s: { active: boolean }) => s.active).map((s: { id: string }) => s.id)).toEqual([a.id, d.id, c.id]);
      expect(errorOf(await t.gql(MOVE, { id: b.id, direction: 'DOWN' }, admin.token))).toMatchObject({
        code: 'CONFLICT',
        reason: 'SERVICE_WITHDRAWN',
      });
      expect(errorOf(await t.gql(MOVE, { id: 'nope', direction: 'DOWN' }, admin.token))).toMatchObject({ code: 'NOT_FOUND' });
      expect(errorOf(await t.gql(MOVE, { id: a.id, direction: 'LEFT' }, admin.token)).code).toBe('BAD_USER_INPUT');

      // Another group: last there.
      const other = (await t.gqlOk(UPDATE, { id: a.id, input: { group: 'Propreté' } }, admin.token)).updateService;
      const last = (await t.sql<{ n: number }>(`SELECT max(position)::int AS n FROM services WHERE group_name = 'Propreté'`))[0].n;
      expect(other.position).toBe(last);
    });

    it('keeps positions unique in a group when admins add and move at the same time', async () => {
      const group = 'Concurrence';
      const created = await Promise.all(Array.from({ length: 8 }, () => t.gql(CREATE, { input: input({ group }) }, admin.token)));
      expect(created.filter((r) => r.errors)).toEqual([]);
      const ids = created.map((r) => r.data!.createService.id as string);
      const moves = await Promise.all(
        ids.flatMap((id, i) => [
          t.gql(MOVE, { id, direction: i % 2 ? 'UP' : 'DOWN' }, admin.token),
          t.gql(MOVE, { id, direction: 'UP' }, admin.token),
        ]),
      );
      expect(moves.filter((r) => r.errors)).toEqual([]);
      const rows = await t.sql<{ position: number }>(`SELECT position FROM services WHERE group_name = $1 ORDER BY position`, [group]);
      expect(rows.map((r) => r.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    });
  });

  describe('withdrawal', () => {
    it('withdraws a service from the catalogue; its requests keep it; it can come back', async () => {
      const service = await create();
      const filed = (
        await t.gqlOk(CREATE_REQUEST, { input: { serviceId: service.id, description: 'Un canapé.', address: '1 place' } }, resident.token)
      ).createServiceRequest;
      await t.gqlOk(UPDATE, { id: service.id, input: { active: false } }, admin.token);
      expect((await t.gqlOk(SERVICES)).services.map((s: { id: string }) => s.id)).not.toContain(service.id);
      const refused = await t.gql(
        CREATE_REQUEST,
        { input: { serviceId: service.id, description: 'x', address: '1 place' } },
        resident.token,
      );
      expect(errorOf(refused)).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['input.serviceId'] });
      const seen = (
        await t.gqlOk(`query($id: ID!) { serviceRequest(id: $id) { service { id name active } } }`, { id: filed.id }, resident.token)
      ).serviceRequest;
      expect(seen.service).toEqual({ id: service.id, name: 'Dépôt sauvage', active: false });
      await t.gqlOk(UPDATE, { id: service.id, input: { active: true } }, admin.token);
      expect((await t.gqlOk(SERVICES)).services.map((s: { id: string }) => s.id)).toContain(service.id);
    });

    it('brings a service back only into a department still in use', async () => {
      const department = await t.factories.department('PARCS', 'Parcs');
      const service = await create({ departmentId: department.id });
      await t.gqlOk(UPDATE, { id: service.id, input: { active: false } }, admin.token);
      await t.gqlOk(
        `mutation($id: ID!) { updateDepartment(id: $id, input: { archived: true }) { id } }`,
        { id: department.id },
        admin.token,
      );
      const res = await t.gql(UPDATE, { id: service.id, input: { active: true } }, admin.token);
      expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['input.departmentId'] });
      const back = (await t.gqlOk(UPDATE, { id: service.id, input: { active: true, departmentId: otherDepartmentId } }, admin.token))
        .updateService;
      expect(back).toMatchObject({ active: true, department: { id: otherDepartmentId, archived: false } });
    });
  });

  describe('an edited service never breaks the requests filed before', () => {
    const REQUEST = `query($id: ID!) { serviceRequest(id: $id) { id fieldValues { code label kind value optionLabel } } }`;

    it('shows old answers with the labels, kinds and options they were filed under', async () => {
      const service = await create({
        kind: 'FORMALITY',
        group: 'État civil',
        name: 'Acte de mariage',
        departmentId: otherDepartmentId,
        fields: [
          {
            code: 'copy',
            label: 'Type de copie',
            kind: 'SINGLE_CHOICE',
            required: true,
            options: [
              { value: 'full', label: 'Copie intégrale' },
              { value: 'extract', label: 'Extrait' },
            ],
          },
          { code: 'date', label: 'Date du mariage', kind: 'DATE' },
          { code: 'note', label: 'Précisions', kind: 'TEXT' },
        ],
      });
      const filed = (
        await t.gqlOk(
          CREATE_REQUEST,
          {
            input: {
              serviceId: service.id,
              description: 'Pour un dossier de retraite.',
              fieldValues: [
                { code: 'note', value: 'Deux exemplaires' },
                { code: 'copy', value: 'extract' },
                { code: 'date', value: '1998-06-20' },
              ],
            },
          },
          resident.token,
        )
      ).createServiceRequest;
      const asFiled = [
        { code: 'copy', label: 'Type de copie', kind: 'SINGLE_CHOICE', value: 'extract', optionLabel: 'Extrait' },
        { code: 'date', label: 'Date du mariage', kind: 'DATE', value: '1998-06-20', optionLabel: null },
        { code: 'note', label: 'Précisions', kind: 'TEXT', value: 'Deux exemplaires', optionLabel: null },
      ];
      expect((await t.gqlOk(REQUEST, { id: filed.id }, resident.token)).serviceRequest.fieldValues).toEqual(asFiled);

      // The admin renames a field, removes the chosen option, turns a text into a number, drops the date.
      const edited = (
        await t.gqlOk(
          UPDATE,
          {
            id: service.id,
            input: {
              fields: [
                {
                  code: 'copy',
                  label: 'Copie demandée',
                  kind: 'SINGLE_CHOICE',
                  required: true,
                  options: [
                    { value: 'full', label: 'Copie intégrale' },
                    { value: 'multi', label: 'Extrait plurilingue' },
                  ],
                },
                { code: 'note', label: 'Nombre d’exemplaires', kind: 'NUMBER', min: 1, max: 5 },
              ],
            },
          },
          admin.token,
        )
      ).updateService;
      expect(edited.fields.map((f: { label: string }) => f.label)).toEqual(['Copie demandée', 'Nombre d’exemplaires']);

      // The requester and staff still read the answers as they were given.
      const staff = await t.factories.agent([otherDepartmentId]);
      for (const who of [resident, staff, admin]) {
        expect((await t.gqlOk(REQUEST, { id: filed.id }, who.token)).serviceRequest.fieldValues).toEqual(asFiled);
      }
      // A request filed now is checked against, and read with, the new fields.
      const refused = await t.gql(
        CREATE_REQUEST,
        { input: { serviceId: service.id, description: 'x', fieldValues: [{ code: 'copy', value: 'extract' }] } },
        resident.token,
      );
      expect(errorOf(refused)).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['input.fieldValues.copy'] });
      const now = (
        await t.gqlOk(
          CREATE_REQUEST,
          {
            input: {
              serviceId: service.id,
              description: 'Pour un dossier.',
              fieldValues: [
                { code: 'copy', value: 'multi' },
                { code: 'note', value: '2' },
              ],
            },
          },
          resident.token,
        )
      ).createServiceRequest;
      expect((await t.gqlOk(REQUEST, { id: now.id }, resident.token)).serviceRequest.fieldValues).toEqual([
        { code: 'copy', label: 'Copie demandée', kind: 'SINGLE_CHOICE', value: 'multi', optionLabel: 'Extrait plurilingue' },
        { code: 'note', label: 'Nombre d’exemplaires', kind: 'NUMBER', value: '2', optionLabel: null },
      ]);
      // Two versions, each request naming its own; the older one never changed.
      const versions = await t.sql<{ version: number; fields: { label: string }[] }>(
        `SELECT version, fields FROM service_field_versions WHERE service_id = $1 ORDER BY version`,
        [service.id],
      );
      expect(versions.map((v) => [v.version, v.fields.map((f) => f.label)])).toEqual([
        [1, ['Type de copie', 'Date du mariage', 'Précisions']],
        [2, ['Copie demandée', 'Nombre d’exemplaires']],
      ]);
      expect(
        (
          await t.sql(`SELECT fields_version FROM service_requests WHERE id = ANY($1::uuid[]) ORDER BY created_at`, [[filed.id, now.id]])
        ).map((r) => r.fields_version),
      ).toEqual([1, 2]);
    });

    it('keeps the version when an edit leaves the fields as they are', async () => {
      const fields = [{ code: 'n', label: 'Nombre', kind: 'NUMBER', required: false, min: 1, max: 9 }];
      const service = await create({ fields });
      await t.gqlOk(UPDATE, { id: service.id, input: { name: 'Renommé', fields } }, admin.token);
      await t.gqlOk(UPDATE, { id: service.id, input: { targetDays: 3 } }, admin.token);
      expect((await t.sql(`SELECT fields_version FROM services WHERE id = $1`, [service.id]))[0].fields_version).toBe(1);
      expect((await t.sql(`SELECT count(*)::int AS n FROM service_field_versions WHERE service_id = $1`, [service.id]))[0].n).toBe(1);
      const reordered = (
        await t.gqlOk(
          UPDATE,
          { id: service.id, input: { fields: [...fields, { code: 'm', label: 'Motif', kind: 'TEXT' }].reverse() } },
          admin.token,
        )
      ).updateService;
      expect(reordered.fields.map((f: { code: string }) => f.code)).toEqual(['m', 'n']);
      expect((await t.sql(`SELECT fields_version FROM services WHERE id = $1`, [service.id]))[0].fields_version).toBe(2);
      expect((await t.gqlOk(ONE, { id: service.id })).service.fields).toHaveLength(2);
    });
  });

  describe('response templates: admins manage any department’s', () => {
    it('lets an admin write, list, change and delete templates of any department; not council or moderators', async () => {
      const created = (
        await t.gqlOk(
          CREATE_TEMPLATE,
          { input: { departmentId: otherDepartmentId, title: 'Pièce manquante', body: 'Merci de joindre…' } },
          admin.token,
        )
      ).createResponseTemplate;
      expect(created.departmentId).toBe(otherDepartmentId);
      expect((await t.gqlOk(TEMPLATES, { d: otherDepartmentId }, admin.token)).responseTemplates.map((x: { id: string }) => x.id)).toEqual([
        created.id,
      ]);
      for (const who of [resident, council, moderator, agent]) {
        expect(errorOf(await t.gql(TEMPLATES, { d: otherDepartmentId }, who.token)).code).toBe('FORBIDDEN');
        expect(
          errorOf(await t.gql(CREATE_TEMPLATE, { input: { departmentId: otherDepartmentId, title: 'X', body: 'Y' } }, who.token)).code,
        ).toBe('FORBIDDEN');
        expect(errorOf(await t.gql(UPDATE_TEMPLATE, { id: created.id, input: { title: 'X' } }, who.token)).code).toBe('NOT_FOUND');
        expect(errorOf(await t.gql(DELETE_TEMPLATE, { id: created.id }, who.token)).code).toBe('NOT_FOUND');
      }
      expect(errorOf(await t.gql(TEMPLATES, { d: otherDepartmentId })).code).toBe('UNAUTHENTICATED');
      const changed = (await t.gqlOk(UPDATE_TEMPLATE, { id: created.id, input: { body: 'Merci de joindre une pièce.' } }, admin.token))
        .updateResponseTemplate;
      expect(changed).toMatchObject({ title: 'Pièce manquante', body: 'Merci de joindre une pièce.' });
      const dup = await t.gql(
        CREATE_TEMPLATE,
        { input: { departmentId: otherDepartmentId, title: 'Pièce manquante', body: 'Z' } },
        admin.token,
      );
      expect(errorOf(dup)).toMatchObject({ code: 'CONFLICT', reason: 'TEMPLATE_TITLE_TAKEN', fields: ['input.title'] });
      const blank = await t.gql(CREATE_TEMPLATE, { input: { departmentId: otherDepartmentId, title: ' ', body: 'Z' } }, admin.token);
      expect(errorOf(blank)).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['input.title'] });
      expect((await t.gqlOk(DELETE_TEMPLATE, { id: created.id }, admin.token)).deleteResponseTemplate).toBe(true);
      expect((await t.gqlOk(TEMPLATES, { d: otherDepartmentId }, admin.token)).responseTemplates).toEqual([]);
    });
  });
});
