import { appErrorFromDatabase } from '../../src/common/database-error';
import { errorOf, TestApp } from '../harness/test-app';

/** Malformed input is the client's error, never an internal one (hardening issue). */

const cursor = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const UUID = '00000000-0000-4000-8000-000000000000';

describe('malformed input', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t?.close());

  const count = async (table: string) => Number((await t.sql(`SELECT count(*)::int AS n FROM ${table}`))[0].n);

  describe('cursors: one codec checks every value before SQL', () => {
    const crafted = [
      ['an impossible date', cursor(['2026-02-30T10:00:00.000000Z', UUID])],
      ['hour 25', cursor(['2026-01-01T25:00:00.000000Z', UUID])],
      ['year 0', cursor(['0000-01-01T00:00:00.000000Z', UUID])],
      ['an out-of-range number', cursor([1e20, UUID])],
      ['a non-UUID id', cursor(['2026-01-01T00:00:00.000000Z', 'not-a-uuid'])],
      ['a date where a number goes', cursor(['x', 'y'])],
      ['not base64 JSON', '%%%'],
    ] as const;

    it.each(crafted)('refuses %s on every list as BAD_USER_INPUT on `after`', async (_label, after) => {
      const admin = await t.factories.admin();
      const lists = [
        `query($a: String) { proposals(after: $a) { totalCount } }`,
        `query($a: String) { proposals(after: $a, orderBy: { field: SUPPORTS }) { totalCount } }`,
        `query($a: String) { notifications(after: $a) { totalCount } }`,
        `query($a: String) { users(after: $a) { totalCount } }`,
        `query($a: String) { serviceRequests(after: $a) { totalCount } }`,
        `query($a: String) { myServiceRequests(after: $a) { totalCount } }`,
      ];
      for (const query of lists) {
        const res = await t.gql(query, { a: after }, admin.token);
        expect({ query, ...errorOf(res) }).toEqual({ query, code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT', fields: ['after'] });
      }
    });

    it('keeps microseconds: five notifications created within one millisecond, paged by two, all show', async () => {
      const u = await t.factories.resident();
      // Five rows 1 µs apart, all in the same millisecond (what one busy transaction produces).
      await t.sql(
        `INSERT INTO notifications (recipient_id, kind, target_type, target_id, created_at)
         SELECT $1, 'PROPOSAL_ANSWERED', 'PROPOSAL', gen_random_uuid(), '2026-03-01T10:00:00.123000Z'::timestamptz + i * interval '1 microsecond'
         FROM generate_series(1, 5) AS i`,
        [u.id],
      );
      const seen: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 5; page++) {
        const data: { notifications: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } } =
          await t.gqlOk(
            `query($a: String) { notifications(first: 2, after: $a) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
            { a: after },
            u.token,
          );
        seen.push(...data.notifications.edges.map((e) => e.node.id));
        if (!data.notifications.pageInfo.hasNextPage) break;
        after = data.notifications.pageInfo.endCursor;
      }
      const expected = await t.sql<{ id: string }>(
        `SELECT id FROM notifications WHERE recipient_id = $1 ORDER BY created_at DESC, id DESC`,
        [u.id],
      );
      expect(seen).toEqual(expected.map((r) => r.id));
      expect(seen).toHaveLength(5);
    });

    it('keeps microseconds in the users list too', async () => {
      const admin = await t.factories.admin();
      const users = await Promise.all([1, 2, 3, 4, 5].map(() => t.factories.resident()));
      // Newest first: these five are the newest accounts, one microsecond apart.
      await t.sql(
        `UPDATE users SET created_at = '2999-01-01T00:00:00.500000Z'::timestamptz + (array_position($1::uuid[], id)) * interval '1 microsecond'
         WHERE id = ANY($1::uuid[])`,
        [users.map((u) => u.id)],
      );
      const seen: string[] = [];
      let after: string | null = null;
      while (seen.length < 5) {
        const data: { users: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } } = await t.gqlOk(
          `query($a: String) { users(first: 2, after: $a) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
          { a: after },
          admin.token,
        );
        if (!data.users.edges.length) break;
        seen.push(...data.users.edges.map((e) => e.node.id));
        after = data.users.pageInfo.endCursor;
      }
      // The newest five, in order, with none skipped at the page boundaries.
      expect(seen.slice(0, 5)).toEqual(users.map((u) => u.id).reverse());
    });
  });

  describe('text: NUL and unpaired surrogates are refused at the edge', () => {
    it('refuses a NUL byte in a proposal title, and writes nothing', async () => {
      const u = await t.factories.resident();
      const before = await count('proposals');
      const res = await t.gql(
        `mutation($i: CreateProposalInput!) { createProposal(input: $i) { id } }`,
        { i: { title: 'Un banc\u0000 place du marché', body: 'Un banc pour se reposer près du marché.' } },
        u.token,
      );
      expect(errorOf(res)).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT', fields: ['input.title'] });
      expect(res.errors?.[0].extensions.fields[0].constraint).toBe('isWellFormedText');
      expect(await count('proposals')).toBe(before);
    });

    it('refuses a NUL byte in an inline literal and in an ID argument', async () => {
      const res = await t.gql(`{ proposal(id: "${UUID.slice(0, 8)}\\u0000") { id } }`);
      expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['id'] });
    });

    it('refuses a lone surrogate in an e-mail at sign-up and sign-in, and writes nothing', async () => {
      const before = await count('users');
      const sessionsBefore = await count('sessions');
      const register = await t.gql(`mutation($i: RegisterInput!) { register(input: $i) { accessToken } }`, {
        i: { email: 'marie\ud800@example.test', password: 'a long enough password', displayName: 'Marie' },
      });
      expect(errorOf(register)).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT', fields: ['input.email'] });
      const login = await t.gql(`mutation($i: LoginInput!) { login(input: $i) { accessToken } }`, {
        i: { email: 'marie\udc00@example.test', password: 'a long enough password' },
      });
      expect(errorOf(login)).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT', fields: ['input.email'] });
      expect(await count('users')).toBe(before);
      expect(await count('sessions')).toBe(sessionsBefore);
    });

    it('still accepts text with paired surrogates (emoji) and other control-free Unicode', async () => {
      const u = await t.factories.resident();
      const data = await t.gqlOk<{ createProposal: { title: string } }>(
        `mutation($i: CreateProposalInput!) { createProposal(input: $i) { title } }`,
        { i: { title: 'Des vélos 🚲 en libre-service', body: 'Des stations près de la gare 🚉.' } },
        u.token,
      );
      expect(data.createProposal.title).toBe('Des vélos 🚲 en libre-service');
    });
  });

  describe('documents and transports', () => {
    it('answers a fragment cycle with a validation error (it overflowed the stack in the depth limit: HTTP 500)', async () => {
      const res = await t.http
        .post('/graphql')
        .set('Content-Type', 'application/json')
        .send({ query: `query { ...A } fragment A on Query { districts ...B } fragment B on Query { ...A }` });
      expect(res.status).toBe(400);
      expect(res.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(res.body.errors[0].message).toMatch(/Cannot spread fragment/);
    });

    it('measures depth through fragments, and a fragment spread many times stays cheap', async () => {
      // 2^24 paths if each spread were walked again (the old rule spun for minutes at 40): measured once per fragment.
      const levels = 24;
      const fragments = Array.from({ length: levels }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`);
      fragments.push(`fragment F${levels} on Query { districts }`);
      const started = Date.now();
      const ok = await t.gql(`query { ...F0 } ${fragments.join(' ')}`);
      expect(ok.errors).toBeUndefined();
      expect(Date.now() - started).toBeLessThan(5000);
      const deep = await t.gql(
        `query($id: ID!) { ...P } fragment P on Query { proposal(id: $id) { comments { edges { node { ...C } } } } }
         fragment C on Comment { replies { edges { node { replies { edges { node { replies { edges { node { id } } } } } } } } } }`,
        { id: UUID },
      );
      expect(deep.errors?.[0].message).toMatch(/exceeds maximum operation depth of 10/);
    });

    it('answers a persisted-query hash that does not match its query as BAD_REQUEST', async () => {
      const res = await t.http
        .post('/graphql')
        .set('Content-Type', 'application/json')
        .send({ query: '{ districts }', extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } });
      expect(res.status).toBe(400);
      expect(res.body.errors[0].extensions.code).toBe('BAD_REQUEST');
    });

    it('refuses a subscription sent over HTTP (it is served over graphql-ws)', async () => {
      const u = await t.factories.resident();
      const res = await t.http
        .post('/graphql')
        .set('Content-Type', 'application/json')
        .set('Authorization', `Bearer ${u.token}`)
        .send({ query: 'subscription { notificationAdded { id } }' });
      expect(res.status).toBe(400);
      expect(res.body.errors[0].extensions).toMatchObject({ code: 'BAD_REQUEST', reason: 'SUBSCRIPTION_OVER_HTTP' });
    });
  });

  describe('database refusals are mapped once, by SQLSTATE, with the field named from the constraint', () => {
    const refusal = async (sql: string, params: unknown[] = []) => {
      try {
        await t.db.query(sql, params);
      } catch (error) {
        return appErrorFromDatabase(error);
      }
      throw new Error(`the statement was expected to fail: ${sql}`);
    };

    it('maps unique, foreign-key, check and invalid-text errors of the real PostgreSQL', async () => {
      const u = await t.factories.resident();
      await t.gqlOk(`mutation { createProposal(input: { title: "Un banc public", body: "Place du marché." }) { id } }`, {}, u.token);
      expect(await refusal(`INSERT INTO users (email, display_name) VALUES ($1, 'Twin')`, [u.email])).toMatchObject({
        code: 'CONFLICT',
        reason: 'ALREADY_EXISTS',
        fields: [{ path: 'email', constraint: 'isUnique' }],
      });
      expect(
        await refusal(`INSERT INTO proposals (author_id, title, body, category_id) VALUES ($1, 't', 'b', $2)`, [u.id, UUID]),
      ).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'REFERENCE_NOT_FOUND', fields: [{ path: 'categoryId' }] });
      expect(await refusal(`INSERT INTO proposals (author_id, title, body, progress) VALUES ($1, 't', 'b', 250)`, [u.id])).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ path: 'progress', constraint: 'check' }],
      });
      expect(await refusal(`DELETE FROM users WHERE id = $1`, [u.id])).toMatchObject({ code: 'CONFLICT', reason: 'STILL_REFERENCED' });
      expect(await refusal(`SELECT $1::uuid`, ['nope'])).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT' });
      expect(await refusal(`SELECT $1::timestamptz`, ['2026-02-30'])).toMatchObject({ code: 'BAD_USER_INPUT' });
      // Not the client's doing: stays an internal error.
      expect(await refusal(`SELECT * FROM no_such_table`)).toBeUndefined();
    });
  });
});
