import { Injectable } from '@nestjs/common';
import { sqlRows, Tx } from '../database/transaction';
import { CommentTargetType } from './comment-targets';

/** A comment as the service works with it. */
export interface CommentRow {
  id: string;
  targetType: CommentTargetType;
  targetId: string;
  parentId: string | null;
  authorId: string;
  body: string;
  score: number;
  createdAt: Date;
  editedAt: Date | null;
  deletedAt: Date | null;
  hiddenAt: Date | null;
  hiddenReason: string | null;
  /**
   * created_at as text with its microseconds: the keyset cursor value. A JS Date keeps only
   * milliseconds, and two comments in the same millisecond would be skipped or repeated across pages.
   */
  cursorAt: string;
}

/**
 * A comment read as part of a page, with what a thread shows beside each comment, read in the
 * same statement: how many direct replies it has (deleted ones included, like every reply list)
 * and the vote of the viewer the page was read for.
 */
export interface CommentPageRow extends CommentRow {
  replyCount: number;
  /** 1, -1, or 0 (none); null when the page was read for no viewer. */
  viewerVote: number | null;
}

/** A keyset position after which a page starts: (created_at text, id). */
export type CommentCursor = [createdAt: string, id: string];

const COLUMNS = `c.id, c.target_type AS "targetType", c.target_id AS "targetId", c.parent_id AS "parentId",
  c.author_id AS "authorId", c.body, c.score, c.created_at AS "createdAt", c.edited_at AS "editedAt",
  c.deleted_at AS "deletedAt", c.hidden_at AS "hiddenAt", c.hidden_reason AS "hiddenReason",
  to_char(c.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "cursorAt"`;

/**
 * COLUMNS plus a page row's reply count (an index-only count on ix_comments_parent_id_created_at_id)
 * and the vote of the viewer in parameter `viewer` (the primary key of comment_votes; null when
 * read for no viewer).
 */
const pageColumns = (viewer: string) => `${COLUMNS},
  (SELECT count(*)::int FROM comments r WHERE r.parent_id = c.id) AS "replyCount",
  CASE WHEN ${viewer}::uuid IS NULL THEN NULL
    ELSE COALESCE((SELECT v.value FROM comment_votes v WHERE v.comment_id = c.id AND v.user_id = ${viewer}::uuid), 0)::int END AS "viewerVote"`;

/** Every query on comments and comment_votes. Threads read oldest first, like a conversation. */
@Injectable()
export class CommentsRepository {
  async insertComment(
    tx: Tx,
    c: { targetType: CommentTargetType; targetId: string; parentId: string | null; authorId: string; body: string },
  ): Promise<CommentRow> {
    const [row] = await sqlRows<CommentRow>(
      tx,
      `INSERT INTO comments AS c (target_type, target_id, parent_id, author_id, body)
       VALUES ($1, $2, $3, $4, $5) RETURNING ${COLUMNS}`,
      [c.targetType, c.targetId, c.parentId, c.authorId, c.body],
    );
    return row;
  }

  commentsByIds(tx: Tx, ids: readonly string[]): Promise<CommentRow[]> {
    return sqlRows(tx, `SELECT ${COLUMNS} FROM comments c WHERE c.id = ANY($1::uuid[])`, [ids]);
  }

  /**
   * Locks the comment row for this transaction: every vote on a comment runs under this lock, so
   * reading the voter's previous vote and moving the score by the difference cannot interleave.
   */
  async lockComment(tx: Tx, id: string): Promise<CommentRow | null> {
    const rows = await sqlRows<CommentRow>(tx, `SELECT ${COLUMNS} FROM comments c WHERE c.id = $1 FOR NO KEY UPDATE`, [id]);
    return rows[0] ?? null;
  }

  /**
   * The first `limit` top-level comments of each target (oldest first) after the cursor, in one
   * query for a whole batch of targets: per target, an index scan of ix_comments_top_level_page
   * that stops after `limit` rows (never a numbering of all its comments), and the count of all its
   * top-level comments (the same index, deleted ones included: they stay in the list as placeholders).
   * With `repliesLimit`, the same statement also reads the first `repliesLimit` replies of each
   * comment of the page (per parent, an index scan that stops after them), for the page to show.
   */
  async topLevelPages(
    tx: Tx,
    type: CommentTargetType,
    targetIds: readonly string[],
    limit: number,
    after: CommentCursor | undefined,
    viewerId: string | null,
    repliesLimit: number | null,
  ): Promise<{ pages: CommentPageRow[]; totals: Map<string, number>; replies: CommentPageRow[] }> {
    const params: unknown[] = [type, targetIds, limit, viewerId];
    const keyset = after ? ` AND (c.created_at, c.id) > ($5::timestamptz, $6::uuid)` : '';
    if (after) params.push(after[0], after[1]);
    if (repliesLimit) params.push(repliesLimit);
    // A target with no comment on this page still gives one row: its id and count alone.
    const top = `SELECT t.id AS "ownerId", n.total, page.* FROM unnest($2::uuid[]) AS t(id)
       CROSS JOIN LATERAL (
         SELECT count(*)::int AS total FROM comments x WHERE x.target_type = $1 AND x.target_id = t.id AND x.parent_id IS NULL
       ) n
       LEFT JOIN LATERAL (
         SELECT ${pageColumns('$4')} FROM comments c
         WHERE c.target_type = $1 AND c.target_id = t.id AND c.parent_id IS NULL${keyset}
         ORDER BY c.created_at, c.id LIMIT $3
       ) page ON true`;
    const sql = !repliesLimit
      ? top
      : `WITH top AS (${top})
         SELECT * FROM top
         UNION ALL
         SELECT NULL, NULL, reply.* FROM top
         CROSS JOIN LATERAL (
           SELECT ${pageColumns('$4')} FROM comments c WHERE c.parent_id = top.id ORDER BY c.created_at, c.id LIMIT $${params.length}
         ) reply
         WHERE top."replyCount" > 0`;
    const rows = await sqlRows<CommentPageRow & { ownerId: string | null; total: number | null }>(tx, sql, params);
    const totals = new Map<string, number>();
    const pages: CommentPageRow[] = [];
    const replies: CommentPageRow[] = [];
    for (const { ownerId, total, ...row } of rows) {
      if (ownerId === null) replies.push(row);
      else {
        totals.set(ownerId, total ?? 0);
        if (row.id !== null) pages.push(row);
      }
    }
    return { pages, totals, replies };
  }

  /**
   * The first `limit` replies of each parent (oldest first) after the cursor, in one query: per
   * parent, an index scan of ix_comments_parent_id_created_at_id that stops after `limit` rows.
   */
  replyPages(
    tx: Tx,
    parentIds: readonly string[],
    limit: number,
    after: CommentCursor | undefined,
    viewerId: string | null,
  ): Promise<CommentPageRow[]> {
    const params: unknown[] = [parentIds, limit, viewerId];
    const keyset = after ? ` AND (c.created_at, c.id) > ($4::timestamptz, $5::uuid)` : '';
    if (after) params.push(after[0], after[1]);
    return sqlRows(
      tx,
      `SELECT page.* FROM unnest($1::uuid[]) AS t(id)
       CROSS JOIN LATERAL (
         SELECT ${pageColumns('$3')} FROM comments c
         WHERE c.parent_id = t.id${keyset}
         ORDER BY c.created_at, c.id LIMIT $2
       ) page`,
      params,
    );
  }

  replyCounts(tx: Tx, parentIds: readonly string[]): Promise<{ key: string; n: number }[]> {
    return sqlRows(tx, `SELECT parent_id AS key, count(*)::int AS n FROM comments WHERE parent_id = ANY($1::uuid[]) GROUP BY parent_id`, [
      parentIds,
    ]);
  }

  async voteOf(tx: Tx, commentId: string, userId: string): Promise<number | null> {
    const rows = await sqlRows<{ value: number }>(tx, `SELECT value FROM comment_votes WHERE comment_id = $1 AND user_id = $2`, [
      commentId,
      userId,
    ]);
    return rows[0]?.value ?? null;
  }

  async upsertVote(tx: Tx, commentId: string, userId: string, value: 1 | -1): Promise<void> {
    await sqlRows(
      tx,
      `INSERT INTO comment_votes (comment_id, user_id, value) VALUES ($1, $2, $3)
       ON CONFLICT (comment_id, user_id) DO UPDATE SET value = EXCLUDED.value, updated_at = now()`,
      [commentId, userId, value],
    );
  }

  async deleteVote(tx: Tx, commentId: string, userId: string): Promise<void> {
    await sqlRows(tx, `DELETE FROM comment_votes WHERE comment_id = $1 AND user_id = $2`, [commentId, userId]);
  }

  /** Moves the score by `delta` atomically (never a value computed in JS and written back). */
  async addToScore(tx: Tx, commentId: string, delta: number): Promise<CommentRow> {
    const [row] = await sqlRows<CommentRow>(tx, `UPDATE comments c SET score = c.score + $2 WHERE c.id = $1 RETURNING ${COLUMNS}`, [
      commentId,
      delta,
    ]);
    return row;
  }

  votesOf(tx: Tx, userId: string, commentIds: readonly string[]): Promise<{ commentId: string; value: number }[]> {
    return sqlRows(tx, `SELECT comment_id AS "commentId", value FROM comment_votes WHERE user_id = $1 AND comment_id = ANY($2::uuid[])`, [
      userId,
      commentIds,
    ]);
  }

  /**
   * Replaces the body if the comment is still editable: its author's, live, visible and written
   * after `notBefore`. The conditions are in the UPDATE, so a racing delete or hide wins cleanly.
   */
  async updateBodyIfEditable(tx: Tx, id: string, authorId: string, body: string, notBefore: Date): Promise<CommentRow | null> {
    const rows = await sqlRows<CommentRow>(
      tx,
      `UPDATE comments c SET body = $3, edited_at = now()
       WHERE c.id = $1 AND c.author_id = $2 AND c.deleted_at IS NULL AND c.hidden_at IS NULL AND c.created_at > $4
       RETURNING ${COLUMNS}`,
      [id, authorId, body, notBefore],
    );
    return rows[0] ?? null;
  }

  /**
   * Soft-deletes a live comment and erases its text (its author asked for it to be gone); replies
   * keep pointing at it. Null when it was already deleted, so the count moves once.
   */
  async markDeleted(tx: Tx, id: string): Promise<CommentRow | null> {
    const rows = await sqlRows<CommentRow>(
      tx,
      `UPDATE comments c SET deleted_at = now(), body = '' WHERE c.id = $1 AND c.deleted_at IS NULL RETURNING ${COLUMNS}`,
      [id],
    );
    return rows[0] ?? null;
  }

  /**
   * Sets (with the moderator's reason and the moment) or clears the hidden mark of a comment that
   * is not deleted (a deleted one has no text left to hide); null when there is no such comment.
   */
  async setHidden(tx: Tx, id: string, hidden: { reason: string; at: Date } | null): Promise<CommentRow | null> {
    const rows = await sqlRows<CommentRow>(
      tx,
      `UPDATE comments c SET hidden_at = $2, hidden_reason = $3 WHERE c.id = $1 AND c.deleted_at IS NULL RETURNING ${COLUMNS}`,
      [id, hidden?.at ?? null, hidden?.reason ?? null],
    );
    return rows[0] ?? null;
  }

  /** Demo seed only: the newest live, shown comments. */
  async newestShown(tx: Tx, limit: number): Promise<string[]> {
    const rows = await sqlRows<{ id: string }>(
      tx,
      `SELECT id FROM comments WHERE deleted_at IS NULL AND hidden_at IS NULL ORDER BY created_at DESC, id DESC LIMIT $1`,
      [limit],
    );
    return rows.map((r) => r.id);
  }
}
