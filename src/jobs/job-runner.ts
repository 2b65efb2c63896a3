import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Logger as WorkerLogger, makeWorkerUtils, parseCronItems, run, Runner, runMigrations, TaskList } from 'graphile-worker';
import { hostname } from 'node:os';
import { Pool } from 'pg';
import { Capabilities } from '../common/capability';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { DATABASE_URL } from '../database/database.module';
import { JOB_TASKS, JOBS_SCHEMA } from './jobs';

/**
 * Runs the job queue in this server process: `JOBS_CONCURRENCY` workers, each holding one job at a
 * time and named `<INSTANCE_ID>-<n>`. The stable names are what make a crash recoverable: a job
 * locked by a worker that was killed stays locked (graphile-worker frees such locks only after
 * four hours), so at start this instance first releases every job still locked under its own
 * workers' names, then starts them. Scheduled tasks are queued by the first worker only, and the
 * queue keeps one schedule record per task, so two instances never run the same tick twice.
 */
@Injectable()
export class JobRunner implements OnApplicationBootstrap, BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private pool?: Pool;
  private runners: Runner[] = [];

  constructor(
    private readonly capabilities: Capabilities,
    @Inject(DATABASE_URL) private readonly databaseUrl: string,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const handlers = this.capabilities.all(JOB_TASKS);
    const taskList: TaskList = {};
    for (const { key, provider } of handlers) taskList[key] = (payload) => provider.run(payload);
    const cron = parseCronItems(
      handlers
        .filter(({ provider }) => provider.schedule)
        .map(({ key, provider }) => ({ task: key, match: provider.schedule!, identifier: key, options: { backfillPeriod: 0 } })),
    );

    const concurrency = this.config.JOBS_CONCURRENCY;
    this.pool = new Pool({ connectionString: this.databaseUrl, max: concurrency + 2 });
    this.pool.on('error', (error) => this.logger.error({ err: error }, 'job queue connection lost'));
    const shared = { pgPool: this.pool, schema: JOBS_SCHEMA, logger: this.workerLogger() };
    await runMigrations(shared);

    const id = instanceId(this.config);
    const names = Array.from({ length: concurrency }, (_, i) => `${id}-${i + 1}`);
    const utils = await makeWorkerUtils(shared);
    try {
      await utils.forceUnlockWorkers([...new Set([...names, ...(await this.namesOnceUsed(id))])]);
    } finally {
      await utils.release();
    }
    for (const [i, workerId] of names.entries()) {
      this.runners.push(
        await run({
          ...shared,
          concurrency: 1,
          workerId,
          noHandleSignals: true,
          pollInterval: 2000,
          taskList,
          parsedCronItems: i === 0 ? cron : [],
        } as Parameters<typeof run>[0]),
      );
    }
  }

  /**
   * The worker names this instance may have used before that still hold jobs: `<id>-<n>` with a
   * larger JOBS_CONCURRENCY than today's, and, for the instance's first process (a single server, or
   * the cluster's start-up worker, which runs before any HTTP worker), `<id>-w<k>-<n>` of cluster
   * workers, WEB_CONCURRENCY having been lowered since. None of them can be running now: without this,
   * their jobs would wait for graphile-worker's four-hour expiry.
   */
  private async namesOnceUsed(id: string): Promise<string[]> {
    // An instance id is letters, digits, dots, dashes and underscores (configuration): only dots need escaping.
    const own = new RegExp(`^${id.replaceAll('.', '\\.')}(-w\\d+)?-\\d+$`);
    const { rows } = await this.pool!.query<{ name: string }>(
      `SELECT DISTINCT locked_by AS name FROM ${JOBS_SCHEMA}.jobs WHERE locked_by IS NOT NULL AND starts_with(locked_by, $1)`,
      [`${id}-`],
    );
    return rows.map((r) => r.name).filter((name) => own.test(name));
  }

  /**
   * Lets the jobs in hand finish (the shutdown timeout bounds it). Before the shutdown hooks, since
   * those close the application's database connections, which a job in hand still uses.
   */
  async beforeApplicationShutdown(): Promise<void> {
    const runners = this.runners.splice(0);
    await Promise.all(runners.map((r) => r.stop().catch((error) => this.logger.error({ err: error }, 'job worker stop failed'))));
  }

  /** Closes the queue's own connections. */
  async onApplicationShutdown(): Promise<void> {
    await this.beforeApplicationShutdown();
    await this.pool?.end().catch(() => undefined);
    this.pool = undefined;
  }

  /** graphile-worker's log lines through the application's logger (JSON, with the level set by LOG_LEVEL). */
  private workerLogger(): WorkerLogger {
    return new WorkerLogger(() => (level, message, meta) => {
      const line = { ...(meta ?? {}), msg: message };
      if (level === 'error') this.logger.error(line);
      else if (level === 'warning') this.logger.warn(line);
      // Its info lines are one per job (with the job's payload): debug, not the server's log.
      else this.logger.debug(line);
    });
  }
}

/** The workers' name prefix: INSTANCE_ID, or the host name. */
export function instanceId(config: AppConfig): string {
  return (
    config.INSTANCE_ID ??
    hostname()
      .replace(/[^A-Za-z0-9._-]/g, '-')
      .slice(0, 60)
  );
}
