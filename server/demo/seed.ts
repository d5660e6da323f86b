// Demo data: a believable mid-size organisation. Loaded into an empty database at start (outside
// production) and used by tests as a ready-made fixture.
//
// It writes the organisation as it stands today (projects part-way through their phases), not the
// history that led there: built with the domains' own pieces (phases from the methodology, rule
// results from the announcement of changed facts) but not through their use cases, which would
// add an audit trail nobody made.
import { initialProjectFields, instantiatePhases, type ResolvedMethodology } from '../methodology/index.js';
import { projectFactsChanged } from '../platform/changes.js';
import type { Tx } from '../platform/context.js';
import type { PrismaClient } from '../platform/db/generated/prisma/client.js';
import type { Health, ProjectStatus, Role } from '../platform/db/generated/prisma/enums.js';
import { transaction } from '../platform/db/transaction.js';

interface SeedUser {
  key: string;
  name: string;
  email: string;
  role: Role;
  costRate: string;
  weeklyCapacityHours?: number;
}

const USERS: SeedUser[] = [
  { key: 'admin', name: 'Amara Okafor', email: 'admin@pmo.local', role: 'PMO_ADMIN', costRate: '120.00' },
  { key: 'exec', name: 'Erik Lindqvist', email: 'exec@pmo.local', role: 'EXECUTIVE', costRate: '250.00' },
  { key: 'portfolio', name: 'Priya Raman', email: 'portfolio@pmo.local', role: 'PORTFOLIO_MANAGER', costRate: '140.00' },
  { key: 'portfolio2', name: 'Marco Bianchi', email: 'portfolio2@pmo.local', role: 'PORTFOLIO_MANAGER', costRate: '140.00' },
  { key: 'pm', name: 'Grace Hopper-Lee', email: 'pm@pmo.local', role: 'PROJECT_MANAGER', costRate: '110.00' },
  { key: 'pm2', name: 'Tomás Ortega', email: 'pm2@pmo.local', role: 'PROJECT_MANAGER', costRate: '105.00' },
  { key: 'member', name: 'Sam Whitfield', email: 'member@pmo.local', role: 'TEAM_MEMBER', costRate: '85.00' },
  { key: 'dev', name: 'Yuki Tanaka', email: 'yuki.tanaka@pmo.local', role: 'TEAM_MEMBER', costRate: '90.00' },
  { key: 'analyst', name: 'Fatima Zahra', email: 'fatima.zahra@pmo.local', role: 'TEAM_MEMBER', costRate: '80.00', weeklyCapacityHours: 32 },
  { key: 'qa', name: 'Noah Fischer', email: 'noah.fischer@pmo.local', role: 'TEAM_MEMBER', costRate: '75.00' },
];

interface SeedProject {
  code: string;
  name: string;
  description: string;
  portfolio: 'digital' | 'operations';
  status: ProjectStatus;
  health: Health;
  budget: string;
  actualCost: string;
  start: string | null;
  end: string | null;
  manager: string;
  sponsor: string;
  members: [user: string, role: string][];
  objectives: [objective: string, score: number][];
  methodology: 'waterfall' | 'agile' | 'hybrid';
  /** Phases already passed (their deliverables approved). */
  phasesDone: number;
  percentComplete: number;
  scopePoints: number;
}

const PROJECTS: SeedProject[] = [
  {
    code: 'CRM-2026', methodology: 'hybrid', phasesDone: 2, percentComplete: 45, scopePoints: 320, name: 'Customer 360 CRM', description: 'Replace three regional CRMs with one customer platform.',
    portfolio: 'digital', status: 'ACTIVE', health: 'AMBER', budget: '1850000.00', actualCost: '920000.00',
    start: '2026-02-02', end: '2027-03-31', manager: 'pm', sponsor: 'exec',
    members: [['member', 'Business analyst'], ['dev', 'Solution architect'], ['qa', 'Test lead']],
    objectives: [['digital-revenue', 5], ['customer-nps', 4]],
  },
  {
    code: 'MOB-APP', methodology: 'agile', phasesDone: 1, percentComplete: 35, scopePoints: 180, name: 'Mobile self-service app', description: 'Customer app for orders, invoices and support.',
    portfolio: 'digital', status: 'ACTIVE', health: 'GREEN', budget: '640000.00', actualCost: '210000.00',
    start: '2026-05-04', end: '2027-01-29', manager: 'pm', sponsor: 'exec',
    members: [['member', 'UX researcher'], ['dev', 'Mobile developer']],
    objectives: [['digital-revenue', 4], ['customer-nps', 5]],
  },
  {
    code: 'DATA-LAKE', methodology: 'agile', phasesDone: 0, percentComplete: 0, scopePoints: 240, name: 'Enterprise data platform', description: 'Cloud data lake and governed analytics layer.',
    portfolio: 'digital', status: 'APPROVED', health: 'GREEN', budget: '1200000.00', actualCost: '0.00',
    start: '2027-01-11', end: '2027-12-17', manager: 'pm2', sponsor: 'exec',
    members: [['analyst', 'Data steward']],
    objectives: [['digital-revenue', 3], ['cost-reduction', 2]],
  },
  {
    code: 'AI-ASSIST', methodology: 'agile', phasesDone: 0, percentComplete: 0, scopePoints: 60, name: 'Service desk AI assistant', description: 'Pilot a generative assistant for first-line support.',
    portfolio: 'digital', status: 'PROPOSED', health: 'GREEN', budget: '180000.00', actualCost: '0.00',
    start: null, end: null, manager: 'pm', sponsor: 'exec',
    members: [],
    objectives: [['cost-reduction', 3]],
  },
  {
    code: 'ERP-UPG', methodology: 'waterfall', phasesDone: 2, percentComplete: 55, scopePoints: 500, name: 'ERP upgrade to cloud edition', description: 'Move finance and supply chain to the vendor cloud.',
    portfolio: 'operations', status: 'ON_HOLD', health: 'RED', budget: '2400000.00', actualCost: '1310000.00',
    start: '2025-09-01', end: '2026-12-18', manager: 'pm2', sponsor: 'exec',
    members: [['analyst', 'Finance process owner'], ['qa', 'Test analyst']],
    objectives: [['cost-reduction', 4], ['compliance', 3]],
  },
  {
    code: 'WMS-RFID', methodology: 'waterfall', phasesDone: 2, percentComplete: 60, scopePoints: 150, name: 'Warehouse RFID tracking', description: 'RFID gates and tags in the two central warehouses.',
    portfolio: 'operations', status: 'ACTIVE', health: 'GREEN', budget: '560000.00', actualCost: '330000.00',
    start: '2026-03-02', end: '2026-12-11', manager: 'pm', sponsor: 'exec',
    members: [['member', 'Site coordinator']],
    objectives: [['cost-reduction', 5]],
  },
  {
    code: 'GDPR-AUD', methodology: 'waterfall', phasesDone: 5, percentComplete: 100, scopePoints: 90, name: 'Data protection audit remediation', description: 'Close the findings of the 2025 privacy audit.',
    portfolio: 'operations', status: 'COMPLETED', health: 'GREEN', budget: '220000.00', actualCost: '205500.00',
    start: '2025-06-02', end: '2026-04-30', manager: 'pm2', sponsor: 'exec',
    members: [['analyst', 'Privacy analyst']],
    objectives: [['compliance', 5]],
  },
  {
    code: 'HR-SELF', methodology: 'waterfall', phasesDone: 1, percentComplete: 10, scopePoints: 120, name: 'HR self-service portal', description: 'Leave, expenses and payslips online for all staff.',
    portfolio: 'operations', status: 'CANCELLED', health: 'AMBER', budget: '310000.00', actualCost: '45000.00',
    start: '2026-01-12', end: '2026-09-30', manager: 'pm2', sponsor: 'exec',
    members: [],
    objectives: [['cost-reduction', 2]],
  },
  {
    code: 'CLOUD-MIG', methodology: 'hybrid', phasesDone: 2, percentComplete: 40, scopePoints: 700, name: 'Data centre exit', description: 'Migrate 140 workloads to the cloud and close the data centre.',
    portfolio: 'operations', status: 'ACTIVE', health: 'AMBER', budget: '3100000.00', actualCost: '1450000.00',
    start: '2026-01-05', end: '2027-06-30', manager: 'pm2', sponsor: 'exec',
    members: [['dev', 'Cloud engineer'], ['qa', 'Performance tester']],
    objectives: [['cost-reduction', 4], ['compliance', 2]],
  },
];

/**
 * Loads the demo organisation. Returns false (and changes nothing) when users already exist.
 * The built-in methodologies must be installed first, and the domains installed (server/runtime.ts does both).
 */
export async function seedDemoData(prisma: PrismaClient): Promise<boolean> {
  return transaction({ prisma }, async (tx) => {
    if ((await tx.user.count()) > 0) return false;
    const users = new Map<string, string>();
    for (const user of USERS) {
      const created = await tx.user.create({
        data: { name: user.name, email: user.email, role: user.role, costRate: user.costRate, weeklyCapacityHours: user.weeklyCapacityHours ?? 40 },
      });
      users.set(user.key, created.id);
    }
    const id = (key: string) => users.get(key)!;
    const digital = await tx.portfolio.create({
      data: { name: 'Digital Transformation', description: 'Customer-facing digital products and data.', budget: '5000000.00', ownerId: id('portfolio') },
    });
    const operations = await tx.portfolio.create({
      data: { name: 'Operational Excellence', description: 'Back-office efficiency, infrastructure and compliance.', budget: '8000000.00', ownerId: id('portfolio2') },
    });
    const objectives = new Map<string, string>();
    const objectiveRows = [
      { key: 'digital-revenue', name: 'Grow digital revenue by 20% by 2028', weight: 40, portfolioId: null },
      { key: 'cost-reduction', name: 'Reduce operating cost by 10%', weight: 35, portfolioId: null },
      { key: 'compliance', name: 'Zero major regulatory findings', weight: 25, portfolioId: null },
      { key: 'customer-nps', name: 'Raise customer NPS to 45', weight: 20, portfolioId: digital.id },
    ];
    for (const row of objectiveRows) {
      const created = await tx.strategicObjective.create({
        data: { name: row.name, weight: row.weight, portfolioId: row.portfolioId, description: '' },
      });
      objectives.set(row.key, created.id);
    }
    const methodologies = await tx.methodology.findMany({ where: { builtIn: true } });
    const projectIds: string[] = [];
    for (const project of PROJECTS) {
      const methodology = methodologies.find((m) => m.key === project.methodology);
      if (!methodology) throw new Error(`the built-in methodology ${project.methodology} is not installed`);
      const resolved = methodology.resolved as unknown as ResolvedMethodology;
      const approved = project.status !== 'PROPOSED';
      const created = await tx.project.create({
        data: {
          methodologyId: methodology.id,
          fields: initialProjectFields(resolved, {}),
          percentComplete: project.percentComplete,
          scopePoints: project.scopePoints,
          baselineBudget: approved ? project.budget : null,
          baselineTargetEndDate: approved && project.end ? new Date(`${project.end}T00:00:00Z`) : null,
          baselineScopePoints: approved ? project.scopePoints : null,
          code: project.code,
          name: project.name,
          description: project.description,
          status: project.status,
          health: project.health,
          budget: project.budget,
          actualCost: project.actualCost,
          startDate: project.start ? new Date(`${project.start}T00:00:00Z`) : null,
          targetEndDate: project.end ? new Date(`${project.end}T00:00:00Z`) : null,
          portfolioId: project.portfolio === 'digital' ? digital.id : operations.id,
          managerId: id(project.manager),
          sponsorId: id(project.sponsor),
          members: { create: project.members.map(([user, role]) => ({ userId: id(user), projectRole: role })) },
          objectives: { create: project.objectives.map(([objective, score]) => ({ objectiveId: objectives.get(objective)!, score })) },
        },
      });
      await instantiatePhases(tx, created.id, resolved, new Date(`${project.start ?? '2026-11-01'}T09:00:00Z`));
      await markPhasesDone(tx, created.id, resolved, project.phasesDone);
      projectIds.push(created.id);
    }
    projectFactsChanged.announce(tx, projectIds);
    return true;
  }, { timeout: 60_000, maxWait: 10_000 });
}

/** Completes the first `count` phases (their deliverables approved) and activates the next. */
async function markPhasesDone(tx: Tx, projectId: string, methodology: ResolvedMethodology, count: number) {
  const done = methodology.phases.slice(0, count).map((phase) => phase.key);
  if (done.length === 0) return;
  const when = new Date();
  await tx.projectPhase.updateMany({ where: { projectId, key: { in: done } }, data: { status: 'COMPLETED', completedAt: when } });
  const next = methodology.phases[count];
  if (next) await tx.projectPhase.updateMany({ where: { projectId, key: next.key }, data: { status: 'ACTIVE', startedAt: when } });
  await tx.deliverable.updateMany({
    where: { projectId, phaseKey: { in: done } },
    data: { status: 'APPROVED', submittedAt: when, decidedAt: when },
  });
}

export const DEMO_EMAILS = {
  admin: 'admin@pmo.local',
  exec: 'exec@pmo.local',
  portfolio: 'portfolio@pmo.local',
  portfolio2: 'portfolio2@pmo.local',
  pm: 'pm@pmo.local',
  pm2: 'pm2@pmo.local',
  member: 'member@pmo.local',
} as const;

/** Whether the demo organisation's users are there (loaded now or on an earlier start). */
export async function hasDemoUsers(prisma: PrismaClient): Promise<boolean> {
  return (await prisma.user.count({ where: { email: DEMO_EMAILS.admin, active: true } })) > 0;
}
