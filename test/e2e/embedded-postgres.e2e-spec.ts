import { ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The embedded PostgreSQL behind `npm start` without DATABASE_URL: it must come up again after a
 * run whose Node process was killed with SIGKILL (its postmaster still running, its pid file left).
 * Each run is a Node process of its own, as `npm start` is (the package is an ES module, which
 * Jest's module system cannot load).
 */
describe('embedded PostgreSQL', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'parvis-embedded-'));
  // Created by the server (as root: owned by the postgres user, outside the private DATA_DIR).
  const pgDir = join(tmpdir(), `parvis-embedded-pg-${randomBytes(6).toString('hex')}`);
  const config = { DATA_DIR: dataDir, EMBEDDED_PG_DIR: pgDir, EMBEDDED_PG_PORT: 57000 + Math.floor(Math.random() * 1000) };
  const pidFile = join(pgDir, 'data', 'postmaster.pid');
  afterAll(() => {
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(pgDir, { recursive: true, force: true });
  });

  const run = (body: string): ChildProcessWithoutNullStreams =>
    spawn(
      process.execPath,
      [
        '-r',
        'ts-node/register/transpile-only',
        '-e',
        `const { startServerDatabase } = require('./src/database/embedded-postgres');
         const { Client } = require('pg');
         (async () => { ${body} })().catch((e) => { process.stderr.write(String(e)); process.exit(1); });`,
      ],
      { cwd: join(__dirname, '..', '..') },
    );
  const output = (child: ChildProcessWithoutNullStreams, until: string) =>
    new Promise<string>((resolve, reject) => {
      let out = '';
      let err = '';
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        if (out.includes(until)) resolve(out);
      });
      child.stderr.on('data', (d: Buffer) => (err += d.toString()));
      child.on('exit', (code) => (out.includes(until) ? resolve(out) : reject(new Error(`exited ${code}: ${err}`))));
    });

  it('starts again after the previous run was killed, and stops cleanly', async () => {
    const first = run(
      `await startServerDatabase(${JSON.stringify(config)}, () => {}); process.stdout.write('ready\\n'); setInterval(() => {}, 1000);`,
    );
    await output(first, 'ready');
    first.kill('SIGKILL');
    await new Promise((r) => first.on('exit', r));
    expect(existsSync(pidFile)).toBe(true);

    const second = run(`
      const db = await startServerDatabase(${JSON.stringify(config)}, () => {});
      const client = new Client({ connectionString: db.url });
      await client.connect();
      const { rows } = await client.query('SELECT current_database() AS name, version() AS version');
      await client.end();
      await db.stop();
      process.stdout.write(JSON.stringify(rows[0]) + '\\nDONE\\n');`);
    const out = await output(second, 'DONE');
    const row = JSON.parse(out.split('\n')[0]);
    expect(row.name).toBe('parvis');
    expect(row.version).toMatch(/^PostgreSQL 15\./);
    expect(existsSync(pidFile)).toBe(false);
  }, 60_000);
});
