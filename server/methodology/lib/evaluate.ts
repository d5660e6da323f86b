// Evaluation of a methodology's rules, risk triggers and metrics against facts documents.
//
// Expressions are untrusted plugin data. Validation rejects unsafe and costly ones at
// installation, and evaluation does not rely on it (defence in depth): the expression engine
// (server/platform/expressions) reads facts through own properties only, never through a segment
// that names a prototype member, has no `method` or `log`, and stops any evaluation that exceeds
// its step, element or depth budget. Such a rule fails with the code EVALUATION_LIMIT, and its
// evidence says so; a rule whose evaluation throws otherwise fails with EVALUATION_ERROR.
//
// Hot path: compile once per methodology (variables and their split paths precomputed), then per
// facts document only the engine's own work plus one own-property walk per variable for evidence
// — no per-call validation and no copying of facts.
import { evaluate, EvaluationLimitError, readOwn, truthy } from '../../platform/expressions/index.js';
import { analyseExpression } from './json-logic-safety.js';
import type { ResolvedMethodology, RuleDef, RuleKind, RuleSeverity, TriggerSeverity } from './manifest.js';

/** A facts document (see facts-shape.ts): plain JSON. */
export type Facts = Readonly<Record<string, unknown>>;

/** Why an expression has no result: over its budget, or an error (an unknown operator...). */
export type EvaluationErrorCode = 'EVALUATION_LIMIT' | 'EVALUATION_ERROR';

/**
 * The evidence key that carries an evaluation's failure ({ code, message }). Facts paths are made
 * of letters, digits, "_", "-" and ".", so it can never collide with a variable read.
 */
export const EVIDENCE_ERROR_KEY = '$error';

// ---------------------------------------------------------------------------------------------
// Compilation

interface Compiled {
  /** Facts paths the expression may read (element-relative reads excluded). */
  variables: readonly string[];
  segments: readonly (readonly string[])[];
}

export interface CompiledRule extends Compiled {
  key: string;
  kind: RuleKind;
  severity: RuleSeverity;
  message: string;
  check: unknown;
  /** null: every phase / every status. */
  phases: ReadonlySet<string> | null;
  statuses: ReadonlySet<string> | null;
  def: RuleDef;
}

export interface CompiledTrigger extends Compiled {
  key: string;
  severity: TriggerSeverity;
  message: string;
  when: unknown;
}

export interface CompiledMetric extends Compiled {
  key: string;
  expr: unknown;
}

export interface CompiledMethodology {
  methodology: ResolvedMethodology;
  rules: readonly CompiledRule[];
  rulesByKey: ReadonlyMap<string, CompiledRule>;
  triggers: readonly CompiledTrigger[];
  metrics: readonly CompiledMetric[];
}

function compileExpression(expr: unknown): Compiled {
  // analyseExpression records only paths whose every segment is safe, so evidence keys can
  // never be "__proto__" and evidence reads cannot reach a prototype.
  const { variables } = analyseExpression(expr);
  return { variables, segments: variables.map((variable) => variable.split('.')) };
}

export function compileMethodology(resolved: ResolvedMethodology): CompiledMethodology {
  const rules = resolved.rules.map(
    (def): CompiledRule => ({
      key: def.key,
      kind: def.kind,
      severity: def.severity,
      message: def.message,
      check: def.check,
      phases: def.appliesTo?.phases ? new Set(def.appliesTo.phases) : null,
      statuses: def.appliesTo?.statuses ? new Set(def.appliesTo.statuses) : null,
      def,
      ...compileExpression(def.check),
    }),
  );
  return {
    methodology: resolved,
    rules,
    rulesByKey: new Map(rules.map((rule) => [rule.key, rule])),
    triggers: resolved.riskTriggers.map((def) => ({
      key: def.key,
      severity: def.severity,
      message: def.message,
      when: def.when,
      ...compileExpression(def.when),
    })),
    metrics: resolved.metrics.map((def) => ({ key: def.key, expr: def.expr, ...compileExpression(def.expr) })),
  };
}

// ---------------------------------------------------------------------------------------------
// Evaluation

export interface EvaluationContext {
  /** The project's current phase (null when it has none, e.g. before it starts or once closed). */
  phaseKey: string | null;
  /** The project status (PROPOSED, ACTIVE, …). */
  status: string;
}

export interface RuleResult {
  ruleKey: string;
  kind: RuleKind;
  severity: RuleSeverity;
  passed: boolean;
  message: string;
  /** Facts path → the value read (null when absent), for every variable the rule reads. */
  evidence: Record<string, unknown>;
  /** Set when evaluation threw (e.g. an operator that does not exist); the rule then fails. Its code is in the evidence. */
  error?: string;
}

export interface TriggerResult {
  triggerKey: string;
  severity: TriggerSeverity;
  holds: boolean;
  message: string;
  evidence: Record<string, unknown>;
  error?: string;
}

/** Whether a rule applies in this phase and status (an absent appliesTo list matches all). */
export function ruleApplies(rule: CompiledRule, context: EvaluationContext): boolean {
  if (rule.phases && (context.phaseKey === null || !rule.phases.has(context.phaseKey))) return false;
  return !rule.statuses || rule.statuses.has(context.status);
}

export function rulesApplicable(compiled: CompiledMethodology, context: EvaluationContext): CompiledRule[] {
  return compiled.rules.filter((rule) => ruleApplies(rule, context));
}

/**
 * The results of the rules that apply in `context`, in manifest order. Rules that do not apply
 * are left out (not reported as passing): a compliance view lists only what is in force.
 */
export function evaluateRules(compiled: CompiledMethodology, facts: Facts, context: EvaluationContext): RuleResult[] {
  const results: RuleResult[] = [];
  for (const rule of compiled.rules) {
    if (ruleApplies(rule, context)) results.push(evaluateRule(rule, facts));
  }
  return results;
}

/** One rule, whether or not it applies (gates evaluate their named rules explicitly). */
export function evaluateRule(rule: CompiledRule, facts: Facts): RuleResult {
  const result: RuleResult = {
    ruleKey: rule.key,
    kind: rule.kind,
    severity: rule.severity,
    passed: false,
    message: rule.message,
    evidence: evidence(rule, facts),
  };
  try {
    result.passed = truthy(evaluate(rule.check, facts));
  } catch (error) {
    failed(result, error); // fail closed: a rule that cannot run does not pass
  }
  return result;
}

/**
 * The rules a phase gate checks in `context`: the current phase's gate rules (whatever their
 * appliesTo) and every applicable BLOCKER rule, each once, in manifest order.
 */
export function gateRules(compiled: CompiledMethodology, context: EvaluationContext): CompiledRule[] {
  const phase = compiled.methodology.phases.find((p) => p.key === context.phaseKey);
  const named = new Set(phase?.gate?.rules ?? []);
  return compiled.rules.filter((rule) => named.has(rule.key) || (rule.severity === 'BLOCKER' && ruleApplies(rule, context)));
}

/** Results of the gate's rules; the gate is open when every one passed (or is waived). */
export function evaluateGate(compiled: CompiledMethodology, facts: Facts, context: EvaluationContext): RuleResult[] {
  return gateRules(compiled, context).map((rule) => evaluateRule(rule, facts));
}

export function evaluateTriggers(compiled: CompiledMethodology, facts: Facts): TriggerResult[] {
  return compiled.triggers.map((trigger) => {
    const result: TriggerResult = {
      triggerKey: trigger.key,
      severity: trigger.severity,
      holds: false,
      message: trigger.message,
      evidence: evidence(trigger, facts),
    };
    try {
      result.holds = truthy(evaluate(trigger.when, facts));
    } catch (error) {
      failed(result, error); // a trigger that cannot run does not hold
    }
    return result;
  });
}

/**
 * Plugin metrics: key → a finite number, or null (non-numbers, NaN, ±Infinity, errors). They see
 * the built-in metrics only (validation enforces it), so their order does not matter.
 */
export function evaluateMetrics(compiled: CompiledMethodology, facts: Facts): Record<string, number | null> {
  // fromEntries defines own properties, so no key can act as a __proto__ setter.
  return Object.fromEntries(
    compiled.metrics.map((metric) => {
      let value: unknown = null;
      try {
        value = evaluate(metric.expr, facts);
      } catch {
        // A metric that cannot be computed is unknown (null), like a division by zero.
      }
      return [metric.key, typeof value === 'number' && Number.isFinite(value) ? value : null];
    }),
  );
}

export interface ExpressionOutcome {
  value: unknown;
  /** The facts it read, by variable (null when absent), and $error when it could not run. */
  evidence: Record<string, unknown>;
  error?: string;
}

/** One organisation-wide expression (a scoring formula, a policy check) on a project's facts, with its evidence. */
export function evaluateExpression(expr: unknown, facts: Facts): ExpressionOutcome {
  const outcome: ExpressionOutcome = { value: null, evidence: evidence(compileExpression(expr), facts) };
  try {
    outcome.value = evaluate(expr, facts);
  } catch (error) {
    const code: EvaluationErrorCode = error instanceof EvaluationLimitError ? 'EVALUATION_LIMIT' : 'EVALUATION_ERROR';
    outcome.error = error instanceof Error ? error.message : String(error);
    outcome.evidence[EVIDENCE_ERROR_KEY] = { code, message: outcome.error };
  }
  return outcome;
}

/** Records why an evaluation has no result: on the result, and in its evidence. */
function failed(result: RuleResult | TriggerResult, error: unknown): void {
  const code: EvaluationErrorCode = error instanceof EvaluationLimitError ? 'EVALUATION_LIMIT' : 'EVALUATION_ERROR';
  const message = error instanceof Error ? error.message : String(error);
  result.error = message;
  result.evidence[EVIDENCE_ERROR_KEY] = { code, message };
}

/** The failure recorded in stored evidence, if any (see EVIDENCE_ERROR_KEY). */
export function evidenceError(evidence: unknown): { code: EvaluationErrorCode; message: string } | null {
  if (evidence === null || typeof evidence !== 'object' || Array.isArray(evidence) || !Object.hasOwn(evidence, EVIDENCE_ERROR_KEY)) return null;
  const error = (evidence as Record<string, unknown>)[EVIDENCE_ERROR_KEY] as { code?: unknown; message?: unknown } | null;
  if (!error || typeof error.message !== 'string') return null;
  return { code: error.code === 'EVALUATION_LIMIT' ? 'EVALUATION_LIMIT' : 'EVALUATION_ERROR', message: error.message };
}

function evidence(compiled: Compiled, facts: Facts): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const { variables, segments } = compiled;
  for (let i = 0; i < variables.length; i++) {
    const value = readOwn(facts, segments[i]!);
    out[variables[i]!] = value === undefined ? null : value;
  }
  return out;
}
