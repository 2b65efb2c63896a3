/** Pieces shared by the benchmark scripts (`npm run bench:*`). */
import type { NestExpressApplication } from '@nestjs/platform-express';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { createApp } from '../src/bootstrap';
import { loadConfig } from '../src/config/app-config';
import { startEmbeddedPostgres, withDatabase } from '../src/database/embedded-postgres';

/**
 * A throwaway database for a benchmark: BENCH_DATABASE_URL (a maintenance URL), else 127.0.0.1:5432
 * as `postgres`, else an embedded PostgreSQL in `work`.
 */
export async function scratchDatabase(work: string): Promise<{ url: string; drop(): Promise<void> }> {
  let adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  let stop: (() => Promise<void>) | undefined;
  if (!(await reachable(adminUrl))) {
    if (process.env.BENCH_DATABASE_URL) throw new Error(`cannot reach BENCH_DATABASE_URL`);
    const dir = join(work, 'pg');
    const pg = await startEmbeddedPostgres({ databaseDir: dir, port: 56000 + Math.floor(Math.random() * 1000), password: 'parvis-bench' });
    adminUrl = pg.url;
    stop = pg.stop;
  }
  const name = `parvis_bench_${Date.now()}`;
  await adminSql(adminUrl, `CREATE DATABASE "${name}"`);
  return {
    url: withDatabase(adminUrl, name),
    drop: async () => {
      await adminSql(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      if (stop) await stop();
    },
  };
}

async function reachable(url: string): Promise<boolean> {
  try {
    await adminSql(url, 'SELECT 1');
    return true;
  } catch {
    return false;
  }
}

export async function adminSql(url: string, sql: string, params: unknown[] = []): Promise<void> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    await client.query(sql, params);
  } finally {
    await client.end();
  }
}

/** The p-th percentile (nearest rank). */
export function pct(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

export function log(line: string) {
  process.stdout.write(`${line}\n`);
}

/** POSTs a GraphQL query over loopback; resolves with the status, the time taken and the body. */
export function postGraphql(
  port: number,
  body: { query: string; variables?: Record<string, unknown> },
  token?: string,
): Promise<{ status: number; ms: number; body: string }> {
  const payload = JSON.stringify(body);
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: '/graphql',
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, ms: performance.now() - started, body: Buffer.concat(chunks).toString('utf8') }),
        );
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/**
 * Runs `work` against the real server on a scratch database (listening on loopback, no demo data),
 * with a direct SQL connection for bulk filling; everything is dropped afterwards.
 */
export async function withBenchServer(
  work: (server: { app: NestExpressApplication; port: number; sql: Client }) => Promise<void>,
): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'parvis-bench-'));
  const db = await scratchDatabase(dir);
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    JWT_SECRET: randomBytes(32).toString('hex'),
    SEED_DEMO: 'false',
  });
  const app = await createApp(config, db.url);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const sql = new Client({ connectionString: db.url });
  await sql.connect();
  try {
    await work({ app, port, sql });
  } finally {
    await sql.end();
    await app.close();
    await db.drop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Ends the script with its outcome. */
export function run(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (error) => {
      process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exit(1);
    },
  );
}
