// The expression engine evaluates JSON-Logic exactly as json-logic-js 2.0.5 (the library plugin
// authors test their rules with) for every allow-listed operator: checked on hand-picked cases
// and on thousands of generated expressions over the same data.
import jsonLogic, { type RulesLogic } from 'json-logic-js';
import { describe, expect, it } from 'vitest';
import { ALLOWED_OPERATORS, EVALUATED_OPERATORS, evaluate } from '../../server/platform/expressions/index.js';
import { DATA, generate, random } from './expressions-generate.js';


type Outcome = { value: unknown } | { threw: true };
function outcome(run: () => unknown): Outcome {
  try {
    return { value: run() };
  } catch {
    return { threw: true };
  }
}
const ours = (expr: unknown, data: unknown = DATA) => outcome(() => evaluate(expr, data));
const stock = (expr: unknown, data: unknown = DATA) => outcome(() => jsonLogic.apply(expr as RulesLogic, data));

describe('the operators', () => {
  it('evaluates exactly the allow-list', () => {
    expect(new Set(EVALUATED_OPERATORS)).toEqual(ALLOWED_OPERATORS);
  });
});

const CASES: unknown[] = [
  { '==': [1, '1'] }, { '==': [null, 0] }, { '==': [[1], 1] }, { '===': [1, 1] }, { '!=': ['a', 'b'] }, { '!==': [1, '1'] },
  { '<': [1, 2, 3] }, { '<': [1, 5, 3] }, { '<=': [1, 1, 1] }, { '>': ['2', 1] }, { '>=': [1, 1] },
  { '!': [[]] }, { '!!': [[0]] }, { '!': 0 }, { '%': [7, 3] },
  { in: ['x', 'xyz'] }, { in: [2, { var: 'c' }] }, { in: [1, null] }, { in: ['a', 5] },
  { cat: ['a', 1, null, [1, [2, 3]], true] }, { substr: ['jsonlogic', 4] }, { substr: ['jsonlogic', -5, 3] }, { substr: ['jsonlogic', 1, -2] },
  { '+': [] }, { '+': ['1', 2, '3.5x'] }, { '+': [[1, 2]] }, { '*': [2, '3'] }, { '*': [] }, { '-': [5] }, { '-': [5, '2'] }, { '/': [1, 0] },
  { min: [] }, { max: [1, '7', 3] }, { min: [[1], 2] },
  { merge: [] }, { merge: [1, [2, [3]], null] }, { merge: { var: 'c' } },
  { var: 'd.g.h' }, { var: ['missing.path', 'fallback'] }, { var: 'c.1' }, { var: 'b.0' }, { var: 'b.length' }, { var: 'c.length' }, { var: 1 },
  { var: '' }, { var: [] }, { var: null }, { var: 'n.x' }, { var: { cat: ['d', '.e'] } },
  { missing: ['a', 'nope', 'empty', 'n'] }, { missing: [['a', 'nope']] }, { missing: { merge: ['a', 'nope'] } },
  { missing_some: [1, ['a', 'nope']] }, { missing_some: [2, ['a', 'nope', 'zz']] },
  { if: [] }, { if: [true] }, { if: [false, 1] }, { if: [0, 1, [], 2, 3] }, { '?:': [1, 'yes', 'no'] },
  { and: [] }, { and: [1, 0, 2] }, { and: [1, 'a'] }, { or: [] }, { or: [0, [], 'b'] }, { or: [0, ''] },
  { map: [{ var: 'c' }, { '*': [{ var: '' }, 2] }] }, { map: [5, 1] }, { map: [{ var: 'objects' }, { var: 'v' }] },
  { filter: [{ var: 'c' }, { '>': [{ var: '' }, 1] }] }, { filter: ['abc', true] },
  { reduce: [{ var: 'c' }, { '+': [{ var: 'current' }, { var: 'accumulator' }] }, 0] }, { reduce: [{ var: 'c' }, { var: 'accumulator' }] },
  { reduce: [7, 1, 'initial'] }, { reduce: [{ var: 'c' }, { var: '' }, 0] },
  { all: [[], true] }, { all: [{ var: 'c' }, { '>': [{ var: '' }, 0] }] }, { some: [[], true] }, { some: [{ var: 'c' }, { '==': [{ var: '' }, 2] }] },
  { none: [[], true] }, { none: [{ var: 'c' }, { '==': [{ var: '' }, 5] }] }, { none: [7, true] },
  { nope: [1] }, { method: ['a', 'toUpperCase'] }, { log: 1 }, {}, { a: 1, b: 2 }, [1, { var: 'a' }], 'text', null, 3,
];

describe('hand-picked cases', () => {
  it.each(CASES.map((expr) => [JSON.stringify(expr), expr]))('%s', (_, expr) => {
    const expected = stock(expr);
    // The stock library has no allow-list: it runs `log` and `method` where we refuse them.
    if (typeof expr === 'object' && expr !== null && ('log' in expr || 'method' in expr)) {
      expect(ours(expr)).toEqual({ threw: true });
      return;
    }
    expect(ours(expr)).toEqual(expected);
  });
});

describe('generated expressions', () => {
  it('agree with json-logic-js on 5,000 expressions', () => {
    const next = random(20261202);
    const disagreements: unknown[] = [];
    for (let i = 0; i < 5000; i++) {
      const expr = generate(next, 4);
      const expected = stock(expr);
      const actual = ours(expr);
      if (!isDeepEqual(actual, expected)) disagreements.push({ expr, expected, actual });
    }
    expect(disagreements.slice(0, 5)).toEqual([]);
  });
});

function isDeepEqual(a: unknown, b: unknown): boolean {
  try {
    expect(a).toEqual(b);
    return true;
  } catch {
    return false;
  }
}
