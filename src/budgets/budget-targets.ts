import { Injectable } from '@nestjs/common';
import type { Viewer } from '../auth/viewer';
import { AddedComment, Commentable, CommentTarget, CommentTargetDescription } from '../comments/comment-targets';
import { TransactionRunner, Tx } from '../database/transaction';
import { ImageVisibility, PhotoTarget, Photographable } from '../media/image-targets';
import { Followable, FollowTarget } from '../notifications/follow-target';
import { NotificationsService } from '../notifications/notifications.service';
import { BudgetError } from './budget.errors';
import {
  BUDGET_PROJECT_TARGET,
  BUDGET_PROJECT_UPDATE_TARGET,
  BUDGET_TARGET,
  BudgetNotification,
  budgetPath,
  budgetProjectPath,
} from './budget.notifications';
import { mayReadContent } from './budget.policy';
import { BudgetsRepository } from './budgets.repository';
import { BudgetsService } from './budgets.service';

/**
 * Budget projects in the generic domains: commented (not once hidden), followed (by whoever may
 * read them; the author from submission), photographed (public; once hidden, signed URLs to its
 * author and moderators).
 */
@Injectable()
@Commentable(BUDGET_PROJECT_TARGET, 'A participatory budget project (see `budgetProject`).')
@Followable(BUDGET_PROJECT_TARGET, 'A participatory budget project: followers hear of its review, merge, works updates and comments.')
@Photographable(BUDGET_PROJECT_TARGET)
export class BudgetProjectTargets implements CommentTarget, FollowTarget, PhotoTarget {
  constructor(
    private readonly repo: BudgetsRepository,
    private readonly budgets: BudgetsService,
    private readonly tx: TransactionRunner,
    private readonly notifications: NotificationsService,
  ) {}

  /** It exists, and this viewer may read it and its edition. */
  async isVisible(viewer: Viewer | null, id: string): Promise<boolean> {
    const p = await this.budgets.findProject(viewer, id);
    return !!p && mayReadContent(viewer, p);
  }

  canFollow(viewer: Viewer, id: string): Promise<boolean> {
    return this.isVisible(viewer, id);
  }

  async imageVisibility(id: string): Promise<ImageVisibility> {
    const [p] = await this.repo.projectsByIds(this.tx.reader, [id]);
    if (!p) return ImageVisibility.OWNER_ONLY;
    const [b] = await this.repo.budgetsByIds(this.tx.reader, [p.budgetId]);
    return p.hiddenAt || b?.hiddenAt ? ImageVisibility.PRIVATE : ImageVisibility.PUBLIC;
  }

  /** Under the project's lock (a hide waits, or is waited for): PROJECT_HIDDEN, PROJECT_NOT_FOUND or null. */
  async commentRefusal(tx: Tx, _viewer: Viewer, id: string): Promise<string | null> {
    const [p] = await this.repo.lockProjects(tx, [id]);
    if (!p) return BudgetError.PROJECT_NOT_FOUND;
    return p.hiddenAt ? BudgetError.PROJECT_HIDDEN : null;
  }

  async describeTargets(ids: readonly string[], tx: Tx = this.tx.reader): Promise<CommentTargetDescription[]> {
    return (await this.repo.projectsByIds(tx, ids)).map((p) => ({ id: p.id, title: p.title, path: budgetProjectPath(p.id) }));
  }

  adjustCommentCount(tx: Tx, id: string, delta: number): Promise<void> {
    return this.repo.addToCommentCount(tx, 'budget_projects', id, delta);
  }

  /** The project's followers are told, the commenter excepted (BUDGET_PROJECT_COMMENTED). */
  async commentAdded(tx: Tx, comment: AddedComment): Promise<void> {
    const [p] = await this.repo.projectsByIds(tx, [comment.targetId]);
    if (!p) return;
    await this.notifications.notifyFollowers(tx, {
      targetType: BUDGET_PROJECT_TARGET,
      targetId: p.id,
      kind: BudgetNotification.PROJECT_COMMENTED,
      actorId: comment.authorId,
      payload: { title: p.title, commentId: comment.id, parentId: comment.parentId },
    });
  }
}

/**
 * Works updates: commented and photographed like their project, and followed (by whoever may read
 * them; the council member who wrote one from its writing): followers hear of comments on it.
 */
@Injectable()
@Commentable(BUDGET_PROJECT_UPDATE_TARGET, 'A works update on a participatory budget project.')
@Followable(BUDGET_PROJECT_UPDATE_TARGET, 'A works update on a participatory budget project: followers hear of its comments.')
@Photographable(BUDGET_PROJECT_UPDATE_TARGET)
export class BudgetProjectUpdateTargets implements CommentTarget, FollowTarget, PhotoTarget {
  constructor(
    private readonly repo: BudgetsRepository,
    private readonly budgets: BudgetsService,
    private readonly tx: TransactionRunner,
    private readonly notifications: NotificationsService,
  ) {}

  /** It exists, and this viewer may read it and its project's edition. */
  async isVisible(viewer: Viewer | null, id: string): Promise<boolean> {
    return !!(await this.budgets.findReadableUpdate(viewer, id));
  }

  async imageVisibility(id: string): Promise<ImageVisibility> {
    const [u] = await this.repo.updatesByIds(this.tx.reader, [id]);
    if (!u) return ImageVisibility.OWNER_ONLY;
    if (u.hiddenAt) return ImageVisibility.PRIVATE;
    const [p] = await this.repo.projectsByIds(this.tx.reader, [u.projectId]);
    const [b] = p ? await this.repo.budgetsByIds(this.tx.reader, [p.budgetId]) : [];
    return b?.hiddenAt ? ImageVisibility.PRIVATE : ImageVisibility.PUBLIC;
  }

  async commentRefusal(tx: Tx, _viewer: Viewer, id: string): Promise<string | null> {
    const [u] = await this.repo.updatesByIds(tx, [id]);
    if (!u) return BudgetError.PROJECT_NOT_FOUND;
    return u.hiddenAt ? BudgetError.PROJECT_HIDDEN : null;
  }

  async describeTargets(ids: readonly string[], tx: Tx = this.tx.reader): Promise<CommentTargetDescription[]> {
    return (await this.repo.updatesByIds(tx, ids)).map((u) => ({ id: u.id, title: null, path: budgetProjectPath(u.projectId) }));
  }

  adjustCommentCount(tx: Tx, id: string, delta: number): Promise<void> {
    return this.repo.addToCommentCount(tx, 'budget_project_updates', id, delta);
  }

  canFollow(viewer: Viewer, id: string): Promise<boolean> {
    return this.isVisible(viewer, id);
  }

  /** The update's followers are told, the commenter excepted (BUDGET_PROJECT_UPDATE_COMMENTED). */
  async commentAdded(tx: Tx, comment: AddedComment): Promise<void> {
    const [u] = await this.repo.updatesByIds(tx, [comment.targetId]);
    if (!u) return;
    const [p] = await this.repo.projectsByIds(tx, [u.projectId]);
    await this.notifications.notifyFollowers(tx, {
      targetType: BUDGET_PROJECT_UPDATE_TARGET,
      targetId: u.id,
      kind: BudgetNotification.PROJECT_UPDATE_COMMENTED,
      actorId: comment.authorId,
      payload: { projectId: u.projectId, title: p?.title ?? null, commentId: comment.id, parentId: comment.parentId },
    });
  }
}

/**
 * Editions: commented (questions on the rules and the calendar) and followed (followers hear when
 * the council closes a phase early), by whoever may read them (see `mayReadBudget`; flagged in
 * budget-flag-target.ts). A hidden edition takes no comment.
 */
@Injectable()
@Commentable(BUDGET_TARGET, 'A participatory budget edition (see `budget`).')
@Followable(BUDGET_TARGET, 'A participatory budget edition: followers hear when the council closes a phase early, and of new comments.')
export class BudgetTargets implements CommentTarget, FollowTarget {
  constructor(
    private readonly repo: BudgetsRepository,
    private readonly budgets: BudgetsService,
    private readonly tx: TransactionRunner,
    private readonly notifications: NotificationsService,
  ) {}

  async isVisible(viewer: Viewer | null, id: string): Promise<boolean> {
    return !!(await this.budgets.find(viewer, id));
  }

  canFollow(viewer: Viewer, id: string): Promise<boolean> {
    return this.isVisible(viewer, id);
  }

  /** Comments wait for (or are waited for by) a phase change or a hide, which lock the edition too. */
  async commentRefusal(tx: Tx, _viewer: Viewer, id: string): Promise<string | null> {
    const b = await this.repo.lockBudget(tx, id);
    if (!b) return BudgetError.BUDGET_NOT_FOUND;
    return b.hiddenAt ? BudgetError.BUDGET_HIDDEN : null;
  }

  async describeTargets(ids: readonly string[], tx: Tx = this.tx.reader): Promise<CommentTargetDescription[]> {
    return (await this.repo.budgetsByIds(tx, ids)).map((b) => ({ id: b.id, title: b.title, path: budgetPath(b.id) }));
  }

  adjustCommentCount(tx: Tx, id: string, delta: number): Promise<void> {
    return this.repo.addToCommentCount(tx, 'budgets', id, delta);
  }

  async commentAdded(tx: Tx, comment: AddedComment): Promise<void> {
    const [b] = await this.repo.budgetsByIds(tx, [comment.targetId]);
    if (!b) return;
    await this.notifications.notifyFollowers(tx, {
      targetType: BUDGET_TARGET,
      targetId: b.id,
      kind: BudgetNotification.BUDGET_COMMENTED,
      actorId: comment.authorId,
      payload: { title: b.title, commentId: comment.id, parentId: comment.parentId },
    });
  }
}
