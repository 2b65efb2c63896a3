import { unwrapResolverError } from '@apollo/server/errors';
import { HttpException } from '@nestjs/common';
import { GraphQLFormattedError } from 'graphql';
import { AppError, ErrorCode } from '../common/app-error';

/** Apollo's own codes for requests that never reached a resolver: their messages are safe. */
const APOLLO_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'QUERY_TOO_COMPLEX',
]);

const HTTP_CODES: Record<number, ErrorCode> = {
  400: 'BAD_USER_INPUT',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  429: 'RATE_LIMITED',
};

/** Marks an error the formatter hid, so the logging plugin knows to log it in full. */
export const INTERNAL = 'INTERNAL_SERVER_ERROR';

/**
 * The one place errors become what clients see: `extensions { code, reason, fields }` for known
 * errors, a generic internal error (logged with the request id) for everything else. Never a stack,
 * a SQL text or a file path.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = { locations: formatted.locations, path: formatted.path };
  if (original instanceof AppError) {
    return {
      ...base,
      message: original.fields?.length
        ? `${original.reason}: ${original.fields.map((f) => `${f.path} ${f.message}`).join('; ')}`
        : original.reason,
      extensions: {
        code: original.code,
        reason: original.reason,
        ...(original.fields ? { fields: original.fields } : {}),
        ...(original.details ?? {}),
      },
    };
  }
  if (original instanceof HttpException && HTTP_CODES[original.getStatus()]) {
    const code = HTTP_CODES[original.getStatus()];
    return { ...base, message: code, extensions: { code, reason: code } };
  }
  const code = formatted.extensions?.code as string | undefined;
  if (code && APOLLO_CODES.has(code)) {
    const { stacktrace: _s, exception: _e, ...rest } = (formatted.extensions ?? {}) as Record<string, unknown>;
    return { ...base, message: formatted.message, extensions: { ...rest, code } };
  }
  return { ...base, message: 'Internal server error', extensions: { code: INTERNAL } };
}
