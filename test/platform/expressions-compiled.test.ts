// The engine compiles an expression once into closures and evaluates the program from then on.
// Compiling must change nothing an author or an operator can observe: on thousands of generated
// expressions the compiled engine gives the previous interpreter's value, and charges the same
// steps and elements; under tight limits it stops at the same limit. And it never generates code.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate, evaluateWithUsage, EvaluationLimitError, RUN_LIMITS, type RunLimits } from '../../server/platform/expressions/index.js';
import { DATA, generate, random } from './expressions-generate.js';
import * as interpreter from './expressions-interpreter.js';

type Outcome = { value: unknown; steps: number; elements: number } | { limit: string; message: string } | { error: string };

function outcomeOf(run: (expr: unknown, data: unknown, limits: RunLimits) => { value: unknown; usage: { steps: number; elements: number } }, expr: unknown, data: unknown, limits: RunLimits): Outcome {
  try {
    const { value, usage } = run(expr, data, limits);
    return { value, ...usage };
  } catch (error) {
    if (error instanceof EvaluationLimitError) return { limit: error.limit, message: error.message };
    return { error: error instanceof Error ? error.message : String(error) };
  }
}
const compiled = (expr: unknown, data: unknown = DATA, limits: RunLimits = RUN_LIMITS) => outcomeOf(evaluateWithUsage, expr, data, limits);
const interpreted = (expr: unknown, data: unknown = DATA, limits: RunLimits = RUN_LIMITS) => outcomeOf(interpreter.evaluateWithUsage, expr, data, limits);

function disagreements(expressions: Iterable<{ expr: unknown; data?: unknown; limits?: RunLimits }>): unknown[] {
  const found: unknown[] = [];
  for (const { expr, data, limits } of expressions) {
    const expected = interpreted(expr, data, limits);
    const actual = compiled(expr, data, limits);
    try {
      expect(actual).toEqual(expected);
    } catch {
      found.push({ expr, limits, expected, actual });
    }
  }
  return found;
}

const deep = (levels: number): unknown => {
  let expr: unknown = true;
  for (let i = 0; i < levels; i++) expr = { '!': [expr] };
  return expr;
};

describe('the compiled engine charges what the interpreter charged', () => {
  it('gives the same value, steps and elements on 5,000 generated expressions, evaluated twice', () => {
    const next = random(20261125);
    const cases = Array.from({ length: 5000 }, () => ({ expr: generate(next, 5) }));
    expect(disagreements(cases).slice(0, 3)).toEqual([]);
    expect(disagreements(cases).slice(0, 3)).toEqual([]); // the cached programs
  });

  it('stops at the same limit under tight budgets (steps, elements and depth)', () => {
    const next = random(7);
    const cases = Array.from({ length: 5000 }, () => ({
      expr: generate(next, 5),
      limits: { maxSteps: 1 + Math.floor(next() * 60), maxElements: Math.floor(next() * 20), maxDepth: 1 + Math.floor(next() * 12) },
    }));
    const stopped = cases.filter(({ expr, limits }) => 'limit' in compiled(expr, DATA, limits)).length;
    expect(stopped).toBeGreaterThan(1000); // the budgets do bite
    expect(disagreements(cases).slice(0, 3)).toEqual([]);
  });

  it('evaluates a cached program against new data', () => {
    const expr = { and: [{ '==': [{ var: 'project.status' }, 'ACTIVE'] }, { '>': [{ var: 'metrics.spi' }, 0.85] }] };
    const facts = (status: string, spi: unknown) => ({ project: { status }, metrics: { spi } });
    expect(evaluate(expr, facts('ACTIVE', 0.9))).toBe(true);
    expect(evaluate(expr, facts('ACTIVE', 0.5))).toBe(false);
    expect(evaluate(expr, facts('CLOSED', 0.9))).toBe(false);
    expect(evaluate(expr, { metrics: { spi: 1 } })).toBe(false);
  });

  it('compiles deep expressions piece by piece: as deep as the limits allow, and stops past them', () => {
    const roomy = { ...RUN_LIMITS, maxDepth: 1000 };
    expect(disagreements([{ expr: deep(300), limits: roomy }, { expr: deep(499), limits: roomy }, { expr: deep(500), limits: roomy }])).toEqual([]);
    expect(compiled(deep(300), DATA, roomy)).toEqual({ value: true, steps: 301, elements: 0 });
    expect(compiled(deep(5000))).toMatchObject({ limit: 'depth' });
  });
});

describe('compiling an expression', () => {
  it('compiles shared subtrees once: a DAG of 8^8 paths stops on its budget at once, as interpreted', () => {
    let shared: unknown = { '!!': [true] };
    for (let i = 0; i < 8; i++) shared = { and: Array.from({ length: 8 }, () => shared) };
    const started = performance.now();
    expect(compiled(shared)).toMatchObject({ limit: 'steps' });
    expect(disagreements([{ expr: shared }])).toEqual([]);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('reads the expression object once: later evaluations run its program', () => {
    let reads = 0;
    const counted = (target: object): object =>
      new Proxy(target, {
        get: (t, key, receiver) => (reads++, Reflect.get(t, key, receiver) as unknown),
        ownKeys: (t) => (reads++, Reflect.ownKeys(t)),
      });
    const expr = counted({ '==': [{ var: 'a' }, 1] });
    expect(evaluate(expr, { a: 1 })).toBe(true);
    expect(reads).toBeGreaterThan(0);
    reads = 0;
    expect(evaluate(expr, { a: 2 })).toBe(false);
    expect(evaluate(expr, { a: 1 })).toBe(true);
    expect(reads).toBe(0);
  });

  it('generates no code: plugins are data, and the engine never turns them into source text', () => {
    const folder = new URL('../../server/platform/expressions/', import.meta.url);
    const sources = readdirSync(folder).filter((name) => name.endsWith('.ts'));
    expect(sources).toContain('compile.ts');
    for (const name of sources) {
      const text = readFileSync(new URL(name, folder), 'utf8').replace(/\/\/.*$/gm, '');
      expect([name, /\bnew Function\b|\beval\s*\(|\bFunction\s*\(|node:vm/.test(text)]).toEqual([name, false]);
    }
  });
});
