import { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { AppError } from '../common/app-error';

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
  /** Resolved lazily: see toConnection. */
  totalCount: number;
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

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string | undefined, path = 'after'): CursorKey | undefined {
  if (cursor === undefined || cursor === null) return undefined;
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === 2 && typeof key[1] === 'string') return key as CursorKey;
  } catch {
    // fall through to the error below
  }
  throw AppError.field(path, 'isCursor', 'is not a cursor returned by this list');
}

/**
 * Turns `first + 1` fetched rows into a page: the extra row only tells whether there is a next page.
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
    // A getter, so the count query runs only when a client selects totalCount (and once).
    get totalCount() {
      if (typeof totalCount === 'number') return totalCount;
      counted ??= totalCount();
      return counted as unknown as number;
    },
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: hasPrevious,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}
