// What GraphQL clients need besides the SDL, printed from the same schema as schema.graphql and
// committed beside it (`npm run codegen`, a test fails when they are stale):
//  - possible-types.json: the members of each interface and union, for Apollo's InMemoryCache
//    `possibleTypes` (without it `... on Error` and `... on Node` fragments do not match cached
//    objects); the same JSON as @graphql-codegen/fragment-matcher writes;
//  - introspection.json: the introspection result, for tools that do not read SDL; the same
//    JSON as @graphql-codegen/introspection writes.
import { introspectionFromSchema, isAbstractType, lexicographicSortSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from './index.js';

/** Committed files, relative to the repository root. */
export const CLIENT_ARTEFACTS = {
  possibleTypes: 'schema/possible-types.json',
  introspection: 'schema/introspection.json',
} as const;

const sorted = (): GraphQLSchema => lexicographicSortSchema(buildSchema());

/** Interface and union names, each with the object types that can appear in its place. */
export function possibleTypes(schema: GraphQLSchema = sorted()): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isAbstractType(type) || type.name.startsWith('__')) continue;
    result[type.name] = schema.getPossibleTypes(type).map((member) => member.name).sort();
  }
  return result;
}

export const printPossibleTypes = (): string => JSON.stringify({ possibleTypes: possibleTypes() }, null, 2) + '\n';

export const printIntrospection = (): string =>
  JSON.stringify(
    introspectionFromSchema(sorted(), { descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true }),
    null,
    2,
  ) + '\n';
