// The facts variables an expression reads ("project.budget"), so that a caller evaluating it
// over many projects loads only what they depend on (facts-loader.ts FactsReads). Pure.
import { analyseExpression } from './json-logic-safety.js';

export function expressionVariables(expr: unknown): string[] {
  return analyseExpression(expr).reads.map((read) => read.variable);
}
