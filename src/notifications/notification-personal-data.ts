import { Injectable } from '@nestjs/common';
import type { Tx } from '../database/transaction';
import { PersonalDataContributor, PersonalDataSection } from '../identity/personal-data';

const MAX_FOLLOWS = 20000;
const MAX_NOTIFICATIONS = 5000;

/**
 * What a user follows, the notifications they received (the newest, bounded) and their e-mail
 * preferences, in their data export. Deletion removes all of it (and what waits for their digest):
 * it concerns that person only (follower counts are counted from the rows, so they follow).
 */
@Injectable()
@PersonalDataSection('notifications')
export class NotificationPersonalData implements PersonalDataContributor {
  async exportFor(tx: Tx, userId: string) {
    const follows = await tx.query(
      `SELECT target_type AS "targetType", target_id AS "targetId", created_at AS "createdAt"
       FROM follows WHERE user_id = $1 ORDER BY created_at DESC, target_type, target_id LIMIT $2`,
      [userId, MAX_FOLLOWS],
    );
    const received = await tx.query(
      `SELECT id, kind, target_type AS "targetType", target_id AS "targetId", payload, read_at AS "readAt", created_at AS "createdAt"
       FROM notifications WHERE recipient_id = $1 ORDER BY created_at DESC, id DESC LIMIT $2`,
      [userId, MAX_NOTIFICATIONS],
    );
    const emailPreferences = await tx.query(
      `SELECT kind, channel, frequency, updated_at AS "updatedAt" FROM notification_preferences WHERE user_id = $1 ORDER BY kind, channel`,
      [userId],
    );
    return { follows, received, emailPreferences };
  }

  async anonymise(tx: Tx, userId: string): Promise<void> {
    await tx.query(`DELETE FROM follows WHERE user_id = $1`, [userId]);
    await tx.query(`DELETE FROM notification_digest_items WHERE user_id = $1`, [userId]);
    await tx.query(`DELETE FROM notifications WHERE recipient_id = $1`, [userId]);
    await tx.query(`DELETE FROM notification_preferences WHERE user_id = $1`, [userId]);
  }
}
