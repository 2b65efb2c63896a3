import { useI18n } from '@/i18n';
import { Cluster } from '@/ui';
import type { RequestStatus, ServiceKind } from '../graphql/service-requests.graphql';
import { OPEN_STATUSES } from '../lib';
import { OverdueBadge, RequestStatusBadge } from './RequestBadges';

interface SummaryFacts {
  status: RequestStatus;
  service: { name: string; kind: ServiceKind };
  department?: { name: string } | null;
  createdAt: string;
  expectedAt: string;
  isOverdue: boolean;
  resolvedAt: string | null;
}

/** Status, service, dates and the overdue state (said in words), as a definition list. */
export function RequestSummary({ request }: { request: SummaryFacts }) {
  const { t, formatDate, formatDateTime } = useI18n();
  const open = OPEN_STATUSES.includes(request.status);
  return (
    <dl className="p-dl">
      <dt>{t('service-requests.request.status')}</dt>
      <dd>
        <Cluster>
          <RequestStatusBadge status={request.status} />
          {request.isOverdue && <OverdueBadge />}
        </Cluster>
      </dd>
      <dt>{t('service-requests.request.service')}</dt>
      <dd>
        {request.service.name} ({t(`service-requests.kind.${request.service.kind}`)})
      </dd>
      {request.department && (
        <>
          <dt>{t('service-requests.request.department')}</dt>
          <dd>{request.department.name}</dd>
        </>
      )}
      <dt>{t('service-requests.request.filedAt')}</dt>
      <dd>{formatDateTime(request.createdAt)}</dd>
      {open && (
        <>
          <dt>{t('service-requests.request.expectedAt')}</dt>
          <dd>
            {formatDate(request.expectedAt)}
            {request.isOverdue ? ` — ${t('service-requests.request.overdueSince')}` : ''}
          </dd>
        </>
      )}
      {request.resolvedAt && (
        <>
          <dt>{t('service-requests.request.resolvedAt')}</dt>
          <dd>{formatDateTime(request.resolvedAt)}</dd>
        </>
      )}
    </dl>
  );
}
