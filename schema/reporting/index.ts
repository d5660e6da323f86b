// The GraphQL skin of the reporting domain: derived health with its evidence, the thresholds,
// and status reports.
import { z } from 'zod';
import { healthThresholds, projectHealth, type ProjectHealth, submitStatusReport, type Thresholds, updateHealthThresholds } from '../../server/reporting/index.js';
import { builder } from '../builder.js';
import { HealthEnum } from '../projects/index.js';
import { serviceContextOf } from '../shared/context.js';
import { nodeConnection } from '../shared/connections.js';
import { mutationErrors } from '../shared/errors.js';
import { idOf } from '../shared/ids.js';
import { moneyFieldOptions } from '../shared/money.js';
import { reloadRow } from '../shared/reload.js';
import { description, inputRules } from '../shared/validators.js';

const DimensionEnum = builder.enumType('HealthDimension', {
  description: 'What a health verdict is about.',
  values: {
    SCHEDULE: { description: 'SPI and the finish slip past the target end date.' },
    COST: { description: 'CPI and the EAC against the budget.' },
    SCOPE: { description: 'Scope change against the scope approved.' },
    RISK: { description: 'Open high and critical risks.' },
    COMPLIANCE: { description: 'Failing methodology rules.' },
  },
});

const FigureRef = builder.objectRef<{ name: string; value: number | null }>('HealthFigure').implement({
  description: 'A figure a verdict was decided by (ratios and counts; never money).',
  fields: (t) => ({
    name: t.string({ description: 'e.g. spi, slipDays, overrun (share of the budget).', resolve: (f) => f.name }),
    value: t.float({ nullable: true, description: 'Null when it could not be computed.', resolve: (f) => f.value }),
  }),
});

const VerdictRef = builder.objectRef<ProjectHealth['dimensions'][number]>('HealthVerdict').implement({
  description: 'The RAG verdict of one dimension, with what decided it.',
  fields: (t) => ({
    dimension: t.field({ type: DimensionEnum, description: 'What it is about.', resolve: (v) => v.dimension }),
    rag: t.field({ type: HealthEnum, description: 'GREEN, AMBER or RED.', resolve: (v) => v.rag }),
    assessed: t.boolean({ description: 'False when there were no figures to judge by (the verdict is then GREEN).', resolve: (v) => v.assessed }),
    reason: t.string({ description: 'The figures and thresholds that decided it, e.g. "SPI 0.82 < 0.85".', resolve: (v) => v.reason }),
    figures: t.field({ type: [FigureRef], description: 'The figures of the dimension.', resolve: (v) => v.figures }),
  }),
});

const ThresholdsRef = builder.objectRef<Thresholds>('HealthThresholds').implement({
  description: 'The thresholds of derived health (PMO_ADMIN sets them; the defaults until then).',
  fields: (t) => ({
    indexAmber: t.float({ description: 'SPI or CPI below this is AMBER (default 0.95).', resolve: (v) => v.indexAmber }),
    indexRed: t.float({ description: 'SPI or CPI below this is RED (default 0.85).', resolve: (v) => v.indexRed }),
    slipAmberDays: t.int({ description: 'A finish slip above this many working days is AMBER (default 0).', resolve: (v) => v.slipAmberDays }),
    slipRedDays: t.int({ description: 'A finish slip above this many working days is RED (default 10).', resolve: (v) => v.slipRedDays }),
    overrunAmber: t.float({ description: 'EAC over budget above this share is AMBER (default 0.05).', resolve: (v) => v.overrunAmber }),
    overrunRed: t.float({ description: 'EAC over budget above this share is RED (default 0.15).', resolve: (v) => v.overrunRed }),
    scopeChangeAmber: t.float({ description: 'Scope change above this share is AMBER (default 0.1).', resolve: (v) => v.scopeChangeAmber }),
    scopeChangeRed: t.float({ description: 'Scope change above this share is RED (default 0.25).', resolve: (v) => v.scopeChangeRed }),
    highRisksAmber: t.int({ description: 'This many open high risks are AMBER (default 1); any open critical risk is RED.', resolve: (v) => v.highRisksAmber }),
    version: t.int({ description: "The PMO's settings version (0 while the defaults apply); send it back with updates.", resolve: (v) => v.version }),
  }),
});


const AssessmentRef = builder.objectRef<ProjectHealth>('HealthAssessment').implement({
  description: 'Derived health: a verdict per dimension and overall (the worst), each explaining itself.',
  fields: (t) => ({
    overall: t.field({ type: HealthEnum, description: 'The worst of the dimensions.', resolve: (h) => h.overall }),
    dimensions: t.field({ type: [VerdictRef], description: 'Schedule, cost, scope, risk and compliance.', resolve: (h) => h.dimensions }),
    thresholds: t.field({ type: ThresholdsRef, description: "The thresholds applied: the PMO's, with the methodology's overrides on top.", resolve: (h) => h.thresholds }),
    thresholdsOverriddenBy: t.string({
      nullable: true,
      description: 'The methodology ("key@version") whose manifest overrides some thresholds for this project; null when none does.',
      resolve: (h) => h.thresholds.overriddenBy,
    }),
    overriddenThresholds: t.stringList({ description: 'The names of the thresholds the methodology overrides (e.g. indexAmber).', resolve: (h) => h.thresholds.overridden }),
  }),
});

const StatusReportRef = builder.prismaNode('StatusReport', {
  id: { field: 'id' },
  // node(id) of a missing record is null, not an error (findUnique, not findUniqueOrThrow).
  nullable: true,
  description: 'A dated status report with the figures frozen when it was submitted.',
  select: { id: true, projectId: true },
  authScopes: (report) => ({ readProject: report.projectId }),
  fields: (t) => ({
    summary: t.exposeString('summary', { description: 'The state of the project in a few lines.' }),
    accomplishments: t.exposeString('accomplishments', { description: 'What was done since the last report.' }),
    nextSteps: t.exposeString('nextSteps', { description: 'What comes next.' }),
    derivedHealth: t.expose('derivedHealth', { type: HealthEnum, description: 'What the figures gave.' }),
    healthOverride: t.expose('healthOverride', { type: HealthEnum, nullable: true, description: "The manager's verdict, when it differs from the derived one." }),
    overrideReason: t.exposeString('overrideReason', { nullable: true, description: 'Why the derived health was overridden.' }),
    health: t.field({ type: HealthEnum, description: 'The verdict of the report: the override if any, else the derived health.', select: { healthOverride: true, derivedHealth: true }, resolve: (r) => r.healthOverride ?? r.derivedHealth }),
    figures: t.expose('figures', { ...moneyFieldOptions, type: 'JSON', description: 'The assessment and the earned value figures as they were (they hold money). Hidden (null) from team members.' }),
    reportedBy: t.relation('reportedBy', { nullable: true, description: 'Who submitted it.' }),
    submittedAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was submitted.' }),
  }),
});

const StatusReportConnection = nodeConnection(StatusReportRef, 'StatusReport');

builder.prismaObjectFields('Project', (t) => ({
  healthAssessment: t.field({
    type: AssessmentRef,
    // Earned value, the schedule, risks and compliance of the project.
    extensions: { cost: 30 },
    description: 'Derived health now, per dimension and overall, with the figures and thresholds that decided it.',
    resolve: (project, _args, ctx) => projectHealth(ctx, project.id),
  }),
  statusReports: t.relatedConnection(
    'statusReports',
    { cursor: 'id', description: 'Status reports, newest first.', totalCount: true, query: { orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] } },
    StatusReportConnection,
  ),
}));

builder.queryFields((t) => ({
  healthThresholds: t.field({ type: ThresholdsRef, description: 'The thresholds of derived health.', resolve: (_root, _args, ctx) => healthThresholds(ctx.prisma) }),
}));

const share = (field: string) => z.number().min(0, `${field} must not be negative`).max(10, `${field} must be at most 10`).nullish();
const UpdateHealthThresholdsInput = builder.inputType('UpdateHealthThresholdsInput', {
  description: 'New thresholds (what is not given keeps its value).',
  validate: inputRules({
    indexAmber: share('indexAmber'), indexRed: share('indexRed'), overrunAmber: share('overrunAmber'), overrunRed: share('overrunRed'),
    scopeChangeAmber: share('scopeChangeAmber'), scopeChangeRed: share('scopeChangeRed'),
    slipAmberDays: z.number().int().min(0).max(10_000).nullish(), slipRedDays: z.number().int().min(0).max(10_000).nullish(), highRisksAmber: z.number().int().min(1).max(1000).nullish(),
  }),
  fields: (t) => ({
    version: t.int({ required: true, description: 'The version you read (0 for the defaults); a stale one gives ConflictError.' }),
    indexAmber: t.float({ description: 'SPI or CPI below this is AMBER.' }),
    indexRed: t.float({ description: 'SPI or CPI below this is RED (not above indexAmber).' }),
    slipAmberDays: t.int({ description: 'Working days of finish slip above which it is AMBER.' }),
    slipRedDays: t.int({ description: 'Working days of finish slip above which it is RED.' }),
    overrunAmber: t.float({ description: 'EAC over budget (share) above which it is AMBER.' }),
    overrunRed: t.float({ description: 'EAC over budget (share) above which it is RED.' }),
    scopeChangeAmber: t.float({ description: 'Scope change (share) above which it is AMBER.' }),
    scopeChangeRed: t.float({ description: 'Scope change (share) above which it is RED.' }),
    highRisksAmber: t.int({ description: 'Open high risks from which it is AMBER.' }),
  }),
});

const SubmitStatusReportInput = builder.inputType('SubmitStatusReportInput', {
  description: 'A status report of a project.',
  validate: inputRules({
    summary: z.string().trim().min(1, 'must not be empty').max(10_000, 'must be at most 10000 characters'),
    accomplishments: description.nullish(), nextSteps: description.nullish(), overrideReason: z.string().max(2000, 'must be at most 2000 characters').nullish(),
  }),
  fields: (t) => ({
    projectId: t.globalID({ description: 'The project.', required: true }),
    summary: t.string({ description: 'The state of the project in a few lines.', required: true }),
    accomplishments: t.string({ description: 'What was done since the last report.' }),
    nextSteps: t.string({ description: 'What comes next.' }),
    healthOverride: t.field({ type: HealthEnum, description: 'Your verdict, when it differs from the derived health (needs overrideReason).' }),
    overrideReason: t.string({ description: 'Why you override the derived health.' }),
  }),
});

builder.mutationFields((t) => ({
  updateHealthThresholds: t.field({
    type: ThresholdsRef,
    description: 'Sets the thresholds of derived health (PMO_ADMIN).',
    args: { input: t.arg({ description: 'The version read and the new values.', type: UpdateHealthThresholdsInput, required: true }) },
    errors: mutationErrors(),
    authScopes: { admin: true },
    resolve: (_root, { input }, ctx) => updateHealthThresholds(serviceContextOf(ctx), input as never),
  }),
  submitStatusReport: t.prismaField({
    type: 'StatusReport',
    description: 'Submits a status report with the figures of now frozen in it; the project takes its health (the managers of the project may).',
    args: { input: t.arg({ description: 'The report.', type: SubmitStatusReportInput, required: true }) },
    errors: mutationErrors(),
    authScopes: { writer: true },
    resolve: async (query, _root, { input }, ctx) => {
      const report = await submitStatusReport({ ...ctx, ...serviceContextOf(ctx) }, { ...input, projectId: idOf(input.projectId, 'Project', ['input', 'projectId']) });
      return reloadRow(ctx.prisma.statusReport, query, report);
    },
  }),
}));
import './dashboard.js';
