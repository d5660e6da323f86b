// Subscription events whose GraphQL result is computed once per viewer scope, not once per
// subscriber. An event fanned out to a thousand subscribers used to be executed a thousand
// times (field resolution, authorisation, Prisma selection mapping, garbage), although most of
// them send the same document and differ only in who they are. Here the first subscriber of a
// scope executes the event and every other subscriber of that scope receives its result.
//
// A scope is the operation (document, operation name, variables) and the viewer's role. Whether
// a result depends on more than the role is observed, not assumed: the shared execution sees a
// viewer that notes every read of anything but `role` (its id for team membership, for
// `viewerCanEdit`, ...). A result that read the viewer's identity is only reused by that same
// user's subscriptions; the others of the role execute their own, and remember to do so.
// Resolvers learn who the viewer is only through `ctx.viewer` (the house rule for access checks).
import { createSourceEventStream, type DocumentNode, type ExecutionArgs, type ExecutionResult, execute, print } from 'graphql';
import { isAsyncIterable, mapAsyncIterator, type Plugin } from 'graphql-yoga';
import type { Viewer } from '../context.js';

/** What a subscription's execution yields per event, once its result is known. */
type Result = ExecutionResult | AsyncIterable<ExecutionResult>;

interface SharedRun {
  result: Promise<Result>;
  /** The user the run executed as, and whether its result read their identity (then it is theirs). */
  userId: string | null;
  personal: () => boolean;
}

/**
 * An event delivered to many subscribers at once (extend it). Subscribers in the same scope share
 * one execution of it; everything it carries must therefore be the same for all of them.
 */
export class SharedEvent {
  /** Runs by scope key; the event lives as long as its slowest subscriber holds it. */
  readonly #runs = new Map<string, SharedRun>();

  /** @internal for useSharedEventResults */
  runFor(key: string, start: () => SharedRun): SharedRun {
    let run = this.#runs.get(key);
    if (!run) {
      run = start();
      this.#runs.set(key, run);
    }
    return run;
  }
}

/** Operation keys by document object: printed once per document, not per subscriber. */
const printed = new WeakMap<DocumentNode, string>();
const documentKey = (document: DocumentNode) => {
  let key = printed.get(document);
  if (key === undefined) {
    key = print(document);
    printed.set(document, key);
  }
  return key;
};

interface ViewerContext {
  viewer?: Viewer | null;
  cache?: Map<object, unknown>;
}

/**
 * The context a shared execution runs in: the subscriber's, with fresh per-request caches (as
 * `beginEvent` gives each event) and a viewer that reports reads of anything but its role.
 */
function observedContext(context: ViewerContext, onIdentityRead: () => void): ViewerContext {
  const copy = Object.create(Object.getPrototypeOf(context), Object.getOwnPropertyDescriptors(context)) as ViewerContext;
  if (context.viewer) {
    copy.viewer = new Proxy(context.viewer, {
      get(target, property, receiver) {
        if (property !== 'role') onIdentityRead();
        return Reflect.get(target, property, receiver);
      },
    });
  }
  if (context.cache) copy.cache = new Map();
  return copy;
}

/**
 * The envelop plugin: subscriptions execute a SharedEvent once per scope. Other events execute
 * per subscriber, as graphql-js does. Plugins after this one (tracing) wrap it as usual, and
 * per-subscriber hooks on results (cost extension, masking) still run for every subscriber.
 */
export function useSharedEventResults(): Plugin {
  return {
    onSubscribe({ setSubscribeFn }) {
      setSubscribeFn(sharingSubscribe as never);
    },
  };
}

async function sharingSubscribe(args: ExecutionArgs): Promise<Result> {
  const source = await createSourceEventStream(args);
  if (!isAsyncIterable(source)) return source as ExecutionResult;
  const events = (source as AsyncIterable<unknown>)[Symbol.asyncIterator]();
  const signal = (args as { signal?: AbortSignal }).signal;
  // As graphql-tools does: an aborted request (an SSE client gone) ends its source stream.
  signal?.addEventListener('abort', () => void events.return?.(), { once: true });

  const context = (args.contextValue ?? {}) as ViewerContext;
  const viewer = context.viewer ?? null;
  const operation = `${documentKey(args.document)}\n${args.operationName ?? ''}\n${JSON.stringify(args.variableValues ?? null)}`;
  const roleKey = `${operation}\n${viewer?.role ?? 'anonymous'}`;
  // Only for the subscriptions that turn out to need it: a thousand idle subscribers hold one key each.
  let personalKey: string | undefined;
  const userKey = () => (personalKey ??= `${roleKey}\n${viewer?.id ?? ''}`);
  // Once this subscription's results were seen to depend on who the viewer is, it shares only
  // with the same user's subscriptions.
  let personal = false;
  const own = (event: unknown) => execute({ ...args, rootValue: event }) as Promise<Result> | Result;
  const userId = viewer?.id ?? null;
  /** This user's run: executed in this subscription's own context, shared with their other subscriptions. */
  const usersRun = (event: SharedEvent) => event.runFor(userKey(), () => ({ result: Promise.resolve(own(event)), userId, personal: () => true }));

  const resultFor = async (event: unknown): Promise<Result> => {
    if (!(event instanceof SharedEvent)) return own(event);
    if (personal) return usersRun(event).result;
    const run = event.runFor(roleKey, () => {
      let identityRead = false;
      // Without the subscriber's signal: one subscriber leaving must not abort the others' result.
      const { signal: _signal, ...shared } = args as ExecutionArgs & { signal?: AbortSignal };
      const contextValue = observedContext(context, () => (identityRead = true));
      return {
        result: Promise.resolve(execute({ ...shared, contextValue, rootValue: event }) as Promise<Result> | Result),
        userId,
        personal: () => identityRead,
      };
    });
    const result = await run.result;
    if (!run.personal()) return result;
    personal = true;
    // The result is its user's: theirs to reuse, the others' to compute.
    return (run.userId === userId ? event.runFor(userKey(), () => run) : usersRun(event)).result;
  };

  return mapAsyncIterator(events, resultFor) as AsyncIterable<ExecutionResult>;
}
