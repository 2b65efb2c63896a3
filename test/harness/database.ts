import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { withDatabase } from '../../src/database/embedded-postgres';

/** Set by global-setup: the maintenance URL and the migrated template every test file clones. */
export const ENV_ADMIN_URL = 'PARVIS_TEST_ADMIN_URL';
export const ENV_TEMPLATE = 'PARVIS_TEST_TEMPLATE_DB';

export async function adminQuery<T = unknown>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/** A fresh database for one test file: a copy of the migrated template (tens of milliseconds). */
export async function cloneTemplate(): Promise<{ url: string; drop(): Promise<void> }> {
  const adminUrl = process.env[ENV_ADMIN_URL];
  const template = process.env[ENV_TEMPLATE];
  if (!adminUrl || !template) throw new Error('the test harness global setup did not run');
  const name = `parvis_t_${Date.now()}_${randomBytes(4).toString('hex')}`;
  await adminQuery(adminUrl, `CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  return {
    url: withDatabase(adminUrl, name),
    drop: async () => {
      await adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}
