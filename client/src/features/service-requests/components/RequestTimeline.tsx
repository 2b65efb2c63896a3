import { Link } from 'react-router-dom';
import { useI18n } from '@/i18n';
import { Badge, Gallery } from '@/ui';
import type { RequestEvent } from '../graphql/service-requests.graphql';
import '../service-requests.css';

export type TimelineEvent = Pick<
  RequestEvent,
  'id' | 'kind' | 'fromStatus' | 'toStatus' | 'body' | 'byRequester' | 'createdAt' | 'rating' | 'originalReference'
> &
  Partial<Pick<RequestEvent, 'author' | 'assignee' | 'priority' | 'images'>>;

/**
 * The request's history, oldest first, with dates. What each viewer gets is decided by the server
 * (internal notes reach staff only); an internal note is marked in words, not by colour alone.
 */
export function RequestTimeline({ events, staffView = false }: { events: TimelineEvent[]; staffView?: boolean }) {
  const { t, formatDateTime } = useI18n();
  const status = (s: string | null) => (s ? t(`service-requests.status.${s}`) : '');

  function label(e: TimelineEvent): string {
    switch (e.kind) {
      case 'STATUS_CHANGED':
        return e.byRequester
          ? t('service-requests.event.reopened')
          : t('service-requests.event.statusChanged', { status: status(e.toStatus) });
      case 'ASSIGNED':
        if (!staffView) return t('service-requests.event.assignedPublic');
        return e.assignee
          ? t('service-requests.event.assignedTo', { name: e.assignee.displayName })
          : t('service-requests.event.unassigned');
      case 'MARKED_DUPLICATE':
        return t('service-requests.event.duplicate', { reference: e.originalReference ?? '' });
      case 'RATED':
        return t('service-requests.event.rated', { rating: e.rating ?? 0 });
      case 'PRIORITY_CHANGED':
        return t('service-requests.event.priority', { priority: e.priority ? t(`service-requests.priority.${e.priority}`) : '' });
      default:
        return t(`service-requests.event.${e.kind}`);
    }
  }

  function byWhom(e: TimelineEvent): string | null {
    if (e.byRequester) return t('service-requests.event.byRequester');
    if (staffView && e.author) return t('service-requests.event.by', { name: e.author.displayName });
    return null;
  }

  return (
    <ol className="p-list" aria-label={t('service-requests.request.timeline')}>
      {events.map((e) => {
        const who = byWhom(e);
        return (
          <li key={e.id} className={e.kind === 'INTERNAL_NOTE' ? 'sr-event--internal' : undefined}>
            <div className="p-list__main">
              <p>
                <strong>{label(e)}</strong>{' '}
                {e.kind === 'INTERNAL_NOTE' && <Badge tone="warning">{t('service-requests.event.internalBadge')}</Badge>}
                {e.kind === 'PUBLIC_UPDATE' && <Badge tone="info">{t('service-requests.event.publicBadge')}</Badge>}
              </p>
              <p className="p-muted">
                <time dateTime={e.createdAt}>{formatDateTime(e.createdAt)}</time>
                {who ? ` · ${who}` : ''}
              </p>
              {e.body && <p className="sr-text">{e.body}</p>}
              {e.images && e.images.length > 0 && (
                <Gallery
                  images={e.images}
                  describe={(position, count) =>
                    t('service-requests.event.photoAlt', { position, count, date: formatDateTime(e.createdAt) })
                  }
                />
              )}
              {e.kind === 'MARKED_DUPLICATE' && e.originalReference && (
                <p>
                  <Link to={`/service-requests/lookup?reference=${encodeURIComponent(e.originalReference)}`}>
                    {t('service-requests.event.seeOriginal', { reference: e.originalReference })}
                  </Link>
                </p>
              )}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
