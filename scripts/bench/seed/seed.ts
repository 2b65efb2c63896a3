/**
 * Fills a migrated, empty database with the bench commune (steps.ts), sets every counter from its
 * rows, checks them, then VACUUM ANALYZE (autovacuum may be off: the planner and index-only scans
 * need the statistics and the visibility map). Used by `npm run bench:seed` and its test.
 */
import 'reflect-metadata';
import { runMigrations as runJobMigrations } from 'graphile-worker';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../../src/database/data-source-options';
import { PasswordHasher } from '../../../src/identity/password-hasher';
import { JOBS_SCHEMA } from '../../../src/jobs/jobs';
import { checkSql, COUNTERS, OTHER_CHECKS, reconcileSql } from './counters';
import { BENCH_EMAIL_DOMAIN, BENCH_PASSWORD, planFor, SeedPlan } from './plan';
import { seedSteps } from './steps';

export interface SeedResult {
  plan: SeedPlan;
  /** Seconds per step, in order. */
  timings: { step: string; seconds: number }[];
  /** Counters that differ from their rows after the seed (empty when all is well). */
  mismatches: string[];
  /** Rows per filled table. */
  rows: Record<string, number>;
  databaseBytes: number;
}

/** The tables the seed fills, for its summary and its test. */
export const FILLED_TABLES = [
  'users',
  'user_roles',
  'agent_departments',
  'districts',
  'district_rings',
  'departments',
  'categories',
  'services',
  'proposals',
  'proposal_events',
  'proposal_supports',
  'comments',
  'comment_votes',
  'forums',
  'forum_topics',
  'consultations',
  'consultation_questions',
  'consultation_options',
  'consultation_responses',
  'consultation_answers',
  'consultation_answer_choices',
  'service_requests',
  'service_request_events',
  'service_request_counters',
  'follows',
  'notifications',
  'moderation_items',
  'flags',
  'moderation_log',
] as const;

/** Applies the project's migrations (and the job queue's schema, as the test harness does). */
export async function migrate(url: string): Promise<void> {
  const ds = new DataSource(dataSourceOptions(url));
  await ds.initialize();
  try {
    await ds.runMigrations({ transaction: 'each' });
  } finally {
    await ds.destroy();
  }
  await runJobMigrations({ connectionString: url, schema: JOBS_SCHEMA });
}

export async function runSeed(options: { url: string; scale: number; log?: (line: string) => void }): Promise<SeedResult> {
  const log = options.log ?? (() => undefined);
  const plan = planFor(options.scale);
  const timings: SeedResult['timings'] = [];
  const timed = async <T>(step: string, work: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    const result = await work();
    const seconds = (performance.now() - started) / 1000;
    timings.push({ step, seconds });
    log(`  ${seconds.toFixed(1).padStart(7)} s  ${step}`);
    return result;
  };

  await timed('migrations', () => migrate(options.url));
  const sql = new Client({ connectionString: options.url });
  await sql.connect();
  try {
    const [{ n }] = (await sql.query(`SELECT (SELECT count(*) FROM users) + (SELECT count(*) FROM districts) AS n`)).rows;
    if (Number(n) > 0) throw new Error('the database already holds users or districts: the bench seed needs an empty, migrated database');
    // This session only: the bulk inserts need not wait for the disk at each commit (a crash loses
    // the seed, which is rerun), and the big joins and sorts get room to stay in memory.
    await sql.query(`SET synchronous_commit = off`);
    await sql.query(`SET work_mem = '256MB'`);
    await sql.query(`SET maintenance_work_mem = '512MB'`);
    await sql.query(`SET temp_buffers = '512MB'`);

    const passwordHash = await timed('password hash (argon2id, once)', () => new PasswordHasher().hash(BENCH_PASSWORD));
    const steps = seedSteps({ plan, now: new Date().toISOString(), passwordHash });
    for (const step of steps) {
      await timed(step.name, async () => {
        await sql.query('BEGIN');
        try {
          for (const statement of step.statements) await sql.query(statement);
          await sql.query('COMMIT');
        } catch (error) {
          await sql.query('ROLLBACK');
          throw new Error(`step "${step.name}" failed: ${error instanceof Error ? error.message : String(error)}`);
        }
      });
    }

    await timed('counters set from their rows', async () => {
      await sql.query('BEGIN');
      for (const counter of COUNTERS) if (!counter.checkOnly) await sql.query(reconcileSql(counter));
      await sql.query(
        `INSERT INTO service_request_counters (year, last_value)
         SELECT split_part(reference, '-', 2)::int, max(split_part(reference, '-', 3)::int) FROM service_requests GROUP BY 1
         ON CONFLICT (year) DO UPDATE SET last_value = excluded.last_value WHERE service_request_counters.last_value <> excluded.last_value`,
      );
      await sql.query('COMMIT');
    });

    const mismatches = await timed('counters checked against their rows', () => checkCounters(sql));

    await timed('VACUUM ANALYZE', () => sql.query('VACUUM ANALYZE'));

    const rows: Record<string, number> = {};
    for (const table of FILLED_TABLES) rows[table] = Number((await sql.query(`SELECT count(*) AS n FROM ${table}`)).rows[0].n);
    const databaseBytes = Number((await sql.query(`SELECT pg_database_size(current_database()) AS n`)).rows[0].n);
    return { plan, timings, mismatches, rows, databaseBytes };
  } finally {
    await sql.end();
  }
}

/** Every counter that differs from its source rows, described (empty when all agree). */
export async function checkCounters(sql: Client): Promise<string[]> {
  const found: string[] = [];
  for (const counter of COUNTERS) {
    const [row] = (await sql.query(checkSql(counter))).rows;
    if (row.n > 0) found.push(`${counter.name}: ${row.n} rows differ from their source rows (e.g. ${row.example})`);
  }
  for (const check of OTHER_CHECKS) {
    for (const row of (await sql.query(check.sql)).rows) found.push(`${check.name}: ${row.problem}`);
  }
  return found;
}

/** Accounts the load test (or a person) can sign in with; all share BENCH_PASSWORD. */
export function benchAccounts(plan: SeedPlan): { role: string; email: string }[] {
  return [
    { role: 'resident (most active)', email: `resident1@${BENCH_EMAIL_DOMAIN}` },
    { role: 'resident', email: `resident${Math.ceil(plan.residents / 2)}@${BENCH_EMAIL_DOMAIN}` },
    { role: 'resident (any N up to the count)', email: `resident<N>@${BENCH_EMAIL_DOMAIN}` },
    { role: 'agent (VOIRIE; agent1–6, then 6 per department)', email: `agent1@${BENCH_EMAIL_DOMAIN}` },
    { role: 'council', email: `conseil1@${BENCH_EMAIL_DOMAIN}` },
    { role: 'moderator', email: `moderation1@${BENCH_EMAIL_DOMAIN}` },
    { role: 'admin', email: `admin1@${BENCH_EMAIL_DOMAIN}` },
  ];
}
