import { ValidationError } from 'class-validator';
import { AppError, FieldError } from './app-error';

/** Flattens class-validator's nested errors into `{ path, constraint, message }` entries. */
export function flattenValidationErrors(errors: ValidationError[], prefix = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const error of errors) {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    for (const [constraint, message] of Object.entries(error.constraints ?? {})) {
      out.push({ path, constraint, message });
    }
    if (error.children?.length) out.push(...flattenValidationErrors(error.children, path));
  }
  return out;
}

/**
 * NUL (PostgreSQL text cannot hold it) and unpaired UTF-16 surrogates (not Unicode: they cannot be
 * encoded as UTF-8, e-mail or JSON for other clients without being silently replaced).
 */
const MAX_INPUT_DEPTH = 32;

const MALFORMED_TEXT = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Every string inside an input value that is not well-formed text, as field errors with their
 * dotted path (`input.title`, `input.tags.2`). Inputs are JSON-shaped (no cycles); a JSON scalar
 * could nest arbitrarily deep, so past MAX_INPUT_DEPTH the value is refused rather than walked.
 */
export function malformedTextFields(value: unknown, path: string, depth = 0): FieldError[] {
  if (depth > MAX_INPUT_DEPTH) return [{ path, constraint: 'maxDepth', message: `must not nest deeper than ${MAX_INPUT_DEPTH} levels` }];
  if (typeof value === 'string') {
    return MALFORMED_TEXT.test(value)
      ? [{ path, constraint: 'isWellFormedText', message: 'must not contain NUL characters or unpaired surrogates' }]
      : [];
  }
  if (Array.isArray(value)) return value.flatMap((item, i) => malformedTextFields(item, `${path}.${i}`, depth + 1));
  if (isPlainObject(value)) {
    return Object.entries(value).flatMap(([key, item]) => {
      const at = path ? `${path}.${key}` : key;
      return [...malformedTextFields(key, at), ...malformedTextFields(item, at, depth + 1)];
    });
  }
  return [];
}

/** Throws BAD_USER_INPUT naming every string of `value` that is not well-formed text. */
export function assertWellFormedText(value: unknown, path: string): void {
  const malformed = malformedTextFields(value, path);
  if (malformed.length) throw AppError.badInput('INVALID_INPUT', malformed);
}

/** Parsed JSON and GraphQL input objects; never a Buffer, a stream or a class instance. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}
