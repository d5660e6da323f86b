// Phase gates and waivers through real GraphQL (issue 3, §6): advancePhase is refused with
// GateBlockedError (each failing rule with its evidence) and changes nothing, then passes once
// the deliverables are approved or the rule is waived; waivers are restricted, listed, audited,
// and stop counting once they expire or are revoked; the project completes after its last phase.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../server/platform/db/generated/prisma/client.js';
import { graphql } from './gql/index.js';
import { backends } from './support/databases.js';
import { startTestServer, type TestServer } from './support/harness.js';
import { twoStage } from './support/methodology-manifests.js';
import {
  AdvancePhase,
  auditActions,
  CHARTER_FIELDS,
  createProject,
  dataOf,
  deliverableOf,
  EMAILS,
  EvaluateCompliance,
  fillSubmitApprove,
  type Ids,
  InstallMethodology,
  loadIds,
  ProjectAudit,
  projectState,
  rawId,
  resultOf,
  RevokeWaiver,
  SubmitDeliverable,
  success,
  TransitionProject,
  UpdateDeliverable,
  UpdateProject,
  WaiveRule,
} from './support/methodology-ops.js';

const AdvancePayload = graphql(`
  mutation GateAdvancePayload($input: AdvancePhaseInput!) {
    advancePhase(input: $input) {
      __typename
      ... on MutationAdvancePhaseSuccess { data { id currentPhase { key } } }
    }
  }
`);

const CHARTER_APPROVED = 'The charter must be approved before leaving Initiation.';
const DAY = 86_400_000;
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();

describe.each(backends())('phase gates and waivers on %s', (backend) => {
  let server: TestServer;
  let prisma: PrismaClient;
  let ids: Ids;

  beforeAll(async () => {
    server = await startTestServer(backend);
    prisma = server.runtime.db.prisma;
    ids = await loadIds(prisma);
    success(dataOf(await server.exec(EMAILS.admin, InstallMethodology, { input: { manifest: twoStage('gated') } })).installMethodology);
  });
  afterAll(() => server?.close());

  const advance = async (projectId: string, version: number, as: string = EMAILS.pm) =>
    dataOf(await server.exec(as, AdvancePhase, { input: { projectId, version } })).advancePhase;
  const waive = async (projectId: string, ruleKey: string, as: string, expiresAt = inDays(30), reason = 'Charter signed on paper at the steering committee') =>
    dataOf(await server.exec(as, WaiveRule, { input: { projectId, ruleKey, reason, expiresAt } })).waiveRule;
  const waterfall = (sponsor = true) =>
    createProject(server, {
      portfolioId: ids.digital, managerId: ids.users.pm, sponsorId: sponsor ? ids.users.exec : undefined, methodologyKey: 'waterfall', budget: '100000.00',
    });
  /** Everything advancePhase could change: the project as the API shows it, its audit trail and stored evaluations. */
  const everything = async (projectId: string) => ({
    state: await projectState(server, EMAILS.pm, projectId),
    audit: await auditActions(server, projectId),
    evaluations: await prisma.ruleEvaluation.count({ where: { projectId: rawId(projectId) } }),
  });

  it('refuses advancePhase with GateBlockedError listing every failing rule with its evidence, and changes nothing', async () => {
    const project = await waterfall(false);
    const before = await everything(project.id);
    expect(await advance(project.id, project.version)).toEqual({
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
    expect(await everything(project.id)).toEqual(before);
  });

  it('passes once the charter is approved: initiation completes, planning starts, and the advance is audited', async () => {
    const project = await waterfall();
    const charter = deliverableOf(await projectState(server, EMAILS.pm, project.id), 'charter');
    await fillSubmitApprove(server, charter, CHARTER_FIELDS, EMAILS.pm, EMAILS.owner);

    const advanced = success(await advance(project.id, project.version));
    expect(advanced).toEqual({
      id: project.id, version: project.version + 1,
      phases: [
        { key: 'initiation', status: 'COMPLETED' }, { key: 'planning', status: 'ACTIVE' }, { key: 'execution', status: 'PENDING' },
        { key: 'monitoring-and-control', status: 'PENDING' }, { key: 'closure', status: 'PENDING' },
      ],
    });
    const state = await projectState(server, EMAILS.pm, project.id);
    expect(state.currentPhase).toEqual({ key: 'planning' });
    const [initiation, planning] = state.phases;
    expect(initiation!.completedAt).not.toBeNull();
    expect(planning!.startedAt).toBe(initiation!.completedAt);
    // Compliance was re-evaluated for the planning phase.
    expect(new Set(state.complianceResults.map((r) => r.phaseKey))).toEqual(new Set(['planning']));
    expect(state.complianceResults.map((r) => r.ruleKey).sort()).toEqual([
      'budget-not-exceeded', 'contingency-reserve-planned', 'pm-plan-approved', 'regulated-traceability', 'regulated-uat', 'requirements-baselined', 'test-plan-approved',
    ]);

    const audit = dataOf(await server.exec(EMAILS.admin, ProjectAudit, { id: project.id })).project!.auditTrail.edges.map((e) => e.node);
    expect(audit[0]).toEqual({
      action: 'project.phase.advanced', entityType: 'Project', actor: { email: EMAILS.pm },
      before: { phase: 'initiation' },
      after: {
        phase: 'planning',
        gate: [{ ruleKey: 'sponsor-assigned', passed: true, waived: false }, { ruleKey: 'charter-approved', passed: true, waived: false }],
      },
    });

    // The next gate checks planning's rules.
    const blocked = await advance(project.id, project.version + 1);
    expect(blocked).toMatchObject({ __typename: 'GateBlockedError', phaseKey: 'planning' });
    expect(blocked.__typename === 'GateBlockedError' && blocked.failingRules.map((r) => [r.ruleKey, r.evidence])).toEqual([
      ['requirements-baselined', { 'deliverables.requirements-specification.status': 'NOT_STARTED' }],
      ['pm-plan-approved', { 'deliverables.project-management-plan.status': 'NOT_STARTED' }],
      ['test-plan-approved', { 'deliverables.test-plan.status': 'NOT_STARTED' }],
    ]);
  });

  it('only the people who manage the project advance it; a stale version gives ConflictError', async () => {
    const project = await waterfall();
    const before = await everything(project.id);
    for (const as of [EMAILS.pm2, EMAILS.otherOwner, EMAILS.exec, EMAILS.member]) {
      const refused = await advance(project.id, project.version, as);
      expect({ as, type: refused.__typename }).toEqual({ as, type: 'ForbiddenError' });
    }
    expect(await advance(project.id, project.version + 1)).toEqual({
      __typename: 'ConflictError', currentVersion: project.version,
      message: `The project was changed by someone else (now at version ${project.version}): reload it and try again`,
    });
    expect(await everything(project.id)).toEqual(before);
  });

  it('a BLOCKER rule in force blocks even if the gate does not name it; a rule the gate names blocks whatever its severity', async () => {
    const project = await createProject(server, { portfolioId: ids.digital, managerId: ids.users.pm, methodologyKey: 'gated', budget: '0.00' });
    expect(await advance(project.id, project.version)).toMatchObject({
      __typename: 'GateBlockedError', phaseKey: 'build',
      failingRules: [
        { ruleKey: 'spec-approved', severity: 'BLOCKER', evidence: { 'deliverables.spec.status': 'NOT_STARTED' } },
        { ruleKey: 'budget-set', severity: 'BLOCKER', evidence: { 'project.budget': 0 } },
      ],
    });
    await fillSubmitApprove(server, deliverableOf(await projectState(server, EMAILS.pm, project.id), 'spec'), { summary: 'API first' }, EMAILS.pm, EMAILS.owner);
    const funded = success(dataOf(await server.exec(EMAILS.owner, UpdateProject, { input: { id: project.id, version: project.version, budget: '12000.00' } })).updateProject);
    success(await advance(project.id, funded.version));
    expect(await advance(project.id, funded.version + 1)).toEqual({
      __typename: 'GateBlockedError', message: 'The close phase gate is blocked by 1 rule(s): report-submitted', phaseKey: 'close',
      failingRules: [{ ruleKey: 'report-submitted', severity: 'ERROR', message: 'Submit the closure report.', evidence: { 'deliverables.report.status': 'NOT_STARTED' } }],
    });
  });

  it("waiveRule: the PMO or the portfolio's owner only; the waived rule no longer blocks; listed and audited", async () => {
    const project = await waterfall();
    for (const as of [EMAILS.pm, EMAILS.pm2, EMAILS.otherOwner, EMAILS.exec, EMAILS.member]) {
      const refused = await waive(project.id, 'charter-approved', as);
      expect({ as, type: refused.__typename }).toEqual({ as, type: 'ForbiddenError' });
    }
    expect((await projectState(server, EMAILS.pm, project.id)).waivers).toEqual([]);

    const expiresAt = inDays(30);
    const waiver = success(await waive(project.id, 'charter-approved', EMAILS.owner, expiresAt));
    expect(waiver).toMatchObject({ ruleKey: 'charter-approved', reason: 'Charter signed on paper at the steering committee', expiresAt, active: true, revokedAt: null });
    const state = await projectState(server, EMAILS.pm, project.id);
    expect(state.waivers).toEqual([waiver]);
    expect(resultOf(state, 'charter-approved')).toMatchObject({ passed: false, waived: true });
    expect(state.compliance).toMatchObject({ failing: 1, blocking: 0, projectsBlocked: 0 });
    expect(state.compliance.bySeverity.find((s) => s.severity === 'BLOCKER')).toEqual({ severity: 'BLOCKER', passed: 1, failed: 0, waived: 1 });

    success(await advance(project.id, project.version));
    const audit = dataOf(await server.exec(EMAILS.admin, ProjectAudit, { id: project.id })).project!.auditTrail.edges.map((e) => e.node);
    expect(audit.map((e) => e.action)).toEqual(['project.phase.advanced', 'project.rule.waived', 'project.created']);
    expect(audit[1]).toMatchObject({ actor: { email: EMAILS.owner }, after: { ruleKey: 'charter-approved', expiresAt, reason: waiver.reason, revokedAt: null } });
    expect(audit[0]!.after).toEqual({
      phase: 'planning',
      gate: [{ ruleKey: 'sponsor-assigned', passed: true, waived: false }, { ruleKey: 'charter-approved', passed: false, waived: true }],
    });

    // The PMO admin may waive too.
    const other = await waterfall();
    expect(success(await waive(other.id, 'charter-approved', EMAILS.admin))).toMatchObject({ active: true });
  });

  it('validates a waiver: a rule of the methodology, a future expiry within a year, a real reason', async () => {
    const project = await waterfall();
    const result = await waive(project.id, 'charter-signed', EMAILS.owner, inDays(-1));
    expect(result).toEqual({
      __typename: 'ValidationError', message: 'Invalid input (2 problems)',
      issues: [
        { path: ['input', 'ruleKey'], message: 'waterfall has no rule "charter-signed"' },
        { path: ['input', 'expiresAt'], message: 'must be in the future' },
      ],
    });
    expect(await waive(project.id, 'charter-approved', EMAILS.owner, inDays(400))).toMatchObject({
      __typename: 'ValidationError', issues: [{ path: ['input', 'expiresAt'], message: 'must be within 366 days' }],
    });
    expect(await waive(project.id, 'charter-approved', EMAILS.owner, inDays(30), 'ok')).toMatchObject({
      __typename: 'ValidationError', issues: [{ path: ['input', 'reason'], message: 'give a reason of at least 10 characters' }],
    });
    expect((await projectState(server, EMAILS.pm, project.id)).waivers).toEqual([]);
  });

  it('an expired waiver no longer unblocks', async () => {
    const project = await waterfall();
    const waiver = success(await waive(project.id, 'charter-approved', EMAILS.owner, inDays(1)));
    // The API only accepts a future expiry and the server reads the real clock, so the waiver is
    // made to expire by moving its expiry into the past directly in the database: what time
    // passing would do, without waiting a day.
    await prisma.ruleWaiver.update({ where: { id: waiver.id }, data: { expiresAt: new Date(Date.now() - 60_000) } });

    expect(await advance(project.id, project.version)).toMatchObject({
      __typename: 'GateBlockedError', phaseKey: 'initiation',
      failingRules: [{ ruleKey: 'charter-approved', evidence: { 'deliverables.charter.status': 'NOT_STARTED' } }],
    });
    const evaluated = success(dataOf(await server.exec(EMAILS.pm, EvaluateCompliance, { input: { projectId: project.id } })).evaluateCompliance);
    expect(evaluated.complianceResults.find((r) => r.ruleKey === 'charter-approved')).toMatchObject({ passed: false, waived: false });
    const state = await projectState(server, EMAILS.pm, project.id);
    expect(state.waivers).toMatchObject([{ id: waiver.id, active: false, revokedAt: null }]);
    expect(state.currentPhase).toEqual({ key: 'initiation' });
  });

  it('a revoked waiver no longer unblocks; revoking is for the same people, once', async () => {
    const project = await waterfall();
    const waiver = success(await waive(project.id, 'charter-approved', EMAILS.owner));
    const revoke = async (as: string) => dataOf(await server.exec(as, RevokeWaiver, { input: { waiverId: waiver.id } })).revokeWaiver;
    expect(await revoke(EMAILS.pm)).toEqual({ __typename: 'ForbiddenError', message: "Only the PMO or the portfolio's owner may revoke a waiver" });
    const revoked = success(await revoke(EMAILS.admin));
    expect(revoked).toMatchObject({ id: waiver.id, ruleKey: 'charter-approved', active: false });
    expect(revoked.revokedAt).not.toBeNull();
    expect(await revoke(EMAILS.owner)).toMatchObject({ __typename: 'ValidationError', issues: [{ path: ['input', 'waiverId'], message: 'The waiver is already revoked' }] });
    expect(await advance(project.id, project.version)).toMatchObject({ __typename: 'GateBlockedError', failingRules: [{ ruleKey: 'charter-approved' }] });
    expect(resultOf(await projectState(server, EMAILS.pm, project.id), 'charter-approved')).toMatchObject({ passed: false, waived: false });
    expect(await auditActions(server, project.id)).toEqual(['project.created', 'project.rule.waived', 'project.rule.waiver-revoked']);
  });

  it('the last phase: the project cannot complete before it; once it is complete, the project can', async () => {
    const project = await createProject(server, { portfolioId: ids.digital, managerId: ids.users.pm, methodologyKey: 'gated', budget: '8000.00' });
    const approved = success(dataOf(await server.exec(EMAILS.owner, TransitionProject, { input: { id: project.id, status: 'APPROVED' } })).transitionProject);
    let version = success(dataOf(await server.exec(EMAILS.pm, TransitionProject, { input: { id: project.id, status: 'ACTIVE', version: approved.version } })).transitionProject).version;
    const complete = async () => dataOf(await server.exec(EMAILS.pm, TransitionProject, { input: { id: project.id, status: 'COMPLETED' } })).transitionProject;

    expect(await complete()).toEqual({
      __typename: 'GateBlockedError', phaseKey: 'build', failingRules: [],
      message: 'The Build phase is not complete: pass its gate with advancePhase before completing the project',
    });
    const state = await projectState(server, EMAILS.pm, project.id);
    await fillSubmitApprove(server, deliverableOf(state, 'spec'), { summary: 'Scope' }, EMAILS.pm, EMAILS.owner);
    version = success(await advance(project.id, version)).version;
    expect(await complete()).toMatchObject({ __typename: 'GateBlockedError', phaseKey: 'close', failingRules: [] });

    const report = deliverableOf(await projectState(server, EMAILS.pm, project.id), 'report');
    const draft = success(dataOf(await server.exec(EMAILS.pm, UpdateDeliverable, { input: { id: report.id, version: report.version, fields: { outcome: 'Delivered' } } })).updateDeliverable);
    success(dataOf(await server.exec(EMAILS.pm, SubmitDeliverable, { input: { id: report.id, version: draft.version } })).submitDeliverable);
    const last = success(await advance(project.id, version));
    expect(last.phases).toEqual([{ key: 'build', status: 'COMPLETED' }, { key: 'close', status: 'COMPLETED' }]);
    expect((await projectState(server, EMAILS.pm, project.id)).currentPhase).toBeNull();
    expect(await advance(project.id, last.version)).toMatchObject({
      __typename: 'ValidationError', issues: [{ path: ['input', 'projectId'], message: 'Every phase is complete: the project can be completed' }],
    });

    expect(success(await complete())).toMatchObject({ status: 'COMPLETED', version: last.version + 1 });
    expect(await advance(project.id, last.version + 1)).toMatchObject({
      __typename: 'ValidationError', issues: [{ path: ['input', 'projectId'], message: 'The project is closed' }],
    });
  });

  // The phase a client most wants to read after advancing; it needs the project's phases, which
  // the use case does not return.
  it('resolves currentPhase in the advancePhase payload', async () => {
    const project = await waterfall();
    await waive(project.id, 'charter-approved', EMAILS.admin);
    const result = await server.exec(EMAILS.pm, AdvancePayload, { input: { projectId: project.id, version: project.version } });
    expect(result).toEqual({ data: { advancePhase: { __typename: 'MutationAdvancePhaseSuccess', data: { id: project.id, currentPhase: { key: 'planning' } } } } });
  });
});
