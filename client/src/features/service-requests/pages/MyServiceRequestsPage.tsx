import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { ConnectionLoadMore } from '@/app';
import { useI18n } from '@/i18n';
import { ButtonLink, EmptyState, ErrorMessage, PageHeader, Spinner } from '@/ui';
import { RequestListItem } from '../components/RequestListItem';
import { MY_REQUESTS } from '../graphql/service-requests.graphql';

const PAGE = 20;

/** `/service-requests/mine`: the resident's own requests, newest first. */
export function MyServiceRequestsPage() {
  const { t, formatDate } = useI18n();
  const { data, error, networkStatus, fetchMore, refetch } = useQuery(MY_REQUESTS, {
    variables: { first: PAGE },
    notifyOnNetworkStatusChange: true,
    fetchPolicy: 'cache-and-network',
  });
  const list = data?.myServiceRequests;
  return (
    <>
      <PageHeader
        title={t('service-requests.mine.title')}
        actions={<ButtonLink to="/service-requests/new">{t('service-requests.mine.new')}</ButtonLink>}
      />
      {!list && networkStatus === NetworkStatus.loading && <Spinner />}
      {error && <ErrorMessage error={error} onRetry={() => void refetch()} />}
      {list && list.edges.length === 0 && <EmptyState title={t('service-requests.mine.empty')} />}
      {list && list.edges.length > 0 && (
        <ul className="p-list" aria-label={t('service-requests.mine.title')}>
          {list.edges.map(({ node }) => (
            <RequestListItem
              key={node.id}
              id={node.id}
              reference={node.reference}
              serviceName={node.service.name}
              status={node.status}
              isOverdue={node.isOverdue}
            >
              <p className="p-muted">{t('service-requests.mine.filed', { date: formatDate(node.createdAt) })}</p>
            </RequestListItem>
          ))}
        </ul>
      )}
      {list && <ConnectionLoadMore connection={list} networkStatus={networkStatus} fetchMore={fetchMore} />}
    </>
  );
}
