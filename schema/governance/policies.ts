// The GraphQL skin of organisation policies: the Policy node and its list, the PMO's mutations,
// the dry run, and PolicyViolationError (which transitionProject and advancePhase list).
import {
  type BlockedMove,
  createPolicy,
  type CreatePolicyInput as CreatePolicyData,
  dryRunPolicy,
  type PolicyDryRun,
  type PolicyFailure,
  PolicyViolationError,
  setPolicyEnabled,
  updatePolicy,
} from '../../server/governance/index.js';
import { evidenceFor, evidenceError } from '../../server/methodology/index.js';
import { PolicyMode, type ProjectStatus } from '../../server/platform/db/generated/prisma/enums.js';
import { builder } from '../builder.js';
import { RuleSeverityEnum } from '../methodology/index.js';
import { ProjectStatusEnum } from '../projects/index.js';
import { nodeConnection } from '../shared/connections.js';
import { serviceContextOf } from '../shared/context.js';
import { ErrorInterface, mutationErrors } from '../shared/errors.js';
import { idOf } from '../shared/ids.js';
import { moneyFieldOptions } from '../shared/money.js';
import { reloadRow } from '../shared/reload.js';

const PolicyModeEnum = builder.enumType(PolicyMode, {
  name: 'PolicyMode',
  description: 'What a failing policy does.',
  values: {
    ADVISORY: { description: 'Reports the failure in compliance; blocks nothing.' },
    BLOCKING: { description: 'Also refuses the forward moves (to APPROVED, ACTIVE or COMPLETED, and phase advances) until fixed or waived; never ON_HOLD or CANCELLED.' },
  },
});

const PolicyScopeRef = builder
  .objectRef<{ portfolioIds: string[]; statuses: ProjectStatus[]; methodologyKeys: string[]; minBudget: unknown }>('PolicyScope')
  .implement({
    description: 'Which projects a policy applies to: every condition given holds (an empty list is no condition).',
    fields: (t) => ({
      portfolios: t.prismaField({
        type: ['Portfolio'],
        description: 'Only projects of these portfolios (empty: every portfolio).',
        // findUnique calls of one tick are batched by Prisma into one statement: a page of policies
        // reads their portfolios at once, not one query per policy.
        resolve: async (query, scope, _args, ctx) =>
          (await Promise.all(scope.portfolioIds.map((id) => ctx.prisma.portfolio.findUnique({ ...query, where: { id } })))).filter((p) => p !== null),
      }),
      statuses: t.field({ type: [ProjectStatusEnum], description: 'Only projects in these statuses (empty: every status).', resolve: (scope) => scope.statuses }),
      methodologyKeys: t.stringList({ description: 'Only projects run on these methodologies (empty: every project, with a methodology or not).', resolve: (scope) => scope.methodologyKeys }),
      minBudget: t.field({
        type: 'Decimal',
        ...moneyFieldOptions,
        description: 'Only projects whose budget is at least this (null: any budget). Hidden (null) from team members.',
        resolve: (scope) => (scope.minBudget ?? null) as string | null,
      }),
    }),
  });

const PolicyRef = builder.prismaNode('Policy', {
  id: { field: 'id' },
  nullable: true,
  description:
    'An organisation policy: a JSON-Logic check over the facts every project has, applied to the projects in its scope across methodologies. ' +
    'Readable by everyone but team members (managers see what may block them; scopes and checks carry money).',
  authScopes: { seeMoney: true },
  fields: (t) => ({
    key: t.exposeString('key', { description: 'Unique, lower-case kebab-case; its results and waivers use the rule key "policy:<key>".' }),
    name: t.exposeString('name', { description: 'Its name.' }),
    description: t.exposeString('description', { description: 'Free text; empty when none.' }),
    scope: t.field({
      type: PolicyScopeRef,
      description: 'Which projects it applies to.',
      select: { portfolioIds: true, statuses: true, methodologyKeys: true, minBudget: true },
      resolve: (p) => ({ portfolioIds: p.portfolioIds, statuses: p.statuses, methodologyKeys: p.methodologyKeys, minBudget: p.minBudget?.toString() ?? null }),
    }),
    check: t.expose('check', { type: 'JSON', description: 'The JSON-Logic check; the policy holds for a project when it is truthy.' }),
    severity: t.expose('severity', { type: RuleSeverityEnum, description: 'How serious a failure is (counted in compliance by severity).' }),
    message: t.exposeString('message', { description: 'What must be true, for people.' }),
    mode: t.expose('mode', { type: PolicyModeEnum, description: 'ADVISORY or BLOCKING.' }),
    enabled: t.exposeBoolean('enabled', { description: 'Whether it is in force (setPolicyEnabled).' }),
    version: t.exposeInt('version', { description: 'Send it back with updatePolicy; every change increments it (history in the audit log).' }),
    createdBy: t.relation('createdBy', { nullable: true, description: 'Who created it.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was created.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When it last changed.' }),
  }),
});

const PolicyConnection = nodeConnection(PolicyRef, 'Policy');

const PolicyScopeInput = builder.inputType('PolicyScopeInput', {
  description: 'Which projects a policy applies to; leave a list out (or empty) for no condition.',
  fields: (t) => ({
    portfolioIds: t.globalIDList({ description: 'Only projects of these portfolios.' }),
    statuses: t.field({ type: [ProjectStatusEnum], description: 'Only projects in these statuses.' }),
    methodologyKeys: t.stringList({ description: 'Only projects run on these methodologies (installed keys).' }),
    minBudget: t.field({ type: 'Decimal', description: 'Only projects whose budget is at least this (money, not negative).' }),
  }),
});

const CreatePolicyInput = builder.inputType('CreatePolicyInput', {
  description: 'A new organisation policy (PMO_ADMIN); also what dryRunPolicy evaluates.',
  fields: (t) => ({
    key: t.string({ required: true, description: 'Unique, lower-case kebab-case (a-z, 0-9, "-"), at most 64 characters.' }),
    name: t.string({ required: true, description: 'Its name (1 to 200 characters).' }),
    description: t.string({ description: 'Free text (at most 4,000 characters).' }),
    scope: t.field({ type: PolicyScopeInput, description: 'Which projects it applies to; omit for every project.' }),
    check: t.field({ type: 'JSON', required: true, description: 'JSON-Logic over the facts every project has (the methodology engine’s allow-list and work bound).' }),
    severity: t.field({ type: RuleSeverityEnum, required: true, description: 'How serious a failure is.' }),
    message: t.string({ required: true, description: 'What must be true (1 to 500 characters).' }),
    mode: t.field({ type: PolicyModeEnum, required: true, description: 'ADVISORY or BLOCKING.' }),
  }),
});

const UpdatePolicyInput = builder.inputType('UpdatePolicyInput', {
  description: 'Changes to a policy read at `version` (PMO_ADMIN): only the fields given change; a scope given replaces the whole scope.',
  fields: (t) => ({
    id: t.globalID({ required: true, description: 'The policy.' }),
    version: t.int({ required: true, description: 'The version you read; a newer one gives ConflictError.' }),
    key: t.string({ description: 'A new key (waivers granted under the old key no longer apply).' }),
    name: t.string({ description: 'Its name.' }),
    description: t.string({ description: 'Free text.' }),
    scope: t.field({ type: PolicyScopeInput, description: 'The whole new scope.' }),
    check: t.field({ type: 'JSON', description: 'The new check.' }),
    severity: t.field({ type: RuleSeverityEnum, description: 'The new severity.' }),
    message: t.string({ description: 'The new message.' }),
    mode: t.field({ type: PolicyModeEnum, description: 'ADVISORY or BLOCKING.' }),
  }),
});

const SetPolicyEnabledInput = builder.inputType('SetPolicyEnabledInput', {
  description: 'Puts a policy in or out of force (PMO_ADMIN).',
  fields: (t) => ({
    id: t.globalID({ required: true, description: 'The policy.' }),
    enabled: t.boolean({ required: true, description: 'In force or not.' }),
    version: t.int({ description: 'When given, only if the policy is still at this version.' }),
  }),
});

const DryRunPolicyInput = builder.inputType('DryRunPolicyInput', {
  description: 'A policy to evaluate without saving it.',
  fields: (t) => ({ policy: t.field({ type: CreatePolicyInput, required: true, description: 'The policy, as createPolicy takes it.' }) }),
});

type ScopeArg = { portfolioIds?: { typename: string; id: string }[] | null; statuses?: ProjectStatus[] | null; methodologyKeys?: string[] | null; minBudget?: unknown } | null | undefined;

const scopeOf = (scope: ScopeArg, at: string[]): CreatePolicyData['scope'] =>
  scope
    ? {
        portfolioIds: scope.portfolioIds?.map((id, i) => idOf(id, 'Portfolio', [...at, 'scope', 'portfolioIds', String(i)])) ?? null,
        statuses: scope.statuses ?? null,
        methodologyKeys: scope.methodologyKeys ?? null,
        minBudget: scope.minBudget == null ? null : String(scope.minBudget),
      }
    : scope;

const DryRunFailureRef = builder.objectRef<PolicyDryRun['failing'][number]>('PolicyDryRunFailure').implement({
  description: 'A project the policy would fail, with what its check read.',
  fields: (t) => ({
    project: t.prismaField({ type: 'Project', description: 'The project.', resolve: (query, row, _args, ctx) => ctx.prisma.project.findUniqueOrThrow({ ...query, where: { id: row.projectId } }) }),
    evidence: t.field({
      type: 'JSON',
      description: 'Facts path → value, for every variable the check read (and $error when it could not run). Money values are null for team members.',
      resolve: (row, _args, ctx) => evidenceFor(ctx.viewer, ctx.prisma, row.evidence, null),
    }),
    waived: t.boolean({ description: 'Covered by an active waiver of "policy:<key>" (then it would not block).', resolve: (row) => row.waived }),
  }),
});

const MoveKindEnum = builder.enumType('PolicyBlockedMoveKind', {
  description: 'What kind of move a BLOCKING policy refuses.',
  values: { STATUS: { description: 'A lifecycle transition (transitionProject).' }, PHASE: { description: 'A phase advance (advancePhase).' } } as const,
});

const BlockedTransitionRef = builder.objectRef<BlockedMove>('PolicyBlockedTransition').implement({
  description: 'A move the policy, in BLOCKING mode, would refuse today.',
  fields: (t) => ({
    project: t.prismaField({ type: 'Project', description: 'The project.', resolve: (query, row, _args, ctx) => ctx.prisma.project.findUniqueOrThrow({ ...query, where: { id: row.projectId } }) }),
    kind: t.field({ type: MoveKindEnum, description: 'A status transition or a phase advance.', resolve: (row) => row.kind }),
    from: t.string({ description: 'The current status (STATUS) or phase key (PHASE).', resolve: (row) => row.from }),
    to: t.string({ nullable: true, description: 'The status refused (STATUS), or the next phase key (PHASE; null when the last phase would complete).', resolve: (row) => row.to }),
  }),
});

const PolicyDryRunRef = builder.objectRef<PolicyDryRun>('PolicyDryRun').implement({
  description: 'What a policy would report if it were enabled now; nothing was saved.',
  fields: (t) => ({
    evaluated: t.int({ description: 'Projects in its scope, evaluated.', resolve: (run) => run.evaluated }),
    failing: t.field({ type: [DryRunFailureRef], description: 'The projects that would fail, in project order.', resolve: (run) => run.failing }),
    blockedTransitions: t.field({
      type: [BlockedTransitionRef],
      description: 'In BLOCKING mode, the moves it would refuse the failing, unwaived projects today (empty for ADVISORY).',
      resolve: (run) => run.blockedTransitions,
    }),
  }),
});

const PolicyFailureRef = builder.objectRef<PolicyFailure>('PolicyFailure').implement({
  description: 'A BLOCKING policy a project fails, with what its check read.',
  fields: (t) => ({
    policy: t.prismaField({
      type: 'Policy',
      nullable: true,
      description: 'The policy (null for team members, who do not read policies).',
      authScopes: { seeMoney: true },
      unauthorizedResolver: () => null,
      resolve: (query, failure, _args, ctx) => ctx.prisma.policy.findUnique({ ...query, where: { id: failure.policyId } }),
    }),
    policyKey: t.string({ description: 'The policy’s key (waive it as rule key "policy:<key>").', resolve: (f) => f.policyKey }),
    severity: t.field({ type: RuleSeverityEnum, description: 'Its severity.', resolve: (f) => f.severity }),
    message: t.string({ description: 'What must be true.', resolve: (f) => f.message }),
    evidence: t.field({
      type: 'JSON',
      description: 'Facts path → value, for every variable the check read. Money values are null for team members.',
      resolve: (f, _args, ctx) => evidenceFor(ctx.viewer, ctx.prisma, f.evidence, null),
    }),
    error: t.string({ nullable: true, description: 'Why the check could not run, when it could not (it then fails).', resolve: (f) => evidenceError(f.evidence)?.message ?? null }),
  }),
});

builder.objectType(PolicyViolationError, {
  name: 'PolicyViolationError',
  interfaces: [ErrorInterface],
  description: 'An enabled BLOCKING organisation policy refuses the move: nothing was changed. Fix what it checks, or have it waived.',
  fields: (t) => ({ failingPolicies: t.field({ type: [PolicyFailureRef], description: 'The policies refusing it, with their evidence.', resolve: (error) => error.failingPolicies }) }),
});

const asData = (input: { scope?: ScopeArg; check?: unknown; description?: string | null } & Omit<CreatePolicyData, 'scope' | 'check' | 'description'>, at: string[]): CreatePolicyData => ({
  ...input,
  scope: scopeOf(input.scope, at),
  check: input.check,
});

builder.queryFields((t) => ({
  policies: t.prismaConnection(
    {
      type: 'Policy',
      cursor: 'id',
      description: 'The organisation policies, oldest first (everyone but team members).',
      args: { enabled: t.arg.boolean({ description: 'Only the enabled (true) or disabled (false) ones.' }) },
      authScopes: { seeMoney: true },
      totalCount: (_root, args, ctx) => ctx.prisma.policy.count({ where: args.enabled == null ? {} : { enabled: args.enabled } }),
      resolve: (query, _root, args, ctx) => ctx.prisma.policy.findMany({ ...query, where: args.enabled == null ? {} : { enabled: args.enabled }, orderBy: { id: 'asc' } }),
    },
    PolicyConnection,
  ),
  dryRunPolicy: t.field({
    type: PolicyDryRunRef,
    description: 'Evaluates a policy on every project in its scope without saving anything (PMO_ADMIN): the same answer enabling it would store.',
    args: { input: t.arg({ type: DryRunPolicyInput, required: true, description: 'The policy.' }) },
    errors: { types: mutationErrors().types, dataField: { description: 'What the policy would report.' } },
    authScopes: { admin: true },
    resolve: (_root, { input }, ctx) => dryRunPolicy(ctx, { policy: asData(input.policy, ['input', 'policy']) }),
  }),
}));

builder.mutationFields((t) => ({
  createPolicy: t.prismaField({
    type: 'Policy',
    description: 'Creates an enabled organisation policy (PMO_ADMIN) and stores its result on every project in scope; audited.',
    args: { input: t.arg({ type: CreatePolicyInput, required: true, description: 'The policy.' }) },
    errors: mutationErrors(),
    authScopes: { admin: true },
    resolve: async (query, _root, { input }, ctx) => reloadRow(ctx.prisma.policy, query, await createPolicy(serviceContextOf(ctx), asData(input, ['input']))),
  }),
  updatePolicy: t.prismaField({
    type: 'Policy',
    description: 'Changes a policy read at `version` (PMO_ADMIN); its stored results follow; audited with before and after.',
    args: { input: t.arg({ type: UpdatePolicyInput, required: true, description: 'The policy, its version and the changes.' }) },
    errors: mutationErrors(),
    authScopes: { admin: true },
    resolve: async (query, _root, { input }, ctx) => {
      const { id, scope, ...rest } = input;
      return reloadRow(
        ctx.prisma.policy,
        query,
        await updatePolicy(serviceContextOf(ctx), { ...rest, id: idOf(id, 'Policy', ['input', 'id']), ...(scope !== undefined ? { scope: scopeOf(scope, ['input']) } : {}) }),
      );
    },
  }),
  setPolicyEnabled: t.prismaField({
    type: 'Policy',
    description: 'Puts a policy in force (its results are stored on every project in scope) or out of it (they leave compliance) (PMO_ADMIN); audited.',
    args: { input: t.arg({ type: SetPolicyEnabledInput, required: true, description: 'The policy and whether it is enabled.' }) },
    errors: mutationErrors(),
    authScopes: { admin: true },
    resolve: async (query, _root, { input }, ctx) =>
      reloadRow(ctx.prisma.policy, query, await setPolicyEnabled(serviceContextOf(ctx), { ...input, id: idOf(input.id, 'Policy', ['input', 'id']) })),
  }),
}));
