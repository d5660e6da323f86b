// The resources domain's part of the facts document (`resources.*`, beside the team figures the
// methodology engine builds): open demands, over-allocated people, and how much of the skills
// the demands ask for the team already holds. One statement for every project evaluated.
import type { FactsSection } from '../methodology/index.js';

interface ResourceFactsRow {
  openDemands: number;
  overallocatedMembers: number;
  demandedSkills: number;
  coveredSkills: number;
}

export const resourcesFactsSection: FactsSection<ResourceFactsRow> = {
  keys: ['resources'],
  async load(db, projectIds) {
    const rows = await db.$queryRaw<(ResourceFactsRow & { projectId: string })[]>`
      SELECT p.id::text AS "projectId",
        (SELECT count(*)::int FROM "ResourceDemand" d
          WHERE d."projectId" = p.id AND d.status IN ('OPEN', 'PARTIALLY_FILLED') AND d."to" >= current_date) AS "openDemands",
        (SELECT count(DISTINCT a."triggerKey")::int FROM "RiskAlert" a
          WHERE a."projectId" = p.id AND a.source = 'RESOURCE_OVERALLOCATION' AND a."resolvedAt" IS NULL) AS "overallocatedMembers",
        (SELECT count(DISTINCT d."skillId")::int FROM "ResourceDemand" d
          WHERE d."projectId" = p.id AND d."skillId" IS NOT NULL AND d."to" >= current_date) AS "demandedSkills",
        (SELECT count(DISTINCT d."skillId")::int FROM "ResourceDemand" d
          WHERE d."projectId" = p.id AND d."skillId" IS NOT NULL AND d."to" >= current_date
            AND EXISTS (SELECT 1 FROM "UserSkill" s
              WHERE s."skillId" = d."skillId" AND s.level >= coalesce(d."minLevel", 1)
                AND (s."userId" = p."managerId" OR s."userId" IN (SELECT m."userId" FROM "ProjectMember" m WHERE m."projectId" = p.id)))) AS "coveredSkills"
      FROM "Project" p WHERE p.id = ANY(${[...projectIds]}::uuid[])`;
    return new Map(rows.map(({ projectId, ...row }) => [projectId, row]));
  },
  build: (row) => ({
    resources: {
      openDemands: row?.openDemands ?? 0,
      overallocatedMembers: row?.overallocatedMembers ?? 0,
      skillsCoverage: row && row.demandedSkills > 0 ? Math.round((row.coveredSkills / row.demandedSkills) * 10000) / 10000 : 1,
    },
  }),
};
