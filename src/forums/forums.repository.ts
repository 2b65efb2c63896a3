import { Injectable } from '@nestjs/common';
import { sqlRows, timestampKeySql, Tx } from '../database/transaction';

/** A forum as the service works with it. */
export interface ForumRow {
  id: string;
  title: string;
  description: string;
  position: number;
  topicCount: number;
  archivedAt: Date | null;
  createdById: string;
  createdAt: Date;
  updatedAt: Date;
  /** archived_at as text with microseconds: the keyset value of the archive list (null while active). */
  archivedKey: string | null;
}

/** A topic as the service works with it, with the one fact of its forum its rules need. */
export interface TopicRow {
  id: string;
  forumId: string;
  authorId: string;
  title: string;
  body: string;
  pinned: boolean;
  locked: boolean;
  commentCount: number;
  lastActivityAt: Date;
  editedAt: Date | null;
  hiddenAt: Date | null;
  hiddenReason: string | null;
  createdAt: Date;
  updatedAt: Date;
  forumArchived: boolean;
  /** last_activity_at and created_at as text with microseconds: the keyset values of two orders. */
  activityKey: string;
  createdKey: string;
}

/** The orders of a forum's topic list, pinned topics always first. */
export type TopicSort = 'activity' | 'newest' | 'comments';

/** A keyset position in a forum's list: whether that topic is pinned, its sort value, its id. */
export type TopicCursor = [pinned: boolean, value: string | number, id: string];

const SORT_SQL: Record<TopicSort, { expr: string; cast: string }> = {
  activity: { expr: 't.last_activity_at', cast: 'timestamptz' },
  newest: { expr: 't.created_at', cast: 'timestamptz' },
  comments: { expr: 't.comment_count', cast: 'int' },
};

const FORUM_COLUMNS = `f.id, f.title, f.description, f.position, f.topic_count AS "topicCount", f.archived_at AS "archivedAt",
  f.created_by_id AS "createdById", f.created_at AS "createdAt", f.updated_at AS "updatedAt",
  CASE WHEN f.archived_at IS NULL THEN NULL ELSE ${timestampKeySql('f.archived_at')} END AS "archivedKey"`;

/** Topic columns; every query selecting them joins its forum as `f`. */
const TOPIC_COLUMNS = `t.id, t.forum_id AS "forumId", t.author_id AS "authorId", t.title, t.body, t.pinned, t.locked,
  t.comment_count AS "commentCount", t.last_activity_at AS "lastActivityAt", t.edited_at AS "editedAt",
  t.hidden_at AS "hiddenAt", t.hidden_reason AS "hiddenReason", t.created_at AS "createdAt", t.updated_at AS "updatedAt",
  (f.archived_at IS NOT NULL) AS "forumArchived",
  ${timestampKeySql('t.last_activity_at')} AS "activityKey", ${timestampKeySql('t.created_at')} AS "createdKey"`;

/** Whitelists of the columns a patch may touch (keys become SQL). */
const FORUM_PATCH = { title: 'title', description: 'description' } as const;
const TOPIC_PATCH = { title: 'title', body: 'body' } as const;
export type ForumPatch = { -readonly [K in keyof typeof FORUM_PATCH]?: string };
export type TopicPatch = { -readonly [K in keyof typeof TOPIC_PATCH]?: string };

function setClauses(patch: Record<string, string | undefined>, columns: Record<string, string>, first: number) {
  const entries = Object.entries(patch).filter(([k, v]) => k in columns && v !== undefined);
  return { sets: entries.map(([k], i) => `${columns[k]} = $${i + first}`), values: entries.map(([, v]) => v) };
}

/** Every query on forums and forum_topics. */
@Injectable()
export class ForumsRepository {
  // ---- forums ----

  /**
   * Serialises every change to the set and order of active forums (create, archive, restore, move,
   * reorder) for the rest of the transaction: the 100-forum limit and the dense positions are read
   * and written by one change at a time, including the rows that do not exist yet.
   */
  async lockForumOrder(tx: Tx): Promise<void> {
    await sqlRows(tx, `SELECT pg_advisory_xact_lock(hashtext('parvis.forums.order'))`);
  }

  /** The active forums in their order (at most `limit`). */
  activeForums(tx: Tx, limit: number): Promise<ForumRow[]> {
    return sqlRows(tx, `SELECT ${FORUM_COLUMNS} FROM forums f WHERE f.archived_at IS NULL ORDER BY f.position, f.id LIMIT $1`, [limit]);
  }

  async countActive(tx: Tx): Promise<number> {
    const [row] = await sqlRows<{ n: number }>(tx, `SELECT count(*)::int AS n FROM forums WHERE archived_at IS NULL`);
    return row.n;
  }

  /** A new active forum, last in the order. Run under lockForumOrder. */
  async insertForum(tx: Tx, f: { title: string; description: string; createdById: string }): Promise<ForumRow> {
    const [row] = await sqlRows<ForumRow>(
      tx,
      `INSERT INTO forums AS f (title, description, created_by_id, position)
       VALUES ($1, $2, $3, (SELECT COALESCE(max(position), 0) + 1 FROM forums WHERE archived_at IS NULL))
       RETURNING ${FORUM_COLUMNS}`,
      [f.title, f.description, f.createdById],
    );
    return row;
  }

  forumsByIds(tx: Tx, ids: readonly string[]): Promise<ForumRow[]> {
    return sqlRows(tx, `SELECT ${FORUM_COLUMNS} FROM forums f WHERE f.id = ANY($1::uuid[])`, [ids]);
  }

  async lockForum(tx: Tx, id: string): Promise<ForumRow | null> {
    const rows = await sqlRows<ForumRow>(tx, `SELECT ${FORUM_COLUMNS} FROM forums f WHERE f.id = $1 FOR NO KEY UPDATE`, [id]);
    return rows[0] ?? null;
  }

  async updateForum(tx: Tx, id: string, patch: ForumPatch): Promise<ForumRow | null> {
    const { sets, values } = setClauses(patch, FORUM_PATCH, 2);
    sets.push('updated_at = now()');
    const rows = await sqlRows<ForumRow>(tx, `UPDATE forums f SET ${sets.join(', ')} WHERE f.id = $1 RETURNING ${FORUM_COLUMNS}`, [
      id,
      ...values,
    ]);
    return rows[0] ?? null;
  }

  /** Archives an active forum; null when it was archived already. Run under lockForumOrder. */
  async archiveForum(tx: Tx, id: string): Promise<ForumRow | null> {
    const rows = await sqlRows<ForumRow>(
      tx,
      `UPDATE forums f SET archived_at = now(), updated_at = now() WHERE f.id = $1 AND f.archived_at IS NULL RETURNING ${FORUM_COLUMNS}`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** Makes an archived forum active again, last in the order; null when it was active. Run under lockForumOrder. */
  async restoreForum(tx: Tx, id: string): Promise<ForumRow | null> {
    const rows = await sqlRows<ForumRow>(
      tx,
      `UPDATE forums f SET archived_at = NULL, updated_at = now(),
         position = (SELECT COALESCE(max(position), 0) + 1 FROM forums WHERE archived_at IS NULL)
       WHERE f.id = $1 AND f.archived_at IS NOT NULL RETURNING ${FORUM_COLUMNS}`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** Gives the active forums, in this order, the positions 1..n. Run under lockForumOrder. */
  async setPositions(tx: Tx, ids: readonly string[]): Promise<void> {
    await sqlRows(
      tx,
      `UPDATE forums f SET position = v.pos, updated_at = now()
       FROM unnest($1::uuid[]) WITH ORDINALITY AS v(id, pos)
       WHERE f.id = v.id AND f.archived_at IS NULL AND f.position <> v.pos`,
      [ids],
    );
  }

  /** Closes the gaps an archive leaves: the active forums keep their order, numbered 1..n. */
  async renumberActive(tx: Tx): Promise<void> {
    await sqlRows(
      tx,
      `UPDATE forums f SET position = r.rn
       FROM (SELECT id, row_number() OVER (ORDER BY position, id) AS rn FROM forums WHERE archived_at IS NULL) r
       WHERE f.id = r.id AND f.position <> r.rn`,
    );
  }

  /** Archived forums, most recently archived first, keyset on (archived_at, id). */
  archivedPage(tx: Tx, limit: number, after?: [string, string]): Promise<ForumRow[]> {
    return sqlRows(
      tx,
      `SELECT ${FORUM_COLUMNS} FROM forums f WHERE f.archived_at IS NOT NULL
         AND ($2::timestamptz IS NULL OR (f.archived_at, f.id) < ($2::timestamptz, $3::uuid))
       ORDER BY f.archived_at DESC, f.id DESC LIMIT $1`,
      [limit, after?.[0] ?? null, after?.[1] ?? null],
    );
  }

  async countArchived(tx: Tx): Promise<number> {
    const [row] = await sqlRows<{ n: number }>(tx, `SELECT count(*)::int AS n FROM forums WHERE archived_at IS NOT NULL`);
    return row.n;
  }

  /**
   * Counts a new topic in its forum, only while the forum is active; the forum's row stays locked
   * to the end of the transaction, so an archive cannot slip in between. Null when archived or unknown.
   */
  async countNewTopic(tx: Tx, forumId: string): Promise<ForumRow | null> {
    const rows = await sqlRows<ForumRow>(
      tx,
      `UPDATE forums f SET topic_count = f.topic_count + 1 WHERE f.id = $1 AND f.archived_at IS NULL RETURNING ${FORUM_COLUMNS}`,
      [forumId],
    );
    return rows[0] ?? null;
  }

  /** Moves a forum's count of listed topics (a topic hidden or restored), atomically. */
  async addToTopicCount(tx: Tx, forumId: string, delta: number): Promise<void> {
    await sqlRows(tx, `UPDATE forums SET topic_count = topic_count + $2 WHERE id = $1`, [forumId, delta]);
  }

  /**
   * The last activity of each forum: the latest of its listed topics', read from the list index
   * (two index probes per forum: the newest pinned and the newest unpinned topic), null for a forum
   * without listed topics.
   */
  lastActivities(tx: Tx, forumIds: readonly string[]): Promise<{ forumId: string; at: Date | null }[]> {
    const newest = (pinned: boolean) =>
      `(SELECT t.last_activity_at FROM forum_topics t
        WHERE t.forum_id = ids.id AND t.hidden_at IS NULL AND t.pinned = ${pinned}
        ORDER BY t.pinned DESC, t.last_activity_at DESC, t.id DESC LIMIT 1)`;
    return sqlRows(tx, `SELECT ids.id AS "forumId", GREATEST(${newest(true)}, ${newest(false)}) AS at FROM unnest($1::uuid[]) AS ids(id)`, [
      forumIds,
    ]);
  }

  // ---- topics ----

  async insertTopic(tx: Tx, t: { forumId: string; authorId: string; title: string; body: string }): Promise<TopicRow> {
    const [row] = await sqlRows<TopicRow>(
      tx,
      `WITH t AS (
         INSERT INTO forum_topics (forum_id, author_id, title, body) VALUES ($1, $2, $3, $4) RETURNING *
       )
       SELECT ${TOPIC_COLUMNS} FROM t JOIN forums f ON f.id = t.forum_id`,
      [t.forumId, t.authorId, t.title, t.body],
    );
    return row;
  }

  topicsByIds(tx: Tx, ids: readonly string[]): Promise<TopicRow[]> {
    return sqlRows(tx, `SELECT ${TOPIC_COLUMNS} FROM forum_topics t JOIN forums f ON f.id = t.forum_id WHERE t.id = ANY($1::uuid[])`, [
      ids,
    ]);
  }

  /**
   * Locks the topic for this transaction (not its forum: comments on the topics of one forum never
   * wait for each other, and the forum's row is only ever locked after a topic's, so locks cannot
   * cross). Every comment, edit, pin, lock and hide of the topic runs under this lock, so a comment
   * never lands on a topic locked or hidden meanwhile, and the comment count and last activity move
   * in one order.
   */
  async lockTopic(tx: Tx, id: string): Promise<TopicRow | null> {
    const rows = await sqlRows<TopicRow>(
      tx,
      `SELECT ${TOPIC_COLUMNS} FROM forum_topics t JOIN forums f ON f.id = t.forum_id WHERE t.id = $1 FOR NO KEY UPDATE OF t`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** Changes a topic's title or text (the caller holds the topic's lock and checked the rules). */
  async updateTopic(tx: Tx, id: string, patch: TopicPatch): Promise<void> {
    const { sets, values } = setClauses(patch, TOPIC_PATCH, 2);
    sets.push('edited_at = now()', 'updated_at = now()');
    await sqlRows(tx, `UPDATE forum_topics SET ${sets.join(', ')} WHERE id = $1`, [id, ...values]);
  }

  /** Sets `pinned` or `locked`; false when it already had that value. */
  async setFlag(tx: Tx, id: string, flag: 'pinned' | 'locked', value: boolean): Promise<boolean> {
    const column = flag === 'pinned' ? 'pinned' : 'locked';
    const rows = await sqlRows(
      tx,
      `UPDATE forum_topics SET ${column} = $2, updated_at = now() WHERE id = $1 AND ${column} <> $2 RETURNING id`,
      [id, value],
    );
    return rows.length > 0;
  }

  /** Moves the comment count (the comments domain calls this in the comment's transaction). */
  async addToCommentCount(tx: Tx, id: string, delta: number): Promise<void> {
    await sqlRows(tx, `UPDATE forum_topics SET comment_count = comment_count + $2 WHERE id = $1`, [id, delta]);
  }

  /**
   * The topic's last activity becomes the transaction's time, which is the new comment's
   * `created_at` (its default, `now()`, in the same transaction). GREATEST keeps the newest under
   * concurrency: a comment whose transaction started earlier but committed later never moves it back.
   */
  async touchActivity(tx: Tx, id: string): Promise<void> {
    await sqlRows(tx, `UPDATE forum_topics SET last_activity_at = GREATEST(last_activity_at, now()) WHERE id = $1`, [id]);
  }

  /**
   * One page of the listed (not hidden) topics of each forum: pinned first, then the order, ties by
   * id, all descending, keyset after `after` — one query for a whole batch of forums (an index scan
   * per forum, LIMIT each).
   */
  topicPages(tx: Tx, forumIds: readonly string[], sort: TopicSort, limit: number, after?: TopicCursor): Promise<TopicRow[]> {
    const { expr, cast } = SORT_SQL[sort];
    const keyset = after ? `AND (t.pinned, ${expr}, t.id) < ($3::boolean, $4::${cast}, $5::uuid)` : '';
    return sqlRows(
      tx,
      `SELECT page.* FROM unnest($1::uuid[]) AS ids(id)
       CROSS JOIN LATERAL (
         SELECT ${TOPIC_COLUMNS} FROM forum_topics t JOIN forums f ON f.id = t.forum_id
         WHERE t.forum_id = ids.id AND t.hidden_at IS NULL ${keyset}
         ORDER BY t.pinned DESC, ${expr} DESC, t.id DESC
         LIMIT $2
       ) page`,
      after ? [forumIds, limit, after[0], after[1], after[2]] : [forumIds, limit],
    );
  }

  /**
   * Hides a topic (sets when and why) or restores it; the forum's count of listed topics moves
   * with it. Null when the topic does not exist or already was in that state.
   */
  async setHidden(tx: Tx, id: string, hidden: { reason: string; at: Date } | null): Promise<{ authorId: string; forumId: string } | null> {
    const rows = await sqlRows<{ authorId: string; forumId: string }>(
      tx,
      hidden
        ? `UPDATE forum_topics SET hidden_at = $2, hidden_reason = $3, updated_at = now()
           WHERE id = $1 AND hidden_at IS NULL RETURNING author_id AS "authorId", forum_id AS "forumId"`
        : `UPDATE forum_topics SET hidden_at = NULL, hidden_reason = NULL, updated_at = now()
           WHERE id = $1 AND hidden_at IS NOT NULL RETURNING author_id AS "authorId", forum_id AS "forumId"`,
      hidden ? [id, hidden.at, hidden.reason] : [id],
    );
    const row = rows[0];
    if (row) await this.addToTopicCount(tx, row.forumId, hidden ? -1 : 1);
    return row ?? null;
  }

  /** Demo seed only: the newest topics the public sees (in active forums), newest first. */
  async newestShownTopics(tx: Tx, limit: number): Promise<string[]> {
    const rows = await sqlRows<{ id: string }>(
      tx,
      `SELECT t.id FROM forum_topics t JOIN forums f ON f.id = t.forum_id
       WHERE t.hidden_at IS NULL AND f.archived_at IS NULL ORDER BY t.created_at DESC, t.id DESC LIMIT $1`,
      [limit],
    );
    return rows.map((r) => r.id);
  }

  /** A user's topics for their data export, newest first, bounded. */
  exportFor(tx: Tx, userId: string, limit: number): Promise<Record<string, unknown>[]> {
    return sqlRows(
      tx,
      `SELECT t.id, f.title AS forum, t.title, t.body, t.pinned, t.locked, t.comment_count AS "commentCount",
              t.created_at AS "createdAt", t.edited_at AS "editedAt", t.last_activity_at AS "lastActivityAt",
              t.hidden_at AS "hiddenAt", t.hidden_reason AS "hiddenReason"
       FROM forum_topics t JOIN forums f ON f.id = t.forum_id
       WHERE t.author_id = $1 ORDER BY t.created_at DESC, t.id DESC LIMIT $2`,
      [userId, limit],
    );
  }

  /** Demo seed only: a topic opened `days` ago; its last activity stays its newest comment's, or its opening. */
  async backdateForDemo(tx: Tx, id: string, days: number): Promise<void> {
    await sqlRows(
      tx,
      `UPDATE forum_topics SET created_at = now() - make_interval(secs => $2 * 86400.0),
         last_activity_at = CASE WHEN comment_count = 0 THEN now() - make_interval(secs => $2 * 86400.0) ELSE last_activity_at END
       WHERE id = $1`,
      [id, days],
    );
  }
}
