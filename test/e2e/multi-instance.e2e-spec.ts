import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { cloneTemplate } from '../harness/database';
import { LiveSubscription, until } from '../harness/live';
import { smallImage } from '../harness/media';
import { startTestRedis, TestRedis } from '../harness/redis';
import { startS3Server, S3TestServer } from '../harness/s3';
import { ServerProcess, startServer, stopServer } from '../harness/server-process';

jest.setTimeout(180_000);

const ADMIN = { email: 'mairie@example.test', password: 'the first admin passphrase' };
const PASSWORD = 'a long enough passphrase';
const MAX_FAILURES = 5;

/**
 * Two real server processes (src/main.ts, as `npm start` runs it) behind no load balancer but used
 * in turn, as one would spread requests: one PostgreSQL database, one Redis (REDIS_URL, its own key
 * prefix), one S3-compatible bucket (s3rver). What one instance does must be seen as if there were
 * one server: live updates, sign-in throttling, photos.
 */
describe('two instances on one database, one Redis and one bucket', () => {
  let db: Awaited<ReturnType<typeof cloneTemplate>>;
  let redis: TestRedis;
  let s3: S3TestServer;
  let a: ServerProcess;
  let b: ServerProcess;
  const mediaDirs = [mkdtempSync(join(tmpdir(), 'parvis-a-')), mkdtempSync(join(tmpdir(), 'parvis-b-'))];
  const clients: Client[] = [];
  const secret = randomBytes(32).toString('hex');

  const start = async (name: string, mediaDir: string) => {
    const server = startServer({
      LOG_LEVEL: 'warn',
      DATABASE_URL: db.url,
      JWT_SECRET: secret,
      INSTANCE_ID: `multi-${name}`,
      MEDIA_DIR: mediaDir,
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      LOGIN_MAX_FAILURES_PER_ACCOUNT: String(MAX_FAILURES),
      ...redis.env,
      ...s3.env,
    });
    await server.waitHealthy();
    return server;
  };

  beforeAll(async () => {
    [db, redis, s3] = await Promise.all([cloneTemplate(), startTestRedis(), startS3Server()]);
    // One after the other: each creates the first admin if it is missing.
    a = await start('a', mediaDirs[0]);
    b = await start('b', mediaDirs[1]);
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await Promise.all([stopServer(a), stopServer(b)]);
    await Promise.all([redis?.stop(), s3?.stop()]);
    await db?.drop();
    mediaDirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
  });

  async function gql(server: ServerProcess, query: string, variables: Record<string, unknown> = {}, token?: string) {
    const req = server.http.post('/graphql').set('Content-Type', 'application/json');
    if (token) req.set('Authorization', `Bearer ${token}`);
    return (await req.send({ query, variables })).body as { data?: any; errors?: { extensions: Record<string, any> }[] };
  }
  async function gqlOk(server: ServerProcess, query: string, variables: Record<string, unknown> = {}, token?: string) {
    const res = await gql(server, query, variables, token);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data;
  }
  const login = async (server: ServerProcess, email: string, password: string) =>
    (
      await gqlOk(server, `mutation($i: LoginInput!) { login(input: $i) { accessToken refreshToken user { id } } }`, {
        i: { email, password },
      })
    ).login as { accessToken: string; refreshToken: string; user: { id: string } };
  const register = async (server: ServerProcess, name: string) => {
    const email = `${name.toLowerCase()}-${randomBytes(3).toString('hex')}@example.test`;
    const r = (
      await gqlOk(server, `mutation($i: RegisterInput!) { register(input: $i) { accessToken refreshToken user { id } } }`, {
        i: { email, password: PASSWORD, displayName: name },
      })
    ).register;
    return { email, id: r.user.id as string, token: r.accessToken as string, refreshToken: r.refreshToken as string };
  };
  const live = (server: ServerProcess, token: string) => {
    const client = createClient({
      url: `ws://127.0.0.1:${server.port}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
      retryAttempts: 0,
      lazy: true,
    });
    clients.push(client);
    return client;
  };
  /** Waits until `count` instances have subscribed to a topic's Redis channel. */
  const subscribedInstances = async (topic: string, count: number) => {
    const channel = `${redis.prefix}live:${topic}`;
    const deadline = Date.now() + 10_000;
    for (;;) {
      const [, n] = (await redis.client.pubsub('NUMSUB', channel)) as [string, number];
      if (Number(n) >= count) return;
      if (Date.now() > deadline) throw new Error(`${count} instance(s) never subscribed to ${channel}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  };

  it('sends an agent’s change made on one instance to subscribers on both, each read with its rights as they are then', async () => {
    const admin = await login(a, ADMIN.email, ADMIN.password);
    const department = (
      await gqlOk(
        a,
        `mutation($i: CreateDepartmentInput!) { createDepartment(input: $i) { id } }`,
        { i: { code: 'VOIRIE', name: 'Voirie' } },
        admin.accessToken,
      )
    ).createDepartment;
    const service = (
      await gqlOk(
        a,
        `mutation($i: CreateServiceInput!) { createService(input: $i) { id } }`,
        {
          i: {
            code: 'LAMPADAIRE',
            name: 'Lampadaire éteint',
            description: 'Un lampadaire ne fonctionne plus.',
            kind: 'REPORT',
            group: 'Éclairage public',
            departmentId: department.id,
            targetDays: 10,
          },
        },
        admin.accessToken,
      )
    ).createService;
    const agent = await register(a, 'Agent');
    await gqlOk(
      a,
      `mutation($u: ID!, $d: ID) { grantRole(userId: $u, role: AGENT, departmentId: $d) { id } }`,
      { u: agent.id, d: department.id },
      admin.accessToken,
    );
    const resident = await register(b, 'Marie');
    const request = (
      await gqlOk(
        b,
        `mutation($i: CreateServiceRequestInput!) { createServiceRequest(input: $i) { id reference } }`,
        {
          i: {
            serviceId: service.id,
            description: 'Le lampadaire du 3 rue des Lilas est éteint.',
            location: { lat: 47.5861, lng: 1.3359 },
          },
        },
        resident.token,
      )
    ).createServiceRequest;

    // The resident watches on both instances (two tabs behind a load balancer).
    const NOTIFIED = `subscription { notificationAdded { id kind targetId payload } }`;
    const UPDATED = `subscription($id: ID!) { serviceRequestUpdated(id: $id) { id status } }`;
    const onA = new LiveSubscription(live(a, resident.token), NOTIFIED, {});
    const onB = new LiveSubscription(live(b, resident.token), NOTIFIED, {});
    const updatesOnB = new LiveSubscription(live(b, resident.token), UPDATED, { id: request.id });
    await subscribedInstances(`notifications:${resident.id}`, 2);
    await subscribedInstances(`changed:SERVICE_REQUEST:${request.id}`, 1);

    await gqlOk(
      a,
      `mutation($id: ID!) { changeServiceRequestStatus(id: $id, status: ACKNOWLEDGED, message: "Nous passons demain.") { status } }`,
      { id: request.id },
      agent.token,
    );
    // One job worker (of a or b) published it once: both instances' subscribers have it, so it
    // crossed from one instance to the other through Redis.
    for (const sub of [onA, onB]) {
      const [got] = await sub.waitFor(1, 15_000);
      expect(got.errors).toBeUndefined();
      expect(got.data!.notificationAdded).toMatchObject({
        kind: 'SERVICE_REQUEST_STATUS_CHANGED',
        targetId: request.id,
        payload: { reference: request.reference, toStatus: 'ACKNOWLEDGED' },
      });
    }
    expect(onA.results[0].data!.notificationAdded.id).toBe(onB.results[0].data!.notificationAdded.id);
    expect((await updatesOnB.waitFor(1, 15_000))[0].data!.serviceRequestUpdated).toEqual({ id: request.id, status: 'ACKNOWLEDGED' });

    // The resident signs out on a: the session ends everywhere, and b's connection learns it at its next event.
    await gqlOk(a, `mutation($t: String!) { logout(refreshToken: $t) }`, { t: resident.refreshToken }, resident.token);
    await gqlOk(
      a,
      `mutation($id: ID!) { changeServiceRequestStatus(id: $id, status: IN_PROGRESS, message: "Intervention en cours.") { status } }`,
      { id: request.id },
      agent.token,
    );
    await until(() => updatesOnB.error !== null || updatesOnB.completed, 'the end of the subscription on b', 15_000);
    expect((updatesOnB.error as { code?: number; reason?: string }).code).toBe(4403);
    expect((updatesOnB.error as { code?: number; reason?: string }).reason).toBe('SESSION_ENDED');
    expect(updatesOnB.results).toHaveLength(1);
  });

  it('throttles wrong passwords spread over both instances as if one server counted them', async () => {
    const u = await register(a, 'Lucas');
    const LOGIN = `mutation($i: LoginInput!) { login(input: $i) { accessToken } }`;
    // 12 guesses at once, alternately on a and b: exactly MAX_FAILURES get their password checked.
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) => gql(i % 2 ? a : b, LOGIN, { i: { email: u.email, password: `wrong guess ${i}` } })),
    );
    const codes = answers.map((r) => r.errors?.[0].extensions.code);
    expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(MAX_FAILURES);
    expect(codes.filter((c) => c === 'RATE_LIMITED')).toHaveLength(12 - MAX_FAILURES);
    // The right password is refused on both until the window ends.
    for (const server of [a, b]) {
      const blocked = await gql(server, LOGIN, { i: { email: u.email, password: PASSWORD } });
      expect(blocked.errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED', reason: 'TOO_MANY_ATTEMPTS' });
      expect(blocked.errors?.[0].extensions.retryAfterSeconds).toBeGreaterThan(0);
    }
    // Another account is not affected, on either.
    const other = await register(b, 'Fatou');
    expect((await login(a, other.email, PASSWORD)).user.id).toBe(other.id);
  });

  it('serves from the other instance a photo uploaded through one, out of the bucket', async () => {
    const resident = await register(a, 'Ines');
    const photo = await smallImage('jpeg', 640, 480);
    const uploaded = await a.http.post('/media').set('Authorization', `Bearer ${resident.token}`).attach('file', photo, {
      filename: 'lampadaire.jpg',
      contentType: 'image/jpeg',
    });
    expect(uploaded.status).toBe(201);
    const url = uploaded.body.variants.medium as string;
    const fetch = (server: ServerProcess) =>
      server.http
        .get(url)
        .buffer(true)
        .parse((res, done) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => done(null, Buffer.concat(chunks)));
        });
    const fromB = await fetch(b);
    expect(fromB.status).toBe(200);
    expect(fromB.headers['content-type']).toBe('image/webp');
    expect((fromB.body as Buffer).toString('latin1', 8, 12)).toBe('WEBP');
    expect(Buffer.compare(fromB.body as Buffer, (await fetch(a)).body as Buffer)).toBe(0);
    // Neither instance wrote it to its own disk.
    expect(mediaDirs.map((d) => readdirSync(d))).toEqual([[], []]);
    // The signed URL is checked on b too: a forged one is refused there.
    expect((await b.http.get(url.replace(/sig=[^&]+/, 'sig=forged'))).status).toBe(404);
  });

  it('stops each instance cleanly on SIGTERM (Redis connections closed, nothing left hanging)', async () => {
    await Promise.all([stopServer(a), stopServer(b)]);
    expect([await a.exited, await b.exited]).toEqual([0, 0]);
    expect(`${a.output().stderr}${b.output().stderr}`).not.toMatch(/Unhandled|ECONNREFUSED|Redis connection lost/);
  });
});
