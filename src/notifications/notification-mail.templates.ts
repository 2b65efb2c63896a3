import { defineTemplate, MailBlock, MailLocale } from '../mail/templates';
import type { NotificationMailLines } from './notification-mail-texts';

/** What one notification's e-mail says: the domain's lines, the page, why it was sent and how to stop. */
export interface NotificationMailParams {
  displayName: string;
  lines: NotificationMailLines;
  url: string;
  kindLabel: string;
  unsubscribeUrl: string;
  preferencesUrl: string;
}

/** One notification in a digest. */
export interface DigestItem {
  lines: NotificationMailLines;
  url: string;
}

export interface DigestMailParams {
  displayName: string;
  items: DigestItem[];
  /** How many more were left out of the list (past DIGEST_MAX_ITEMS). */
  more: number;
  unsubscribeUrl: string;
  preferencesUrl: string;
  notificationsUrl: string;
}

const quoteOf = (lines: NotificationMailLines): MailBlock[] => (lines.quote?.trim() ? [{ quote: lines.quote }] : []);

/**
 * A notification e-mailed at once. Every value is plain text (the mail renderer escapes it); the
 * quote is the public text the change carried (a council's answer, an agent's public update),
 * never an internal note (payloads carry none).
 */
export const notificationMail = defineTemplate<NotificationMailParams>({
  fr: (p) => ({
    subject: p.lines.subject,
    greeting: `Bonjour ${p.displayName},`,
    blocks: [{ paragraph: p.lines.sentence }, ...quoteOf(p.lines), { action: { label: 'Voir sur le site', url: p.url } }],
    footer: [
      `Vous recevez cet e-mail selon vos préférences de notification : « ${p.kindLabel} ».`,
      { label: 'Ne plus recevoir ces e-mails', url: p.unsubscribeUrl },
      { label: 'Gérer mes notifications par e-mail', url: p.preferencesUrl },
    ],
  }),
  en: (p) => ({
    subject: p.lines.subject,
    greeting: `Hello ${p.displayName},`,
    blocks: [{ paragraph: p.lines.sentence }, ...quoteOf(p.lines), { action: { label: 'See it on the website', url: p.url } }],
    footer: [
      `You receive this e-mail as set in your notification preferences: “${p.kindLabel}”.`,
      { label: 'Stop these e-mails', url: p.unsubscribeUrl },
      { label: 'Manage my e-mail notifications', url: p.preferencesUrl },
    ],
  }),
});

const itemText = (i: DigestItem, quote: (q: string) => string) =>
  i.lines.quote?.trim() ? `${i.lines.sentence}\n${quote(i.lines.quote)}` : i.lines.sentence;

/** The daily digest: several notifications in one e-mail, oldest first. */
export const digestMail = defineTemplate<DigestMailParams>({
  fr: (p) => {
    const n = p.items.length + p.more;
    return {
      subject: n > 1 ? `Votre résumé du jour : ${n} nouveautés` : 'Votre résumé du jour : 1 nouveauté',
      greeting: `Bonjour ${p.displayName},`,
      blocks: [
        { paragraph: 'Voici ce qui s’est passé depuis votre dernier résumé :' },
        { list: p.items.map((i) => ({ text: itemText(i, (q) => `« ${q} »`), url: i.url })) },
        ...(p.more ? [{ paragraph: p.more > 1 ? `… et ${p.more} autres notifications.` : '… et 1 autre notification.' }] : []),
        { action: { label: 'Toutes mes notifications', url: p.notificationsUrl } },
      ],
      footer: [
        'Vous recevez ce résumé quotidien selon vos préférences de notification.',
        { label: 'Ne plus recevoir le résumé quotidien', url: p.unsubscribeUrl },
        { label: 'Gérer mes notifications par e-mail', url: p.preferencesUrl },
      ],
    };
  },
  en: (p) => {
    const n = p.items.length + p.more;
    return {
      subject: n > 1 ? `Your daily digest: ${n} new items` : 'Your daily digest: 1 new item',
      greeting: `Hello ${p.displayName},`,
      blocks: [
        { paragraph: 'Here is what happened since your last digest:' },
        { list: p.items.map((i) => ({ text: itemText(i, (q) => `“${q}”`), url: i.url })) },
        ...(p.more ? [{ paragraph: p.more > 1 ? `… and ${p.more} more notifications.` : '… and 1 more notification.' }] : []),
        { action: { label: 'All my notifications', url: p.notificationsUrl } },
      ],
      footer: [
        'You receive this daily digest as set in your notification preferences.',
        { label: 'Stop the daily digest', url: p.unsubscribeUrl },
        { label: 'Manage my e-mail notifications', url: p.preferencesUrl },
      ],
    };
  },
});

export type { MailLocale };
