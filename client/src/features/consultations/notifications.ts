/**
 * How the notifications about consultations read (discovered by app/features.ts): the sentence
 * from the kind and its payload (`title`, `conclusion`, `parentId`), and the link to the
 * consultation, named by its title.
 */
import type { NotificationFacts, NotificationRenderer, NotificationView } from '@/app';
import { payloadText as text } from '@/features/notifications';
import type { I18n } from '@/i18n';

function view(n: NotificationFacts, { t }: Pick<I18n, 't'>, key: string, message: string | null): NotificationView {
  const title = text(n.payload.title);
  return {
    text: t(`consultations.notifications.${key}`, { title }),
    message,
    link: {
      to: `/consultations/${n.targetId}`,
      label: title ? t('consultations.notifications.openNamed', { title }) : t('consultations.notifications.open'),
    },
  };
}

export const notificationRenderers: Record<string, NotificationRenderer> = {
  // Every participant is told, following or not: the conclusion itself is the message.
  CONSULTATION_CONCLUSION_PUBLISHED: (n, i18n) => view(n, i18n, 'concluded', text(n.payload.conclusion) || null),
  // The comment's text is not in the payload (a moderator may hide it): the link leads to it.
  CONSULTATION_COMMENTED: (n, i18n) => view(n, i18n, n.payload.parentId ? 'replied' : 'commented', null),
};
