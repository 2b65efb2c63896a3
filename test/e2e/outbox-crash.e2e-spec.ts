import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import request from 'supertest';
import { cloneTemplate } from '../harness/database';
import { randomPort, ServerProcess, startServer } from '../harness/server-process';

/**
 * "Nothing is lost to a crash": the real server process (src/main.ts) is killed with SIGKILL right
 * after a status change has committed and while its notifications are being delivered (the job
 * queue's worker holds the delivery job, blocked on a table lock this test holds), then restarted:
 * each follower is notified exactly once.
 */
describe('outbox: a delivery interrupted by SIGKILL completes after restart, once', () => {
  let db: Awaited<ReturnType<typeof cloneTemplate>>;
  let server: ServerProcess | undefined;
  let lock: Client | undefined;
  const mediaDir = mkdtempSync(join(tmpdir(), 'parvis-crash-'));
  const port = randomPort(30000);
  const secret = randomBytes(32).toString('hex');
  const http = request(`http://127.0.0.1:${port}`);

  beforeAll(async () => {
    db = await cloneTemplate();
  });
  afterAll(async () => {
    server?.child.kill('SIGKILL');
    await lock?.end().catch(() => undefined);
    await db?.drop();
    rmSync(mediaDir, { recursive: true, force: true });
  });

  async function start(): Promise<ServerProcess> {
    const started = startServer(
      {
        LOG_LEVEL: 'warn',
        DATABASE_URL: db.url,
        JWT_SECRET: secret,
        MEDIA_DIR: mediaDir,
        // The same instance name across the restart: it is how the new process knows which
        // jobs its killed predecessor held.
        INSTANCE_ID: 'crash-test',
        JOBS_CONCURRENCY: '1',
        ADMIN_EMAIL: 'mairie@example.test',
        ADMIN_PASSWORD: 'the first admin passphrase',
      },
      port,
    );
    await started.waitHealthy();
    return started;
  }

  async function gql(query: string, variables: Record<string, unknown> = {}, token?: string) {
    const req = http.post('/graphql').set('Content-Type', 'application/json');
    if (token) req.set('Authorization', `Bearer ${token}`);
    const res = await req.send({ query, variables });
    if (res.body.errors) throw new Error(JSON.stringify(res.body.errors));
    return res.body.data;
  }

  async function sql<T = any>(text: string, params: unknown[] = []): Promise<T[]> {
    const client = new Client({ connectionString: db.url });
    await client.connect();
    try {
      return (await client.query(text, params)).rows as T[];
    } finally {
      await client.end();
    }
  }

  async function until<T>(what: string, probe: () => Promise<T | undefined>, ms = 30_000): Promise<T> {
    const deadline = Date.now() + ms;
    for (;;) {
      const value = await probe();
      if (value !== undefined) return value;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  it('delivers each follower’s notification exactly once after the restart', async () => {
    server = await start();

    const register = async (name: string) =>
      (
        await gql(`mutation($input: RegisterInput!) { register(input: $input) { accessToken user { id } } }`, {
          input: {
            email: `${name}-${randomBytes(3).toString('hex')}@example.test`,
            password: 'a long enough passphrase',
            displayName: name,
          },
        })
      ).register as { accessToken: string; user: { id: string } };
    const author = await register('Autrice');
    const fans = await Promise.all(['Un', 'Deux', 'Trois'].map(register));
    const admin = (
      await gql(`mutation { login(input: { email: "mairie@example.test", password: "the first admin passphrase" }) { accessToken } }`)
    ).login.accessToken as string;

    const draft = (
      await gql(
        `mutation($input: CreateProposalInput!) { createProposal(input: $input) { id } }`,
        { input: { title: 'Des bancs place du marché', body: 'Pour que chacun puisse s’asseoir.' } },
        author.accessToken,
      )
    ).createProposal;
    await gql(`mutation($id: ID!) { publishProposal(id: $id) { id } }`, { id: draft.id }, author.accessToken);
    for (const fan of fans) {
      await gql(`mutation($id: ID!) { follow(targetType: PROPOSAL, targetId: $id) { followerCount } }`, { id: draft.id }, fan.accessToken);
    }

    // Hold the notifications table: the delivery will be taken by the worker and block on it.
    lock = new Client({ connectionString: db.url });
    await lock.connect();
    await lock.query('BEGIN');
    await lock.query('LOCK TABLE notifications IN SHARE MODE');

    const answered = await gql(
      `mutation($id: ID!) { answerProposal(id: $id, input: { status: UNDER_REVIEW, body: "Étudiée en commission le mois prochain." }) { status } }`,
      { id: draft.id },
      admin,
    );
    expect(answered.answerProposal.status).toBe('UNDER_REVIEW'); // committed
    await until('the worker to hold the delivery', async () => {
      const [job] = await sql(`SELECT locked_by FROM graphile_worker.jobs WHERE task_identifier = 'notifications.deliver'`);
      return job?.locked_by ? job : undefined;
    });

    server.child.kill('SIGKILL');
    await server.exited;
    await lock.query('ROLLBACK');
    await lock.end();
    lock = undefined;
    const answerNotifications = () =>
      sql<{ recipient_id: string }>(`SELECT recipient_id FROM notifications WHERE target_id = $1 AND kind = 'PROPOSAL_UNDER_REVIEW'`, [
        draft.id,
      ]);
    expect(await answerNotifications()).toEqual([]); // nothing was delivered before the kill

    server = await start();
    await until('the queue to be empty', async () => {
      const jobs = await sql(`SELECT 1 FROM graphile_worker.jobs`);
      return jobs.length === 0 ? true : undefined;
    });
    const recipients = (await answerNotifications()).map((r) => r.recipient_id).sort();
    expect(recipients).toEqual([author, ...fans].map((u) => u.user.id).sort());

    // As each follower sees it: one notification of the answer.
    for (const who of [author, ...fans]) {
      const { notifications } = await gql(`query { notifications(first: 20) { edges { node { kind } } } }`, {}, who.accessToken);
      expect(notifications.edges.filter((e: any) => e.node.kind === 'PROPOSAL_UNDER_REVIEW')).toHaveLength(1);
    }

    server.child.kill('SIGTERM');
    const code = await server.exited;
    // On failure, say how it ended (a signal?) and what it printed.
    expect({ code, signal: server.child.signalCode, ...(code === 0 ? {} : server.output()) }).toEqual({ code: 0, signal: null });
    server = undefined;
  }, 150_000);
  it('releases at start the jobs of worker names it no longer runs (fewer job workers, fewer cluster workers), not another instance’s', async () => {
    // Three jobs held as by workers that died with an earlier run of this instance, when it had two
    // job workers and a third cluster worker, and one held by another instance (alive, as far as
    // anyone knows). A scheduled clean-up task: running it early changes nothing.
    const holders = ['crash-test-2', 'crash-test-w3-1', 'crash-test-old-1', 'elsewhere-1'];
    for (const holder of holders) {
      const [job] = await sql<{ id: string }>(`SELECT id FROM graphile_worker.add_job('mail.forget-sent', '{}'::json, job_key => $1)`, [
        `stale-${holder}`,
      ]);
      await sql(`UPDATE graphile_worker._private_jobs SET locked_by = $2, locked_at = now() WHERE id = $1`, [job.id, holder]);
    }
    const waiting = () => sql<{ key: string }>(`SELECT key FROM graphile_worker.jobs WHERE key LIKE 'stale-%' ORDER BY key`);
    expect((await waiting()).length).toBe(4);

    server = await start(); // INSTANCE_ID crash-test, one job worker, no cluster
    await until('the released jobs to run', async () => ((await waiting()).length === 2 ? true : undefined));
    // « crash-test-old » is another instance whose name only begins like this one's.
    expect((await waiting()).map((j) => j.key)).toEqual(['stale-crash-test-old-1', 'stale-elsewhere-1']);

    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    server = undefined;
  }, 60_000);
});
