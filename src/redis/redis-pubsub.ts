import { Logger } from '@nestjs/common';
import { PubSubEngine } from 'graphql-subscriptions';
import type Redis from 'ioredis';

/** How a Date travels in a message (JSON has no date type): `{ "$date": "<ISO 8601>" }`. */
const DATE = '$date';

/** JSON, with Dates kept as Dates (a notification's createdAt, readAt). */
export function encodeMessage(payload: unknown): string {
  return JSON.stringify(payload, function (this: Record<string, unknown>, key: string, value: unknown) {
    const raw = this[key];
    return raw instanceof Date ? { [DATE]: raw.toISOString() } : value;
  });
}

export function decodeMessage(message: string): unknown {
  return JSON.parse(message, (_key, value: unknown) => {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const keys = Object.keys(value);
      const iso = (value as Record<string, unknown>)[DATE];
      if (keys.length === 1 && typeof iso === 'string') return new Date(iso);
    }
    return value;
  });
}

type Listener = (payload: unknown) => void;

/**
 * GraphQL subscriptions' publisher across instances: a topic is a Redis channel
 * (`<REDIS_KEY_PREFIX>live:<topic>`), so an event published by the instance whose job worker ran
 * the delivery reaches the subscribers connected to every instance. The same contract as the
 * in-memory PubSub (see LiveStream):
 * - `subscribe` resolves once Redis has confirmed the channel, so an event published after it
 *   resolved is received;
 * - each instance subscribes to a channel once, however many local subscribers it has, and each
 *   message is decoded once and handed as the same object to all of them (LiveStreams shares the
 *   reads of one event by that object).
 * Pub/sub is fire-and-forget: an event published while an instance is cut off from Redis does not
 * reach that instance's subscribers (the notification itself is in PostgreSQL; clients refetch
 * when their socket reconnects). A publish that fails throws, so the outbox job that made it is retried.
 */
export class RedisPubSub extends PubSubEngine {
  private static readonly logger = new Logger('RedisPubSub');
  private readonly listeners = new Map<number, { channel: string; listener: Listener }>();
  /** Local subscription ids per channel, and the SUBSCRIBE every one of them waits for. */
  private readonly channels = new Map<string, { ids: Set<number>; ready: Promise<unknown> }>();
  private nextId = 0;

  constructor(
    private readonly publisher: Redis,
    private readonly subscriber: Redis,
    private readonly prefix: string,
  ) {
    super();
    subscriber.on('message', (channel: string, message: string) => this.dispatch(channel, message));
  }

  /** The Redis channel of a topic. */
  channelOf(topic: string): string {
    return `${this.prefix}live:${topic}`;
  }

  async publish(topic: string, payload: unknown): Promise<void> {
    await this.publisher.publish(this.channelOf(topic), encodeMessage(payload));
  }

  async subscribe(topic: string, onMessage: Listener): Promise<number> {
    const channel = this.channelOf(topic);
    const id = ++this.nextId;
    this.listeners.set(id, { channel, listener: onMessage });
    let entry = this.channels.get(channel);
    if (!entry) {
      const fresh: { ids: Set<number>; ready: Promise<unknown> } = { ids: new Set(), ready: Promise.resolve() };
      // A failed SUBSCRIBE is forgotten at once, so the next subscriber tries again.
      fresh.ready = this.subscriber.subscribe(channel).catch((error: unknown) => {
        if (this.channels.get(channel) === fresh) this.channels.delete(channel);
        throw error;
      });
      this.channels.set(channel, fresh);
      entry = fresh;
    }
    entry.ids.add(id);
    try {
      await entry.ready;
    } catch (error) {
      this.unsubscribe(id);
      throw error;
    }
    return id;
  }

  unsubscribe(subId: number): void {
    const sub = this.listeners.get(subId);
    if (!sub) return;
    this.listeners.delete(subId);
    const entry = this.channels.get(sub.channel);
    if (!entry) return;
    entry.ids.delete(subId);
    if (entry.ids.size) return;
    this.channels.delete(sub.channel);
    // Commands on one connection run in order: a SUBSCRIBE sent after this UNSUBSCRIBE wins.
    this.subscriber.unsubscribe(sub.channel).catch((error: unknown) => {
      // The connection is ending (shutdown) or lost (it will not subscribe this channel again).
      RedisPubSub.logger.debug({ err: error, channel: sub.channel }, 'unsubscribe failed');
    });
  }

  /** Subscriptions of this instance on a topic (for tests and diagnostics). */
  listenerCount(topic: string): number {
    return this.channels.get(this.channelOf(topic))?.ids.size ?? 0;
  }

  private dispatch(channel: string, message: string): void {
    const entry = this.channels.get(channel);
    if (!entry?.ids.size) return;
    let payload: unknown;
    try {
      payload = decodeMessage(message);
    } catch (error) {
      RedisPubSub.logger.error({ err: error, channel }, 'unreadable live update skipped');
      return;
    }
    for (const id of [...entry.ids]) {
      const sub = this.listeners.get(id);
      if (!sub) continue;
      try {
        sub.listener(payload);
      } catch (error) {
        RedisPubSub.logger.error({ err: error, channel }, 'live update listener failed');
      }
    }
  }
}
