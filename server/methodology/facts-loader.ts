// Loads the facts of many projects at once: a fixed number of SQL statements (one per relation),
// whatever the number of projects.
import type { Prisma, PrismaClient } from '../db/generated/prisma/client.js';
import { OPEN_RISK_STATUSES } from '../domain/risk-scoring.js';
import type { CompiledMethodology } from './evaluate.js';
import { buildFacts, type ProjectFactsInput } from './facts.js';
import { cachedCompiled, compiledFor } from './registry.js';

type Db = PrismaClient | Prisma.TransactionClient;

export const FACTS_INCLUDE = {
  // Not `resolved` (13-31 KB of JSON per project): compiled methodologies are cached by id and
  // loaded once (see loadFacts).
  methodology: { select: { id: true, key: true, version: true } },
  phases: { select: { key: true, name: true, position: true, status: true, startedAt: true } },
  deliverables: { select: { key: true, phaseKey: true, status: true, fields: true, submittedAt: true, decidedAt: true } },
  objectives: { select: { score: true, objective: { select: { weight: true } } } },
  members: { select: { projectRole: true, user: { select: { weeklyCapacityHours: true } } } },
  // Only open risks count in the facts; closed and realized ones stay in the database.
  risks: {
    where: { status: { in: [...OPEN_RISK_STATUSES] } },
    select: { status: true, score: true, ownerId: true, dueDate: true },
  },
} satisfies Prisma.ProjectInclude;

export type FactsProject = Prisma.ProjectGetPayload<{ include: typeof FACTS_INCLUDE }>;

export interface ProjectFacts {
  project: FactsProject;
  compiled: CompiledMethodology | null;
  facts: Record<string, unknown>;
  /** The project's current phase (what rules' appliesTo.phases match). */
  phaseKey: string | null;
}

export async function loadFacts(db: Db, projectIds: string[], today = new Date()): Promise<Map<string, ProjectFacts>> {
  const projects = await db.project.findMany({ where: { id: { in: projectIds } }, include: FACTS_INCLUDE });
  await ensureCompiled(db, projects.map((project) => project.methodology?.id));
  return new Map(projects.map((project) => [project.id, factsOf(project, today)]));
}

/** Compiles the methodologies not cached yet, in one query (none once they all are). */
async function ensureCompiled(db: Db, ids: (string | undefined)[]): Promise<void> {
  const missing = [...new Set(ids.filter((id): id is string => id !== undefined && !cachedCompiled(id)))];
  if (missing.length === 0) return;
  const rows = await db.methodology.findMany({ where: { id: { in: missing } }, select: { id: true, resolved: true } });
  for (const row of rows) compiledFor(row);
}

export function factsOf(project: FactsProject, today: Date): ProjectFacts {
  const compiled = project.methodology ? cachedCompiled(project.methodology.id) : null;
  const input: ProjectFactsInput = {
    code: project.code,
    name: project.name,
    status: project.status,
    health: project.health,
    budget: Number(project.budget),
    actualCost: Number(project.actualCost),
    percentComplete: project.percentComplete,
    scopePoints: project.scopePoints,
    startDate: project.startDate,
    targetEndDate: project.targetEndDate,
    hasManager: project.managerId !== null,
    hasSponsor: project.sponsorId !== null,
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
    risks: project.risks.map((r) => ({ status: r.status, score: r.score, hasOwner: r.ownerId !== null, dueDate: r.dueDate })),
  };
  return {
    project,
    compiled,
    facts: buildFacts(input, compiled, today),
    phaseKey: project.phases.find((phase) => phase.status === 'ACTIVE')?.key ?? null,
  };
}
