// Manifest validation: every problem at once, each with the JSON path into the submitted
// document and a message an author can act on.
//
// Shape comes first (zod). The semantic checks then run on whatever parsed: each section item is
// parsed on its own, so one broken rule does not hide the reference problems of the others. Keys
// are collected from the raw document, so an item that failed its shape check still counts as
// defined and does not cause a second, misleading "unknown …" problem.
import { z } from 'zod';
import { composeWithOrigins, lineageEntry, type Composition, MAX_EXTENDS_DEPTH, SECTIONS, type PluginResolver, type Section } from './compose.js';
import { FACTS } from './facts-shape.js';
import { validateFieldValue } from './field-values.js';
import { firstTooDeep, STATIC_LIMITS } from '../../platform/expressions/index.js';
import { analyseExpression, type VariableRead } from './json-logic-safety.js';
import {
  FieldDefSchema,
  ManifestSchema,
  MetricDefSchema,
  PhaseDefSchema,
  RiskTriggerDefSchema,
  RuleDefSchema,
  TemplateDefSchema,
  type FieldDef,
  type Manifest,
  type ManifestProblem,
  type PhaseDef,
  type ResolvedMethodology,
} from './manifest.js';

export interface ValidateOptions {
  /** The installed manifest for a plugin key (the version a new project would use). */
  resolvePlugin: PluginResolver;
}

export type ValidationResult =
  | { valid: true; manifest: Manifest; resolved: ResolvedMethodology }
  | { valid: false; problems: ManifestProblem[] };

type Path = (string | number)[];
type Raw = Record<string, unknown>;

/**
 * The deepest nesting a manifest may have: its own structure (a rule's `check` sits 4 levels
 * down) plus an expression's limit, with room to spare, so an over-deep expression is still
 * reported by the expression checks with its precise path. Anything deeper is refused before any
 * recursive work (zod, JSON.stringify, the expression checks) could overflow the stack.
 */
export const MAX_MANIFEST_DEPTH = 2 * STATIC_LIMITS.maxDepth + 8;

/** The problem of a document nested deeper than MAX_MANIFEST_DEPTH (found without recursion), if any. */
export function manifestDepthProblem(input: unknown): ManifestProblem | null {
  const path = firstTooDeep(input, MAX_MANIFEST_DEPTH);
  if (!path) return null;
  return {
    path,
    message: `manifest is nested more than ${MAX_MANIFEST_DEPTH} levels deep (an expression may nest at most ${STATIC_LIMITS.maxDepth} levels)`,
  };
}

export function validateManifest(input: unknown, options: ValidateOptions): ValidationResult {
  const tooDeep = manifestDepthProblem(input);
  if (tooDeep) return { valid: false, problems: [tooDeep] };
  const problems: ManifestProblem[] = [];
  const parsed = ManifestSchema.safeParse(input, { error: zodMessage });
  if (!parsed.success) problems.push(...parsed.error.issues.flatMap(toProblems));
  if (!isObject(input)) return { valid: false, problems };

  problems.push(...checkSemantics(input, options.resolvePlugin));
  if (problems.length > 0 || !parsed.success) return { valid: false, problems: dedupe(problems) };

  const resolved = composeWithOrigins(parsed.data, options.resolvePlugin).resolved;
  return { valid: true, manifest: parsed.data, resolved };
}

// ---------------------------------------------------------------------------------------------
// Semantic checks

function checkSemantics(raw: Raw, resolve: PluginResolver): ManifestProblem[] {
  const problems: ManifestProblem[] = [];
  const report = (path: Path, message: string) => problems.push({ path, message });

  checkUniqueKeys(raw, report);
  const ownKey = typeof raw.key === 'string' ? raw.key : '';
  const parents = checkExtends(ownKey, raw.extends, resolve, report);

  // The draft: this manifest's items that parse on their own, composed with its sound parents.
  const draft = draftManifest(raw, parents.map((parent) => parent.key));
  let composition: Composition;
  try {
    composition = composeWithOrigins(draft, (key) => parents.find((parent) => parent.key === key) ?? resolve(key));
  } catch (error) {
    // Not expected (checkExtends vetted the parents), but a registry changing underneath must
    // not turn a validation into a crash.
    report(['extends'], error instanceof Error ? error.message : String(error));
    return problems;
  }
  const own = lineageEntry(draft);
  const scope = buildScope(raw, composition.resolved);
  const keptPhases = checkPhaseOrder(raw, composition.mergedPhaseKeys, rawKeys(raw.phases), report);
  const phaseDefs = new Map(composition.resolved.phases.map((phase) => [phase.key, phase]));

  if (keptPhases.length === 0) report(['phases'], 'a methodology needs at least one phase (its own or inherited)');
  checkPhases(raw, composition.resolved, keptPhases, scope, report);
  const kept = keptPhases.flatMap((key) => phaseDefs.get(key) ?? []);
  checkDeliverableOwnership(kept, composition.origins.phases, own, raw, report);
  checkRules(raw, keptPhases, report);
  checkFields(raw, report);
  checkExpressions(raw, scope, report);
  checkInheritedExpressions(composition.resolved, composition.origins, own, scope, report);
  return problems;
}

function checkUniqueKeys(raw: Raw, report: (path: Path, message: string) => void): void {
  for (const section of SECTIONS) uniqueKeys(raw[section], [section], report);
  arrayItems(raw.templates).forEach(({ item, index }) => uniqueKeys(item.fields, ['templates', index, 'fields'], report));
  uniqueStrings(raw.extends, ['extends'], report);
  uniqueStrings(raw.phaseOrder, ['phaseOrder'], report);
  arrayItems(raw.phases).forEach(({ item, index }) => {
    uniqueStrings(item.deliverables, ['phases', index, 'deliverables'], report);
    if (isObject(item.gate)) uniqueStrings(item.gate.rules, ['phases', index, 'gate', 'rules'], report);
  });
}

function uniqueKeys(list: unknown, path: Path, report: (path: Path, message: string) => void): void {
  const first = new Map<string, number>();
  arrayItems(list).forEach(({ item, index }) => {
    if (typeof item.key !== 'string') return;
    const earlier = first.get(item.key);
    if (earlier === undefined) first.set(item.key, index);
    else report([...path, index, 'key'], `duplicate key "${item.key}" (already used at index ${earlier})`);
  });
}

function uniqueStrings(list: unknown, path: Path, report: (path: Path, message: string) => void): void {
  if (!Array.isArray(list)) return;
  const first = new Map<unknown, number>();
  list.forEach((value, index) => {
    if (typeof value !== 'string') return;
    const earlier = first.get(value);
    if (earlier === undefined) first.set(value, index);
    else report([...path, index], `"${value}" is listed twice (already at index ${earlier})`);
  });
}

/** Reports unknown parents and cycles; returns the parents that can be composed. */
function checkExtends(ownKey: string, list: unknown, resolve: PluginResolver, report: (path: Path, message: string) => void): Manifest[] {
  const sound: Manifest[] = [];
  if (!Array.isArray(list)) return sound;
  list.forEach((key, index) => {
    if (typeof key !== 'string') return;
    if (key === ownKey) return report(['extends', index], `a plugin cannot extend itself (${ownKey} → ${ownKey})`);
    const parent = resolve(key);
    if (!parent) return report(['extends', index], `no installed plugin has the key "${key}"`);
    const trouble = extendsTrouble(parent, [ownKey], resolve);
    if (trouble) return report(['extends', index], trouble);
    if (!sound.some((manifest) => manifest.key === key)) sound.push(parent);
  });
  return sound;
}

/** Walks the installed chain above `manifest`: a cycle, a missing plugin or too deep a chain. */
function extendsTrouble(manifest: Manifest, stack: string[], resolve: PluginResolver): string | null {
  if (stack.includes(manifest.key)) {
    return `extends cycle: ${[...stack.slice(stack.indexOf(manifest.key)), manifest.key].join(' → ')}`;
  }
  if (stack.length >= MAX_EXTENDS_DEPTH) return `extends chain is deeper than ${MAX_EXTENDS_DEPTH} plugins`;
  for (const key of manifest.extends) {
    const parent = resolve(key);
    if (!parent) return `"${manifest.key}" extends "${key}", which is not installed`;
    const trouble = extendsTrouble(parent, [...stack, manifest.key], resolve);
    if (trouble) return trouble;
  }
  return null;
}

/** Returns the phase keys the methodology keeps (phaseOrder, or every merged phase). */
function checkPhaseOrder(raw: Raw, merged: string[], ownRaw: Set<string>, report: (path: Path, message: string) => void): string[] {
  const known = new Set([...merged, ...ownRaw]);
  if (!Array.isArray(raw.phaseOrder)) return [...known];
  const kept: string[] = [];
  raw.phaseOrder.forEach((key, index) => {
    if (typeof key !== 'string') return;
    if (!known.has(key)) report(['phaseOrder', index], `unknown phase "${key}" (known: ${list(known)})`);
    else if (!kept.includes(key)) kept.push(key);
  });
  return kept;
}

function checkPhases(raw: Raw, resolved: ResolvedMethodology, kept: string[], scope: Scope, report: (path: Path, message: string) => void): void {
  const rules = new Map(resolved.rules.map((rule) => [rule.key, rule]));
  for (const { def, index } of ownItems(raw.phases, PhaseDefSchema)) {
    def.deliverables.forEach((template, i) => {
      if (!scope.templates.has(template)) {
        report(['phases', index, 'deliverables', i], `unknown template "${template}" (known: ${list(scope.templates.keys())})`);
      }
    });
    def.gate?.rules.forEach((ruleKey, i) => {
      const path = ['phases', index, 'gate', 'rules', i];
      if (!scope.rules.has(ruleKey)) return report(path, `unknown rule "${ruleKey}" (known: ${list(scope.rules)})`);
      // A gate rule must also be visible in the phase's compliance, or the gate would block on
      // a rule nobody sees failing.
      const phases = rules.get(ruleKey)?.appliesTo?.phases;
      if (phases && !phases.includes(def.key) && kept.includes(def.key)) {
        report(path, `rule "${ruleKey}" gates phase "${def.key}" but its appliesTo.phases leaves that phase out`);
      }
    });
  }
}

/** A deliverable belongs to one phase (facts expose `deliverables.<key>.phase`). */
function checkDeliverableOwnership(phases: PhaseDef[], origins: Map<string, string>, own: string, raw: Raw, report: (path: Path, message: string) => void): void {
  const owner = new Map<string, string>();
  const ownIndex = new Map(ownItems(raw.phases, PhaseDefSchema).map(({ def, index }) => [def.key, index]));
  for (const phase of phases) {
    phase.deliverables.forEach((template, i) => {
      const other = owner.get(template);
      if (other === undefined) return void owner.set(template, phase.key);
      if (other === phase.key) return; // listed twice in one phase: reported as a duplicate
      const message = `template "${template}" is already a deliverable of phase "${other}"; a deliverable belongs to one phase`;
      const index = ownIndex.get(phase.key);
      if (origins.get(phase.key) === own && index !== undefined) report(['phases', index, 'deliverables', i], message);
      else report(['extends'], `inherited phase "${phase.key}" (from ${origins.get(phase.key)}): ${message}`);
    });
  }
}

function checkRules(raw: Raw, kept: string[], report: (path: Path, message: string) => void): void {
  for (const { def, index } of ownItems(raw.rules, RuleDefSchema)) {
    def.appliesTo?.phases?.forEach((phase, i) => {
      if (!kept.includes(phase)) {
        report(['rules', index, 'appliesTo', 'phases', i], `unknown phase "${phase}" (this methodology's phases: ${list(kept)})`);
      }
    });
  }
}

function checkFields(raw: Raw, report: (path: Path, message: string) => void): void {
  ownItems(raw.projectFields, FieldDefSchema).forEach(({ def, index }) => checkField(def, ['projectFields', index], report));
  arrayItems(raw.templates).forEach(({ item, index }) =>
    ownItems(item.fields, FieldDefSchema).forEach((field) => checkField(field.def, ['templates', index, 'fields', field.index], report)),
  );
}

function checkField(field: FieldDef, path: Path, report: (path: Path, message: string) => void): void {
  if (field.type === 'enum') {
    if (!field.options || field.options.length === 0) report([...path, 'options'], 'an enum field needs a non-empty list of options');
    else uniqueStrings(field.options, [...path, 'options'], report);
  } else if (field.options !== undefined) {
    report([...path, 'options'], `options are only allowed on enum fields (this field is ${field.type})`);
  }
  if (field.default !== undefined && (field.type !== 'enum' || field.options?.length)) {
    const problem = validateFieldValue(field, field.default);
    if (problem) report([...path, 'default'], `default does not fit the field type: ${problem}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Expressions and fact variables

/** What the `<placeholders>` of the facts shape may stand for in this methodology. */
interface Scope {
  fields: Set<string>;
  /** Template key → its field keys. */
  templates: Map<string, Set<string>>;
  metrics: Set<string>;
  rules: Set<string>;
}

const BUILT_IN_METRICS = new Set(
  FACTS.map((fact) => fact.path.split('.')).flatMap((s) => (s[0] === 'metrics' && s[1] && !s[1].startsWith('<') ? [s[1]] : [])),
);
const FACT_PATTERNS = FACTS.map((fact) => fact.path.split('.'));

function buildScope(raw: Raw, resolved: ResolvedMethodology): Scope {
  const templates = new Map(resolved.templates.map((t) => [t.key, new Set(t.fields.map((field) => field.key))]));
  // The raw document wins for its own templates: an override replaces the parent's template.
  for (const { item } of arrayItems(raw.templates)) {
    if (typeof item.key === 'string') templates.set(item.key, rawKeys(item.fields));
  }
  return {
    fields: new Set([...resolved.projectFields.map((f) => f.key), ...rawKeys(raw.projectFields)]),
    templates,
    metrics: new Set([...resolved.metrics.map((m) => m.key), ...rawKeys(raw.metrics)]),
    rules: new Set([...resolved.rules.map((r) => r.key), ...rawKeys(raw.rules)]),
  };
}

const EXPRESSIONS = [
  { section: 'rules', property: 'check' },
  { section: 'riskTriggers', property: 'when' },
  { section: 'metrics', property: 'expr' },
] as const;

function checkExpressions(raw: Raw, scope: Scope, report: (path: Path, message: string) => void): void {
  for (const { section, property } of EXPRESSIONS) {
    for (const { item, index } of arrayItems(raw[section])) {
      if (item[property] === undefined) continue; // reported by the shape check
      const base = [section, index, property];
      const analysis = analyseExpression(item[property]);
      for (const problem of analysis.problems) report([...base, ...problem.path], problem.message);
      for (const read of analysis.reads) {
        const problem = unknownVariable(read, scope, section === 'metrics');
        if (problem) report([...base, ...read.path], problem);
      }
    }
  }
}

/**
 * Inherited rules, triggers and metrics were validated with their own plugin, but an override
 * here (a template without a field a parent's rule reads) can invalidate them.
 */
function checkInheritedExpressions(resolved: ResolvedMethodology, origins: Record<Section, Map<string, string>>, own: string, scope: Scope, report: (path: Path, message: string) => void): void {
  const inherited = [
    ...resolved.rules.map((rule) => ({ section: 'rules' as const, label: 'rule', key: rule.key, expr: rule.check })),
    ...resolved.riskTriggers.map((t) => ({ section: 'riskTriggers' as const, label: 'risk trigger', key: t.key, expr: t.when })),
    ...resolved.metrics.map((m) => ({ section: 'metrics' as const, label: 'metric', key: m.key, expr: m.expr })),
  ];
  for (const { section, label, key, expr } of inherited) {
    const origin = origins[section].get(key);
    if (origin === own) continue;
    for (const read of analyseExpression(expr).reads) {
      const problem = unknownVariable(read, scope, section === 'metrics');
      if (problem) report(['extends'], `inherited ${label} "${key}" (from ${origin}): ${problem}`);
    }
  }
}

/** What an organisation-wide expression reads: the facts every project has, whatever its methodology. */
const ORGANISATION_SCOPE: Scope = { fields: new Set(), templates: new Map(), metrics: new Set(), rules: new Set() };

/**
 * The problems of an expression evaluated on every project's facts (scoring formulas, policies):
 * the engine's checks (allow-list, size, depth, work bound) and variables that are facts of
 * every project — not a methodology's own fields, deliverables or metrics. Paths are relative.
 */
export function organisationExpressionProblems(expr: unknown): ManifestProblem[] {
  const analysis = analyseExpression(expr);
  const problems: ManifestProblem[] = analysis.problems.map((problem) => ({ path: problem.path, message: problem.message }));
  for (const read of analysis.reads) {
    const problem = unknownVariable(read, ORGANISATION_SCOPE, false);
    if (problem) problems.push({ path: read.path, message: problem.replace('a rule can read', 'an organisation-wide expression can read (no methodology’s own fields, deliverables or metrics)') });
  }
  return problems;
}

/** Why a variable is not in the facts shape of this methodology, or null when it is. */
function unknownVariable({ variable }: VariableRead, scope: Scope, inMetric: boolean): string | null {
  const segments = variable.split('.');
  if (inMetric && segments[0] === 'metrics' && segments.length === 2 && !BUILT_IN_METRICS.has(segments[1]!)) {
    return `metric expressions can read only the built-in metrics (${list(BUILT_IN_METRICS)}), not "${variable}"`;
  }
  if (FACT_PATTERNS.some((pattern) => matches(pattern, segments, scope))) return null;
  return `unknown fact variable "${variable}"${hint(segments, scope)}`;
}

function matches(pattern: string[], segments: string[], scope: Scope): boolean {
  if (pattern.length !== segments.length) return false;
  let template: Set<string> | undefined;
  return pattern.every((part, i) => {
    const segment = segments[i]!;
    switch (part) {
      case '<field>':
        return scope.fields.has(segment);
      case '<deliverable>':
        template = scope.templates.get(segment);
        return template !== undefined;
      case '<templateField>':
        return template?.has(segment) ?? false;
      case '<metric>':
        return scope.metrics.has(segment) || BUILT_IN_METRICS.has(segment);
      default:
        return part === segment;
    }
  });
}

/** A precise reason for the common mistakes: a misspelt field, template or metric. */
function hint(segments: string[], scope: Scope): string {
  const [head, name, rest, field] = segments;
  if (head === 'fields' && name && !scope.fields.has(name)) return `: no project field "${name}"`;
  if (head === 'metrics' && name && !scope.metrics.has(name) && !BUILT_IN_METRICS.has(name)) return `: no metric "${name}"`;
  if (head === 'deliverables' && name) {
    const template = scope.templates.get(name);
    if (!template) return `: no template "${name}"`;
    if (rest === 'fields' && field && !template.has(field)) return `: template "${name}" has no field "${field}"`;
  }
  return ' (see the facts reference for the variables a rule can read)';
}

// ---------------------------------------------------------------------------------------------
// Lenient parsing helpers

const ITEM_SCHEMAS = {
  projectFields: FieldDefSchema,
  phases: PhaseDefSchema,
  templates: TemplateDefSchema,
  rules: RuleDefSchema,
  riskTriggers: RiskTriggerDefSchema,
  metrics: MetricDefSchema,
} as const;

/** This manifest with only the section items that parse on their own, for composition. */
function draftManifest(raw: Raw, soundParents: string[]): Manifest {
  const text = (value: unknown, fallback: string) => (typeof value === 'string' ? value : fallback);
  const section = <S extends Section>(name: S) =>
    ownItems(raw[name], ITEM_SCHEMAS[name] as z.ZodType<Manifest[S][number]>).map(({ def }) => def);
  return {
    key: text(raw.key, '?'),
    name: text(raw.name, '?'),
    version: text(raw.version, '?'),
    extends: soundParents,
    projectFields: section('projectFields'),
    phases: section('phases'),
    templates: section('templates'),
    rules: section('rules'),
    riskTriggers: section('riskTriggers'),
    metrics: section('metrics'),
  };
}

/** Items of a raw list that parse with `schema`, with their index in the document. */
function ownItems<T>(value: unknown, schema: z.ZodType<T>): { def: T; index: number }[] {
  return arrayItems(value).flatMap(({ item, index }) => {
    const parsed = schema.safeParse(item);
    return parsed.success ? [{ def: parsed.data, index }] : [];
  });
}

function arrayItems(value: unknown): { item: Raw; index: number }[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item, index) => (isObject(item) ? [{ item, index }] : []));
}

function rawKeys(value: unknown): Set<string> {
  return new Set(arrayItems(value).flatMap(({ item }) => (typeof item.key === 'string' ? [item.key] : [])));
}

function isObject(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function list(values: Iterable<string>): string {
  const all = [...values];
  return all.length === 0 ? 'none' : all.join(', ');
}

function dedupe(problems: ManifestProblem[]): ManifestProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const id = JSON.stringify([problem.path, problem.message]);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

// ---------------------------------------------------------------------------------------------
// zod issues → problems

/** Messages for authors, not for TypeScript developers ("is required", not "expected nonoptional"). */
function zodMessage(issue: z.core.$ZodRawIssue): string | undefined {
  if ((issue.code === 'invalid_type' || issue.code === 'invalid_value') && issue.input === undefined) return 'is required';
  if (issue.code === 'invalid_type') return `expected ${issue.expected}, got ${typeName(issue.input)}`;
  if (issue.code === 'invalid_value') return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  if (issue.code === 'too_small' && issue.origin === 'array') return `must have at least ${issue.minimum} item(s)`;
  if (issue.code === 'too_big' && issue.origin === 'string') return `must be at most ${issue.maximum} characters`;
  return undefined;
}

function toProblems(issue: z.core.$ZodIssue): ManifestProblem[] {
  const path = issue.path.filter((segment): segment is string | number => typeof segment !== 'symbol');
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({ path: [...path, key], message: `unknown property "${key}"` }));
  }
  return [{ path, message: issue.message }];
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}
