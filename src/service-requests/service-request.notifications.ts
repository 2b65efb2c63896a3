/** Service requests as the generic domains name them (follows, notifications, photos). */
export const SERVICE_REQUEST_TARGET = 'SERVICE_REQUEST';

/**
 * The notification kinds this domain writes. Payloads carry only what every recipient may see:
 * never an internal note, never who filed the request, never a resident's reply.
 */
export const ServiceRequestNotification = {
  /** Followers: { reference, fromStatus, toStatus, message } (the public message). */
  STATUS_CHANGED: 'SERVICE_REQUEST_STATUS_CHANGED',
  /** Followers: { reference, message }. */
  PUBLIC_UPDATE: 'SERVICE_REQUEST_PUBLIC_UPDATE',
  /** Followers of the duplicate, before they move to the original: { reference, originalId, originalReference }. */
  MARKED_DUPLICATE: 'SERVICE_REQUEST_MARKED_DUPLICATE',
  /** Followers and the assignee: { reference, fromStatus, toStatus, message } (the reopen reason). */
  REOPENED: 'SERVICE_REQUEST_REOPENED',
  /** Followers and the assignee: { reference, fromStatus, toStatus } (the reply itself stays private). */
  RESIDENT_REPLIED: 'SERVICE_REQUEST_RESIDENT_REPLIED',
  /** The new assignee: { reference }. */
  ASSIGNED: 'SERVICE_REQUEST_ASSIGNED',
  /** The assignee: { reference, rating }. */
  RATED: 'SERVICE_REQUEST_RATED',
} as const;
