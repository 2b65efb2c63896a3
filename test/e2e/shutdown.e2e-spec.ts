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
});
