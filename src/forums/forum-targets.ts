import { Injectable } from '@nestjs/common';
import type { Viewer } from '../auth/viewer';
import { AddedComment, Commentable, CommentTarget, CommentTargetDescription } from '../comments/comment-targets';
import { TransactionRunner, Tx } from '../database/transaction';
import { ImageVisibility, PhotoTarget, Photographable } from '../media/image-targets';
import { Followable, FollowTarget } from '../notifications/follow-target';
import { NotificationsService } from '../notifications/notifications.service';
import { ForumError } from './forum.errors';
import { FORUM_TARGET, FORUM_TOPIC_TARGET, ForumNotification, topicPath } from './forum.notifications';
import { commentRefusal, mayReadContent } from './forum.policy';
import { ForumsRepository } from './forums.repository';

/**
 * What forum topics can do in the generic domains: be commented on (unless locked, hidden or in an
 * archived forum), be followed (by whoever may read them; their author from the start), and carry
 * photos (public; once hidden, only through signed URLs given to its author and moderators).
 * Declared here, so comments, notifications and media list no forum anywhere.
 */
@Injectable()
@Commentable(FORUM_TOPIC_TARGET, 'A forum topic (see `forumTopic`).')
@Followable(FORUM_TOPIC_TARGET, 'A forum topic: its followers hear of every new comment. Its author follows it from its opening.')
@Photographable(FORUM_TOPIC_TARGET)
export class ForumTopicTargets implements CommentTarget, FollowTarget, PhotoTarget {
  constructor(
    private readonly repo: ForumsRepository,
    private readonly tx: TransactionRunner,
    private readonly notifications: NotificationsService,
  ) {}

  /** A hidden topic's comments are its author's and moderators' only, like its text. */
  async isVisible(viewer: Viewer | null, targetId: string): Promise<boolean> {
    const [t] = await this.repo.topicsByIds(this.tx.reader, [targetId]);
    return !!t && mayReadContent(viewer, t);
  }

  canFollow(viewer: Viewer, targetId: string): Promise<boolean> {
    return this.isVisible(viewer, targetId);
  }

  async imageVisibility(targetId: string): Promise<ImageVisibility> {
    const [t] = await this.repo.topicsByIds(this.tx.reader, [targetId]);
    if (!t) return ImageVisibility.OWNER_ONLY;
    return t.hiddenAt ? ImageVisibility.PRIVATE : ImageVisibility.PUBLIC;
  }

  /**
   * Locks the topic's row for the rest of the comment's transaction (a lock, a hide or an edit
   * waits, or is waited for), then: TOPIC_HIDDEN, TOPIC_LOCKED, FORUM_ARCHIVED or null.
   */
  async commentRefusal(tx: Tx, _viewer: Viewer, targetId: string): Promise<string | null> {
    const t = await this.repo.lockTopic(tx, targetId);
    return t ? commentRefusal(t) : ForumError.TOPIC_NOT_FOUND;
  }

  /** Around a flagged comment, moderators see the topic's title and a link to it. */
  async describeTargets(ids: readonly string[], tx: Tx = this.tx.reader): Promise<CommentTargetDescription[]> {
    return (await this.repo.topicsByIds(tx, ids)).map((t) => ({ id: t.id, title: t.title, path: topicPath(t.id) }));
  }

  adjustCommentCount(tx: Tx, targetId: string, delta: number): Promise<void> {
    return this.repo.addToCommentCount(tx, targetId, delta);
  }

  /**
   * The topic's last activity becomes the comment's time, and its followers (the author among them,
   * unless they unfollowed) are told, the commenter excepted (FORUM_TOPIC_COMMENTED, through the outbox).
   */
  async commentAdded(tx: Tx, comment: AddedComment): Promise<void> {
    await this.repo.touchActivity(tx, comment.targetId);
    const [t] = await this.repo.topicsByIds(tx, [comment.targetId]);
    if (!t) return;
    await this.notifications.notifyFollowers(tx, {
      targetType: FORUM_TOPIC_TARGET,
      targetId: t.id,
      kind: ForumNotification.TOPIC_COMMENTED,
      actorId: comment.authorId,
      payload: { title: t.title, commentId: comment.id, parentId: comment.parentId },
    });
  }
}

/** Forums can be followed by anyone signed in: their followers hear of each new topic. */
@Injectable()
@Followable(FORUM_TARGET, 'A forum: its followers hear of every new topic opened in it.')
export class ForumFollowTarget implements FollowTarget {
  constructor(
    private readonly repo: ForumsRepository,
    private readonly tx: TransactionRunner,
  ) {}

  async canFollow(_viewer: Viewer, targetId: string): Promise<boolean> {
    return (await this.repo.forumsByIds(this.tx.reader, [targetId])).length > 0;
  }
}
