// Demo data: a believable mid-size organisation. Loaded into an empty database at start (outside
// production) and used by tests as a ready-made fixture.
//
// It writes the organisation as it stands today (projects part-way through their phases), not the
// history that led there: built with the domains' own pieces (phases from the methodology, rule
// results from the announcement of changed facts) but not through their use cases, which would
// add an audit trail nobody made.
import { initialProjectFields, instantiatePhases, type ResolvedMethodology } from '../methodology/index.js';
import { addDays, startOfDay } from '../platform/calendar.js';
import { projectFactsChanged } from '../platform/changes.js';
import type { Tx } from '../platform/context.js';
import type { PrismaClient } from '../platform/db/generated/prisma/client.js';
import type { Health, ProjectStatus, RiskCategory, RiskResponseStrategy, RiskStatus, Role } from '../platform/db/generated/prisma/enums.js';
import { transaction } from '../platform/db/transaction.js';
import { enterExistingRisk } from '../risks/index.js';
import { snapshotSchedule } from '../schedule/index.js';
import { seedDemoSchedules } from './schedule.js';
import { seedDemoResources } from './resources.js';
import { seedDemoSkills } from './skills.js';
import { seedDemoTraining } from './training.js';

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

interface SeedRisk {
  project: string;
  title: string;
  description: string;
  category: RiskCategory;
  probability: number;
  impact: number;
  owner: string;
  status: RiskStatus;
  response: RiskResponseStrategy | null;
  mitigation: string;
  contingency: string;
  /** Days from the day of seeding (negative: already past). */
  dueInDays: number | null;
  residual?: [probability: number, impact: number];
  /** The risk has happened: why (it raises the realized alert). */
  realized?: string;
}

// A risk register spread over the matrix (probability x impact from 1x4 to 5x4). With the default
// thresholds (high 15, critical 20) it raises, through the real alert sources, two critical and
// two high score alerts, one overdue risk (due twelve days ago, still only identified) and one
// realized risk.
const RISKS: SeedRisk[] = [
  {
    project: 'CRM-2026', title: 'Legacy CRM data fails the migration quality checks', category: 'TECHNICAL', probability: 4, impact: 5, owner: 'dev', status: 'MITIGATING', response: 'MITIGATE',
    description: 'Trial loads of the Nordic CRM reject 18% of accounts (duplicates, missing tax ids).',
    mitigation: 'Data cleansing sprint with regional sales ops; automated dedup rules before each trial load.', contingency: 'Migrate clean accounts first, keep the Nordic CRM read-only for six more months.',
    dueInDays: 30, residual: [2, 4],
  },
  {
    project: 'CRM-2026', title: 'Lead business analyst leaves before user acceptance testing', category: 'RESOURCE', probability: 2, impact: 4, owner: 'pm', status: 'ASSESSED', response: 'MITIGATE',
    description: 'Only one analyst knows the three regional sales processes end to end.',
    mitigation: 'Pair a second analyst on every process workshop; record the process maps.', contingency: 'Bring in the integrator\'s functional consultant for UAT.',
    dueInDays: 60,
  },
  {
    project: 'CRM-2026', title: 'Regional sales teams keep their own spreadsheets', category: 'SCOPE', probability: 3, impact: 3, owner: 'member', status: 'MITIGATING', response: 'MITIGATE',
    description: 'Adoption surveys show low trust in the shared pipeline view.',
    mitigation: 'Champions in each region; pipeline reviews only from the new CRM from go-live.', contingency: 'Extend hypercare support by a quarter.',
    dueInDays: 90, residual: [2, 3],
  },
  {
    project: 'MOB-APP', title: 'App store review rejects the in-app payment flow', category: 'EXTERNAL', probability: 3, impact: 4, owner: 'dev', status: 'IDENTIFIED', response: null,
    description: 'The invoice payment screen may fall under the stores\' in-app purchase rules.',
    mitigation: 'Ask the store review teams for a pre-review of the flow.', contingency: 'Ship the first release with payment by web link.',
    dueInDays: -12,
  },
  {
    project: 'MOB-APP', title: 'Push notification provider raises its prices', category: 'COST', probability: 2, impact: 2, owner: 'pm', status: 'ASSESSED', response: 'ACCEPT',
    description: 'The provider announced new tiers for next year.',
    mitigation: 'None: the increase fits the contingency budget.', contingency: 'Switch to the cloud vendor\'s own messaging service.',
    dueInDays: null,
  },
  {
    project: 'DATA-LAKE', title: 'Data residency rules block the planned cloud region', category: 'COMPLIANCE', probability: 3, impact: 5, owner: 'analyst', status: 'ASSESSED', response: 'AVOID',
    description: 'Customer data of two subsidiaries must stay in the EU; the chosen region is not confirmed for it.',
    mitigation: 'Legal review of the region choice before the architecture is signed off.', contingency: 'Second landing zone in an EU region for regulated data.',
    dueInDays: 45,
  },
  {
    project: 'DATA-LAKE', title: 'Source systems have no documented schemas', category: 'TECHNICAL', probability: 4, impact: 2, owner: 'analyst', status: 'IDENTIFIED', response: 'MITIGATE',
    description: 'Eleven of the thirty source systems have no data dictionary.',
    mitigation: 'Profile the sources in the first sprint and write the dictionary as we go.', contingency: 'Load those sources raw and model them later.',
    dueInDays: 75,
  },
  {
    project: 'AI-ASSIST', title: 'Generated answers expose customer data', category: 'SECURITY', probability: 2, impact: 5, owner: 'pm', status: 'IDENTIFIED', response: 'AVOID',
    description: 'The assistant would read tickets that contain personal data.',
    mitigation: 'Redact personal data before indexing; red-team the pilot.', contingency: 'Keep the assistant internal to the service desk agents.',
    dueInDays: null,
  },
  {
    project: 'ERP-UPG', title: 'Vendor ends support for the on-premise edition before go-live', category: 'SCHEDULE', probability: 5, impact: 4, owner: 'pm2', status: 'MITIGATING', response: 'TRANSFER',
    description: 'Extended support ends in March; the upgrade is on hold until the budget review.',
    mitigation: 'Negotiate a paid support extension with the vendor.', contingency: 'Third-party support contract for the old edition.',
    dueInDays: 20, residual: [3, 4],
  },
  {
    project: 'ERP-UPG', title: 'Month-end close runs late in the cut-over month', category: 'SCHEDULE', probability: 3, impact: 4, owner: 'analyst', status: 'MITIGATING', response: 'MITIGATE',
    description: 'Cut-over weekend falls two days before the month-end close.',
    mitigation: 'Dry-run the close on the new edition.', contingency: 'Manual journal entries for the first close.',
    dueInDays: null, realized: 'The trial cut-over delayed the October close by four working days.',
  },
  {
    project: 'WMS-RFID', title: 'RFID tags are unreadable on metal pallets', category: 'TECHNICAL', probability: 2, impact: 3, owner: 'member', status: 'MITIGATING', response: 'MITIGATE',
    description: 'Read rates fall to 70% on the metal pallets of the cold store.',
    mitigation: 'On-metal tags for the cold store; reader antenna tuning.', contingency: 'Barcode scanning at the cold store gate.',
    dueInDays: 15, residual: [1, 3],
  },
  {
    project: 'CLOUD-MIG', title: 'Workloads with hard-coded IP addresses break after the move', category: 'TECHNICAL', probability: 4, impact: 3, owner: 'dev', status: 'MITIGATING', response: 'MITIGATE',
    description: 'Discovery found hard-coded addresses in 23 of the 140 workloads.',
    mitigation: 'Move those workloads to DNS names in the wave before their migration.', contingency: 'Keep the old address range routed through the interconnect.',
    dueInDays: 40,
  },
  {
    project: 'CLOUD-MIG', title: 'Lease exit penalty if the data centre is not empty by June', category: 'COST', probability: 3, impact: 5, owner: 'pm2', status: 'ASSESSED', response: 'MITIGATE',
    description: 'The lease charges a full extra year if any rack is still in use on 30 June.',
    mitigation: 'Weekly burn-down of racks; last wave planned for April.', contingency: 'Negotiate a three-month rolling extension now.',
    dueInDays: 60,
  },
  {
    project: 'CLOUD-MIG', title: 'Performance tests miss the peak-load patterns', category: 'QUALITY', probability: 1, impact: 4, owner: 'qa', status: 'ASSESSED', response: 'ACCEPT',
    description: 'Synthetic load tests do not reproduce the end-of-quarter batch peaks.',
    mitigation: 'Replay production traffic captures in the test environment.', contingency: 'Scale the batch cluster up for the first quarter-end.',
    dueInDays: null,
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
    const approvedProjects: { id: string; sponsorId: string }[] = [];
    const projectsByCode = new Map<string, { id: string; managerId: string; start: Date | null }>();
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
      if (approved) approvedProjects.push({ id: created.id, sponsorId: id(project.sponsor) });
      projectIds.push(created.id);
      projectsByCode.set(project.code, { id: created.id, managerId: id(project.manager), start: created.startDate });
    }
    const today = startOfDay(new Date());
    for (const risk of RISKS) {
      const project = projectsByCode.get(risk.project)!;
      await enterExistingRisk(tx, {
        projectId: project.id,
        createdById: project.managerId,
        title: risk.title,
        description: risk.description,
        category: risk.category,
        probability: risk.probability,
        impact: risk.impact,
        ownerId: id(risk.owner),
        status: risk.status,
        responseStrategy: risk.response,
        mitigationPlan: risk.mitigation,
        contingencyPlan: risk.contingency,
        dueDate: risk.dueInDays === null ? null : addDays(today, risk.dueInDays),
        residualProbability: risk.residual?.[0] ?? null,
        residualImpact: risk.residual?.[1] ?? null,
        realizedReason: risk.realized,
      });
    }
    await seedDemoSchedules(tx, projectsByCode);
    await seedDemoSkills(tx, id);
    await seedDemoTraining(tx, id);
    await seedDemoResources(tx, id, (code) => projectsByCode.get(code)!.id);
    // Approval captured the approved plan as the schedule baseline (as transitionProject does) of
    // every approved project the demo schedules did not baseline themselves.
    const baselined = new Set((await tx.scheduleBaseline.findMany({ where: { projectId: { in: approvedProjects.map((p) => p.id) } }, select: { projectId: true } })).map((b) => b.projectId));
    for (const approved of approvedProjects) {
      if (!baselined.has(approved.id)) await snapshotSchedule(tx, approved.id, 'Approved plan', approved.sponsorId);
    }
    // After the risks: the projects' facts count them (and their triggers read them).
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
