// The compiler: turns a JSON-Logic expression into a tree of JavaScript closures, once, so that
// evaluating it does not re-discover its shape (operator lookup, argument lists, var path
// splitting) on every call. No code is generated: no eval, no new Function. An uploaded plugin
// stays data; the closures are this module's own functions, parameterised by the expression.
//
// The closures keep the interpreter's contract exactly (json-logic-js 2.0.5 semantics, and the
// budget of budget.ts charged step for step in the same order), because a rule's outcome, and
// the point where an over-budget evaluation stops, must not depend on how it is run:
// - every node pays one step when it is evaluated, then checks its depth (static per node)
//   against the run's limit; literals are never too deep;
// - arrays pay their elements before their items are evaluated;
// - operations evaluate their arguments in order, then apply (operations.ts), except the
//   control operators, which evaluate only what they need.
// Compiling costs one pass over the expression; subtrees deeper than CHUNK levels below where
// compilation started are compiled when first reached, so no input can overflow the stack here.
import type { Run } from './budget.js';
import { coerce, OPERATIONS, readVar, truthy } from './operations.js';
import { readOwn, segmentsOf } from './var-path.js';

/** A compiled expression: its value for `data`, charging `run`. */
export type Program = (data: unknown, run: Run) => unknown;

/** Operators the compiler implements itself (they decide which arguments run); the rest are in OPERATIONS. */
export const CONTROL_OPERATORS = ['if', '?:', 'and', 'or', 'filter', 'map', 'all', 'none', 'some', 'reduce'] as const;

/** Levels compiled eagerly from where compilation starts; deeper subtrees compile when reached. */
const CHUNK = 64;

export function compile(expr: unknown): Program {
  return compileNode(expr, 1, 1 + CHUNK);
}

/**
 * Programs by node object and depth. A node's program depends on nothing else (its depth is the
 * one thing it checks), so an object met twice at the same depth compiles once: an expression
 * built in JavaScript with shared subtrees (a DAG of 8^8 paths in 9 objects; JSON cannot
 * express one) costs its objects to compile, not its paths. The programs hold no state.
 */
const compiledNodes = new WeakMap<object, Map<number, Program>>();

function compileNode(logic: unknown, depth: number, horizon: number): Program {
  if (logic === null || typeof logic !== 'object') return literal(logic);
  let byDepth = compiledNodes.get(logic);
  let program = byDepth?.get(depth);
  if (program === undefined) {
    program = depth > horizon ? later(logic, depth) : compileObject(logic, depth, horizon);
    if (byDepth === undefined) compiledNodes.set(logic, (byDepth = new Map()));
    byDepth.set(depth, program);
  }
  return program;
}

function compileObject(logic: object, depth: number, horizon: number): Program {
  if (Array.isArray(logic)) return arrayLiteral(logic as unknown[], depth, horizon);
  // An operation is an object with exactly one key; any other object is a value (as in json-logic-js).
  const keys = Object.keys(logic);
  if (keys.length !== 1) {
    return (_data, run) => {
      if (depth > run.maxDepth) run.tooDeep();
      run.step(1);
      return logic;
    };
  }
  const op = keys[0]!;
  const raw = (logic as Record<string, unknown>)[op];
  // JSON-Logic accepts a single argument without the array ({"!": x} means {"!": [x]}).
  const values: unknown[] = Array.isArray(raw) ? raw : [raw];
  return compileOperation(op, values, depth, depth + 2, horizon); // + the operation object and its argument array
}

const isPrimitive = (value: unknown): boolean => value === null || typeof value !== 'object';

function literal(value: unknown): Program {
  return (_data, run) => {
    run.step(1);
    return value;
  };
}

/** A subtree past the compilation horizon: compiled when first reached (and only if not too deep). */
function later(logic: object, depth: number): Program {
  let program: Program | undefined;
  return (data, run) => {
    if (depth > run.maxDepth) run.tooDeep();
    program ??= compileObject(logic, depth, depth + CHUNK);
    return program(data, run);
  };
}

function arrayLiteral(logic: unknown[], depth: number, horizon: number): Program {
  const n = logic.length;
  if (logic.every(isPrimitive)) {
    // Each item is a literal (one step each): the same charges in the same order, and a fresh
    // array every time, as evaluating the items would give.
    const items = logic.slice();
    return (_data, run) => {
      if (depth > run.maxDepth) run.tooDeep();
      run.step(1);
      run.allocate(n);
      run.step(n);
      return items.slice();
    };
  }
  const items = logic.map((item) => compileNode(item, depth + 1, horizon));
  return (data, run) => {
    if (depth > run.maxDepth) run.tooDeep();
    run.step(1);
    run.allocate(n);
    const out = new Array<unknown>(n);
    for (let i = 0; i < n; i++) out[i] = items[i]!(data, run);
    return out;
  };
}

function compileOperation(op: string, values: unknown[], depth: number, next: number, horizon: number): Program {
  const arg = (i: number): Program => compileNode(values[i], next, horizon);
  const n = values.length;
  switch (op) {
    case 'var':
      return compileVar(values, depth, next, horizon);
    case 'if':
    case '?:':
      return compileIf(values.map((_, i) => arg(i)), depth);
    case 'and':
    case 'or':
      return compileAndOr(op === 'or', values.map((_, i) => arg(i)), depth);
    case 'filter':
    case 'map':
    case 'all':
    case 'none':
    case 'some':
      return compileIteration(op, arg(0), arg(1), depth);
    case 'reduce': {
      const list = arg(0);
      const body = arg(1);
      const initial = values[2] !== undefined ? arg(2) : null;
      return (data, run) => {
        if (depth > run.maxDepth) run.tooDeep();
        run.step(1);
        const items = list(data, run);
        let accumulator = initial ? initial(data, run) : null;
        if (!Array.isArray(items)) return accumulator;
        for (const current of items) accumulator = body({ current, accumulator }, run);
        return accumulator;
      };
    }
  }
  const args = values.map((_, i) => arg(i));
  if (n === 1 && (op === '!' || op === '!!')) {
    const a = args[0]!;
    const negate = op === '!';
    const exact: Program = (data, run) => {
      if (depth > run.maxDepth) run.tooDeep();
      run.step(1);
      return truthy(a(data, run)) !== negate;
    };
    const segments = literalVarSegments(values[0]);
    if (segments === null) return exact;
    // {"!": {"var": path}}: the operation and the var (with its path) cost 3 steps, charged at
    // once when neither node can be too deep (otherwise the exact path says where it stops).
    return (data, run) => {
      if (depth + 2 > run.maxDepth) return exact(data, run);
      run.step(3);
      return truthy(readOwn(data, segments)) !== negate;
    };
  }
  if (n === 2) {
    const binary = compileComparison(op, args[0]!, args[1]!, values, depth) ?? compileArithmetic(op, args[0]!, args[1]!, depth);
    if (binary) return binary;
  }
  if (!Object.hasOwn(OPERATIONS, op)) {
    return (data, run) => {
      if (depth > run.maxDepth) run.tooDeep();
      run.step(1);
      for (const a of args) a(data, run);
      throw new Error(`Unrecognized operation ${op}`);
    };
  }
  const operation = OPERATIONS[op]!;
  return (data, run) => {
    if (depth > run.maxDepth) run.tooDeep();
    run.step(1);
    const evaluated = new Array<unknown>(n);
    for (let i = 0; i < n; i++) evaluated[i] = args[i]!(data, run);
    return operation(run, data, evaluated);
  };
}

// ---------------------------------------------------------------------------------------------
// var: a literal path is checked and split once; reads go through own properties only.

/**
 * The split path of `{"var": "a.b"}` (or `{"var": ["a.b"]}`): a var with one literal, safe,
 * non-empty path and no default, which a parent operation may read inline. Null otherwise.
 */
function literalVarSegments(value: unknown): readonly string[] | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  const keys = Object.keys(value);
  if (keys.length !== 1 || keys[0] !== 'var') return null;
  const raw = (value as { var: unknown }).var;
  const values = Array.isArray(raw) ? raw : [raw];
  if (values.length !== 1) return null;
  const path = values[0];
  if (path === undefined || path === null || path === '' || !isPrimitive(path)) return null;
  return segmentsOf(String(path));
}

function compileVar(values: unknown[], depth: number, next: number, horizon: number): Program {
  const path = values[0];
  if (values.length > 2 || !isPrimitive(path)) {
    // A computed path (validation refuses it) or extra arguments: read as the library does.
    const args = values.map((value) => compileNode(value, next, horizon));
    return (data, run) => {
      if (depth > run.maxDepth) run.tooDeep();
      run.step(1);
      const evaluated = args.map((a) => a(data, run));
      return readVar(run, data, evaluated[0], evaluated[1]);
    };
  }
  // The path literal costs its step; `{"var": []}` has none.
  const pathSteps = values.length === 0 ? 1 : 2;
  const fallback = values.length === 2 ? compileNode(values[1], next, horizon) : null;
  if (path === undefined || path === null || path === '') {
    return (data, run) => {
      if (depth > run.maxDepth) run.tooDeep();
      run.step(pathSteps);
      if (fallback) fallback(data, run);
      return data;
    };
  }
  const segments = segmentsOf(String(path));
  if (fallback) {
    return (data, run) => {
      if (depth > run.maxDepth) run.tooDeep();
      run.step(2);
      const otherwise = fallback(data, run);
      const value = segments === null ? undefined : readOwn(data, segments);
      return value !== undefined ? value : otherwise === undefined ? null : otherwise;
    };
  }
  if (segments === null) {
    return (_data, run) => {
      if (depth > run.maxDepth) run.tooDeep();
      run.step(2);
      return null;
    };
  }
  return (data, run) => {
    if (depth > run.maxDepth) run.tooDeep();
    run.step(2);
    const value = readOwn(data, segments);
    return value === undefined ? null : value;
  };
}

// ---------------------------------------------------------------------------------------------
// Control operators

function compileIf(branches: Program[], depth: number): Program {
  const n = branches.length;
  if (n === 3) {
    const [test, then, otherwise] = branches as [Program, Program, Program];
    return (data, run) => {
      if (depth > run.maxDepth) run.tooDeep();
      run.step(1);
      return truthy(test(data, run)) ? then(data, run) : otherwise(data, run);
    };
  }
  return (data, run) => {
    if (depth > run.maxDepth) run.tooDeep();
    run.step(1);
    let i = 0;
    for (; i < n - 1; i += 2) {
      if (truthy(branches[i]!(data, run))) return branches[i + 1]!(data, run);
    }
    return n === i + 1 ? branches[i]!(data, run) : null;
  };
}

function compileAndOr(isOr: boolean, operands: Program[], depth: number): Program {
  const n = operands.length;
  return (data, run) => {
    if (depth > run.maxDepth) run.tooDeep();
    run.step(1);
    let current: unknown;
    for (let i = 0; i < n; i++) {
      current = operands[i]!(data, run);
      if (truthy(current) === isOr) return current;
    }
    return current;
  };
}

function compileIteration(op: 'filter' | 'map' | 'all' | 'none' | 'some', list: Program, body: Program, depth: number): Program {
  const header = (data: unknown, run: Run): unknown => {
    if (depth > run.maxDepth) run.tooDeep();
    run.step(1);
    return list(data, run);
  };
  switch (op) {
    case 'map':
      return (data, run) => {
        const items = header(data, run);
        if (!Array.isArray(items)) return [];
        run.allocate(items.length);
        return items.map((item) => body(item, run));
      };
    case 'filter':
      return (data, run) => {
        const items = header(data, run);
        if (!Array.isArray(items)) return [];
        run.allocate(items.length);
        return items.filter((item) => truthy(body(item, run)));
      };
    case 'all':
      return (data, run) => {
        const items = header(data, run);
        if (!Array.isArray(items) || items.length === 0) return false;
        for (const item of items) if (!truthy(body(item, run))) return false;
        return true;
      };
    case 'some':
      return (data, run) => {
        const items = header(data, run);
        if (!Array.isArray(items)) return false;
        for (const item of items) if (truthy(body(item, run))) return true;
        return false;
      };
    case 'none':
      return (data, run) => {
        const items = header(data, run);
        if (!Array.isArray(items)) return true;
        for (const item of items) if (truthy(body(item, run))) return false;
        return true;
      };
  }
}

// ---------------------------------------------------------------------------------------------
// Two-argument comparisons, the commonest shape of a rule: no argument array, no call to apply
// the operator (a switch on a small code), and a literal right-hand side read without a call.

const COMPARISON_CODES: Readonly<Record<string, number>> = Object.assign(Object.create(null) as Record<string, number>, {
  '==': 0,
  '!=': 1,
  '>': 2,
  '>=': 3,
  '<': 4,
  '<=': 5,
});

/* eslint-disable eqeqeq -- JSON-Logic's == and != are JavaScript's loose equality, on purpose */
function compared(code: number, a: unknown, b: unknown): boolean {
  switch (code) {
    case 0:
      return a == b;
    case 1:
      return a != b;
    case 2:
      return (a as number) > (b as number);
    case 3:
      return (a as number) >= (b as number);
    case 4:
      return (a as number) < (b as number);
    default:
      return (a as number) <= (b as number);
  }
}
/* eslint-enable eqeqeq */

function compileComparison(op: string, left: Program, right: Program, values: unknown[], depth: number): Program | null {
  if (!Object.hasOwn(COMPARISON_CODES, op)) return null;
  const code = COMPARISON_CODES[op]!;
  const [leftValue, rightValue] = values;
  const exact: Program = isPrimitive(rightValue)
    ? (data, run) => {
        if (depth > run.maxDepth) run.tooDeep();
        run.step(1);
        const a = left(data, run);
        run.step(1); // the literal
        if (Array.isArray(a)) coerce(run, a);
        return compared(code, a, rightValue);
      }
    : (data, run) => {
        if (depth > run.maxDepth) run.tooDeep();
        run.step(1);
        const a = left(data, run);
        const b = right(data, run);
        if (Array.isArray(a)) coerce(run, a);
        if (Array.isArray(b)) coerce(run, b);
        return compared(code, a, b);
      };
  // A var compared with a literal, either way round: the operation, the var with its path and
  // the literal cost 4 steps, all charged before any coercion, so charging them at once is exact
  // when neither node can be too deep (otherwise the exact path says where it stops).
  const leftVar = isPrimitive(rightValue) ? literalVarSegments(leftValue) : null;
  if (leftVar) {
    return (data, run) => {
      if (depth + 2 > run.maxDepth) return exact(data, run);
      run.step(4);
      let a = readOwn(data, leftVar);
      if (a === undefined) a = null;
      else if (Array.isArray(a)) coerce(run, a);
      return compared(code, a, rightValue);
    };
  }
  const rightVar = isPrimitive(leftValue) ? literalVarSegments(rightValue) : null;
  if (rightVar) {
    return (data, run) => {
      if (depth + 2 > run.maxDepth) return exact(data, run);
      run.step(4);
      let b = readOwn(data, rightVar);
      if (b === undefined) b = null;
      else if (Array.isArray(b)) coerce(run, b);
      return compared(code, leftValue, b);
    };
  }
  return exact;
}

// ---------------------------------------------------------------------------------------------
// Two-argument arithmetic (metrics and ratio rules): the library's formulas for two operands,
// written out, with the same coercion charges and no argument arrays.

const ARITHMETIC_CODES: Readonly<Record<string, number>> = Object.assign(Object.create(null) as Record<string, number>, {
  '+': 0,
  '-': 1,
  '*': 2,
  '/': 3,
  '%': 4,
});

const float = (value: unknown): number => parseFloat(value as string);

function computed(code: number, a: unknown, b: unknown): number {
  switch (code) {
    case 0:
      // [a, b].reduce((x, y) => parseFloat(x) + parseFloat(y), 0)
      return float(0 + float(a)) + float(b);
    case 1:
      return b === undefined ? -(a as number) : (a as number) - (b as number);
    case 2:
      // [a, b].reduce((x, y) => parseFloat(x) * parseFloat(y))
      return float(a) * float(b);
    case 3:
      return (a as number) / (b as number);
    default:
      return (a as number) % (b as number);
  }
}

function compileArithmetic(op: string, left: Program, right: Program, depth: number): Program | null {
  if (!Object.hasOwn(ARITHMETIC_CODES, op)) return null;
  const code = ARITHMETIC_CODES[op]!;
  return (data, run) => {
    if (depth > run.maxDepth) run.tooDeep();
    run.step(1);
    const a = left(data, run);
    const b = right(data, run);
    if (Array.isArray(a)) coerce(run, a);
    if (Array.isArray(b)) coerce(run, b);
    return computed(code, a, b);
  };
}
