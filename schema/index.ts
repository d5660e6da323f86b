// Assembles the GraphQL schema: what every domain shares, then each domain's skin. A new domain
// adds its folder here (and its server side to server/domains.ts).
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { builder } from './builder.js';
import './shared/scalars.js';
import './shared/errors.js';
import './shared/audit.js';
import './users/index.js';
import './portfolio/index.js';
import './projects/index.js';
import './methodology/index.js';
import './risks/index.js';
import './schedule/index.js';
import './reporting/index.js';
import './resources/index.js';
import './skills/index.js';
import './training/index.js';
import './governance/index.js';

builder.queryType({ description: 'Reads. Every field needs a signed-in viewer and answers only what the viewer may see.', authScopes: { authenticated: true } });
builder.mutationType({
  description: 'Changes. Each takes one `input` and answers its success type or a typed error; a failed change changes nothing.',
  authScopes: { authenticated: true },
});
builder.subscriptionType({ description: 'Live events over graphql-ws (WebSocket) or SSE.', authScopes: { authenticated: true } });

let schema: GraphQLSchema | undefined;

export function buildSchema(): GraphQLSchema {
  schema ??= builder.toSchema();
  return schema;
}

/** The SDL committed as schema/schema.graphql (a test fails when it is stale). */
export function printSchemaSdl(): string {
  return printSchema(lexicographicSortSchema(buildSchema())) + '\n';
}
