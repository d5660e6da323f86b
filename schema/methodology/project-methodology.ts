// What a methodology adds to a project: fields, phases, deliverables, compliance, waivers, gates.
import { z } from 'zod';
import { canReadAudit } from '../../server/auth/access.js';
import {
  advancePhase,
  type ComplianceSummary,
  decideDeliverable,
  evaluateCompliance,
  evidenceError,
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
import { ComplianceSource } from '../../server/platform/db/generated/prisma/enums.js';
import { PolicyViolationError } from '../../server/governance/index.js';
import { builder } from '../builder.js';
import { serviceContextOf } from '../shared/context.js';
import { nodeConnection } from '../shared/connections.js';
import { ErrorInterface, mutationErrors } from '../shared/errors.js';
import { idOf } from '../shared/ids.js';
import { reloadRow } from '../shared/reload.js';
import { jsonObject } from '../shared/validators.js';
import { FieldDefRef, RuleKindEnum, RuleSeverityEnum, TemplateDefRef } from './methodologies.js';

const PhaseStatusEnum = builder.enumType('PhaseStatus', {
  description: 'Where a phase of a project is.',
  values: {
    PENDING: { value: 'PENDING', description: 'Not started yet.' },
    ACTIVE: { value: 'ACTIVE', description: 'The current phase.' },
    COMPLETED: { value: 'COMPLETED', description: 'Its gate was passed.' },
  } as const,
});
const DeliverableStatusEnum = builder.enumType('DeliverableStatus', {
  description: 'NOT_STARTED → DRAFT → SUBMITTED → APPROVED or REJECTED (a rejected one is edited and submitted again).',
  values: {
    NOT_STARTED: { value: 'NOT_STARTED', description: 'No field has a value yet.' },
    DRAFT: { value: 'DRAFT', description: 'Being written.' },
    SUBMITTED: { value: 'SUBMITTED', description: 'Waiting for approval.' },
    APPROVED: { value: 'APPROVED', description: 'Approved; it can no longer change.' },
    REJECTED: { value: 'REJECTED', description: 'Sent back with a note; edit and submit again.' },
  } as const,
});


const ProjectPhaseRef = builder.prismaNode('ProjectPhase', {
  id: { field: 'id' },
  // node(id) of a missing record is null, not an error; a node (with a global ID) so that a
  // decision can name the gate it was taken at (recordDecision phaseIds).
  nullable: true,
  authScopes: (phase) => ({ readProject: phase.projectId }),
  description: "A phase of a project, from its methodology's phases.",
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
  // node(id) of a missing record is null, not an error (findUnique, not findUniqueOrThrow).
  nullable: true,
  authScopes: (deliverable) => ({ readProject: deliverable.projectId }),
  fields: (t) => ({
    key: t.exposeString('key', { description: 'The template key.' }),
    name: t.exposeString('name'),
    phaseKey: t.exposeString('phaseKey'),
    status: t.expose('status', { type: DeliverableStatusEnum }),
    fields: t.field({ type: 'JSON', description: 'Template field values, by field key.', resolve: (d) => d.fields }),
    template: t.field({ description: 'The template it was made from; null if the methodology no longer has it.', type: TemplateDefRef, nullable: true, select: TEMPLATE_SELECT, resolve: (d) => templateOf(d) }),
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

const RuleEvaluationErrorCodeEnum = builder.enumType('RuleEvaluationErrorCode', {
  description: 'Why a rule has no result.',
  values: {
    EVALUATION_LIMIT: {
      description: 'The evaluation exceeded its budget (steps, created elements or depth) and was stopped; see the README, "Expression safety".',
    },
    EVALUATION_ERROR: { description: 'The evaluation failed, e.g. on an operator that does not exist.' },
  } as const,
});

const RuleEvaluationErrorRef = builder
  .objectRef<{ code: 'EVALUATION_LIMIT' | 'EVALUATION_ERROR'; message: string }>('RuleEvaluationError')
  .implement({
    description: 'Why a rule could not be evaluated. Such a rule fails (a rule that cannot run never passes).',
    fields: (t) => ({
      code: t.field({ type: RuleEvaluationErrorCodeEnum, description: 'What stopped the evaluation.', resolve: (error) => error.code }),
      message: t.exposeString('message', { description: 'What went wrong, for people: which limit was exceeded, or the failure.' }),
    }),
  });

const ruleErrorDescription =
  'Set when the rule could not be evaluated (it then fails): EVALUATION_LIMIT when it exceeded its budget. ' +
  'Its evidence carries the same under the key "$error".';

const ComplianceSourceEnum = builder.enumType(ComplianceSource, {
  name: 'ComplianceSource',
  description: 'Where a compliance result comes from.',
  values: {
    METHODOLOGY: { description: "A rule of the project's methodology (its ruleKey is the rule's key)." },
    POLICY: { description: 'An organisation policy (its ruleKey is "policy:<policy key>"; see `policy`).' },
  },
});

const RuleEvaluationRef = builder.prismaNode('RuleEvaluation', {
  id: { field: 'id' },
  // node(id) of a missing record is null, not an error (findUnique, not findUniqueOrThrow).
  nullable: true,
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
      resolve: (e, _args, ctx) =>
        evidenceFor(ctx.viewer, ctx.prisma, e.evidence, e.methodologyKey && e.methodologyVersion ? { key: e.methodologyKey, version: e.methodologyVersion } : null),
    }),
    error: t.field({
      type: RuleEvaluationErrorRef,
      nullable: true,
      description: ruleErrorDescription,
      select: { evidence: true },
      resolve: (e) => evidenceError(e.evidence),
    }),
    phaseKey: t.exposeString('phaseKey', { nullable: true }),
    source: t.expose('source', { type: ComplianceSourceEnum, description: "A rule of the project's methodology, or an organisation policy." }),
    policy: t.relation('policy', {
      nullable: true,
      description: 'The policy evaluated (source POLICY); null for methodology rules, and for team members (who do not read policies).',
      authScopes: { seeMoney: true },
      unauthorizedResolver: () => null,
    }),
    policyVersion: t.exposeInt('policyVersion', { nullable: true, description: 'The policy version evaluated (source POLICY); null for methodology rules.' }),
    methodologyKey: t.exposeString('methodologyKey', { nullable: true, description: 'The methodology the rule belongs to; null for a policy result.' }),
    methodologyVersion: t.exposeString('methodologyVersion', { nullable: true, description: 'Its version; null for a policy result.' }),
    evaluatedAt: t.expose('evaluatedAt', { type: 'DateTime' }),
  }),
});

const RuleEvaluationConnection = nodeConnection(RuleEvaluationRef, 'RuleEvaluation');

builder.prismaObject('RuleWaiver', {
  description: 'An audited exception: a failing rule that does not block the project until the waiver expires or is revoked.',
  fields: (t) => ({
    id: t.exposeID('id'),
    ruleKey: t.exposeString('ruleKey'),
    reason: t.exposeString('reason'),
    expiresAt: t.expose('expiresAt', { type: 'DateTime' }),
    revokedAt: t.expose('revokedAt', { type: 'DateTime', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    active: t.boolean({ description: 'Neither expired nor revoked.', resolve: (w) => !w.revokedAt && w.expiresAt.getTime() > Date.now() }),
  }),
});

const SeverityCountRef = builder.objectRef<SeverityCount>('SeverityCount').implement({
  description: 'The latest results of the rules of one severity.',
  fields: (t) => ({
    severity: t.expose('severity', { description: 'The severity counted.', type: RuleSeverityEnum }),
    passed: t.exposeInt('passed', { description: 'Rules that passed.' }),
    failing: t.exposeInt('failing', { description: 'Failing and not waived (as ComplianceSummary.failing counts them).' }),
    failed: t.exposeInt('failing', { description: 'Failing and not waived.', deprecationReason: 'Use `failing`, the name ComplianceSummary uses too.' }),
    waived: t.exposeInt('waived', { description: 'Failing rules covered by an active waiver.' }),
  }),
});

export const ComplianceSummaryRef = builder.objectRef<ComplianceSummary>('ComplianceSummary').implement({
  description: 'Counts of the latest rule results, over one project or the projects of a portfolio.',
  fields: (t) => ({
    bySeverity: t.field({ description: 'The counts of each severity, INFO to BLOCKER.', type: [SeverityCountRef], resolve: (s) => s.bySeverity }),
    failing: t.exposeInt('failing', { description: 'Failing, unwaived rules.' }),
    blocking: t.exposeInt('blocking', { description: 'Failing, unwaived BLOCKER rules.' }),
    projectsEvaluated: t.exposeInt('projectsEvaluated', { description: 'Projects with at least one stored evaluation.' }),
    projectsBlocked: t.exposeInt('projectsBlocked', { description: 'Projects with at least one failing, unwaived BLOCKER rule.' }),
  }),
});

const ProjectFieldValueRef = builder
  .objectRef<{ definition: ResolvedMethodology['projectFields'][number]; value: unknown }>('ProjectFieldValue')
  .implement({
    description: "The value of one of the methodology's project fields on a project.",
    fields: (t) => ({
      key: t.string({ description: 'The field key.', resolve: (f) => f.definition.key }),
      value: t.field({ description: 'The value; null when unset.', type: 'JSON', nullable: true, resolve: (f) => f.value ?? null }),
      definition: t.field({ description: 'The field as the methodology defines it.', type: FieldDefRef, resolve: (f) => f.definition }),
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
  phases: t.relation('phases', { description: "The methodology's phases, in order.", query: { orderBy: { position: 'asc' } } }),
  currentPhase: t.field({
    type: ProjectPhaseRef,
    nullable: true,
    description: 'The active phase; null before the methodology starts or once every phase is complete.',
    select: { phases: { where: { status: 'ACTIVE' }, take: 1 } },
    resolve: (p) => p.phases[0] ?? null,
  }),
  deliverables: t.relation('deliverables', { description: 'The deliverables, by phase then key.', query: { orderBy: [{ phaseKey: 'asc' }, { key: 'asc' }] } }),
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
  waivers: t.relation('waivers', { description: 'Waivers granted on the project, newest first.', query: { orderBy: { createdAt: 'desc' } } }),
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
    ruleKey: t.exposeString('ruleKey', { description: 'The failing rule.' }),
    severity: t.expose('severity', { description: 'Its severity.', type: RuleSeverityEnum }),
    message: t.exposeString('message', { description: 'What must be true.' }),
    evidence: t.field({
      type: 'JSON',
      description: 'Facts path → value, for every variable the rule read. Money values are null for team members.',
      resolve: (f, _args, ctx) => evidenceFor(ctx.viewer, ctx.prisma, f.evidence, f.methodology),
    }),
    error: t.field({ type: RuleEvaluationErrorRef, nullable: true, description: ruleErrorDescription, resolve: (f) => evidenceError(f.evidence) }),
  }),
});

builder.objectType(GateBlockedError, {
  name: 'GateBlockedError',
  interfaces: [ErrorInterface],
  description: 'The phase gate is shut: nothing was changed. Fix the failing rules, or have them waived.',
  fields: (t) => ({
    phaseKey: t.exposeString('phaseKey', { description: 'The phase whose gate is shut; null when the refusal is not about one phase.', nullable: true }),
    failingRules: t.field({ description: 'The rules keeping it shut, with their evidence.', type: [GateFailureRef], resolve: (error) => error.failingRules }),
  }),
});

const UpdateDeliverableInput = builder.inputType('UpdateDeliverableInput', {
  description: 'Changes to the fields of a deliverable that is not approved.',
  fields: (t) => ({
    id: t.globalID({ description: 'The deliverable.', required: true }),
    version: t.int({ description: 'The deliverable version you read.', required: true }),
    fields: t.field({
      type: 'JSON',
      required: true,
      description: 'Field values to set, by template field key (null clears one).',
      validate: jsonObject,
    }),
  }),
});
const DeliverableActionInput = builder.inputType('DeliverableActionInput', {
  description: 'A deliverable to submit, approve or reject.',
  fields: (t) => ({
    id: t.globalID({ description: 'The deliverable.', required: true }),
    version: t.int({ description: 'The deliverable version you read.', required: true }),
    note: t.string({ description: 'Approve or reject only: a note for the author, up to 2000 characters.', validate: z.string().max(2000, 'must be at most 2000 characters') }),
  }),
});
const AdvancePhaseInput = builder.inputType('AdvancePhaseInput', {
  description: "The project whose current phase's gate to pass.",
  fields: (t) => ({
    projectId: t.globalID({ description: 'The project.', required: true }),
    version: t.int({ required: true, description: 'The project version you read.' }),
  }),
});
const WaiveRuleInput = builder.inputType('WaiveRuleInput', {
  description: 'A rule of a project to waive, why, and until when.',
  validate: z.looseObject({
    reason: z.string().trim().min(10, 'give a reason of at least 10 characters').max(2000, 'must be at most 2000 characters'),
    ruleKey: z.string().min(1).max(60),
  }),
  fields: (t) => ({
    projectId: t.globalID({ description: 'The project.', required: true }),
    ruleKey: t.string({ description: 'A rule of the pinned methodology.', required: true }),
    reason: t.string({ description: 'Why the failure is accepted (10..2000 characters; audited).', required: true }),
    expiresAt: t.field({ description: 'When the waiver stops applying: in the future, at most 366 days ahead.', type: 'DateTime', required: true }),
  }),
});
const RevokeWaiverInput = builder.inputType('RevokeWaiverInput', {
  description: 'A waiver to end early.',
  fields: (t) => ({ waiverId: t.id({ description: 'RuleWaiver.id of the waiver.', required: true, validate: z.uuid('not a waiver id') }) }),
});
const EvaluateComplianceInput = builder.inputType('EvaluateComplianceInput', {
  description: 'The project to evaluate.',
  fields: (t) => ({ projectId: t.globalID({ description: 'The project.', required: true }) }),
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
    description: 'Sets field values of a deliverable (a draft or a rejected one); the project team may.',
    type: 'Deliverable',
    args: { input: t.arg({ description: 'The deliverable, its version and the values.', type: UpdateDeliverableInput, required: true }) },
    errors: mutationErrors(),
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
    description: "Submits a deliverable for approval (the template's submitRoles); every required field needs a value.",
    type: 'Deliverable',
    args: { input: t.arg({ description: 'The deliverable and its version.', type: DeliverableActionInput, required: true }) },
    errors: mutationErrors(),
    authScopes: { authenticated: true },
    resolve: async (query, _root, { input }, ctx) =>
      reloadRow(ctx.prisma.deliverable, query, await submitDeliverable(serviceContextOf(ctx), { id: deliverableIdOf(input.id), version: input.version })),
  }),
  approveDeliverable: t.prismaField({
    description: "Approves a submitted deliverable (the template's approveRoles); it can no longer change.",
    type: 'Deliverable',
    args: { input: t.arg({ description: 'The deliverable, its version and an optional note.', type: DeliverableActionInput, required: true }) },
    errors: mutationErrors(),
    authScopes: { authenticated: true }, // the template's approveRoles decide (server/methodology/deliverables.ts)
    resolve: async (query, _root, { input }, ctx) =>
      reloadRow(ctx.prisma.deliverable, query, await decideDeliverable(serviceContextOf(ctx), { ...decision(input), approve: true })),
  }),
  rejectDeliverable: t.prismaField({
    description: "Sends a submitted deliverable back to its author with a note (the template's approveRoles).",
    type: 'Deliverable',
    args: { input: t.arg({ description: 'The deliverable, its version and a note.', type: DeliverableActionInput, required: true }) },
    errors: mutationErrors(),
    authScopes: { authenticated: true }, // the template's approveRoles decide (server/methodology/deliverables.ts)
    resolve: async (query, _root, { input }, ctx) =>
      reloadRow(ctx.prisma.deliverable, query, await decideDeliverable(serviceContextOf(ctx), { ...decision(input), approve: false })),
  }),
  advancePhase: t.prismaField({
    type: 'Project',
    description: "Passes the current phase's gate: completes it and starts the next, or answers GateBlockedError (or PolicyViolationError: a failing BLOCKING policy).",
    args: { input: t.arg({ description: 'The project and its version.', type: AdvancePhaseInput, required: true }) },
    errors: mutationErrors(GateBlockedError, PolicyViolationError),
    authScopes: { writer: true },
    resolve: async (query, _root, { input }, ctx) =>
      reloadRow(ctx.prisma.project, query, await advancePhase(serviceContextOf(ctx), { projectId: projectIdOf(input.projectId), version: input.version })),
  }),
  waiveRule: t.prismaField({
    type: 'RuleWaiver',
    description: "Waives a rule on a project until expiresAt (PMO_ADMIN or the portfolio's owner); audited.",
    args: { input: t.arg({ description: 'The project, the rule, a reason and an expiry.', type: WaiveRuleInput, required: true }) },
    errors: mutationErrors(),
    authScopes: { writer: true },
    resolve: async (query, _root, { input }, ctx) =>
      reloadRow(ctx.prisma.ruleWaiver, query, await waiveRule(serviceContextOf(ctx), { ...input, projectId: projectIdOf(input.projectId) })),
  }),
  revokeWaiver: t.prismaField({
    description: 'Ends a waiver before it expires (as waiveRule: PMO_ADMIN or the portfolio owner); audited.',
    type: 'RuleWaiver',
    args: { input: t.arg({ description: 'The waiver.', type: RevokeWaiverInput, required: true }) },
    errors: mutationErrors(),
    authScopes: { writer: true },
    resolve: async (query, _root, { input }, ctx) =>
      reloadRow(ctx.prisma.ruleWaiver, query, await revokeWaiver(serviceContextOf(ctx), { waiverId: String(input.waiverId) })),
  }),
  evaluateCompliance: t.prismaField({
    type: 'Project',
    description: "Evaluates the project's rules now and stores the results.",
    args: { input: t.arg({ description: 'The project.', type: EvaluateComplianceInput, required: true }) },
    errors: mutationErrors(),
    authScopes: { writer: true },
    resolve: async (query, _root, { input }, ctx) =>
      reloadRow(ctx.prisma.project, query, await evaluateCompliance(serviceContextOf(ctx), { projectId: projectIdOf(input.projectId) })),
  }),
}));
