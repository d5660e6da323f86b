// Checks every field's arguments in one place, before the validation plugin parses them:
//  1. a field's static auth scopes (e.g. `{ writer: true }`) are checked first, so a caller who
//     may not use the field learns that (ForbiddenError), not what was wrong with their input;
//  2. no string anywhere in the arguments (JSON values and their keys included) holds a NUL
//     character, which PostgreSQL cannot store: it is a ValidationError naming the input path;
//  3. a field's `extensions.authorizeInput(rawArgs, context)`, when it has one, runs next: the
//     refusals that depend on the data the input names (creating a project in a portfolio one
//     does not own) also come before what is wrong with the rest of the input.
// Runs around the argument mappers (plugin-validation, relay IDs) and inside the errors plugin,
// so mutations answer these as typed results.
import SchemaBuilder, { BasePlugin, isThenable, type PothosOutputFieldConfig, type SchemaTypes } from '@pothos/core';
import { type AuthFailure, RequestCache } from '@pothos/plugin-scope-auth';
import type { GraphQLFieldResolver } from 'graphql';
import { type FieldIssue, ValidationError } from '../../server/platform/errors.js';

const NUL = '\u0000';
const BAD_KEY = Symbol('a key holding NUL');

/** The paths of the strings (or object keys) in `value` that hold a NUL character. */
export function nulIssues(value: unknown, root: string[] = []): FieldIssue[] {
  const issues: FieldIssue[] = [];
  // Iterative (JSON arguments can nest deeper than the call stack), depth first in document order.
  const pending: { value: unknown; path: string[] }[] = [{ value, path: root }];
  while (pending.length) {
    const { value: current, path } = pending.pop()!;
    if (current === BAD_KEY) {
      issues.push({ path, message: 'keys must not contain NUL characters (\\u0000)' });
    } else if (typeof current === 'string') {
      if (current.includes(NUL)) issues.push({ path, message: 'must not contain NUL characters (\\u0000)' });
    } else if (Array.isArray(current)) {
      for (let index = current.length - 1; index >= 0; index--) pending.push({ value: current[index], path: [...path, String(index)] });
    } else if (current !== null && typeof current === 'object' && isPlainObject(current)) {
      for (const [key, item] of Object.entries(current).reverse()) {
        // (a bad key is reported where its value would have been)
        pending.push(key.includes(NUL) ? { value: BAD_KEY, path: [...path, key] } : { value: item, path: [...path, key] });
      }
    }
  }
  return issues;
}

function isPlainObject(value: object): boolean {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** Refuses (throws ForbiddenError) on the raw arguments, before they are validated. */
export type AuthorizeInput<Context> = (rawArgs: Record<string, unknown>, context: Context) => Promise<void>;

export class InputGuardsPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override wrapArgMappers(
    resolver: GraphQLFieldResolver<unknown, Types['Context'], object> | undefined,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types['Context'], object> | undefined {
    if (!resolver || Object.keys(fieldConfig.args).length === 0) return resolver;
    const scopes = (fieldConfig.pothosOptions as { authScopes?: unknown }).authScopes;
    const staticScopes = scopes !== null && typeof scopes === 'object' ? scopes : null;
    const unauthorizedError = this.builder.options.scopeAuth?.unauthorizedError;
    const authorizeInput = fieldConfig.extensions?.authorizeInput as AuthorizeInput<Types['Context']> | undefined;
    return (parent, args, context, info) => {
      const guarded = () => {
        const issues = nulIssues(args);
        if (issues.length) throw new ValidationError(issues);
        if (!authorizeInput) return resolver(parent, args, context, info);
        return authorizeInput(args as Record<string, unknown>, context).then(() => resolver(parent, args, context, info));
      };
      if (!staticScopes || !unauthorizedError) return guarded();
      const cache = RequestCache.fromContext(context as never, this.builder);
      const afterAuth = (failure: AuthFailure | null) => {
        if (!failure) return guarded();
        throw unauthorizedError(parent as never, context, info, { message: `Not authorized to resolve ${info.parentType}.${info.fieldName}`, failure });
      };
      const failure = cache.evaluateScopeMap(staticScopes as never, info);
      return isThenable(failure) ? failure.then(afterAuth) : afterAuth(failure);
    };
  }
}

declare global {
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      inputGuards: InputGuardsPlugin<Types>;
    }
  }
}

SchemaBuilder.registerPlugin('inputGuards', InputGuardsPlugin);
