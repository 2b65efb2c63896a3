import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import DataLoader from 'dataloader';
import type { PubSubEngine } from 'graphql-subscriptions';
import type { Viewer } from '../auth/viewer';
import { AppError } from '../common/app-error';
import { Capabilities } from '../common/capability';
import { isUuid } from '../common/ids';
import { Tx, TransactionRunner } from '../database/transaction';
import { decodeCursor, toConnection } from '../graphql/pagination';
import type { GraphQLContext } from '../graphql/context';
import type { RequestLoaders } from '../graphql/loaders';
import { PUB_SUB } from '../graphql/pubsub.module';
import { Outbox } from '../jobs/outbox';
import { FOLLOW_TARGETS, FollowTargetType, TargetRef } from './follow-target';
import { AddedNotification, changesTopic, LiveStreams, notificationsTopic } from './live';
import { NotificationEmailsService } from './notification-emails.service';
import { NotificationsRepository } from './notifications.repository';

export interface NotifyFollowers extends TargetRef {
  /** What happened, e.g. SERVICE_REQUEST_STATUS_CHANGED. */
  kind: string;
  /** Who caused it: never notified of their own change. */
  actorId: string | null;
  /** Only facts every recipient may see (never an internal note, never who filed a request). */
  payload: Record<string, unknown>;
  /** Users to notify besides the followers (e.g. the assignee); each is notified once. */
  alsoNotify?: (string | null | undefined)[];
  /**
   * The followers as they are in this transaction, not when the notification is delivered: for a
   * change that also moves them (a duplicate's followers, told before they move to the original).
   */
  followersAsOfNow?: boolean;
}

/** A key for the per-request loaders: `${targetType}:${targetId}`. */
export const targetKey = (targetType: FollowTargetType, targetId: string) => `${targetType}:${targetId}`;

/** How many follow a target, and whether the viewer does. */
export interface FollowFacts {
  followerCount: number;
  viewerIsFollowing: boolean;
}

/** Whether the viewer follows a target, and how many do: what follow/unfollow answer. */
export interface FollowState extends TargetRef, FollowFacts {}

/**
 * Follow anything, in-app notifications and their live delivery. Generic: a domain declares its
 * target type with a `@Followable` provider and calls `follow` / `notifyFollowers` /
 * `targetChanged` inside its own transactions. Those write the follow row, or an outbox job, in
 * that transaction; the job's worker then writes one notification per recipient (idempotently:
 * one per effect and recipient) and publishes the live updates. So what a change causes exists
 * exactly when the change committed, and survives a crash right after the commit.
 */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly repo: NotificationsRepository,
    private readonly tx: TransactionRunner,
    private readonly outbox: Outbox,
    private readonly capabilities: Capabilities,
    @Inject(PUB_SUB) private readonly pubSub: PubSubEngine,
    private readonly live: LiveStreams,
    private readonly emails: NotificationEmailsService,
  ) {}

  // ---- inside a domain's transaction ----

  /** Idempotent; returns whether a new follow was written. The caller has checked visibility. */
  follow(tx: Tx, userId: string, targetType: FollowTargetType, targetId: string): Promise<boolean> {
    return this.repo.insertFollowIfAbsent(tx, userId, targetType, targetId);
  }

  unfollow(tx: Tx, userId: string, targetType: FollowTargetType, targetId: string): Promise<boolean> {
    return this.repo.deleteFollow(tx, userId, targetType, targetId);
  }

  /**
   * Queues, in the caller's transaction, a notification to the target's followers (as they are
   * when it is delivered) and to `alsoNotify`, the actor excluded, each recipient once; each is
   * published live to its recipient.
   */
  async notifyFollowers(tx: Tx, n: NotifyFollowers): Promise<void> {
    if (!n.followersAsOfNow) return this.enqueueDelivery(tx, n, ids(n.alsoNotify), false);
    const followers = await this.repo.followerIds(tx, n.targetType, n.targetId);
    const recipients = ids([...followers, ...(n.alsoNotify ?? [])]).filter((id) => id !== n.actorId);
    if (recipients.length) await this.enqueueDelivery(tx, n, recipients, true);
  }

  /** Queues, in the caller's transaction, a notification to the given users only (no followers), the actor excluded. */
  notifyUsers(tx: Tx, recipientIds: (string | null | undefined)[], n: Omit<NotifyFollowers, 'alsoNotify'>): Promise<void> {
    const only = ids(recipientIds).filter((id) => id !== n.actorId);
    if (!only.length) return Promise.resolve();
    return this.enqueueDelivery(tx, n, only, true);
  }

  /**
   * Queues, in the caller's transaction, the live announcement that a target changed (its
   * subscribers read it again with their own rights). Announcements of one target still waiting
   * are merged into one.
   */
  targetChanged(tx: Tx, ref: TargetRef): Promise<void> {
    const payload: TargetRef = { targetType: ref.targetType, targetId: ref.targetId };
    return this.outbox.enqueue(tx, PUBLISH_CHANGE, payload, { key: `${PUBLISH_CHANGE}:${ref.targetType}:${ref.targetId}` });
  }

  /** Moves the followers of one target onto another (a duplicate onto its original). */
  moveFollowers(tx: Tx, from: TargetRef, to: TargetRef): Promise<number> {
    return this.repo.moveFollows(tx, from.targetType, from.targetId, to.targetType, to.targetId);
  }

  /**
   * Makes the followers of one record followers of another as well, in the caller's transaction
   * (e.g. a proposal's supporters, who follow it, follow the budget project it becomes). Those who
   * unfollowed the first are not added. Returns how many new follows were written.
   */
  copyFollowers(tx: Tx, from: TargetRef, to: TargetRef): Promise<number> {
    return this.repo.copyFollows(tx, from.targetType, from.targetId, to.targetType, to.targetId);
  }

  private enqueueDelivery(tx: Tx, n: Omit<NotifyFollowers, 'alsoNotify'>, extra: string[], onlyExtra: boolean): Promise<void> {
    const job: DeliveryJob = {
      effectId: randomUUID(),
      targetType: n.targetType,
      targetId: n.targetId,
      kind: n.kind,
      actorId: n.actorId,
      payload: n.payload,
      extraRecipientIds: extra,
      onlyExtra,
    };
    return this.outbox.enqueue(tx, DELIVER_NOTIFICATIONS, job);
  }

  // ---- delivery, by the job worker after the commit ----

  /**
   * Writes the effect's notifications (a second run writes none: one row per effect and
   * recipient) with the e-mails their recipients want at once, then publishes every notification of the effect to its recipient, so a run that
   * died between the two publishes on retry (at least once; clients key notifications by id).
   */
  async deliver(job: DeliveryJob): Promise<void> {
    const rows = await this.tx.run(async (tx) => {
      const written = await this.repo.insertForFollowers(tx, job);
      // E-mails (or digest items) for what this run wrote, in its transaction: a retried delivery
      // writes nothing new, so e-mails no one twice.
      await this.emails.afterDelivery(tx, written);
      return this.repo.ofEffect(tx, job.effectId);
    });
    for (const n of rows) await this.send(notificationsTopic(n.recipientId), n);
  }

  /** Publishes a committed change of a target to its live subscribers. */
  publishChange(ref: TargetRef): Promise<void> {
    return this.send(changesTopic(ref), ref);
  }

  /**
   * The viewer's own new notifications, as they are committed (the topic is theirs alone), while
   * their session lasts (see LiveStreams).
   */
  notificationStream(viewer: Viewer, ctx: GraphQLContext) {
    return this.live.open(ctx, {
      topic: notificationsTopic(viewer.id),
      field: 'notificationAdded',
      read: async (now: Viewer | null, n: AddedNotification) => {
        // Defence in depth: the topic already names the recipient.
        if (!now || n.recipientId !== now.id) return undefined;
        const { recipientId: _r, ...row } = n;
        return { ...row, read: row.readAt !== null };
      },
    });
  }

  /**
   * Changes of one target as they are committed, each turned by `read` into what this subscriber
   * may see now (read again after the commit, with the subscriber's current rights; see LiveSpec).
   */
  changeStream<T>(ref: TargetRef, field: string, ctx: GraphQLContext, read: (viewer: Viewer | null) => Promise<T | undefined>) {
    return this.live.open(ctx, { topic: changesTopic(ref), field, read: (viewer: Viewer | null) => read(viewer) });
  }

  private send(topic: string, payload: unknown): Promise<void> {
    return this.pubSub.publish(topic, payload);
  }

  // ---- the API's use cases ----

  /**
   * `follow` from the API: NOT_FOUND TARGET_NOT_FOUND unless the target exists and the viewer may
   * see it. A new follow changes the target's follower count: announced live after the commit.
   */
  async followTarget(viewer: Viewer, targetType: FollowTargetType, targetId: string): Promise<FollowState> {
    await this.assertFollowable(viewer, targetType, targetId);
    return this.tx.run(async (tx) => {
      if (await this.follow(tx, viewer.id, targetType, targetId)) await this.targetChanged(tx, { targetType, targetId });
      return this.stateAfterChange(tx, viewer, targetType, targetId);
    });
  }

  /** Idempotent: unfollowing what one does not follow changes nothing. NOT_FOUND like follow. */
  async unfollowTarget(viewer: Viewer, targetType: FollowTargetType, targetId: string): Promise<FollowState> {
    if (!this.capabilities.get(FOLLOW_TARGETS, targetType) || !isUuid(targetId)) throw AppError.notFound('TARGET_NOT_FOUND');
    return this.tx.run(async (tx) => {
      if (await this.unfollow(tx, viewer.id, targetType, targetId)) await this.targetChanged(tx, { targetType, targetId });
      return this.stateAfterChange(tx, viewer, targetType, targetId);
    });
  }

  /** Counted from the rows in the same transaction as the change, so the answer is exact. */
  private async stateAfterChange(tx: Tx, viewer: Viewer, targetType: FollowTargetType, targetId: string): Promise<FollowState> {
    const [facts] = await this.repo.followFacts(tx, viewer.id, targetType, [targetId]);
    return { targetType, targetId, followerCount: facts?.n ?? 0, viewerIsFollowing: facts?.following ?? false };
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

  /**
   * Loader factory: a target's follower count and whether the viewer follows it, by
   * `${viewerId or ''}|${targetKey}`: both facts of a page in one statement (a visitor follows nothing).
   */
  readonly followStateLoader = () =>
    new DataLoader<string, FollowFacts>(async (keys) => {
      const byUser = new Map<string, string[]>();
      for (const k of keys) {
        const at = k.indexOf('|');
        const userId = k.slice(0, at);
        byUser.set(userId, [...(byUser.get(userId) ?? []), k.slice(at + 1)]);
      }
      const found = new Map<string, FollowFacts>();
      for (const [userId, targets] of byUser) {
        for (const [type, ids] of groupKeys(targets)) {
          for (const r of await this.repo.followFacts(this.tx.reader, userId || null, type, ids)) {
            found.set(`${userId}|${targetKey(type, r.targetId)}`, { followerCount: r.n, viewerIsFollowing: r.following });
          }
        }
      }
      return keys.map((k) => found.get(k) ?? { followerCount: 0, viewerIsFollowing: false });
    });

  /**
   * A target's follower count and whether the viewer follows it, for its `followerCount` and
   * `viewerIsFollowing` fields: batched across a page, both fields in one statement.
   */
  followState(loaders: RequestLoaders, viewer: Viewer | null, targetType: FollowTargetType, targetId: string): Promise<FollowFacts> {
    return loaders.get(this.followStateLoader).load(`${viewer?.id ?? ''}|${targetKey(targetType, targetId)}`);
  }

  private async assertFollowable(viewer: Viewer, targetType: FollowTargetType, targetId: string): Promise<void> {
    const target = this.capabilities.get(FOLLOW_TARGETS, targetType);
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

/** What `notifications.deliver` carries: one effect (a change's notification) to fan out. */
export interface DeliveryJob {
  /** One per effect: with the recipient, the key that makes delivery idempotent. */
  effectId: string;
  targetType: FollowTargetType;
  targetId: string;
  kind: string;
  actorId: string | null;
  payload: Record<string, unknown>;
  extraRecipientIds: string[];
  /** Only `extraRecipientIds`, not the followers. */
  onlyExtra: boolean;
}

export const DELIVER_NOTIFICATIONS = 'notifications.deliver';
export const PUBLISH_CHANGE = 'notifications.publish-change';

function ids(list: (string | null | undefined)[] | undefined): string[] {
  return [...new Set((list ?? []).filter((id): id is string => !!id))];
}
