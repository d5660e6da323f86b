// The risks domain's section of the facts document (`risks.*`), contributed to the methodology
// engine: only open risks are loaded, and counted by lib/scoring.ts.
import type { FactsSection } from '../methodology/index.js';
import type { RiskStatus } from '../platform/db/generated/prisma/enums.js';
import { OPEN_RISK_STATUSES, riskFacts } from './lib/scoring.js';

/** A project's open risks as [status, score, has an owner, due date (YYYY-MM-DD or null)]. */
type OpenRisks = [RiskStatus, number, boolean, string | null][];

export const risksFactsSection: FactsSection<OpenRisks> = {
  keys: ['risks'],
  async load(db, projectIds) {
    // One row per project, its risks aggregated in SQL: Prisma would hydrate one object per risk.
    // Closed and realized risks stay in the database but never count in the facts.
    const rows = await db.$queryRaw<{ projectId: string; risks: OpenRisks }[]>`
      SELECT r."projectId"::text AS "projectId",
             json_agg(json_build_array(r.status, r.score, r."ownerId" IS NOT NULL, r."dueDate")) AS risks
      FROM "Risk" r
      WHERE r."projectId" = ANY(${[...projectIds]}::uuid[]) AND r.status::text = ANY(${[...OPEN_RISK_STATUSES]}::text[])
      GROUP BY r."projectId"`;
    return new Map(rows.map((row) => [row.projectId, row.risks]));
  },
  build: (risks, today) => ({
    risks: riskFacts(
      (risks ?? []).map(([status, score, hasOwner, dueDate]) => ({ status, score, hasOwner, dueDate: dueDate === null ? null : new Date(dueDate) })),
      today,
    ),
  }),
};
