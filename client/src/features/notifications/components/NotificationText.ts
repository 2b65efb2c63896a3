import type { TFunction } from '@/i18n';
import type { NotificationItem } from '../graphql/notifications.graphql';

const str = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

/** The sentence for a notification, from its kind and payload (unknown kinds: a generic sentence). */
export function notificationText(n: NotificationItem, t: TFunction): { text: string; message: string | null } {
  const p = n.payload ?? {};
  const reference = str(p.reference);
  const message = str(p.message) || null;
  const status = (s: unknown) => (str(s) ? t(`service-requests.status.${str(s)}`) : '');
  switch (n.kind) {
    case 'SERVICE_REQUEST_STATUS_CHANGED':
      return { text: t('notifications.kind.statusChanged', { reference, status: status(p.toStatus) }), message };
    case 'SERVICE_REQUEST_PUBLIC_UPDATE':
      return { text: t('notifications.kind.publicUpdate', { reference }), message };
    case 'SERVICE_REQUEST_MARKED_DUPLICATE':
      return { text: t('notifications.kind.markedDuplicate', { reference, original: str(p.originalReference) }), message: null };
    case 'SERVICE_REQUEST_REOPENED':
      return { text: t('notifications.kind.reopened', { reference }), message };
    case 'SERVICE_REQUEST_RESIDENT_REPLIED':
      return { text: t('notifications.kind.residentReplied', { reference }), message: null };
    case 'SERVICE_REQUEST_ASSIGNED':
      return { text: t('notifications.kind.assigned', { reference }), message: null };
    case 'SERVICE_REQUEST_RATED':
      return { text: t('notifications.kind.rated', { reference, rating: str(p.rating) }), message: null };
    default:
      return { text: t('notifications.kind.other'), message: null };
  }
}

/** Where a notification leads (null when this client has no page for that kind of target yet). */
export function notificationTarget(n: NotificationItem, t: TFunction): { to: string; label: string } | null {
  const p = n.payload ?? {};
  if (n.targetType === 'SERVICE_REQUEST') {
    // A duplicate's followers were moved to the original: lead them there.
    const id = n.kind === 'SERVICE_REQUEST_MARKED_DUPLICATE' && str(p.originalId) ? str(p.originalId) : n.targetId;
    const reference = n.kind === 'SERVICE_REQUEST_MARKED_DUPLICATE' && str(p.originalReference) ? str(p.originalReference) : str(p.reference);
    return { to: `/service-requests/${id}`, label: reference ? t('notifications.openRequest', { reference }) : t('notifications.openRequestNoRef') };
  }
  if (n.targetType === 'PROPOSAL') return { to: `/proposals/${n.targetId}`, label: t('notifications.openProposal') };
  return null;
}
