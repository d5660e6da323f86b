// The Pothos schema builder: plugins, auth scopes, relay and prisma settings. It defines no
// types: each domain folder in schema/ adds its own (schema/index.ts lists them).
import SchemaBuilder from '@pothos/core';
import ErrorsPlugin from '@pothos/plugin-errors';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import ValidationPlugin from '@pothos/plugin-validation';
import type { Decimal } from '@prisma/client/runtime/client';
import { canReadAudit, canSeeMoney, canWrite, isAdmin } from '../server/auth/access.js';
import { canReadProject } from '../server/auth/project-access.js';
import { canReadPerson } from '../server/auth/person-access.js';
import type PrismaTypes from '../server/platform/db/generated/pothos-types.js';
import { getDatamodel } from '../server/platform/db/generated/pothos-types.js';
import { ForbiddenError, UnauthenticatedError, ValidationError } from '../server/platform/errors.js';
import type { AppContext } from './shared/context.js';
import { decodeId } from './shared/ids.js';
import './shared/input-guards.js';
import { resolveVisibleNode, resolveVisibleNodes } from './shared/nodes.js';
import { cursor, MAX_PAGE_SIZE, pageSize } from './shared/pages.js';

export interface Scopes {
  authenticated: boolean;
  admin: boolean;
  /** Roles that can write anything (not EXECUTIVE, not TEAM_MEMBER). */
  writer: boolean;
  seeMoney: boolean;
  readAudit: boolean;
  /** May read the project with this id. */
  readProject: string;
  /** May read the details (absences, capacity, skills) of the person with this id. */
  readPerson: string;
}

export const builder = new SchemaBuilder<{
  Context: AppContext;
  PrismaTypes: PrismaTypes;
  AuthScopes: Scopes;
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    Date: { Input: Date; Output: Date };
    Decimal: { Input: string; Output: Decimal | string };
    JSON: { Input: unknown; Output: unknown };
  };
}>({
  // Errors first so that it can turn auth and validation failures into typed results; relay
  // before scope-auth so scopes see parsed global IDs; errors before prisma (see their docs).
  defaultFieldNullability: false,
  // inputGuards (auth scopes, then NUL characters) runs before the argument mappers of relay and
  // validation, inside errors (shared/input-guards.ts).
  plugins: [ErrorsPlugin, 'inputGuards', RelayPlugin, ScopeAuthPlugin, ValidationPlugin, PrismaPlugin],
  errors: {
    defaultTypes: [],
    unsafelyHandleInputErrors: true,
    defaultUnionOptions: { description: 'What the mutation answers: its success type, or one of the typed errors (each implements Error).' },
    defaultResultOptions: { description: 'The mutation succeeded; `data` holds the record as it now is.' },
  },
  validation: {
    validationError: (result) =>
      new ValidationError(
        result.issues.map((issue) => ({
          path: (issue.path ?? []).map((part) => String(typeof part === 'object' ? part.key : part)),
          message: issue.message,
        })),
      ),
  },
  relay: {
    clientMutationId: 'omit',
    // Descriptions of what the relay plugin generates (Node, PageInfo, edges, cursors, node/nodes).
    nodeTypeOptions: { description: 'An object with a global ID, readable with node(id:) and nodes(ids:).' },
    idFieldOptions: { description: 'The global ID: the same in every query, and accepted by node(id:).' },
    pageInfoTypeOptions: { description: 'Where a page sits in its list: whether more rows exist either side, and the cursors to reach them.' },
    hasNextPageFieldOptions: { description: 'Whether rows exist after this page (page on with `after: endCursor`).' },
    hasPreviousPageFieldOptions: { description: 'Whether rows exist before this page (page back with `before: startCursor`).' },
    startCursorFieldOptions: { description: 'Cursor of the first row of the page; null when the page is empty.' },
    endCursorFieldOptions: { description: 'Cursor of the last row of the page; null when the page is empty.' },
    pageInfoFieldOptions: { description: 'How to reach the pages before and after this one.' },
    cursorFieldOptions: { description: 'Opaque position of this row: pass it as `after` or `before`.' },
    edgesFieldOptions: { nullable: false, description: 'The rows of this page, each with its cursor.' },
    nodeFieldOptions: { nullable: false, description: 'The row.' },
    cursorType: 'String',
    decodeGlobalID: decodeId,
    // Pages hold at most 100 nodes; asking for more is an error rather than a silent clamp.
    firstArgOptions: { description: `At most ${MAX_PAGE_SIZE}.`, validate: pageSize('first').nullish() } as never,
    lastArgOptions: { description: `At most ${MAX_PAGE_SIZE}.`, validate: pageSize('last').nullish() } as never,
    afterArgOptions: { description: 'Rows after this cursor (an `endCursor` or an edge `cursor`).', validate: cursor('after') } as never,
    beforeArgOptions: { description: 'Rows before this cursor (a `startCursor` or an edge `cursor`).', validate: cursor('before') } as never,
    nodeQueryOptions: {
      description: 'The object with this global ID, or null when it does not exist or you may not read it.',
      args: { id: { description: 'A global ID, as any `id` field returns it.' } },
      resolve: (_root, { id }, ctx, _info, resolveNode) => {
        if (!ctx.viewer) throw new UnauthenticatedError();
        return resolveVisibleNode(ctx, id, resolveNode) as never;
      },
    },
    nodesQueryOptions: {
      description: 'The objects with these global IDs, in the same order; null for each that does not exist or you may not read.',
      args: { ids: { description: 'Global IDs, as `id` fields return them.' } },
      resolve: (_root, { ids }, ctx, _info, resolveNodes) => {
        if (!ctx.viewer) throw new UnauthenticatedError();
        return resolveVisibleNodes(ctx, ids, resolveNodes) as never;
      },
    },
  },
  scopeAuth: {
    authorizeOnSubscribe: true,
    // Type scopes (e.g. Project's readProject) run once per object, not once per field.
    runScopesOnType: true,
    authScopes: (ctx) => ({
      authenticated: !!ctx.viewer,
      admin: isAdmin(ctx.viewer),
      writer: canWrite(ctx.viewer),
      seeMoney: canSeeMoney(ctx.viewer),
      readAudit: canReadAudit(ctx.viewer),
      readProject: (projectId) => canReadProject(ctx, projectId),
      readPerson: (userId) => canReadPerson(ctx, userId),
    }),
    unauthorizedError: (_parent, ctx, _info, result) =>
      ctx.viewer ? new ForbiddenError(result.message) : new UnauthenticatedError(),
  },
  prisma: {
    client: (ctx) => ctx.prisma,
    maxConnectionSize: 100,
    defaultConnectionSize: 20,
    dmmf: getDatamodel(),
    exposeDescriptions: true,
    filterConnectionTotalCount: true,
    onUnusedQuery: null,
  },
});
