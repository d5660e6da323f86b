// The GraphQL skin of change control: change requests (raised, edited, submitted, approved,
// rejected, withdrawn), their approvals and required approvers, the project's list of them, and
// the PMO's change-control settings.
import { z } from 'zod';
import {
  approveChangeRequest,
  centsOf,
  changeControlSettings,
  type ChangeControlSettings,
  ChangeRequestStatusError,
  createChangeRequest,
  rejectChangeRequest,
  requiredRoles,
  rolesOf,
  submitChangeRequest,
  updateChangeControlSettings,
  updateChangeRequest,
  withdrawChangeRequest,
} from '../../server/governance/index.js';
import { ChangeApprovalDecision, ChangeApproverRole, ChangeRequestKind, ChangeRequestStatus } from '../../server/platform/db/generated/prisma/enums.js';
import { requestMemo } from '../../server/platform/loaders.js';
import { builder } from '../builder.js';
import { nodeConnection, countRelated } from '../shared/connections.js';
import { type AppContext, serviceContextOf } from '../shared/context.js';
import { ErrorInterface, mutationErrors } from '../shared/errors.js';
import { idOf } from '../shared/ids.js';
import { moneyFieldOptions } from '../shared/money.js';
import { admitCursorRow, countPerParent, type CursorArgs } from '../shared/pages.js';
import { reloadRow } from '../shared/reload.js';
import { inputRules, money } from '../shared/validators.js';

const ChangeRequestKindEnum = builder.enumType(ChangeRequestKind, {
  name: 'ChangeRequestKind',
  description: 'What a change request changes.',
  values: {
    SCOPE: { description: 'The scope (what is delivered).' },
    SCHEDULE: { description: 'The finish date.' },
    BUDGET: { description: 'The budget.' },
    RESOURCES: { description: 'The people or skills the project needs.' },
    OTHER: { description: 'Anything else.' },
  },
});

export const ChangeRequestStatusEnum = builder.enumType(ChangeRequestStatus, {
  name: 'ChangeRequestStatus',
  description: 'DRAFT → SUBMITTED → APPROVED or REJECTED; DRAFT or SUBMITTED → WITHDRAWN.',
  values: {
    DRAFT: { description: 'Being written by its raiser; not yet asking for approval.' },
    SUBMITTED: { description: 'Waiting for every required approval.' },
    APPROVED: { description: 'Every required approval is in: the change was applied and a new baseline captured.' },
    REJECTED: { description: 'An approver refused it; nothing was changed.' },
    WITHDRAWN: { description: 'Its raiser withdrew it; nothing was changed.' },
  },
});

const ApproverRoleEnum = builder.enumType(ChangeApproverRole, {
  name: 'ChangeApproverRole',
  description: 'The part an approver plays.',
  values: {
    PORTFOLIO_OWNER: { description: "The project's portfolio owner (or the PMO in their place)." },
    PMO: { description: 'The PMO (a PMO_ADMIN), needed when |budgetDelta| is above the change-control threshold.' },
  },
});

const ApprovalDecisionEnum = builder.enumType(ChangeApprovalDecision, {
  name: 'ChangeApprovalDecision',
  description: 'What an approver decided.',
  values: { APPROVED: { description: 'Approved.' }, REJECTED: { description: 'Refused.' } },
});

builder.objectType(ChangeRequestStatusError, {
  name: 'ChangeRequestStatusError',
  interfaces: [ErrorInterface],
  description: 'The change request is in a status that does not allow this (e.g. approving a draft); nothing was changed.',
  fields: (t) => ({
    status: t.exposeString('status', { description: 'The status the request is in.' }),
    allowedFrom: t.exposeStringList('allowedFrom', { description: 'The statuses from which this is allowed.' }),
  }),
});

builder.prismaObject('ChangeRequestApproval', {
  description: "One approver's decision on a change request, for the role they stood for.",
  fields: (t) => ({
    approver: t.relation('approver', { nullable: true, description: 'Who decided (null once their account is gone).' }),
    role: t.expose('role', { type: ApproverRoleEnum, description: 'The role they stood for.' }),
    decision: t.expose('decision', { type: ApprovalDecisionEnum, description: 'What they decided.' }),
    comment: t.exposeString('comment', { description: 'Their comment (the reason of a rejection); empty when none.' }),
    at: t.expose('createdAt', { type: 'DateTime', description: 'When they decided.' }),
  }),
});

interface Approver {
  role: 'PORTFOLIO_OWNER' | 'PMO';
  decision: 'APPROVED' | 'REJECTED' | null;
  at: Date | null;
}

const ApproverRef = builder.objectRef<Approver>('ChangeRequestApprover').implement({
  description: 'An approval a change request needs, and whether it was given.',
  fields: (t) => ({
    role: t.field({ type: ApproverRoleEnum, description: 'Whose approval.', resolve: (approver) => approver.role }),
    decision: t.field({ type: ApprovalDecisionEnum, nullable: true, description: 'What was decided for this role; null while waiting.', resolve: (approver) => approver.decision }),
    at: t.field({ type: 'DateTime', nullable: true, description: 'When; null while waiting.', resolve: (approver) => approver.at }),
  }),
});

/** The settings, read once per request (a draft's approvers follow the current threshold). */
const settingsOfRequest = requestMemo((ctx: AppContext) => changeControlSettings(ctx.prisma));

export const ChangeRequestRef = builder.prismaNode('ChangeRequest', {
  id: { field: 'id' },
  nullable: true,
  select: { id: true, projectId: true },
  description: "A request to change an approved project's budget, finish or scope. Its final approval applies the change and captures a new baseline, in one transaction.",
  authScopes: (request) => ({ readProject: request.projectId }),
  fields: (t) => ({
    project: t.relation('project', { description: 'The project it changes.' }),
    kind: t.expose('kind', { type: ChangeRequestKindEnum, description: 'What it changes.' }),
    title: t.exposeString('title', { description: 'A short name.' }),
    description: t.exposeString('description', { description: 'What and why; empty when none.' }),
    budgetDelta: t.expose('budgetDelta', { type: 'Decimal', ...moneyFieldOptions, description: 'Added to the budget (money; negative reduces it). Hidden (null) from team members.' }),
    finishDeltaDays: t.exposeInt('finishDeltaDays', { description: 'Calendar days added to the target end date (negative brings it forward).' }),
    scopeDelta: t.exposeInt('scopeDelta', { description: 'Points added to the scope (negative removes scope).' }),
    status: t.expose('status', { type: ChangeRequestStatusEnum, description: 'Where it is in its life.' }),
    raisedBy: t.relation('raisedBy', { nullable: true, description: 'Who raised it (null once their account is gone).' }),
    submittedAt: t.expose('submittedAt', { type: 'DateTime', nullable: true, description: 'When it was submitted; null while a draft.' }),
    decidedAt: t.expose('decidedAt', { type: 'DateTime', nullable: true, description: 'When it was approved, rejected or withdrawn; null while open.' }),
    decisionReason: t.exposeString('decisionReason', { description: 'The reason of a rejection or withdrawal, or the final approval comment; empty when none.' }),
    version: t.exposeInt('version', { description: 'Send it back with updates and decisions (optimistic concurrency).' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was raised.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When it last changed.' }),
    approvals: t.relation('approvals', { description: 'The decisions given so far, oldest first.', query: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] } }),
    approvers: t.field({
      type: [ApproverRef],
      description: "The approvals it needs: the portfolio owner's, and the PMO's when |budgetDelta| is above the change-control threshold (fixed at submission; a draft follows the current settings).",
      select: { status: true, requiresPmoApproval: true, budgetDelta: true, approvals: { select: { role: true, decision: true, createdAt: true } } },
      resolve: async (request, _args, ctx) => {
        const roles = request.status === 'DRAFT'
          ? requiredRoles(centsOf(request.budgetDelta), centsOf((await settingsOfRequest(ctx)).pmoApprovalAboveBudgetDelta))
          : rolesOf(request);
        return roles.map((role) => {
          const given = request.approvals.find((approval) => approval.role === role);
          return { role, decision: given?.decision ?? null, at: given?.createdAt ?? null };
        });
      },
    }),
  }),
});

const ChangeRequestConnection = nodeConnection(ChangeRequestRef, 'ChangeRequest');

const ChangeRequestFilterInput = builder.inputType('ChangeRequestFilter', {
  description: 'Which change requests; every condition given must hold.',
  fields: (t) => ({ status: t.field({ type: [ChangeRequestStatusEnum], description: 'Requests in one of these statuses.' }) }),
});

type FilterArg = { status?: ChangeRequestStatus[] | null } | null | undefined;
const changeRequestWhere = (filter: FilterArg) => (filter?.status ? { status: { in: filter.status } } : {});
const NEWEST_FIRST = [{ createdAt: 'desc' as const }, { id: 'desc' as const }];

builder.prismaObjectFields('Project', (t) => ({
  changeRequests: t.relatedConnection(
    'changeRequests',
    {
      cursor: 'id',
      description: 'Change requests of the project, newest first.',
      args: { filter: t.arg({ type: ChangeRequestFilterInput, description: 'Which requests.' }) },
      query: (args) => ({ where: admitCursorRow(args as CursorArgs, 'id', changeRequestWhere(args.filter)), orderBy: NEWEST_FIRST }),
    },
    ChangeRequestConnection,
  ),
}));

// Counted with the plain filter (the page's filter also admits the cursor row).
countRelated('Project', 'ChangeRequest', (ctx, projectId, args) => {
  const where = changeRequestWhere((args as { filter?: FilterArg }).filter);
  return countPerParent(ctx, `Project.changeRequests:${JSON.stringify(where)}`, async (projectIds) =>
    (await ctx.prisma.changeRequest.groupBy({ by: ['projectId'], where: { projectId: { in: projectIds }, ...where }, _count: { _all: true } }))
      .map((row) => ({ parentId: row.projectId, count: row._count._all })),
  ).load(projectId);
});

const title = z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters');
const text = z.string().max(10_000, 'must be at most 10,000 characters');
const days = z.number().int().min(-3650, 'must be within ten years either way').max(3650, 'must be within ten years either way');
const points = z.number().int().min(-1_000_000, 'must be within a million points either way').max(1_000_000, 'must be within a million points either way');
const reason = z.string().trim().min(1, 'a reason is required').max(2000, 'must be at most 2000 characters');

const CreateChangeRequestInput = builder.inputType('CreateChangeRequestInput', {
  description: 'A new change request (a draft) on an approved, active or on-hold project.',
  validate: inputRules({ title, description: text.nullish(), finishDeltaDays: days.nullish(), scopeDelta: points.nullish() }),
  fields: (t) => ({
    projectId: t.globalID({ required: true, description: 'The project to change.' }),
    kind: t.field({ type: ChangeRequestKindEnum, required: true, description: 'What it changes.' }),
    title: t.string({ required: true, description: 'A short name (at most 200 characters).' }),
    description: t.string({ description: 'What and why (at most 10,000 characters).' }),
    budgetDelta: t.field({ type: 'Decimal', description: 'Added to the budget (money; negative reduces it); default 0.' }),
    finishDeltaDays: t.int({ description: 'Calendar days added to the target end date; default 0.' }),
    scopeDelta: t.int({ description: 'Points added to the scope; default 0.' }),
  }),
});

const UpdateChangeRequestInput = builder.inputType('UpdateChangeRequestInput', {
  description: 'Changes to a draft change request (its raiser): only the fields given change.',
  validate: inputRules({ title: title.nullish(), description: text.nullish(), finishDeltaDays: days.nullish(), scopeDelta: points.nullish() }),
  fields: (t) => ({
    id: t.globalID({ required: true, description: 'The change request.' }),
    version: t.int({ required: true, description: 'The version you read; a stale one gives ConflictError.' }),
    kind: t.field({ type: ChangeRequestKindEnum, description: 'What it changes.' }),
    title: t.string({ description: 'A short name.' }),
    description: t.string({ description: 'What and why.' }),
    budgetDelta: t.field({ type: 'Decimal', description: 'Added to the budget (money).' }),
    finishDeltaDays: t.int({ description: 'Calendar days added to the target end date.' }),
    scopeDelta: t.int({ description: 'Points added to the scope.' }),
  }),
});

const ChangeRequestActionInput = builder.inputType('ChangeRequestActionInput', {
  description: 'A change request at the version read, with an optional comment.',
  validate: inputRules({ comment: z.string().max(2000, 'must be at most 2000 characters').nullish() }),
  fields: (t) => ({
    id: t.globalID({ required: true, description: 'The change request.' }),
    version: t.int({ required: true, description: 'The version you read; a stale one gives ConflictError.' }),
    comment: t.string({ description: 'A comment (at most 2000 characters): kept with the approval, or the reason of a withdrawal.' }),
  }),
});

const RejectChangeRequestInput = builder.inputType('RejectChangeRequestInput', {
  description: 'A change request to refuse, and why.',
  validate: inputRules({ reason }),
  fields: (t) => ({
    id: t.globalID({ required: true, description: 'The change request.' }),
    version: t.int({ required: true, description: 'The version you read; a stale one gives ConflictError.' }),
    reason: t.string({ required: true, description: 'Why it is refused (required, at most 2000 characters).' }),
  }),
});

const ChangeControlSettingsRef = builder.objectRef<ChangeControlSettings>('ChangeControlSettings').implement({
  description: "The PMO's change-control settings.",
  fields: (t) => ({
    pmoApprovalAboveBudgetDelta: t.field({
      type: 'Decimal',
      ...moneyFieldOptions,
      description: 'A change request whose |budgetDelta| is above this also needs a PMO approval (money). Hidden (null) from team members.',
      resolve: (settings) => settings.pmoApprovalAboveBudgetDelta,
    }),
    version: t.int({ description: '0 while the defaults apply; send it back with updateChangeControlSettings.', resolve: (settings) => settings.version }),
  }),
});

const UpdateChangeControlSettingsInput = builder.inputType('UpdateChangeControlSettingsInput', {
  description: 'The change-control settings as they should be (PMO_ADMIN).',
  validate: inputRules({ pmoApprovalAboveBudgetDelta: money }),
  fields: (t) => ({
    version: t.int({ required: true, description: 'The version you read (0 for the defaults); a stale one gives ConflictError.' }),
    pmoApprovalAboveBudgetDelta: t.field({ type: 'Decimal', required: true, description: 'The budget-delta threshold above which the PMO approves too (money, not negative).' }),
  }),
});

builder.queryFields((t) => ({
  changeControlSettings: t.field({
    type: ChangeControlSettingsRef,
    description: "The PMO's change-control settings (who approves which change requests).",
    authScopes: { authenticated: true },
    resolve: (_root, _args, ctx) => changeControlSettings(ctx.prisma),
  }),
}));

const requestIdOf = (id: { typename: string; id: string }) => idOf(id, 'ChangeRequest', ['input', 'id']);

builder.mutationFields((t) => ({
  createChangeRequest: t.prismaField({
    type: 'ChangeRequest',
    description: "Raises a change request, as a draft, on an approved, active or on-hold project (its manager, its portfolio owner or the PMO).",
    args: { input: t.arg({ type: CreateChangeRequestInput, required: true, description: 'The project and the change.' }) },
    errors: mutationErrors(),
    authScopes: { writer: true },
    resolve: async (query, _root, { input }, ctx) =>
      reloadRow(ctx.prisma.changeRequest, query, await createChangeRequest(serviceContextOf(ctx), { ...input, projectId: idOf(input.projectId, 'Project', ['input', 'projectId']) })),
  }),
  updateChangeRequest: t.prismaField({
    type: 'ChangeRequest',
    description: 'Changes a draft change request read at `version` (its raiser).',
    args: { input: t.arg({ type: UpdateChangeRequestInput, required: true, description: 'The request, its version and the changes.' }) },
    errors: mutationErrors(ChangeRequestStatusError),
    authScopes: { writer: true },
    resolve: async (query, _root, { input }, ctx) =>
      reloadRow(ctx.prisma.changeRequest, query, await updateChangeRequest(serviceContextOf(ctx), { ...input, id: requestIdOf(input.id) })),
  }),
  submitChangeRequest: t.prismaField({
    type: 'ChangeRequest',
    description: 'Submits a draft change request for approval (its raiser); which approvals it needs is fixed now.',
    args: { input: t.arg({ type: ChangeRequestActionInput, required: true, description: 'The request and its version.' }) },
    errors: mutationErrors(ChangeRequestStatusError),
    authScopes: { writer: true },
    resolve: async (query, _root, { input }, ctx) =>
      reloadRow(ctx.prisma.changeRequest, query, await submitChangeRequest(serviceContextOf(ctx), { id: requestIdOf(input.id), version: input.version })),
  }),
  approveChangeRequest: t.prismaField({
    type: 'ChangeRequest',
    description:
      "Approves a submitted change request (the portfolio owner or the PMO; above the threshold a PMO_ADMIN too, as a second person). The final approval applies the change — budget, target end date, scope, a new baseline — and records a Decision, in one transaction.",
    args: { input: t.arg({ type: ChangeRequestActionInput, required: true, description: 'The request, its version and a comment.' }) },
    errors: mutationErrors(ChangeRequestStatusError),
    authScopes: { writer: true },
    resolve: async (query, _root, { input }, ctx) =>
      reloadRow(ctx.prisma.changeRequest, query, await approveChangeRequest(serviceContextOf(ctx), { ...input, id: requestIdOf(input.id) })),
  }),
  rejectChangeRequest: t.prismaField({
    type: 'ChangeRequest',
    description: 'Refuses a submitted change request, with a reason (the portfolio owner or the PMO); nothing of the project changes.',
    args: { input: t.arg({ type: RejectChangeRequestInput, required: true, description: 'The request, its version and why.' }) },
    errors: mutationErrors(ChangeRequestStatusError),
    authScopes: { writer: true },
    resolve: async (query, _root, { input }, ctx) =>
      reloadRow(ctx.prisma.changeRequest, query, await rejectChangeRequest(serviceContextOf(ctx), { ...input, id: requestIdOf(input.id) })),
  }),
  withdrawChangeRequest: t.prismaField({
    type: 'ChangeRequest',
    description: 'Withdraws a draft or submitted change request (its raiser); nothing of the project changes.',
    args: { input: t.arg({ type: ChangeRequestActionInput, required: true, description: 'The request, its version and why (comment).' }) },
    errors: mutationErrors(ChangeRequestStatusError),
    authScopes: { writer: true },
    resolve: async (query, _root, { input }, ctx) =>
      reloadRow(ctx.prisma.changeRequest, query, await withdrawChangeRequest(serviceContextOf(ctx), { id: requestIdOf(input.id), version: input.version, reason: input.comment })),
  }),
  updateChangeControlSettings: t.field({
    type: ChangeControlSettingsRef,
    description: 'Sets the budget-delta threshold above which change requests also need a PMO approval (PMO_ADMIN); requests already submitted keep their rule.',
    args: { input: t.arg({ type: UpdateChangeControlSettingsInput, required: true, description: 'The version and the threshold.' }) },
    errors: mutationErrors(),
    authScopes: { admin: true },
    resolve: (_root, { input }, ctx) => updateChangeControlSettings(serviceContextOf(ctx), input),
  }),
}));
