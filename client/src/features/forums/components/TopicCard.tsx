import { Link } from 'react-router-dom';
import { useI18n } from '@/i18n';
import { Badge, Thumbnail } from '@/ui';
import type { ForumTopicCardData } from '../graphql/forums.graphql';

/** The id of a topic's link in a list (focus goes to the first new one after "load more"). */
export const topicLinkId = (topicId: string) => `topic-${topicId}-link`;

/** One topic in a forum's list: title, pinned and locked badges, author, comments, last activity. */
export function TopicCard({ topic: x }: { topic: ForumTopicCardData }) {
  const { t, formatDateTime } = useI18n();
  const cover = x.images[0];
  return (
    <article className="p-card fo-topic" aria-labelledby={topicLinkId(x.id)}>
      {cover && <Thumbnail className="fo-topic__thumb" image={cover} alt={t('forums.topic.cardAlt', { title: x.title ?? '' })} />}
      <div className="fo-topic__head">
        <h3 className="p-card__title fo-topic__title">
          <Link to={`/forums/topics/${x.id}`} id={topicLinkId(x.id)}>
            {x.title}
          </Link>
        </h3>
        {(x.pinned || x.locked) && (
          <p className="fo-badges">
            {x.pinned && <Badge tone="info">{t('forums.topic.pinned')}</Badge>}
            {x.locked && <Badge tone="warning">{t('forums.topic.locked')}</Badge>}
          </p>
        )}
      </div>
      <p className="p-muted fo-facts">
        <span>{t('forums.topic.by', { name: x.author.displayName })}</span>
        <span>{t('forums.topic.comments', { count: x.commentCount })}</span>
        <span>{t('forums.topic.lastActivity', { date: formatDateTime(x.lastActivityAt) })}</span>
      </p>
    </article>
  );
}
