import { Injectable } from '@nestjs/common';
import { sqlRows, Tx } from '../database/transaction';

export interface ApiKeyRow {
  id: string;
  name: string;
  userId: string;
  createdById: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

/** A submission with the name of the key (the client application) that made it. */
export interface SubmissionView extends SubmissionRow {
  clientName: string;
}

export interface SubmissionRow {
  requestId: string;
  apiKeyId: string;
  email: string | null;
  firstName: string | null;
  lastName: string | null;
  phone: string | null;
  addressId: string | null;
  mediaUrl: string | null;
}

const KEY_COLUMNS = `k.id, k.name, k.user_id AS "userId", k.created_by_id AS "createdById", k.created_at AS "createdAt",
  k.last_used_at AS "lastUsedAt", k.revoked_at AS "revokedAt"`;

/** Every query on Open311's own tables: the API keys and what clients said about the requests they filed. */
@Injectable()
export class Open311Repository {
  /** Serialises key creation, so the cap on active keys holds under concurrent admins. */
  async lockKeys(tx: Tx): Promise<void> {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('parvis.open311-keys'))`);
  }

  async countActiveKeys(tx: Tx): Promise<number> {
    const [row] = await tx.query(`SELECT count(*)::int AS n FROM open311_api_keys WHERE revoked_at IS NULL`);
    return row.n;
  }

  async insertKey(tx: Tx, k: { name: string; keyHash: string; userId: string; createdById: string; now: Date }): Promise<ApiKeyRow> {
    const [row] = await tx.query(
      `INSERT INTO open311_api_keys AS k (name, key_hash, user_id, created_by_id, created_at) VALUES ($1, $2, $3, $4, $5)
       RETURNING ${KEY_COLUMNS}`,
      [k.name, k.keyHash, k.userId, k.createdById, k.now],
    );
    return row;
  }

  /** Active keys, newest first, then the most recently revoked ones (at most `revokedLimit`). */
  keys(tx: Tx, revokedLimit: number): Promise<ApiKeyRow[]> {
    return tx.query(
      `(SELECT ${KEY_COLUMNS} FROM open311_api_keys k WHERE k.revoked_at IS NULL ORDER BY k.created_at DESC, k.id DESC)
       UNION ALL
       (SELECT ${KEY_COLUMNS} FROM open311_api_keys k WHERE k.revoked_at IS NOT NULL ORDER BY k.revoked_at DESC, k.id DESC LIMIT $1)`,
      [revokedLimit],
    );
  }

  /** Revokes an active key; null when unknown or already revoked. */
  async revokeKey(tx: Tx, id: string, now: Date): Promise<ApiKeyRow | null> {
    const rows = await sqlRows<ApiKeyRow>(
      tx,
      `UPDATE open311_api_keys k SET revoked_at = $2 WHERE k.id = $1 AND k.revoked_at IS NULL RETURNING ${KEY_COLUMNS}`,
      [id, now],
    );
    return rows[0] ?? null;
  }

  async keyById(tx: Tx, id: string): Promise<ApiKeyRow | null> {
    const rows: ApiKeyRow[] = await tx.query(`SELECT ${KEY_COLUMNS} FROM open311_api_keys k WHERE k.id = $1`, [id]);
    return rows[0] ?? null;
  }

  /** The active key with this hash, or null (unknown or revoked). */
  async activeKeyByHash(tx: Tx, keyHash: string): Promise<ApiKeyRow | null> {
    const rows: ApiKeyRow[] = await tx.query(
      `SELECT ${KEY_COLUMNS} FROM open311_api_keys k WHERE k.key_hash = $1 AND k.revoked_at IS NULL`,
      [keyHash],
    );
    return rows[0] ?? null;
  }

  async markUsed(tx: Tx, id: string, now: Date): Promise<void> {
    await tx.query(`UPDATE open311_api_keys SET last_used_at = GREATEST(last_used_at, $2) WHERE id = $1`, [id, now]);
  }

  /**
   * Erases the person's contact (e-mail, names, phone) of submissions filed before `before`; the rest
   * (which key filed it, the client's address id) stays. Returns how many were erased.
   */
  async eraseContactsBefore(tx: Tx, before: Date): Promise<number> {
    const rows = await sqlRows(
      tx,
      `UPDATE open311_submissions SET email = NULL, first_name = NULL, last_name = NULL, phone = NULL
       WHERE created_at < $1 AND (email IS NOT NULL OR first_name IS NOT NULL OR last_name IS NOT NULL OR phone IS NOT NULL)
       RETURNING request_id`,
      [before],
    );
    return rows.length;
  }

  async insertSubmission(tx: Tx, s: SubmissionRow): Promise<void> {
    await tx.query(
      `INSERT INTO open311_submissions (request_id, api_key_id, email, first_name, last_name, phone, address_id, media_url)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [s.requestId, s.apiKeyId, s.email, s.firstName, s.lastName, s.phone, s.addressId, s.mediaUrl],
    );
  }

  /** The submissions of these requests (those filed through Open311), with their key's name. */
  submissionsOf(tx: Tx, requestIds: readonly string[]): Promise<SubmissionView[]> {
    return tx.query(
      `SELECT s.request_id AS "requestId", s.api_key_id AS "apiKeyId", s.email, s.first_name AS "firstName", s.last_name AS "lastName",
              s.phone, s.address_id AS "addressId", s.media_url AS "mediaUrl", k.name AS "clientName"
         FROM open311_submissions s JOIN open311_api_keys k ON k.id = s.api_key_id
        WHERE s.request_id = ANY($1::uuid[])`,
      [requestIds],
    );
  }
}
