import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useMemo, type FormEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
import { ConnectionLoadMore, useAuth } from '@/app';
import { useI18n } from '@/i18n';
import { Button, Checkbox, EmptyState, ErrorMessage, Grid, PageHeader, Select, Spinner } from '@/ui';
import { PriorityBadge } from '../components/RequestBadges';
import { RequestListItem } from '../components/RequestListItem';
import { DISTRICTS, QUEUE, SERVICES, STATUSES, type RequestFilter, type RequestStatus } from '../graphql/service-requests.graphql';

const PAGE = 20;

/**
 * `/agent/queue`: the requests of the agent's departments (all of them for admins), oldest first.
 * Filters live in the URL so a queue view can be bookmarked and shared between agents.
 */
export function AgentQueuePage() {
  const { t, formatDate } = useI18n();
  const { viewer, hasRole } = useAuth();
  const [params, setParams] = useSearchParams();
  const services = useQuery(SERVICES);
  const districts = useQuery(DISTRICTS);

  const statusParam = params.get('status') ?? '';
  const serviceId = params.get('service') ?? '';
  const assignee = params.get('assignee') ?? '';
  const district = params.get('district') ?? '';
  const overdue = params.get('overdue') === '1';

  const filter = useMemo(() => {
    const f: RequestFilter = {};
    // Default view: what is still to be dealt with.
    if (statusParam === '') f.open = true;
    else if ((STATUSES as string[]).includes(statusParam)) f.status = [statusParam as RequestStatus];
    if (serviceId) f.serviceId = serviceId;
    if (assignee === 'me' && viewer) f.assigneeId = viewer.id;
    if (assignee === 'none') f.unassigned = true;
    if (district) f.district = district;
    if (overdue) f.overdue = true;
    return f;
  }, [statusParam, serviceId, assignee, district, overdue, viewer]);

  const { data, error, networkStatus, fetchMore, refetch } = useQuery(QUEUE, {
    variables: { first: PAGE, filter },
    notifyOnNetworkStatusChange: true,
    fetchPolicy: 'cache-and-network',
  });

  // Agents pick among their departments' services; admins among all.
  const myDepartments = new Set(viewer?.departments.map((d) => d.id) ?? []);
  const serviceOptions = (services.data?.services ?? [])
    .filter((s) => hasRole('ADMIN') || myDepartments.has(s.department.id))
    .map((s) => ({ value: s.id, label: s.name }));

  function onFilter(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const key of ['status', 'service', 'assignee', 'district']) {
      const value = String(form.get(key) ?? '');
      if (value) next.set(key, value);
    }
    if (form.get('overdue')) next.set('overdue', '1');
    setParams(next);
  }

  const list = data?.serviceRequests;
  return (
    <>
      <PageHeader title={t('service-requests.queue.title')} lead={t('service-requests.queue.lead')} />
      {/* Re-mounted when the options arrive or the URL changes, so each select shows the current filter. */}
      <form
        key={`${!!services.data}-${!!districts.data}-${params.toString()}`}
        role="search"
        aria-label={t('service-requests.queue.filters')}
        onSubmit={onFilter}
      >
        <Grid>
          <Select
            label={t('service-requests.queue.status')}
            name="status"
            noMarker
            placeholder={t('service-requests.queue.openStatuses')}
            defaultValue={statusParam}
            options={[
              { value: 'ALL', label: t('service-requests.queue.allStatuses') },
              ...STATUSES.map((s) => ({ value: s, label: t(`service-requests.status.${s}`) })),
            ]}
          />
          <Select
            label={t('service-requests.queue.service')}
            name="service"
            noMarker
            placeholder={t('service-requests.queue.allServices')}
            defaultValue={serviceId}
            options={serviceOptions}
          />
          <Select
            label={t('service-requests.queue.assignee')}
            name="assignee"
            noMarker
            placeholder={t('service-requests.queue.anyone')}
            defaultValue={assignee}
            options={[
              { value: 'me', label: t('service-requests.queue.assignedToMe') },
              { value: 'none', label: t('service-requests.queue.unassigned') },
            ]}
          />
          <Select
            label={t('service-requests.queue.district')}
            name="district"
            noMarker
            placeholder={t('service-requests.queue.allDistricts')}
            defaultValue={district}
            options={(districts.data?.districts ?? []).map((d) => ({ value: d, label: d }))}
          />
        </Grid>
        <Checkbox label={t('service-requests.queue.overdueOnly')} name="overdue" defaultChecked={overdue} />
        <Button type="submit" variant="secondary">
          {t('service-requests.queue.apply')}
        </Button>
      </form>

      <section aria-labelledby="queue-results" className="p-section">
        <h2 id="queue-results">
          {list ? t('service-requests.queue.results', { count: list.totalCount }) : t('service-requests.queue.resultsTitle')}
        </h2>
        {!list && networkStatus === NetworkStatus.loading && <Spinner />}
        {error && <ErrorMessage error={error} onRetry={() => void refetch()} />}
        {list && list.edges.length === 0 && <EmptyState title={t('service-requests.queue.empty')} />}
        {list && list.edges.length > 0 && (
          <ul className="p-list" aria-label={t('service-requests.queue.listLabel')}>
            {list.edges.map(({ node }) => (
              <RequestListItem
                key={node.id}
                id={node.id}
                reference={node.reference}
                serviceName={node.service.name}
                status={node.status}
                isOverdue={node.isOverdue}
                badges={node.priority && node.priority !== 'NORMAL' ? <PriorityBadge priority={node.priority} /> : null}
              >
                <p className="p-muted">
                  {t('service-requests.queue.dates', { filed: formatDate(node.createdAt), expected: formatDate(node.expectedAt) })}
                  {' · '}
                  {node.assignee
                    ? t('service-requests.queue.assignedTo', { name: node.assignee.displayName })
                    : t('service-requests.queue.notAssigned')}
                </p>
                {(node.address || node.district) && <p className="p-muted">{[node.address, node.district].filter(Boolean).join(' · ')}</p>}
              </RequestListItem>
            ))}
          </ul>
        )}
        {list && <ConnectionLoadMore connection={list} networkStatus={networkStatus} fetchMore={fetchMore} />}
      </section>
    </>
  );
}
