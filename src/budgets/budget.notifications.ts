/** Budget records as the generic domains name them (follows, comments, photos, flags). */
export const BUDGET_TARGET = 'BUDGET';
export const BUDGET_PROJECT_TARGET = 'BUDGET_PROJECT';
export const BUDGET_PROJECT_UPDATE_TARGET = 'BUDGET_PROJECT_UPDATE';

/**
 * The notification kinds this domain writes. Payloads hold only public facts; the actor is never
 * notified.
 */
export const BudgetNotification = {
  /**
   * The project's followers (its author from submission, followers of a proposal it came from are
   * not copied, see README), staff reviewed it: { budgetId, title, feasible, cost, note }.
   */
  PROJECT_REVIEWED: 'BUDGET_PROJECT_REVIEWED',
  /**
   * The merged project's followers (who now follow the project it was merged into):
   * { budgetId, title, intoId, intoTitle, note }.
   */
  PROJECT_MERGED: 'BUDGET_PROJECT_MERGED',
  /** The project's followers, the council reported on its works: { budgetId, title, updateId, progress, status }. */
  PROJECT_UPDATED: 'BUDGET_PROJECT_UPDATED',
  /** The edition's followers, the council closed a phase early: { title, phase } (the phase now open). */
  PHASE_ADVANCED: 'BUDGET_PHASE_ADVANCED',
  /** The edition's followers, someone commented on it: { title, commentId, parentId }. */
  BUDGET_COMMENTED: 'BUDGET_COMMENTED',
  /** The project's followers, someone commented: { title, commentId, parentId }. */
  PROJECT_COMMENTED: 'BUDGET_PROJECT_COMMENTED',
  /**
   * A works update's followers (the council member who wrote it, and who chose to follow it),
   * someone commented on it: { projectId, title (the project's), commentId, parentId }.
   */
  PROJECT_UPDATE_COMMENTED: 'BUDGET_PROJECT_UPDATE_COMMENTED',
} as const;

/** Where the web client shows an edition and a project. */
export const budgetPath = (budgetId: string) => `/budgets/${budgetId}`;
export const budgetProjectPath = (projectId: string) => `/budgets/projects/${projectId}`;
