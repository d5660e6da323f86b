// The official JSON-Logic conformance suite (tests.json from jsonlogic.com; source and licence in
// expressions-json-logic-tests.NOTICE.md): every case whose operators are all on our allow-list
// gives exactly json-logic-js 2.0.5's result, on a first evaluation and on a second one of the
// same expression object (its cached compiled program). Cases that use an operator off the
// allow-list are skipped, each listed with its reason.
import { readFileSync } from 'node:fs';
import jsonLogic, { type RulesLogic } from 'json-logic-js';
import { describe, expect, it } from 'vitest';
import { ALLOWED_OPERATORS, evaluate } from '../../server/platform/expressions/index.js';

type Case = [rule: unknown, data: unknown, expected: unknown];

const SUITE = JSON.parse(readFileSync(new URL('./expressions-json-logic-tests.json', import.meta.url), 'utf8')) as unknown[];
const CASES = SUITE.filter((entry): entry is Case => Array.isArray(entry));

/** Operators a rule applies, as an evaluator sees them: every object with exactly one key. */
function operatorsOf(rule: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(rule)) for (const item of rule) operatorsOf(item, found);
  else if (rule !== null && typeof rule === 'object') {
    const keys = Object.keys(rule);
    if (keys.length === 1) {
      found.add(keys[0]!);
      operatorsOf((rule as Record<string, unknown>)[keys[0]!], found);
    }
  }
  return found;
}

/** Why a case is not run against our engine, or null when it is. */
function skipReason(rule: unknown): string | null {
  const refused = [...operatorsOf(rule)].filter((op) => !ALLOWED_OPERATORS.has(op));
  return refused.length ? `operator${refused.length > 1 ? 's' : ''} ${refused.join(', ')} not on the allow-list` : null;
}

type Outcome = { value: unknown } | { threw: string };
function outcome(run: () => unknown): Outcome {
  try {
    return { value: run() };
  } catch (error) {
    return { threw: error instanceof Error ? error.message : String(error) };
  }
}

const label = ([rule, data]: Case) => `${JSON.stringify(rule)} on ${JSON.stringify(data)}`;
const runnable = CASES.filter(([rule]) => skipReason(rule) === null);

describe('the official json-logic tests.json suite', () => {
  it('has its 277 cases, and lists every skipped one with its reason', () => {
    expect(CASES).toHaveLength(277);
    // Every operator of the suite is on the allow-list today (it has no `method` or `log` case):
    // a new suite, or a narrower allow-list, shows up here by name.
    const skipped = CASES.flatMap((c) => (skipReason(c[0]) ? [`${label(c)}: ${skipReason(c[0])}`] : []));
    expect(skipped).toEqual([]);
    expect(runnable).toHaveLength(277);
  });

  it.each(runnable.map((c) => [label(c), c] as const))('%s', (_, [rule, data, expected]) => {
    const reference = outcome(() => jsonLogic.apply(rule as RulesLogic, data));
    expect(reference).toEqual({ value: expected }); // the reference itself passes the suite
    const parsed = JSON.parse(JSON.stringify(rule)) as unknown; // a fresh object: compiled here
    expect(outcome(() => evaluate(parsed, data))).toEqual(reference);
    expect(outcome(() => evaluate(parsed, data))).toEqual(reference); // its cached program
  });
});
