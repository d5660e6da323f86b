// The cost of every request (cost.ts), checked before it runs and reported with its result:
//  - over PMO_MAX_COST, the request is refused as a validation error (400): it names its cost
//    and the limit (extensions.code COST_LIMIT_EXCEEDED);
//  - otherwise its cost is poured into the user's bucket (rate-limit.ts); a full bucket refuses
//    the request with RATE_LIMITED, when to retry, and 429 with Retry-After over HTTP;
//  - every executed result, and every event of a subscription, carries `extensions.cost`:
//    { requested, limit, remaining }.
import type { IncomingMessage } from 'node:http';
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { RequestContext } from '../platform/context.js';
import { countRateLimitRefusal } from '../platform/metrics.js';
import { operationCost } from './cost.js';
import type { RateLimiter } from './rate-limit.js';

const COST = Symbol('pmo.requestCost');

/** What the HTTP server adds to the context (yoga.ts's ServerContext): the request, for its address. */
interface FromServer {
  req?: IncomingMessage;
}

interface Costed {
  [COST]?: number;
}

interface RequestParams {
  params?: { operationName?: string | null; variables?: Record<string, unknown> | null };
}

/** A signed-in user's bucket is theirs on every instance; an anonymous request's is its address's. */
function bucketOf(context: RequestContext & FromServer): string {
  if (context.viewer) return `user:${context.viewer.id}`;
  return `address:${context.req?.socket.remoteAddress ?? 'unknown'}`;
}

export function useCostLimits(options: { maxCost: number; limiter: RateLimiter }): Plugin {
  const { maxCost, limiter } = options;

  /** What a response reports: its cost, the limit, and what is left in the bucket (when limiting). */
  const reportedCost = (context: Costed, remaining: number | null) => ({ requested: context[COST] ?? 0, limit: maxCost, ...(remaining === null ? {} : { remaining }) });

  /** Pours the request's cost into its user's bucket; the error to answer with when it is full. */
  async function throttle(context: RequestContext & FromServer & Costed): Promise<{ error: GraphQLError | null; remaining: number | null }> {
    const requested = context[COST] ?? 0;
    if (limiter.kind === 'off') return { error: null, remaining: null };
    const pour = await limiter.pour(bucketOf(context), requested);
    if (pour.allowed) return { error: null, remaining: pour.remaining };
    countRateLimitRefusal('rate');
    const error = new GraphQLError(
      `Rate limit: this request costs ${requested} points and ${pour.remaining} of your ${limiter.settings.capacity} are left; ` +
        `${limiter.settings.leakPerSecond} come back every second. Retry in ${pour.retryAfterSeconds} s.`,
      {
        extensions: {
          code: 'RATE_LIMITED',
          retryAfterSeconds: pour.retryAfterSeconds,
          cost: { requested, limit: maxCost, remaining: pour.remaining },
          http: { status: 429, headers: { 'retry-after': String(pour.retryAfterSeconds) } },
        },
      },
    );
    return { error, remaining: pour.remaining };
  }

  return {
    onValidate({ params, context, extendContext }) {
      return ({ result, setResult }) => {
        // yoga caches validation results by document, and the cost depends on the variables too:
        // a cached result may carry the refusal of an earlier request, so it is decided afresh.
        const others = result.filter((error) => error.extensions?.code !== 'COST_LIMIT_EXCEEDED');
        if (others.length < result.length) setResult(others);
        if (others.length) return;
        const request = (context as RequestParams).params;
        const requested = Math.round(operationCost(params.schema, params.documentAST, request?.operationName, request?.variables));
        extendContext({ [COST]: requested } as never);
        if (requested <= maxCost) return;
        countRateLimitRefusal('cost');
        setResult([
          new GraphQLError(
            `This query costs ${requested} points; the limit is ${maxCost}. Ask for smaller pages (first/last) or fewer nested lists (see "Query cost" in the README).`,
            { extensions: { code: 'COST_LIMIT_EXCEEDED', cost: { requested, limit: maxCost }, http: { status: 400 } } },
          ),
        ]);
      };
    },
    async onExecute({ args, setResultAndStopExecution }) {
      const context = args.contextValue as unknown as RequestContext & FromServer & Costed;
      const { error, remaining } = await throttle(context);
      if (error) return setResultAndStopExecution({ errors: [error] });
      const cost = reportedCost(context, remaining);
      return {
        onExecuteDone({ result, setResult }) {
          if (Symbol.asyncIterator in result) return;
          setResult({ ...result, extensions: { ...result.extensions, cost } });
        },
      };
    },
    // A subscription is costed and poured once, when it starts; each event it delivers reports that cost.
    async onSubscribe({ args, setResultAndStopExecution }) {
      const context = args.contextValue as unknown as RequestContext & FromServer & Costed;
      const { error, remaining } = await throttle(context);
      if (error) return setResultAndStopExecution({ errors: [error] } as never);
      const cost = reportedCost(context, remaining);
      return {
        onSubscribeResult: () => ({
          onNext: ({ result, setResult }) => setResult({ ...result, extensions: { ...result.extensions, cost } }),
        }),
      };
    },
  };
}
