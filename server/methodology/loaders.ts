// Per-request batching of the methodology's reads: lists of projects or portfolios cost one
// query per field, whatever their length.
import { projectReadFilter, readsAllProjects } from '../auth/access.js';
import type { RequestContext } from '../platform/context.js';
import { requestLoader } from '../platform/loaders.js';
import { loadFacts, type ProjectFacts } from './facts-loader.js';
import { complianceByPortfolio, complianceByProject, type ComplianceSummary } from './queries.js';

/** The facts of projects as of the request (`project.facts`). */
export const factsLoader = requestLoader<RequestContext, string, ProjectFacts | null>(async (ctx, ids) => {
  const facts = await loadFacts(ctx.prisma, [...ids]);
  return ids.map((id) => facts.get(id) ?? null);
});

/** The latest compliance of projects (`project.compliance`). */
export const projectComplianceLoader = requestLoader<RequestContext, string, ComplianceSummary>((ctx, ids) =>
  complianceByProject(ctx.prisma, ids),
);

/**
 * The latest compliance of the projects of portfolios that the viewer may read
 * (`portfolio.compliance`). Roles that read every project need no scope (one statement);
 * others count the projects `projectReadFilter` lets them read.
 */
export const portfolioComplianceLoader = requestLoader<RequestContext, string, ComplianceSummary>((ctx, ids) =>
  complianceByPortfolio(ctx.prisma, ids, readsAllProjects(ctx.viewer) ? null : projectReadFilter(ctx.viewer)),
);
