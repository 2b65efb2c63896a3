import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { GraphQLResolveInfo } from 'graphql';
import { Viewer } from '../auth/viewer';
import { AppError } from '../common/app-error';
import { Clock } from '../common/clock';
import { isUuid } from '../common/ids';
import { TransactionRunner, Tx } from '../database/transaction';
import { byKeys, RequestLoaders } from '../graphql/loaders';
import { ConnectionShape, decodeCursor, toConnection } from '../graphql/pagination';
import { Capabilities } from '../common/capability';
import { repliesAskedUnder } from './comment-lookahead';
import { COMMENT_TARGETS, CommentTarget, CommentTargetType } from './comment-targets';
import { CommentError } from './comment.errors';
import { COMMENT_EDIT_WINDOW_MS, deleteRefusal, editRefusal, mayParticipate, replyRefusal, voteRefusal } from './comment.policy';
import { CommentCursor, CommentPageRow, CommentRow, CommentsRepository } from './comments.repository';

const SEP = '\u0000';

export interface CommentPageArgs {
  first: number;
  after?: string;
}

/** A comment's text must say something: whitespace alone is refused (the text is kept as typed). */
function assertNotBlank(body: string, path: string): void {
  if (body.trim().length === 0) throw AppError.field(path, 'isNotBlank', 'must not be blank');
}

/** A page of a target's top-level comments, their total, and the replies read ahead (by parent id). */
interface TopLevelPage {
  rows: CommentPageRow[];
  total: number;
  replies: Map<string, CommentPageRow[]>;
}

function pushTo<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const cursorOf = (c: CommentRow): [string, string] => [c.cursorAt, c.id];

/**
 * Groups loader keys by their first `shapeParts` parts (the page's shape: type, size, cursor,
 * viewer), each with the distinct ids (the last part) that share it.
 */
function groupKeys(keys: readonly string[], shapeParts: number): Map<string, string[]> {
  const groups = new Map<string, Set<string>>();
  for (const key of keys) {
    const parts = key.split(SEP);
    const shape = parts.slice(0, shapeParts).join(SEP);
    const ids = groups.get(shape);
    if (ids) ids.add(parts[shapeParts]);
    else groups.set(shape, new Set([parts[shapeParts]]));
  }
  return new Map([...groups].map(([shape, ids]) => [shape, [...ids]]));
}

function decodeCommentCursor(after: string | undefined): CommentCursor | undefined {
  return decodeCursor(after, 'timestamp');
}

/**
 * Comments shared by proposals, forum topics and consultations: threaded replies, votes, a
 * 15-minute edit window, deletion by the author, hiding by moderators (through the moderation
 * domain: comment-flag-target.ts; a hidden comment keeps its place in the thread and still counts
 * in its target's comment count, its text withheld from all but its author and moderators). Which records can be
 * commented, by whom, and their comment counts belong to the target's domain (CommentTarget).
 */
@Injectable()
export class CommentsService {
  constructor(
    private readonly repo: CommentsRepository,
    private readonly tx: TransactionRunner,
    private readonly capabilities: Capabilities,
    private readonly clock: Clock,
  ) {}

  /**
   * Adds a comment or a reply. NOT_FOUND TARGET_NOT_FOUND (unknown, private or unserved target);
   * CONFLICT with the target's reason (e.g. COMMENTS_CLOSED); BAD_USER_INPUT on input.parentId
   * (unknown parent or one on another target) or input.body (blank); CONFLICT PARENT_CLOSED;
   * FORBIDDEN RESIDENT_ONLY. The target's comment count moves, and its `commentAdded` hook runs,
   * in the same transaction (what it causes goes through the outbox, so it happens exactly when the
   * comment committed).
   */
  async add(
    viewer: Viewer,
    input: { targetType: CommentTargetType; targetId: string; body: string; parentId?: string | null },
  ): Promise<CommentRow> {
    if (!mayParticipate(viewer)) throw AppError.forbidden(CommentError.RESIDENT_ONLY);
    assertNotBlank(input.body, 'input.body');
    return this.tx.run(async (tx): Promise<CommentRow> => {
      const target = await this.visibleTarget(viewer, input.targetType, input.targetId, CommentError.TARGET_NOT_FOUND, tx);
      const refusal = await target.commentRefusal(tx, viewer, input.targetId);
      if (refusal) throw AppError.conflict(refusal);
      let parentId: string | null = null;
      if (input.parentId != null) {
        const [parent] = isUuid(input.parentId) ? await this.repo.commentsByIds(tx, [input.parentId]) : [];
        if (!parent || parent.targetType !== input.targetType || parent.targetId !== input.targetId) {
          throw AppError.field('input.parentId', 'sameTarget', 'is not a comment on this target');
        }
        const closed = replyRefusal(parent);
        if (closed) throw AppError.conflict(closed);
        parentId = parent.id;
      }
      const row = await this.repo.insertComment(tx, {
        targetType: input.targetType,
        targetId: input.targetId,
        parentId,
        authorId: viewer.id,
        body: input.body,
      });
      await target.adjustCommentCount(tx, input.targetId, 1);
      await target.commentAdded?.(tx, { id: row.id, targetId: row.targetId, parentId: row.parentId, authorId: row.authorId });
      // A new comment has no reply and no vote of its author: the answer's fields need no further statement.
      const fresh: CommentPageRow = { ...row, replyCount: 0, viewerVote: 0 };
      return fresh;
    });
  }

  /**
   * Sets the viewer's vote: 1, -1, or 0 to remove it; voting the same value again changes nothing.
   * The comment row is locked, then the score moves by (new - previous): exact under concurrency.
   * NOT_FOUND COMMENT_NOT_FOUND; CONFLICT COMMENT_DELETED / COMMENT_HIDDEN (for +1/-1), or the
   * target's reason when it takes no comment now (e.g. TOPIC_LOCKED).
   */
  async vote(viewer: Viewer, id: string, value: -1 | 0 | 1): Promise<CommentRow> {
    if (!mayParticipate(viewer)) throw AppError.forbidden(CommentError.RESIDENT_ONLY);
    const seen = await this.visibleComment(viewer, id);
    return this.tx.run(async (tx) => {
      await this.assertTargetOpen(tx, viewer, seen);
      const comment = await this.repo.lockComment(tx, id);
      if (!comment) throw AppError.notFound(CommentError.COMMENT_NOT_FOUND);
      const refusal = voteRefusal(comment, value);
      if (refusal) throw AppError.conflict(refusal);
      const previous = (await this.repo.voteOf(tx, id, viewer.id)) ?? 0;
      if (previous === value) return comment;
      if (value === 0) await this.repo.deleteVote(tx, id, viewer.id);
      else await this.repo.upsertVote(tx, id, viewer.id, value);
      return this.repo.addToScore(tx, id, value - previous);
    });
  }

  /**
   * Replaces the text, by its author within 15 minutes. NOT_FOUND COMMENT_NOT_FOUND; FORBIDDEN
   * NOT_AUTHOR; CONFLICT COMMENT_DELETED / COMMENT_HIDDEN / EDIT_WINDOW_CLOSED, or the target's
   * reason when it takes no comment now (e.g. TOPIC_LOCKED).
   */
  async edit(viewer: Viewer, id: string, body: string): Promise<CommentRow> {
    assertNotBlank(body, 'body');
    const comment = await this.visibleComment(viewer, id);
    const now = this.clock.now();
    const refusal = editRefusal(viewer, comment, now);
    if (refusal) throw refusal === CommentError.NOT_AUTHOR ? AppError.forbidden(refusal) : AppError.conflict(refusal);
    const updated = await this.tx.run(async (tx) => {
      await this.assertTargetOpen(tx, viewer, comment);
      return this.repo.updateBodyIfEditable(tx, id, viewer.id, body, new Date(now.getTime() - COMMENT_EDIT_WINDOW_MS));
    });
    // Lost a race with a delete, a hide or the end of the window: say which, from a fresh read.
    if (!updated) {
      const fresh = await this.visibleComment(viewer, id);
      throw AppError.conflict(editRefusal(viewer, fresh, this.clock.now()) ?? CommentError.EDIT_WINDOW_CLOSED);
    }
    return updated;
  }

  /**
   * Deletes a comment by its author: shown as deleted, text erased, replies kept; the target's
   * comment count drops once (a second delete changes nothing). NOT_FOUND; FORBIDDEN NOT_AUTHOR.
   */
  async delete(viewer: Viewer, id: string): Promise<CommentRow> {
    const comment = await this.visibleComment(viewer, id);
    const refusal = deleteRefusal(viewer, comment);
    if (refusal) throw AppError.forbidden(refusal);
    const target = this.capabilities.get(COMMENT_TARGETS, comment.targetType)!;
    return this.tx.run(async (tx) => {
      const deleted = await this.repo.markDeleted(tx, id);
      if (!deleted) return (await this.repo.commentsByIds(tx, [id]))[0];
      await target.adjustCommentCount(tx, comment.targetId, -1);
      return deleted;
    });
  }

  /**
   * A vote or an edit is activity on the target like a new comment: refused (CONFLICT with the
   * target's reason, e.g. TOPIC_LOCKED) when it takes no comment now. Asked before the comment's row
   * is touched, so locks are taken target first, then comment, as `add` does.
   */
  private async assertTargetOpen(tx: Tx, viewer: Viewer, comment: Pick<CommentRow, 'targetType' | 'targetId'>): Promise<void> {
    const refusal = await this.capabilities.get(COMMENT_TARGETS, comment.targetType)!.commentRefusal(tx, viewer, comment.targetId);
    if (refusal) throw AppError.conflict(refusal);
  }

  /** One comment, if its target is visible to the viewer; null otherwise. */
  async findVisible(viewer: Viewer | null, id: string): Promise<CommentRow | null> {
    if (!isUuid(id)) return null;
    const [comment] = await this.repo.commentsByIds(this.tx.reader, [id]);
    if (!comment) return null;
    const target = this.capabilities.get(COMMENT_TARGETS, comment.targetType);
    return target && (await target.isVisible(viewer, comment.targetId)) ? comment : null;
  }

  /**
   * The top-level comments of a target the caller has already shown to the viewer (e.g. the
   * `comments` field of a visible Proposal): batched across targets, so a list asks once. One
   * statement reads the page, the total, each comment's reply count and, given the viewer, their
   * votes (a caller that leaves the viewer out gets the votes from the `viewerVote` loader). Given
   * the field's `info`, the first replies the query asks under each comment are read in the same
   * statement and handed to the `replies` loader, so the whole thread shown is one read.
   */
  async connectionForTarget(
    loaders: RequestLoaders,
    type: CommentTargetType,
    targetId: string,
    args: CommentPageArgs,
    viewer?: Viewer | null,
    info?: GraphQLResolveInfo,
  ): Promise<ConnectionShape<CommentRow>> {
    const after = decodeCommentCursor(args.after);
    const repliesFirst = info ? repliesAskedUnder(info) : null;
    const viewerId = viewer?.id ?? '';
    const page = await loaders
      .get(this.topLevelPages)
      .load([type, args.first, args.after ?? '', viewerId, repliesFirst ?? '', targetId].join(SEP));
    if (repliesFirst) {
      const replyPages = loaders.get(this.replyPages);
      for (const row of page.rows) {
        if (row.replyCount > 0) replyPages.prime([repliesFirst, '', viewerId, row.id].join(SEP), page.replies.get(row.id) ?? []);
      }
    }
    return toConnection(page.rows, args.first, cursorOf, page.total, !!after);
  }

  /**
   * Replies of a comment, oldest first, batched across the comments of a page. A comment read in a
   * page knows its reply count: none means no query at all, and the page of replies is read only
   * when `edges` or `pageInfo` are asked (a thread's leaves ask only `totalCount`).
   */
  repliesConnection(
    loaders: RequestLoaders,
    parent: CommentRow | CommentPageRow,
    args: CommentPageArgs,
    viewer: Viewer | null,
  ): ConnectionShape<CommentRow> | Promise<ConnectionShape<CommentRow>> {
    const after = decodeCommentCursor(args.after);
    const load = async () => {
      const rows = await loaders.get(this.replyPages).load([args.first, args.after ?? '', viewer?.id ?? '', parent.id].join(SEP));
      return toConnection(rows, args.first, cursorOf, () => loaders.get(this.replyCount).load(parent.id), !!after);
    };
    if (!('replyCount' in parent)) return load();
    if (parent.replyCount === 0) return toConnection([], args.first, cursorOf, 0, !!after);
    let page: Promise<ConnectionShape<CommentRow>> | undefined;
    const read = () => (page ??= load());
    // Getters, like toConnection's totalCount: GraphQL awaits the promise of a field's value.
    return {
      totalCount: parent.replyCount,
      get edges() {
        return read().then((c) => c.edges) as unknown as ConnectionShape<CommentRow>['edges'];
      },
      get pageInfo() {
        return read().then((c) => c.pageInfo) as unknown as ConnectionShape<CommentRow>['pageInfo'];
      },
    };
  }

  /** Loader factory: comments by id (for `parent`; the child was visible, so its parent is). */
  readonly commentById = () =>
    new DataLoader<string, CommentRow | null>(async (ids) => byKeys(ids, await this.repo.commentsByIds(this.tx.reader, ids), (c) => c.id));

  /** Loader factory: the viewer's vote per comment, keyed `${userId}:${commentId}` (0 for none). */
  readonly viewerVote = () =>
    new DataLoader<string, number>(async (keys) => {
      const byUser = new Map<string, string[]>();
      for (const key of keys) {
        const [userId, commentId] = key.split(':');
        byUser.set(userId, [...(byUser.get(userId) ?? []), commentId]);
      }
      const found = new Map<string, number>();
      for (const [userId, commentIds] of byUser) {
        for (const v of await this.repo.votesOf(this.tx.reader, userId, commentIds)) found.set(`${userId}:${v.commentId}`, v.value);
      }
      return keys.map((k) => found.get(k) ?? 0);
    });

  /**
   * Pages keyed (type, first, after, viewer id, replies read ahead, target id): one query per
   * distinct shape for all the targets that share it.
   */
  private readonly topLevelPages = () =>
    new DataLoader<string, TopLevelPage>(async (keys) => {
      const result = new Map<string, TopLevelPage>();
      for (const [shape, ids] of groupKeys(keys, 5)) {
        const [type, first, after, viewerId, repliesFirst] = shape.split(SEP);
        const { pages, totals, replies } = await this.repo.topLevelPages(
          this.tx.reader,
          type as CommentTargetType,
          ids,
          Number(first) + 1,
          decodeCommentCursor(after || undefined),
          viewerId || null,
          repliesFirst ? Number(repliesFirst) + 1 : null,
        );
        for (const id of ids) result.set(`${shape}${SEP}${id}`, { rows: [], total: totals.get(id) ?? 0, replies: new Map() });
        const byParent = new Map<string, CommentPageRow[]>();
        for (const reply of replies) pushTo(byParent, reply.parentId as string, reply);
        for (const row of pages) {
          const page = result.get(`${shape}${SEP}${row.targetId}`)!;
          page.rows.push(row);
          const rowReplies = byParent.get(row.id);
          if (rowReplies) page.replies.set(row.id, rowReplies);
        }
      }
      return keys.map((k) => result.get(k) ?? { rows: [], total: 0, replies: new Map() });
    });

  /** Pages keyed (first, after, viewer id, parent id): one query per distinct (first, after, viewer). */
  private readonly replyPages = () =>
    new DataLoader<string, CommentPageRow[]>(async (keys) => {
      const result = new Map<string, CommentPageRow[]>();
      for (const [shape, ids] of groupKeys(keys, 3)) {
        const [first, after, viewerId] = shape.split(SEP);
        const rows = await this.repo.replyPages(
          this.tx.reader,
          ids,
          Number(first) + 1,
          decodeCommentCursor(after || undefined),
          viewerId || null,
        );
        for (const row of rows) pushTo(result, `${shape}${SEP}${row.parentId}`, row);
      }
      return keys.map((k) => result.get(k) ?? []);
    });

  private readonly replyCount = () =>
    new DataLoader<string, number>(async (ids) => {
      const counts = new Map((await this.repo.replyCounts(this.tx.reader, ids)).map((r) => [r.key, r.n]));
      return ids.map((id) => counts.get(id) ?? 0);
    });

  private async visibleTarget(viewer: Viewer | null, type: CommentTargetType, id: string, reason: string, tx?: Tx): Promise<CommentTarget> {
    const target = this.capabilities.get(COMMENT_TARGETS, type);
    if (!target || !isUuid(id) || !(await target.isVisible(viewer, id, tx))) throw AppError.notFound(reason);
    return target;
  }

  private async visibleComment(viewer: Viewer | null, id: string): Promise<CommentRow> {
    const comment = await this.findVisible(viewer, id);
    if (!comment) throw AppError.notFound(CommentError.COMMENT_NOT_FOUND);
    return comment;
  }
}
