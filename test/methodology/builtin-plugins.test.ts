// The three built-in methodology plugins (plugins/*/methodology.json), loaded from disk as the
// registry loads them: each validates, hybrid composes its parents, and every rule and risk
// trigger is shown to pass/hold and to fail/not hold on a facts document made for it, with the
// evidence it reports. Pure engine, no server.
import { describe, expect, it } from 'vitest';
import { composeManifest } from '../../server/methodology/lib/compose.js';
import { compileMethodology, evaluateMetrics, evaluateRules, evaluateTriggers } from '../../server/methodology/lib/evaluate.js';
import { FACTS, type FactDefinition } from '../../server/methodology/lib/facts-shape.js';
import { formatPath, type FieldType, type Manifest, type ProjectStatus, type ResolvedMethodology, type RuleDef } from '../../server/methodology/lib/manifest.js';
import { validateManifest, type ValidationResult } from '../../server/methodology/lib/validate.js';
import { DAYS_IN_PHASE, healthyProject, PHASE_STARTED_ON, RULE_CASES, TODAY, TRIGGER_CASES } from './builtin-cases.js';
import { FactsBuilder, readPath, type Facts } from './facts-builder.js';
import { builtInManifest } from './manifests.js';

const PLUGINS = ['waterfall', 'agile', 'hybrid'] as const;
type PluginKey = (typeof PLUGINS)[number];

const readManifest = (key: PluginKey): unknown => builtInManifest(key);

// Validated in dependency order, each later plugin resolving the earlier ones as the registry would.
const installed = new Map<string, Manifest>();
const validation = new Map<PluginKey, ValidationResult>();
for (const key of PLUGINS) {
  const result = validateManifest(readManifest(key), { resolvePlugin: (k) => installed.get(k) });
  validation.set(key, result);
  if (result.valid) installed.set(key, result.manifest);
}

/** What each plugin is made of, spelled out: a change to a built-in must be a deliberate one. */
const EXPECTED: Record<PluginKey, { lineage: string[]; phases: string[]; templates: string[]; rules: string[]; triggers: string[]; metrics: string[]; projectFields: string[] }> = {
  waterfall: {
    lineage: ['waterfall@1.2.0'],
    phases: ['initiation', 'planning', 'execution', 'monitoring-and-control', 'closure'],
    templates: ['charter', 'requirements-specification', 'project-management-plan', 'test-plan', 'status-report', 'acceptance-sign-off', 'lessons-learned'],
    rules: [
      'sponsor-assigned', 'charter-approved', 'charter-complete', 'initiation-timebox', 'requirements-baselined',
      'pm-plan-approved', 'contingency-reserve-planned', 'test-plan-approved', 'regulated-traceability', 'regulated-uat', 'regulated-pm-certified',
      'performance-baseline-set', 'schedule-baselined', 'test-exit-criteria-met', 'status-report-matches-health', 'cost-performance',
      'budget-not-exceeded', 'acceptance-signed', 'conditional-acceptance-documented', 'lessons-learned-recorded',
    ],
    triggers: ['schedule-slip', 'cost-overrun-forecast', 'end-date-beyond-baseline', 'contract-end-before-target', 'scope-creep'],
    metrics: ['estimateAtCompletion', 'scopeGrowthPercent', 'testPassRate'],
    projectFields: ['regulated', 'contractType', 'contractEndDate', 'contingencyReservePercent', 'documentRepositoryUrl'],
  },
  agile: {
    lineage: ['agile@1.1.0'],
    phases: ['discovery', 'iterations', 'release'],
    templates: ['product-backlog', 'definition-of-done', 'sprint-goal', 'sprint-review', 'retrospective', 'release-notes'],
    rules: [
      'product-owner-named', 'team-size-scrum', 'backlog-ready', 'definition-of-done-agreed', 'done-includes-automated-tests',
      'sprint-goal-set', 'sprint-in-progress', 'sprint-review-held', 'retrospective-held', 'retrospective-has-actions',
      'sprint-forecast-met', 'velocity-variance', 'backlog-refined-this-sprint', 'release-approved', 'rollback-tested',
    ],
    triggers: ['velocity-drop', 'sprint-goal-missed', 'backlog-starvation', 'release-deadline-pressure'],
    metrics: ['velocity', 'sprintCompletionPercent', 'backlogReadyPercent'],
    projectFields: ['productOwner', 'teamSize', 'sprintLengthDays', 'releaseCadence', 'boardUrl'],
  },
  hybrid: {
    lineage: ['waterfall@1.2.0', 'agile@1.1.0', 'hybrid@1.1.0'],
    phases: ['initiation', 'planning', 'iterations', 'release', 'closure'],
    templates: [
      'charter', 'requirements-specification', 'project-management-plan', 'test-plan', 'status-report', 'acceptance-sign-off', 'lessons-learned',
      'product-backlog', 'definition-of-done', 'sprint-goal', 'sprint-review', 'retrospective', 'release-notes',
    ],
    rules: [], // filled below: the parents' rules in place, then hybrid's own
    triggers: [
      'schedule-slip', 'cost-overrun-forecast', 'end-date-beyond-baseline', 'contract-end-before-target', 'scope-creep',
      'velocity-drop', 'sprint-goal-missed', 'backlog-starvation', 'release-deadline-pressure', 'upfront-stage-overrun',
    ],
    metrics: ['estimateAtCompletion', 'scopeGrowthPercent', 'testPassRate', 'velocity', 'sprintCompletionPercent', 'backlogReadyPercent'],
    projectFields: [
      'regulated', 'contractType', 'contractEndDate', 'contingencyReservePercent', 'documentRepositoryUrl',
      'productOwner', 'teamSize', 'sprintLengthDays', 'releaseCadence', 'boardUrl', 'scopeTolerancePercent',
    ],
  },
};
EXPECTED.hybrid.rules = [...EXPECTED.waterfall.rules, ...EXPECTED.agile.rules, 'backlog-covers-must-haves', 'scope-within-tolerance', 'release-within-baseline'];

/** Plugin metric values on the healthy project. */
const HEALTHY_METRICS: Record<PluginKey, Record<string, number | null>> = {
  waterfall: { estimateAtCompletion: 200_000, scopeGrowthPercent: 0, testPassRate: 98.4 },
  agile: { velocity: 31, sprintCompletionPercent: (31 * 100) / 34, backlogReadyPercent: 18.75 },
  hybrid: { estimateAtCompletion: 200_000, scopeGrowthPercent: 0, testPassRate: 98.4, velocity: 31, sprintCompletionPercent: (31 * 100) / 34, backlogReadyPercent: 18.75 },
};

type Compiled = ReturnType<typeof compileMethodology>;
type Patch = (b: FactsBuilder) => void;

/** The healthy project in `phaseKey` with `status`, patched, with the plugin's metrics computed. */
function factsFor(methodology: ResolvedMethodology, compiled: Compiled, phaseKey: string, status: ProjectStatus, ...patches: Patch[]): Facts {
  const b = new FactsBuilder(methodology, { today: TODAY, phaseKey });
  healthyProject(b);
  b.phase(phaseKey, PHASE_STARTED_ON, DAYS_IN_PHASE).set((f) => (f.project.status = status));
  for (const patch of patches) patch(b);
  return b.build((facts) => evaluateMetrics(compiled, facts));
}

/** Where a rule is exercised: the first of its phases that the methodology has, and its first status. */
function contextOf(methodology: ResolvedMethodology, rule: RuleDef): { phaseKey: string; status: ProjectStatus } | undefined {
  const phases = methodology.phases.map((phase) => phase.key);
  const phaseKey = rule.appliesTo?.phases ? rule.appliesTo.phases.find((key) => phases.includes(key)) : phases[0];
  return phaseKey === undefined ? undefined : { phaseKey, status: rule.appliesTo?.statuses?.[0] ?? 'ACTIVE' };
}

const failing = (results: { ruleKey: string; passed: boolean }[]) => results.filter((r) => !r.passed).map((r) => r.ruleKey);
const holding = (results: { triggerKey: string; holds: boolean }[]) => results.filter((r) => r.holds).map((r) => r.triggerKey);
function only<T extends { ruleKey?: string; triggerKey?: string }>(results: T[], key: string): T {
  const found = results.filter((r) => (r.ruleKey ?? r.triggerKey) === key);
  expect(found, `exactly one result for ${key}`).toHaveLength(1);
  return found[0]!;
}

describe.each(PLUGINS)('built-in plugin %s', (pluginKey) => {
  const result = validation.get(pluginKey)!;
  const methodology = result.valid ? result.resolved : undefined;
  const compiled = methodology && compileMethodology(methodology);
  const expected = EXPECTED[pluginKey];

  it('validates, with no problem', () => {
    const problems = result.valid ? [] : result.problems.map((p) => `${formatPath(p.path)}: ${p.message}`);
    expect(problems).toEqual([]);
    expect(result.valid && result.manifest).toMatchObject({ key: pluginKey, version: pluginKey === 'waterfall' ? '1.2.0' : '1.1.0' });
  });

  it('has the phases, templates, rules, triggers, metrics and fields it documents', () => {
    expect(methodology?.lineage).toEqual(expected.lineage);
    expect(methodology?.phases.map((x) => x.key)).toEqual(expected.phases);
    expect(methodology?.templates.map((x) => x.key)).toEqual(expected.templates);
    expect(methodology?.rules.map((x) => x.key)).toEqual(expected.rules);
    expect(methodology?.riskTriggers.map((x) => x.key)).toEqual(expected.triggers);
    expect(methodology?.metrics.map((x) => x.key)).toEqual(expected.metrics);
    expect(methodology?.projectFields.map((x) => x.key)).toEqual(expected.projectFields);
  });

  it('uses both rule kinds, every severity, and every field type', () => {
    const rules = methodology!.rules;
    expect(new Set(rules.map((r) => r.kind))).toEqual(new Set(['QUALITY', 'COMPLIANCE']));
    expect(new Set(rules.map((r) => r.severity))).toEqual(new Set(['INFO', 'WARNING', 'ERROR', 'BLOCKER']));
    const types = new Set<FieldType>([...methodology!.projectFields, ...methodology!.templates.flatMap((t) => t.fields)].map((f) => f.type));
    expect(types).toEqual(new Set(['text', 'number', 'integer', 'boolean', 'date', 'enum', 'url']));
  });

  // A BLOCKER stops every gate of the phases it applies to, so the gates list their exit criteria
  // explicitly, and nothing else blocks: what a gate review checks is readable from the phase.
  it('gates exactly on BLOCKER rules that apply to their phase', () => {
    for (const phase of methodology!.phases) {
      const blockers = methodology!.rules
        .filter((r) => r.severity === 'BLOCKER' && r.appliesTo?.phases?.includes(phase.key))
        .map((r) => r.key);
      expect(new Set(phase.gate?.rules ?? []), `gate of ${phase.key}`).toEqual(new Set(blockers));
      expect(blockers.length, `gate of ${phase.key}`).toBeGreaterThan(0);
    }
    for (const rule of methodology!.rules.filter((r) => r.severity === 'BLOCKER')) {
      expect(rule.appliesTo?.phases?.length, `${rule.key} is limited to phases`).toBeGreaterThan(0);
    }
  });

  it('applies every rule in at least one of its phases, and makes every template the deliverable of one phase', () => {
    for (const rule of methodology!.rules) expect(contextOf(methodology!, rule), rule.key).toBeDefined();
    for (const template of methodology!.templates) {
      const phases = methodology!.phases.filter((p) => p.deliverables.includes(template.key)).map((p) => p.key);
      expect(phases, template.key).toHaveLength(1);
    }
  });

  it('builds facts documents with exactly the variables of the facts shape', () => {
    const facts = factsFor(methodology!, compiled!, expected.phases[0]!, 'ACTIVE');
    const flat = flatten(facts);
    const shape = expandShape(methodology!);
    expect(Object.keys(flat).sort()).toEqual([...shape.keys()].sort());
    for (const [path, value] of Object.entries(flat)) {
      expect(matchesType(value, shape.get(path)!), `${path} = ${JSON.stringify(value)}`).toBe(true);
    }
  });

  it('computes its metrics on the healthy project', () => {
    const facts = factsFor(methodology!, compiled!, expected.phases[0]!, 'ACTIVE');
    expect(evaluateMetrics(compiled!, facts)).toEqual(HEALTHY_METRICS[pluginKey]);
  });

  it('has no metric value (null, not 0 or NaN) on a project that has recorded nothing yet', () => {
    const facts = new FactsBuilder(methodology!, { today: TODAY, phaseKey: expected.phases[0]! }).build();
    expect(evaluateMetrics(compiled!, facts)).toEqual(Object.fromEntries(expected.metrics.map((key) => [key, null])));
  });

  it.each(expected.phases)('passes every rule that applies in %s on the healthy project, and raises no risk', (phaseKey) => {
    const facts = factsFor(methodology!, compiled!, phaseKey, 'ACTIVE');
    const results = evaluateRules(compiled!, facts, { phaseKey, status: 'ACTIVE' });
    expect(results.length).toBeGreaterThan(0);
    expect(failing(results)).toEqual([]);
    expect(holding(evaluateTriggers(compiled!, facts))).toEqual([]);
  });

  describe.each(expected.rules)('rule %s', (ruleKey) => {
    const rule = methodology?.rules.find((r) => r.key === ruleKey);
    const testCase = RULE_CASES[ruleKey];

    it('passes on a project made to pass it and fails, alone, on one made to fail it, with its evidence', () => {
      expect(testCase, `a case in builtin-cases.ts for ${ruleKey}`).toBeDefined();
      const context = contextOf(methodology!, rule!)!;
      const evaluate = (...patches: Patch[]) => {
        const facts = factsFor(methodology!, compiled!, context.phaseKey, context.status, ...patches);
        return { facts, results: evaluateRules(compiled!, facts, context) };
      };

      const passing = evaluate();
      expect(failing(passing.results)).toEqual([]);
      const passed = only(passing.results, ruleKey);
      expect(passed.passed).toBe(true);
      // On the passing side too, the evidence is exactly the variables read, with their values.
      expect(Object.keys(passed.evidence).sort()).toEqual(Object.keys(testCase!.evidence).sort());
      for (const path of Object.keys(testCase!.evidence)) expect(passed.evidence[path], path).toEqual(readPath(passing.facts, path));

      const failed = evaluate(testCase!.fail);
      expect(failing(failed.results)).toEqual([ruleKey]);
      const failure = only(failed.results, ruleKey);
      expect(failure).toMatchObject({ ruleKey, kind: rule!.kind, severity: rule!.severity, passed: false, message: rule!.message });
      expect(failure.evidence).toEqual(testCase!.evidence); // exactly: toMatchObject would allow extra keys

      for (const [i, patch] of (testCase!.alsoFails ?? []).entries()) {
        expect(failing(evaluate(patch).results), `alsoFails[${i}]`).toEqual([ruleKey]);
      }
      for (const [i, patch] of (testCase!.alsoPasses ?? []).entries()) {
        expect(only(evaluate(patch).results, ruleKey).passed, `alsoPasses[${i}]`).toBe(true);
      }
    });
  });

  describe.each(expected.triggers)('risk trigger %s', (triggerKey) => {
    const trigger = methodology?.riskTriggers.find((t) => t.key === triggerKey);
    const testCase = TRIGGER_CASES[triggerKey];

    it('does not hold on the healthy project and holds, alone, on one made to raise it, with its evidence', () => {
      expect(testCase, `a case in builtin-cases.ts for ${triggerKey}`).toBeDefined();
      const phaseKey = testCase!.phase ?? expected.phases[0]!;

      const calm = factsFor(methodology!, compiled!, phaseKey, 'ACTIVE');
      const notHolding = only(evaluateTriggers(compiled!, calm), triggerKey);
      expect(notHolding.holds).toBe(false);
      expect(Object.keys(notHolding.evidence).sort()).toEqual(Object.keys(testCase!.evidence).sort());
      for (const path of Object.keys(testCase!.evidence)) expect(notHolding.evidence[path], path).toEqual(readPath(calm, path));

      const raised = evaluateTriggers(compiled!, factsFor(methodology!, compiled!, phaseKey, 'ACTIVE', testCase!.holds));
      expect(holding(raised)).toEqual([triggerKey]);
      const raisedResult = only(raised, triggerKey);
      expect(raisedResult).toMatchObject({ triggerKey, severity: trigger!.severity, holds: true, message: trigger!.message });
      expect(raisedResult.evidence).toEqual(testCase!.evidence);
    });
  });
});

describe('hybrid composition', () => {
  const result = validation.get('hybrid')!;
  const resolved = result.valid ? result.resolved : undefined;
  const parent = (key: 'waterfall' | 'agile') => {
    const r = validation.get(key)!;
    return r.valid ? r.resolved : undefined;
  };

  it('is what composeManifest gives for the installed parents', () => {
    expect(result.valid).toBe(true);
    expect(composeManifest(installed.get('hybrid')!, (key) => installed.get(key))).toEqual(resolved);
  });

  it('keeps the stage gates of waterfall at both ends and agile delivery in between', () => {
    const phase = (key: string) => resolved!.phases.find((p) => p.key === key);
    expect(phase('initiation')).toEqual(parent('waterfall')!.phases[0]);
    expect(phase('closure')).toEqual(parent('waterfall')!.phases[4]);
    expect(phase('planning')?.gate?.rules).toEqual(['requirements-baselined', 'pm-plan-approved', 'test-plan-approved', 'backlog-ready', 'definition-of-done-agreed']);
    expect(phase('iterations')?.deliverables).toEqual(['sprint-goal', 'sprint-review', 'retrospective', 'status-report']);
    expect(phase('release')?.gate?.rules).toEqual(['test-exit-criteria-met', 'acceptance-signed', 'release-approved']);
  });

  it('inherits unchanged what needs no change, and overrides by key only the phases rules apply to', () => {
    const rule = (m: ResolvedMethodology | undefined, key: string) => m!.rules.find((r) => r.key === key)!;
    for (const key of ['sponsor-assigned', 'charter-approved', 'budget-not-exceeded', 'lessons-learned-recorded']) {
      expect(rule(resolved, key), key).toEqual(rule(parent('waterfall'), key));
    }
    for (const key of ['product-owner-named', 'sprint-review-held', 'release-approved', 'rollback-tested']) {
      expect(rule(resolved, key), key).toEqual(rule(parent('agile'), key));
    }
    expect(rule(resolved, 'acceptance-signed').appliesTo).toEqual({ phases: ['release'] });
    expect(rule(resolved, 'acceptance-signed').check).toEqual(rule(parent('waterfall'), 'acceptance-signed').check);
    expect(rule(resolved, 'backlog-ready').appliesTo).toEqual({ phases: ['planning'] });
    expect(rule(resolved, 'backlog-ready').check).toEqual(rule(parent('agile'), 'backlog-ready').check);
  });
});

// ---- facts shape helpers

/** Leaves of a facts document by dotted path (arrays are leaves: the shape has string[] facts). */
function flatten(value: unknown, prefix = '', out: Record<string, unknown> = {}): Record<string, unknown> {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, out);
  } else {
    out[prefix] = value;
  }
  return out;
}

interface ExpectedFact {
  type: FactDefinition['type'] | 'field';
  fieldType?: FieldType;
  nullable: boolean;
}

/** FACTS with its placeholders expanded for one methodology. */
function expandShape(methodology: ResolvedMethodology): Map<string, ExpectedFact> {
  const shape = new Map<string, ExpectedFact>();
  const builtinMetrics = FACTS.filter((f) => f.path.startsWith('metrics.') && !f.path.includes('<'));
  for (const fact of FACTS) {
    if (fact.path === 'fields.<field>') {
      for (const field of methodology.projectFields) shape.set(`fields.${field.key}`, { type: 'field', fieldType: field.type, nullable: true });
    } else if (fact.path === 'deliverables.<deliverable>.fields.<templateField>') {
      for (const template of methodology.templates) {
        for (const field of template.fields) {
          shape.set(`deliverables.${template.key}.fields.${field.key}`, { type: 'field', fieldType: field.type, nullable: true });
        }
      }
    } else if (fact.path.startsWith('deliverables.<deliverable>.')) {
      for (const template of methodology.templates) shape.set(fact.path.replace('<deliverable>', template.key), fact);
    } else if (fact.path === 'metrics.<metric>') {
      // Built-in metrics are listed on their own; the placeholder adds the plugin's.
      for (const metric of methodology.metrics) {
        expect(builtinMetrics.map((f) => f.path)).not.toContain(`metrics.${metric.key}`);
        shape.set(`metrics.${metric.key}`, fact);
      }
    } else {
      expect(fact.path).not.toContain('<');
      shape.set(fact.path, fact);
    }
  }
  return shape;
}

function matchesType(value: unknown, expected: ExpectedFact): boolean {
  if (value === null) return expected.nullable;
  const type = expected.type === 'field' ? FIELD_FACT_TYPES[expected.fieldType!] : expected.type;
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'date':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'string[]':
      return Array.isArray(value) && value.every((item) => typeof item === 'string');
  }
}

const FIELD_FACT_TYPES: Record<FieldType, FactDefinition['type']> = {
  text: 'string',
  number: 'number',
  integer: 'number',
  boolean: 'boolean',
  date: 'date',
  enum: 'string',
  url: 'string',
};
