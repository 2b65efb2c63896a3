import { Injectable } from '@nestjs/common';
import type { Tx } from '../database/transaction';

/** A notification just written, with its recipient's choice for its kind. */
export interface MailChoiceRow {
  notificationId: string;
  recipientId: string;
  /** The recipient's choice for this kind, or null (the kind's default). */
  frequency: string | null;
}

export interface DigestItemRow {
  id: string;
  kind: string;
  targetType: string;
  targetId: string;
  payload: Record<string, unknown>;
  createdAt: Date;
  frequency: string | null;
}

/** Every query on e-mail preferences and digest items. */
@Injectable()
export class NotificationMailRepository {
  /** The recipients' choices for these notifications' kinds (e-mail channel). */
  choices(tx: Tx, notificationIds: string[]): Promise<MailChoiceRow[]> {
    return tx.query(
      `SELECT n.id AS "notificationId", n.recipient_id AS "recipientId", p.frequency
       FROM notifications n
       LEFT JOIN notification_preferences p ON p.user_id = n.recipient_id AND p.kind = n.kind AND p.channel = 'EMAIL'
       WHERE n.id = ANY($1::uuid[])`,
      [notificationIds],
    );
  }

  async insertDigestItems(tx: Tx, items: { notificationId: string; userId: string }[]): Promise<void> {
    if (!items.length) return;
    await tx.query(
      `INSERT INTO notification_digest_items (notification_id, user_id)
       SELECT * FROM unnest($1::uuid[], $2::uuid[]) ON CONFLICT DO NOTHING`,
      [items.map((i) => i.notificationId), items.map((i) => i.userId)],
    );
  }

  /** Users with items waiting, in id order after `after` (keyset), at most `limit`. */
  async usersWithDigestItems(tx: Tx, after: string | null, limit: number): Promise<string[]> {
    const rows: { userId: string }[] = await tx.query(
      `SELECT DISTINCT user_id AS "userId" FROM notification_digest_items
       WHERE $1::uuid IS NULL OR user_id > $1 ORDER BY user_id LIMIT $2`,
      [after, limit],
    );
    return rows.map((r) => r.userId);
  }

  /**
   * Takes (deletes) every item waiting for the user and returns their notifications, oldest
   * first, with the user's current choice for each kind. In the digest's transaction: a
   * concurrent run waits for the row locks, then finds nothing.
   */
  takeDigestItems(tx: Tx, userId: string): Promise<DigestItemRow[]> {
    return tx.query(
      `WITH taken AS (DELETE FROM notification_digest_items WHERE user_id = $1 RETURNING notification_id)
       SELECT n.id, n.kind, n.target_type AS "targetType", n.target_id AS "targetId", n.payload, n.created_at AS "createdAt", p.frequency
       FROM taken t JOIN notifications n ON n.id = t.notification_id
       LEFT JOIN notification_preferences p ON p.user_id = n.recipient_id AND p.kind = n.kind AND p.channel = 'EMAIL'
       ORDER BY n.created_at, n.id`,
      [userId],
    );
  }

  /** The user's choices on a channel, by kind. */
  async preferences(tx: Tx, userId: string, channel: string): Promise<Map<string, string>> {
    const rows: { kind: string; frequency: string }[] = await tx.query(
      `SELECT kind, frequency FROM notification_preferences WHERE user_id = $1 AND channel = $2`,
      [userId, channel],
    );
    return new Map(rows.map((r) => [r.kind, r.frequency]));
  }

  async setPreference(tx: Tx, p: { userId: string; kind: string; channel: string; frequency: string }): Promise<void> {
    await tx.query(
      `INSERT INTO notification_preferences (user_id, kind, channel, frequency) VALUES ($1, $2, $3, $4)
       ON CONFLICT (user_id, kind, channel) DO UPDATE SET frequency = EXCLUDED.frequency, updated_at = now()`,
      [p.userId, p.kind, p.channel, p.frequency],
    );
  }
}
