/**
 * How moderation's notifications read (discovered by app/features.ts). All are about the
 * recipient's own account (target ACCOUNT): their content hidden or restored (payload
 * `contentType`, `contentId`, `title`, `excerpt`, `contextType`, `contextTitle`, `path`, `reason`,
 * `ground`), their account suspended (`until`, `reason`) or the suspension lifted (`reason`). The
 * moderator's reason is shown as the notification's message; the moderator is never named.
 */
import type { NotificationFacts, NotificationRenderer, NotificationView } from '@/app';
import { payloadText as text } from '@/features/notifications';
import type { I18n } from '@/i18n';

/** Only a path of this site (the payload comes from the server, but a link is never taken on trust). */
const safePath = (path: string) => (path.startsWith('/') && !path.startsWith('//') && !path.startsWith('/\\') ? path : '');

function contentSentence(n: NotificationFacts, { t }: Pick<I18n, 't'>, which: 'hidden' | 'restored'): string {
  const type = text(n.payload.contentType);
  const title = text(n.payload.title);
  const context = text(n.payload.contextTitle);
  if (type === 'COMMENT') {
    return context ? t(`moderation.notifications.${which}.COMMENT_IN`, { context }) : t(`moderation.notifications.${which}.COMMENT`);
  }
  if (type === 'SERVICE_REQUEST_PHOTO' && context) return t(`moderation.notifications.${which}.SERVICE_REQUEST_PHOTO`, { context });
  if ((type === 'PROPOSAL' || type === 'FORUM_TOPIC') && title) return t(`moderation.notifications.${which}.${type}`, { title });
  // A kind this client does not know (a newer server), or a payload without its title.
  return t(`moderation.notifications.${which}.other`);
}

function contentView(n: NotificationFacts, i18n: Pick<I18n, 't'>, which: 'hidden' | 'restored'): NotificationView {
  const path = safePath(text(n.payload.path));
  const reason = text(n.payload.reason);
  return {
    text: contentSentence(n, i18n, which),
    message: reason || null,
    link: path ? { to: path, label: i18n.t('moderation.notifications.open') } : null,
  };
}

export const notificationRenderers: Record<string, NotificationRenderer> = {
  CONTENT_HIDDEN: (n, i18n) => contentView(n, i18n, 'hidden'),
  CONTENT_RESTORED: (n, i18n) => contentView(n, i18n, 'restored'),
  ACCOUNT_SUSPENDED: (n, { t }) => {
    const until = text(n.payload.until);
    const valid = until !== '' && !Number.isNaN(Date.parse(until));
    return {
      text: valid ? t('moderation.notifications.suspended', { until }) : t('moderation.notifications.suspendedNoDate'),
      message: text(n.payload.reason) || null,
      link: null,
    };
  },
  SUSPENSION_LIFTED: (n, { t }) => ({
    text: t('moderation.notifications.lifted'),
    message: text(n.payload.reason) || null,
    link: null,
  }),
};
