import { Logger } from '@nestjs/common';
import type { PubSubEngine } from 'graphql-subscriptions';
import type { TargetRef } from './follow-target';
import type { NotificationRow } from './notifications.repository';

/**
 * Live updates (GraphQL subscriptions over graphql-ws): the topics a committed change is announced
 * on, and the streams subscribers read. A use case queues its announcements through the outbox in
 * its own transaction and the job worker publishes them after the commit, so a rolled-back change
 * is never announced and a subscriber never reads a row that is not there yet.
 */

/** A notification just written, with its recipient (the topic it is published on). */
export type AddedNotification = NotificationRow & { recipientId: string };

/** Topic of a user's new notifications: only that user's subscription listens to it. */
export const notificationsTopic = (recipientId: string) => `notifications:${recipientId}`;

/** Topic of the changes of one followable thing (a service request, a proposal…). */
export const changesTopic = (ref: TargetRef) => `changed:${ref.targetType}:${ref.targetId}`;

/**
 * Events a slow subscriber may have waiting before the oldest are dropped: a stuck connection
 * must not hold memory without bound (a client that falls behind refetches anyway).
 */
const MAX_QUEUED = 100;

/**
 * One subscriber's stream of a topic. Subscribes at once (not on the first `next()` as
 * graphql-subscriptions' own iterator does), so an event published right after the subscription
 * was accepted is not lost. `map` turns each payload into what the subscriber receives, with the
 * subscriber's rights; `undefined` skips it. `return()` (the client unsubscribed or went away)
 * unsubscribes and ends a pending `next()` at once.
 */
export class LiveStream<P, T> implements AsyncIterableIterator<T> {
  private static readonly logger = new Logger('LiveStream');
  private readonly queue: P[] = [];
  private readonly pulls: { resolve: (r: IteratorResult<T>) => void; reject: (e: unknown) => void }[] = [];
  private subscriptionId: number | null = null;
  private closed = false;
  private draining = false;

  private constructor(
    private readonly pubSub: PubSubEngine,
    private readonly map: (payload: P) => Promise<T | undefined>,
    private readonly beforeEach: () => void,
  ) {}

  /**
   * `beforeEach` runs right before each value is handed to GraphQL, which resolves it at once: the
   * subscription renews its per-request loaders there, so each event batches on fresh ones.
   */
  static async open<P, T>(
    pubSub: PubSubEngine,
    topic: string,
    map: (payload: P) => Promise<T | undefined>,
    beforeEach: () => void = () => undefined,
  ): Promise<LiveStream<P, T>> {
    const stream = new LiveStream<P, T>(pubSub, map, beforeEach);
    stream.subscriptionId = await pubSub.subscribe(topic, (payload: P) => stream.push(payload), {});
    return stream;
  }

  next(): Promise<IteratorResult<T>> {
    if (this.closed) return Promise.resolve({ done: true, value: undefined });
    return new Promise((resolve, reject) => {
      this.pulls.push({ resolve, reject });
      void this.drain();
    });
  }

  return(): Promise<IteratorResult<T>> {
    this.close();
    return Promise.resolve({ done: true, value: undefined });
  }

  throw(error: unknown): Promise<IteratorResult<T>> {
    this.close();
    return Promise.reject(error);
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  private push(payload: P): void {
    if (this.closed) return;
    if (this.queue.length >= MAX_QUEUED) this.queue.shift();
    this.queue.push(payload);
    void this.drain();
  }

  /** Hands queued payloads, mapped, to waiting pulls, one at a time and in order. */
  private async drain(): Promise<void> {
    if (this.draining) return;
    this.draining = true;
    try {
      while (!this.closed && this.pulls.length && this.queue.length) {
        const payload = this.queue.shift() as P;
        let value: T | undefined;
        try {
          value = await this.map(payload);
        } catch (error) {
          // One event that cannot be read (a database hiccup) is skipped, not the whole stream.
          LiveStream.logger.error({ err: error }, 'live update skipped');
          continue;
        }
        if (value === undefined || this.closed) continue;
        this.beforeEach();
        this.pulls.shift()?.resolve({ done: false, value });
      }
    } finally {
      this.draining = false;
    }
  }

  private close(): void {
    if (this.closed) return;
    this.closed = true;
    if (this.subscriptionId !== null) this.pubSub.unsubscribe(this.subscriptionId);
    this.queue.length = 0;
    for (const pull of this.pulls.splice(0)) pull.resolve({ done: true, value: undefined });
  }
}
