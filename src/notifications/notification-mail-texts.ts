import { Capability } from '../common/capability';
import type { MailLocale } from '../mail/templates';

export { MAIL_LOCALES, type MailLocale } from '../mail/templates';

/** How often a kind of notification is e-mailed to someone (in-app notifications are always kept). */
export enum NotificationFrequency {
  IMMEDIATE = 'IMMEDIATE',
  DAILY_DIGEST = 'DAILY_DIGEST',
  NEVER = 'NEVER',
}

/** What a notification is about, as its e-mail needs it. */
export interface MailedNotification {
  kind: string;
  targetType: string;
  targetId: string;
  /** The notification's payload: only public facts (see each domain's `*.notifications.ts`). */
  payload: Record<string, unknown>;
}

/** One notification, as its e-mail or digest line reads, in one language. Plain text: the renderer escapes it for HTML. */
export interface NotificationMailLines {
  /** The e-mail's subject when it is sent alone, e.g. « Réponse de la mairie à « Des bancs » ». */
  subject: string;
  /** What happened, one sentence naming the title or the public reference. */
  sentence: string;
  /** A public text the change carried (the council's answer, an agent's public update), quoted below; never an internal note. */
  quote?: string | null;
}

/** How one kind of notification reads by e-mail, and its default frequency. */
export interface NotificationKindMailText {
  /** What the preference is about, for the preferences page (« Réponses de la mairie à mes propositions »). */
  label: Record<MailLocale, string>;
  /** Its frequency for someone who never chose one. */
  defaultFrequency: NotificationFrequency;
  lines(n: MailedNotification, locale: MailLocale): NotificationMailLines;
  /** The client's path of the page to open (e.g. `/proposals/<id>`), or null when there is none. */
  path(n: MailedNotification): string | null;
}

/**
 * A domain's notification e-mails: each kind it writes (the values of its `*.notifications.ts`),
 * with the group its preferences are shown under.
 */
export interface NotificationMailTexts {
  /** The group heading on the preferences page (the domain's name for residents). */
  readonly group: Record<MailLocale, string>;
  /** The order of the group on the preferences page (lower first). */
  readonly order: number;
  readonly kinds: Record<string, NotificationKindMailText>;
}

/**
 * How notifications read by e-mail, declared by each domain that writes notifications, from its
 * own folder (`@NotificationMailTextsOf('<domain>')`): the generic notifications domain keeps no
 * list of kinds. A kind no domain declares is still e-mailed, with a generic sentence.
 */
export const NOTIFICATION_MAIL_TEXTS = new Capability<NotificationMailTexts>('notification mail texts');

/** Declares the decorated provider as the e-mail texts of the notification kinds `domain` writes. */
export const NotificationMailTextsOf = (domain: string) => NOTIFICATION_MAIL_TEXTS.provider(domain);

/** Reads a payload's text field, or null when it is missing or not text. */
export function payloadText(payload: Record<string, unknown>, key: string): string | null {
  const v = payload[key];
  return typeof v === 'string' && v.trim() !== '' ? v : typeof v === 'number' ? String(v) : null;
}

/** `« title »` in French, `“title”` in English; a placeholder when the payload had no title. */
export function quoted(value: string | null, locale: MailLocale): string {
  if (locale === 'fr') return `« ${value ?? 'sans titre'} »`;
  return `“${value ?? 'untitled'}”`;
}

/** A kind's text with no registered provider: « Du nouveau sur « title » ». */
export const genericMailText: Omit<NotificationKindMailText, 'path'> = {
  label: { fr: 'Autres notifications', en: 'Other notifications' },
  defaultFrequency: NotificationFrequency.DAILY_DIGEST,
  lines(n, locale) {
    const name = payloadText(n.payload, 'title') ?? payloadText(n.payload, 'reference');
    const sentence = locale === 'fr' ? `Du nouveau sur ${quoted(name, locale)}.` : `News about ${quoted(name, locale)}.`;
    return { subject: sentence.slice(0, -1), sentence };
  },
};

/**
 * One kind's text from two functions (French, English) giving the sentence, plus its subject (the
 * sentence, shortened to one line) and quote: what the domains' providers write.
 */
export function mailText(spec: {
  label: Record<MailLocale, string>;
  defaultFrequency: NotificationFrequency;
  fr: (p: Record<string, unknown>) => string;
  en: (p: Record<string, unknown>) => string;
  /** The payload's public text to quote, if any (e.g. `message`). */
  quote?: string;
  path: (n: MailedNotification) => string | null;
}): NotificationKindMailText {
  return {
    label: spec.label,
    defaultFrequency: spec.defaultFrequency,
    lines(n, locale) {
      const sentence = spec[locale](n.payload);
      const subject = sentence.replace(/[.:]\s*$/, '');
      return {
        subject: subject.length > 150 ? `${subject.slice(0, 149)}…` : subject,
        sentence,
        quote: spec.quote ? payloadText(n.payload, spec.quote) : null,
      };
    },
    path: spec.path,
  };
}
