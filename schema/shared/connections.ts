// One connection type per node type (`ProjectConnection`, `ProjectEdge`), whichever field lists
// it (`projects`, `portfolio.projects`, `user.managedProjects`), so that clients share fragments;
// and `totalCount` on every one of them: the rows that match now, all pages together.
//
// Where the count comes from:
//  - root lists pass a `totalCount` function to `t.prismaConnection` (a count with their filter);
//  - related lists without a widened filter pass `totalCount: true` (the plugin's `_count`);
//  - related lists whose filter admits the cursor row (pages.ts) must not count with it: they
//    register a counter with `countRelated(parentType, …)`, batched per request.
import type { GraphQLResolveInfo } from 'graphql';
import { builder } from '../builder.js';
import type { AppContext } from './context.js';

interface CountedConnection {
  parent?: { id?: string };
  args?: Record<string, unknown>;
  totalCount?: number | (() => number | Promise<number>);
}

type RelatedCounter = (ctx: AppContext, parentId: string, args: Record<string, unknown>) => Promise<number>;

/** Counters of related lists, by `${parent type}.${node type}` (one list of a node type per parent type). */
const counters = new Map<string, RelatedCounter>();

/**
 * The count of a related connection of `nodeType` on `parentType` whose filter `pages.ts`
 * widens to the cursor row. A parent type has one such list per node type.
 */
export function countRelated(parentType: string, nodeType: string, count: RelatedCounter): void {
  const key = `${parentType}.${nodeType}`;
  if (counters.has(key)) throw new Error(`${parentType} has two related lists of ${nodeType}: their counts cannot be told apart`);
  counters.set(key, count);
}

function totalCountOf(nodeType: string, connection: CountedConnection, ctx: AppContext, info: GraphQLResolveInfo) {
  const { totalCount } = connection;
  if (typeof totalCount === 'function') return totalCount();
  if (typeof totalCount === 'number') return totalCount;
  // The connection field's own path entry names the type it is a field of.
  const parentType = info.path.prev?.typename;
  const count = parentType ? counters.get(`${parentType}.${nodeType}`) : undefined;
  if (!count || !connection.parent?.id) throw new Error(`no count for the ${nodeType} list of ${parentType ?? 'an unknown type'}`);
  return count(ctx, connection.parent.id, connection.args ?? {});
}

/** The `${nodeType}Connection` and `${nodeType}Edge` types, with totalCount. */
export function nodeConnection<const Ref extends Parameters<typeof builder.connectionObject>[0]['type']>(ref: Ref, nodeType: string) {
  return builder.connectionObject(
    {
      type: ref,
      name: `${nodeType}Connection`,
      description: `A page of ${nodeType} rows, wherever a list of them is read.`,
      fields: (t) => ({
        totalCount: t.int({
          description: 'The rows that match now, all pages together.',
          resolve: (connection, _args, ctx, info) => totalCountOf(nodeType, connection as CountedConnection, ctx, info),
        }),
      }),
    },
    { name: `${nodeType}Edge`, description: `One ${nodeType} row of a page, with its cursor.` },
  );
}
