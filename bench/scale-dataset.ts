// The scale data set of `npm run bench:scale` and of the scale regression tests: N projects in a
// fixed number of portfolios, each with members, objectives, phases and deliverables of its
// pinned methodology, risks with their initial assessment, the latest rule results (with waivers
// for the waived failures), risk alerts and audit entries. Written with set-based SQL
// (INSERT … SELECT FROM generate_series), one statement per table, so that 10,000 projects seed
// in seconds; every value is a function of the project's number, so two runs build the very same
// rows (ids included: time-ordered like the uuid(7) ids the app writes, from an entity tag and a number), and a measure of rows read compares like with like.
import { initialProjectFields, type ResolvedMethodology } from '../server/methodology/index.js';
import type { PrismaClient } from '../server/platform/db/generated/prisma/client.js';
import { fieldValue, type ProjectProfile } from './rules-fields.js';
import { seededRandom } from './rules-random.js';

export interface ScaleShape {
  portfolios: number;
  membersPerProject: number;
  objectivesPerProject: number;
  risksPerProject: number;
  /** Latest rule results per project (at most the number of rules of its methodology). */
  ruleResultsPerProject: number;
  /** Older evaluation rounds kept as history (latest = false), each as large as the latest one. */
  ruleHistoryRounds: number;
  auditEventsPerProject: number;
  /** Built-in methodology keys the projects are pinned to, round robin. */
  methodologies: string[];
}

export const DEFAULT_SCALE_SHAPE: ScaleShape = {
  portfolios: 10,
  membersPerProject: 3,
  objectivesPerProject: 2,
  risksPerProject: 5,
  ruleResultsPerProject: 28,
  ruleHistoryRounds: 0,
  auditEventsPerProject: 3,
  // hybrid is the built-in with enough rules (35) for 28 results per project.
  methodologies: ['hybrid'],
};

/** Who reads the data set, and the records the queries of the benchmark point at. */
export interface ScaleDataset {
  projects: number;
  adminEmail: string;
  /** A portfolio manager (owns the first portfolio). */
  ownerEmail: string;
  /** A team member on a few projects: the scoped reader. */
  memberEmail: string;
  /** Database ids. */
  portfolioId: string;
  projectId: string;
  rows: Record<string, number>;
}

export const SCALE_ADMIN = 'admin@pmo.local';

// Ids: the first group names the entity, the last holds a number (of the project, times 1,000
// plus the position of the row within the project). Ordered like the app's uuid(7) ids, so that
// inserts append to the indexes instead of scattering.
const TAGS = {
  admin: '01000000', owner: '01000001', executive: '01000002', manager: '01000003', member: '01000004',
  portfolio: '02000000', objective: '03000000', organisationObjective: '03000001', project: '04000000', phase: '05000000',
  deliverable: '06000000', membership: '07000000', risk: '08000000', assessment: '09000000', alert: '0a000000',
  evaluation: '0b000000', waiver: '0c000000', audit: '0d000000',
} as const;
type Tag = keyof typeof TAGS;
const ID_MIDDLE = '-0000-7000-8000-';
const id = (tag: Tag, number: string) => `('${TAGS[tag]}${ID_MIDDLE}' || lpad(to_hex(${number}), 12, '0'))::uuid`;
/** The id of the row made from another one (an assessment from its risk): same number, other tag. */
const derived = (tag: Tag, from: string) => `('${TAGS[tag]}' || substr(${from}::text, 9))::uuid`;
const userId = (kind: string, number: string) =>
  `((CASE ${kind} ${(['owner', 'executive', 'manager', 'member'] as const).map((k) => `WHEN '${k}' THEN '${TAGS[k]}'`).join(' ')} END) || '${ID_MIDDLE}' || lpad(to_hex(${number}), 12, '0'))::uuid`;

const OBJECTIVES_PER_PORTFOLIO = 3;
const ORGANISATION_OBJECTIVES = 5;
const EXECUTIVES = 5;

// Text search for one project's code: one match at any size, so that a scan of every project
// (ILIKE '%…%' without a trigram index) shows, where a common word would fill the page early.
export const SEARCH_TERM = 'SC-00007';

/** Seeds `projects` projects into an empty, migrated database with the built-ins installed. */
export async function seedScaleDataset(prisma: PrismaClient, projects: number, shape: ScaleShape = DEFAULT_SCALE_SHAPE): Promise<ScaleDataset> {
  if (projects < 1) throw new Error('the scale data set needs at least one project');
  const methodologies = await pinnedMethodologies(prisma, shape.methodologies);
  const managers = Math.max(10, Math.ceil(projects / 10));
  // As many team members as projects: each is on membersPerProject projects at any size.
  const team = Math.max(30, projects);
  const run = (sql: string, ...values: unknown[]) => prisma.$executeRawUnsafe(sql, ...values);
  const users = `
    SELECT ${userId("kind", "n")} AS id, kind, n FROM (
      SELECT 'owner' AS kind, n FROM generate_series(0, $1::int - 1) n
      UNION ALL SELECT 'executive', n FROM generate_series(0, ${EXECUTIVES - 1}) n
      UNION ALL SELECT 'manager', n FROM generate_series(0, $2::int - 1) n
      UNION ALL SELECT 'member', n FROM generate_series(0, $3::int - 1) n) people`;
  await run(
    `INSERT INTO "User" (id, name, email, role, "weeklyCapacityHours", "costRate", "createdAt", "updatedAt")
     SELECT ${id("admin", "0")}, 'Amara Okafor', '${SCALE_ADMIN}', 'PMO_ADMIN', 40, 120, TIMESTAMPTZ '2025-01-01', TIMESTAMPTZ '2025-01-01'
     UNION ALL
     SELECT id, initcap(kind) || ' ' || (n + 1), kind || (n + 1) || '@scale.local',
       (CASE kind WHEN 'owner' THEN 'PORTFOLIO_MANAGER' WHEN 'executive' THEN 'EXECUTIVE'
                  WHEN 'manager' THEN 'PROJECT_MANAGER' ELSE 'TEAM_MEMBER' END)::"Role",
       (ARRAY[40, 40, 32, 24])[n % 4 + 1], 60 + n % 90, TIMESTAMPTZ '2025-01-01', TIMESTAMPTZ '2025-01-01'
     FROM (${users}) u`,
    shape.portfolios,
    managers,
    team,
  );
  await run(
    `INSERT INTO "Portfolio" (id, name, description, budget, "ownerId", "createdAt", "updatedAt")
     SELECT ${id("portfolio", "p")}, 'Scale portfolio ' || (p + 1), 'Portfolio ' || (p + 1) || ' of the scale data set',
       (p + 1) * 10000000, ${id("owner", "p")}, TIMESTAMPTZ '2025-01-02', TIMESTAMPTZ '2025-01-02'
     FROM generate_series(0, $1::int - 1) p`,
    shape.portfolios,
  );
  await run(
    `INSERT INTO "StrategicObjective" (id, name, weight, "portfolioId", "createdAt", "updatedAt")
     SELECT ${id("objective", "p * 1000 + k")}, 'Objective ' || (k + 1) || ' of portfolio ' || (p + 1), 10 + (p * 7 + k * 13) % 60,
       ${id("portfolio", "p")}, TIMESTAMPTZ '2025-01-03', TIMESTAMPTZ '2025-01-03'
     FROM generate_series(0, $1::int - 1) p, generate_series(0, ${OBJECTIVES_PER_PORTFOLIO - 1}) k
     UNION ALL
     SELECT ${id("organisationObjective", "k")}, 'Organisation objective ' || (k + 1), 20 + k * 5, NULL, TIMESTAMPTZ '2025-01-03', TIMESTAMPTZ '2025-01-03'
     FROM generate_series(0, ${ORGANISATION_OBJECTIVES - 1}) k`,
    shape.portfolios,
  );

  // Methodologies as a table: position in the round robin, id, key, version, field values,
  // phases, deliverables and the rules whose results are stored.
  const pins = JSON.stringify(
    methodologies.map((m, index) => ({
      idx: index,
      id: m.id,
      key: m.key,
      version: m.version,
      fields: m.fields,
      phases: m.resolved.phases.map((phase, position) => ({ key: phase.key, name: phase.name, position })),
      deliverables: deliverablesOf(m.resolved),
      rules: m.resolved.rules.slice(0, shape.ruleResultsPerProject).map((rule, position) => ({
        position,
        key: rule.key,
        kind: rule.kind,
        severity: rule.severity,
        message: rule.message,
      })),
    })),
  );
  await run(
    `INSERT INTO "Project" (id, code, name, description, status, health, budget, "actualCost", "startDate", "targetEndDate",
       "sponsorId", "managerId", "portfolioId", "percentComplete", "scopePoints", "baselineBudget", "baselineTargetEndDate",
       "baselineScopePoints", "methodologyId", fields, "createdAt", "updatedAt")
     SELECT ${id("project", "n")}, 'SC-' || lpad(n::text, 5, '0'),
       (ARRAY['Apollo', 'Borealis', 'Cygnus', 'Draco', 'Eridanus', 'Fornax', 'Gemini', 'Hydra', 'Indus', 'Lyra'])[n % 10 + 1] || ' ' ||
       (ARRAY['migration', 'platform', 'rollout', 'upgrade', 'analytics', 'portal', 'integration'])[n % 7 + 1] || ' ' || n,
       'Project ' || n || ' of the scale data set', s.status::"ProjectStatus",
       (CASE WHEN n % 10 < 6 THEN 'GREEN' WHEN n % 10 < 9 THEN 'AMBER' ELSE 'RED' END)::"Health",
       s.budget, round(s.budget * s.pct / 100.0 * (0.8 + (n % 5) * 0.1), 2),
       DATE '2026-01-05' + n % 300, DATE '2026-01-05' + n % 300 + 180 + n % 200,
       CASE WHEN n % 10 = 9 THEN NULL ELSE ${id("executive", `n % ${EXECUTIVES}`)} END,
       ${id("manager", "n % $2::int")}, ${id("portfolio", "n % $3::int")},
       s.pct, 100 + n % 500,
       CASE WHEN s.status = 'PROPOSED' THEN NULL ELSE s.budget END,
       CASE WHEN s.status = 'PROPOSED' THEN NULL ELSE DATE '2026-01-05' + n % 300 + 180 END,
       CASE WHEN s.status = 'PROPOSED' THEN NULL ELSE 100 + n % 450 END,
       m.id::uuid, m.fields, TIMESTAMPTZ '2025-02-01' + n * INTERVAL '1 minute', TIMESTAMPTZ '2025-02-02' + n * INTERVAL '1 minute'
     FROM generate_series(0, $1::int - 1) n
     CROSS JOIN LATERAL (SELECT
       (CASE WHEN n % 20 < 12 THEN 'ACTIVE' WHEN n % 20 < 14 THEN 'PROPOSED' WHEN n % 20 < 16 THEN 'APPROVED'
             WHEN n % 20 < 18 THEN 'ON_HOLD' WHEN n % 20 = 18 THEN 'COMPLETED' ELSE 'CANCELLED' END) AS status,
       (100000 + (n * 7919) % 900 * 1000)::numeric AS budget,
       CASE WHEN n % 20 = 18 THEN 100 WHEN n % 20 BETWEEN 12 AND 15 THEN 0 ELSE (n * 13) % 96 END AS pct) s
     JOIN jsonb_to_recordset($4::jsonb) AS m(idx int, id text, fields jsonb) ON m.idx = n % $5::int`,
    projects,
    managers,
    shape.portfolios,
    pins,
    methodologies.length,
  );
  // Each project's place in its methodology: the position of the active phase (COMPLETED: past
  // the last one). Earlier phases are completed, later ones pending.
  const progress = `
    SELECT p.id AS project, n, p.status, p."createdAt", m.key, m.version, m.phases, m.deliverables, m.rules,
      w.current, m.phases->w.current->>'key' AS "phaseKey"
    FROM "Project" p
    CROSS JOIN LATERAL (SELECT substr(p.code, 4)::int AS n) c
    JOIN jsonb_to_recordset($1::jsonb) AS m(idx int, id text, key text, version text, phases jsonb, deliverables jsonb, rules jsonb)
      ON m.id::uuid = p."methodologyId"
    CROSS JOIN LATERAL (SELECT CASE WHEN p.status IN ('PROPOSED', 'APPROVED') THEN 0
      WHEN p.status = 'COMPLETED' THEN jsonb_array_length(m.phases) ELSE n % jsonb_array_length(m.phases) END AS current) w`;
  await run(
    `INSERT INTO "ProjectPhase" (id, "projectId", key, name, position, status, "startedAt", "completedAt")
     SELECT ${id("phase", "g.n * 1000 + ph.position")}, g.project, ph.key, ph.name, ph.position,
       (CASE WHEN ph.position < g.current THEN 'COMPLETED' WHEN ph.position = g.current THEN 'ACTIVE' ELSE 'PENDING' END)::"PhaseStatus",
       CASE WHEN ph.position <= g.current THEN g."createdAt" + ph.position * INTERVAL '30 days' END,
       CASE WHEN ph.position < g.current THEN g."createdAt" + (ph.position + 1) * INTERVAL '30 days' END
     FROM (${progress}) g CROSS JOIN LATERAL jsonb_to_recordset(g.phases) AS ph(key text, name text, position int)`,
    pins,
  );
  await run(
    `INSERT INTO "Deliverable" (id, "projectId", key, name, "phaseKey", status, "submittedAt", "decidedAt", "createdAt", "updatedAt")
     SELECT ${id("deliverable", "g.n * 1000 + d.idx")}, g.project, d.key, d.name, d."phaseKey", st.status::"DeliverableStatus",
       CASE WHEN st.status IN ('SUBMITTED', 'APPROVED') THEN g."createdAt" + INTERVAL '20 days' END,
       CASE WHEN st.status = 'APPROVED' THEN g."createdAt" + INTERVAL '21 days' END, g."createdAt", g."createdAt"
     FROM (${progress}) g CROSS JOIN LATERAL jsonb_to_recordset(g.deliverables) AS d(idx int, key text, name text, "phaseKey" text, position int)
     CROSS JOIN LATERAL (SELECT CASE WHEN d.position < g.current THEN 'APPROVED'
       WHEN d.position > g.current THEN 'NOT_STARTED' ELSE (ARRAY['DRAFT', 'SUBMITTED', 'NOT_STARTED'])[g.n % 3 + 1] END AS status) st`,
    pins,
  );
  await run(
    `INSERT INTO "ProjectMember" (id, "projectId", "userId", "projectRole", "createdAt")
     SELECT ${id("membership", "n * 1000 + k")}, ${id("project", "n")}, ${id("member", "(n * $2::int + k) % $3::int")},
       (ARRAY['Business analyst', 'Solution architect', 'Developer', 'Test lead', 'Scrum Master', 'Change manager'])[(n + k) % 6 + 1],
       TIMESTAMPTZ '2025-02-01' + (n * $2::int + k) * INTERVAL '1 second'
     FROM generate_series(0, $1::int - 1) n, generate_series(0, $2::int - 1) k`,
    projects,
    shape.membersPerProject,
    team,
  );
  await run(
    `INSERT INTO "ProjectObjective" ("projectId", "objectiveId", score, "createdAt")
     SELECT ${id("project", "n")}, ${id("objective", `n % $3::int * 1000 + (n / $3::int + k) % ${OBJECTIVES_PER_PORTFOLIO}`)},
       5 - k % 5, TIMESTAMPTZ '2025-02-01' + n * INTERVAL '1 minute'
     FROM generate_series(0, $1::int - 1) n, generate_series(0, LEAST($2::int, ${OBJECTIVES_PER_PORTFOLIO}) - 1) k`,
    projects,
    shape.objectivesPerProject,
    shape.portfolios,
  );
  await run(
    `INSERT INTO "Risk" (id, "projectId", title, description, category, probability, impact, score, "ownerId", status,
       "responseStrategy", "mitigationPlan", "dueDate", version, "createdById", "createdAt", "updatedAt")
     SELECT ${id("risk", "n * 1000 + k")}, ${id("project", "n")},
       (ARRAY['Key supplier late', 'Budget overrun', 'Scope creep', 'Test environment unstable', 'Specialist unavailable',
              'Legacy interface undocumented', 'Regulator changes rules', 'Audit finding', 'Data breach', 'Stakeholder turnover'])[(n + k) % 10 + 1]
         || ' (' || k || ')', '',
       (ARRAY['SCHEDULE', 'COST', 'SCOPE', 'QUALITY', 'RESOURCE', 'TECHNICAL', 'EXTERNAL', 'COMPLIANCE', 'SECURITY', 'OTHER'])[(n + k) % 10 + 1]::"RiskCategory",
       r.p, r.i, r.p * r.i, ${id("manager", "n % $3::int")}, r.status::"RiskStatus",
       CASE WHEN r.status <> 'IDENTIFIED' THEN (ARRAY['AVOID', 'MITIGATE', 'TRANSFER', 'ACCEPT'])[(n + k) % 4 + 1]::"RiskResponseStrategy" END,
       CASE WHEN r.status <> 'IDENTIFIED' THEN 'Agreed response' ELSE '' END,
       DATE '2026-03-01' + (n * 5 + k * 17) % 400, 1, ${id("manager", "n % $3::int")},
       TIMESTAMPTZ '2025-03-01' + (n * $2::int + k) * INTERVAL '1 minute', TIMESTAMPTZ '2025-03-02' + (n * $2::int + k) * INTERVAL '1 minute'
     FROM generate_series(0, $1::int - 1) n, generate_series(0, $2::int - 1) k
     CROSS JOIN LATERAL (SELECT 1 + (n * 7 + k * 3) % 5 AS p, 1 + (n * 3 + k * 2 + n / 5) % 5 AS i,
       (ARRAY['IDENTIFIED', 'IDENTIFIED', 'IDENTIFIED', 'ASSESSED', 'ASSESSED', 'MITIGATING', 'MITIGATING', 'MITIGATING', 'CLOSED', 'REALIZED'])[(n + k * 3) % 10 + 1] AS status) r`,
    projects,
    shape.risksPerProject,
    managers,
  );
  await run(
    `INSERT INTO "RiskAssessment" (id, "riskId", "assessedById", probability, impact, score, "createdAt")
     SELECT ${derived("assessment", "id")}, id, "createdById", probability, impact, score, "createdAt" FROM "Risk"`,
  );
  // Alerts as the risk rules raise them: open risks at or above the HIGH threshold (15) and
  // realized risks; a third acknowledged by the project's manager. seq follows creation order.
  await run(
    `INSERT INTO "RiskAlert" (id, source, "triggerKey", severity, reason, "projectId", "riskId", evidence, "createdAt",
       "acknowledgedById", "acknowledgedAt")
     SELECT ${derived("alert", "r.id")}, a.source::"RiskAlertSource", a.trigger, a.severity::"AlertSeverity", a.reason,
       r."projectId", r.id, jsonb_build_object('score', r.score, 'probability', r.probability, 'impact', r.impact),
       r."createdAt" + INTERVAL '1 hour',
       CASE WHEN r.rn % 3 = 0 THEN r."ownerId" END, CASE WHEN r.rn % 3 = 0 THEN r."createdAt" + INTERVAL '1 day' END
     FROM (SELECT *, row_number() OVER (ORDER BY "createdAt", id) AS rn FROM "Risk"
           WHERE status = 'REALIZED' OR (status IN ('IDENTIFIED', 'ASSESSED', 'MITIGATING') AND score >= 15)) r
     CROSS JOIN LATERAL (SELECT
       CASE WHEN r.status = 'REALIZED' THEN 'RISK_REALIZED' ELSE 'RISK_SCORE' END AS source,
       CASE WHEN r.status = 'REALIZED' THEN 'risk-realized' ELSE 'risk-score' END AS trigger,
       CASE WHEN r.status = 'REALIZED' OR r.score >= 20 THEN 'CRITICAL' ELSE 'HIGH' END AS severity,
       CASE WHEN r.status = 'REALIZED' THEN 'The risk "' || r.title || '" was realized.'
            ELSE 'The risk "' || r.title || '" scores ' || r.score || '.' END AS reason) a
     ORDER BY r."createdAt", r.id`,
  );
  // The latest rule results (and older rounds): about three in four pass; a seventh of the
  // failures are waived, each by a waiver of its own.
  const results = `
    SELECT g.project, g.n, g.key AS "methodologyKey", g.version AS "methodologyVersion", g.status, g."createdAt",
      g."phaseKey",
      ru.position, ru.key AS "ruleKey", ru.kind, ru.severity, ru.message,
      (g.n * 37 + ru.position * 11) % 100 >= 25 AS passed,
      (g.n * 37 + ru.position * 11) % 100 < 25 AND (g.n + ru.position) % 7 = 0 AS waived
    FROM (${progress}) g CROSS JOIN LATERAL jsonb_to_recordset(g.rules) AS ru(position int, key text, kind text, severity text, message text)`;
  await run(
    `INSERT INTO "RuleEvaluation" (id, "projectId", "ruleKey", "methodologyKey", "methodologyVersion", kind, severity, passed, waived,
       message, evidence, "phaseKey", latest, "evaluatedAt")
     SELECT ${id("evaluation", "r.n * 1000 + round * 100 + r.position")}, r.project, r."ruleKey", r."methodologyKey",
       r."methodologyVersion", r.kind::"RuleKind", r.severity::"RuleSeverity",
       CASE WHEN round = 0 THEN r.passed ELSE NOT r.passed END, round = 0 AND r.waived, r.message,
       jsonb_build_object('project.status', r.status, 'project.percentComplete', r.n % 96), r."phaseKey", round = 0,
       TIMESTAMPTZ '2026-06-01' + r.n * INTERVAL '1 second' - round * INTERVAL '7 days'
     FROM (${results}) r, generate_series(0, $2::int) round`,
    pins,
    shape.ruleHistoryRounds,
  );
  await run(
    `INSERT INTO "RuleWaiver" (id, "projectId", "ruleKey", reason, "expiresAt", "grantedById", "createdAt")
     SELECT ${id("waiver", "r.n * 1000 + r.position")}, r.project, r."ruleKey", 'Accepted by the steering committee',
       TIMESTAMPTZ '2030-01-01', ${id("admin", "0")}, TIMESTAMPTZ '2026-05-01'
     FROM (${results}) r WHERE r.waived`,
    pins,
  );
  await run(
    `INSERT INTO "AuditEvent" (id, "actorId", action, "entityType", "entityId", before, after, "createdAt", "projectId")
     SELECT ${id("audit", "n * 1000 + k")}, CASE WHEN k = 0 THEN ${id("admin", "0")} ELSE ${id("manager", "n % $3::int")} END,
       (ARRAY['project.created', 'project.member.added', 'project.updated', 'project.transitioned', 'project.aligned'])[k % 5 + 1],
       'Project', ${id("project", "n")}::text,
       CASE WHEN k = 0 THEN NULL ELSE jsonb_build_object('percentComplete', (n + k) % 90) END,
       jsonb_build_object('code', 'SC-' || lpad(n::text, 5, '0'), 'percentComplete', (n + k + 1) % 90),
       TIMESTAMPTZ '2025-02-01' + n * INTERVAL '1 minute' + k * INTERVAL '1 day', ${id("project", "n")}
     FROM generate_series(0, $1::int - 1) n, generate_series(0, $2::int - 1) k`,
    projects,
    shape.auditEventsPerProject,
    managers,
  );
  // A database that has lived a while has planner statistics (autovacuum analyses it); a
  // freshly seeded one has none until then.
  await prisma.$executeRawUnsafe('ANALYZE');

  return {
    projects,
    adminEmail: SCALE_ADMIN,
    ownerEmail: 'owner1@scale.local',
    memberEmail: 'member1@scale.local',
    portfolioId: await scalar(prisma, `SELECT ${id("portfolio", "0")}::text AS value`),
    projectId: await scalar(prisma, `SELECT ${id("project", "0")}::text AS value`),
    rows: await countRows(prisma),
  };
}

interface Pinned {
  id: string;
  key: string;
  version: string;
  resolved: ResolvedMethodology;
  fields: unknown;
}

async function pinnedMethodologies(prisma: PrismaClient, keys: readonly string[]): Promise<Pinned[]> {
  const installed = await prisma.methodology.findMany({ where: { builtIn: true, enabled: true } });
  return keys.map((key) => {
    const methodology = installed.find((m) => m.key === key);
    if (!methodology) throw new Error(`methodology "${key}" is not installed (built-ins: ${installed.map((m) => m.key).join(', ')})`);
    const resolved = methodology.resolved as unknown as ResolvedMethodology;
    return { id: methodology.id, key: methodology.key, version: methodology.version, resolved, fields: projectFields(resolved) };
  });
}

/** One set of valid project-field values per methodology (checked by initialProjectFields). */
function projectFields(methodology: ResolvedMethodology): unknown {
  const random = seededRandom(7);
  const profile: ProjectProfile = {
    code: 'SC-00000', budget: 500_000, health: 'GREEN', today: new Date('2026-06-01'),
    sprint: 8, reviewedSprint: 8, retroSprint: 8, plannedTests: 120,
  };
  const given = Object.fromEntries(methodology.projectFields.map((field) => [field.key, field.key === 'regulated' ? false : fieldValue(field, profile, random)]));
  return initialProjectFields(methodology, given);
}

/** Deliverables as instantiatePhases makes them: a template named by two phases belongs to the first. */
function deliverablesOf(methodology: ResolvedMethodology) {
  const templates = new Map(methodology.templates.map((template) => [template.key, template]));
  const seen = new Set<string>();
  return methodology.phases
    .flatMap((phase, position) =>
      phase.deliverables.filter((key) => !seen.has(key) && seen.add(key)).map((key) => ({ key, name: templates.get(key)?.name ?? key, phaseKey: phase.key, position })),
    )
    .map((deliverable, idx) => ({ ...deliverable, idx }));
}

async function scalar(prisma: PrismaClient, sql: string): Promise<string> {
  const [row] = await prisma.$queryRawUnsafe<{ value: string }[]>(sql);
  return row!.value;
}

const TABLES = ['User', 'Portfolio', 'StrategicObjective', 'Project', 'ProjectPhase', 'Deliverable', 'ProjectMember', 'ProjectObjective',
  'Risk', 'RiskAssessment', 'RiskAlert', 'RuleEvaluation', 'RuleWaiver', 'AuditEvent'] as const;

async function countRows(prisma: PrismaClient): Promise<Record<string, number>> {
  const sql = TABLES.map((table) => `SELECT '${table}' AS name, count(*)::int AS count FROM "${table}"`).join(' UNION ALL ');
  const rows = await prisma.$queryRawUnsafe<{ name: string; count: number }[]>(sql);
  return Object.fromEntries(rows.map((row) => [row.name, row.count]));
}
