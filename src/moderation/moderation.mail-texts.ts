import { Injectable } from '@nestjs/common';
import {
  mailText,
  NotificationFrequency as F,
  NotificationMailTexts,
  NotificationMailTextsOf,
  payloadText,
} from '../notifications/notification-mail-texts';
import { ModerationNotification as N } from './moderation.notifications';

/** Names the hidden or restored content: its title, else where it was, else nothing. */
function what(p: Record<string, unknown>, locale: 'fr' | 'en'): string {
  const title = payloadText(p, 'title') ?? payloadText(p, 'contextTitle');
  if (locale === 'fr') return title ? `un de vos contenus (« ${title} »)` : 'un de vos contenus';
  return title ? `one of your contributions (“${title}”)` : 'one of your contributions';
}
const contentPath = (n: { payload: Record<string, unknown> }) => payloadText(n.payload, 'path');
const dateOf = (p: Record<string, unknown>, locale: 'fr' | 'en') => {
  const until = payloadText(p, 'until');
  const d = until ? new Date(until) : null;
  if (!d || Number.isNaN(d.getTime())) return '…';
  return new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Paris',
  }).format(d);
};

/** How moderation's notifications (to the person concerned only) read by e-mail; the moderator is never named. */
@Injectable()
@NotificationMailTextsOf('moderation')
export class ModerationMailTexts implements NotificationMailTexts {
  readonly group = { fr: 'Modération de mes contenus et de mon compte', en: 'Moderation of my contributions and account' };
  readonly order = 90;
  readonly kinds = {
    [N.CONTENT_HIDDEN]: mailText({
      label: { fr: 'Un de mes contenus est masqué', en: 'One of my contributions is hidden' },
      defaultFrequency: F.IMMEDIATE,
      fr: (p) => `La modération a masqué ${what(p, 'fr')}.`,
      en: (p) => `The moderators hid ${what(p, 'en')}.`,
      quote: 'reason',
      path: contentPath,
    }),
    [N.CONTENT_RESTORED]: mailText({
      label: { fr: 'Un de mes contenus est rétabli', en: 'One of my contributions is restored' },
      defaultFrequency: F.IMMEDIATE,
      fr: (p) => `La modération a rétabli ${what(p, 'fr')}.`,
      en: (p) => `The moderators restored ${what(p, 'en')}.`,
      quote: 'reason',
      path: contentPath,
    }),
    [N.ACCOUNT_SUSPENDED]: mailText({
      label: { fr: 'Mon compte est suspendu', en: 'My account is suspended' },
      defaultFrequency: F.IMMEDIATE,
      fr: (p) => `Votre compte est suspendu jusqu’au ${dateOf(p, 'fr')} : vous pouvez lire mais pas publier.`,
      en: (p) => `Your account is suspended until ${dateOf(p, 'en')}: you can read but not publish.`,
      quote: 'reason',
      path: () => '/notifications',
    }),
    [N.SUSPENSION_LIFTED]: mailText({
      label: { fr: 'La suspension de mon compte est levée', en: 'My account’s suspension is lifted' },
      defaultFrequency: F.IMMEDIATE,
      fr: () => `La suspension de votre compte est levée.`,
      en: () => `The suspension of your account is lifted.`,
      quote: 'reason',
      path: () => '/notifications',
    }),
  };
}
