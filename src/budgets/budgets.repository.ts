import { Injectable } from '@nestjs/common';
import type { Pool, PoolClient } from 'pg';
import QueryStream from 'pg-query-stream';
import { DataSource } from 'typeorm';
import { sqlRows, timestampKeySql, Tx } from '../database/transaction';
import type { VotingStyle } from './budget.policy';

/** Whose hidden editions a list shows: all (moderators), one user's own (a user id), or none (null). */
export type HiddenShownTo = 'ALL' | string | null;

export interface BudgetRow {
  id: string;
  title: string;
  description: string;
  rules: string;
  totalAmount: number;
  votingStyle: VotingStyle;
  maxChoices: number | null;
  minProjects: number | null;
  submissionStartsAt: Date;
  reviewStartsAt: Date;
  votingStartsAt: Date;
  resultsStartsAt: Date;
  worksStartsAt: Date;
  closesAt: Date;
  voterCount: number;
  commentCount: number;
  createdById: string;
  hiddenAt: Date | null;
  hiddenReason: string | null;
  createdAt: Date;
  /** submission_starts_at with microseconds: the list's keyset value. */
  listKey: string;
}

export interface EnvelopeRow {
  id: string;
  budgetId: string;
  name: string;
  district: string | null;
  amount: number;
  position: number;
}

export type ProjectReview = 'SUBMITTED' | 'FEASIBLE' | 'NOT_FEASIBLE' | 'MERGED';

export interface ProjectRow {
  id: string;
  budgetId: string;
  envelopeId: string;
  authorId: string;
  proposalId: string | null;
  title: string;
  description: string;
  locationLat: number | null;
  locationLng: number | null;
  address: string | null;
  estimatedCost: number;
  cost: number | null;
  review: ProjectReview;
  reviewNote: string | null;
  reviewedAt: Date | null;
  mergedIntoId: string | null;
  voteCount: number;
  commentCount: number;
  workStatus: 'IN_PROGRESS' | 'COMPLETED' | null;
  progress: number;
  actualCost: number | null;
  hiddenAt: Date | null;
  hiddenReason: string | null;
  createdAt: Date;
  createdKey: string;
}

export interface ProjectUpdateRow {
  id: string;
  projectId: string;
  authorId: string;
  body: string;
  progress: number;
  actualCost: number | null;
  commentCount: number;
  hiddenAt: Date | null;
  hiddenReason: string | null;
  createdAt: Date;
  createdKey: string;
}

export interface BallotRow {
  id: string;
  budgetId: string;
  userId: string;
  district: string | null;
  choiceCount: number;
}

export interface ChoiceRow {
  ballotId: string;
  projectId: string;
  envelopeId: string;
}

const BUDGET_COLUMNS = `b.id, b.title, b.description, b.rules, b.total_amount AS "totalAmount", b.voting_style AS "votingStyle",
  b.max_choices AS "maxChoices", b.min_projects AS "minProjects", b.submission_starts_at AS "submissionStartsAt",
  b.review_starts_at AS "reviewStartsAt", b.voting_starts_at AS "votingStartsAt", b.results_starts_at AS "resultsStartsAt",
  b.works_starts_at AS "worksStartsAt", b.closes_at AS "closesAt", b.voter_count AS "voterCount", b.comment_count AS "commentCount", b.created_by_id AS "createdById",
  b.hidden_at AS "hiddenAt", b.hidden_reason AS "hiddenReason",
  b.created_at AS "createdAt", ${timestampKeySql('b.submission_starts_at')} AS "listKey"`;

const ENVELOPE_COLUMNS = `e.id, e.budget_id AS "budgetId", e.name, e.district, e.amount, e.position`;

const PROJECT_COLUMNS = `p.id, p.budget_id AS "budgetId", p.envelope_id AS "envelopeId", p.author_id AS "authorId",
  p.proposal_id AS "proposalId", p.title, p.description, p.location_lat AS "locationLat", p.location_lng AS "locationLng",
  p.address, p.estimated_cost AS "estimatedCost", p.cost, p.review, p.review_note AS "reviewNote", p.reviewed_at AS "reviewedAt",
  p.merged_into_id AS "mergedIntoId", p.vote_count AS "voteCount", p.comment_count AS "commentCount", p.work_status AS "workStatus",
  p.progress, p.actual_cost AS "actualCost", p.hidden_at AS "hiddenAt", p.hidden_reason AS "hiddenReason",
  p.created_at AS "createdAt", ${timestampKeySql('p.created_at')} AS "createdKey"`;

const UPDATE_COLUMNS = `u.id, u.project_id AS "projectId", u.author_id AS "authorId", u.body, u.progress, u.actual_cost AS "actualCost",
  u.comment_count AS "commentCount", u.hidden_at AS "hiddenAt", u.hidden_reason AS "hiddenReason", u.created_at AS "createdAt",
  ${timestampKeySql('u.created_at')} AS "createdKey"`;

/** Every query on the budget tables. */
@Injectable()
export class BudgetsRepository {
  constructor(private readonly dataSource: DataSource) {}

  // ---- editions ----

  async insertBudget(
    tx: Tx,
    b: Omit<BudgetRow, 'id' | 'voterCount' | 'commentCount' | 'createdAt' | 'listKey' | 'hiddenAt' | 'hiddenReason'>,
    envelopes: { name: string; district: string | null; amount: number }[],
  ): Promise<BudgetRow> {
    const [row] = await sqlRows<BudgetRow>(
      tx,
      `INSERT INTO budgets AS b (title, description, rules, total_amount, voting_style, max_choices, min_projects,
         submission_starts_at, review_starts_at, voting_starts_at, results_starts_at, works_starts_at, closes_at, created_by_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING ${BUDGET_COLUMNS}`,
      [
        b.title,
        b.description,
        b.rules,
        b.totalAmount,
        b.votingStyle,
        b.maxChoices,
        b.minProjects,
        b.submissionStartsAt,
        b.reviewStartsAt,
        b.votingStartsAt,
        b.resultsStartsAt,
        b.worksStartsAt,
        b.closesAt,
        b.createdById,
      ],
    );
    await sqlRows(
      tx,
      `INSERT INTO budget_envelopes (budget_id, name, district, amount, position)
       SELECT $1, v.name, v.district, v.amount, v.pos
       FROM unnest($2::varchar[], $3::varchar[], $4::int[]) WITH ORDINALITY AS v(name, district, amount, pos)`,
      [row.id, envelopes.map((e) => e.name), envelopes.map((e) => e.district), envelopes.map((e) => e.amount)],
    );
    return row;
  }

  budgetsByIds(tx: Tx, ids: readonly string[]): Promise<BudgetRow[]> {
    return sqlRows(tx, `SELECT ${BUDGET_COLUMNS} FROM budgets b WHERE b.id = ANY($1::uuid[])`, [ids]);
  }

  /**
   * Locks the edition for the rest of the transaction. Every ballot, phase change and rules edit of
   * the edition takes it first, so a ballot never lands after voting closed, and the voter count
   * moves one ballot at a time.
   */
  async lockBudget(tx: Tx, id: string): Promise<BudgetRow | null> {
    const rows = await sqlRows<BudgetRow>(tx, `SELECT ${BUDGET_COLUMNS} FROM budgets b WHERE b.id = $1 FOR NO KEY UPDATE`, [id]);
    return rows[0] ?? null;
  }

  /**
   * Newest editions first (by submission start), keyset on (submission_starts_at, id). Hidden ones
   * only for `shownTo`: everyone's when 'ALL' (moderators), else those its id created (or none).
   */
  budgetPage(tx: Tx, limit: number, shownTo: HiddenShownTo, after?: [string, string]): Promise<BudgetRow[]> {
    return sqlRows(
      tx,
      `SELECT ${BUDGET_COLUMNS} FROM budgets b
       WHERE ($2::timestamptz IS NULL OR (b.submission_starts_at, b.id) < ($2::timestamptz, $3::uuid))
         AND (b.hidden_at IS NULL OR $4::boolean OR b.created_by_id = $5::uuid)
       ORDER BY b.submission_starts_at DESC, b.id DESC LIMIT $1`,
      [limit, after?.[0] ?? null, after?.[1] ?? null, shownTo === 'ALL', shownTo === 'ALL' ? null : shownTo],
    );
  }

  async countBudgets(tx: Tx, shownTo: HiddenShownTo): Promise<number> {
    const [row] = await sqlRows<{ n: number }>(
      tx,
      `SELECT count(*)::int AS n FROM budgets b WHERE b.hidden_at IS NULL OR $1::boolean OR b.created_by_id = $2::uuid`,
      [shownTo === 'ALL', shownTo === 'ALL' ? null : shownTo],
    );
    return row.n;
  }

  /** Hides or restores an edition (moderation's transaction); its creator, or null when nothing changed. */
  async setBudgetHidden(tx: Tx, id: string, hidden: { reason: string; at: Date } | null): Promise<{ authorId: string } | null> {
    const rows = await sqlRows<{ authorId: string }>(
      tx,
      hidden
        ? `UPDATE budgets SET hidden_at = $2, hidden_reason = $3, updated_at = $2 WHERE id = $1 AND hidden_at IS NULL RETURNING created_by_id AS "authorId"`
        : `UPDATE budgets SET hidden_at = NULL, hidden_reason = NULL, updated_at = now() WHERE id = $1 AND hidden_at IS NOT NULL RETURNING created_by_id AS "authorId"`,
      hidden ? [id, hidden.at, hidden.reason] : [id],
    );
    return rows[0] ?? null;
  }

  async updateRules(
    tx: Tx,
    id: string,
    patch: Partial<Pick<BudgetRow, 'title' | 'description' | 'rules' | 'votingStyle' | 'maxChoices' | 'minProjects' | 'totalAmount'>>,
  ): Promise<BudgetRow> {
    const columns: Record<string, string> = {
      totalAmount: 'total_amount',
      title: 'title',
      description: 'description',
      rules: 'rules',
      votingStyle: 'voting_style',
      maxChoices: 'max_choices',
      minProjects: 'min_projects',
    };
    const entries = Object.entries(patch).filter(([k, v]) => k in columns && v !== undefined);
    const sets = [...entries.map(([k], i) => `${columns[k]} = $${i + 2}`), 'updated_at = now()'];
    const [row] = await sqlRows<BudgetRow>(tx, `UPDATE budgets b SET ${sets.join(', ')} WHERE b.id = $1 RETURNING ${BUDGET_COLUMNS}`, [
      id,
      ...entries.map(([, v]) => v),
    ]);
    return row;
  }

  async setBounds(tx: Tx, id: string, bounds: Date[]): Promise<BudgetRow> {
    const [row] = await sqlRows<BudgetRow>(
      tx,
      `UPDATE budgets b SET submission_starts_at = $2, review_starts_at = $3, voting_starts_at = $4, results_starts_at = $5,
         works_starts_at = $6, closes_at = $7, updated_at = now() WHERE b.id = $1 RETURNING ${BUDGET_COLUMNS}`,
      [id, ...bounds],
    );
    return row;
  }

  async addToVoterCount(tx: Tx, id: string, delta: number): Promise<void> {
    await sqlRows(tx, `UPDATE budgets SET voter_count = voter_count + $2 WHERE id = $1`, [id, delta]);
  }

  // ---- envelopes ----

  envelopesByBudgets(tx: Tx, budgetIds: readonly string[]): Promise<EnvelopeRow[]> {
    return sqlRows(tx, `SELECT ${ENVELOPE_COLUMNS} FROM budget_envelopes e WHERE e.budget_id = ANY($1::uuid[]) ORDER BY e.position`, [
      budgetIds,
    ]);
  }

  envelopesByIds(tx: Tx, ids: readonly string[]): Promise<EnvelopeRow[]> {
    return sqlRows(tx, `SELECT ${ENVELOPE_COLUMNS} FROM budget_envelopes e WHERE e.id = ANY($1::uuid[])`, [ids]);
  }

  /** Sets the edition's envelopes' names and amounts in one statement (null: unchanged); the caller holds the edition's lock. */
  async updateEnvelopes(tx: Tx, budgetId: string, changes: { id: string; name: string | null; amount: number | null }[]): Promise<void> {
    if (!changes.length) return;
    await sqlRows(
      tx,
      `UPDATE budget_envelopes e SET name = coalesce(v.name, e.name), amount = coalesce(v.amount, e.amount)
       FROM unnest($2::uuid[], $3::varchar[], $4::int[]) AS v(id, name, amount)
       WHERE e.id = v.id AND e.budget_id = $1`,
      [budgetId, changes.map((c) => c.id), changes.map((c) => c.name), changes.map((c) => c.amount)],
    );
  }

  /**
   * The highest cost of a project found feasible in each of these envelopes (hidden ones too: they
   * may be restored), for those that have one. Reviews take the edition's lock, so under it this holds.
   */
  maxFeasibleCosts(tx: Tx, envelopeIds: readonly string[]): Promise<{ envelopeId: string; cost: number }[]> {
    return sqlRows(
      tx,
      `SELECT p.envelope_id AS "envelopeId", max(p.cost)::int AS cost FROM budget_projects p
       WHERE p.envelope_id = ANY($1::uuid[]) AND p.review = 'FEASIBLE' GROUP BY p.envelope_id`,
      [envelopeIds],
    );
  }

  // ---- projects ----

  async insertProject(
    tx: Tx,
    p: Pick<
      ProjectRow,
      | 'budgetId'
      | 'envelopeId'
      | 'authorId'
      | 'proposalId'
      | 'title'
      | 'description'
      | 'locationLat'
      | 'locationLng'
      | 'address'
      | 'estimatedCost'
    >,
  ): Promise<ProjectRow | null> {
    const rows = await sqlRows<ProjectRow>(
      tx,
      `INSERT INTO budget_projects AS p (budget_id, envelope_id, author_id, proposal_id, title, description, location_lat, location_lng,
         address, estimated_cost)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT ON CONSTRAINT uq_budget_projects_budget_id_proposal_id DO NOTHING RETURNING ${PROJECT_COLUMNS}`,
      [
        p.budgetId,
        p.envelopeId,
        p.authorId,
        p.proposalId,
        p.title,
        p.description,
        p.locationLat,
        p.locationLng,
        p.address,
        p.estimatedCost,
      ],
    );
    return rows[0] ?? null;
  }

  projectsByIds(tx: Tx, ids: readonly string[]): Promise<ProjectRow[]> {
    return sqlRows(tx, `SELECT ${PROJECT_COLUMNS} FROM budget_projects p WHERE p.id = ANY($1::uuid[])`, [ids]);
  }

  /** Locks the projects in id order (so two transactions locking overlapping sets cannot deadlock). */
  lockProjects(tx: Tx, ids: readonly string[]): Promise<ProjectRow[]> {
    return sqlRows(tx, `SELECT ${PROJECT_COLUMNS} FROM budget_projects p WHERE p.id = ANY($1::uuid[]) ORDER BY p.id FOR NO KEY UPDATE`, [
      ids,
    ]);
  }

  /**
   * One page of each envelope's listed projects (hidden ones left out; `feasibleOnly`: the ballot),
   * oldest first, keyset on (created_at, id): one query for a batch of envelopes.
   */
  projectPages(
    tx: Tx,
    envelopeIds: readonly string[],
    feasibleOnly: boolean,
    limit: number,
    after?: [string, string],
  ): Promise<ProjectRow[]> {
    return sqlRows(
      tx,
      `SELECT page.* FROM unnest($1::uuid[]) AS ids(id)
       CROSS JOIN LATERAL (
         SELECT ${PROJECT_COLUMNS} FROM budget_projects p
         WHERE p.envelope_id = ids.id AND p.hidden_at IS NULL AND (NOT $3::boolean OR p.review = 'FEASIBLE')
           AND ($4::timestamptz IS NULL OR (p.created_at, p.id) > ($4::timestamptz, $5::uuid))
         ORDER BY p.created_at, p.id LIMIT $2
       ) page`,
      [envelopeIds, limit, feasibleOnly, after?.[0] ?? null, after?.[1] ?? null],
    );
  }

  countListed(tx: Tx, envelopeIds: readonly string[], feasibleOnly: boolean): Promise<{ envelopeId: string; n: number }[]> {
    return sqlRows(
      tx,
      `SELECT envelope_id AS "envelopeId", count(*)::int AS n FROM budget_projects
       WHERE envelope_id = ANY($1::uuid[]) AND hidden_at IS NULL AND (NOT $2::boolean OR review = 'FEASIBLE')
       GROUP BY envelope_id`,
      [envelopeIds, feasibleOnly],
    );
  }

  /** The candidates of each envelope's results: its feasible projects, with their running vote counts. */
  candidates(tx: Tx, envelopeIds: readonly string[]): Promise<ProjectRow[]> {
    return sqlRows(tx, `SELECT ${PROJECT_COLUMNS} FROM budget_projects p WHERE p.envelope_id = ANY($1::uuid[]) AND p.review = 'FEASIBLE'`, [
      envelopeIds,
    ]);
  }

  async review(
    tx: Tx,
    id: string,
    r: { review: ProjectReview; cost: number | null; note: string | null; mergedIntoId?: string },
  ): Promise<ProjectRow> {
    const [row] = await sqlRows<ProjectRow>(
      tx,
      `UPDATE budget_projects p SET review = $2, cost = $3, review_note = $4, merged_into_id = $5, reviewed_at = now(), updated_at = now()
       WHERE p.id = $1 RETURNING ${PROJECT_COLUMNS}`,
      [id, r.review, r.cost, r.note, r.mergedIntoId ?? null],
    );
    return row;
  }

  async addToVoteCounts(tx: Tx, ids: readonly string[], delta: number): Promise<void> {
    if (ids.length === 0) return;
    await sqlRows(tx, `UPDATE budget_projects SET vote_count = vote_count + $2 WHERE id = ANY($1::uuid[])`, [ids, delta]);
  }

  async addToCommentCount(
    tx: Tx,
    table: 'budgets' | 'budget_projects' | 'budget_project_updates',
    id: string,
    delta: number,
  ): Promise<void> {
    await sqlRows(tx, `UPDATE ${table} SET comment_count = comment_count + $2 WHERE id = $1`, [id, delta]);
  }

  async setWorks(tx: Tx, id: string, w: { progress: number; actualCost: number | null }): Promise<ProjectRow> {
    const [row] = await sqlRows<ProjectRow>(
      tx,
      `UPDATE budget_projects p SET progress = $2, actual_cost = COALESCE($3, p.actual_cost),
         work_status = CASE WHEN $2 = 100 THEN 'COMPLETED' ELSE 'IN_PROGRESS' END, updated_at = now()
       WHERE p.id = $1 RETURNING ${PROJECT_COLUMNS}`,
      [id, w.progress, w.actualCost],
    );
    return row;
  }

  async setHidden(
    tx: Tx,
    table: 'budget_projects' | 'budget_project_updates',
    id: string,
    hidden: { reason: string; at: Date } | null,
  ): Promise<{ authorId: string } | null> {
    const rows = await sqlRows<{ authorId: string }>(
      tx,
      hidden
        ? `UPDATE ${table} SET hidden_at = $2, hidden_reason = $3 WHERE id = $1 AND hidden_at IS NULL RETURNING author_id AS "authorId"`
        : `UPDATE ${table} SET hidden_at = NULL, hidden_reason = NULL WHERE id = $1 AND hidden_at IS NOT NULL RETURNING author_id AS "authorId"`,
      hidden ? [id, hidden.at, hidden.reason] : [id],
    );
    return rows[0] ?? null;
  }

  // ---- works updates ----

  async insertUpdate(
    tx: Tx,
    u: { projectId: string; authorId: string; body: string; progress: number; actualCost: number | null },
  ): Promise<ProjectUpdateRow> {
    const [row] = await sqlRows<ProjectUpdateRow>(
      tx,
      `INSERT INTO budget_project_updates AS u (project_id, author_id, body, progress, actual_cost) VALUES ($1, $2, $3, $4, $5)
       RETURNING ${UPDATE_COLUMNS}`,
      [u.projectId, u.authorId, u.body, u.progress, u.actualCost],
    );
    return row;
  }

  updatesByIds(tx: Tx, ids: readonly string[]): Promise<ProjectUpdateRow[]> {
    return sqlRows(tx, `SELECT ${UPDATE_COLUMNS} FROM budget_project_updates u WHERE u.id = ANY($1::uuid[])`, [ids]);
  }

  /** One page of each project's updates, newest first: one query for a batch of projects. */
  updatePages(tx: Tx, projectIds: readonly string[], limit: number, after?: [string, string]): Promise<ProjectUpdateRow[]> {
    return sqlRows(
      tx,
      `SELECT page.* FROM unnest($1::uuid[]) AS ids(id)
       CROSS JOIN LATERAL (
         SELECT ${UPDATE_COLUMNS} FROM budget_project_updates u
         WHERE u.project_id = ids.id AND ($3::timestamptz IS NULL OR (u.created_at, u.id) < ($3::timestamptz, $4::uuid))
         ORDER BY u.created_at DESC, u.id DESC LIMIT $2
       ) page`,
      [projectIds, limit, after?.[0] ?? null, after?.[1] ?? null],
    );
  }

  countUpdates(tx: Tx, projectIds: readonly string[]): Promise<{ projectId: string; n: number }[]> {
    return sqlRows(
      tx,
      `SELECT project_id AS "projectId", count(*)::int AS n FROM budget_project_updates WHERE project_id = ANY($1::uuid[]) GROUP BY project_id`,
      [projectIds],
    );
  }

  // ---- ballots ----

  /** The voter's ballot in the edition, created empty when absent (the unique constraint makes it one), locked. */
  async lockBallot(tx: Tx, budgetId: string, userId: string, district: string | null): Promise<BallotRow> {
    await sqlRows(
      tx,
      `INSERT INTO budget_ballots (budget_id, user_id, district) VALUES ($1, $2, $3)
       ON CONFLICT ON CONSTRAINT uq_budget_ballots_budget_id_user_id DO NOTHING`,
      [budgetId, userId, district],
    );
    const [row] = await sqlRows<BallotRow>(
      tx,
      `SELECT id, budget_id AS "budgetId", user_id AS "userId", district, choice_count AS "choiceCount"
       FROM budget_ballots WHERE budget_id = $1 AND user_id = $2 FOR NO KEY UPDATE`,
      [budgetId, userId],
    );
    return row;
  }

  /** The ballot's choices in one envelope. */
  async choicesIn(tx: Tx, ballotId: string, envelopeId: string): Promise<string[]> {
    const rows = await sqlRows<{ projectId: string }>(
      tx,
      `SELECT project_id AS "projectId" FROM budget_ballot_choices WHERE ballot_id = $1 AND envelope_id = $2`,
      [ballotId, envelopeId],
    );
    return rows.map((r) => r.projectId);
  }

  async deleteChoices(tx: Tx, ballotId: string, projectIds: readonly string[]): Promise<number> {
    if (projectIds.length === 0) return 0;
    const rows = await sqlRows(
      tx,
      `DELETE FROM budget_ballot_choices WHERE ballot_id = $1 AND project_id = ANY($2::uuid[]) RETURNING project_id`,
      [ballotId, projectIds],
    );
    return rows.length;
  }

  /** Inserts the choices not there yet; returns the projects actually inserted (the ones to count). */
  async insertChoices(tx: Tx, ballotId: string, envelopeId: string, projectIds: readonly string[]): Promise<string[]> {
    if (projectIds.length === 0) return [];
    const rows = await sqlRows<{ projectId: string }>(
      tx,
      `INSERT INTO budget_ballot_choices (ballot_id, project_id, envelope_id)
       SELECT $1, v.id, $2 FROM unnest($3::uuid[]) AS v(id)
       ON CONFLICT DO NOTHING RETURNING project_id AS "projectId"`,
      [ballotId, envelopeId, projectIds],
    );
    return rows.map((r) => r.projectId);
  }

  async setChoiceCount(tx: Tx, ballotId: string, delta: number): Promise<number> {
    const [row] = await sqlRows<{ n: number }>(
      tx,
      `UPDATE budget_ballots SET choice_count = choice_count + $2, updated_at = now() WHERE id = $1 RETURNING choice_count AS n`,
      [ballotId, delta],
    );
    return row.n;
  }

  /** Each viewer's own choices in the given editions (keys `${userId}|${budgetId}`). */
  choicesOf(tx: Tx, userId: string, budgetIds: readonly string[]): Promise<(ChoiceRow & { budgetId: string })[]> {
    return sqlRows(
      tx,
      `SELECT c.ballot_id AS "ballotId", c.project_id AS "projectId", c.envelope_id AS "envelopeId", b.budget_id AS "budgetId"
       FROM budget_ballots b JOIN budget_ballot_choices c ON c.ballot_id = b.id
       WHERE b.user_id = $1 AND b.budget_id = ANY($2::uuid[]) ORDER BY c.envelope_id, c.created_at, c.project_id`,
      [userId, budgetIds],
    );
  }

  /** Whether the user holds a ballot in each edition (keys budget ids). */
  ballotsOf(tx: Tx, userId: string, budgetIds: readonly string[]): Promise<{ budgetId: string }[]> {
    return sqlRows(tx, `SELECT budget_id AS "budgetId" FROM budget_ballots WHERE user_id = $1 AND budget_id = ANY($2::uuid[])`, [
      userId,
      budgetIds,
    ]);
  }

  /** Voters (ballots with at least one choice) by the district they voted from. */
  /** Voters by district for several editions, in one query. */
  votersByDistricts(tx: Tx, budgetIds: readonly string[]): Promise<{ budgetId: string; district: string | null; voters: number }[]> {
    return sqlRows(
      tx,
      `SELECT budget_id AS "budgetId", district, count(*)::int AS voters FROM budget_ballots
       WHERE budget_id = ANY($1::uuid[]) AND choice_count > 0
       GROUP BY budget_id, district ORDER BY district NULLS LAST`,
      [budgetIds],
    );
  }

  // ---- open data ----

  /**
   * The newest change among the editions whose results are public at `now` (their rows, their
   * projects', and the instant their results opened) with a fingerprint of what the file holds.
   */
  async resultsVersion(
    tx: Tx,
    now: Date,
  ): Promise<{ lastModified: Date | null; editions: number; projects: number; hidden: number; key: string }> {
    const [row] = await tx.query(
      `WITH shown AS (SELECT id, updated_at, results_starts_at, voter_count, hidden_at FROM budgets WHERE results_starts_at <= $1),
            pub AS (SELECT * FROM shown WHERE hidden_at IS NULL),
            proj AS (SELECT greatest(max(p.updated_at), max(p.hidden_at)) AS last, count(*)::int AS n,
                            count(*) FILTER (WHERE p.hidden_at IS NOT NULL)::int AS hidden
                     FROM budget_projects p JOIN pub ON pub.id = p.budget_id)
       SELECT greatest((SELECT max(updated_at) FROM shown), (SELECT max(results_starts_at) FROM pub), proj.last) AS "lastModified",
              (SELECT count(*)::int FROM pub) AS editions, proj.n AS projects, proj.hidden,
              (SELECT coalesce(string_agg(id::text || ':' || voter_count, ',' ORDER BY id), '') FROM pub) AS key
       FROM proj`,
      [now],
    );
    return row;
  }

  /**
   * The projects of the editions whose results are public at `now`, through a server-side cursor
   * (constant memory): by edition, envelope, then feasible ones in the ranking order of the results
   * (votes, lower cost, earlier submission to the millisecond, id), then the others. No author.
   * The caller must end with `release()`.
   */
  async streamResults(now: Date): Promise<{ stream: QueryStream; release: (failed?: boolean) => void }> {
    const pool = (this.dataSource.driver as unknown as { master: Pool }).master;
    const client: PoolClient = await pool.connect();
    const query = new QueryStream(
      `SELECT b.id AS "editionId", b.title AS "editionTitle", e.id AS "envelopeId", e.name AS "envelopeName", e.amount AS "envelopeAmount",
              e.district, p.id AS "projectId", p.title AS "projectTitle", p.hidden_at IS NOT NULL AS hidden,
              to_char(p.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "submittedAt",
              p.review, p.cost, p.vote_count AS "voteCount", p.work_status AS "workStatus", p.progress, p.actual_cost AS "actualCost"
       FROM budgets b JOIN budget_envelopes e ON e.budget_id = b.id JOIN budget_projects p ON p.envelope_id = e.id
       WHERE b.results_starts_at <= $1 AND b.hidden_at IS NULL
       ORDER BY b.results_starts_at, b.id, e.position, e.id, (p.review = 'FEASIBLE') DESC,
                CASE WHEN p.review = 'FEASIBLE' THEN p.vote_count END DESC, CASE WHEN p.review = 'FEASIBLE' THEN p.cost END,
                date_trunc('milliseconds', p.created_at), p.id`,
      [now],
      { batchSize: 500 },
    );
    const stream = client.query(query);
    let released = false;
    return {
      stream,
      release: (failed = false) => {
        if (released) return;
        released = true;
        // A connection whose cursor was cut short is closed rather than reused.
        client.release(failed ? new Error('export interrupted') : undefined);
      },
    };
  }

  // ---- personal data ----

  exportFor(tx: Tx, userId: string, limit: number) {
    return Promise.all([
      sqlRows(
        tx,
        `SELECT p.id, b.title AS edition, e.name AS envelope, p.title, p.description, p.address, p.estimated_cost AS "estimatedCost",
                p.review, p.review_note AS "reviewNote", p.created_at AS "createdAt", p.hidden_at AS "hiddenAt", p.hidden_reason AS "hiddenReason"
         FROM budget_projects p JOIN budgets b ON b.id = p.budget_id JOIN budget_envelopes e ON e.id = p.envelope_id
         WHERE p.author_id = $1 ORDER BY p.created_at DESC, p.id DESC LIMIT $2`,
        [userId, limit],
      ),
      sqlRows(
        tx,
        `SELECT b.title AS edition, bl.created_at AS "createdAt", bl.updated_at AS "updatedAt",
                COALESCE(json_agg(json_build_object('envelope', e.name, 'project', p.title) ORDER BY e.position, p.title)
                  FILTER (WHERE p.id IS NOT NULL), '[]') AS choices
         FROM budget_ballots bl JOIN budgets b ON b.id = bl.budget_id
         LEFT JOIN budget_ballot_choices c ON c.ballot_id = bl.id
         LEFT JOIN budget_projects p ON p.id = c.project_id LEFT JOIN budget_envelopes e ON e.id = c.envelope_id
         WHERE bl.user_id = $1 GROUP BY bl.id, b.title ORDER BY bl.created_at DESC LIMIT $2`,
        [userId, limit],
      ),
      sqlRows(
        tx,
        `SELECT u.id, p.title AS project, u.body, u.progress, u.created_at AS "createdAt"
         FROM budget_project_updates u JOIN budget_projects p ON p.id = u.project_id
         WHERE u.author_id = $1 ORDER BY u.created_at DESC LIMIT $2`,
        [userId, limit],
      ),
    ]).then(([projects, ballots, updates]) => ({ projects, ballots, worksUpdates: updates }));
  }

  /** Demo seed only: moves an edition's dates `days` into the past. */
  async backdateForDemo(tx: Tx, budgetId: string, days: number): Promise<void> {
    const shift = `make_interval(secs => $2 * 86400.0)`;
    await sqlRows(
      tx,
      `UPDATE budgets SET submission_starts_at = submission_starts_at - ${shift}, review_starts_at = review_starts_at - ${shift},
         voting_starts_at = voting_starts_at - ${shift}, results_starts_at = results_starts_at - ${shift},
         works_starts_at = works_starts_at - ${shift}, closes_at = closes_at - ${shift} WHERE id = $1`,
      [budgetId, days],
    );
  }
}
