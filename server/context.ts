// Per-request context: who is asking, the database, and request-scoped caches.
import type { Logger } from 'pino';
import { readsAllProjects } from './auth/access.js';
import type { Viewer } from './auth/viewer.js';
import type { PrismaClient } from './db/generated/prisma/client.js';

export interface AppContext {
  requestId: string;
  viewer: Viewer | null;
  prisma: PrismaClient;
  log: Logger;
  /** Whether the viewer may read the project (cached per request: one query at most). */
  canReadProject(projectId: string): Promise<boolean>;
}

export function createRequestContext(options: {
  requestId: string;
  viewer: Viewer | null;
  prisma: PrismaClient;
  log: Logger;
}): AppContext {
  const { viewer, prisma } = options;
  let memberOf: Promise<Set<string>> | undefined;
  return {
    ...options,
    async canReadProject(projectId) {
      if (!viewer) return false;
      if (readsAllProjects(viewer)) return true;
      memberOf ??= prisma.projectMember
        .findMany({ where: { userId: viewer.id }, select: { projectId: true } })
        .then((rows) => new Set(rows.map((row) => row.projectId)));
      return (await memberOf).has(projectId);
    },
  };
}
