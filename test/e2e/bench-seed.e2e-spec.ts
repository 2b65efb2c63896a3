import { Client } from 'pg';
import { parseSeedArgs, planFor } from '../../scripts/bench/seed/plan';
import { checkCounters, FILLED_TABLES, runSeed, SeedResult } from '../../scripts/bench/seed/seed';
import { cloneTemplate } from '../harness/database';

/**
 * `npm run bench:seed` at scale 0.01, so the script does not rot: it fills every table it names,
 * in proportion to the scale, and its counters equal their rows. Figures are not asserted.
 */
describe('bench seed (scale 0.01)', () => {
  let db: { url: string; drop(): Promise<void> };
  let sql: Client;
  let result: SeedResult;
  beforeAll(async () => {
    db = await cloneTemplate();
    result = await runSeed({ url: db.url, scale: 0.01 });
    sql = new Client({ connectionString: db.url });
    await sql.connect();
  }, 120_000);
  afterAll(async () => {
    await sql?.end();
    await db?.drop();
  });

  it('fills every table it names, in proportion to the scale', async () => {
    const plan = planFor(0.01);
    for (const table of FILLED_TABLES) expect([table, result.rows[table] > 0]).toEqual([table, true]);
    expect(result.rows.proposals).toBe(plan.proposals);
    expect(result.rows.service_requests).toBe(plan.requests);
    expect(result.rows.consultation_responses).toBe(plan.responses);
    expect(result.rows.districts).toBe(20);
    expect(result.rows.users).toBeGreaterThan(plan.residents);
    expect(result.rows.proposal_supports).toBeGreaterThan(plan.supports * 0.8);
    expect(result.rows.proposal_supports).toBeLessThanOrEqual(plan.supports * 1.05);
    expect(result.rows.comments).toBeGreaterThan(plan.comments * 0.9);
    expect(result.rows.comments).toBeLessThan(plan.comments * 1.1);
    expect(result.rows.service_request_events).toBeGreaterThan(plan.requests * 4);
    expect(result.rows.service_request_events).toBeLessThan(plan.requests * 8);
  });

  it('ends with every counter equal to its rows, and its check would see a drift', async () => {
    expect(result.mismatches).toEqual([]);
    expect(await checkCounters(sql)).toEqual([]);
    await sql.query(`UPDATE proposals SET support_count = support_count + 1 WHERE id = (SELECT id FROM proposals ORDER BY id LIMIT 1)`);
    await sql.query(
      `UPDATE service_request_counters SET last_value = last_value + 1 WHERE year = (SELECT max(year) FROM service_request_counters)`,
    );
    const found = await checkCounters(sql);
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(/^proposals\.support_count: 1 rows differ/);
    expect(found[1]).toMatch(/^service_request_counters\.last_value: year \d+/);
  });

  it('gives plausible data: real skew, timelines that fit their status, nothing in the future', async () => {
    const [row] = (
      await sql.query(`SELECT
        (SELECT sum(support_count) FROM (SELECT support_count FROM proposals ORDER BY support_count DESC LIMIT (SELECT count(*) / 100 FROM proposals)) top)::float8
          / (SELECT sum(support_count) FROM proposals) AS top_share,
        (SELECT count(*) FROM service_requests r WHERE status = 'RESOLVED'
           AND NOT EXISTS (SELECT 1 FROM service_request_events e WHERE e.request_id = r.id AND e.to_status = 'RESOLVED')) AS resolved_without_event,
        (SELECT count(*) FROM service_requests r
           WHERE (SELECT to_status FROM service_request_events e WHERE e.request_id = r.id AND e.to_status IS NOT NULL ORDER BY seq DESC LIMIT 1) <> r.status) AS last_status_differs,
        (SELECT count(*) FROM comments c JOIN comments p ON p.id = c.parent_id WHERE p.created_at > c.created_at OR p.target_id <> c.target_id) AS bad_replies,
        (SELECT count(*) FROM comments c JOIN comments p ON p.id = c.parent_id WHERE p.parent_id IS NOT NULL) AS nested_replies,
        greatest((SELECT max(created_at) FROM comments), (SELECT max(created_at) FROM proposal_supports),
                 (SELECT max(created_at) FROM service_request_events), (SELECT max(created_at) FROM consultation_responses)) <= now() AS past`)
    ).rows;
    expect(row.top_share).toBeGreaterThan(0.25);
    expect(Number(row.resolved_without_event)).toBe(0);
    expect(Number(row.last_status_differs)).toBe(0);
    expect(Number(row.bad_replies)).toBe(0);
    expect(Number(row.nested_replies)).toBeGreaterThan(0);
    expect(row.past).toBe(true);
  });

  it('refuses a database that already holds data, and malformed arguments by name', async () => {
    await expect(runSeed({ url: db.url, scale: 0.01 })).rejects.toThrow(/already holds users/);
    expect(() => parseSeedArgs(['--scale', 'abc'])).toThrow(/^--scale: must be a positive number/);
    expect(() => parseSeedArgs(['--scale', '0'])).toThrow(/^--scale: must be a number above 0/);
    expect(() => parseSeedArgs(['--database-url', 'mysql://x'])).toThrow(/^--database-url: must be a postgres:\/\/ URL/);
    expect(() => parseSeedArgs(['--scal', '1'])).toThrow(/^--scal: unknown argument/);
    expect(parseSeedArgs(['--scale=0.5', '--database-url', 'postgres://h/db'])).toEqual({ scale: 0.5, databaseUrl: 'postgres://h/db' });
  });
});
