import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  buildSchema,
  GraphQLNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
} from 'graphql';
import { TestApp } from '../harness/test-app';

/**
 * STYLE §9: every public GraphQL type and field has a description. The schema is the documentation
 * outside scripts and town-hall tools read (introspection, schema.graphql), so a missing one fails
 * here with the full list of what lacks it. The root operation types are only containers and
 * GraphQL's own scalars are described by the specification, so both are left out.
 */
const ROOTS = new Set(['Query', 'Mutation', 'Subscription']);

function missingDescriptions(types: GraphQLNamedType[]): string[] {
  const missing: string[] = [];
  const blank = (text: string | null | undefined) => !text || text.trim() === '';
  for (const type of types) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    if (!ROOTS.has(type.name) && blank(type.description)) missing.push(`type ${type.name}`);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (blank(field.description)) missing.push(`field ${type.name}.${field.name}`);
        for (const arg of field.args) {
          if (blank(arg.description)) missing.push(`argument ${type.name}.${field.name}(${arg.name})`);
        }
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (blank(field.description)) missing.push(`input field ${type.name}.${field.name}`);
      }
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) {
        if (blank(value.description)) missing.push(`enum value ${type.name}.${value.name}`);
      }
    }
  }
  return missing;
}

describe('GraphQL schema descriptions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t?.close());

  it('describes every type, field, argument and enum value', () => {
    const schema = t.get<GraphQLSchemaHost>(GraphQLSchemaHost).schema;
    const types = Object.values(schema.getTypeMap()).sort((a, b) => a.name.localeCompare(b.name));
    // Compared as a list, so a failure prints every undescribed element at once.
    expect(missingDescriptions(types)).toEqual([]);
  });

  it('reports what lacks a description (the walk itself is checked)', () => {
    const bare = buildSchema(`
      type Query { item(id: ID): Item }
      """An item."""
      type Item { name: String kind: Kind }
      enum Kind { A }
      input Filter { name: String }
      type Mutation { save(filter: Filter): Item }
    `);
    const types = Object.values(bare.getTypeMap()).sort((a, b) => a.name.localeCompare(b.name));
    expect(missingDescriptions(types)).toEqual([
      'type Filter',
      'input field Filter.name',
      'field Item.name',
      'field Item.kind',
      'type Kind',
      'enum value Kind.A',
      'field Mutation.save',
      'argument Mutation.save(filter)',
      'field Query.item',
      'argument Query.item(id)',
    ]);
  });
});
