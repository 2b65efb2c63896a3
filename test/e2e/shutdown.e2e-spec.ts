import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { cloneTemplate } from '../harness/database';
import { sidewaysPhoto } from '../harness/media';
import { ServerProcess, startServer } from '../harness/server-process';

/**
 * The real server process (src/main.ts), stopped with SIGTERM while requests are in flight: they
 * finish and what they wrote is kept; then the process exits cleanly. ("Nothing a user submitted is
 * ever lost, even if the server is stopped mid-request.")
 */
describe('graceful shutdown', () => {
  let db: Awaited<ReturnType<typeof cloneTemplate>>;
  let server: ServerProcess | undefined;
  const mediaDir = mkdtempSync(join(tmpdir(), 'parvis-shutdown-'));

  beforeAll(async () => {
    db = await cloneTemplate();
  });
  afterAll(async () => {
    server?.child.kill('SIGKILL');
    await db?.drop();
    rmSync(mediaDir, { recursive: true, force: true });
  });

  it('finishes the requests in flight on SIGTERM, then exits 0', async () => {
    server = startServer({
      // debug: the media service says when an upload has fully arrived, the sentinel below.
      LOG_LEVEL: 'debug',
      DATABASE_URL: db.url,
      JWT_SECRET: randomBytes(32).toString('hex'),
      MEDIA_DIR: mediaDir,
      MEDIA_CONCURRENCY: '1',
      ADMIN_EMAIL: 'mairie@example.test',
      ADMIN_PASSWORD: 'the first admin passphrase',
    });
    await server.waitHealthy(60_000);
    const login = await server.http.post('/graphql').set('Content-Type', 'application/json').send({
      query: `mutation { login(input: { email: "mairie@example.test", password: "the first admin passphrase" }) { accessToken } }`,
    });
    const token = login.body.data.login.accessToken;

    // Two photo uploads (each takes a while to convert, one at a time); SIGTERM once the server
    // holds both (the second waits for the first's conversion), so both are truly in flight.
    const photo = await sidewaysPhoto(3000, 2000);
    const uploads = [1, 2].map(() =>
      server!.http.post('/media').set('Authorization', `Bearer ${token}`).attach('file', photo, 'photo.jpg'),
    );
    const responses = Promise.all(uploads.map((u) => u.then((r) => r)));
    await server.waitFor(/"upload received"/, 30_000, 2);
    server.child.kill('SIGTERM');

    const [a, b] = await responses;
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(await server.exited).toBe(0);
    expect(server.output().stdout).toMatch(/SIGTERM received/);
    const client = new Client({ connectionString: db.url });
    await client.connect();
    const rows = await client.query('SELECT id FROM images WHERE id = ANY($1::uuid[])', [[a.body.id, b.body.id]]);
    await client.end();
    expect(rows.rowCount).toBe(2);
    // New connections are refused once it has stopped.
    await expect(server.http.get('/health')).rejects.toThrow();
  }, 90_000);

  it('lets a job in hand finish on SIGTERM before the database connections close', async () => {
    server = startServer({ LOG_LEVEL: 'warn', DATABASE_URL: db.url, JWT_SECRET: randomBytes(32).toString('hex'), MEDIA_DIR: mediaDir });
    await server.waitHealthy(60_000);
    const sql = new Client({ connectionString: db.url });
    await sql.connect();
    const lock = new Client({ connectionString: db.url });
    await lock.connect();
    try {
      // The hourly media clean-up, held by a worker and blocked on a lock this test holds.
      await lock.query('BEGIN');
      await lock.query('LOCK TABLE images IN ACCESS EXCLUSIVE MODE');
      await sql.query(`SELECT graphile_worker.add_job('media.cleanup', '{}'::json)`);
      for (let held = false; !held; await new Promise((r) => setTimeout(r, 50))) {
        const { rows } = await sql.query(`SELECT locked_by FROM graphile_worker.jobs WHERE task_identifier = 'media.cleanup'`);
        held = Boolean(rows[0]?.locked_by);
      }
      server.child.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 500));
      await lock.query('ROLLBACK');

      const code = await server.exited;
      const { stderr, stdout } = server.output();
      expect({ code, failed: /Failed task|error/i.test(stderr + stdout) ? stderr + stdout : '' }).toEqual({ code: 0, failed: '' });
      // Done, not left to be retried.
      expect((await sql.query(`SELECT 1 FROM graphile_worker.jobs`)).rowCount).toBe(0);
    } finally {
      await lock.end();
      await sql.end();
    }
  }, 90_000);
});
