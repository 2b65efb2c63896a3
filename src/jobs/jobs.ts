import { Capability } from '../common/capability';

/**
 * One kind of job: an effect a committed change must cause (deliver notifications, publish a live
 * update, delete stored files…) or a scheduled task. A domain implements it in its own folder and
 * marks the provider `@JobTask('<domain>.<what>')`; the job runner finds it at start.
 *
 * Delivery is at least once: a job whose `run` throws is retried with exponential backoff, and a
 * job that was running when its server died is run again after restart. So `run` must be
 * idempotent: effects that must happen once carry a key (an effect id) and write under a unique
 * constraint, so a second run changes nothing.
 */
export interface JobHandler {
  run(payload: unknown): Promise<void>;
  /**
   * Optional cron schedule (`m h dom mon dow`, UTC): the task is also queued on that schedule,
   * once across every instance sharing the database (the queue keeps one schedule record per task).
   */
  readonly schedule?: string;
}

export const JOB_TASKS = new Capability<JobHandler>('job task');

/** Marks a provider as the handler of the job task `name` (`domain.verb`, e.g. `notifications.deliver`). */
export const JobTask = (name: string) => JOB_TASKS.provider(name);

/** The PostgreSQL schema of the job queue (graphile-worker's tables and functions). */
export const JOBS_SCHEMA = 'graphile_worker';
