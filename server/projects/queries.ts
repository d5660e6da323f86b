// Where clauses for lists of projects: the viewer's visibility combined with a client's filter.
import { projectReadFilter } from '../auth/access.js';
import type { Viewer } from '../platform/context.js';
import type { Prisma } from '../platform/db/generated/prisma/client.js';
import type { Health, ProjectStatus } from '../platform/db/generated/prisma/enums.js';

export interface ProjectFilter {
  status?: ProjectStatus[] | null;
  health?: Health[] | null;
  portfolioId?: string | null;
  managerId?: string | null;
  /** Matches code or name, case-insensitive. */
  search?: string | null;
}

/** The viewer's visibility restriction combined with the client's filter. */
export function projectWhere(viewer: Viewer | null, filter: ProjectFilter | null | undefined): Prisma.ProjectWhereInput {
  const and: Prisma.ProjectWhereInput[] = [projectReadFilter(viewer)];
  if (filter?.status?.length) and.push({ status: { in: filter.status } });
  if (filter?.health?.length) and.push({ health: { in: filter.health } });
  if (filter?.portfolioId) and.push({ portfolioId: filter.portfolioId });
  if (filter?.managerId) and.push({ managerId: filter.managerId });
  if (filter?.search) {
    and.push({
      OR: [
        { code: { contains: filter.search, mode: 'insensitive' } },
        { name: { contains: filter.search, mode: 'insensitive' } },
      ],
    });
  }
  return { AND: and };
}
