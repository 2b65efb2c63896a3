/**
 * `npm run bench:seed -- --scale N [--database-url URL]`: fills a database with a realistic commune
 * for the load benchmark, in SQL only (INSERT … SELECT … generate_series), then checks every counter
 * against its rows and exits 1 listing any that differs.
 *
 * At scale 1: 200,000 residents (plus agents, councillors, moderators, admins), 20 districts,
 * 50,000 proposals, about 2,000,000 supports, 1,000,000 comments with about as many votes, 500,000
 * service requests with about 3,000,000 timeline events, 50 consultations with 300,000 responses,
 * forums, follows, notifications and a moderation queue (scripts/bench/seed/plan.ts).
 *
 * The database: `--database-url` (created if missing), else a new database `parvis_bench_s<scale>`
 * (dots as underscores) on the server of BENCH_DATABASE_URL (a maintenance URL, as for the other
 * benchmarks) or on 127.0.0.1:5432 as `postgres`. It must be empty: the script applies the
 * migrations, then refuses a database that already holds users.
 */
import 'reflect-metadata';
import { cpus, loadavg } from 'node:os';
import { Client } from 'pg';
import { withDatabase } from '../src/database/embedded-postgres';
import { adminSql, log, run } from './bench-common';
import { BENCH_PASSWORD, parseSeedArgs } from './bench/seed/plan';
import { benchAccounts, runSeed } from './bench/seed/seed';

/** The database named by the URL, created on its server when it does not exist yet. */
async function ensureDatabase(url: string): Promise<void> {
  const parsed = new URL(url);
  const name = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  if (!/^[A-Za-z0-9_]+$/.test(name)) throw new Error(`--database-url: the database name must be letters, digits and _ (got "${name}")`);
  const admin = withDatabase(url, 'postgres');
  const client = new Client({ connectionString: admin, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    const exists = (await client.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [name])).rowCount;
    if (!exists) await adminSql(admin, `CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
}

async function main() {
  const args = parseSeedArgs(process.argv.slice(2));
  const server = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const url = args.databaseUrl ?? withDatabase(server, `parvis_bench_s${String(args.scale).replace('.', '_')}`);
  await ensureDatabase(url);
  const safeUrl = url.replace(/\/\/[^@/]*@/, '//…@');
  log(`# Parvis bench seed — scale ${args.scale} — ${new Date().toISOString()}`);
  log(`machine: ${cpus().length} × ${cpus()[0]?.model.trim()}, Node ${process.version}, load average ${loadavg()[0].toFixed(1)}`);
  log(`database: ${safeUrl}`);
  const started = performance.now();
  const result = await runSeed({ url, scale: args.scale, log });
  const total = (performance.now() - started) / 1000;
  log('');
  log('| table | rows |');
  log('|---|---|');
  for (const [table, n] of Object.entries(result.rows)) log(`| ${table} | ${n.toLocaleString('en')} |`);
  log('');
  log(`total ${total.toFixed(0)} s; database size ${(result.databaseBytes / 1024 ** 3).toFixed(2)} GiB (${result.databaseBytes} bytes)`);
  log(`database: ${safeUrl}`);
  log(`every account's password: ${BENCH_PASSWORD}`);
  for (const a of benchAccounts(result.plan)) log(`  ${a.role}: ${a.email}`);
  if (result.mismatches.length) {
    for (const m of result.mismatches) process.stderr.write(`counter mismatch: ${m}\n`);
    throw new Error(`${result.mismatches.length} counters differ from their rows`);
  }
  log('every counter equals its rows');
}

run(main);
