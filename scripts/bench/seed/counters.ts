/**
 * Every denormalised counter the entities hold, with the SQL that computes it from its source rows,
 * in dependency order (a counter computed from another comes after it).
 * The seed sets each one from its rows (`UPDATE … FROM (SELECT … GROUP BY)`, touching only rows that
 * differ), then checks them all again; the check lists every counter that still differs.
 */

export interface Counter {
  /** `table.column`, as reported. */
  name: string;
  table: string;
  column: string;
  /** One row per row of `table`: `key` (its id) and `v` (the value its source rows give). */
  source: string;
  /** The key column of `table` (default `id`). */
  key?: string;
  /**
   * Columns a CHECK ties to this one, set in the same UPDATE from `x` (the source row): `SET` and
   * `differs` clauses. A counter whose value is set by another's `also` is only checked (`checkOnly`).
   */
  also?: { set: string; differs: string };
  checkOnly?: boolean;
}

const count = (from: string, by: string, where = 'true') =>
  `SELECT ${by} AS k, count(*)::int AS n FROM ${from} WHERE ${where} GROUP BY ${by}`;

export const COUNTERS: Counter[] = [
  {
    name: 'proposals.support_count',
    table: 'proposals',
    column: 'support_count',
    source: `SELECT t.id AS key, coalesce(s.n, 0) AS v FROM proposals t LEFT JOIN (${count('proposal_supports', 'proposal_id')}) s ON s.k = t.id`,
  },
  {
    name: 'proposals.comment_count',
    table: 'proposals',
    column: 'comment_count',
    source: `SELECT t.id AS key, coalesce(s.n, 0) AS v FROM proposals t
             LEFT JOIN (${count('comments', 'target_id', `target_type = 'PROPOSAL' AND deleted_at IS NULL`)}) s ON s.k = t.id`,
  },
  {
    name: 'comments.score',
    table: 'comments',
    column: 'score',
    source: `SELECT t.id AS key, coalesce(s.n, 0) AS v FROM comments t
             LEFT JOIN (SELECT comment_id AS k, sum(value)::int AS n FROM comment_votes GROUP BY comment_id) s ON s.k = t.id`,
  },
  {
    name: 'forum_topics.comment_count',
    table: 'forum_topics',
    column: 'comment_count',
    source: `SELECT t.id AS key, coalesce(s.n, 0) AS v FROM forum_topics t
             LEFT JOIN (${count('comments', 'target_id', `target_type = 'FORUM_TOPIC' AND deleted_at IS NULL`)}) s ON s.k = t.id`,
  },
  {
    name: 'forum_topics.last_activity_at',
    table: 'forum_topics',
    column: 'last_activity_at',
    source: `SELECT t.id AS key, greatest(t.created_at, s.last) AS v FROM forum_topics t
             LEFT JOIN (SELECT target_id AS k, max(created_at) AS last FROM comments WHERE target_type = 'FORUM_TOPIC' GROUP BY target_id) s ON s.k = t.id`,
  },
  {
    name: 'forums.topic_count',
    table: 'forums',
    column: 'topic_count',
    source: `SELECT t.id AS key, coalesce(s.n, 0) AS v FROM forums t LEFT JOIN (${count('forum_topics', 'forum_id', 'hidden_at IS NULL')}) s ON s.k = t.id`,
  },
  {
    name: 'consultations.response_count',
    table: 'consultations',
    column: 'response_count',
    source: `SELECT t.id AS key, coalesce(s.n, 0) AS v FROM consultations t LEFT JOIN (${count('consultation_responses', 'consultation_id')}) s ON s.k = t.id`,
  },
  {
    name: 'consultations.comment_count',
    table: 'consultations',
    column: 'comment_count',
    source: `SELECT t.id AS key, coalesce(s.n, 0) AS v FROM consultations t
             LEFT JOIN (${count('comments', 'target_id', `target_type = 'CONSULTATION' AND deleted_at IS NULL`)}) s ON s.k = t.id`,
  },
  {
    name: 'consultation_questions.answer_count',
    table: 'consultation_questions',
    column: 'answer_count',
    source: `SELECT t.id AS key, coalesce(s.n, 0) AS v FROM consultation_questions t LEFT JOIN (${count('consultation_answers', 'question_id')}) s ON s.k = t.id`,
  },
  {
    name: 'consultation_questions.scale_sum',
    table: 'consultation_questions',
    column: 'scale_sum',
    source: `SELECT t.id AS key, coalesce(s.n, 0)::bigint AS v FROM consultation_questions t
             LEFT JOIN (SELECT question_id AS k, sum(scale) AS n FROM consultation_answers WHERE scale IS NOT NULL GROUP BY question_id) s ON s.k = t.id`,
  },
  {
    name: 'consultation_questions.scale_counts',
    table: 'consultation_questions',
    column: 'scale_counts',
    source: `SELECT t.id AS key, ARRAY[coalesce(s.c1, 0), coalesce(s.c2, 0), coalesce(s.c3, 0), coalesce(s.c4, 0), coalesce(s.c5, 0)]::int[] AS v
             FROM consultation_questions t
             LEFT JOIN (SELECT question_id AS k, count(*) FILTER (WHERE scale = 1)::int AS c1, count(*) FILTER (WHERE scale = 2)::int AS c2,
                               count(*) FILTER (WHERE scale = 3)::int AS c3, count(*) FILTER (WHERE scale = 4)::int AS c4,
                               count(*) FILTER (WHERE scale = 5)::int AS c5
                        FROM consultation_answers WHERE scale IS NOT NULL GROUP BY question_id) s ON s.k = t.id`,
  },
  {
    name: 'consultation_options.answer_count',
    table: 'consultation_options',
    column: 'answer_count',
    source: `SELECT t.id AS key, coalesce(s.n, 0) AS v FROM consultation_options t LEFT JOIN (${count('consultation_answer_choices', 'option_id')}) s ON s.k = t.id`,
  },
  {
    name: 'consultation_options.rank_sum',
    table: 'consultation_options',
    column: 'rank_sum',
    source: `SELECT t.id AS key, coalesce(s.n, 0)::bigint AS v FROM consultation_options t
             LEFT JOIN (SELECT option_id AS k, sum(rank) AS n FROM consultation_answer_choices WHERE rank IS NOT NULL GROUP BY option_id) s ON s.k = t.id`,
  },
  {
    name: 'moderation_items.open_flag_count',
    table: 'moderation_items',
    column: 'open_flag_count',
    // Set with first_open_flag_at: ck_moderation_items_open_flag_count ties them (0 exactly when NULL).
    source: `SELECT t.id AS key, coalesce(s.n, 0) AS v, s.first FROM moderation_items t
             LEFT JOIN (SELECT item_id AS k, count(*)::int AS n, min(created_at) AS first FROM flags WHERE resolved_at IS NULL GROUP BY item_id) s
               ON s.k = t.id`,
    also: { set: 'first_open_flag_at = x.first', differs: 't.first_open_flag_at IS DISTINCT FROM x.first' },
  },
  {
    name: 'moderation_items.first_open_flag_at',
    table: 'moderation_items',
    column: 'first_open_flag_at',
    checkOnly: true,
    source: `SELECT t.id AS key, s.first AS v FROM moderation_items t
             LEFT JOIN (SELECT item_id AS k, min(created_at) AS first FROM flags WHERE resolved_at IS NULL GROUP BY item_id) s ON s.k = t.id`,
  },
  {
    name: 'moderation_items.last_flagged_at',
    table: 'moderation_items',
    column: 'last_flagged_at',
    source: `SELECT t.id AS key, s.last AS v FROM moderation_items t
             LEFT JOIN (SELECT item_id AS k, max(created_at) AS last FROM flags GROUP BY item_id) s ON s.k = t.id`,
  },
  {
    name: 'budget_ballots.choice_count',
    table: 'budget_ballots',
    column: 'choice_count',
    source: `SELECT t.id AS key, coalesce(s.n, 0) AS v FROM budget_ballots t LEFT JOIN (${count('budget_ballot_choices', 'ballot_id')}) s ON s.k = t.id`,
  },
  // After budget_ballots.choice_count, which it counts from.
  {
    name: 'budgets.voter_count',
    table: 'budgets',
    column: 'voter_count',
    source: `SELECT t.id AS key, coalesce(s.n, 0) AS v FROM budgets t LEFT JOIN (${count('budget_ballots', 'budget_id', 'choice_count > 0')}) s ON s.k = t.id`,
  },
  {
    name: 'budget_projects.vote_count',
    table: 'budget_projects',
    column: 'vote_count',
    source: `SELECT t.id AS key, coalesce(s.n, 0) AS v FROM budget_projects t LEFT JOIN (${count('budget_ballot_choices', 'project_id')}) s ON s.k = t.id`,
  },
  ...(['budgets', 'budget_projects', 'budget_project_updates'] as const).map((table) => ({
    name: `${table}.comment_count`,
    table,
    column: 'comment_count',
    source: `SELECT t.id AS key, coalesce(s.n, 0) AS v FROM ${table} t
             LEFT JOIN (${count('comments', 'target_id', `target_type = '${{ budgets: 'BUDGET', budget_projects: 'BUDGET_PROJECT', budget_project_updates: 'BUDGET_PROJECT_UPDATE' }[table]}' AND deleted_at IS NULL`)}) s ON s.k = t.id`,
  })),
];

/** Sets the counter from its rows, touching only the rows that differ. */
export function reconcileSql(c: Counter): string {
  const key = c.key ?? 'id';
  const set = c.also ? `, ${c.also.set}` : '';
  const differs = c.also ? ` OR ${c.also.differs}` : '';
  return `UPDATE ${c.table} t SET ${c.column} = x.v${set} FROM (${c.source}) x
          WHERE t.${key} = x.key AND (t.${c.column} IS DISTINCT FROM x.v${differs})`;
}

/** How many rows of the counter differ from their rows, and one of them. */
export function checkSql(c: Counter): string {
  const key = c.key ?? 'id';
  return `SELECT count(*)::int AS n, min(t.${key}::text) AS example FROM ${c.table} t JOIN (${c.source}) x ON x.key = t.${key}
          WHERE t.${c.column} IS DISTINCT FROM x.v`;
}

/**
 * Counters that are not one column per row: the per-year reference counters (the last number given
 * each year, gap-free: it equals the year's count), and the references themselves. Each query
 * returns the offending rows as `problem` texts.
 */
export const OTHER_CHECKS: { name: string; sql: string }[] = [
  {
    name: 'service_request_counters.last_value',
    sql: `WITH refs AS (SELECT split_part(reference, '-', 2)::int AS year, max(split_part(reference, '-', 3)::int) AS last, count(*)::int AS n
                        FROM service_requests GROUP BY 1)
          SELECT format('year %s: counter %s, last reference %s, references %s', coalesce(r.year, c.year), c.last_value, r.last, r.n) AS problem
          FROM refs r FULL JOIN service_request_counters c ON c.year = r.year
          WHERE c.last_value IS DISTINCT FROM r.last OR r.last IS DISTINCT FROM r.n`,
  },
];
