import { AppError, FieldError } from './app-error';

/**
 * The facts PostgreSQL reports with an error (node-postgres copies them on its DatabaseError, and
 * TypeORM's QueryFailedError onto itself and its `driverError`). Read by shape, so this module needs
 * neither driver nor ORM.
 */
interface PgErrorFields {
  code: string;
  severity?: string;
  message?: string;
  detail?: string;
  table?: string;
  column?: string;
  constraint?: string;
}

function pgFieldsOf(error: unknown): PgErrorFields | undefined {
  const candidate = (error as { driverError?: unknown } | null)?.driverError ?? error;
  const e = candidate as Partial<PgErrorFields> | null;
  if (!e || typeof e !== 'object' || typeof e.code !== 'string' || !/^[0-9A-Z]{5}$/.test(e.code)) return undefined;
  // A SQLSTATE alone could be any library's code: PostgreSQL's errors always carry a severity.
  return typeof e.severity === 'string' ? (e as PgErrorFields) : undefined;
}

const camel = (snake: string) => snake.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/**
 * The input fields a constraint speaks of: the columns of `Key (a, b)=(…)` in the detail (unique
 * and foreign keys; the values are never repeated), else the constraint's name past its prefix and
 * table (`ck_proposals_progress` → `progress`, per the naming rules of STYLE.md), else the column.
 */
function fieldsOf(e: PgErrorFields, constraint: string, message: string): FieldError[] {
  const keyColumns = /^Key \(([^)]+)\)=/.exec(e.detail ?? '')?.[1];
  const named = e.constraint && e.table ? new RegExp(`^(?:pk|fk|uq|ix|ck)_${e.table}_(.+)$`).exec(e.constraint)?.[1] : undefined;
  const names = keyColumns
    ? keyColumns.split(',').map((c) => c.trim().replace(/^"|"$/g, ''))
    : named
      ? [named]
      : e.column
        ? [e.column]
        : [];
  return names.map((name) => ({ path: camel(name), constraint, message }));
}

/**
 * The one mapping of database refusals to what a client sees, by SQLSTATE: a constraint the input
 * broke is the client's error, with the field named from the constraint; anything else (a lost
 * connection, a deadlock, a bug in our SQL) stays an internal error. Returns undefined for those.
 * Each use case checks what it can first and says why in its own words; this is the net under
 * the checks that only the database can make (races on a unique key, a row deleted meanwhile) and
 * under the ones a use case forgot.
 */
export function appErrorFromDatabase(error: unknown): AppError | undefined {
  const e = pgFieldsOf(error);
  if (!e) return undefined;
  switch (e.code) {
    case '23505': // unique_violation
      return new AppError('CONFLICT', 'ALREADY_EXISTS', fieldsOf(e, 'isUnique', 'is already taken'));
    case '23503': // foreign_key_violation
      // Deleting a row still referenced is a conflict with those rows; pointing at a missing one is bad input.
      return /^update or delete/.test(e.message ?? '')
        ? new AppError('CONFLICT', 'STILL_REFERENCED', fieldsOf(e, 'isReferenced', 'is still referenced'))
        : AppError.badInput('REFERENCE_NOT_FOUND', fieldsOf(e, 'exists', 'does not exist'));
    case '23514': // check_violation
      return AppError.badInput('INVALID_INPUT', fieldsOf(e, 'check', 'is not allowed'));
    case '23502': // not_null_violation
      return AppError.badInput('INVALID_INPUT', fieldsOf(e, 'isDefined', 'is required'));
  }
  // Class 22, data exceptions: a value PostgreSQL cannot read (invalid text for a uuid or a number,
  // a date out of range, a NUL byte, a string too long for its column).
  if (e.code.startsWith('22')) return AppError.badInput('INVALID_INPUT', fieldsOf(e, 'isValid', 'is not a valid value'));
  return undefined;
}
