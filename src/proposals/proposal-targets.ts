import { Injectable } from '@nestjs/common';
import type { Viewer } from '../auth/viewer';
import { AddedComment, Commentable, CommentTarget, CommentTargetDescription } from '../comments/comment-targets';
import { TransactionRunner, Tx } from '../database/transaction';
import { ImageVisibility, PhotoTarget, Photographable } from '../media/image-targets';
import { Followable, FollowTarget } from '../notifications/follow-target';
import { NotificationsService } from '../notifications/notifications.service';
import { ProposalStatus } from './proposal-status';
import { ProposalError } from './proposal.errors';
import { PROPOSAL_TARGET, ProposalNotification, proposalPath } from './proposal.notifications';
import { canView, commentsOpen } from './proposal.policy';
import { ProposalRow, ProposalsRepository } from './proposals.repository';

/**
 * What proposals can do in the generic domains: be commented on (open while the proposal is
 * published and not closed), be followed (by whoever may read it), and carry photos (its author's
 * only while a draft, public once published). Declared here, so comments, notifications and media list no proposal anywhere.
 */
@Injectable()
@Commentable(PROPOSAL_TARGET, 'A proposal (see `proposal`).')
@Followable(
  PROPOSAL_TARGET,
  'A proposal the viewer can see (a draft: only its author). Its author follows it from creation and each supporter from their support.',
)
@Photographable(PROPOSAL_TARGET)
export class ProposalTargets implements CommentTarget, FollowTarget, PhotoTarget {
  constructor(
    private readonly repo: ProposalsRepository,
    private readonly tx: TransactionRunner,
    private readonly notifications: NotificationsService,
  ) {}

  /**
   * The proposal read in a transaction that adds a comment (by `isVisible`, then `commentRefusal`):
   * the later calls in the same transaction take it instead of reading the row again.
   */
  private readonly read = new WeakMap<Tx, ProposalRow>();

  private async readIn(tx: Tx, id: string): Promise<ProposalRow[]> {
    const known = this.read.get(tx);
    if (known?.id === id) return [known];
    const rows = await this.repo.proposalsByIds(tx, [id]);
    if (rows[0]) this.read.set(tx, rows[0]);
    return rows;
  }

  /** Drafts are their author's only: their (non-existent) comments are NOT_FOUND to others. */
  async isVisible(viewer: Viewer | null, targetId: string, tx?: Tx): Promise<boolean> {
    const [p] = await this.repo.proposalsByIds(tx ?? this.tx.reader, [targetId]);
    if (p && tx) this.read.set(tx, p);
    return !!p && canView(viewer, p);
  }

  /** Following needs the same visibility as reading. */
  canFollow(viewer: Viewer, targetId: string): Promise<boolean> {
    return this.isVisible(viewer, targetId);
  }

  /** A draft's photos are its author's only until it is published; then they are public. */
  async imageVisibility(targetId: string): Promise<ImageVisibility> {
    const [p] = await this.repo.proposalsByIds(this.tx.reader, [targetId]);
    return !p || p.status === ProposalStatus.DRAFT ? ImageVisibility.OWNER_ONLY : ImageVisibility.PUBLIC;
  }

  async commentRefusal(tx: Tx, _viewer: Viewer, targetId: string): Promise<string | null> {
    const [p] = await this.readIn(tx, targetId);
    if (!p) return ProposalError.PROPOSAL_NOT_FOUND;
    if (p.hiddenAt) return ProposalError.PROPOSAL_HIDDEN;
    return commentsOpen(p) ? null : ProposalError.COMMENTS_CLOSED;
  }

  adjustCommentCount(tx: Tx, targetId: string, delta: number): Promise<void> {
    return this.repo.addToCommentCount(tx, targetId, delta);
  }

  /** Around a flagged comment, for moderators: the proposal's title and page. */
  async describeTargets(ids: readonly string[], tx: Tx = this.tx.reader): Promise<CommentTargetDescription[]> {
    return (await this.repo.proposalsByIds(tx, ids)).map((p) => ({ id: p.id, title: p.title, path: proposalPath(p.id) }));
  }

  /**
   * The author only (not every follower: a busy debate would flood them), never for their own
   * comment: PROPOSAL_COMMENTED, queued with the comment and delivered after its commit.
   */
  async commentAdded(tx: Tx, comment: AddedComment): Promise<void> {
    const [p] = await this.readIn(tx, comment.targetId);
    if (!p) return;
    await this.notifications.notifyUsers(tx, [p.authorId], {
      targetType: PROPOSAL_TARGET,
      targetId: p.id,
      kind: ProposalNotification.COMMENTED,
      actorId: comment.authorId,
      payload: { title: p.title, commentId: comment.id, parentId: comment.parentId },
    });
  }
}
