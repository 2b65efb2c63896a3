import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Tx } from '../database/transaction';

export interface ImageRow {
  id: string;
  ownerId: string;
  width: number;
  height: number;
  placeholder: string;
  attachedType: string | null;
  attachedId: string | null;
  position: number | null;
  createdAt: Date;
}

const columns = (a = '') => `${a}id, ${a}owner_id AS "ownerId", ${a}width, ${a}height, ${a}placeholder,
  ${a}attached_type AS "attachedType", ${a}attached_id AS "attachedId", ${a}position, ${a}created_at AS "createdAt"`;

/** TypeORM answers UPDATE and DELETE with `[rows, rowCount]`, INSERT and SELECT with `rows`. */
function returnedRows<T>(result: unknown): T[] {
  return Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number'
    ? (result[0] as T[])
    : (result as T[]);
}

@Injectable()
export class MediaRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insertImage(
    tx: Tx,
    row: { id: string; ownerId: string; sourceFormat: string; sourceBytes: number; width: number; height: number; placeholder: string },
  ): Promise<void> {
    await tx.query(
      `INSERT INTO images (id, owner_id, source_format, source_bytes, width, height, placeholder)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [row.id, row.ownerId, row.sourceFormat, row.sourceBytes, row.width, row.height, row.placeholder],
    );
  }

  /**
   * Serialises the recording of one user's uploads for the rest of the transaction, so the count
   * of their unattached uploads read next stays true until the insert: simultaneous uploads cannot
   * all pass the cap and together exceed it.
   */
  async lockOwnerUploads(tx: Tx, ownerId: string): Promise<void> {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`parvis:uploads:${ownerId}`]);
  }

  /** Uploads of this user not attached to anything yet. */
  async countUnattached(tx: Tx, ownerId: string): Promise<number> {
    const [{ n }] = await tx.query(`SELECT count(*)::int AS n FROM images WHERE owner_id = $1 AND attached_id IS NULL`, [ownerId]);
    return n;
  }

  imagesByIds(tx: Tx, ids: readonly string[]): Promise<ImageRow[]> {
    return tx.query(`SELECT ${columns()} FROM images WHERE id = ANY($1::uuid[])`, [ids]);
  }

  /**
   * Serialises attachments to one target for the rest of the transaction, so two requests cannot
   * both pass the "at most 6" check and together exceed it.
   */
  async lockTarget(tx: Tx, type: string, id: string): Promise<void> {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`parvis:images:${type}:${id}`]);
  }

  /** The target's images in order. */
  imagesOfTarget(tx: Tx, type: string, id: string): Promise<ImageRow[]> {
    return tx.query(`SELECT ${columns()} FROM images WHERE attached_type = $1 AND attached_id = $2 ORDER BY position`, [type, id]);
  }

  /**
   * Attaches the owner's still unattached images, positions from `firstPosition` in list order.
   * Conditional: an image attached meanwhile by a concurrent transaction is not taken (the row lock
   * makes the second UPDATE re-read it); returns the ids actually attached.
   */
  async attachUnattached(
    tx: Tx,
    ownerId: string,
    ids: readonly string[],
    type: string,
    targetId: string,
    firstPosition: number,
  ): Promise<string[]> {
    const result: unknown = await tx.query(
      `UPDATE images i SET attached_type = $3, attached_id = $4, position = $5 + u.ord - 1, attached_at = now()
         FROM unnest($1::uuid[]) WITH ORDINALITY AS u(id, ord)
        WHERE i.id = u.id AND i.owner_id = $2 AND i.attached_id IS NULL
       RETURNING i.id`,
      [ids, ownerId, type, targetId, firstPosition],
    );
    const rows = returnedRows<{ id: string }>(result);
    return rows.map((r) => r.id);
  }

  /** Detaches the target's images except `keep`; they become unattached and are swept later. */
  async detachFromTarget(tx: Tx, type: string, targetId: string, keep: readonly string[] = []): Promise<number> {
    const result: unknown = await tx.query(
      `UPDATE images SET attached_type = NULL, attached_id = NULL, position = NULL, attached_at = NULL
        WHERE attached_type = $1 AND attached_id = $2 AND NOT (id = ANY($3::uuid[]))
       RETURNING id`,
      [type, targetId, keep],
    );
    const rows = returnedRows(result);
    return rows.length;
  }

  /** Renumbers images already on the target to follow `ids` (positions 1..n). */
  async reorderOnTarget(tx: Tx, type: string, targetId: string, ids: readonly string[]): Promise<void> {
    await tx.query(
      `UPDATE images i SET position = u.ord
         FROM unnest($1::uuid[]) WITH ORDINALITY AS u(id, ord)
        WHERE i.id = u.id AND i.attached_type = $2 AND i.attached_id = $3`,
      [ids, type, targetId],
    );
  }

  /** Images of many targets at once (the loader's one query), in position order. */
  imagesOfTargets(tx: Tx, types: string[], ids: string[]): Promise<ImageRow[]> {
    return tx.query(
      `SELECT ${columns('i.')} FROM images i
         JOIN unnest($1::text[], $2::uuid[]) AS t(type, id) ON i.attached_type = t.type AND i.attached_id = t.id
        ORDER BY i.attached_type, i.attached_id, i.position`,
      [types, ids],
    );
  }

  /**
   * Deletes up to `limit` unattached images created before `cutoff` and returns their ids. Rows
   * another transaction holds (being attached right now) are skipped, not waited for.
   */
  async deleteUnattachedBefore(tx: Tx, cutoff: Date, limit: number): Promise<string[]> {
    const result: unknown = await tx.query(
      `DELETE FROM images WHERE id IN (
         SELECT id FROM images WHERE attached_id IS NULL AND created_at < $1
          ORDER BY created_at LIMIT $2 FOR UPDATE SKIP LOCKED)
       RETURNING id`,
      [cutoff, limit],
    );
    const rows = returnedRows<{ id: string }>(result);
    return rows.map((r) => r.id);
  }

  /** Which of these ids have a row. */
  async existingIds(tx: Tx, ids: readonly string[]): Promise<Set<string>> {
    const rows: { id: string }[] = await tx.query(`SELECT id FROM images WHERE id = ANY($1::uuid[])`, [ids]);
    return new Set(rows.map((r) => r.id));
  }

  /**
   * Runs `work` while holding a session advisory lock on its own connection, or returns `skipped`
   * at once when another instance holds it (jobs that must not overlap across servers).
   */
  async withAdvisoryLock<T>(name: string, work: () => Promise<T>): Promise<{ skipped: true } | { skipped: false; result: T }> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      const [{ locked }] = await runner.query(`SELECT pg_try_advisory_lock(hashtext($1)) AS locked`, [name]);
      if (!locked) return { skipped: true };
      try {
        return { skipped: false, result: await work() };
      } finally {
        await runner.query(`SELECT pg_advisory_unlock(hashtext($1))`, [name]);
      }
    } finally {
      await runner.release();
    }
  }
}
