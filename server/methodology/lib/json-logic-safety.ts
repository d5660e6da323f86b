// The methodology's view of the expression engine (server/platform/expressions): plugin rule
// checks, trigger conditions and metric formulas are analysed against the facts contract, whose
// list facts count at their maximum size when the engine bounds an expression's work. The
// guarantees (allow-list, size, depth, static work, run-time budget) belong to the engine.
import {
  analyseExpression as analyse,
  type ExpressionAnalysis,
  STATIC_LIMITS,
} from '../../platform/expressions/index.js';
import { factsArraySize } from './facts-shape.js';

export { ALLOWED_OPERATORS, checkVarPath, FORBIDDEN_SEGMENTS, SEGMENT, type VariableRead } from '../../platform/expressions/index.js';
export type { ExpressionAnalysis } from '../../platform/expressions/index.js';

/** The static bounds of one expression (the engine's; kept under this name for this domain). */
export const EXPRESSION_LIMITS = STATIC_LIMITS;

/** Analyses one expression against the facts contract: problems (relative paths), variables read, work bound. */
export function analyseExpression(expr: unknown): ExpressionAnalysis {
  return analyse(expr, { arraySize: factsArraySize, documentName: 'facts document' });
}
