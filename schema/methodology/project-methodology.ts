// What a methodology adds to a project: fields, phases, deliverables, compliance, waivers, gates.
import { z } from 'zod';
import { canReadAudit } from '../../server/auth/access.js';
import {
  advancePhase,
  type ComplianceSummary,
  decideDeliverable,
  evaluateCompliance,
  evidenceFor,
  FACTS_VERSION,
  factsLoader,
  GateBlockedError,
  type GateFailure,
  isUnset,
  portfolioComplianceLoader,
  projectComplianceLoader,
  type ResolvedMethodology,
  revokeWaiver,
  type SeverityCount,
  submitDeliverable,
  updateDeliverable,
  waiveRule,
} from '../../server/methodology/index.js';
import type { Deliverable } from '../../server/platform/db/generated/prisma/client.js';
import { RuleKind, RuleSeverity } from '../../server/platform/db/generated/prisma/enums.js';
import { builder } from '../builder.js';
import { serviceContextOf } from '../shared/context.js';
import { nodeConnection } from '../shared/connections.js';
import { ErrorInterface, MUTATION_ERRORS } from '../shared/errors.js';
import { idOf } from '../shared/ids.js';
import { reloadRow } from '../shared/reload.js';
import { jsonObject } from '../shared/validators.js';
import { FieldDefRef, TemplateDefRef } from './methodologies.js';

const PhaseStatusEnum = builder.enumType('PhaseStatus', { values: ['PENDING', 'ACTIVE', 'COMPLETED'] as const });
const DeliverableStatusEnum = builder.enumType('DeliverableStatus', {
  values: ['NOT_STARTED', 'DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED'] as const,
});

const RuleKindEnum = builder.enumType(RuleKind, { name: 'RuleKind', description: 'QUALITY or COMPLIANCE.' });
const RuleSeverityEnum = builder.enumType(RuleSeverity, {
  name: 'RuleSeverity',
  description: 'INFO < WARNING < ERROR < BLOCKER (a failing BLOCKER shuts the phase gate unless waived).',
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

const RuleEvaluationRef = builder.prismaNode('RuleEvaluation', {
  id: { field: 'id' },
  authScopes: (evaluation) => ({ readProject: evaluation.projectId }),
  description: 'One rule evaluated against the project facts, with the values it read.',
  fields: (t) => ({
    ruleKey: t.exposeString('ruleKey'),
    kind: t.expose('kind', { type: RuleKindEnum }),
    severity: t.expose('severity', { type: RuleSeverityEnum }),
    passed: t.exposeBoolean('passed'),
    waived: t.exposeBoolean('waived', { description: 'Failed, but covered by an active waiver.' }),
    message: t.exposeString('message'),
    evidence: t.field({
      type: 'JSON',
      description: 'Facts path → value, for every variable the rule read. Money values are null for team members.',
      select: { evidence: true, methodologyKey: true, methodologyVersion: true },
      resolve: (e, _args, ctx) => evidenceFor(ctx.viewer, ctx.prisma, e.evidence, { key: e.methodologyKey, version: e.methodologyVersion }),
    }),
    phaseKey: t.exposeString('phaseKey', { nullable: true }),
    methodologyKey: t.exposeString('methodologyKey'),
    methodologyVersion: t.exposeString('methodologyVersion'),
    evaluatedAt: t.expose('evaluatedAt', { type: 'DateTime' }),
  }),
});

const RuleEvaluationConnection = nodeConnection(RuleEvaluationRef, 'RuleEvaluation');

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

const ComplianceSummaryRef = builder.objectRef<ComplianceSummary>('ComplianceSummary').implement({
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

builder.prismaObjectFields('Project', (t) => ({
  methodology: t.relation('methodology', { nullable: true, description: 'The pinned methodology version (null: none).' }),
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
    resolve: (p, _args, ctx) => projectComplianceLoader(ctx).load(p.id),
  }),
  complianceResults: t.relation('evaluations', {
    description: 'The latest result of every rule in force (failing first).',
    query: { where: { latest: true }, orderBy: [{ passed: 'asc' }, { severity: 'desc' }, { ruleKey: 'asc' }] },
  }),
  complianceHistory: t.relatedConnection(
    'evaluations',
    {
      cursor: 'id',
      description: 'Every stored evaluation, newest first.',
      args: { ruleKey: t.arg.string({ description: 'Only the evaluations of this rule.' }) },
      totalCount: true,
      query: (args) => ({ where: args.ruleKey ? { ruleKey: args.ruleKey } : {}, orderBy: [{ evaluatedAt: 'desc' }, { id: 'desc' }] }),
    },
    RuleEvaluationConnection,
  ),
  waivers: t.relation('waivers', { query: { orderBy: { createdAt: 'desc' } } }),
  facts: t.field({
    type: 'JSON',
    nullable: true,
    description: `The facts document (version ${FACTS_VERSION}) rules are evaluated against, as of now. Hidden from team members.`,
    // Built per project from its relations, about a hundred times the work of a plain object
    // (query cost: see the README).
    extensions: { cost: 100 },
    resolve: async (p, _args, ctx) => (canReadAudit(ctx.viewer) ? ((await factsLoader(ctx).load(p.id))?.facts ?? null) : null),
  }),
}));

builder.prismaObjectFields('Portfolio', (t) => ({
  compliance: t.field({
    type: ComplianceSummaryRef,
    description: "Latest compliance across the portfolio's projects that the viewer may read.",
    // Reads the latest result of every rule of every project of the portfolio.
    extensions: { cost: 50 },
    resolve: (portfolio, _args, ctx) => portfolioComplianceLoader(ctx).load(portfolio.id),
  }),
}));

const GateFailureRef = builder.objectRef<GateFailure>('GateFailure').implement({
  description: 'A rule that keeps a phase gate shut, with the values it read.',
  fields: (t) => ({
    ruleKey: t.exposeString('ruleKey'),
    severity: t.exposeString('severity'),
    message: t.exposeString('message'),
    evidence: t.field({
      type: 'JSON',
      description: 'Facts path → value, for every variable the rule read. Money values are null for team members.',
      resolve: (f, _args, ctx) => evidenceFor(ctx.viewer, ctx.prisma, f.evidence, f.methodology),
    }),
  }),
});

builder.objectType(GateBlockedError, {
  name: 'GateBlockedError',
  interfaces: [ErrorInterface],
  description: 'The phase gate is shut: nothing was changed. Fix the failing rules, or have them waived.',
  fields: (t) => ({
    phaseKey: t.exposeString('phaseKey', { nullable: true }),
    failingRules: t.field({ type: [GateFailureRef], resolve: (error) => error.failingRules }),
  }),
});

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

const deliverableIdOf = (id: { typename: string; id: string }) => idOf(id, 'Deliverable', ['input', 'id']);
const projectIdOf = (id: { typename: string; id: string }) => idOf(id, 'Project', ['input', 'projectId']);
const decision = (input: { id: { typename: string; id: string }; version: number; note?: string | null }) => ({
  id: deliverableIdOf(input.id),
  version: input.version,
  note: input.note,
});

builder.mutationFields((t) => ({
  updateDeliverable: t.prismaField({
    type: 'Deliverable',
    args: { input: t.arg({ type: UpdateDeliverableInput, required: true }) },
    errors: { types: MUTATION_ERRORS },
    authScopes: { authenticated: true },
    resolve: async (query, _root, { input }, ctx) =>
      reloadRow(
        ctx.prisma.deliverable,
        query,
        await updateDeliverable(serviceContextOf(ctx), {
          id: deliverableIdOf(input.id),
          version: input.version,
          fields: input.fields as Record<string, unknown>,
        }),
      ),
  }),
  submitDeliverable: t.prismaField({
    type: 'Deliverable',
    args: { input: t.arg({ type: DeliverableActionInput, required: true }) },
    errors: { types: MUTATION_ERRORS },
    authScopes: { authenticated: true },
    resolve: async (query, _root, { input }, ctx) =>
      reloadRow(ctx.prisma.deliverable, query, await submitDeliverable(serviceContextOf(ctx), { id: deliverableIdOf(input.id), version: input.version })),
  }),
  approveDeliverable: t.prismaField({
    type: 'Deliverable',
    args: { input: t.arg({ type: DeliverableActionInput, required: true }) },
    errors: { types: MUTATION_ERRORS },
    authScopes: { authenticated: true }, // the template's approveRoles decide (server/methodology/deliverables.ts)
    resolve: async (query, _root, { input }, ctx) =>
      reloadRow(ctx.prisma.deliverable, query, await decideDeliverable(serviceContextOf(ctx), { ...decision(input), approve: true })),
  }),
  rejectDeliverable: t.prismaField({
    type: 'Deliverable',
    args: { input: t.arg({ type: DeliverableActionInput, required: true }) },
    errors: { types: MUTATION_ERRORS },
    authScopes: { authenticated: true }, // the template's approveRoles decide (server/methodology/deliverables.ts)
    resolve: async (query, _root, { input }, ctx) =>
      reloadRow(ctx.prisma.deliverable, query, await decideDeliverable(serviceContextOf(ctx), { ...decision(input), approve: false })),
  }),
  advancePhase: t.prismaField({
    type: 'Project',
    description: "Passes the current phase's gate: completes it and starts the next, or answers GateBlockedError.",
    args: { input: t.arg({ type: AdvancePhaseInput, required: true }) },
    errors: { types: [...MUTATION_ERRORS, GateBlockedError] },
    authScopes: { writer: true },
    resolve: async (query, _root, { input }, ctx) =>
      reloadRow(ctx.prisma.project, query, await advancePhase(serviceContextOf(ctx), { projectId: projectIdOf(input.projectId), version: input.version })),
  }),
  waiveRule: t.prismaField({
    type: 'RuleWaiver',
    description: "Waives a rule on a project until expiresAt (PMO_ADMIN or the portfolio's owner); audited.",
    args: { input: t.arg({ type: WaiveRuleInput, required: true }) },
    errors: { types: MUTATION_ERRORS },
    authScopes: { writer: true },
    resolve: async (query, _root, { input }, ctx) =>
      reloadRow(ctx.prisma.ruleWaiver, query, await waiveRule(serviceContextOf(ctx), { ...input, projectId: projectIdOf(input.projectId) })),
  }),
  revokeWaiver: t.prismaField({
    type: 'RuleWaiver',
    args: { input: t.arg({ type: RevokeWaiverInput, required: true }) },
    errors: { types: MUTATION_ERRORS },
    authScopes: { writer: true },
    resolve: async (query, _root, { input }, ctx) =>
      reloadRow(ctx.prisma.ruleWaiver, query, await revokeWaiver(serviceContextOf(ctx), { waiverId: String(input.waiverId) })),
  }),
  evaluateCompliance: t.prismaField({
    type: 'Project',
    description: "Evaluates the project's rules now and stores the results.",
    args: { input: t.arg({ type: EvaluateComplianceInput, required: true }) },
    errors: { types: MUTATION_ERRORS },
    authScopes: { writer: true },
    resolve: async (query, _root, { input }, ctx) =>
      reloadRow(ctx.prisma.project, query, await evaluateCompliance(serviceContextOf(ctx), { projectId: projectIdOf(input.projectId) })),
  }),
}));
