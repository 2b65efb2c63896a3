/**
 * `npm run bench:budgets`: how fast the results of a participatory budget edition answer with
 * 100,000 ballots, and what casting a ballot costs.
 *
 * Starts the real server (in this process, on a scratch database), creates through the service an
 * edition with a city-wide envelope and six district envelopes, 20 projects in each, reviewed
 * feasible, then fills BENCH_BALLOTS ballots (100,000 by default, each by its own account, two
 * projects in the city-wide envelope and two in the voter's district's) in SQL, sets the running
 * counts from the rows in SQL (what the ballots do one by one), runs VACUUM ANALYZE (autovacuum may
 * be off), moves the edition to its results phase, then:
 * - asks `budget(id) { voterCount progress participation envelopes { results { … } } }` over HTTP
 *   BENCH_REQUESTS times one after another (after 20 warm-up requests), then with BENCH_CONCURRENCY at once;
 * - times the same vote counts recomputed from the 400,000 choice rows with GROUP BY (what the counts avoid);
 * - on a second edition in voting, times 100 `setBallot` over HTTP one at a time, then 200 by 8 at once.
 */
import 'reflect-metadata';
import { cpus, loadavg } from 'node:os';
import { Client } from 'pg';
import { Role } from '../src/auth/role';
import type { Viewer } from '../src/auth/viewer';
import { BudgetsService } from '../src/budgets/budgets.service';
import { Clock } from '../src/common/clock';
import { IdentityService } from '../src/identity/identity.service';
import { log, pct, postGraphql, run, withBenchServer } from './bench-common';

const BALLOTS = Number(process.env.BENCH_BALLOTS ?? 100_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const TARGET_MS = 500;
const DISTRICTS = ['Centre-ville', 'Les Arènes', 'Saint-Jean', 'Le Port', 'La Garenne', 'Bel-Air'];
const PROJECTS_PER_ENVELOPE = 20;
const DAY = 86_400_000;

const RESULTS = `query($id: ID!) { budget(id: $id) { id phase voterCount progress participation { district voters }
  envelopes { id name amount results { rank votes selected project { id title cost status } } } } }`;
const SET_BALLOT = `mutation($budgetId: ID!, $envelopeId: ID!, $projectIds: [ID!]!) {
  setBallot(budgetId: $budgetId, envelopeId: $envelopeId, projectIds: $projectIds) { id voterCount } }`;

async function edition(budgets: BudgetsService, council: Viewer, now: number, title: string) {
  let at = now - 3_600_000;
  const phases = ['SUBMISSION', 'REVIEW', 'VOTING', 'RESULTS', 'WORKS'].map((phase) => {
    const startsAt = new Date(at);
    at += 30 * DAY;
    return { phase, startsAt, endsAt: new Date(at) };
  });
  const b = await budgets.create(council, {
    title,
    totalAmount: 1_000_000 + DISTRICTS.length * 200_000,
    envelopes: [{ name: 'Toute la ville', amount: 1_000_000 }, ...DISTRICTS.map((d) => ({ name: d, district: d, amount: 200_000 }))],
    phases,
    votingStyle: 'KNAPSACK',
  });
  return b;
}

async function main() {
  await withBenchServer(async ({ app, port, sql }) => {
    const identity = app.get(IdentityService);
    const budgets = app.get(BudgetsService);
    const now = app.get(Clock).now().getTime();
    const { id: councilId } = await identity.createAccount({
      email: 'council@example.test',
      password: 'bench-password-123',
      displayName: 'Council',
      roles: [Role.COUNCIL],
    });
    const council: Viewer = {
      id: councilId,
      sessionId: 'bench',
      displayName: 'Council',
      roles: [Role.RESIDENT, Role.COUNCIL],
      departmentIds: [],
    };

    const b = await edition(budgets, council, now, 'Bench edition');
    const envelopes = (await sql.query(`SELECT id, district FROM budget_envelopes WHERE budget_id = $1 ORDER BY position`, [b.id])).rows;
    const projects: { id: string; envelopeId: string }[] = [];
    for (const e of envelopes) {
      for (let i = 0; i < PROJECTS_PER_ENVELOPE; i++) {
        const p = await budgets.submitProject(council, {
          envelopeId: e.id,
          title: `Projet ${i}`,
          description: 'Bench.',
          estimatedCost: 10_000 + i * 1000,
        });
        projects.push({ id: p.id, envelopeId: e.id });
      }
    }
    await budgets.advancePhase(council, b.id);
    for (const [i, p] of projects.entries())
      await budgets.reviewProject(council, p.id, { feasible: true, cost: 10_000 + (i % 20) * 7_500 });
    await budgets.advancePhase(council, b.id);

    const filled = performance.now();
    await fill(sql, b.id, envelopes);
    const fillSeconds = Math.round((performance.now() - filled) / 1000);
    await budgets.advancePhase(council, b.id); // results
    const counts = (
      await sql.query(
        `SELECT (SELECT count(*) FROM budget_ballots)::int AS ballots, (SELECT count(*) FROM budget_ballot_choices)::int AS choices`,
      )
    ).rows[0];
    log(`# Parvis participatory budget results benchmark — ${new Date().toISOString()}`);
    log(`machine: ${cpus().length} × ${cpus()[0]?.model.trim()}, Node ${process.version}, load average ${loadavg()[0].toFixed(1)}`);
    log(
      `data: ${counts.ballots} ballots, ${counts.choices} choices, ${envelopes.length} envelopes × ${PROJECTS_PER_ENVELOPE} projects (filled in ${fillSeconds} s, then VACUUM ANALYZE)`,
    );

    const body = { query: RESULTS, variables: { id: b.id } };
    const first = await postGraphql(port, body);
    const parsed = JSON.parse(first.body);
    if (first.status !== 200 || parsed.errors) throw new Error(`results: ${first.body.slice(0, 300)}`);
    if (parsed.data.budget.voterCount !== counts.ballots) throw new Error('voterCount differs from the ballots');
    const votes = parsed.data.budget.envelopes.reduce(
      (a: number, e: any) => a + e.results.reduce((x: number, r: any) => x + r.votes, 0),
      0,
    );
    if (votes !== counts.choices) throw new Error(`votes ${votes} differ from the choices ${counts.choices}`);
    for (let i = 0; i < 20; i++) await postGraphql(port, body);
    const times: number[] = [];
    for (let i = 0; i < REQUESTS; i++) times.push((await postGraphql(port, body)).ms);
    let done = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (done < REQUESTS) {
          done += 1;
          await postGraphql(port, body);
        }
      }),
    );
    const rps = (REQUESTS / (performance.now() - started)) * 1000;
    log('');
    log(`| query | p50 ms | p95 ms | p99 ms | req/s at ${CONCURRENCY} concurrent |`);
    log('|---|---|---|---|---|');
    log(
      `| results of ${counts.ballots} ballots (HTTP: 7 envelopes ranked and selected, voters by district, overall progress) | ${pct(times, 50).toFixed(1)} | ${pct(times, 95).toFixed(1)} | ${pct(times, 99).toFixed(1)} | ${Math.round(rps)} |`,
    );

    const recount: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      await sql.query(
        `SELECT c.project_id, count(*) FROM budget_ballot_choices c JOIN budget_ballots b ON b.id = c.ballot_id WHERE b.budget_id = $1 GROUP BY c.project_id`,
        [b.id],
      );
      recount.push(performance.now() - t0);
    }
    log(
      `| (for comparison) the vote counts by GROUP BY over the ${counts.choices} choice rows, SQL only | ${pct(recount, 50).toFixed(1)} | — | — | — |`,
    );

    // Casting ballots: each one runs under the edition's lock.
    const live = await edition(budgets, council, app.get(Clock).now().getTime(), 'Live edition');
    const city = (await sql.query(`SELECT id FROM budget_envelopes WHERE budget_id = $1 AND district IS NULL`, [live.id])).rows[0].id;
    const liveProjects: string[] = [];
    for (let i = 0; i < 5; i++) {
      liveProjects.push(
        (await budgets.submitProject(council, { envelopeId: city, title: `Projet ${i}`, description: 'Bench.', estimatedCost: 1000 })).id,
      );
    }
    await budgets.advancePhase(council, live.id);
    for (const id of liveProjects) await budgets.reviewProject(council, id, { feasible: true, cost: 50_000 });
    await budgets.advancePhase(council, live.id);
    const tokens: string[] = [];
    for (let i = 0; i < 300; i++) {
      const { id } = await identity.createAccount({
        email: `voter-${i}@example.test`,
        password: 'bench-password-123',
        displayName: `V${i}`,
      });
      tokens.push((await identity.openSessionFor(id)).accessToken);
    }
    const cast = (i: number) =>
      postGraphql(
        port,
        {
          query: SET_BALLOT,
          variables: { budgetId: live.id, envelopeId: city, projectIds: [liveProjects[i % 5], liveProjects[(i + 1) % 5]] },
        },
        tokens[i],
      );
    const one: number[] = [];
    for (let i = 0; i < 100; i++) {
      const res = await cast(i);
      if (JSON.parse(res.body).errors) throw new Error(`setBallot: ${res.body.slice(0, 300)}`);
      one.push(res.ms);
    }
    let next = 100;
    const parallel: number[] = [];
    const t1 = performance.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < 300) {
          const res = await cast(next++);
          if (JSON.parse(res.body).errors) throw new Error(`setBallot: ${res.body.slice(0, 300)}`);
          parallel.push(res.ms);
        }
      }),
    );
    const ballotsPerSecond = (200 / (performance.now() - t1)) * 1000;
    log(
      `| setBallot (2 projects, HTTP, one at a time) | ${pct(one, 50).toFixed(1)} | ${pct(one, 95).toFixed(1)} | ${pct(one, 99).toFixed(1)} | — |`,
    );
    log(
      `| setBallot, ${CONCURRENCY} at once (serialised by the edition's lock) | ${pct(parallel, 50).toFixed(1)} | ${pct(parallel, 95).toFixed(1)} | ${pct(parallel, 99).toFixed(1)} | ${Math.round(ballotsPerSecond)} |`,
    );
    const p95 = pct(times, 95);
    log('');
    log(`results p95 ${p95.toFixed(1)} ms: ${p95 < TARGET_MS ? 'within' : 'OVER'} the ${TARGET_MS} ms target`);
    if (p95 >= TARGET_MS) process.exitCode = 1;
  });
}

/** Bulk data in SQL (the server's rules are exercised by the tests; here only the volume matters). */
async function fill(sql: Client, budgetId: string, envelopes: { id: string; district: string | null }[]) {
  await sql.query(
    `INSERT INTO users (email, display_name, district)
     SELECT 'bench-' || i || '@example.test', 'Bench ' || i, ($2::text[])[1 + i % 7] FROM generate_series(1, $1) i`,
    [BALLOTS, [...DISTRICTS, null]],
  );
  await sql.query(
    `INSERT INTO budget_ballots (budget_id, user_id, district, choice_count)
     SELECT $1, u.id, u.district, CASE WHEN u.district IS NULL THEN 2 ELSE 4 END FROM users u WHERE u.email LIKE 'bench-%'`,
    [budgetId],
  );
  const city = envelopes.find((e) => e.district === null)!.id;
  // Two distinct projects of the city-wide envelope, and two of the voter's district's: skewed towards the first ones.
  await sql.query(
    `WITH ranked AS (
       SELECT p.id, p.envelope_id, row_number() OVER (PARTITION BY p.envelope_id ORDER BY p.created_at, p.id) - 1 AS n FROM budget_projects p
       WHERE p.budget_id = $1),
     picks AS (
       SELECT b.id AS ballot_id, e.id AS envelope_id, floor(power(random(), 2) * ${PROJECTS_PER_ENVELOPE})::int AS a,
              1 + floor(random() * ${PROJECTS_PER_ENVELOPE - 1})::int AS step
       FROM budget_ballots b JOIN budget_envelopes e ON e.budget_id = b.budget_id AND (e.id = $2 OR e.district = b.district)
       WHERE b.budget_id = $1)
     INSERT INTO budget_ballot_choices (ballot_id, project_id, envelope_id)
     SELECT k.ballot_id, r.id, k.envelope_id FROM picks k JOIN ranked r ON r.envelope_id = k.envelope_id AND r.n = k.a
     UNION ALL
     SELECT k.ballot_id, r.id, k.envelope_id FROM picks k JOIN ranked r ON r.envelope_id = k.envelope_id AND r.n = (k.a + k.step) % ${PROJECTS_PER_ENVELOPE}`,
    [budgetId, city],
  );
  // The running counts, from the rows: what the ballots maintain one change at a time.
  await sql.query(
    `UPDATE budget_projects p SET vote_count = s.n FROM (SELECT project_id, count(*)::int AS n FROM budget_ballot_choices GROUP BY project_id) s
     WHERE p.id = s.project_id`,
  );
  await sql.query(
    `UPDATE budgets SET voter_count = (SELECT count(*) FROM budget_ballots WHERE budget_id = $1 AND choice_count > 0) WHERE id = $1`,
    [budgetId],
  );
  await sql.query(`VACUUM ANALYZE`);
}

run(main);
