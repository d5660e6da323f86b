// The methodology manifest (plugins/<key>/methodology.json): the one place its shape is defined.
// It is a public contract that PMO authors write against (see DESIGN.md, "Methodology plugins"),
// so objects are strict — a misspelt property is reported instead of silently ignored — and the
// optional parts get their documented defaults here, so every consumer reads a complete manifest.
//
// Shape only: references between sections, `extends`, JSON-Logic safety and fact variables are
// checked by validate.ts, which also turns zod issues into ManifestProblems.
import { z } from 'zod';

/** Plugin keys: lower-case kebab-case, 2..40 characters (they appear in URLs and lineages). */
export const PLUGIN_KEY = /^[a-z][a-z0-9-]{1,39}$/;
/** Keys of phases, templates, fields, rules, triggers, metrics: camelCase or kebab-case. */
export const ITEM_KEY = /^[a-z][a-zA-Z0-9-]{0,59}$/;
/** Semantic Versioning 2.0.0, the regular expression recommended at semver.org. */
export const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

export const FIELD_TYPES = ['text', 'number', 'integer', 'boolean', 'date', 'enum', 'url'] as const;
export const RULE_KINDS = ['QUALITY', 'COMPLIANCE'] as const;
export const RULE_SEVERITIES = ['INFO', 'WARNING', 'ERROR', 'BLOCKER'] as const;
export const TRIGGER_SEVERITIES = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'] as const;
/** Mirrors the Prisma enums Role and ProjectStatus (a manifest names them as plain strings). */
export const MANIFEST_ROLES = ['PMO_ADMIN', 'PORTFOLIO_MANAGER', 'PROJECT_MANAGER', 'TEAM_MEMBER', 'EXECUTIVE'] as const;
export const PROJECT_STATUSES = ['PROPOSED', 'APPROVED', 'ACTIVE', 'ON_HOLD', 'COMPLETED', 'CANCELLED'] as const;

export const DEFAULT_SUBMIT_ROLES: ManifestRole[] = ['PROJECT_MANAGER'];
export const DEFAULT_APPROVE_ROLES: ManifestRole[] = ['PORTFOLIO_MANAGER', 'PMO_ADMIN'];

export type FieldType = (typeof FIELD_TYPES)[number];
export type RuleKind = (typeof RULE_KINDS)[number];
export type RuleSeverity = (typeof RULE_SEVERITIES)[number];
export type TriggerSeverity = (typeof TRIGGER_SEVERITIES)[number];
/** A role as a manifest names it (submitRoles, approveRoles): the same names as the Prisma enum Role. */
export type ManifestRole = (typeof MANIFEST_ROLES)[number];
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

/** A value of a project field or a deliverable field (dates are "YYYY-MM-DD" strings). */
export type FieldValue = string | number | boolean;

const pluginKey = z.string().regex(PLUGIN_KEY, {
  error: 'must be 2..40 characters: a lower-case letter, then lower-case letters, digits or "-"',
});
const itemKey = z.string().regex(ITEM_KEY, {
  error: 'must be 1..60 characters: a lower-case letter, then letters, digits or "-"',
});
const text = (max: number) => z.string().trim().min(1, { error: 'must not be empty' }).max(max);

/**
 * A JSON-Logic expression. Left open here on purpose: json-logic-safety.ts analyses it with
 * precise paths (operators, var paths, bounds), which a zod schema could not express well.
 */
const expression = z.unknown().refine((value) => value !== undefined, { error: 'is required' });

export const FieldDefSchema = z.strictObject({
  key: itemKey,
  type: z.enum(FIELD_TYPES),
  label: text(120).optional(),
  description: text(2000).optional(),
  required: z.boolean().default(false),
  /** Checked against `type` by validate.ts (a union here would give vague errors). */
  default: z.unknown().optional(),
  /** Enum fields only: the allowed values, non-empty and unique (checked by validate.ts). */
  options: z.array(text(120)).optional(),
});

export const PhaseDefSchema = z.strictObject({
  key: itemKey,
  name: text(120),
  description: text(2000).optional(),
  /** Keys of the templates instantiated as this phase's deliverables. */
  deliverables: z.array(itemKey).default([]),
  /** Rules that must pass (or be waived) to leave the phase. */
  gate: z.strictObject({ rules: z.array(itemKey) }).optional(),
});

export const TemplateDefSchema = z.strictObject({
  key: itemKey,
  name: text(120),
  description: text(2000).optional(),
  fields: z.array(FieldDefSchema).default([]),
  submitRoles: z.array(z.enum(MANIFEST_ROLES)).min(1).default(DEFAULT_SUBMIT_ROLES),
  approveRoles: z.array(z.enum(MANIFEST_ROLES)).min(1).default(DEFAULT_APPROVE_ROLES),
});

export const RuleDefSchema = z.strictObject({
  key: itemKey,
  kind: z.enum(RULE_KINDS),
  severity: z.enum(RULE_SEVERITIES),
  /** Absent (or an absent list) means every phase / every project status. An empty list would
   *  mean "never", which is always a mistake, so lists are non-empty. */
  appliesTo: z
    .strictObject({
      phases: z.array(itemKey).min(1).optional(),
      statuses: z.array(z.enum(PROJECT_STATUSES)).min(1).optional(),
    })
    .optional(),
  /** Passes when it evaluates truthy (JSON-Logic truthiness: [] is falsy). */
  check: expression,
  message: text(500),
  description: text(2000).optional(),
});

export const RiskTriggerDefSchema = z.strictObject({
  key: itemKey,
  severity: z.enum(TRIGGER_SEVERITIES),
  /** Holds when it evaluates truthy. */
  when: expression,
  message: text(500),
  description: text(2000).optional(),
});

export const MetricDefSchema = z.strictObject({
  key: itemKey,
  /** A number; anything else (or a non-finite number) evaluates to null. */
  expr: expression,
  description: text(2000).optional(),
});

/**
 * The health thresholds a methodology overrides (see reporting's derived health). Each AMBER/RED
 * pair is overridden together, so whatever the PMO sets for the others, the pair stays ordered.
 */
export const HEALTH_THRESHOLD_PAIRS = [
  ['indexAmber', 'indexRed'],
  ['slipAmberDays', 'slipRedDays'],
  ['overrunAmber', 'overrunRed'],
  ['scopeChangeAmber', 'scopeChangeRed'],
] as const;
const share = z.number().min(0).max(10);
const workingDays = z.number().int().min(0).max(10_000);
export const HealthThresholdsDefSchema = z
  .strictObject({
    indexAmber: share.optional(),
    indexRed: share.optional(),
    slipAmberDays: workingDays.optional(),
    slipRedDays: workingDays.optional(),
    overrunAmber: share.optional(),
    overrunRed: share.optional(),
    scopeChangeAmber: share.optional(),
    scopeChangeRed: share.optional(),
    highRisksAmber: z.number().int().min(1).max(1000).optional(),
  })
  .superRefine((value, ctx) => {
    for (const [amber, red] of HEALTH_THRESHOLD_PAIRS) {
      if ((value[amber] === undefined) !== (value[red] === undefined)) {
        ctx.addIssue({ code: 'custom', path: [value[amber] === undefined ? amber : red], message: `${amber} and ${red} are overridden together: give both` });
      }
    }
    for (const problem of disorderedThresholds(value)) ctx.addIssue({ code: 'custom', path: [problem.name], message: problem.message });
  });

/**
 * The AMBER/RED pairs out of order (RED is the worse side: a lower index, a larger slip, overrun
 * or scope change), for a manifest's override and for the PMO's thresholds alike.
 */
export function disorderedThresholds(values: Partial<Record<(typeof HEALTH_THRESHOLD_PAIRS)[number][number], number>>): { name: string; message: string }[] {
  const problems = [];
  for (const [amber, red] of HEALTH_THRESHOLD_PAIRS) {
    const a = values[amber];
    const r = values[red];
    if (a === undefined || r === undefined) continue;
    if (amber === 'indexAmber' ? r > a : r < a) problems.push({ name: red, message: `${red} must not be ${amber === 'indexAmber' ? 'above' : 'below'} ${amber}` });
  }
  return problems;
}

export const ManifestSchema = z.strictObject({
  /** Lets editors attach a JSON schema; ignored. */
  $schema: z.string().optional(),
  key: pluginKey,
  name: text(120),
  version: z.string().max(64).regex(SEMVER, { error: 'must be a semantic version such as 1.0.0 or 2.1.0-beta.1' }),
  description: text(2000).optional(),
  /** Plugins composed before this one, in order; this one overrides them by key. */
  extends: z.array(pluginKey).default([]),
  /** The composed phases to keep, in this order (default: every phase in merge order). */
  phaseOrder: z.array(itemKey).min(1).optional(),
  projectFields: z.array(FieldDefSchema).default([]),
  phases: z.array(PhaseDefSchema).default([]),
  templates: z.array(TemplateDefSchema).default([]),
  rules: z.array(RuleDefSchema).default([]),
  riskTriggers: z.array(RiskTriggerDefSchema).default([]),
  metrics: z.array(MetricDefSchema).default([]),
  /** Derived-health thresholds for projects of this methodology, over the PMO's (absent: the PMO's). */
  healthThresholds: HealthThresholdsDefSchema.optional(),
});

export type FieldDef = z.output<typeof FieldDefSchema>;
export type PhaseDef = z.output<typeof PhaseDefSchema>;
export type TemplateDef = z.output<typeof TemplateDefSchema>;
export type RuleDef = z.output<typeof RuleDefSchema>;
export type RiskTriggerDef = z.output<typeof RiskTriggerDefSchema>;
export type MetricDef = z.output<typeof MetricDefSchema>;
export type HealthThresholdsDef = z.output<typeof HealthThresholdsDefSchema>;
/** A parsed manifest, defaults applied. */
export type Manifest = z.output<typeof ManifestSchema>;
/** What an author writes (defaults not yet applied). */
export type ManifestInput = z.input<typeof ManifestSchema>;

/**
 * The effective methodology a project pins: the manifest composed with everything it extends.
 * Same sections as a manifest, without `extends`/`phaseOrder` (already applied).
 */
export interface ResolvedMethodology {
  key: string;
  name: string;
  version: string;
  description?: string;
  projectFields: FieldDef[];
  phases: PhaseDef[];
  templates: TemplateDef[];
  rules: RuleDef[];
  riskTriggers: RiskTriggerDef[];
  metrics: MetricDef[];
  /** Health thresholds over the PMO's: the parents' overrides, then this manifest's, by name. */
  healthThresholds?: HealthThresholdsDef;
  /** "key@version" of every manifest composed, parents first, this one last. */
  lineage: string[];
}

/** One problem found in a manifest: where (a JSON path into the submitted document) and what. */
export interface ManifestProblem {
  path: (string | number)[];
  message: string;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * JSONPath-like, without the leading `$`: `rules[2].check.and[0].var`. Keys that are not
 * identifiers (JSON-Logic operators such as "==") are bracketed: `check["=="][0]`.
 * The empty path ("") means the whole document.
 */
export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}
