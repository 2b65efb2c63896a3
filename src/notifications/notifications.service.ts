import { Inject, Injectable, Logger } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { PubSubEngine } from 'graphql-subscriptions';
import type { Viewer } from '../auth/viewer';
import { AppError } from '../common/app-error';
import { isUuid } from '../common/ids';
import { Tx, TransactionRunner } from '../database/transaction';
import { decodeCursor, toConnection } from '../graphql/pagination';
import { PUB_SUB } from '../graphql/pubsub.module';
import { FollowTarget, FollowTargetType, TargetRef } from './follow-target';
import { AddedNotification, changesTopic, LiveBatch, LiveStream, notificationsTopic } from './live';
import { NotificationRow, NotificationsRepository } from './notifications.repository';

export interface NotifyFollowers extends TargetRef {
  /** What happened, e.g. SERVICE_REQUEST_STATUS_CHANGED. */
  kind: string;
  /** Who caused it: never notified of their own change. */
  actorId: string | null;
  /** Only facts every recipient may see (never an internal note, never who filed a request). */
  payload: Record<string, unknown>;
  /** Users to notify besides the followers (e.g. the assignee); each is notified once. */
  alsoNotify?: (string | null | undefined)[];
}

/** A key for the per-request loaders: `${targetType}:${targetId}`. */
export const targetKey = (targetType: FollowTargetType, targetId: string) => `${targetType}:${targetId}`;

/**
 * Follow anything, in-app notifications and their live delivery. Generic: a domain registers its
 * target type (existence and visibility check) and calls `follow`/`notifyFollowers` inside its own
 * transactions, so a notification is written exactly when the change that causes it commits; it
 * hands what they return to a LiveBatch and calls `publish(batch)` once that transaction has
 * committed, so live subscribers hear of it then and never before.
 */
@Injectable()
export class NotificationsService {
  private readonly logger = new Logger(NotificationsService.name);
  private readonly targets = new Map<FollowTargetType, FollowTarget>();

  constructor(
    private readonly repo: NotificationsRepository,
    private readonly tx: TransactionRunner,
    @Inject(PUB_SUB) private readonly pubSub: PubSubEngine,
  ) {}

  /** Called once by the domain owning the type (in its onModuleInit). */
  registerTarget(type: FollowTargetType, target: FollowTarget): void {
    if (this.targets.has(type)) throw new Error(`follow target ${type} registered twice`);
    this.targets.set(type, target);
  }

  // ---- inside a domain's transaction ----

  /** Idempotent; returns whether a new follow was written. The caller has checked visibility. */
  follow(tx: Tx, userId: string, targetType: FollowTargetType, targetId: string): Promise<boolean> {
    return this.repo.insertFollowIfAbsent(tx, userId, targetType, targetId);
  }

  unfollow(tx: Tx, userId: string, targetType: FollowTargetType, targetId: string): Promise<boolean> {
    return this.repo.deleteFollow(tx, userId, targetType, targetId);
  }

  /**
   * Fan-out to followers (and `alsoNotify`), the actor excluded, each recipient once. Returns the
   * notifications written: give them to the use case's LiveBatch, published after commit.
   */
  notifyFollowers(tx: Tx, n: NotifyFollowers): Promise<AddedNotification[]> {
    const extra = [...new Set((n.alsoNotify ?? []).filter((id): id is string => !!id))];
    return this.repo.insertForFollowers(tx, {
      targetType: n.targetType,
      targetId: n.targetId,
      kind: n.kind,
      actorId: n.actorId,
      payload: n.payload,
      extraRecipientIds: extra,
    });
  }

  /** Notifies given users only (no followers), the actor excluded. Returns the notifications written. */
  notifyUsers(tx: Tx, recipientIds: (string | null | undefined)[], n: Omit<NotifyFollowers, 'alsoNotify'>): Promise<AddedNotification[]> {
    const ids = [...new Set(recipientIds.filter((id): id is string => !!id && id !== n.actorId))];
    if (!ids.length) return Promise.resolve([]);
    return this.repo.insertForFollowers(tx, {
      targetType: n.targetType,
      targetId: n.targetId,
      kind: n.kind,
      actorId: n.actorId,
      payload: n.payload,
      extraRecipientIds: ids,
      onlyExtra: true,
    });
  }

  /** Moves the followers of one target onto another (a duplicate onto its original). */
  moveFollowers(tx: Tx, from: TargetRef, to: TargetRef): Promise<number> {
    return this.repo.moveFollows(tx, from.targetType, from.targetId, to.targetType, to.targetId);
  }

  // ---- live updates, after commit ----

  /**
   * Announces a committed transaction's batch: each new notification to its recipient's
   * `notificationAdded`, each changed target to its subscribers. Call only once `tx.run` resolved.
   */
  publish(batch: LiveBatch): void {
    for (const n of batch.notifications) this.send(notificationsTopic(n.recipientId), n);
    for (const ref of batch.changedTargets) this.send(changesTopic(ref), ref);
  }

  /**
   * The viewer's own new notifications, as they are committed (the topic is theirs alone).
   * `beforeEach`: see LiveStream.open.
   */
  notificationStream(
    viewer: Viewer,
    beforeEach?: () => void,
  ): Promise<LiveStream<AddedNotification, { notificationAdded: NotificationRow & { read: boolean } }>> {
    return LiveStream.open(
      this.pubSub,
      notificationsTopic(viewer.id),
      async (n: AddedNotification) => {
        // Defence in depth: the topic already names the recipient.
        if (n.recipientId !== viewer.id) return undefined;
        const { recipientId: _r, ...row } = n;
        return { notificationAdded: { ...row, read: row.readAt !== null } };
      },
      beforeEach,
    );
  }

  /**
   * Changes of one target as they are committed, each turned by `load` into what this subscriber
   * may see (read again after the commit, with the subscriber's rights; undefined skips it).
   * `beforeEach`: see LiveStream.open.
   */
  changeStream<T>(ref: TargetRef, load: () => Promise<T | undefined>, beforeEach?: () => void): Promise<LiveStream<TargetRef, T>> {
    return LiveStream.open(this.pubSub, changesTopic(ref), () => load(), beforeEach);
  }

  private send(topic: string, payload: unknown): void {
    this.pubSub.publish(topic, payload).catch((error) => this.logger.error({ err: error, topic }, 'live update not published'));
  }

  // ---- the API's use cases ----

  /**
   * `follow` from the API: NOT_FOUND TARGET_NOT_FOUND unless the target exists and the viewer may
   * see it. A new follow changes the target's follower count: announced after commit.
   */
  async followTarget(viewer: Viewer, targetType: FollowTargetType, targetId: string): Promise<boolean> {
    await this.assertFollowable(viewer, targetType, targetId);
    const added = await this.tx.run((tx) => this.follow(tx, viewer.id, targetType, targetId));
    if (added) this.targetChanged({ targetType, targetId });
    return true;
  }

  /** Idempotent: unfollowing what one does not follow changes nothing. */
  async unfollowTarget(viewer: Viewer, targetType: FollowTargetType, targetId: string): Promise<boolean> {
    if (!isUuid(targetId)) return true;
    const removed = await this.tx.run((tx) => this.unfollow(tx, viewer.id, targetType, targetId));
    if (removed) this.targetChanged({ targetType, targetId });
    return true;
  }

  private targetChanged(ref: TargetRef): void {
    const batch = new LiveBatch();
    batch.changed(ref);
    this.publish(batch);
  }

  async notificationsPage(viewer: Viewer, args: { first: number; after?: string; unreadOnly?: boolean | null }) {
    const after = decodeCursor(args.after, 'timestamp');
    const unreadOnly = !!args.unreadOnly;
    const rows = await this.repo.page(this.tx.reader, viewer.id, { limit: args.first + 1, unreadOnly, after });
    return toConnection(
      rows,
      args.first,
      (n) => [n.cursorAt, n.id],
      () => this.repo.count(this.tx.reader, viewer.id, unreadOnly),
    );
  }

  unreadCount(viewer: Viewer): Promise<number> {
    return this.repo.count(this.tx.reader, viewer.id, true);
  }

  /** Marks the given (or, without ids, all) unread notifications of the viewer read; others' ids are ignored. */
  markRead(viewer: Viewer, ids?: string[] | null): Promise<number> {
    const only = ids ? ids.filter(isUuid) : null;
    if (only && !only.length) return Promise.resolve(0);
    return this.tx.run((tx) => this.repo.markRead(tx, viewer.id, only));
  }

  /** Loader factory: follower count by `targetKey(type, id)`. Exact: counted from the unique rows. */
  readonly followerCountLoader = () =>
    new DataLoader<string, number>(async (keys) => {
      const counts = new Map<string, number>();
      for (const [type, ids] of groupKeys(keys)) {
        for (const r of await this.repo.followerCounts(this.tx.reader, type, ids)) counts.set(targetKey(type, r.targetId), r.n);
      }
      return keys.map((k) => counts.get(k) ?? 0);
    });

  /** Loader factory: whether a user follows a target, by `${userId}|${targetKey}`. */
  readonly followsLoader = () =>
    new DataLoader<string, boolean>(async (keys) => {
      const byUser = new Map<string, string[]>();
      for (const k of keys) {
        const [userId, target] = k.split('|');
        byUser.set(userId, [...(byUser.get(userId) ?? []), target]);
      }
      const found = new Set<string>();
      for (const [userId, targets] of byUser) {
        for (const [type, ids] of groupKeys(targets)) {
          for (const id of await this.repo.followedAmong(this.tx.reader, userId, type, ids)) found.add(`${userId}|${targetKey(type, id)}`);
        }
      }
      return keys.map((k) => found.has(k));
    });

  private async assertFollowable(viewer: Viewer, targetType: FollowTargetType, targetId: string): Promise<void> {
    const target = this.targets.get(targetType);
    if (!target || !isUuid(targetId) || !(await target.canFollow(viewer, targetId))) {
      throw AppError.notFound('TARGET_NOT_FOUND');
    }
  }
}

function groupKeys(keys: readonly string[]): Map<FollowTargetType, string[]> {
  const out = new Map<FollowTargetType, string[]>();
  for (const key of keys) {
    const i = key.indexOf(':');
    const type = key.slice(0, i) as FollowTargetType;
    out.set(type, [...(out.get(type) ?? []), key.slice(i + 1)]);
  }
  return out;
}
