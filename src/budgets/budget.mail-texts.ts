import { Injectable } from '@nestjs/common';
import {
  mailText,
  NotificationFrequency as F,
  NotificationMailTexts,
  NotificationMailTextsOf,
  payloadText,
} from '../notifications/notification-mail-texts';
import { BudgetNotification as N, budgetPath, budgetProjectPath } from './budget.notifications';

const t = (p: Record<string, unknown>) => payloadText(p, 'title') ?? '…';
const PHASE = {
  fr: {
    SUBMISSION: 'dépôt des projets',
    REVIEW: 'étude des projets',
    VOTING: 'vote',
    RESULTS: 'résultats',
    WORKS: 'travaux',
    CLOSED: 'clôture',
  } as Record<string, string>,
  en: { SUBMISSION: 'submission', REVIEW: 'review', VOTING: 'voting', RESULTS: 'results', WORKS: 'works', CLOSED: 'closed' } as Record<
    string,
    string
  >,
};
const project = (n: { targetId: string }) => budgetProjectPath(n.targetId);

/** How the participatory budget's notifications read by e-mail (see budget.notifications.ts). */
@Injectable()
@NotificationMailTextsOf('budgets')
export class BudgetMailTexts implements NotificationMailTexts {
  readonly group = { fr: 'Budget participatif', en: 'Participatory budget' };
  readonly order = 40;
  readonly kinds = {
    [N.PROJECT_REVIEWED]: mailText({
      label: { fr: 'Avis de la mairie sur un projet que je suis', en: 'The town hall reviews a project I follow' },
      defaultFrequency: F.IMMEDIATE,
      fr: (p) => (p.feasible ? `Le projet « ${t(p)} » est jugé réalisable.` : `Le projet « ${t(p)} » n’est pas jugé réalisable.`),
      en: (p) => (p.feasible ? `The project “${t(p)}” was found feasible.` : `The project “${t(p)}” was not found feasible.`),
      quote: 'note',
      path: project,
    }),
    [N.PROJECT_MERGED]: mailText({
      label: { fr: 'Un projet que je suis est fusionné avec un autre', en: 'A project I follow is merged into another' },
      defaultFrequency: F.IMMEDIATE,
      fr: (p) => `Le projet « ${t(p)} » est fusionné avec « ${payloadText(p, 'intoTitle') ?? '…'} ».`,
      en: (p) => `The project “${t(p)}” was merged into “${payloadText(p, 'intoTitle') ?? '…'}”.`,
      quote: 'note',
      path: (n) => (typeof n.payload.intoId === 'string' ? budgetProjectPath(n.payload.intoId) : project(n)),
    }),
    [N.PROJECT_UPDATED]: mailText({
      label: { fr: 'Avancement des travaux d’un projet que je suis', en: 'Works progress of a project I follow' },
      defaultFrequency: F.DAILY_DIGEST,
      fr: (p) => `Nouveau point d’avancement sur le projet « ${t(p)} » : ${payloadText(p, 'progress') ?? '0'} %.`,
      en: (p) => `New works update on the project “${t(p)}”: ${payloadText(p, 'progress') ?? '0'}%.`,
      path: project,
    }),
    [N.PHASE_ADVANCED]: mailText({
      label: { fr: 'Changement de phase d’un budget participatif que je suis', en: 'A participatory budget I follow changes phase' },
      defaultFrequency: F.DAILY_DIGEST,
      fr: (p) => `Budget participatif « ${t(p)} » : la phase « ${PHASE.fr[String(p.phase)] ?? '…'} » est ouverte.`,
      en: (p) => `Participatory budget “${t(p)}”: the “${PHASE.en[String(p.phase)] ?? '…'}” phase is open.`,
      path: (n) => budgetPath(n.targetId),
    }),
    [N.BUDGET_COMMENTED]: mailText({
      label: { fr: 'Commentaires sur un budget participatif que je suis', en: 'Comments on a participatory budget I follow' },
      defaultFrequency: F.DAILY_DIGEST,
      fr: (p) => `Nouveau commentaire sur le budget participatif « ${t(p)} ».`,
      en: (p) => `New comment on the participatory budget “${t(p)}”.`,
      path: (n) => budgetPath(n.targetId),
    }),
    [N.PROJECT_COMMENTED]: mailText({
      label: { fr: 'Commentaires sur un projet que je suis', en: 'Comments on a project I follow' },
      defaultFrequency: F.DAILY_DIGEST,
      fr: (p) => `Nouveau commentaire sur le projet « ${t(p)} ».`,
      en: (p) => `New comment on the project “${t(p)}”.`,
      path: project,
    }),
    [N.PROJECT_UPDATE_COMMENTED]: mailText({
      label: { fr: 'Commentaires sur un point d’avancement que je suis', en: 'Comments on a works update I follow' },
      defaultFrequency: F.DAILY_DIGEST,
      fr: (p) => `Nouveau commentaire sur un point d’avancement du projet « ${t(p)} ».`,
      en: (p) => `New comment on a works update of the project “${t(p)}”.`,
      path: (n) => (typeof n.payload.projectId === 'string' ? budgetProjectPath(n.payload.projectId) : null),
    }),
  };
}
