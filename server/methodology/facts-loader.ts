// Loads the facts of many projects at once: a fixed number of SQL statements whatever the number
// of projects (one for the project and the engine's own relations, one per contributed section,
// and one to compile methodologies not cached yet), each taking the ids as one array parameter.
//
// The relations come back aggregated per project as JSON (json_agg), with only the columns the
// facts read: at 10,000 projects that is 10,000 rows for the driver to parse instead of some
// 150,000 relation rows for Prisma to hydrate one by one, the cost that dominated loading.
import type { Db } from '../platform/context.js';
import { Prisma } from '../platform/db/generated/prisma/client.js';
import { factsSections } from './facts-sections.js';
import type { CompiledMethodology } from './lib/evaluate.js';
import { buildFacts, type ContributedFacts, type ProjectFactsInput } from './lib/facts.js';
import { cachedCompiled, compiledFor } from './registry.js';

/** What the facts read of a project: the pure builder's input, with its id and pinned methodology. */
export interface FactsProject extends ProjectFactsInput {
  id: string;
  /** Not a fact: what organisation policies' scopes filter on. */
  portfolioId: string;
  /** The pinned methodology version; its compiled rules are cached by id (see ensureCompiled). */
  methodology: { id: string; key: string; version: string } | null;
}

export interface ProjectFacts {
  project: FactsProject;
  compiled: CompiledMethodology | null;
  facts: Record<string, unknown>;
  /** The project's current phase (what rules' appliesTo.phases match). */
  phaseKey: string | null;
}

type Relation<K extends 'phases' | 'deliverables' | 'alignments' | 'members'> = ProjectFactsInput[K][number];
/** A relation row as json_agg writes it: dates as ISO text (see `dateOf`), JSON columns possibly null. */
type Json<T> = { [K in keyof T]: T[K] extends Date | null ? string | null : T[K] extends Record<string, unknown> ? T[K] | null : T[K] };

/** The statement's row: the project's own columns flat, its relations aggregated as JSON. */
interface ProjectRow extends Omit<ProjectFactsInput, 'baseline' | 'fields' | 'phases' | 'deliverables' | 'alignments' | 'members'> {
  id: string;
  portfolioId: string;
  baselineBudget: number | null;
  baselineTargetEndDate: Date | null;
  baselineScopePoints: number | null;
  fields: Record<string, unknown> | null;
  methodologyId: string | null;
  methodologyKey: string | null;
  methodologyVersion: string | null;
  phases: Json<Relation<'phases'>>[] | null;
  deliverables: Json<Relation<'deliverables'>>[] | null;
  alignments: Relation<'alignments'>[] | null;
  members: Relation<'members'>[] | null;
}

/**
 * What of the facts document a caller reads, when it knows (an organisation policy over 10,000
 * projects reads a few `project.*` values): the top-level sections of the variables it reads.
 * The parts no such section depends on are not loaded — those facts then hold the values of a
 * project without them — and everything is loaded whenever `metrics` is read (plugin metrics
 * may read any fact). Omitted: the whole document.
 */
export interface FactsReads {
  /** The variables read, e.g. ["project.budget", "risks.open"]. */
  variables: readonly string[];
}

interface Parts {
  /** Without them a project's phases are empty (and phaseKey null): load them apart if needed. */
  phases: boolean;
  deliverables: boolean;
  members: boolean;
  alignments: boolean;
  section(keys: readonly string[]): boolean;
  pluginMetrics: boolean;
}

const ALL_PARTS: Parts = { phases: true, deliverables: true, members: true, alignments: true, section: () => true, pluginMetrics: true };

/** project.* facts computed from the project's strategic alignments. */
const ALIGNMENT_FACTS = new Set(['project.objectiveCount', 'project.alignmentScore']);

function partsFor(reads: FactsReads | undefined): Parts {
  const roots = new Set(reads?.variables.map((variable) => variable.split('.')[0]!));
  if (!reads || roots.has('metrics')) return ALL_PARTS;
  return {
    phases: roots.has('phase'),
    deliverables: roots.has('deliverables'),
    // resources.*: members, capacity, roles.
    members: roots.has('resources'),
    alignments: reads.variables.some((variable) => ALIGNMENT_FACTS.has(variable)),
    section: (keys) => keys.some((key) => roots.has(key)),
    pluginMetrics: false,
  };
}

/** The projects with the engine's relations (the parts asked for), in one statement. */
async function loadProjects(db: Db, projectIds: readonly string[], parts: Parts = ALL_PARTS): Promise<FactsProject[]> {
  const none = Prisma.sql`NULL::json`;
  // Money as float8: the facts hold numbers (Number() of the Decimal gave the same double).
  const rows = await db.$queryRaw<ProjectRow[]>`
    SELECT p.id::text AS id, p."portfolioId"::text AS "portfolioId", p.code, p.name, p.status::text AS status, p.health::text AS health,
           p.budget::float8 AS budget, p."actualCost"::float8 AS "actualCost", p."percentComplete", p."scopePoints",
           p."startDate", p."targetEndDate", p."managerId" IS NOT NULL AS "hasManager", p."sponsorId" IS NOT NULL AS "hasSponsor",
           p."baselineBudget"::float8 AS "baselineBudget", p."baselineTargetEndDate", p."baselineScopePoints", p.fields,
           m.id::text AS "methodologyId", m.key AS "methodologyKey", m.version AS "methodologyVersion",
           ${parts.phases ? Prisma.sql`(SELECT json_agg(json_build_object('key', ph.key, 'name', ph.name, 'position', ph.position, 'status', ph.status,
                                              'startedAt', ph."startedAt") ORDER BY ph.position)
            FROM "ProjectPhase" ph WHERE ph."projectId" = p.id)` : none} AS phases,
           ${parts.deliverables ? Prisma.sql`(SELECT json_agg(json_build_object('key', d.key, 'phaseKey', d."phaseKey", 'status', d.status, 'fields', d.fields,
                                              'submittedAt', d."submittedAt", 'decidedAt', d."decidedAt") ORDER BY d."phaseKey", d.key)
            FROM "Deliverable" d WHERE d."projectId" = p.id)` : none} AS deliverables,
           ${parts.alignments ? Prisma.sql`(SELECT json_agg(json_build_object('score', a.score, 'weight', o.weight) ORDER BY a."objectiveId")
            FROM "ProjectObjective" a JOIN "StrategicObjective" o ON o.id = a."objectiveId" WHERE a."projectId" = p.id)` : none} AS alignments,
           ${parts.members ? Prisma.sql`(SELECT json_agg(json_build_object('projectRole', pm."projectRole", 'weeklyCapacityHours', u."weeklyCapacityHours") ORDER BY pm."userId")
            FROM "ProjectMember" pm JOIN "User" u ON u.id = pm."userId" WHERE pm."projectId" = p.id)` : none} AS members
    FROM "Project" p LEFT JOIN "Methodology" m ON m.id = p."methodologyId"
    WHERE p.id = ANY(${[...projectIds]}::uuid[])`;
  return rows.map(
    ({ methodologyId, methodologyKey, methodologyVersion, baselineBudget, baselineTargetEndDate, baselineScopePoints, fields, ...row }) => ({
      ...row,
      methodology: methodologyId === null ? null : { id: methodologyId, key: methodologyKey!, version: methodologyVersion! },
      baseline: { budget: baselineBudget, targetEndDate: baselineTargetEndDate, scopePoints: baselineScopePoints },
      fields: fields ?? {},
      phases: (row.phases ?? []).map((phase) => ({ ...phase, startedAt: dateOf(phase.startedAt) })),
      deliverables: (row.deliverables ?? []).map((d) => ({ ...d, fields: d.fields ?? {}, submittedAt: dateOf(d.submittedAt), decidedAt: dateOf(d.decidedAt) })),
      alignments: row.alignments ?? [],
      members: row.members ?? [],
    }),
  );
}

/** A timestamp or date inside JSON (ISO 8601 text, as PostgreSQL writes it). */
const dateOf = (value: string | null): Date | null => (value === null ? null : new Date(value));

export async function loadFacts(db: Db, projectIds: string[], today = new Date(), reads?: FactsReads): Promise<Map<string, ProjectFacts>> {
  const parts = partsFor(reads);
  // One after the other: inside a transaction the statements share one connection anyway.
  const projects = await loadProjects(db, projectIds, parts);
  const contributed: { build: (row: unknown, today: Date) => ContributedFacts; rows: ReadonlyMap<string, unknown> }[] = [];
  for (const section of factsSections()) {
    if (parts.section(section.keys)) contributed.push({ build: section.build, rows: await section.load(db, projectIds) });
  }
  await ensureCompiled(db, projects.map((project) => project.methodology?.id));
  return new Map(
    projects.map((project) => [
      project.id,
      factsOf(project, today, Object.assign({}, ...contributed.map((section) => section.build(section.rows.get(project.id), today))) as ContributedFacts, parts),
    ]),
  );
}

/** Compiles the methodologies not cached yet, in one query (none once they all are). */
async function ensureCompiled(db: Db, ids: (string | undefined)[]): Promise<void> {
  const missing = [...new Set(ids.filter((id): id is string => id !== undefined && !cachedCompiled(id)))];
  if (missing.length === 0) return;
  const rows = await db.methodology.findMany({ where: { id: { in: missing } }, select: { id: true, resolved: true } });
  for (const row of rows) compiledFor(row);
}

/** The facts of a loaded project, with the sections other domains contributed. Pure. */
function factsOf(project: FactsProject, today: Date, contributed: ContributedFacts, parts: Parts): ProjectFacts {
  const compiled = project.methodology ? cachedCompiled(project.methodology.id) : null;
  return {
    project,
    compiled,
    facts: buildFacts(project, compiled, today, contributed, { pluginMetrics: parts.pluginMetrics, deliverables: parts.deliverables }),
    phaseKey: project.phases.find((phase) => phase.status === 'ACTIVE')?.key ?? null,
  };
}
