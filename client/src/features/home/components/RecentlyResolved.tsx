import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router-dom';
import { ConnectionLoadMore } from '@/app';
import { useContentLang, useI18n } from '@/i18n';
import { ErrorMessage, Spinner } from '@/ui';
import { HOME_RESOLVED_REQUESTS } from '../graphql/home.graphql';

/**
 * Requests the town hall resolved lately (most recent resolution first, three at a time): in the
 * resident's district when they gave one, else the whole commune.
 */
export function RecentlyResolved({ district }: { district: string | null }) {
  const { t, formatDate } = useI18n();
  const contentLang = useContentLang();
  const { data, loading, error, networkStatus, fetchMore } = useQuery(HOME_RESOLVED_REQUESTS, {
    variables: {
      first: 3,
      filter: district ? { district } : {},
      orderBy: { field: 'RESOLVED_AT', direction: 'DESC' },
    },
    notifyOnNetworkStatusChange: true,
  });
  const list = data?.serviceRequests;
  return (
    <section aria-labelledby="home-resolved" className="p-section p-stack">
      <h2 id="home-resolved">{district ? t('home.resolved.titleDistrict', { district }) : t('home.resolved.title')}</h2>
      {loading && !list && <Spinner />}
      {error && <ErrorMessage error={error} />}
      {list && list.edges.length === 0 && <p>{t('home.resolved.empty')}</p>}
      {list && list.edges.length > 0 && (
        <ul className="p-list">
          {list.edges.map(({ node }) => (
            <li key={node.id}>
              <Link to={`/service-requests/${node.id}`}>
                <span lang={contentLang}>{node.service.name}</span>
                {node.address && (
                  <>
                    {' — '}
                    <span lang={contentLang}>{node.address}</span>
                  </>
                )}
              </Link>
              <span className="p-muted">
                {' '}
                {node.resolvedAt ? t('home.resolved.on', { reference: node.reference, date: formatDate(node.resolvedAt) }) : node.reference}
              </span>
            </li>
          ))}
        </ul>
      )}
      {list && <ConnectionLoadMore connection={list} networkStatus={networkStatus} fetchMore={fetchMore} />}
    </section>
  );
}
