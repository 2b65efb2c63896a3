import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { Viewer } from '../auth/viewer';
import { AppError } from '../common/app-error';
import { Clock } from '../common/clock';
import { isUuid } from '../common/ids';
import { TransactionRunner, Tx } from '../database/transaction';
import { byKeys, RequestLoaders } from '../graphql/loaders';
import { ConnectionShape, decodeCursor, toConnection } from '../graphql/pagination';
import { imageIdsRefused, MediaReason } from '../media/media.errors';
import { ImageTarget, MAX_IMAGES_PER_TARGET, MediaService } from '../media/media.service';
import { ModerationService } from '../moderation/moderation.service';
import { NotificationsService } from '../notifications/notifications.service';
import { FORUM_MODERATION_ACTIONS } from './forum-moderation-actions';
import { ForumError } from './forum.errors';
import { FORUM_TARGET, FORUM_TOPIC_TARGET, ForumNotification } from './forum.notifications';
import { editRefusal, isCouncil, isModerator, isResident, MAX_ACTIVE_FORUMS } from './forum.policy';
import { ForumPatch, ForumRow, ForumsRepository, TopicCursor, TopicPatch, TopicRow, TopicSort } from './forums.repository';

/** The orders of a forum's topic list (the API's ForumTopicOrder). */
export type TopicOrder = 'LAST_ACTIVITY' | 'NEWEST' | 'MOST_COMMENTED';
const SORTS: Record<TopicOrder, TopicSort> = { LAST_ACTIVITY: 'activity', NEWEST: 'newest', MOST_COMMENTED: 'comments' };

export interface TopicPageArgs {
  first: number;
  after?: string;
  orderBy?: TopicOrder | null;
}

const SEP = '\u0000';

const imageTarget = (topicId: string): ImageTarget => ({ type: FORUM_TOPIC_TARGET, id: topicId });

function assertNotBlank(value: string | null | undefined, path: string): void {
  if (value == null || value.trim().length === 0) throw AppError.field(path, 'isNotBlank', 'must not be blank');
}

/** The photo limit, checked before any work (MediaService checks it again in the transaction). */
function assertImageCount(imageIds: readonly string[], path: string): void {
  if (imageIds.length > MAX_IMAGES_PER_TARGET) {
    throw imageIdsRefused(path, MediaReason.TOO_MANY_IMAGES, `at most ${MAX_IMAGES_PER_TARGET} images`);
  }
}

/**
 * A topic list cursor: whether the last topic seen is pinned (`p`) or not (`n`), then the one
 * cursor codec's `[sort value, id]` (checked by decodeCursor for the order's kind). base64url has
 * no `.`, so the two parts never mix.
 */
function encodeTopicCursor(pinned: boolean, cursor: string): string {
  return `${pinned ? 'p' : 'n'}.${cursor}`;
}

function decodeTopicCursor(after: string | undefined, sort: TopicSort): TopicCursor | undefined {
  if (after === undefined || after === null) return undefined;
  const m = /^([pn])\.([A-Za-z0-9_-]+)$/.exec(after);
  if (!m) throw AppError.field('after', 'isCursor', 'is not a cursor returned by this list');
  const decoded = sort === 'comments' ? decodeCursor(m[2], 'int') : decodeCursor(m[2], 'timestamp');
  return [m[1] === 'p', decoded![0], decoded![1]];
}

/**
 * Forums and their topics. The council sets up forums (at most 100 active, in a dense order kept
 * under one advisory lock) and archives them (read only afterwards); residents open topics, with
 * photos, and follow them from the start; followers of a forum hear of each new topic. Comments
 * come from the shared comments domain (ForumTopicTargets moves the topic's count and last activity
 * in the comment's transaction). Moderators pin and lock topics; the moderation domain hides and
 * restores them through `setHidden` (ForumTopicFlagTarget); pins and locks are written in the
 * moderation log.
 */
@Injectable()
export class ForumsService {
  constructor(
    private readonly repo: ForumsRepository,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
    private readonly media: MediaService,
    private readonly notifications: NotificationsService,
    private readonly moderation: ModerationService,
  ) {}

  // ---- forums ----

  /** The active forums, in the council's order (at most 100, so the list needs no paging). */
  listActive(): Promise<ForumRow[]> {
    return this.repo.activeForums(this.tx.reader, MAX_ACTIVE_FORUMS);
  }

  /** One forum, active or archived; null when unknown. */
  async findForum(id: string): Promise<ForumRow | null> {
    if (!isUuid(id)) return null;
    const [f] = await this.repo.forumsByIds(this.tx.reader, [id]);
    return f ?? null;
  }

  /** Council: the archived forums, most recently archived first. FORBIDDEN COUNCIL_ONLY. */
  async archivedForums(viewer: Viewer, args: { first: number; after?: string }): Promise<ConnectionShape<ForumRow>> {
    if (!isCouncil(viewer)) throw AppError.forbidden(ForumError.COUNCIL_ONLY);
    const after = decodeCursor(args.after, 'timestamp');
    const rows = await this.repo.archivedPage(this.tx.reader, args.first + 1, after);
    return toConnection(
      rows,
      args.first,
      (f) => [f.archivedKey, f.id],
      () => this.repo.countArchived(this.tx.reader),
      !!after,
    );
  }

  /**
   * Council: a new forum, last in the order. FORBIDDEN COUNCIL_ONLY; BAD_USER_INPUT input.title
   * (blank); CONFLICT TOO_MANY_FORUMS when 100 are active (counted under the order's lock, so
   * concurrent creations cannot pass it together).
   */
  async createForum(viewer: Viewer, input: { title: string; description?: string | null }): Promise<ForumRow> {
    if (!isCouncil(viewer)) throw AppError.forbidden(ForumError.COUNCIL_ONLY);
    assertNotBlank(input.title, 'input.title');
    return this.tx.run(async (tx) => {
      await this.repo.lockForumOrder(tx);
      if ((await this.repo.countActive(tx)) >= MAX_ACTIVE_FORUMS) throw AppError.conflict(ForumError.TOO_MANY_FORUMS);
      return this.repo.insertForum(tx, { title: input.title, description: input.description ?? '', createdById: viewer.id });
    });
  }

  /** Council: changes a forum's title or description (archived ones too). FORBIDDEN; NOT_FOUND; BAD_USER_INPUT. */
  async updateForum(viewer: Viewer, id: string, input: { title?: string | null; description?: string | null }): Promise<ForumRow> {
    if (!isCouncil(viewer)) throw AppError.forbidden(ForumError.COUNCIL_ONLY);
    const patch: ForumPatch = {};
    if (input.title != null) {
      assertNotBlank(input.title, 'input.title');
      patch.title = input.title;
    }
    if (input.description != null) patch.description = input.description;
    return this.tx.run(async (tx) => {
      if (!isUuid(id) || !(await this.repo.lockForum(tx, id))) throw AppError.notFound(ForumError.FORUM_NOT_FOUND);
      return (await this.repo.updateForum(tx, id, patch)) as ForumRow;
    });
  }

  /**
   * Council: moves an active forum one place up or down (at either end, nothing changes) and
   * answers the active forums in their new order. NOT_FOUND; CONFLICT FORUM_ARCHIVED.
   */
  moveForum(viewer: Viewer, id: string, direction: 'UP' | 'DOWN'): Promise<ForumRow[]> {
    return this.reorder(viewer, async (tx, list) => {
      const i = list.findIndex((f) => f.id === id);
      if (i < 0) throw await this.notActive(tx, id);
      const j = direction === 'UP' ? i - 1 : i + 1;
      if (j < 0 || j >= list.length) return null;
      const ids = list.map((f) => f.id);
      [ids[i], ids[j]] = [ids[j], ids[i]];
      return ids;
    });
  }

  /**
   * Council: puts the active forums in the given order, which must name each of them once
   * (BAD_USER_INPUT on `ids` otherwise, e.g. when a forum was created or archived meanwhile).
   * Answers them in their new order.
   */
  reorderForums(viewer: Viewer, ids: string[]): Promise<ForumRow[]> {
    return this.reorder(viewer, (_tx, list) => {
      const active = new Set(list.map((f) => f.id));
      if (ids.length !== active.size || new Set(ids).size !== ids.length || !ids.every((id) => active.has(id))) {
        throw AppError.field('ids', 'isActiveForumOrder', 'must name every active forum exactly once');
      }
      return Promise.resolve(ids);
    });
  }

  /**
   * Council: archives a forum: it leaves the list (the others close the gap) and becomes read only
   * (no new topic, comment or edit); its topics stay readable by their links. Archiving an archived
   * forum changes nothing. NOT_FOUND.
   */
  async archiveForum(viewer: Viewer, id: string): Promise<ForumRow> {
    if (!isCouncil(viewer)) throw AppError.forbidden(ForumError.COUNCIL_ONLY);
    return this.tx.run(async (tx) => {
      await this.repo.lockForumOrder(tx);
      const archived = isUuid(id) ? await this.repo.archiveForum(tx, id) : null;
      if (archived) {
        await this.repo.renumberActive(tx);
        return archived;
      }
      return this.existingForum(tx, id);
    });
  }

  /** Council: an archived forum becomes active again, last in the order. NOT_FOUND; CONFLICT TOO_MANY_FORUMS. */
  async restoreForum(viewer: Viewer, id: string): Promise<ForumRow> {
    if (!isCouncil(viewer)) throw AppError.forbidden(ForumError.COUNCIL_ONLY);
    return this.tx.run(async (tx) => {
      await this.repo.lockForumOrder(tx);
      const forum = await this.existingForum(tx, id);
      if (!forum.archivedAt) return forum;
      if ((await this.repo.countActive(tx)) >= MAX_ACTIVE_FORUMS) throw AppError.conflict(ForumError.TOO_MANY_FORUMS);
      return (await this.repo.restoreForum(tx, id)) as ForumRow;
    });
  }

  // ---- topics ----

  /**
   * A resident opens a topic in an active forum. The forum's topic count moves in the same
   * transaction; the author follows the topic; the forum's followers are told
   * (FORUM_TOPIC_CREATED, through the outbox). Photos (input.imageIds: the author's own uploads, at
   * most 6, in order) are attached in the same transaction, so a refused photo opens nothing.
   * FORBIDDEN RESIDENT_ONLY; NOT_FOUND FORUM_NOT_FOUND; CONFLICT FORUM_ARCHIVED; BAD_USER_INPUT
   * input.title / input.body (blank), input.imageIds (the media reasons).
   */
  async createTopic(
    viewer: Viewer,
    input: { forumId: string; title: string; body: string; imageIds?: string[] | null },
  ): Promise<TopicRow> {
    if (!isResident(viewer)) throw AppError.forbidden(ForumError.RESIDENT_ONLY);
    assertNotBlank(input.title, 'input.title');
    assertNotBlank(input.body, 'input.body');
    const imageIds = input.imageIds ?? [];
    assertImageCount(imageIds, 'input.imageIds');
    if (!isUuid(input.forumId)) throw AppError.notFound(ForumError.FORUM_NOT_FOUND);
    return this.tx.run(async (tx) => {
      const forum = await this.repo.countNewTopic(tx, input.forumId);
      if (!forum) {
        const [existing] = await this.repo.forumsByIds(tx, [input.forumId]);
        throw existing ? AppError.conflict(ForumError.FORUM_ARCHIVED) : AppError.notFound(ForumError.FORUM_NOT_FOUND);
      }
      const topic = await this.repo.insertTopic(tx, { forumId: forum.id, authorId: viewer.id, title: input.title, body: input.body });
      await this.media.attachImages(tx, viewer.id, imageIds, imageTarget(topic.id), 'input.imageIds');
      await this.notifications.follow(tx, viewer.id, FORUM_TOPIC_TARGET, topic.id);
      await this.notifications.notifyFollowers(tx, {
        targetType: FORUM_TARGET,
        targetId: forum.id,
        kind: ForumNotification.TOPIC_CREATED,
        actorId: viewer.id,
        payload: { forumTitle: forum.title, topicId: topic.id, title: topic.title },
      });
      return topic;
    });
  }

  /**
   * The author changes their topic's title, text or photos (`imageIds` given: exactly those, in
   * that order; absent: unchanged), while no one has commented or within 15 minutes of opening it,
   * and while it is neither locked, hidden, nor in an archived forum — checked under the topic's
   * lock, which comments take too. NOT_FOUND TOPIC_NOT_FOUND; FORBIDDEN NOT_AUTHOR; CONFLICT
   * TOPIC_LOCKED / TOPIC_HIDDEN / FORUM_ARCHIVED / TOPIC_NOT_EDITABLE; BAD_USER_INPUT.
   */
  async updateTopic(
    viewer: Viewer,
    id: string,
    input: { title?: string | null; body?: string | null; imageIds?: string[] | null },
  ): Promise<TopicRow> {
    const patch: TopicPatch = {};
    if (input.title != null) {
      assertNotBlank(input.title, 'input.title');
      patch.title = input.title;
    }
    if (input.body != null) {
      assertNotBlank(input.body, 'input.body');
      patch.body = input.body;
    }
    const imageIds = input.imageIds === undefined ? undefined : (input.imageIds ?? []);
    if (imageIds) assertImageCount(imageIds, 'input.imageIds');
    return this.tx.run(async (tx) => {
      const topic = await this.lockTopic(tx, id);
      const refusal = editRefusal(viewer, topic, this.clock.now());
      if (refusal) throw refusal === ForumError.NOT_AUTHOR ? AppError.forbidden(refusal) : AppError.conflict(refusal);
      await this.repo.updateTopic(tx, id, patch);
      if (imageIds) await this.media.replaceImages(tx, viewer.id, imageIds, imageTarget(id), 'input.imageIds');
      return (await this.repo.topicsByIds(tx, [id]))[0];
    });
  }

  /** Moderator: pins (listed first in its forum) or unpins a topic; idempotent. FORBIDDEN MODERATOR_ONLY; NOT_FOUND. */
  setPinned(viewer: Viewer, id: string, pinned: boolean): Promise<TopicRow> {
    return this.setFlag(viewer, id, 'pinned', pinned);
  }

  /**
   * Moderator: locks a topic (comments refused with TOPIC_LOCKED, edits too) or unlocks it;
   * idempotent. Comments in flight wait for the lock's transaction. FORBIDDEN MODERATOR_ONLY; NOT_FOUND.
   */
  setLocked(viewer: Viewer, id: string, locked: boolean): Promise<TopicRow> {
    return this.setFlag(viewer, id, 'locked', locked);
  }

  /** One topic, hidden ones included (the resolver withholds what the viewer may not read); null when unknown. */
  async findTopic(id: string): Promise<TopicRow | null> {
    if (!isUuid(id)) return null;
    const [t] = await this.repo.topicsByIds(this.tx.reader, [id]);
    return t ?? null;
  }

  /**
   * A page of the forum's listed topics (hidden ones are left out for everyone): pinned first,
   * then by last activity (default), newest, or most comments; keyset-paged. Batched across the
   * forums of a request. `totalCount` is the forum's counter of listed topics (no count query).
   */
  async topicsConnection(loaders: RequestLoaders, forum: ForumRow, args: TopicPageArgs): Promise<ConnectionShape<TopicRow>> {
    const sort = SORTS[args.orderBy ?? 'LAST_ACTIVITY'];
    const after = decodeTopicCursor(args.after, sort);
    const rows = await loaders.get(this.topicPages).load([sort, args.first, args.after ?? '', forum.id].join(SEP));
    const value = (t: TopicRow) => (sort === 'activity' ? t.activityKey : sort === 'newest' ? t.createdKey : t.commentCount);
    const connection = toConnection(rows, args.first, (t) => [value(t), t.id], forum.topicCount, !!after);
    const page = rows.slice(0, args.first);
    connection.edges.forEach((edge, i) => (edge.cursor = encodeTopicCursor(page[i].pinned, edge.cursor)));
    connection.pageInfo.startCursor = connection.edges[0]?.cursor ?? null;
    connection.pageInfo.endCursor = connection.edges[connection.edges.length - 1]?.cursor ?? null;
    return connection;
  }

  /** Loader factory: forums by id (active or archived). */
  readonly forumById = () =>
    new DataLoader<string, ForumRow | null>(async (ids) => byKeys(ids, await this.repo.forumsByIds(this.tx.reader, ids), (f) => f.id));

  /** Loader factory: a forum's last activity (its listed topics'), null without topics. */
  readonly lastActivityByForum = () =>
    new DataLoader<string, Date | null>(async (ids) => {
      const rows = await this.repo.lastActivities(this.tx.reader, ids);
      return byKeys(ids, rows, (r) => r.forumId).map((r) => r?.at ?? null);
    });

  private readonly topicPages = () =>
    new DataLoader<string, TopicRow[]>(async (keys) => {
      // One query per page shape (order, size, cursor) for every forum sharing it.
      const groups = new Map<string, string[]>();
      for (const key of keys) {
        const at = key.lastIndexOf(SEP);
        const shape = key.slice(0, at);
        groups.set(shape, [...(groups.get(shape) ?? []), key.slice(at + 1)]);
      }
      const result = new Map<string, TopicRow[]>();
      for (const [shape, forumIds] of groups) {
        const [sort, first, after] = shape.split(SEP);
        const cursor = decodeTopicCursor(after || undefined, sort as TopicSort);
        for (const row of await this.repo.topicPages(
          this.tx.reader,
          [...new Set(forumIds)],
          sort as TopicSort,
          Number(first) + 1,
          cursor,
        )) {
          const key = `${shape}${SEP}${row.forumId}`;
          result.set(key, [...(result.get(key) ?? []), row]);
        }
      }
      return keys.map((k) => result.get(k) ?? []);
    });

  // ---- the moderation domain's hooks (it checks its own rights and logs) ----

  /**
   * Hides a topic (`hidden`: why and when) or restores it (null), in the moderation domain's
   * transaction. A hidden topic leaves its forum's list and count for everyone; its page says it
   * was hidden, its title, text, photos and comments reach only its author and moderators (with
   * the reason); it takes no comment and no edit. Returns its author (to be notified), or null when
   * the topic does not exist or already was in that state (nothing changed).
   */
  async setHidden(tx: Tx, id: string, hidden: { reason: string; at: Date } | null): Promise<{ authorId: string } | null> {
    if (!isUuid(id)) return null;
    // The topic's lock first, as comments take it: a comment in flight lands before the hide, or is refused.
    if (!(await this.repo.lockTopic(tx, id))) return null;
    const changed = await this.repo.setHidden(tx, id, hidden);
    return changed ? { authorId: changed.authorId } : null;
  }

  // ---- helpers ----

  private async setFlag(viewer: Viewer, id: string, flag: 'pinned' | 'locked', value: boolean): Promise<TopicRow> {
    if (!isModerator(viewer)) throw AppError.forbidden(ForumError.MODERATOR_ONLY);
    return this.tx.run(async (tx) => {
      const topic = await this.lockTopic(tx, id);
      if (!(await this.repo.setFlag(tx, id, flag, value))) return topic;
      const A = FORUM_MODERATION_ACTIONS;
      const action = flag === 'pinned' ? (value ? A.PIN : A.UNPIN) : value ? A.LOCK : A.UNLOCK;
      await this.moderation.record(tx, {
        actorId: viewer.id,
        action,
        targetType: FORUM_TOPIC_TARGET,
        targetId: id,
        subjectUserId: topic.authorId,
        details: { title: topic.title },
      });
      return (await this.repo.topicsByIds(tx, [id]))[0];
    });
  }

  /** The common shape of move and reorder: council, the order's lock, the new order written densely. */
  private reorder(viewer: Viewer, order: (tx: Tx, list: ForumRow[]) => Promise<string[] | null>): Promise<ForumRow[]> {
    if (!isCouncil(viewer)) throw AppError.forbidden(ForumError.COUNCIL_ONLY);
    return this.tx.run(async (tx) => {
      await this.repo.lockForumOrder(tx);
      const list = await this.repo.activeForums(tx, MAX_ACTIVE_FORUMS);
      const ids = await order(tx, list);
      if (!ids) return list;
      await this.repo.setPositions(tx, ids);
      return this.repo.activeForums(tx, MAX_ACTIVE_FORUMS);
    });
  }

  private async lockTopic(tx: Tx, id: string): Promise<TopicRow> {
    const topic = isUuid(id) ? await this.repo.lockTopic(tx, id) : null;
    if (!topic) throw AppError.notFound(ForumError.TOPIC_NOT_FOUND);
    return topic;
  }

  private async existingForum(tx: Tx, id: string): Promise<ForumRow> {
    const [forum] = isUuid(id) ? await this.repo.forumsByIds(tx, [id]) : [];
    if (!forum) throw AppError.notFound(ForumError.FORUM_NOT_FOUND);
    return forum;
  }

  private async notActive(tx: Tx, id: string): Promise<AppError> {
    const forum = await this.existingForum(tx, id);
    return forum.archivedAt ? AppError.conflict(ForumError.FORUM_ARCHIVED) : AppError.notFound(ForumError.FORUM_NOT_FOUND);
  }
}
