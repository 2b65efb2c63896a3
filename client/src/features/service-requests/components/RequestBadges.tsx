import { useT } from '@/i18n';
import { Badge, StatusBadge } from '@/ui';
import type { Priority, RequestStatus } from '../graphql/service-requests.graphql';
import { STATUS_TONES } from '../lib';

export function RequestStatusBadge({ status }: { status: RequestStatus }) {
  return <StatusBadge status={status} namespace="service-requests.status" tones={STATUS_TONES} />;
}

/** "En retard": said in words, not only in red. */
export function OverdueBadge() {
  const t = useT();
  return <Badge tone="danger">{t('service-requests.overdue')}</Badge>;
}

export function PriorityBadge({ priority }: { priority: Priority }) {
  const t = useT();
  const tone = priority === 'URGENT' ? 'danger' : priority === 'HIGH' ? 'warning' : 'neutral';
  return <Badge tone={tone}>{t('service-requests.priorityLabel', { priority: t(`service-requests.priority.${priority}`) })}</Badge>;
}
