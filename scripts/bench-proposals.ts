/**
 * `npm run bench:proposals`: how fast the proposal list answers with a realistic amount of data.
 *
 * Starts the real server (in this process, on a scratch database), fills it with BENCH_PROPOSALS
 * published proposals (10,000 by default) by 2,000 residents, with supports and comments counted
 * as the server counts them, then asks the GraphQL list over HTTP as a signed-in resident (so
 * `viewerHasSupported` is computed): the first page of 20 in each order, a French full-text
 * search, a filtered page, a page of 100, and `similarProposals`. Each query runs BENCH_REQUESTS
 * times one after another (latency) after 30 warm-up requests, then with BENCH_CONCURRENCY at once
 * (throughput).
 */
import 'reflect-metadata';
import { cpus, loadavg } from 'node:os';
import { Client } from 'pg';
import { IdentityService } from '../src/identity/identity.service';
import { log, pct, postGraphql, run, withBenchServer } from './bench-common';

const PROPOSALS = Number(process.env.BENCH_PROPOSALS ?? 10_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);

const CARD = `id title status supportCount supportThreshold commentCount viewerHasSupported district createdAt
  author { id displayName } category { id name }`;
const LIST = `query($first: Int!, $filter: ProposalFilter, $orderBy: ProposalOrder) {
  proposals(first: $first, filter: $filter, orderBy: $orderBy) { totalCount edges { cursor node { ${CARD} } } pageInfo { hasNextPage endCursor } } }`;

async function main() {
  await withBenchServer(async ({ app, port, sql }) => {
    const filled = performance.now();
    await fill(sql);
    log(`# Parvis proposal list benchmark — ${new Date().toISOString()}`);
    log(`machine: ${cpus().length} × ${cpus()[0]?.model.trim()}, Node ${process.version}, load average ${loadavg()[0].toFixed(1)}`);
    log(
      `data: ${PROPOSALS} published proposals, 2000 residents, supports and comments (filled in ${Math.round((performance.now() - filled) / 1000)} s)`,
    );
    const identity = app.get(IdentityService);
    const { id } = await identity.createAccount({ email: 'bench@example.test', password: 'bench-password-123', displayName: 'Bench' });
    const token = (await identity.openSessionFor(id)).accessToken;
    const [category] = (await sql.query(`SELECT id FROM categories LIMIT 1`)).rows;

    const cases: [string, { query: string; variables: Record<string, unknown> }][] = [
      ['newest 20', { query: LIST, variables: { first: 20 } }],
      ['most supported 20', { query: LIST, variables: { first: 20, orderBy: { field: 'SUPPORTS', direction: 'DESC' } } }],
      ['most commented 20', { query: LIST, variables: { first: 20, orderBy: { field: 'COMMENTS', direction: 'DESC' } } }],
      ['search "velo" (accents ignored) 20', { query: LIST, variables: { first: 20, filter: { search: 'velo' } } }],
      ['category + district 20', { query: LIST, variables: { first: 20, filter: { categoryId: category.id, district: 'Le Port' } } }],
      ['newest 100', { query: LIST, variables: { first: 100 } }],
      [
        'similarProposals',
        {
          query: `query { similarProposals(title: "Des pistes cyclables sécurisées", first: 5) { id title supportCount } }`,
          variables: {},
        },
      ],
    ];
    log('');
    log('| query | p50 ms | p95 ms | p99 ms | req/s at ' + CONCURRENCY + ' concurrent |');
    log('|---|---|---|---|---|');
    for (const [name, body] of cases) {
      const first = await postGraphql(port, body, token);
      if (first.status !== 200 || JSON.parse(first.body).errors) throw new Error(`${name}: ${first.body.slice(0, 300)}`);
      for (let i = 0; i < 30; i++) await postGraphql(port, body, token); // warm-up: JIT, plans, caches
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
      log(`| ${name} | ${pct(times, 50).toFixed(1)} | ${pct(times, 95).toFixed(1)} | ${pct(times, 99).toFixed(1)} | ${Math.round(rps)} |`);
    }
  });
}

/** Bulk data in SQL (the server's rules are exercised by the tests; here only the volume matters). */
async function fill(sql: Client) {
  const words = [
    'vélo',
    'piste cyclable',
    'jardin partagé',
    'éclairage',
    'banc',
    'arbre',
    'école',
    'marché',
    'parking',
    'bibliothèque',
    'fontaine',
    'skatepark',
    'composteur',
    'passage piéton',
    'aire de jeux',
  ];
  await sql.query(`INSERT INTO categories (name) SELECT unnest($1::text[])`, [
    ['Mobilité', 'Environnement', 'Culture', 'Solidarité', 'Cadre de vie'],
  ]);
  await sql.query(
    `INSERT INTO users (email, password_hash, display_name, district)
     SELECT 'r' || g || '@example.test', 'x', 'Habitant ' || g, (ARRAY['Centre-ville','Les Arènes','Saint-Jean','Le Port','La Garenne','Bel-Air'])[1 + g % 6]
     FROM generate_series(1, 2000) g`,
  );
  await sql.query(`INSERT INTO user_roles (user_id, role) SELECT id, 'RESIDENT' FROM users`);
  await sql.query(
    `WITH u AS (SELECT array_agg(id) AS ids FROM users), c AS (SELECT array_agg(id) AS ids FROM categories)
     INSERT INTO proposals (author_id, title, body, status, category_id, district, support_threshold, support_deadline, published_at, created_at)
     SELECT u.ids[1 + g % 2000],
            'Proposition ' || g || ' : ' || ($1::text[])[1 + g % 15] || ' ' || ($1::text[])[1 + (g / 15) % 15],
            'Nous proposons ' || ($1::text[])[1 + g % 15] || ' près de chez nous, pour le quartier. ' || repeat('Texte de la proposition. ', 8),
            CASE WHEN g % 10 = 0 THEN 'UNDER_REVIEW' ELSE 'PUBLISHED' END,
            c.ids[1 + g % 5],
            (ARRAY['Centre-ville','Les Arènes','Saint-Jean','Le Port','La Garenne','Bel-Air'])[1 + g % 6],
            100, now() + interval '60 days', now() - (g || ' minutes')::interval, now() - (g || ' minutes')::interval
     FROM generate_series(1, $2::int) g, u, c`,
    [words, PROPOSALS],
  );
  // Supports: 0 to 40 per proposal from distinct residents, counts set from the rows.
  await sql.query(
    `INSERT INTO proposal_supports (proposal_id, user_id)
     SELECT p.id, u.id FROM (SELECT id, row_number() OVER () AS n FROM proposals) p
     JOIN LATERAL (SELECT id FROM users OFFSET (p.n * 7) % 1900 LIMIT (p.n % 41)) u ON true`,
  );
  await sql.query(
    `UPDATE proposals p SET support_count = s.n FROM (SELECT proposal_id, count(*) AS n FROM proposal_supports GROUP BY 1) s WHERE s.proposal_id = p.id`,
  );
  await sql.query(`UPDATE proposals SET comment_count = (abs(hashtext(id::text)) % 25)`);
  await sql.query(`ANALYZE`);
}

run(main);
