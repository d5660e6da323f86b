// The risks domain's section of the facts document (`risks.*`), contributed to the methodology
// engine: only open risks are loaded, and counted by lib/scoring.ts.
import type { FactsSection } from '../methodology/index.js';
import type { RiskStatus } from '../platform/db/generated/prisma/enums.js';
import { OPEN_RISK_STATUSES, riskFacts } from './lib/scoring.js';

type WithRisks = { risks: { status: RiskStatus; score: number; ownerId: string | null; dueDate: Date | null }[] };

export const risksFactsSection: FactsSection<WithRisks> = {
  key: 'risks',
  include: {
    // Closed and realized risks stay in the database but never count in the facts.
    risks: { where: { status: { in: [...OPEN_RISK_STATUSES] } }, select: { status: true, score: true, ownerId: true, dueDate: true } },
  },
  build: (project, today) =>
    riskFacts(
      project.risks.map((risk) => ({ status: risk.status, score: risk.score, hasOwner: risk.ownerId !== null, dueDate: risk.dueDate })),
      today,
    ),
};
