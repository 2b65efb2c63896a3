import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { Cluster } from '@/ui';
import type { RequestStatus } from '../graphql/service-requests.graphql';
import { OverdueBadge, RequestStatusBadge } from './RequestBadges';

/** One row of a request list: reference and service as the link, status in words, then details. */
export function RequestListItem({
  id,
  reference,
  serviceName,
  status,
  isOverdue,
  badges,
  children,
}: {
  id: string;
  reference: string;
  serviceName: string;
  status: RequestStatus;
  isOverdue: boolean;
  badges?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <li>
      <div className="p-list__main">
        <p>
          <Link to={`/service-requests/${id}`}>
            <strong>{reference}</strong> · {serviceName}
          </Link>
        </p>
        <Cluster>
          <RequestStatusBadge status={status} />
          {isOverdue && <OverdueBadge />}
          {badges}
        </Cluster>
        {children}
      </div>
    </li>
  );
}
