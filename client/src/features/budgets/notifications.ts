/**
 * How the notifications about budget projects read (discovered by app/features.ts): a review
 * (payload `title`, `feasible`), a merge (`title`, `intoId`, `intoTitle`), a works update (`title`,
 * `progress`), a comment (`title`) and a comment on a works update (`projectId`, `title`), each linking to the project, named by its title; on an
 * edition, a phase closed early (`title`, `phase`) and a comment, linking to the edition.
 */
import type { NotificationFacts, NotificationRenderer, NotificationView } from '@/app';
import { payloadNumber as number, payloadText as text } from '@/features/notifications';
import type { I18n } from '@/i18n';

function projectLink(projectId: string, title: string, { t }: Pick<I18n, 't'>): NotificationView['link'] {
  if (!projectId) return null;
  return {
    to: `/budgets/projects/${projectId}`,
    label: title ? t('budgets.notifications.openNamed', { title }) : t('budgets.notifications.open'),
  };
}

function budgetLink(budgetId: string, title: string, { t }: Pick<I18n, 't'>): NotificationView['link'] {
  if (!budgetId) return null;
  return {
    to: `/budgets/${budgetId}`,
    label: title ? t('budgets.notifications.openBudgetNamed', { title }) : t('budgets.notifications.openBudget'),
  };
}

const PHASES = ['UPCOMING', 'SUBMISSION', 'REVIEW', 'VOTING', 'RESULTS', 'WORKS', 'CLOSED'];

export const notificationRenderers: Record<string, NotificationRenderer> = {
  // The target is the edition; the payload names the phase now open.
  BUDGET_PHASE_ADVANCED: (n: NotificationFacts, i18n) => {
    const title = text(n.payload.title);
    const phase = text(n.payload.phase);
    return {
      text: i18n.t('budgets.notifications.phaseAdvanced', {
        title,
        phase: PHASES.includes(phase) ? i18n.t(`budgets.phase.${phase}`) : phase,
      }),
      message: null,
      link: budgetLink(n.targetId, title, i18n),
    };
  },
  BUDGET_COMMENTED: (n: NotificationFacts, i18n) => {
    const title = text(n.payload.title);
    return { text: i18n.t('budgets.notifications.budgetCommented', { title }), message: null, link: budgetLink(n.targetId, title, i18n) };
  },
  BUDGET_PROJECT_REVIEWED: (n: NotificationFacts, i18n) => {
    const title = text(n.payload.title);
    return {
      text: i18n.t(n.payload.feasible === true ? 'budgets.notifications.feasible' : 'budgets.notifications.notFeasible', { title }),
      message: text(n.payload.note) || null,
      link: projectLink(n.targetId, title, i18n),
    };
  },
  // The merged project's followers now follow the other one: the link leads there.
  BUDGET_PROJECT_MERGED: (n: NotificationFacts, i18n) => {
    const into = text(n.payload.intoTitle);
    return {
      text: i18n.t('budgets.notifications.merged', { title: text(n.payload.title), into }),
      message: text(n.payload.note) || null,
      link: projectLink(text(n.payload.intoId), into, i18n),
    };
  },
  BUDGET_PROJECT_UPDATED: (n: NotificationFacts, i18n) => {
    const title = text(n.payload.title);
    return {
      text: i18n.t('budgets.notifications.updated', { title, progress: i18n.formatNumber(number(n.payload.progress) ?? 0) }),
      message: null,
      link: projectLink(n.targetId, title, i18n),
    };
  },
  BUDGET_PROJECT_COMMENTED: (n: NotificationFacts, i18n) => {
    const title = text(n.payload.title);
    return { text: i18n.t('budgets.notifications.commented', { title }), message: null, link: projectLink(n.targetId, title, i18n) };
  },
  // The target is a works update; the payload names its project (`projectId`, `title`).
  BUDGET_PROJECT_UPDATE_COMMENTED: (n: NotificationFacts, i18n) => {
    const title = text(n.payload.title);
    return {
      text: i18n.t('budgets.notifications.updateCommented', { title }),
      message: null,
      link: projectLink(text(n.payload.projectId), title, i18n),
    };
  },
};
