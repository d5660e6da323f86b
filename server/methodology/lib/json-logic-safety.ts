// The methodology's view of the expression engine (server/platform/expressions): plugin rule
// checks, trigger conditions and metric formulas are analysed against the facts contract, whose
// list facts count at their maximum size when the engine bounds an expression's work. The
// guarantees (allow-list, size, depth, static work, run-time budget) belong to the engine.
import {
  analyseExpression as analyse,
  type ExpressionAnalysis,
} from '../../platform/expressions/index.js';
import { factsArraySize } from './facts-shape.js';

export type { VariableRead } from '../../platform/expressions/index.js';

/** Analyses one expression against the facts contract: problems (relative paths), variables read, work bound. */
export function analyseExpression(expr: unknown): ExpressionAnalysis {
  return analyse(expr, { arraySize: factsArraySize, documentName: 'facts document' });
}
