// Change control through the real API on both backends: a change request's final approval
// applies budget, finish and scope and captures a new baseline in one transaction; a failure
// inside the apply leaves everything as it was; rejection and withdrawal change nothing; above
// the PMO threshold the portfolio owner alone is not enough; the state machine answers with
// typed errors; approved projects refuse direct edits of those fields; team members never see
// the money.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../../server/platform/db/generated/prisma/client.js';
import { graphql } from '../gql/index.js';
import { backends } from '../support/databases.js';
import type { TestServer } from '../support/harness.js';
import { dbId } from '../support/ids.js';
import { expectType, expectUnchanged, issue, rootField, validationError, withNewAuditEvents, dataOf } from '../support/results.js';
import { PEOPLE, type Person, type ProjectHandle, type Scenario, startScenario, type PortfolioHandle } from '../support/scenarios/index.js';

graphql(`
  fragment ChangeRequestFields on ChangeRequest {
    id version status kind title budgetDelta finishDeltaDays scopeDelta decisionReason
    raisedBy { email }
    approvers { role decision }
    approvals { role decision comment approver { email } }
  }
`);
graphql(`
  fragment ChangeRequestErrors on Error {
    ... on ChangeRequestStatusError { status allowedFrom }
  }
`);
const Create = graphql(`
  mutation ChangeRequestCreate($input: CreateChangeRequestInput!) {
    createChangeRequest(input: $input) { __typename ... on MutationCreateChangeRequestSuccess { data { ...ChangeRequestFields } } ...ErrorFields }
  }
`);
const Update = graphql(`
  mutation ChangeRequestUpdate($input: UpdateChangeRequestInput!) {
    updateChangeRequest(input: $input) { __typename ... on MutationUpdateChangeRequestSuccess { data { ...ChangeRequestFields } } ...ErrorFields ...ChangeRequestErrors }
  }
`);
const Submit = graphql(`
  mutation ChangeRequestSubmit($input: ChangeRequestActionInput!) {
    submitChangeRequest(input: $input) { __typename ... on MutationSubmitChangeRequestSuccess { data { ...ChangeRequestFields } } ...ErrorFields ...ChangeRequestErrors }
  }
`);
const Approve = graphql(`
  mutation ChangeRequestApprove($input: ChangeRequestActionInput!) {
    approveChangeRequest(input: $input) { __typename ... on MutationApproveChangeRequestSuccess { data { ...ChangeRequestFields } } ...ErrorFields ...ChangeRequestErrors }
  }
`);
const Reject = graphql(`
  mutation ChangeRequestReject($input: RejectChangeRequestInput!) {
    rejectChangeRequest(input: $input) { __typename ... on MutationRejectChangeRequestSuccess { data { ...ChangeRequestFields } } ...ErrorFields ...ChangeRequestErrors }
  }
`);
const Withdraw = graphql(`
  mutation ChangeRequestWithdraw($input: ChangeRequestActionInput!) {
    withdrawChangeRequest(input: $input) { __typename ... on MutationWithdrawChangeRequestSuccess { data { ...ChangeRequestFields } } ...ErrorFields ...ChangeRequestErrors }
  }
`);
const Settings = graphql(`
  mutation ChangeControlSettingsUpdate($input: UpdateChangeControlSettingsInput!) {
    updateChangeControlSettings(input: $input) { __typename ... on MutationUpdateChangeControlSettingsSuccess { data { pmoApprovalAboveBudgetDelta version } } ...ErrorFields }
  }
`);
const ReadSettings = graphql(`query ChangeControlSettingsRead { changeControlSettings { pmoApprovalAboveBudgetDelta version } }`);
const EditProject = graphql(`
  mutation ChangeControlEditProject($input: UpdateProjectInput!) {
    updateProject(input: $input) {
      __typename
      ... on MutationUpdateProjectSuccess { data { version budget targetEndDate scopePoints name } }
      ... on ChangeControlRequiredError { fields }
      ...ErrorFields
    }
  }
`);
const ProjectChanges = graphql(`
  query ChangeControlProject($id: ID!, $status: [ChangeRequestStatus!]) {
    node(id: $id) {
      ... on Project {
        version budget targetEndDate scopePoints
        changeRequests(filter: { status: $status }) { totalCount edges { node { title status budgetDelta finishDeltaDays } } }
        decisions { totalCount edges { node { title decidedBy { email } changeRequests { title } } } }
      }
    }
  }
`);

interface Impact { budgetDelta?: string; finishDeltaDays?: number; scopeDelta?: number }
interface Request { id: string; version: number }

describe.each(backends())('change requests on %s', (backend) => {
  let server: TestServer;
  let prisma: PrismaClient;
  let seed: Scenario;
  let portfolio: PortfolioHandle;
  beforeAll(async () => {
    ({ server, prisma, seed } = await startScenario(backend, { label: 'Change control' }));
    portfolio = await seed.portfolio.create();
  });
  afterAll(() => server?.close());

  /** An ACTIVE project managed by pm@ with member@ on it: 100,000 budget, 2026-01-05..2026-06-30, 100 points. */
  const activeProject = (status: 'ACTIVE' | 'PROPOSED' | 'ON_HOLD' | 'APPROVED' = 'ACTIVE') =>
    seed.projects.team(portfolio, ['member'], { status, budget: '100000.00', startDate: '2026-01-05', targetEndDate: '2026-06-30', scopePoints: 100 });

  const create = (project: ProjectHandle, impact: Impact, as: Person = 'manager', title = 'Add the loyalty module') =>
    server.exec(PEOPLE[as], Create, { input: { projectId: project.gid, kind: 'SCOPE', title, description: 'Marketing asked for it', ...impact } }).then(rootField);
  const inputOf = (request: Request, comment?: string) => ({ input: { id: request.id, version: request.version, ...(comment !== undefined && { comment }) } });
  const submit = (request: Request, as: Person = 'manager') => server.exec(PEOPLE[as], Submit, inputOf(request)).then(rootField);
  const approve = (request: Request, as: Person, comment?: string) => server.exec(PEOPLE[as], Approve, inputOf(request, comment)).then(rootField);
  const withdraw = (request: Request, as: Person = 'manager') => server.exec(PEOPLE[as], Withdraw, inputOf(request, 'No longer needed')).then(rootField);
  const reject = (request: Request, as: Person, reason: string) => server.exec(PEOPLE[as], Reject, { input: { id: request.id, version: request.version, reason } }).then(rootField);
  /** A submitted request on `project`. */
  async function submitted(project: ProjectHandle, impact: Impact) {
    const draft = expectType(await create(project, impact), 'MutationCreateChangeRequestSuccess').data;
    return expectType(await submit(draft), 'MutationSubmitChangeRequestSuccess').data;
  }
  const projectRow = (project: ProjectHandle) => prisma.project.findUniqueOrThrow({ where: { id: project.id } });
  const plan = async (project: ProjectHandle) => {
    const row = await projectRow(project);
    return {
      budget: row.budget.toFixed(2), targetEndDate: row.targetEndDate?.toISOString().slice(0, 10), scopePoints: row.scopePoints,
      baselineBudget: row.baselineBudget?.toFixed(2), baselineTargetEndDate: row.baselineTargetEndDate?.toISOString().slice(0, 10), baselineScopePoints: row.baselineScopePoints,
    };
  };
  /** Every table an approval writes: nothing of it may change when a decision fails or refuses. */
  const unchanged = <T>(work: () => Promise<T>) => expectUnchanged(prisma, ['projects', 'auditEvents', 'baselines'], async () => {
    const before = await Promise.all([prisma.changeRequest.findMany({ orderBy: { id: 'asc' } }), prisma.changeRequestApproval.count(), prisma.decision.count()]);
    const result = await work();
    expect(await Promise.all([prisma.changeRequest.findMany({ orderBy: { id: 'asc' } }), prisma.changeRequestApproval.count(), prisma.decision.count()])).toEqual(before);
    return result;
  });

  it("the portfolio owner's approval applies budget, finish and scope, a new baseline and a Decision, in one audited change", async () => {
    const project = await activeProject();
    await seed.schedule.task(project, 'BUILD', { durationDays: 10 });
    const draft = expectType(await create(project, { budgetDelta: '20000.00', finishDeltaDays: 14, scopeDelta: 10 }), 'MutationCreateChangeRequestSuccess').data;
    expect(draft).toMatchObject({
      status: 'DRAFT', kind: 'SCOPE', budgetDelta: '20000.00', finishDeltaDays: 14, scopeDelta: 10, raisedBy: { email: PEOPLE.manager },
      approvers: [{ role: 'PORTFOLIO_OWNER', decision: null }], approvals: [],
    });
    const request = expectType(await submit(draft), 'MutationSubmitChangeRequestSuccess').data;
    expect(request).toMatchObject({ status: 'SUBMITTED', version: 2 });
    const baselinesBefore = await prisma.scheduleBaseline.count({ where: { projectId: project.id } });

    const { result, events } = await withNewAuditEvents(prisma, () => approve(request, 'owner', 'Funded from the marketing reserve'));
    const approved = expectType(result, 'MutationApproveChangeRequestSuccess').data;
    expect(approved).toMatchObject({
      status: 'APPROVED', version: 3, decisionReason: 'Funded from the marketing reserve',
      approvers: [{ role: 'PORTFOLIO_OWNER', decision: 'APPROVED' }],
      approvals: [{ role: 'PORTFOLIO_OWNER', decision: 'APPROVED', comment: 'Funded from the marketing reserve', approver: { email: PEOPLE.owner } }],
    });
    // Calendar days: 2026-06-30 + 14 = 2026-07-14.
    expect(await plan(project)).toEqual({
      budget: '120000.00', targetEndDate: '2026-07-14', scopePoints: 110, baselineBudget: '120000.00', baselineTargetEndDate: '2026-07-14', baselineScopePoints: 110,
    });
    const baselines = await prisma.scheduleBaseline.findMany({ where: { projectId: project.id }, orderBy: { number: 'desc' } });
    expect(baselines.length).toBe(baselinesBefore + 1);
    expect(baselines[0]!.name).toBe('Change request: Add the loyalty module');
    expect((await projectRow(project)).currentBaselineId).toBe(baselines[0]!.id);
    expect(events.map((event) => event.action)).toEqual(['changeRequest.approved', 'project.changeApplied', 'baseline.captured', 'decision.recorded']);
    expect(events[1]).toMatchObject({ before: { budget: '100000', scopePoints: 100 }, after: { budget: '120000.00', scopePoints: 110, changeRequestId: dbId(request.id) } });

    const read = dataOf(await server.exec(PEOPLE.owner, ProjectChanges, { id: project.gid })).node as Record<string, unknown>;
    expect(read).toMatchObject({
      budget: '120000.00', targetEndDate: '2026-07-14', scopePoints: 110,
      changeRequests: { totalCount: 1, edges: [{ node: { title: 'Add the loyalty module', status: 'APPROVED' } }] },
      decisions: { totalCount: 1, edges: [{ node: { title: 'Change request approved: Add the loyalty module', decidedBy: { email: PEOPLE.owner }, changeRequests: [{ title: 'Add the loyalty module' }] } }] },
    });
  });

  it('without tasks, only the project baseline fields are set', async () => {
    const project = await activeProject('ON_HOLD');
    const baselines = await prisma.scheduleBaseline.count({ where: { projectId: project.id } });
    const request = await submitted(project, { budgetDelta: '-30000.00', finishDeltaDays: -30 });
    expectType(await approve(request, 'admin'), 'MutationApproveChangeRequestSuccess');
    expect(await plan(project)).toMatchObject({ budget: '70000.00', targetEndDate: '2026-05-31', scopePoints: 100, baselineBudget: '70000.00', baselineTargetEndDate: '2026-05-31', baselineScopePoints: 100 });
    expect(await prisma.scheduleBaseline.count({ where: { projectId: project.id } })).toBe(baselines);
  });

  it('above the PMO threshold the portfolio owner alone is not enough; with a PMO approval too it applies', async () => {
    const project = await activeProject();
    const request = await submitted(project, { budgetDelta: '60000.00' });
    expect(request.approvers).toEqual([{ role: 'PORTFOLIO_OWNER', decision: null }, { role: 'PMO', decision: null }]);
    const before = await plan(project);
    const half = expectType(await approve(request, 'owner'), 'MutationApproveChangeRequestSuccess').data;
    expect(half).toMatchObject({ status: 'SUBMITTED', version: request.version + 1, approvers: [{ role: 'PORTFOLIO_OWNER', decision: 'APPROVED' }, { role: 'PMO', decision: null }] });
    expect(await plan(project)).toEqual(before);
    // The owner cannot give the second approval, nor can anyone who does not govern the project.
    expect(await unchanged(() => approve(half, 'owner'))).toMatchObject({ __typename: 'ConflictError' });
    for (const who of ['manager', 'otherOwner', 'executive', 'member'] as const) expect(await unchanged(() => approve(half, who))).toMatchObject({ __typename: 'ForbiddenError' });
    const done = expectType(await approve(half, 'admin'), 'MutationApproveChangeRequestSuccess').data;
    expect(done).toMatchObject({ status: 'APPROVED', approvers: [{ role: 'PORTFOLIO_OWNER', decision: 'APPROVED' }, { role: 'PMO', decision: 'APPROVED' }] });
    expect(await plan(project)).toMatchObject({ budget: '160000.00', baselineBudget: '160000.00' });
  });

  it('the threshold is a PMO setting, fixed for a request when it is submitted', async () => {
    expect(dataOf(await server.exec(PEOPLE.owner, ReadSettings, {})).changeControlSettings).toEqual({ pmoApprovalAboveBudgetDelta: '50000.00', version: 0 });
    expect(dataOf(await server.exec(PEOPLE.member, ReadSettings, {})).changeControlSettings).toEqual({ pmoApprovalAboveBudgetDelta: null, version: 0 });
    const project = await activeProject();
    const early = await submitted(project, { budgetDelta: '-70000.00' });
    expect(await server.exec(PEOPLE.owner, Settings, { input: { version: 0, pmoApprovalAboveBudgetDelta: '100000' } }).then(rootField)).toMatchObject({ __typename: 'ForbiddenError' });
    expect(await server.exec(PEOPLE.admin, Settings, { input: { version: 0, pmoApprovalAboveBudgetDelta: '-1' } }).then(rootField)).toEqual(validationError(issue('pmoApprovalAboveBudgetDelta', 'must not be negative')));
    const updated = expectType(await server.exec(PEOPLE.admin, Settings, { input: { version: 0, pmoApprovalAboveBudgetDelta: '100000' } }).then(rootField), 'MutationUpdateChangeControlSettingsSuccess').data;
    expect(updated).toEqual({ pmoApprovalAboveBudgetDelta: '100000.00', version: 1 });
    expect(await server.exec(PEOPLE.admin, Settings, { input: { version: 0, pmoApprovalAboveBudgetDelta: '1' } }).then(rootField)).toMatchObject({ __typename: 'ConflictError', currentVersion: 1 });
    // Submitted under 50,000: still needs the PMO. A new one of the same size does not.
    expect(early.approvers.map((approver) => approver.role)).toEqual(['PORTFOLIO_OWNER', 'PMO']);
    expect(expectType(await approve(early, 'owner'), 'MutationApproveChangeRequestSuccess').data.status).toBe('SUBMITTED');
    const later = await submitted(project, { budgetDelta: '-70000.00' });
    expect(later.approvers.map((approver) => approver.role)).toEqual(['PORTFOLIO_OWNER']);
    await server.exec(PEOPLE.admin, Settings, { input: { version: 1, pmoApprovalAboveBudgetDelta: '50000' } });
  });

  it('a failure inside the apply (a finish that no longer fits the project, a stale version) leaves everything as it was', async () => {
    const project = await activeProject();
    await seed.schedule.task(project, 'BUILD');
    const request = await submitted(project, { budgetDelta: '60000.00', finishDeltaDays: -30, scopeDelta: 5 });
    const half = expectType(await approve(request, 'owner'), 'MutationApproveChangeRequestSuccess').data;
    // Meanwhile the start moves to 2026-06-15: valid for the project, but the request would now end it on 2026-05-31.
    const edited = dataOf(await server.exec(PEOPLE.manager, EditProject, { input: { id: project.gid, version: (await projectRow(project)).version, startDate: '2026-06-15' } })).updateProject;
    expect(edited.__typename).toBe('MutationUpdateProjectSuccess');
    // The final approval writes the approval and the request before it applies: all of it rolls back.
    expect(await unchanged(() => approve(half, 'admin'))).toEqual(validationError({ path: ['input', 'id'], message: 'The target end date would fall before the start date' }));
    expect(await unchanged(() => approve({ ...half, version: half.version - 1 }, 'admin'))).toMatchObject({ __typename: 'ConflictError', currentVersion: half.version });
    expect(await prisma.changeRequestApproval.count({ where: { changeRequestId: dbId(half.id) } })).toBe(1);
  });

  it('rejection (with a reason) and withdrawal change nothing of the project', async () => {
    const project = await activeProject();
    const request = await submitted(project, { budgetDelta: '5000.00', scopeDelta: 3 });
    const before = await plan(project);
    expect(await unchanged(() => reject(request, 'owner', ' '))).toEqual(validationError(issue('reason', 'a reason is required')));
    expect(await unchanged(() => reject(request, 'manager', 'No'))).toMatchObject({ __typename: 'ForbiddenError' });
    const { result, events } = await withNewAuditEvents(prisma, () => reject(request, 'owner', 'Not this year'));
    expect(expectType(result, 'MutationRejectChangeRequestSuccess').data).toMatchObject({
      status: 'REJECTED', decisionReason: 'Not this year', approvals: [{ role: 'PORTFOLIO_OWNER', decision: 'REJECTED', comment: 'Not this year' }],
    });
    expect(events.map((event) => event.action)).toEqual(['changeRequest.rejected']);

    const other = await submitted(project, { finishDeltaDays: 10 });
    expect(await unchanged(() => withdraw(other, 'owner'))).toMatchObject({ __typename: 'ForbiddenError' });
    const withdrawn = expectType(await withdraw(other), 'MutationWithdrawChangeRequestSuccess').data;
    expect(withdrawn).toMatchObject({ status: 'WITHDRAWN', decisionReason: 'No longer needed' });
    const draft = expectType(await create(project, { scopeDelta: 1 }), 'MutationCreateChangeRequestSuccess').data;
    expect(expectType(await withdraw(draft), 'MutationWithdrawChangeRequestSuccess').data.status).toBe('WITHDRAWN');
    expect(await plan(project)).toEqual(before);
    const rejected = dataOf(await server.exec(PEOPLE.owner, ProjectChanges, { id: project.gid, status: ['REJECTED', 'WITHDRAWN'] })).node as { changeRequests: { totalCount: number }; decisions: { totalCount: number } };
    expect(rejected.changeRequests.totalCount).toBe(3);
    expect(rejected.decisions.totalCount).toBe(0);
  });

  it('the state machine answers with typed errors and changes nothing', async () => {
    const project = await activeProject();
    const draft = expectType(await create(project, { scopeDelta: 2 }), 'MutationCreateChangeRequestSuccess').data;
    expect(await unchanged(() => approve(draft, 'owner'))).toMatchObject({ __typename: 'ChangeRequestStatusError', status: 'DRAFT', allowedFrom: ['SUBMITTED'] });
    expect(await unchanged(() => reject(draft, 'owner', 'No'))).toMatchObject({ __typename: 'ChangeRequestStatusError', status: 'DRAFT', allowedFrom: ['SUBMITTED'] });
    const request = expectType(await submit(draft), 'MutationSubmitChangeRequestSuccess').data;
    expect(await unchanged(() => submit(request))).toMatchObject({ __typename: 'ChangeRequestStatusError', status: 'SUBMITTED', allowedFrom: ['DRAFT'] });
    expect(await unchanged(() => server.exec(PEOPLE.manager, Update, { input: { id: request.id, version: request.version, title: 'Other' } }).then(rootField)))
      .toMatchObject({ __typename: 'ChangeRequestStatusError', status: 'SUBMITTED', allowedFrom: ['DRAFT'] });
    const approved = expectType(await approve(request, 'owner'), 'MutationApproveChangeRequestSuccess').data;
    expect(await unchanged(() => withdraw(approved))).toMatchObject({ __typename: 'ChangeRequestStatusError', status: 'APPROVED', allowedFrom: ['DRAFT', 'SUBMITTED'] });
    expect(await unchanged(() => approve(approved, 'admin'))).toMatchObject({ __typename: 'ChangeRequestStatusError', status: 'APPROVED' });
    expect(await unchanged(() => reject(approved, 'admin', 'Too late'))).toMatchObject({ __typename: 'ChangeRequestStatusError', status: 'APPROVED' });
  });

  it('drafts are edited by their raiser at their version; impossible changes and projects outside change control are ValidationErrors', async () => {
    const project = await activeProject();
    const draft = expectType(await create(project, { budgetDelta: '1000.00' }), 'MutationCreateChangeRequestSuccess').data;
    const edit = (input: Record<string, unknown>, as: Person = 'manager') => server.exec(PEOPLE[as], Update, { input: { id: draft.id, version: draft.version, ...input } }).then(rootField);
    expect(await unchanged(() => edit({ title: 'Mine now' }, 'owner'))).toMatchObject({ __typename: 'ForbiddenError' });
    expect(await unchanged(() => edit({ budgetDelta: '-100000.01' }))).toEqual(validationError(issue('budgetDelta', 'The budget would become negative (-0.01)')));
    expect(await unchanged(() => edit({ finishDeltaDays: -200 }))).toEqual(validationError(issue('finishDeltaDays', 'The target end date would fall before the start date')));
    expect(await unchanged(() => edit({ scopeDelta: -101 }))).toEqual(validationError(issue('scopeDelta', 'The scope would become negative (-1)')));
    const edited = expectType(await edit({ title: 'Loyalty module, phase 1', kind: 'BUDGET', budgetDelta: '-100000.00' }), 'MutationUpdateChangeRequestSuccess').data;
    expect(edited).toMatchObject({ title: 'Loyalty module, phase 1', kind: 'BUDGET', budgetDelta: '-100000.00', version: 2 });
    expect(await unchanged(() => edit({ title: 'Stale' }))).toMatchObject({ __typename: 'ConflictError', currentVersion: 2 });

    const proposed = await activeProject('PROPOSED');
    expect(await unchanged(() => create(proposed, { budgetDelta: '1000.00' }))).toEqual(validationError(issue('projectId',
      `${proposed.code} is PROPOSED: only approved, active and on-hold projects are under change control (a proposed project is edited directly)`)));
    for (const who of ['otherManager', 'otherOwner', 'executive', 'member'] as const) expect(await unchanged(() => create(project, { scopeDelta: 1 }, who))).toMatchObject({ __typename: 'ForbiddenError' });
    expect(expectType(await create(project, { scopeDelta: 1 }, 'owner'), 'MutationCreateChangeRequestSuccess').data.raisedBy).toEqual({ email: PEOPLE.owner });
  });

  it('updateProject refuses governed fields of a project under change control with ChangeControlRequiredError; a proposed project is edited freely', async () => {
    const project = await activeProject();
    const version = (await projectRow(project)).version;
    const edit = (input: Record<string, unknown>, as: Person = 'owner') => server.exec(PEOPLE[as], EditProject, { input: { id: project.gid, version, ...input } }).then(rootField);
    expect(await unchanged(() => edit({ budget: '90000.00' }))).toEqual({
      __typename: 'ChangeControlRequiredError', fields: ['budget'],
      message: `budget of ${project.code} is under change control: raise a change request (createChangeRequest) to change it`,
    });
    expect(await unchanged(() => edit({ name: 'Renamed', targetEndDate: '2026-07-31', scopePoints: 90 }, 'admin'))).toMatchObject({
      __typename: 'ChangeControlRequiredError', fields: ['targetEndDate', 'scopePoints'],
      message: `targetEndDate, scopePoints of ${project.code} are under change control: raise a change request (createChangeRequest) to change them`,
    });
    expect(await unchanged(() => edit({ scopePoints: 90 }, 'manager'))).toMatchObject({ __typename: 'ChangeControlRequiredError', fields: ['scopePoints'] });
    // Sending back the values it has is no change.
    expect(expectType(await edit({ name: 'Renamed', budget: '100000', targetEndDate: '2026-06-30', scopePoints: 100 }), 'MutationUpdateProjectSuccess').data)
      .toMatchObject({ name: 'Renamed', budget: '100000.00', targetEndDate: '2026-06-30', scopePoints: 100 });

    const proposed = await activeProject('PROPOSED');
    const changed = dataOf(await server.exec(PEOPLE.owner, EditProject, { input: { id: proposed.gid, version: proposed.version, budget: '90000.00', targetEndDate: '2026-07-31', scopePoints: 90 } })).updateProject;
    expect(expectType(changed, 'MutationUpdateProjectSuccess').data).toMatchObject({ budget: '90000.00', targetEndDate: '2026-07-31', scopePoints: 90 });
  });

  it('team members read the requests of their projects without the money', async () => {
    const project = await activeProject();
    await submitted(project, { budgetDelta: '2500.00', finishDeltaDays: 3 });
    const read = dataOf(await server.exec(PEOPLE.member, ProjectChanges, { id: project.gid })).node as { budget: unknown; changeRequests: unknown };
    expect(read.budget).toBeNull();
    expect(read.changeRequests).toEqual({ totalCount: 1, edges: [{ node: { title: 'Add the loyalty module', status: 'SUBMITTED', budgetDelta: null, finishDeltaDays: 3 } }] });
    // A project they are not on is not theirs to read.
    const hidden = await seed.projects.team(portfolio, [], { status: 'ACTIVE' });
    expect(dataOf(await server.exec(PEOPLE.member, ProjectChanges, { id: hidden.gid })).node).toBeNull();
  });

  it("project.changeRequests sends the same statements for 2 and 12 projects' requests", async () => {
    const Listed = graphql(`
      query ChangeRequestsListed($id: ID!) {
        node(id: $id) { ... on Portfolio { projects(first: 50) { edges { node { code
          changeRequests(first: 5, filter: { status: [DRAFT, SUBMITTED] }) { totalCount edges { node { title budgetDelta raisedBy { email } approvers { role decision } approvals { role approver { email } } } } }
        } } } } }
      }
    `);
    const counted = await seed.portfolio.create();
    const measure = async () => {
      let projects = 0;
      const statements = await server.countStatements(async () => {
        const result = await server.exec(PEOPLE.owner, Listed, { id: counted.gid });
        expect(result.errors).toBeUndefined();
        projects = (result.data!.node as { projects: { edges: unknown[] } }).projects.edges.length;
      });
      return { statements, projects };
    };
    const add = async (n: number) => {
      for (let i = 0; i < n; i++) {
        const project = await seed.projects.team(counted, [], { status: 'ACTIVE', budget: '1000.00' });
        const request = await submitted(project, { budgetDelta: '60000.00' });
        await approve(request, 'owner');
        await create(project, { budgetDelta: '10.00' });
      }
    };
    await add(2);
    const few = await measure();
    await add(10);
    const many = await measure();
    expect([few.projects, many.projects]).toEqual([2, 12]);
    expect(many.statements).toBe(few.statements);
  });
});
