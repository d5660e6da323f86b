// A cache of query results, per viewer, for PMO_RESPONSE_CACHE_SECONDS (off when 0, the default).
//
// What keeps it correct:
//  - the key is the viewer's id and role (read from the database on every request, as always),
//    the document, the operation name and the variables: an answer is only ever served to the
//    person it was computed for, so money redaction and team-member visibility hold;
//  - any mutation, on any instance, empties every instance's cache, when it starts and again when
//    it ends (the event bus carries it: Redis with REDIS_URL). A query that started before a
//    mutation ended is not stored (generations), so a read racing a write never outlives it;
//  - writes that are not mutations (jobs: sweeps, expiries, snapshots) and the time-dependent
//    fields are stale for at most the TTL: that is the trade-off, and why it is off by default;
//  - while the bus is disconnected (Redis down) invalidations could be missed: nothing is served
//    from the cache, and it is emptied when the bus comes back;
//  - only complete answers without errors are stored; subscriptions are never cached. A hit is
//    still costed and rate-limited (the cost plugin runs before this one), and reports its cost.
import { getOperationAST, type DocumentNode, type ExecutionResult } from 'graphql';
import { createLRUCache, type Plugin } from 'graphql-yoga';
import { randomUUID } from 'node:crypto';
import type { RequestContext } from '../platform/context.js';
import { defineTopic, type EventBus } from '../platform/events/bus.js';

export interface ResponseCacheSettings {
  /** How long an answer may be served; 0 turns the cache off. */
  ttlSeconds: number;
  /** Answers kept at most (least recently used go first). */
  maxEntries: number;
}

/** "A mutation ran on this instance": every other instance empties its cache. */
const invalidated = defineTopic<{ instance: string }>('response-cache.invalidated');

/** The plugins of the cache (none when it is off): they go right after the cost limits. */
export function responseCachePlugins(settings: ResponseCacheSettings, bus: EventBus): Plugin[] {
  if (settings.ttlSeconds <= 0) return [];
  const instance = randomUUID();
  // yoga's LRU (as persisted-operations.ts uses): least recently used go first, and an answer
  // older than the TTL is never returned.
  const entries = createLRUCache<ExecutionResult>({ max: settings.maxEntries, ttl: settings.ttlSeconds * 1000 });
  // Bumped by every invalidation: a result computed across one is not stored.
  let generation = 0;

  const empty = () => {
    generation += 1;
    entries.clear();
  };
  const invalidateEverywhere = () => {
    empty();
    bus.publish(invalidated, { instance });
  };
  // Should the stream of other instances' invalidations ever end or fail, this instance could no
  // longer hear them: it stops answering from the cache (and holds nothing) from then on.
  let hearing = true;
  void (async () => {
    try {
      for await (const message of bus.subscribe(invalidated)) {
        if (message.instance !== instance) empty();
      }
    } finally {
      hearing = false;
      empty();
    }
  })().catch(() => undefined);
  bus.onResume(empty);

  // yoga's parser cache hands out the same DocumentNode for the same source: its identity names
  // the document without printing it (another object with the same text only misses).
  const documentIds = new WeakMap<DocumentNode, number>();
  let nextDocumentId = 0;
  const documentId = (document: DocumentNode) => {
    let id = documentIds.get(document);
    if (id === undefined) documentIds.set(document, (id = nextDocumentId++));
    return id;
  };

  const plugin: Plugin = {
    onExecute({ args, setResultAndStopExecution }) {
      const operation = getOperationAST(args.document, args.operationName);
      if (!operation) return;
      if (operation.operation === 'mutation') {
        invalidateEverywhere();
        return { onExecuteDone: invalidateEverywhere };
      }
      if (operation.operation !== 'query') return;
      const viewer = (args.contextValue as unknown as RequestContext).viewer;
      if (!viewer || !hearing || !bus.connected()) return;
      const key = `${viewer.id}\u0000${viewer.role}\u0000${documentId(args.document)}\u0000${args.operationName ?? ''}\u0000${JSON.stringify(args.variableValues ?? {})}`;
      const cached = entries.get(key);
      if (cached) {
        setResultAndStopExecution(cached);
        return;
      }
      const startedIn = generation;
      return {
        onExecuteDone({ result }) {
          if (generation !== startedIn || Symbol.asyncIterator in result) return;
          const complete = result as ExecutionResult;
          if (complete.errors?.length || !complete.data) return;
          // The cost is the request's own (the cost plugin adds it to every answer, hits too).
          const { cost: _cost, ...extensions } = complete.extensions ?? {};
          const stored: ExecutionResult = Object.keys(extensions).length ? { data: complete.data, extensions } : { data: complete.data };
          entries.set(key, stored);
        },
      };
    },
  };

  return [plugin];
}
