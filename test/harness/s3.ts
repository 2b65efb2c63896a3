import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A real S3-compatible server for the tests that need one (test/e2e/multi-instance*.e2e-spec.ts):
 * s3rver in a child process (see s3-server.main.ts) over a temporary folder, one per test file,
 * with its own bucket. `env` is what a Parvis server needs to store its media there.
 */
export interface S3TestServer {
  endpoint: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** S3_* variables for a server (or TestApp.start) using this bucket. */
  env: Record<string, string>;
  /** Where s3rver keeps the objects (to check what is really stored). */
  directory: string;
  stop(): Promise<void>;
}

export async function startS3Server(bucket = `parvis-${randomBytes(4).toString('hex')}`): Promise<S3TestServer> {
  const directory = mkdtempSync(join(tmpdir(), 'parvis-s3-'));
  const child = spawn(
    process.execPath,
    ['--openssl-legacy-provider', '-r', 'ts-node/register/transpile-only', join(__dirname, 's3-server.main.ts'), directory, bucket],
    { cwd: join(__dirname, '..', '..'), stdio: ['pipe', 'pipe', 'pipe'] },
  );
  let output = '';
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`s3rver did not start within 30 s: ${output}`)), 30_000);
    const read = (d: Buffer) => {
      output += d.toString();
      const m = /listening (\d+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`s3rver exited (${code}): ${output}`));
    });
  });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const endpoint = `http://127.0.0.1:${port}`;
  const accessKeyId = 'S3RVER';
  const secretAccessKey = 'S3RVER';
  return {
    endpoint,
    bucket,
    accessKeyId,
    secretAccessKey,
    directory,
    env: {
      S3_ENDPOINT: endpoint,
      S3_BUCKET: bucket,
      S3_REGION: 'us-east-1',
      S3_ACCESS_KEY_ID: accessKeyId,
      S3_SECRET_ACCESS_KEY: secretAccessKey,
      S3_FORCE_PATH_STYLE: 'true',
    },
    stop: async () => {
      if (child.exitCode === null) {
        child.stdin!.end();
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
        await exited;
        clearTimeout(timer);
      }
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
