/**
 * The one error type the domains throw. `code` is from the closed set of shared/DESIGN.md and
 * becomes `extensions.code`; `reason` is a machine word the client translates (the server sends no
 * finished sentences); `fields` name the inputs at fault for BAD_USER_INPUT.
 */
export const ERROR_CODES = ['BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'RATE_LIMITED'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface FieldError {
  /** Dotted path of the input at fault, e.g. `input.email`. */
  path: string;
  /** A short English explanation for API users; clients translate `constraint`. */
  message: string;
  /** The rule that failed (`isEmail`, `maxLength`, `required`…). */
  constraint?: string;
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly reason: string,
    readonly fields?: FieldError[],
    /** Extra machine-readable facts (e.g. `retryAfterSeconds`). */
    readonly details?: Record<string, unknown>,
  ) {
    super(`${code}: ${reason}`);
    this.name = 'AppError';
  }

  static badInput(reason: string, fields: FieldError[]): AppError {
    return new AppError('BAD_USER_INPUT', reason, fields);
  }

  static field(path: string, constraint: string, message: string): AppError {
    return new AppError('BAD_USER_INPUT', 'INVALID_INPUT', [{ path, constraint, message }]);
  }

  static notFound(reason = 'NOT_FOUND'): AppError {
    return new AppError('NOT_FOUND', reason);
  }

  static forbidden(reason = 'FORBIDDEN'): AppError {
    return new AppError('FORBIDDEN', reason);
  }

  static unauthenticated(reason = 'UNAUTHENTICATED'): AppError {
    return new AppError('UNAUTHENTICATED', reason);
  }

  static conflict(reason: string): AppError {
    return new AppError('CONFLICT', reason);
  }
}

/** HTTP status for REST endpoints (media, exports, Open311) that throw AppError. */
export function httpStatusOf(code: ErrorCode): number {
  switch (code) {
    case 'BAD_USER_INPUT':
      return 400;
    case 'UNAUTHENTICATED':
      return 401;
    case 'FORBIDDEN':
      return 403;
    case 'NOT_FOUND':
      return 404;
    case 'CONFLICT':
      return 409;
    case 'RATE_LIMITED':
      return 429;
  }
}
