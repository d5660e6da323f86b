// Which facts are money, and evidence with their values hidden. Pure.
//
// Money facts are marked in the facts contract (facts-shape.ts). A plugin metric that reads one is
// money too: plugin metrics read built-in facts only (validation enforces it), so a metric's own
// variables decide. Evidence is a map of facts paths to the values read; hiding keeps every key
// (a client sees that the rule read the budget) and replaces a money value with null.
import type { CompiledMethodology } from './evaluate.js';
import { FACTS } from './facts-shape.js';

/** The built-in money facts, by path. */
export const MONEY_FACTS: ReadonlySet<string> = new Set(FACTS.filter((fact) => fact.money).map((fact) => fact.path));

/** Every money path of a methodology: the built-in money facts and its plugin metrics that read one. */
export function moneyPathsOf(compiled: CompiledMethodology | null): ReadonlySet<string> {
  if (!compiled) return MONEY_FACTS;
  const paths = new Set(MONEY_FACTS);
  for (const metric of compiled.metrics) {
    if (metric.variables.some((variable) => MONEY_FACTS.has(variable))) paths.add(`metrics.${metric.key}`);
  }
  return paths;
}

/** `evidence` with the values of money paths replaced by null (the same object when it has none). */
export function withoutMoney(evidence: unknown, moneyPaths: ReadonlySet<string>): unknown {
  if (evidence === null || typeof evidence !== 'object' || Array.isArray(evidence)) return evidence;
  const entries = Object.entries(evidence as Record<string, unknown>);
  if (!entries.some(([path, value]) => moneyPaths.has(path) && value !== null)) return evidence;
  return Object.fromEntries(entries.map(([path, value]) => [path, moneyPaths.has(path) ? null : value]));
}
