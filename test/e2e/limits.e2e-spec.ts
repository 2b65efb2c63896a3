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

  it('estimates the same operation per variables: a remembered cost still refuses, other variables are estimated anew', async () => {
    const admin = await t.factories.admin();
    const query = `query($n: Int!) { users(first: $n) { edges { node { id displayName email roles district createdAt departments { id code name } } } } }`;
    for (const attempt of [1, 2]) {
      const costly = await t.gql(query, { n: 100 }, admin.token);
      expect({ attempt, extensions: costly.errors?.[0].extensions }).toMatchObject({ attempt, extensions: { code: 'QUERY_TOO_COMPLEX' } });
      const small = await t.gql(query, { n: 2 }, admin.token);
      expect({ attempt, errors: small.errors }).toEqual({ attempt, errors: undefined });
    }
    // A bad variable is refused each time, never remembered.
    for (let i = 0; i < 2; i++) expect((await t.gql(query, { n: 'many' }, admin.token)).errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
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

  /** What no error answer may carry: a stack, a file, SQL, or the database's names for things. */
  const INTERNALS =
    /stack|node_modules|\.ts:|\bat [\w.<]+ \(|SELECT|INSERT|column "|does not exist|relation|constraint|violates|title_broken|ck_proposals_sabotage|QueryFailedError|postgres/i;

  it('never shows a stack trace, SQL or table names when the database fails a read, but the request id', async () => {
    const LIST = `{ proposals(first: 5) { edges { node { id title } } } }`;
    const post = () => t.http.post('/graphql').set('Content-Type', 'application/json').send({ query: LIST });
    expect((await post()).body.errors).toBeUndefined();
    // Break this file's own database under the running server: its SELECT now fails in PostgreSQL.
    await t.sql(`ALTER TABLE proposals RENAME COLUMN title TO title_broken`);
    let res;
    try {
      res = await post();
    } finally {
      await t.sql(`ALTER TABLE proposals RENAME COLUMN title_broken TO title`);
    }
    const requestId = res.headers['x-request-id'];
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.body.errors).toEqual([
      {
        message: 'Internal server error',
        locations: [{ line: 1, column: 3 }],
        path: ['proposals'],
        extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
      },
    ]);
    expect(res.text).not.toMatch(INTERNALS);
    // The same request works once the table is whole again: the error above was the database's.
    expect((await post()).body.errors).toBeUndefined();
  });

  it('answers a write the database refuses as the client’s error, without SQL or the constraint’s name, and keeps nothing of it', async () => {
    const author = await t.factories.resident();
    const CREATE = `mutation($input: CreateProposalInput!) { createProposal(input: $input) { id } }`;
    const count = async () => (await t.sql(`SELECT count(*)::int AS n FROM proposals WHERE author_id = $1`, [author.id]))[0].n;
    // A rule the server does not know of, so the refusal comes from PostgreSQL (SQLSTATE 23514).
    await t.sql(`ALTER TABLE proposals ADD CONSTRAINT ck_proposals_sabotage CHECK (title <> 'Sabotage')`);
    let res;
    try {
      res = await t.http
        .post('/graphql')
        .set('Content-Type', 'application/json')
        .set('Authorization', `Bearer ${author.token}`)
        .set('X-Request-Id', 'support-ticket-4242')
        .send({ query: CREATE, variables: { input: { title: 'Sabotage', body: 'Un texte assez long pour passer.' } } });
    } finally {
      await t.sql(`ALTER TABLE proposals DROP CONSTRAINT ck_proposals_sabotage`);
    }
    expect(res.headers['x-request-id']).toBe('support-ticket-4242');
    expect(res.body.errors).toHaveLength(1);
    // Mapped once by SQLSTATE (23514, a CHECK): BAD_USER_INPUT naming the field the constraint is
    // about (from its name), never the constraint itself, the SQL or a stack.
    expect(res.body.errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      requestId: 'support-ticket-4242',
      fields: [expect.objectContaining({ path: 'sabotage' })],
    });
    // (`constraint` is also the name of a key of every field error: only its values count here.)
    expect(res.text.replace(/"constraint":/g, '')).not.toMatch(INTERNALS);
    expect(await count()).toBe(0);
    // Without the broken rule the same input is accepted: the refusal above was the database's.
    const ok = await t.gql(CREATE, { input: { title: 'Sabotage', body: 'Un texte assez long pour passer.' } }, author.token);
    expect(ok.errors).toBeUndefined();
    expect(await count()).toBe(1);
  });

  it('never shows a stack trace for a query the schema refuses', async () => {
    const bad = await t.gql(`{ nope }`);
    expect(bad.errors?.[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
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
