// Runs a scenario's mutation through the real API and returns its success payload, failing the
// test with the typed error (or the GraphQL errors) when the API refuses.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { TestServer } from '../harness.js';
import { dbId, gid } from '../ids.js';
import { rootField, success } from '../results.js';

/** What every scenario handle carries: the database id and the global id of its record. */
export interface Handle {
  id: string;
  gid: string;
}

/** The handle of the record of `type` with the database id `id`. */
export const handle = (type: string, id: string): Handle => ({ id, gid: gid(type, id) });
/** The handle of the record with this global id. */
export const handleOf = (globalId: string): Handle => ({ id: dbId(globalId), gid: globalId });

export async function mutate<R extends Record<string, { __typename: string }>, V>(
  server: TestServer,
  as: string,
  document: TypedDocumentNode<R, V>,
  variables: V,
) {
  return success(rootField(await server.exec(as, document, variables)));
}
