// GraphQL over HTTP and SSE (graphql-yoga): the schema, the protection plugins (limits, CSRF,
// introspection, suggestions), error masking and the per-request context. The WebSocket server
// (websocket.ts) runs operations through the same envelop pipeline.
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import type { GraphQLError, ValidationContext } from 'graphql';
import { createYoga, maskError as yogaMaskError, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { buildSchema } from '../../schema/index.js';
import type { TokenService } from '../auth/tokens.js';
import { resolveViewer } from '../auth/viewer.js';
import type { Config } from '../config.js';
import { requestScope } from '../logger.js';
import { createRequestContext, type InstanceServices, type RequestContext } from '../platform/context.js';
import type { PrismaClient } from '../platform/db/generated/prisma/client.js';
import type { EventBus } from '../platform/events/bus.js';
import { graphiqlOptions, renderGraphiQL } from './graphiql.js';
import { hideSuggestions } from './hide-suggestions.js';
import { requestIdOf } from './request-id.js';

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
}

export function createGraphQLServer(config: Config, deps: GraphQLDeps): GraphQLServer {
  const { prisma, tokens, log } = deps;
  const production = config.env === 'production';

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

  return createYoga<ServerContext, RequestContext>({
    schema: buildSchema(),
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: config.graphiql ? graphiqlOptions(config, { prisma, tokens }) : false,
    renderGraphiQL,
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
