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

/** A keyset position after which a page starts: (created_at text, id). */
export type CommentCursor = [createdAt: string, id: string];

const COLUMNS = `c.id, c.target_type AS "targetType", c.target_id AS "targetId", c.parent_id AS "parentId",
  c.author_id AS "authorId", c.body, c.score, c.created_at AS "createdAt", c.edited_at AS "editedAt",
  c.deleted_at AS "deletedAt", c.hidden_at AS "hiddenAt", c.hidden_reason AS "hiddenReason",
  to_char(c.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "cursorAt"`;

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
   * query for a whole batch of targets (a window per target).
   */
  topLevelPages(
    tx: Tx,
    type: CommentTargetType,
    targetIds: readonly string[],
    limit: number,
    after?: CommentCursor,
  ): Promise<CommentRow[]> {
    return sqlRows(
      tx,
      `SELECT * FROM (
         SELECT ${COLUMNS}, row_number() OVER (PARTITION BY c.target_id ORDER BY c.created_at, c.id) AS rn
         FROM comments c
         WHERE c.target_type = $1 AND c.target_id = ANY($2::uuid[]) AND c.parent_id IS NULL
           AND ($4::timestamptz IS NULL OR (c.created_at, c.id) > ($4::timestamptz, $5::uuid))
       ) page WHERE rn <= $3 ORDER BY "createdAt", id`,
      [type, targetIds, limit, after?.[0] ?? null, after?.[1] ?? null],
    );
  }

  /** The first `limit` replies of each parent (oldest first) after the cursor, in one query. */
  replyPages(tx: Tx, parentIds: readonly string[], limit: number, after?: CommentCursor): Promise<CommentRow[]> {
    return sqlRows(
      tx,
      `SELECT * FROM (
         SELECT ${COLUMNS}, row_number() OVER (PARTITION BY c.parent_id ORDER BY c.created_at, c.id) AS rn
         FROM comments c
         WHERE c.parent_id = ANY($1::uuid[])
           AND ($3::timestamptz IS NULL OR (c.created_at, c.id) > ($3::timestamptz, $4::uuid))
       ) page WHERE rn <= $2 ORDER BY "createdAt", id`,
      [parentIds, limit, after?.[0] ?? null, after?.[1] ?? null],
    );
  }

  /** Top-level comments per target (deleted ones included: they stay in the list as placeholders). */
  topLevelCounts(tx: Tx, type: CommentTargetType, targetIds: readonly string[]): Promise<{ key: string; n: number }[]> {
    return sqlRows(
      tx,
      `SELECT target_id AS key, count(*)::int AS n FROM comments
       WHERE target_type = $1 AND target_id = ANY($2::uuid[]) AND parent_id IS NULL GROUP BY target_id`,
      [type, targetIds],
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
