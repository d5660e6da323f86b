// Fixtures for the authorisation matrix: who acts, the seeded records they act on, fresh records
// for mutations, and a whole-database snapshot to prove that a refused change changed nothing.
import { encodeGlobalID } from '@pothos/plugin-relay';
import type { PrismaClient } from '../../server/platform/db/generated/prisma/client.js';
import type { ProjectStatus } from '../../server/platform/db/generated/prisma/enums.js';

/** Everyone the matrix runs as. The comments give each actor's relation to the records under test. */
export const ACTORS = {
  anonymous: null,
  admin: 'admin@pmo.local', // PMO_ADMIN
  owner: 'portfolio@pmo.local', // PORTFOLIO_MANAGER, owns Digital Transformation (the usual target)
  otherOwner: 'portfolio2@pmo.local', // PORTFOLIO_MANAGER, owns Operational Excellence
  manager: 'pm@pmo.local', // PROJECT_MANAGER, manages the usual target project
  otherManager: 'pm2@pmo.local', // PROJECT_MANAGER, manages other projects
  executive: 'exec@pmo.local', // EXECUTIVE
  member: 'member@pmo.local', // TEAM_MEMBER, a member of the usual target project
} as const;

export type Actor = keyof typeof ACTORS;
export type SignedIn = Exclude<Actor, 'anonymous'>;
export const ALL_ACTORS = Object.keys(ACTORS) as Actor[];
export const SIGNED_IN = ALL_ACTORS.filter((actor): actor is SignedIn => actor !== 'anonymous');

export const gid = (type: string, id: string) => encodeGlobalID(type, id);

export interface Seeded {
  users: Record<SignedIn | 'dev' | 'analyst', string>;
  portfolios: { digital: string; operations: string };
  projects: Record<string, string>; // by code
  objectives: { digitalRevenue: string; costReduction: string; customerNps: string };
  /** Membership of member@ on CRM-2026 (visible to them) and of the analyst on DATA-LAKE (hidden). */
  memberships: { visible: string; hidden: string };
  /** An audit event on CRM-2026, written by the fixture (the seed writes none). */
  auditEventId: string;
}

export async function loadSeeded(prisma: PrismaClient): Promise<Seeded> {
  const userId = async (email: string) => (await prisma.user.findUniqueOrThrow({ where: { email } })).id;
  const users = {} as Seeded['users'];
  for (const actor of SIGNED_IN) users[actor] = await userId(ACTORS[actor]);
  users.dev = await userId('yuki.tanaka@pmo.local');
  users.analyst = await userId('fatima.zahra@pmo.local');
  const portfolioId = async (name: string) => (await prisma.portfolio.findUniqueOrThrow({ where: { name } })).id;
  const projects = Object.fromEntries((await prisma.project.findMany()).map((project) => [project.code, project.id]));
  const objectiveId = async (name: string) => (await prisma.strategicObjective.findFirstOrThrow({ where: { name } })).id;
  const membership = async (code: string, user: string) =>
    (await prisma.projectMember.findUniqueOrThrow({ where: { projectId_userId: { projectId: projects[code]!, userId: user } } })).id;
  const audit = await prisma.auditEvent.create({
    data: {
      actorId: users.admin, action: 'project.updated', entityType: 'Project', entityId: projects['CRM-2026']!,
      projectId: projects['CRM-2026']!, before: { budget: '1800000.00' }, after: { budget: '1850000.00' },
    },
  });
  return {
    users,
    portfolios: { digital: await portfolioId('Digital Transformation'), operations: await portfolioId('Operational Excellence') },
    projects,
    objectives: {
      digitalRevenue: await objectiveId('Grow digital revenue by 20% by 2028'),
      costReduction: await objectiveId('Reduce operating cost by 10%'),
      customerNps: await objectiveId('Raise customer NPS to 45'),
    },
    memberships: { visible: await membership('CRM-2026', users.member), hidden: await membership('DATA-LAKE', users.analyst) },
    auditEventId: audit.id,
  };
}

// ---- fresh records, so that a case never depends on what an earlier case changed ----------

let counter = 0;
const next = () => ++counter;

export interface FreshProject {
  id: string;
  gid: string;
  code: string;
  version: number;
}

/**
 * A project in Digital Transformation (owned by portfolio@) managed by pm@, with member@ on the
 * team, aligned to nothing; `in: 'operations'` puts it in Operational Excellence under pm2@.
 */
export async function freshProject(
  prisma: PrismaClient,
  seeded: Seeded,
  options: { status?: ProjectStatus; in?: 'digital' | 'operations' } = {},
): Promise<FreshProject> {
  const operations = options.in === 'operations';
  const project = await prisma.project.create({
    data: {
      code: `AZ-${next()}`,
      name: 'Authz fixture project',
      status: options.status ?? 'ACTIVE',
      budget: '100000.00',
      actualCost: '1000.00',
      portfolioId: operations ? seeded.portfolios.operations : seeded.portfolios.digital,
      managerId: operations ? seeded.users.otherManager : seeded.users.manager,
      sponsorId: seeded.users.executive,
      members: { create: [{ userId: seeded.users.member, projectRole: 'Analyst' }] },
    },
  });
  return { id: project.id, gid: gid('Project', project.id), code: project.code, version: project.version };
}

export async function freshPortfolio(prisma: PrismaClient, seeded: Seeded) {
  const portfolio = await prisma.portfolio.create({
    data: { name: `Authz portfolio ${next()}`, budget: '1000.00', ownerId: seeded.users.owner },
  });
  return { id: portfolio.id, gid: gid('Portfolio', portfolio.id), version: portfolio.version };
}

/** An objective of Digital Transformation, or organisation-wide with `portfolio: null`. */
export async function freshObjective(prisma: PrismaClient, seeded: Seeded, portfolio: 'digital' | null) {
  const objective = await prisma.strategicObjective.create({
    data: { name: `Authz objective ${next()}`, weight: 10, portfolioId: portfolio ? seeded.portfolios.digital : null },
  });
  return { id: objective.id, gid: gid('StrategicObjective', objective.id), version: objective.version };
}

export const uniqueCode = (prefix: string) => `${prefix}-${next()}`;
export const uniqueName = (prefix: string) => `${prefix} ${next()}`;

// ---- the whole database, to prove "nothing changed" ------------------------------------------

export async function snapshot(prisma: PrismaClient) {
  const byId = { orderBy: { id: 'asc' as const } };
  const [users, portfolios, objectives, projects, members, alignments, auditEvents] = await Promise.all([
    prisma.user.findMany(byId),
    prisma.portfolio.findMany(byId),
    prisma.strategicObjective.findMany(byId),
    prisma.project.findMany(byId),
    prisma.projectMember.findMany(byId),
    prisma.projectObjective.findMany({ orderBy: [{ projectId: 'asc' }, { objectiveId: 'asc' }] }),
    prisma.auditEvent.findMany(byId),
  ]);
  return { users, portfolios, objectives, projects, members, alignments, auditEvents };
}

export type Snapshot = Awaited<ReturnType<typeof snapshot>>;

/**
 * Deletes every record that is not in the baseline (fresh fixtures, created records, audit
 * events), so the next case starts from the seed whatever the previous one did. Changes to
 * baseline records are not undone: the caller compares with the baseline to catch them.
 */
export async function restore(prisma: PrismaClient, baseline: Snapshot): Promise<void> {
  const notIn = (rows: { id: string }[]) => ({ id: { notIn: rows.map((row) => row.id) } });
  await prisma.auditEvent.deleteMany({ where: notIn(baseline.auditEvents) });
  await prisma.project.deleteMany({ where: notIn(baseline.projects) });
  await prisma.strategicObjective.deleteMany({ where: notIn(baseline.objectives) });
  await prisma.portfolio.deleteMany({ where: notIn(baseline.portfolios) });
  await prisma.user.deleteMany({ where: notIn(baseline.users) });
}
