// Project type, queries and mutations, and the project lists of portfolios and people. Resolvers
// stay thin: they decode ids, make one service call and reload the result.
import { z } from 'zod';
import { canGovernProject, canManageProject } from '../../server/auth/access.js';
import { canReadProject } from '../../server/auth/project-access.js';
import { PolicyViolationError } from '../../server/governance/index.js';
import { GateBlockedError } from '../../server/methodology/index.js';
import type { StrategicObjective as Objective } from '../../server/platform/db/generated/prisma/client.js';
import {
  addProjectMember,
  alignProject,
  allowedTransitions,
  authorizeProjectCreation,
  ChangeControlRequiredError,
  createProject,
  InvalidTransitionError,
  removeProjectMember,
  transitionProject,
  updateProject,
} from '../../server/projects/index.js';
import { builder } from '../builder.js';
import { ObjectiveRef } from '../portfolio/index.js';
import { serviceContextOf } from '../shared/context.js';
import { mutationErrors, ErrorInterface } from '../shared/errors.js';
import { idOf, optionalIdOf, rawIdOf } from '../shared/ids.js';
import type { AuthorizeInput } from '../shared/input-guards.js';
import type { RequestContext } from '../../server/platform/context.js';
import { moneyFieldOptions } from '../shared/money.js';
import { registerNodeVisibility } from '../shared/nodes.js';
import { AuditEventConnection } from '../shared/audit.js';
import { countRelated, nodeConnection } from '../shared/connections.js';
import { admitCursorRow, countPerParent, type CursorArgs, filteredPage } from '../shared/pages.js';
import { reloadRow } from '../shared/reload.js';
import { code, description, inputRules, jsonObject, money, name, percent, projectRole, scopePoints } from '../shared/validators.js';
import { HealthEnum, ProjectFilterInput, projectListWhere, projectOrder, ProjectStatusEnum } from './filters.js';

const ProjectRef = builder.prismaNode('Project', {
  id: { field: 'id' },
  // node(id) of a missing record is null, not an error (findUnique, not findUniqueOrThrow).
  nullable: true,
  // Load only the columns the selection needs (not whole rows): lists of projects are the
  // API's hot path.
  select: { id: true },
  // Defence in depth: lists already filter by visibility in SQL.
  authScopes: (project) => ({ readProject: project.id }),
  fields: (t) => ({
    code: t.exposeString('code'),
    name: t.exposeString('name'),
    description: t.exposeString('description'),
    status: t.expose('status', { type: ProjectStatusEnum }),
    health: t.expose('health', { type: HealthEnum }),
    budget: t.expose('budget', { type: 'Decimal', ...moneyFieldOptions }),
    actualCost: t.expose('actualCost', { type: 'Decimal', ...moneyFieldOptions }),
    percentComplete: t.exposeInt('percentComplete'),
    scopePoints: t.exposeInt('scopePoints', { nullable: true }),
    startDate: t.expose('startDate', { type: 'Date', nullable: true }),
    targetEndDate: t.expose('targetEndDate', { type: 'Date', nullable: true }),
    version: t.exposeInt('version', { description: 'Send it back with updates (optimistic concurrency).' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    portfolio: t.relation('portfolio'),
    manager: t.relation('manager', { nullable: true }),
    sponsor: t.relation('sponsor', { nullable: true }),
    members: t.relation('members', { query: { orderBy: { createdAt: 'asc' } } }),
    objectives: t.field({
      type: [ObjectiveRef],
      description: 'The strategic objectives the project contributes to.',
      select: (_args, _ctx, nestedSelection) => ({
        objectives: { orderBy: { score: 'desc' }, select: { objective: nestedSelection(true) } },
      }),
      resolve: (project) =>
        (project as unknown as { objectives: { objective: Objective }[] }).objectives.map((alignment) => alignment.objective),
    }),
    alignments: t.relation('objectives', {
      description: 'Each objective with the strength of the contribution (score 1..5).',
      query: { orderBy: { score: 'desc' } },
    }),
    baseline: t.field({
      description: 'Budget, end date and scope captured at approval; null before approval.',
      type: BaselineRef,
      nullable: true,
      select: { baselineBudget: true, baselineTargetEndDate: true, baselineScopePoints: true, status: true },
      resolve: (p) =>
        p.baselineBudget === null && p.baselineTargetEndDate === null && p.baselineScopePoints === null
          ? null
          : { budget: p.baselineBudget, targetEndDate: p.baselineTargetEndDate, scopePoints: p.baselineScopePoints },
    }),
    allowedTransitions: t.field({
      type: [ProjectStatusEnum],
      description: 'Statuses the project may move to now (whether the viewer may do it aside).',
      select: { status: true },
      resolve: (project) => [...allowedTransitions(project.status)],
    }),
    viewerCanManage: t.boolean({
      description: 'Whether the viewer may change the project (update, transition, team).',
      select: { managerId: true, portfolio: { select: { ownerId: true } } },
      resolve: (project, _args, ctx) => canManageProject(ctx.viewer, project),
    }),
    viewerCanGovern: t.boolean({
      description: 'Whether the viewer may approve, cancel, re-budget or reassign the project.',
      select: { managerId: true, portfolio: { select: { ownerId: true } } },
      resolve: (project, _args, ctx) => canGovernProject(ctx.viewer, project),
    }),
    auditTrail: t.relatedConnection(
      'auditTrail',
      {
        cursor: 'id',
        description: 'Changes to the project, newest first. Hidden from team members.',
        authScopes: { readAudit: true },
        totalCount: true,
        query: { orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] },
      },
      AuditEventConnection,
    ),
  }),
});

// A project the viewer may not read does not exist for them.
registerNodeVisibility('Project', canReadProject);

const ProjectConnection = nodeConnection(ProjectRef, 'Project');

const BaselineRef = builder
  .objectRef<{ budget: unknown; targetEndDate: Date | null; scopePoints: number | null }>('ProjectBaseline')
  .implement({
    description: 'Captured when the project was approved.',
    fields: (t) => ({
      budget: t.field({ type: 'Decimal', ...moneyFieldOptions, resolve: (b) => (b.budget ?? null) as string | null }),
      targetEndDate: t.field({ description: 'The target end date at approval.', type: 'Date', nullable: true, resolve: (b) => b.targetEndDate }),
      scopePoints: t.int({ description: 'The scope at approval.', nullable: true, resolve: (b) => b.scopePoints }),
    }),
  });

builder.prismaNode('ProjectMember', {
  id: { field: 'id' },
  // node(id) of a missing record is null, not an error (findUnique, not findUniqueOrThrow).
  nullable: true,
  select: { id: true, projectId: true },
  authScopes: (member) => ({ readProject: member.projectId }),
  fields: (t) => ({
    projectRole: t.exposeString('projectRole'),
    user: t.relation('user'),
    project: t.relation('project'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

builder.prismaObject('ProjectObjective', {
  description: 'How strongly a project contributes to a strategic objective.',
  name: 'ProjectAlignment',
  fields: (t) => ({
    objective: t.relation('objective', { description: 'The strategic objective.' }),
    score: t.exposeInt('score', { description: '1 (weak) .. 5 (strong) contribution.' }),
  }),
});

builder.objectType(InvalidTransitionError, {
  description: 'The project cannot move to the requested status from its current one; nothing was changed.',
  name: 'InvalidTransitionError',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    from: t.exposeString('from', { description: 'The current status.' }),
    to: t.exposeString('to', { description: 'The status asked for.' }),
    allowed: t.exposeStringList('allowed', { description: 'The statuses the project may move to now.' }),
  }),
});

builder.objectType(ChangeControlRequiredError, {
  description: 'The project is under change control (approved, active or on hold): its budget, target end date and scope change only through an approved change request (createChangeRequest); nothing was changed.',
  name: 'ChangeControlRequiredError',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    fields: t.exposeStringList('fields', { description: 'The change-controlled fields the update would have changed.' }),
  }),
});

builder.queryFields((t) => ({
  projects: t.prismaConnection(
    {
      type: 'Project',
      cursor: 'id',
      description: 'Projects the viewer may read.',
      args: { filter: t.arg({ description: 'Which projects to list.', type: ProjectFilterInput }), orderBy: t.arg({ description: 'Ordering keys, first to last (default: by code).', type: [projectOrder.Input] }) },
      totalCount: (_root, args, ctx) => ctx.prisma.project.count({ where: projectListWhere(ctx.viewer, args.filter) }),
      resolve: (query, _root, args, ctx) =>
        ctx.prisma.project.findMany({
          ...filteredPage(query, projectListWhere(ctx.viewer, args.filter), projectListWhere(ctx.viewer, null)),
          orderBy: projectOrder.orderBy(args.orderBy),
        }),
    },
    ProjectConnection,
  ),
  project: t.prismaField({
    type: 'Project',
    nullable: true,
    description: 'A project by id; null when it does not exist or the viewer may not read it.',
    args: { id: t.arg.globalID({ description: 'The global ID of a project.', required: true }) },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.project.findFirst({ ...query, where: { AND: [{ id: idOf(args.id, 'Project', ['id']) }, projectListWhere(ctx.viewer, null)] } }),
  }),
}));

builder.prismaObjectFields('Portfolio', (t) => ({
  projects: t.relatedConnection(
    'projects',
    {
      cursor: 'id',
      description: 'Projects of the portfolio the viewer may read.',
      args: { filter: t.arg({ type: ProjectFilterInput, description: 'Which rows to list; every condition given must hold.' }), orderBy: t.arg({ type: [projectOrder.Input], description: 'Ordering keys, first to last (the id breaks ties).' }) },
      query: (args, ctx) => ({
        where: admitCursorRow(args as CursorArgs, 'id', projectListWhere(ctx.viewer, args.filter), projectListWhere(ctx.viewer, null)),
        orderBy: projectOrder.orderBy(args.orderBy),
      }),
    },
    ProjectConnection,
  ),
}));

builder.prismaObjectFields('User', (t) => ({
  managedProjects: t.relatedConnection(
    'managedProjects',
    {
      cursor: 'id',
      description: 'Projects the person manages that the viewer may read.',
      args: { filter: t.arg({ type: ProjectFilterInput, description: 'Which rows to list; every condition given must hold.' }), orderBy: t.arg({ type: [projectOrder.Input], description: 'Ordering keys, first to last (the id breaks ties).' }) },
      query: (args, ctx) => ({
        where: admitCursorRow(args as CursorArgs, 'id', projectListWhere(ctx.viewer, args.filter), projectListWhere(ctx.viewer, null)),
        orderBy: projectOrder.orderBy(args.orderBy),
      }),
    },
    ProjectConnection,
  ),
  memberships: t.relation('memberships', {
    description: 'Project memberships, limited to projects the viewer may read.',
    query: (_args, ctx) => ({ where: { project: projectListWhere(ctx.viewer, null) }, orderBy: { createdAt: 'asc' } }),
  }),
}));

// The related lists count with the plain filter (their page's filter also admits the cursor row).
type ProjectListArgs = { filter?: Parameters<typeof projectListWhere>[1] };

countRelated('Portfolio', 'Project', (ctx, portfolioId, args) =>
  countPerParent(ctx, `Portfolio.projects:${JSON.stringify((args as ProjectListArgs).filter ?? null)}`, async (portfolioIds) =>
    (
      await ctx.prisma.project.groupBy({
        by: ['portfolioId'],
        where: { AND: [{ portfolioId: { in: portfolioIds } }, projectListWhere(ctx.viewer, (args as ProjectListArgs).filter)] },
        _count: { _all: true },
      })
    ).map((row) => ({ parentId: row.portfolioId, count: row._count._all })),
  ).load(portfolioId),
);

countRelated('User', 'Project', (ctx, managerId, args) =>
  countPerParent(ctx, `User.managedProjects:${JSON.stringify((args as ProjectListArgs).filter ?? null)}`, async (managerIds) =>
    (
      await ctx.prisma.project.groupBy({
        by: ['managerId'],
        where: { AND: [{ managerId: { in: managerIds } }, projectListWhere(ctx.viewer, (args as ProjectListArgs).filter)] },
        _count: { _all: true },
      })
    ).map((row) => ({ parentId: row.managerId!, count: row._count._all })),
  ).load(managerId),
);

const CreateProjectInput = builder.inputType('CreateProjectInput', {
  description: 'A new project, PROPOSED, in a portfolio.',
  // One object-level rule so that every invalid field is reported (field-level rules stop at
  // the first failing field in @pothos/plugin-validation 4.3).
  validate: inputRules({
    code,
    name,
    description: description.nullish(),
    budget: money.nullish(),
    scopePoints: scopePoints.nullish(),
    methodologyKey: z.string().max(40).nullish(),
    methodologyVersion: z.string().max(64).nullish(),
    fields: jsonObject.nullish(),
  }),
  fields: (t) => ({
    code: t.string({ required: true, description: 'Unique, e.g. "ERP-2027" (A-Z, 0-9, dashes).' }),
    name: t.string({ description: 'Display name.', required: true }),
    description: t.string({ description: 'Free text.' }),
    portfolioId: t.globalID({ description: 'The portfolio the project belongs to.', required: true }),
    managerId: t.globalID({ description: 'Defaults to the viewer when a project manager proposes the project.' }),
    sponsorId: t.globalID({ description: 'The executive sponsor.' }),
    budget: t.field({ description: 'Approved budget (money).', type: 'Decimal' }),
    health: t.field({ description: 'RAG status (default GREEN).', type: HealthEnum }),
    startDate: t.field({ description: 'Planned start date.', type: 'Date' }),
    targetEndDate: t.field({ description: 'Planned end date.', type: 'Date' }),
    scopePoints: t.int({ description: 'Scope size in points (or any unit the PMO uses).' }),
    methodologyKey: t.string({ description: 'The methodology the project runs on (e.g. "waterfall"); omit for none.' }),
    methodologyVersion: t.string({ description: 'A specific version; default: the newest enabled one.' }),
    fields: t.field({ type: 'JSON', description: "Values of the methodology's project fields, by key; the others take their defaults." }),
  }),
});

const UpdateProjectInput = builder.inputType('UpdateProjectInput', {
  description: 'Changes to a project: only the fields given change.',
  // One object-level rule so that every invalid field is reported (field-level rules stop at
  // the first failing field in @pothos/plugin-validation 4.3).
  validate: inputRules({
    name: name.nullish(),
    description: description.nullish(),
    budget: money.nullish(),
    actualCost: money.nullish(),
    percentComplete: percent.nullish(),
    scopePoints: scopePoints.nullish(),
    fields: jsonObject.nullish(),
  }),
  fields: (t) => ({
    id: t.globalID({ description: 'The project.', required: true }),
    version: t.int({ required: true, description: 'The version you read; a stale one gives ConflictError.' }),
    name: t.string({ description: 'Display name.' }),
    description: t.string({ description: 'Free text.' }),
    health: t.field({ description: 'RAG status.', type: HealthEnum }),
    budget: t.field({ description: 'Approved budget (money; the portfolio owner or the PMO).', type: 'Decimal' }),
    actualCost: t.field({ description: 'Cost incurred so far (money).', type: 'Decimal' }),
    startDate: t.field({ description: 'Planned or actual start date.', type: 'Date' }),
    targetEndDate: t.field({ description: 'Planned end date.', type: 'Date' }),
    managerId: t.globalID({ description: 'The new project manager (the portfolio owner or the PMO).' }),
    sponsorId: t.globalID({ description: 'The new sponsor.' }),
    portfolioId: t.globalID({ description: 'Moves the project to this portfolio (the portfolio owner or the PMO).' }),
    percentComplete: t.int({ description: '0..100.' }),
    scopePoints: t.int({ description: 'Scope size.' }),
    fields: t.field({ type: 'JSON', description: 'Project field values to set, by key (null clears one).' }),
  }),
});

const TransitionProjectInput = builder.inputType('TransitionProjectInput', {
  description: 'A status change of a project.',
  fields: (t) => ({
    id: t.globalID({ description: 'The project.', required: true }),
    status: t.field({ description: 'The status to move to (see allowedTransitions).', type: ProjectStatusEnum, required: true }),
    version: t.int({ description: 'When given, the transition only applies to this version.' }),
    reason: t.string({ description: 'Why, up to 2000 characters (kept in the audit trail).', validate: z.string().max(2000) }),
  }),
});

const ProjectMemberInput = builder.inputType('AddProjectMemberInput', {
  description: 'A person to add to a project team.',
  fields: (t) => ({
    projectId: t.globalID({ description: 'The project.', required: true }),
    userId: t.globalID({ description: 'The person.', required: true }),
    projectRole: t.string({ description: 'Their role on this project, e.g. "Business analyst".', required: true, validate: projectRole }),
  }),
});

const RemoveProjectMemberInput = builder.inputType('RemoveProjectMemberInput', {
  description: 'A person to remove from a project team.',
  fields: (t) => ({
    projectId: t.globalID({ description: 'The project.', required: true }),
    userId: t.globalID({ description: 'The person.', required: true }),
  }),
});

const AlignProjectInput = builder.inputType('AlignProjectInput', {
  description: 'How strongly a project contributes to a strategic objective.',
  fields: (t) => ({
    projectId: t.globalID({ description: 'The project.', required: true }),
    objectiveId: t.globalID({ description: 'The strategic objective.', required: true }),
    score: t.int({
      required: true,
      description: '1 (weak) .. 5 (strong); 0 removes the alignment.',
      validate: z.number().int().min(0, 'score must be between 0 and 5').max(5, 'score must be between 0 and 5'),
    }),
  }),
});

const projectIdOf = (id: { typename: string; id: string }, field = 'id') => idOf(id, 'Project', ['input', field]);

/** Who may not create in the portfolio named hears ForbiddenError before what is wrong with the rest of the input. */
const authorizeCreateInput: AuthorizeInput<RequestContext> = async ({ input }, ctx) => {
  const raw = (input ?? {}) as { portfolioId?: unknown; managerId?: unknown };
  const portfolioId = rawIdOf(raw.portfolioId, 'Portfolio');
  if (portfolioId) await authorizeProjectCreation(serviceContextOf(ctx), { portfolioId, managerId: rawIdOf(raw.managerId, 'User') });
};

builder.mutationFields((t) => ({
  createProject: t.prismaField({
    description: 'Proposes a project in a portfolio (its owner, the PMO, or a project manager who will manage it). With a methodology, its phases and deliverables are created and its rules evaluated.',
    type: 'Project',
    args: { input: t.arg({ description: 'The new project.', type: CreateProjectInput, required: true }) },
    errors: mutationErrors(),
    authScopes: { writer: true },
    extensions: { authorizeInput: authorizeCreateInput },
    resolve: async (query, _root, { input }, ctx) =>
      reloadRow(
        ctx.prisma.project,
        query,
        await createProject(serviceContextOf(ctx), {
          ...input,
          portfolioId: idOf(input.portfolioId, 'Portfolio', ['input', 'portfolioId']),
          managerId: optionalIdOf(input.managerId, 'User', ['input', 'managerId']),
          sponsorId: optionalIdOf(input.sponsorId, 'User', ['input', 'sponsorId']),
          fields: input.fields as Record<string, unknown> | null | undefined,
        }),
      ),
  }),
  updateProject: t.prismaField({
    description: 'Changes a project read at `version` (its manager, its portfolio owner or the PMO; budget, manager and portfolio only the portfolio owner or the PMO). Once approved, budget, targetEndDate and scopePoints change only through change requests (ChangeControlRequiredError).',
    type: 'Project',
    args: { input: t.arg({ description: 'The project, its version and the changes.', type: UpdateProjectInput, required: true }) },
    errors: mutationErrors(ChangeControlRequiredError),
    authScopes: { writer: true },
    resolve: async (query, _root, { input }, ctx) =>
      reloadRow(
        ctx.prisma.project,
        query,
        await updateProject(serviceContextOf(ctx), {
          ...input,
          id: projectIdOf(input.id),
          managerId: optionalIdOf(input.managerId, 'User', ['input', 'managerId']),
          sponsorId: optionalIdOf(input.sponsorId, 'User', ['input', 'sponsorId']),
          portfolioId: optionalIdOf(input.portfolioId, 'Portfolio', ['input', 'portfolioId']),
          fields: input.fields as Record<string, unknown> | null | undefined,
        }),
      ),
  }),
  transitionProject: t.prismaField({
    description: 'Moves a project along its life cycle; approval captures the baseline, and leaving a gated phase needs its gate to pass. A failing BLOCKING policy refuses moves to APPROVED, ACTIVE and COMPLETED (PolicyViolationError).',
    type: 'Project',
    args: { input: t.arg({ description: 'The project and the status to move to.', type: TransitionProjectInput, required: true }) },
    errors: mutationErrors(InvalidTransitionError, GateBlockedError, PolicyViolationError),
    authScopes: { writer: true },
    resolve: async (query, _root, { input }, ctx) =>
      reloadRow(ctx.prisma.project, query, await transitionProject(serviceContextOf(ctx), { ...input, id: projectIdOf(input.id) })),
  }),
  addProjectMember: t.prismaField({
    description: 'Adds a person to the project team with a project role.',
    type: 'ProjectMember',
    args: { input: t.arg({ description: 'The project, the person and their role.', type: ProjectMemberInput, required: true }) },
    errors: mutationErrors(),
    authScopes: { writer: true },
    resolve: async (query, _root, { input }, ctx) =>
      reloadRow(
        ctx.prisma.projectMember,
        query,
        await addProjectMember(serviceContextOf(ctx), {
          ...input,
          projectId: projectIdOf(input.projectId, 'projectId'),
          userId: idOf(input.userId, 'User', ['input', 'userId']),
        }),
      ),
  }),
  removeProjectMember: t.prismaField({
    description: 'Removes a person from the project team.',
    type: 'Project',
    args: { input: t.arg({ description: 'The project and the person.', type: RemoveProjectMemberInput, required: true }) },
    errors: mutationErrors(),
    authScopes: { writer: true },
    resolve: async (query, _root, { input }, ctx) =>
      reloadRow(
        ctx.prisma.project,
        query,
        await removeProjectMember(serviceContextOf(ctx), {
          projectId: projectIdOf(input.projectId, 'projectId'),
          userId: idOf(input.userId, 'User', ['input', 'userId']),
        }),
      ),
  }),
  alignProject: t.prismaField({
    description: 'Sets how strongly a project contributes to a strategic objective (0 removes the alignment).',
    type: 'Project',
    args: { input: t.arg({ description: 'The project, the objective and the score.', type: AlignProjectInput, required: true }) },
    errors: mutationErrors(),
    authScopes: { writer: true },
    resolve: async (query, _root, { input }, ctx) =>
      reloadRow(
        ctx.prisma.project,
        query,
        await alignProject(serviceContextOf(ctx), {
          ...input,
          projectId: projectIdOf(input.projectId, 'projectId'),
          objectiveId: idOf(input.objectiveId, 'StrategicObjective', ['input', 'objectiveId']),
        }),
      ),
  }),
}));
