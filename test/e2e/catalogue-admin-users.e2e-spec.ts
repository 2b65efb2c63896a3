import type { TestUser } from '../harness/factories';
import { errorOf, TestApp } from '../harness/test-app';

/**
 * Users in the admin screens: found by part of a name or e-mail (accents and case ignored, keyset
 * pages), one user's roles and departments, roles granted and revoked by admins only.
 */

const USERS = `query($search: String, $role: Role, $first: Int, $after: String) {
  users(search: $search, role: $role, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id displayName email } } } }`;
const USER = `query($id: ID!) { user(id: $id) { id displayName email roles district createdAt departments { id name archived } } }`;
const GRANT = `mutation($userId: ID!, $role: Role!, $departmentId: ID) {
  grantRole(userId: $userId, role: $role, departmentId: $departmentId) { id roles departments { id } } }`;
const REVOKE = `mutation($userId: ID!, $role: Role!, $departmentId: ID) {
  revokeRole(userId: $userId, role: $role, departmentId: $departmentId) { id roles departments { id } } }`;

describe('catalogue admin: users', () => {
  let t: TestApp;
  let admin: TestUser;
  let resident: TestUser;
  let agent: TestUser & { departmentIds: string[] };
  let council: TestUser;
  let moderator: TestUser;
  let departmentId: string;

  beforeAll(async () => {
    t = await TestApp.start();
    departmentId = (await t.factories.department('VOIRIE', 'Voirie')).id;
    admin = await t.factories.admin();
    resident = await t.factories.resident();
    agent = await t.factories.agent([departmentId]);
    council = await t.factories.council();
    moderator = await t.factories.moderator();
  });
  afterAll(() => t?.close());

  const names = async (search: string, token = admin.token) =>
    (await t.gqlOk(USERS, { search, first: 100 }, token)).users.edges.map((e: { node: { displayName: string } }) => e.node.displayName);

  describe('finding a user', () => {
    beforeAll(async () => {
      for (const displayName of ['Hélène Dupré', 'Helene Martin', 'Jérôme Lefèvre', 'Zoé 100% Vélo', 'Ana_Lyse']) {
        await t.factories.resident({ displayName });
      }
    });

    it('matches part of a name, accents and case ignored', async () => {
      expect((await names('helene')).sort()).toEqual(['Helene Martin', 'Hélène Dupré']);
      expect(await names('LEFÈVRE')).toEqual(['Jérôme Lefèvre']);
      expect(await names('dupre')).toEqual(['Hélène Dupré']);
    });

    it('matches part of an e-mail address', async () => {
      const found = (await t.gqlOk(USERS, { search: resident.email.slice(0, 12).toUpperCase() }, admin.token)).users;
      expect(found.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(resident.id);
      expect(found.edges.find((e: { node: { id: string } }) => e.node.id === resident.id).node.email).toBe(resident.email);
    });

    it('takes % and _ as the characters they are', async () => {
      expect(await names('100%')).toEqual(['Zoé 100% Vélo']);
      expect(await names('a_l')).toEqual(['Ana_Lyse']);
      expect(await names('%')).toEqual(['Zoé 100% Vélo']);
      expect(await names('nobody-here')).toEqual([]);
    });

    it('pages the results with a stable cursor and counts them', async () => {
      for (let i = 0; i < 5; i++) await t.factories.resident({ displayName: `Paginé ${i}` });
      const seen: string[] = [];
      let after: string | null = null;
      let total = 0;
      do {
        const page: any = (await t.gqlOk(USERS, { search: 'pagine', first: 2, after }, admin.token)).users;
        total = page.totalCount;
        expect(page.edges.length).toBeLessThanOrEqual(2);
        seen.push(...page.edges.map((e: { node: { id: string } }) => e.node.id));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
      expect(total).toBe(5);
      expect(new Set(seen).size).toBe(5);
      expect(errorOf(await t.gql(USERS, { first: 101 }, admin.token))).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['first'] });
      expect(errorOf(await t.gql(USERS, { after: 'garbage' }, admin.token)).code).toBe('BAD_USER_INPUT');
      expect(errorOf(await t.gql(USERS, { search: 'x'.repeat(101) }, admin.token))).toMatchObject({ fields: ['search'] });
    });

    it('uses the trigram index for a search among many accounts', async () => {
      await t.sql(
        `INSERT INTO users (email, display_name) SELECT 'habitant' || g || '@example.test', 'Habitant ' || g FROM generate_series(1, 20000) g`,
      );
      await t.sql(`ANALYZE users`);
      // The statement the server sends for a search, explained with its own parameters.
      const { statements } = await t.queryCounter.measure(() => t.gqlOk(USERS, { search: 'Habitant 4242', first: 20 }, admin.token));
      const page = statements.find((st) => /FROM users u\s+WHERE u\.deleted_at IS NULL AND/.test(st.sql) && /LIMIT/.test(st.sql))!;
      const plan = await t.sql(`EXPLAIN ${page.sql}`, page.parameters);
      expect(plan.map((r) => r['QUERY PLAN']).join('\n')).toContain('ix_users_search_trgm');
      expect(await names('habitant 4242')).toEqual(['Habitant 4242']);
    });

    it('is for admins only', async () => {
      for (const who of [resident, agent, council, moderator]) {
        expect(errorOf(await t.gql(USERS, { search: 'helene' }, who.token)).code).toBe('FORBIDDEN');
      }
      expect(errorOf(await t.gql(USERS, { search: 'helene' })).code).toBe('UNAUTHENTICATED');
    });
  });

  describe('one user’s page', () => {
    it('shows an admin the e-mail, roles and departments; others see neither', async () => {
      const seen = (await t.gqlOk(USER, { id: agent.id }, admin.token)).user;
      expect(seen).toMatchObject({ id: agent.id, email: agent.email, roles: ['AGENT', 'RESIDENT'] });
      expect(seen.departments).toEqual([{ id: departmentId, name: 'Voirie', archived: false }]);
      for (const who of [undefined, resident, council, moderator]) {
        const other = (await t.gqlOk(USER, { id: agent.id }, who?.token)).user;
        expect(other).toMatchObject({ email: null, roles: [], departments: [] });
      }
      expect((await t.gqlOk(USER, { id: '00000000-0000-4000-8000-000000000000' }, admin.token)).user).toBeNull();
    });
  });

  describe('granting and revoking roles', () => {
    it.each([
      ['a visitor', () => undefined, 'UNAUTHENTICATED'],
      ['a resident', () => resident.token, 'FORBIDDEN'],
      ['an agent', () => agent.token, 'FORBIDDEN'],
      ['a councillor', () => council.token, 'FORBIDDEN'],
      ['a moderator', () => moderator.token, 'FORBIDDEN'],
    ])('refuses %s, and changes nothing', async (_who, token, code) => {
      const target = await t.factories.resident();
      const before = [await t.sql(`SELECT * FROM user_roles ORDER BY user_id, role`), await t.sql(`SELECT * FROM agent_departments`)];
      for (const [query, variables] of [
        [GRANT, { userId: target.id, role: 'ADMIN' }],
        [GRANT, { userId: target.id, role: 'AGENT', departmentId }],
        [REVOKE, { userId: agent.id, role: 'AGENT' }],
        [REVOKE, { userId: council.id, role: 'COUNCIL' }],
      ] as const) {
        expect(errorOf(await t.gql(query, variables, token())).code).toBe(code);
      }
      expect([await t.sql(`SELECT * FROM user_roles ORDER BY user_id, role`), await t.sql(`SELECT * FROM agent_departments`)]).toEqual(
        before,
      );
    });

    it('lets an admin give and take back roles, agents per department', async () => {
      const target = await t.factories.resident();
      const other = (await t.factories.department('PROPRETE', 'Propreté')).id;
      expect((await t.gqlOk(GRANT, { userId: target.id, role: 'MODERATOR' }, admin.token)).grantRole.roles).toEqual([
        'MODERATOR',
        'RESIDENT',
      ]);
      await t.gqlOk(GRANT, { userId: target.id, role: 'AGENT', departmentId }, admin.token);
      const both = (await t.gqlOk(GRANT, { userId: target.id, role: 'AGENT', departmentId: other }, admin.token)).grantRole;
      expect(both.departments.map((d: { id: string }) => d.id).sort()).toEqual([departmentId, other].sort());
      // Granting twice changes nothing.
      await t.gqlOk(GRANT, { userId: target.id, role: 'AGENT', departmentId }, admin.token);
      expect(await t.sql(`SELECT count(*)::int AS n FROM agent_departments WHERE user_id = $1`, [target.id])).toEqual([{ n: 2 }]);

      const one = (await t.gqlOk(REVOKE, { userId: target.id, role: 'AGENT', departmentId }, admin.token)).revokeRole;
      expect(one).toMatchObject({ roles: ['AGENT', 'MODERATOR', 'RESIDENT'], departments: [{ id: other }] });
      const none = (await t.gqlOk(REVOKE, { userId: target.id, role: 'AGENT', departmentId: other }, admin.token)).revokeRole;
      expect(none).toMatchObject({ roles: ['MODERATOR', 'RESIDENT'], departments: [] });
      expect((await t.gqlOk(REVOKE, { userId: target.id, role: 'MODERATOR' }, admin.token)).revokeRole.roles).toEqual(['RESIDENT']);
    });

    it('names the field at fault and changes nothing', async () => {
      const target = await t.factories.resident();
      const before = [await t.sql(`SELECT * FROM user_roles ORDER BY user_id, role`), await t.sql(`SELECT * FROM agent_departments`)];
      const cases: [string, Record<string, unknown>, string, string | undefined][] = [
        [GRANT, { userId: target.id, role: 'AGENT' }, 'BAD_USER_INPUT', 'departmentId'],
        [GRANT, { userId: target.id, role: 'COUNCIL', departmentId }, 'BAD_USER_INPUT', 'departmentId'],
        [
          GRANT,
          { userId: target.id, role: 'AGENT', departmentId: '00000000-0000-4000-8000-000000000000' },
          'BAD_USER_INPUT',
          'departmentId',
        ],
        [GRANT, { userId: target.id, role: 'AGENT', departmentId: 'voirie' }, 'BAD_USER_INPUT', 'departmentId'],
        [GRANT, { userId: 'nobody', role: 'ADMIN' }, 'BAD_USER_INPUT', 'userId'],
        [GRANT, { userId: '00000000-0000-4000-8000-000000000000', role: 'ADMIN' }, 'NOT_FOUND', undefined],
        [REVOKE, { userId: target.id, role: 'RESIDENT' }, 'BAD_USER_INPUT', 'role'],
        [REVOKE, { userId: admin.id, role: 'ADMIN' }, 'CONFLICT', undefined],
      ];
      for (const [query, variables, code, path] of cases) {
        const res = await t.gql(query, variables, admin.token);
        expect({ variables, ...errorOf(res) }).toMatchObject({ variables, code, fields: path ? [path] : [] });
      }
      expect([await t.sql(`SELECT * FROM user_roles ORDER BY user_id, role`), await t.sql(`SELECT * FROM agent_departments`)]).toEqual(
        before,
      );
    });

    it('gives no role to a deleted account', async () => {
      const gone = await t.factories.resident();
      await t.gqlOk(`mutation($p: String!) { deleteMyAccount(password: $p) }`, { p: gone.password }, gone.token);
      expect(errorOf(await t.gql(GRANT, { userId: gone.id, role: 'COUNCIL' }, admin.token))).toMatchObject({
        code: 'NOT_FOUND',
        reason: 'USER_NOT_FOUND',
      });
      expect(await t.sql(`SELECT role FROM user_roles WHERE user_id = $1 AND role = 'COUNCIL'`, [gone.id])).toEqual([]);
      expect(await names('Compte supprimé')).toEqual([]);
    });
  });
});
