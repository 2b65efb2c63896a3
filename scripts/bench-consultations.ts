/**
 * `npm run bench:consultations`: how fast the results of a consultation answer with 100,000
 * responses, and what the CSV export of them costs.
 *
 * Starts the real server (in this process, on a scratch database), creates through the service a
 * consultation with one question of each kind, fills BENCH_RESPONSES responses (100,000 by
 * default, each by its own account) with answers in SQL, sets the tallies from the rows in SQL
 * (what the submissions do one by one), runs VACUUM ANALYZE (autovacuum may be off), then:
 * - asks `consultation(id) { results { … texts(first: 20) } }` over HTTP BENCH_REQUESTS times
 *   one after another (after 30 warm-up requests), then with BENCH_CONCURRENCY at once;
 * - times the same tallies computed from the answer rows with GROUP BY (what the tallies avoid);
 * - times 50 submissions over HTTP (each moves the tallies under the consultation's lock);
 * - downloads the CSV export, measuring its size, time and the server's peak memory growth.
 */
import 'reflect-metadata';
import { request } from 'node:http';
import { cpus, loadavg } from 'node:os';
import { Client } from 'pg';
import { Role } from '../src/auth/role';
import { Clock } from '../src/common/clock';
import { QuestionKind, ResultsVisibility } from '../src/consultations/consultation.policy';
import { ConsultationsService } from '../src/consultations/consultations.service';
import { IdentityService } from '../src/identity/identity.service';
import { log, pct, postGraphql, run, withBenchServer } from './bench-common';

const RESPONSES = Number(process.env.BENCH_RESPONSES ?? 100_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const BUDGET_MS = 300;

const RESULTS = `query($id: ID!) { consultation(id: $id) { id state responseCount viewerHasResponded viewerCanRespond { allowed reason }
  questions { id kind prompt options { id label } }
  results { questionId kind responseCount options { optionId label count share averageRank } scaleAverage scaleDistribution
            texts(first: 20) { totalCount edges { node { text } } pageInfo { hasNextPage endCursor } } } } }`;

async function main() {
  await withBenchServer(async ({ app, port, sql }) => {
    const identity = app.get(IdentityService);
    const consultations = app.get(ConsultationsService);
    const now = app.get(Clock).now().getTime();
    const councilAccount = await identity.createAccount({
      email: 'council@example.test',
      password: 'bench-password-123',
      displayName: 'Council',
      roles: [Role.COUNCIL],
    });
    const council = {
      id: councilAccount.id,
      sessionId: 'bench',
      displayName: 'Council',
      roles: [Role.RESIDENT, Role.COUNCIL],
      departmentIds: [],
    };
    const c = await consultations.create(council, {
      title: 'Bench consultation',
      description: 'One question of each kind.',
      opensAt: new Date(now - 86_400_000),
      closesAt: new Date(now + 30 * 86_400_000),
      resultsVisibility: ResultsVisibility.LIVE,
      questions: [
        { kind: QuestionKind.SINGLE_CHOICE, prompt: 'Single', required: true, options: ['A', 'B', 'C', 'D'] },
        { kind: QuestionKind.MULTIPLE_CHOICE, prompt: 'Multiple', options: ['A', 'B', 'C', 'D', 'E'], maxChoices: 2 },
        { kind: QuestionKind.RANKING, prompt: 'Ranking', required: true, options: ['A', 'B', 'C', 'D', 'E'] },
        { kind: QuestionKind.SCALE, prompt: 'Scale', scaleMinLabel: 'low', scaleMaxLabel: 'high' },
        { kind: QuestionKind.FREE_TEXT, prompt: 'Text', maxLength: 500 },
      ],
    });
    const questions = await consultations.questionsOf(c.id);

    const filled = performance.now();
    await fill(sql, c.id, questions);
    const fillSeconds = Math.round((performance.now() - filled) / 1000);
    const counts = (
      await sql.query(
        `SELECT (SELECT count(*) FROM consultation_responses)::int AS responses, (SELECT count(*) FROM consultation_answers)::int AS answers,
                (SELECT count(*) FROM consultation_answer_choices)::int AS choices`,
      )
    ).rows[0];
    log(`# Parvis consultation results benchmark — ${new Date().toISOString()}`);
    log(`machine: ${cpus().length} × ${cpus()[0]?.model.trim()}, Node ${process.version}, load average ${loadavg()[0].toFixed(1)}`);
    log(
      `data: ${counts.responses} responses to 5 questions (one per kind), ${counts.answers} answer rows, ${counts.choices} chosen/ranked options (filled in ${fillSeconds} s, then VACUUM ANALYZE)`,
    );

    const { id: residentId } = await identity.createAccount({
      email: 'bench@example.test',
      password: 'bench-password-123',
      displayName: 'Bench',
    });
    const token = (await identity.openSessionFor(residentId)).accessToken;
    const body = { query: RESULTS, variables: { id: c.id } };
    const first = await postGraphql(port, body, token);
    const parsed = JSON.parse(first.body);
    if (first.status !== 200 || parsed.errors) throw new Error(`results: ${first.body.slice(0, 300)}`);
    if (parsed.data.consultation.responseCount !== counts.responses) throw new Error('responseCount differs from the rows');
    for (let i = 0; i < 30; i++) await postGraphql(port, body, token);
    const times: number[] = [];
    for (let i = 0; i < REQUESTS; i++) times.push((await postGraphql(port, body, token)).ms);
    let done = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (done < REQUESTS) {
          done += 1;
          await postGraphql(port, body, token);
        }
      }),
    );
    const rps = (REQUESTS / (performance.now() - started)) * 1000;
    log('');
    log(`| query | p50 ms | p95 ms | p99 ms | req/s at ${CONCURRENCY} concurrent |`);
    log('|---|---|---|---|---|');
    log(
      `| results of ${counts.responses} responses (HTTP) | ${pct(times, 50).toFixed(1)} | ${pct(times, 95).toFixed(1)} | ${pct(times, 99).toFixed(1)} | ${Math.round(rps)} |`,
    );

    // What the tallies save: the same figures aggregated from the rows (best of 5, warm cache).
    const aggregate: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      await sql.query(
        `SELECT option_id, count(*), avg(rank) FROM consultation_answer_choices WHERE question_id = ANY($1::uuid[]) GROUP BY option_id`,
        [questions.map((q) => q.id)],
      );
      await sql.query(`SELECT question_id, scale, count(*) FROM consultation_answers WHERE question_id = ANY($1::uuid[]) GROUP BY 1, 2`, [
        questions.map((q) => q.id),
      ]);
      aggregate.push(performance.now() - t0);
    }
    log(`| (for comparison) the same tallies by GROUP BY over the rows, SQL only | ${pct(aggregate, 50).toFixed(1)} | — | — | — |`);

    // Submissions: each moves the tallies in its transaction.
    const submitTimes: number[] = [];
    const SUBMIT = `mutation($input: SubmitConsultationResponseInput!) { submitConsultationResponse(input: $input) { id } }`;
    for (let i = 0; i < 50; i++) {
      const { id } = await identity.createAccount({
        email: `submit-${i}@example.test`,
        password: 'bench-password-123',
        displayName: `S${i}`,
      });
      const tok = (await identity.openSessionFor(id)).accessToken;
      const [single, multi, rank, scale, free] = questions;
      const answers = [
        { questionId: single.id, optionIds: [single.options[i % 4].id] },
        { questionId: multi.id, optionIds: [multi.options[i % 5].id] },
        { questionId: rank.id, ranking: rank.options.map((o) => o.id).reverse() },
        { questionId: scale.id, scale: 1 + (i % 5) },
        { questionId: free.id, text: `submitted ${i}` },
      ];
      const res = await postGraphql(port, { query: SUBMIT, variables: { input: { consultationId: c.id, answers } } }, tok);
      if (JSON.parse(res.body).errors) throw new Error(`submit: ${res.body.slice(0, 300)}`);
      submitTimes.push(res.ms);
    }
    log(
      `| submitConsultationResponse (5 answers, HTTP, one at a time) | ${pct(submitTimes, 50).toFixed(1)} | ${pct(submitTimes, 95).toFixed(1)} | ${pct(submitTimes, 99).toFixed(1)} | — |`,
    );

    const councilToken = (await identity.openSessionFor(councilAccount.id)).accessToken;
    const csv = await download(port, `/exports/consultations/${c.id}/responses.csv`, councilToken);
    log('');
    log(
      `CSV export: ${csv.rows} lines, ${(csv.bytes / 1e6).toFixed(1)} MB in ${(csv.ms / 1000).toFixed(2)} s; server RSS before ${mb(csv.rssBefore)} MB, peak ${mb(csv.rssPeak)} MB (+${mb(csv.rssPeak - csv.rssBefore)} MB), heap peak +${mb(csv.heapPeak - csv.heapBefore)} MB`,
    );
    const p95 = pct(times, 95);
    log('');
    log(`results p95 ${p95.toFixed(1)} ms: ${p95 < BUDGET_MS ? 'within' : 'OVER'} the ${BUDGET_MS} ms budget`);
    if (p95 >= BUDGET_MS) process.exitCode = 1;
  });
}

const mb = (bytes: number) => (bytes / 1_048_576).toFixed(0);

/** GETs the export, counting lines and bytes as they arrive, sampling this process's memory meanwhile. */
function download(port: number, path: string, token: string) {
  const rssBefore = process.memoryUsage().rss;
  const heapBefore = process.memoryUsage().heapUsed;
  let rssPeak = rssBefore;
  let heapPeak = heapBefore;
  const sampler = setInterval(() => {
    const m = process.memoryUsage();
    rssPeak = Math.max(rssPeak, m.rss);
    heapPeak = Math.max(heapPeak, m.heapUsed);
  }, 20);
  const started = performance.now();
  return new Promise<{ rows: number; bytes: number; ms: number; rssBefore: number; rssPeak: number; heapBefore: number; heapPeak: number }>(
    (resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path, headers: { Authorization: `Bearer ${token}` } }, (res) => {
        if (res.statusCode !== 200) reject(new Error(`export: HTTP ${res.statusCode}`));
        let bytes = 0;
        let rows = 0;
        res.on('data', (chunk: Buffer) => {
          bytes += chunk.length;
          for (const b of chunk) if (b === 10) rows++;
        });
        res.on('end', () => {
          clearInterval(sampler);
          resolve({ rows, bytes, ms: performance.now() - started, rssBefore, rssPeak, heapBefore, heapPeak });
        });
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end();
    },
  );
}

/** Bulk data in SQL (the server's rules are exercised by the tests; here only the volume matters). */
async function fill(sql: Client, consultationId: string, questions: { id: string; options: { id: string }[] }[]) {
  const [single, multi, rank, scale, free] = questions;
  const ids = (q: { options: { id: string }[] }) => q.options.map((o) => o.id);
  await sql.query(
    `INSERT INTO users (email, display_name) SELECT 'bench-' || i || '@example.test', 'Bench ' || i FROM generate_series(1, $1) i`,
    [RESPONSES],
  );
  await sql.query(
    `INSERT INTO consultation_responses (consultation_id, user_id, created_at)
     SELECT $1, u.id, now() - random() * interval '20 days' FROM users u WHERE u.email LIKE 'bench-%'`,
    [consultationId],
  );
  const responses = `SELECT id FROM consultation_responses WHERE consultation_id = '${consultationId}'`;
  // Every response answers the single choice, the ranking and (80 %) the scale; 60 % the multiple choice; 30 % the text.
  await sql.query(
    `INSERT INTO consultation_answers (response_id, question_id, scale, text)
     SELECT r.id, $1::uuid, NULL::int, NULL::text FROM (${responses}) r
     UNION ALL SELECT r.id, $2::uuid, NULL, NULL FROM (${responses}) r
     UNION ALL SELECT r.id, $3::uuid, 1 + floor(random() * 5)::int, NULL FROM (${responses}) r WHERE random() < 0.8
     UNION ALL SELECT r.id, $4::uuid, NULL, 'Réponse libre ' || md5(r.id::text) FROM (${responses}) r WHERE random() < 0.3`,
    [single.id, rank.id, scale.id, free.id],
  );
  await sql.query(
    `INSERT INTO consultation_answer_choices (response_id, question_id, option_id)
     SELECT r.id, $1::uuid, ($2::uuid[])[1 + floor(random() * 4)::int] FROM (${responses}) r`,
    [single.id, ids(single)],
  );
  await sql.query(
    `WITH chosen AS (SELECT r.id, floor(random() * 5)::int AS a, random() < 0.5 AS two FROM (${responses}) r WHERE random() < 0.6),
     ins AS (INSERT INTO consultation_answers (response_id, question_id) SELECT id, $1::uuid FROM chosen)
     INSERT INTO consultation_answer_choices (response_id, question_id, option_id)
     SELECT id, $1::uuid, ($2::uuid[])[1 + a] FROM chosen
     UNION ALL SELECT id, $1::uuid, ($2::uuid[])[1 + (a + 1) % 5] FROM chosen WHERE two`,
    [multi.id, ids(multi)],
  );
  await sql.query(
    `INSERT INTO consultation_answer_choices (response_id, question_id, option_id, rank)
     SELECT r.id, $1::uuid, o.id, row_number() OVER (PARTITION BY r.id ORDER BY random())
     FROM (${responses}) r CROSS JOIN unnest($2::uuid[]) AS o(id)`,
    [rank.id, ids(rank)],
  );
  // The tallies, from the rows: what the submissions maintain one response at a time.
  await sql.query(
    `UPDATE consultation_options o SET answer_count = s.n, rank_sum = s.ranks
     FROM (SELECT option_id, count(*) AS n, COALESCE(sum(rank), 0) AS ranks FROM consultation_answer_choices GROUP BY option_id) s
     WHERE o.id = s.option_id`,
  );
  await sql.query(
    `UPDATE consultation_questions q SET answer_count = s.n, scale_sum = s.total, scale_counts = s.dist
     FROM (SELECT question_id, count(*) AS n, COALESCE(sum(scale), 0) AS total,
                  ARRAY[count(*) FILTER (WHERE scale = 1), count(*) FILTER (WHERE scale = 2), count(*) FILTER (WHERE scale = 3),
                        count(*) FILTER (WHERE scale = 4), count(*) FILTER (WHERE scale = 5)]::int[] AS dist
           FROM consultation_answers GROUP BY question_id) s
     WHERE q.id = s.question_id`,
  );
  await sql.query(
    `UPDATE consultations SET response_count = (SELECT count(*) FROM consultation_responses WHERE consultation_id = $1) WHERE id = $1`,
    [consultationId],
  );
  await sql.query('VACUUM ANALYZE');
}

run(main);
