import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { cloneTemplate } from '../harness/database';
import { sidewaysPhoto } from '../harness/media';
import { Client } from 'pg';

/**
 * The real server process (src/main.ts), stopped with SIGTERM while requests are in flight: they
 * finish and what they wrote is kept; then the process exits cleanly. ("Nothing a user submitted is
 * ever lost, even if the server is stopped mid-request.")
 */
describe('graceful shutdown', () => {
  let db: Awaited<ReturnType<typeof cloneTemplate>>;
  let server: ChildProcess | undefined;
  const mediaDir = mkdtempSync(join(tmpdir(), 'parvis-shutdown-'));

  beforeAll(async () => {
    db = await cloneTemplate();
  });
  afterAll(async () => {
    server?.kill('SIGKILL');
    await db?.drop();
    rmSync(mediaDir, { recursive: true, force: true });
  });

  it('finishes the requests in flight on SIGTERM, then exits 0', async () => {
    const port = 36000 + Math.floor(Math.random() * 2000);
    server = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', 'src/main.ts'], {
      cwd: join(__dirname, '..', '..'),
      env: {
        ...process.env,
        NODE_ENV: 'test',
        LOG_LEVEL: 'warn',
        PORT: String(port),
        HOST: '127.0.0.1',
        DATABASE_URL: db.url,
        JWT_SECRET: randomBytes(32).toString('hex'),
        MEDIA_DIR: mediaDir,
        MEDIA_CONCURRENCY: '1',
        ADMIN_EMAIL: 'mairie@example.test',
        ADMIN_PASSWORD: 'the first admin passphrase',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<number | null>((resolve) => server!.on('exit', (code) => resolve(code)));
    const http = request(`http://127.0.0.1:${port}`);
    const deadline = Date.now() + 60_000;
    for (;;) {
      const ok = await http.get('/health').then(
        (r) => r.status === 200,
        () => false,
      );
      if (ok) break;
      if (Date.now() > deadline) throw new Error('the server did not start');
      await new Promise((r) => setTimeout(r, 200));
    }
    const login = await http.post('/graphql').set('Content-Type', 'application/json').send({
      query: `mutation { login(input: { email: "mairie@example.test", password: "the first admin passphrase" }) { accessToken } }`,
    });
    const token = login.body.data.login.accessToken;

    // Two photo uploads (each takes a while to convert, one at a time), then SIGTERM at once.
    const photo = await sidewaysPhoto(3000, 2000);
    const uploads = [1, 2].map(() => http.post('/media').set('Authorization', `Bearer ${token}`).attach('file', photo, 'photo.jpg'));
    const responses = Promise.all(uploads.map((u) => u.then((r) => r)));
    await new Promise((r) => setTimeout(r, 150));
    server.kill('SIGTERM');

    const [a, b] = await responses;
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(await exited).toBe(0);
    const client = new Client({ connectionString: db.url });
    await client.connect();
    const rows = await client.query('SELECT id FROM images WHERE id = ANY($1::uuid[])', [[a.body.id, b.body.id]]);
    await client.end();
    expect(rows.rowCount).toBe(2);
    // New connections are refused once it has stopped.
    await expect(http.get('/health')).rejects.toThrow();
  }, 90_000);
});
