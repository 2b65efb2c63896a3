import type { AddressInfo } from 'node:net';
import { Client, createClient } from 'graphql-ws';
import type { PubSub } from 'graphql-subscriptions';
import WebSocket from 'ws';
import { PUB_SUB } from '../../src/graphql/pubsub.module';
import { RedisPubSub } from '../../src/redis/redis-pubsub';
import type { TestApp } from './test-app';

/**
 * GraphQL subscriptions in tests: a real graphql-ws client over a real WebSocket to the test server
 * (listening on a free port). Used by test/e2e/notifications-live.e2e-spec.ts.
 */

export interface LiveResult {
  data?: Record<string, any> | null;
  errors?: { message: string; extensions?: Record<string, any> }[];
}

/** One subscription: what it received, whether it ended, and a way to wait for the next result. */
export class LiveSubscription {
  readonly results: LiveResult[] = [];
  completed = false;
  error: unknown = null;
  private waiters: (() => void)[] = [];
  readonly unsubscribe: () => void;

  constructor(client: Client, query: string, variables: Record<string, unknown>) {
    this.unsubscribe = client.subscribe<Record<string, any>>(
      { query, variables },
      {
        next: (r) => this.push(() => this.results.push(r as LiveResult)),
        error: (e) => this.push(() => (this.error = e)),
        complete: () => this.push(() => (this.completed = true)),
      },
    );
  }

  /** Waits until `count` results arrived (or the subscription ended), failing after `ms`. */
  async waitFor(count: number, ms = 5000): Promise<LiveResult[]> {
    const deadline = Date.now() + ms;
    while (this.results.length < count && !this.completed && !this.error) {
      if (Date.now() > deadline) throw new Error(`waited ${ms} ms for ${count} results, got ${this.results.length}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
    return this.results;
  }

  private push(change: () => void): void {
    change();
    for (const w of this.waiters.splice(0)) w();
  }
}

/** Starts listening on a free port once per app, and answers the graphql-ws URL. */
export async function liveUrl(t: TestApp): Promise<string> {
  const server = t.app.getHttpServer();
  if (!server.listening) await t.app.listen(0, '127.0.0.1');
  const { port } = server.address() as AddressInfo;
  return `ws://127.0.0.1:${port}/graphql`;
}

/** A graphql-ws client, signed in when a token is given (sent as connection parameters). */
export async function liveClient(t: TestApp, token?: string): Promise<Client> {
  return createClient({
    url: await liveUrl(t),
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
    lazy: true,
  });
}

/** How many subscriptions the server has on a topic (a peek at its PubSub: in memory, or Redis with REDIS_URL). */
export function listenerCount(t: TestApp, topic: string): number {
  const engine = t.get<PubSub | RedisPubSub>(PUB_SUB);
  if (engine instanceof RedisPubSub) return engine.listenerCount(topic);
  return (engine as unknown as { ee: { listenerCount(name: string): number } }).ee.listenerCount(topic);
}

/** Polls until `condition` holds, failing after `ms`. */
export async function until(condition: () => boolean, what: string, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/**
 * Waits until the server listens on `topic` `count` times: a subscription is accepted
 * asynchronously, and a change made before that would rightly not be delivered to it.
 */
export function waitForListeners(t: TestApp, topic: string, count = 1): Promise<void> {
  return until(() => listenerCount(t, topic) >= count, `${count} listener(s) on ${topic}`);
}
