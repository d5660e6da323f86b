// Per-request batching of the schedule domain: the WBS tree of every project a request reads
// tasks of, in one statement for all of them.
import type { RequestContext } from '../platform/context.js';
import { requestLoader } from '../platform/loaders.js';
import { type RolledUp, rollUp, type TreeRow } from './lib/rollup.js';

/** `taskTreeOf(ctx).load(projectId)`: the rolled-up figures of each of the project's tasks. */
export const taskTreeOf = requestLoader(async (ctx: Pick<RequestContext, 'cache' | 'prisma'>, projectIds: readonly string[]) => {
  const rows = await ctx.prisma.task.findMany({
    where: { projectId: { in: [...projectIds] } },
    select: { id: true, parentId: true, budget: true, projectId: true },
  });
  const byProject = new Map<string, TreeRow[]>(projectIds.map((id) => [id, []]));
  for (const row of rows) byProject.get(row.projectId)?.push(row);
  return projectIds.map((id): Map<string, RolledUp> => rollUp(byProject.get(id)!));
});
