import { Injectable } from '@nestjs/common';
import { sqlRows, Tx } from '../database/transaction';
import { PersonalDataContributor, PersonalDataSection } from '../identity/personal-data';
import { Outbox } from '../jobs/outbox';
import { DELETE_IMAGE_FILES } from './media-cleanup';

const MAX_IMAGES = 10000;

/**
 * The images a user uploaded in their data export (ids, sizes, what they are attached to).
 * Deletion removes the unattached ones (rows in the transaction, files by a job the same
 * transaction queues); attached ones stay with their proposal or request.
 */
@Injectable()
@PersonalDataSection('images')
export class MediaPersonalData implements PersonalDataContributor {
  constructor(private readonly outbox: Outbox) {}

  exportFor(tx: Tx, userId: string): Promise<unknown[]> {
    return tx.query(
      `SELECT id, width, height, source_format AS "sourceFormat", source_bytes AS "sourceBytes",
              attached_type AS "attachedType", attached_id AS "attachedId", position,
              attached_at AS "attachedAt", created_at AS "createdAt"
       FROM images WHERE owner_id = $1 ORDER BY created_at DESC, id DESC LIMIT $2`,
      [userId, MAX_IMAGES],
    );
  }

  async anonymise(tx: Tx, userId: string): Promise<void> {
    const rows = await sqlRows<{ id: string }>(tx, `DELETE FROM images WHERE owner_id = $1 AND attached_id IS NULL RETURNING id`, [userId]);
    if (rows.length) await this.outbox.enqueue(tx, DELETE_IMAGE_FILES, { imageIds: rows.map((r) => r.id) });
  }
}
