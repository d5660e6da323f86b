// The Pothos schema builder: plugins, scalars, auth scopes. Area files in schema/ add types.
import SchemaBuilder from '@pothos/core';
import ErrorsPlugin from '@pothos/plugin-errors';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import ValidationPlugin from '@pothos/plugin-validation';
import type { Decimal } from '@prisma/client/runtime/client';
import { z } from 'zod';
import { canReadAudit, canSeeMoney, canWrite, isAdmin } from '../server/auth/access.js';
import type { AppContext } from '../server/context.js';
import type PrismaTypes from '../server/db/generated/pothos-types.js';
import { getDatamodel } from '../server/db/generated/pothos-types.js';
import { ForbiddenError, UnauthenticatedError, ValidationError } from '../server/errors.js';
import { decodeId } from './ids.js';
import { resolveVisibleNode, resolveVisibleNodes } from './node-visibility.js';

export const MAX_PAGE_SIZE = 100;

function pageSize(arg: string) {
  return z
    .number()
    .int()
    .min(0, `${arg} must not be negative`)
    .max(MAX_PAGE_SIZE, `${arg} must be at most ${MAX_PAGE_SIZE}`)
    .nullish();
}

// Cursors are the prisma plugin's encoding of a record id (base64 "GPC:S:<uuid>") or sequence
// number ("GPC:N:<n>", risk alerts). A forged cursor is a user error, not a database error.
const CURSOR = /^GPC:(S:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|N:[0-9]{1,10})$/i;

function cursor(arg: string) {
  return z
    .string()
    .refine((value) => CURSOR.test(Buffer.from(value, 'base64').toString('utf8')), `${arg} is not a valid cursor`)
    .nullish();
}

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
  plugins: [ErrorsPlugin, RelayPlugin, ScopeAuthPlugin, ValidationPlugin, PrismaPlugin],
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
    firstArgOptions: { description: 'At most 100.', validate: pageSize('first') } as never,
    lastArgOptions: { description: 'At most 100.', validate: pageSize('last') } as never,
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
      readProject: (projectId) => ctx.canReadProject(projectId),
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
