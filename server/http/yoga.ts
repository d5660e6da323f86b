// GraphQL over HTTP and SSE (graphql-yoga): the schema, the protection plugins (limits, CSRF,
// introspection, suggestions), error masking and the per-request context. The WebSocket server
// (websocket.ts) runs operations through the same envelop pipeline.
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import { GraphQLError, type ValidationContext } from 'graphql';
import { createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { buildSchema } from '../../schema/index.js';
import type { TokenService } from '../auth/tokens.js';
import { isSignedIn, resolveViewer } from '../auth/viewer.js';
import type { Config } from '../config.js';
import { useImportBodyLimit } from './import-body-limit.js';
import { createRequestContext, type InstanceServices, type RequestContext } from '../platform/context.js';
import type { PrismaClient } from '../platform/db/generated/prisma/client.js';
import type { EventBus } from '../platform/events/bus.js';
import { useSharedEventResults } from '../platform/events/shared-results.js';
import { useCostLimits } from './cost-limit.js';
import { graphiqlOptions, renderGraphiQL } from './graphiql.js';
import { hideSuggestions } from './hide-suggestions.js';
import { createErrorMasker } from './mask-error.js';
import type { RateLimiter } from './rate-limit.js';
import { singleConnectionSSE } from './sse-single-connection.js';
import { requestIdOf } from './request-id.js';
import { responseCachePlugins } from './response-cache.js';

export interface ServerContext {
  req?: IncomingMessage;
  res?: ServerResponse;
  connectionParams?: Record<string, unknown>;
}

export type GraphQLServer = YogaServerInstance<ServerContext, RequestContext>;

export interface GraphQLDeps {
  prisma: PrismaClient;
  tokens: TokenService;
  log: Logger;
  bus: EventBus;
  services: InstanceServices;
  limiter: RateLimiter;
  /** Plugins the app adds (persisted operations, metrics, tracing). */
  plugins?: Plugin[];
}

export function createGraphQLServer(config: Config, deps: GraphQLDeps): GraphQLServer {
  const { prisma, tokens, log } = deps;
  const production = config.env === 'production';
  const maskError = createErrorMasker(log);

  // Limits report through the validation context instead of throwing, so a rejected document is
  // an ordinary validation failure (400 for application/graphql-response+json clients).
  // Armor words its refusals "Syntax Error: …" although the document parsed: the message keeps
  // only what was exceeded.
  const reject = {
    propagateOnRejection: false,
    onReject: [(ctx: ValidationContext | null, error: GraphQLError) => ctx?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, ''), { nodes: error.nodes }))],
  };
  const plugins: Plugin[] = [
    EnvelopArmorPlugin({
      maxDepth: { n: config.limits.maxDepth, ...reject },
      // Cost is counted by what a request can return (cost.ts, cost-limit.ts), not by armor's model.
      costLimit: { enabled: false },
      maxAliases: { n: config.limits.maxAliases, ...reject },
      // Tokens are counted while parsing, where there is no validation context: keep throwing.
      maxTokens: { n: config.limits.maxTokens },
      maxDirectives: { n: config.limits.maxDirectives, ...reject },
      blockFieldSuggestion: { enabled: production },
    }) as Plugin,
    // Browsers cannot send these headers cross-site without a preflight, so simple-request CSRF
    // (forms, <img>, text/plain POSTs) is refused. Every real client sends Authorization.
    useCSRFPrevention({ requestHeaders: ['x-graphql-yoga-csrf', 'authorization'] }) as Plugin,
    useCostLimits({ maxCost: config.limits.maxCost, limiter: deps.limiter }),
    // After the cost limits: a cached answer is still costed, poured and reported.
    ...responseCachePlugins(config.responseCache, deps.bus),
  ];
  if (!config.introspection) plugins.push(useDisableIntrospection() as Plugin);
  // graphql-sse's single connection mode (PUT reservation + stream token) beside yoga's own SSE.
  plugins.push(singleConnectionSSE({ endpoint: '/graphql', signedIn: (authorization) => isSignedIn(prisma, tokens, authorization), maskError }));
  if (production) plugins.push(hideSuggestions());
  // Before the app's plugins, so that tracing wraps the subscriptions it runs.
  plugins.push(useSharedEventResults());
  plugins.push(...(deps.plugins ?? []));
  // Last, so that a persisted operation's document is known: over the ordinary body limit, only importSchedule.
  plugins.push(useImportBodyLimit(config.limits.bodyLimitBytes));

  return createYoga<ServerContext, RequestContext>({
    schema: buildSchema(),
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: config.graphiql ? graphiqlOptions(config, { prisma, tokens }) : false,
    renderGraphiQL,
    // Unexpected errors become "Unexpected error." for clients, a database outage
    // SERVICE_UNAVAILABLE (mask-error.ts); GraphQLErrors we raise on purpose keep message and code.
    maskedErrors: { maskError },
    logging: {
      debug: (...args) => log.debug(args.map(String).join(' ')),
      info: (...args) => log.info(args.map(String).join(' ')),
      warn: (...args) => log.warn(args.map(String).join(' ')),
      error: (...args) => log.error(args.map(String).join(' ')),
    },
    plugins,
    context: async ({ request, connectionParams }) => {
      const authorization =
        typeof connectionParams?.authorization === 'string' ? connectionParams.authorization : request?.headers.get('authorization');
      const viewer = await resolveViewer(prisma, tokens, authorization);
      return createRequestContext({
        requestId: requestIdOf(request?.headers.get('x-request-id')),
        viewer,
        prisma,
        log: log.child({ userId: viewer?.id }),
        events: deps.bus,
        services: deps.services,
      });
    },
  });
}
