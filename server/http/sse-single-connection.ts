// graphql-sse's "single connection mode" on the GraphQL endpoint: a client reserves a stream
// with PUT (signed in), opens it with GET carrying the stream token, then POSTs operations with
// that token and DELETEs them to stop. Requests without a stream token that are not a PUT stay
// with yoga (queries, and SSE in distinct-connections mode). Operations run through yoga's
// envelop pipeline with the request's own Authorization, like every other transport.
import { randomUUID } from 'node:crypto';
import { getOperationAST, GraphQLError } from 'graphql';
import { TOKEN_HEADER_KEY, TOKEN_QUERY_KEY } from 'graphql-sse';
import { createHandler } from 'graphql-sse/lib/use/fetch';
import type { Plugin, YogaServerInstance } from 'graphql-yoga';

export interface SingleConnectionOptions {
  endpoint: string;
  /** Whether this Authorization header signs in a user (reservations are for signed-in users). */
  signedIn(authorization: string | null): Promise<boolean>;
  /** What a client sees of an unexpected error (mask-error.ts). */
  maskError(error: unknown, message: string): Error;
}

function streamToken(request: Request): string | null {
  return request.headers.get(TOKEN_HEADER_KEY) ?? new URL(request.url).searchParams.get(TOKEN_QUERY_KEY);
}

const unauthenticated = () =>
  [
    JSON.stringify({
      errors: [{ message: 'Reserving an event stream needs "Authorization: Bearer <token>"', extensions: { code: 'UNAUTHENTICATED' } }],
    }),
    { status: 401, statusText: 'Unauthorized', headers: { 'content-type': 'application/json; charset=utf-8' } },
  ] as [string, { status: number; statusText: string; headers: Record<string, string> }];

export function singleConnectionSSE(options: SingleConnectionOptions): Plugin {
  const serverContexts = new WeakMap<Request, Record<string, unknown>>();
  let handler: (request: Request) => Promise<Response>;
  return {
    onYogaInit({ yoga }) {
      const server = yoga as unknown as YogaServerInstance<Record<string, unknown>, Record<string, unknown>>;
      handler = createHandler(
        {
          authenticate: async (req) => {
            const token = streamToken(req.raw);
            if (token) return token;
            return (await options.signedIn(req.headers.get('authorization') ?? null)) ? randomUUID() : unauthenticated();
          },
          // A document that does not parse or validate answers with its errors on the stream.
          onSubscribe: async (req, params) => {
            try {
              const enveloped = server.getEnveloped({ ...serverContexts.get(req.raw), request: req.raw, params });
              const document = enveloped.parse(params.query);
              const errors = enveloped.validate(enveloped.schema, document);
              if (errors.length) return { data: null, errors };
              const args = {
                schema: enveloped.schema,
                document,
                contextValue: await enveloped.contextFactory(),
                variableValues: params.variables,
                operationName: params.operationName,
              };
              const operation = getOperationAST(document, params.operationName);
              return (operation?.operation === 'subscription' ? enveloped.subscribe(args) : enveloped.execute(args)) as never;
            } catch (error) {
              const masked = error instanceof GraphQLError ? error : options.maskError(error, 'Unexpected error.');
              const { http: _http, ...extensions } = (masked as GraphQLError).extensions ?? {};
              return { data: null, errors: [new GraphQLError(masked.message, { extensions })] };
            }
          },
        },
        yoga.fetchAPI,
      );
    },
    onRequest({ request, url, endResponse, serverContext }) {
      if (url.pathname !== options.endpoint) return;
      if (request.method !== 'PUT' && !streamToken(request)) return;
      serverContexts.set(request, serverContext as Record<string, unknown>);
      return handler(request).then(endResponse);
    },
  };
}
