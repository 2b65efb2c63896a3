import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { adminQuery, cloneTemplate } from '../harness/database';
import { randomPort, ServerProcess, startServer, stopServer } from '../harness/server-process';

/**
 * How the server starts (src/main.ts, as `npm start` runs it): what the environment may look like,
 * where the embedded PostgreSQL lives, and what a second start in the same folder does.
 */
describe('start-up', () => {
  const servers: ServerProcess[] = [];
  const folders: string[] = [];
  afterAll(async () => {
    for (const s of servers) await stopServer(s);
    for (const f of folders) rmSync(f, { recursive: true, force: true });
  });

  it('treats an empty variable as unset (docker-compose passes ADMIN_EMAIL= when it is not set)', async () => {
    const db = await cloneTemplate();
    try {
      const server = startServer({
        DATABASE_URL: db.url,
        JWT_SECRET: randomBytes(32).toString('hex'),
        ADMIN_EMAIL: '',
        ADMIN_PASSWORD: '',
        SEED_DEMO: '',
        PUBLIC_URL: '',
        CORS_ORIGINS: '',
        EMBEDDED_PG_PORT: '',
        // docker-compose passes these through empty unless the "scale" profile's .env sets them.
        REDIS_URL: '',
        S3_BUCKET: '',
        S3_ENDPOINT: '',
        S3_REGION: '',
        S3_ACCESS_KEY_ID: '',
        S3_SECRET_ACCESS_KEY: '',
        S3_FORCE_PATH_STYLE: '',
        TRUST_PROXY_HOPS: '',
      });
      servers.push(server);
      await server.waitHealthy();
      // No admin was made out of the empty values, and no Redis is expected.
      expect(await adminQuery(db.url, 'SELECT count(*)::int AS n FROM users')).toEqual([{ n: 0 }]);
      expect((await server.http.get('/health')).body).toEqual({ status: 'ok', db: 'up' });
      await stopServer(server);
      expect(await server.exited).toBe(0);
    } finally {
      await db.drop();
    }
  }, 120_000);

  it('runs the embedded PostgreSQL from a private folder, and refuses a second start in the same folder in one line', async () => {
    // A clone in a folder nobody else may enter (root's home is the common case): as root the
    // postgres user must not need to enter it, and it must stay as private as it was.
    const home = mkdtempSync(join(tmpdir(), 'parvis-private-'));
    chmodSync(home, 0o700);
    // EMBEDDED_PG_DIR is created by the server (a fresh path, so the default /var/lib/parvis is
    // not shared with other test runs).
    const pgDir = join(tmpdir(), `parvis-pgdir-${randomBytes(6).toString('hex')}`);
    folders.push(home, pgDir);
    const env = {
      DATA_DIR: join(home, 'clone', '.data'),
      EMBEDDED_PG_DIR: pgDir,
      EMBEDDED_PG_PORT: String(randomPort(20000)),
      SEED_DEMO: 'false',
    };
    mkdirSync(join(home, 'clone'), { mode: 0o700 });
    const first = startServer(env);
    servers.push(first);
    await first.waitHealthy();
    expect(statSync(home).mode & 0o777).toBe(0o700);
    expect(existsSync(join(pgDir, 'data', 'PG_VERSION'))).toBe(true);
    if (process.getuid?.() === 0) {
      // What the postgres user needs is its own, and only its own.
      expect(statSync(join(pgDir, 'data')).mode & 0o777).toBe(0o700);
      expect(statSync(join(pgDir, 'data')).uid).not.toBe(0);
    }

    const second = startServer(env);
    servers.push(second);
    expect(await second.exited).toBe(1);
    const { stdout, stderr } = second.output();
    expect(stderr.trim().split('\n')).toEqual([expect.stringMatching(/^Parvis is already running from .* \(pid \d+\)/)]);
    expect(stdout).not.toMatch(/PostgreSQL left running/);

    // The first one still has its database.
    const health = await first.http.get('/health');
    expect(health.status).toBe(200);
    expect(health.body).toEqual({ status: 'ok', db: 'up' });

    // Once the first has stopped, the folder is free again.
    await stopServer(first);
    expect(await first.exited).toBe(0);
    const third = startServer(env);
    servers.push(third);
    await third.waitHealthy();
    await stopServer(third);
    const code = await third.exited;
    // On failure, say how it ended (a signal?) and what it printed.
    expect({ code, signal: third.child.signalCode, ...(code === 0 ? {} : third.output()) }).toEqual({ code: 0, signal: null });
  }, 180_000);
});
