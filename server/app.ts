// createApp(config, deps): the HTTP server with GraphQL over HTTP/SSE (yoga) and WebSocket
// (graphql-ws) sharing one envelop pipeline. Used by main.ts and, in-process, by the tests.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import type { ExecutionArgs, GraphQLError, ValidationContext } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { createYoga, maskError as yogaMaskError, type Plugin } from 'graphql-yoga';
import type { Logger } from 'pino';
import { WebSocketServer } from 'ws';
import { buildSchema } from '../schema/index.js';
import { createAlertBus } from './events/alert-bus.js';
import { type AlertHub, createAlertHub } from './alerts/hub.js';
import { startAlertSweep } from './alerts/sweep-job.js';
import type { TokenService } from './auth/tokens.js';
import { resolveViewer } from './auth/viewer.js';
import type { Config } from './config.js';
import { type AppContext, createRequestContext } from './context.js';
import type { Database } from './db/database.js';
import { hideSuggestions, stripSuggestion, stripSuggestions } from './http/hide-suggestions.js';
import { rejectOversizedBody, sendJsonError } from './http/protection.js';
import { requestScope } from './logger.js';

export interface AppDeps {
  db: Database;
  tokens: TokenService;
  log: Logger;
}

export interface App {
  server: Server;
  /** Handles a fetch Request in-process (tests, graphql-http audits). */
  fetch: (request: Request) => Promise<Response>;
  /** This instance's risk alert hub (publishing and live subscribers). */
  alerts: AlertHub;
  listen(port?: number, host?: string): Promise<{ port: number; url: string }>;
  /** Stops accepting, lets requests in flight finish (up to the timeout), closes sockets. */
  close(): Promise<void>;
}

interface ServerContext {
  req?: IncomingMessage;
  res?: ServerResponse;
  connectionParams?: Record<string, unknown>;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

export function createApp(config: Config, deps: AppDeps): App {
  const { db, tokens, log } = deps;
  const production = config.env === 'production';
  const bus = createAlertBus({ redisUrl: config.redisUrl, channelPrefix: config.redisChannelPrefix, log });
  const alerts = createAlertHub({ bus, prisma: db.prisma, log });
  const stopSweep =
    config.alertSweepIntervalMs > 0 ? startAlertSweep({ prisma: db.prisma, alerts, intervalMs: config.alertSweepIntervalMs, log }) : async () => {};

  // Limits report through the validation context instead of throwing, so a rejected document is
  // an ordinary validation failure (400 for application/graphql-response+json clients).
  const reject = { propagateOnRejection: false, onReject: [(ctx: ValidationContext | null, error: GraphQLError) => ctx?.reportError(error)] };
  const plugins: Plugin[] = [
    EnvelopArmorPlugin({
      maxDepth: { n: config.limits.maxDepth, ...reject },
      costLimit: { maxCost: config.limits.maxCost, ...reject },
      maxAliases: { n: config.limits.maxAliases, ...reject },
      // Tokens are counted while parsing, where there is no validation context: keep throwing.
      maxTokens: { n: config.limits.maxTokens },
      maxDirectives: { n: config.limits.maxDirectives, ...reject },
      blockFieldSuggestion: { enabled: production },
    }) as Plugin,
    // Browsers cannot send these headers cross-site without a preflight, so simple-request CSRF
    // (forms, <img>, text/plain POSTs) is refused. Every real client sends Authorization.
    useCSRFPrevention({ requestHeaders: ['x-graphql-yoga-csrf', 'authorization'] }) as Plugin,
  ];
  if (!config.introspection) plugins.push(useDisableIntrospection() as Plugin);
  if (production) plugins.push(hideSuggestions());

  const yoga = createYoga<ServerContext, AppContext>({
    schema: buildSchema(),
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: config.graphiql ? { title: 'PMO Engine', subscriptionsProtocol: 'WS' } : false,
    // Unexpected errors become "Unexpected error." for clients; GraphQLErrors we raise on purpose
    // (typed errors, auth) keep their message and code. Details only go to the log.
    maskedErrors: {
      maskError: (error, message) => {
        const masked = yogaMaskError(error, message, false);
        if (masked !== error) {
          log.error({ err: error, requestId: requestScope.getStore()?.requestId }, 'unexpected error (masked for the client)');
        }
        return masked;
      },
    },
    logging: {
      debug: (...args) => log.debug(args.map(String).join(' ')),
      info: (...args) => log.info(args.map(String).join(' ')),
      warn: (...args) => log.warn(args.map(String).join(' ')),
      error: (...args) => log.error(args.map(String).join(' ')),
    },
    plugins,
    context: async ({ request, connectionParams }) => {
      const header = request?.headers.get('x-request-id');
      const requestId = header && REQUEST_ID.test(header) ? header : randomUUID();
      const authorization =
        typeof connectionParams?.authorization === 'string' ? connectionParams.authorization : request?.headers.get('authorization');
      const viewer = await resolveViewer(db.prisma, tokens, authorization);
      return createRequestContext({ requestId, viewer, prisma: db.prisma, log: log.child({ userId: viewer?.id }), alerts });
    },
  });

  const alertBusState = () => (bus.kind === 'memory' ? 'memory' : bus.connected() ? 'redis' : 'redis-unavailable');
  const inFlight = new Set<ServerResponse>();
  let shuttingDown = false;

  const server = createServer(async (req, res) => {
    const started = process.hrtime.bigint();
    const headerId = req.headers['x-request-id'];
    const requestId = typeof headerId === 'string' && REQUEST_ID.test(headerId) ? headerId : randomUUID();
    // (the GraphQL context reads the same header, so both logs agree)
    req.headers['x-request-id'] = requestId;
    res.setHeader('x-request-id', requestId);
    inFlight.add(res);
    res.on('close', () => {
      inFlight.delete(res);
      log.info(
        { requestId, method: req.method, url: req.url, status: res.statusCode, ms: Number(process.hrtime.bigint() - started) / 1e6 },
        'request',
      );
    });
    if (shuttingDown) res.setHeader('connection', 'close');
    const url = req.url ?? '/';
    if (url === '/health') return sendJson(res, 200, { status: 'ok' });
    if (url === '/ready') {
      if (shuttingDown) return sendJson(res, 503, { status: 'shutting-down' });
      try {
        await db.ping();
        // Without Redis the instance still serves everything but cross-instance alerts: ready.
        return sendJson(res, 200, { status: 'ready', database: db.kind, alerts: alertBusState(), subscribers: alerts.subscriberCount });
      } catch {
        return sendJson(res, 503, { status: 'unavailable', database: db.kind, alerts: alertBusState() });
      }
    }
    if (rejectOversizedBody(req, res, config.limits.bodyLimitBytes)) return;
    try {
      await requestScope.run({ requestId }, () => yoga(req, res, { req, res }));
    } catch (error) {
      log.error({ err: error, requestId }, 'request failed');
      if (!res.headersSent) sendJsonError(res, 500, 'Internal server error');
    }
  });

  // noServer: upgrades are routed here explicitly, so an HTTP server error (such as a port in
  // use) is not re-emitted by the WebSocket server with a stack trace.
  const wss = new WebSocketServer({ noServer: true, maxPayload: config.limits.bodyLimitBytes });
  server.on('upgrade', (req, socket, head) => {
    if (shuttingDown || new URL(req.url ?? '/', 'http://localhost').pathname !== yoga.graphqlEndpoint) {
      socket.destroy();
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
  });
  // graphql-ws through yoga's envelop pipeline: same auth, limits and masking as HTTP.
  const wsServer = useServer(
    {
      // Bad credentials close the socket at once (4403); without any, each operation answers
      // UNAUTHENTICATED as it would over HTTP.
      onConnect: async (ctx) => {
        const authorization = ctx.connectionParams?.authorization;
        if (authorization === undefined) return true;
        if (typeof authorization !== 'string') return false;
        return resolveViewer(db.prisma, tokens, authorization).then(
          () => true,
          () => false,
        );
      },
      execute: (args) => inScope(args, () => (args as EnvelopArgs).rootValue.execute(args)) as never,
      subscribe: (args) => inScope(args, () => (args as EnvelopArgs).rootValue.subscribe(args)) as never,
      // Production hides suggestions over WebSocket as over HTTP.
      onNext: production ? (_ctx, _id, _payload, _args, result) => stripSuggestions(result as never) : undefined,
      onSubscribe: async (ctx, _id, payload) => {
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
    server,
    alerts,
    fetch: (request) => {
      const header = request.headers.get('x-request-id');
      const requestId = header && REQUEST_ID.test(header) ? header : randomUUID();
      return requestScope.run({ requestId }, () => Promise.resolve(yoga.fetch(request, {})));
    },
    listen(port = config.port, host = config.host) {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          const address = server.address() as AddressInfo;
          const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
          resolve({ port: address.port, url: `http://${shownHost}:${address.port}` });
        });
      });
    },
    async close() {
      shuttingDown = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await stopSweep();
      await alerts.close();
      await wsServer.dispose();
      wss.close();
      const deadline = Date.now() + config.shutdownTimeoutMs;
      while (inFlight.size > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      server.closeAllConnections();
      await closed;
    },
  };
}

/** Runs an operation in its request's log scope (the context carries the request id). */
function inScope<T>(args: ExecutionArgs, work: () => T): T {
  const requestId = (args.contextValue as AppContext | undefined)?.requestId ?? randomUUID();
  return requestScope.run({ requestId }, work);
}

type EnvelopArgs = ExecutionArgs & {
  rootValue: { execute: (args: ExecutionArgs) => unknown; subscribe: (args: ExecutionArgs) => unknown };
};

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}
