import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { sqlRows, Tx } from '../database/transaction';
import { AfterDeletion, PersonalDataContributor, PersonalDataRegistry } from '../identity/personal-data';
import { VARIANT_NAMES } from './image-processor';
import { storageKey } from './media.service';
import { MEDIA_STORAGE, MediaStorage } from './storage/media-storage';

const MAX_IMAGES = 10000;

/**
 * The images a user uploaded in their data export (ids, sizes, what they are attached to).
 * Deletion removes the unattached ones (rows in the transaction, files after the commit; a crash
 * between leaves orphans for the cleanup's sweep); attached ones stay with their proposal or request.
 */
@Injectable()
export class MediaPersonalData implements PersonalDataContributor, OnModuleInit {
  readonly section = 'images';

  constructor(
    private readonly registry: PersonalDataRegistry,
    @Inject(MEDIA_STORAGE) private readonly storage: MediaStorage,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  exportFor(tx: Tx, userId: string): Promise<unknown[]> {
    return tx.query(
      `SELECT id, width, height, source_format AS "sourceFormat", source_bytes AS "sourceBytes",
              attached_type AS "attachedType", attached_id AS "attachedId", position,
              attached_at AS "attachedAt", created_at AS "createdAt"
       FROM images WHERE owner_id = $1 ORDER BY created_at DESC, id DESC LIMIT $2`,
      [userId, MAX_IMAGES],
    );
  }

  async anonymise(tx: Tx, userId: string): Promise<AfterDeletion | void> {
    const rows = await sqlRows<{ id: string }>(tx, `DELETE FROM images WHERE owner_id = $1 AND attached_id IS NULL RETURNING id`, [userId]);
    if (!rows.length) return;
    return () => this.storage.delete(rows.flatMap(({ id }) => VARIANT_NAMES.map((v) => storageKey(id, v))));
  }
}
