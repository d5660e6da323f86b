// What a client sees of an error: GraphQLErrors raised on purpose (typed errors, auth, limits)
// keep their message and code; a database outage becomes SERVICE_UNAVAILABLE (503, retry later);
// anything else becomes "Unexpected error." with its details (stack included) only in the log.
// Used by yoga (HTTP, SSE) and by the WebSocket server, so every transport answers alike.
import { GraphQLError } from 'graphql';
import { maskError as yogaMaskError } from 'graphql-yoga';
import type { Logger } from 'pino';
import { requestScope } from '../logger.js';
import { isDatabaseUnavailable } from '../platform/db/unavailable.js';
import { ServiceUnavailableError } from '../platform/errors.js';

export function createErrorMasker(log: Logger): (error: unknown, message: string) => Error {
  return (error, message) => {
    if (isDatabaseUnavailable(error)) {
      log.error({ err: error, requestId: requestScope.getStore()?.requestId }, 'database unavailable (answered SERVICE_UNAVAILABLE)');
      const path = error instanceof GraphQLError ? error.path : undefined;
      const unavailable = new ServiceUnavailableError();
      return path ? new GraphQLError(unavailable.message, { path, extensions: unavailable.extensions }) : unavailable;
    }
    const masked = yogaMaskError(error, message, false);
    if (masked !== error) {
      log.error({ err: error, requestId: requestScope.getStore()?.requestId }, 'unexpected error (masked for the client)');
    }
    return masked;
  };
}
