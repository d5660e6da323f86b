// Per-request context: who is asking, the database, and request-scoped caches.
import DataLoader from 'dataloader';
import type { Logger } from 'pino';
import type { AlertHub } from './alerts/hub.js';
import { projectReadFilter, readsAllProjects } from './auth/access.js';
import type { Viewer } from './auth/viewer.js';
import type { PrismaClient } from './db/generated/prisma/client.js';
import { loadFacts, type ProjectFacts } from './methodology/facts-loader.js';
import { complianceByPortfolio, complianceByProject, type ComplianceSummary } from './services/compliance-summary.js';

export interface AppContext {
  requestId: string;
  viewer: Viewer | null;
  prisma: PrismaClient;
  log: Logger;
  /** This instance's risk alerts: publishing and subscribing. */
  alerts: AlertHub;
  /** Whether the viewer may read the project (cached per request: one query at most). */
  canReadProject(projectId: string): boolean | Promise<boolean>;
  /** Batched per request, so lists of projects or portfolios cost one query per field. */
  loaders: Loaders;
  /**
   * A subscription keeps its context for as long as it lasts: each event it delivers starts
   * from fresh caches, as a new request would (no stale facts, no stale team membership).
   */
  beginEvent(): void;
}

interface Loaders {
  facts: DataLoader<string, ProjectFacts | null>;
  projectCompliance: DataLoader<string, ComplianceSummary>;
  portfolioCompliance: DataLoader<string, ComplianceSummary>;
  /** totalCount of filtered related connections, by field and filter (schema/filtered-pages.ts). */
  counts: Map<string, DataLoader<string, number>>;
}

export function createRequestContext(options: {
  requestId: string;
  viewer: Viewer | null;
  prisma: PrismaClient;
  log: Logger;
  alerts: AlertHub;
}): AppContext {
  const { viewer, prisma } = options;
  let memberOf: Promise<Set<string>> | undefined;
  const createLoaders = (today = new Date()): Loaders => ({
    facts: new DataLoader(async (ids) => {
      const facts = await loadFacts(prisma, [...ids], today);
      return ids.map((id) => facts.get(id) ?? null);
    }),
    projectCompliance: new DataLoader((ids) => complianceByProject(prisma, ids)),
    portfolioCompliance: new DataLoader((ids) => complianceByPortfolio(prisma, ids, projectReadFilter(viewer))),
    counts: new Map(),
  });
  return {
    ...options,
    loaders: createLoaders(),
    beginEvent() {
      this.loaders = createLoaders();
      memberOf = undefined;
    },
    // Synchronous when it can answer at once: it runs for every project in every list.
    canReadProject(projectId) {
      if (!viewer) return false;
      if (readsAllProjects(viewer)) return true;
      memberOf ??= prisma.projectMember
        .findMany({ where: { userId: viewer.id }, select: { projectId: true } })
        .then((rows) => new Set(rows.map((row) => row.projectId)));
      return memberOf.then((ids) => ids.has(projectId));
    },
  };
}
