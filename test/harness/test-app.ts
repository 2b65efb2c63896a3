import 'reflect-metadata';
import { NestExpressApplication } from '@nestjs/platform-express';
import { randomBytes } from 'node:crypto';
import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import request from 'supertest';
import type { Logger as TypeOrmLogger } from 'typeorm';
import type { AppModuleOptions } from '../../src/app.module';
import { createApp } from '../../src/bootstrap';
import { AppConfig, loadConfig } from '../../src/config/app-config';
import { cloneTemplate } from './database';
import { Factories } from './factories';

/** The districts every test server starts with (the demo commune's names), unless DISTRICTS says otherwise. */
export const TEST_DISTRICTS = ['Centre-ville', 'Les Arènes', 'Saint-Jean', 'Le Port', 'La Garenne', 'Bel-Air'];

/** One statement the server ran, with the parameters it was sent with. */
export interface CapturedStatement {
  sql: string;
  parameters: unknown[];
}

/**
 * Counts the SQL statements the server runs while `counting` is on (N+1 checks), and keeps each with
 * its parameters, so a test can EXPLAIN exactly what the app sent. With `requestsOnly`, only those
 * sent while answering an HTTP request count: not what the job workers do after the answer.
 */
export class QueryCounter implements TypeOrmLogger {
  counting = false;
  requestsOnly = false;
  queries: string[] = [];
  statements: CapturedStatement[] = [];
  private readonly inRequest = new AsyncLocalStorage<true>();

  /** Marks the work of each request `server` answers (its statements run in that async context). */
  watch(server: Server): void {
    const emit = server.emit as (this: Server, ...args: unknown[]) => boolean;
    const inRequest = this.inRequest;
    server.emit = function (this: Server, ...args: unknown[]) {
      return args[0] === 'request' ? inRequest.run(true, () => emit.apply(this, args)) : emit.apply(this, args);
    };
  }

  logQuery(query: string, parameters?: unknown[]) {
    if (!this.counting || /^(START TRANSACTION|COMMIT|ROLLBACK)/.test(query)) return;
    if (this.requestsOnly && !this.inRequest.getStore()) return;
    this.queries.push(query);
    this.statements.push({ sql: query, parameters: parameters ?? [] });
  }
  logQueryError() {}
  logQuerySlow() {}
  logSchemaBuild() {}
  logMigration() {}
  log() {}
  async measure<T>(
    work: () => Promise<T>,
    options: { requestsOnly?: boolean } = {},
  ): Promise<{ result: T; count: number; queries: string[]; statements: CapturedStatement[] }> {
    this.queries = [];
    this.statements = [];
    this.counting = true;
    this.requestsOnly = !!options.requestsOnly;
    try {
      const result = await work();
      return { result, count: this.queries.length, queries: [...this.queries], statements: [...this.statements] };
    } finally {
      this.counting = false;
      this.requestsOnly = false;
    }
  }
}

export interface GqlResponse<T = Record<string, any>> {
  data?: T;
  errors?: { message: string; path?: string[]; extensions: Record<string, any> }[];
}

/**
 * One running server on its own fresh database, for one test file. `gql()` posts to /graphql as a
 * client would; `db` answers direct SQL so tests can check what changed and what did not.
 */
export class TestApp {
  readonly factories: Factories;

  private constructor(
    readonly app: NestExpressApplication,
    readonly config: AppConfig,
    readonly db: Client,
    readonly queryCounter: QueryCounter,
    private readonly dropDatabase: () => Promise<void>,
  ) {
    this.factories = new Factories(this);
  }

  static async start(env: Record<string, string> = {}, options: { modules?: AppModuleOptions['extraModules'] } = {}): Promise<TestApp> {
    const database = await cloneTemplate();
    // A folder of its own (e-mails written without SMTP_URL, local media), removed on close.
    const dataDir = mkdtempSync(join(tmpdir(), 'parvis-test-'));
    const config = loadConfig({
      DATA_DIR: dataDir,
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      JWT_SECRET: randomBytes(32).toString('hex'),
      LOGIN_MAX_ATTEMPTS_PER_IP: '100000',
      CLIENT_DIST_DIR: 'client/dist',
      // The districts the tests file records in (seeded into the empty table at start); '' for none.
      DISTRICTS: TEST_DISTRICTS.join(','),
      ...env,
    });
    config.SEED_DEMO ??= false;
    const counter = new QueryCounter();
    let app: NestExpressApplication;
    try {
      app = await createApp(config, database.url, { queryLogger: counter, extraModules: options.modules });
    } catch (error) {
      // A server that refuses to start (a test may expect it) leaves no database or folder behind.
      await database.drop().catch(() => undefined);
      rmSync(dataDir, { recursive: true, force: true });
      throw error;
    }
    counter.watch(app.getHttpServer());
    const db = new Client({ connectionString: database.url });
    await db.connect();
    return new TestApp(app, config, db, counter, async () => {
      await database.drop();
      rmSync(dataDir, { recursive: true, force: true });
    });
  }

  get http() {
    return request(this.app.getHttpServer());
  }

  /**
   * POST /graphql with JSON (what Apollo's CSRF prevention accepts) and an optional bearer token.
   * After a mutation it waits until the job queue has delivered what the mutation caused
   * (notifications, live updates), as a user sees it a few milliseconds later.
   */
  async gql<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<GqlResponse<T>> {
    const req = this.http.post('/graphql').set('Content-Type', 'application/json');
    if (token) req.set('Authorization', `Bearer ${token}`);
    const res = await req.send({ query, variables });
    if (/^\s*mutation\b/.test(query)) await this.jobsDone();
    return res.body as GqlResponse<T>;
  }

  /**
   * Waits until no job is waiting or running in this server's queue. Fails at once when a job has
   * failed (its error is the test's failure), and after `timeoutMs` with the jobs still there.
   */
  async jobsDone(timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const jobs = await this.sql<{ task: string; error: string | null }>(
        `SELECT task_identifier AS task, last_error AS error FROM graphile_worker.jobs WHERE attempts < max_attempts`,
      );
      if (!jobs.length) return;
      const failed = jobs.find((j) => j.error);
      if (failed) throw new Error(`job ${failed.task} failed: ${failed.error}`);
      if (Date.now() > deadline) throw new Error(`jobs still queued after ${timeoutMs} ms: ${jobs.map((j) => j.task).join(', ')}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  /** Like gql() but fails the test on any error, returning `data`. */
  async gqlOk<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
    const res = await this.gql<T>(query, variables, token);
    if (res.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors, null, 2)}`);
    return res.data as T;
  }

  async sql<T = any>(text: string, params: unknown[] = []): Promise<T[]> {
    return (await this.db.query(text, params)).rows as T[];
  }

  get<T>(token: unknown): T {
    return this.app.get(token as never) as T;
  }

  async close(): Promise<void> {
    await this.db.end();
    await this.app.close();
    await this.dropDatabase();
  }
}

/** The first error's code, reason and field paths: what most refusal tests assert. */
export function errorOf(res: GqlResponse) {
  const e = res.errors?.[0];
  return {
    code: e?.extensions?.code as string | undefined,
    reason: e?.extensions?.reason as string | undefined,
    fields: ((e?.extensions?.fields ?? []) as { path: string }[]).map((f) => f.path),
  };
}
