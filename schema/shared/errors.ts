// Typed error results (Pothos errors plugin). Mutations list the ones a client can act on.
import { ConflictError, type FieldIssue, ForbiddenError, NotFoundError, ValidationError } from '../../server/platform/errors.js';
import { builder } from '../builder.js';

export const ErrorInterface = builder.interfaceRef<Error>('Error').implement({
  description: 'A failure the client can act on.',
  fields: (t) => ({ message: t.exposeString('message', { description: 'What went wrong, for a person to read.' }) }),
});

const FieldIssueRef = builder.objectRef<FieldIssue>('FieldIssue').implement({
  description: 'One problem with one input field.',
  fields: (t) => ({
    path: t.exposeStringList('path', { description: 'Path of the input field, e.g. ["input", "budget"].' }),
    message: t.exposeString('message', { description: 'What is wrong with the value.' }),
  }),
});

builder.objectType(ValidationError, {
  name: 'ValidationError',
  interfaces: [ErrorInterface],
  description: 'The input is invalid; nothing was changed.',
  fields: (t) => ({ issues: t.field({ type: [FieldIssueRef], description: 'Every problem of the input, each with its path.', resolve: (error) => error.issues }) }),
});

builder.objectType(NotFoundError, {
  name: 'NotFoundError',
  interfaces: [ErrorInterface],
  description: 'A record the input names does not exist, or you may not see it; nothing was changed.',
  fields: (t) => ({ entityType: t.exposeString('entityType', { description: 'The kind of record, e.g. "Project".' }) }),
});

builder.objectType(ForbiddenError, {
  name: 'ForbiddenError',
  interfaces: [ErrorInterface],
  description: 'You are not allowed to do this; nothing was changed.',
  fields: () => ({}),
});

builder.objectType(ConflictError, {
  name: 'ConflictError',
  interfaces: [ErrorInterface],
  description: 'The record changed since you read it (stale version) or the change clashes with existing data.',
  fields: (t) => ({ currentVersion: t.exposeInt('currentVersion', { nullable: true, description: 'The version the record has now (read it again, then retry); null for clashes with other data.' }) }),
});

/** The errors every mutation can return. */
export const MUTATION_ERRORS = [ValidationError, NotFoundError, ForbiddenError, ConflictError];

/**
 * The `errors` option of a mutation: the typed errors every mutation can return, then `extra`,
 * and a described `data` field (the plugin's builder options cannot describe it for all).
 */
export const mutationErrors = <const Extra extends (new (...args: never[]) => Error)[]>(...extra: Extra) => ({
  types: [...MUTATION_ERRORS, ...extra],
  dataField: { description: 'The record as it is after the change.' },
});
