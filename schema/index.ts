// Assembles the GraphQL schema from the area files.
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { builder } from './builder.js';
import './scalars.js';
import './errors.js';
import './enums.js';
import './users.js';
import './portfolios.js';
import './objectives.js';
import './projects.js';
import './audit.js';
import './methodologies.js';
import './project-methodology.js';
import './risks.js';
import './risk-matrix.js';
import './risk-alerts.js';

builder.queryType({ authScopes: { authenticated: true } });
builder.mutationType({ authScopes: { authenticated: true } });

let schema: GraphQLSchema | undefined;

export function buildSchema(): GraphQLSchema {
  schema ??= builder.toSchema();
  return schema;
}

/** The SDL committed as schema/schema.graphql (a test fails when it is stale). */
export function printSchemaSdl(): string {
  return printSchema(lexicographicSortSchema(buildSchema())) + '\n';
}
