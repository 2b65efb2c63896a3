import { Injectable } from '@nestjs/common';
import { sqlRows, timestampKeySql, Tx } from '../database/transaction';

/** A flaggable item as moderation tracks it. */
export interface ItemRow {
  id: string;
  targetType: string;
  targetId: string;
  openFlagCount: number;
  firstOpenFlagAt: Date | null;
  lastFlaggedAt: Date | null;
  hiddenGround: string | null;
  /** first_open_flag_at with its microseconds: the queue's keyset value (null when no flag is open). */
  cursorAt: string | null;
}

/** An open flag's note as moderators read it: never who wrote it. */
export interface NoteRow {
  id: string;
  itemId: string;
  reason: string;
  note: string;
  createdAt: Date;
  cursorAt: string;
}

export interface LogRow {
  id: string;
  actorId: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  subjectUserId: string | null;
  reason: string | null;
  ground: string | null;
  details: Record<string, unknown>;
  createdAt: Date;
  cursorAt: string;
}

export interface LogEntry {
  actorId: string | null;
  action: string;
  targetType?: string | null;
  targetId?: string | null;
  subjectUserId?: string | null;
  reason?: string | null;
  ground?: string | null;
  details?: Record<string, unknown>;
}

export interface LogFilterSql {
  action?: string;
  actorId?: string;
  subjectUserId?: string;
  targetType?: string;
  targetId?: string;
}

/** One (month, ground) line of the transparency report. */
export interface GroundCountRow {
  month: string;
  ground: string;
  hidden: number;
  restored: number;
}

/** One month of the transparency report. */
export interface MonthCountRow {
  month: string;
  flags: number;
  hidden: number;
  restored: number;
  suspensions: number;
}

/** A keyset position: (timestamp text with microseconds, id). */
export type TimeCursor = [at: string, id: string];

const ITEM_COLUMNS = `i.id, i.target_type AS "targetType", i.target_id AS "targetId", i.open_flag_count AS "openFlagCount",
  i.first_open_flag_at AS "firstOpenFlagAt", i.last_flagged_at AS "lastFlaggedAt", i.hidden_ground AS "hiddenGround",
  CASE WHEN i.first_open_flag_at IS NULL THEN NULL ELSE ${timestampKeySql('i.first_open_flag_at')} END AS "cursorAt"`;

const LOG_COLUMNS = `l.id, l.actor_id AS "actorId", l.action, l.target_type AS "targetType", l.target_id AS "targetId",
  l.subject_user_id AS "subjectUserId", l.reason, l.ground, l.details, l.created_at AS "createdAt",
  ${timestampKeySql('l.created_at')} AS "cursorAt"`;

/** The month of an instant as the commune lives it (Paris time), `YYYY-MM`. */
const MONTH = (column: string) => `to_char(${column} AT TIME ZONE 'Europe/Paris', 'YYYY-MM')`;

/** Every query on moderation_items, flags and moderation_log. */
@Injectable()
export class ModerationRepository {
  /**
   * The item's row, created on first need, locked for this transaction: every flag, hide, restore
   * and dismissal of an item runs under this lock, so the open count and the hidden state move in
   * one order. (ON CONFLICT DO UPDATE locks an existing row as it returns it.)
   */
  async lockItem(tx: Tx, targetType: string, targetId: string): Promise<ItemRow> {
    const [row] = await sqlRows<ItemRow>(
      tx,
      `INSERT INTO moderation_items AS i (target_type, target_id) VALUES ($1, $2)
       ON CONFLICT (target_type, target_id) DO UPDATE SET target_type = EXCLUDED.target_type
       RETURNING ${ITEM_COLUMNS}`,
      [targetType, targetId],
    );
    return row;
  }

  /** The item's row, if moderation has met the item. */
  async itemByTarget(tx: Tx, targetType: string, targetId: string): Promise<ItemRow | null> {
    const rows = await sqlRows<ItemRow>(
      tx,
      `SELECT ${ITEM_COLUMNS} FROM moderation_items i WHERE i.target_type = $1 AND i.target_id = $2`,
      [targetType, targetId],
    );
    return rows[0] ?? null;
  }

  /** The flag, unless this user already flagged the item (null then: the unique constraint decides). */
  async insertFlagIfAbsent(
    tx: Tx,
    f: { itemId: string; flaggerId: string; reason: string; note: string | null },
  ): Promise<{ id: string; createdAt: Date } | null> {
    const rows = await sqlRows<{ id: string; createdAt: Date }>(
      tx,
      `INSERT INTO flags (item_id, flagger_id, reason, note) VALUES ($1, $2, $3, $4)
       ON CONFLICT (flagger_id, item_id) DO NOTHING RETURNING id, created_at AS "createdAt"`,
      [f.itemId, f.flaggerId, f.reason, f.note],
    );
    return rows[0] ?? null;
  }

  /** Counts one new open flag on the item (atomically, in the flag's transaction). */
  async countNewFlag(tx: Tx, itemId: string, flaggedAt: Date): Promise<void> {
    await sqlRows(
      tx,
      `UPDATE moderation_items SET open_flag_count = open_flag_count + 1,
         first_open_flag_at = COALESCE(first_open_flag_at, $2),
         last_flagged_at = GREATEST(COALESCE(last_flagged_at, $2), $2)
       WHERE id = $1`,
      [itemId, flaggedAt],
    );
  }

  /**
   * Resolves every open flag of the item (hidden or dismissed) and takes them off its open count,
   * in one transaction under the item's lock. Returns how many were resolved.
   */
  async resolveOpenFlags(tx: Tx, itemId: string, resolution: 'HIDDEN' | 'DISMISSED', at: Date): Promise<number> {
    const resolved = await sqlRows(
      tx,
      `UPDATE flags SET resolved_at = $3, resolution = $2 WHERE item_id = $1 AND resolved_at IS NULL RETURNING id`,
      [itemId, resolution, at],
    );
    if (!resolved.length) return 0;
    await sqlRows(
      tx,
      `UPDATE moderation_items SET open_flag_count = open_flag_count - $2,
         first_open_flag_at = (SELECT min(created_at) FROM flags WHERE item_id = $1 AND resolved_at IS NULL)
       WHERE id = $1`,
      [itemId, resolved.length],
    );
    return resolved.length;
  }

  async setHiddenGround(tx: Tx, itemId: string, ground: string | null): Promise<void> {
    await sqlRows(tx, `UPDATE moderation_items SET hidden_ground = $2 WHERE id = $1`, [itemId, ground]);
  }

  /** Open flags per reason of these items, from the rows themselves. */
  openReasonCounts(tx: Tx, itemIds: readonly string[]): Promise<{ itemId: string; reason: string; count: number }[]> {
    return sqlRows(
      tx,
      `SELECT item_id AS "itemId", reason, count(*)::int AS count FROM flags
       WHERE item_id = ANY($1::uuid[]) AND resolved_at IS NULL GROUP BY item_id, reason ORDER BY item_id, reason`,
      [itemIds],
    );
  }

  /** The queue: items with open flags of the served types, oldest first open flag first, keyset-paged. */
  queuePage(tx: Tx, types: readonly string[], limit: number, after?: TimeCursor): Promise<ItemRow[]> {
    return sqlRows(
      tx,
      `SELECT ${ITEM_COLUMNS} FROM moderation_items i
       WHERE i.open_flag_count > 0 AND i.target_type = ANY($2::text[])
         AND ($3::timestamptz IS NULL OR (i.first_open_flag_at, i.id) > ($3::timestamptz, $4::uuid))
       ORDER BY i.first_open_flag_at, i.id LIMIT $1`,
      [limit, types, after?.[0] ?? null, after?.[1] ?? null],
    );
  }

  async queueCount(tx: Tx, types: readonly string[]): Promise<number> {
    const [row] = await sqlRows<{ n: number }>(
      tx,
      `SELECT count(*)::int AS n FROM moderation_items WHERE open_flag_count > 0 AND target_type = ANY($1::text[])`,
      [types],
    );
    return row.n;
  }

  /** The first `limit` notes of each item's open flags (oldest first) after the cursor, in one query. */
  notePages(tx: Tx, itemIds: readonly string[], limit: number, after?: TimeCursor): Promise<NoteRow[]> {
    return sqlRows(
      tx,
      `SELECT * FROM (
         SELECT f.id, f.item_id AS "itemId", f.reason, f.note, f.created_at AS "createdAt", ${timestampKeySql('f.created_at')} AS "cursorAt",
                row_number() OVER (PARTITION BY f.item_id ORDER BY f.created_at, f.id) AS rn
         FROM flags f
         WHERE f.item_id = ANY($1::uuid[]) AND f.resolved_at IS NULL AND f.note IS NOT NULL
           AND ($3::timestamptz IS NULL OR (f.created_at, f.id) > ($3::timestamptz, $4::uuid))
       ) page WHERE rn <= $2 ORDER BY "createdAt", id`,
      [itemIds, limit, after?.[0] ?? null, after?.[1] ?? null],
    );
  }

  noteCounts(tx: Tx, itemIds: readonly string[]): Promise<{ itemId: string; n: number }[]> {
    return sqlRows(
      tx,
      `SELECT item_id AS "itemId", count(*)::int AS n FROM flags
       WHERE item_id = ANY($1::uuid[]) AND resolved_at IS NULL AND note IS NOT NULL GROUP BY item_id`,
      [itemIds],
    );
  }

  // ---- the log ----

  async insertLog(tx: Tx, e: LogEntry): Promise<LogRow> {
    const [row] = await sqlRows<LogRow>(
      tx,
      `INSERT INTO moderation_log AS l (actor_id, action, target_type, target_id, subject_user_id, reason, ground, details)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${LOG_COLUMNS}`,
      [
        e.actorId,
        e.action,
        e.targetType ?? null,
        e.targetId ?? null,
        e.subjectUserId ?? null,
        e.reason ?? null,
        e.ground ?? null,
        JSON.stringify(e.details ?? {}),
      ],
    );
    return row;
  }

  /** The log, newest first, keyset on (created_at, id). */
  logPage(tx: Tx, filter: LogFilterSql, limit: number, after?: TimeCursor): Promise<LogRow[]> {
    const { where, params } = logFilterSql(filter, 4);
    return sqlRows(
      tx,
      `SELECT ${LOG_COLUMNS} FROM moderation_log l
       WHERE ${where} AND ($2::timestamptz IS NULL OR (l.created_at, l.id) < ($2::timestamptz, $3::uuid))
       ORDER BY l.created_at DESC, l.id DESC LIMIT $1`,
      [limit, after?.[0] ?? null, after?.[1] ?? null, ...params],
    );
  }

  async logCount(tx: Tx, filter: LogFilterSql): Promise<number> {
    const { where, params } = logFilterSql(filter, 1);
    const [row] = await sqlRows<{ n: number }>(tx, `SELECT count(*)::int AS n FROM moderation_log l WHERE ${where}`, params);
    return row.n;
  }

  /** The log entries about a person (decisions on their content or account), for their data export. */
  logAbout(tx: Tx, userId: string, limit: number): Promise<Record<string, unknown>[]> {
    return sqlRows(
      tx,
      `SELECT action, target_type AS "targetType", target_id AS "targetId", reason, ground, created_at AS "createdAt"
       FROM moderation_log WHERE subject_user_id = $1 ORDER BY created_at DESC, id DESC LIMIT $2`,
      [userId, limit],
    );
  }

  // ---- transparency ----

  /**
   * Hide and restore actions per month (Paris time) and ground, in [from, to). A restore counts
   * under the ground of the hiding it undid (recorded on its log row), in the month it happened.
   */
  groundCounts(tx: Tx, from: Date, to: Date): Promise<GroundCountRow[]> {
    return sqlRows(
      tx,
      `SELECT ${MONTH('created_at')} AS month, ground,
              count(*) FILTER (WHERE action = 'HIDE')::int AS hidden,
              count(*) FILTER (WHERE action = 'RESTORE')::int AS restored
       FROM moderation_log
       WHERE action IN ('HIDE', 'RESTORE') AND ground IS NOT NULL AND created_at >= $1 AND created_at < $2
       GROUP BY 1, 2 ORDER BY 1, 2`,
      [from, to],
    );
  }

  /** Per month (Paris time) in [from, to): flags received, hides, restores, suspensions. */
  monthCounts(tx: Tx, from: Date, to: Date): Promise<MonthCountRow[]> {
    return sqlRows(
      tx,
      `WITH actions AS (
         SELECT ${MONTH('created_at')} AS month,
                count(*) FILTER (WHERE action = 'HIDE')::int AS hidden,
                count(*) FILTER (WHERE action = 'RESTORE')::int AS restored,
                count(*) FILTER (WHERE action = 'SUSPEND')::int AS suspensions
         FROM moderation_log WHERE action IN ('HIDE', 'RESTORE', 'SUSPEND') AND created_at >= $1 AND created_at < $2
         GROUP BY 1
       ), received AS (
         SELECT ${MONTH('created_at')} AS month, count(*)::int AS flags
         FROM flags WHERE created_at >= $1 AND created_at < $2 GROUP BY 1
       )
       SELECT COALESCE(a.month, r.month) AS month, COALESCE(r.flags, 0) AS flags, COALESCE(a.hidden, 0) AS hidden,
              COALESCE(a.restored, 0) AS restored, COALESCE(a.suspensions, 0) AS suspensions
       FROM actions a FULL JOIN received r ON r.month = a.month
       ORDER BY 1`,
      [from, to],
    );
  }

  // ---- personal data ----

  /** The flags a person made, newest first (bounded), with what they flagged. */
  flagsExport(tx: Tx, userId: string, limit: number): Promise<Record<string, unknown>[]> {
    return sqlRows(
      tx,
      `SELECT i.target_type AS "targetType", i.target_id AS "targetId", f.reason, f.note, f.created_at AS "createdAt",
              f.resolved_at AS "resolvedAt", f.resolution
       FROM flags f JOIN moderation_items i ON i.id = f.item_id
       WHERE f.flagger_id = $1 ORDER BY f.created_at DESC, f.id DESC LIMIT $2`,
      [userId, limit],
    );
  }

  /** Unlinks a person's flags from their account: the flags stay counted, linked to nobody. */
  async unlinkFlags(tx: Tx, userId: string): Promise<void> {
    await sqlRows(tx, `UPDATE flags SET flagger_id = NULL WHERE flagger_id = $1`, [userId]);
  }

  // ---- demo ----

  async hasFlags(tx: Tx): Promise<boolean> {
    const rows = await sqlRows(tx, `SELECT 1 FROM flags LIMIT 1`);
    return rows.length > 0;
  }
}

/** The log filter from parameter $first on; values are always parameters. */
function logFilterSql(f: LogFilterSql, first: number): { where: string; params: unknown[] } {
  const params: unknown[] = [];
  const p = (v: unknown) => {
    params.push(v);
    return `$${first + params.length - 1}`;
  };
  const clauses = ['TRUE'];
  if (f.action) clauses.push(`l.action = ${p(f.action)}`);
  if (f.actorId) clauses.push(`l.actor_id = ${p(f.actorId)}::uuid`);
  if (f.subjectUserId) clauses.push(`l.subject_user_id = ${p(f.subjectUserId)}::uuid`);
  if (f.targetType) clauses.push(`l.target_type = ${p(f.targetType)}`);
  if (f.targetId) clauses.push(`l.target_id = ${p(f.targetId)}::uuid`);
  return { where: clauses.join(' AND '), params };
}
