// GraphQL over WebSocket (graphql-ws) on the GraphQL path, through yoga's envelop pipeline:
// the same authentication, limits and masking as over HTTP.
import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { type ExecutionArgs, GraphQLError } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { TokenService } from '../auth/tokens.js';
import { resolveViewer } from '../auth/viewer.js';
import { requestScope } from '../logger.js';
import type { RequestContext } from '../platform/context.js';
import type { PrismaClient } from '../platform/db/generated/prisma/client.js';
import { isDatabaseUnavailable } from '../platform/db/unavailable.js';
import { stripSuggestion } from './hide-suggestions.js';
import { FORBIDDEN_CLOSE_CODE, operationLimitError, SocketsPerUser, TRY_AGAIN_LATER_CLOSE_CODE } from './socket-limits.js';
import type { GraphQLServer } from './yoga.js';

export interface WebSocketOptions {
  yoga: GraphQLServer;
  prisma: PrismaClient;
  tokens: TokenService;
  production: boolean;
  maxPayloadBytes: number;
  maxSubscriptionsPerSocket: number;
  maxSocketsPerUser: number;
  /** What a client sees of an error (mask-error.ts). */
  maskError(error: unknown, message: string): Error;
  /** Refuses new connections while true (shutting down). */
  refusing(): boolean;
}

/** Serves graphql-ws on `server`; returns how to close it (sockets included). */
export function attachWebSocketServer(server: Server, options: WebSocketOptions): { close(): Promise<void> } {
  const { yoga, prisma, tokens, production, maskError } = options;
  // noServer: upgrades are routed here explicitly, so an HTTP server error (such as a port in
  // use) is not re-emitted by the WebSocket server with a stack trace.
  const wss = new WebSocketServer({ noServer: true, maxPayload: options.maxPayloadBytes });
  server.on('upgrade', (req, socket, head) => {
    if (options.refusing() || new URL(req.url ?? '/', 'http://localhost').pathname !== yoga.graphqlEndpoint) {
      socket.destroy();
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
  });
  const sockets = new SocketsPerUser(options.maxSocketsPerUser);
  /** The user each admitted socket counts for, released when it closes. */
  const admitted = new WeakMap<object, string>();
  const wsServer = useServer(
    {
      // connection_init must carry a valid token: anonymous or bad credentials close the socket
      // at once (4403), so unauthenticated sockets cost nothing. A user's sockets are bounded.
      onConnect: async (ctx) => {
        const authorization = ctx.connectionParams?.authorization;
        if (typeof authorization !== 'string') return false;
        let viewer;
        try {
          viewer = await resolveViewer(prisma, tokens, authorization);
        } catch (error) {
          // An outage is no reason to give up on the token: 1013 is "try again later".
          if (isDatabaseUnavailable(error)) ctx.extra.socket.close(TRY_AGAIN_LATER_CLOSE_CODE, 'Service unavailable: retry later');
          return false;
        }
        if (!viewer) return false;
        if (!sockets.admit(viewer.id)) {
          ctx.extra.socket.close(FORBIDDEN_CLOSE_CODE, sockets.refusal());
          return false;
        }
        admitted.set(ctx.extra.socket, viewer.id);
        return true;
      },
      onClose: (ctx) => {
        const userId = admitted.get(ctx.extra.socket);
        if (userId === undefined) return;
        admitted.delete(ctx.extra.socket);
        sockets.release(userId);
      },
      execute: (args) => inScope(args, () => (args as EnvelopArgs).rootValue.execute(args)) as never,
      subscribe: (args) => inScope(args, () => (args as EnvelopArgs).rootValue.subscribe(args)) as never,
      // Production hides suggestions over WebSocket as over HTTP.
      onNext: (_ctx, _id, _payload, _args, result) => forSocket(result as never),
      // Whatever goes wrong while starting one operation (a syntax error, a limit, an outage)
      // answers an `error` message for its id: the socket and its other operations stay up.
      onSubscribe: async (ctx, _id, payload) => {
        const overLimit = operationLimitError(ctx.subscriptions, options.maxSubscriptionsPerSocket);
        if (overLimit) return [overLimit];
        try {
          const { schema, execute, subscribe, contextFactory, parse, validate } = yoga.getEnveloped({
            ...ctx,
            req: ctx.extra.request,
            socket: ctx.extra.socket,
            params: payload,
            connectionParams: ctx.connectionParams,
          });
          const document = parse(payload.query);
          const errors = validate(schema, document);
          if (errors.length) return errors.map(forSocketError);
          return {
            schema,
            operationName: payload.operationName,
            document,
            variableValues: payload.variables,
            contextValue: await contextFactory(),
            rootValue: { execute, subscribe },
          };
        } catch (error) {
          return [forSocketError(error instanceof GraphQLError ? error : toGraphQLError(maskError(error, 'Unexpected error.')))];
        }
      },
    },
    wss,
  );

  /** An error as a socket client gets it: no HTTP-only extensions, no suggestions in production. */
  function forSocketError(error: GraphQLError): GraphQLError {
    const { http: _http, ...extensions } = error.extensions ?? {};
    const clean = _http === undefined ? error : new GraphQLError(error.message, { nodes: error.nodes, path: error.path, extensions });
    return production ? stripSuggestion(clean) : clean;
  }
  function forSocket<T extends { errors?: readonly GraphQLError[] }>(result: T): T {
    if (!result.errors?.length) return result;
    return { ...result, errors: result.errors.map(forSocketError) };
  }
  return {
    async close() {
      await wsServer.dispose();
      wss.close();
    },
  };
}

/** Runs an operation in its request's log scope (the context carries the request id). */
function inScope<T>(args: ExecutionArgs, work: () => T): T {
  const requestId = (args.contextValue as RequestContext | undefined)?.requestId ?? randomUUID();
  return requestScope.run({ requestId }, work);
}

function toGraphQLError(error: Error): GraphQLError {
  return error instanceof GraphQLError ? error : new GraphQLError(error.message);
}

type EnvelopArgs = ExecutionArgs & {
  rootValue: { execute: (args: ExecutionArgs) => unknown; subscribe: (args: ExecutionArgs) => unknown };
};
