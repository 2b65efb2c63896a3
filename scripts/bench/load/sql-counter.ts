/**
 * Preloaded into the server under benchmark (`node -r <this file compiled> dist/src/main.js`), never
 * imported by the application: it counts the SQL statements sent through `pg`'s
 * `Client.prototype.query`, in total and per HTTP request (an AsyncLocalStorage store opened when
 * the request arrives, closed when its response is sent), and answers the benchmark's IPC messages
 * with the counts. Statements the job workers send outside any request (outbox deliveries) count in
 * `total` only.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { IncomingMessage, Server, ServerResponse } from 'node:http';

/** What the benchmark reads (cumulative since the server started, except `maxPerRequest`). */
export interface SqlCounts {
  /** Every statement, requests and background work alike. */
  total: number;
  /** Statements sent while serving an HTTP request. */
  inRequests: number;
  /** HTTP requests answered. */
  requests: number;
  /** The most statements one request sent since the last `reset-max`. */
  maxPerRequest: number;
}

/** The messages the benchmark sends over the IPC channel. */
export type SqlCounterMessage = { cmd: 'sql-counts' } | { cmd: 'sql-reset-max' };

const counts: SqlCounts = { total: 0, inRequests: 0, requests: 0, maxPerRequest: 0 };
const perRequest = new AsyncLocalStorage<{ n: number }>();

// The same module instance the server loads (the benchmark passes its resolved path).
const pg = require(process.env.BENCH_PG_PATH ?? 'pg') as typeof import('pg');
const query = pg.Client.prototype.query as (...args: unknown[]) => unknown;
(pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown }).query = function (this: unknown, ...args: unknown[]) {
  counts.total++;
  const store = perRequest.getStore();
  if (store) store.n++;
  return query.apply(this, args);
};

const emit = Server.prototype.emit as (this: Server, ...args: unknown[]) => boolean;
Server.prototype.emit = function (this: Server, event: string | symbol, ...args: unknown[]): boolean {
  if (event !== 'request') return emit.apply(this, [event, ...args]);
  const store = { n: 0 };
  const res = args[1] as ServerResponse<IncomingMessage>;
  res.once('finish', () => {
    counts.requests++;
    counts.inRequests += store.n;
    counts.maxPerRequest = Math.max(counts.maxPerRequest, store.n);
  });
  return perRequest.run(store, () => emit.apply(this, [event, ...args]));
};

process.on('message', (message: SqlCounterMessage) => {
  if (message?.cmd === 'sql-counts') process.send?.({ sqlCounts: { ...counts } });
  if (message?.cmd === 'sql-reset-max') {
    counts.maxPerRequest = 0;
    process.send?.({ sqlCounts: { ...counts } });
  }
});
