import { Injectable } from '@nestjs/common';
import { sqlRows, timestampKeySql, Tx } from '../database/transaction';
import type { TimeCursor } from './moderation.repository';

/** A suspension as the service works with it. */
export interface SuspensionRow {
  id: string;
  userId: string;
  suspendedById: string;
  reason: string;
  until: Date;
  createdAt: Date;
  liftedAt: Date | null;
  liftedById: string | null;
  liftReason: string | null;
  cursorAt: string;
}

const COLUMNS = `s.id, s.user_id AS "userId", s.suspended_by_id AS "suspendedById", s.reason, s.until, s.created_at AS "createdAt",
  s.lifted_at AS "liftedAt", s.lifted_by_id AS "liftedById", s.lift_reason AS "liftReason", ${timestampKeySql('s.created_at')} AS "cursorAt"`;

/** Every query on suspensions. "Now" comes from the server's clock (a parameter), so tests can move it. */
@Injectable()
export class SuspensionsRepository {
  /**
   * The suspension in force for this user at `now`, or null: one indexed lookup (the partial unique
   * index on the current row), the only query the write guard adds to a mutation.
   */
  async inForce(tx: Tx, userId: string, now: Date): Promise<SuspensionRow | null> {
    const rows = await sqlRows<SuspensionRow>(
      tx,
      `SELECT ${COLUMNS} FROM suspensions s WHERE s.user_id = $1 AND s.lifted_at IS NULL AND s.until > $2`,
      [userId, now],
    );
    return rows[0] ?? null;
  }

  /**
   * Closes the user's current row, if any, before a new suspension: one still in force is ended
   * now by `actorId` (replaced); one that had run out is closed at its own end, by nobody.
   * Returns the closed row (null when there was none).
   */
  async closeCurrent(tx: Tx, userId: string, actorId: string, now: Date): Promise<(SuspensionRow & { wasInForce: boolean }) | null> {
    const rows = await sqlRows<SuspensionRow & { wasInForce: boolean }>(
      tx,
      `UPDATE suspensions s SET lifted_at = LEAST(s.until, $3),
              lifted_by_id = CASE WHEN s.until > $3 THEN $2::uuid ELSE NULL END
       WHERE s.user_id = $1 AND s.lifted_at IS NULL
       RETURNING ${COLUMNS}, (s.until > $3) AS "wasInForce"`,
      [userId, actorId, now],
    );
    return rows[0] ?? null;
  }

  /** The new current suspension; null when another one became current meanwhile (the partial unique index decides). */
  async insertIfNoCurrent(
    tx: Tx,
    s: { userId: string; suspendedById: string; reason: string; until: Date },
  ): Promise<SuspensionRow | null> {
    const rows = await sqlRows<SuspensionRow>(
      tx,
      `INSERT INTO suspensions AS s (user_id, suspended_by_id, reason, until) VALUES ($1, $2, $3, $4)
       ON CONFLICT (user_id) WHERE lifted_at IS NULL DO NOTHING RETURNING ${COLUMNS}`,
      [s.userId, s.suspendedById, s.reason, s.until],
    );
    return rows[0] ?? null;
  }

  /** Ends the suspension in force now; null when there is none (lifted meanwhile, or run out). */
  async liftInForce(tx: Tx, userId: string, actorId: string, reason: string | null, now: Date): Promise<SuspensionRow | null> {
    const rows = await sqlRows<SuspensionRow>(
      tx,
      `UPDATE suspensions s SET lifted_at = $4, lifted_by_id = $2, lift_reason = $3
       WHERE s.user_id = $1 AND s.lifted_at IS NULL AND s.until > $4 RETURNING ${COLUMNS}`,
      [userId, actorId, reason, now],
    );
    return rows[0] ?? null;
  }

  /**
   * Suspensions, newest first, keyset on (created_at, id): those in force at `now` (the default),
   * or every one (history) when `includeEnded`; one user's only when `userId` is given.
   */
  page(tx: Tx, f: { userId?: string; includeEnded: boolean; now: Date }, limit: number, after?: TimeCursor): Promise<SuspensionRow[]> {
    return sqlRows(
      tx,
      `SELECT ${COLUMNS} FROM suspensions s
       WHERE ($2::uuid IS NULL OR s.user_id = $2)
         AND ($3 OR (s.lifted_at IS NULL AND s.until > $4))
         AND ($5::timestamptz IS NULL OR (s.created_at, s.id) < ($5::timestamptz, $6::uuid))
       ORDER BY s.created_at DESC, s.id DESC LIMIT $1`,
      [limit, f.userId ?? null, f.includeEnded, f.now, after?.[0] ?? null, after?.[1] ?? null],
    );
  }

  async count(tx: Tx, f: { userId?: string; includeEnded: boolean; now: Date }): Promise<number> {
    const [row] = await sqlRows<{ n: number }>(
      tx,
      `SELECT count(*)::int AS n FROM suspensions s
       WHERE ($1::uuid IS NULL OR s.user_id = $1) AND ($2 OR (s.lifted_at IS NULL AND s.until > $3))`,
      [f.userId ?? null, f.includeEnded, f.now],
    );
    return row.n;
  }

  /** A person's suspensions, for their data export (never who decided them). */
  exportFor(tx: Tx, userId: string, limit: number): Promise<Record<string, unknown>[]> {
    return sqlRows(
      tx,
      `SELECT reason, until, created_at AS "createdAt", lifted_at AS "liftedAt", lift_reason AS "liftReason"
       FROM suspensions WHERE user_id = $1 ORDER BY created_at DESC, id DESC LIMIT $2`,
      [userId, limit],
    );
  }
}
