// Methodology plugins as the API shows them: the registry, the definitions of phases, templates,
// rules, triggers and fields, and the PMO's configuration mutations.
import semver from 'semver';
import { z } from 'zod';
import {
  type FieldDef,
  installMethodology,
  type ManifestProblem,
  type MetricDef,
  methodologyWhere,
  type PhaseDef,
  type ResolvedMethodology,
  type RiskTriggerDef,
  type RuleDef,
  setMethodologyEnabled,
  type TemplateDef,
  validateMethodologyManifest,
} from '../../server/methodology/index.js';
import type { Methodology } from '../../server/platform/db/generated/prisma/client.js';
import { RuleKind, RuleSeverity } from '../../server/platform/db/generated/prisma/enums.js';
import { builder } from '../builder.js';
import { ProjectStatusEnum } from '../projects/index.js';
import { AlertSeverityEnum } from '../risks/index.js';
import { serviceContextOf } from '../shared/context.js';
import { nodeConnection } from '../shared/connections.js';
import { mutationErrors } from '../shared/errors.js';
import { filteredPage } from '../shared/pages.js';
import { reloadRow } from '../shared/reload.js';
import { RoleEnum } from '../users/index.js';

export const RuleKindEnum = builder.enumType(RuleKind, {
  name: 'RuleKind',
  description: 'QUALITY or COMPLIANCE.',
  values: {
    QUALITY: { description: 'Good practice: how well the project is run.' },
    COMPLIANCE: { description: 'A policy or standard the project must meet.' },
  },
});
export const RuleSeverityEnum = builder.enumType(RuleSeverity, {
  name: 'RuleSeverity',
  description: 'INFO < WARNING < ERROR < BLOCKER (a failing BLOCKER shuts the phase gate unless waived).',
  values: {
    INFO: { description: 'For information.' },
    WARNING: { description: 'Should be fixed.' },
    ERROR: { description: 'Must be fixed; does not stop a gate.' },
    BLOCKER: { description: 'Must pass (or be waived) to leave the phase.' },
  },
});

const resolvedOf = (row: Methodology) => row.resolved as unknown as ResolvedMethodology;

export const FieldDefRef = builder.objectRef<FieldDef>('MethodologyField').implement({
  description: 'A typed field of a project (projectFields) or of a deliverable template.',
  fields: (t) => ({
    key: t.exposeString('key', { description: 'Field key: project.fields / deliverable.fields are keyed by it (facts: fields.<key>).' }),
    type: t.exposeString('type', { description: 'text, number, integer, boolean, date, enum or url.' }),
    label: t.string({ description: 'Label for forms; the key when the manifest gives none.', resolve: (field) => field.label ?? field.key }),
    description: t.exposeString('description', { description: 'Help text for the field.', nullable: true }),
    required: t.exposeBoolean('required', { description: 'Whether a value is required (a project cannot be created, or a deliverable submitted, without it).' }),
    options: t.stringList({ description: 'Enum fields: the allowed values; null for other types.', nullable: true, resolve: (field) => field.options ?? null }),
    default: t.field({ description: 'The value a new project or deliverable starts with; null when none.', type: 'JSON', nullable: true, resolve: (field) => field.default ?? null }),
  }),
});

const GateRef = builder.objectRef<NonNullable<PhaseDef['gate']>>('MethodologyGate').implement({
  description: 'The exit criteria of a phase.',
  fields: (t) => ({ rules: t.exposeStringList('rules', { description: 'Rules that must pass (or be waived) to leave the phase.' }) }),
});

const PhaseDefRef = builder.objectRef<PhaseDef>('MethodologyPhase').implement({
  description: 'A phase of the life cycle, with its deliverables and gate.',
  fields: (t) => ({
    key: t.exposeString('key', { description: 'Phase key (facts: phase.key).' }),
    name: t.exposeString('name', { description: 'Display name.' }),
    description: t.exposeString('description', { description: 'What happens in the phase.', nullable: true }),
    deliverables: t.exposeStringList('deliverables', { description: 'Template keys.' }),
    gate: t.field({ description: 'The exit criteria; null when the phase has no gate.', type: GateRef, nullable: true, resolve: (phase) => phase.gate ?? null }),
  }),
});

export const TemplateDefRef = builder.objectRef<TemplateDef>('MethodologyTemplate').implement({
  description: 'A deliverable template: the document a phase produces, with its fields and who submits and approves it.',
  fields: (t) => ({
    key: t.exposeString('key', { description: 'Template key (facts: deliverables.<key>.*).' }),
    name: t.exposeString('name', { description: 'Display name.' }),
    description: t.exposeString('description', { description: 'What the document is for.', nullable: true }),
    fields: t.field({ description: 'The fields of the document.', type: [FieldDefRef], resolve: (template) => template.fields }),
    submitRoles: t.expose('submitRoles', { type: [RoleEnum], description: 'Roles that may submit the deliverable for approval.' }),
    approveRoles: t.expose('approveRoles', { type: [RoleEnum], description: 'Roles that may approve or reject a submitted deliverable.' }),
  }),
});

const AppliesToRef = builder.objectRef<NonNullable<RuleDef['appliesTo']>>('RuleAppliesTo').implement({
  description: 'Where a rule is in force.',
  fields: (t) => ({
    phases: t.stringList({ description: 'Phase keys in which the rule applies; null: every phase.', nullable: true, resolve: (a) => a.phases ?? null }),
    statuses: t.field({ type: [ProjectStatusEnum], nullable: true, description: 'Project statuses in which the rule applies; null: every status.', resolve: (a) => a.statuses ?? null }),
  }),
});

const RuleDefRef = builder.objectRef<RuleDef>('MethodologyRule').implement({
  description: 'A quality or compliance rule: a JSON-Logic check over the facts document.',
  fields: (t) => ({
    key: t.exposeString('key', { description: 'Rule key (waivers and gates name it).' }),
    kind: t.expose('kind', { description: 'QUALITY or COMPLIANCE.', type: RuleKindEnum }),
    severity: t.expose('severity', { description: 'How serious a failure is; BLOCKER failures shut the phase gate.', type: RuleSeverityEnum }),
    appliesTo: t.field({ description: 'Where the rule is in force; null: everywhere.', type: AppliesToRef, nullable: true, resolve: (rule) => rule.appliesTo ?? null }),
    check: t.field({ type: 'JSON', description: 'The JSON-Logic expression.', resolve: (rule) => rule.check }),
    message: t.exposeString('message', { description: 'What must be true, shown when the rule fails.' }),
    description: t.exposeString('description', { description: 'Why the rule exists.', nullable: true }),
  }),
});

const RiskTriggerDefRef = builder.objectRef<RiskTriggerDef>('MethodologyRiskTrigger').implement({
  description: 'A condition over the facts document that raises a risk alert while it holds.',
  fields: (t) => ({
    key: t.exposeString('key', { description: 'Trigger key (RiskAlert.reason names it).' }),
    severity: t.expose('severity', { type: AlertSeverityEnum, description: 'The severity of the alerts it raises.' }),
    when: t.field({ description: 'The JSON-Logic condition; the trigger holds when it is truthy.', type: 'JSON', resolve: (trigger) => trigger.when }),
    message: t.exposeString('message', { description: 'Why the condition matters, shown on the alert.' }),
    description: t.exposeString('description', { description: 'More about the trigger.', nullable: true }),
  }),
});

const MetricDefRef = builder.objectRef<MetricDef>('MethodologyMetric').implement({
  description: 'A plugin metric: a number computed from the facts (facts: metrics.<key>).',
  fields: (t) => ({
    key: t.exposeString('key', { description: 'Metric key.' }),
    expr: t.field({ description: 'The JSON-Logic expression; non-numbers evaluate to null.', type: 'JSON', resolve: (metric) => metric.expr }),
    description: t.exposeString('description', { description: 'What the metric measures.', nullable: true }),
  }),
});

const MethodologyRef = builder.prismaNode('Methodology', {
  id: { field: 'id' },
  // node(id) of a missing record is null, not an error (findUnique, not findUniqueOrThrow).
  nullable: true,
  authScopes: { authenticated: true },
  description: 'One installed version of a methodology plugin, composed with what it extends.',
  fields: (t) => ({
    key: t.exposeString('key'),
    version: t.exposeString('version'),
    name: t.exposeString('name'),
    description: t.exposeString('description'),
    enabled: t.exposeBoolean('enabled', { description: 'Disabled versions cannot start new projects.' }),
    builtIn: t.exposeBoolean('builtIn'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    extends: t.stringList({ description: 'Keys of the plugins this one composes, in order.', resolve: (row) => (row.manifest as { extends?: string[] }).extends ?? [] }),
    lineage: t.stringList({ description: 'key@version of every manifest composed.', resolve: (row) => resolvedOf(row).lineage }),
    projectFields: t.field({ description: 'The typed fields every project of this methodology carries (composed).', type: [FieldDefRef], resolve: (row) => resolvedOf(row).projectFields }),
    phases: t.field({ description: 'The phases, in order (composed).', type: [PhaseDefRef], resolve: (row) => resolvedOf(row).phases }),
    templates: t.field({ description: 'The deliverable templates (composed).', type: [TemplateDefRef], resolve: (row) => resolvedOf(row).templates }),
    rules: t.field({ description: 'The quality and compliance rules (composed).', type: [RuleDefRef], resolve: (row) => resolvedOf(row).rules }),
    riskTriggers: t.field({ description: 'The risk triggers (composed).', type: [RiskTriggerDefRef], resolve: (row) => resolvedOf(row).riskTriggers }),
    metrics: t.field({ description: 'The plugin metrics (composed).', type: [MetricDefRef], resolve: (row) => resolvedOf(row).metrics }),
    manifest: t.field({ type: 'JSON', description: 'The manifest as installed.', resolve: (row) => row.manifest }),
  }),
});

const ProblemRef = builder.objectRef<ManifestProblem>('ManifestProblem').implement({
  description: 'One problem found in a manifest.',
  fields: (t) => ({
    // An array, as FieldIssue.path is: array indexes are strings too ("2"), so clients walk both
    // the same way; [] is the whole document.
    path: t.stringList({
      description: 'Path into the manifest, e.g. ["rules", "2", "check", "==", "0", "var"]; [] is the whole document.',
      resolve: (problem) => problem.path.map(String),
    }),
    message: t.exposeString('message', { description: 'What is wrong, in words an author can act on.' }),
  }),
});

const ValidationReportRef = builder.objectRef<{ valid: boolean; problems: ManifestProblem[] }>('MethodologyValidation').implement({
  description: 'The outcome of a dry-run validation.',
  fields: (t) => ({
    valid: t.exposeBoolean('valid', { description: 'Whether the manifest can be installed as it is.' }),
    problems: t.field({ description: 'Every problem, each with its path; empty when valid.', type: [ProblemRef], resolve: (report) => report.problems }),
  }),
});

const MethodologyFilter = builder.inputType('MethodologyFilter', {
  description: 'Narrows the list of installed methodologies.',
  fields: (t) => ({
    key: t.string({ description: 'Only versions of this key.' }),
    enabled: t.boolean({ description: 'Only enabled (true) or disabled (false) versions.' }),
  }),
});

builder.queryFields((t) => ({
  methodologies: t.prismaConnection(
    {
      type: 'Methodology',
      cursor: 'id',
      description: 'Installed methodology versions, by key then newest first.',
      args: { filter: t.arg({ description: 'Which versions to list.', type: MethodologyFilter }) },
      totalCount: (_root, args, ctx) => ctx.prisma.methodology.count({ where: methodologyWhere(args.filter) }),
      resolve: (query, _root, args, ctx) =>
        ctx.prisma.methodology.findMany({
          ...filteredPage(query, methodologyWhere(args.filter)),
          orderBy: [{ key: 'asc' }, { createdAt: 'desc' }, { id: 'asc' }],
        }),
    },
    nodeConnection(MethodologyRef, 'Methodology'),
  ),
  methodology: t.prismaField({
    type: 'Methodology',
    nullable: true,
    description: 'A methodology version; without `version`, the newest installed version of the key.',
    args: { key: t.arg.string({ description: 'The plugin key, e.g. "waterfall".', required: true }), version: t.arg.string({ description: 'An exact version; omit for the newest.' }) },
    resolve: async (query, _root, args, ctx) => {
      if (args.version) return ctx.prisma.methodology.findUnique({ ...query, where: { key_version: { key: args.key, version: args.version } } });
      const versions = await ctx.prisma.methodology.findMany({ where: { key: args.key }, select: { id: true, version: true } });
      const newest = versions.sort((a, b) => semver.rcompare(a.version, b.version))[0];
      return newest ? ctx.prisma.methodology.findUnique({ ...query, where: { id: newest.id } }) : null;
    },
  }),
  validateMethodology: t.field({
    type: ValidationReportRef,
    description: 'Dry run: every problem of a manifest, against the installed plugins. Changes nothing.',
    authScopes: { admin: true },
    args: { manifest: t.arg({ description: 'The methodology.json document.', type: 'JSON', required: true }) },
    resolve: (_root, args, ctx) => validateMethodologyManifest(serviceContextOf(ctx), args.manifest),
  }),
}));

const InstallMethodologyInput = builder.inputType('InstallMethodologyInput', {
  description: 'A methodology manifest to install.',
  fields: (t) => ({
    manifest: t.field({ type: 'JSON', required: true, description: 'The methodology.json document.' }),
  }),
});

const SetMethodologyEnabledInput = builder.inputType('SetMethodologyEnabledInput', {
  description: 'Which methodology versions to enable or disable.',
  fields: (t) => ({
    key: t.string({ description: 'The plugin key.', required: true, validate: z.string().min(1).max(40) }),
    version: t.string({ description: 'Omit to apply to every version of the key.' }),
    enabled: t.boolean({ description: 'true enables, false disables.', required: true }),
  }),
});

builder.mutationFields((t) => ({
  installMethodology: t.prismaField({
    type: 'Methodology',
    description: 'Installs a new methodology, or a new version of an installed one (PMO_ADMIN).',
    args: { input: t.arg({ description: 'The manifest.', type: InstallMethodologyInput, required: true }) },
    errors: mutationErrors(),
    authScopes: { writer: true },
    resolve: async (query, _root, { input }, ctx) =>
      reloadRow(ctx.prisma.methodology, query, await installMethodology(serviceContextOf(ctx), { manifest: input.manifest })),
  }),
  setMethodologyEnabled: t.prismaField({
    type: ['Methodology'],
    description: 'Enables or disables versions of a methodology (PMO_ADMIN). Running projects are not affected.',
    args: { input: t.arg({ description: 'The key, optional version and the new state.', type: SetMethodologyEnabledInput, required: true }) },
    errors: mutationErrors(),
    authScopes: { writer: true },
    resolve: async (query, _root, { input }, ctx) =>
      Promise.all((await setMethodologyEnabled(serviceContextOf(ctx), input)).map((row) => reloadRow(ctx.prisma.methodology, query, row))),
  }),
}));
