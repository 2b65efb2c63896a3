import { Injectable } from '@nestjs/common';
import {
  mailText,
  NotificationFrequency as F,
  NotificationMailTexts,
  NotificationMailTextsOf,
  payloadText,
} from '../notifications/notification-mail-texts';
import { ConsultationNotification as N } from './consultation.notifications';

const t = (p: Record<string, unknown>) => payloadText(p, 'title') ?? '…';
const path = (n: { targetId: string }) => `/consultations/${n.targetId}`;

/** How consultations' notifications read by e-mail (see consultation.notifications.ts). */
@Injectable()
@NotificationMailTextsOf('consultations')
export class ConsultationMailTexts implements NotificationMailTexts {
  readonly group = { fr: 'Consultations', en: 'Consultations' };
  readonly order = 20;
  readonly kinds = {
    [N.CONCLUSION_PUBLISHED]: mailText({
      label: { fr: 'Conclusion d’une consultation à laquelle j’ai participé', en: 'The conclusion of a consultation I took part in' },
      defaultFrequency: F.IMMEDIATE,
      fr: (p) => `Le conseil municipal a publié la conclusion de la consultation « ${t(p)} ».`,
      en: (p) => `The town council published the conclusion of the consultation “${t(p)}”.`,
      quote: 'conclusion',
      path,
    }),
    [N.COMMENTED]: mailText({
      label: { fr: 'Commentaires sur les consultations que j’ai créées', en: 'Comments on the consultations I created' },
      defaultFrequency: F.DAILY_DIGEST,
      fr: (p) =>
        p.parentId
          ? `Nouvelle réponse à un commentaire sur la consultation « ${t(p)} ».`
          : `Nouveau commentaire sur la consultation « ${t(p)} ».`,
      en: (p) => (p.parentId ? `New reply to a comment on the consultation “${t(p)}”.` : `New comment on the consultation “${t(p)}”.`),
      path,
    }),
  };
}
