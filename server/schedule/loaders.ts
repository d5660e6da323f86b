// Per-request batching of the schedule domain: the WBS tree of every project a request reads
// tasks of, in one statement for all of them.
import type { RequestContext } from '../platform/context.js';
import { requestLoader } from '../platform/loaders.js';
import { type RolledUp, rollUp, type TreeRow } from './lib/rollup.js';

/** Whole cents of a Decimal(14, 2) amount, exactly (through its two-decimal text). */
export const centsOf = (amount: { toFixed(digits: number): string }): number => Number(amount.toFixed(2).replace('.', ''));
/** The amount of whole cents as a Decimal scalar's text. */
export const amountOf = (cents: number): string => `${cents < 0 ? '-' : ''}${Math.floor(Math.abs(cents) / 100)}.${String(Math.abs(cents) % 100).padStart(2, '0')}`;

/** `taskTreeOf(ctx).load(projectId)`: the rolled-up figures of each of the project's tasks. */
export const taskTreeOf = requestLoader(async (ctx: Pick<RequestContext, 'cache' | 'prisma'>, projectIds: readonly string[]) => {
  const rows = await ctx.prisma.task.findMany({
    where: { projectId: { in: [...projectIds] } },
    select: { id: true, parentId: true, budget: true, projectId: true },
  });
  const byProject = new Map<string, TreeRow[]>(projectIds.map((id) => [id, []]));
  for (const row of rows) byProject.get(row.projectId)?.push({ id: row.id, parentId: row.parentId, budgetCents: centsOf(row.budget) });
  return projectIds.map((id): Map<string, RolledUp> => rollUp(byProject.get(id)!));
});
