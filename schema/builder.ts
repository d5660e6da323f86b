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
  errors: { defaultTypes: [], unsafelyHandleInputErrors: true },
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
    cursorType: 'String',
    edgesFieldOptions: { nullable: false },
    nodeFieldOptions: { nullable: false },
    decodeGlobalID: decodeId,
    // Pages hold at most 100 nodes; asking for more is an error rather than a silent clamp.
    firstArgOptions: { description: `At most ${MAX_PAGE_SIZE}.`, validate: pageSize('first').nullish() } as never,
    lastArgOptions: { description: `At most ${MAX_PAGE_SIZE}.`, validate: pageSize('last').nullish() } as never,
    afterArgOptions: { validate: cursor('after') } as never,
    beforeArgOptions: { validate: cursor('before') } as never,
    nodeQueryOptions: {
      resolve: (_root, { id }, ctx, _info, resolveNode) => {
        if (!ctx.viewer) throw new UnauthenticatedError();
        return resolveVisibleNode(ctx, id, resolveNode) as never;
      },
    },
    nodesQueryOptions: {
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
