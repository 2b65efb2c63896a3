import { Injectable } from '@nestjs/common';
import { sqlRows, Tx } from '../database/transaction';
import { ProposalEventKind, ProposalStatus } from './proposal-status';

/** A proposal as the service works with it. */
export interface ProposalRow {
  id: string;
  authorId: string;
  title: string;
  body: string;
  status: ProposalStatus;
  categoryId: string | null;
  district: string | null;
  locationLat: number | null;
  locationLng: number | null;
  supportCount: number;
  commentCount: number;
  supportThreshold: number | null;
  supportDeadline: Date | null;
  thresholdReachedAt: Date | null;
  progress: number;
  answerStatus: ProposalStatus | null;
  answerBody: string | null;
  answerAuthorId: string | null;
  answeredAt: Date | null;
  publishedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  hiddenAt: Date | null;
  hiddenReason: string | null;
  /**
   * COALESCE(published_at, created_at) as text with microseconds: the keyset value for date
   * order (a JS Date keeps only milliseconds, so rows in the same millisecond would be lost).
   */
  dateKey: string;
  /**
   * Whether the viewer a read was made for supports it, read in the same statement (lists and the
   * proposal page); absent when read for no viewer (e.g. the row a mutation returns).
   */
  viewerSupports?: boolean;
  /** Its timeline, oldest first, when read with the row (the proposal page); absent otherwise. */
  events?: ProposalEventRow[];
}

export interface ProposalEventRow {
  id: string;
  proposalId: string;
  kind: ProposalEventKind;
  fromStatus: ProposalStatus | null;
  toStatus: ProposalStatus | null;
  body: string | null;
  progress: number | null;
  authorId: string | null;
  createdAt: Date;
}

export interface ProposalFilterSql {
  status?: ProposalStatus;
  categoryId?: string;
  district?: string;
  authorId?: string;
  /** A to_tsquery text built by `searchQuery` (words only, never raw input). */
  search?: string;
  /** Drafts are listed only to their author, and only when status DRAFT is asked for. */
  viewerId: string | null;
  /** Include proposals hidden by moderators (an author's own list); public lists leave them out. */
  showHidden?: boolean;
}

export type ProposalSortKey = 'date' | 'supports' | 'comments';

/** Column names the patch of a draft may touch (whitelist: keys become SQL). */
const DRAFT_COLUMNS = {
  title: 'title',
  body: 'body',
  categoryId: 'category_id',
  district: 'district',
  locationLat: 'location_lat',
  locationLng: 'location_lng',
} as const;
export type DraftPatch = { -readonly [K in keyof typeof DRAFT_COLUMNS]?: string | number | null };

const DATE_KEY = `COALESCE(p.published_at, p.created_at)`;
const SORT_SQL: Record<ProposalSortKey, { expr: string; cast: string }> = {
  date: { expr: DATE_KEY, cast: 'timestamptz' },
  supports: { expr: 'p.support_count', cast: 'int' },
  comments: { expr: 'p.comment_count', cast: 'int' },
};

const COLUMNS = `p.id, p.author_id AS "authorId", p.title, p.body, p.status, p.category_id AS "categoryId", p.district,
  p.location_lat AS "locationLat", p.location_lng AS "locationLng", p.support_count AS "supportCount",
  p.comment_count AS "commentCount", p.support_threshold AS "supportThreshold", p.support_deadline AS "supportDeadline",
  p.threshold_reached_at AS "thresholdReachedAt", p.progress, p.answer_status AS "answerStatus", p.answer_body AS "answerBody",
  p.answer_author_id AS "answerAuthorId", p.answered_at AS "answeredAt", p.published_at AS "publishedAt",
  p.created_at AS "createdAt", p.updated_at AS "updatedAt", p.hidden_at AS "hiddenAt", p.hidden_reason AS "hiddenReason",
  to_char(${DATE_KEY} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "dateKey"`;

/** Whether the user in parameter `userId` supports row p (the primary key of proposal_supports). */
const SUPPORTED_BY = (userId: string) =>
  `EXISTS (SELECT 1 FROM proposal_supports s WHERE s.proposal_id = p.id AND s.user_id = ${userId}::uuid) AS "viewerSupports"`;

const EVENT_COLUMNS = `e.id, e.proposal_id AS "proposalId", e.kind, e.from_status AS "fromStatus", e.to_status AS "toStatus",
  e.body, e.progress, e.author_id AS "authorId", e.created_at AS "createdAt"`;

/** EVENT_COLUMNS as the pairs of a json_build_object (the keys of ProposalEventRow). */
const EVENT_JSON = `'id', e.id, 'proposalId', e.proposal_id, 'kind', e.kind, 'fromStatus', e.from_status, 'toStatus', e.to_status,
  'body', e.body, 'progress', e.progress, 'authorId', e.author_id, 'createdAt', e.created_at`;

/**
 * The filter part of list queries, from parameter $2 on ($1 is left to the caller). Values are
 * always parameters; only whitelisted fragments become SQL.
 */
function filterSql(f: ProposalFilterSql, first: number): { where: string; params: unknown[] } {
  const params: unknown[] = [];
  const p = (v: unknown) => {
    params.push(v);
    return `$${first + params.length - 1}`;
  };
  const clauses: string[] = [];
  if (f.status === ProposalStatus.DRAFT) {
    clauses.push(`p.status = 'DRAFT'`, `p.author_id = ${p(f.viewerId)}::uuid`);
  } else {
    clauses.push(`p.status <> 'DRAFT'`);
    if (f.status) clauses.push(`p.status = ${p(f.status)}`);
  }
  if (!f.showHidden) clauses.push(`p.hidden_at IS NULL`);
  if (f.categoryId) clauses.push(`p.category_id = ${p(f.categoryId)}::uuid`);
  if (f.district) clauses.push(`p.district = ${p(f.district)}`);
  if (f.authorId) clauses.push(`p.author_id = ${p(f.authorId)}::uuid`);
  if (f.search) clauses.push(`p.search_vector @@ to_tsquery('french', parvis_unaccent(${p(f.search)}))`);
  return { where: clauses.join(' AND '), params };
}

/** Every query on proposals, their supports and their events. */
@Injectable()
export class ProposalsRepository {
  async insertDraft(
    tx: Tx,
    d: {
      authorId: string;
      title: string;
      body: string;
      categoryId: string | null;
      district: string | null;
      locationLat: number | null;
      locationLng: number | null;
    },
  ): Promise<ProposalRow> {
    const [row] = await sqlRows<ProposalRow>(
      tx,
      `INSERT INTO proposals AS p (author_id, title, body, category_id, district, location_lat, location_lng)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${COLUMNS}`,
      [d.authorId, d.title, d.body, d.categoryId, d.district, d.locationLat, d.locationLng],
    );
    return row;
  }

  proposalsByIds(tx: Tx, ids: readonly string[]): Promise<ProposalRow[]> {
    return sqlRows(tx, `SELECT ${COLUMNS} FROM proposals p WHERE p.id = ANY($1::uuid[])`, [ids]);
  }

  /**
   * One proposal as its page shows it, in one statement: the row, its timeline (a handful of
   * events, through ix_proposal_events_proposal_id_created_at) and whether `viewerId` supports it.
   */
  async proposalForViewer(tx: Tx, id: string, viewerId: string | null): Promise<ProposalRow | null> {
    const supported = viewerId ? `, ${SUPPORTED_BY('$2')}` : '';
    const rows = await sqlRows<Omit<ProposalRow, 'events'> & { events: (Omit<ProposalEventRow, 'createdAt'> & { createdAt: string })[] }>(
      tx,
      `SELECT ${COLUMNS}${supported},
         (SELECT COALESCE(json_agg(json_build_object(${EVENT_JSON}) ORDER BY e.created_at, e.id), '[]')
          FROM proposal_events e WHERE e.proposal_id = p.id) AS events
       FROM proposals p WHERE p.id = $1`,
      viewerId ? [id, viewerId] : [id],
    );
    const row = rows[0];
    return row ? { ...row, events: row.events.map((e) => ({ ...e, createdAt: new Date(e.createdAt) })) } : null;
  }

  /**
   * Locks the proposal for this transaction (FOR NO KEY UPDATE: support rows referencing it can
   * still be inserted by this transaction). Every state change and every support runs under it,
   * so status checks, the support count and the threshold decision see one order of events.
   */
  async lockProposal(tx: Tx, id: string): Promise<ProposalRow | null> {
    const rows = await sqlRows<ProposalRow>(tx, `SELECT ${COLUMNS} FROM proposals p WHERE p.id = $1 FOR NO KEY UPDATE`, [id]);
    return rows[0] ?? null;
  }

  /** Changes a draft's fields; the `status = 'DRAFT'` condition makes a racing publish win. */
  async updateDraft(tx: Tx, id: string, patch: DraftPatch): Promise<ProposalRow | null> {
    const entries = Object.entries(patch).filter(([k, v]) => k in DRAFT_COLUMNS && v !== undefined);
    const sets = entries.map(([k], i) => `${DRAFT_COLUMNS[k as keyof typeof DRAFT_COLUMNS]} = $${i + 2}`);
    sets.push('updated_at = now()');
    const rows = await sqlRows<ProposalRow>(
      tx,
      `UPDATE proposals p SET ${sets.join(', ')} WHERE p.id = $1 AND p.status = 'DRAFT' RETURNING ${COLUMNS}`,
      [id, ...entries.map(([, v]) => v)],
    );
    return rows[0] ?? null;
  }

  /** DRAFT → PUBLISHED with the threshold and collection deadline of this moment. */
  async publish(tx: Tx, id: string, threshold: number, deadline: Date): Promise<ProposalRow | null> {
    const rows = await sqlRows<ProposalRow>(
      tx,
      `UPDATE proposals p SET status = 'PUBLISHED', published_at = now(), support_threshold = $2, support_deadline = $3, updated_at = now()
       WHERE p.id = $1 AND p.status = 'DRAFT' RETURNING ${COLUMNS}`,
      [id, threshold, deadline],
    );
    return rows[0] ?? null;
  }

  /** A status change conditional on the status it starts from (null when it moved meanwhile). */
  async changeStatus(tx: Tx, id: string, from: ProposalStatus, to: ProposalStatus): Promise<ProposalRow | null> {
    const rows = await sqlRows<ProposalRow>(
      tx,
      `UPDATE proposals p SET status = $3, updated_at = now() WHERE p.id = $1 AND p.status = $2 RETURNING ${COLUMNS}`,
      [id, from, to],
    );
    return rows[0] ?? null;
  }

  /** The council's answer: new status and the official answer shown on the proposal. */
  async answer(tx: Tx, id: string, from: ProposalStatus, to: ProposalStatus, body: string, authorId: string): Promise<ProposalRow | null> {
    const rows = await sqlRows<ProposalRow>(
      tx,
      `UPDATE proposals p SET status = $3, answer_status = $3, answer_body = $4, answer_author_id = $5, answered_at = now(), updated_at = now()
       WHERE p.id = $1 AND p.status = $2 RETURNING ${COLUMNS}`,
      [id, from, to, body, authorId],
    );
    return rows[0] ?? null;
  }

  async setProgress(tx: Tx, id: string, from: ProposalStatus, to: ProposalStatus, progress: number): Promise<ProposalRow | null> {
    const rows = await sqlRows<ProposalRow>(
      tx,
      `UPDATE proposals p SET status = $3, progress = $4, updated_at = now() WHERE p.id = $1 AND p.status = $2 RETURNING ${COLUMNS}`,
      [id, from, to, progress],
    );
    return rows[0] ?? null;
  }

  /** True when a support row was inserted (false: this resident already supports it). */
  async insertSupportIfAbsent(tx: Tx, proposalId: string, userId: string): Promise<boolean> {
    const rows = await sqlRows(
      tx,
      `INSERT INTO proposal_supports (proposal_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING user_id`,
      [proposalId, userId],
    );
    return rows.length > 0;
  }

  /** True when a support row was deleted. */
  async deleteSupport(tx: Tx, proposalId: string, userId: string): Promise<boolean> {
    const rows = await sqlRows(tx, `DELETE FROM proposal_supports WHERE proposal_id = $1 AND user_id = $2 RETURNING user_id`, [
      proposalId,
      userId,
    ]);
    return rows.length > 0;
  }

  /**
   * Counts one more support, atomically, in the transaction that inserted its row. The support that
   * reaches the threshold also, in the same statement, records the moment (once), sends a proposal
   * still only PUBLISHED under review, and writes the THRESHOLD_REACHED event (with the status
   * change, if any). `locked` is the row as read under the caller's lock: this support reached the
   * threshold when it had none and the answer has one.
   */
  async addSupport(tx: Tx, locked: ProposalRow): Promise<ProposalRow> {
    const reaches = `p.threshold_reached_at IS NULL AND p.support_threshold IS NOT NULL AND p.support_count + 1 >= p.support_threshold`;
    const [row] = await sqlRows<ProposalRow>(
      tx,
      `WITH counted AS (
         UPDATE proposals p SET support_count = p.support_count + 1,
           threshold_reached_at = CASE WHEN ${reaches} THEN now() ELSE p.threshold_reached_at END,
           updated_at = CASE WHEN ${reaches} THEN now() ELSE p.updated_at END,
           status = CASE WHEN ${reaches} AND p.status = 'PUBLISHED' THEN 'UNDER_REVIEW' ELSE p.status END
         WHERE p.id = $1 RETURNING ${COLUMNS}
       ), event AS (
         INSERT INTO proposal_events (proposal_id, kind, from_status, to_status)
         SELECT c.id, '${ProposalEventKind.THRESHOLD_REACHED}',
           CASE WHEN c.status <> $2 THEN $2 END, CASE WHEN c.status <> $2 THEN c.status END
         FROM counted c WHERE NOT $3 AND c."thresholdReachedAt" IS NOT NULL
       )
       SELECT * FROM counted`,
      [locked.id, locked.status, locked.thresholdReachedAt !== null],
    );
    return row;
  }

  /** Counts one support less, atomically, in the transaction that deleted its row (a threshold reached stays reached). */
  async removeSupport(tx: Tx, id: string): Promise<ProposalRow> {
    const [row] = await sqlRows<ProposalRow>(
      tx,
      `UPDATE proposals p SET support_count = p.support_count - 1 WHERE p.id = $1 RETURNING ${COLUMNS}`,
      [id],
    );
    return row;
  }

  /**
   * Sets (with the moderator's reason and the moment) or clears the hidden mark of a proposal that
   * is not a draft (drafts are their author's alone); null when there is no such proposal.
   */
  async setHidden(tx: Tx, id: string, hidden: { reason: string; at: Date } | null): Promise<ProposalRow | null> {
    const rows = await sqlRows<ProposalRow>(
      tx,
      `UPDATE proposals p SET hidden_at = $2, hidden_reason = $3 WHERE p.id = $1 AND p.status <> 'DRAFT' RETURNING ${COLUMNS}`,
      [id, hidden?.at ?? null, hidden?.reason ?? null],
    );
    return rows[0] ?? null;
  }

  /** Demo seed only: the newest public proposals that are shown. */
  async newestShown(tx: Tx, limit: number): Promise<string[]> {
    const rows = await sqlRows<{ id: string }>(
      tx,
      `SELECT id FROM proposals WHERE status <> 'DRAFT' AND hidden_at IS NULL ORDER BY created_at DESC, id DESC LIMIT $1`,
      [limit],
    );
    return rows.map((r) => r.id);
  }

  /** Moves the comment count (the comments domain calls this in the comment's transaction). */
  async addToCommentCount(tx: Tx, id: string, delta: number): Promise<void> {
    await sqlRows(tx, `UPDATE proposals SET comment_count = comment_count + $2 WHERE id = $1`, [id, delta]);
  }

  async insertEvent(
    tx: Tx,
    e: {
      proposalId: string;
      kind: ProposalEventKind;
      fromStatus?: ProposalStatus | null;
      toStatus?: ProposalStatus | null;
      body?: string | null;
      progress?: number | null;
      authorId: string | null;
    },
  ): Promise<void> {
    await sqlRows(
      tx,
      `INSERT INTO proposal_events (proposal_id, kind, from_status, to_status, body, progress, author_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [e.proposalId, e.kind, e.fromStatus ?? null, e.toStatus ?? null, e.body ?? null, e.progress ?? null, e.authorId],
    );
  }

  /** Timelines of several proposals, each oldest first. */
  eventsOf(tx: Tx, proposalIds: readonly string[]): Promise<ProposalEventRow[]> {
    return sqlRows(tx, `SELECT ${EVENT_COLUMNS} FROM proposal_events e WHERE e.proposal_id = ANY($1::uuid[]) ORDER BY e.created_at, e.id`, [
      proposalIds,
    ]);
  }

  /** Which of these proposals the user supports. */
  async supportedBy(tx: Tx, userId: string, proposalIds: readonly string[]): Promise<string[]> {
    const rows = await sqlRows<{ id: string }>(
      tx,
      `SELECT proposal_id AS id FROM proposal_supports WHERE user_id = $1 AND proposal_id = ANY($2::uuid[])`,
      [userId, proposalIds],
    );
    return rows.map((r) => r.id);
  }

  /**
   * One page of the list, keyset on (sort value, id), `limit` rows (the caller asks first + 1).
   * `after` is the (sort value, id) of the last row of the previous page.
   */
  page(
    tx: Tx,
    filter: ProposalFilterSql,
    sort: ProposalSortKey,
    descending: boolean,
    limit: number,
    after?: [string | number, string],
  ): Promise<ProposalRow[]> {
    const { expr, cast } = SORT_SQL[sort];
    const { where, params } = filterSql(filter, 2);
    const dir = descending ? 'DESC' : 'ASC';
    let keyset = '';
    if (after) {
      const n = params.length + 2;
      keyset = ` AND (${expr}, p.id) ${descending ? '<' : '>'} ($${n}::${cast}, $${n + 1}::uuid)`;
      params.push(after[0], after[1]);
    }
    // The viewer's supports of the page's rows come with them (an index probe per row of the page).
    let supported = '';
    if (filter.viewerId) {
      params.push(filter.viewerId);
      supported = `, ${SUPPORTED_BY(`$${params.length + 1}`)}`;
    }
    return sqlRows(
      tx,
      `SELECT ${COLUMNS}${supported} FROM proposals p WHERE ${where}${keyset} ORDER BY ${expr} ${dir}, p.id ${dir} LIMIT $1`,
      [limit, ...params],
    );
  }

  async count(tx: Tx, filter: ProposalFilterSql): Promise<number> {
    const { where, params } = filterSql(filter, 1);
    const [row] = await sqlRows<{ n: number }>(tx, `SELECT count(*)::int AS n FROM proposals p WHERE ${where}`, params);
    return row.n;
  }

  /**
   * Public proposals (not drafts, not withdrawn) most like a title and body being written: trigram
   * similarity of the unaccented titles (GIN trigram index) plus the French full-text rank of any
   * of the words (GIN index on search_vector). `anyWord` is a to_tsquery text built by searchQuery.
   */
  similar(tx: Tx, title: string, anyWord: string, limit: number): Promise<(ProposalRow & { score: number })[]> {
    return sqlRows(
      tx,
      `WITH q AS (SELECT parvis_unaccent($1) AS title, to_tsquery('french', parvis_unaccent($2)) AS tsq)
       SELECT ${COLUMNS},
              similarity(parvis_unaccent(p.title), q.title) + ts_rank(p.search_vector, q.tsq, 32) AS score
       FROM proposals p, q
       WHERE p.status NOT IN ('DRAFT', 'WITHDRAWN') AND p.hidden_at IS NULL
         AND (parvis_unaccent(p.title) % q.title OR p.search_vector @@ q.tsq)
       ORDER BY score DESC, p.id
       LIMIT $3`,
      [title, anyWord, limit],
    );
  }

  /** Demo seed only: spreads a proposal's history over the past `days` days, oldest event first. */
  async backdateForDemo(tx: Tx, id: string, days: number): Promise<void> {
    await sqlRows(
      tx,
      `WITH ev AS (
         SELECT id, row_number() OVER (ORDER BY created_at, id) AS i, count(*) OVER () AS n FROM proposal_events WHERE proposal_id = $1
       )
       UPDATE proposal_events e SET created_at = now() - make_interval(secs => $2 * 86400.0 * (ev.n - ev.i + 1) / (ev.n + 1))
       FROM ev WHERE e.id = ev.id`,
      [id, days],
    );
    await sqlRows(
      tx,
      `UPDATE proposals p SET created_at = now() - make_interval(days => $2),
         published_at = (SELECT min(created_at) FROM proposal_events WHERE proposal_id = $1 AND kind = 'PUBLISHED'),
         answered_at = CASE WHEN answered_at IS NULL THEN NULL ELSE
           (SELECT max(created_at) FROM proposal_events WHERE proposal_id = $1 AND kind IN ('ANSWERED', 'UNDER_REVIEW')) END,
         threshold_reached_at = CASE WHEN threshold_reached_at IS NULL THEN NULL ELSE
           (SELECT min(created_at) FROM proposal_events WHERE proposal_id = $1 AND kind = 'THRESHOLD_REACHED') END
       WHERE p.id = $1`,
      [id, days],
    );
    await sqlRows(
      tx,
      `UPDATE proposals SET support_deadline = published_at + (support_deadline - now()) WHERE id = $1 AND published_at IS NOT NULL`,
      [id],
    );
  }
}
