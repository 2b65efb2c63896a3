/**
 * Turns what the server refused into sentences in the reader's language. The server sends machine
 * words only (`extensions.code`, `extensions.reason`, `extensions.fields[].constraint`); the
 * catalogs hold the sentences:
 *   - `errors.<REASON>`, else `errors.<CODE>`, else `errors.UNKNOWN` for the message;
 *   - for a field, `errors.fieldOf.<last path segment>.<constraint>` (e.g. `errors.fieldOf.password.minLength`),
 *     else `errors.field.<constraint>`, else `errors.field.invalid`.
 * Extra facts in `extensions` (e.g. `retryAfterSeconds`) are available as `{placeholders}`.
 */
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import type { TFunction } from './I18nProvider';

export interface FieldProblem {
  /** Dotted path of the input at fault, as the server names it: `input.email`, `departmentId`. */
  path: string;
  constraint?: string;
  message?: string;
}

export interface AppErrorInfo {
  code: string;
  reason: string;
  fields: FieldProblem[];
  /** Everything else in `extensions` (numbers and strings only), for placeholders. */
  details: Record<string, string | number>;
}

export interface DescribedError {
  code: string;
  reason: string;
  /** The sentence to show above the form or in place of the page content. */
  message: string;
  /** One translated sentence per field at fault, keyed by path (`input.email`). */
  fields: Record<string, string>;
  /** The request id, to quote when reporting a problem. */
  requestId?: string;
}

interface RawGraphQLError {
  message?: string;
  extensions?: Record<string, unknown>;
}

function infoOf(raw: RawGraphQLError): AppErrorInfo {
  const ext = raw.extensions ?? {};
  const code = typeof ext.code === 'string' ? ext.code : 'UNKNOWN';
  const reason = typeof ext.reason === 'string' ? ext.reason : code;
  const fields = Array.isArray(ext.fields) ? (ext.fields as FieldProblem[]).filter((f) => f && typeof f.path === 'string') : [];
  const details: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(ext)) {
    if (k !== 'code' && k !== 'reason' && (typeof v === 'string' || typeof v === 'number')) details[k] = v;
  }
  return { code, reason, fields, details };
}

function parseBody(text: string): RawGraphQLError[] {
  try {
    const body = JSON.parse(text) as { errors?: RawGraphQLError[] };
    return Array.isArray(body.errors) ? body.errors : [];
  } catch {
    return [];
  }
}

/** The server's errors inside whatever Apollo (or fetch) threw; a lost connection is code NETWORK. */
export function errorsOf(error: unknown): AppErrorInfo[] {
  if (!error) return [];
  if (CombinedGraphQLErrors.is(error)) return error.errors.map((e) => infoOf(e as RawGraphQLError));
  if (ServerError.is(error)) {
    const found = parseBody(error.bodyText).map(infoOf);
    if (found.length) return found;
    return [
      { code: error.statusCode >= 500 ? 'INTERNAL_SERVER_ERROR' : 'UNKNOWN', reason: `HTTP_${error.statusCode}`, fields: [], details: {} },
    ];
  }
  if (typeof error === 'object' && error !== null && Array.isArray((error as { errors?: unknown }).errors)) {
    return (error as { errors: RawGraphQLError[] }).errors.map(infoOf);
  }
  if (error instanceof TypeError || (error instanceof Error && /fetch|network/i.test(error.message))) {
    return [{ code: 'NETWORK', reason: 'NETWORK', fields: [], details: {} }];
  }
  return [{ code: 'UNKNOWN', reason: 'UNKNOWN', fields: [], details: {} }];
}

const lastSegment = (path: string) => path.split('.').pop() ?? path;

/** The translated message for one field problem. */
export function fieldMessage(field: FieldProblem, t: TFunction): string {
  const constraint = field.constraint ?? 'invalid';
  const candidates = [`errors.fieldOf.${lastSegment(field.path)}.${constraint}`, `errors.field.${constraint}`, 'errors.field.invalid'];
  for (const key of candidates) {
    const text = t(key);
    if (text !== key) return text;
  }
  return constraint;
}

/** The first error as a message plus per-field messages (the first problem of each field wins). */
export function describeError(error: unknown, t: TFunction): DescribedError | null {
  const all = errorsOf(error);
  const first = all[0];
  if (!first) return null;
  const params: Record<string, string | number> = { ...first.details };
  if (typeof params.retryAfterSeconds === 'number') params.retryAfterMinutes = Math.max(1, Math.ceil(params.retryAfterSeconds / 60));
  let message = '';
  for (const key of [`errors.${first.reason}`, `errors.${first.code}`, 'errors.UNKNOWN']) {
    const text = t(key, params);
    if (text !== key) {
      message = text;
      break;
    }
  }
  const fields: Record<string, string> = {};
  for (const e of all) {
    for (const f of e.fields) fields[f.path] ??= fieldMessage(f, t);
  }
  const requestId = typeof first.details.requestId === 'string' ? first.details.requestId : undefined;
  return { code: first.code, reason: first.reason, message: message || first.reason, fields, requestId };
}
