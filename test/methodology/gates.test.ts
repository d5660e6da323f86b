// Phase gates and waivers through real GraphQL: advancePhase is refused with
// GateBlockedError (each failing rule with its evidence) and changes nothing, then passes once
// the deliverables are approved or the rule is waived; waivers are restricted, listed, audited,
// and stop counting once they expire or are revoked; the project completes after its last phase.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../../server/platform/db/generated/prisma/client.js';
import { graphql } from '../gql/index.js';
import { backends } from '../support/databases.js';
import type { TestServer } from '../support/harness.js';
import { inDays } from '../support/dates.js';
import { dataOf, success } from '../support/results.js';
import { type Handle, PEOPLE, type Scenario, startScenario } from '../support/scenarios/index.js';
import { CHARTER_FIELDS, deliverableOf, ProjectAudit, resultOf, SubmitDeliverable, UpdateDeliverable } from '../support/scenarios/methodology.js';
import { twoStage } from './manifests.js';
import { AdvancePhase, EvaluateCompliance, RevokeWaiver, TransitionProject, WaiveRule } from './operations.js';

const AdvancePayload = graphql(`
  mutation GateAdvancePayload($input: AdvancePhaseInput!) {
    advancePhase(input: $input) {
      __typename
      ... on MutationAdvancePhaseSuccess { data { id currentPhase { key } } }
    }
  }
`);

const CHARTER_APPROVED = 'The charter must be approved before leaving Initiation.';

describe.each(backends())('phase gates and waivers on %s', (backend) => {
  let server: TestServer;
  let prisma: PrismaClient;
  let seed: Scenario;

  beforeAll(async () => {
    ({ server, prisma, seed } = await startScenario(backend, { label: 'Gated' }));
    await seed.methodology.install(twoStage('gated'));
  });
  afterAll(() => server?.close());

  const advance = async (projectId: string, version: number, as: string = PEOPLE.manager) =>
    dataOf(await server.exec(as, AdvancePhase, { input: { projectId, version } })).advancePhase;
  const waive = async (projectId: string, ruleKey: string, as: string, expiresAt = inDays(30), reason = 'Charter signed on paper at the steering committee') =>
    dataOf(await server.exec(as, WaiveRule, { input: { projectId, ruleKey, reason, expiresAt } })).waiveRule;
  const waterfall = (sponsor = true) =>
    seed.projects.create({
      portfolio: seed.portfolio.digital, manager: 'manager', sponsor: sponsor ? 'executive' : undefined, methodologyKey: 'waterfall', budget: '100000.00',
    });
  /** Everything advancePhase could change: the project as the API shows it, its audit trail and stored evaluations. */
  const everything = async (project: Handle) => ({
    state: await seed.methodology.state(project, 'manager'),
    audit: await seed.methodology.auditActions(project),
    evaluations: await prisma.ruleEvaluation.count({ where: { projectId: project.id } }),
  });

  it('refuses advancePhase with GateBlockedError listing every failing rule with its evidence, and changes nothing', async () => {
    const project = await waterfall(false);
    const before = await everything(project);
    expect(await advance(project.gid, project.version)).toEqual({
      __typename: 'GateBlockedError',
      message: 'The initiation phase gate is blocked by 2 rule(s): sponsor-assigned, charter-approved',
      phaseKey: 'initiation',
      failingRules: [
        {
          ruleKey: 'sponsor-assigned', severity: 'BLOCKER',
          message: 'A sponsor must be assigned before the project can be authorised.', evidence: { 'project.hasSponsor': false },
        },
        { ruleKey: 'charter-approved', severity: 'BLOCKER', message: CHARTER_APPROVED, evidence: { 'deliverables.charter.status': 'NOT_STARTED' } },
      ],
    });
    expect(await everything(project)).toEqual(before);
  });

  it('passes once the charter is approved: initiation completes, planning starts, and the advance is audited', async () => {
    const project = await waterfall();
    const charter = deliverableOf(await seed.methodology.state(project, 'manager'), 'charter');
    await seed.methodology.fillSubmitApprove(charter, CHARTER_FIELDS, 'manager', 'owner');

    const advanced = success(await advance(project.gid, project.version));
    expect(advanced).toEqual({
      id: project.gid, version: project.version + 1,
      phases: [
        { key: 'initiation', status: 'COMPLETED' }, { key: 'planning', status: 'ACTIVE' }, { key: 'execution', status: 'PENDING' },
        { key: 'monitoring-and-control', status: 'PENDING' }, { key: 'closure', status: 'PENDING' },
      ],
    });
    const state = await seed.methodology.state(project, 'manager');
    expect(state.currentPhase).toEqual({ key: 'planning' });
    const [initiation, planning] = state.phases;
    expect(initiation!.completedAt).not.toBeNull();
    expect(planning!.startedAt).toBe(initiation!.completedAt);
    // Compliance was re-evaluated for the planning phase.
    expect(new Set(state.complianceResults.map((r) => r.phaseKey))).toEqual(new Set(['planning']));
    expect(state.complianceResults.map((r) => r.ruleKey).sort()).toEqual([
      'budget-not-exceeded', 'contingency-reserve-planned', 'pm-plan-approved', 'regulated-pm-certified', 'regulated-traceability', 'regulated-uat', 'requirements-baselined', 'test-plan-approved',
    ]);

    const audit = dataOf(await server.exec(PEOPLE.admin, ProjectAudit, { id: project.gid })).project!.auditTrail.edges.map((e) => e.node);
    expect(audit[0]).toEqual({
      action: 'project.phase.advanced', entityType: 'Project', actor: { email: PEOPLE.manager },
      before: { phase: 'initiation' },
      after: {
        phase: 'planning',
        gate: [{ ruleKey: 'sponsor-assigned', passed: true, waived: false }, { ruleKey: 'charter-approved', passed: true, waived: false }],
      },
    });

    // The next gate checks planning's rules.
    const blocked = await advance(project.gid, project.version + 1);
    expect(blocked).toMatchObject({ __typename: 'GateBlockedError', phaseKey: 'planning' });
    expect(blocked.__typename === 'GateBlockedError' && blocked.failingRules.map((r) => [r.ruleKey, r.evidence])).toEqual([
      ['requirements-baselined', { 'deliverables.requirements-specification.status': 'NOT_STARTED' }],
      ['pm-plan-approved', { 'deliverables.project-management-plan.status': 'NOT_STARTED' }],
      ['test-plan-approved', { 'deliverables.test-plan.status': 'NOT_STARTED' }],
    ]);
  });

  it('only the people who manage the project advance it; a stale version gives ConflictError', async () => {
    const project = await waterfall();
    const before = await everything(project);
    for (const as of [PEOPLE.otherManager, PEOPLE.otherOwner, PEOPLE.executive, PEOPLE.member]) {
      const refused = await advance(project.gid, project.version, as);
      expect({ as, type: refused.__typename }).toEqual({ as, type: 'ForbiddenError' });
    }
    expect(await advance(project.gid, project.version + 1)).toEqual({
      __typename: 'ConflictError', currentVersion: project.version,
      message: `The project was changed by someone else (now at version ${project.version}): reload it and try again`,
    });
    expect(await everything(project)).toEqual(before);
  });

  it('a BLOCKER rule in force blocks even if the gate does not name it; a rule the gate names blocks whatever its severity', async () => {
    const project = await seed.projects.create({ portfolio: seed.portfolio.digital, manager: 'manager', methodologyKey: 'gated', budget: '0.00' });
    expect(await advance(project.gid, project.version)).toMatchObject({
      __typename: 'GateBlockedError', phaseKey: 'build',
      failingRules: [
        { ruleKey: 'spec-approved', severity: 'BLOCKER', evidence: { 'deliverables.spec.status': 'NOT_STARTED' } },
        { ruleKey: 'budget-set', severity: 'BLOCKER', evidence: { 'project.budget': 0 } },
      ],
    });
    await seed.methodology.fillSubmitApprove(deliverableOf(await seed.methodology.state(project, 'manager'), 'spec'), { summary: 'API first' }, 'manager', 'owner');
    const funded = await seed.projects.update(project, { budget: '12000.00' });
    success(await advance(project.gid, funded.version));
    expect(await advance(project.gid, funded.version + 1)).toEqual({
      __typename: 'GateBlockedError', message: 'The close phase gate is blocked by 1 rule(s): report-submitted', phaseKey: 'close',
      failingRules: [{ ruleKey: 'report-submitted', severity: 'ERROR', message: 'Submit the closure report.', evidence: { 'deliverables.report.status': 'NOT_STARTED' } }],
    });
  });

  it("waiveRule: the PMO or the portfolio's owner only; the waived rule no longer blocks; listed and audited", async () => {
    const project = await waterfall();
    for (const as of [PEOPLE.manager, PEOPLE.otherManager, PEOPLE.otherOwner, PEOPLE.executive, PEOPLE.member]) {
      const refused = await waive(project.gid, 'charter-approved', as);
      expect({ as, type: refused.__typename }).toEqual({ as, type: 'ForbiddenError' });
    }
    expect((await seed.methodology.state(project, 'manager')).waivers).toEqual([]);

    const expiresAt = inDays(30);
    const waiver = success(await waive(project.gid, 'charter-approved', PEOPLE.owner, expiresAt));
    expect(waiver).toMatchObject({ ruleKey: 'charter-approved', reason: 'Charter signed on paper at the steering committee', expiresAt, active: true, revokedAt: null });
    const state = await seed.methodology.state(project, 'manager');
    expect(state.waivers).toEqual([waiver]);
    expect(resultOf(state, 'charter-approved')).toMatchObject({ passed: false, waived: true });
    expect(state.compliance).toMatchObject({ failing: 1, blocking: 0, projectsBlocked: 0 });
    expect(state.compliance.bySeverity.find((s) => s.severity === 'BLOCKER')).toEqual({ severity: 'BLOCKER', passed: 1, failing: 0, failed: 0, waived: 1 });

    success(await advance(project.gid, project.version));
    const audit = dataOf(await server.exec(PEOPLE.admin, ProjectAudit, { id: project.gid })).project!.auditTrail.edges.map((e) => e.node);
    expect(audit.map((e) => e.action)).toEqual(['project.phase.advanced', 'project.rule.waived', 'project.created']);
    expect(audit[1]).toMatchObject({ actor: { email: PEOPLE.owner }, after: { ruleKey: 'charter-approved', expiresAt, reason: waiver.reason, revokedAt: null } });
    expect(audit[0]!.after).toEqual({
      phase: 'planning',
      gate: [{ ruleKey: 'sponsor-assigned', passed: true, waived: false }, { ruleKey: 'charter-approved', passed: false, waived: true }],
    });

    // The PMO admin may waive too.
    const other = await waterfall();
    expect(success(await waive(other.gid, 'charter-approved', PEOPLE.admin))).toMatchObject({ active: true });
  });

  it('validates a waiver: a rule of the methodology, a future expiry within a year, a real reason', async () => {
    const project = await waterfall();
    const result = await waive(project.gid, 'charter-signed', PEOPLE.owner, inDays(-1));
    expect(result).toEqual({
      __typename: 'ValidationError', message: 'Invalid input (2 problems)',
      issues: [
        { path: ['input', 'ruleKey'], message: 'waterfall has no rule "charter-signed"' },
        { path: ['input', 'expiresAt'], message: 'must be in the future' },
      ],
    });
    expect(await waive(project.gid, 'charter-approved', PEOPLE.owner, inDays(400))).toMatchObject({
      __typename: 'ValidationError', issues: [{ path: ['input', 'expiresAt'], message: 'must be within 366 days' }],
    });
    expect(await waive(project.gid, 'charter-approved', PEOPLE.owner, inDays(30), 'ok')).toMatchObject({
      __typename: 'ValidationError', issues: [{ path: ['input', 'reason'], message: 'give a reason of at least 10 characters' }],
    });
    expect((await seed.methodology.state(project, 'manager')).waivers).toEqual([]);
  });

  it('an expired waiver no longer unblocks', async () => {
    const project = await waterfall();
    const waiver = success(await waive(project.gid, 'charter-approved', PEOPLE.owner, inDays(1)));
    await seed.methodology.expireWaiverDirectly(waiver);

    expect(await advance(project.gid, project.version)).toMatchObject({
      __typename: 'GateBlockedError', phaseKey: 'initiation',
      failingRules: [{ ruleKey: 'charter-approved', evidence: { 'deliverables.charter.status': 'NOT_STARTED' } }],
    });
    const evaluated = success(dataOf(await server.exec(PEOPLE.manager, EvaluateCompliance, { input: { projectId: project.gid } })).evaluateCompliance);
    expect(evaluated.complianceResults.find((r) => r.ruleKey === 'charter-approved')).toMatchObject({ passed: false, waived: false });
    const state = await seed.methodology.state(project, 'manager');
    expect(state.waivers).toMatchObject([{ id: waiver.id, active: false, revokedAt: null }]);
    expect(state.currentPhase).toEqual({ key: 'initiation' });
  });

  it('a revoked waiver no longer unblocks; revoking is for the same people, once', async () => {
    const project = await waterfall();
    const waiver = success(await waive(project.gid, 'charter-approved', PEOPLE.owner));
    const revoke = async (as: string) => dataOf(await server.exec(as, RevokeWaiver, { input: { waiverId: waiver.id } })).revokeWaiver;
    expect(await revoke(PEOPLE.manager)).toEqual({ __typename: 'ForbiddenError', message: "Only the PMO or the portfolio's owner may revoke a waiver" });
    const revoked = success(await revoke(PEOPLE.admin));
    expect(revoked).toMatchObject({ id: waiver.id, ruleKey: 'charter-approved', active: false });
    expect(revoked.revokedAt).not.toBeNull();
    expect(await revoke(PEOPLE.owner)).toMatchObject({ __typename: 'ValidationError', issues: [{ path: ['input', 'waiverId'], message: 'The waiver is already revoked' }] });
    expect(await advance(project.gid, project.version)).toMatchObject({ __typename: 'GateBlockedError', failingRules: [{ ruleKey: 'charter-approved' }] });
    expect(resultOf(await seed.methodology.state(project, 'manager'), 'charter-approved')).toMatchObject({ passed: false, waived: false });
    expect(await seed.methodology.auditActions(project)).toEqual(['project.created', 'project.rule.waived', 'project.rule.waiver-revoked']);
  });

  it('the last phase: the project cannot complete before it; once it is complete, the project can', async () => {
    const project = await seed.projects.create({ portfolio: seed.portfolio.digital, manager: 'manager', methodologyKey: 'gated', budget: '8000.00', status: 'ACTIVE' });
    let version = project.version;
    const complete = async () => dataOf(await server.exec(PEOPLE.manager, TransitionProject, { input: { id: project.gid, status: 'COMPLETED' } })).transitionProject;

    expect(await complete()).toEqual({
      __typename: 'GateBlockedError', phaseKey: 'build', failingRules: [],
      message: 'The Build phase is not complete: pass its gate with advancePhase before completing the project',
    });
    const state = await seed.methodology.state(project, 'manager');
    await seed.methodology.fillSubmitApprove(deliverableOf(state, 'spec'), { summary: 'Scope' }, 'manager', 'owner');
    version = success(await advance(project.gid, version)).version;
    expect(await complete()).toMatchObject({ __typename: 'GateBlockedError', phaseKey: 'close', failingRules: [] });

    const report = deliverableOf(await seed.methodology.state(project, 'manager'), 'report');
    const draft = success(dataOf(await server.exec(PEOPLE.manager, UpdateDeliverable, { input: { id: report.id, version: report.version, fields: { outcome: 'Delivered' } } })).updateDeliverable);
    success(dataOf(await server.exec(PEOPLE.manager, SubmitDeliverable, { input: { id: report.id, version: draft.version } })).submitDeliverable);
    const last = success(await advance(project.gid, version));
    expect(last.phases).toEqual([{ key: 'build', status: 'COMPLETED' }, { key: 'close', status: 'COMPLETED' }]);
    expect((await seed.methodology.state(project, 'manager')).currentPhase).toBeNull();
    expect(await advance(project.gid, last.version)).toMatchObject({
      __typename: 'ValidationError', issues: [{ path: ['input', 'projectId'], message: 'Every phase is complete: the project can be completed' }],
    });

    expect(success(await complete())).toMatchObject({ status: 'COMPLETED', version: last.version + 1 });
    expect(await advance(project.gid, last.version + 1)).toMatchObject({
      __typename: 'ValidationError', issues: [{ path: ['input', 'projectId'], message: 'The project is closed' }],
    });
  });

  // The phase a client most wants to read after advancing; it needs the project's phases, which
  // the use case does not return.
  it('resolves currentPhase in the advancePhase payload', async () => {
    const project = await waterfall();
    await waive(project.gid, 'charter-approved', PEOPLE.admin);
    const result = await server.exec(PEOPLE.manager, AdvancePayload, { input: { projectId: project.gid, version: project.version } });
    expect(result).toEqual({ data: { advancePhase: { __typename: 'MutationAdvancePhaseSuccess', data: { id: project.gid, currentPhase: { key: 'planning' } } } } });
  });
});
