import { Injectable } from '@nestjs/common';
import {
  mailText,
  NotificationFrequency as F,
  NotificationMailTexts,
  NotificationMailTextsOf,
  payloadText,
} from '../notifications/notification-mail-texts';
import { proposalPath, ProposalNotification as N } from './proposal.notifications';

const STATUS = {
  fr: { ACCEPTED: 'acceptée', REJECTED: 'refusée', UNDER_REVIEW: 'à l’étude' } as Record<string, string>,
  en: { ACCEPTED: 'accepted', REJECTED: 'rejected', UNDER_REVIEW: 'under review' } as Record<string, string>,
};
const t = (p: Record<string, unknown>) => payloadText(p, 'title') ?? '…';
const percent = (p: Record<string, unknown>) => payloadText(p, 'progress') ?? '0';
const path = (n: { targetId: string }) => proposalPath(n.targetId);

/** How proposals' notifications read by e-mail (see proposal.notifications.ts for the payloads). */
@Injectable()
@NotificationMailTextsOf('proposals')
export class ProposalMailTexts implements NotificationMailTexts {
  readonly group = { fr: 'Propositions', en: 'Proposals' };
  readonly order = 10;
  readonly kinds = {
    [N.UNDER_REVIEW]: mailText({
      label: { fr: 'Une proposition que je suis passe à l’étude', en: 'A proposal I follow goes under review' },
      defaultFrequency: F.IMMEDIATE,
      fr: (p) =>
        p.cause === 'THRESHOLD_REACHED'
          ? `La proposition « ${t(p)} » a atteint son seuil de soutiens : elle passe à l’étude.`
          : `Le conseil municipal a mis à l’étude la proposition « ${t(p)} ».`,
      en: (p) =>
        p.cause === 'THRESHOLD_REACHED'
          ? `The proposal “${t(p)}” reached its support threshold: it goes under review.`
          : `The town council put the proposal “${t(p)}” under review.`,
      quote: 'message',
      path,
    }),
    [N.ANSWERED]: mailText({
      label: { fr: 'Réponse du conseil municipal à une proposition que je suis', en: 'The town council answers a proposal I follow' },
      defaultFrequency: F.IMMEDIATE,
      fr: (p) => `Réponse du conseil municipal à la proposition « ${t(p)} » : ${STATUS.fr[String(p.toStatus)] ?? '…'}.`,
      en: (p) => `Answer of the town council to the proposal “${t(p)}”: ${STATUS.en[String(p.toStatus)] ?? '…'}.`,
      quote: 'message',
      path,
    }),
    [N.PROGRESS]: mailText({
      label: { fr: 'Avancement d’une proposition que je suis', en: 'Progress of a proposal I follow' },
      defaultFrequency: F.DAILY_DIGEST,
      fr: (p) => `Point d’avancement sur la proposition « ${t(p)} » : ${percent(p)} % réalisé.`,
      en: (p) => `Progress update on the proposal “${t(p)}”: ${percent(p)}% done.`,
      quote: 'message',
      path,
    }),
    [N.COMPLETED]: mailText({
      label: { fr: 'Une proposition que je suis est réalisée', en: 'A proposal I follow is completed' },
      defaultFrequency: F.IMMEDIATE,
      fr: (p) => `La proposition « ${t(p)} » est réalisée.`,
      en: (p) => `The proposal “${t(p)}” is completed.`,
      quote: 'message',
      path,
    }),
    [N.WITHDRAWN]: mailText({
      label: { fr: 'Une proposition que je suis est retirée', en: 'A proposal I follow is withdrawn' },
      defaultFrequency: F.DAILY_DIGEST,
      fr: (p) => `La proposition « ${t(p)} » a été retirée par son auteur·e.`,
      en: (p) => `The proposal “${t(p)}” was withdrawn by its author.`,
      path,
    }),
    [N.COMMENTED]: mailText({
      label: { fr: 'Commentaires sur mes propositions', en: 'Comments on my proposals' },
      defaultFrequency: F.DAILY_DIGEST,
      fr: (p) =>
        p.parentId
          ? `Nouvelle réponse à un commentaire sur votre proposition « ${t(p)} ».`
          : `Nouveau commentaire sur votre proposition « ${t(p)} ».`,
      en: (p) => (p.parentId ? `New reply to a comment on your proposal “${t(p)}”.` : `New comment on your proposal “${t(p)}”.`),
      path,
    }),
  };
}
