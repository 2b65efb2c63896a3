/**
 * The built server (`dist/src/main.js`) as a child process under measurement: the SQL counter
 * preloaded, its CPU time read from `/proc/<pid>/stat`, its peak resident memory from `VmHWM` in
 * `/proc/<pid>/status` (reset between paths through `/proc/<pid>/clear_refs`).
 */
import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import type { SqlCounterMessage, SqlCounts } from './sql-counter';

export const ROOT = resolve(__dirname, '../../..');
export const SERVER_ENTRY = join(ROOT, 'dist/src/main.js');

/** Clock ticks per second of /proc/<pid>/stat (USER_HZ, 100 on Linux). */
const CLOCK_TICKS = 100;

export interface ServerUnderTest {
  port: number;
  pid: number;
  /** Where its stdout and stderr go (kept when it fails to start). */
  logFile: string;
  /** utime + stime of the process, in milliseconds. */
  cpuMs(): number;
  /** Peak resident memory (VmHWM) since the last resetPeak, in MB. */
  peakRssMb(): number;
  /** Current resident memory (VmRSS), in MB. */
  rssMb(): number;
  /** Starts a new peak (writing 5 to clear_refs); false when the kernel refuses. */
  resetPeak(): boolean;
  sqlCounts(): Promise<SqlCounts>;
  resetSqlMax(): Promise<SqlCounts>;
  stop(): Promise<void>;
}

export interface StartOptions {
  databaseUrl: string;
  port: number;
  /** Extra environment for the server (the caller's own variables are passed through). */
  env?: Record<string, string>;
}

/**
 * Compiles the counting preload to a temporary CommonJS file (the server runs plain JavaScript, and
 * loading TypeScript into it would distort its memory), starts the server with it, and waits until
 * `/health` answers.
 */
export async function startServer(options: StartOptions): Promise<ServerUnderTest> {
  if (!existsSync(SERVER_ENTRY)) throw new Error(`${SERVER_ENTRY} is missing: run \`npm run build:server\` first`);
  const work = mkdtempSync(join(tmpdir(), 'parvis-bench-load-'));
  const preload = join(work, 'sql-counter.js');
  const source = readFileSync(join(__dirname, 'sql-counter.ts'), 'utf8');
  writeFileSync(
    preload,
    ts.transpileModule(source, {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
    }).outputText,
  );
  const logFile = join(work, 'server.log');
  const out = openSync(logFile, 'a');
  const child = spawn(process.execPath, ['-r', preload, SERVER_ENTRY], {
    cwd: ROOT,
    stdio: ['ignore', out, out, 'ipc'],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
      HOST: '127.0.0.1',
      PORT: String(options.port),
      DATABASE_URL: options.databaseUrl,
      DATA_DIR: join(work, 'data'),
      JWT_SECRET: randomBytes(32).toString('hex'),
      SEED_DEMO: 'false',
      // Every session of the benchmark signs in from 127.0.0.1, and a run lasts longer than 15 min.
      LOGIN_MAX_ATTEMPTS_PER_IP: '1000000',
      ACCESS_TOKEN_TTL_SECONDS: '86400',
      BENCH_PG_PATH: require.resolve('pg', { paths: [ROOT] }),
      ...options.env,
    },
  });
  closeSync(out);
  let exited: string | null = null;
  child.once('exit', (code, signal) => (exited = `exited with ${signal ?? code}`));

  const started = Date.now();
  for (;;) {
    if (exited) throw new Error(`the server ${exited} before answering /health; its log: ${logFile}`);
    if (Date.now() - started > 120_000) {
      child.kill('SIGKILL');
      throw new Error(`the server did not answer /health within 120 s; its log: ${logFile}`);
    }
    try {
      const res = await fetch(`http://127.0.0.1:${options.port}/health`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }

  const pid = child.pid!;
  return {
    port: options.port,
    pid,
    logFile,
    cpuMs: () => {
      // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
    },
    peakRssMb: () => statusKb(pid, 'VmHWM') / 1024,
    rssMb: () => statusKb(pid, 'VmRSS') / 1024,
    resetPeak: () => {
      try {
        writeFileSync(`/proc/${pid}/clear_refs`, '5');
        return true;
      } catch {
        return false;
      }
    },
    sqlCounts: () => ask(child, { cmd: 'sql-counts' }),
    resetSqlMax: () => ask(child, { cmd: 'sql-reset-max' }),
    stop: async () => {
      if (!exited) {
        const done = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        const force = setTimeout(() => child.kill('SIGKILL'), 15_000);
        await done;
        clearTimeout(force);
      }
      rmSync(join(work, 'data'), { recursive: true, force: true });
    },
  };
}

function statusKb(pid: number, key: string): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith(`${key}:`));
  return line ? Number(line.replace(/\D+/g, ' ').trim().split(' ')[0]) : 0;
}

function ask(child: ChildProcess, message: SqlCounterMessage): Promise<SqlCounts> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the server did not answer the SQL counter (is the preload loaded?)')), 5000);
    const onMessage = (m: { sqlCounts?: SqlCounts }) => {
      if (!m?.sqlCounts) return;
      clearTimeout(timer);
      child.off('message', onMessage);
      resolve(m.sqlCounts);
    };
    child.on('message', onMessage);
    child.send(message);
  });
}
