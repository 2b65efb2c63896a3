import { errorsOf } from '@/i18n';
import type { Tone } from '@/ui';
import type { RequestStatus } from './graphql/service-requests.graphql';

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
