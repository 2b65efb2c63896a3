import 'reflect-metadata';
import cluster, { Worker } from 'node:cluster';
import type { Logger as Pino } from 'pino';
import { createRootLogger } from './common/logger';
import { AppConfig, ConfigError, loadConfigFromEnv } from './config/app-config';
import { dataDirSecret, EmbeddedPostgresError, startServerDatabase } from './database/embedded-postgres';

/**
 * `npm start` / `npm run start:prod`: validate the configuration, start the embedded PostgreSQL when
 * DATABASE_URL is unset, build the app (migrations run, first admin, demo seed), listen, and on
 * SIGTERM/SIGINT finish the requests in flight before stopping the database.
 *
 * With WEB_CONCURRENCY above 1 this process is a node:cluster primary that serves nothing itself:
 * it starts the embedded database, has a first worker do what must happen once (migrations, first
 * admin, demo seed) and exit, then forks WEB_CONCURRENCY HTTP workers that share the port (the
 * kernel hands each new connection to one of them). Workers are stateless: what crosses them
 * (live updates, limits) goes through Redis, which the configuration then requires, and the job
 * queue lives in PostgreSQL, built for several instances. Worker `n` names its job workers
 * `<INSTANCE_ID>-w<n>`, so a worker restarted after a crash releases the jobs its predecessor held.
 */

/** What the primary tells a worker it has just forked. */
type WorkerOrder = { parvis: 'setup' | 'serve'; index: number; databaseUrl: string; jwtSecret: string };

async function main(): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfigFromEnv();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const log = createRootLogger(config).child({ context: 'Main' });
  if (cluster.isWorker) return runWorker(config, log);

  let stopDatabase: (() => Promise<void>) | undefined;
  let databaseUrl = config.DATABASE_URL;
  if (!databaseUrl) {
    log.info(`starting the embedded PostgreSQL under ${config.DATA_DIR}/pg (port ${config.EMBEDDED_PG_PORT})`);
    try {
      const db = await startServerDatabase(config, (m) => log.debug({ context: 'PostgreSQL' }, m));
      databaseUrl = db.url;
      stopDatabase = db.stop;
    } catch (error) {
      if (error instanceof EmbeddedPostgresError) {
        process.stderr.write(`${error.message}\n`);
        process.exit(1);
      }
      throw error;
    }
  }
  config.SEED_DEMO ??= !config.DATABASE_URL;
  config.JWT_SECRET ??= dataDirSecret(config, 'jwt-secret');

  if (config.WEB_CONCURRENCY > 1) return runPrimary(config, log, databaseUrl, stopDatabase);
  await serve(config, log, databaseUrl, stopDatabase);
}

/** Builds the app, listens, and stops cleanly on SIGTERM/SIGINT (and, in a worker, when its primary is gone). */
async function serve(config: AppConfig, log: Pino, databaseUrl: string, stopDatabase?: () => Promise<void>, migrationsRun = true) {
  const { createApp } = await import('./bootstrap');
  const app = await createApp(config, databaseUrl, { migrationsRun });
  await app.listen(config.PORT, config.HOST);
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  log.info(`Parvis is listening on http://localhost:${port} (GraphQL at /graphql)`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info(`${signal} received: finishing requests in flight`);
    const server = app.getHttpServer();
    const force = setTimeout(() => server.closeAllConnections?.(), config.SHUTDOWN_TIMEOUT_MS);
    force.unref();
    try {
      await app.close();
      if (stopDatabase) await stopDatabase();
      log.info('stopped');
      process.exit(0);
    } catch (error) {
      log.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
  // A worker whose primary died (even by SIGKILL) must not keep serving, holding jobs, alone.
  if (cluster.isWorker) process.on('disconnect', () => void shutdown('primary gone'));
}

/**
 * A cluster worker: waits for its order. `setup` builds the app once (migrations, first admin, demo
 * seed), closes it and exits; `serve` builds it without those and serves.
 */
async function runWorker(config: AppConfig, log: Pino): Promise<void> {
  const order = await new Promise<WorkerOrder>((resolve) => {
    const onMessage = (message: unknown) => {
      if (typeof message === 'object' && message !== null && 'parvis' in message) {
        process.off('message', onMessage);
        resolve(message as WorkerOrder);
      }
    };
    process.on('message', onMessage);
  });
  config.JWT_SECRET = order.jwtSecret;
  // Loaded here, not at the top: the primary never builds the app and stays small.
  const [{ createApp }, { instanceId }] = await Promise.all([import('./bootstrap'), import('./jobs/job-runner')]);
  const workerLog = log.child({ worker: order.index });
  if (order.parvis === 'setup') {
    const app = await createApp(config, order.databaseUrl);
    await app.close();
    process.exit(0);
  }
  // Done once by the setup worker; each worker's job queue gets a name of its own (see main).
  config.SEED_DEMO = false;
  config.ADMIN_EMAIL = undefined;
  config.ADMIN_PASSWORD = undefined;
  config.INSTANCE_ID = `${instanceId(config).slice(0, 55)}-w${order.index}`;
  await serve(config, workerLog, order.databaseUrl, undefined, false);
}

/**
 * The primary of WEB_CONCURRENCY workers: runs the setup worker, forks the HTTP workers and
 * replaces one that dies; on SIGTERM/SIGINT it has every worker finish its requests and stop, then
 * stops the embedded database, and exits 0 only if every worker stopped cleanly.
 */
async function runPrimary(config: AppConfig, log: Pino, databaseUrl: string, stopDatabase?: () => Promise<void>): Promise<void> {
  const order = (parvis: WorkerOrder['parvis'], index: number): WorkerOrder => ({
    parvis,
    index,
    databaseUrl,
    jwtSecret: config.JWT_SECRET!,
  });
  const fork = (message: WorkerOrder): Worker => {
    const worker = cluster.fork();
    worker.once('online', () => worker.send(message));
    return worker;
  };
  const stopAll = async (code: number) => {
    if (stopDatabase) await stopDatabase().catch((error: unknown) => log.error({ err: error }, 'the database did not stop'));
    process.exit(code);
  };

  let stopping = false;
  let failed = false;
  const workers = new Map<number, Worker>();
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log.info(`${signal} received: stopping ${workers.size} workers`);
    for (const worker of workers.values()) worker.process.kill('SIGTERM');
    if (!workers.size) void stopAll(failed ? 1 : 0);
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);

  const setup = fork(order('setup', 0));
  workers.set(0, setup);
  const setupCode = await new Promise<number | null>((resolve) => setup.once('exit', (code) => resolve(code)));
  workers.delete(0);
  if (setupCode !== 0 || stopping) {
    if (setupCode !== 0 && !stopping) log.error(`the start-up worker failed (exit ${setupCode}): not starting the HTTP workers`);
    return stopAll(setupCode === 0 ? 0 : 1);
  }

  const start = (index: number) => {
    const worker = fork(order('serve', index));
    workers.set(index, worker);
    let listening = false;
    worker.once('listening', () => (listening = true));
    worker.once('exit', (code, signal) => {
      workers.delete(index);
      if (!stopping && !listening) {
        // It could not start (Redis unreachable, port taken…): another would fail the same way.
        failed = true;
        log.error(`worker ${index} could not start (${signal ?? `exit ${code}`}): stopping`);
        onSignal('SIGTERM');
        return;
      } else if (!stopping) {
        log.error(`worker ${index} (pid ${worker.process.pid}) ended (${signal ?? `exit ${code}`}): starting another`);
        setTimeout(() => !stopping && start(index), 1000);
        return;
      }
      if (code !== 0) failed = true;
      if (!workers.size) void stopAll(failed ? 1 : 0);
    });
  };
  for (let index = 1; index <= config.WEB_CONCURRENCY; index++) start(index);
  log.info(`started ${config.WEB_CONCURRENCY} HTTP workers on port ${config.PORT}`);
}

main().catch((error) => {
  process.stderr.write(`Parvis failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
