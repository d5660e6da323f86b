// Pages of lists: the page-size rule, cursor validation, cursor paging that survives rows leaving
// the filter between pages, and batched totalCounts of related connections.
//
// Pothos pages with Prisma's `cursor` and `skip: 1`, which assume the cursor row is among the
// filtered rows. When it no longer matches the filter (the risk was assessed, the alert
// acknowledged, the project put on hold since the client read the page) `skip: 1` drops the next
// matching row instead, or, where Prisma pages a nested relation in memory, the whole page comes
// back empty. Two ways round it, one per kind of cursor:
//  - id cursors under any order (`filteredPage`, `admitCursorRow`): the cursor row is admitted
//    to the filter, so it is the row that `skip: 1` drops and the page holds exactly the
//    matching rows after it (the row itself is never returned);
//  - cursors on a column the list is ordered by (`pageBySeq`, risk alerts by seq): the cursor is
//    a bound (`seq > n`), which holds even when the cursor row is gone (deleted with its project).
import { parsePrismaCursor } from '@pothos/plugin-prisma';
import { z } from 'zod';
import { keyedRequestLoader } from '../../server/platform/loaders.js';
import type { AppContext } from './context.js';

export const MAX_PAGE_SIZE = 100;

/** The rule of `first`/`last` (and of any other page size): 0..100; more is an error, not a silent clamp. */
export const pageSize = (arg: string) =>
  z
    .number()
    .int()
    .min(0, `${arg} must not be negative`)
    .max(MAX_PAGE_SIZE, `${arg} must be at most ${MAX_PAGE_SIZE}`);

/** A `first` argument of a plain list (not a connection), with its default. */
export const firstArgOptions = (defaultValue: number) => ({
  defaultValue,
  description: `At most ${MAX_PAGE_SIZE}.`,
  validate: pageSize('first'),
});

// Cursors are the prisma plugin's encoding of a record id (base64 "GPC:S:<uuid>") or sequence
// number ("GPC:N:<n>", risk alerts). A forged cursor is a user error, not a database error.
const CURSOR = /^GPC:(S:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|N:[0-9]{1,10})$/i;

export const cursor = (arg: string) =>
  z
    .string()
    .refine((value) => CURSOR.test(Buffer.from(value, 'base64').toString('utf8')), `${arg} is not a valid cursor`)
    .nullish();

/** The plugin passes the connection arguments to a field's `query`; its type names only the field's own. */
export type CursorArgs = { after?: string | null; before?: string | null };

/**
 * A related connection's `where`, widened to the row of its `after`/`before` cursor if that row
 * is within `readable` (a cursor is never a way to reach a row the viewer may not read). The
 * widened `where` must not be used to count: see `countPerParent`.
 */
export function admitCursorRow<Where extends object>(args: CursorArgs, field: string, where: Where, readable?: Where): Where {
  const cursorValue = args.after ?? args.before;
  if (cursorValue == null) return where;
  return orCursorRow({ [field]: parsePrismaCursor(cursorValue) }, where, readable);
}

/**
 * A root connection's query: the plugin's page (`cursor`, `skip`, `take`, selection) with `where`
 * widened to the cursor row, as for related connections. Count with the plain `where`.
 */
export function filteredPage<Query extends { cursor?: object }, Where extends object>(
  query: Query,
  where: Where,
  readable?: Where,
): Query & { where: Where } {
  return { ...query, where: query.cursor ? orCursorRow(query.cursor, where, readable) : where };
}

function orCursorRow<Where extends object>(cursorRow: object, where: Where, readable: Where | undefined): Where {
  // Nothing to admit when the filter lets every row through. (Nor may it go into the OR: Prisma
  // reads an empty condition inside OR as "no row", so the page would hold only the cursor row,
  // which `skip: 1` then drops — an empty second page for every unfiltered list.)
  if (matchesEveryRow(where)) return where;
  return { OR: [readable ? { AND: [cursorRow, readable] } : cursorRow, where] } as unknown as Where;
}

/** A where clause that filters nothing: `{}`, undefined conditions, or ANDs of such. */
export function matchesEveryRow(where: unknown): boolean {
  if (where === undefined) return true;
  if (typeof where !== 'object' || where === null || Array.isArray(where)) return false;
  return Object.entries(where).every(
    ([key, value]) => value === undefined || (key === 'AND' && (Array.isArray(value) ? value.every(matchesEveryRow) : matchesEveryRow(value))),
  );
}

/**
 * The page of a list ordered by `seq` with its `after`/`before` cursor as a bound on seq. A
 * replaying client whose last row is now outside the filter (another filter, a project it may no
 * longer read) would otherwise silently miss the next row, and one whose last row was deleted
 * would get nothing at all.
 */
export function pageBySeq<Q extends { cursor?: { seq?: number }; skip?: number; take?: number }, Where extends object>(
  query: Q,
  where: Where,
) {
  const { cursor: cursorRow, skip, ...rest } = query;
  const seq = cursorRow?.seq;
  if (seq == null) return { ...rest, skip, where };
  const bound = { seq: (rest.take ?? 0) < 0 ? { lt: seq } : { gt: seq } };
  return { ...rest, skip: 0, where: { AND: [where, bound] } as unknown as Where };
}

/**
 * The count of a filtered related connection for many parents at once: one `groupBy` per field
 * and filter in a request, however many parents it lists. `key` names the field and its filter.
 */
const countLoaders = keyedRequestLoader<AppContext, { key: string; count: CountByParent }, string, number>(
  ({ key }) => key,
  async (_ctx, { count }, parentIds) => {
    const counts = new Map((await count([...parentIds])).map((row) => [row.parentId, row.count]));
    return parentIds.map((id) => counts.get(id) ?? 0);
  },
);

type CountByParent = (parentIds: string[]) => Promise<Array<{ parentId: string; count: number }>>;

export function countPerParent(ctx: AppContext, key: string, count: CountByParent) {
  return countLoaders(ctx, { key, count });
}
