// What a methodology adds to a project: fields, phases, deliverables, compliance, waivers, gates.
import { z } from 'zod';
import { canReadAudit } from '../server/auth/access.js';
import type { Deliverable } from '../server/db/generated/prisma/client.js';
import { GateBlockedError } from '../server/errors.js';
import type { ResolvedMethodology } from '../server/methodology/manifest.js';
import { FACTS_VERSION } from '../server/methodology/facts-shape.js';
import { isUnset } from '../server/methodology/field-values.js';
import type { ComplianceSummary, SeverityCount } from '../server/services/compliance-summary.js';
import * as deliverables from '../server/services/deliverables.js';
import * as gates from '../server/services/gates.js';
import { builder } from './builder.js';
import { MUTATION_ERRORS } from './errors.js';
import { FieldDefRef, TemplateDefRef } from './methodologies.js';
import { moneyFieldOptions } from './money.js';
import { reload } from './reload.js';
import { serviceContext } from './service-context.js';
import { jsonObject } from './validators.js';

const PhaseStatusEnum = builder.enumType('PhaseStatus', { values: ['PENDING', 'ACTIVE', 'COMPLETED'] as const });
const DeliverableStatusEnum = builder.enumType('DeliverableStatus', {
  values: ['NOT_STARTED', 'DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED'] as const,
});

const ProjectPhaseRef = builder.prismaObject('ProjectPhase', {
  fields: (t) => ({
    key: t.exposeString('key'),
    name: t.exposeString('name'),
    position: t.exposeInt('position'),
    status: t.expose('status', { type: PhaseStatusEnum }),
    startedAt: t.expose('startedAt', { type: 'DateTime', nullable: true }),
    completedAt: t.expose('completedAt', { type: 'DateTime', nullable: true }),
  }),
});

const templateOf = (deliverable: Deliverable & { project: { methodology: { resolved: unknown } | null } }) =>
  (deliverable.project.methodology?.resolved as ResolvedMethodology | undefined)?.templates.find((t) => t.key === deliverable.key) ?? null;

const TEMPLATE_SELECT = { project: { select: { methodology: { select: { resolved: true } } } } } as const;

builder.prismaNode('Deliverable', {
  id: { field: 'id' },
  authScopes: (deliverable) => ({ readProject: deliverable.projectId }),
  fields: (t) => ({
    key: t.exposeString('key', { description: 'The template key.' }),
    name: t.exposeString('name'),
    phaseKey: t.exposeString('phaseKey'),
    status: t.expose('status', { type: DeliverableStatusEnum }),
    fields: t.field({ type: 'JSON', description: 'Template field values, by field key.', resolve: (d) => d.fields }),
    template: t.field({ type: TemplateDefRef, nullable: true, select: TEMPLATE_SELECT, resolve: (d) => templateOf(d) }),
    missingFields: t.stringList({
      description: 'Required template fields without a value (must be empty to submit).',
      select: TEMPLATE_SELECT,
      resolve: (d) => {
        const values = d.fields as Record<string, unknown>;
        return (templateOf(d)?.fields ?? []).filter((field) => field.required && isUnset(values[field.key])).map((field) => field.key);
      },
    }),
    submittedAt: t.expose('submittedAt', { type: 'DateTime', nullable: true }),
    decidedAt: t.expose('decidedAt', { type: 'DateTime', nullable: true }),
    decisionNote: t.exposeString('decisionNote', { nullable: true }),
    version: t.exposeInt('version'),
    project: t.relation('project'),
  }),
});

builder.prismaNode('RuleEvaluation', {
  id: { field: 'id' },
  authScopes: (evaluation) => ({ readProject: evaluation.projectId }),
  description: 'One rule evaluated against the project facts, with the values it read.',
  fields: (t) => ({
    ruleKey: t.exposeString('ruleKey'),
    kind: t.exposeString('kind'),
    severity: t.exposeString('severity'),
    passed: t.exposeBoolean('passed'),
    waived: t.exposeBoolean('waived', { description: 'Failed, but covered by an active waiver.' }),
    message: t.exposeString('message'),
    evidence: t.field({ type: 'JSON', description: 'Facts path → value, for every variable the rule read.', resolve: (e) => e.evidence }),
    phaseKey: t.exposeString('phaseKey', { nullable: true }),
    methodologyKey: t.exposeString('methodologyKey'),
    methodologyVersion: t.exposeString('methodologyVersion'),
    evaluatedAt: t.expose('evaluatedAt', { type: 'DateTime' }),
  }),
});

builder.prismaObject('RuleWaiver', {
  fields: (t) => ({
    id: t.exposeID('id'),
    ruleKey: t.exposeString('ruleKey'),
    reason: t.exposeString('reason'),
    expiresAt: t.expose('expiresAt', { type: 'DateTime' }),
    revokedAt: t.expose('revokedAt', { type: 'DateTime', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    active: t.boolean({ resolve: (w) => !w.revokedAt && w.expiresAt.getTime() > Date.now() }),
  }),
});

const SeverityCountRef = builder.objectRef<SeverityCount>('SeverityCount').implement({
  fields: (t) => ({
    severity: t.exposeString('severity'),
    passed: t.exposeInt('passed'),
    failed: t.exposeInt('failed', { description: 'Failing and not waived.' }),
    waived: t.exposeInt('waived'),
  }),
});

export const ComplianceSummaryRef = builder.objectRef<ComplianceSummary>('ComplianceSummary').implement({
  fields: (t) => ({
    bySeverity: t.field({ type: [SeverityCountRef], resolve: (s) => s.bySeverity }),
    failing: t.exposeInt('failing'),
    blocking: t.exposeInt('blocking', { description: 'Failing, unwaived BLOCKER rules.' }),
    projectsEvaluated: t.exposeInt('projectsEvaluated'),
    projectsBlocked: t.exposeInt('projectsBlocked'),
  }),
});

const ProjectFieldValueRef = builder
  .objectRef<{ definition: ResolvedMethodology['projectFields'][number]; value: unknown }>('ProjectFieldValue')
  .implement({
    fields: (t) => ({
      key: t.string({ resolve: (f) => f.definition.key }),
      value: t.field({ type: 'JSON', nullable: true, resolve: (f) => f.value ?? null }),
      definition: t.field({ type: FieldDefRef, resolve: (f) => f.definition }),
    }),
  });

const BaselineRef = builder
  .objectRef<{ budget: unknown; targetEndDate: Date | null; scopePoints: number | null }>('ProjectBaseline')
  .implement({
    description: 'Captured when the project was approved.',
    fields: (t) => ({
      budget: t.field({ type: 'Decimal', ...moneyFieldOptions, resolve: (b) => (b.budget ?? null) as string | null }),
      targetEndDate: t.field({ type: 'Date', nullable: true, resolve: (b) => b.targetEndDate }),
      scopePoints: t.int({ nullable: true, resolve: (b) => b.scopePoints }),
    }),
  });

builder.prismaObjectFields('Project', (t) => ({
  methodology: t.relation('methodology', { nullable: true, description: 'The pinned methodology version (null: none).' }),
  percentComplete: t.exposeInt('percentComplete'),
  scopePoints: t.exposeInt('scopePoints', { nullable: true }),
  baseline: t.field({
    type: BaselineRef,
    nullable: true,
    select: { baselineBudget: true, baselineTargetEndDate: true, baselineScopePoints: true, status: true },
    resolve: (p) =>
      p.baselineBudget === null && p.baselineTargetEndDate === null && p.baselineScopePoints === null
        ? null
        : { budget: p.baselineBudget, targetEndDate: p.baselineTargetEndDate, scopePoints: p.baselineScopePoints },
  }),
  fields: t.field({
    type: [ProjectFieldValueRef],
    description: "Values of the methodology's project fields.",
    select: { fields: true, methodology: { select: { resolved: true } } },
    resolve: (p) => {
      const definitions = (p.methodology?.resolved as ResolvedMethodology | undefined)?.projectFields ?? [];
      const values = p.fields as Record<string, unknown>;
      return definitions.map((definition) => ({ definition, value: values[definition.key] }));
    },
  }),
  phases: t.relation('phases', { query: { orderBy: { position: 'asc' } } }),
  currentPhase: t.field({
    type: ProjectPhaseRef,
    nullable: true,
    description: 'The active phase; null before the methodology starts or once every phase is complete.',
    select: { phases: { where: { status: 'ACTIVE' }, take: 1 } },
    resolve: (p) => p.phases[0] ?? null,
  }),
  deliverables: t.relation('deliverables', { query: { orderBy: [{ phaseKey: 'asc' }, { key: 'asc' }] } }),
  compliance: t.field({
    type: ComplianceSummaryRef,
    description: 'Summary of the latest evaluation of every rule in force.',
    resolve: (p, _args, ctx) => ctx.loaders.projectCompliance.load(p.id),
  }),
  complianceResults: t.relation('evaluations', {
    description: 'The latest result of every rule in force (failing first).',
    query: { where: { latest: true }, orderBy: [{ passed: 'asc' }, { severity: 'desc' }, { ruleKey: 'asc' }] },
  }),
  complianceHistory: t.relatedConnection('evaluations', {
    cursor: 'id',
    description: 'Every stored evaluation, newest first.',
    args: { ruleKey: t.arg.string() },
    query: (args) => ({ where: args.ruleKey ? { ruleKey: args.ruleKey } : {}, orderBy: [{ evaluatedAt: 'desc' }, { id: 'desc' }] }),
  }),
  waivers: t.relation('waivers', { query: { orderBy: { createdAt: 'desc' } } }),
  facts: t.field({
    type: 'JSON',
    nullable: true,
    description: `The facts document (version ${FACTS_VERSION}) rules are evaluated against, as of now. Hidden from team members.`,
    resolve: async (p, _args, ctx) => (canReadAudit(ctx.viewer) ? ((await ctx.loaders.facts.load(p.id))?.facts ?? null) : null),
  }),
}));

builder.prismaObjectFields('Portfolio', (t) => ({
  compliance: t.field({
    type: ComplianceSummaryRef,
    description: "Latest compliance across the portfolio's projects that the viewer may read.",
    resolve: (portfolio, _args, ctx) => ctx.loaders.portfolioCompliance.load(portfolio.id),
  }),
}));

const UpdateDeliverableInput = builder.inputType('UpdateDeliverableInput', {
  fields: (t) => ({
    id: t.globalID({ required: true }),
    version: t.int({ required: true }),
    fields: t.field({
      type: 'JSON',
      required: true,
      description: 'Field values to set, by template field key (null clears one).',
      validate: jsonObject,
    }),
  }),
});
const DeliverableActionInput = builder.inputType('DeliverableActionInput', {
  fields: (t) => ({
    id: t.globalID({ required: true }),
    version: t.int({ required: true }),
    note: t.string({ validate: z.string().max(2000, 'must be at most 2000 characters') }),
  }),
});
const AdvancePhaseInput = builder.inputType('AdvancePhaseInput', {
  fields: (t) => ({
    projectId: t.globalID({ required: true }),
    version: t.int({ required: true, description: 'The project version you read.' }),
  }),
});
const WaiveRuleInput = builder.inputType('WaiveRuleInput', {
  validate: z.looseObject({
    reason: z.string().trim().min(10, 'give a reason of at least 10 characters').max(2000, 'must be at most 2000 characters'),
    ruleKey: z.string().min(1).max(60),
  }),
  fields: (t) => ({
    projectId: t.globalID({ required: true }),
    ruleKey: t.string({ required: true }),
    reason: t.string({ required: true }),
    expiresAt: t.field({ type: 'DateTime', required: true }),
  }),
});
const RevokeWaiverInput = builder.inputType('RevokeWaiverInput', {
  fields: (t) => ({ waiverId: t.id({ required: true, validate: z.uuid('not a waiver id') }) }),
});
const EvaluateComplianceInput = builder.inputType('EvaluateComplianceInput', {
  fields: (t) => ({ projectId: t.globalID({ required: true }) }),
});

builder.mutationFields((t) => ({
  updateDeliverable: t.prismaField({
    type: 'Deliverable',
    args: { input: t.arg({ type: UpdateDeliverableInput, required: true }) },
    errors: { types: MUTATION_ERRORS },
    authScopes: { authenticated: true },
    resolve: async (query, _root, { input }, ctx) =>
      reload.deliverable(ctx, query, await deliverables.updateDeliverable(serviceContext(ctx), {
          id: input.id.id,
          version: input.version,
          fields: input.fields as Record<string, unknown>,
        })),
  }),
  submitDeliverable: t.prismaField({
    type: 'Deliverable',
    args: { input: t.arg({ type: DeliverableActionInput, required: true }) },
    errors: { types: MUTATION_ERRORS },
    authScopes: { authenticated: true },
    resolve: async (query, _root, { input }, ctx) =>
      reload.deliverable(ctx, query, await deliverables.submitDeliverable(serviceContext(ctx), { id: input.id.id, version: input.version })),
  }),
  approveDeliverable: t.prismaField({
    type: 'Deliverable',
    args: { input: t.arg({ type: DeliverableActionInput, required: true }) },
    errors: { types: MUTATION_ERRORS },
    authScopes: { authenticated: true }, // the template's approveRoles decide (services/deliverables.ts)
    resolve: async (query, _root, { input }, ctx) =>
      reload.deliverable(ctx, query, await deliverables.decideDeliverable(serviceContext(ctx), { id: input.id.id, version: input.version, note: input.note, approve: true })),
  }),
  rejectDeliverable: t.prismaField({
    type: 'Deliverable',
    args: { input: t.arg({ type: DeliverableActionInput, required: true }) },
    errors: { types: MUTATION_ERRORS },
    authScopes: { authenticated: true }, // the template's approveRoles decide (services/deliverables.ts)
    resolve: async (query, _root, { input }, ctx) =>
      reload.deliverable(ctx, query, await deliverables.decideDeliverable(serviceContext(ctx), { id: input.id.id, version: input.version, note: input.note, approve: false })),
  }),
  advancePhase: t.prismaField({
    type: 'Project',
    description: "Passes the current phase's gate: completes it and starts the next, or answers GateBlockedError.",
    args: { input: t.arg({ type: AdvancePhaseInput, required: true }) },
    errors: { types: [...MUTATION_ERRORS, GateBlockedError] },
    authScopes: { writer: true },
    resolve: async (query, _root, { input }, ctx) =>
      reload.project(ctx, query, await gates.advancePhase(serviceContext(ctx), { projectId: input.projectId.id, version: input.version })),
  }),
  waiveRule: t.prismaField({
    type: 'RuleWaiver',
    description: "Waives a rule on a project until expiresAt (PMO_ADMIN or the portfolio's owner); audited.",
    args: { input: t.arg({ type: WaiveRuleInput, required: true }) },
    errors: { types: MUTATION_ERRORS },
    authScopes: { writer: true },
    resolve: async (query, _root, { input }, ctx) =>
      reload.waiver(ctx, query, await gates.waiveRule(serviceContext(ctx), { ...input, projectId: input.projectId.id })),
  }),
  revokeWaiver: t.prismaField({
    type: 'RuleWaiver',
    args: { input: t.arg({ type: RevokeWaiverInput, required: true }) },
    errors: { types: MUTATION_ERRORS },
    authScopes: { writer: true },
    resolve: async (query, _root, { input }, ctx) =>
      reload.waiver(ctx, query, await gates.revokeWaiver(serviceContext(ctx), { waiverId: String(input.waiverId) })),
  }),
  evaluateCompliance: t.prismaField({
    type: 'Project',
    description: "Evaluates the project's rules now and stores the results.",
    args: { input: t.arg({ type: EvaluateComplianceInput, required: true }) },
    errors: { types: MUTATION_ERRORS },
    authScopes: { writer: true },
    resolve: async (query, _root, { input }, ctx) =>
      reload.project(ctx, query, await gates.evaluateCompliance(serviceContext(ctx), { projectId: input.projectId.id })),
  }),
}));
