// Who may read a person's details beyond the directory (absences and capacity; skills and
// bookings): the person, the PMO, and those who plan their work. A portfolio
// manager oversees the people on the projects of the portfolios they own, a project manager the
// people on the projects they manage (members and managers). Executives read aggregates, not
// people. One query per request at most, whatever the number of people read.
import type { RequestContext, Tx, Viewer } from '../platform/context.js';
import { requestMemo } from '../platform/loaders.js';

type Reader = Pick<RequestContext, 'viewer' | 'prisma' | 'cache'>;

/** The ids of the people on (or booked on) the projects the viewer manages or whose portfolio they own. */
export const overseenPeople = requestMemo(async (ctx: Reader): Promise<Set<string>> => {
  const viewerId = ctx.viewer!.id;
  const rows = await ctx.prisma.$queryRaw<{ id: string }[]>`
    SELECT m."userId"::text AS id FROM "ProjectMember" m JOIN "Project" p ON p.id = m."projectId" JOIN "Portfolio" f ON f.id = p."portfolioId"
    WHERE p."managerId" = ${viewerId}::uuid OR f."ownerId" = ${viewerId}::uuid
    UNION
    SELECT a."userId"::text FROM "Allocation" a JOIN "Project" p ON p.id = a."projectId" JOIN "Portfolio" f ON f.id = p."portfolioId"
    WHERE a."declinedAt" IS NULL AND (p."managerId" = ${viewerId}::uuid OR f."ownerId" = ${viewerId}::uuid)
    UNION
    SELECT p."managerId"::text FROM "Project" p JOIN "Portfolio" f ON f.id = p."portfolioId"
    WHERE f."ownerId" = ${viewerId}::uuid AND p."managerId" IS NOT NULL`;
  return new Set(rows.map((row) => row.id));
});

/** Whether the viewer may read the details of the person with this id (synchronous when it can be). */
export function canReadPerson(ctx: Reader, userId: string): boolean | Promise<boolean> {
  const viewer = ctx.viewer;
  if (!viewer) return false;
  if (viewer.id === userId || viewer.role === 'PMO_ADMIN') return true;
  if (viewer.role !== 'PORTFOLIO_MANAGER' && viewer.role !== 'PROJECT_MANAGER') return false;
  return overseenPeople(ctx).then((ids) => ids.has(userId));
}

/** Private details (an absence's note, that it is sick leave): the person and the PMO only. */
export const canReadPrivate = (ctx: Pick<RequestContext, 'viewer'>, userId: string): boolean =>
  !!ctx.viewer && (ctx.viewer.id === userId || ctx.viewer.role === 'PMO_ADMIN');

/** The people among these whose details the viewer reads (one statement at most). */
export async function readablePeopleAmong(ctx: Reader, ids: readonly string[]): Promise<Set<string>> {
  const viewer = ctx.viewer;
  if (!viewer) return new Set();
  if (viewer.role === 'PMO_ADMIN') return new Set(ids);
  const readable = new Set(ids.filter((id) => id === viewer.id));
  if (viewer.role === 'PORTFOLIO_MANAGER' || viewer.role === 'PROJECT_MANAGER') {
    const overseen = await overseenPeople(ctx);
    for (const id of ids) if (overseen.has(id)) readable.add(id);
  }
  return readable;
}

/**
 * Whether the viewer manages the person — sets their skill levels, approves their training: the
 * PMO, or the owner of a portfolio or the manager of a project the person is a member of.
 */
export async function managesPerson(tx: Tx, viewer: Viewer, userId: string): Promise<boolean> {
  if (viewer.role === 'PMO_ADMIN') return true;
  if (viewer.role !== 'PORTFOLIO_MANAGER' && viewer.role !== 'PROJECT_MANAGER') return false;
  const found = await tx.projectMember.findFirst({
    where: { userId, project: { OR: [{ managerId: viewer.id }, { portfolio: { ownerId: viewer.id } }] } },
    select: { projectId: true },
  });
  return found !== null;
}
