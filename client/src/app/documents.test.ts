import { buildSchema, Kind, validate, type DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import schemaSource from '../../../schema.graphql?raw';

/**
 * Every operation the features send is valid against the committed schema (fields, arguments,
 * fragments each defined once and used): shared fragments are interpolated by hand, so a missing
 * or stray one would otherwise surface only as a refused request in the browser.
 */
const schema = buildSchema(schemaSource);
const modules = import.meta.glob<Record<string, unknown>>(['/src/features/*/graphql/*.ts', '/src/app/auth.tsx', '/src/app/commune.tsx'], {
  eager: true,
});

const isDocument = (value: unknown): value is DocumentNode =>
  typeof value === 'object' && value !== null && (value as DocumentNode).kind === Kind.DOCUMENT;

const operations = Object.entries(modules).flatMap(([file, exports]) =>
  Object.entries(exports)
    .filter((entry): entry is [string, DocumentNode] => isDocument(entry[1]))
    .filter(([, doc]) => doc.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION))
    .map(([name, doc]) => [`${file.replace('/src/', '')} ${name}`, doc] as const),
);

describe('GraphQL documents', () => {
  it('finds the features’ operations', () => {
    expect(operations.length).toBeGreaterThan(40);
  });

  it.each(operations)('%s is valid against schema.graphql', (_name, doc) => {
    expect(validate(schema, doc).map((e) => e.message)).toEqual([]);
  });
});
