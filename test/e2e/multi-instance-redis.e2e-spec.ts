import Redis from 'ioredis';
import type { Client } from 'graphql-ws';
import { RateLimiterRes } from 'rate-limiter-flexible';
import { loadConfig } from '../../src/config/app-config';
import { PUB_SUB } from '../../src/graphql/pubsub.module';
import { notificationsTopic } from '../../src/notifications/live';
import { RateLimits } from '../../src/redis/rate-limits';
import { RedisConnection } from '../../src/redis/redis-connection';
import { decodeMessage, encodeMessage, RedisPubSub } from '../../src/redis/redis-pubsub';
import { LiveSubscription, liveClient, until, waitForListeners } from '../harness/live';
import { startRedisServer, startTestRedis, TestRedis } from '../harness/redis';
import { file, move, setup } from '../harness/service-requests';
import { errorOf, TestApp } from '../harness/test-app';

/** A port nothing listens on: Redis "unreachable". */
const DEAD_REDIS = 'redis://127.0.0.1:1';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('the Redis transport of live updates (RedisPubSub)', () => {
  let redis: TestRedis;
  const connections: Redis[] = [];

  /** One instance's publisher: its own two connections, as a server has. */
  const instance = (prefix = redis.prefix) => {
    const publisher = new Redis(redis.url);
    const subscriber = new Redis(redis.url);
    connections.push(publisher, subscriber);
    return new RedisPubSub(publisher, subscriber, prefix);
  };
  /** Redis subscriptions on a channel, all instances together. */
  const numsub = async (channel: string) => Number(((await redis.client.pubsub('NUMSUB', channel)) as [string, number])[1]);

  beforeAll(async () => {
    redis = await startTestRedis();
  });
  afterAll(async () => {
    connections.forEach((c) => c.disconnect());
    await redis?.stop();
  });

  it('carries an event from one instance to the subscribers of another, Dates kept, one decoded object for all of them', async () => {
    const a = instance();
    const b = instance();
    const topic = notificationsTopic('u-1');
    const first: any[] = [];
    const second: any[] = [];
    await b.subscribe(topic, (p: unknown) => first.push(p));
    await b.subscribe(topic, (p: unknown) => second.push(p));
    // One Redis subscription per instance, however many local subscribers.
    expect(await numsub(a.channelOf(topic))).toBe(1);
    expect(b.listenerCount(topic)).toBe(2);

    const createdAt = new Date('2026-11-29T08:15:30.123Z');
    await a.publish(topic, {
      id: 'n-1',
      createdAt,
      readAt: null,
      payload: { title: 'Réponse', at: [createdAt], note: '2026-11-29T08:15:30.123Z' },
    });
    await until(() => first.length === 1 && second.length === 1, 'the event on instance b');
    expect(first[0]).toBe(second[0]);
    expect(first[0]).toEqual({
      id: 'n-1',
      createdAt,
      readAt: null,
      payload: { title: 'Réponse', at: [createdAt], note: '2026-11-29T08:15:30.123Z' },
    });
    expect(first[0].createdAt).toBeInstanceOf(Date);
    // A string that looks like a date stays a string.
    expect(typeof first[0].payload.note).toBe('string');
  });

  it('receives an event published right after subscribe() resolved, every time', async () => {
    const a = instance();
    const b = instance();
    for (let i = 0; i < 25; i++) {
      const got: unknown[] = [];
      const id = await b.subscribe(`changed:SERVICE_REQUEST:${i}`, (p: unknown) => got.push(p));
      await a.publish(`changed:SERVICE_REQUEST:${i}`, { i });
      await until(() => got.length === 1, `event ${i}`);
      b.unsubscribe(id);
    }
  });

  it('leaves the channel with its last local subscriber, and hears nothing more', async () => {
    const a = instance();
    const b = instance();
    const topic = 'changed:PROPOSAL:p-1';
    const got: unknown[] = [];
    const one = await b.subscribe(topic, (p: unknown) => got.push(p));
    const two = await b.subscribe(topic, (p: unknown) => got.push(p));
    b.unsubscribe(one);
    expect(await numsub(b.channelOf(topic))).toBe(1);
    b.unsubscribe(two);
    await until(() => b.listenerCount(topic) === 0, 'no local listener');
    for (let i = 0; i < 50 && (await numsub(b.channelOf(topic))) > 0; i++) await sleep(10);
    expect(await numsub(b.channelOf(topic))).toBe(0);
    await a.publish(topic, { late: true });
    // Sentinel: a subscriber of another topic on the same instance hears its event, so the late one was not just slow.
    const sentinel: unknown[] = [];
    await b.subscribe('sentinel', (p: unknown) => sentinel.push(p));
    await a.publish('sentinel', { ok: true });
    await until(() => sentinel.length === 1, 'the sentinel');
    expect(got).toEqual([]);
  });

  it('keeps deployments with different REDIS_KEY_PREFIX apart', async () => {
    const a = instance();
    const elsewhere = instance(`${redis.prefix}other:`);
    const mine = instance();
    const heardElsewhere: unknown[] = [];
    const heardMine: unknown[] = [];
    await elsewhere.subscribe('notifications:u-2', (p: unknown) => heardElsewhere.push(p));
    await mine.subscribe('notifications:u-2', (p: unknown) => heardMine.push(p));
    await a.publish('notifications:u-2', { x: 1 });
    await until(() => heardMine.length === 1, 'the same deployment');
    expect(heardElsewhere).toEqual([]);
  });

  it('fails a publish when Redis cannot be reached, so the outbox job that made it is retried', async () => {
    const down = new Redis(DEAD_REDIS, { lazyConnect: true, enableOfflineQueue: false, retryStrategy: () => null });
    down.on('error', () => undefined);
    const subscriber = new Redis(redis.url);
    connections.push(down, subscriber);
    await expect(new RedisPubSub(down, subscriber, redis.prefix).publish('t', {})).rejects.toThrow();
  });

  it('encodes payloads as JSON with tagged Dates', () => {
    const when = new Date('2026-01-01T00:00:00.000Z');
    expect(encodeMessage({ when, list: [when, 'x'], none: null })).toBe(
      '{"when":{"$date":"2026-01-01T00:00:00.000Z"},"list":[{"$date":"2026-01-01T00:00:00.000Z"},"x"],"none":null}',
    );
    expect(decodeMessage(encodeMessage({ when, list: [when, 'x'] }))).toEqual({ when, list: [when, 'x'] });
    expect(decodeMessage('{"$date":"2026-01-01T00:00:00.000Z","other":1}')).toEqual({ $date: '2026-01-01T00:00:00.000Z', other: 1 });
  });
});

describe('rate limits in Redis (RateLimits)', () => {
  let redis: TestRedis;
  const connections: RedisConnection[] = [];

  const limitsOf = async (url: string, connect = true) => {
    const connection = new RedisConnection(loadConfig({ REDIS_URL: url, REDIS_KEY_PREFIX: redis.prefix }));
    connections.push(connection);
    if (connect) await connection.onModuleInit();
    return new RateLimits(connection);
  };
  const refused = (promise: Promise<unknown>) =>
    promise.then(
      () => false,
      (res: unknown) => {
        if (res instanceof RateLimiterRes) return true;
        throw res;
      },
    );

  beforeAll(async () => {
    redis = await startTestRedis();
  });
  afterAll(async () => {
    await Promise.all(connections.map((c) => c.onApplicationShutdown()));
    await redis?.stop();
  });

  it('counts one budget across instances, atomically', async () => {
    const a = (await limitsOf(redis.url)).limiter('login-account', 5, 60);
    const b = (await limitsOf(redis.url)).limiter('login-account', 5, 60);
    // 12 attempts at once, spread over both: exactly 5 pass, as on one server.
    const outcomes = await Promise.all(Array.from({ length: 12 }, (_, i) => refused((i % 2 ? a : b).consume('marie@example.test'))));
    expect(outcomes.filter((r) => !r)).toHaveLength(5);
    expect(await redis.client.get(`${redis.prefix}limit:login-account:marie@example.test`)).toBe('12');
    expect(Number(await redis.client.pttl(`${redis.prefix}limit:login-account:marie@example.test`))).toBeGreaterThan(50_000);
    // A success on one clears the budget for all.
    await a.delete('marie@example.test');
    expect(await refused(b.consume('marie@example.test'))).toBe(false);
  });

  it('still limits, per instance, while Redis cannot be reached', async () => {
    const limiter = (await limitsOf(DEAD_REDIS, false)).limiter('login-ip', 3, 60);
    const outcomes = [];
    for (let i = 0; i < 5; i++) outcomes.push(await refused(limiter.consume('203.0.113.7')));
    expect(outcomes).toEqual([false, false, false, true, true]);
  });

  it('stops the server at start, in one line, when Redis does not answer', async () => {
    const connection = new RedisConnection(loadConfig({ REDIS_URL: DEAD_REDIS }));
    connections.push(connection);
    await expect(connection.onModuleInit()).rejects.toThrow(/^Redis at 127\.0\.0\.1:1 \(REDIS_URL\) did not answer: /);
  });
});

describe('an outage of Redis', () => {
  it('limits in memory and fails publishes at once while Redis is away, and delivers again once it is back', async () => {
    let server = await startRedisServer();
    const port = Number(new URL(server.url).port);
    const connection = new RedisConnection(loadConfig({ REDIS_URL: server.url, REDIS_KEY_PREFIX: 'outage:' }));
    const pubSub = new RedisPubSub(connection.client!, connection.subscriber(), 'outage:');
    try {
      await connection.onModuleInit();
      const limiter = new RateLimits(connection).limiter('login-ip', 2, 60);
      const heard: unknown[] = [];
      await pubSub.subscribe('notifications:u-9', (p: unknown) => heard.push(p));
      await pubSub.publish('notifications:u-9', { n: 1 });
      await until(() => heard.length === 1, 'the first event');

      server.child.kill('SIGKILL');
      await until(() => connection.client!.status !== 'ready', 'the connection to notice', 10_000);
      const started = Date.now();
      await expect(pubSub.publish('notifications:u-9', { n: 2 })).rejects.toThrow();
      // In memory meanwhile: still a limit, answered at once.
      const outcomes = [];
      for (let i = 0; i < 3; i++)
        outcomes.push(
          await limiter.consume('198.51.100.4').then(
            () => 'ok',
            () => 'limited',
          ),
        );
      expect(outcomes).toEqual(['ok', 'ok', 'limited']);
      // A new subscription is refused rather than left waiting (the client retries).
      await expect(pubSub.subscribe('notifications:u-10', () => undefined)).rejects.toThrow();
      expect(pubSub.listenerCount('notifications:u-10')).toBe(0);
      expect(Date.now() - started).toBeLessThan(2000);

      server = await startRedisServer(port);
      await until(() => connection.client!.status === 'ready', 'the reconnection', 15_000);
      // The subscriber connection subscribes its channels again by itself.
      for (let i = 0; heard.length < 2 && i < 100; i++) {
        await pubSub.publish('notifications:u-9', { n: 3 }).catch(() => undefined);
        await sleep(100);
      }
      expect(heard[1]).toEqual({ n: 3 });
    } finally {
      await connection.onApplicationShutdown();
      const exited = new Promise((resolve) => server.child.once('exit', resolve));
      if (server.child.kill('SIGKILL')) await exited;
    }
  });
});

describe('a server with REDIS_URL', () => {
  let redis: TestRedis;
  let t: TestApp;
  const clients: Client[] = [];
  const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;

  beforeAll(async () => {
    redis = await startTestRedis();
    t = await TestApp.start({ ...redis.env, LOGIN_MAX_FAILURES_PER_ACCOUNT: '3' });
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await t?.close();
    await redis?.stop();
  });

  it('delivers live notifications through Redis', async () => {
    expect(t.get(PUB_SUB)).toBeInstanceOf(RedisPubSub);
    const s = await setup(t);
    const r = await file(t, s.resident, s.reportId);
    const client = await liveClient(t, s.resident.token);
    clients.push(client);
    const live = new LiveSubscription(client, `subscription { notificationAdded { kind targetId createdAt } }`, {});
    await waitForListeners(t, notificationsTopic(s.resident.id));
    expect(
      Number(((await redis.client.pubsub('NUMSUB', `${redis.prefix}live:${notificationsTopic(s.resident.id)}`)) as [string, number])[1]),
    ).toBe(1);
    await move(t, s.agent, r.id, 'ACKNOWLEDGED', 'Nous passons demain.');
    const [got] = await live.waitFor(1);
    expect(got.errors).toBeUndefined();
    expect(got.data!.notificationAdded).toMatchObject({ kind: 'SERVICE_REQUEST_STATUS_CHANGED', targetId: r.id });
    expect(new Date(got.data!.notificationAdded.createdAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  it('throttles sign-in in Redis, with the same answers', async () => {
    const u = await t.factories.resident();
    for (let i = 0; i < 3; i++) {
      expect(errorOf(await t.gql(LOGIN, { input: { email: u.email, password: `wrong guess ${i}` } }))).toMatchObject({
        code: 'UNAUTHENTICATED',
        reason: 'INVALID_CREDENTIALS',
      });
    }
    const blocked = await t.gql(LOGIN, { input: { email: u.email, password: u.password } });
    expect(errorOf(blocked)).toMatchObject({ code: 'RATE_LIMITED', reason: 'TOO_MANY_ATTEMPTS' });
    expect(blocked.errors![0].extensions.retryAfterSeconds).toBeGreaterThan(0);
    expect(await redis.client.get(`${redis.prefix}limit:login-account:${u.email}`)).toBe('4');
  });

  it('says in /health that its Redis connection is up', async () => {
    expect((await t.http.get('/health').expect(200)).body).toEqual({ status: 'ok', db: 'up', redis: 'up' });
  });
});
