import { Role } from '../../src/auth/role';
import { PasswordHasher } from '../../src/identity/password-hasher';
import { publishedProposal } from '../harness/proposals';
import { errorOf, TestApp } from '../harness/test-app';

const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) {
  accessToken refreshToken user { id displayName email roles district } } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken refreshToken user { id email } } }`;
const REFRESH = `mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken refreshToken } }`;
const ME = `{ me { id displayName email roles } }`;

describe('identity', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start({ LOGIN_MAX_FAILURES_PER_ACCOUNT: '3' });
  });
  afterAll(() => t?.close());

  const register = (input: Record<string, unknown>) => t.gql(REGISTER, { input });

  describe('register', () => {
    it('creates a resident, signs it in, and stores an argon2id hash', async () => {
      const res = await register({
        email: 'Alice@Example.test ',
        password: 'a long passphrase',
        displayName: 'Alice',
        district: 'Le Port',
      });
      expect(res.errors).toBeUndefined();
      const { user, accessToken } = res.data!.register;
      expect(user).toMatchObject({ displayName: 'Alice', email: 'alice@example.test', roles: ['RESIDENT'], district: 'Le Port' });
      const me = await t.gqlOk(ME, {}, accessToken);
      expect(me.me.id).toBe(user.id);
      const [row] = await t.sql('SELECT password_hash FROM users WHERE id = $1', [user.id]);
      expect(row.password_hash).toMatch(/^\$argon2id\$/);
    });

    it('refuses a duplicate e-mail (any case) with CONFLICT and creates nothing', async () => {
      const before = await t.sql('SELECT count(*)::int AS n FROM users');
      const res = await register({ email: 'ALICE@example.test', password: 'another passphrase', displayName: 'Imposter' });
      expect(errorOf(res)).toEqual({ code: 'CONFLICT', reason: 'EMAIL_TAKEN', fields: ['input.email'] });
      expect(await t.sql('SELECT count(*)::int AS n FROM users')).toEqual(before);
    });

    it('names each malformed field and changes nothing', async () => {
      const before = await t.sql('SELECT count(*)::int AS n FROM users');
      const res = await register({ email: 'not-an-email', password: 'short', displayName: '' });
      const err = errorOf(res);
      expect(err.code).toBe('BAD_USER_INPUT');
      expect(err.fields.sort()).toEqual(['input.displayName', 'input.email', 'input.password']);
      const unknownDistrict = await register({
        email: 'bob@example.test',
        password: 'a long passphrase',
        displayName: 'Bob',
        district: 'Atlantis',
      });
      expect(errorOf(unknownDistrict)).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['input.district'] });
      expect(await t.sql('SELECT count(*)::int AS n FROM users')).toEqual(before);
    });

    it('refuses unknown input properties', async () => {
      const res = await t.gql(
        `mutation { register(input: { email: "x@example.test", password: "a long passphrase", displayName: "X", roles: [ADMIN] }) { accessToken } }`,
      );
      expect(res.errors?.[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    });
  });

  describe('login', () => {
    it('signs in with the right password, whatever the e-mail case', async () => {
      const u = await t.factories.resident();
      const res = await t.gql(LOGIN, { input: { email: u.email.toUpperCase(), password: u.password } });
      expect(res.data!.login.user.id).toBe(u.id);
      const sessions = await t.sql('SELECT count(*)::int AS n FROM sessions WHERE user_id = $1', [u.id]);
      expect(sessions[0].n).toBe(2);
    });

    it('answers the same for a wrong password and an unknown e-mail', async () => {
      const u = await t.factories.resident();
      const wrong = await t.gql(LOGIN, { input: { email: u.email, password: 'not the password' } });
      const unknown = await t.gql(LOGIN, { input: { email: 'nobody@example.test', password: 'whatever it is' } });
      expect(errorOf(wrong)).toEqual({ code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS', fields: [] });
      expect(errorOf(unknown)).toEqual(errorOf(wrong));
      expect(wrong.data).toBeNull();
    });

    it('validates the input before trying the password', async () => {
      const res = await t.gql(LOGIN, { input: { email: 'nope', password: '' } });
      expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(errorOf(res).fields.sort()).toEqual(['input.email', 'input.password']);
    });

    it('throttles an account after repeated failures, even with the right password', async () => {
      const u = await t.factories.resident();
      for (let i = 0; i < 3; i++) {
        expect(errorOf(await t.gql(LOGIN, { input: { email: u.email, password: `wrong guess ${i}` } })).code).toBe('UNAUTHENTICATED');
      }
      const blocked = await t.gql(LOGIN, { input: { email: u.email, password: u.password } });
      expect(errorOf(blocked)).toMatchObject({ code: 'RATE_LIMITED', reason: 'TOO_MANY_ATTEMPTS' });
      expect(blocked.errors![0].extensions.retryAfterSeconds).toBeGreaterThan(0);
      // Another account is not affected.
      const other = await t.factories.resident();
      expect((await t.gql(LOGIN, { input: { email: other.email, password: other.password } })).data?.login).toBeTruthy();
    });

    it('counts each attempt before checking it: simultaneous guesses beyond the limit are not checked', async () => {
      const u = await t.factories.resident();
      const hasher = t.get<PasswordHasher>(PasswordHasher);
      const verify = jest.spyOn(hasher, 'verify');
      try {
        const results = await Promise.all(
          Array.from({ length: 40 }, (_, i) => t.gql(LOGIN, { input: { email: u.email, password: `wrong guess ${i}` } })),
        );
        const codes = results.map((r) => errorOf(r).code);
        expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(3);
        expect(codes.filter((c) => c === 'RATE_LIMITED')).toHaveLength(37);
        expect(verify).toHaveBeenCalledTimes(3);
      } finally {
        verify.mockRestore();
      }
      expect(errorOf(await t.gql(LOGIN, { input: { email: u.email, password: u.password } })).code).toBe('RATE_LIMITED');
    });

    it('throttles the password checks of changePassword and deleteMyAccount, shared per account', async () => {
      const u = await t.factories.resident();
      const [before] = await t.sql('SELECT password_hash FROM users WHERE id = $1', [u.id]);
      const CHANGE = `mutation($c: String!) { changePassword(currentPassword: $c, newPassword: "a brand new passphrase") }`;
      const DELETE = `mutation($p: String!) { deleteMyAccount(password: $p) }`;
      const results = await Promise.all([
        ...Array.from({ length: 10 }, (_, i) => t.gql(CHANGE, { c: `wrong guess ${i}` }, u.token)),
        ...Array.from({ length: 10 }, (_, i) => t.gql(DELETE, { p: `wrong guess ${i}` }, u.token)),
      ]);
      const codes = results.map((r) => errorOf(r).code);
      expect(codes.filter((c) => c === 'BAD_USER_INPUT')).toHaveLength(3);
      expect(codes.filter((c) => c === 'RATE_LIMITED')).toHaveLength(17);
      // The right password is refused too until the window ends; nothing changed.
      expect(errorOf(await t.gql(CHANGE, { c: u.password }, u.token))).toMatchObject({ code: 'RATE_LIMITED', reason: 'TOO_MANY_ATTEMPTS' });
      expect(errorOf(await t.gql(DELETE, { p: u.password }, u.token)).code).toBe('RATE_LIMITED');
      const [after] = await t.sql('SELECT password_hash, deleted_at FROM users WHERE id = $1', [u.id]);
      expect(after).toEqual({ password_hash: before.password_hash, deleted_at: null });
      expect((await t.gqlOk(ME, {}, u.token)).me.id).toBe(u.id);
    });
  });

  describe('tokens and sessions', () => {
    it('rejects a forged, a tampered and an expired access token', async () => {
      const u = await t.factories.resident();
      const [header, payload] = u.token.split('.');
      const forgedPayload = Buffer.from(JSON.stringify({ sub: u.id, sid: '00000000-0000-4000-8000-000000000000' })).toString('base64url');
      const forged = `${header}.${forgedPayload}.${u.token.split('.')[2]}`;
      expect(errorOf(await t.gql(ME, {}, forged))).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'TOKEN_INVALID' });
      const none = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${payload}.`;
      expect(errorOf(await t.gql(ME, {}, none)).code).toBe('UNAUTHENTICATED');
      expect(errorOf(await t.gql(ME, {}, 'garbage')).code).toBe('UNAUTHENTICATED');
      const jwt = t.get<import('@nestjs/jwt').JwtService>(require('@nestjs/jwt').JwtService);
      const expired = await jwt.signAsync({ sub: u.id, sid: 'x' }, { expiresIn: -10 });
      expect(errorOf(await t.gql(ME, {}, expired))).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'TOKEN_EXPIRED' });
    });

    it('answers me as null for a visitor', async () => {
      expect((await t.gqlOk(ME)).me).toBeNull();
    });

    it('rotates refresh tokens and revokes the session when a spent one is reused', async () => {
      const u = await t.factories.resident();
      const first = await t.gqlOk(REFRESH, { t: u.refreshToken });
      expect(first.refreshSession.refreshToken).not.toBe(u.refreshToken);
      const second = await t.gqlOk(REFRESH, { t: first.refreshSession.refreshToken });
      expect((await t.gqlOk(ME, {}, second.refreshSession.accessToken)).me.id).toBe(u.id);

      // The first token again: a thief's copy. The whole session ends, for both holders.
      const reuse = await t.gql(REFRESH, { t: u.refreshToken });
      expect(errorOf(reuse)).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'REFRESH_TOKEN_REUSED' });
      expect(errorOf(await t.gql(REFRESH, { t: second.refreshSession.refreshToken })).reason).toBe('SESSION_ENDED');
      expect(errorOf(await t.gql(ME, {}, second.refreshSession.accessToken))).toMatchObject({
        code: 'UNAUTHENTICATED',
        reason: 'SESSION_ENDED',
      });
      const [s] = await t.sql('SELECT revoked_reason FROM sessions WHERE user_id = $1', [u.id]);
      expect(s.revoked_reason).toBe('REFRESH_TOKEN_REUSED');
    });

    it('lets only one of two simultaneous refreshes with the same token win', async () => {
      const u = await t.factories.resident();
      const results = await Promise.all([t.gql(REFRESH, { t: u.refreshToken }), t.gql(REFRESH, { t: u.refreshToken })]);
      expect(results.filter((r) => r.data?.refreshSession).length).toBe(1);
    });

    it('refuses an unknown refresh token', async () => {
      expect(errorOf(await t.gql(REFRESH, { t: 'not-a-token' }))).toMatchObject({
        code: 'UNAUTHENTICATED',
        reason: 'INVALID_REFRESH_TOKEN',
      });
    });

    it('logs out: the refresh token and the access token stop working', async () => {
      const u = await t.factories.resident();
      expect((await t.gqlOk(`mutation($t: String!) { logout(refreshToken: $t) }`, { t: u.refreshToken })).logout).toBe(true);
      expect(errorOf(await t.gql(ME, {}, u.token)).code).toBe('UNAUTHENTICATED');
      expect(errorOf(await t.gql(REFRESH, { t: u.refreshToken })).code).toBe('UNAUTHENTICATED');
    });

    it('lists and revokes sessions, and a password change signs out the others', async () => {
      const u = await t.factories.resident();
      const other = (await t.gqlOk(LOGIN, { input: { email: u.email, password: u.password } })).login;
      const list = await t.gqlOk(`{ mySessions { id current } }`, {}, u.token);
      expect(list.mySessions).toHaveLength(2);
      expect(list.mySessions.filter((s: { current: boolean }) => s.current)).toHaveLength(1);

      const wrong = await t.gql(
        `mutation { changePassword(currentPassword: "nope nope nope", newPassword: "a brand new passphrase") }`,
        {},
        u.token,
      );
      expect(errorOf(wrong)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'WRONG_PASSWORD', fields: ['currentPassword'] });
      await t.gqlOk(
        `mutation($c: String!) { changePassword(currentPassword: $c, newPassword: "a brand new passphrase") }`,
        { c: u.password },
        u.token,
      );
      expect(errorOf(await t.gql(ME, {}, other.accessToken)).code).toBe('UNAUTHENTICATED');
      expect((await t.gqlOk(ME, {}, u.token)).me.id).toBe(u.id);
      expect((await t.gql(LOGIN, { input: { email: u.email, password: 'a brand new passphrase' } })).data?.login).toBeTruthy();

      const someoneElse = await t.factories.resident();
      const [theirs] = await t.sql('SELECT id FROM sessions WHERE user_id = $1', [someoneElse.id]);
      expect(errorOf(await t.gql(`mutation($id: ID!) { revokeSession(id: $id) }`, { id: theirs.id }, u.token)).code).toBe('NOT_FOUND');
    });
  });

  describe('roles', () => {
    const GRANT = `mutation($u: ID!, $r: Role!, $d: ID) { grantRole(userId: $u, role: $r, departmentId: $d) { id roles departments { code } } }`;

    it('lets an admin grant roles; agents need a department', async () => {
      const admin = await t.factories.admin();
      const u = await t.factories.resident();
      const dep = await t.factories.department('VOIRIE-R');
      const noDep = await t.gql(GRANT, { u: u.id, r: 'AGENT' }, admin.token);
      expect(errorOf(noDep)).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['departmentId'] });
      const res = await t.gqlOk(GRANT, { u: u.id, r: 'AGENT', d: dep.id }, admin.token);
      expect(res.grantRole.roles).toEqual(['AGENT', 'RESIDENT']);
      expect(res.grantRole.departments).toEqual([{ code: 'VOIRIE-R' }]);
      // The new role holds on the user's next request, with the same token.
      const me = await t.gqlOk(`{ me { roles } }`, {}, u.token);
      expect(me.me.roles).toContain('AGENT');
    });

    it.each([Role.RESIDENT, Role.AGENT, Role.MODERATOR, Role.COUNCIL])('refuses grantRole to a %s', async (role) => {
      const actor = role === Role.AGENT ? await t.factories.agent() : await t.factories.user({ roles: [role] });
      const target = await t.factories.resident();
      const res = await t.gql(GRANT, { u: target.id, r: 'ADMIN' }, actor.token);
      expect(errorOf(res)).toMatchObject({ code: 'FORBIDDEN' });
      const roles = await t.sql('SELECT role FROM user_roles WHERE user_id = $1', [target.id]);
      expect(roles).toEqual([{ role: 'RESIDENT' }]);
    });

    it('asks visitors to sign in for protected operations', async () => {
      const res = await t.gql(`{ mySessions { id } }`);
      expect(errorOf(res)).toMatchObject({ code: 'UNAUTHENTICATED' });
    });

    it('shows e-mail addresses only to the user and to admins', async () => {
      const u = await t.factories.resident();
      const other = await t.factories.resident();
      const admin = await t.factories.admin();
      const q = `query($id: ID!) { user(id: $id) { id email } }`;
      expect((await t.gqlOk(q, { id: u.id }, other.token)).user.email).toBeNull();
      expect((await t.gqlOk(q, { id: u.id })).user.email).toBeNull();
      expect((await t.gqlOk(q, { id: u.id }, u.token)).user.email).toBe(u.email);
      expect((await t.gqlOk(q, { id: u.id }, admin.token)).user.email).toBe(u.email);
    });

    it('lets an admin list users page by page', async () => {
      const admin = await t.factories.admin();
      const q = `query($after: String) { users(first: 2, after: $after, role: ADMIN) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }`;
      await t.factories.admin();
      await t.factories.admin();
      const seen: string[] = [];
      let after: string | null = null;
      let total = 0;
      do {
        const page: any = (await t.gqlOk(q, { after }, admin.token)).users;
        total = page.totalCount;
        seen.push(...page.edges.map((e: any) => e.node.id));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
      expect(new Set(seen).size).toBe(total);
      expect(total).toBeGreaterThanOrEqual(3);
    });
  });

  describe('who sees roles', () => {
    it('shows a user’s roles to themselves and admins only: others cannot tell who is staff', async () => {
      const agent = await t.factories.agent([(await t.factories.department()).id]);
      const proposal = await publishedProposal(t, agent);
      const AUTHOR = `query($id: ID!) { proposal(id: $id) { author { id roles } } }`;
      for (const who of [null, await t.factories.resident()]) {
        expect((await t.gqlOk(AUTHOR, { id: proposal.id }, who?.token)).proposal.author).toEqual({ id: agent.id, roles: [] });
      }
      expect((await t.gqlOk(AUTHOR, { id: proposal.id }, agent.token)).proposal.author.roles).toContain('AGENT');
      expect((await t.gqlOk(AUTHOR, { id: proposal.id }, (await t.factories.admin()).token)).proposal.author.roles).toContain('AGENT');
      expect((await t.gqlOk(ME, {}, agent.token)).me.roles).toContain('AGENT');
    });
  });

  describe('departments and categories', () => {
    it('admins create them; duplicates are conflicts; others are refused', async () => {
      const admin = await t.factories.admin();
      const resident = await t.factories.resident();
      const create = `mutation($i: CreateDepartmentInput!) { createDepartment(input: $i) { id code name } }`;
      const ok = await t.gqlOk(create, { i: { code: 'PROPRETE-X', name: 'Propreté' } }, admin.token);
      expect(ok.createDepartment.code).toBe('PROPRETE-X');
      expect(errorOf(await t.gql(create, { i: { code: 'PROPRETE-X', name: 'Again' } }, admin.token))).toMatchObject({
        code: 'CONFLICT',
        reason: 'DEPARTMENT_CODE_TAKEN',
      });
      expect(errorOf(await t.gql(create, { i: { code: 'bad code', name: 'x' } }, admin.token))).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: ['input.code'],
      });
      expect(errorOf(await t.gql(create, { i: { code: 'OTHER', name: 'x' } }, resident.token)).code).toBe('FORBIDDEN');
      const cat = `mutation($n: String!) { createCategory(input: { name: $n }) { id name } }`;
      expect((await t.gqlOk(cat, { n: 'Mobilité' }, admin.token)).createCategory.name).toBe('Mobilité');
      expect(errorOf(await t.gql(cat, { n: 'Mobilité' }, admin.token)).code).toBe('CONFLICT');
      const lists = await t.gqlOk(`{ departments { code } categories { name } districts }`);
      expect(lists.departments).toContainEqual({ code: 'PROPRETE-X' });
      expect(lists.categories).toContainEqual({ name: 'Mobilité' });
      expect(lists.districts).toContain('Centre-ville');
    });
  });
});

describe('first admin from the environment', () => {
  it('is created once from ADMIN_EMAIL and ADMIN_PASSWORD', async () => {
    const t = await TestApp.start({ ADMIN_EMAIL: 'Mairie@Example.test', ADMIN_PASSWORD: 'the first admin passphrase' });
    try {
      const res = await t.gqlOk(LOGIN, { input: { email: 'mairie@example.test', password: 'the first admin passphrase' } });
      const me = await t.gqlOk(ME, {}, res.login.accessToken);
      expect(me.me.roles).toContain('ADMIN');
      const rows = await t.sql(`SELECT count(*)::int AS n FROM users WHERE email = 'mairie@example.test'`);
      expect(rows[0].n).toBe(1);
    } finally {
      await t.close();
    }
  });
});

describe('several root fields in one request', () => {
  it('all see the signed-in viewer (one shared token check)', async () => {
    const t = await TestApp.start();
    try {
      const u = await t.factories.resident();
      const res = await t.gql(`{ me { id } mySessions { id } a: me { id } }`, {}, u.token);
      expect(res.errors).toBeUndefined();
      expect(res.data).toMatchObject({ me: { id: u.id }, a: { id: u.id } });
      const forged = await t.gql(`{ me { id } mySessions { id } }`, {}, `${u.token}x`);
      expect(forged.errors?.every((e) => e.extensions.code === 'UNAUTHENTICATED')).toBe(true);
    } finally {
      await t.close();
    }
  });
});
