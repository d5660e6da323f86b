// Two body limits: every request stays within PMO_BODY_LIMIT_BYTES, except a mutation whose only
// root field is importSchedule, which may carry a Microsoft Project file up to
// PMO_IMPORT_BODY_LIMIT_BYTES. The HTTP layer (app.ts) lets a signed request's body grow to the
// import limit; this plugin then refuses, before anything is executed, a body over the ordinary
// limit that is anything else than such an import. Anonymous requests never get the larger limit.
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { Kind, type OperationDefinitionNode, parse } from 'graphql';

/** The field whose requests may be larger. */
export const IMPORT_FIELD = 'importSchedule';

/** The HTTP layer's limit for one request: the import limit when it says who sends it. */
export const bodyLimitFor = (authorization: string | undefined, limits: { bodyLimitBytes: number; importBodyLimitBytes: number }) =>
  authorization ? Math.max(limits.bodyLimitBytes, limits.importBodyLimitBytes) : limits.bodyLimitBytes;

/** Whether the document's operation is a mutation of importSchedule alone. */
export function isImportOnly(query: string | undefined, operationName: string | undefined | null): boolean {
  if (!query) return false;
  let operations: OperationDefinitionNode[];
  try {
    operations = parse(query, { noLocation: true }).definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  } catch {
    return false; // the normal pipeline reports the syntax error, within the ordinary limit
  }
  const operation = operationName ? operations.find((candidate) => candidate.name?.value === operationName) : operations.length === 1 ? operations[0] : undefined;
  if (!operation || operation.operation !== 'mutation') return false;
  const fields = operation.selectionSet.selections;
  return fields.length > 0 && fields.every((selection) => selection.kind === Kind.FIELD && selection.name.value === IMPORT_FIELD);
}

export function useImportBodyLimit(bodyLimitBytes: number): Plugin {
  return {
    onParams({ request, params }) {
      const length = Number(request.headers.get('content-length') ?? 0);
      if (length <= bodyLimitBytes || isImportOnly(params.query, params.operationName)) return;
      throw createGraphQLError(`Request body too large (limit ${bodyLimitBytes} bytes; only an importSchedule mutation may be larger)`, {
        extensions: { code: 'PAYLOAD_TOO_LARGE', http: { status: 413 } },
      });
    },
  };
}
