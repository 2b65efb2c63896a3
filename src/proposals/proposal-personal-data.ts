import { Injectable } from '@nestjs/common';
import type { Tx } from '../database/transaction';
import { PersonalDataContributor, PersonalDataSection } from '../identity/personal-data';

const MAX_PROPOSALS = 5000;
const MAX_SUPPORTS = 20000;

/**
 * A user's proposals and supports in their data export. Deletion changes nothing here: proposals
 * stay under the anonymised author, and supports stay so counts never drift (the row names an
 * account that no longer identifies anyone).
 */
@Injectable()
@PersonalDataSection('proposals')
export class ProposalPersonalData implements PersonalDataContributor {
  async exportFor(tx: Tx, userId: string) {
    const authored = await tx.query(
      `SELECT p.id, p.title, p.body, p.status, p.district, c.name AS category,
              p.location_lat AS "locationLat", p.location_lng AS "locationLng",
              p.support_count AS "supportCount", p.comment_count AS "commentCount", p.progress,
              p.answer_status AS "answerStatus", p.answer_body AS "answerBody", p.answered_at AS "answeredAt",
              p.published_at AS "publishedAt", p.created_at AS "createdAt", p.updated_at AS "updatedAt"
       FROM proposals p LEFT JOIN categories c ON c.id = p.category_id
       WHERE p.author_id = $1 ORDER BY p.created_at DESC, p.id DESC LIMIT $2`,
      [userId, MAX_PROPOSALS],
    );
    const supports = await tx.query(
      `SELECT s.proposal_id AS "proposalId", p.title, s.created_at AS "createdAt"
       FROM proposal_supports s JOIN proposals p ON p.id = s.proposal_id
       WHERE s.user_id = $1 ORDER BY s.created_at DESC, s.proposal_id LIMIT $2`,
      [userId, MAX_SUPPORTS],
    );
    return { authored, supports };
  }
}
