// Every part of the schema a client sees in GraphiQL, in codegen output or in an editor's
// completion carries a description: root fields (queries, mutations, subscriptions), types,
// fields, arguments, input fields and enum values. The list of undocumented parts is generated
// from the built schema, so a new field without a description fails here.
import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLSchema,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildSchema } from '../../schema/index.js';

const documented = (description: string | null | undefined): boolean =>
  typeof description === 'string' && description.trim().length > 0;

/** Schema coordinates (`Type.field(arg:)`, as graphql-js prints them) that have no description. */
function undocumented(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  const checkArgs = (coordinate: string, args: readonly GraphQLArgument[]) => {
    for (const arg of args) if (!documented(arg.description)) missing.push(`${coordinate}(${arg.name}:)`);
  };
  const checkField = (typeName: string, field: GraphQLField<unknown, unknown>) => {
    const coordinate = `${typeName}.${field.name}`;
    if (!documented(field.description)) missing.push(coordinate);
    checkArgs(coordinate, field.args);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    if (!documented(type.description)) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) checkField(type.name, field);
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!documented(field.description)) missing.push(`${type.name}.${field.name}`);
      }
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) {
        if (!documented(value.description)) missing.push(`${type.name}.${value.name}`);
      }
    } else if (isUnionType(type)) {
      // A union has no members of its own to describe beyond its name.
    }
  }
  return missing.sort();
}

describe('schema descriptions', () => {
  const schema = buildSchema();

  it('document every query, mutation and subscription, and each of their arguments', () => {
    const roots = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()];
    const rootNames = new Set(roots.flatMap((root) => (root ? [root.name] : [])));
    const missing = undocumented(schema).filter((coordinate) => rootNames.has(coordinate.split('.')[0]!));
    expect(missing).toEqual([]);
  });

  it('document every type, field, argument, input field and enum value', () => {
    expect(undocumented(schema)).toEqual([]);
  });

  it('find an undocumented field when there is one (the walk itself works)', async () => {
    const { GraphQLObjectType, GraphQLSchema, GraphQLString } = await import('graphql');
    const probe = new GraphQLSchema({
      query: new GraphQLObjectType({
        name: 'Query',
        description: 'Root.',
        fields: { documented: { type: GraphQLString, description: 'Yes.' }, bare: { type: GraphQLString, args: { x: { type: GraphQLString } } } },
      }),
    });
    expect(undocumented(probe)).toEqual(['Query.bare', 'Query.bare(x:)']);
  });
});
