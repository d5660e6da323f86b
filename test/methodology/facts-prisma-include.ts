// The facts loader as it was before facts were aggregated in SQL: one Prisma `include` of every
// relation (a row object per phase, deliverable, member, alignment and risk, with ids in `IN`
// lists), then the same buildFacts. Kept as a reference, not used by the server: the facts-loading
// test checks loadFacts against it, and bench:rules times it as the 'before'.
import type { Prisma, PrismaClient } from '../../server/platform/db/generated/prisma/client.js';
import { cachedCompiled, compiledFor } from '../../server/methodology/registry.js';
import { buildFacts } from '../../server/methodology/lib/facts.js';
import { resourcesFactsSection } from '../../server/resources/facts.js';
import { trainingFactsSection } from '../../server/training/facts.js';
import { OPEN_RISK_STATUSES, riskFacts } from '../../server/risks/lib/scoring.js';
import { scheduleFactsSection } from '../../server/schedule/index.js';

const INCLUDE = {
  methodology: { select: { id: true, key: true, version: true } },
  phases: { select: { key: true, name: true, position: true, status: true, startedAt: true } },
  deliverables: { select: { key: true, phaseKey: true, status: true, fields: true, submittedAt: true, decidedAt: true } },
  objectives: { select: { score: true, objective: { select: { weight: true } } } },
  members: { select: { projectRole: true, user: { select: { weeklyCapacityHours: true } } } },
  risks: { where: { status: { in: [...OPEN_RISK_STATUSES] } }, select: { status: true, score: true, ownerId: true, dueDate: true } },
} satisfies Prisma.ProjectInclude;

/** Facts documents by project id, built the way loadFacts built them before (the methodologies not cached yet compiled in one query). */
export async function loadFactsWithPrismaInclude(prisma: PrismaClient, ids: string[], today: Date): Promise<Map<string, Record<string, unknown>>> {
  const projects = await prisma.project.findMany({ where: { id: { in: ids } }, include: INCLUDE });
  // The schedule domain's sections (schedule.*, evm.*, agile.*) were never loaded through this
  // include: they come from the domain's own section, as loadFacts takes them.
  const schedules = await scheduleFactsSection.load(prisma, ids);
  // Likewise the resources domain's part of resources.* (demands, over-allocation, skills coverage).
  const resources = await resourcesFactsSection.load(prisma, ids);
  // And the training domain's manager.* (the manager's certifications).
  const training = await trainingFactsSection.load(prisma, ids);
  const missing = [...new Set(projects.flatMap((p) => (p.methodology && !cachedCompiled(p.methodology.id) ? [p.methodology.id] : [])))];
  if (missing.length) for (const row of await prisma.methodology.findMany({ where: { id: { in: missing } }, select: { id: true, resolved: true } })) compiledFor(row);
  return new Map(
    projects.map((project) => {
      const compiled = project.methodology ? cachedCompiled(project.methodology.id) : null;
      const input = {
        code: project.code, name: project.name, status: project.status, health: project.health,
        budget: Number(project.budget), actualCost: Number(project.actualCost), percentComplete: project.percentComplete,
        scopePoints: project.scopePoints, startDate: project.startDate, targetEndDate: project.targetEndDate,
        hasManager: project.managerId !== null, hasSponsor: project.sponsorId !== null,
        baseline: {
          budget: project.baselineBudget === null ? null : Number(project.baselineBudget),
          targetEndDate: project.baselineTargetEndDate,
          scopePoints: project.baselineScopePoints,
        },
        alignments: project.objectives.map((a) => ({ score: a.score, weight: a.objective.weight })),
        members: project.members.map((m) => ({ projectRole: m.projectRole, weeklyCapacityHours: m.user.weeklyCapacityHours })),
        fields: (project.fields ?? {}) as Record<string, unknown>,
        phases: project.phases,
        deliverables: project.deliverables.map((d) => ({ ...d, fields: (d.fields ?? {}) as Record<string, unknown> })),
      };
      const risks = riskFacts(project.risks.map((r) => ({ status: r.status, score: r.score, hasOwner: r.ownerId !== null, dueDate: r.dueDate })), today);
      return [project.id, buildFacts(input, compiled ?? null, today, { risks, ...scheduleFactsSection.build(schedules.get(project.id), today), ...resourcesFactsSection.build(resources.get(project.id), today), ...trainingFactsSection.build(training.get(project.id), today) })];
    }),
  );
}
