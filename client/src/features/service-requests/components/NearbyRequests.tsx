import { forwardRef } from 'react';
import { Link } from 'react-router-dom';
import { useI18n } from '@/i18n';
import { Button, Notice } from '@/ui';
import type { NearbyItem } from '../graphql/service-requests.graphql';
import { RequestStatusBadge } from './RequestBadges';

const excerpt = (text: string, max = 180) => (text.length > max ? `${text.slice(0, max).trimEnd()}…` : text);

/**
 * Open requests of the same service around the chosen point, offered before filing a duplicate:
 * following one keeps the resident informed without a second request for the same problem.
 */
export const NearbyRequests = forwardRef<
  HTMLElement,
  { items: NearbyItem[]; following: string | null; onFollow: (item: NearbyItem) => void }
>(function NearbyRequests({ items, following, onFollow }, ref) {
  const { t, formatDate, formatNumber } = useI18n();
  return (
    <section ref={ref} tabIndex={-1} className="p-card" aria-labelledby="nearby-title">
      <h2 id="nearby-title" className="p-card__title">
        {t('service-requests.nearby.title')}
      </h2>
      <Notice tone="warning">
        <p>{t('service-requests.nearby.lead', { count: items.length })}</p>
      </Notice>
      <ul className="p-list">
        {items.map((item) => (
          <li key={item.id}>
            <div className="p-list__main">
              <Link to={`/service-requests/${item.id}`}>{item.reference}</Link> <RequestStatusBadge status={item.status} />
              <p>{excerpt(item.description)}</p>
              <p className="p-muted">
                {item.distanceMeters != null
                  ? t('service-requests.nearby.distance', {
                      distance: formatNumber(Math.round(item.distanceMeters)),
                      date: formatDate(item.createdAt),
                    })
                  : t('service-requests.nearby.filed', { date: formatDate(item.createdAt) })}
                {item.address ? ` · ${item.address}` : ''}
              </p>
            </div>
            {item.viewerIsFollowing ? (
              <p className="p-muted">{t('service-requests.nearby.alreadyFollowing')}</p>
            ) : (
              <Button
                variant="secondary"
                size="small"
                loading={following === item.id}
                aria-label={t('service-requests.nearby.followLabel', { reference: item.reference })}
                onClick={() => onFollow(item)}
              >
                {t('service-requests.nearby.follow')}
              </Button>
            )}
          </li>
        ))}
      </ul>
      <p>{t('service-requests.nearby.otherwise')}</p>
    </section>
  );
});
