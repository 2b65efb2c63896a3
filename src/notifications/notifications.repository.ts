import { Injectable } from '@nestjs/common';
import { timestampKeySql, Tx } from '../database/transaction';

export interface NotificationRow {
  id: string;
  kind: string;
  targetType: string;
  targetId: string;
  payload: Record<string, unknown>;
  readAt: Date | null;
  createdAt: Date;
}

/** A notification just written by a delivery. */
export interface NewNotification {
  id: string;
  recipientId: string;
  kind: string;
  targetType: string;
  targetId: string;
  payload: Record<string, unknown>;
}

const NOTIFICATION_COLUMNS = `n.id, n.kind, n.target_type AS "targetType", n.target_id AS "targetId", n.payload,
  n.read_at AS "readAt", n.created_at AS "createdAt"`;

/** Every query on follows and notifications. */
@Injectable()
export class NotificationsRepository {
  /** True when a row was inserted (false: already following). */
  async insertFollowIfAbsent(tx: Tx, userId: string, targetType: string, targetId: string): Promise<boolean> {
    const rows = await tx.query(
      `INSERT INTO follows (user_id, target_type, target_id) VALUES ($1, $2, $3)
       ON CONFLICT DO NOTHING RETURNING user_id`,
      [userId, targetType, targetId],
    );
    return rows.length > 0;
  }

  async deleteFollow(tx: Tx, userId: string, targetType: string, targetId: string): Promise<boolean> {
    // TypeORM answers UPDATE and DELETE with [rows, affected].
    const [, affected]: [unknown[], number] = await tx.query(
      `DELETE FROM follows WHERE user_id = $1 AND target_type = $2 AND target_id = $3`,
      [userId, targetType, targetId],
    );
    return affected > 0;
  }

  /**
   * The fan-out of one effect: one notification per follower (or, with `onlyExtra`, none) and per
   * extra recipient, each once, the actor excluded, in one statement. Idempotent: a recipient who
   * already has this effect's notification gets no second one (unique effect and recipient).
   * Returns the rows written by this call (none on a second run).
   */
  async insertForFollowers(
    tx: Tx,
    n: {
      effectId: string;
      targetType: string;
      targetId: string;
      kind: string;
      actorId: string | null;
      payload: Record<string, unknown>;
      extraRecipientIds: string[];
      onlyExtra?: boolean;
    },
  ): Promise<NewNotification[]> {
    return tx.query(
      `INSERT INTO notifications AS n (effect_id, recipient_id, kind, target_type, target_id, actor_id, payload)
       SELECT $8, r.user_id, $3, $1, $2, $4, $5::jsonb
       FROM (SELECT f.user_id FROM follows f WHERE NOT $7 AND f.target_type = $1 AND f.target_id = $2
             UNION SELECT u.id FROM users u WHERE u.id = ANY($6::uuid[])) r
       WHERE $4::uuid IS NULL OR r.user_id <> $4
       ON CONFLICT (effect_id, recipient_id) DO NOTHING
       RETURNING n.id, n.recipient_id AS "recipientId", n.kind, n.target_type AS "targetType", n.target_id AS "targetId", n.payload`,
      [n.targetType, n.targetId, n.kind, n.actorId, JSON.stringify(n.payload), n.extraRecipientIds, !!n.onlyExtra, n.effectId],
    );
  }

  async followerIds(tx: Tx, targetType: string, targetId: string): Promise<string[]> {
    const rows: { userId: string }[] = await tx.query(`SELECT user_id AS "userId" FROM follows WHERE target_type = $1 AND target_id = $2`, [
      targetType,
      targetId,
    ]);
    return rows.map((r) => r.userId);
  }

  /** Every notification one effect wrote, with its recipient. */
  ofEffect(tx: Tx, effectId: string): Promise<(NotificationRow & { recipientId: string })[]> {
    return tx.query(`SELECT ${NOTIFICATION_COLUMNS}, n.recipient_id AS "recipientId" FROM notifications n WHERE n.effect_id = $1`, [
      effectId,
    ]);
  }

  /** Makes every follower of one target a follower of another too; returns how many were new. */
  async copyFollows(tx: Tx, fromType: string, fromId: string, toType: string, toId: string): Promise<number> {
    const copied = await tx.query(
      `INSERT INTO follows (user_id, target_type, target_id, created_at)
       SELECT user_id, $3, $4, created_at FROM follows WHERE target_type = $1 AND target_id = $2
       ON CONFLICT DO NOTHING RETURNING user_id`,
      [fromType, fromId, toType, toId],
    );
    return copied.length;
  }

  /** Moves every follow of one target onto another; a user following both keeps one row. */
  async moveFollows(tx: Tx, fromType: string, fromId: string, toType: string, toId: string): Promise<number> {
    const moved = await this.copyFollows(tx, fromType, fromId, toType, toId);
    await tx.query(`DELETE FROM follows WHERE target_type = $1 AND target_id = $2`, [fromType, fromId]);
    return moved;
  }

  /** Per target: its follower count and whether `userId` (null: nobody) is among them. One statement. */
  async followFacts(
    tx: Tx,
    userId: string | null,
    targetType: string,
    targetIds: readonly string[],
  ): Promise<{ targetId: string; n: number; following: boolean }[]> {
    return tx.query(
      `SELECT target_id AS "targetId", count(*)::int AS n, COALESCE(bool_or(user_id = $3::uuid), false) AS following FROM follows
       WHERE target_type = $1 AND target_id = ANY($2::uuid[]) GROUP BY target_id`,
      [targetType, targetIds, userId],
    );
  }

  /** A recipient's notifications, newest first, keyset on (created_at, id). */
  page(
    tx: Tx,
    recipientId: string,
    opts: { limit: number; unreadOnly: boolean; after?: [string, string] },
  ): Promise<(NotificationRow & { cursorAt: string })[]> {
    return tx.query(
      `SELECT ${NOTIFICATION_COLUMNS}, ${timestampKeySql('n.created_at')} AS "cursorAt" FROM notifications n
       WHERE n.recipient_id = $1 AND (NOT $2 OR n.read_at IS NULL)
         AND ($3::timestamptz IS NULL OR (n.created_at, n.id) < ($3::timestamptz, $4::uuid))
       ORDER BY n.created_at DESC, n.id DESC LIMIT $5`,
      [recipientId, opts.unreadOnly, opts.after?.[0] ?? null, opts.after?.[1] ?? null, opts.limit],
    );
  }

  async count(tx: Tx, recipientId: string, unreadOnly: boolean): Promise<number> {
    const [row] = await tx.query(`SELECT count(*)::int AS n FROM notifications WHERE recipient_id = $1 AND (NOT $2 OR read_at IS NULL)`, [
      recipientId,
      unreadOnly,
    ]);
    return row.n;
  }

  /** Marks some (ids) or all unread notifications of the recipient read; returns how many changed. */
  async markRead(tx: Tx, recipientId: string, ids: string[] | null): Promise<number> {
    const [, affected]: [unknown[], number] = await tx.query(
      `UPDATE notifications SET read_at = now()
       WHERE recipient_id = $1 AND read_at IS NULL AND ($2::uuid[] IS NULL OR id = ANY($2::uuid[]))`,
      [recipientId, ids],
    );
    return affected;
  }
}
