// Per-request batching and memos: the one mechanism every domain uses. A loader is defined once,
// at module level, next to the query it batches; each request (and each event of a
// subscription) gets its own instance the first time it is used, so adding a loader edits no
// shared list and nothing is cached across requests.
import DataLoader from 'dataloader';
import type { RequestContext } from './context.js';

type Cached = Pick<RequestContext, 'cache'>;

/** A value computed at most once per request: `memo(ctx)`. */
export function requestMemo<C extends Cached, T>(create: (ctx: C) => T): (ctx: C) => T {
  const slot = {};
  return (ctx) => {
    if (!ctx.cache.has(slot)) ctx.cache.set(slot, create(ctx));
    return ctx.cache.get(slot) as T;
  };
}

/** A DataLoader per request: `loader(ctx).load(key)` batches every load of one tick into one call. */
export function requestLoader<C extends Cached, K, V>(
  batch: (ctx: C, keys: readonly K[]) => Promise<readonly (V | Error)[]>,
): (ctx: C) => DataLoader<K, V> {
  return requestMemo((ctx: C) => new DataLoader<K, V>((keys) => batch(ctx, keys)));
}

/**
 * A family of per-request DataLoaders told apart by a key (a field and its filter, a planned
 * query): `loaders(ctx, key)`. Loads under one key batch together; other keys get their own.
 */
export function keyedRequestLoader<C extends Cached, Key, K, V>(
  keyOf: (key: Key) => string,
  batch: (ctx: C, key: Key, keys: readonly K[]) => Promise<readonly (V | Error)[]>,
): (ctx: C, key: Key) => DataLoader<K, V> {
  const family = requestMemo(() => new Map<string, DataLoader<K, V>>());
  return (ctx, key) => {
    const byKey = family(ctx);
    const name = keyOf(key);
    let loader = byKey.get(name);
    if (!loader) byKey.set(name, (loader = new DataLoader<K, V>((keys) => batch(ctx, key, keys))));
    return loader;
  };
}
