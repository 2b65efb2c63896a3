import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';

/** The real server (src/main.ts) in a process of its own, as `npm start` runs it. */
export interface ServerProcess {
  child: ChildProcess;
  port: number;
  http: ReturnType<typeof request>;
  /** Everything written so far to stdout and stderr. */
  output(): { stdout: string; stderr: string };
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
  /**
   * Resolves with the `count`-th line matching `pattern` once it was written (stdout or stderr);
   * rejects if the process exits first or the deadline passes.
   */
  waitFor(pattern: RegExp, timeoutMs?: number, count?: number): Promise<string>;
  /** Polls GET /health until it answers 200 (or the process exits, or the deadline passes). */
  waitHealthy(timeoutMs?: number): Promise<void>;
}

/**
 * A random port in [base, base + span). Keep it below the kernel's ephemeral range (32768 and up on
 * Linux): ports there are also taken by outgoing connections and by servers listening on port 0
 * (other test files, running at the same time), so a fixed choice in it can find itself in use.
 */
export const randomPort = (base: number, span = 2000) => {
  if (base + span > 32768) throw new Error(`randomPort: ${base}+${span} reaches the ephemeral port range`);
  return base + Math.floor(Math.random() * span);
};

export function startServer(env: Record<string, string>, port = randomPort(22000, 8000)): ServerProcess {
  // On a given database, a DATA_DIR of its own (e-mails written without SMTP_URL), removed at exit;
  // without DATABASE_URL the test chose where the embedded database lives.
  const dataDir = env.DATABASE_URL && !env.DATA_DIR ? mkdtempSync(join(tmpdir(), 'parvis-server-')) : undefined;
  const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', 'src/main.ts'], {
    cwd: join(__dirname, '..', '..'),
    env: {
      ...process.env,
      NODE_ENV: 'test',
      LOG_LEVEL: 'info',
      PORT: String(port),
      HOST: '127.0.0.1',
      ...(dataDir ? { DATA_DIR: dataDir } : {}),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (dataDir) child.on('exit', () => rmSync(dataDir, { recursive: true, force: true }));
  let stdout = '';
  let stderr = '';
  const listeners = new Set<() => void>();
  child.stdout!.on('data', (d: Buffer) => {
    stdout += d.toString();
    listeners.forEach((l) => l());
  });
  child.stderr!.on('data', (d: Buffer) => {
    stderr += d.toString();
    listeners.forEach((l) => l());
  });
  let code: number | null | undefined;
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (c) => {
      code = c;
      listeners.forEach((l) => l());
      resolve(c);
    }),
  );
  const http = request(`http://127.0.0.1:${port}`);
  const server: ServerProcess = {
    child,
    port,
    http,
    exited,
    output: () => ({ stdout, stderr }),
    waitFor: (pattern, timeoutMs = 60_000, count = 1) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const line = `${stdout}\n${stderr}`.split('\n').filter((l) => pattern.test(l))[count - 1];
          if (line !== undefined) done(() => resolve(line));
          else if (code !== undefined) done(() => reject(new Error(`exited ${code} before ${pattern}: ${stderr || stdout}`)));
        };
        const timer = setTimeout(
          () => done(() => reject(new Error(`no ${pattern} within ${timeoutMs} ms: ${stderr || stdout}`))),
          timeoutMs,
        );
        const done = (settle: () => void) => {
          clearTimeout(timer);
          listeners.delete(check);
          settle();
        };
        listeners.add(check);
        check();
      }),
    waitHealthy: async (timeoutMs = 90_000) => {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        if (code !== undefined) throw new Error(`the server exited (${code}): ${stderr || stdout}`);
        const ok = await http.get('/health').then(
          (r) => r.status === 200,
          () => false,
        );
        if (ok) return;
        if (Date.now() > deadline) throw new Error(`the server did not answer /health: ${stderr || stdout}`);
        await new Promise((r) => setTimeout(r, 200));
      }
    },
  };
  return server;
}

/** Ends a server started by a test and waits for it (SIGTERM, SIGKILL if it does not stop). */
export async function stopServer(server: ServerProcess | undefined): Promise<void> {
  if (!server || server.child.exitCode !== null || server.child.signalCode !== null) return;
  server.child.kill('SIGTERM');
  const timer = setTimeout(() => server.child.kill('SIGKILL'), 20_000);
  await server.exited;
  clearTimeout(timer);
}
