// createApp(config, deps): one server instance — the event bus, every domain's per-instance
// services and jobs, GraphQL over HTTP/SSE (http/yoga.ts) and WebSocket (http/websocket.ts), and
// the routes beside them (http/routes.ts). Used by main.ts and, in-process, by the tests.
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import type { TokenService } from './auth/tokens.js';
import type { Config } from './config.js';
import { DOMAINS, domainJobs, installDomains } from './domains.js';
import { createErrorMasker } from './http/mask-error.js';
import { bodyLimitFor } from './http/import-body-limit.js';
import { rejectOversizedBody, sendJsonError } from './http/protection.js';
import { createRateLimiter } from './http/rate-limit.js';
import { requestIdOf } from './http/request-id.js';
import { createMetrics } from './http/metrics.js';
import { createPersistedOperations } from './http/persisted-operations.js';
import { serveRoute } from './http/routes.js';
import { createTracing } from './http/tracing.js';
import { attachWebSocketServer } from './http/websocket.js';
import { createGraphQLServer } from './http/yoga.js';
import { requestScope } from './logger.js';
import type { InstanceServices } from './platform/context.js';
import type { Database } from './platform/db/database.js';
import type { DomainInstance } from './platform/domain.js';
import { createEventBus } from './platform/events/bus.js';
import { startJobs } from './platform/jobs/registry.js';
import type { AlertHub } from './risks/index.js';

/**
 * How long an idle kept-alive connection stays open. Node's default (5 s) is shorter than a long
 * statement on the embedded database, which blocks the process: when the loop came back the
 * server closed the idle sockets just as clients sent their next request on them (ECONNRESET;
 * fetch never retries a POST). 65 s, above the usual load balancer's 60 s idle timeout.
 */
export const KEEP_ALIVE_TIMEOUT_MS = 65_000;

export interface AppDeps {
  db: Database;
  tokens: TokenService;
  log: Logger;
}

export interface App {
  server: Server;
  /** Handles a fetch Request in-process (tests, graphql-http audits). */
  fetch: (request: Request) => Promise<Response>;
  /** This instance's risk alert hub (its live subscribers). */
  alerts: AlertHub;
  /** This instance's Prometheus registry (what /metrics serves). */
  metrics: Registry;
  /** Sends the trace spans still buffered (when tracing is on). */
  flushTraces(): Promise<void>;
  listen(port?: number, host?: string): Promise<{ port: number; url: string }>;
  /** Stops accepting, lets requests in flight finish (up to the timeout), closes sockets. */
  close(): Promise<void>;
}

export function createApp(config: Config, deps: AppDeps): App {
  const { db, tokens, log } = deps;
  installDomains();
  const bus = createEventBus({ redisUrl: config.redisUrl, channelPrefix: config.redisChannelPrefix, log });
  const instances: DomainInstance[] = DOMAINS.flatMap((domain) => (domain.start ? [domain.start({ prisma: db.prisma, bus, log, limits: { maxSubscriptionsPerUser: config.limits.maxSubscriptionsPerUser } })] : []));
  const services = Object.assign({}, ...instances.map((instance) => instance.services)) as InstanceServices;
  const jobs = startJobs(domainJobs(), { prisma: db.prisma, events: bus, config, log });
  const limiter = createRateLimiter({ settings: config.rateLimit, redisUrl: config.redisUrl, prefix: config.redisChannelPrefix, log });
  const persisted = createPersistedOperations({
    trustedDocumentsPath: config.observe.trustedDocumentsPath,
    redisUrl: config.redisUrl,
    redisPrefix: config.redisChannelPrefix,
    log,
  });
  const metrics = createMetrics({
    production: config.env === 'production',
    token: config.observe.metricsToken,
    subscribers: () => services.alerts.subscriberCount,
  });
  const tracing = createTracing({ endpoint: config.observe.otlpEndpoint, serviceName: config.observe.serviceName });
  const extraPlugins = [...persisted.plugins, ...metrics.plugins, ...tracing.plugins];
  const yoga = createGraphQLServer(config, { prisma: db.prisma, tokens, log, bus, services, limiter, plugins: extraPlugins });

  const inFlight = new Set<ServerResponse>();
  let shuttingDown = false;

  const server = createServer(async (req, res) => {
    const started = process.hrtime.bigint();
    const requestId = requestIdOf(req.headers['x-request-id']);
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
    const routeDeps = { db, bus, subscribers: () => services.alerts.subscriberCount, shuttingDown: () => shuttingDown };
    if (await serveRoute(req.url ?? '/', res, routeDeps)) return;
    if (await metrics.serve(req, res)) return;
    // Signed requests may be as large as an import; the GraphQL layer refuses anything else above the ordinary limit.
    if (rejectOversizedBody(req, res, bodyLimitFor(req.headers.authorization, config.limits))) return;
    try {
      await requestScope.run({ requestId }, () => yoga(req, res, { req, res }));
    } catch (error) {
      log.error({ err: error, requestId }, 'request failed');
      if (!res.headersSent) sendJsonError(res, 500, 'Internal server error');
    }
  });

  server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  // Headers of a request on a kept-alive socket may take as long as the socket may stay idle.
  server.headersTimeout = KEEP_ALIVE_TIMEOUT_MS + 1000;

  const websocket = attachWebSocketServer(server, {
    yoga,
    prisma: db.prisma,
    tokens,
    production: config.env === 'production',
    maxPayloadBytes: config.limits.bodyLimitBytes,
    maxSubscriptionsPerSocket: config.websocket.maxSubscriptionsPerSocket,
    maxSocketsPerUser: config.websocket.maxSocketsPerUser,
    maskError: createErrorMasker(log),
    refusing: () => shuttingDown,
  });

  return {
    server,
    alerts: services.alerts,
    metrics: metrics.registry,
    flushTraces: tracing.flush,
    fetch: (request) => {
      const requestId = requestIdOf(request.headers.get('x-request-id'));
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
      await jobs.stop();
      for (const instance of instances) await instance.close?.();
      await bus.close();
      await limiter.close();
      await websocket.close();
      await persisted.close();
      await tracing.close();
      const deadline = Date.now() + config.shutdownTimeoutMs;
      while (inFlight.size > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      server.closeAllConnections();
      await closed;
    },
  };
}
