// Evaluation: JSON-Logic with json-logic-js 2.0.5's semantics for the allow-listed operators
// (operators.ts), and three guarantees the library cannot give untrusted expressions:
// - a budget per evaluation (budget.ts, limits.ts RUN_LIMITS): past a limit the evaluation
//   throws EvaluationLimitError (code EVALUATION_LIMIT); a reduce that doubles an array with
//   merge stops at the limit instead of freezing the event loop;
// - depth checked before descending, so no input can overflow the stack;
// - data read through own properties only, with operators looked up in null-prototype tables:
//   "constructor", "__proto__" or "toString" find nothing inherited, ever.
//
// An expression is compiled once into closures (compile.ts) and the program is kept for as long
// as the expression object lives (a WeakMap: a methodology's rules compile once per manifest
// object, and go when it goes). Expressions are treated as immutable once evaluated, as the
// parsed manifests they come from are. Pure and synchronous: no I/O, no clock.
import { Run, type EvaluationUsage } from './budget.js';
import { compile, CONTROL_OPERATORS, type Program } from './compile.js';
import { RUN_LIMITS, type RunLimits } from './limits.js';
import { OPERATIONS } from './operations.js';

export { EvaluationLimitError, type EvaluationLimit, type EvaluationUsage } from './budget.js';
export { truthy } from './operations.js';

// compile() memoises every node by object and depth too, so this cache only saves its second
// lookup (the depth map) on each evaluation: ~7-12% of a two-comparison rule's time.
const programs = new WeakMap<object, Program>();

/** The compiled program of `expr`, from the cache when this object was evaluated before. */
function programOf(expr: unknown): Program {
  if (expr === null || typeof expr !== 'object') return compile(expr);
  let program = programs.get(expr);
  if (program === undefined) {
    program = compile(expr);
    programs.set(expr, program);
  }
  return program;
}

/** Evaluates `expr` against `data` within the budget; throws EvaluationLimitError past it. */
export function evaluate(expr: unknown, data: unknown, limits: RunLimits = RUN_LIMITS): unknown {
  return programOf(expr)(data, new Run(limits));
}

/** `evaluate`, also reporting what the evaluation consumed (for tests and benchmarks). */
export function evaluateWithUsage(expr: unknown, data: unknown, limits: RunLimits = RUN_LIMITS): { value: unknown; usage: EvaluationUsage } {
  const run = new Run(limits);
  const value = programOf(expr)(data, run);
  return { value, usage: { steps: run.steps, elements: run.elements } };
}

/** Every operator this engine runs (tests check it equals the allow-list). */
export const EVALUATED_OPERATORS: readonly string[] = [...CONTROL_OPERATORS, ...Object.keys(OPERATIONS)];
