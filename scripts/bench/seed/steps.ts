/**
 * The bench commune, filled in SQL only: each step is a few `INSERT … SELECT … generate_series`
 * statements run in one transaction. Rows are numbered first in session-local TEMP tables (u: users,
 * p: proposals, cm: comments, sr: requests…) that hold their planned ids and counts, so the real
 * tables receive each row once, already consistent (a comment's score is the sum of the votes that
 * are inserted after it; a proposal's support count the supports drawn for it): the counters step
 * then recomputes every counter from its rows anyway, and the check compares them.
 *
 * Randomness is a hash of each row's number (`pg_temp.rnd(key, salt)` in [0, 1)), so a seed at one
 * scale is the same every time except for uuids and the anchoring instant.
 *
 * Distinct pairs without a uniqueness check: the residents taking part in one thing (supporters of
 * a proposal, voters on a comment, respondents of a consultation) are walked from an offset with a
 * step coprime with the number of residents, so the first `k < residents` of them are all different;
 * the author is the walk's position 0 and never one of the others.
 */
import { PROPOSAL_SUPPORT_DAYS, PROPOSAL_SUPPORT_THRESHOLD } from './plan';
import type { SeedPlan } from './plan';
import {
  ADMINS,
  AGENTS_PER_DEPARTMENT,
  BENCH_CATEGORIES,
  BENCH_DEPARTMENTS,
  BENCH_DISTRICTS,
  BENCH_EMAIL_DOMAIN,
  BENCH_SERVICES,
  COMMENT_SHARES,
  COUNCILLORS,
  FORUMS,
  MODERATORS,
} from './plan';

export interface SeedStep {
  name: string;
  statements: string[];
}

export interface SeedContext {
  plan: SeedPlan;
  /** The instant the commune's history ends at (ISO). */
  now: string;
  /** The argon2id hash every account shares. */
  passwordHash: string;
}

/** A SQL string literal. */
const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;
const textArray = (items: readonly string[]) => `ARRAY[${items.map(lit).join(', ')}]::text[]`;

const FIRST_NAMES = [
  'Marie',
  'Lucas',
  'Fatou',
  'Camille',
  'Hugo',
  'Léa',
  'Karim',
  'Sophie',
  'Jules',
  'Chloé',
  'Nathan',
  'Inès',
  'Louis',
  'Manon',
  'Yanis',
  'Emma',
  'Gabriel',
  'Sarah',
  'Arthur',
  'Aïcha',
  'Paul',
  'Julie',
  'Mehdi',
  'Clara',
  'Thomas',
  'Nour',
];
const LAST_NAMES = [
  'Dupont',
  'Petit',
  'Diallo',
  'Martin',
  'Bernard',
  'Moreau',
  'Laurent',
  'Benali',
  'Lefèvre',
  'Roux',
  'Fournier',
  'Girard',
  'Bonnet',
  'Nguyen',
  'Mercier',
  'Garcia',
  'Faure',
  'Rousseau',
  'Blanc',
  'Guerin',
  'Muller',
  'Henry',
  'Traoré',
  'Perrin',
];
const PROPOSAL_SUBJECTS = [
  'Une piste cyclable',
  'Des bancs',
  'Un jardin partagé',
  'Des arbres',
  'Un marché de producteurs',
  'Une boîte à livres',
  'Des toilettes publiques',
  'Un éclairage plus doux',
  'Une aire de jeux',
  'Des fontaines à eau',
  'Un composteur collectif',
  'Un passage piéton sécurisé',
  'Des ateliers de réparation',
  'Une zone à trafic limité',
  'Des stationnements vélo',
];
const PLACES = [
  'rue de la République',
  'avenue Jean-Jaurès',
  'place du Marché',
  'quai de Loire',
  'boulevard Victor-Hugo',
  'rue des Écoles',
  'parc Beaulieu',
  'place de la Gare',
  'rue Nationale',
  'chemin des Vignes',
  'allée des Tilleuls',
  'rue du Moulin',
];
const SENTENCES = [
  'Je soutiens totalement cette idée.',
  'Il faudrait aussi penser aux personnes âgées.',
  'Le coût me paraît élevé, mais le besoin est réel.',
  'Nous en parlons depuis des années dans le quartier.',
  'Excellente initiative, à quand la mise en œuvre ?',
  'Attention au bruit pour les riverains.',
  'Les enfants du quartier en profiteraient beaucoup.',
  'Pourquoi ne pas commencer par un essai de six mois ?',
  'Je ne suis pas convaincu, la rue est déjà très étroite.',
  'Merci pour cette proposition claire et concrète.',
  'Une réunion publique serait utile pour en discuter.',
  'Cela existe déjà dans la commune voisine et fonctionne bien.',
];
const REQUEST_TEXTS = [
  'Signalé par un riverain, visible depuis plusieurs jours.',
  'Le problème s’aggrave, merci d’intervenir rapidement.',
  'Devant l’école, dangereux aux heures de sortie.',
  'Constaté ce matin en allant au travail.',
  'Déjà signalé l’an dernier, le problème est revenu.',
  'Demande pour ma famille, pièces jointes à venir.',
];
const AGENT_NOTES = [
  'Équipe prévenue, passage prévu cette semaine.',
  'Vérifié sur place, intervention nécessaire.',
  'Matériel commandé.',
  'En attente du prestataire.',
];
const PUBLIC_UPDATES = [
  'Une équipe interviendra dans les prochains jours.',
  'Intervention programmée, merci de votre patience.',
  'Votre demande a été transmise au service compétent.',
];
const RESOLUTIONS = [
  'Intervention réalisée.',
  'Réparation effectuée par nos équipes.',
  'Document envoyé par courrier.',
  'Nettoyage effectué.',
];
const REJECTIONS = [
  'Ne relève pas de la commune (voirie départementale).',
  'Doublon d’une demande déjà traitée.',
  'Pièces justificatives manquantes.',
];

/** The steps, in order. Each runs in its own transaction. */
export function seedSteps(ctx: SeedContext): SeedStep[] {
  const { plan } = ctx;
  const T0 = `${lit(ctx.now)}::timestamptz`;
  const R = plan.residents;
  const STRIDE = plan.stride;
  const depts = BENCH_DEPARTMENTS.length;
  const agents = depts * AGENTS_PER_DEPARTMENT;
  // Staff numbers follow the residents': agents, then councillors, moderators, admins.
  const firstAgent = R + 1;
  const firstCouncillor = firstAgent + agents;
  const firstModerator = firstCouncillor + COUNCILLORS;
  const firstAdmin = firstModerator + MODERATORS;
  const users = firstAdmin + ADMINS - 1;
  const councillor = (x: string) => `${firstCouncillor} + floor(${x} * ${COUNCILLORS})::int`;
  const moderator = (x: string) => `${firstModerator} + floor(${x} * ${MODERATORS})::int`;
  const pick = (items: readonly string[], x: string) => `pg_temp.pick(${textArray(items)}, ${x})`;
  const walk = (off: string, i: string) => `1 + ((${off})::bigint + (${i})::bigint * ${STRIDE}) % ${R}`;
  const C = plan.comments;
  const commentsOnProposals = Math.round(C * COMMENT_SHARES.proposals);
  const commentsOnTopics = Math.round(C * COMMENT_SHARES.topics);
  const commentsOnConsultations = C - commentsOnProposals - commentsOnTopics;

  return [
    {
      name: 'helpers',
      statements: [
        // A uniform draw in [0, 1) from a row's number and a salt: the same every run.
        `CREATE FUNCTION pg_temp.rnd(bigint, int) RETURNS double precision LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
           $$ SELECT (hashint8($1 * 7919 + $2::bigint * 104729) & 2147483647)::double precision / 2147483648 $$`,
        `CREATE FUNCTION pg_temp.pick(text[], double precision) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
           $$ SELECT $1[1 + floor($2 * array_length($1, 1))::int] $$`,
      ],
    },
    {
      name: 'commune: districts, departments, categories, services, forums',
      statements: [
        // 20 districts on a 5 × 4 grid; population weight 1 / rank^0.9 (a few busy districts).
        `CREATE TEMP TABLE d AS
         WITH n AS (SELECT name, i::int FROM unnest(${textArray(BENCH_DISTRICTS)}) WITH ORDINALITY AS x(name, i)),
              w AS (SELECT name, i, 1 / power(i, 0.9) AS w FROM n)
         SELECT name, i,
                coalesce(sum(w) OVER (ORDER BY i ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) / sum(w) OVER () AS lo,
                sum(w) OVER (ORDER BY i) / sum(w) OVER () AS hi,
                1.15 + ((i - 1) % 5) * 0.08 AS west, 1.15 + ((i - 1) % 5) * 0.08 + 0.08 AS east,
                47.45 + ((i - 1) / 5) * 0.0675 AS south, 47.45 + ((i - 1) / 5) * 0.0675 + 0.0675 AS north
         FROM w`,
        `UPDATE d SET hi = 1 WHERE i = ${BENCH_DISTRICTS.length}`,
        `INSERT INTO districts (name, position, shape, created_at, updated_at)
         SELECT name, i, jsonb_build_object('type', 'Polygon', 'coordinates', jsonb_build_array(jsonb_build_array(
                  jsonb_build_array(west, south), jsonb_build_array(east, south), jsonb_build_array(east, north),
                  jsonb_build_array(west, north), jsonb_build_array(west, south)))),
                ${T0} - interval '1500 days', ${T0} - interval '1500 days'
         FROM d ORDER BY i`,
        `INSERT INTO district_rings (district_id, part, ring, outline)
         SELECT x.id, 0, 0, format('((%s,%s),(%s,%s),(%s,%s),(%s,%s),(%s,%s))', west, south, east, south, east, north, west, north, west, south)::polygon
         FROM d JOIN districts x USING (name)`,
        `INSERT INTO commune_identity (name, primary_color, primary_text_color, address, phone, email, website, opening_hours,
                                       default_language, publication_director, host, dpo_contact)
         VALUES ('Grande-Ville-sur-Loire', '#1f4e7a', '#ffffff', E'Hôtel de ville\\n1 place de la Mairie\\n41000 Grande-Ville-sur-Loire',
                 '02 54 00 00 00', 'mairie@${BENCH_EMAIL_DOMAIN}', 'https://${BENCH_EMAIL_DOMAIN}',
                 'Du lundi au vendredi : 8 h 30 – 17 h 30', 'fr', 'Le maire de Grande-Ville-sur-Loire',
                 'Commune de Grande-Ville-sur-Loire', 'dpo@${BENCH_EMAIL_DOMAIN}')`,
        `INSERT INTO departments (code, name, created_at)
         SELECT code, name, ${T0} - interval '1500 days'
         FROM unnest(${textArray(BENCH_DEPARTMENTS.map((x) => x.code))}, ${textArray(BENCH_DEPARTMENTS.map((x) => x.name))}) AS x(code, name)`,
        `INSERT INTO categories (name, created_at) SELECT name, ${T0} - interval '1500 days' FROM unnest(${textArray(BENCH_CATEGORIES)}) AS name`,
        // The catalogue; request weights 1 / rank^1.1 (most requests in a few services).
        `CREATE TEMP TABLE svc AS
         WITH s AS (
           SELECT x.*, 1 / power(x.i, 1.1) AS w
           FROM unnest(${textArray(BENCH_SERVICES.map((s) => s.code))}, ${textArray(BENCH_SERVICES.map((s) => s.name))},
                       ${textArray(BENCH_SERVICES.map((s) => s.kind))}, ${textArray(BENCH_SERVICES.map((s) => s.group))},
                       ${textArray(BENCH_SERVICES.map((s) => s.department))}, ARRAY[${BENCH_SERVICES.map((s) => s.targetDays).join(', ')}]::int[])
                WITH ORDINALITY AS x(code, name, kind, group_name, department, target_days, i))
         SELECT s.*, gen_random_uuid() AS id, dep.id AS department_id, dn.i AS department_i,
                coalesce(sum(w) OVER (ORDER BY s.i ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) / sum(w) OVER () AS lo,
                sum(w) OVER (ORDER BY s.i) / sum(w) OVER () AS hi
         FROM s JOIN departments dep ON dep.code = s.department
         JOIN unnest(${textArray(BENCH_DEPARTMENTS.map((x) => x.code))}) WITH ORDINALITY AS dn(code, i) ON dn.code = s.department`,
        `UPDATE svc SET hi = 1 WHERE i = ${BENCH_SERVICES.length}`,
        `INSERT INTO services (id, code, name, description, kind, group_name, position, department_id, target_days, requests_public, fields,
                               fields_version, created_at, updated_at)
         SELECT id, code, name, 'Service ' || name || ' de la commune.', kind, group_name,
                row_number() OVER (PARTITION BY group_name ORDER BY i), department_id, target_days, kind = 'REPORT', '[]', 1,
                ${T0} - interval '1500 days', ${T0} - interval '1500 days'
         FROM svc`,
        `INSERT INTO service_field_versions (service_id, version, fields, created_at) SELECT id, 1, '[]', ${T0} - interval '1500 days' FROM svc`,
      ],
    },
    {
      name: `users: ${R} residents, ${users - R} staff`,
      statements: [
        `CREATE TEMP TABLE u (n int PRIMARY KEY, id uuid NOT NULL, district text)`,
        `INSERT INTO u
         SELECT n, gen_random_uuid(),
                CASE WHEN n <= ${R} THEN (SELECT name FROM d WHERE pg_temp.rnd(n, 1) >= d.lo AND pg_temp.rnd(n, 1) < d.hi) END
         FROM generate_series(1, ${users}) AS n`,
        `ANALYZE u`,
        // Accounts opened before the commune's three years of history, so no row predates its author.
        `INSERT INTO users (id, email, password_hash, display_name, district, email_verified_at, locale, created_at, updated_at)
         SELECT id,
                CASE WHEN n <= ${R} THEN 'resident' || n
                     WHEN n < ${firstCouncillor} THEN 'agent' || (n - ${firstAgent} + 1)
                     WHEN n < ${firstModerator} THEN 'conseil' || (n - ${firstCouncillor} + 1)
                     WHEN n < ${firstAdmin} THEN 'moderation' || (n - ${firstModerator} + 1)
                     ELSE 'admin' || (n - ${firstAdmin} + 1) END || '@${BENCH_EMAIL_DOMAIN}',
                ${lit(ctx.passwordHash)},
                ${pick(FIRST_NAMES, 'pg_temp.rnd(n, 2)')} || ' ' || ${pick(LAST_NAMES, 'pg_temp.rnd(n, 3)')},
                district,
                CASE WHEN pg_temp.rnd(n, 4) < 0.95 OR n > ${R} THEN ${T0} - interval '1100 days' - interval '400 days' * pg_temp.rnd(n, 5) + interval '10 minutes' END,
                CASE WHEN pg_temp.rnd(n, 6) < 0.08 THEN 'en' ELSE 'fr' END,
                ${T0} - interval '1100 days' - interval '400 days' * pg_temp.rnd(n, 5),
                ${T0} - interval '1100 days' - interval '400 days' * pg_temp.rnd(n, 5)
         FROM u ORDER BY n`,
        `INSERT INTO user_roles (user_id, role, created_at) SELECT id, 'RESIDENT', ${T0} - interval '1100 days' FROM u`,
        `INSERT INTO user_roles (user_id, role, created_at)
         SELECT id, CASE WHEN n < ${firstCouncillor} THEN 'AGENT' WHEN n < ${firstModerator} THEN 'COUNCIL'
                         WHEN n < ${firstAdmin} THEN 'MODERATOR' ELSE 'ADMIN' END, ${T0} - interval '1100 days'
         FROM u WHERE n > ${R}`,
        // Agents: ${AGENTS_PER_DEPARTMENT} per department, in department order.
        `INSERT INTO agent_departments (user_id, department_id, created_at)
         SELECT u.id, dep.id, ${T0} - interval '1100 days'
         FROM u JOIN unnest(${textArray(BENCH_DEPARTMENTS.map((x) => x.code))}) WITH ORDINALITY AS dn(code, i)
                   ON dn.i = 1 + (u.n - ${firstAgent}) / ${AGENTS_PER_DEPARTMENT}
         JOIN departments dep ON dep.code = dn.code
         WHERE u.n BETWEEN ${firstAgent} AND ${firstCouncillor - 1}`,
      ],
    },
    {
      name: `proposals: ${plan.proposals} with their events`,
      statements: [
        // Drafts are every 20th; the others' planned supports fall as 1 / n (Zipf: a few proposals hold
        // most supports), capped at 80 % of the residents; comments as 1 / n^0.8.
        `CREATE TEMP TABLE p AS
         WITH base AS (
           SELECT n, n % 20 = 0 AS draft, floor(pg_temp.rnd(n, 10) * ${R})::int AS off,
                  ${T0} - interval '1095 days' * power(pg_temp.rnd(n, 11), 1.3) AS created
           FROM generate_series(1, ${plan.proposals}) AS n),
         norm AS (SELECT sum(1.0 / n) AS s, sum(1.0 / power(n, 0.8)) AS c FROM base WHERE NOT draft)
         SELECT base.n, gen_random_uuid() AS id, base.draft, base.off, base.created,
                CASE WHEN base.draft THEN 0 ELSE least(${Math.floor(R * 0.8)}, round(${plan.supports} / norm.s / base.n))::int END AS k,
                CASE WHEN base.draft THEN 0 ELSE round(${commentsOnProposals} / norm.c / power(base.n, 0.8))::int END AS c,
                CASE WHEN base.draft THEN NULL ELSE least(base.created + interval '1 hour' + interval '47 hours' * pg_temp.rnd(base.n, 12), ${T0}) END AS published
         FROM base, norm`,
        `ALTER TABLE p ADD status text, ADD deadline timestamptz, ADD reached timestamptz, ADD answered timestamptz, ADD progress int`,
        `UPDATE p SET deadline = published + interval '${PROPOSAL_SUPPORT_DAYS} days',
                      status = CASE WHEN draft THEN 'DRAFT'
                                    WHEN k >= ${PROPOSAL_SUPPORT_THRESHOLD} THEN
                                      CASE WHEN pg_temp.rnd(n, 13) < 0.35 THEN 'UNDER_REVIEW' WHEN pg_temp.rnd(n, 13) < 0.55 THEN 'ACCEPTED'
                                           WHEN pg_temp.rnd(n, 13) < 0.70 THEN 'REJECTED' WHEN pg_temp.rnd(n, 13) < 0.85 THEN 'IN_PROGRESS'
                                           ELSE 'COMPLETED' END
                                    WHEN pg_temp.rnd(n, 13) < 0.03 THEN 'WITHDRAWN' ELSE 'PUBLISHED' END`,
        `UPDATE p SET reached = published + (least(deadline, ${T0}) - published) * (0.1 + 0.3 * pg_temp.rnd(n, 14)),
                      progress = CASE status WHEN 'COMPLETED' THEN 100 WHEN 'IN_PROGRESS' THEN 10 + floor(80 * pg_temp.rnd(n, 15))::int ELSE 0 END
         WHERE status NOT IN ('DRAFT', 'PUBLISHED', 'WITHDRAWN')`,
        `UPDATE p SET answered = reached + (${T0} - reached) * 0.3 * pg_temp.rnd(n, 16) WHERE status IN ('ACCEPTED', 'REJECTED', 'IN_PROGRESS', 'COMPLETED')`,
        `CREATE UNIQUE INDEX ON p (n)`,
        `ANALYZE p`,
        `INSERT INTO proposals (id, author_id, title, body, status, category_id, district, location_lat, location_lng, support_count,
                                comment_count, support_threshold, support_deadline, threshold_reached_at, progress, answer_status,
                                answer_body, answer_author_id, answered_at, published_at, created_at, updated_at)
         SELECT p.id, u.id,
                ${pick(PROPOSAL_SUBJECTS, 'pg_temp.rnd(p.n, 17)')} || ' ' || ${pick(PLACES, 'pg_temp.rnd(p.n, 18)')} || ' (n° ' || p.n || ')',
                ${pick(SENTENCES, 'pg_temp.rnd(p.n, 19)')} || E'\\n\\n' || ${pick(SENTENCES, 'pg_temp.rnd(p.n, 20)')} || ' ' ||
                  ${pick(SENTENCES, 'pg_temp.rnd(p.n, 21)')},
                p.status,
                (SELECT id FROM categories ORDER BY name OFFSET floor(pg_temp.rnd(p.n, 22) * ${BENCH_CATEGORIES.length})::int LIMIT 1),
                CASE WHEN pg_temp.rnd(p.n, 23) < 0.8 THEN u.district END,
                CASE WHEN pg_temp.rnd(p.n, 24) < 0.5 THEN 47.46 + 0.25 * pg_temp.rnd(p.n, 25) END,
                CASE WHEN pg_temp.rnd(p.n, 24) < 0.5 THEN 1.16 + 0.38 * pg_temp.rnd(p.n, 26) END,
                p.k, 0,
                CASE WHEN NOT p.draft THEN ${PROPOSAL_SUPPORT_THRESHOLD} END, p.deadline, p.reached, coalesce(p.progress, 0),
                CASE WHEN p.status IN ('IN_PROGRESS', 'COMPLETED') THEN 'ACCEPTED' WHEN p.status IN ('UNDER_REVIEW', 'ACCEPTED', 'REJECTED') THEN p.status END,
                CASE WHEN p.status IN ('ACCEPTED', 'IN_PROGRESS', 'COMPLETED') THEN 'Le conseil municipal a retenu cette proposition.'
                     WHEN p.status = 'REJECTED' THEN 'Le conseil municipal ne peut pas retenir cette proposition cette année.'
                     WHEN p.status = 'UNDER_REVIEW' THEN 'Seuil atteint : la proposition est à l’étude.' END,
                CASE WHEN p.status NOT IN ('DRAFT', 'PUBLISHED', 'WITHDRAWN') THEN (SELECT id FROM u WHERE n = ${councillor('pg_temp.rnd(p.n, 27)')}) END,
                coalesce(p.answered, p.reached),
                p.published, p.created, coalesce(p.answered, p.reached, p.published, p.created)
         FROM p JOIN u ON u.n = 1 + p.off
         ORDER BY p.n`,
        `INSERT INTO proposal_events (proposal_id, kind, from_status, to_status, author_id, created_at)
         SELECT p.id, 'PUBLISHED', 'DRAFT', 'PUBLISHED', u.id, p.published FROM p JOIN u ON u.n = 1 + p.off WHERE NOT p.draft`,
        `INSERT INTO proposal_events (proposal_id, kind, from_status, to_status, author_id, created_at)
         SELECT p.id, 'THRESHOLD_REACHED', NULL, NULL, NULL::uuid, p.reached FROM p WHERE p.reached IS NOT NULL
         UNION ALL
         SELECT p.id, 'UNDER_REVIEW', 'PUBLISHED', 'UNDER_REVIEW', NULL::uuid, p.reached FROM p WHERE p.reached IS NOT NULL`,
        `INSERT INTO proposal_events (proposal_id, kind, from_status, to_status, body, progress, author_id, created_at)
         SELECT p.id, 'ANSWERED', 'UNDER_REVIEW', CASE WHEN p.status = 'REJECTED' THEN 'REJECTED' ELSE 'ACCEPTED' END,
                'Réponse officielle du conseil municipal.', NULL, (SELECT id FROM u WHERE n = ${councillor('pg_temp.rnd(p.n, 27)')}), p.answered
         FROM p WHERE p.answered IS NOT NULL
         UNION ALL
         SELECT p.id, 'PROGRESS_UPDATE', 'ACCEPTED', 'IN_PROGRESS', 'Les travaux ont commencé.', least(p.progress, 50),
                (SELECT id FROM u WHERE n = ${councillor('pg_temp.rnd(p.n, 27)')}), p.answered + (${T0} - p.answered) * 0.4
         FROM p WHERE p.status IN ('IN_PROGRESS', 'COMPLETED')
         UNION ALL
         SELECT p.id, 'COMPLETED', 'IN_PROGRESS', 'COMPLETED', 'Réalisation terminée.', 100,
                (SELECT id FROM u WHERE n = ${councillor('pg_temp.rnd(p.n, 27)')}), p.answered + (${T0} - p.answered) * 0.8
         FROM p WHERE p.status = 'COMPLETED'
         UNION ALL
         SELECT p.id, 'WITHDRAWN', 'PUBLISHED', 'WITHDRAWN', NULL, NULL, u.id, p.published + (${T0} - p.published) * 0.5
         FROM p JOIN u ON u.n = 1 + p.off WHERE p.status = 'WITHDRAWN'`,
      ],
    },
    {
      name: `supports: about ${plan.supports} (Zipf over proposals)`,
      statements: [
        `INSERT INTO proposal_supports (proposal_id, user_id, created_at)
         SELECT p.id, u.id, p.published + (least(p.deadline, coalesce(p.reached, p.deadline), ${T0}) - p.published) * (i::double precision / (p.k + 1))
         FROM p CROSS JOIN LATERAL generate_series(1, p.k) AS i
         JOIN u ON u.n = ${walk('p.off', 'i')}
         WHERE p.k > 0`,
      ],
    },
    {
      name: `forums: ${FORUMS.length} forums, ${plan.forumTopics} topics`,
      statements: [
        `INSERT INTO forums (title, description, position, created_by_id, created_at, updated_at)
         SELECT title, 'Échanges entre habitants : ' || lower(title) || '.', i, (SELECT id FROM u WHERE n = ${firstAdmin}),
                ${T0} - interval '1095 days', ${T0} - interval '1095 days'
         FROM unnest(${textArray(FORUMS)}) WITH ORDINALITY AS x(title, i)`,
        `CREATE TEMP TABLE ft AS
         SELECT n, gen_random_uuid() AS id,
                (SELECT id FROM forums WHERE position = 1 + floor(power(pg_temp.rnd(n, 30), 1.6) * ${FORUMS.length})::int) AS forum_id,
                floor(pg_temp.rnd(n, 31) * ${R})::int AS off,
                ${T0} - interval '1095 days' * power(pg_temp.rnd(n, 32), 1.2) AS created,
                pg_temp.rnd(n, 33) < 0.01 AS hidden
         FROM generate_series(1, ${plan.forumTopics}) AS n`,
        `ALTER TABLE ft ADD c int`,
        `UPDATE ft SET c = round(${commentsOnTopics} / (SELECT sum(1.0 / power(n, 0.7)) FROM ft) / power(n, 0.7))::int`,
        `INSERT INTO forum_topics (id, forum_id, author_id, title, body, pinned, locked, last_activity_at, hidden_at, hidden_reason, created_at, updated_at)
         SELECT ft.id, ft.forum_id, u.id, ${pick(PROPOSAL_SUBJECTS, 'pg_temp.rnd(ft.n, 34)')} || ' : qu’en pensez-vous ? (' || ft.n || ')',
                ${pick(SENTENCES, 'pg_temp.rnd(ft.n, 35)')}, ft.n <= ${FORUMS.length}, pg_temp.rnd(ft.n, 36) < 0.02, ft.created,
                CASE WHEN ft.hidden THEN ft.created + interval '1 day' END, CASE WHEN ft.hidden THEN 'Hors charte.' END, ft.created, ft.created
         FROM ft JOIN u ON u.n = 1 + ft.off`,
      ],
    },
    {
      name: `consultations: ${plan.consultations} with their questions`,
      statements: [
        // Spread over three years; the last ones open in the future (UPCOMING, no response yet).
        `CREATE TEMP TABLE k AS
         SELECT n, gen_random_uuid() AS id, floor(pg_temp.rnd(n, 40) * ${R})::int AS off,
                ${T0} - interval '1080 days' + interval '1110 days' * ((n - 1)::double precision / ${plan.consultations}) AS opens
         FROM generate_series(1, ${plan.consultations}) AS n`,
        `ALTER TABLE k ADD m int, ADD c int`,
        `UPDATE k SET m = 0, c = 0 WHERE opens > ${T0}`,
        `UPDATE k SET m = least(${Math.floor(R * 0.6)}, round(${plan.responses} / (SELECT sum(1 / power(1 + (n * 37) % ${plan.consultations}, 0.6)) FROM k WHERE m IS NULL)
                                                / power(1 + (n * 37) % ${plan.consultations}, 0.6)))::int WHERE m IS NULL`,
        `UPDATE k SET c = round(${commentsOnConsultations}::double precision * m / (SELECT sum(m) FROM k))::int WHERE c IS NULL`,
        `INSERT INTO consultations (id, title, description, opens_at, closes_at, results_visibility, created_by_id, conclusion_body,
                                    conclusion_published_at, conclusion_author_id, created_at, updated_at)
         SELECT k.id, 'Consultation n° ' || k.n || ' : ' || lower(${pick(PROPOSAL_SUBJECTS, 'pg_temp.rnd(k.n, 41)')}),
                'Donnez votre avis avant la décision du conseil municipal.', k.opens, k.opens + interval '45 days',
                CASE WHEN k.n % 2 = 0 THEN 'LIVE' ELSE 'AFTER_CLOSE' END, u.id,
                CASE WHEN k.opens + interval '60 days' < ${T0} AND pg_temp.rnd(k.n, 42) < 0.8 THEN 'Merci de votre participation : le projet sera ajusté.' END,
                CASE WHEN k.opens + interval '60 days' < ${T0} AND pg_temp.rnd(k.n, 42) < 0.8 THEN k.opens + interval '60 days' END,
                CASE WHEN k.opens + interval '60 days' < ${T0} AND pg_temp.rnd(k.n, 42) < 0.8 THEN u.id END,
                k.opens - interval '10 days', k.opens - interval '10 days'
         FROM k JOIN u ON u.n = ${councillor('pg_temp.rnd(k.n, 43)')}`,
        // Five questions each: a required single choice, a multiple choice, a ranking, a scale, a free text.
        `CREATE TEMP TABLE q AS
         SELECT k.n AS kn, k.id AS consultation_id, x.pos::int, x.kind, gen_random_uuid() AS id
         FROM k CROSS JOIN unnest(ARRAY['SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'RANKING', 'SCALE', 'FREE_TEXT']) WITH ORDINALITY AS x(kind, pos)`,
        `INSERT INTO consultation_questions (id, consultation_id, position, kind, prompt, required, max_choices, scale_min_label, scale_max_label, max_length)
         SELECT id, consultation_id, pos, kind,
                CASE kind WHEN 'SINGLE_CHOICE' THEN 'Quelle option préférez-vous ?' WHEN 'MULTIPLE_CHOICE' THEN 'Quels usages vous intéressent ?'
                          WHEN 'RANKING' THEN 'Classez ces priorités.' WHEN 'SCALE' THEN 'Êtes-vous satisfait du projet ?'
                          ELSE 'Une remarque ?' END,
                kind = 'SINGLE_CHOICE', CASE WHEN kind = 'MULTIPLE_CHOICE' THEN 3 END,
                CASE WHEN kind = 'SCALE' THEN 'Pas du tout' END, CASE WHEN kind = 'SCALE' THEN 'Tout à fait' END,
                CASE WHEN kind = 'FREE_TEXT' THEN 2000 END
         FROM q`,
        `CREATE TEMP TABLE o AS
         SELECT q.id AS question_id, q.kind, o.pos::int, gen_random_uuid() AS id
         FROM q CROSS JOIN LATERAL generate_series(1, CASE q.kind WHEN 'MULTIPLE_CHOICE' THEN 5 ELSE 4 END) AS o(pos)
         WHERE q.kind IN ('SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'RANKING')`,
        `INSERT INTO consultation_options (id, question_id, position, label) SELECT id, question_id, pos, 'Option ' || pos FROM o`,
      ],
    },
    {
      name: `comments: about ${C} (replies two levels deep) on proposals, forum topics, consultations`,
      statements: [
        // One row per comment: its target, its place j in the target's thread (j % 5 = 3 answers the
        // thread root j - 3, j % 5 = 4 answers that reply), author walk offset, planned votes.
        `CREATE TEMP TABLE cm AS
         SELECT tt, tid, key, j, CASE j % 5 WHEN 3 THEN j - 3 WHEN 4 THEN j - 1 END AS pj,
                floor(${R} * power(pg_temp.rnd(key, 50), 2))::int AS off, up,
                least(${R - 2} - up, floor(-ln(1 - pg_temp.rnd(key, 52)) * ${(0.558 * plan.votesPerComment).toFixed(3)}))::int AS down,
                created, gen_random_uuid() AS id
         FROM (
           SELECT t.*, least(${R - 2}, floor(-ln(1 - pg_temp.rnd(t.key, 51)) * ${(1.233 * plan.votesPerComment).toFixed(3)}))::int AS up
           FROM (
             SELECT 'PROPOSAL' AS tt, p.id AS tid, p.n::bigint * 1000000 + j AS key, j,
                    p.published + (${T0} - p.published) * ((j + 1)::double precision / (p.c + 1)) AS created
             FROM p CROSS JOIN LATERAL generate_series(0, p.c - 1) AS j WHERE p.c > 0
             UNION ALL
             SELECT 'FORUM_TOPIC', ft.id, (100000000 + ft.n)::bigint * 1000000 + j, j,
                    ft.created + (${T0} - ft.created) * ((j + 1)::double precision / (ft.c + 1))
             FROM ft CROSS JOIN LATERAL generate_series(0, ft.c - 1) AS j WHERE ft.c > 0 AND NOT ft.hidden
             UNION ALL
             SELECT 'CONSULTATION', k.id, (200000000 + k.n)::bigint * 1000000 + j, j,
                    k.opens + (least(k.opens + interval '45 days', ${T0}) - k.opens) * ((j + 1)::double precision / (k.c + 1))
             FROM k CROSS JOIN LATERAL generate_series(0, k.c - 1) AS j WHERE k.c > 0) t) v`,
        `ANALYZE cm`,
        // The parent is in the same statement: the foreign key is checked at its end.
        `INSERT INTO comments (id, target_type, target_id, parent_id, author_id, body, score, created_at, edited_at, deleted_at, hidden_at, hidden_reason)
         SELECT cm.id, cm.tt, cm.tid, par.id, u.id,
                CASE WHEN pg_temp.rnd(cm.key, 53) < 0.01 THEN '' ELSE ${pick(SENTENCES, 'pg_temp.rnd(cm.key, 54)')} || ' ' || ${pick(SENTENCES, 'pg_temp.rnd(cm.key, 55)')} END,
                cm.up - cm.down, cm.created,
                CASE WHEN pg_temp.rnd(cm.key, 56) < 0.05 THEN cm.created + interval '5 minutes' END,
                CASE WHEN pg_temp.rnd(cm.key, 53) < 0.01 THEN cm.created + (${T0} - cm.created) * 0.5 END,
                CASE WHEN pg_temp.rnd(cm.key, 53) BETWEEN 0.01 AND 0.012 THEN cm.created + (${T0} - cm.created) * 0.5 END,
                CASE WHEN pg_temp.rnd(cm.key, 53) BETWEEN 0.01 AND 0.012 THEN 'Propos contraires à la charte.' END
         FROM cm JOIN u ON u.n = 1 + cm.off
         LEFT JOIN cm par ON par.tid = cm.tid AND par.j = cm.pj`,
      ],
    },
    {
      name: `comment votes: about ${Math.round(C * plan.votesPerComment)}`,
      statements: [
        `INSERT INTO comment_votes (comment_id, user_id, value, created_at, updated_at)
         SELECT cm.id, u.id, CASE WHEN i <= cm.up THEN 1 ELSE -1 END,
                cm.created + (${T0} - cm.created) * (i::double precision / (cm.up + cm.down + 1)) * 0.5,
                cm.created + (${T0} - cm.created) * (i::double precision / (cm.up + cm.down + 1)) * 0.5
         FROM cm CROSS JOIN LATERAL generate_series(1, cm.up + cm.down) AS i
         JOIN u ON u.n = ${walk('cm.off', 'i')}
         WHERE cm.up + cm.down > 0`,
      ],
    },
    {
      name: `consultation responses: about ${plan.responses}, with their answers`,
      statements: [
        `CREATE TEMP TABLE resp AS
         SELECT k.n AS kn, k.id AS consultation_id, i, (k.n::bigint * 10000000 + i) AS key, gen_random_uuid() AS id, u.id AS user_id,
                k.opens + (least(k.opens + interval '45 days', ${T0}) - k.opens) * (i::double precision / (k.m + 1)) AS created
         FROM k CROSS JOIN LATERAL generate_series(1, k.m) AS i
         JOIN u ON u.n = ${walk('k.off', 'i')}
         WHERE k.m > 0`,
        `INSERT INTO consultation_responses (id, consultation_id, user_id, created_at) SELECT id, consultation_id, user_id, created FROM resp`,
        // Question 1 always, 2 by 80 %, 3 by 60 %, 4 by 90 %, 5 by 25 % of the respondents.
        `CREATE TEMP TABLE ans AS
         SELECT resp.id AS response_id, resp.key, q.id AS question_id, q.kind
         FROM resp JOIN q ON q.kn = resp.kn
         WHERE pg_temp.rnd(resp.key, 60 + q.pos) < CASE q.pos WHEN 1 THEN 1 WHEN 2 THEN 0.8 WHEN 3 THEN 0.6 WHEN 4 THEN 0.9 ELSE 0.25 END`,
        `INSERT INTO consultation_answers (response_id, question_id, scale, text)
         SELECT response_id, question_id,
                CASE WHEN kind = 'SCALE' THEN 5 - floor(5 * power(pg_temp.rnd(key, 70), 1.5))::int END,
                CASE WHEN kind = 'FREE_TEXT' THEN ${pick(SENTENCES, 'pg_temp.rnd(key, 71)')} END
         FROM ans`,
        // Single choice: one option, the first ones preferred; multiple: 1 to 3 of 5; ranking: all 4.
        `INSERT INTO consultation_answer_choices (response_id, option_id, question_id, rank)
         SELECT ans.response_id, o.id, ans.question_id, NULL
         FROM ans JOIN o ON o.question_id = ans.question_id AND o.pos = 1 + floor(4 * power(pg_temp.rnd(ans.key, 72), 1.4))::int
         WHERE ans.kind = 'SINGLE_CHOICE'
         UNION ALL
         SELECT response_id, option_id, question_id, CASE WHEN kind = 'RANKING' THEN r::smallint END
         FROM (SELECT ans.response_id, ans.kind, o.id AS option_id, ans.question_id, ans.key,
                      row_number() OVER (PARTITION BY ans.response_id, ans.question_id ORDER BY pg_temp.rnd(ans.key, 80 + o.pos) * o.pos) AS r
               FROM ans JOIN o ON o.question_id = ans.question_id
               WHERE ans.kind IN ('MULTIPLE_CHOICE', 'RANKING')) x
         WHERE kind = 'RANKING' OR r <= 1 + floor(3 * pg_temp.rnd(key, 73))`,
      ],
    },
    {
      name: `service requests: ${plan.requests} (most in a few services and districts)`,
      statements: [
        `CREATE TEMP TABLE sr AS
         SELECT n, gen_random_uuid() AS id, s.id AS service_id, s.department_id, s.department_i, s.kind, s.target_days,
                1 + floor(${R} * power(pg_temp.rnd(n, 91), 1.5))::int AS requester,
                ${T0} - interval '1095 days' * power(pg_temp.rnd(n, 92), 1.25) AS created,
                (SELECT name FROM d WHERE pg_temp.rnd(n, 93) >= d.lo AND pg_temp.rnd(n, 93) < d.hi) AS district,
                pg_temp.rnd(n, 94) AS x
         FROM generate_series(1, ${plan.requests}) AS n
         JOIN svc s ON pg_temp.rnd(n, 90) >= s.lo AND pg_temp.rnd(n, 90) < s.hi`,
        // The path: S submitted, A acknowledged, P in progress, W waiting for the resident, R resolved,
        // J rejected, CR closed after a resolution, CJ closed after a rejection. Recent requests are
        // mostly open, older ones mostly settled (a backlog of about 6 % stays open).
        `ALTER TABLE sr ADD path text, ADD span interval, ADD assignee int, ADD rated int, ADD note boolean, ADD pub boolean, ADD year int, ADD num int`,
        `UPDATE sr SET path = CASE WHEN created > ${T0} - interval '30 days' THEN
                                 CASE WHEN x < 0.25 THEN 'S' WHEN x < 0.45 THEN 'A' WHEN x < 0.75 THEN 'P' WHEN x < 0.80 THEN 'W' WHEN x < 0.95 THEN 'R' ELSE 'J' END
                               ELSE
                                 CASE WHEN x < 0.01 THEN 'S' WHEN x < 0.02 THEN 'A' WHEN x < 0.05 THEN 'P' WHEN x < 0.06 THEN 'W' WHEN x < 0.66 THEN 'R'
                                      WHEN x < 0.71 THEN 'J' WHEN x < 0.96 THEN 'CR' ELSE 'CJ' END END,
                       span = least(interval '1 day' * target_days * (0.3 + 1.2 * pg_temp.rnd(n, 95)), (${T0} - created) * 0.5),
                       assignee = ${firstAgent} + (department_i - 1) * ${AGENTS_PER_DEPARTMENT} + floor(pg_temp.rnd(n, 96) * ${AGENTS_PER_DEPARTMENT})::int,
                       note = pg_temp.rnd(n, 97) < 0.5, pub = pg_temp.rnd(n, 98) < 0.5,
                       year = extract(year FROM created AT TIME ZONE 'Europe/Paris')::int`,
        `UPDATE sr SET rated = 5 - floor(5 * power(pg_temp.rnd(n, 99), 2))::int WHERE path IN ('R', 'CR') AND pg_temp.rnd(n, 100) < 0.35`,
        // Reference numbers: per year, in filing order, gap-free.
        `UPDATE sr SET num = x.num FROM (SELECT n, row_number() OVER (PARTITION BY year ORDER BY created, n) AS num FROM sr) x WHERE x.n = sr.n`,
        `CREATE UNIQUE INDEX ON sr (n)`,
        `ANALYZE sr`,
        `INSERT INTO service_requests (id, reference, service_id, department_id, is_public, requester_id, status, priority, description, lat, lng,
                                       address, district, field_values, fields_version, assignee_id, resolution, expected_at, paused_at,
                                       acknowledged_at, resolved_at, closed_at, rating, rating_comment, rated_at, created_at, updated_at)
         SELECT sr.id, 'PAR-' || sr.year || '-' || lpad(sr.num::text, 6, '0'), sr.service_id, sr.department_id, sr.kind = 'REPORT', u.id,
                CASE sr.path WHEN 'S' THEN 'SUBMITTED' WHEN 'A' THEN 'ACKNOWLEDGED' WHEN 'P' THEN 'IN_PROGRESS' WHEN 'W' THEN 'WAITING_FOR_RESIDENT'
                             WHEN 'R' THEN 'RESOLVED' WHEN 'J' THEN 'REJECTED' ELSE 'CLOSED' END,
                CASE WHEN pg_temp.rnd(sr.n, 110) < 0.05 THEN 'LOW' WHEN pg_temp.rnd(sr.n, 110) < 0.85 THEN 'NORMAL' WHEN pg_temp.rnd(sr.n, 110) < 0.97 THEN 'HIGH' ELSE 'URGENT' END,
                ${pick(REQUEST_TEXTS, 'pg_temp.rnd(sr.n, 101)')},
                CASE WHEN sr.kind = 'REPORT' THEN d.south + (d.north - d.south) * (0.05 + 0.9 * pg_temp.rnd(sr.n, 102)) END,
                CASE WHEN sr.kind = 'REPORT' THEN d.west + (d.east - d.west) * (0.05 + 0.9 * pg_temp.rnd(sr.n, 103)) END,
                CASE WHEN sr.kind = 'REPORT' THEN (1 + floor(pg_temp.rnd(sr.n, 104) * 120))::int || ' ' || ${pick(PLACES, 'pg_temp.rnd(sr.n, 105)')} END,
                CASE WHEN sr.kind = 'REPORT' THEN sr.district ELSE u.district END,
                '{}', 1,
                CASE WHEN sr.path <> 'S' THEN a.id END,
                CASE WHEN sr.path IN ('R', 'CR') THEN ${pick(RESOLUTIONS, 'pg_temp.rnd(sr.n, 106)')}
                     WHEN sr.path IN ('J', 'CJ') THEN ${pick(REJECTIONS, 'pg_temp.rnd(sr.n, 107)')} END,
                sr.created + interval '1 day' * sr.target_days,
                CASE WHEN sr.path = 'W' THEN sr.created + sr.span * 0.7 END,
                CASE WHEN sr.path <> 'S' THEN sr.created + sr.span * 0.1 END,
                CASE WHEN sr.path IN ('R', 'CR') THEN sr.created + sr.span END,
                CASE WHEN sr.path IN ('CR', 'CJ') THEN sr.created + sr.span * 1.3 END,
                sr.rated, CASE WHEN sr.rated IS NOT NULL AND sr.rated >= 4 THEN 'Merci, rapide et efficace.' END,
                CASE WHEN sr.rated IS NOT NULL THEN sr.created + sr.span * 1.05 END,
                sr.created,
                sr.created + sr.span * CASE sr.path WHEN 'S' THEN 0 WHEN 'A' THEN 0.12 WHEN 'P' THEN 0.6 WHEN 'W' THEN 0.7 WHEN 'J' THEN 0.15
                                                    WHEN 'CR' THEN 1.3 WHEN 'CJ' THEN 1.3 ELSE 1.05 END
         FROM sr JOIN u ON u.n = sr.requester JOIN u a ON a.n = sr.assignee JOIN d ON d.name = sr.district`,
        `INSERT INTO service_request_counters (year, last_value) SELECT year, max(num) FROM sr GROUP BY year`,
      ],
    },
    {
      name: `service request events: about ${plan.requests * plan.eventsPerRequest} (timelines by status)`,
      statements: [
        // One INSERT per step of the timeline, in timeline order, so `seq` follows it in each request.
        `INSERT INTO service_request_events (request_id, kind, to_status, author_id, by_requester, created_at)
         SELECT sr.id, 'CREATED', 'SUBMITTED', u.id, true, sr.created FROM sr JOIN u ON u.n = sr.requester`,
        `INSERT INTO service_request_events (request_id, kind, from_status, to_status, author_id, created_at)
         SELECT sr.id, 'STATUS_CHANGED', 'SUBMITTED', 'ACKNOWLEDGED', a.id, sr.created + sr.span * 0.1
         FROM sr JOIN u a ON a.n = sr.assignee WHERE sr.path <> 'S'`,
        `INSERT INTO service_request_events (request_id, kind, author_id, payload, created_at)
         SELECT sr.id, 'ASSIGNED', a.id, jsonb_build_object('assigneeId', a.id, 'previousAssigneeId', NULL), sr.created + sr.span * 0.12
         FROM sr JOIN u a ON a.n = sr.assignee WHERE sr.path NOT IN ('S', 'J', 'CJ')`,
        `INSERT INTO service_request_events (request_id, kind, from_status, to_status, body, author_id, created_at)
         SELECT sr.id, 'STATUS_CHANGED', 'ACKNOWLEDGED', 'REJECTED', ${pick(REJECTIONS, 'pg_temp.rnd(sr.n, 107)')}, a.id, sr.created + sr.span * 0.15
         FROM sr JOIN u a ON a.n = sr.assignee WHERE sr.path IN ('J', 'CJ')`,
        `INSERT INTO service_request_events (request_id, kind, from_status, to_status, author_id, created_at)
         SELECT sr.id, 'STATUS_CHANGED', 'ACKNOWLEDGED', 'IN_PROGRESS', a.id, sr.created + sr.span * 0.3
         FROM sr JOIN u a ON a.n = sr.assignee WHERE sr.path IN ('P', 'W', 'R', 'CR')`,
        `INSERT INTO service_request_events (request_id, kind, body, author_id, created_at)
         SELECT sr.id, 'INTERNAL_NOTE', ${pick(AGENT_NOTES, 'pg_temp.rnd(sr.n, 108)')}, a.id, sr.created + sr.span * 0.45
         FROM sr JOIN u a ON a.n = sr.assignee WHERE sr.path IN ('P', 'W', 'R', 'CR') AND sr.note`,
        `INSERT INTO service_request_events (request_id, kind, body, author_id, created_at)
         SELECT sr.id, 'PUBLIC_UPDATE', ${pick(PUBLIC_UPDATES, 'pg_temp.rnd(sr.n, 109)')}, a.id, sr.created + sr.span * 0.6
         FROM sr JOIN u a ON a.n = sr.assignee WHERE sr.path IN ('P', 'R', 'CR') AND sr.pub`,
        `INSERT INTO service_request_events (request_id, kind, from_status, to_status, body, author_id, created_at)
         SELECT sr.id, 'STATUS_CHANGED', 'IN_PROGRESS', 'WAITING_FOR_RESIDENT', 'Pouvez-vous préciser l’adresse exacte ?', a.id, sr.created + sr.span * 0.7
         FROM sr JOIN u a ON a.n = sr.assignee WHERE sr.path = 'W'`,
        `INSERT INTO service_request_events (request_id, kind, from_status, to_status, body, author_id, created_at)
         SELECT sr.id, 'STATUS_CHANGED', 'IN_PROGRESS', 'RESOLVED', ${pick(RESOLUTIONS, 'pg_temp.rnd(sr.n, 106)')}, a.id, sr.created + sr.span
         FROM sr JOIN u a ON a.n = sr.assignee WHERE sr.path IN ('R', 'CR')`,
        `INSERT INTO service_request_events (request_id, kind, body, author_id, by_requester, payload, created_at)
         SELECT sr.id, 'RATED', CASE WHEN sr.rated >= 4 THEN 'Merci, rapide et efficace.' END, u.id, true, jsonb_build_object('rating', sr.rated),
                sr.created + sr.span * 1.05
         FROM sr JOIN u ON u.n = sr.requester WHERE sr.rated IS NOT NULL`,
        `INSERT INTO service_request_events (request_id, kind, from_status, to_status, author_id, created_at)
         SELECT sr.id, 'STATUS_CHANGED', CASE sr.path WHEN 'CR' THEN 'RESOLVED' ELSE 'REJECTED' END, 'CLOSED', a.id, sr.created + sr.span * 1.3
         FROM sr JOIN u a ON a.n = sr.assignee WHERE sr.path IN ('CR', 'CJ')`,
      ],
    },
    {
      name: 'follows: authors, most supporters, requesters',
      statements: [
        // Authors follow their proposals and topics from the start, supporters from their support
        // (10 % have unfollowed since), requesters their requests.
        `INSERT INTO follows (user_id, target_type, target_id, created_at)
         SELECT u.id, 'PROPOSAL', p.id, p.created FROM p JOIN u ON u.n = 1 + p.off
         UNION ALL
         SELECT u.id, 'FORUM_TOPIC', ft.id, ft.created FROM ft JOIN u ON u.n = 1 + ft.off`,
        `INSERT INTO follows (user_id, target_type, target_id, created_at)
         SELECT s.user_id, 'PROPOSAL', s.proposal_id, s.created_at FROM proposal_supports s
         WHERE pg_temp.rnd(hashtext(s.user_id::text)::bigint, hashtext(s.proposal_id::text)) < 0.9`,
        `INSERT INTO follows (user_id, target_type, target_id, created_at)
         SELECT u.id, 'SERVICE_REQUEST', sr.id, sr.created FROM sr JOIN u ON u.n = sr.requester`,
      ],
    },
    {
      name: 'notifications: status changes to requesters, recent comments to proposal authors',
      statements: [
        // The latest status change of each request, to its requester (read unless recent).
        `INSERT INTO notifications (effect_id, recipient_id, kind, target_type, target_id, actor_id, payload, read_at, created_at)
         SELECT gen_random_uuid(), r.requester_id, 'SERVICE_REQUEST_STATUS_CHANGED', 'SERVICE_REQUEST', r.id, e.author_id,
                jsonb_build_object('reference', r.reference, 'fromStatus', e.from_status, 'toStatus', e.to_status, 'message', e.body),
                CASE WHEN e.created_at < ${T0} - interval '7 days' THEN e.created_at + interval '1 day' END, e.created_at
         FROM service_requests r
         JOIN (SELECT DISTINCT ON (request_id) * FROM service_request_events WHERE kind = 'STATUS_CHANGED' ORDER BY request_id, seq DESC) e
           ON e.request_id = r.id`,
        `INSERT INTO notifications (effect_id, recipient_id, kind, target_type, target_id, actor_id, payload, read_at, created_at)
         SELECT gen_random_uuid(), pr.author_id, 'PROPOSAL_COMMENTED', 'PROPOSAL', pr.id, c.author_id,
                jsonb_build_object('title', pr.title, 'commentId', c.id, 'parentId', c.parent_id),
                CASE WHEN c.created_at < ${T0} - interval '7 days' THEN c.created_at + interval '1 day' END, c.created_at
         FROM comments c JOIN proposals pr ON pr.id = c.target_id
         WHERE c.target_type = 'PROPOSAL' AND c.created_at > ${T0} - interval '60 days' AND c.author_id <> pr.author_id`,
      ],
    },
    {
      name: 'moderation: hidden comments and their flags, a queue of open flags',
      statements: [
        `INSERT INTO moderation_items (target_type, target_id, open_flag_count, first_open_flag_at, last_flagged_at, hidden_ground, created_at)
         SELECT 'COMMENT', c.id, 0, NULL, c.hidden_at - interval '1 hour', 'ABUSE', c.hidden_at - interval '2 hours'
         FROM comments c WHERE c.hidden_at IS NOT NULL`,
        // About one comment in 2,000 has open flags waiting for a moderator.
        `INSERT INTO moderation_items (target_type, target_id, open_flag_count, first_open_flag_at, last_flagged_at, created_at)
         SELECT 'COMMENT', cm.id, 0, NULL, NULL, cm.created + (${T0} - cm.created) * 0.5
         FROM cm WHERE pg_temp.rnd(cm.key, 53) BETWEEN 0.02 AND 0.0205`,
        // Flags: three per item, by residents walked from the item's comment; resolved HIDDEN on hidden ones.
        `INSERT INTO flags (item_id, flagger_id, reason, note, created_at, resolved_at, resolution)
         SELECT mi.id, u.id, CASE WHEN i = 1 THEN 'ABUSE' WHEN i = 2 THEN 'SPAM' ELSE 'OTHER' END,
                CASE WHEN i = 1 THEN 'Propos insultants.' END,
                mi.created_at + interval '10 minutes' * i,
                CASE WHEN c.hidden_at IS NOT NULL THEN c.hidden_at END, CASE WHEN c.hidden_at IS NOT NULL THEN 'HIDDEN' END
         FROM moderation_items mi JOIN comments c ON c.id = mi.target_id JOIN cm ON cm.id = c.id
         CROSS JOIN generate_series(1, 3) AS i
         JOIN u ON u.n = ${walk('cm.off', `${R} - 1 - i`)}`,
        `INSERT INTO moderation_log (actor_id, action, target_type, target_id, subject_user_id, reason, ground, details, created_at)
         SELECT (SELECT id FROM u WHERE n = ${moderator('pg_temp.rnd(hashtext(c.id::text)::bigint, 5)')}), 'HIDE', 'COMMENT', c.id, c.author_id,
                c.hidden_reason, 'ABUSE', '{}', c.hidden_at
         FROM comments c WHERE c.hidden_at IS NOT NULL`,
      ],
    },
  ];
}
