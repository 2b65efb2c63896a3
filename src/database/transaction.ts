import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/** The transaction handle services pass explicitly to repositories. */
export type Tx = EntityManager;

/**
 * One use case, one transaction: services open it here and hand the manager to repositories, so no
 * service imports TypeORM and no write can happen outside the transaction it belongs to.
 */
@Injectable()
export class TransactionRunner {
  constructor(private readonly dataSource: DataSource) {}

  run<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** The non-transactional manager, for reads that need no isolation. */
  get reader(): Tx {
    return this.dataSource.manager;
  }
}

/**
 * A timestamp column as the text a keyset cursor carries, with its microseconds (decodeCursor's
 * `timestamp` kind): compared back in SQL as `$n::timestamptz`, it names the row exactly, where a
 * JavaScript Date (milliseconds) would skip the rows created later in the same millisecond.
 */
export function timestampKeySql(column: string): string {
  return `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
}

/** PostgreSQL's unique_violation, with the constraint name our naming strategy gave it. */
export function uniqueViolation(error: unknown): string | undefined {
  const e = error as { code?: string; constraint?: string; driverError?: { code?: string; constraint?: string } };
  const d = e?.driverError ?? e;
  return d?.code === '23505' ? (d.constraint ?? 'unique') : undefined;
}

/**
 * Runs SQL and returns its rows, whatever the statement. (TypeORM's plain `query()` returns
 * `[rows, affectedCount]` for UPDATE and DELETE, so `RETURNING` rows must be read this way.)
 */
export async function sqlRows<T = Record<string, unknown>>(tx: Tx, sql: string, params: unknown[] = []): Promise<T[]> {
  const runner = tx.queryRunner ?? tx.connection.createQueryRunner();
  try {
    const result = await runner.query(sql, params, true);
    return result.records as T[];
  } finally {
    if (!tx.queryRunner) await runner.release();
  }
}
