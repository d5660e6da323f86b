// GraphQL over WebSocket (graphql-ws) on the GraphQL path, through yoga's envelop pipeline:
// the same authentication, limits and masking as over HTTP.
import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import type { ExecutionArgs, GraphQLError } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { TokenService } from '../auth/tokens.js';
import { resolveViewer } from '../auth/viewer.js';
import { requestScope } from '../logger.js';
import type { RequestContext } from '../platform/context.js';
import type { PrismaClient } from '../platform/db/generated/prisma/client.js';
import { stripSuggestion, stripSuggestions } from './hide-suggestions.js';
import type { GraphQLServer } from './yoga.js';

export interface WebSocketOptions {
  yoga: GraphQLServer;
  prisma: PrismaClient;
  tokens: TokenService;
  production: boolean;
  maxPayloadBytes: number;
  /** Refuses new connections while true (shutting down). */
  refusing(): boolean;
  /** An error when this document may not run (trusted documents only). */
  refuseDocument?(query: string): GraphQLError | undefined;
}

/** Serves graphql-ws on `server`; returns how to close it (sockets included). */
export function attachWebSocketServer(server: Server, options: WebSocketOptions): { close(): Promise<void> } {
  const { yoga, prisma, tokens, production } = options;
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
  const wsServer = useServer(
    {
      // Bad credentials close the socket at once (4403); without any, each operation answers
      // UNAUTHENTICATED as it would over HTTP.
      onConnect: async (ctx) => {
        const authorization = ctx.connectionParams?.authorization;
        if (authorization === undefined) return true;
        if (typeof authorization !== 'string') return false;
        return resolveViewer(prisma, tokens, authorization).then(
          () => true,
          () => false,
        );
      },
      execute: (args) => inScope(args, () => (args as EnvelopArgs).rootValue.execute(args)) as never,
      subscribe: (args) => inScope(args, () => (args as EnvelopArgs).rootValue.subscribe(args)) as never,
      // Production hides suggestions over WebSocket as over HTTP.
      onNext: production ? (_ctx, _id, _payload, _args, result) => stripSuggestions(result as never) : undefined,
      onSubscribe: async (ctx, _id, payload) => {
        const refused = options.refuseDocument?.(payload.query);
        if (refused) return [refused];
        const { schema, execute, subscribe, contextFactory, parse, validate } = yoga.getEnveloped({
          ...ctx,
          req: ctx.extra.request,
          socket: ctx.extra.socket,
          params: payload,
          connectionParams: ctx.connectionParams,
        });
        const args = {
          schema,
          operationName: payload.operationName,
          document: parse(payload.query),
          variableValues: payload.variables,
          contextValue: await contextFactory(),
          rootValue: { execute, subscribe },
        };
        const errors = validate(args.schema, args.document);
        if (errors.length) return production ? errors.map(stripSuggestion) : errors;
        return args;
      },
    },
    wss,
  );
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

type EnvelopArgs = ExecutionArgs & {
  rootValue: { execute: (args: ExecutionArgs) => unknown; subscribe: (args: ExecutionArgs) => unknown };
};
