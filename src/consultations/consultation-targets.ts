import { Injectable } from '@nestjs/common';
import type { Viewer } from '../auth/viewer';
import { AddedComment, Commentable, CommentTarget, CommentTargetDescription } from '../comments/comment-targets';
import { TransactionRunner, Tx } from '../database/transaction';
import { ImageVisibility, PhotoTarget, Photographable } from '../media/image-targets';
import { Followable, FollowTarget } from '../notifications/follow-target';
import { NotificationsService } from '../notifications/notifications.service';
import { CONSULTATION_TARGET, ConsultationNotification } from './consultation.notifications';
import { ConsultationError } from './consultation.errors';
import { ConsultationsRepository } from './consultations.repository';

/**
 * What consultations can do in the generic domains: be commented on (in every state: the debate
 * goes on after the close), be followed (by anyone: they are public), carry public photos.
 * Declared here, so comments, notifications and media list no consultation anywhere.
 */
@Injectable()
@Commentable(CONSULTATION_TARGET, 'A consultation (see `consultation`).')
@Followable(CONSULTATION_TARGET, 'A consultation. Its participants are also told of its conclusion, following or not.')
@Photographable(CONSULTATION_TARGET)
export class ConsultationTargets implements CommentTarget, FollowTarget, PhotoTarget {
  constructor(
    private readonly repo: ConsultationsRepository,
    private readonly tx: TransactionRunner,
    private readonly notifications: NotificationsService,
  ) {}

  /** Consultations are public from their creation. */
  async isVisible(_viewer: Viewer | null, targetId: string): Promise<boolean> {
    return (await this.repo.byIds(this.tx.reader, [targetId])).length > 0;
  }

  canFollow(viewer: Viewer, targetId: string): Promise<boolean> {
    return this.isVisible(viewer, targetId);
  }

  /** Consultations are public from creation: so are their photos. */
  imageVisibility(): Promise<ImageVisibility> {
    return Promise.resolve(ImageVisibility.PUBLIC);
  }

  async commentRefusal(tx: Tx, _viewer: Viewer, targetId: string): Promise<string | null> {
    return (await this.repo.byIds(tx, [targetId])).length ? null : ConsultationError.CONSULTATION_NOT_FOUND;
  }

  adjustCommentCount(tx: Tx, targetId: string, delta: number): Promise<void> {
    return this.repo.addToCommentCount(tx, targetId, delta);
  }

  /** Around a flagged comment, for moderators: the consultation's title and page. */
  async describeTargets(ids: readonly string[], tx: Tx = this.tx.reader): Promise<CommentTargetDescription[]> {
    return (await this.repo.byIds(tx, ids)).map((c) => ({ id: c.id, title: c.title, path: `/consultations/${c.id}` }));
  }

  /** Its creator hears of comments (CONSULTATION_COMMENTED), never of their own. */
  async commentAdded(tx: Tx, comment: AddedComment): Promise<void> {
    const [c] = await this.repo.byIds(tx, [comment.targetId]);
    if (!c) return;
    await this.notifications.notifyUsers(tx, [c.createdById], {
      targetType: CONSULTATION_TARGET,
      targetId: c.id,
      kind: ConsultationNotification.COMMENTED,
      actorId: comment.authorId,
      payload: { title: c.title, commentId: comment.id, parentId: comment.parentId },
    });
  }
}
