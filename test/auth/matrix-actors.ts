// Who the authorisation matrix runs as, the seeded records they act on (looked up once), and
// `restore`, which takes the database back to that starting point between mutation cases.
import type { PrismaClient } from '../../server/platform/db/generated/prisma/client.js';
import type { CoreSnapshot } from '../support/results.js';
import type { TestServer } from '../support/harness.js';
import { PEOPLE, type Scenario } from '../support/scenarios/index.js';

/** Everyone the matrix runs as. The comments give each actor's relation to the records under test. */
export const ACTORS = {
  anonymous: null,
  admin: PEOPLE.admin, // PMO_ADMIN
  owner: PEOPLE.owner, // PORTFOLIO_MANAGER, owns Digital Transformation (the usual target)
  otherOwner: PEOPLE.otherOwner, // PORTFOLIO_MANAGER, owns Operational Excellence
  manager: PEOPLE.manager, // PROJECT_MANAGER, manages the usual target project
  otherManager: PEOPLE.otherManager, // PROJECT_MANAGER, manages other projects
  executive: PEOPLE.executive, // EXECUTIVE
  member: PEOPLE.member, // TEAM_MEMBER, a member of the usual target project
} as const;

export type Actor = keyof typeof ACTORS;
export type SignedIn = Exclude<Actor, 'anonymous'>;
export const ALL_ACTORS = Object.keys(ACTORS) as Actor[];
export const SIGNED_IN = ALL_ACTORS.filter((actor): actor is SignedIn => actor !== 'anonymous');

export interface Seeded {
  users: Record<SignedIn | 'dev' | 'analyst', string>;
  portfolios: { digital: string; operations: string };
  projects: Record<string, string>; // by code
  objectives: { digitalRevenue: string; costReduction: string; customerNps: string };
  /** Membership of member@ on CRM-2026 (visible to them) and of the analyst on DATA-LAKE (hidden). */
  memberships: { visible: string; hidden: string };
  /** The one audit event on CRM-2026: the PMO admin's update of its description. */
  auditEventId: string;
  /** Two portfolio scenarios of Digital Transformation, written directly (no audit: reads write nothing). */
  scenarios: { wide: string; narrow: string };
}

/** The database ids of the seeded records the matrix reads, and one audit event made through the API. */
export async function loadSeeded(server: TestServer, seed: Scenario): Promise<Seeded> {
  const prisma = server.runtime.db.prisma;
  const users = {} as Seeded['users'];
  for (const actor of [...SIGNED_IN, 'dev', 'analyst'] as const) users[actor] = seed.people.id(actor);
  const projects = Object.fromEntries((await prisma.project.findMany()).map((project) => [project.code, project.id]));
  const membership = async (code: string, user: string) =>
    (await prisma.projectMember.findUniqueOrThrow({ where: { projectId_userId: { projectId: projects[code]!, userId: user } } })).id;
  // The seed writes no audit events: the admin changes something no read case shows.
  const crm = await seed.projects.update(await seed.projects.seeded('CRM-2026'), { description: 'One customer platform, in two waves.' }, 'admin');
  const audit = await prisma.auditEvent.findFirstOrThrow({ where: { projectId: crm.id } });
  // Two scenarios of Digital Transformation as the optimiser stores them (the API would audit them).
  const candidates = ['AI-ASSIST', 'CRM-2026', 'DATA-LAKE', 'MOB-APP'];
  const statuses: Record<string, string> = { 'AI-ASSIST': 'PROPOSED', 'CRM-2026': 'ACTIVE', 'DATA-LAKE': 'APPROVED', 'MOB-APP': 'ACTIVE' };
  const scenario = (name: string, selected: string[]) =>
    prisma.portfolioScenario.create({
      data: {
        portfolioId: seed.portfolio.digital.id, name, createdById: users.admin, parameters: { modelKey: 'wsjf' },
        result: {
          status: 'OPTIMAL', optimal: true, objective: selected.length, totalCost: 100 * selected.length, gap: null, selected: selected.map((code) => projects[code]!), stopped: [],
          costByYear: [{ year: 2030, amount: 100 * selected.length, limit: null }], capacity: [], greedyObjective: selected.length,
          candidates: candidates.map((code) => ({ id: projects[code]!, code, status: statuses[code]!, version: 1 })), solvedAt: '2026-01-01T00:00:00.000Z',
        },
      },
    });
  const wide = await scenario('Matrix wide', ['AI-ASSIST', 'CRM-2026', 'MOB-APP']);
  const narrow = await scenario('Matrix narrow', ['CRM-2026', 'DATA-LAKE', 'MOB-APP']);
  return {
    users,
    portfolios: { digital: seed.portfolio.digital.id, operations: seed.portfolio.operations.id },
    projects,
    objectives: {
      digitalRevenue: seed.portfolio.objectives.digitalRevenue.id,
      costReduction: seed.portfolio.objectives.costReduction.id,
      customerNps: seed.portfolio.objectives.customerNps.id,
    },
    memberships: { visible: await membership('CRM-2026', users.member), hidden: await membership('DATA-LAKE', users.analyst) },
    auditEventId: audit.id,
    scenarios: { wide: wide.id, narrow: narrow.id },
  };
}

/**
 * Deletes every record that is not in the baseline (fresh records, created records, audit
 * events), so the next case starts from the seed whatever the previous one did. Changes to
 * baseline records are not undone: the caller compares with the baseline to catch them.
 */
export async function restore(prisma: PrismaClient, baseline: CoreSnapshot): Promise<void> {
  const notIn = (rows: { id: string }[]) => ({ id: { notIn: rows.map((row) => row.id) } });
  await prisma.auditEvent.deleteMany({ where: notIn(baseline.auditEvents) });
  await prisma.portfolioScenario.deleteMany({ where: { name: { notIn: ['Matrix wide', 'Matrix narrow'] } } }); // (loadSeeded's)
  await prisma.project.deleteMany({ where: notIn(baseline.projects) });
  await prisma.strategicObjective.deleteMany({ where: notIn(baseline.objectives) });
  await prisma.portfolio.deleteMany({ where: notIn(baseline.portfolios) });
  // The seed records no absences and keeps the default organisation calendar.
  await prisma.absence.deleteMany({});
  await prisma.organisationCalendar.deleteMany({});
  await prisma.resourceSettings.deleteMany({});
  await prisma.riskAlert.deleteMany({ where: { source: 'RESOURCE_OVERALLOCATION' } });
  await prisma.userSkill.deleteMany({ where: { skill: { key: { startsWith: 'authz-' } } } });
  await prisma.skill.deleteMany({ where: { key: { startsWith: 'authz-' } } });
  // Training: what the cases made (authz- catalogue keys, AUTHZ credentials) and the settings.
  await prisma.userCertification.deleteMany({ where: { OR: [{ credentialId: 'AUTHZ' }, { type: { key: { startsWith: 'authz-' } } }] } });
  await prisma.certificationType.deleteMany({ where: { key: { startsWith: 'authz-' } } });
  await prisma.trainingSettings.deleteMany({});
  await prisma.enrollment.deleteMany({ where: { course: { key: { startsWith: 'authz-' } } } });
  await prisma.course.deleteMany({ where: { key: { startsWith: 'authz-' } } });
  await prisma.scoringModel.deleteMany({ where: { builtIn: false } });
  // Change control: the seed has no decisions (those on fresh projects go with them) and the default settings.
  await prisma.decision.deleteMany({});
  await prisma.changeControlSettings.deleteMany({});
  // Organisation policies (the seed has none); their stored results go with them (cascade).
  await prisma.policy.deleteMany({});
  // The demo's mentoring is pm@ → member@, its plan yuki's: the cases' are dev → member@ and member@'s.
  await prisma.mentoring.deleteMany({ where: { mentor: { email: 'yuki.tanaka@pmo.local' }, mentee: { email: 'member@pmo.local' } } });
  await prisma.developmentPlan.deleteMany({ where: { user: { email: 'member@pmo.local' } } });
  await prisma.user.deleteMany({ where: notIn(baseline.users) });
}
