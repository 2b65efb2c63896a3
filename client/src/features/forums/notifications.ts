/**
 * How the notifications about forums read (discovered by app/features.ts): a new topic in a
 * followed forum (payload `forumTitle`, `topicId`, `title`) and a comment or reply on a followed
 * topic (`title`, `parentId`), each linking to the topic, named by its title.
 */
import type { NotificationFacts, NotificationRenderer, NotificationView } from '@/app';
import { payloadText as text } from '@/features/notifications';
import type { I18n } from '@/i18n';

function topicLink(topicId: string, title: string, { t }: Pick<I18n, 't'>): NotificationView['link'] {
  if (!topicId) return null;
  return {
    to: `/forums/topics/${topicId}`,
    label: title ? t('forums.notifications.openNamed', { title }) : t('forums.notifications.open'),
  };
}

export const notificationRenderers: Record<string, NotificationRenderer> = {
  // The target is the forum; the payload names the new topic.
  FORUM_TOPIC_CREATED: (n: NotificationFacts, i18n) => {
    const title = text(n.payload.title);
    return {
      text: i18n.t('forums.notifications.topicCreated', { forum: text(n.payload.forumTitle), title }),
      message: null,
      link: topicLink(text(n.payload.topicId), title, i18n),
    };
  },
  // The comment's text is not in the payload (a moderator may hide it): the link leads to it.
  FORUM_TOPIC_COMMENTED: (n: NotificationFacts, i18n) => {
    const title = text(n.payload.title);
    return {
      text: i18n.t(n.payload.parentId ? 'forums.notifications.replied' : 'forums.notifications.commented', { title }),
      message: null,
      link: topicLink(n.targetId, title, i18n),
    };
  },
};
