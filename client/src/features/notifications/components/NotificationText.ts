import type { I18n } from '@/i18n';
import type { NotificationItem } from '../graphql/notifications.graphql';

const str = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);

type Formatters = Pick<I18n, 't' | 'formatNumber'>;

/**
 * The sentence for a notification, from its kind and payload (unknown kinds: a generic sentence),
 * and the free text that came with it (the town hall's or the council's public message), if any.
 */
export function notificationText(n: NotificationItem, { t, formatNumber }: Formatters): { text: string; message: string | null } {
  const p = n.payload ?? {};
  const reference = str(p.reference);
  const title = str(p.title);
  const message = str(p.message) || null;
  const status = (s: unknown) => (str(s) ? t(`service-requests.status.${str(s)}`) : '');
  const percent = () => formatNumber((num(p.progress) ?? 0) / 100, { style: 'percent' });
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
    case 'PROPOSAL_UNDER_REVIEW': {
      // Enough supports (no message) or the council's decision (with its public message).
      const supports = num(p.supportCount);
      if (p.cause === 'THRESHOLD_REACHED' && supports !== null) {
        return { text: t('notifications.kind.proposalThresholdReached', { title, count: supports }), message };
      }
      return { text: t('notifications.kind.proposalUnderReview', { title }), message };
    }
    case 'PROPOSAL_ANSWERED':
      return {
        text: t('notifications.kind.proposalAnswered', { title, status: t(`proposals.status.${str(p.toStatus) || 'ACCEPTED'}`) }),
        message,
      };
    case 'PROPOSAL_PROGRESS':
      // The first update of an accepted proposal also starts its work (ACCEPTED → IN_PROGRESS).
      return {
        text: t(p.toStatus === 'IN_PROGRESS' ? 'notifications.kind.proposalStarted' : 'notifications.kind.proposalProgress', {
          title,
          percent: percent(),
        }),
        message,
      };
    case 'PROPOSAL_COMPLETED':
      return { text: t('notifications.kind.proposalCompleted', { title }), message };
    case 'PROPOSAL_WITHDRAWN':
      return { text: t('notifications.kind.proposalWithdrawn', { title }), message: null };
    case 'PROPOSAL_COMMENTED':
      // The comment's text is not in the payload (a moderator may hide it): the link leads to it.
      return {
        text: t(p.parentId ? 'notifications.kind.proposalReplied' : 'notifications.kind.proposalCommented', { title }),
        message: null,
      };
    default:
      return { text: t('notifications.kind.other'), message: null };
  }
}

/** Where a notification leads (null when this client has no page for that kind of target yet). */
export function notificationTarget(n: NotificationItem, { t }: Pick<I18n, 't'>): { to: string; label: string } | null {
  const p = n.payload ?? {};
  if (n.targetType === 'SERVICE_REQUEST') {
    // A duplicate's followers were moved to the original: lead them there.
    const id = n.kind === 'SERVICE_REQUEST_MARKED_DUPLICATE' && str(p.originalId) ? str(p.originalId) : n.targetId;
    const reference =
      n.kind === 'SERVICE_REQUEST_MARKED_DUPLICATE' && str(p.originalReference) ? str(p.originalReference) : str(p.reference);
    return {
      to: `/service-requests/${id}`,
      label: reference ? t('notifications.openRequest', { reference }) : t('notifications.openRequestNoRef'),
    };
  }
  if (n.targetType === 'PROPOSAL') {
    const title = str(p.title);
    return {
      to: `/proposals/${n.targetId}`,
      label: title ? t('notifications.openProposalNamed', { title }) : t('notifications.openProposal'),
    };
  }
  return null;
}
