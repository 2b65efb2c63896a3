import { Injectable } from '@nestjs/common';
import type { Tx } from '../database/transaction';
import { PersonalDataContributor, PersonalDataSection } from '../identity/personal-data';

const MAX_COMMENTS = 20000;
const MAX_VOTES = 20000;

/**
 * A user's comments and votes in their data export. Deletion keeps both: comments stay in their
 * threads under the anonymised author, votes stay so scores never drift.
 */
@Injectable()
@PersonalDataSection('comments')
export class CommentPersonalData implements PersonalDataContributor {
  async exportFor(tx: Tx, userId: string) {
    const written = await tx.query(
      `SELECT id, target_type AS "targetType", target_id AS "targetId", parent_id AS "parentId", body, score,
              created_at AS "createdAt", edited_at AS "editedAt", deleted_at AS "deletedAt", hidden_at AS "hiddenAt"
       FROM comments WHERE author_id = $1 ORDER BY created_at DESC, id DESC LIMIT $2`,
      [userId, MAX_COMMENTS],
    );
    const votes = await tx.query(
      `SELECT comment_id AS "commentId", value, created_at AS "createdAt", updated_at AS "updatedAt"
       FROM comment_votes WHERE user_id = $1 ORDER BY created_at DESC, comment_id LIMIT $2`,
      [userId, MAX_VOTES],
    );
    return { written, votes };
  }
}
