// The expression engine's guarantees, which every caller (methodology rules, triggers and
// metrics today; policies and scoring formulas next) inherits: nothing an author writes can name
// a prototype member, overflow the stack, or keep the event loop busy.
import { describe, expect, it } from 'vitest';
import {
  analyseExpression,
  evaluate,
  evaluateWithUsage,
  EvaluationLimitError,
  firstTooDeep,
  RUN_LIMITS,
  STATIC_LIMITS,
} from '../../server/platform/expressions/index.js';

const literals = (n: number) => Array.from({ length: n }, (_, i) => i);
/** `levels` nested maps over `size` literals each, the innermost adding one to its element. */
const nestedMaps = (levels: number, size: number): unknown =>
  levels === 0 ? { '+': [{ var: '' }, 1] } : { map: [literals(size), nestedMaps(levels - 1, size)] };
const deep = (levels: number): unknown => {
  let expr: unknown = true;
  for (let i = 0; i < levels; i++) expr = { '!': [expr] };
  return expr;
};
const messages = (expr: unknown, arraySize?: (variable: string) => number) => analyseExpression(expr, { arraySize }).problems.map((p) => p.message);
const limitOf = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    if (error instanceof EvaluationLimitError) return `${error.code}:${error.limit}`;
    throw error;
  }
  return 'finished';
};

describe('operators named like Object.prototype members', () => {
  const names = ['constructor', 'valueOf', '__proto__', 'toString', 'hasOwnProperty', 'isPrototypeOf', '__defineGetter__', 'toLocaleString'];

  it.each(names)('%s: the problem is a string naming the operator', (name) => {
    const expr = JSON.parse(`{"${name}": [1]}`) as unknown;
    const { problems } = analyseExpression(expr);
    expect(problems).toEqual([{ path: [name], message: `unknown or disallowed operator "${name}"` }]);
  });

  it.each(names)('%s: evaluation finds no inherited function', (name) => {
    expect(() => evaluate(JSON.parse(`{"${name}": []}`), {})).toThrow(`Unrecognized operation ${name}`);
  });

  it('quotes any operator text safely', () => {
    expect(messages({ 'a"b': [] })).toEqual(['unknown or disallowed operator "a\\"b"']);
  });
});

describe('depth is checked before recursing', () => {
  it('reports a rule nested 5,000 levels deep as a problem, without overflowing the stack', () => {
    const problems = analyseExpression(deep(5000)).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toBe(`expression is nested more than ${STATIC_LIMITS.maxDepth} levels deep`);
  });

  it('finds the first node too deep iteratively, even 100,000 levels down', () => {
    const path = firstTooDeep(deep(100_000), 4);
    expect(path).toEqual(['!', 0, '!', 0]);
    expect(firstTooDeep({ a: [1, { b: 2 }] }, 3)).toBeNull();
  });

  it('stops an evaluation nested too deep with EVALUATION_LIMIT (an expression that skipped validation)', () => {
    expect(limitOf(() => evaluate(deep(5000), {}))).toBe('EVALUATION_LIMIT:depth');
    expect(evaluate(deep(6), {})).toBe(true);
  });
});

describe('static work bound at validation', () => {
  it('refuses eight nested maps over ten literals (10^8 steps)', () => {
    const { problems, work } = analyseExpression(nestedMaps(8, 10));
    expect(work).toBeGreaterThan(1e8);
    expect(problems.map((p) => p.message)).toEqual([expect.stringMatching(/^expression may take up to [\d,]+ evaluation steps \(at most 50,000\)/)]);
  });

  it('refuses six nested maps over ten literals (10^6 steps)', () => {
    expect(analyseExpression(nestedMaps(6, 10)).work).toBeGreaterThan(1e6);
    expect(messages(nestedMaps(6, 10))).toHaveLength(1);
  });

  it('accepts small nested iterations and reports their bound', () => {
    const { problems, work } = analyseExpression(nestedMaps(2, 10));
    expect(problems).toEqual([]);
    expect(work).toBeGreaterThan(100);
    expect(work).toBeLessThan(STATIC_LIMITS.maxWork);
  });

  it('counts a data list at the maximum size its contract gives', () => {
    // Inside an iteration `var` reads the element, so a data list is iterated at the outer level.
    const perElement = { some: [{ var: 'roles' }, { some: [literals(30), { '==': [{ var: '' }, 'x'] }] }] };
    expect(analyseExpression(perElement, { arraySize: (v) => (v === 'roles' ? 50 : 0) }).work).toBeLessThan(STATIC_LIMITS.maxWork);
    expect(messages(perElement, (v) => (v === 'roles' ? 50 : 0))).toEqual([]);
    expect(messages(perElement, () => 1000)).toHaveLength(1);
    expect(messages({ merge: [{ var: 'roles' }, { var: 'roles' }] }, () => 10 ** 6)).toHaveLength(1);
  });

  it('follows an accumulator that grows: a reduce doubling an array with merge', () => {
    const doubling = { reduce: [literals(30), { merge: [{ var: 'accumulator' }, { var: 'accumulator' }] }, [1]] };
    expect(analyseExpression(doubling).work).toBeGreaterThan(2 ** 30);
    expect(messages(doubling)).toHaveLength(1);
    const summing = { reduce: [literals(30), { '+': [{ var: 'accumulator' }, { var: 'current' }] }, 0] };
    expect(messages(summing)).toEqual([]);
  });

  it('bounds its own cost on nested reduces', () => {
    let expr: unknown = { merge: [{ var: 'accumulator' }, [1]] };
    for (let i = 0; i < 4; i++) expr = { reduce: [literals(5), expr, []] };
    const started = performance.now();
    analyseExpression(expr);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('run-time budget per evaluation', () => {
  it('stops a reduce doubling an array with merge', () => {
    const doubling = { reduce: [literals(40), { merge: [{ var: 'accumulator' }, { var: 'accumulator' }] }, [1]] };
    expect(limitOf(() => evaluate(doubling, {}))).toMatch(/^EVALUATION_LIMIT:(elements|steps)$/);
  });

  it('stops a reduce doubling a string with cat (the static bound does not follow strings)', () => {
    const doubling = { reduce: [literals(40), { cat: [{ var: 'accumulator' }, { var: 'accumulator' }] }, 'x'] };
    expect(analyseExpression(doubling).problems).toEqual([]);
    expect(limitOf(() => evaluate(doubling, {}))).toBe('EVALUATION_LIMIT:elements');
  });

  it('charges converting a shared tree of arrays to a string', () => {
    // Two references per round: 2^40 leaves after 40 rounds, with 80 elements created.
    const tree = { cat: [{ reduce: [literals(40), [{ var: 'accumulator' }, { var: 'accumulator' }], [1]] }] };
    expect(limitOf(() => evaluate(tree, {}))).toBe('EVALUATION_LIMIT:steps');
    const compared = { '==': [{ reduce: [literals(40), [{ var: 'accumulator' }, { var: 'accumulator' }], [1]] }, 'x'] };
    expect(limitOf(() => evaluate(compared, {}))).toBe('EVALUATION_LIMIT:steps');
  });

  it('stops six nested maps that skipped validation', () => {
    expect(limitOf(() => evaluate(nestedMaps(6, 10), {}))).toBe('EVALUATION_LIMIT:steps');
  });

  it('counts steps and elements of an evaluation', () => {
    const { value, usage } = evaluateWithUsage({ map: [{ var: 'list' }, { '*': [{ var: '' }, 2] }] }, { list: [1, 2, 3] });
    expect(value).toEqual([2, 4, 6]);
    expect(usage).toEqual({ steps: 1 + 2 + 3 * 4, elements: 3 });
  });

  it('takes its limits as a parameter', () => {
    const limits = { ...RUN_LIMITS, maxSteps: 10 };
    expect(limitOf(() => evaluate(nestedMaps(1, 10), {}, limits))).toBe('EVALUATION_LIMIT:steps');
    expect(evaluate(nestedMaps(1, 10), {})).toEqual(literals(10).map((i) => i + 1));
  });
});

describe('every accepted expression evaluates in well under 50 ms', () => {
  // The costliest shapes that pass validation, over lists at their maximum size: each family is
  // grown to the largest size validation accepts; then the shapes the static bound lets through
  // and the run-time budget stops.
  const LIST = 50;
  const data = { a: literals(LIST), b: literals(LIST), text: 'x'.repeat(200) };
  const arraySize = (variable: string) => (variable === 'a' || variable === 'b' ? LIST : 0);
  const accepted = (expr: unknown) => analyseExpression(expr, { arraySize }).problems.length === 0;

  /** The family member with the largest n that validation accepts. */
  function largestAccepted(make: (n: number) => unknown): unknown {
    let best = 0;
    for (let n = 1; n <= 200; n++) if (accepted(make(n))) best = n;
    expect(best).toBeGreaterThan(0);
    return make(best);
  }

  const families: Record<string, (n: number) => unknown> = {
    'two nested maps over literals': (n) => nestedMaps(2, n),
    'three nested maps over literals': (n) => nestedMaps(3, n),
    'a data list times literals': (n) => ({ map: [{ var: 'a' }, { map: [literals(n), { '*': [{ var: '' }, 2] }] }] }),
    'some never true': (n) => ({ some: [{ var: 'a' }, { some: [literals(n), { '==': [{ var: '' }, -1] }] }] }),
    'filter with in': (n) => ({ filter: [{ var: 'b' }, { in: [{ var: '' }, literals(n)] }] }),
    'map with merge': (n) => ({ map: [{ var: 'a' }, { merge: [literals(n), { var: 'b' }] }] }),
    'reduce growing linearly': (n) => ({ reduce: [literals(n), { merge: [{ var: 'accumulator' }, [{ var: 'current' }]] }, []] }),
    'reduce doubling an array': (n) => ({ reduce: [literals(n), { merge: [{ var: 'accumulator' }, { var: 'accumulator' }] }, [1]] }),
  };
  const candidates: Record<string, unknown> = {
    ...Object.fromEntries(Object.entries(families).map(([name, make]) => [name, largestAccepted(make)])),
    'reduce doubling a string (stopped)': { reduce: [literals(40), { cat: [{ var: 'accumulator' }, { var: 'accumulator' }] }, 'x'] },
    'string of a shared array tree (stopped)': { cat: [{ reduce: [literals(40), [{ var: 'accumulator' }, { var: 'accumulator' }], [1]] }] },
    'comparing a shared array tree (stopped)': { '==': [{ reduce: [literals(40), [{ var: 'accumulator' }, { var: 'accumulator' }], [1]] }, 'x'] },
    'in over a doubled string, per element': {
      all: [{ var: 'a' }, { in: ['y', { reduce: [literals(9), { cat: [{ var: 'accumulator' }, { var: 'accumulator' }] }, { var: 'text' }] }] }],
    },
  };

  it('measures the worst accepted expression', () => {
    const timings: Record<string, number> = {};
    const usage: Record<string, string> = {};
    for (const [name, expr] of Object.entries(candidates)) {
      expect([name, analyseExpression(expr, { arraySize }).problems]).toEqual([name, []]);
      const samples: number[] = [];
      for (let i = 0; i < 25; i++) {
        const started = performance.now();
        try {
          const { usage: used } = evaluateWithUsage(expr, data);
          usage[name] = `${used.steps} steps, ${used.elements} elements`;
        } catch (error) {
          if (!(error instanceof EvaluationLimitError)) throw error;
          usage[name] = `stopped: ${error.limit}`;
        }
        samples.push(performance.now() - started);
      }
      // The median of 25 runs: one evaluation's cost, not the scheduler's or the collector's.
      timings[name] = Number(samples.sort((x, y) => x - y)[12]!.toFixed(3));
    }
    const worst = Math.max(...Object.values(timings));
    console.log('median ms per evaluation of the costliest accepted expressions:', timings, usage, `worst: ${worst} ms`);
    expect(worst).toBeLessThan(50);
  });
});
