import jsonLogic from 'json-logic-js';
import { describe, expect, it } from 'vitest';
import {
  compileMethodology,
  evaluateGate,
  evaluateMetrics,
  evaluateRule,
  evaluateRules,
  evaluateTriggers,
  rulesApplicable,
  type Facts,
} from '../../server/methodology/lib/evaluate.js';
import type { ResolvedMethodology, RuleDef } from '../../server/methodology/lib/manifest.js';
import { validateManifest } from '../../server/methodology/lib/validate.js';
import { noPlugins, stageGate } from './fixtures.js';

/** A facts document in the shape of facts-shape.ts, for a project in Initiation. */
const facts = (): Facts => ({
  today: '2026-03-01',
  project: { code: 'CRM-2026', status: 'ACTIVE', budget: 1000, actualCost: 250, hasSponsor: false, scopePoints: 120 },
  baseline: { scopePoints: 100 },
  phase: { key: 'initiation', index: 0, completed: [] },
  fields: { regulated: true, riskClass: 'high' },
  deliverables: {
    charter: { exists: true, status: 'SUBMITTED', complete: false, missingFields: ['objectives'], fields: { objectives: null } },
    plan: { exists: true, status: 'NOT_STARTED', complete: true, missingFields: [], fields: { milestones: 4, link: null } },
  },
  metrics: { spi: 0.8, cpi: 1.1 },
  resources: { members: 3, roles: ['PROJECT_MANAGER', 'TEAM_MEMBER'] },
});

function methodology(): ResolvedMethodology {
  const result = validateManifest(stageGate(), { resolvePlugin: noPlugins });
  if (!result.valid) throw new Error(JSON.stringify(result.problems));
  return result.resolved;
}

/** A methodology with extra rules that never went through validation (defence in depth). */
function withUnvalidatedRules(checks: Record<string, unknown>): ResolvedMethodology {
  const resolved = methodology();
  const rules: RuleDef[] = Object.entries(checks).map(([key, check]) => ({ key, kind: 'QUALITY', severity: 'ERROR', check: check as RuleDef['check'], message: key }));
  return { ...resolved, rules };
}

const initiation = { phaseKey: 'initiation', status: 'ACTIVE' };

describe('evaluateRules', () => {
  it('reports pass or fail with the evidence of every variable read', () => {
    const results = evaluateRules(compileMethodology(methodology()), facts(), initiation);
    expect(results).toEqual([
      {
        ruleKey: 'charter-approved', kind: 'COMPLIANCE', severity: 'BLOCKER', passed: false,
        message: 'The charter must be approved before leaving Initiation.',
        evidence: { 'deliverables.charter.status': 'SUBMITTED' },
      },
      {
        ruleKey: 'has-sponsor', kind: 'QUALITY', severity: 'WARNING', passed: false,
        message: 'A sponsor should be assigned.',
        evidence: { 'project.hasSponsor': false },
      },
    ]);
  });

  it('passes once the facts satisfy the rule', () => {
    const approved = facts() as { deliverables: { charter: { status: string } } };
    approved.deliverables.charter.status = 'APPROVED';
    const [charter] = evaluateRules(compileMethodology(methodology()), approved as Facts, initiation);
    expect(charter).toMatchObject({ ruleKey: 'charter-approved', passed: true, evidence: { 'deliverables.charter.status': 'APPROVED' } });
  });

  it('includes variables a short-circuit skipped, and null for absent ones', () => {
    const compiled = compileMethodology(withUnvalidatedRules({
      either: { or: [{ var: 'fields.regulated' }, { '>': [{ var: 'project.percentComplete' }, 50] }] },
      roles: { in: ['SPONSOR', { var: 'resources.roles' }] },
      elementwise: { all: [{ var: 'deliverables.charter.missingFields' }, { '!=': [{ var: '' }, 'scope'] }] },
    }));
    const results = evaluateRules(compiled, facts(), initiation);
    expect(results.map((r) => [r.ruleKey, r.passed, r.evidence])).toEqual([
      ['either', true, { 'fields.regulated': true, 'project.percentComplete': null }],
      ['roles', false, { 'resources.roles': ['PROJECT_MANAGER', 'TEAM_MEMBER'] }],
      ['elementwise', true, { 'deliverables.charter.missingFields': ['objectives'] }], // "" is element-relative
    ]);
  });

  it('returns only the rules that apply to the phase and status', () => {
    const resolved = withUnvalidatedRules({ anywhere: true, 'initiation-only': true, 'active-only': true, 'planning-on-hold': true });
    resolved.rules[1]!.appliesTo = { phases: ['initiation'] };
    resolved.rules[2]!.appliesTo = { statuses: ['ACTIVE'] };
    resolved.rules[3]!.appliesTo = { phases: ['planning'], statuses: ['ON_HOLD'] };
    const compiled = compileMethodology(resolved);
    const applicable = (phaseKey: string | null, status: string) => rulesApplicable(compiled, { phaseKey, status }).map((r) => r.key);
    expect(applicable('initiation', 'ACTIVE')).toEqual(['anywhere', 'initiation-only', 'active-only']);
    expect(applicable('planning', 'ON_HOLD')).toEqual(['anywhere', 'planning-on-hold']);
    expect(applicable('planning', 'ACTIVE')).toEqual(['anywhere', 'active-only']);
    expect(applicable(null, 'PROPOSED')).toEqual(['anywhere']);
    expect(evaluateRules(compiled, facts(), { phaseKey: 'planning', status: 'ON_HOLD' }).map((r) => r.ruleKey)).toEqual(['anywhere', 'planning-on-hold']);
  });

  it('evaluates a single rule whatever its appliesTo', () => {
    const compiled = compileMethodology(methodology());
    const result = evaluateRule(compiled.rulesByKey.get('charter-approved')!, facts());
    expect(result.passed).toBe(false);
  });

  it('does not modify the facts', () => {
    const document = facts();
    const before = structuredClone(document);
    evaluateRules(compileMethodology(methodology()), document, initiation);
    expect(document).toEqual(before);
  });
});

describe('evaluateGate', () => {
  it("checks the phase's gate rules and every applicable BLOCKER", () => {
    const resolved = withUnvalidatedRules({ 'gate-rule': { var: 'project.hasSponsor' }, 'other-blocker': true, 'planning-blocker': false, warning: false });
    resolved.rules = resolved.rules.map((rule) => (rule.key.endsWith('blocker') ? { ...rule, severity: 'BLOCKER' } : rule));
    resolved.rules[0]!.appliesTo = { phases: ['planning'] }; // a gate rule is checked even so
    resolved.rules[2]!.appliesTo = { phases: ['planning'] };
    resolved.phases[0] = { ...resolved.phases[0]!, gate: { rules: ['gate-rule'] } };
    const results = evaluateGate(compileMethodology(resolved), facts(), initiation);
    expect(results.map((r) => [r.ruleKey, r.passed])).toEqual([['gate-rule', false], ['other-blocker', true]]);
  });
});

describe('evaluateTriggers', () => {
  it('reports whether each trigger holds, with evidence', () => {
    const compiled = compileMethodology(methodology());
    expect(evaluateTriggers(compiled, facts())).toEqual([
      { triggerKey: 'schedule-slip', severity: 'HIGH', holds: true, message: 'SPI below 0.85', evidence: { 'metrics.spi': 0.8 } },
    ]);
    const onTrack = { ...facts(), metrics: { spi: 0.95 } };
    expect(evaluateTriggers(compiled, onTrack)[0]).toMatchObject({ holds: false, evidence: { 'metrics.spi': 0.95 } });
  });
});

describe('evaluateMetrics', () => {
  const compile = (exprs: Record<string, unknown>) =>
    compileMethodology({ ...methodology(), metrics: Object.entries(exprs).map(([key, expr]) => ({ key, expr: expr as RuleDef['check'] })) });

  it('computes finite numbers and null for everything else', () => {
    const compiled = compile({
      costRatio: { '/': [{ var: 'project.actualCost' }, { var: 'project.budget' }] },
      scopeChange: { '-': [{ var: 'project.scopePoints' }, { var: 'baseline.scopePoints' }] },
      infinite: { '/': [1, 0] },
      notANumber: { '/': [0, 0] },
      text: { cat: ['a', 'b'] },
      boolean: { '>': [2, 1] },
      failing: { nope: [] },
    });
    expect(evaluateMetrics(compiled, facts())).toEqual({
      costRatio: 0.25, scopeChange: 20, infinite: null, notANumber: null, text: null, boolean: null, failing: null,
    });
  });

  it('defines metric keys as own properties, whatever they are', () => {
    const metrics = evaluateMetrics(compile(JSON.parse('{ "__proto__": 1 }') as Record<string, unknown>), facts());
    expect(Object.hasOwn(metrics, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(metrics)).toBe(Object.prototype);
  });
});

describe('safety when a rule bypassed validation', () => {
  const results = () =>
    evaluateRules(
      compileMethodology(withUnvalidatedRules({
        ctor: { '===': [{ var: 'constructor' }, null] },
        proto: { '===': [{ var: '__proto__' }, null] },
        nested: { '===': [{ var: 'project.__proto__.x' }, null] },
        arrayForm: { '===': [{ var: ['constructor'] }, null] },
        inherited: { '===': [{ var: 'toString' }, null] },
        arrayMember: { '===': [{ var: 'resources.roles.constructor' }, null] },
        element: { none: [{ var: 'resources.roles' }, { var: 'constructor' }] },
        accumulator: { '===': [{ reduce: [{ var: 'resources.roles' }, { var: 'accumulator.constructor' }, 0] }, null] },
        computed: { '===': [{ var: { cat: ['constr', 'uctor'] } }, null] },
        missing: { '===': [{ cat: { missing: ['constructor', 'project.code', 'toString'] } }, 'constructor,toString'] },
        method: { method: [{ var: 'project.code' }, 'toLowerCase'] },
        log: { log: 'not on our console' },
        dotted: { 'var.call': [{}, 'constructor'] },
      })),
      facts(),
      initiation,
    );

  it('reads null where a prototype member is asked for', () => {
    const byKey = Object.fromEntries(results().map((r) => [r.ruleKey, r]));
    for (const key of ['ctor', 'proto', 'nested', 'arrayForm', 'inherited', 'arrayMember', 'element', 'accumulator', 'computed']) {
      expect([key, byKey[key]!.passed, byKey[key]!.error]).toEqual([key, true, undefined]);
    }
    // Unsafe paths are never evidence keys (an evidence key "__proto__" would be a setter).
    expect(byKey.ctor!.evidence).toEqual({});
    expect(byKey.nested!.evidence).toEqual({});
    expect(byKey.arrayMember!.evidence).toEqual({});
    expect(byKey.element!.evidence).toEqual({ 'resources.roles': ['PROJECT_MANAGER', 'TEAM_MEMBER'] });
  });

  it('runs missing through the same guarded var', () => {
    // "constructor" and "toString" are missing: they are not own properties of the facts.
    const missing = results().find((r) => r.ruleKey === 'missing')!;
    expect([missing.passed, missing.error]).toEqual([true, undefined]);
    expect(jsonLogic.apply({ missing: ['constructor'] }, {})).toEqual([]); // the stock library finds it
  });

  it('cannot call methods or log: those rules fail with an error', () => {
    const byKey = Object.fromEntries(results().map((r) => [r.ruleKey, r]));
    expect([byKey.method!.passed, byKey.method!.error]).toEqual([false, 'Unrecognized operation method']);
    expect([byKey.log!.passed, byKey.log!.error]).toEqual([false, 'Unrecognized operation log']);
    expect(byKey.dotted!.passed).toBe(false);
    expect(byKey.dotted!.error).toMatch(/^Unrecognized operation var\.call/);
  });

  it('leaves the shared json-logic-js instance as it was', () => {
    results();
    expect(jsonLogic.apply({ var: 'a.b' }, { a: { b: 1 } })).toBe(1);
    expect(typeof jsonLogic.apply({ var: 'toString' }, {})).toBe('function'); // stock behaviour, unguarded
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
