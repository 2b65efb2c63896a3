import 'reflect-metadata';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runMigrations } from 'graphile-worker';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source-options';
import { startEmbeddedPostgres, withDatabase } from '../../src/database/embedded-postgres';
import { JOBS_SCHEMA } from '../../src/jobs/jobs';
import { adminQuery, ENV_ADMIN_URL, ENV_TEMPLATE } from './database';

export const STATE_FILE = join(tmpdir(), `parvis-test-state-${process.pid}.json`);

/**
 * Once per `jest` run: find PostgreSQL (TEST_DATABASE_URL, else 127.0.0.1:5432 as `postgres`,
 * else an embedded one in a temporary folder), migrate a template database, and hand both to
 * the test files through the environment. Databases left by killed runs are dropped.
 */
export default async function globalSetup(): Promise<void> {
  let adminUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  let embeddedDir: string | undefined;
  try {
    // PARVIS_TEST_EMBEDDED=1 forces the embedded server (to check that path on a machine with one).
    if (process.env.PARVIS_TEST_EMBEDDED === '1') throw new Error('embedded PostgreSQL requested');
    await adminQuery(adminUrl, 'SELECT 1');
  } catch (error) {
    if (process.env.TEST_DATABASE_URL) throw error;
    embeddedDir = mkdtempSync(join(tmpdir(), 'parvis-test-pg-'));
    const port = 55000 + Math.floor(Math.random() * 1000);
    const pg = await startEmbeddedPostgres({ databaseDir: embeddedDir, port, password: 'parvis-test' });
    adminUrl = pg.url;
    (globalThis as Record<string, unknown>).__PARVIS_EMBEDDED__ = pg;
    process.stdout.write(`\n[test] no PostgreSQL at 127.0.0.1:5432: using an embedded one on port ${port}\n`);
  }

  // Leftovers of runs that were killed (their teardown never ran), older than an hour.
  const stale = await adminQuery<{ datname: string }>(
    adminUrl,
    `SELECT datname FROM pg_database WHERE datname ~ '^parvis_(t|tpl)_[0-9]+_'
       AND split_part(datname, '_', 3)::bigint < $1`,
    [Date.now() - 3_600_000],
  );
  for (const { datname } of stale) {
    await adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`).catch(() => undefined);
  }

  const template = `parvis_tpl_${Date.now()}_${process.pid}`;
  await adminQuery(adminUrl, `CREATE DATABASE "${template}"`);
  const ds = new DataSource(dataSourceOptions(withDatabase(adminUrl, template)));
  await ds.initialize();
  await ds.runMigrations({ transaction: 'each' });
  await ds.destroy();
  // The job queue's own schema, so each test file's server finds it in place.
  await runMigrations({ connectionString: withDatabase(adminUrl, template), schema: JOBS_SCHEMA });

  process.env[ENV_ADMIN_URL] = adminUrl;
  process.env[ENV_TEMPLATE] = template;
  writeFileSync(STATE_FILE, JSON.stringify({ adminUrl, template, embeddedDir }));
}
