// Where clauses for the user directory (every signed-in person may read it).
import type { Prisma } from '../platform/db/generated/prisma/client.js';
import type { Role } from '../platform/db/generated/prisma/enums.js';

export interface UserFilter {
  role?: Role[] | null;
  /** Matches name or email, case-insensitive. */
  search?: string | null;
  active?: boolean | null;
}

export function userWhere(filter: UserFilter | null | undefined): Prisma.UserWhereInput {
  return {
    role: filter?.role ? { in: filter.role } : undefined,
    active: filter?.active ?? undefined,
    OR: filter?.search
      ? [
          { name: { contains: filter.search, mode: 'insensitive' } },
          { email: { contains: filter.search, mode: 'insensitive' } },
        ]
      : undefined,
  };
}
