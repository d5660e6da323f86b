// The write half of the authorisation matrix: each scenario is one mutation on records made for
// it, with the signed-in actors allowed to do it. Every other signed-in actor must get a
// ForbiddenError and anonymous an UNAUTHENTICATED error, with the database unchanged.
import type { ExecutionResult } from 'graphql';
import { expect } from 'vitest';
import { addDays } from '../../server/platform/calendar.js';
import type { PrismaClient } from '../../server/platform/db/generated/prisma/client.js';
import { weekStartOf } from '../../server/resources/lib/capacity.js';
import type { ProjectStatus } from '../../server/platform/db/generated/prisma/enums.js';
import type { UpdateObjectiveInput, UpdateProjectInput } from '../gql/graphql.js';
import { graphql } from '../gql/index.js';
import type { TestServer } from '../support/harness.js';
import { gid, uniqueCode, uniqueName } from '../support/ids.js';
import type { Scenario } from '../support/scenarios/index.js';
import { ACTORS, type Seeded, type SignedIn } from './matrix-actors.js';
import { TRAINING_SCENARIOS, type TrainingMutationField } from './matrix-training.js';

export interface MutationContext {
  server: TestServer;
  prisma: PrismaClient;
  seed: Scenario;
  seeded: Seeded;
}

/**
 * A project in Digital Transformation (owned by portfolio@) managed by pm@, with member@ on the
 * team, aligned to nothing; `in: 'operations'` puts it in Operational Excellence under pm2@.
 * Already in `status` at version 1 with an actual cost (see ProjectScenario.writeDirectly).
 */
function freshProject(ctx: MutationContext, options: { status?: ProjectStatus; in?: 'digital' | 'operations' } = {}) {
  const operations = options.in === 'operations';
  return ctx.seed.projects.writeDirectly({
    portfolio: operations ? ctx.seed.portfolio.operations : ctx.seed.portfolio.digital,
    status: options.status ?? 'ACTIVE',
    code: uniqueCode('AZ'),
    name: 'Authz fixture project',
    budget: '100000.00',
    actualCost: '1000.00',
    manager: operations ? 'otherManager' : 'manager',
    sponsor: 'executive',
    members: [['member', 'Analyst']],
  });
}

/** A portfolio owned by portfolio@, through createPortfolio. */
const freshPortfolio = (ctx: MutationContext) => ctx.seed.portfolio.create({ name: uniqueName('Authz portfolio'), budget: '1000.00' });

/** An objective of Digital Transformation, or organisation-wide with `portfolio: null`, through createObjective. */
const freshObjective = (ctx: MutationContext, portfolio: 'digital' | null) =>
  ctx.seed.portfolio.createObjective({ name: uniqueName('Authz objective'), weight: 10, portfolio: portfolio ? ctx.seed.portfolio.digital : null });

type MutationField =
  | 'createPortfolio' | 'updatePortfolio' | 'createProject' | 'updateProject' | 'transitionProject'
  | 'addProjectMember' | 'removeProjectMember' | 'createObjective' | 'updateObjective' | 'alignProject'
  | 'createUser' | 'updateUser' | 'deactivateUser' | 'createAbsence' | 'updateOrganisationCalendar' | 'createSkill' | 'setUserSkill'
  | 'allocateFromSchedule' | 'createAllocation' | 'confirmAllocation' | 'declineAllocation' | 'createResourceDemand' | 'updateResourceSettings'
  | 'levelResources' | 'createScoringModel' | 'updateScoringModel' | 'scoreProject' | 'addProjectDependency' | 'removeProjectDependency'
  | 'createChangeRequest' | 'updateChangeRequest' | 'submitChangeRequest' | 'approveChangeRequest' | 'rejectChangeRequest'
  | 'withdrawChangeRequest' | 'updateChangeControlSettings' | 'recordDecision'
  | 'createPolicy' | 'updatePolicy' | 'setPolicyEnabled'
  | 'createPortfolioScenario' | 'updatePortfolioScenario' | 'commitScenario'
  | TrainingMutationField;

export interface MutationScenario<Target = unknown> {
  title: string;
  mutation: MutationField;
  /** The signed-in actors who may do it. */
  allowed: readonly SignedIn[];
  /** The audit action an allowed attempt records (several, in order, when it changes several records). */
  audit: string | readonly string[];
  /** Creates the records the mutation acts on. */
  prepare(ctx: MutationContext): Promise<Target>;
  send(ctx: MutationContext, as: string | null, target: Target): Promise<ExecutionResult<unknown>>;
  /** Checks the success payload's `data` and the database after an allowed attempt. */
  effect(ctx: MutationContext, target: Target, data: unknown, actor: SignedIn): Promise<void>;
}

export const successTypename = (mutation: MutationField) => `Mutation${mutation[0]!.toUpperCase()}${mutation.slice(1)}Success`;

const scenario = <Target>(definition: MutationScenario<Target>) => definition as MutationScenario<unknown>;

const CreatePortfolioScenario = graphql(`
  mutation AuthzCreatePortfolioScenario($input: CreatePortfolioScenarioInput!) {
    createPortfolioScenario(input: $input) { __typename ... on Error { message } ... on MutationCreatePortfolioScenarioSuccess { data { id name status version selected { project { code } } } } }
  }
`);
const UpdatePortfolioScenario = graphql(`
  mutation AuthzUpdatePortfolioScenario($input: UpdatePortfolioScenarioInput!) {
    updatePortfolioScenario(input: $input) { __typename ... on Error { message } ... on MutationUpdatePortfolioScenarioSuccess { data { name status version } } }
  }
`);
const CommitScenario = graphql(`
  mutation AuthzCommitScenario($input: CommitScenarioInput!) {
    commitScenario(input: $input) { __typename ... on Error { message } ... on MutationCommitScenarioSuccess { data { status version } } }
  }
`);

/** A portfolio owned by portfolio@ with one PROPOSED project costing 50,000, scored WSJF 1 (written directly: no audit). */
async function freshScenarioPortfolio(ctx: MutationContext) {
  const portfolio = await freshPortfolio(ctx);
  const project = await ctx.seed.projects.writeDirectly({ portfolio, status: 'PROPOSED', code: uniqueCode('AZS'), budget: '50000.00', manager: 'manager' });
  await ctx.prisma.projectScore.createMany({
    data: ['userBusinessValue', 'timeCriticality', 'riskReduction', 'jobSize'].map((criterionKey) => ({
      projectId: project.id, modelKey: 'wsjf', modelVersion: 1, criterionKey, value: criterionKey === 'jobSize' ? 3 : 1, rationale: 'Authz', status: 'ACCEPTED' as const,
    })),
  });
  return { portfolio, project };
}

/** ...and a scenario of it made by the PMO (before the case's snapshot). */
async function freshPortfolioScenario(ctx: MutationContext) {
  const target = await freshScenarioPortfolio(ctx);
  const result = await ctx.server.exec(ACTORS.admin, CreatePortfolioScenario, { input: { portfolioId: target.portfolio.gid, name: 'Authz scenario', parameters: { modelKey: 'wsjf' } } });
  const payload = result.data?.createPortfolioScenario;
  if (payload?.__typename !== 'MutationCreatePortfolioScenarioSuccess') throw new Error(`could not make the scenario: ${JSON.stringify(result)}`);
  return { ...target, scenario: payload.data };
}

const CreatePortfolio = graphql(`
  mutation AuthzCreatePortfolio($input: CreatePortfolioInput!) {
    createPortfolio(input: $input) {
      __typename
      ... on Error { message }
      ... on MutationCreatePortfolioSuccess { data { name budget owner { email } } }
    }
  }
`);
const UpdatePortfolio = graphql(`
  mutation AuthzUpdatePortfolio($input: UpdatePortfolioInput!) {
    updatePortfolio(input: $input) {
      __typename
      ... on Error { message }
      ... on MutationUpdatePortfolioSuccess { data { description budget version owner { email } } }
    }
  }
`);
const CreateProject = graphql(`
  mutation AuthzCreateProject($input: CreateProjectInput!) {
    createProject(input: $input) {
      __typename
      ... on Error { message }
      ... on MutationCreateProjectSuccess { data { code status manager { email } portfolio { name } } }
    }
  }
`);
const UpdateProject = graphql(`
  mutation AuthzUpdateProject($input: UpdateProjectInput!) {
    updateProject(input: $input) {
      __typename
      ... on Error { message }
      ... on MutationUpdateProjectSuccess {
        data { name health budget actualCost version manager { email } portfolio { name } }
      }
    }
  }
`);
const TransitionProject = graphql(`
  mutation AuthzTransitionProject($input: TransitionProjectInput!) {
    transitionProject(input: $input) {
      __typename
      ... on Error { message }
      ... on MutationTransitionProjectSuccess { data { status version } }
    }
  }
`);
const AddProjectMember = graphql(`
  mutation AuthzAddProjectMember($input: AddProjectMemberInput!) {
    addProjectMember(input: $input) {
      __typename
      ... on Error { message }
      ... on MutationAddProjectMemberSuccess { data { projectRole user { email } project { code } } }
    }
  }
`);
const RemoveProjectMember = graphql(`
  mutation AuthzRemoveProjectMember($input: RemoveProjectMemberInput!) {
    removeProjectMember(input: $input) {
      __typename
      ... on Error { message }
      ... on MutationRemoveProjectMemberSuccess { data { code members { user { email } } } }
    }
  }
`);
const AlignProject = graphql(`
  mutation AuthzAlignProject($input: AlignProjectInput!) {
    alignProject(input: $input) {
      __typename
      ... on Error { message }
      ... on MutationAlignProjectSuccess { data { code alignments { score objective { name } } } }
    }
  }
`);
const CreateObjective = graphql(`
  mutation AuthzCreateObjective($input: CreateObjectiveInput!) {
    createObjective(input: $input) {
      __typename
      ... on Error { message }
      ... on MutationCreateObjectiveSuccess { data { name weight portfolio { name } } }
    }
  }
`);
const UpdateObjective = graphql(`
  mutation AuthzUpdateObjective($input: UpdateObjectiveInput!) {
    updateObjective(input: $input) {
      __typename
      ... on Error { message }
      ... on MutationUpdateObjectiveSuccess { data { weight version portfolio { name } } }
    }
  }
`);

const CreateUser = graphql(`
  mutation AuthzCreateUser($input: CreateUserInput!) {
    createUser(input: $input) { __typename ... on Error { message } ... on MutationCreateUserSuccess { data { email role } } }
  }
`);
const UpdateUser = graphql(`
  mutation AuthzUpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) { __typename ... on Error { message } ... on MutationUpdateUserSuccess { data { weeklyCapacityHours version } } }
  }
`);
const DeactivateUser = graphql(`
  mutation AuthzDeactivateUser($input: DeactivateUserInput!) {
    deactivateUser(input: $input) { __typename ... on Error { message } ... on MutationDeactivateUserSuccess { data { active version } } }
  }
`);
const CreateAbsence = graphql(`
  mutation AuthzCreateAbsence($input: CreateAbsenceInput!) {
    createAbsence(input: $input) { __typename ... on Error { message } ... on MutationCreateAbsenceSuccess { data { kind user { email } } } }
  }
`);
const UpdateOrganisationCalendar = graphql(`
  mutation AuthzUpdateOrganisationCalendar($input: UpdateOrganisationCalendarInput!) {
    updateOrganisationCalendar(input: $input) { __typename ... on Error { message } ... on MutationUpdateOrganisationCalendarSuccess { data { holidays } } }
  }
`);

const CreateSkill = graphql(`
  mutation AuthzCreateSkill($input: CreateSkillInput!) {
    createSkill(input: $input) { __typename ... on Error { message } ... on MutationCreateSkillSuccess { data { key } } }
  }
`);
const SetUserSkill = graphql(`
  mutation AuthzSetUserSkill($input: SetUserSkillInput!) {
    setUserSkill(input: $input) { __typename ... on Error { message } ... on MutationSetUserSkillSuccess { data { level source } } }
  }
`);

const CreateAllocation = graphql(`
  mutation AuthzCreateAllocation($input: CreateAllocationInput!) {
    createAllocation(input: $input) { __typename ... on Error { message } ... on MutationCreateAllocationSuccess { data { kind hoursPerWeek user { email } } } }
  }
`);
const AllocateFromSchedule = graphql(`
  mutation AuthzAllocateFromSchedule($input: AllocateFromScheduleInput!) {
    allocateFromSchedule(input: $input) { __typename ... on Error { message } ... on MutationAllocateFromScheduleSuccess { data { allocations { user { email } } } } }
  }
`);
const ConfirmAllocation = graphql(`
  mutation AuthzConfirmAllocation($input: ConfirmAllocationInput!) {
    confirmAllocation(input: $input) { __typename ... on Error { message } ... on MutationConfirmAllocationSuccess { data { kind } } }
  }
`);
const DeclineAllocation = graphql(`
  mutation AuthzDeclineAllocation($input: DeclineAllocationInput!) {
    declineAllocation(input: $input) { __typename ... on Error { message } ... on MutationDeclineAllocationSuccess { data { declined } } }
  }
`);
const CreateResourceDemand = graphql(`
  mutation AuthzCreateResourceDemand($input: CreateResourceDemandInput!) {
    createResourceDemand(input: $input) { __typename ... on Error { message } ... on MutationCreateResourceDemandSuccess { data { projectRole status } } }
  }
`);
const UpdateResourceSettings = graphql(`
  mutation AuthzUpdateResourceSettings($input: UpdateResourceSettingsInput!) {
    updateResourceSettings(input: $input) { __typename ... on Error { message } ... on MutationUpdateResourceSettingsSuccess { data { overallocationTolerance } } }
  }
`);
const LevelResources = graphql(`
  mutation AuthzLevelResources($input: LevelResourcesInput!) {
    levelResources(input: $input) { __typename ... on Error { message } ... on MutationLevelResourcesSuccess { data { applied moves { task { key } shiftDays } } } }
  }
`);
const CreateScoringModel = graphql(`
  mutation AuthzCreateScoringModel($input: CreateScoringModelInput!) {
    createScoringModel(input: $input) { __typename ... on Error { message } ... on MutationCreateScoringModelSuccess { data { version criteria { key } } } }
  }
`);
const UpdateScoringModel = graphql(`
  mutation AuthzUpdateScoringModel($input: UpdateScoringModelInput!) {
    updateScoringModel(input: $input) { __typename ... on Error { message } ... on MutationUpdateScoringModelSuccess { data { version name } } }
  }
`);
const ScoreProject = graphql(`
  mutation AuthzScoreProject($input: ScoreProjectInput!) {
    scoreProject(input: $input) { __typename ... on Error { message } ... on MutationScoreProjectSuccess { data { status scores { criterionKey value } } } }
  }
`);
const AddProjectDependency = graphql(`
  mutation AuthzAddProjectDependency($input: AddProjectDependencyInput!) {
    addProjectDependency(input: $input) { __typename ... on Error { message } ... on MutationAddProjectDependencySuccess { data { reason } } }
  }
`);
const RemoveProjectDependency = graphql(`
  mutation AuthzRemoveProjectDependency($input: RemoveProjectDependencyInput!) {
    removeProjectDependency(input: $input) { __typename ... on Error { message } ... on MutationRemoveProjectDependencySuccess { data { project { needs { id } } } } }
  }
`);
const CreatePolicy = graphql(`
  mutation AuthzCreatePolicy($input: CreatePolicyInput!) {
    createPolicy(input: $input) { __typename ... on Error { message } ... on MutationCreatePolicySuccess { data { key version enabled } } }
  }
`);
const UpdatePolicy = graphql(`
  mutation AuthzUpdatePolicy($input: UpdatePolicyInput!) {
    updatePolicy(input: $input) { __typename ... on Error { message } ... on MutationUpdatePolicySuccess { data { name version } } }
  }
`);
const SetPolicyEnabled = graphql(`
  mutation AuthzSetPolicyEnabled($input: SetPolicyEnabledInput!) {
    setPolicyEnabled(input: $input) { __typename ... on Error { message } ... on MutationSetPolicyEnabledSuccess { data { enabled version } } }
  }
`);
/** A policy whose scope (cancelled projects of 99,999,999 or more) holds no project: ADVISORY, it evaluates and blocks nothing. */
const policyFor = (key: string) => ({
  key, name: 'Authz policy', scope: { portfolioIds: [], statuses: ['CANCELLED' as const], minBudget: '99999999' }, check: { '!!': [{ var: 'project.hasSponsor' }] },
  severity: 'WARNING' as const, message: 'A sponsor is needed.', mode: 'ADVISORY' as const,
});
const writePolicy = (ctx: MutationContext, enabled = true) =>
  ctx.prisma.policy.create({
    data: { key: uniqueCode('authz-policy').toLowerCase(), name: 'Authz policy', statuses: ['CANCELLED'], check: { '!!': [{ var: 'project.hasSponsor' }] }, severity: 'WARNING', message: 'A sponsor is needed.', mode: 'ADVISORY', enabled },
  });

const scoringCriteria = [{ key: 'value', name: 'Value', weight: 1, min: 1, max: 5, direction: 'HIGHER_IS_BETTER' as const, source: 'MANUAL' as const }];

/**
 * A fresh project two weeks ahead with tasks A → C and B beside A, all of a fresh person's, hard
 * booked: 60 hours on 40 in the first week until B moves within its float.
 */
async function overallocatedSchedule(ctx: MutationContext) {
  const project = await freshProject(ctx);
  const monday = weekStartOf(addDays(new Date(), 14));
  const day = (offset: number) => addDays(monday, offset);
  await ctx.prisma.project.update({ where: { id: project.id }, data: { startDate: day(0), targetEndDate: day(27) } });
  const person = await freshPerson(ctx);
  const task = (key: string) => ctx.prisma.task.create({ data: { projectId: project.id, key, wbsOrder: key.padStart(4, '0'), name: `Task ${key}`, durationDays: 5, assigneeId: person.id } });
  const [a, c, b] = [await task('1'), await task('2'), await task('3')];
  await ctx.prisma.taskDependency.create({ data: { projectId: project.id, predecessorId: a.id, successorId: c.id } });
  const booking = (taskId: string, from: number, hoursPerWeek: number) =>
    ({ userId: person.id, projectId: project.id, taskId, from: day(from), to: day(from + 4), hoursPerWeek, kind: 'HARD' as const });
  await ctx.prisma.allocation.createMany({ data: [booking(a.id, 0, 40), booking(b.id, 0, 20), booking(c.id, 7, 20)] });
  return { ...project, movedTaskId: b.id };
}

/** A soft booking of member@ on a fresh project managed by pm@ (written directly: the case is what is under test). */
async function freshSoftBooking(ctx: MutationContext) {
  const project = await freshProject(ctx);
  const booking = await ctx.prisma.allocation.create({
    data: { userId: ctx.seeded.users.member, projectId: project.id, from: new Date('2026-03-02'), to: new Date('2026-03-06'), hoursPerWeek: 10, kind: 'SOFT' },
  });
  return { id: booking.id, gid: gid('Allocation', booking.id) };
}

/** A skill key made for one case (restore deletes the authz- skills). */
const freshSkillKey = () => uniqueCode('authz-skill').toLowerCase();

/** A person made for one case, on no project. */
const freshPerson = async (ctx: MutationContext) => {
  const user = await ctx.seed.people.writeDirectly({ name: 'Authz person', email: `${uniqueCode('authz').toLowerCase()}@pmo.local`, role: 'TEAM_MEMBER' });
  return { id: user.id, gid: gid('User', user.id), version: user.version };
};
/** A day nobody has an absence on yet (a case runs once per allowed actor). */
let absenceDay = 0;

const userGid = (ctx: MutationContext, actor: SignedIn | 'dev') => gid('User', ctx.seeded.users[actor]);
const digitalGid = (ctx: MutationContext) => gid('Portfolio', ctx.seeded.portfolios.digital);
const operationsGid = (ctx: MutationContext) => gid('Portfolio', ctx.seeded.portfolios.operations);

/** A status change on a fresh Digital Transformation project managed by pm@. */
function transition(from: ProjectStatus, to: ProjectStatus, allowed: readonly SignedIn[]) {
  return scenario({
    title: `transitionProject ${from} → ${to}`,
    mutation: 'transitionProject',
    allowed,
    audit: 'project.transitioned',
    prepare: (ctx) => freshProject(ctx, { status: from }),
    send: (ctx, as, project) => ctx.server.exec(as, TransitionProject, { input: { id: project.gid, status: to, version: project.version } }),
    effect: async (ctx, project, data) => {
      expect(data).toEqual({ status: to, version: project.version + 1 });
      expect(await ctx.prisma.project.findUniqueOrThrow({ where: { id: project.id } })).toMatchObject({ status: to, version: 2 });
    },
  });
}

/** A field change on a fresh project (Digital Transformation under pm@ unless `in` says otherwise). */
function updateProject(
  title: string,
  allowed: readonly SignedIn[],
  change: (ctx: MutationContext) => Partial<UpdateProjectInput>,
  expected: Record<string, unknown>,
  options: { in?: 'operations'; status?: ProjectStatus } = {},
) {
  return scenario({
    title: `updateProject ${title}`,
    mutation: 'updateProject',
    allowed,
    audit: 'project.updated',
    prepare: (ctx) => freshProject(ctx, options),
    send: (ctx, as, project) =>
      ctx.server.exec(as, UpdateProject, { input: { id: project.gid, version: project.version, ...change(ctx) } }),
    effect: async (ctx, project, data) => {
      const operations = options.in === 'operations';
      expect(data).toEqual({
        name: 'Authz fixture project',
        health: 'GREEN',
        budget: '100000.00',
        actualCost: '1000.00',
        version: project.version + 1,
        manager: { email: operations ? ACTORS.otherManager : ACTORS.manager },
        portfolio: { name: operations ? 'Operational Excellence' : 'Digital Transformation' },
        ...expected,
      });
      expect((await ctx.prisma.project.findUniqueOrThrow({ where: { id: project.id } })).version).toBe(2);
    },
  });
}

graphql(`
  fragment AuthzChangeRequest on ChangeRequest { status version title budgetDelta raisedBy { email } approvals { role decision } }
`);
const CreateChangeRequest = graphql(`
  mutation AuthzCreateChangeRequest($input: CreateChangeRequestInput!) {
    createChangeRequest(input: $input) { __typename ... on Error { message } ... on MutationCreateChangeRequestSuccess { data { ...AuthzChangeRequest } } }
  }
`);
const UpdateChangeRequest = graphql(`
  mutation AuthzUpdateChangeRequest($input: UpdateChangeRequestInput!) {
    updateChangeRequest(input: $input) { __typename ... on Error { message } ... on MutationUpdateChangeRequestSuccess { data { ...AuthzChangeRequest } } }
  }
`);
const SubmitChangeRequest = graphql(`
  mutation AuthzSubmitChangeRequest($input: ChangeRequestActionInput!) {
    submitChangeRequest(input: $input) { __typename ... on Error { message } ... on MutationSubmitChangeRequestSuccess { data { ...AuthzChangeRequest } } }
  }
`);
const ApproveChangeRequest = graphql(`
  mutation AuthzApproveChangeRequest($input: ChangeRequestActionInput!) {
    approveChangeRequest(input: $input) { __typename ... on Error { message } ... on MutationApproveChangeRequestSuccess { data { ...AuthzChangeRequest project { budget } } } }
  }
`);
const RejectChangeRequest = graphql(`
  mutation AuthzRejectChangeRequest($input: RejectChangeRequestInput!) {
    rejectChangeRequest(input: $input) { __typename ... on Error { message } ... on MutationRejectChangeRequestSuccess { data { ...AuthzChangeRequest } } }
  }
`);
const WithdrawChangeRequest = graphql(`
  mutation AuthzWithdrawChangeRequest($input: ChangeRequestActionInput!) {
    withdrawChangeRequest(input: $input) { __typename ... on Error { message } ... on MutationWithdrawChangeRequestSuccess { data { ...AuthzChangeRequest } } }
  }
`);
const UpdateChangeControlSettings = graphql(`
  mutation AuthzUpdateChangeControlSettings($input: UpdateChangeControlSettingsInput!) {
    updateChangeControlSettings(input: $input) { __typename ... on Error { message } ... on MutationUpdateChangeControlSettingsSuccess { data { pmoApprovalAboveBudgetDelta version } } }
  }
`);
const RecordDecision = graphql(`
  mutation AuthzRecordDecision($input: RecordDecisionInput!) {
    recordDecision(input: $input) { __typename ... on Error { message } ... on MutationRecordDecisionSuccess { data { title project { code } portfolio { name } changeRequests { title } } } }
  }
`);

/** A change request raised by pm@ on a fresh ACTIVE project, written directly in `status`. */
async function freshChangeRequest(ctx: MutationContext, status: 'DRAFT' | 'SUBMITTED', requiresPmoApproval = false) {
  const project = await freshProject(ctx);
  const row = await ctx.prisma.changeRequest.create({
    data: {
      projectId: project.id, kind: 'BUDGET', title: 'Authz change', budgetDelta: requiresPmoApproval ? '60000.00' : '1000.00', status,
      raisedById: ctx.seeded.users.manager, requiresPmoApproval, submittedAt: status === 'SUBMITTED' ? new Date() : null,
    },
  });
  return { project, id: row.id, gid: gid('ChangeRequest', row.id), version: row.version };
}

const CHANGE_REQUEST = { title: 'Authz change', budgetDelta: '1000.00', raisedBy: { email: ACTORS.manager } };

const CHANGE_CONTROL_SCENARIOS = [
  scenario({
    title: 'createChangeRequest on an ACTIVE project',
    mutation: 'createChangeRequest',
    allowed: ['admin', 'owner', 'manager'],
    audit: 'changeRequest.created',
    prepare: (ctx) => freshProject(ctx),
    send: (ctx, as, project) => ctx.server.exec(as, CreateChangeRequest, { input: { projectId: project.gid, kind: 'BUDGET', title: 'Authz change', budgetDelta: '500.00' } }),
    effect: async (ctx, project, data, actor) => {
      expect(data).toEqual({ status: 'DRAFT', version: 1, title: 'Authz change', budgetDelta: '500.00', raisedBy: { email: ACTORS[actor] }, approvals: [] });
      expect(await ctx.prisma.changeRequest.count({ where: { projectId: project.id, budgetDelta: '500.00' } })).toBe(1);
    },
  }),
  scenario({
    title: "updateChangeRequest of pm@'s draft",
    mutation: 'updateChangeRequest',
    allowed: ['manager'],
    audit: 'changeRequest.updated',
    prepare: (ctx) => freshChangeRequest(ctx, 'DRAFT'),
    send: (ctx, as, request) => ctx.server.exec(as, UpdateChangeRequest, { input: { id: request.gid, version: request.version, budgetDelta: '2000.00' } }),
    effect: async (ctx, request, data) => {
      expect(data).toEqual({ ...CHANGE_REQUEST, status: 'DRAFT', version: 2, budgetDelta: '2000.00', approvals: [] });
      expect((await ctx.prisma.changeRequest.findUniqueOrThrow({ where: { id: request.id } })).budgetDelta.toFixed(2)).toBe('2000.00');
    },
  }),
  scenario({
    title: "submitChangeRequest of pm@'s draft",
    mutation: 'submitChangeRequest',
    allowed: ['manager'],
    audit: 'changeRequest.submitted',
    prepare: (ctx) => freshChangeRequest(ctx, 'DRAFT'),
    send: (ctx, as, request) => ctx.server.exec(as, SubmitChangeRequest, { input: { id: request.gid, version: request.version } }),
    effect: async (ctx, request, data) => {
      expect(data).toEqual({ ...CHANGE_REQUEST, status: 'SUBMITTED', version: 2, approvals: [] });
      expect((await ctx.prisma.changeRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe('SUBMITTED');
    },
  }),
  scenario({
    title: "withdrawChangeRequest of pm@'s submitted request",
    mutation: 'withdrawChangeRequest',
    allowed: ['manager'],
    audit: 'changeRequest.withdrawn',
    prepare: (ctx) => freshChangeRequest(ctx, 'SUBMITTED'),
    send: (ctx, as, request) => ctx.server.exec(as, WithdrawChangeRequest, { input: { id: request.gid, version: request.version } }),
    effect: async (ctx, request, data) => {
      expect(data).toEqual({ ...CHANGE_REQUEST, status: 'WITHDRAWN', version: 2, approvals: [] });
      expect((await ctx.prisma.changeRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe('WITHDRAWN');
    },
  }),
  scenario({
    title: 'approveChangeRequest (below the PMO threshold: applies it)',
    mutation: 'approveChangeRequest',
    allowed: ['admin', 'owner'],
    audit: ['changeRequest.approved', 'project.changeApplied', 'decision.recorded'],
    prepare: (ctx) => freshChangeRequest(ctx, 'SUBMITTED'),
    send: (ctx, as, request) => ctx.server.exec(as, ApproveChangeRequest, { input: { id: request.gid, version: request.version } }),
    effect: async (ctx, request, data) => {
      expect(data).toEqual({ ...CHANGE_REQUEST, status: 'APPROVED', version: 2, approvals: [{ role: 'PORTFOLIO_OWNER', decision: 'APPROVED' }], project: { budget: '101000.00' } });
      expect((await ctx.prisma.project.findUniqueOrThrow({ where: { id: request.project.id } })).baselineBudget?.toFixed(2)).toBe('101000.00');
    },
  }),
  scenario({
    title: 'approveChangeRequest (above the PMO threshold: the first of two approvals)',
    mutation: 'approveChangeRequest',
    allowed: ['admin', 'owner'],
    audit: 'changeRequest.approvalGiven',
    prepare: (ctx) => freshChangeRequest(ctx, 'SUBMITTED', true),
    send: (ctx, as, request) => ctx.server.exec(as, ApproveChangeRequest, { input: { id: request.gid, version: request.version } }),
    effect: async (ctx, request, data, actor) => {
      const role = actor === 'admin' ? 'PMO' : 'PORTFOLIO_OWNER';
      expect(data).toEqual({ ...CHANGE_REQUEST, budgetDelta: '60000.00', status: 'SUBMITTED', version: 2, approvals: [{ role, decision: 'APPROVED' }], project: { budget: '100000.00' } });
      expect(await ctx.prisma.changeRequestApproval.count({ where: { changeRequestId: request.id } })).toBe(1);
    },
  }),
  scenario({
    title: 'rejectChangeRequest',
    mutation: 'rejectChangeRequest',
    allowed: ['admin', 'owner'],
    audit: 'changeRequest.rejected',
    prepare: (ctx) => freshChangeRequest(ctx, 'SUBMITTED'),
    send: (ctx, as, request) => ctx.server.exec(as, RejectChangeRequest, { input: { id: request.gid, version: request.version, reason: 'Not now' } }),
    effect: async (ctx, request, data, actor) => {
      expect(data).toEqual({ ...CHANGE_REQUEST, status: 'REJECTED', version: 2, approvals: [{ role: 'PORTFOLIO_OWNER', decision: 'REJECTED' }] });
      expect((await ctx.prisma.project.findUniqueOrThrow({ where: { id: request.project.id } })).budget.toFixed(2)).toBe('100000.00');
    },
  }),
  scenario({
    title: 'updateChangeControlSettings',
    mutation: 'updateChangeControlSettings',
    allowed: ['admin'],
    audit: 'changeControlSettings.updated',
    prepare: async () => null,
    send: (ctx, as) => ctx.server.exec(as, UpdateChangeControlSettings, { input: { version: 0, pmoApprovalAboveBudgetDelta: '75000' } }),
    effect: async (ctx, _target, data) => {
      expect(data).toEqual({ pmoApprovalAboveBudgetDelta: '75000.00', version: 1 });
      expect((await ctx.prisma.changeControlSettings.findUniqueOrThrow({ where: { id: 1 } })).pmoApprovalAboveBudgetDelta.toFixed(2)).toBe('75000.00');
    },
  }),
  scenario({
    title: 'recordDecision on a project, linking its change request',
    mutation: 'recordDecision',
    allowed: ['admin', 'owner', 'manager'],
    audit: 'decision.recorded',
    prepare: (ctx) => freshChangeRequest(ctx, 'DRAFT'),
    send: (ctx, as, request) =>
      ctx.server.exec(as, RecordDecision, { input: { projectId: request.project.gid, title: 'Authz decision', rationale: 'Because', changeRequestIds: [request.gid] } }),
    effect: async (ctx, request, data) => {
      expect(data).toEqual({ title: 'Authz decision', project: { code: request.project.code }, portfolio: null, changeRequests: [{ title: 'Authz change' }] });
      expect(await ctx.prisma.decision.count({ where: { projectId: request.project.id } })).toBe(1);
    },
  }),
  scenario({
    title: 'recordDecision on Digital Transformation',
    mutation: 'recordDecision',
    allowed: ['admin', 'owner'],
    audit: 'decision.recorded',
    prepare: async () => null,
    send: (ctx, as) => ctx.server.exec(as, RecordDecision, { input: { portfolioId: digitalGid(ctx), title: 'Authz decision', rationale: 'Because' } }),
    effect: async (ctx, _target, data) => {
      expect(data).toEqual({ title: 'Authz decision', project: null, portfolio: { name: 'Digital Transformation' }, changeRequests: [] });
      expect(await ctx.prisma.decision.count({ where: { portfolioId: ctx.seeded.portfolios.digital } })).toBe(1);
    },
  }),
];

export const SCENARIOS: MutationScenario[] = [
  scenario({
    title: 'createAllocation (soft)',
    mutation: 'createAllocation',
    allowed: ['admin', 'owner', 'manager'],
    audit: 'allocation.created',
    prepare: (ctx) => freshProject(ctx),
    send: (ctx, as, project) =>
      ctx.server.exec(as, CreateAllocation, { input: { userId: userGid(ctx, 'member'), projectId: project.gid, from: '2026-03-02', to: '2026-03-13', hoursPerWeek: 16 } }),
    effect: async (ctx, project, data) => {
      expect(data).toEqual({ kind: 'SOFT', hoursPerWeek: 16, user: { email: ACTORS.member } });
      expect(await ctx.prisma.allocation.count({ where: { projectId: project.id } })).toBe(1);
    },
  }),
  scenario({
    title: 'createAllocation (hard)',
    mutation: 'createAllocation',
    allowed: ['admin', 'owner'],
    audit: 'allocation.created',
    prepare: (ctx) => freshProject(ctx),
    send: (ctx, as, project) =>
      ctx.server.exec(as, CreateAllocation, { input: { userId: userGid(ctx, 'member'), projectId: project.gid, from: '2026-03-02', to: '2026-03-13', hoursPerWeek: 16, kind: 'HARD' } }),
    effect: async (ctx, project, data) => {
      expect(data).toEqual({ kind: 'HARD', hoursPerWeek: 16, user: { email: ACTORS.member } });
      expect(await ctx.prisma.allocation.count({ where: { projectId: project.id, kind: 'HARD' } })).toBe(1);
    },
  }),
  scenario({
    title: 'allocateFromSchedule',
    mutation: 'allocateFromSchedule',
    allowed: ['admin', 'owner', 'manager'],
    audit: 'allocations.fromSchedule',
    prepare: async (ctx) => {
      const project = await freshProject(ctx);
      await ctx.prisma.project.update({ where: { id: project.id }, data: { startDate: new Date('2026-03-02') } });
      await ctx.prisma.task.create({ data: { projectId: project.id, key: '1', wbsOrder: '0001', name: 'Analysis', durationDays: 5, assigneeId: ctx.seeded.users.member } });
      return project;
    },
    send: (ctx, as, project) => ctx.server.exec(as, AllocateFromSchedule, { input: { projectId: project.gid } }),
    effect: async (ctx, project, data) => {
      expect(data).toEqual({ allocations: [{ user: { email: ACTORS.member } }] });
      expect(await ctx.prisma.allocation.count({ where: { projectId: project.id, fromSchedule: true } })).toBe(1);
    },
  }),
  scenario({
    title: 'levelResources (applied: moves confirmed bookings)',
    mutation: 'levelResources',
    allowed: ['admin', 'owner'],
    audit: 'resources.levelled',
    prepare: overallocatedSchedule,
    send: (ctx, as, project) => ctx.server.exec(as, LevelResources, { input: { projectId: project.gid, dryRun: false } }),
    effect: async (ctx, project, data) => {
      expect(data).toEqual({ applied: true, moves: [{ task: { key: '3' }, shiftDays: 4 }] });
      expect((await ctx.prisma.task.findUniqueOrThrow({ where: { id: project.movedTaskId } })).startNoEarlierThan).not.toBeNull();
    },
  }),
  scenario({
    title: 'createScoringModel',
    mutation: 'createScoringModel',
    allowed: ['admin'],
    audit: 'scoringModel.created',
    prepare: async () => ({ key: uniqueCode('authz-model').toLowerCase() }),
    send: (ctx, as, target) => ctx.server.exec(as, CreateScoringModel, { input: { key: target.key, name: 'Authz model', criteria: scoringCriteria } }),
    effect: async (ctx, target, data) => {
      expect(data).toEqual({ version: 1, criteria: [{ key: 'value' }] });
      expect(await ctx.prisma.scoringModel.count({ where: { key: target.key } })).toBe(1);
    },
  }),
  scenario({
    title: 'updateScoringModel',
    mutation: 'updateScoringModel',
    allowed: ['admin'],
    audit: 'scoringModel.versioned',
    prepare: async (ctx) => {
      const key = uniqueCode('authz-model').toLowerCase();
      await ctx.prisma.scoringModel.create({ data: { key, version: 1, name: 'Authz model', method: 'WEIGHTED', criteria: { create: { ...scoringCriteria[0]!, position: 0 } } } });
      return { key };
    },
    send: (ctx, as, target) => ctx.server.exec(as, UpdateScoringModel, { input: { key: target.key, version: 1, name: 'Authz model v2' } }),
    effect: async (ctx, target, data) => {
      expect(data).toEqual({ version: 2, name: 'Authz model v2' });
      expect(await ctx.prisma.scoringModel.count({ where: { key: target.key } })).toBe(2);
    },
  }),
  scenario({
    title: 'scoreProject (the portfolio owner and the PMO score; the project manager proposes)',
    mutation: 'scoreProject',
    allowed: ['admin', 'owner', 'manager'],
    audit: 'project.scored',
    prepare: (ctx) => freshProject(ctx),
    send: (ctx, as, project) =>
      ctx.server.exec(as, ScoreProject, { input: { projectId: project.gid, modelKey: 'wsjf', scores: [{ criterionKey: 'jobSize', value: 3, rationale: 'Small' }] } }),
    effect: async (ctx, project, data, actor) => {
      const status = actor === 'manager' ? 'PROPOSED' : 'ACCEPTED';
      expect(data).toEqual({ status, scores: [{ criterionKey: 'jobSize', value: 3 }] });
      expect(await ctx.prisma.projectScore.findMany({ where: { projectId: project.id }, select: { status: true } })).toEqual([{ status }]);
    },
  }),
  scenario({
    title: 'addProjectDependency',
    mutation: 'addProjectDependency',
    allowed: ['admin', 'owner'],
    audit: 'projectDependency.added',
    prepare: async (ctx) => ({ dependent: await freshProject(ctx), needed: await freshProject(ctx) }),
    send: (ctx, as, target) => ctx.server.exec(as, AddProjectDependency, { input: { projectId: target.dependent.gid, needsProjectId: target.needed.gid, reason: 'Authz' } }),
    effect: async (ctx, target, data) => {
      expect(data).toEqual({ reason: 'Authz' });
      expect(await ctx.prisma.projectDependency.count({ where: { projectId: target.dependent.id, needsProjectId: target.needed.id } })).toBe(1);
    },
  }),
  scenario({
    title: 'removeProjectDependency',
    mutation: 'removeProjectDependency',
    allowed: ['admin', 'owner'],
    audit: 'projectDependency.removed',
    prepare: async (ctx) => {
      const [dependent, needed] = [await freshProject(ctx), await freshProject(ctx)];
      const row = await ctx.prisma.projectDependency.create({ data: { projectId: dependent.id, needsProjectId: needed.id } });
      return { id: row.id, gid: gid('ProjectDependency', row.id) };
    },
    send: (ctx, as, target) => ctx.server.exec(as, RemoveProjectDependency, { input: { id: target.gid } }),
    effect: async (ctx, target, data) => {
      expect(data).toEqual({ project: { needs: [] } });
      expect(await ctx.prisma.projectDependency.count({ where: { id: target.id } })).toBe(0);
    },
  }),
  scenario({
    title: 'createPortfolioScenario (the portfolio owner and the PMO)',
    mutation: 'createPortfolioScenario',
    allowed: ['admin', 'owner'],
    audit: 'scenario.created',
    prepare: freshScenarioPortfolio,
    send: (ctx, as, target) => ctx.server.exec(as, CreatePortfolioScenario, { input: { portfolioId: target.portfolio.gid, name: 'Authz scenario', parameters: { modelKey: 'wsjf' } } }),
    effect: async (ctx, target, data) => {
      expect(data).toMatchObject({ name: 'Authz scenario', status: 'DRAFT', version: 1, selected: [{ project: { code: target.project.code } }] });
      expect(await ctx.prisma.portfolioScenario.count({ where: { portfolioId: target.portfolio.id } })).toBe(1);
    },
  }),
  scenario({
    title: 'updatePortfolioScenario',
    mutation: 'updatePortfolioScenario',
    allowed: ['admin', 'owner'],
    audit: 'scenario.updated',
    prepare: freshPortfolioScenario,
    send: (ctx, as, target) => ctx.server.exec(as, UpdatePortfolioScenario, { input: { id: target.scenario.id, version: 1, name: 'Authz proposal', status: 'PROPOSED' } }),
    effect: async (ctx, target, data) => {
      expect(data).toEqual({ name: 'Authz proposal', status: 'PROPOSED', version: 2 });
    },
  }),
  scenario({
    title: 'commitScenario (approves the selected proposed project through its transition)',
    mutation: 'commitScenario',
    allowed: ['admin', 'owner'],
    audit: ['scenario.committed', 'project.transitioned', 'decision.recorded'],
    prepare: freshPortfolioScenario,
    send: (ctx, as, target) => ctx.server.exec(as, CommitScenario, { input: { id: target.scenario.id, version: 1 } }),
    effect: async (ctx, target, data) => {
      expect(data).toEqual({ status: 'COMMITTED', version: 2 });
      expect((await ctx.prisma.project.findUniqueOrThrow({ where: { id: target.project.id } })).status).toBe('APPROVED');
    },
  }),
  scenario({
    title: 'confirmAllocation',
    mutation: 'confirmAllocation',
    allowed: ['admin', 'owner'],
    audit: 'allocation.confirmed',
    prepare: freshSoftBooking,
    send: (ctx, as, booking) => ctx.server.exec(as, ConfirmAllocation, { input: { id: booking.gid } }),
    effect: async (ctx, booking, data) => {
      expect(data).toEqual({ kind: 'HARD' });
      expect((await ctx.prisma.allocation.findUniqueOrThrow({ where: { id: booking.id } })).kind).toBe('HARD');
    },
  }),
  scenario({
    title: 'declineAllocation',
    mutation: 'declineAllocation',
    allowed: ['admin', 'owner'],
    audit: 'allocation.declined',
    prepare: freshSoftBooking,
    send: (ctx, as, booking) => ctx.server.exec(as, DeclineAllocation, { input: { id: booking.gid, reason: 'Authz' } }),
    effect: async (ctx, booking, data) => {
      expect(data).toEqual({ declined: true });
      expect((await ctx.prisma.allocation.findUniqueOrThrow({ where: { id: booking.id } })).declinedAt).not.toBeNull();
    },
  }),
  scenario({
    title: 'createResourceDemand',
    mutation: 'createResourceDemand',
    allowed: ['admin', 'owner', 'manager'],
    audit: 'resourceDemand.created',
    prepare: (ctx) => freshProject(ctx),
    send: (ctx, as, project) =>
      ctx.server.exec(as, CreateResourceDemand, { input: { projectId: project.gid, projectRole: 'Business analyst', hoursPerWeek: 20, from: '2026-03-02', to: '2026-03-27' } }),
    effect: async (ctx, project, data) => {
      expect(data).toEqual({ projectRole: 'Business analyst', status: 'OPEN' });
      expect(await ctx.prisma.resourceDemand.count({ where: { projectId: project.id } })).toBe(1);
    },
  }),
  scenario({
    title: 'updateResourceSettings',
    mutation: 'updateResourceSettings',
    allowed: ['admin'],
    audit: 'resourceSettings.updated',
    prepare: async () => undefined,
    send: (ctx, as) => ctx.server.exec(as, UpdateResourceSettings, { input: { version: 0, overallocationTolerance: 0.2 } }),
    effect: async (ctx, _target, data) => {
      expect(data).toEqual({ overallocationTolerance: 0.2 });
      expect(Number((await ctx.prisma.resourceSettings.findUniqueOrThrow({ where: { id: 1 } })).overallocationTolerance)).toBe(0.2);
    },
  }),
  scenario({
    title: 'createSkill',
    mutation: 'createSkill',
    allowed: ['admin'],
    audit: 'skill.created',
    prepare: async () => freshSkillKey(),
    send: (ctx, as, key) => ctx.server.exec(as, CreateSkill, { input: { key, name: 'Authz skill', category: 'TECHNICAL' } }),
    effect: async (ctx, key, data) => {
      expect(data).toEqual({ key });
      expect(await ctx.prisma.skill.count({ where: { key } })).toBe(1);
    },
  }),
  scenario({
    // member@ is on projects of both portfolios (WMS-RFID is in Operational Excellence), all managed by pm@.
    title: "setUserSkill of member@ (the person, the PMO, the person's project and portfolio managers)",
    mutation: 'setUserSkill',
    allowed: ['admin', 'owner', 'otherOwner', 'manager', 'member'],
    audit: 'userSkill.created',
    prepare: async (ctx) => (await ctx.prisma.skill.create({ data: { key: freshSkillKey(), name: 'Authz skill', category: 'TECHNICAL' } })).key,
    send: (ctx, as, skillKey) => ctx.server.exec(as, SetUserSkill, { input: { userId: userGid(ctx, 'member'), skillKey, level: 3 } }),
    effect: async (ctx, skillKey, data, actor) => {
      expect(data).toEqual({ level: 3, source: actor === 'member' ? 'SELF' : 'MANAGER' });
      expect(await ctx.prisma.userSkill.count({ where: { userId: ctx.seeded.users.member, skill: { key: skillKey } } })).toBe(1);
    },
  }),
  scenario({
    title: 'createUser',
    mutation: 'createUser',
    allowed: ['admin'],
    audit: 'user.created',
    prepare: async () => `${uniqueCode('newcomer').toLowerCase()}@pmo.local`,
    send: (ctx, as, email) => ctx.server.exec(as, CreateUser, { input: { name: 'Newcomer', email, role: 'TEAM_MEMBER' } }),
    effect: async (ctx, email, data) => {
      expect(data).toEqual({ email, role: 'TEAM_MEMBER' });
      expect(await ctx.prisma.user.count({ where: { email } })).toBe(1);
    },
  }),
  scenario({
    title: 'updateUser of a person on no project',
    mutation: 'updateUser',
    allowed: ['admin'],
    audit: 'user.updated',
    prepare: freshPerson,
    send: (ctx, as, person) => ctx.server.exec(as, UpdateUser, { input: { id: person.gid, version: person.version, weeklyCapacityHours: 24 } }),
    effect: async (ctx, person, data) => {
      expect(data).toEqual({ weeklyCapacityHours: 24, version: 2 });
      expect((await ctx.prisma.user.findUniqueOrThrow({ where: { id: person.id } })).weeklyCapacityHours).toBe(24);
    },
  }),
  scenario({
    title: 'deactivateUser of a person on no project',
    mutation: 'deactivateUser',
    allowed: ['admin'],
    audit: 'user.deactivated',
    prepare: freshPerson,
    send: (ctx, as, person) => ctx.server.exec(as, DeactivateUser, { input: { id: person.gid, version: person.version } }),
    effect: async (ctx, person, data) => {
      expect(data).toEqual({ active: false, version: 2 });
      expect((await ctx.prisma.user.findUniqueOrThrow({ where: { id: person.id } })).active).toBe(false);
    },
  }),
  scenario({
    title: "createAbsence for member@ (the person, or the PMO)",
    mutation: 'createAbsence',
    allowed: ['admin', 'member'],
    audit: 'absence.created',
    prepare: async () => new Date(Date.UTC(2026, 0, 5 + 7 * absenceDay++)).toISOString().slice(0, 10),
    send: (ctx, as, day) => ctx.server.exec(as, CreateAbsence, { input: { userId: userGid(ctx, 'member'), from: day, to: day, kind: 'VACATION' } }),
    effect: async (ctx, day, data) => {
      expect(data).toEqual({ kind: 'VACATION', user: { email: ACTORS.member } });
      expect(await ctx.prisma.absence.count({ where: { userId: ctx.seeded.users.member, from: new Date(`${day}T00:00:00Z`) } })).toBe(1);
    },
  }),
  scenario({
    title: 'updateOrganisationCalendar',
    mutation: 'updateOrganisationCalendar',
    allowed: ['admin'],
    audit: 'organisationCalendar.updated',
    prepare: async (ctx) => (await ctx.prisma.organisationCalendar.findUnique({ where: { id: 1 } }))?.version ?? 0,
    send: (ctx, as, version) =>
      ctx.server.exec(as, UpdateOrganisationCalendar, { input: { version, workingDays: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'], holidays: ['2026-12-25'] } }),
    effect: async (ctx, _version, data) => {
      expect(data).toEqual({ holidays: ['2026-12-25'] });
      expect((await ctx.prisma.organisationCalendar.findUniqueOrThrow({ where: { id: 1 } })).holidays).toEqual([new Date('2026-12-25T00:00:00Z')]);
    },
  }),
  scenario({
    title: 'createPortfolio',
    mutation: 'createPortfolio',
    allowed: ['admin'],
    audit: 'portfolio.created',
    prepare: async () => uniqueName('Authz new portfolio'),
    send: (ctx, as, name) => ctx.server.exec(as, CreatePortfolio, { input: { name, budget: '250000.00', ownerId: userGid(ctx, 'owner') } }),
    effect: async (ctx, name, data) => {
      expect(data).toEqual({ name, budget: '250000.00', owner: { email: ACTORS.owner } });
      expect((await ctx.prisma.portfolio.findUniqueOrThrow({ where: { name } })).ownerId).toBe(ctx.seeded.users.owner);
    },
  }),
  scenario({
    title: "updatePortfolio description and budget of portfolio@'s portfolio",
    mutation: 'updatePortfolio',
    allowed: ['admin', 'owner'],
    audit: 'portfolio.updated',
    prepare: (ctx) => freshPortfolio(ctx),
    send: (ctx, as, portfolio) =>
      ctx.server.exec(as, UpdatePortfolio, { input: { id: portfolio.gid, version: portfolio.version, description: 'Re-scoped', budget: '2000.00' } }),
    effect: async (ctx, portfolio, data) => {
      expect(data).toEqual({ description: 'Re-scoped', budget: '2000.00', version: 2, owner: { email: ACTORS.owner } });
      const stored = await ctx.prisma.portfolio.findUniqueOrThrow({ where: { id: portfolio.id } });
      expect({ description: stored.description, budget: stored.budget.toFixed(2), version: stored.version }).toEqual({
        description: 'Re-scoped', budget: '2000.00', version: 2,
      });
    },
  }),
  scenario({
    title: "updatePortfolio handing portfolio@'s portfolio to portfolio2@",
    mutation: 'updatePortfolio',
    allowed: ['admin'],
    audit: 'portfolio.updated',
    prepare: (ctx) => freshPortfolio(ctx),
    send: (ctx, as, portfolio) =>
      ctx.server.exec(as, UpdatePortfolio, { input: { id: portfolio.gid, version: portfolio.version, ownerId: userGid(ctx, 'otherOwner') } }),
    effect: async (ctx, portfolio, data) => {
      expect(data).toEqual({ description: '', budget: '1000.00', version: 2, owner: { email: ACTORS.otherOwner } });
      expect((await ctx.prisma.portfolio.findUniqueOrThrow({ where: { id: portfolio.id } })).ownerId).toBe(ctx.seeded.users.otherOwner);
    },
  }),
  scenario({
    title: 'createProject in Digital Transformation managed by pm@',
    mutation: 'createProject',
    allowed: ['admin', 'owner', 'manager'],
    audit: 'project.created',
    prepare: async () => uniqueCode('AZNEW'),
    send: (ctx, as, code) =>
      ctx.server.exec(as, CreateProject, { input: { code, name: 'New', portfolioId: digitalGid(ctx), managerId: userGid(ctx, 'manager') } }),
    effect: async (ctx, code, data) => {
      expect(data).toEqual({ code, status: 'PROPOSED', manager: { email: ACTORS.manager }, portfolio: { name: 'Digital Transformation' } });
      expect((await ctx.prisma.project.findUniqueOrThrow({ where: { code } })).managerId).toBe(ctx.seeded.users.manager);
    },
  }),
  scenario({
    title: 'createProject in Digital Transformation naming no manager',
    mutation: 'createProject',
    // A project manager proposing a project becomes its manager.
    allowed: ['admin', 'owner', 'manager', 'otherManager'],
    audit: 'project.created',
    prepare: async () => uniqueCode('AZNEW'),
    send: (ctx, as, code) => ctx.server.exec(as, CreateProject, { input: { code, name: 'New', portfolioId: digitalGid(ctx) } }),
    effect: async (ctx, code, data, actor) => {
      const manager = actor === 'manager' || actor === 'otherManager' ? actor : null;
      expect(data).toEqual({
        code, status: 'PROPOSED', manager: manager && { email: ACTORS[manager] }, portfolio: { name: 'Digital Transformation' },
      });
      expect((await ctx.prisma.project.findUniqueOrThrow({ where: { code } })).managerId).toBe(manager && ctx.seeded.users[manager]);
    },
  }),
  updateProject('name and health', ['admin', 'owner', 'manager'], () => ({ name: 'Renamed', health: 'RED' }), {
    name: 'Renamed', health: 'RED',
  }),
  // The actual cost is reported by the manager; only the budget is a governance decision.
  updateProject('actualCost', ['admin', 'owner', 'manager'], () => ({ actualCost: '5000.00' }), { actualCost: '5000.00' }),
  updateProject(
    'name of an Operational Excellence project managed by pm2@',
    ['admin', 'otherOwner', 'otherManager'],
    () => ({ name: 'Renamed' }),
    { name: 'Renamed' },
    { in: 'operations' },
  ),
  // (On a PROPOSED project: an approved one changes its budget only through a change request.)
  updateProject('budget (governed)', ['admin', 'owner'], () => ({ budget: '90000.00' }), { budget: '90000.00' }, { status: 'PROPOSED' }),
  updateProject(
    'managerId to pm2@ (governed)',
    ['admin', 'owner'],
    (ctx) => ({ managerId: userGid(ctx, 'otherManager') }),
    { manager: { email: ACTORS.otherManager } },
  ),
  updateProject(
    // The owner of the source portfolio does not manage the target, and vice versa.
    'portfolioId to Operational Excellence (governed)',
    ['admin'],
    (ctx) => ({ portfolioId: operationsGid(ctx) }),
    { portfolio: { name: 'Operational Excellence' } },
  ),
  transition('PROPOSED', 'APPROVED', ['admin', 'owner']),
  transition('ACTIVE', 'CANCELLED', ['admin', 'owner']),
  transition('APPROVED', 'ACTIVE', ['admin', 'owner', 'manager']),
  transition('ACTIVE', 'ON_HOLD', ['admin', 'owner', 'manager']),
  transition('ACTIVE', 'COMPLETED', ['admin', 'owner', 'manager']),
  scenario({
    title: 'addProjectMember',
    mutation: 'addProjectMember',
    allowed: ['admin', 'owner', 'manager'],
    audit: 'project.member.added',
    prepare: (ctx) => freshProject(ctx),
    send: (ctx, as, project) =>
      ctx.server.exec(as, AddProjectMember, { input: { projectId: project.gid, userId: userGid(ctx, 'dev'), projectRole: 'Developer' } }),
    effect: async (ctx, project, data) => {
      expect(data).toEqual({ projectRole: 'Developer', user: { email: 'yuki.tanaka@pmo.local' }, project: { code: project.code } });
      expect(await ctx.prisma.projectMember.count({ where: { projectId: project.id, userId: ctx.seeded.users.dev } })).toBe(1);
    },
  }),
  scenario({
    title: 'removeProjectMember',
    mutation: 'removeProjectMember',
    allowed: ['admin', 'owner', 'manager'],
    audit: 'project.member.removed',
    prepare: (ctx) => freshProject(ctx),
    send: (ctx, as, project) =>
      ctx.server.exec(as, RemoveProjectMember, { input: { projectId: project.gid, userId: userGid(ctx, 'member') } }),
    effect: async (ctx, project, data) => {
      expect(data).toEqual({ code: project.code, members: [] });
      expect(await ctx.prisma.projectMember.count({ where: { projectId: project.id } })).toBe(0);
    },
  }),
  scenario({
    title: 'alignProject to an organisation-wide objective',
    mutation: 'alignProject',
    allowed: ['admin', 'owner', 'manager'],
    audit: 'project.aligned',
    prepare: (ctx) => freshProject(ctx),
    send: (ctx, as, project) =>
      ctx.server.exec(as, AlignProject, {
        input: { projectId: project.gid, objectiveId: gid('StrategicObjective', ctx.seeded.objectives.costReduction), score: 3 },
      }),
    effect: async (ctx, project, data) => {
      expect(data).toEqual({ code: project.code, alignments: [{ score: 3, objective: { name: 'Reduce operating cost by 10%' } }] });
      expect(await ctx.prisma.projectObjective.findMany({ where: { projectId: project.id }, select: { objectiveId: true, score: true } }))
        .toEqual([{ objectiveId: ctx.seeded.objectives.costReduction, score: 3 }]);
    },
  }),
  scenario({
    title: 'createObjective organisation-wide',
    mutation: 'createObjective',
    allowed: ['admin'],
    audit: 'objective.created',
    prepare: async () => uniqueName('Authz new objective'),
    send: (ctx, as, name) => ctx.server.exec(as, CreateObjective, { input: { name, weight: 15 } }),
    effect: async (ctx, name, data) => {
      expect(data).toEqual({ name, weight: 15, portfolio: null });
      expect((await ctx.prisma.strategicObjective.findFirstOrThrow({ where: { name } })).portfolioId).toBeNull();
    },
  }),
  scenario({
    title: 'createObjective in Digital Transformation',
    mutation: 'createObjective',
    allowed: ['admin', 'owner'],
    audit: 'objective.created',
    prepare: async () => uniqueName('Authz new objective'),
    send: (ctx, as, name) => ctx.server.exec(as, CreateObjective, { input: { name, weight: 15, portfolioId: digitalGid(ctx) } }),
    effect: async (ctx, name, data) => {
      expect(data).toEqual({ name, weight: 15, portfolio: { name: 'Digital Transformation' } });
      expect((await ctx.prisma.strategicObjective.findFirstOrThrow({ where: { name } })).portfolioId).toBe(ctx.seeded.portfolios.digital);
    },
  }),
  updateObjective('weight of a Digital Transformation objective', ['admin', 'owner'], 'digital', () => ({ weight: 55 }), {
    weight: 55, portfolio: { name: 'Digital Transformation' },
  }),
  updateObjective('weight of an organisation-wide objective', ['admin'], null, () => ({ weight: 55 }), { weight: 55, portfolio: null }),
  updateObjective('moving a Digital Transformation objective to organisation-wide', ['admin'], 'digital', () => ({ portfolioId: null }), {
    weight: 10, portfolio: null,
  }),
  updateObjective(
    'moving a Digital Transformation objective to Operational Excellence',
    ['admin'],
    'digital',
    (ctx) => ({ portfolioId: operationsGid(ctx) }),
    { weight: 10, portfolio: { name: 'Operational Excellence' } },
  ),
  scenario({
    title: 'createPolicy',
    mutation: 'createPolicy',
    allowed: ['admin'],
    audit: 'policy.created',
    prepare: async () => ({ key: uniqueCode('authz-policy').toLowerCase() }),
    send: (ctx, as, target) => ctx.server.exec(as, CreatePolicy, { input: policyFor(target.key) }),
    effect: async (ctx, target, data) => {
      expect(data).toEqual({ key: target.key, version: 1, enabled: true });
      expect(await ctx.prisma.policy.count({ where: { key: target.key } })).toBe(1);
    },
  }),
  scenario({
    title: 'updatePolicy',
    mutation: 'updatePolicy',
    allowed: ['admin'],
    audit: 'policy.updated',
    prepare: (ctx) => writePolicy(ctx),
    send: (ctx, as, policy) => ctx.server.exec(as, UpdatePolicy, { input: { id: gid('Policy', policy.id), version: policy.version, name: 'Authz policy v2' } }),
    effect: async (ctx, policy, data) => {
      expect(data).toEqual({ name: 'Authz policy v2', version: policy.version + 1 });
      expect(await ctx.prisma.policy.findUniqueOrThrow({ where: { id: policy.id } })).toMatchObject({ name: 'Authz policy v2' });
    },
  }),
  scenario({
    title: 'setPolicyEnabled (disabling)',
    mutation: 'setPolicyEnabled',
    allowed: ['admin'],
    audit: 'policy.disabled',
    prepare: (ctx) => writePolicy(ctx),
    send: (ctx, as, policy) => ctx.server.exec(as, SetPolicyEnabled, { input: { id: gid('Policy', policy.id), enabled: false, version: policy.version } }),
    effect: async (ctx, policy, data) => {
      expect(data).toEqual({ enabled: false, version: policy.version + 1 });
      expect(await ctx.prisma.policy.findUniqueOrThrow({ where: { id: policy.id } })).toMatchObject({ enabled: false });
    },
  }),
  ...TRAINING_SCENARIOS,
  ...CHANGE_CONTROL_SCENARIOS,
];

function updateObjective(
  title: string,
  allowed: readonly SignedIn[],
  portfolio: 'digital' | null,
  change: (ctx: MutationContext) => Partial<UpdateObjectiveInput>,
  expected: Record<string, unknown>,
) {
  return scenario({
    title: `updateObjective ${title}`,
    mutation: 'updateObjective',
    allowed,
    audit: 'objective.updated',
    prepare: (ctx) => freshObjective(ctx, portfolio),
    send: (ctx, as, objective) =>
      ctx.server.exec(as, UpdateObjective, { input: { id: objective.gid, version: objective.version, ...change(ctx) } }),
    effect: async (ctx, objective, data) => {
      expect(data).toEqual({ version: 2, ...expected });
      expect((await ctx.prisma.strategicObjective.findUniqueOrThrow({ where: { id: objective.id } })).version).toBe(2);
    },
  });
}
