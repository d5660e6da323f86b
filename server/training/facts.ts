// The training domain's part of the facts document (`manager.*`): the certifications the
// project's manager holds today. One statement for every project evaluated.
import type { FactsSection } from '../methodology/index.js';

/** The most certification keys `manager.certifications` holds. */
export const MAX_MANAGER_CERTIFICATIONS = 20; // LIST_LIMITS.certifications of the facts shape

interface ManagerFactsRow {
  certifications: string[] | null;
  projectManagementCertified: boolean;
}

export const trainingFactsSection: FactsSection<ManagerFactsRow> = {
  keys: ['manager'],
  async load(db, projectIds) {
    const rows = await db.$queryRaw<(ManagerFactsRow & { projectId: string })[]>`
      SELECT p.id::text AS "projectId",
        (SELECT array_agg(DISTINCT t.key ORDER BY t.key) FROM "UserCertification" c JOIN "CertificationType" t ON t.id = c."typeId"
          WHERE c."userId" = p."managerId" AND c."earnedOn" <= current_date AND (c."expiresOn" IS NULL OR c."expiresOn" >= current_date)) AS certifications,
        EXISTS (SELECT 1 FROM "UserCertification" c JOIN "CertificationType" t ON t.id = c."typeId"
          WHERE c."userId" = p."managerId" AND t."projectManagement" AND c."earnedOn" <= current_date
            AND (c."expiresOn" IS NULL OR c."expiresOn" >= current_date)) AS "projectManagementCertified"
      FROM "Project" p WHERE p.id = ANY(${[...projectIds]}::uuid[])`;
    return new Map(rows.map(({ projectId, ...row }) => [projectId, row]));
  },
  build: (row) => {
    const certifications = (row?.certifications ?? []).slice(0, MAX_MANAGER_CERTIFICATIONS);
    return {
      manager: {
        certifications,
        activeCertificationCount: row?.certifications?.length ?? 0,
        projectManagementCertified: row?.projectManagementCertified ?? false,
      },
    };
  },
};
