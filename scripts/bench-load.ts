/**
 * `npm run bench:load [-- --database-url URL --duration S --connections C --paths a,b --out FILE]`
 *
 * Starts the built server (`dist/src/main.js`) on a database filled by `npm run bench:seed`, signs
 * in seeded residents and an agent through the API, and drives the main paths with autocannon, each
 * alone (after a warm-up) and then all together as a weighted "real day". Per path: requests per
 * second, p50/p95/p99, errors (non-2xx and GraphQL `errors`), SQL statements per request (counted by
 * a preload in the server, over a sequential pass), server CPU per request (/proc), peak server
 * memory (VmHWM); for each read path, the best hand-written SQL for the same data at the same
 * concurrency and the ratio of the p50s. Writes a Markdown table to stdout and to `--out`, with the
 * machine and the issue's targets met or not. Exits 1 when a request failed.
 *
 * It writes to the database (supports, comments, requests): run it on a copy
 * (`CREATE DATABASE x TEMPLATE parvis_bench_s1`).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { Pool } from 'pg';
import { log, pct, postGraphql, run } from './bench/load/util';
import { runHttp, runSequential, runSql } from './bench/load/drive';
import { loadFixtures } from './bench/load/fixtures';
import { buildPaths, LoadPath, Operation, PATH_NAMES } from './bench/load/paths';
import { errorsOf, Machine, MixedResult, PathResult, renderReport, Target } from './bench/load/report';
import { ROOT, SERVER_ENTRY, ServerUnderTest, startServer } from './bench/load/server';
import { BENCH_PASSWORD } from './bench/seed/plan';

interface Options {
  databaseUrl: string;
  duration: number;
  connections: number;
  paths: string[] | null;
  out: string;
  password: string;
  warmup: number;
  sequential: number;
  mixed: boolean;
}

const USAGE = `usage: npm run bench:load -- [--database-url postgres://…] [--duration 10] [--connections 50]
  [--paths home,list-newest,…] [--out bench-load.md] [--password …] [--warmup 3] [--sequential 20] [--no-mixed]`;

function parseOptions(argv: string[]): Options {
  const o: Options = {
    databaseUrl: process.env.DATABASE_URL ?? '',
    duration: 10,
    connections: 50,
    paths: null,
    out: 'bench-load.md',
    password: process.env.BENCH_PASSWORD ?? BENCH_PASSWORD,
    warmup: -1,
    sequential: 20,
    mixed: true,
  };
  const positive = (name: string, value: string | undefined, integer: boolean): number => {
    const n = Number(value);
    if (value === undefined || !Number.isFinite(n) || n <= 0 || (integer && !Number.isInteger(n))) {
      throw new Error(`--${name} must be a positive ${integer ? 'integer' : 'number'} (got ${value ?? 'nothing'})\n${USAGE}`);
    }
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    const value = () => (inline !== undefined ? inline : argv[++i]);
    switch (flag) {
      case '--database-url': {
        const v = value();
        if (!v || !/^postgres(ql)?:\/\/\S+$/.test(v)) throw new Error(`--database-url must be a postgres:// URL\n${USAGE}`);
        o.databaseUrl = v;
        break;
      }
      case '--duration':
        o.duration = positive('duration', value(), false);
        break;
      case '--connections':
        o.connections = positive('connections', value(), true);
        break;
      case '--warmup':
        o.warmup = positive('warmup', value(), false);
        break;
      case '--sequential':
        o.sequential = positive('sequential', value(), true);
        break;
      case '--paths': {
        const v = value();
        if (!v) throw new Error(`--paths needs a comma-separated list of path names\n${USAGE}`);
        o.paths = v
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean);
        break;
      }
      case '--out': {
        const v = value();
        if (!v) throw new Error(`--out needs a file name\n${USAGE}`);
        o.out = v;
        break;
      }
      case '--password': {
        const v = value();
        if (!v) throw new Error(`--password needs the seeded accounts' password\n${USAGE}`);
        o.password = v;
        break;
      }
      case '--no-mixed':
        o.mixed = false;
        break;
      case '--help':
        log(USAGE);
        process.exit(0);
        break;
      default:
        throw new Error(`unknown option ${argv[i]}\n${USAGE}`);
    }
  }
  const unknown = (o.paths ?? []).filter((p) => !(PATH_NAMES as readonly string[]).includes(p));
  if (unknown.length) throw new Error(`unknown path ${unknown.join(', ')}; the paths are: ${PATH_NAMES.join(', ')}`);
  if (!o.databaseUrl) throw new Error(`--database-url (or DATABASE_URL) is required: a database filled by npm run bench:seed\n${USAGE}`);
  if (o.warmup < 0) o.warmup = Math.min(3, o.duration);
  return o;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      s.close(() => resolve(port));
    });
  });
}

/** Offsets the numbering of a run, so a warm-up or a counting pass does not replay the run's writes. */
const shifted = (path: LoadPath, offset: number) => (slot: number, n: number) => ({ op: path.next(slot, n + offset), path: path.name });

/** The first `totalCount` in a GraphQL answer (depth first), if any. */
function firstTotal(value: unknown): number | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const record = value as Record<string, unknown>;
  if (typeof record.totalCount === 'number') return record.totalCount;
  for (const v of Object.values(record)) {
    const found = firstTotal(v);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * Checks that the best SQL reads the same data as the API: the same totalCount for the path's
 * first request. Returns a line for the report when they differ.
 */
async function compareTotals(server: ServerUnderTest, pool: Pool, path: LoadPath): Promise<string | null> {
  if (!path.sql) return null;
  const op = path.next(0, 0);
  const res = await postGraphql(server.port, { query: op.query, variables: op.variables }, op.token);
  const api = firstTotal((JSON.parse(res.body) as { data?: unknown }).data);
  const { text, values } = path.sql(0, 0);
  const row = (await pool.query<{ totalCount?: string | number }>(text, values)).rows[0];
  const sql = row?.totalCount === undefined ? undefined : Number(row.totalCount);
  if (api === undefined || sql === undefined || api === sql) return null;
  return `${path.name}: the API's totalCount is ${api}, the best SQL's ${sql} (they do not read the same rows)`;
}

async function measurePath(server: ServerUnderTest, pool: Pool, path: LoadPath, o: Options): Promise<PathResult> {
  const mismatch = await compareTotals(server, pool, path);
  if (mismatch) log(`  warning: ${mismatch}`);
  await runHttp(server.port, shifted(path, 1_000_000), o.connections, o.warmup);
  await server.resetSqlMax();
  const peakReset = server.resetPeak();
  const cpuBefore = server.cpuMs();
  const api = await runHttp(server.port, shifted(path, 0), o.connections, o.duration);
  const cpuMs = server.cpuMs() - cpuBefore;
  const peakRssMb = peakReset ? server.peakRssMb() : server.rssMb();

  const before = await server.sqlCounts();
  const sequential = await runSequential(server.port, shifted(path, 2_000_000), o.sequential);
  const after = await server.sqlCounts();
  const answered = after.requests - before.requests;

  const sql = path.sql ? await runSql(pool, path, o.connections, o.duration) : undefined;
  const result: PathResult = {
    path,
    api,
    sql,
    cpuMsPerRequest: api.requests ? cpuMs / api.requests : 0,
    peakRssMb,
    sqlPerRequest: answered ? (after.inRequests - before.inRequests) / answered : 0,
    sqlMaxPerRequest: after.maxPerRequest,
    sequentialErrors: sequential.errors,
    mismatch,
  };
  const errors = errorsOf(result);
  log(
    `${path.name}: ${api.perSecond.toFixed(1)} req/s, p50 ${api.p50.toFixed(1)} ms, p99 ${api.p99.toFixed(1)} ms, ${errors} errors, ` +
      `${result.sqlPerRequest.toFixed(1)} SQL/req (max ${result.sqlMaxPerRequest}), ${result.cpuMsPerRequest.toFixed(2)} ms CPU/req` +
      (sql ? `; best SQL p50 ${sql.p50.toFixed(1)} ms, ${sql.perSecond.toFixed(0)}/s` : ''),
  );
  for (const s of [...api.samples, ...sequential.samples, ...(sql?.samples ?? [])].slice(0, 3)) log(`  error: ${s}`);
  return result;
}

/** The mixed day: each request picks a path by weight (deterministically from its connection and number). */
async function measureMixed(server: ServerUnderTest, paths: LoadPath[], o: Options): Promise<MixedResult> {
  const total = paths.reduce((s, p) => s + p.weight, 0);
  const choose = (slot: number, n: number): { op: Operation; path: string } => {
    // A multiplicative hash spreads (slot, n) evenly over [0, total).
    let x = (Math.imul(slot + 1, 0x9e3779b1) ^ Math.imul(n + 1, 0x85ebca6b)) >>> 0;
    x = Math.imul(x ^ (x >>> 15), 0x2c1b3c6d) >>> 0;
    let r = (x / 2 ** 32) * total;
    for (const p of paths) {
      if (r < p.weight) return { op: p.next(slot, n + 3_000_000), path: p.name };
      r -= p.weight;
    }
    const last = paths[paths.length - 1];
    return { op: last.next(slot, n + 3_000_000), path: last.name };
  };
  const peakReset = server.resetPeak();
  const cpuBefore = server.cpuMs();
  const byPath = new Map<string, { latencies: number[]; errors: number }>();
  const api = await runHttp(server.port, choose, o.connections, o.duration * 2, byPath);
  const cpuMs = server.cpuMs() - cpuBefore;
  const result: MixedResult = {
    api,
    cpuMsPerRequest: api.requests ? cpuMs / api.requests : 0,
    peakRssMb: peakReset ? server.peakRssMb() : server.rssMb(),
    byPath: paths.map((p) => {
      const e = byPath.get(p.name) ?? { latencies: [], errors: 0 };
      return {
        name: p.name,
        share: p.weight / total,
        requests: e.latencies.length,
        p50: pct(e.latencies, 50),
        p99: pct(e.latencies, 99),
        errors: e.errors,
      };
    }),
  };
  log(
    `mixed: ${api.perSecond.toFixed(1)} req/s, p50 ${api.p50.toFixed(1)} ms, p99 ${api.p99.toFixed(1)} ms, ${api.httpErrors + api.graphqlErrors} errors`,
  );
  for (const s of api.samples) log(`  error: ${s}`);
  return result;
}

async function describeMachine(pool: Pool, o: Options, loadBefore: string): Promise<Machine> {
  const model =
    readFileSync('/proc/cpuinfo', 'utf8')
      .match(/^model name\s*:\s*(.+)$/m)?.[1]
      ?.trim() ??
    cpus()[0]?.model ??
    'unknown CPU';
  const { rows: version } = await pool.query<{ v: string }>(`SELECT split_part(version(), ' on ', 1) AS v`);
  // Estimates kept by ANALYZE (the seed ends with VACUUM ANALYZE): counting 2,000,000 rows would take seconds.
  const { rows } = await pool.query<{ name: string; n: string }>(
    `SELECT relname AS name, reltuples::bigint AS n FROM pg_class WHERE relkind = 'r' AND relname = ANY($1::text[])`,
    [['users', 'proposals', 'proposal_supports', 'comments', 'service_requests', 'service_request_events', 'consultation_responses']],
  );
  const n = new Map(rows.map((r) => [r.name, Number(r.n)]));
  // A table never analyzed has no estimate (-1): count it (only small, unseeded databases are in that case).
  for (const [table, estimate] of n) {
    if (estimate < 0) n.set(table, Number((await pool.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`)).rows[0].n));
  }
  const volume = [
    ['users', 'users'],
    ['proposals', 'proposals'],
    ['proposal_supports', 'supports'],
    ['comments', 'comments'],
    ['service_requests', 'service requests'],
    ['service_request_events', 'request events'],
    ['consultation_responses', 'consultation responses'],
  ]
    .map(([t, label]) => `${(n.get(t) ?? 0).toLocaleString('en-US')} ${label}`)
    .join(', ');
  return {
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    cores: cpus().length,
    cpuModel: model,
    loadBefore,
    loadAfter: loadavg()
      .map((l) => l.toFixed(2))
      .join(' '),
    node: process.version,
    postgres: version[0]?.v ?? 'PostgreSQL',
    volume: `${volume} (planner estimates where analyzed)`,
    connections: o.connections,
    duration: o.duration,
  };
}

/** Supports counted on each proposal the run could touch, against its rows. */
async function supportDrift(pool: Pool, ids: string[]): Promise<number> {
  const { rows } = await pool.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM proposals p WHERE p.id = ANY($1::uuid[])
        AND p.support_count <> (SELECT count(*) FROM proposal_supports s WHERE s.proposal_id = p.id)`,
    [ids],
  );
  return rows[0].n;
}

function judge(results: PathResult[], mixed: MixedResult | null, drift: number | null, o: Options): Target[] {
  const byName = new Map(results.map((r) => [r.path.name, r]));
  const lists = results.filter((r) => r.path.name.startsWith('list-'));
  const reads = results.filter((r) => r.sql && r.sql.p50 > 0);
  const targets: Target[] = [];
  if (lists.length) {
    const worst = lists.reduce((a, b) => (b.api.p99 > a.api.p99 ? b : a));
    targets.push({
      label: 'proposal list p99 under 50 ms at 50 concurrent clients',
      met: o.connections === 50 ? worst.api.p99 < 50 : null,
      measured: `worst p99 ${worst.api.p99.toFixed(1)} ms (${worst.path.name}) at ${o.connections} connections`,
    });
  } else targets.push({ label: 'proposal list p99 under 50 ms at 50 concurrent clients', met: null, measured: 'list paths not run' });
  if (reads.length) {
    const worst = reads.reduce((a, b) => (b.api.p50 / b.sql!.p50 > a.api.p50 / a.sql!.p50 ? b : a));
    targets.push({
      label: 'every read path within 3× its best SQL (p50)',
      met: reads.every((r) => r.api.p50 <= 3 * r.sql!.p50),
      measured: `worst ${(worst.api.p50 / worst.sql!.p50).toFixed(1)}× (${worst.path.name}); over 3×: ${
        reads
          .filter((r) => r.api.p50 > 3 * r.sql!.p50)
          .map((r) => r.path.name)
          .join(', ') || 'none'
      }`,
    });
  }
  const support = byName.get('support');
  targets.push({
    label: 'at least 1,000 supports per second, counts exact afterwards',
    met: support && drift !== null ? support.api.perSecond >= 1000 && drift === 0 : null,
    measured: support
      ? `${support.api.perSecond.toFixed(0)} supports/s; ${drift === null ? 'counts not checked' : `${drift} proposals whose support_count differs from their rows`}`
      : 'support path not run',
  });
  const file = byName.get('file');
  targets.push({
    label: 'at least 200 requests filed per second',
    met: file ? file.api.perSecond >= 200 : null,
    measured: file ? `${file.api.perSecond.toFixed(0)} filed/s` : 'file path not run',
  });
  const queue = byName.get('queue');
  targets.push({
    label: "the agent's queue under 50 ms (p99)",
    met: queue ? queue.api.p99 < 50 : null,
    measured: queue ? `p50 ${queue.api.p50.toFixed(1)} ms, p99 ${queue.api.p99.toFixed(1)} ms` : 'queue path not run',
  });
  // With several cluster workers, the preload's counts and the CPU and memory read are the primary's,
  // which serves nothing: those targets are not measured then.
  const clustered = !!process.env.WEB_CONCURRENCY && process.env.WEB_CONCURRENCY.trim() !== '1';
  const perProcess = 'not measured with WEB_CONCURRENCY workers (the figures are the primary process’s)';
  if (clustered) {
    targets.push({ label: 'no request above 10 SQL statements', met: null, measured: perProcess });
    targets.push({ label: 'server memory under 512 MB', met: null, measured: perProcess });
    return targets;
  }
  if (results.length) {
    const worst = results.reduce((a, b) => (b.sqlMaxPerRequest > a.sqlMaxPerRequest ? b : a));
    targets.push({
      label: 'no request above 10 SQL statements',
      met: worst.sqlMaxPerRequest <= 10,
      measured: `most: ${worst.sqlMaxPerRequest} (${worst.path.name}); over 10: ${
        results
          .filter((r) => r.sqlMaxPerRequest > 10)
          .map((r) => `${r.path.name} ${r.sqlMaxPerRequest}`)
          .join(', ') || 'none'
      }`,
    });
  }
  const peak = Math.max(0, ...results.map((r) => r.peakRssMb), mixed?.peakRssMb ?? 0);
  targets.push({ label: 'server memory under 512 MB', met: peak < 512, measured: `peak RSS ${peak.toFixed(0)} MB` });
  return targets;
}

async function main(): Promise<void> {
  const o = parseOptions(process.argv.slice(2));
  const loadBefore = loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
  if (!existsSync(SERVER_ENTRY)) {
    log('building the server (npx nest build)…');
    execFileSync('npx', ['nest', 'build'], { cwd: ROOT, stdio: 'inherit' });
  }
  // Idle connections close after a second, so the SQL runs' connections do not hold PostgreSQL's
  // slots while the server is driven.
  const pool = new Pool({ connectionString: o.databaseUrl, max: o.connections + 2, idleTimeoutMillis: 1000 });
  let server: ServerUnderTest | null = null;
  try {
    await pool.query('SELECT 1');
    server = await startServer({ databaseUrl: o.databaseUrl, port: await freePort() });
    log(`server pid ${server.pid} on port ${server.port} (log: ${server.logFile})`);
    const fixtures = await loadFixtures(pool, server.port, o.password, Math.min(o.connections, 200));
    log(`signed in ${fixtures.residents.length} residents${fixtures.agent ? ' and one agent' : ' (no agent found: no queue path)'}`);
    const all = buildPaths(fixtures);
    const paths = o.paths ? all.filter((p) => o.paths!.includes(p.name)) : all;
    const missing = (o.paths ?? []).filter((name) => !paths.some((p) => p.name === name));
    if (missing.length) log(`not run, the database has nothing for them: ${missing.join(', ')}`);

    const results: PathResult[] = [];
    for (const path of paths) results.push(await measurePath(server, pool, path, o));
    const touched = fixtures.openProposals.map((p) => p.id);
    const drift = paths.some((p) => p.name === 'support' || p.name === 'withdraw') ? await supportDrift(pool, touched) : null;
    const mixed = o.mixed && paths.length > 1 ? await measureMixed(server, paths, o) : null;

    const notes = [
      "SQL/req: statements sent while serving a request (BEGIN and COMMIT included), counted by a preload wrapping pg's Client.prototype.query, mean over a sequential pass after the run; max is the most any single request sent, during the run or the pass. Outbox jobs run after the answer and are not counted.",
      'CPU ms/req: user + system time of the server process (/proc/<pid>/stat) over the run, divided by the requests answered. The load generator (autocannon) and PostgreSQL share the same cores.',
      'Best SQL: one hand-written statement returning the same page, fields, counts and viewer state, run with a pg Pool at the same concurrency right after the API run.',
    ];
    const checked = results.filter((r) => r.sql);
    const mismatches = checked.filter((r) => r.mismatch).map((r) => r.mismatch!);
    if (checked.length) {
      notes.push(
        mismatches.length
          ? `The totalCount of the API and of the best SQL differ: ${mismatches.join('; ')}.`
          : `The API and the best SQL agree on totalCount for every read path that has one (checked on each path's first request).`,
      );
    }
    const silent = results.filter((r) => r.api.requests === 0).map((r) => r.path.name);
    if (silent.length)
      notes.push(`No answer came back within the run for: ${silent.join(', ')} (counted as errors; try a longer --duration).`);
    const machine = await describeMachine(pool, o, loadBefore);
    const report = renderReport(machine, results, mixed, judge(results, mixed, drift, o), notes);
    writeFileSync(o.out, report);
    log('');
    log(report);
    const failed = results.reduce((s, r) => s + errorsOf(r), 0) + (mixed ? mixed.api.httpErrors + mixed.api.graphqlErrors : 0);
    if (drift) throw new Error(`${drift} proposals have a support_count that differs from their supports`);
    if (failed) throw new Error(`${failed} requests failed (see the errors above and the server log ${server.logFile})`);
  } finally {
    if (server) await server.stop();
    await pool.end();
  }
}

run(main);
