/**
 * Drives a path: through the API with autocannon (GraphQL over HTTP, a body per request), or as its
 * hand-written SQL with a pg Pool at the same concurrency.
 */
import autocannon from 'autocannon';
import { Pool } from 'pg';
import { pct, postGraphql } from './util';
import type { LoadPath, Operation, SqlStatement } from './paths';

export interface RunStats {
  requests: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  /** Non-2xx answers, connection errors and timeouts. */
  httpErrors: number;
  /** 2xx answers whose body holds GraphQL `errors`. */
  graphqlErrors: number;
  /** The first few error bodies, to say what went wrong. */
  samples: string[];
}

/** The n-th request of each connection, numbered from the start of a run. */
type Next = (slot: number, n: number) => { op: Operation; path?: string };

/**
 * Sends `next`'s operations over `connections` connections for `seconds`; each connection keeps one
 * request in flight. Latencies are taken from every response (autocannon's own histogram has no p95).
 * `perPath` receives the answers of a mixed run by path.
 */
export async function runHttp(
  port: number,
  next: Next,
  connections: number,
  seconds: number,
  perPath?: Map<string, { latencies: number[]; errors: number }>,
): Promise<RunStats> {
  let slots = 0;
  const latencies: number[] = [];
  let graphqlErrors = 0;
  let httpStatusErrors = 0;
  const samples: string[] = [];
  // Each connection is one visitor: its own slot and request count, kept beside its autocannon
  // client (autocannon resets a request's `context` whenever its list of requests starts over).
  const state = new WeakMap<object, { slot: number; n: number; path?: string }>();
  const setupClient = (client: autocannon.Client) => {
    const me = { slot: slots++, n: 0, path: undefined as string | undefined };
    state.set(client, me);
    client.setRequests([
      {
        method: 'POST',
        path: '/graphql',
        setupRequest: (req: autocannon.Request) => {
          const { op, path } = next(me.slot, me.n++);
          me.path = path;
          return {
            ...req,
            headers: {
              'content-type': 'application/json',
              ...(op.token ? { authorization: `Bearer ${op.token}` } : {}),
            },
            body: JSON.stringify({ query: op.query, variables: op.variables }),
          };
        },
        onResponse: (status: number, body: string) => {
          const failed = status < 200 || status >= 300;
          // GraphQL errors come in a top-level `errors` list (with or without `data`).
          const gqlError = !failed && body.includes('"errors":[');
          if (failed) httpStatusErrors++;
          if (gqlError) graphqlErrors++;
          if ((failed || gqlError) && samples.length < 3) samples.push(`${me.path ?? ''} ${status} ${body.slice(0, 300)}`);
          if (perPath && me.path && (failed || gqlError)) entry(perPath, me.path).errors++;
        },
      } as autocannon.Request,
    ]);
  };
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url: `http://127.0.0.1:${port}`, connections, duration: seconds, timeout: 30, setupClient },
      (error, res) => (error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(res)),
    );
    instance.on('response', (client: autocannon.Client, _status: number, _bytes: number, ms: number) => {
      latencies.push(ms);
      const path = state.get(client)?.path;
      if (perPath && path) entry(perPath, path).latencies.push(ms);
    });
  });
  const requests = latencies.length;
  return {
    requests,
    seconds: result.duration,
    perSecond: requests / result.duration,
    p50: pct(latencies, 50),
    p95: pct(latencies, 95),
    p99: pct(latencies, 99),
    httpErrors: Math.max(httpStatusErrors, result.non2xx) + result.errors + result.timeouts,
    graphqlErrors,
    samples,
  };
}

function entry(map: Map<string, { latencies: number[]; errors: number }>, path: string) {
  let e = map.get(path);
  if (!e) map.set(path, (e = { latencies: [], errors: 0 }));
  return e;
}

/** Runs the path's SQL over `connections` pool clients for `seconds`, one statement in flight each. */
export async function runSql(pool: Pool, path: LoadPath, connections: number, seconds: number): Promise<RunStats> {
  const sql = path.sql as (slot: number, n: number) => SqlStatement;
  const latencies: number[] = [];
  const samples: string[] = [];
  let errors = 0;
  const started = performance.now();
  const until = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async (_, slot) => {
      const client = await connectPatiently(pool);
      try {
        for (let n = 0; performance.now() < until; n++) {
          const { text, values } = sql(slot, n);
          const t = performance.now();
          try {
            await client.query(text, values);
            latencies.push(performance.now() - t);
          } catch (error) {
            errors++;
            if (samples.length < 3) samples.push(error instanceof Error ? error.message : String(error));
            if (errors > 100) throw new Error(`the SQL of ${path.name} fails: ${samples[0]}`);
          }
        }
      } finally {
        client.release();
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  return {
    requests: latencies.length,
    seconds: elapsed,
    perSecond: latencies.length / elapsed,
    p50: pct(latencies, 50),
    p95: pct(latencies, 95),
    p99: pct(latencies, 99),
    httpErrors: errors,
    graphqlErrors: 0,
    samples,
  };
}

/**
 * A pool client, waiting for a free connection slot when the server has none (a shared machine's
 * PostgreSQL may be near max_connections) for up to 30 s.
 */
async function connectPatiently(pool: Pool) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await pool.connect();
    } catch (error) {
      const tooMany = error instanceof Error && /too many clients|remaining connection slots/.test(error.message);
      if (!tooMany || attempt >= 30) throw error;
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
}

/** Sends `count` requests one after the other (for the SQL statements each costs). */
export async function runSequential(port: number, next: Next, count: number): Promise<{ errors: number; samples: string[] }> {
  let errors = 0;
  const samples: string[] = [];
  for (let n = 0; n < count; n++) {
    const { op } = next(n % 7, n);
    const { status, body } = await postGraphql(port, { query: op.query, variables: op.variables }, op.token);
    if (status < 200 || status >= 300 || body.includes('"errors":[')) {
      errors++;
      if (samples.length < 3) samples.push(`${status} ${body.slice(0, 300)}`);
    }
  }
  return { errors, samples };
}
