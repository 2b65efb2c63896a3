import { ArgumentMetadata, Injectable, ValidationPipe } from '@nestjs/common';
import { AppError } from './app-error';
import { assertWellFormedText, flattenValidationErrors } from './validation';

/**
 * GraphQL parameter kinds as Nest hands them to pipes (`GqlParamtype`): only ARGS (3) is the
 * client's input; ROOT/`@Parent()` (0), CONTEXT (1) and INFO (2) are the server's own values.
 */
const GRAPHQL_SERVER_VALUES = new Set<unknown>([0, 1, 2]);

/** Distinct argument values remembered per argument class before that class's memory starts over. */
const MAX_REMEMBERED_PER_CLASS = 500;

/**
 * class-validator on every argument; failures become BAD_USER_INPUT with one entry per field,
 * paths prefixed with the argument name (`input.email`). Unknown input properties are refused.
 * Before any of that, every string of every client argument (GraphQL args, REST body, query and
 * params) must be well-formed text: once here, so no input DTO or ID argument can forget it and
 * hand PostgreSQL a NUL byte or an argon2/e-mail library a lone surrogate.
 *
 * Cheap on the hot path, because Nest runs the global pipe on every parameter of every resolver
 * call, field resolvers included (a page of 20 comments calls `replies(first:)` 20 times):
 * - server values (`@Parent()` rows, the context, `@Viewer()`) are passed through untouched;
 * - a flat argument object (only scalars: pagination, filters of enums and ids) that already
 *   passed validation is not validated again: its class and its JSON are remembered, and a copy
 *   of the instance built then is returned. The verdict depends on nothing but the class and the
 *   value, so it holds across requests; a refused value is never remembered (every refusal is
 *   checked and reported each time). Nested inputs (`input: CreateXInput`) are validated each time.
 */
@Injectable()
export class AppValidationPipe extends ValidationPipe {
  private readonly passed = new WeakMap<object, Map<string, object>>();

  constructor() {
    super({
      transform: true,
      whitelist: true,
      forbidNonWhitelisted: true,
      validateCustomDecorators: false,
      exceptionFactory: (errors) => AppError.badInput('INVALID_INPUT', flattenValidationErrors(errors)),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // `custom` parameters (@Viewer()) and GraphQL's parent, context and info are not input.
    if (metadata.type === 'custom' || GRAPHQL_SERVER_VALUES.has(metadata.type)) return value;
    const key = rememberable(value, metadata);
    const known = key === undefined ? undefined : this.passed.get(metadata.metatype!)?.get(key);
    if (known) return Object.assign(Object.create(Object.getPrototypeOf(known) as object) as object, known);

    assertWellFormedText(value, metadata.data ?? '');
    let result: unknown;
    try {
      result = await super.transform(value, metadata);
    } catch (error) {
      if (error instanceof AppError && error.fields && metadata.data) {
        throw AppError.badInput(
          error.reason,
          error.fields.map((f) => ({ ...f, path: `${metadata.data}.${f.path}` })),
        );
      }
      throw error;
    }
    if (key !== undefined && isFlat(result)) this.remember(metadata.metatype!, key, result);
    return result;
  }

  private remember(metatype: object, key: string, instance: object): void {
    let byValue = this.passed.get(metatype);
    if (!byValue) this.passed.set(metatype, (byValue = new Map()));
    // Cursors make values many and short-lived: past the bound the memory starts over (no growth).
    if (byValue.size >= MAX_REMEMBERED_PER_CLASS) byValue.clear();
    byValue.set(key, Object.assign(Object.create(Object.getPrototypeOf(instance) as object) as object, instance));
  }
}

/**
 * The memory key of an argument worth remembering: a validated class (not String, Number…) whose
 * value is a flat object of scalars, as JSON; undefined otherwise.
 */
function rememberable(value: unknown, metadata: ArgumentMetadata): string | undefined {
  const metatype = metadata.metatype;
  if (!metatype || metatype === Object || metatype === String || metatype === Number || metatype === Boolean || metatype === Array)
    return undefined;
  if (!isFlat(value)) return undefined;
  return JSON.stringify(value);
}

/** A plain or class object whose own values are all scalars (no nested object or array to share). */
function isFlat(value: unknown): value is object {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  for (const key in value) {
    const v = (value as Record<string, unknown>)[key];
    if (v !== null && typeof v === 'object') return false;
  }
  return true;
}
