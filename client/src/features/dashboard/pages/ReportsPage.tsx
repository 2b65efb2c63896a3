import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { type FormEvent, useRef } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { ConnectionLoadMore } from '@/app';
import { MarkersMap } from '@/features/places';
import type { ServiceRequestStatus } from '@/generated/graphql';
import { useContentLang, useI18n } from '@/i18n';
import { Badge, Button, Cluster, EmptyState, ErrorMessage, PageHeader, Select, Spinner } from '@/ui';
import { PUBLIC_REPORTS, REPORT_FILTERS } from '../graphql/dashboard.graphql';
import '../dashboard.css';

const PAGE = 20;
const STATUSES: ServiceRequestStatus[] = [
  'SUBMITTED',
  'ACKNOWLEDGED',
  'IN_PROGRESS',
  'WAITING_FOR_RESIDENT',
  'RESOLVED',
  'CLOSED',
  'REJECTED',
];
const isStatus = (value: string | null): value is ServiceRequestStatus => STATUSES.includes(value as ServiceRequestStatus);

/**
 * `/service-requests`: the residents' public reports, newest first, filtered by type, status and
 * district (in the address), on a map and in a list; the list is the accessible alternative to the
 * map. Formalities are never listed (the server keeps them to their requester and staff).
 */
export function ReportsPage() {
  const { t } = useI18n();
  const lang = useContentLang();
  const [params, setParams] = useSearchParams();
  const serviceId = params.get('service') ?? '';
  const status = params.get('status');
  const district = params.get('district') ?? '';
  const count = useRef<HTMLParagraphElement>(null);
  const filters = useQuery(REPORT_FILTERS);
  const filter = {
    ...(serviceId ? { serviceId } : {}),
    ...(isStatus(status) ? { status: [status] } : {}),
    ...(district ? { district } : {}),
  };
  const { data, error, networkStatus, fetchMore, refetch } = useQuery(PUBLIC_REPORTS, {
    variables: { first: PAGE, filter, orderBy: { field: 'CREATED_AT', direction: 'DESC' } },
    notifyOnNetworkStatusChange: true,
    fetchPolicy: 'cache-and-network',
  });
  const list = data?.serviceRequests;
  const points = (list?.edges ?? []).flatMap(({ node }) => (node.location ? [{ lat: node.location.lat, lng: node.location.lng }] : []));
  const services = (filters.data?.services ?? []).filter((s) => s.kind === 'REPORT');

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const next = new URLSearchParams();
    for (const name of ['service', 'status', 'district']) {
      const value = String(form.get(name) ?? '');
      if (value) next.set(name, value);
    }
    setParams(next);
    count.current?.focus();
  }

  return (
    <>
      <PageHeader title={t('dashboard.reports.title')} />
      <p>{t('dashboard.reports.intro')}</p>
      <form className="db-filters" onSubmit={onSubmit} noValidate aria-label={t('dashboard.reports.filters')} key={params.toString()}>
        <Select
          label={t('dashboard.reports.service')}
          name="service"
          noMarker
          defaultValue={serviceId}
          placeholder={t('dashboard.reports.allServices')}
          options={services.map((s) => ({ value: s.id, label: s.name }))}
        />
        <Select
          label={t('dashboard.reports.status')}
          name="status"
          noMarker
          defaultValue={isStatus(status) ? status : ''}
          placeholder={t('dashboard.reports.allStatuses')}
          options={STATUSES.map((s) => ({ value: s, label: t(`dashboard.status.${s}`) }))}
        />
        <Select
          label={t('dashboard.reports.district')}
          name="district"
          noMarker
          defaultValue={district}
          placeholder={t('dashboard.reports.allDistricts')}
          options={(filters.data?.districts ?? (district ? [district] : [])).map((d) => ({ value: d, label: d }))}
        />
        <Button type="submit">{t('dashboard.reports.apply')}</Button>
      </form>
      <p ref={count} tabIndex={-1} className="db-scope">
        {list ? t('dashboard.reports.count', { count: list.totalCount }) : ''}
      </p>
      {!list && networkStatus === NetworkStatus.loading && <Spinner />}
      {error && <ErrorMessage error={error} onRetry={() => void refetch()} />}
      {list && list.edges.length > 0 && <MarkersMap points={points} description={t('dashboard.reports.mapNote')} />}
      {list && list.edges.length === 0 && <EmptyState title={t('dashboard.reports.empty')} />}
      {list && list.edges.length > 0 && (
        <ul className="p-list" aria-label={t('dashboard.reports.list')}>
          {list.edges.map(({ node }) => (
            <li key={node.id}>
              <div className="p-list__main">
                <p>
                  <Link to={`/service-requests/${node.id}`}>
                    <strong>{node.reference}</strong> · <span lang={lang}>{node.service.name}</span>
                  </Link>
                </p>
                <Cluster>
                  <Badge>{t(`dashboard.status.${node.status}`)}</Badge>
                  {node.isOverdue && <Badge tone="warning">{t('dashboard.reports.overdue')}</Badge>}
                </Cluster>
                <p className="p-muted">
                  {t('dashboard.reports.filed', { date: node.createdAt })}
                  {node.district ? ` · ${node.district}` : ''}
                  {node.address ? <span lang={lang}>{` · ${node.address}`}</span> : null}
                </p>
              </div>
            </li>
          ))}
        </ul>
      )}
      {list && <ConnectionLoadMore connection={list} networkStatus={networkStatus} fetchMore={fetchMore} />}
    </>
  );
}
