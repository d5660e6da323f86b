/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query NestedPortfolios {\n    portfolios {\n      edges {\n        node {\n          name\n          budget\n          projects(first: 50) {\n            totalCount\n            edges {\n              node {\n                code\n                budget\n                manager { name }\n                members { user { name } }\n                objectives { name }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.NestedPortfoliosDocument,
    "\n  query ProjectsWithRelations {\n    projects(first: 100) {\n      edges {\n        node {\n          code\n          portfolio { name owner { name } }\n          sponsor { name }\n          alignments { score objective { name } }\n          members { projectRole user { name costRate } }\n          auditTrail(first: 3) { edges { node { action actor { name } } } }\n        }\n      }\n    }\n  }\n": typeof types.ProjectsWithRelationsDocument,
    "\n  query SmokeViewer {\n    viewer { name role }\n  }\n": typeof types.SmokeViewerDocument,
};
const documents: Documents = {
    "\n  query NestedPortfolios {\n    portfolios {\n      edges {\n        node {\n          name\n          budget\n          projects(first: 50) {\n            totalCount\n            edges {\n              node {\n                code\n                budget\n                manager { name }\n                members { user { name } }\n                objectives { name }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.NestedPortfoliosDocument,
    "\n  query ProjectsWithRelations {\n    projects(first: 100) {\n      edges {\n        node {\n          code\n          portfolio { name owner { name } }\n          sponsor { name }\n          alignments { score objective { name } }\n          members { projectRole user { name costRate } }\n          auditTrail(first: 3) { edges { node { action actor { name } } } }\n        }\n      }\n    }\n  }\n": types.ProjectsWithRelationsDocument,
    "\n  query SmokeViewer {\n    viewer { name role }\n  }\n": types.SmokeViewerDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NestedPortfolios {\n    portfolios {\n      edges {\n        node {\n          name\n          budget\n          projects(first: 50) {\n            totalCount\n            edges {\n              node {\n                code\n                budget\n                manager { name }\n                members { user { name } }\n                objectives { name }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NestedPortfolios {\n    portfolios {\n      edges {\n        node {\n          name\n          budget\n          projects(first: 50) {\n            totalCount\n            edges {\n              node {\n                code\n                budget\n                manager { name }\n                members { user { name } }\n                objectives { name }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectsWithRelations {\n    projects(first: 100) {\n      edges {\n        node {\n          code\n          portfolio { name owner { name } }\n          sponsor { name }\n          alignments { score objective { name } }\n          members { projectRole user { name costRate } }\n          auditTrail(first: 3) { edges { node { action actor { name } } } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProjectsWithRelations {\n    projects(first: 100) {\n      edges {\n        node {\n          code\n          portfolio { name owner { name } }\n          sponsor { name }\n          alignments { score objective { name } }\n          members { projectRole user { name costRate } }\n          auditTrail(first: 3) { edges { node { action actor { name } } } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SmokeViewer {\n    viewer { name role }\n  }\n"): (typeof documents)["\n  query SmokeViewer {\n    viewer { name role }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;