import { CREATE_REQUEST, setup, Setup } from '../harness/service-requests';
import { errorOf, TestApp } from '../harness/test-app';

const SERVICE_FIELDS = `id code name description kind group targetDays active department { id code }
  fields { code label kind required description options { value label } min max maxLength }`;
const CREATE = `mutation($input: CreateServiceInput!) { createService(input: $input) { ${SERVICE_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateServiceInput!) { updateService(id: $id, input: $input) { ${SERVICE_FIELDS} } }`;
const SERVICES = `query($all: Boolean) { services(includeInactive: $all) { id code group name active } }`;
const TEMPLATES = `query($d: ID!) { responseTemplates(departmentId: $d) { id departmentId title body } }`;
const CREATE_TEMPLATE = `mutation($input: CreateResponseTemplateInput!) { createResponseTemplate(input: $input) { id title body departmentId } }`;
const UPDATE_TEMPLATE = `mutation($id: ID!, $input: UpdateResponseTemplateInput!) { updateResponseTemplate(id: $id, input: $input) { id title body } }`;
const DELETE_TEMPLATE = `mutation($id: ID!) { deleteResponseTemplate(id: $id) }`;

describe('service catalogue and response templates', () => {
  let t: TestApp;
  let s: Setup;

  beforeAll(async () => {
    t = await TestApp.start();
    s = await setup(t);
  });
  afterAll(() => t?.close());

  const input = (patch: Record<string, unknown> = {}) => ({
    code: 'NID-DE-POULE',
    name: 'Nid-de-poule',
    description: 'Trou dans la chaussée.',
    kind: 'REPORT',
    group: 'Voirie',
    departmentId: s.departmentId,
    targetDays: 15,
    fields: [
      {
        code: 'where',
        label: 'Où ?',
        kind: 'SINGLE_CHOICE',
        required: true,
        options: [
          { value: 'road', label: 'Chaussée' },
          { value: 'walk', label: 'Trottoir' },
        ],
      },
      { code: 'depth', label: 'Profondeur (cm)', kind: 'NUMBER', min: 1, max: 100, description: 'À peu près' },
      { code: 'note', label: 'Précisions', kind: 'TEXT', maxLength: 200 },
      { code: 'since', label: 'Depuis quand ?', kind: 'DATE' },
      { code: 'danger', label: 'Dangereux ?', kind: 'YES_NO', required: true },
    ],
    ...patch,
  });

  it('lets an admin create a service with its fields', async () => {
    const created = (await t.gqlOk(CREATE, { input: input() }, s.admin.token)).createService;
    expect(created).toMatchObject({
      code: 'NID-DE-POULE',
      kind: 'REPORT',
      group: 'Voirie',
      targetDays: 15,
      active: true,
      department: { id: s.departmentId },
    });
    expect(created.fields).toEqual([
      {
        code: 'where',
        label: 'Où ?',
        kind: 'SINGLE_CHOICE',
        required: true,
        description: null,
        options: [
          { value: 'road', label: 'Chaussée' },
          { value: 'walk', label: 'Trottoir' },
        ],
        min: null,
        max: null,
        maxLength: null,
      },
      {
        code: 'depth',
        label: 'Profondeur (cm)',
        kind: 'NUMBER',
        required: false,
        description: 'À peu près',
        options: [],
        min: 1,
        max: 100,
        maxLength: null,
      },
      {
        code: 'note',
        label: 'Précisions',
        kind: 'TEXT',
        required: false,
        description: null,
        options: [],
        min: null,
        max: null,
        maxLength: 200,
      },
      {
        code: 'since',
        label: 'Depuis quand ?',
        kind: 'DATE',
        required: false,
        description: null,
        options: [],
        min: null,
        max: null,
        maxLength: null,
      },
      {
        code: 'danger',
        label: 'Dangereux ?',
        kind: 'YES_NO',
        required: true,
        description: null,
        options: [],
        min: null,
        max: null,
        maxLength: null,
      },
    ]);
    expect((await t.gqlOk(SERVICES)).services.map((x: { code: string }) => x.code)).toContain('NID-DE-POULE');
  });

  it('refuses a code already used', async () => {
    const res = await t.gql(CREATE, { input: input({ name: 'Autre' }) }, s.admin.token);
    expect(errorOf(res)).toMatchObject({ code: 'CONFLICT', reason: 'SERVICE_CODE_TAKEN', fields: ['input.code'] });
  });

  it('is for admins only', async () => {
    for (const who of [s.agent, s.resident]) {
      expect(errorOf(await t.gql(CREATE, { input: input({ code: 'X-1' }) }, who.token))).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'ROLE_REQUIRED',
      });
    }
    expect(errorOf(await t.gql(CREATE, { input: input({ code: 'X-1' }) })).code).toBe('UNAUTHENTICATED');
    expect(await t.sql(`SELECT 1 FROM services WHERE code = 'X-1'`)).toEqual([]);
  });

  it.each([
    ['a lower-case code', { code: 'nid' }, 'input.code'],
    ['an empty name', { name: ' ' }, 'input.name'],
    ['an empty group', { group: '' }, 'input.group'],
    ['a target of 0 days', { targetDays: 0 }, 'input.targetDays'],
    ['a target over a year', { targetDays: 366 }, 'input.targetDays'],
    ['an unknown department', { departmentId: '00000000-0000-4000-8000-000000000000' }, 'input.departmentId'],
    ['a bad field code', { fields: [{ code: 'Bad Code', label: 'x', kind: 'TEXT' }] }, 'input.fields.0.code'],
    [
      'two fields with one code',
      {
        fields: [
          { code: 'a', label: 'x', kind: 'TEXT' },
          { code: 'a', label: 'y', kind: 'DATE' },
        ],
      },
      'input.fields.1.code',
    ],
    ['an empty field label', { fields: [{ code: 'a', label: ' ', kind: 'TEXT' }] }, 'input.fields.0.label'],
    [
      'a choice with one option',
      { fields: [{ code: 'a', label: 'x', kind: 'SINGLE_CHOICE', options: [{ value: 'v', label: 'V' }] }] },
      'input.fields.0.options',
    ],
    [
      'a choice with a repeated option',
      {
        fields: [
          {
            code: 'a',
            label: 'x',
            kind: 'SINGLE_CHOICE',
            options: [
              { value: 'v', label: 'V' },
              { value: 'v', label: 'W' },
            ],
          },
        ],
      },
      'input.fields.0.options.1.value',
    ],
    [
      'options on a text field',
      {
        fields: [
          {
            code: 'a',
            label: 'x',
            kind: 'TEXT',
            options: [
              { value: 'v', label: 'V' },
              { value: 'w', label: 'W' },
            ],
          },
        ],
      },
      'input.fields.0.options',
    ],
    ['bounds on a date', { fields: [{ code: 'a', label: 'x', kind: 'DATE', min: 1 }] }, 'input.fields.0.min'],
    ['min above max', { fields: [{ code: 'a', label: 'x', kind: 'NUMBER', min: 5, max: 1 }] }, 'input.fields.0.max'],
    ['a maximum length on a number', { fields: [{ code: 'a', label: 'x', kind: 'NUMBER', maxLength: 5 }] }, 'input.fields.0.maxLength'],
    [
      'more than 20 fields',
      { fields: Array.from({ length: 21 }, (_, i) => ({ code: `f${i}`, label: 'x', kind: 'TEXT' })) },
      'input.fields',
    ],
  ])('refuses %s', async (_name, patch, path) => {
    const res = await t.gql(CREATE, { input: input({ code: 'NEW-SERVICE', ...patch }) }, s.admin.token);
    expect(errorOf(res).code).toBe('BAD_USER_INPUT');
    expect(errorOf(res).fields).toContain(path);
    expect(await t.sql(`SELECT 1 FROM services WHERE code = 'NEW-SERVICE'`)).toEqual([]);
  });

  it("lists active services by group, then in the admins' order (a new one last); withdrawn ones only to admins who ask, and they cannot be filed", async () => {
    const created = (await t.gqlOk(CREATE, { input: input({ code: 'AAA-OLD', group: 'Aaa', name: 'Zzz', fields: [] }) }, s.admin.token))
      .createService;
    await t.gqlOk(CREATE, { input: input({ code: 'AAA-NEW', group: 'Aaa', name: 'Aaa', fields: [] }) }, s.admin.token);
    const list = (await t.gqlOk(SERVICES)).services;
    expect(list.slice(0, 2).map((x: { code: string }) => x.code)).toEqual(['AAA-OLD', 'AAA-NEW']);
    // French order: "État civil" and "Éclairage public" before "Voirie", whatever the database collation.
    const groups = [...new Set(list.map((x: { group: string }) => x.group))];
    expect(groups).toEqual(['Aaa', 'Éclairage public', 'État civil', 'Voirie']);

    const updated = (await t.gqlOk(UPDATE, { id: created.id, input: { active: false, targetDays: 3, name: 'Ancien' } }, s.admin.token))
      .updateService;
    expect(updated).toMatchObject({ active: false, targetDays: 3, name: 'Ancien', code: 'AAA-OLD' });
    expect((await t.gqlOk(SERVICES)).services.map((x: { code: string }) => x.code)).not.toContain('AAA-OLD');
    expect((await t.gqlOk(SERVICES, { all: true }, s.resident.token)).services.map((x: { code: string }) => x.code)).not.toContain(
      'AAA-OLD',
    );
    expect((await t.gqlOk(SERVICES, { all: true }, s.admin.token)).services.map((x: { code: string }) => x.code)).toContain('AAA-OLD');
    const res = await t.gql(CREATE_REQUEST, { input: { serviceId: created.id, description: 'x', address: '1 rue' } }, s.resident.token);
    expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['input.serviceId'] });
  });

  it('replaces fields on update, checked like on creation; admins only', async () => {
    const created = (await t.gqlOk(CREATE, { input: input({ code: 'UPD-1' }) }, s.admin.token)).createService;
    const updated = (
      await t.gqlOk(
        UPDATE,
        { id: created.id, input: { fields: [{ code: 'only', label: 'Seul', kind: 'YES_NO', required: true }] } },
        s.admin.token,
      )
    ).updateService;
    expect(updated.fields.map((f: { code: string }) => f.code)).toEqual(['only']);
    expect(
      errorOf(await t.gql(UPDATE, { id: created.id, input: { fields: [{ code: '1x', label: 'x', kind: 'TEXT' }] } }, s.admin.token)).fields,
    ).toEqual(['input.fields.0.code']);
    expect(errorOf(await t.gql(UPDATE, { id: created.id, input: { name: 'x' } }, s.agent.token)).code).toBe('FORBIDDEN');
    expect(errorOf(await t.gql(UPDATE, { id: '00000000-0000-4000-8000-000000000000', input: { name: 'x' } }, s.admin.token))).toMatchObject(
      { code: 'NOT_FOUND', reason: 'SERVICE_NOT_FOUND' },
    );
  });

  describe('response templates', () => {
    it('lets staff of the department write, list, change and delete them', async () => {
      const created = (
        await t.gqlOk(
          CREATE_TEMPLATE,
          { input: { departmentId: s.departmentId, title: 'Intervention programmée', body: 'Une équipe passera cette semaine.' } },
          s.agent.token,
        )
      ).createResponseTemplate;
      await t.gqlOk(CREATE_TEMPLATE, { input: { departmentId: s.departmentId, title: 'Abri', body: 'Texte.' } }, s.admin.token);
      expect(
        (await t.gqlOk(TEMPLATES, { d: s.departmentId }, s.agent.token)).responseTemplates.map((x: { title: string }) => x.title),
      ).toEqual(['Abri', 'Intervention programmée']);
      const changed = (await t.gqlOk(UPDATE_TEMPLATE, { id: created.id, input: { body: 'Une équipe passera lundi.' } }, s.agent.token))
        .updateResponseTemplate;
      expect(changed).toMatchObject({ title: 'Intervention programmée', body: 'Une équipe passera lundi.' });
      expect(
        errorOf(await t.gql(CREATE_TEMPLATE, { input: { departmentId: s.departmentId, title: 'Abri', body: 'x' } }, s.agent.token)),
      ).toMatchObject({ code: 'CONFLICT', reason: 'TEMPLATE_TITLE_TAKEN' });
      expect(errorOf(await t.gql(UPDATE_TEMPLATE, { id: created.id, input: { title: 'Abri' } }, s.agent.token))).toMatchObject({
        code: 'CONFLICT',
        reason: 'TEMPLATE_TITLE_TAKEN',
      });
      expect((await t.gqlOk(DELETE_TEMPLATE, { id: created.id }, s.agent.token)).deleteResponseTemplate).toBe(true);
      expect(
        (await t.gqlOk(TEMPLATES, { d: s.departmentId }, s.agent.token)).responseTemplates.map((x: { title: string }) => x.title),
      ).toEqual(['Abri']);
    });

    it('keeps them from other departments and residents', async () => {
      const created = (
        await t.gqlOk(CREATE_TEMPLATE, { input: { departmentId: s.departmentId, title: 'Privé', body: 'x' } }, s.agent.token)
      ).createResponseTemplate;
      for (const who of [s.otherAgent, s.resident]) {
        expect(errorOf(await t.gql(TEMPLATES, { d: s.departmentId }, who.token))).toMatchObject({
          code: 'FORBIDDEN',
          reason: 'NOT_DEPARTMENT_STAFF',
        });
        expect(
          errorOf(await t.gql(CREATE_TEMPLATE, { input: { departmentId: s.departmentId, title: 'Autre', body: 'x' } }, who.token)),
        ).toMatchObject({ code: 'FORBIDDEN' });
        expect(errorOf(await t.gql(UPDATE_TEMPLATE, { id: created.id, input: { body: 'y' } }, who.token)).code).toBe('NOT_FOUND');
        expect(errorOf(await t.gql(DELETE_TEMPLATE, { id: created.id }, who.token)).code).toBe('NOT_FOUND');
      }
      expect(errorOf(await t.gql(TEMPLATES, { d: s.departmentId })).code).toBe('UNAUTHENTICATED');
      expect(await t.sql(`SELECT body FROM response_templates WHERE id = $1`, [created.id])).toEqual([{ body: 'x' }]);
    });
  });
});
