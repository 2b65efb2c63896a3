import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import Redis from 'ioredis';

/**
 * Redis for the tests that need one: TEST_REDIS_URL, else the one at 127.0.0.1:6379, else a
 * `redis-server` started for this test file on a free port (no persistence). Each test file works
 * under a key prefix of its own (REDIS_KEY_PREFIX), so files running at once never see each
 * other's keys or channels; `stop()` deletes its keys.
 */
export interface TestRedis {
  url: string;
  prefix: string;
  /** REDIS_* variables for a server (or TestApp.start). */
  env: Record<string, string>;
  /** A plain client, to look at what the servers wrote. */
  client: Redis;
  stop(): Promise<void>;
}

async function answers(url: string): Promise<boolean> {
  const probe = new Redis(url, { lazyConnect: true, retryStrategy: () => null, maxRetriesPerRequest: 0, connectTimeout: 1000 });
  probe.on('error', () => undefined);
  try {
    await probe.connect();
    return (await probe.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    probe.disconnect();
  }
}

/**
 * A `redis-server` of this test's own on a free port (no persistence), also for tests that stop
 * and restart Redis (`port` to start it again where it was); `child.kill()` stops it.
 */
export async function startRedisServer(port = 46000 + Math.floor(Math.random() * 2000)): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: 'ignore',
  });
  await new Promise<void>((resolve, reject) => {
    child.once('error', (error) =>
      reject(new Error(`no Redis at 127.0.0.1:6379 and redis-server could not be started (${error.message}); set TEST_REDIS_URL`)),
    );
    child.once('spawn', () => resolve());
  });
  const url = `redis://127.0.0.1:${port}`;
  for (let i = 0; i < 50 && !(await answers(url)); i++) await new Promise((r) => setTimeout(r, 100));
  if (!(await answers(url))) throw new Error(`redis-server on port ${port} did not answer`);
  return { url, child };
}

export async function startTestRedis(): Promise<TestRedis> {
  let url = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
  let child: ChildProcess | undefined;
  if (!(await answers(url))) {
    if (process.env.TEST_REDIS_URL) throw new Error(`TEST_REDIS_URL (${url}) does not answer`);
    ({ url, child } = await startRedisServer());
  }
  const prefix = `parvis-test:${Date.now()}:${randomBytes(4).toString('hex')}:`;
  const client = new Redis(url);
  return {
    url,
    prefix,
    env: { REDIS_URL: url, REDIS_KEY_PREFIX: prefix },
    client,
    stop: async () => {
      const keys: string[] = [];
      let cursor = '0';
      do {
        const [next, found] = await client.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
        keys.push(...found);
        cursor = next;
      } while (cursor !== '0');
      if (keys.length) await client.del(...keys);
      client.disconnect();
      child?.kill('SIGTERM');
    },
  };
}
