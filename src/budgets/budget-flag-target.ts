import { Injectable } from '@nestjs/common';
import type { Viewer } from '../auth/viewer';
import { TransactionRunner, Tx } from '../database/transaction';
import { DescribedContent, Flaggable, FlagRefusal, FlagTarget, HiddenMark } from '../moderation/flag-target';
import { BUDGET_PROJECT_TARGET, BUDGET_PROJECT_UPDATE_TARGET, BUDGET_TARGET, budgetPath, budgetProjectPath } from './budget.notifications';
import { mayReadContent } from './budget.policy';
import { BudgetsRepository } from './budgets.repository';
import { BudgetsService } from './budgets.service';

/**
 * Budget projects can be flagged and hidden: a hidden project leaves the envelope's lists and the
 * ballot (votes already cast stay counted), its page says it was hidden, its text and photos reach
 * only its author and moderators, and it takes no comment.
 */
@Injectable()
@Flaggable(BUDGET_PROJECT_TARGET, 'A participatory budget project (see `budgetProject`).')
export class BudgetProjectFlagTarget implements FlagTarget {
  constructor(
    private readonly repo: BudgetsRepository,
    private readonly budgets: BudgetsService,
    private readonly tx: TransactionRunner,
  ) {}

  async flagRefusal(viewer: Viewer, id: string): Promise<FlagRefusal | null> {
    const p = await this.budgets.findProject(viewer, id);
    if (!p || !mayReadContent(viewer, p)) return FlagRefusal.NOT_FOUND;
    if (p.authorId === viewer.id) return FlagRefusal.OWN_CONTENT;
    return p.hiddenAt ? FlagRefusal.ALREADY_HIDDEN : null;
  }

  async describe(ids: readonly string[], tx: Tx = this.tx.reader): Promise<DescribedContent[]> {
    const projects = await this.repo.projectsByIds(tx, ids);
    if (!projects.length) return [];
    const budgets = new Map((await this.repo.budgetsByIds(tx, [...new Set(projects.map((p) => p.budgetId))])).map((b) => [b.id, b]));
    return projects.map((p) => ({
      id: p.id,
      authorId: p.authorId,
      title: p.title,
      text: p.description,
      image: null,
      createdAt: p.createdAt,
      context: { type: BUDGET_TARGET, id: p.budgetId, title: budgets.get(p.budgetId)?.title ?? null },
      path: budgetProjectPath(p.id),
      hiddenAt: p.hiddenAt,
      hiddenReason: p.hiddenReason,
    }));
  }

  setHidden(tx: Tx, id: string, hidden: HiddenMark | null): Promise<{ authorId: string } | null> {
    return this.budgets.setHidden(tx, 'project', id, hidden);
  }
}

/** Works updates can be flagged and hidden like projects (written by staff, flagged by anyone). */
@Injectable()
@Flaggable(BUDGET_PROJECT_UPDATE_TARGET, 'A works update on a participatory budget project.')
export class BudgetProjectUpdateFlagTarget implements FlagTarget {
  constructor(
    private readonly repo: BudgetsRepository,
    private readonly budgets: BudgetsService,
    private readonly tx: TransactionRunner,
  ) {}

  async flagRefusal(viewer: Viewer, id: string): Promise<FlagRefusal | null> {
    const u = await this.budgets.findReadableUpdate(viewer, id);
    if (!u) return FlagRefusal.NOT_FOUND;
    if (u.authorId === viewer.id) return FlagRefusal.OWN_CONTENT;
    return u.hiddenAt ? FlagRefusal.ALREADY_HIDDEN : null;
  }

  async describe(ids: readonly string[], tx: Tx = this.tx.reader): Promise<DescribedContent[]> {
    const updates = await this.repo.updatesByIds(tx, ids);
    if (!updates.length) return [];
    const projects = new Map((await this.repo.projectsByIds(tx, [...new Set(updates.map((u) => u.projectId))])).map((p) => [p.id, p]));
    return updates.map((u) => ({
      id: u.id,
      authorId: u.authorId,
      title: null,
      text: u.body,
      image: null,
      createdAt: u.createdAt,
      context: { type: BUDGET_PROJECT_TARGET, id: u.projectId, title: projects.get(u.projectId)?.title ?? null },
      path: budgetProjectPath(u.projectId),
      hiddenAt: u.hiddenAt,
      hiddenReason: u.hiddenReason,
    }));
  }

  setHidden(tx: Tx, id: string, hidden: HiddenMark | null): Promise<{ authorId: string } | null> {
    return this.budgets.setHidden(tx, 'update', id, hidden);
  }
}

/**
 * Editions can be flagged and hidden (written by the council, flagged by anyone who reads them): a
 * hidden edition is withdrawn whole from all but its creator and moderators (gone from `budgets`,
 * `budget` and its projects answer null, its results leave the open data), and takes no project,
 * ballot or comment until restored.
 */
@Injectable()
@Flaggable(BUDGET_TARGET, 'A participatory budget edition (see `budget`).')
export class BudgetFlagTarget implements FlagTarget {
  constructor(
    private readonly repo: BudgetsRepository,
    private readonly budgets: BudgetsService,
    private readonly tx: TransactionRunner,
  ) {}

  async flagRefusal(viewer: Viewer, id: string): Promise<FlagRefusal | null> {
    const b = await this.budgets.find(viewer, id);
    if (!b) return FlagRefusal.NOT_FOUND;
    if (b.createdById === viewer.id) return FlagRefusal.OWN_CONTENT;
    return b.hiddenAt ? FlagRefusal.ALREADY_HIDDEN : null;
  }

  async describe(ids: readonly string[], tx: Tx = this.tx.reader): Promise<DescribedContent[]> {
    return (await this.repo.budgetsByIds(tx, ids)).map((b) => ({
      id: b.id,
      authorId: b.createdById,
      title: b.title,
      text: b.description,
      image: null,
      createdAt: b.createdAt,
      context: null,
      path: budgetPath(b.id),
      hiddenAt: b.hiddenAt,
      hiddenReason: b.hiddenReason,
    }));
  }

  setHidden(tx: Tx, id: string, hidden: HiddenMark | null): Promise<{ authorId: string } | null> {
    return this.budgets.setHidden(tx, 'budget', id, hidden);
  }
}
