import { Injectable } from '@nestjs/common';
import {
  mailText,
  NotificationFrequency as F,
  NotificationMailTexts,
  NotificationMailTextsOf,
  payloadText,
} from '../notifications/notification-mail-texts';
import { ServiceRequestNotification as N } from './service-request.notifications';

const STATUS = {
  fr: {
    SUBMITTED: 'déposée',
    ACKNOWLEDGED: 'prise en compte',
    IN_PROGRESS: 'en cours de traitement',
    WAITING_FOR_RESIDENT: 'en attente de votre réponse',
    RESOLVED: 'résolue',
    REJECTED: 'refusée',
    CLOSED: 'clôturée',
  } as Record<string, string>,
  en: {
    SUBMITTED: 'submitted',
    ACKNOWLEDGED: 'acknowledged',
    IN_PROGRESS: 'in progress',
    WAITING_FOR_RESIDENT: 'waiting for your answer',
    RESOLVED: 'resolved',
    REJECTED: 'rejected',
    CLOSED: 'closed',
  } as Record<string, string>,
};
const ref = (p: Record<string, unknown>) => payloadText(p, 'reference') ?? '…';
const status = (p: Record<string, unknown>, locale: 'fr' | 'en') => STATUS[locale][String(p.toStatus)] ?? '…';
/** The client's page of a request (`/service-requests/:id`). */
const path = (n: { targetId: string }) => `/service-requests/${n.targetId}`;

/**
 * How service requests' notifications read by e-mail. Payloads never carry an internal note, the
 * requester or a resident's reply (see service-request.notifications.ts): neither do the e-mails.
 */
@Injectable()
@NotificationMailTextsOf('service-requests')
export class ServiceRequestMailTexts implements NotificationMailTexts {
  readonly group = { fr: 'Demandes à la mairie', en: 'Requests to the town hall' };
  readonly order = 0;
  readonly kinds = {
    [N.STATUS_CHANGED]: mailText({
      label: { fr: 'Changement de statut d’une demande que je suis', en: 'A request I follow changes status' },
      defaultFrequency: F.IMMEDIATE,
      fr: (p) => `La demande ${ref(p)} est ${status(p, 'fr')}.`,
      en: (p) => `Request ${ref(p)} is ${status(p, 'en')}.`,
      quote: 'message',
      path,
    }),
    [N.PUBLIC_UPDATE]: mailText({
      label: { fr: 'Message de la mairie sur une demande que je suis', en: 'A message from the town hall on a request I follow' },
      defaultFrequency: F.IMMEDIATE,
      fr: (p) => `Nouvelle information de la mairie sur la demande ${ref(p)}.`,
      en: (p) => `New update from the town hall on request ${ref(p)}.`,
      quote: 'message',
      path,
    }),
    [N.MARKED_DUPLICATE]: mailText({
      label: { fr: 'Une demande que je suis est fusionnée avec une autre', en: 'A request I follow is merged into another' },
      defaultFrequency: F.IMMEDIATE,
      fr: (p) =>
        `La demande ${ref(p)} a été fusionnée avec la demande ${payloadText(p, 'originalReference') ?? '…'}, que vous suivez désormais.`,
      en: (p) => `Request ${ref(p)} was merged into request ${payloadText(p, 'originalReference') ?? '…'}, which you now follow.`,
      path: (n) => (typeof n.payload.originalId === 'string' ? `/service-requests/${n.payload.originalId}` : path(n)),
    }),
    [N.REOPENED]: mailText({
      label: { fr: 'Une demande que je suis est rouverte', en: 'A request I follow is reopened' },
      defaultFrequency: F.DAILY_DIGEST,
      fr: (p) => `La demande ${ref(p)} a été rouverte par la personne qui l’a faite.`,
      en: (p) => `Request ${ref(p)} was reopened by the person who filed it.`,
      path,
    }),
    [N.RESIDENT_REPLIED]: mailText({
      label: { fr: 'Réponse de l’habitant·e à une demande (agents)', en: 'The resident answers a request (agents)' },
      defaultFrequency: F.IMMEDIATE,
      fr: (p) => `La personne qui a fait la demande ${ref(p)} a répondu.`,
      en: (p) => `The person who filed request ${ref(p)} has answered.`,
      path,
    }),
    [N.ASSIGNED]: mailText({
      label: { fr: 'Une demande m’est attribuée (agents)', en: 'A request is assigned to me (agents)' },
      defaultFrequency: F.IMMEDIATE,
      fr: (p) => `La demande ${ref(p)} vous a été attribuée.`,
      en: (p) => `Request ${ref(p)} was assigned to you.`,
      path,
    }),
    [N.RATED]: mailText({
      label: { fr: 'Note donnée à une demande qui m’est attribuée (agents)', en: 'A request assigned to me is rated (agents)' },
      defaultFrequency: F.DAILY_DIGEST,
      fr: (p) => `La demande ${ref(p)} a reçu la note de ${payloadText(p, 'rating') ?? '?'} sur 5.`,
      en: (p) => `Request ${ref(p)} was rated ${payloadText(p, 'rating') ?? '?'} out of 5.`,
      path,
    }),
  };
}
