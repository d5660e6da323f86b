// The derived-health thresholds a project's methodology overrides (manifest `healthThresholds`,
// composed with what it extends), read from the pinned version's resolved manifest: one
// statement per request, whatever the number of projects.
import type { RequestContext } from '../platform/context.js';
import { requestLoader } from '../platform/loaders.js';
import type { HealthThresholdsDef } from './lib/manifest.js';

export interface MethodologyThresholds {
  /** "key@version" of the pinned methodology; null for a project without one. */
  methodology: string | null;
  overrides: HealthThresholdsDef;
}

export const methodologyThresholdsLoader = requestLoader<RequestContext, string, MethodologyThresholds>(async (ctx, projectIds) => {
  const rows = await ctx.prisma.$queryRaw<{ id: string; methodology: string | null; overrides: HealthThresholdsDef | null }[]>`
    SELECT p.id::text AS id, m.key || '@' || m.version AS methodology, m.resolved -> 'healthThresholds' AS overrides
    FROM "Project" p LEFT JOIN "Methodology" m ON m.id = p."methodologyId"
    WHERE p.id = ANY(${[...projectIds]}::uuid[])`;
  const byId = new Map(rows.map((row) => [row.id, { methodology: row.methodology, overrides: row.overrides ?? {} }]));
  return projectIds.map((id) => byId.get(id) ?? { methodology: null, overrides: {} });
});
