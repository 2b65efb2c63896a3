import { Injectable } from '@nestjs/common';
import {
  mailText,
  NotificationFrequency as F,
  NotificationMailTexts,
  NotificationMailTextsOf,
  payloadText,
} from '../notifications/notification-mail-texts';
import { ForumNotification as N, topicPath } from './forum.notifications';

const t = (p: Record<string, unknown>) => payloadText(p, 'title') ?? '…';

/** How forums' notifications read by e-mail (see forum.notifications.ts; no topic or comment text is copied). */
@Injectable()
@NotificationMailTextsOf('forums')
export class ForumMailTexts implements NotificationMailTexts {
  readonly group = { fr: 'Forums', en: 'Forums' };
  readonly order = 30;
  readonly kinds = {
    [N.TOPIC_CREATED]: mailText({
      label: { fr: 'Nouveaux sujets dans les forums que je suis', en: 'New topics in the forums I follow' },
      defaultFrequency: F.DAILY_DIGEST,
      fr: (p) => `Nouveau sujet dans le forum « ${payloadText(p, 'forumTitle') ?? '…'} » : « ${t(p)} ».`,
      en: (p) => `New topic in the forum “${payloadText(p, 'forumTitle') ?? '…'}”: “${t(p)}”.`,
      path: (n) => (typeof n.payload.topicId === 'string' ? topicPath(n.payload.topicId) : `/forums/${n.targetId}`),
    }),
    [N.TOPIC_COMMENTED]: mailText({
      label: { fr: 'Commentaires dans les sujets que je suis', en: 'Comments in the topics I follow' },
      defaultFrequency: F.DAILY_DIGEST,
      fr: (p) => (p.parentId ? `Nouvelle réponse dans le sujet « ${t(p)} ».` : `Nouveau commentaire sur le sujet « ${t(p)} ».`),
      en: (p) => (p.parentId ? `New reply in the topic “${t(p)}”.` : `New comment on the topic “${t(p)}”.`),
      path: (n) => topicPath(n.targetId),
    }),
  };
}
