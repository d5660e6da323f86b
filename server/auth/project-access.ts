// Loading what the access rules (access.ts) need of a project, and deciding per request who
// may read which project.
import type { Db, RequestContext } from '../platform/context.js';
import type { Prisma } from '../platform/db/generated/prisma/client.js';
import { NotFoundError } from '../platform/errors.js';
import { requestMemo } from '../platform/loaders.js';
import { readsAllProjects } from './access.js';

/** The columns the project rules read, with the team (for the rules that let members act). */
export const PROJECT_ACCESS = {
  id: true,
  status: true,
  managerId: true,
  portfolio: { select: { ownerId: true } },
  members: { select: { userId: true } },
} as const satisfies Prisma.ProjectSelect;

export type ProjectAccess = Prisma.ProjectGetPayload<{ select: typeof PROJECT_ACCESS }>;

/** The project with its portfolio's id and owner (what ProjectRef needs), or NotFoundError. */
export async function getProjectWithPortfolio(db: Db, id: string) {
  const project = await db.project.findUnique({ where: { id }, include: { portfolio: { select: { id: true, ownerId: true } } } });
  if (!project) throw new NotFoundError('Project', id);
  return project;
}

type Reader = Pick<RequestContext, 'viewer' | 'prisma' | 'cache'>;

/** The ids of the projects the viewer is a member of: one query per request at most. */
const membershipsOf = requestMemo((ctx: Reader) =>
  ctx.prisma.projectMember
    .findMany({ where: { userId: ctx.viewer!.id }, select: { projectId: true } })
    .then((rows) => new Set(rows.map((row) => row.projectId))),
);

/**
 * Whether the viewer may read the project. Synchronous when it can answer at once: it runs for
 * every project in every list.
 */
export function canReadProject(ctx: Reader, projectId: string): boolean | Promise<boolean> {
  if (!ctx.viewer) return false;
  if (readsAllProjects(ctx.viewer)) return true;
  return membershipsOf(ctx).then((ids) => ids.has(projectId));
}
