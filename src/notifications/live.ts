import { Inject, Injectable, Logger } from '@nestjs/common';
import type { PubSubEngine } from 'graphql-subscriptions';
import type { Viewer } from '../auth/viewer';
import { AppError } from '../common/app-error';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import type { GraphQLContext } from '../graphql/context';
import { RequestLoaders } from '../graphql/loaders';
import { PUB_SUB } from '../graphql/pubsub.module';
import { IdentityService } from '../identity/identity.service';
import type { TargetRef } from './follow-target';
import type { NotificationRow } from './notifications.repository';

/**
 * Live updates (GraphQL subscriptions over graphql-ws): the topics a committed change is announced
 * on, and the streams subscribers read. A use case queues its announcements through the outbox in
 * its own transaction and the job worker publishes them after the commit, so a rolled-back change
 * is never announced and a subscriber never reads a row that is not there yet. Subscribers read
 * each event with their rights as they are then (LiveStreams).
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
 * What one subscriber makes of one event: `value` to send (after `prepare`, which hands GraphQL the
 * context to resolve it with), nothing (no `value`), and/or the end of the stream (`end`, after the
 * value if there is one).
 */
export interface LiveStep<T> {
  value?: T;
  prepare?: () => void;
  end?: boolean;
}

/**
 * One subscriber's stream of a topic. Subscribes at once (not on the first `next()` as
 * graphql-subscriptions' own iterator does), so an event published right after the subscription
 * was accepted is not lost. `map` turns each payload into what the subscriber receives (see
 * LiveStep). `return()` (the client unsubscribed or went away) unsubscribes and ends a pending
 * `next()` at once; `onClose` runs once, however the stream ends.
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
    private readonly map: (payload: P) => Promise<LiveStep<T>>,
    private readonly onClose: () => void,
  ) {}

  static async open<P, T>(
    pubSub: PubSubEngine,
    topic: string,
    map: (payload: P) => Promise<LiveStep<T>>,
    onClose: () => void = () => undefined,
  ): Promise<LiveStream<P, T>> {
    const stream = new LiveStream<P, T>(pubSub, map, onClose);
    try {
      stream.subscriptionId = await pubSub.subscribe(topic, (payload: P) => stream.push(payload), {});
    } catch (error) {
      stream.close();
      throw error;
    }
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
        let step: LiveStep<T>;
        try {
          step = await this.map(payload);
        } catch (error) {
          // One event that cannot be read (a database hiccup) is skipped, not the whole stream.
          LiveStream.logger.error({ err: error }, 'live update skipped');
          continue;
        }
        if (this.closed) break;
        if (step.value !== undefined) {
          // GraphQL resolves the value as soon as the pull resolves, with the context prepared now.
          step.prepare?.();
          this.pulls.shift()?.resolve({ done: false, value: step.value });
        }
        if (step.end) this.close();
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
    this.onClose();
  }
}

/** What a subscription reads at each event it hears (see LiveStreams.open). */
export interface LiveSpec<P, T> {
  topic: string;
  /** The subscription's field: each value is sent as `{ [field]: value }`. */
  field: string;
  /**
   * The event as this viewer may see it now; undefined sends nothing. It is shared by every
   * subscriber of the topic with the same rights for one event, so it may depend only on the
   * viewer, the payload and what the topic names. An AppError (e.g. NOT_FOUND: the viewer may no
   * longer see the target) is sent as the stream's last value, and the stream ends.
   */
  read: (viewer: Viewer | null, payload: P) => Promise<T | undefined>;
}

/** The reads of one event, shared by its subscribers while it fans out. */
class EventReads {
  private readonly reads = new Map<string, unknown>();

  once<V>(key: string, make: () => V): V {
    if (!this.reads.has(key)) this.reads.set(key, make());
    return this.reads.get(key) as V;
  }
}

/** Subscribers with the same fingerprint see the same thing: the same user with the same roles and departments, or any visitor. */
function rightsOf(viewer: Viewer | null): string {
  if (!viewer) return 'visitor';
  return `${viewer.id}|${[...viewer.roles].sort().join(',')}|${[...viewer.departmentIds].sort().join(',')}`;
}

const bearer = (authorization: string | string[] | undefined) =>
  typeof authorization === 'string' ? /^Bearer\s+(\S+)$/i.exec(authorization)?.[1] : undefined;

/**
 * The subscriber side of live updates. A subscription's rights are those of its viewer as they are
 * at each event, not as they were when it opened: each event first checks the connection's access
 * token again (signature, expiry, session, suspension, current roles and departments) and resolves
 * the value with that viewer and fresh loaders. A token that no longer stands ends the connection
 * (LiveConnection); a target the viewer may no longer see ends the subscription with its error.
 *
 * Cost: the reads of one event are shared while it fans out (keyed by the payload object, which
 * every listener of a publish receives — in memory the published object, over Redis the one object
 * each message is decoded into per instance; publishers publish a new object per event): the token check
 * once per token, `read` and the field loaders once per rights fingerprint, whatever the number of
 * subscriptions. Subscriptions are limited per connection (graphql.setup.ts) and per signed-in user
 * (here), so an event costs a bounded number of reads.
 */
@Injectable()
export class LiveStreams {
  private readonly events = new WeakMap<object, EventReads>();
  private readonly openPerViewer = new Map<string, number>();

  constructor(
    @Inject(PUB_SUB) private readonly pubSub: PubSubEngine,
    private readonly identity: IdentityService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Opens a subscription's stream with its GraphQL context (the viewer who opened it in `req.user`,
   * already checked by the guard; the connection in `live`). RATE_LIMITED TOO_MANY_SUBSCRIPTIONS
   * past LIVE_MAX_SUBSCRIPTIONS_PER_VIEWER open subscriptions of one signed-in user.
   */
  async open<P, T>(ctx: GraphQLContext, spec: LiveSpec<P, T>): Promise<LiveStream<P, Record<string, T | AppError>>> {
    const release = this.reserve(ctx.req.user ?? null);
    // A quiet connection must end with its token too, not only at the next event.
    if (ctx.req.user && ctx.req.tokenExpiresAt) ctx.live?.endAt(ctx.req.tokenExpiresAt);
    try {
      return await LiveStream.open(this.pubSub, spec.topic, (payload: P) => this.step(ctx, spec, payload), release);
    } catch (error) {
      release();
      throw error;
    }
  }

  private async step<P, T>(ctx: GraphQLContext, spec: LiveSpec<P, T>, payload: P): Promise<LiveStep<Record<string, T | AppError>>> {
    const event = this.readsOf(payload);
    const token = bearer(ctx.req.headers.authorization);
    let viewer: Viewer | null = null;
    if (token) {
      const now = await event.once(`viewer|${token}`, () => this.identity.viewerForAccessToken(token));
      if ('reason' in now) {
        if (ctx.live) {
          ctx.live.end(now.reason);
          return { end: true };
        }
        return { value: { [spec.field]: AppError.unauthenticated(now.reason) }, end: true };
      }
      viewer = now.viewer;
    }
    const rights = rightsOf(viewer);
    const loaders = event.once(`loaders|${rights}`, () => new RequestLoaders());
    const prepare = () => {
      ctx.req.user = viewer ?? undefined;
      ctx.loaders = loaders;
    };
    try {
      const value = await event.once(`read|${spec.topic}|${spec.field}|${rights}`, () => spec.read(viewer, payload));
      return value === undefined ? {} : { value: { [spec.field]: value }, prepare };
    } catch (error) {
      if (error instanceof AppError) return { value: { [spec.field]: error }, prepare, end: true };
      throw error;
    }
  }

  private readsOf(payload: unknown): EventReads {
    if (typeof payload !== 'object' || payload === null) return new EventReads();
    let reads = this.events.get(payload);
    if (!reads) {
      reads = new EventReads();
      this.events.set(payload, reads);
    }
    return reads;
  }

  /**
   * Counts an open subscription of a signed-in user on this instance (per instance on purpose, see
   * LIVE_MAX_SUBSCRIPTIONS_PER_VIEWER); the answer releases it (once).
   */
  private reserve(viewer: Viewer | null): () => void {
    if (!viewer) return () => undefined;
    const max = this.config.LIVE_MAX_SUBSCRIPTIONS_PER_VIEWER;
    const open = this.openPerViewer.get(viewer.id) ?? 0;
    if (open >= max) throw new AppError('RATE_LIMITED', 'TOO_MANY_SUBSCRIPTIONS', undefined, { max, per: 'viewer' });
    this.openPerViewer.set(viewer.id, open + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = (this.openPerViewer.get(viewer.id) ?? 1) - 1;
      if (left > 0) this.openPerViewer.set(viewer.id, left);
      else this.openPerViewer.delete(viewer.id);
    };
  }
}
