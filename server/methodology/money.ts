// Evidence as a viewer may see it: with money values hidden from those who may not see money
// (team members), whatever JSON carries it (rule results, gate failures, trigger alerts).
import { canSeeMoney } from '../auth/access.js';
import type { Db, Viewer } from '../platform/context.js';
import { moneyPathsOf, withoutMoney } from './lib/money.js';
import { compiledFor } from './registry.js';

/** Money paths by "key@version". Installed versions never change, so the cache never goes stale. */
const moneyPathsCache = new Map<string, Promise<ReadonlySet<string>>>();

/** The money paths of an installed methodology version (the built-in ones when it is unknown or gone). */
export function moneyPathsFor(db: Db, methodology: { key: string; version: string } | null): Promise<ReadonlySet<string>> {
  if (!methodology) return Promise.resolve(moneyPathsOf(null));
  const name = `${methodology.key}@${methodology.version}`;
  let paths = moneyPathsCache.get(name);
  if (!paths) {
    paths = db.methodology
      .findUnique({ where: { key_version: methodology }, select: { id: true, resolved: true } })
      .then((row) => moneyPathsOf(row ? compiledFor(row) : null));
    moneyPathsCache.set(name, paths);
    paths.catch(() => moneyPathsCache.delete(name));
  }
  return paths;
}

/** `evidence` as `viewer` may see it; `methodology` is the version whose facts it was read from. */
export async function evidenceFor(
  viewer: Viewer | null,
  db: Db,
  evidence: unknown,
  methodology: { key: string; version: string } | null,
): Promise<unknown> {
  if (canSeeMoney(viewer)) return evidence;
  return withoutMoney(evidence, await moneyPathsFor(db, methodology));
}

/** The methodology named in a trigger alert's evidence ("key@version"), if any. */
export function methodologyOfAlert(evidence: unknown): { key: string; version: string } | null {
  const named = (evidence as { methodology?: unknown } | null)?.methodology;
  if (typeof named !== 'string') return null;
  const at = named.lastIndexOf('@');
  return at > 0 ? { key: named.slice(0, at), version: named.slice(at + 1) } : null;
}
