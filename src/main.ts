import 'reflect-metadata';
import pino from 'pino';
import { createApp } from './bootstrap';
import { logTransport } from './common/log-transport';
import { AppConfig, ConfigError, loadConfigFromEnv } from './config/app-config';
import { dataDirSecret, EmbeddedPostgresError, startServerDatabase } from './database/embedded-postgres';

/**
 * `npm start` / `npm run start:prod`: validate the configuration, start the embedded PostgreSQL when
 * DATABASE_URL is unset, build the app (migrations run, first admin, demo seed), listen, and on
 * SIGTERM/SIGINT finish the requests in flight before stopping the database.
 */
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
  const log = pino({ level: config.LOG_LEVEL, base: { context: 'Main' }, transport: logTransport(config.NODE_ENV, process.stdout.isTTY) });

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

  const app = await createApp(config, databaseUrl);
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
}

main().catch((error) => {
  process.stderr.write(`Parvis failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
