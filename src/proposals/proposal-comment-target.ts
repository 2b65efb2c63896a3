import { Injectable, OnModuleInit } from '@nestjs/common';
import type { Viewer } from '../auth/viewer';
import { AddedComment, AfterCommit, CommentTarget, CommentTargetRegistry, CommentTargetType } from '../comments/comment-targets';
import { isUuid } from '../common/ids';
import { TransactionRunner, Tx } from '../database/transaction';
import { LiveBatch } from '../notifications/live';
import { NotificationsService } from '../notifications/notifications.service';
import { ProposalError } from './proposal.errors';
import { PROPOSAL_TARGET, ProposalNotification } from './proposal.notifications';
import { canView, commentsOpen } from './proposal.policy';
import { ProposalsRepository } from './proposals.repository';

/**
 * Lets residents comment on proposals: registers PROPOSAL with the comments domain, and tells a
 * proposal's author of each comment others write on it.
 */
@Injectable()
export class ProposalCommentTarget implements CommentTarget, OnModuleInit {
  readonly type = CommentTargetType.PROPOSAL;

  constructor(
    private readonly repo: ProposalsRepository,
    private readonly tx: TransactionRunner,
    private readonly registry: CommentTargetRegistry,
    private readonly notifications: NotificationsService,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  /** Drafts are their author's only: their (non-existent) comments are NOT_FOUND to others. */
  async isVisible(viewer: Viewer | null, targetId: string): Promise<boolean> {
    if (!isUuid(targetId)) return false;
    const [p] = await this.repo.proposalsByIds(this.tx.reader, [targetId]);
    return !!p && canView(viewer, p);
  }

  async commentRefusal(tx: Tx, _viewer: Viewer, targetId: string): Promise<string | null> {
    const [p] = await this.repo.proposalsByIds(tx, [targetId]);
    if (!p) return ProposalError.PROPOSAL_NOT_FOUND;
    return commentsOpen(p) ? null : ProposalError.COMMENTS_CLOSED;
  }

  adjustCommentCount(tx: Tx, targetId: string, delta: number): Promise<void> {
    return this.repo.addToCommentCount(tx, targetId, delta);
  }

  /**
   * The author only (not every follower: a busy debate would flood them), never for their own
   * comment: PROPOSAL_COMMENTED, written with the comment and published live after its commit.
   */
  async commentAdded(tx: Tx, comment: AddedComment): Promise<AfterCommit> {
    const live = new LiveBatch();
    const [p] = await this.repo.proposalsByIds(tx, [comment.targetId]);
    if (p) {
      live.added(
        await this.notifications.notifyUsers(tx, [p.authorId], {
          targetType: PROPOSAL_TARGET,
          targetId: p.id,
          kind: ProposalNotification.COMMENTED,
          actorId: comment.authorId,
          payload: { title: p.title, commentId: comment.id, parentId: comment.parentId },
        }),
      );
    }
    return () => this.notifications.publish(live);
  }
}
