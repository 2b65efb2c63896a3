import { Viewer, worksFor } from '../auth/viewer';
import { ServiceRequestEventKind as K, ServiceRequestStatus as S } from './service-request.enums';

/**
 * Who may do what to a service request in which state: pure functions, default deny. The service
 * applies them to a row locked FOR UPDATE, so the decision and the write see the same state.
 */

export const OPEN_STATUSES: readonly S[] = [S.SUBMITTED, S.ACKNOWLEDGED, S.IN_PROGRESS, S.WAITING_FOR_RESIDENT];

export const REOPEN_WINDOW_MS = 30 * 24 * 3600 * 1000;

/** Moves staff may make. Forward skips are allowed (a simple formality can go straight to RESOLVED); going back is the requester's reopen. */
export const STAFF_TRANSITIONS: Readonly<Record<S, readonly S[]>> = {
  [S.SUBMITTED]: [S.ACKNOWLEDGED, S.IN_PROGRESS, S.WAITING_FOR_RESIDENT, S.RESOLVED, S.REJECTED],
  [S.ACKNOWLEDGED]: [S.IN_PROGRESS, S.WAITING_FOR_RESIDENT, S.RESOLVED, S.REJECTED],
  [S.IN_PROGRESS]: [S.WAITING_FOR_RESIDENT, S.RESOLVED, S.REJECTED],
  [S.WAITING_FOR_RESIDENT]: [S.IN_PROGRESS, S.RESOLVED, S.REJECTED],
  [S.RESOLVED]: [S.CLOSED],
  [S.REJECTED]: [S.CLOSED],
  [S.CLOSED]: [],
};

export function isOpen(status: S): boolean {
  return OPEN_STATUSES.includes(status);
}

export function staffMayMove(from: S, to: S): boolean {
  return STAFF_TRANSITIONS[from].includes(to);
}

/** A rejection must say why, a resolution what was done, a request for information what is needed. */
export function messageRequired(to: S): boolean {
  return to === S.REJECTED || to === S.RESOLVED || to === S.WAITING_FOR_RESIDENT;
}

/** How much of a request a viewer may see. */
export enum Access {
  /** Agents of the owning department, admins: everything. */
  STAFF = 'STAFF',
  /** The resident who filed it: everything but internal notes and staff-only facts. */
  REQUESTER = 'REQUESTER',
  /** Anyone, for public requests (reports): never who filed it. */
  PUBLIC = 'PUBLIC',
  NONE = 'NONE',
}

export interface RequestAccessFacts {
  isPublic: boolean;
  requesterId: string | null;
  departmentId: string;
}

export function accessOf(viewer: Viewer | null | undefined, r: RequestAccessFacts): Access {
  if (worksFor(viewer, r.departmentId)) return Access.STAFF;
  if (viewer && r.requesterId === viewer.id) return Access.REQUESTER;
  return r.isPublic ? Access.PUBLIC : Access.NONE;
}

/**
 * Timeline events each level sees. Internal notes and priority changes are staff-only; a resident's
 * reply (answering a question that may ask for personal details) stays between them and staff.
 */
export const VISIBLE_EVENT_KINDS: Readonly<Record<Access, readonly K[]>> = {
  [Access.STAFF]: Object.values(K),
  [Access.REQUESTER]: [
    K.CREATED,
    K.STATUS_CHANGED,
    K.PUBLIC_UPDATE,
    K.ASSIGNED,
    K.RESIDENT_REPLY,
    K.MARKED_DUPLICATE,
    K.RATED,
    K.REQUESTER_EMAILED,
  ],
  [Access.PUBLIC]: [K.CREATED, K.STATUS_CHANGED, K.PUBLIC_UPDATE, K.ASSIGNED, K.MARKED_DUPLICATE, K.RATED],
  [Access.NONE]: [],
};

/**
 * Whether a viewer at this level reads the text of an event. The requester's own words (a reopen
 * reason, a rating comment; replies are not even listed) may hold personal details: the public
 * view of a report shows that they happened, never what they say. Staff's messages are public.
 */
export function eventBodyVisible(access: Access, e: { byRequester: boolean }): boolean {
  return access === Access.STAFF || access === Access.REQUESTER || (access === Access.PUBLIC && !e.byRequester);
}

export interface ReopenFacts {
  status: S;
  resolvedAt: Date | null;
  duplicateOfId: string | null;
}

/** Reason the requester may not reopen, or null. From RESOLVED (or CLOSED after a resolution) within 30 days of it. */
export function reopenRefusal(r: ReopenFacts, now: Date): string | null {
  const resolvedThenClosed = r.status === S.CLOSED && r.resolvedAt !== null && r.duplicateOfId === null;
  if (r.status !== S.RESOLVED && !resolvedThenClosed) return 'NOT_RESOLVED';
  if (!r.resolvedAt || now.getTime() - r.resolvedAt.getTime() > REOPEN_WINDOW_MS) return 'REOPEN_WINDOW_PASSED';
  return null;
}

export interface RateFacts {
  status: S;
  resolvedAt: Date | null;
  duplicateOfId: string | null;
  rating: number | null;
}

/** Reason the requester may not rate, or null: once resolved (resolved or closed after it), once. */
export function rateRefusal(r: RateFacts): string | null {
  if (r.rating !== null) return 'ALREADY_RATED';
  const resolved = r.resolvedAt !== null && r.duplicateOfId === null && (r.status === S.RESOLVED || r.status === S.CLOSED);
  return resolved ? null : 'NOT_RESOLVED';
}

export interface ClockFacts {
  status: S;
  expectedAt: Date;
  pausedAt: Date | null;
}

/** The due date as it stands now: while waiting for the resident the clock is paused, so it moves with time. */
export function effectiveExpectedAt(r: ClockFacts, now: Date): Date {
  if (!r.pausedAt) return r.expectedAt;
  return new Date(r.expectedAt.getTime() + Math.max(0, now.getTime() - r.pausedAt.getTime()));
}

/** Open, not paused past its due date. (A request paused after its due date stays overdue.) */
export function isOverdue(r: ClockFacts, now: Date): boolean {
  return isOpen(r.status) && effectiveExpectedAt(r, now).getTime() < now.getTime();
}
