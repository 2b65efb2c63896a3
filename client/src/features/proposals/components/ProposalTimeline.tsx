import { useI18n } from '@/i18n';
import { Card } from '@/ui';
import type { ProposalEventData } from '../graphql/proposals.graphql';

/** The public, dated story of the proposal, oldest first. */
export function ProposalTimeline({ events }: { events: ProposalEventData[] }) {
  const { t, formatDateTime, formatNumber } = useI18n();
  function what(e: ProposalEventData): string {
    switch (e.kind) {
      case 'PUBLISHED':
        return e.author ? t('proposals.timeline.PUBLISHED', { name: e.author.displayName }) : t('proposals.timeline.PUBLISHED_anon');
      case 'THRESHOLD_REACHED':
        return e.toStatus === 'UNDER_REVIEW' ? t('proposals.timeline.THRESHOLD_REACHED_review') : t('proposals.timeline.THRESHOLD_REACHED');
      case 'UNDER_REVIEW':
        return t('proposals.timeline.UNDER_REVIEW');
      case 'ANSWERED':
        return t('proposals.timeline.ANSWERED', { status: t(`proposals.status.${e.toStatus ?? 'ACCEPTED'}`) });
      case 'PROGRESS_UPDATE':
        return t('proposals.timeline.PROGRESS_UPDATE', { progress: formatNumber((e.progress ?? 0) / 100, { style: 'percent' }) });
      case 'COMPLETED':
        return t('proposals.timeline.COMPLETED');
      case 'WITHDRAWN':
        return t('proposals.timeline.WITHDRAWN');
    }
  }
  return (
    <Card title={t('proposals.timeline.title')} id="timeline">
      {events.length === 0 ? (
        <p className="p-muted">{t('proposals.timeline.empty')}</p>
      ) : (
        <ol className="pr-timeline">
          {events.map((e) => (
            <li key={e.id}>
              <time className="pr-timeline__date" dateTime={e.createdAt}>
                {formatDateTime(e.createdAt)}
              </time>
              <p className="pr-timeline__what">{what(e)}</p>
              {e.body && <p className="pr-text">{e.body}</p>}
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
