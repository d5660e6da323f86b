// Loads the facts of many projects at once: a fixed number of SQL statements (one per relation),
// whatever the number of projects.
import type { Db } from '../platform/context.js';
import type { Prisma } from '../platform/db/generated/prisma/client.js';
import { factsSections } from './facts-sections.js';
import type { CompiledMethodology } from './lib/evaluate.js';
import { buildFacts, type ContributedFacts, type ProjectFactsInput } from './lib/facts.js';
import { cachedCompiled, compiledFor } from './registry.js';

/** What the engine's own sections read of a project. */
const CORE_INCLUDE = {
  // Not `resolved` (13-31 KB of JSON per project): compiled methodologies are cached by id and
  // loaded once (see loadFacts).
  methodology: { select: { id: true, key: true, version: true } },
  phases: { select: { key: true, name: true, position: true, status: true, startedAt: true } },
  deliverables: { select: { key: true, phaseKey: true, status: true, fields: true, submittedAt: true, decidedAt: true } },
  objectives: { select: { score: true, objective: { select: { weight: true } } } },
  members: { select: { projectRole: true, user: { select: { weeklyCapacityHours: true } } } },
} satisfies Prisma.ProjectInclude;

export type FactsProject = Prisma.ProjectGetPayload<{ include: typeof CORE_INCLUDE }>;

/** Everything the facts read of a project: the engine's sections and the contributed ones. */
export function factsInclude(): Prisma.ProjectInclude {
  return Object.assign({}, CORE_INCLUDE, ...factsSections().map((section) => section.include)) as Prisma.ProjectInclude;
}

export interface ProjectFacts {
  project: FactsProject;
  compiled: CompiledMethodology | null;
  facts: Record<string, unknown>;
  /** The project's current phase (what rules' appliesTo.phases match). */
  phaseKey: string | null;
}

export async function loadFacts(db: Db, projectIds: string[], today = new Date()): Promise<Map<string, ProjectFacts>> {
  const projects = (await db.project.findMany({ where: { id: { in: projectIds } }, include: factsInclude() })) as unknown as FactsProject[];
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

/** The facts of a project loaded with `factsInclude()`. */
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
  };
  const contributed: ContributedFacts = Object.fromEntries(
    factsSections().map((section) => [section.key, section.build(project as never, today)]),
  );
  return {
    project,
    compiled,
    facts: buildFacts(input, compiled, today, contributed),
    phaseKey: project.phases.find((phase) => phase.status === 'ACTIVE')?.key ?? null,
  };
}
