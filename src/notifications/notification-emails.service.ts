import { Injectable } from '@nestjs/common';
import type { Viewer } from '../auth/viewer';
import { AppError } from '../common/app-error';
import { Capabilities } from '../common/capability';
import { Tx, TransactionRunner } from '../database/transaction';
import { CommuneIdentityService } from '../commune/commune-identity.service';
import { IdentityService } from '../identity/identity.service';
import { Mailer } from '../mail/mailer';
import { mailLocale, MailLayout, MailTemplate, renderMail } from '../mail/templates';
import {
  genericMailText,
  MailedNotification,
  MailLocale,
  NOTIFICATION_MAIL_TEXTS,
  NotificationFrequency,
  NotificationKindMailText,
} from './notification-mail-texts';
import { DigestItemRow, NotificationMailRepository } from './notification-mail.repository';
import { digestMail, notificationMail } from './notification-mail.templates';
import type { NewNotification } from './notifications.repository';
import { UnsubscribeTokens } from './unsubscribe-token';

/** The channels a preference is about: e-mail only (in-app notifications are always kept). */
export enum NotificationChannel {
  EMAIL = 'EMAIL',
}

/** One kind's preference as the preferences page shows it. */
export interface NotificationPreferenceView {
  kind: string;
  channel: NotificationChannel;
  frequency: NotificationFrequency;
  defaultFrequency: NotificationFrequency;
  label: string;
  group: string;
  groupLabel: string;
}

/** How many notifications one digest lists at most (the rest are counted: « and 12 more »). */
export const DIGEST_MAX_ITEMS = 50;
/** Users read per batch by the digest run (each user then gets their own transaction). */
const DIGEST_BATCH = 200;

/** A stored locale ('fr' | 'en') or a GraphQL Language (FR | EN) as a mail locale; French by default. */
export const asLocale = (value: unknown): MailLocale => mailLocale(typeof value === 'string' ? value.toLowerCase() : null);

/**
 * Notification e-mails: each recipient's choice per kind (IMMEDIATE, DAILY_DIGEST or NEVER, the
 * kind's declared default until they choose), the e-mail queued in the delivery's own transaction
 * (or the notification put aside for the daily digest), the digest itself, and the one-click
 * unsubscribe. The texts come from the domains (NOTIFICATION_MAIL_TEXTS); a kind none declares
 * reads as a generic sentence and is sent with the daily digest.
 */
@Injectable()
export class NotificationEmailsService {
  constructor(
    private readonly repo: NotificationMailRepository,
    private readonly tx: TransactionRunner,
    private readonly capabilities: Capabilities,
    private readonly mailer: Mailer,
    private readonly identity: IdentityService,
    private readonly tokens: UnsubscribeTokens,
    private readonly commune: CommuneIdentityService,
  ) {}

  /** The common layout (the commune's name), read once per delivery rather than once per e-mail. */
  private async layout(tx: Tx): Promise<MailLayout> {
    return { siteName: (await this.commune.get(tx)).name ?? 'Parvis', baseUrl: this.mailer.baseUrl };
  }

  // ---- what the domains declared ----

  /** Every declared kind with its text and group, groups in their order, kinds in declaration order. */
  declaredKinds(): { kind: string; text: NotificationKindMailText; group: string; groupLabel: Record<MailLocale, string> }[] {
    return this.capabilities
      .all(NOTIFICATION_MAIL_TEXTS)
      .sort((a, b) => a.provider.order - b.provider.order || (a.key < b.key ? -1 : 1))
      .flatMap(({ key, provider }) =>
        Object.entries(provider.kinds).map(([kind, text]) => ({ kind, text, group: key, groupLabel: provider.group })),
      );
  }

  private textOf(kind: string): NotificationKindMailText | null {
    for (const { provider } of this.capabilities.all(NOTIFICATION_MAIL_TEXTS)) {
      const text = provider.kinds[kind];
      if (text) return text;
    }
    return null;
  }

  private frequencyOf(kind: string, chosen: string | null): NotificationFrequency {
    if (chosen && chosen in NotificationFrequency) return chosen as NotificationFrequency;
    return (this.textOf(kind) ?? genericMailText).defaultFrequency;
  }

  // ---- in the delivery's transaction ----

  /**
   * For the notifications a delivery has just written (in its transaction): queues an e-mail to
   * each recipient who wants this kind at once, and puts the notification aside for the digest of
   * those who want it daily. A retried delivery writes no notification twice, so mails no one twice;
   * each mail also carries an effect key (the notification's id).
   */
  async afterDelivery(tx: Tx, written: NewNotification[]): Promise<void> {
    if (!written.length) return;
    const byId = new Map(written.map((n) => [n.id, n]));
    const choices = await this.repo.choices(tx, [...byId.keys()]);
    const contacts = await this.mailable(
      tx,
      choices.map((c) => c.recipientId),
    );
    const digest: { notificationId: string; userId: string }[] = [];
    let layout: MailLayout | null = null;
    for (const c of choices) {
      const n = byId.get(c.notificationId)!;
      const frequency = this.frequencyOf(n.kind, c.frequency);
      if (frequency === NotificationFrequency.DAILY_DIGEST) digest.push({ notificationId: n.id, userId: c.recipientId });
      const contact = contacts.get(c.recipientId);
      if (frequency !== NotificationFrequency.IMMEDIATE || !contact) continue;
      const locale = asLocale(contact.locale);
      const text = this.textOf(n.kind) ?? genericMailText;
      const params = {
        displayName: contact.displayName,
        lines: text.lines(n, locale),
        url: this.link(this.textOf(n.kind)?.path(n) ?? null),
        kindLabel: text.label[locale],
        unsubscribeUrl: this.unsubscribeUrl(c.recipientId, n.kind),
        preferencesUrl: this.link(PREFERENCES_PATH),
      };
      const headers = this.unsubscribeHeaders(c.recipientId, n.kind);
      layout ??= await this.layout(tx);
      const mail = renderMail(notificationMail, locale, params, layout);
      await this.mailer.enqueue(tx, { to: contact.email, ...mail, headers, effectKey: `notification:${n.id}` });
    }
    await this.repo.insertDigestItems(tx, digest);
  }

  /**
   * The users among these who may be e-mailed: an account not deleted, with a verified address
   * (an address never verified may be someone else's, mistyped: it gets no notification).
   */
  private async mailable(tx: Tx, userIds: string[]) {
    const contacts = await this.identity.mailContacts([...new Set(userIds)], tx);
    return new Map(contacts.filter((c) => c.emailVerified).map((c) => [c.id, c]));
  }

  // ---- the daily digest ----

  /**
   * Sends every user with notifications set aside their digest: one e-mail each, listing them
   * (oldest first, at most DIGEST_MAX_ITEMS, the rest counted). Returns how many were queued.
   */
  async sendDigests(): Promise<number> {
    let sent = 0;
    let after: string | null = null;
    for (;;) {
      const users = await this.repo.usersWithDigestItems(this.tx.reader, after, DIGEST_BATCH);
      for (const userId of users) if (await this.sendDigest(userId)) sent++;
      if (users.length < DIGEST_BATCH) return sent;
      after = users[users.length - 1];
    }
  }

  /**
   * One user's digest, in one transaction: takes their waiting items and queues one e-mail listing
   * those whose kind they still want daily (a kind switched meanwhile to NEVER or IMMEDIATE is
   * dropped). Nothing waiting, nothing sent: false.
   */
  sendDigest(userId: string): Promise<boolean> {
    return this.tx.run(async (tx) => {
      const taken = await this.repo.takeDigestItems(tx, userId);
      const items = taken.filter((i) => this.frequencyOf(i.kind, i.frequency) === NotificationFrequency.DAILY_DIGEST);
      const contact = items.length ? (await this.mailable(tx, [userId])).get(userId) : undefined;
      if (!contact) return false;
      const locale = asLocale(contact.locale);
      const shown = items.slice(0, DIGEST_MAX_ITEMS);
      const params = {
        displayName: contact.displayName,
        items: shown.map((i) => this.digestLine(i, locale)),
        more: items.length - shown.length,
        unsubscribeUrl: this.unsubscribeUrl(userId, DIGEST_KIND),
        preferencesUrl: this.link(PREFERENCES_PATH),
        notificationsUrl: this.link('/notifications'),
      };
      // One click turns the digest off: every kind then sent daily is no longer e-mailed.
      const headers = this.unsubscribeHeaders(userId, DIGEST_KIND);
      const mail = await this.mailer.compose(
        digestMail,
        locale,
        params,
        { to: contact.email, headers, effectKey: `digest:${userId}:${shown[0].id}` },
        tx,
      );
      await this.mailer.enqueue(tx, mail);
      return true;
    });
  }

  private digestLine(i: DigestItemRow, locale: MailLocale) {
    const text = this.textOf(i.kind);
    const n: MailedNotification = i;
    return { lines: (text ?? genericMailText).lines(n, locale), url: this.link(text?.path(n) ?? null) };
  }

  // ---- preferences ----

  /** The viewer's e-mail preference for every declared kind, labelled in `locale`. */
  async preferences(viewer: Viewer, locale: MailLocale): Promise<NotificationPreferenceView[]> {
    const chosen = await this.repo.preferences(this.tx.reader, viewer.id, NotificationChannel.EMAIL);
    return this.declaredKinds().map(({ kind, text, group, groupLabel }) =>
      this.view(kind, text, group, groupLabel, chosen.get(kind) ?? null, locale),
    );
  }

  /**
   * Sets how often one kind is e-mailed to the viewer. BAD_USER_INPUT UNKNOWN_NOTIFICATION_KIND
   * (field `kind`) for a kind no domain declares.
   */
  async setPreference(viewer: Viewer, kind: string, channel: NotificationChannel, frequency: NotificationFrequency, locale: MailLocale) {
    const found = this.declaredKinds().find((k) => k.kind === kind);
    if (!found) {
      throw AppError.badInput('UNKNOWN_NOTIFICATION_KIND', [
        { path: 'kind', constraint: 'isNotificationKind', message: 'is not a notification kind (see notificationPreferences)' },
      ]);
    }
    await this.tx.run((tx) => this.repo.setPreference(tx, { userId: viewer.id, kind, channel, frequency }));
    return this.view(kind, found.text, found.group, found.groupLabel, frequency, locale);
  }

  /**
   * The one-click unsubscribe (no sign-in): the token's kind is no longer e-mailed to its user.
   * Idempotent. BAD_USER_INPUT INVALID_UNSUBSCRIBE_TOKEN (field `token`) for a forged, altered
   * or malformed token, or one whose account no longer exists.
   */
  async unsubscribe(token: unknown): Promise<{ kind: string }> {
    const subject = this.tokens.verify(token);
    const invalid = () =>
      AppError.badInput('INVALID_UNSUBSCRIBE_TOKEN', [
        { path: 'token', constraint: 'isUnsubscribeToken', message: 'is not a valid unsubscribe token' },
      ]);
    if (!subject) throw invalid();
    await this.tx.run(async (tx) => {
      const [account] = await this.identity.mailContacts([subject.userId], tx);
      if (!account) throw invalid();
      const never = { userId: subject.userId, channel: NotificationChannel.EMAIL, frequency: NotificationFrequency.NEVER };
      if (subject.kind !== DIGEST_KIND) return this.repo.setPreference(tx, { ...never, kind: subject.kind });
      // The digest's link: every kind sent daily now is no longer e-mailed.
      const chosen = await this.repo.preferences(tx, subject.userId, NotificationChannel.EMAIL);
      for (const { kind } of this.declaredKinds()) {
        if (this.frequencyOf(kind, chosen.get(kind) ?? null) === NotificationFrequency.DAILY_DIGEST)
          await this.repo.setPreference(tx, { ...never, kind });
      }
    });
    return { kind: subject.kind };
  }

  /** What an unsubscribe token would turn off (for its confirmation page), or null when invalid. */
  describeToken(token: unknown, locale: MailLocale): { kind: string; label: string } | null {
    const subject = this.tokens.verify(token);
    if (!subject) return null;
    const label = subject.kind === DIGEST_KIND ? DIGEST_LABEL[locale] : (this.textOf(subject.kind) ?? genericMailText).label[locale];
    return { kind: subject.kind, label };
  }

  private view(
    kind: string,
    text: NotificationKindMailText,
    group: string,
    groupLabel: Record<MailLocale, string>,
    chosen: string | null,
    locale: MailLocale,
  ): NotificationPreferenceView {
    return {
      kind,
      channel: NotificationChannel.EMAIL,
      frequency: chosen ? this.frequencyOf(kind, chosen) : text.defaultFrequency,
      defaultFrequency: text.defaultFrequency,
      label: text.label[locale],
      group,
      groupLabel: groupLabel[locale],
    };
  }

  // ---- a message to one user ----

  /**
   * Queues, in the caller's transaction, an e-mail to one user from a template, in their
   * language: the caller names the user by id and never reads their address. False (nothing
   * queued) when they cannot be e-mailed (account deleted, address never verified).
   */
  async mailUser<P>(
    tx: Tx,
    userId: string,
    template: MailTemplate<P>,
    params: (recipient: { displayName: string }) => P,
    effectKey: string,
  ): Promise<boolean> {
    const contact = (await this.mailable(tx, [userId])).get(userId);
    if (!contact) return false;
    const mail = await this.mailer.compose(template, asLocale(contact.locale), params(contact), { to: contact.email, effectKey }, tx);
    await this.mailer.enqueue(tx, mail);
    return true;
  }

  // ---- links ----

  /** An absolute link to a client path (PUBLIC_URL, else this server's local address). */
  link(path: string | null): string {
    return this.mailer.link(path ?? '/notifications');
  }

  private unsubscribeUrl(userId: string, kind: string): string {
    return this.mailer.link('/unsubscribe', { token: this.tokens.sign({ userId, kind }) });
  }

  /** RFC 2369 / RFC 8058: the one-click POST turns this kind off for this user without signing in. */
  private unsubscribeHeaders(userId: string, kind: string): Record<string, string> {
    return { 'List-Unsubscribe': `<${this.unsubscribeUrl(userId, kind)}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' };
  }
}

/** What the digest's unsubscribe token names: every kind then sent daily. */
export const DIGEST_KIND = 'DAILY_DIGEST';
const DIGEST_LABEL: Record<MailLocale, string> = {
  fr: 'Le résumé quotidien de vos notifications',
  en: 'The daily digest of your notifications',
};

/** The client's page of e-mail preferences. */
export const PREFERENCES_PATH = '/account/notifications';
