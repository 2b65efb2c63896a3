import { errorOf, TestApp } from '../harness/test-app';

describe('abuse limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start({ LOGIN_MAX_ATTEMPTS_PER_IP: '5', GRAPHQL_MAX_COST: '500' });
  });
  afterAll(() => t?.close());

  it('refuses a query deeper than the limit before running it', async () => {
    const replies = (inner: string) => `replies(first: 2) { edges { node { id ${inner} } } }`;
    const query = (levels: number) => {
      let inner = '';
      for (let i = 0; i < levels; i++) inner = replies(inner);
      return `query($id: ID!) { proposal(id: $id) { comments(first: 2) { edges { node { id ${inner} } } } } }`;
    };
    const id = '00000000-0000-4000-8000-000000000000';
    expect((await t.gql(query(2), { id })).errors).toBeUndefined(); // depth 10: allowed
    const res = await t.gql(query(3), { id }); // depth 13
    expect(res.errors?.[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors?.[0].message).toMatch(/exceeds maximum operation depth of 10/);
  });

  it('allows a sensitive mutation once per request, so aliases cannot try many passwords', async () => {
    const u = await t.factories.resident();
    const tries = Array.from(
      { length: 3 },
      (_, i) => `a${i}: login(input: { email: "${u.email}", password: "guess number ${i}" }) { accessToken }`,
    ).join('\n');
    const res = await t.gql(`mutation { ${tries} }`);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', reason: 'FIELD_REPEATED' });
    expect(res.data).toBeUndefined();
  });

  it('limits aliases', async () => {
    const many = Array.from({ length: 31 }, (_, i) => `d${i}: districts`).join(' ');
    const res = await t.gql(`{ ${many} }`);
    expect(res.errors?.[0].extensions.reason).toBe('TOO_MANY_ALIASES');
  });

  it('refuses a query whose estimated cost is too high', async () => {
    const admin = await t.factories.admin();
    const res = await t.gql(
      `{ users(first: 100) { edges { node { id displayName email roles district createdAt departments { id code name } } } } }`,
      {},
      admin.token,
    );
    expect(res.errors?.[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    const small = await t.gql(`{ users(first: 5) { edges { node { id } } } }`, {}, admin.token);
    expect(small.errors).toBeUndefined();
  });

  it('answers a bad variable (unknown enum value) as BAD_USER_INPUT, not an internal error', async () => {
    const admin = await t.factories.admin();
    const res = await t.http
      .post('/graphql')
      .set('Content-Type', 'application/json')
      .set('Authorization', `Bearer ${admin.token}`)
      .send({ query: `query($r: Role) { users(first: 1, role: $r) { totalCount } }`, variables: { r: 'NOPE' } });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('refuses batched requests', async () => {
    const res = await t.http
      .post('/graphql')
      .set('Content-Type', 'application/json')
      .send([{ query: '{ districts }' }, { query: '{ districts }' }]);
    expect(res.status).toBe(400);
  });

  it('prevents CSRF: a simple (form-like) request is refused', async () => {
    const res = await t.http.get('/graphql?query=%7Bdistricts%7D');
    expect(res.status).toBe(400);
    expect(res.text).toMatch(/CSRF/i);
    const withHeader = await t.http.get('/graphql?query=%7Bdistricts%7D').set('apollo-require-preflight', 'true');
    expect(withHeader.status).toBe(200);
    const form = await t.http.post('/graphql').set('Content-Type', 'text/plain').send('{"query":"{ districts }"}');
    expect(form.status).toBe(400);
  });

  it('answers 413 for a JSON body over the limit, and stays up', async () => {
    const big = 'x'.repeat(1_100_000);
    const res = await t.http.post('/graphql').set('Content-Type', 'application/json').send({ query: `{ districts }`, variables: { big } });
    expect(res.status).toBe(413);
    expect(res.body.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    await t.http.get('/health').expect(200);
  });

  it('answers malformed JSON with 400', async () => {
    const res = await t.http.post('/graphql').set('Content-Type', 'application/json').send('{"query": ');
    expect(res.status).toBe(400);
  });

  it('never shows a stack trace or SQL in an error', async () => {
    const res = await t.gql(`{ user(id: "not-a-uuid") { id } }`);
    expect(res.data?.user).toBeNull();
    const bad = await t.gql(`{ nope }`);
    expect(JSON.stringify(bad)).not.toMatch(/stacktrace|node_modules|\.ts:/);
  });

  it('throttles sign-in attempts per IP address', async () => {
    const u = await t.factories.resident();
    const login = (password: string) =>
      t.gql(`mutation($p: String!, $e: String!) { login(input: { email: $e, password: $p }) { accessToken } }`, {
        e: u.email,
        p: password,
      });
    // Attempts from this IP so far in this file: the alias test was refused before any resolver ran.
    const results = [];
    for (let i = 0; i < 6; i++) results.push(errorOf(await login(i % 2 ? u.password : 'wrong password')).code);
    expect(results).toContain('RATE_LIMITED');
    expect(results.indexOf('RATE_LIMITED')).toBeLessThanOrEqual(5);
    const reg = await t.gql(
      `mutation { register(input: { email: "new@example.test", password: "a long passphrase", displayName: "N" }) { accessToken } }`,
    );
    expect(errorOf(reg).code).toBe('RATE_LIMITED');
    expect(await t.sql(`SELECT 1 FROM users WHERE email = 'new@example.test'`)).toHaveLength(0);
  });
});
