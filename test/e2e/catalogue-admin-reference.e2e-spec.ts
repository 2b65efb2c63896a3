import { createDraft, GET as GET_PROPOSAL } from '../harness/proposals';
import type { TestUser } from '../harness/factories';
import { errorOf, GqlResponse, TestApp } from '../harness/test-app';

/**
 * Departments and categories: renamed and archived by admins, never deleted. An archived one is
 * offered for no new record (service, agent, template, proposal) and still shows on the old ones.
 */

const DEPARTMENTS = `query($all: Boolean) { departments(includeArchived: $all) { id code name archived archivedAt } }`;
const CATEGORIES = `query($all: Boolean) { categories(includeArchived: $all) { id name archived archivedAt } }`;
const CREATE_DEPARTMENT = `mutation($input: CreateDepartmentInput!) { createDepartment(input: $input) { id code name archived } }`;
const UPDATE_DEPARTMENT = `mutation($id: ID!, $input: UpdateDepartmentInput!) { updateDepartment(id: $id, input: $input) { id code name archived archivedAt } }`;
const CREATE_CATEGORY = `mutation($input: CreateCategoryInput!) { createCategory(input: $input) { id name archived } }`;
const UPDATE_CATEGORY = `mutation($id: ID!, $input: UpdateCategoryInput!) { updateCategory(id: $id, input: $input) { id name archived archivedAt } }`;
const CREATE_SERVICE = `mutation($input: CreateServiceInput!) { createService(input: $input) { id active department { id name archived } } }`;
const UPDATE_SERVICE = `mutation($id: ID!, $input: UpdateServiceInput!) { updateService(id: $id, input: $input) { id active department { id } } }`;
const GRANT = `mutation($userId: ID!, $role: Role!, $departmentId: ID) { grantRole(userId: $userId, role: $role, departmentId: $departmentId) { id roles departments { id archived } } }`;

describe('catalogue admin: departments and categories', () => {
  let t: TestApp;
  let admin: TestUser;
  let resident: TestUser;
  let agent: TestUser & { departmentIds: string[] };
  let council: TestUser;
  let moderator: TestUser;

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.factories.admin();
    resident = await t.factories.resident();
    agent = await t.factories.agent();
    council = await t.factories.council();
    moderator = await t.factories.moderator();
  });
  afterAll(() => t?.close());

  const service = (departmentId: string, code: string) => ({
    code,
    name: 'Banc cassé',
    description: 'Un banc public abîmé.',
    kind: 'REPORT',
    group: 'Espaces verts',
    departmentId,
    targetDays: 10,
  });

  describe('rights: only admins', () => {
    it.each([
      ['a visitor', () => undefined, 'UNAUTHENTICATED'],
      ['a resident', () => resident.token, 'FORBIDDEN'],
      ['an agent', () => agent.token, 'FORBIDDEN'],
      ['a councillor', () => council.token, 'FORBIDDEN'],
      ['a moderator', () => moderator.token, 'FORBIDDEN'],
    ])('refuses %s every write, and changes nothing', async (_who, token, code) => {
      const department = await t.factories.department();
      const category = await t.factories.category();
      const before = [await t.sql(`SELECT * FROM departments ORDER BY id`), await t.sql(`SELECT * FROM categories ORDER BY id`)];
      for (const [query, variables] of [
        [CREATE_DEPARTMENT, { input: { code: 'NOUVELLE', name: 'Nouvelle' } }],
        [UPDATE_DEPARTMENT, { id: department.id, input: { name: 'Renommée', archived: true } }],
        [CREATE_CATEGORY, { input: { name: 'Nouvelle' } }],
        [UPDATE_CATEGORY, { id: category.id, input: { name: 'Renommée', archived: true } }],
      ] as const) {
        expect(errorOf(await t.gql(query, variables, token())).code).toBe(code);
      }
      expect([await t.sql(`SELECT * FROM departments ORDER BY id`), await t.sql(`SELECT * FROM categories ORDER BY id`)]).toEqual(before);
    });

    it('lets an admin create, rename, archive and bring back', async () => {
      const d = (await t.gqlOk(CREATE_DEPARTMENT, { input: { code: 'SPORTS', name: 'Sports' } }, admin.token)).createDepartment;
      expect(d).toMatchObject({ code: 'SPORTS', name: 'Sports', archived: false });
      const renamed = (await t.gqlOk(UPDATE_DEPARTMENT, { id: d.id, input: { name: '  Sports et loisirs ' } }, admin.token))
        .updateDepartment;
      expect(renamed).toMatchObject({ code: 'SPORTS', name: 'Sports et loisirs', archived: false, archivedAt: null });
      const archived = (await t.gqlOk(UPDATE_DEPARTMENT, { id: d.id, input: { archived: true } }, admin.token)).updateDepartment;
      expect(archived).toMatchObject({ name: 'Sports et loisirs', archived: true });
      // Archiving again keeps the first date.
      const again = (await t.gqlOk(UPDATE_DEPARTMENT, { id: d.id, input: { archived: true } }, admin.token)).updateDepartment;
      expect(again.archivedAt).toBe(archived.archivedAt);
      const back = (await t.gqlOk(UPDATE_DEPARTMENT, { id: d.id, input: { archived: false } }, admin.token)).updateDepartment;
      expect(back).toMatchObject({ archived: false, archivedAt: null });

      const c = (await t.gqlOk(CREATE_CATEGORY, { input: { name: 'Culture' } }, admin.token)).createCategory;
      const c2 = (await t.gqlOk(UPDATE_CATEGORY, { id: c.id, input: { name: 'Culture et patrimoine', archived: true } }, admin.token))
        .updateCategory;
      expect(c2).toMatchObject({ name: 'Culture et patrimoine', archived: true });
      expect((await t.gqlOk(UPDATE_CATEGORY, { id: c.id, input: { archived: false } }, admin.token)).updateCategory.archived).toBe(false);
    });
  });

  describe('validation names the field and changes nothing', () => {
    it('refuses blank or too long names, a category name already used, unknown ids', async () => {
      const department = await t.factories.department();
      const [taken, category] = [await t.factories.category('Mobilité'), await t.factories.category('Environnement')];
      const snapshot = async () => [
        await t.sql(`SELECT * FROM departments ORDER BY id`),
        await t.sql(`SELECT * FROM categories ORDER BY id`),
      ];
      const before = await snapshot();
      const cases: [string, Record<string, unknown>, string, string][] = [
        [UPDATE_DEPARTMENT, { id: department.id, input: { name: '   ' } }, 'BAD_USER_INPUT', 'input.name'],
        [UPDATE_DEPARTMENT, { id: department.id, input: { name: 'x'.repeat(121) } }, 'BAD_USER_INPUT', 'input.name'],
        [CREATE_DEPARTMENT, { input: { code: 'BLANC', name: ' ' } }, 'BAD_USER_INPUT', 'input.name'],
        [CREATE_DEPARTMENT, { input: { code: department.code, name: 'Doublon' } }, 'CONFLICT', 'input.code'],
        [CREATE_DEPARTMENT, { input: { code: 'minuscules', name: 'X' } }, 'BAD_USER_INPUT', 'input.code'],
        [UPDATE_CATEGORY, { id: category.id, input: { name: taken.name } }, 'CONFLICT', 'input.name'],
        [UPDATE_CATEGORY, { id: category.id, input: { name: '' } }, 'BAD_USER_INPUT', 'input.name'],
        [UPDATE_CATEGORY, { id: category.id, input: { name: 'x'.repeat(81) } }, 'BAD_USER_INPUT', 'input.name'],
        [CREATE_CATEGORY, { input: { name: taken.name } }, 'CONFLICT', 'input.name'],
      ];
      for (const [query, variables, code, path] of cases) {
        const res = await t.gql(query, variables, admin.token);
        expect({ variables, ...errorOf(res) }).toMatchObject({ variables, code, fields: [path] });
      }
      for (const query of [UPDATE_DEPARTMENT, UPDATE_CATEGORY]) {
        for (const id of ['00000000-0000-4000-8000-000000000000', 'not-an-id']) {
          expect(errorOf(await t.gql(query, { id, input: { name: 'X' } }, admin.token)).code).toBe('NOT_FOUND');
        }
      }
      expect(await snapshot()).toEqual(before);
    });
  });

  describe('archived: not offered for new records, still shown on old ones', () => {
    it('refuses to archive a department that owns active services, until they are moved or withdrawn', async () => {
      const department = await t.factories.department('VOIRIE', 'Voirie');
      const other = await t.factories.department('PROPRETE', 'Propreté');
      const s1 = (await t.gqlOk(CREATE_SERVICE, { input: service(department.id, 'BANC') }, admin.token)).createService;
      const s2 = (await t.gqlOk(CREATE_SERVICE, { input: service(department.id, 'BANC-2') }, admin.token)).createService;
      const refused = await t.gql(
        UPDATE_DEPARTMENT,
        { id: department.id, input: { archived: true, name: 'Voirie (ancienne)' } },
        admin.token,
      );
      expect(errorOf(refused)).toMatchObject({ code: 'CONFLICT', reason: 'DEPARTMENT_IN_USE' });
      expect(refused.errors?.[0].extensions.uses).toEqual([{ kind: 'ACTIVE_SERVICES', count: 2 }]);
      expect((await t.sql(`SELECT name, archived_at FROM departments WHERE id = $1`, [department.id]))[0]).toEqual({
        name: 'Voirie',
        archived_at: null,
      });
      // Renaming alone is fine.
      await t.gqlOk(UPDATE_DEPARTMENT, { id: department.id, input: { name: 'Voirie et réseaux' } }, admin.token);

      await t.gqlOk(UPDATE_SERVICE, { id: s1.id, input: { departmentId: other.id } }, admin.token);
      await t.gqlOk(UPDATE_SERVICE, { id: s2.id, input: { active: false } }, admin.token);
      const archived = (await t.gqlOk(UPDATE_DEPARTMENT, { id: department.id, input: { archived: true } }, admin.token)).updateDepartment;
      expect(archived.archived).toBe(true);

      // Lists leave it out unless asked; a withdrawn service still names it.
      expect((await t.gqlOk(DEPARTMENTS)).departments.map((d: { id: string }) => d.id)).not.toContain(department.id);
      const all = (await t.gqlOk(DEPARTMENTS, { all: true })).departments;
      expect(all.find((d: { id: string }) => d.id === department.id)).toMatchObject({ name: 'Voirie et réseaux', archived: true });
      const withdrawn = (await t.gqlOk(`query($id: ID!) { service(id: $id) { department { id name archived } } }`, { id: s2.id })).service;
      expect(withdrawn.department).toEqual({ id: department.id, name: 'Voirie et réseaux', archived: true });

      // Not offered for a new service, a moved service, an agent or a response template.
      const fields = (res: GqlResponse) => errorOf(res);
      expect(fields(await t.gql(CREATE_SERVICE, { input: service(department.id, 'BANC-3') }, admin.token))).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: ['input.departmentId'],
      });
      expect(fields(await t.gql(UPDATE_SERVICE, { id: s1.id, input: { departmentId: department.id } }, admin.token))).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: ['input.departmentId'],
      });
      expect(fields(await t.gql(GRANT, { userId: resident.id, role: 'AGENT', departmentId: department.id }, admin.token))).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: ['departmentId'],
      });
      expect(
        fields(
          await t.gql(
            `mutation($input: CreateResponseTemplateInput!) { createResponseTemplate(input: $input) { id } }`,
            { input: { departmentId: department.id, title: 'T', body: 'B' } },
            admin.token,
          ),
        ),
      ).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['input.departmentId'] });
      expect(await t.sql(`SELECT 1 FROM services WHERE code = 'BANC-3'`)).toEqual([]);
      expect(await t.sql(`SELECT 1 FROM agent_departments WHERE user_id = $1`, [resident.id])).toEqual([]);
    });

    it('keeps an agent of a department that gets archived, shown with it', async () => {
      const department = await t.factories.department('NATATION', 'Piscine');
      const staff = await t.factories.agent([department.id]);
      await t.gqlOk(UPDATE_DEPARTMENT, { id: department.id, input: { archived: true } }, admin.token);
      const seen = (await t.gqlOk(`query($id: ID!) { user(id: $id) { departments { id archived } } }`, { id: staff.id }, admin.token)).user;
      expect(seen.departments).toEqual([{ id: department.id, archived: true }]);
    });

    it('never lets a service join a department while it is being archived', async () => {
      for (let round = 0; round < 5; round++) {
        const department = await t.factories.department(`COURSE-${round}`, 'Course');
        const [created, archived] = await Promise.all([
          t.gql(CREATE_SERVICE, { input: service(department.id, `COURSE-${round}`) }, admin.token),
          t.gql(UPDATE_DEPARTMENT, { id: department.id, input: { archived: true } }, admin.token),
        ]);
        // One of the two wins; never both.
        expect([!created.errors, !archived.errors]).not.toEqual([true, true]);
        const stranded = await t.sql(
          `SELECT 1 FROM services s JOIN departments d ON d.id = s.department_id WHERE s.active AND d.archived_at IS NOT NULL`,
        );
        expect(stranded).toEqual([]);
      }
    });

    it('keeps a category on its proposals, but no new or edited proposal may take it', async () => {
      const category = await t.factories.category('Propreté');
      const draft = await createDraft(t, resident, { categoryId: category.id });
      await t.gqlOk(UPDATE_CATEGORY, { id: category.id, input: { archived: true, name: 'Propreté urbaine' } }, admin.token);

      expect((await t.gqlOk(CATEGORIES)).categories.map((c: { id: string }) => c.id)).not.toContain(category.id);
      expect((await t.gqlOk(CATEGORIES, { all: true })).categories.map((c: { id: string }) => c.id)).toContain(category.id);
      const shown = (await t.gqlOk(GET_PROPOSAL, { id: draft.id }, resident.token)).proposal;
      expect(shown.category).toEqual({ id: category.id, name: 'Propreté urbaine' });

      const refused = await t.gql(
        `mutation($input: CreateProposalInput!) { createProposal(input: $input) { id } }`,
        { input: { title: 'Des poubelles de tri', body: 'Au marché.', categoryId: category.id } },
        resident.token,
      );
      expect(errorOf(refused)).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['input.categoryId'] });
      expect(refused.errors?.[0].extensions.fields[0].constraint).toBe('notArchived');
    });
  });
});
