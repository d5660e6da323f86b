// Filtered connections, root (`projects(filter)`, `risks(filter)`, …) and related
// (`portfolio.projects(filter)`, `project.risks(filter)`, `project.riskAlerts(acknowledged)`, …):
// paging that survives rows leaving the filter between pages, and a batched related totalCount.
//
// Pothos pages with Prisma's `cursor` and `skip: 1`, which assume the cursor row is among the
// filtered rows. When it no longer matches the filter (the risk was assessed, the alert
// acknowledged, the project put on hold since the client read the page) `skip: 1` drops the next
// matching row instead, or, where Prisma pages a nested relation in memory, the whole page comes
// back empty. Admitted to the filter, the cursor row is the one skipped, so the page holds
// exactly the matching rows after it, and the row itself is never returned.
import { parsePrismaCursor } from '@pothos/plugin-prisma';
import DataLoader from 'dataloader';
import type { AppContext } from '../server/context.js';

/** The plugin passes the connection arguments to a field's `query`; its type names only the field's own. */
export type CursorArgs = { after?: string | null; before?: string | null };

/**
 * A related connection's `where`, widened to the row of its `after`/`before` cursor if that row
 * is within `readable` (a cursor is never a way to reach a row the viewer may not read). The
 * widened `where` must not be used to count: see `countPerParent`.
 */
export function admitCursorRow<Where extends object>(args: CursorArgs, field: string, where: Where, readable?: Where): Where {
  const cursor = args.after ?? args.before;
  if (cursor == null) return where;
  return orCursorRow({ [field]: parsePrismaCursor(cursor) }, where, readable);
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
  return { OR: [readable ? { AND: [cursorRow, readable] } : cursorRow, where] } as unknown as Where;
}

/**
 * The count of a filtered related connection for many parents at once: one `groupBy` per field
 * and filter in a request, however many parents it lists. `key` names the field and its filter.
 */
export function countPerParent(
  ctx: AppContext,
  key: string,
  countByParent: (parentIds: string[]) => Promise<Array<{ parentId: string; count: number }>>,
): DataLoader<string, number> {
  let loader = ctx.loaders.counts.get(key);
  if (!loader) {
    loader = new DataLoader(async (parentIds) => {
      const counts = new Map((await countByParent([...parentIds])).map((row) => [row.parentId, row.count]));
      return parentIds.map((id) => counts.get(id) ?? 0);
    });
    ctx.loaders.counts.set(key, loader);
  }
  return loader;
}
