import { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { AppError } from '../common/app-error';
import { isUuid } from '../common/ids';

export const MAX_PAGE_SIZE = 100;

/** `first`/`after` of every Relay connection: at most 100 items a page, keyset cursors. */
@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { defaultValue: 20, description: 'Page size, 1 to 100.' })
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first = 20;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  after?: string;
}

@ObjectType({ description: 'Where a page stands in its list (Relay).' })
export class PageInfo {
  @Field({ description: 'True when more items follow this page.' }) hasNextPage: boolean;
  @Field({ description: 'True when this page is not the first.' }) hasPreviousPage: boolean;
  @Field(() => String, { nullable: true, description: 'Cursor of the first item of the page.' }) startCursor: string | null;
  @Field(() => String, { nullable: true, description: 'Cursor of the last item: pass it as `after` for the next page.' }) endCursor:
    string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface ConnectionShape<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  /** A number, or a count that starts only when GraphQL awaits it (see toConnection). */
  totalCount: number | PromiseLike<number>;
}

/** Builds the `XxxConnection` and `XxxEdge` GraphQL types for a node type. */
export function Connection<T>(node: Type<T>, name = node.name): Type<ConnectionShape<T>> {
  @ObjectType(`${name}Edge`, { description: `One ${name} in a page, with its cursor.` })
  class EdgeType {
    @Field({ description: 'Pass as `after` to get the items that follow this one.' }) cursor: string;
    @Field(() => node, { description: `The ${name}.` }) node: T;
  }
  @ObjectType(`${name}Connection`, { isAbstract: true, description: `A page of ${name} items (Relay connection).` })
  abstract class ConnectionType {
    @Field(() => [EdgeType], { description: 'The items of this page, in order.' }) edges: Edge<T>[];
    @Field(() => PageInfo, { description: 'Whether more pages follow, and the cursors to get them.' }) pageInfo: PageInfo;
    @Field(() => Int, { description: 'Number of items in the whole list (all pages).' })
    totalCount: number;
  }
  return ConnectionType as unknown as Type<ConnectionShape<T>>;
}

/** Keyset position: the sort value and the id of the last row seen. */
export type CursorKey = [value: string | number | null, id: string];

/**
 * What a list sorts on, so the codec can check a cursor's value before it reaches SQL (a value
 * PostgreSQL cannot cast is the client's error, never an internal one):
 * - `timestamp`: the row's timestamp as text with its microseconds (`2026-03-01T10:00:00.123456Z`),
 *   selected by the repository with `to_char(… 'US')`: a JavaScript Date keeps only milliseconds,
 *   and rows created within one millisecond would be skipped by the next page.
 * - `int`: a count (PostgreSQL `integer`).
 * - `float`: a distance (PostgreSQL `float8`), finite.
 * - `id`: no sort value (`null`): the list is ordered by id alone.
 */
export type CursorKind = 'timestamp' | 'int' | 'float' | 'id';
type CursorValue<K extends CursorKind> = K extends 'timestamp' ? string : K extends 'id' ? null : number;

const ISO_MICROS = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\.(\d{6})Z$/;
const INT4_MIN = -2147483648;
const INT4_MAX = 2147483647;

/** A real instant PostgreSQL can read: no 31st of February, no hour 25, no year 0. */
function isTimestampKey(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = ISO_MICROS.exec(value);
  if (!m) return false;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number);
  if (year < 1) return false;
  // setUTCFullYear, not Date.UTC, which reads years 0-99 as 1900-1999; overflows roll over and show.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second);
  return (
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    date.getUTCHours() === hour &&
    date.getUTCMinutes() === minute &&
    date.getUTCSeconds() === second
  );
}

function fits(kind: CursorKind, value: unknown): boolean {
  switch (kind) {
    case 'timestamp':
      return isTimestampKey(value);
    case 'int':
      return Number.isInteger(value) && (value as number) >= INT4_MIN && (value as number) <= INT4_MAX;
    case 'float':
      return typeof value === 'number' && Number.isFinite(value);
    case 'id':
      return value === null;
  }
}

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/**
 * The one cursor decoder: a cursor is `[value, id]` where the value has the list's sort kind and
 * the id is a UUID. Anything else (hand-made, from another list or another order) is refused as
 * BAD_USER_INPUT on `path`, so no caller hands an unchecked value to SQL.
 */
export function decodeCursor<K extends CursorKind>(
  cursor: string | null | undefined,
  kind: K,
  path = 'after',
): [value: CursorValue<K>, id: string] | undefined {
  if (cursor === undefined || cursor === null) return undefined;
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    key = undefined;
  }
  if (Array.isArray(key) && key.length === 2 && fits(kind, key[0]) && isUuid(key[1])) {
    return [key[0] as CursorValue<K>, key[1] as string];
  }
  throw AppError.field(path, 'isCursor', 'is not a cursor returned by this list');
}

/**
 * Turns `first + 1` fetched rows into a page: the extra row only tells whether there is a next page.
 *
 * `totalCount` is an exact `count(*)` over the whole filtered list: on a large table it costs more
 * than the page itself (a scan of every matching row), so it runs only when a client asks for it.
 * It is a lazy thenable, not a getter: GraphQL awaits a field's value only when the field is
 * selected, and a resolver that copies the page (`{ ...page, edges }`) copies the thenable without
 * starting the query (a getter runs at the copy, as the districts and notifications lists did).
 * Awaited twice, it still counts once. The API keeps the exact count (no estimate): a client that
 * shows a list's size selects it; the web client's infinite lists do not.
 */
export function toConnection<T>(
  rows: T[],
  first: number,
  keyOf: (row: T) => CursorKey,
  totalCount: number | (() => Promise<number>),
  hasPrevious = false,
): ConnectionShape<T> {
  const page = rows.slice(0, first);
  const edges = page.map((node) => ({ node, cursor: encodeCursor(keyOf(node)) }));
  let counted: Promise<number> | undefined;
  return {
    edges,
    totalCount: typeof totalCount === 'number' ? totalCount : { then: (ok, ko) => (counted ??= totalCount()).then(ok, ko) },
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: hasPrevious,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}
