import { Injectable } from '@nestjs/common';
import type { Tx } from '../database/transaction';
import { JOBS_SCHEMA } from './jobs';

export interface EnqueueOptions {
  /**
   * Deduplication key: while a job with this key is still waiting, enqueuing again replaces it
   * instead of adding a second one (e.g. one "target changed" announcement per target).
   */
  key?: string;
  /** Not before this instant (default: now). */
  runAt?: Date;
  /** Tries before the job is given up and left in the queue for an operator (default 25, about 3 days of backoff). */
  maxAttempts?: number;
}

/**
 * The transactional outbox: what a change must cause is written as a job in the change's own
 * transaction, so it exists exactly when the change committed (a rolled-back change causes
 * nothing; a crash after the commit loses nothing) and a worker delivers it after the commit.
 * The queue is graphile-worker's, in the same PostgreSQL: its `add_job` inserts the row and, on
 * commit, wakes the workers with NOTIFY, so delivery usually follows within milliseconds.
 */
@Injectable()
export class Outbox {
  async enqueue(tx: Tx, task: string, payload: object, options: EnqueueOptions = {}): Promise<void> {
    await tx.query(`SELECT ${JOBS_SCHEMA}.add_job($1, $2::json, run_at => $3, max_attempts => $4, job_key => $5)`, [
      task,
      JSON.stringify(payload),
      options.runAt ?? null,
      options.maxAttempts ?? 25,
      options.key ?? null,
    ]);
  }
}
