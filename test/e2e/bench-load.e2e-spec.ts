import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PATH_NAMES } from '../../scripts/bench/load/paths';
import { cloneTemplate } from '../harness/database';

const ROOT = resolve(__dirname, '../..');

/** Runs a script of `scripts/` as `npm run` would, and resolves with its exit code and output. */
function script(file: string, args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((done, fail) => {
    const child = spawn(
      process.execPath,
      [require.resolve('ts-node/dist/bin.js'), '--transpile-only', join(ROOT, 'scripts', file), ...args],
      {
        cwd: ROOT,
        env: { ...process.env, LOG_LEVEL: 'warn' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    child.once('error', fail);
    child.once('exit', (code) => done({ code, output }));
  });
}

/**
 * `npm run bench:load` on a commune seeded at scale 0.01 by `npm run bench:seed`, one second per
 * path on two connections, so the scripts do not rot: it ends well, every path is in the table and
 * no request failed. Figures are not asserted.
 */
describe('bench load (scale 0.01)', () => {
  let db: { url: string; drop(): Promise<void> };
  let dir: string;
  beforeAll(async () => {
    db = await cloneTemplate();
    dir = mkdtempSync(join(tmpdir(), 'parvis-bench-load-test-'));
    const seed = await script('bench-seed.ts', ['--scale', '0.01', '--database-url', db.url]);
    if (seed.code !== 0) throw new Error(`bench:seed failed:\n${seed.output}`);
  }, 120_000);
  afterAll(async () => {
    await db?.drop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('drives every path and the mixed day without an error, and writes the table with the targets', async () => {
    const out = join(dir, 'bench-load.md');
    const run = await script('bench-load.ts', [
      '--database-url',
      db.url,
      '--duration',
      '1',
      '--connections',
      '2',
      '--warmup',
      '0.5',
      '--sequential',
      '5',
      '--out',
      out,
    ]);
    expect([run.code, run.code === 0 ? '' : run.output]).toEqual([0, '']);
    const table = readFileSync(out, 'utf8');
    expect(run.output).toContain(table.trim().split('\n')[0]);

    const rows = table.split('\n').filter((l) => /^\| .*\(`[a-z-]+`\) \|/.test(l));
    const byPath = new Map(rows.map((l) => [l.match(/\(`([a-z-]+)`\)/)![1], l.split('|').map((c) => c.trim())]));
    expect([...byPath.keys()].sort()).toEqual([...PATH_NAMES].sort());
    // Cells (after the leading empty one): path, req/s, p50, p95, p99, errors, SQL/req (max), CPU, RSS, best SQL p50, best SQL req/s, ratio.
    for (const [path, cells] of byPath) expect([path, cells[6]]).toEqual([path, '0']);
    for (const [path, cells] of byPath) expect([path, Number(cells[2]) > 0]).toEqual([path, true]);
    // Read paths have their best SQL beside them; write paths do not.
    for (const path of ['home', 'list-newest', 'proposal', 'queue', 'timeline', 'consultation', 'dashboard']) {
      expect([path, byPath.get(path)![12]]).toEqual([path, expect.stringMatching(/^\d+(\.\d)?×$/)]);
    }
    expect(byPath.get('support')![12]).toBe('—');

    expect(table).toMatch(/Mixed "real day" .* 0 errors/);
    expect(table).toMatch(/Machine: \d+ cores/);
    expect(table).toContain('The API and the best SQL agree on totalCount for every read path');
    for (const target of [
      'proposal list p99',
      'within 3×',
      '1,000 supports',
      '200 requests filed',
      "agent's queue",
      '10 SQL statements',
      '512 MB',
    ]) {
      expect(table).toMatch(
        new RegExp(`^- (\\*\\*met\\*\\*|\\*\\*not met\\*\\*|not measured): .*${target.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'm'),
      );
    }
    // The support run left every count equal to its rows (the script checks and says so).
    expect(table).toMatch(/supports\/s; 0 proposals whose support_count differs from their rows/);
  }, 240_000);

  it('refuses malformed options by name', async () => {
    const bad = await script('bench-load.ts', ['--database-url', db.url, '--connections', 'many']);
    expect(bad.code).toBe(1);
    expect(bad.output).toContain('--connections must be a positive integer (got many)');
    const unknown = await script('bench-load.ts', ['--database-url', db.url, '--paths', 'home,nowhere']);
    expect(unknown.code).toBe(1);
    expect(unknown.output).toMatch(/unknown path nowhere; the paths are: home, /);
  }, 120_000);
});
