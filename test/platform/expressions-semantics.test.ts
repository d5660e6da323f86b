// The expression engine evaluates JSON-Logic exactly as json-logic-js 2.0.5 (the library plugin
// authors test their rules with) for every allow-listed operator: checked on hand-picked cases
// and on thousands of generated expressions over the same data.
import jsonLogic, { type RulesLogic } from 'json-logic-js';
import { describe, expect, it } from 'vitest';
import { ALLOWED_OPERATORS, EVALUATED_OPERATORS, evaluate } from '../../server/platform/expressions/index.js';

const DATA = {
  a: 1, b: 'x', c: [1, 2, 3], d: { e: 2, f: ['p', 'q'], g: { h: 'deep' } }, n: null, t: true, s: '3', z: 0, empty: '', list: [],
  objects: [{ k: 1, v: 'one' }, { k: 2, v: 'two' }],
};

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

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PATHS = ['a', 'b', 'c', 'd.e', 'd.f', 'd.g.h', 'n', 't', 's', 'z', 'empty', 'list', 'objects', 'zz', 'c.0', '', 'current', 'accumulator', 'k', 'v'];
const SCALARS: unknown[] = [0, 1, 2, -1, 2.5, '', 'a', '1', 'x', true, false, null];
const OPERATORS = [...ALLOWED_OPERATORS];

function generate(next: () => number, depth: number): unknown {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  if (depth <= 0 || next() < 0.25) {
    const roll = next();
    if (roll < 0.35) return { var: pick(PATHS) };
    if (roll < 0.45) return [pick(SCALARS), pick(SCALARS)];
    return pick(SCALARS);
  }
  const op = pick(OPERATORS);
  const arg = () => generate(next, depth - 1);
  switch (op) {
    case 'var':
      return next() < 0.5 ? { var: pick(PATHS) } : { var: [pick(PATHS), arg()] };
    case 'missing':
      return { missing: [pick(PATHS), pick(PATHS)] };
    case 'missing_some':
      return { missing_some: [Math.floor(next() * 3), [pick(PATHS), pick(PATHS), pick(PATHS)]] };
    case 'all': case 'some': case 'none': case 'map': case 'filter':
      return { [op]: [next() < 0.6 ? { var: pick(['c', 'd.f', 'objects', 'list', 'b']) } : arg(), arg()] };
    case 'reduce':
      return { reduce: [next() < 0.6 ? { var: pick(['c', 'd.f', 'objects']) } : arg(), arg(), arg()] };
    default: {
      const count = Math.floor(next() * 4);
      const args = Array.from({ length: count }, arg);
      return { [op]: count === 1 && next() < 0.5 ? args[0] : args };
    }
  }
}

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
