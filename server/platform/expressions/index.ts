// The expression engine: the one way user-supplied JSON-Logic (methodology rules, risk triggers
// and metrics; policies and scoring formulas next) is checked and evaluated. Pure modules, no I/O.
// Guarantees: an allow-list of operators, bounded size, nesting and static work at validation,
// and a step/element/depth budget per evaluation, so no accepted expression can stall the server.
export { analyseExpression, type AnalyseOptions, type ExpressionAnalysis, type ExpressionProblem, type VariableRead } from './analyse.js';
export { evaluate, evaluateWithUsage, EvaluationLimitError, type EvaluationLimit, type EvaluationUsage, truthy, EVALUATED_OPERATORS } from './evaluate.js';
export { firstTooDeep, type JsonPath } from './json-depth.js';
export { RUN_LIMITS, STATIC_LIMITS, type RunLimits } from './limits.js';
export { ALLOWED_OPERATORS } from './operators.js';
export { readOwn } from './var-path.js';
export type { ArraySizeOf } from './work-bound.js';
