import { errorsOf } from '@/i18n';
import type { Tone } from '@/ui';
import type { RequestEvent, RequestStatus } from './graphql/service-requests.graphql';

/** The feature's message namespace (the folder name, as the catalogs require). */
export const NS = 'service-requests';

/** Colour of each status badge; the badge text always says the status (colour is never the only cue). */
export const STATUS_TONES: Record<RequestStatus, Tone> = {
  SUBMITTED: 'info',
  ACKNOWLEDGED: 'info',
  IN_PROGRESS: 'info',
  WAITING_FOR_RESIDENT: 'warning',
  RESOLVED: 'success',
  REJECTED: 'danger',
  CLOSED: 'neutral',
};

export const OPEN_STATUSES: RequestStatus[] = ['SUBMITTED', 'ACKNOWLEDGED', 'IN_PROGRESS', 'WAITING_FOR_RESIDENT'];

/**
 * The moves staff may make, mirrored from the server's policy only to offer sensible choices:
 * the server decides (CONFLICT INVALID_TRANSITION otherwise).
 */
export const STAFF_TRANSITIONS: Record<RequestStatus, RequestStatus[]> = {
  SUBMITTED: ['ACKNOWLEDGED', 'IN_PROGRESS', 'WAITING_FOR_RESIDENT', 'RESOLVED', 'REJECTED'],
  ACKNOWLEDGED: ['IN_PROGRESS', 'WAITING_FOR_RESIDENT', 'RESOLVED', 'REJECTED'],
  IN_PROGRESS: ['WAITING_FOR_RESIDENT', 'RESOLVED', 'REJECTED'],
  WAITING_FOR_RESIDENT: ['IN_PROGRESS', 'RESOLVED', 'REJECTED'],
  RESOLVED: ['CLOSED'],
  REJECTED: ['CLOSED'],
  CLOSED: [],
};

/** Statuses whose change needs a message (the server answers MESSAGE_REQUIRED otherwise). */
export const MESSAGE_REQUIRED: RequestStatus[] = ['RESOLVED', 'REJECTED', 'WAITING_FOR_RESIDENT'];

export const REOPEN_WINDOW_MS = 30 * 24 * 3600 * 1000;

export const REFERENCE_PATTERN = /^\s*PAR-\d{4}-\d{6,9}\s*$/i;

/**
 * A field error found before calling the server (a blank message, half a map point), shaped like
 * the server's so `useFormErrors` shows it beside the field the same way.
 */
export function localError(problems: { path: string; constraint: string }[]) {
  return { errors: [{ message: 'local', extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT', fields: problems } }] };
}

export const isBlank = (value: FormDataEntryValue | null | undefined) => typeof value !== 'string' || value.trim() === '';

/**
 * Renames a server reason this feature shares with another one (a catalog key exists once, and the
 * proposals feature owns `errors.INVALID_TRANSITION` with a sentence about proposals).
 */
export function renameReason(error: unknown, from: string, to: string): unknown {
  const found = errorsOf(error)[0];
  if (found?.reason !== from) return error;
  return { errors: [{ message: to, extensions: { ...found.details, code: found.code, reason: to, fields: found.fields } }] };
}

/** What the live region says when someone else changed the request while its page was open. */
export interface LiveNews {
  key: string;
  params: Record<string, string>;
}

type LiveView = {
  status: RequestStatus;
  viewerIsRequester: boolean;
  events: Pick<RequestEvent, 'id' | 'kind' | 'byRequester' | 'author'>[];
};

/**
 * The news in a live update of the request, or null when there is none worth saying: the new
 * events, except those the viewer made (their own reply, or an agent's own change, which the
 * page already confirmed), most important first: a new status, an update of the town hall, the
 * requester's answer (for staff), a note (for staff), anything else.
 */
export function liveNews(
  before: LiveView,
  after: LiveView,
  viewerId: string | null,
  statusLabel: (s: RequestStatus) => string,
): LiveNews | null {
  const seen = new Set(before.events.map((e) => e.id));
  const fresh = after.events.filter(
    (e) => !seen.has(e.id) && !(viewerId && e.author?.id === viewerId) && !(e.byRequester && after.viewerIsRequester),
  );
  if (!fresh.length) return null;
  const kinds = new Set(fresh.map((e) => e.kind));
  if (after.status !== before.status && (kinds.has('STATUS_CHANGED') || kinds.has('MARKED_DUPLICATE'))) {
    return { key: 'service-requests.live.status', params: { status: statusLabel(after.status) } };
  }
  if (kinds.has('PUBLIC_UPDATE')) return { key: 'service-requests.live.publicUpdate', params: {} };
  if (kinds.has('RESIDENT_REPLY')) return { key: 'service-requests.live.reply', params: {} };
  if (kinds.has('INTERNAL_NOTE')) return { key: 'service-requests.live.note', params: {} };
  return { key: 'service-requests.live.updated', params: {} };
}
