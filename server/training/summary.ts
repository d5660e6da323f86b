// Training in aggregate, for those who read the organisation rather than people (the PMO,
// executives, portfolio managers): per certification type, the people holding it today and those
// whose certification expires within the window; enrollments by status; active mentoring; plans.
// Counts only, never names. A fixed number of statements.
import { addDays, startOfDay } from '../platform/calendar.js';
import type { Db } from '../platform/context.js';
import type { EnrollmentStatus } from '../platform/db/generated/prisma/enums.js';

export interface CertificationCount {
  typeId: string;
  active: number;
  expiring: number;
}

export interface TrainingSummary {
  certifications: CertificationCount[];
  enrollments: { status: EnrollmentStatus; count: number }[];
  activeMentoring: number;
  developmentPlans: number;
}

const STATUSES: EnrollmentStatus[] = ['REQUESTED', 'APPROVED', 'IN_PROGRESS', 'COMPLETED', 'DROPPED'];

export async function trainingSummary(db: Db, windowDays: number, today = new Date()): Promise<TrainingSummary> {
  const from = startOfDay(today);
  const until = addDays(from, windowDays);
  const certifications = await db.$queryRaw<CertificationCount[]>`
    SELECT t.id::text AS "typeId",
      count(DISTINCT c."userId") FILTER (WHERE c."earnedOn" <= ${from} AND (c."expiresOn" IS NULL OR c."expiresOn" >= ${from}))::int AS active,
      count(DISTINCT c."userId") FILTER (WHERE c."earnedOn" <= ${from} AND c."expiresOn" >= ${from} AND c."expiresOn" <= ${until})::int AS expiring
    FROM "CertificationType" t LEFT JOIN "UserCertification" c ON c."typeId" = t.id
    GROUP BY t.id, t.name ORDER BY t.name, t.id`;
  const byStatus = await db.enrollment.groupBy({ by: ['status'], _count: { _all: true } });
  const activeMentoring = await db.mentoring.count({ where: { status: 'ACTIVE' } });
  const developmentPlans = await db.developmentPlan.count();
  const counts = new Map(byStatus.map((row) => [row.status, row._count._all]));
  return { certifications, enrollments: STATUSES.map((status) => ({ status, count: counts.get(status) ?? 0 })), activeMentoring, developmentPlans };
}
