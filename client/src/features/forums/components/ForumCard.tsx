import { PlainText } from '@/ui';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useI18n } from '@/i18n';
import type { ForumSummaryData } from '../graphql/forums.graphql';

/** One forum in the list: its title (a link), what it is for, its topics and last activity. */
export function ForumCard({ forum: f, tools }: { forum: ForumSummaryData; tools?: ReactNode }) {
  const { t, formatDateTime } = useI18n();
  return (
    <article className="p-card fo-forum" aria-labelledby={`forum-${f.id}-title`}>
      <h3 className="p-card__title" id={`forum-${f.id}-title`}>
        <Link to={`/forums/${f.id}`}>{f.title}</Link>
      </h3>
      {f.description && <PlainText text={f.description} />}
      <p className="p-muted fo-facts">
        <span>{t('forums.list.topics', { count: f.topicCount })}</span>
        <span>
          {f.lastActivityAt ? (
            <>{t('forums.list.lastActivity', { date: formatDateTime(f.lastActivityAt) })}</>
          ) : (
            t('forums.list.noActivity')
          )}
        </span>
      </p>
      {tools}
    </article>
  );
}
