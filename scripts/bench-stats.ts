/**
 * `npm run bench:stats`: how fast the public dashboard (`stats`) answers with 1,000,000 service
 * requests.
 *
 * Starts the real server (in this process, on a scratch database), creates through the services 4
 * departments and 12 services (8 reports, 4 formalities), then fills BENCH_REQUESTS_ROWS requests
 * (1,000,000 by default) in SQL over three years, in six districts, with acknowledgement and
 * resolution delays, 10 % still open, then VACUUM ANALYZE, then over HTTP:
 * - cold: the figures computed in PostgreSQL (each run under a period never asked before), for
 *   the whole commune over all time (the “bilan” series of 36+ months included) and for one district
 *   over twelve months;
 * - warm: BENCH_REQUESTS answers from the cache one after another, then BENCH_CONCURRENCY at once;
 * - after a change: a request filed through the API, the next answer (the previous figures, served
 *   while they are recomputed) and how long until the answers include it.
 */
import 'reflect-metadata';
import { cpus, loadavg } from 'node:os';
import { Role } from '../src/auth/role';
import { CommuneService } from '../src/commune/commune.service';
import { IdentityService } from '../src/identity/identity.service';
import { ServiceCatalogueService } from '../src/service-requests/service-catalogue.service';
import { ServiceKind } from '../src/service-requests/service-request.enums';
import { log, pct, postGraphql, run, withBenchServer } from './bench-common';

const ROWS = Number(process.env.BENCH_REQUESTS_ROWS ?? 1_000_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const COLD_RUNS = Number(process.env.BENCH_COLD_RUNS ?? 5);
const TARGET_MS = 200;
const DISTRICTS = ['Centre-ville', 'Les Arènes', 'Saint-Jean', 'Le Port', 'La Garenne', 'Bel-Air'];

const DELAYS = 'count resolved open medianHoursToAcknowledge medianHoursToResolve shareResolvedWithinTarget';
const STATS = `query($from: DateTime, $to: DateTime, $district: String) { stats(from: $from, to: $to, district: $district) {
  generatedAt ${DELAYS} requestsByStatus { key count } requestsByDistrict { key count }
  requestsByService { code name kind targetDays departmentCode ${DELAYS} }
  requestsByDepartment { code name openFormalities ${DELAYS} oldestOpen { reference serviceCode status submittedAt ageDays } }
  requestsByMonth { month ${DELAYS} } proposalsByStatus { key count } proposals { published accepted completed averageProgress }
  consultationCount consultationParticipation { id responses eligibleResidents shareOfEligible conclusionPublished } } }`;

async function main() {
  process.env.DISTRICTS ??= DISTRICTS.join(',');
  await withBenchServer(async ({ app, port, sql }) => {
    const commune = app.get(CommuneService);
    const catalogue = app.get(ServiceCatalogueService);
    const identity = app.get(IdentityService);
    for (let d = 0; d < 4; d++) {
      const department = await commune.createDepartment(`BENCH${d}`, `Service municipal ${d}`);
      for (let s = 0; s < 3; s++) {
        await catalogue.createService({
          code: `BENCH-${d}-${s}`,
          name: `Prestation ${d}.${s}`,
          description: 'Bench.',
          kind: s === 2 ? ServiceKind.FORMALITY : ServiceKind.REPORT,
          group: `Groupe ${d}`,
          departmentId: department.id,
          targetDays: [2, 7, 15][s],
          fields: [],
        });
      }
    }
    const { id: residentId } = await identity.createAccount({
      email: 'resident@example.test',
      password: 'bench-password-123',
      displayName: 'Résident',
      roles: [Role.RESIDENT],
    });
    const token = (await identity.openSessionFor(residentId)).accessToken;

    const filled = performance.now();
    await fill(sql);
    const fillSeconds = Math.round((performance.now() - filled) / 1000);
    const [{ n }] = (await sql.query(`SELECT count(*)::int AS n FROM service_requests`)).rows;
    log(`# Parvis public dashboard benchmark — ${new Date().toISOString()}`);
    log(`machine: ${cpus().length} × ${cpus()[0]?.model.trim()}, Node ${process.version}, load average ${loadavg()[0].toFixed(1)}`);
    log(`data: ${n} service requests over 3 years, 12 services, 6 districts (filled in ${fillSeconds} s, then VACUUM ANALYZE)`);

    const now = Date.now();
    const all: { query: string; variables: { from?: string; to?: string; district?: string } } = { query: STATS, variables: {} };
    const year = {
      query: STATS,
      variables: { from: new Date(now - 365 * 86_400_000).toISOString(), to: new Date(now).toISOString(), district: 'Le Port' },
    };
    const ask = async (body: typeof all) => {
      const res = await postGraphql(port, body);
      const parsed = JSON.parse(res.body);
      if (res.status !== 200 || parsed.errors) throw new Error(`stats: ${res.body.slice(0, 300)}`);
      return { ms: res.ms, stats: parsed.data.stats };
    };
    const first = await ask(all);
    if (first.stats.count !== n) throw new Error(`count ${first.stats.count} differs from the ${n} rows`);

    /** Each run under a key never asked before (an end of period moved by a second), so it is computed. */
    const cold = async (body: typeof all) => {
      const times: number[] = [];
      for (let i = 0; i < COLD_RUNS; i++) {
        const to = body.variables.to ?? new Date(Date.UTC(2100, 0, 1)).toISOString();
        times.push(
          (await ask({ query: STATS, variables: { ...body.variables, to: new Date(Date.parse(to) + (i + 1) * 1000).toISOString() } })).ms,
        );
      }
      return times;
    };
    const coldAll = await cold(all);
    const coldYear = await cold(year);
    await ask(year);
    for (let i = 0; i < 20; i++) await ask(all);
    const warm: number[] = [];
    for (let i = 0; i < REQUESTS; i++) warm.push((await ask(i % 2 ? all : year)).ms);
    let done = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (done < REQUESTS) {
          done += 1;
          await ask(all);
        }
      }),
    );
    const rps = (REQUESTS / (performance.now() - started)) * 1000;

    const service = (await sql.query(`SELECT id FROM services WHERE kind = 'REPORT' ORDER BY code LIMIT 1`)).rows[0].id;
    const filed = await postGraphql(
      port,
      {
        query: `mutation($input: CreateServiceRequestInput!) { createServiceRequest(input: $input) { id } }`,
        variables: { input: { serviceId: service, description: 'Un lampadaire éteint.', location: { lat: 47.58, lng: 1.33 } } },
      },
      token,
    );
    if (JSON.parse(filed.body).errors) throw new Error(`createServiceRequest: ${filed.body.slice(0, 300)}`);
    const changed = performance.now();
    const afterChange = (await ask(all)).ms; // the previous figures, while the recomputation runs
    let lag = 0;
    for (let tries = 0; ; tries++) {
      if (tries > 1200) throw new Error('the filed request never showed in the figures');
      if ((await ask(all)).stats.count === n + 1) {
        lag = performance.now() - changed;
        break;
      }
      await new Promise((r) => setTimeout(r, 100));
    }

    log('');
    log(`| stats query over HTTP | p50 ms | p95 ms | max ms | req/s at ${CONCURRENCY} concurrent |`);
    log('|---|---|---|---|---|');
    const row = (label: string, t: number[], r = '—') =>
      log(`| ${label} | ${pct(t, 50).toFixed(1)} | ${pct(t, 95).toFixed(1)} | ${Math.max(...t).toFixed(1)} | ${r} |`);
    row(`cold, whole commune, all time (${first.stats.requestsByMonth.length} months), computed in SQL`, coldAll);
    row('cold, one district, last 12 months, computed in SQL', coldYear);
    row('warm (cached), both of the above alternately', warm, String(Math.round(rps)));
    log(`| first answer after a request is filed (the previous figures, recomputation started) | ${afterChange.toFixed(1)} | — | — | — |`);
    log(`| until the figures include the filed request (the recomputation, in the background) | ${lag.toFixed(0)} | — | — | — |`);
    log('');
    log(
      `figures: median ${first.stats.medianHoursToAcknowledge.toFixed(1)} h to acknowledge, ${first.stats.medianHoursToResolve.toFixed(1)} h to resolve, ${(100 * first.stats.shareResolvedWithinTarget).toFixed(1)} % within target`,
    );
    const p95 = pct(warm, 95);
    log(`dashboard p95 (cached) ${p95.toFixed(1)} ms: ${p95 < TARGET_MS ? 'within' : 'OVER'} the ${TARGET_MS} ms target`);
    if (p95 >= TARGET_MS) process.exitCode = 1;
  });
}

/** Bulk data in SQL (the server's rules are exercised by the tests; here only the volume matters). */
async function fill(sql: import('pg').Client) {
  await sql.query(
    `WITH s AS (SELECT s.id, s.department_id, s.kind, v.version, row_number() OVER (ORDER BY s.code) - 1 AS n
                FROM services s JOIN service_field_versions v ON v.service_id = s.id),
     g AS (SELECT i, now() - random() * interval '1095 days' AS created_at, random() AS fate,
                  random() AS a, random() AS b, (i % 12) AS n FROM generate_series(1, $1) i)
     INSERT INTO service_requests (reference, service_id, department_id, is_public, status, description, district, expected_at,
                                   created_at, updated_at, acknowledged_at, resolved_at, closed_at, fields_version)
     SELECT 'B-' || g.i, s.id, s.department_id, s.kind = 'REPORT',
            CASE WHEN g.fate < 0.05 THEN 'SUBMITTED' WHEN g.fate < 0.10 THEN 'IN_PROGRESS' WHEN g.fate < 0.15 THEN 'REJECTED'
                 WHEN g.fate < 0.60 THEN 'RESOLVED' ELSE 'CLOSED' END,
            'Bench.', ($2::text[])[1 + g.i % 7], g.created_at + interval '7 days', g.created_at, g.created_at,
            CASE WHEN g.fate >= 0.05 THEN g.created_at + (-ln(1 - g.a) * 20) * interval '1 hour' END,
            CASE WHEN g.fate >= 0.15 THEN g.created_at + (-ln(1 - g.b) * 150) * interval '1 hour' END,
            CASE WHEN g.fate >= 0.60 THEN g.created_at + (-ln(1 - g.b) * 150 + 24) * interval '1 hour' END,
            s.version
     FROM g JOIN s ON s.n = g.n`,
    [ROWS, [...DISTRICTS, null]],
  );
  await sql.query(`VACUUM ANALYZE`);
}

run(main);
