import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { cloneTemplate } from '../harness/database';
import { startTestRedis, TestRedis } from '../harness/redis';
import { ServerProcess, startServer, stopServer } from '../harness/server-process';

/**
 * WEB_CONCURRENCY: the real server (src/main.ts) as a node:cluster primary with two HTTP workers on
 * one port. Both workers answer, the start-up work (migrations, first admin) is done once, a limit
 * counted in Redis holds across the workers, and SIGTERM to the primary stops everything cleanly.
 */
describe('several HTTP workers (WEB_CONCURRENCY=2)', () => {
  let db: Awaited<ReturnType<typeof cloneTemplate>>;
  let redis: TestRedis;
  let server: ServerProcess | undefined;

  beforeAll(async () => {
    db = await cloneTemplate();
    redis = await startTestRedis();
  });
  afterAll(async () => {
    await stopServer(server);
    await redis?.stop();
    await db?.drop();
  });

  /** The pid that wrote the access-log line of each request id. */
  function accessLogPids(): Map<string, number> {
    const pids = new Map<string, number>();
    for (const line of server!.output().stdout.split('\n')) {
      if (!line.startsWith('{')) continue;
      const entry = JSON.parse(line) as { msg?: string; pid?: number; req?: { id?: string } };
      if (entry.msg === 'request completed' && entry.req?.id && entry.pid) pids.set(entry.req.id, entry.pid);
    }
    return pids;
  }

  /** A GraphQL request on a connection of its own (the primary hands each connection to a worker in turn). */
  const post = (body: object) =>
    server!.http.post('/graphql').set('Content-Type', 'application/json').set('Connection', 'close').send(body);

  it('refuses to start several workers without REDIS_URL, in one line', async () => {
    const alone = startServer({ DATABASE_URL: db.url, JWT_SECRET: randomBytes(32).toString('hex'), WEB_CONCURRENCY: '2' });
    expect(await alone.exited).toBe(1);
    expect(alone.output().stderr.trim()).toMatch(/^Configuration error: WEB_CONCURRENCY=2 needs REDIS_URL/);
  }, 120_000);

  it('serves from two workers, shares limits through Redis, and stops on SIGTERM', async () => {
    server = startServer({
      ...redis.env,
      DATABASE_URL: db.url,
      JWT_SECRET: randomBytes(32).toString('hex'),
      WEB_CONCURRENCY: '2',
      LOGIN_MAX_FAILURES_PER_ACCOUNT: '3',
      ADMIN_EMAIL: 'mairie@example.test',
      ADMIN_PASSWORD: 'the first admin passphrase',
    });
    // Three processes load the app (the start-up worker, then both workers): room for a busy machine.
    await server.waitFor(/Parvis is listening/, 300_000, 2);
    await server.waitHealthy();

    // Each request's access-log line names the process that answered it: both workers, never the primary.
    const ids: string[] = [];
    for (let i = 0; i < 8; i++) {
      const res = await post({ query: '{ __typename }' }).expect(200);
      expect(res.body).toEqual({ data: { __typename: 'Query' } });
      ids.push(String(res.headers['x-request-id']));
    }
    await server.waitFor(/"request completed"/, 10_000, 8);
    const logged = accessLogPids();
    const answeredBy = new Set(ids.map((id) => logged.get(id)));
    expect(answeredBy.has(undefined)).toBe(false);
    expect(answeredBy.size).toBe(2);
    expect(answeredBy.has(server.child.pid)).toBe(false);

    // The start-up worker created the first admin once; the HTTP workers did not try again.
    const sql = new Client({ connectionString: db.url });
    await sql.connect();
    try {
      const { rows } = await sql.query(`SELECT count(*)::int AS n FROM users WHERE email = 'mairie@example.test'`);
      expect(rows[0].n).toBe(1);
    } finally {
      await sql.end();
    }
    expect(server.output().stdout.match(/first admin account created/g)).toHaveLength(1);

    // Failed sign-ins land on both workers in turn; the account's limit is counted once, in Redis.
    const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;
    const login = (password: string) => post({ query: LOGIN, variables: { input: { email: 'mairie@example.test', password } } });
    for (let i = 0; i < 3; i++) {
      expect((await login(`wrong guess ${i}`)).body.errors[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    }
    const blocked = await login('the first admin passphrase');
    expect(blocked.body.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', reason: 'TOO_MANY_ATTEMPTS' });

    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    const { stdout } = server.output();
    expect(stdout).toMatch(/SIGTERM received: stopping 2 workers/);
    expect(stdout.match(/"msg":"stopped"/g)).toHaveLength(2);
    await expect(server.http.get('/health')).rejects.toThrow();
  }, 420_000);
});
