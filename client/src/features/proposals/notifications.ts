/**
 * How the notifications about proposals read (discovered by app/features.ts): the sentence from
 * the kind and its payload (`title`, statuses, `message`, `progress`…), and the link to the
 * proposal, named by its title.
 */
import type { NotificationFacts, NotificationRenderer, NotificationView } from '@/app';
import { payloadNumber, payloadText as text } from '@/features/notifications';
import type { I18n } from '@/i18n';

type Formatters = Pick<I18n, 't' | 'formatNumber'>;

function view(
  n: NotificationFacts,
  { t }: Formatters,
  key: string,
  params: Record<string, string | number>,
  withMessage: boolean,
): NotificationView {
  const title = text(n.payload.title);
  return {
    text: t(`proposals.notifications.${key}`, { title, ...params }),
    message: withMessage ? text(n.payload.message) || null : null,
    link: {
      to: `/proposals/${n.targetId}`,
      label: title ? t('proposals.notifications.openNamed', { title }) : t('proposals.notifications.open'),
    },
  };
}

const percent = (n: NotificationFacts, { formatNumber }: Formatters) =>
  formatNumber((payloadNumber(n.payload.progress) ?? 0) / 100, { style: 'percent' });

export const notificationRenderers: Record<string, NotificationRenderer> = {
  PROPOSAL_UNDER_REVIEW: (n, i18n) => {
    // Enough supports (no message) or the council's decision (with its public message).
    const supports = payloadNumber(n.payload.supportCount);
    return n.payload.cause === 'THRESHOLD_REACHED' && supports !== null
      ? view(n, i18n, 'thresholdReached', { count: supports }, true)
      : view(n, i18n, 'underReview', {}, true);
  },
  PROPOSAL_ANSWERED: (n, i18n) =>
    view(n, i18n, 'answered', { status: i18n.t(`proposals.status.${text(n.payload.toStatus) || 'ACCEPTED'}`) }, true),
  // The first update of an accepted proposal also starts its work (ACCEPTED → IN_PROGRESS).
  PROPOSAL_PROGRESS: (n, i18n) =>
    view(n, i18n, n.payload.toStatus === 'IN_PROGRESS' ? 'started' : 'progress', { percent: percent(n, i18n) }, true),
  PROPOSAL_COMPLETED: (n, i18n) => view(n, i18n, 'completed', {}, true),
  PROPOSAL_WITHDRAWN: (n, i18n) => view(n, i18n, 'withdrawn', {}, false),
  // The comment's text is not in the payload (a moderator may hide it): the link leads to it.
  PROPOSAL_COMMENTED: (n, i18n) => view(n, i18n, n.payload.parentId ? 'replied' : 'commented', {}, false),
};
