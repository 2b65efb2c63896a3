import { unwrapResolverError } from '@apollo/server/errors';
import { HttpException } from '@nestjs/common';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { AppError, ErrorCode } from '../common/app-error';
import { appErrorFromDatabase } from '../common/database-error';

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
 * errors (AppError, and database refusals mapped by SQLSTATE), a generic internal error (logged with the request id) for everything else. Never a stack,
 * a SQL text or a file path.
 */
export interface FormatErrorOptions {
  /** Strip graphql-js's "Did you mean …?" hints, which spell out the schema when introspection is off. */
  hideSchemaDetails?: boolean;
}

export function formatError(formatted: GraphQLFormattedError, error: unknown, options: FormatErrorOptions = {}): GraphQLFormattedError {
  const shown = formatKnown(formatted, error);
  return options.hideSchemaDetails ? { ...shown, message: withoutSuggestions(shown.message) } : shown;
}

/** graphql-js appends its suggestions at the end of validation and coercion messages. */
export function withoutSuggestions(message: string): string {
  return message.replace(/ ?Did you mean(.+?)\?$/, '');
}

/**
 * Apollo's request pipeline refuses some requests (a persisted query whose hash does not match its
 * text) with an HTTP 400 and no code: those are refusals of the request as sent, not failures.
 */
function isPipelineRefusal(error: unknown): boolean {
  if (!(error instanceof GraphQLError) || error.originalError || error.path || error.extensions?.code) return false;
  const http = error.extensions?.http as { status?: number } | undefined;
  return http?.status === 400;
}

function formatKnown(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const unwrapped = unwrapResolverError(error);
  const original = unwrapped instanceof AppError ? unwrapped : (appErrorFromDatabase(unwrapped) ?? unwrapped);
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
  const code = isPipelineRefusal(error) ? 'BAD_REQUEST' : (formatted.extensions?.code as string | undefined);
  if (code && APOLLO_CODES.has(code)) {
    const { stacktrace: _s, exception: _e, ...rest } = (formatted.extensions ?? {}) as Record<string, unknown>;
    return { ...base, message: formatted.message, extensions: { ...rest, code } };
  }
  return { ...base, message: 'Internal server error', extensions: { code: INTERNAL } };
}
