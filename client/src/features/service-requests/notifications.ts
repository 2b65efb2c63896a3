/**
 * How the notifications about service requests read (discovered by app/features.ts): the
 * sentence from the kind and its payload (`reference`, statuses, `message`…), and the link to
 * the request.
 */
import type { NotificationFacts, NotificationRenderer } from '@/app';
import { payloadText as text } from '@/features/notifications';
import type { TFunction } from '@/i18n';

/** The request's page; a duplicate's followers were moved to the original, so theirs leads there. */
function link(n: NotificationFacts, t: TFunction) {
  const p = n.payload;
  const merged = n.kind === 'SERVICE_REQUEST_MARKED_DUPLICATE';
  const id = merged && text(p.originalId) ? text(p.originalId) : n.targetId;
  const reference = merged && text(p.originalReference) ? text(p.originalReference) : text(p.reference);
  return {
    to: `/service-requests/${id}`,
    label: reference ? t('service-requests.notifications.open', { reference }) : t('service-requests.notifications.openNoRef'),
  };
}

/** A sentence about the request named by its reference, with or without the town hall's message. */
const about =
  (
    key: string,
    withMessage: boolean,
    extra: (p: Record<string, unknown>, t: TFunction) => Record<string, string> = () => ({}),
  ): NotificationRenderer =>
  (n, { t }) => ({
    text: t(`service-requests.notifications.${key}`, { reference: text(n.payload.reference), ...extra(n.payload, t) }),
    message: withMessage ? text(n.payload.message) || null : null,
    link: link(n, t),
  });

export const notificationRenderers: Record<string, NotificationRenderer> = {
  SERVICE_REQUEST_STATUS_CHANGED: about('statusChanged', true, (p, t) => ({
    status: text(p.toStatus) ? t(`service-requests.status.${text(p.toStatus)}`) : '',
  })),
  SERVICE_REQUEST_PUBLIC_UPDATE: about('publicUpdate', true),
  SERVICE_REQUEST_MARKED_DUPLICATE: about('markedDuplicate', false, (p) => ({ original: text(p.originalReference) })),
  SERVICE_REQUEST_REOPENED: about('reopened', true),
  SERVICE_REQUEST_RESIDENT_REPLIED: about('residentReplied', false),
  SERVICE_REQUEST_ASSIGNED: about('assigned', false),
  SERVICE_REQUEST_RATED: about('rated', false, (p) => ({ rating: text(p.rating) })),
};
