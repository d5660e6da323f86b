// The rules benchmark's data: N projects spread over the installed built-in methodologies, each
// at some phase of its life cycle (earlier phases completed with approved deliverables, the
// current one's deliverables in any state, later ones not started), with members, strategic
// alignments, baselines and project fields. Phases and deliverables come from the real
// instantiation code (instantiatePhases, initialProjectFields); rows are then written with bulk
// inserts, because creating 1,000 projects one by one through the services would dominate the run.
import { randomUUID } from 'node:crypto';
import type { Prisma, PrismaClient } from '../server/platform/db/generated/prisma/client.js';
import type { ResolvedMethodology } from '../server/methodology/lib/manifest.js';
import { checkFieldValues, evaluateAndStore, initialProjectFields, instantiatePhases } from '../server/methodology/index.js';
import { addDays, startOfDay } from '../server/platform/calendar.js';
import type { Tx } from '../server/platform/context.js';
import { fieldValue, type ProjectProfile } from './rules-fields.js';
import { seededRandom, type Random } from './rules-random.js';

const PROJECT_ROLES = ['Business analyst', 'Solution architect', 'Developer', 'Test lead', 'Scrum Master', 'Change manager', 'Data engineer'];
const STATUSES = [['PROPOSED', 8], ['APPROVED', 7], ['ACTIVE', 70], ['ON_HOLD', 10], ['COMPLETED', 5]] as const;
const HEALTHS = [['GREEN', 60], ['AMBER', 30], ['RED', 10]] as const;
type Status = (typeof STATUSES)[number][0];

export interface RulesDataset {
  projectIds: string[];
  /** methodology key → projects. */
  projectsByMethodology: Map<string, number>;
  portfolioIds: string[];
  rows: { phases: number; deliverables: number; members: number; alignments: number; risks: number };
}

interface Rows {
  projects: Prisma.ProjectCreateManyInput[];
  phases: Prisma.ProjectPhaseCreateManyInput[];
  deliverables: Prisma.DeliverableCreateManyInput[];
  members: Prisma.ProjectMemberCreateManyInput[];
  alignments: Prisma.ProjectObjectiveCreateManyInput[];
  risks: Prisma.RiskCreateManyInput[];
}

export interface RulesDatasetShape {
  /** Portfolios the projects are spread over (each with its own owner). */
  portfolios: number;
  /** Risks per project, a few of them closed (the facts count only open ones). */
  risksPerProject: number;
}

export const RULES_DATASET_SHAPE: RulesDatasetShape = { portfolios: 4, risksPerProject: 5 };

export async function createRulesDataset(
  prisma: PrismaClient,
  projectCount: number,
  today: Date,
  seed = 20260601,
  shape: RulesDatasetShape = RULES_DATASET_SHAPE,
): Promise<RulesDataset> {
  const random = seededRandom(seed);
  const methodologies = await prisma.methodology.findMany({ where: { builtIn: true }, orderBy: { key: 'asc' } });
  if (methodologies.length === 0) throw new Error('no built-in methodology is installed');

  const people = await createPeople(prisma, shape.portfolios);
  const rows: Rows = { projects: [], phases: [], deliverables: [], members: [], alignments: [], risks: [] };
  const projectsByMethodology = new Map<string, number>();
  for (let n = 0; n < projectCount; n++) {
    const methodology = methodologies[n % methodologies.length]!;
    projectsByMethodology.set(methodology.key, (projectsByMethodology.get(methodology.key) ?? 0) + 1);
    await addProject(rows, n, methodology.id, methodology.resolved as unknown as ResolvedMethodology, people, today, random);
    addRisks(rows, rows.projects.at(-1)!.id!, shape.risksPerProject, people, today, random);
  }
  await insertChunked(rows.projects, (data) => prisma.project.createMany({ data }));
  await insertChunked(rows.phases, (data) => prisma.projectPhase.createMany({ data }));
  await insertChunked(rows.deliverables, (data) => prisma.deliverable.createMany({ data }));
  await insertChunked(rows.members, (data) => prisma.projectMember.createMany({ data }));
  await insertChunked(rows.alignments, (data) => prisma.projectObjective.createMany({ data }));
  await insertChunked(rows.risks, (data) => prisma.risk.createMany({ data }));
  return {
    projectIds: rows.projects.map((project) => project.id!),
    projectsByMethodology,
    portfolioIds: people.portfolios,
    rows: {
      phases: rows.phases.length,
      deliverables: rows.deliverables.length,
      members: rows.members.length,
      alignments: rows.alignments.length,
      risks: rows.risks.length,
    },
  };
}

interface People {
  sponsors: string[];
  managers: string[];
  team: string[];
  portfolios: string[];
  objectives: string[];
}

async function createPeople(prisma: PrismaClient, portfolioCount: number): Promise<People> {
  const users: Prisma.UserCreateManyInput[] = [];
  const add = (role: Prisma.UserCreateManyInput['role'], count: number, prefix: string) =>
    Array.from({ length: count }, (_, n) => {
      const id = randomUUID();
      users.push({ id, role, name: `${prefix} ${n + 1}`, email: `${prefix.toLowerCase().replace(/ /g, '.')}.${n + 1}@bench.local`, weeklyCapacityHours: [40, 40, 32, 24][n % 4] });
      return id;
    });
  const owners = add('PORTFOLIO_MANAGER', portfolioCount, 'Portfolio manager');
  const sponsors = add('EXECUTIVE', 8, 'Executive');
  const managers = add('PROJECT_MANAGER', 40, 'Project manager');
  const team = add('TEAM_MEMBER', 200, 'Team member');
  await prisma.user.createMany({ data: users });
  const portfolios = owners.map((ownerId, n) => ({ id: randomUUID(), ownerId, name: `Bench portfolio ${n + 1}` }));
  await prisma.portfolio.createMany({ data: portfolios });
  const objectives = Array.from({ length: 12 }, (_, n) => ({
    id: randomUUID(),
    name: `Strategic objective ${n + 1}`,
    weight: 10 + ((n * 7) % 40),
    portfolioId: n < 4 ? null : portfolios[n % portfolios.length]!.id,
  }));
  await prisma.strategicObjective.createMany({ data: objectives });
  return { sponsors, managers, team, portfolios: portfolios.map((p) => p.id), objectives: objectives.map((o) => o.id) };
}

async function addProject(rows: Rows, n: number, methodologyId: string, methodology: ResolvedMethodology, people: People, today: Date, random: Random) {
  const id = randomUUID();
  const code = `${methodology.key.slice(0, 3).toUpperCase()}-${String(n + 1).padStart(4, '0')}`;
  const status: Status = random.weighted(STATUSES);
  const phaseCount = methodology.phases.length;
  // The current phase's position; a completed project has none (every phase completed).
  const current = status === 'COMPLETED' ? phaseCount : status === 'PROPOSED' || status === 'APPROVED' ? 0 : random.int(0, phaseCount - 1);
  const budget = random.int(50, 5000) * 1000;
  const percentComplete = Math.min(100, Math.round((current / phaseCount) * 100 + random.int(0, 15)));
  const actualCost = Math.round(((budget * percentComplete) / 100) * (random.int(70, 140) / 100));
  const start = addDays(today, -random.int(30, 600));
  const targetEnd = addDays(start, random.int(120, 720));
  const baselined = status !== 'PROPOSED';
  const scopePoints = random.int(100, 600);
  const profile: ProjectProfile = {
    code,
    budget,
    health: random.weighted(HEALTHS),
    today,
    sprint: random.int(2, 20),
    reviewedSprint: 0,
    retroSprint: 0,
    plannedTests: random.int(50, 400),
  };
  profile.reviewedSprint = random.chance(0.8) ? profile.sprint : profile.sprint - 1;
  profile.retroSprint = random.chance(0.8) ? profile.reviewedSprint : profile.reviewedSprint - 1;

  rows.projects.push({
    id,
    code,
    name: `${methodology.name} project ${n + 1}`,
    status,
    health: profile.health,
    budget: budget.toFixed(2),
    actualCost: actualCost.toFixed(2),
    startDate: startOfDay(start),
    targetEndDate: startOfDay(targetEnd),
    percentComplete,
    scopePoints,
    baselineBudget: baselined ? (random.chance(0.8) ? budget : Math.round(budget * 0.9)).toFixed(2) : null,
    baselineTargetEndDate: baselined && random.chance(0.9) ? startOfDay(addDays(targetEnd, -(random.chance(0.7) ? 0 : random.int(30, 90)))) : null,
    baselineScopePoints: baselined ? Math.round(scopePoints * (random.int(80, 100) / 100)) : null,
    managerId: random.chance(0.97) ? random.pick(people.managers) : null,
    sponsorId: random.chance(0.9) ? random.pick(people.sponsors) : null,
    portfolioId: random.pick(people.portfolios),
    methodologyId,
    fields: initialProjectFields(methodology, projectFieldValues(methodology, profile, random)),
  });

  const firstDeliverable = rows.deliverables.length;
  await addPhases(rows, id, methodology, current, today, random);
  addDeliverableStates(rows.deliverables.slice(firstDeliverable), methodology, current, profile, random);
  for (const userId of random.sample(people.team, random.int(0, 8))) {
    rows.members.push({ projectId: id, userId, projectRole: random.pick(PROJECT_ROLES) });
  }
  for (const objectiveId of random.sample(people.objectives, random.int(0, 3))) {
    rows.alignments.push({ projectId: id, objectiveId, score: random.int(1, 5) });
  }
}

const RISK_CATEGORIES = ['SCHEDULE', 'COST', 'SCOPE', 'RESOURCE', 'TECHNICAL'] as const;
const RISK_STATES = [['IDENTIFIED', 30], ['ASSESSED', 25], ['MITIGATING', 25], ['CLOSED', 15], ['REALIZED', 5]] as const;

function addRisks(rows: Rows, projectId: string, count: number, people: People, today: Date, random: Random) {
  for (let k = 0; k < count; k++) {
    const probability = random.int(1, 5);
    const impact = random.int(1, 5);
    rows.risks.push({
      projectId,
      title: `Risk ${k + 1}`,
      category: random.pick(RISK_CATEGORIES),
      probability,
      impact,
      score: probability * impact,
      status: random.weighted(RISK_STATES),
      ownerId: random.chance(0.8) ? random.pick(people.team) : null,
      dueDate: random.chance(0.7) ? startOfDay(addDays(today, random.int(-30, 90))) : null,
    });
  }
}

function projectFieldValues(methodology: ResolvedMethodology, profile: ProjectProfile, random: Random): Record<string, unknown> {
  const given: Record<string, unknown> = {};
  for (const field of methodology.projectFields) {
    if (!random.chance(0.75)) continue; // left to its default
    given[field.key] = field.key === 'regulated' ? random.chance(0.25) : fieldValue(field, profile, random);
  }
  return given;
}

/** instantiatePhases writes through `tx.<model>.createMany`; this tx collects the rows instead. */
function collectingTx(rows: Rows): Tx {
  const collect = (target: unknown[]) => ({
    createMany: async ({ data }: { data: unknown[] }) => {
      target.push(...data);
      return { count: data.length };
    },
  });
  return { projectPhase: collect(rows.phases), deliverable: collect(rows.deliverables) } as unknown as Tx;
}

async function addPhases(rows: Rows, projectId: string, methodology: ResolvedMethodology, current: number, today: Date, random: Random) {
  const first = rows.phases.length;
  await instantiatePhases(collectingTx(rows), projectId, methodology, today);
  // Move the project to its current phase: earlier phases completed, the current one active.
  let cursor = addDays(today, -random.int(0, 90));
  for (const phase of rows.phases.slice(first).reverse()) {
    const position = phase.position;
    if (position > current) Object.assign(phase, { status: 'PENDING', startedAt: null, completedAt: null });
    else if (position === current) Object.assign(phase, { status: 'ACTIVE', startedAt: cursor, completedAt: null });
    else {
      const completedAt = cursor;
      cursor = addDays(cursor, -random.int(14, 120));
      Object.assign(phase, { status: 'COMPLETED', startedAt: cursor, completedAt });
    }
  }
}

const ACTIVE_PHASE_STATES = [['NOT_STARTED', 25], ['DRAFT', 35], ['SUBMITTED', 20], ['APPROVED', 15], ['REJECTED', 5]] as const;

/** Gives the project's deliverables (as instantiated) a status and field values by phase. */
function addDeliverableStates(
  deliverables: Prisma.DeliverableCreateManyInput[],
  methodology: ResolvedMethodology,
  current: number,
  profile: ProjectProfile,
  random: Random,
) {
  const positions = new Map(methodology.phases.map((phase, position) => [phase.key, position]));
  const templates = new Map(methodology.templates.map((template) => [template.key, template]));
  for (const deliverable of deliverables) {
    const position = positions.get(deliverable.phaseKey)!;
    const status =
      position < current ? (random.chance(0.95) ? 'APPROVED' : 'SUBMITTED') : position === current ? random.weighted(ACTIVE_PHASE_STATES) : 'NOT_STARTED';
    const fillRequired = status === 'NOT_STARTED' ? 0 : status === 'DRAFT' ? 0.6 : 1;
    const fields: Record<string, unknown> = {};
    for (const field of templates.get(deliverable.key)?.fields ?? []) {
      if (random.chance(field.required ? fillRequired : fillRequired * 0.6)) fields[field.key] = fieldValue(field, profile, random);
    }
    const issues = checkFieldValues(templates.get(deliverable.key)?.fields ?? [], fields, ['deliverables', deliverable.key]);
    if (issues.length) throw new Error(`bench data is invalid: ${issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    const submitted = status === 'SUBMITTED' || status === 'APPROVED' || status === 'REJECTED';
    const when = addDays(profile.today, -random.int(1, 60));
    Object.assign(deliverable, {
      status,
      fields,
      submittedAt: submitted ? when : null,
      decidedAt: status === 'APPROVED' || status === 'REJECTED' ? addDays(when, 1) : null,
    });
  }
}


async function insertChunked<T>(data: T[], insert: (chunk: T[]) => Promise<unknown>, size = 500): Promise<void> {
  for (let i = 0; i < data.length; i += size) await insert(data.slice(i, i + size));
}

/**
 * Stores `rounds` evaluations of every project (the real evaluateAndStore, in chunks; earlier
 * rounds stay as history, latest = false), then marks about one failing result in five as waived,
 * directly: granting waivers one by one through the service would dominate the run.
 */
export async function evaluateRulesDataset(
  prisma: PrismaClient,
  projectIds: string[],
  today: Date,
  options: { rounds?: number; copies?: number } = {},
): Promise<{ latest: number; history: number }> {
  const { rounds = 2, copies = 1 } = options;
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < projectIds.length; i += 500) await evaluateAndStore(prisma, projectIds.slice(i, i + 500), today);
  }
  // `copies` > 1: every stored result again under a suffixed rule key, as if the methodologies had
  // that many times their rules (the issue's scale data has 28 results per project; the built-in
  // rules in force give about 7), without evaluating them again.
  if (copies > 1) {
    await prisma.$executeRawUnsafe(
      `INSERT INTO "RuleEvaluation" (id, "projectId", "ruleKey", "methodologyKey", "methodologyVersion", kind, severity, passed, waived, message, evidence, "phaseKey", latest, "evaluatedAt")
       SELECT gen_random_uuid(), "projectId", "ruleKey" || '#' || k, "methodologyKey", "methodologyVersion", kind, severity, passed, waived, message, evidence, "phaseKey", latest, "evaluatedAt"
       FROM "RuleEvaluation", generate_series(2, $1::int) k`,
      copies,
    );
  }
  await prisma.$executeRawUnsafe(`UPDATE "RuleEvaluation" SET waived = true WHERE latest AND NOT passed AND right(id::text, 1) IN ('0', '1', '2')`);
  const latest = await prisma.ruleEvaluation.count({ where: { latest: true } });
  const history = await prisma.ruleEvaluation.count({ where: { latest: false } });
  return { latest, history };
}
