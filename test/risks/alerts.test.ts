// The risk alert register through the real GraphQL API: each of the four
// sources raises exactly one alert, deduplication (event and onset policies), the PMO's
// thresholds, who may acknowledge, the riskAlerts list (visibility, filters, order, replay with
// `after`), a statement count that ignores list lengths, and concurrent sweeps on PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Prisma, PrismaClient } from '../../server/platform/db/generated/prisma/client.js';
import type { CreateRiskInput, UpdateRiskInput } from '../gql/graphql.js';
import { graphql } from '../gql/index.js';
import { backends } from '../support/databases.js';
import type { TestServer } from '../support/harness.js';
import { daysFromToday } from '../support/dates.js';
import { dbId, gid } from '../support/ids.js';
import { expectType, rootField } from '../support/results.js';
import { type Handle, type Member, PEOPLE, type Person, newRisk, type Scenario, startScenario } from '../support/scenarios/index.js';

graphql(`
  fragment AlertsAlertFields on RiskAlert {
    id cursor severity source triggerKey reason evidence createdAt acknowledged acknowledgedAt resolvedAt
    acknowledgedBy { email } project { id name } risk { id title }
  }
`);
const CreateRisk = graphql(`
  mutation AlertsCreateRisk($input: CreateRiskInput!) {
    createRisk(input: $input) { __typename ... on MutationCreateRiskSuccess { data { id version score } } ...ErrorFields }
  }
`);
const UpdateRisk = graphql(`
  mutation AlertsUpdateRisk($input: UpdateRiskInput!) {
    updateRisk(input: $input) { __typename ... on MutationUpdateRiskSuccess { data { id version score status } } ...ErrorFields }
  }
`);
const CloseRisk = graphql(`
  mutation AlertsCloseRisk($input: EndRiskInput!) {
    closeRisk(input: $input) { __typename ... on MutationCloseRiskSuccess { data { id version status } } ...ErrorFields }
  }
`);
const RealizeRisk = graphql(`
  mutation AlertsRealizeRisk($input: EndRiskInput!) {
    realizeRisk(input: $input) { __typename ... on MutationRealizeRiskSuccess { data { id version status } } ...ErrorFields }
  }
`);
const Acknowledge = graphql(`
  mutation AlertsAcknowledge($input: AcknowledgeRiskAlertInput!) {
    acknowledgeRiskAlert(input: $input) {
      __typename
      ... on MutationAcknowledgeRiskAlertSuccess { data { ...AlertsAlertFields } }
      ...ErrorFields
    }
  }
`);
const Settings = graphql(`
  query AlertsSettings { riskAlertSettings { highThreshold criticalThreshold version updatedBy { email } } }
`);
const UpdateSettings = graphql(`
  mutation AlertsUpdateSettings($input: UpdateRiskAlertSettingsInput!) {
    updateRiskAlertSettings(input: $input) {
      __typename
      ... on MutationUpdateRiskAlertSettingsSuccess { data { highThreshold criticalThreshold version updatedBy { email } } }
      ...ErrorFields
    }
  }
`);
const Sweep = graphql(`
  mutation AlertsSweep {
    sweepRiskAlerts { __typename ... on MutationSweepRiskAlertsSuccess { data { raised resolved } } ...ErrorFields }
  }
`);
const AlertList = graphql(`
  query AlertsList($filter: RiskAlertFilter, $acknowledged: Boolean, $first: Int, $after: String, $last: Int, $before: String) {
    riskAlerts(filter: $filter, acknowledged: $acknowledged, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage }
      edges { cursor node { ...AlertsAlertFields } }
    }
  }
`);
const AlertNode = graphql(`
  query AlertsNode($id: ID!) { node(id: $id) { id ... on RiskAlert { triggerKey project { id } } } }
`);
const ProjectAlerts = graphql(`
  query AlertsProjectAlerts($id: ID!, $acknowledged: Boolean) {
    project(id: $id) { riskAlerts(acknowledged: $acknowledged, first: 100) { totalCount edges { node { id } } } }
  }
`);
const RiskAlertsOfRisk = graphql(`
  query AlertsOfRisk($id: ID!) {
    node(id: $id) { ... on Risk { alerts(first: 100) { totalCount edges { node { id triggerKey } } } } }
  }
`);
const ProjectAlertsPage = graphql(`
  query AlertsProjectPage($id: ID!, $acknowledged: Boolean, $first: Int, $after: String, $last: Int, $before: String) {
    project(id: $id) {
      riskAlerts(acknowledged: $acknowledged, first: $first, after: $after, last: $last, before: $before) {
        totalCount
        edges { cursor node { id } }
      }
    }
  }
`);
const RiskAlertsPage = graphql(`
  query AlertsRiskPage($id: ID!, $after: String) {
    node(id: $id) { ... on Risk { alerts(first: 10, after: $after) { edges { cursor node { id } } } } }
  }
`);
const NestedAlerts = graphql(`
  query AlertsNested($portfolioId: ID!) {
    riskAlerts(filter: { portfolioId: $portfolioId }, first: 100) {
      totalCount
      edges { node { severity project { name } risk { title } } }
    }
  }
`);

const DEFAULTS = { highThreshold: 15, criticalThreshold: 20 };

describe.each(backends())('risk alerts on %s', (backend) => {
  let server: TestServer;
  let prisma: PrismaClient;
  let seed: Scenario;
  const user = (person: Person) => seed.people.gid(person);

  beforeAll(async () => {
    ({ server, prisma, seed } = await startScenario(backend, { label: 'Risk fixture' }));
  });
  afterAll(() => server?.close());

  const createRisk = async (as: Person, input: CreateRiskInput) =>
    expectType(rootField(await server.exec(PEOPLE[as], CreateRisk, { input })), 'MutationCreateRiskSuccess').data;
  const updateRisk = async (as: Person, input: UpdateRiskInput) =>
    expectType(rootField(await server.exec(PEOPLE[as], UpdateRisk, { input })), 'MutationUpdateRiskSuccess').data;
  const acknowledge = async (as: Person, alertId: string) =>
    rootField(await server.exec(PEOPLE[as], Acknowledge, { input: { id: gid('RiskAlert', alertId) } }));
  const acknowledged = async (as: Person, alertId: string) => expectType(await acknowledge(as, alertId), 'MutationAcknowledgeRiskAlertSuccess').data;
  const sweep = async (as: Person = 'admin') => rootField(await server.exec(PEOPLE[as], Sweep));
  const swept = async () => expectType(await sweep(), 'MutationSweepRiskAlertsSuccess').data;

  /** The stored alerts matching `where`, in creation order. */
  const alerts = (where: Prisma.RiskAlertWhereInput) => prisma.riskAlert.findMany({ where, orderBy: { seq: 'asc' } });
  const alertsOfRisk = (riskGid: string) => alerts({ riskId: dbId(riskGid) });

  /** A project in `portfolio` managed by pm@, with member@ on the team unless `members` says who. */
  const newProject = (portfolio: Handle, members?: Member[]) => seed.projects.team(portfolio, members);

  /** A fresh portfolio and project (pm@ manages it, member@ is on the team). */
  async function scene(members: Member[] = ['member']) {
    const portfolio = await seed.portfolio.create();
    const project = await newProject(portfolio, members);
    return { portfolio, project };
  }

  const scoreReason = (title: string, p: number, i: number, severity: 'HIGH' | 'CRITICAL', threshold: number) =>
    `Risk "${title}" scores ${p * i} (probability ${p} × impact ${i}), at or above the ${severity} threshold of ${threshold}.`;

  describe('every source raises exactly one alert', () => {
    it('RISK_SCORE: a risk raised at 16 alerts HIGH, at 20 CRITICAL, below 15 not at all', async () => {
      const { project } = await scene();
      const high = await createRisk('manager', newRisk(project.gid, { title: 'Vendor lock-in', probability: 4, impact: 4 }));
      const critical = await createRisk('member', newRisk(project.gid, { title: 'Data centre exit', probability: 5, impact: 4 }));
      const low = await createRisk('manager', newRisk(project.gid, { probability: 2, impact: 5 })); // 10

      const highAlerts = await alertsOfRisk(high.id);
      expect(highAlerts).toEqual([
        {
          id: expect.any(String), seq: expect.any(Number), source: 'RISK_SCORE', triggerKey: 'risk-score', severity: 'HIGH',
          reason: scoreReason('Vendor lock-in', 4, 4, 'HIGH', 15), projectId: project.id, riskId: dbId(high.id),
          evidence: { score: 16, probability: 4, impact: 4, ...DEFAULTS }, createdAt: expect.any(Date),
          acknowledgedAt: null, acknowledgedById: null, resolvedAt: null,
        },
      ]);
      const criticalAlerts = await alertsOfRisk(critical.id);
      expect(criticalAlerts).toHaveLength(1);
      expect(criticalAlerts[0]).toMatchObject({
        source: 'RISK_SCORE', triggerKey: 'risk-score', severity: 'CRITICAL', projectId: project.id, riskId: dbId(critical.id),
        reason: scoreReason('Data centre exit', 5, 4, 'CRITICAL', 20), evidence: { score: 20, probability: 5, impact: 4, ...DEFAULTS }, resolvedAt: null,
      });
      expect(await alertsOfRisk(low.id)).toEqual([]);
      expect(await prisma.riskAlert.count({ where: { projectId: project.id } })).toBe(2);
      // The API shows the stored alerts, in creation order.
      const listed = rootField(await server.exec(PEOPLE.manager, AlertList, { filter: { projectId: project.gid } }));
      expect(listed.edges.map((edge) => edge.node)).toEqual([
        {
          id: gid('RiskAlert', highAlerts[0]!.id), cursor: listed.edges[0]!.cursor, severity: 'HIGH', source: 'RISK_SCORE', triggerKey: 'risk-score',
          reason: highAlerts[0]!.reason, evidence: highAlerts[0]!.evidence, createdAt: highAlerts[0]!.createdAt.toISOString(),
          acknowledged: false, acknowledgedAt: null, acknowledgedBy: null, resolvedAt: null,
          project: { id: project.gid, name: expect.any(String) }, risk: { id: high.id, title: 'Vendor lock-in' },
        },
        expect.objectContaining({ id: gid('RiskAlert', criticalAlerts[0]!.id), severity: 'CRITICAL', risk: { id: critical.id, title: 'Data centre exit' } }),
      ]);
    });

    it('RISK_REALIZED: realizing alerts once and resolves the open score alert', async () => {
      const { project } = await scene();
      const risk = await createRisk('manager', newRisk(project.gid, { title: 'Key engineer leaves', probability: 4, impact: 4 }));
      const [score] = await alertsOfRisk(risk.id);
      const realized = expectType(
        rootField(await server.exec(PEOPLE.manager, RealizeRisk, { input: { id: risk.id, version: 1, reason: 'Resigned on Monday' } })),
        'MutationRealizeRiskSuccess',
      ).data;
      expect(realized.status).toBe('REALIZED');
      const stored = await alertsOfRisk(risk.id);
      expect(stored).toHaveLength(2);
      expect(stored[0]).toMatchObject({ id: score!.id, triggerKey: 'risk-score', resolvedAt: expect.any(Date) });
      expect(stored[1]).toMatchObject({
        source: 'RISK_REALIZED', triggerKey: 'risk-realized', severity: 'HIGH', projectId: project.id, riskId: dbId(risk.id), resolvedAt: null,
        reason: 'Risk "Key engineer leaves" was realized: its contingency plan applies. Reason given: Resigned on Monday',
        evidence: { score: 16, probability: 4, impact: 4, reason: 'Resigned on Monday' },
      });
      expect(stored[0]!.resolvedAt!.getTime()).toBe(stored[1]!.createdAt.getTime());

      // A low risk realized is still HIGH; a critical one CRITICAL.
      const low = await createRisk('manager', newRisk(project.gid, { probability: 1, impact: 2 }));
      const critical = await createRisk('manager', newRisk(project.gid, { probability: 5, impact: 5 }));
      for (const id of [low.id, critical.id]) {
        expectType(rootField(await server.exec(PEOPLE.manager, RealizeRisk, { input: { id, version: 1 } })), 'MutationRealizeRiskSuccess');
      }
      expect((await alerts({ riskId: dbId(low.id) })).map((a) => [a.triggerKey, a.severity, a.reason])).toEqual([
        ['risk-realized', 'HIGH', 'Risk "Key supplier insolvency" was realized: its contingency plan applies.'],
      ]);
      expect((await alerts({ riskId: dbId(critical.id), source: 'RISK_REALIZED' })).map((a) => a.severity)).toEqual(['CRITICAL']);
    });

    it('METHODOLOGY_TRIGGER: alerts when a trigger starts to hold, not again while it holds (even acknowledged), resolves when it stops, alerts on the next onset', async () => {
      const { portfolio } = await scene();
      let project = await seed.projects.create({
        portfolio, manager: 'manager', sponsor: 'executive', methodologyKey: 'waterfall', budget: '100000.00',
        targetEndDate: daysFromToday(100), fields: { contractEndDate: daysFromToday(200) },
      });
      const projectId = project.id;
      const update = async (fields: Record<string, unknown>) => {
        project = await seed.projects.update(project, fields, 'manager');
      };
      const triggered = () => alerts({ projectId, source: 'METHODOLOGY_TRIGGER' });
      expect(await triggered()).toEqual([]);

      // The target moves past the contract end: the trigger starts to hold.
      await update({ targetEndDate: daysFromToday(300) });
      const first = await triggered();
      expect(first).toEqual([
        {
          id: expect.any(String), seq: expect.any(Number), source: 'METHODOLOGY_TRIGGER', triggerKey: 'contract-end-before-target', severity: 'HIGH',
          reason: 'The project is due to finish after the supplier contract ends.', projectId, riskId: null,
          evidence: { methodology: 'waterfall@1.2.0', 'fields.contractEndDate': daysFromToday(200), 'project.targetEndDate': daysFromToday(300) },
          createdAt: expect.any(Date), acknowledgedAt: null, acknowledgedById: null, resolvedAt: null,
        },
      ]);

      // Still holding: no new alert, whatever changes, even once acknowledged.
      await update({ description: 'Contract renewal under negotiation' });
      await update({ targetEndDate: daysFromToday(310) });
      expect(await triggered()).toEqual(first);
      const ack = await acknowledged('manager', first[0]!.id);
      expect(ack).toMatchObject({ acknowledged: true, acknowledgedBy: { email: PEOPLE.manager }, resolvedAt: null });
      await update({ percentComplete: 20 });
      await swept(); // the sweep re-evaluates every project's triggers too
      expect((await triggered()).map((a) => [a.id, a.resolvedAt])).toEqual([[first[0]!.id, null]]);

      // The contract is extended: the trigger stops holding and its alert is resolved.
      await update({ fields: { contractEndDate: daysFromToday(400) } });
      const stopped = await triggered();
      expect(stopped).toHaveLength(1);
      expect(stopped[0]!.resolvedAt).toBeInstanceOf(Date);
      await update({ description: 'Contract extended' });
      expect(await triggered()).toEqual(stopped);

      // It holds again: a new alert.
      await update({ targetEndDate: daysFromToday(500) });
      const again = await triggered();
      expect(again).toHaveLength(2);
      expect(again[0]).toEqual(stopped[0]);
      expect(again[1]).toMatchObject({ triggerKey: 'contract-end-before-target', riskId: null, resolvedAt: null, acknowledgedAt: null });
      expect(again[1]!.seq).toBeGreaterThan(again[0]!.seq);
    });

    it('RISK_OVERDUE: the sweep alerts once per overdue unmitigated risk; mitigating resolves it', async () => {
      const { project } = await scene();
      // Written directly: their due dates passed before the sweep (createRisk would alert at once).
      await seed.risks.writeDirectly(project, [
        { probability: 2, impact: 3, title: 'Overdue assessed', status: 'ASSESSED', dueInDays: -3 },
        { probability: 4, impact: 4, title: 'Overdue identified', status: 'IDENTIFIED', dueInDays: -1 },
        { probability: 4, impact: 4, title: 'Overdue mitigating', status: 'MITIGATING', dueInDays: -5 },
        { probability: 2, impact: 3, title: 'Due today', status: 'ASSESSED', dueInDays: 0 },
        { probability: 2, impact: 3, title: 'Overdue closed', status: 'CLOSED', dueInDays: -5 },
      ]);
      const risks = Object.fromEntries((await prisma.risk.findMany({ where: { projectId: project.id } })).map((risk) => [risk.title, risk]));
      const assessed = risks['Overdue assessed']!;
      expect(await prisma.riskAlert.count({ where: { projectId: project.id } })).toBe(0);

      expect(expectType(await sweep('manager'), 'ForbiddenError').message).toBe('Only the PMO may run the risk alert sweep');
      expect(await prisma.riskAlert.count({ where: { projectId: project.id } })).toBe(0);

      const result = await swept();
      expect(result.raised).toBeGreaterThanOrEqual(2);
      const stored = await alerts({ projectId: project.id });
      const byRisk = (rows: typeof stored) => rows.map((a) => [a.riskId, a.source, a.triggerKey, a.severity]).sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
      expect(byRisk(stored)).toEqual(byRisk([
        { riskId: assessed.id, source: 'RISK_OVERDUE', triggerKey: 'risk-overdue', severity: 'MEDIUM' },
        { riskId: risks['Overdue identified']!.id, source: 'RISK_OVERDUE', triggerKey: 'risk-overdue', severity: 'HIGH' },
      ] as typeof stored));
      expect(stored.find((a) => a.riskId === assessed.id)).toMatchObject({
        reason: `Risk "Overdue assessed" passed its due date (${daysFromToday(-3)}) without mitigation: it is still ASSESSED.`,
        evidence: { dueDate: daysFromToday(-3), status: 'ASSESSED', score: 6 }, resolvedAt: null,
      });

      // A second sweep raises nothing more.
      expect(await swept()).toEqual({ raised: 0, resolved: 0 });
      expect(await alerts({ projectId: project.id })).toEqual(stored);

      // Mitigation starts: the overdue alert is resolved, and no score alert appears (no re-assessment).
      const moved = await updateRisk('manager', { id: gid('Risk', assessed.id), version: assessed.version, status: 'MITIGATING' });
      expect(moved.status).toBe('MITIGATING');
      const after = await alerts({ riskId: assessed.id });
      expect(after).toHaveLength(1);
      expect(after[0]!.resolvedAt).toBeInstanceOf(Date);
      // A change of an overdue risk alerts at once, without waiting for the sweep.
      const late = await createRisk('manager', newRisk(project.gid, { title: 'Raised late', dueDate: daysFromToday(-2) }));
      expect((await alertsOfRisk(late.id)).map((a) => [a.triggerKey, a.severity])).toEqual([['risk-overdue', 'MEDIUM']]);
      expect((await swept()).raised).toBe(0);
      expect(await alertsOfRisk(late.id)).toHaveLength(1);
    });
  });

  describe('deduplication of score alerts', () => {
    it('alerts once per level, again on escalation or after acknowledgement, never for a change that is not a re-assessment', async () => {
      const { project } = await scene();
      const risk = await createRisk('manager', newRisk(project.gid, { title: 'Licence audit', probability: 4, impact: 4 }));
      let version = risk.version;
      const update = async (fields: Omit<UpdateRiskInput, 'id' | 'version'>) => {
        version = (await updateRisk('manager', { id: risk.id, version, ...fields })).version;
      };
      const stored = () => alertsOfRisk(risk.id);
      const [first] = await stored();
      expect(first).toMatchObject({ severity: 'HIGH', resolvedAt: null });

      await update({ probability: 4, impact: 4, title: 'Licence audit (renamed)' }); // same values: no re-assessment
      await update({ probability: 3, impact: 5 }); // 15: lower, still HIGH
      await update({ probability: 4, impact: 4 }); // 16 again
      await update({ description: 'Auditor appointed' });
      expect(await stored()).toEqual([first]);

      // Escalation: a new CRITICAL alert, the HIGH one resolved.
      await update({ probability: 5, impact: 4 });
      const escalated = await stored();
      expect(escalated.map((a) => [a.severity, a.resolvedAt === null])).toEqual([['HIGH', false], ['CRITICAL', true]]);
      expect(escalated[1]!.reason).toBe(scoreReason('Licence audit (renamed)', 5, 4, 'CRITICAL', 20));
      // Back to HIGH while the CRITICAL one is open and unacknowledged: nothing new.
      await update({ probability: 4 });
      await update({ probability: 5 });
      expect(await stored()).toEqual(escalated);

      // Acknowledged: the next re-assessment at or above the threshold alerts again (and supersedes it).
      await acknowledged('manager', escalated[1]!.id);
      await update({ title: 'Licence audit: not a re-assessment' });
      expect(await stored()).toHaveLength(2);
      await update({ probability: 4 }); // 16: HIGH
      const rearmed = await stored();
      expect(rearmed.map((a) => [a.severity, a.resolvedAt === null, a.acknowledgedAt === null])).toEqual([
        ['HIGH', false, true], ['CRITICAL', false, false], ['HIGH', true, true],
      ]);

      // Below the threshold: resolved; back above it: a new alert; closing resolves that one.
      await update({ probability: 2 }); // 8
      const dropped = await stored();
      expect(dropped).toHaveLength(3);
      expect(dropped[2]!.resolvedAt).toBeInstanceOf(Date);
      await update({ probability: 4 }); // 16
      const again = await stored();
      expect(again.map((a) => a.resolvedAt === null)).toEqual([false, false, false, true]);
      expectType(rootField(await server.exec(PEOPLE.manager, CloseRisk, { input: { id: risk.id, version } })), 'MutationCloseRiskSuccess');
      const closed = await stored();
      expect(closed).toHaveLength(4);
      expect(closed.every((a) => a.resolvedAt !== null)).toBe(true);
      expect(closed.every((a) => a.source === 'RISK_SCORE' && a.projectId === project.id)).toBe(true);
    });
  });

  describe('thresholds', () => {
    const settings = async () => rootField(await server.exec(PEOPLE.member, Settings));
    const updateSettings = async (as: Person, input: { version: number; highThreshold?: number | null; criticalThreshold?: number | null }) =>
      rootField(await server.exec(PEOPLE[as], UpdateSettings, { input }));

    it('are read by anyone, changed by the PMO only, validated, versioned, and apply from the next assessment', async () => {
      const start = await settings();
      expect(start).toMatchObject(DEFAULTS);
      const row = await prisma.riskAlertSettings.findUniqueOrThrow({ where: { id: 1 } });
      try {
        for (const person of ['owner', 'manager', 'executive', 'member'] as const) {
          expect(await updateSettings(person, { version: start.version, highThreshold: 10 }), person).toEqual({
            __typename: 'ForbiddenError', message: 'Only the PMO may change the alert thresholds',
          });
        }
        expect(await updateSettings('admin', { version: start.version, highThreshold: 0, criticalThreshold: 26 })).toEqual({
          __typename: 'ValidationError', message: 'Invalid input (2 problems)',
          issues: [
            { path: ['input', 'highThreshold'], message: 'must be between 1 and 25' },
            { path: ['input', 'criticalThreshold'], message: 'must be between 1 and 25' },
          ],
        });
        expect(await updateSettings('admin', { version: start.version, highThreshold: 21 })).toEqual({
          __typename: 'ValidationError', message: 'Invalid input: criticalThreshold (20) must be at least highThreshold (21)',
          issues: [{ path: ['input', 'highThreshold'], message: 'criticalThreshold (20) must be at least highThreshold (21)' }],
        });
        expect(await updateSettings('admin', { version: start.version, highThreshold: 12, criticalThreshold: 11 })).toMatchObject({
          __typename: 'ValidationError', issues: [{ path: ['input', 'criticalThreshold'], message: 'criticalThreshold (11) must be at least highThreshold (12)' }],
        });
        expect(await updateSettings('admin', { version: start.version, highThreshold: null })).toMatchObject({
          __typename: 'ValidationError', issues: [{ path: ['input', 'highThreshold'], message: 'highThreshold cannot be null' }],
        });
        expect(await updateSettings('admin', { version: start.version - 1, highThreshold: 10 })).toEqual({
          __typename: 'ConflictError', currentVersion: start.version,
          message: `The alert settings were changed by someone else (now at version ${start.version}): reload them and try again`,
        });
        expect(await prisma.riskAlertSettings.findUniqueOrThrow({ where: { id: 1 } })).toEqual(row);

        const changed = expectType(await updateSettings('admin', { version: start.version, highThreshold: 10 }), 'MutationUpdateRiskAlertSettingsSuccess').data;
        expect(changed).toEqual({ highThreshold: 10, criticalThreshold: 20, version: start.version + 1, updatedBy: { email: PEOPLE.admin } });
        expect(await settings()).toEqual(changed);
        const audit = await prisma.auditEvent.findFirst({ where: { action: 'riskAlertSettings.updated' }, orderBy: { id: 'desc' } });
        expect(audit).toMatchObject({ entityType: 'RiskAlertSettings', entityId: '1', actorId: seed.people.id('admin'), after: expect.objectContaining({ highThreshold: 10 }) });

        // The next assessment uses them: 3 × 4 = 12 now alerts HIGH.
        const { project } = await scene();
        const risk = await createRisk('manager', newRisk(project.gid, { title: 'Twelve', probability: 3, impact: 4 }));
        expect((await alertsOfRisk(risk.id)).map((a) => [a.severity, a.reason, a.evidence])).toEqual([
          ['HIGH', scoreReason('Twelve', 3, 4, 'HIGH', 10), { score: 12, probability: 3, impact: 4, highThreshold: 10, criticalThreshold: 20 }],
        ]);
      } finally {
        const current = await settings();
        expectType(await updateSettings('admin', { version: current.version, ...DEFAULTS }), 'MutationUpdateRiskAlertSettingsSuccess');
      }
      expect(await settings()).toMatchObject({ ...DEFAULTS, version: start.version + 2 });
      const { project } = await scene();
      const twelve = await createRisk('manager', newRisk(project.gid, { probability: 3, impact: 4 }));
      expect(await alertsOfRisk(twelve.id)).toEqual([]);
    });
  });

  describe('acknowledgeRiskAlert', () => {
    /** Every row a refused acknowledgement could have changed. */
    const snapshot = async () => ({
      alerts: await prisma.riskAlert.findMany({ orderBy: { seq: 'asc' } }),
      auditEvents: await prisma.auditEvent.count(),
      alertAudit: await prisma.auditEvent.findMany({ where: { entityType: 'RiskAlert' }, orderBy: { id: 'asc' } }),
    });

    it('is for the project manager, the portfolio owner and the risk owner; refused ones change nothing', async () => {
      const { project } = await scene(['member', 'dev']);
      const elsewhere = await scene(['member']);
      const raise = async (projectGid: string, owner?: Person) => {
        const risk = await createRisk('manager', newRisk(projectGid, { probability: 4, impact: 4, ownerId: owner ? user(owner) : undefined }));
        return (await alertsOfRisk(risk.id))[0]!;
      };
      const byManager = await raise(project.gid);
      const byOwner = await raise(project.gid);
      const byRiskOwner = await raise(project.gid, 'member');
      const hidden = await raise(elsewhere.project.gid, 'member');

      const before = await snapshot();
      const message = 'Only the managers of the project and the risk owner may acknowledge this alert';
      for (const [person, alert] of [['executive', byManager], ['dev', byRiskOwner], ['member', byManager], ['otherManager', byManager], ['otherOwner', byOwner]] as const) {
        expect(await acknowledge(person, alert.id), person).toEqual({ __typename: 'ForbiddenError', message });
      }
      expect(await acknowledge('dev', hidden.id)).toMatchObject({ __typename: 'NotFoundError', entityType: 'RiskAlert' });
      expect(await acknowledge('manager', '00000000-0000-7000-8000-000000000000')).toMatchObject({ __typename: 'NotFoundError', entityType: 'RiskAlert' });
      expect(await snapshot()).toEqual(before);

      for (const [person, alert] of [['manager', byManager], ['owner', byOwner], ['member', byRiskOwner]] as const) {
        const start = Date.now();
        const data = await acknowledged(person, alert.id);
        expect(data).toMatchObject({ id: gid('RiskAlert', alert.id), acknowledged: true, acknowledgedBy: { email: PEOPLE[person] }, resolvedAt: null });
        const row = await prisma.riskAlert.findUniqueOrThrow({ where: { id: alert.id } });
        expect(row).toEqual({ ...alert, acknowledgedAt: expect.any(Date), acknowledgedById: seed.people.id(person) });
        expect(data.acknowledgedAt).toBe(row.acknowledgedAt!.toISOString());
        expect(row.acknowledgedAt!.getTime()).toBeGreaterThanOrEqual(start - 1000);
        const events = await prisma.auditEvent.findMany({ where: { action: 'riskAlert.acknowledged', entityId: alert.id } });
        expect(events).toEqual([
          expect.objectContaining({
            entityType: 'RiskAlert', actorId: seed.people.id(person), projectId: project.id,
            after: { acknowledgedAt: row.acknowledgedAt!.toISOString(), severity: 'HIGH', triggerKey: 'risk-score' },
          }),
        ]);
      }

      // Twice: refused, naming who did it and when; nothing changes.
      const twice = await snapshot();
      const pm = await prisma.user.findUniqueOrThrow({ where: { id: seed.people.id('manager') } });
      const at = twice.alerts.find((a) => a.id === byManager.id)!.acknowledgedAt!.toISOString();
      const text = `The alert was already acknowledged by ${pm.name} at ${at}`;
      expect(await acknowledge('owner', byManager.id)).toEqual({
        __typename: 'ValidationError', message: `Invalid input: ${text}`, issues: [{ path: ['input', 'id'], message: text }],
      });
      expect(await snapshot()).toEqual(twice);
    });

    it('for an alert on the project itself (a methodology trigger), the managers of the project only', async () => {
      const { portfolio } = await scene();
      const created = await seed.projects.create({
        portfolio, manager: 'manager', methodologyKey: 'waterfall',
        targetEndDate: daysFromToday(90), fields: { contractEndDate: daysFromToday(30) },
      });
      await seed.projects.addMember(created, 'member');
      const [alert] = await alerts({ projectId: created.id, triggerKey: 'contract-end-before-target' });
      expect(alert).toMatchObject({ riskId: null, resolvedAt: null });
      const before = await snapshot();
      for (const person of ['member', 'executive', 'otherManager'] as const) {
        expect(await acknowledge(person, alert!.id), person).toEqual({
          __typename: 'ForbiddenError', message: 'Only the managers of the project may acknowledge this alert',
        });
      }
      expect(await snapshot()).toEqual(before);
      expect(await acknowledged('owner', alert!.id)).toMatchObject({ acknowledged: true, acknowledgedBy: { email: PEOPLE.owner } });
    });
  });

  describe('the riskAlerts query', () => {
    it('lists the alerts of readable projects, filtered, in creation order, with replay after a cursor', async () => {
      const portfolio = await seed.portfolio.create();
      const mine = await newProject(portfolio, ['member']);
      const theirs = await newProject(portfolio, ['dev']);
      const raise = async (projectGid: string, probability: number, impact: number, fields: Partial<CreateRiskInput> = {}) =>
        createRisk('manager', newRisk(projectGid, { probability, impact, ...fields }));
      const r1 = await raise(mine.gid, 4, 4); // HIGH
      await raise(theirs.gid, 5, 5); // CRITICAL
      await raise(mine.gid, 1, 2, { dueDate: daysFromToday(-1) }); // MEDIUM (overdue)
      const r4 = await raise(theirs.gid, 3, 5); // HIGH
      await raise(mine.gid, 5, 4); // CRITICAL
      const stored = await alerts({ project: { portfolioId: portfolio.id } });
      expect(stored.map((a) => a.severity)).toEqual(['HIGH', 'CRITICAL', 'MEDIUM', 'HIGH', 'CRITICAL']);
      await acknowledged('manager', stored[0]!.id);
      await acknowledged('manager', stored[3]!.id);
      const ids = (indexes: number[]) => indexes.map((i) => gid('RiskAlert', stored[i]!.id));

      const list = async (
        as: Person,
        filter: Record<string, unknown>,
        extra: { acknowledged?: boolean; after?: string; first?: number; before?: string; last?: number } = {},
      ) => {
        const page = extra.before !== undefined || extra.last !== undefined ? {} : { first: 100 };
        const connection = rootField(await server.exec(PEOPLE[as], AlertList, { filter: { portfolioId: portfolio.gid, ...filter }, ...page, ...extra }));
        return { ids: connection.edges.map((edge) => edge.node.id), totalCount: connection.totalCount, connection };
      };
      expect(await list('owner', {})).toMatchObject({ ids: ids([0, 1, 2, 3, 4]), totalCount: 5 });
      expect(await list('executive', {})).toMatchObject({ ids: ids([0, 1, 2, 3, 4]), totalCount: 5 });
      expect(await list('member', {})).toMatchObject({ ids: ids([0, 2, 4]), totalCount: 3 });
      expect(await list('dev', {})).toMatchObject({ ids: ids([1, 3]), totalCount: 2 });
      // Without a filter too, a team member only sees alerts of their projects.
      const everything = rootField(await server.exec(PEOPLE.dev, AlertList, { first: 100 }));
      const devProjects = new Set((await prisma.projectMember.findMany({ where: { userId: seed.people.id('dev') } })).map((m) => gid('Project', m.projectId)));
      expect(everything.edges.every((edge) => devProjects.has(edge.node.project.id))).toBe(true);
      expect(everything.edges.map((edge) => edge.node.id)).toEqual(expect.arrayContaining(ids([1, 3])));

      expect((await list('owner', { projectId: theirs.gid })).ids).toEqual(ids([1, 3]));
      expect((await list('owner', { minSeverity: 'HIGH' })).ids).toEqual(ids([0, 1, 3, 4]));
      expect((await list('owner', { minSeverity: 'CRITICAL' })).ids).toEqual(ids([1, 4]));
      expect((await list('owner', { minSeverity: 'LOW' })).ids).toEqual(ids([0, 1, 2, 3, 4]));
      expect(await list('owner', {}, { acknowledged: true })).toMatchObject({ ids: ids([0, 3]), totalCount: 2 });
      expect(await list('owner', {}, { acknowledged: false })).toMatchObject({ ids: ids([1, 2, 4]), totalCount: 3 });
      expect((await list('member', { minSeverity: 'HIGH' }, { acknowledged: false })).ids).toEqual(ids([4]));
      expect((await list('member', { projectId: theirs.gid })).ids).toEqual([]);

      // Replay: the alert's cursor is its edge cursor; after it come exactly the newer alerts, in order.
      const page = (await list('owner', {}, { first: 2 })).connection;
      expect(page.pageInfo.hasNextPage).toBe(true);
      const cursor = page.edges[1]!.node.cursor;
      expect(cursor).toBe(page.edges[1]!.cursor);
      await raise(mine.gid, 4, 5); // CRITICAL
      await raise(theirs.gid, 5, 3); // HIGH
      const newer = await alerts({ project: { portfolioId: portfolio.id }, seq: { gt: stored[4]!.seq } });
      expect(newer).toHaveLength(2);
      const replay = await list('owner', {}, { after: cursor });
      expect(replay.ids).toEqual([...ids([2, 3, 4]), ...newer.map((a) => gid('RiskAlert', a.id))]);
      expect(replay.connection.edges.map((edge) => edge.cursor)).toEqual(replay.connection.edges.map((edge) => edge.node.cursor));
      expect((await list('member', {}, { after: cursor })).ids).toEqual([...ids([2, 4]), gid('RiskAlert', newer[0]!.id)]);
      const last = replay.connection.edges.at(-1)!.cursor;
      expect((await list('owner', {}, { after: last })).ids).toEqual([]);
      // A cursor outside the viewer's result (another project, a filter it does not pass) still
      // bounds the page exactly: nothing after it is skipped, nothing before it is repeated.
      const [ofMedium, ofTheirs, ofFifth] = replay.connection.edges.map((edge) => edge.cursor); // alerts 2, 3 and 4
      expect((await list('member', {}, { after: ofTheirs })).ids).toEqual([
        ...ids([4]), gid('RiskAlert', newer[0]!.id),
      ]);
      expect((await list('owner', { minSeverity: 'CRITICAL' }, { after: ofMedium })).ids).toEqual([
        ...ids([4]), gid('RiskAlert', newer[0]!.id),
      ]);
      // Backwards: the alerts before a cursor, oldest first.
      const backwards = await list('member', {}, { last: 2, before: ofFifth });
      expect(backwards.ids).toEqual(ids([0, 2]));
      expect(backwards.connection.pageInfo.hasPreviousPage).toBe(false);
      expect((await list('owner', {}, { last: 2, before: ofFifth })).ids).toEqual(ids([2, 3]));
      expect((await list('dev', {}, { last: 2, before: ofFifth })).ids).toEqual(ids([1, 3]));

      // node(): hidden from a team member who is not on the project.
      expect(await server.exec(PEOPLE.dev, AlertNode, { id: ids([0])[0]! })).toEqual({ data: { node: null } });
      expect(await server.exec(PEOPLE.member, AlertNode, { id: ids([0])[0]! })).toEqual({
        data: { node: { id: ids([0])[0], triggerKey: 'risk-score', project: { id: mine.gid } } },
      });

      // Project.riskAlerts and Risk.alerts.
      const projectAlerts = async (as: Person, id: string, ack?: boolean) => {
        const project = rootField(await server.exec(PEOPLE[as], ProjectAlerts, { id, acknowledged: ack }));
        return project && { ids: project.riskAlerts.edges.map((edge) => edge.node.id), totalCount: project.riskAlerts.totalCount };
      };
      expect(await projectAlerts('member', mine.gid)).toEqual({ ids: [...ids([0, 2, 4]), gid('RiskAlert', newer[0]!.id)], totalCount: 4 });
      expect(await projectAlerts('manager', theirs.gid, true)).toEqual({ ids: ids([3]), totalCount: 1 });
      expect(await projectAlerts('manager', theirs.gid, false)).toEqual({ ids: [...ids([1]), gid('RiskAlert', newer[1]!.id)], totalCount: 2 });
      expect(await projectAlerts('member', theirs.gid)).toBeNull();
      await updateRisk('manager', { id: r1.id, version: 1, probability: 5, impact: 5 }); // escalates: a second alert on r1
      const ofRisk = rootField(await server.exec(PEOPLE.member, RiskAlertsOfRisk, { id: r1.id }));
      const r1Alerts = await alertsOfRisk(r1.id);
      expect(r1Alerts).toHaveLength(2);
      expect(ofRisk).toEqual({
        alerts: { totalCount: 2, edges: r1Alerts.map((a) => ({ node: { id: gid('RiskAlert', a.id), triggerKey: 'risk-score' } })) },
      });
      expect(rootField(await server.exec(PEOPLE.member, RiskAlertsOfRisk, { id: r4.id }))).toBeNull();
    });

    it('replays from the cursor of an alert that no longer exists (deleted with its project)', async () => {
      const portfolio = await seed.portfolio.create();
      const gone = await newProject(portfolio);
      const kept = await newProject(portfolio);
      await createRisk('manager', newRisk(gone.gid, { probability: 4, impact: 4 }));
      const page = async (after?: string) =>
        rootField(await server.exec(PEOPLE.owner, AlertList, { filter: { portfolioId: portfolio.gid }, first: 100, after })).edges.map((edge) => edge.node);
      const [last] = await page();
      await createRisk('manager', newRisk(kept.gid, { probability: 5, impact: 5 }));
      await createRisk('manager', newRisk(kept.gid, { probability: 4, impact: 5 }));
      await seed.projects.deleteDirectly(gone);
      const missed = await alerts({ projectId: kept.id });
      expect(missed).toHaveLength(2);
      expect((await page(last!.cursor)).map((alert) => alert.id)).toEqual(missed.map((alert) => gid('RiskAlert', alert.id)));
    });

    it('pages project.riskAlerts(acknowledged: false) while the alerts are acknowledged: nothing skipped, totalCount exact', async () => {
      const { project } = await scene();
      const raised = [];
      for (const impact of [4, 4, 5, 5]) raised.push(await createRisk('manager', newRisk(project.gid, { probability: 4, impact })));
      const stored = await alerts({ projectId: project.id });
      expect(stored).toHaveLength(4);
      const ids = stored.map((alert) => gid('RiskAlert', alert.id));
      const page = async (extra: { first?: number; after?: string; last?: number; before?: string }) => {
        const connection = rootField(await server.exec(PEOPLE.manager, ProjectAlertsPage, { id: project.gid, acknowledged: false, ...extra }))!.riskAlerts;
        return { ids: connection.edges.map((edge) => edge.node.id), cursors: connection.edges.map((edge) => edge.cursor), totalCount: connection.totalCount };
      };

      // Work through the queue of unacknowledged alerts two at a time, acknowledging each page.
      const first = await page({ first: 2 });
      expect(first).toMatchObject({ ids: ids.slice(0, 2), totalCount: 4 });
      for (const alert of stored.slice(0, 2)) await acknowledged('manager', alert.id);
      const second = await page({ first: 2, after: first.cursors[1] });
      expect(second).toMatchObject({ ids: ids.slice(2, 4), totalCount: 2 });
      // Backwards from an acknowledged alert, and from the last one.
      expect(await page({ last: 2, before: first.cursors[1] })).toMatchObject({ ids: [], totalCount: 2 });
      expect(await page({ last: 2, before: second.cursors[1] })).toMatchObject({ ids: [ids[2]], totalCount: 2 });

      // risk.alerts pages by seq too.
      const escalated = raised[0]!; // HIGH
      await updateRisk('manager', { id: escalated.id, version: 1, probability: 5, impact: 5 }); // CRITICAL: a second alert
      const ofRisk = (await alertsOfRisk(escalated.id)).map((alert) => gid('RiskAlert', alert.id));
      expect(ofRisk).toHaveLength(2);
      const riskPage = async (after?: string) =>
        rootField(await server.exec(PEOPLE.manager, RiskAlertsPage, { id: escalated.id, after }))!.alerts.edges;
      const [firstOfRisk] = await riskPage();
      expect((await riskPage(firstOfRisk!.cursor)).map((edge) => edge.node.id)).toEqual([ofRisk[1]]);

      // A forged cursor is a validation error, not a masked one.
      const forged = await server.exec(PEOPLE.manager, ProjectAlertsPage, { id: project.gid, first: 1, after: 'bm9wZQ==' });
      expect(forged.errors?.[0]?.message).toMatch(/after is not a valid cursor/);
    });

    it('costs the same number of SQL statements for 5 and for 50 alerts', async () => {
      const portfolio = await seed.portfolio.create();
      const projects: Handle[] = [];
      for (let i = 0; i < 5; i++) projects.push(await newProject(portfolio, ['member']));
      // Written directly: createRisk would raise score alerts of its own beside the ones counted.
      const add = async (count: number, offset: number) => {
        for (let i = offset; i < offset + count; i++) {
          const project = projects[i % 5]!;
          if (i % 3 === 0) {
            // An alert on the project itself (no risk).
            await seed.risks.writeAlertDirectly(project, { source: 'METHODOLOGY_TRIGGER', triggerKey: `fixture-${i}`, severity: 'MEDIUM', reason: 'Fixture trigger' });
          } else {
            const [risk] = await seed.risks.writeDirectly(project, [{ probability: 4, impact: 4, title: `Counted ${i}` }]);
            await seed.risks.writeAlertDirectly(project, { source: 'RISK_SCORE', triggerKey: 'risk-score', severity: 'HIGH', reason: 'Fixture score', risk });
          }
        }
      };
      const measure = async () => {
        const counts: Record<string, number> = {};
        for (const person of ['owner', 'member'] as const) {
          counts[person] = await server.countStatements(async () => {
            const result = await server.exec(PEOPLE[person], NestedAlerts, { portfolioId: portfolio.gid });
            expect(result.errors).toBeUndefined();
          });
        }
        return counts;
      };
      await add(5, 0);
      const small = await measure();
      await add(45, 5);
      const large = await measure();
      const listed = rootField(await server.exec(PEOPLE.member, NestedAlerts, { portfolioId: portfolio.gid }));
      expect(listed.totalCount).toBe(50);
      expect(listed.edges.filter((edge) => edge.node.risk !== null)).toHaveLength(33);
      expect(listed.edges.every((edge) => edge.node.project.name.startsWith('Risk fixture project'))).toBe(true);
      expect(large).toEqual(small);
      console.info(`[risk-alerts] statements for 5 and for 50 alerts: ${JSON.stringify(small)}`);
    });
  });

  (backend === 'postgres' ? it : it.skip)('of two concurrent acknowledgements, one wins and the other names the winner', async () => {
    const { project } = await scene();
    const risk = await createRisk('manager', newRisk(project.gid, { probability: 5, impact: 5 }));
    const [alert] = await alertsOfRisk(risk.id);
    const results = await Promise.all([acknowledge('manager', alert!.id), acknowledge('owner', alert!.id)]);
    expect(results.map((result) => result.__typename).sort()).toEqual(['MutationAcknowledgeRiskAlertSuccess', 'ValidationError']);
    const row = await prisma.riskAlert.findUniqueOrThrow({ where: { id: alert!.id }, include: { acknowledgedBy: true } });
    const winner = expectType(results.find((result) => result.__typename !== 'ValidationError')!, 'MutationAcknowledgeRiskAlertSuccess').data;
    expect(winner.acknowledgedBy?.email).toBe(row.acknowledgedBy!.email);
    const text = `The alert was already acknowledged by ${row.acknowledgedBy!.name} at ${row.acknowledgedAt!.toISOString()}`;
    expect(results.find((result) => result.__typename === 'ValidationError')).toEqual({
      __typename: 'ValidationError', message: `Invalid input: ${text}`, issues: [{ path: ['input', 'id'], message: text }],
    });
    expect(await prisma.auditEvent.count({ where: { action: 'riskAlert.acknowledged', entityId: alert!.id } })).toBe(1);
  });

  (backend === 'postgres' ? it : it.skip)('concurrent sweeps raise exactly one overdue alert per risk (one lock serialises them)', async () => {
    const { project } = await scene();
    // Written directly: their due dates passed before the sweeps (createRisk would alert at once).
    await seed.risks.writeDirectly(project, [
      { probability: 2, impact: 2, status: 'ASSESSED', dueInDays: -2 },
      { probability: 3, impact: 5, status: 'IDENTIFIED', dueInDays: -4 },
      { probability: 1, impact: 1, status: 'ASSESSED', dueInDays: -9 },
    ]);
    const risks = await prisma.risk.findMany({ where: { projectId: project.id } });
    const results = await Promise.all([swept(), swept(), swept()]);
    expect(results.reduce((sum, result) => sum + result.raised, 0)).toBeGreaterThanOrEqual(3);
    const stored = await alerts({ projectId: project.id });
    expect(stored.map((a) => a.riskId).sort()).toEqual(risks.map((risk) => risk.id).sort());
    expect(stored.every((a) => a.triggerKey === 'risk-overdue' && a.resolvedAt === null)).toBe(true);
    // No condition anywhere has two open alerts.
    const open = await prisma.riskAlert.groupBy({ by: ['source', 'triggerKey', 'projectId', 'riskId'], where: { resolvedAt: null }, _count: true });
    expect(open.filter((group) => group._count > 1)).toEqual([]);
  });
});
