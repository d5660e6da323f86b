// The reference interpreter for the compiled engine's budget accounting: the tree-walking
// evaluator the engine used before it compiled expressions to closures, kept verbatim apart
// from its imports (and its own copy of the own-property read) and its list of operators (the
// allow-list test reads the engine's), so that tests can check that compiling changed no outcome
// and no charge (steps, elements, and the limit an evaluation stops at), and bench:rules can
// time before against after. Not used by the server.
//
// Its operation table is a copy of operations.ts on purpose: were it shared, a changed charge
// there would move both sides and the comparison could not see it (with `in` charging one step
// more in operations.ts only, the two comparisons of expressions-compiled.test.ts fail).
//
// The evaluator: JSON-Logic with json-logic-js 2.0.5's semantics for the allow-listed operators
// (operators.ts), and three guarantees the library cannot give untrusted expressions:
// - a budget per evaluation (limits.ts RUN_LIMITS): every value evaluated and operator applied
//   is a step; in, merge and coercions of arrays to strings also pay one step per element they
//   scan; arrays and strings created pay one element per item or character, charged BEFORE
//   they are built. Past a limit the evaluation throws EvaluationLimitError (code
//   EVALUATION_LIMIT): a reduce that doubles an array with merge stops at the limit instead of
//   freezing the event loop;
// - recursion depth checked before descending, so no input can overflow the stack;
// - data read through own properties only, with operators looked up in a null-prototype table:
//   "constructor", "__proto__" or "toString" find nothing inherited, ever.
// Pure and synchronous: no I/O, no clock.
import { EvaluationLimitError, RUN_LIMITS, type EvaluationUsage, type RunLimits } from '../../server/platform/expressions/index.js';
// Not part of the engine's API: the interpreter split var paths with the engine's own checks.
import { segmentsOf } from '../../server/platform/expressions/var-path.js';

/** The own-property read the interpreter used (var-path.ts has since changed how it checks). */
function readOwn(data: unknown, segments: readonly string[]): unknown {
  for (const segment of segments) {
    if (data === null || data === undefined || !Object.hasOwn(data as object, segment)) return undefined;
    data = (data as Record<string, unknown>)[segment];
  }
  return data;
}

class Run {
  steps = 0;
  elements = 0;
  constructor(readonly limits: RunLimits) {}

  step(n = 1): void {
    this.steps += n;
    if (this.steps > this.limits.maxSteps) {
      throw new EvaluationLimitError('steps', `evaluation stopped: it exceeded the budget of ${this.limits.maxSteps} steps per evaluation`);
    }
  }

  allocate(n: number): void {
    this.elements += n;
    if (this.elements > this.limits.maxElements) {
      throw new EvaluationLimitError(
        'elements',
        `evaluation stopped: it would create more than ${this.limits.maxElements} array elements and string characters`,
      );
    }
  }
}

/** JSON-Logic truthiness: [] is falsy, like 0, "" and null. */
export function truthy(value: unknown): boolean {
  if (Array.isArray(value) && value.length === 0) return false;
  return !!value;
}

/** Evaluates `expr` against `data` within the budget; throws EvaluationLimitError past it. */
export function evaluate(expr: unknown, data: unknown, limits: RunLimits = RUN_LIMITS): unknown {
  return apply(expr, data, new Run(limits), 1);
}

/** `evaluate`, also reporting what the evaluation consumed (for tests and benchmarks). */
export function evaluateWithUsage(expr: unknown, data: unknown, limits: RunLimits = RUN_LIMITS): { value: unknown; usage: EvaluationUsage } {
  const run = new Run(limits);
  const value = apply(expr, data, run, 1);
  return { value, usage: { steps: run.steps, elements: run.elements } };
}

function apply(logic: unknown, data: unknown, run: Run, depth: number): unknown {
  run.step();
  if (logic === null || typeof logic !== 'object') return logic;
  if (depth > run.limits.maxDepth) {
    throw new EvaluationLimitError('depth', `evaluation stopped: the expression is nested more than ${run.limits.maxDepth} levels deep`);
  }
  if (Array.isArray(logic)) {
    run.allocate(logic.length);
    const out = new Array<unknown>(logic.length);
    for (let i = 0; i < logic.length; i++) out[i] = apply(logic[i], data, run, depth + 1);
    return out;
  }
  // An operation is an object with exactly one key; any other object is a value (as in json-logic-js).
  const keys = Object.keys(logic);
  if (keys.length !== 1) return logic;
  const op = keys[0]!;
  const raw = (logic as Record<string, unknown>)[op];
  const values: unknown[] = Array.isArray(raw) ? raw : [raw];
  const next = depth + 2; // the operation object and its argument array

  switch (op) {
    case 'if':
    case '?:': {
      let i = 0;
      for (; i < values.length - 1; i += 2) {
        if (truthy(apply(values[i], data, run, next))) return apply(values[i + 1], data, run, next);
      }
      return values.length === i + 1 ? apply(values[i], data, run, next) : null;
    }
    case 'and':
    case 'or': {
      let current: unknown;
      for (const value of values) {
        current = apply(value, data, run, next);
        if (truthy(current) === (op === 'or')) return current;
      }
      return current;
    }
    case 'filter':
    case 'map':
    case 'all':
    case 'none':
    case 'some': {
      const list = apply(values[0], data, run, next);
      const body = values[1];
      if (!Array.isArray(list)) return op === 'none' ? true : op === 'map' || op === 'filter' ? [] : false;
      if (op === 'map' || op === 'filter') run.allocate(list.length);
      if (op === 'map') return list.map((item) => apply(body, item, run, next));
      if (op === 'filter') return list.filter((item) => truthy(apply(body, item, run, next)));
      if (list.length === 0) return op === 'none';
      for (const item of list) {
        const holds = truthy(apply(body, item, run, next));
        if (op === 'all' && !holds) return false;
        if (op === 'some' && holds) return true;
        if (op === 'none' && holds) return false;
      }
      return op !== 'some';
    }
    case 'reduce': {
      const list = apply(values[0], data, run, next);
      const initial = values[2] !== undefined ? apply(values[2], data, run, next) : null;
      if (!Array.isArray(list)) return initial;
      let accumulator = initial;
      for (const current of list) accumulator = apply(values[1], { current, accumulator }, run, next);
      return accumulator;
    }
  }

  const args = new Array<unknown>(values.length);
  for (let i = 0; i < values.length; i++) args[i] = apply(values[i], data, run, next);
  if (!Object.hasOwn(OPERATIONS, op)) throw new Error(`Unrecognized operation ${op}`);
  return OPERATIONS[op]!(run, data, args);
}

// ---------------------------------------------------------------------------------------------
// Operations (json-logic-js 2.0.5's, with costs charged before the work is done)

type Operation = (run: Run, data: unknown, args: unknown[]) => unknown;

/**
 * Charges converting `value` to a primitive (a string, then maybe a number): an array is joined
 * recursively, so its flattened elements are walked (one step each) and the characters of the
 * string it becomes are charged as created. Primitives and plain objects cost nothing more.
 */
function coerce(run: Run, value: unknown): void {
  if (!Array.isArray(value)) return;
  run.allocate(stringLength(run, value));
}

/** Upper bound of String(value)'s length; walks arrays iteratively, one step per element. */
function stringLength(run: Run, value: unknown): number {
  let length = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (Array.isArray(item)) {
      run.step(item.length);
      length += Math.max(item.length - 1, 0); // the commas
      for (const element of item) stack.push(element);
    } else if (typeof item === 'string') {
      length += item.length;
    } else if (item !== null && typeof item === 'object') {
      length += 15; // "[object Object]"
    } else {
      length += String(item).length;
    }
  }
  return length;
}

const coerceAll = (run: Run, args: unknown[]) => {
  for (const arg of args) coerce(run, arg);
};

/** json-logic `var` (the library's contract), through own properties and safe paths only. */
function readVar(run: Run, data: unknown, path: unknown, fallback: unknown): unknown {
  const notFound = fallback === undefined ? null : fallback;
  if (path === undefined || path === null || path === '') return data;
  coerce(run, path);
  const segments = segmentsOf(String(path));
  if (segments === null) return notFound;
  const value = readOwn(data, segments);
  return value === undefined ? notFound : value;
}

function missingKeys(run: Run, data: unknown, keys: readonly unknown[]): unknown[] {
  run.step(keys.length);
  run.allocate(keys.length);
  const missing: unknown[] = [];
  for (const key of keys) {
    const value = readVar(run, data, key, undefined);
    if (value === null || value === '') missing.push(key);
  }
  return missing;
}

/* eslint-disable eqeqeq -- JSON-Logic's == and != are JavaScript's loose equality, on purpose */
const OPERATIONS: Readonly<Record<string, Operation>> = Object.assign(Object.create(null) as Record<string, Operation>, {
  '==': (run: Run, _: unknown, [a, b]: unknown[]) => (coerceAll(run, [a, b]), a == b),
  '===': (_run: Run, _: unknown, [a, b]: unknown[]) => a === b,
  '!=': (run: Run, _: unknown, [a, b]: unknown[]) => (coerceAll(run, [a, b]), a != b),
  '!==': (_run: Run, _: unknown, [a, b]: unknown[]) => a !== b,
  '>': (run: Run, _: unknown, [a, b]: unknown[]) => (coerceAll(run, [a, b]), (a as number) > (b as number)),
  '>=': (run: Run, _: unknown, [a, b]: unknown[]) => (coerceAll(run, [a, b]), (a as number) >= (b as number)),
  '<': (run: Run, _: unknown, [a, b, c]: unknown[]) => {
    coerceAll(run, [a, b, c]);
    return c === undefined ? (a as number) < (b as number) : (a as number) < (b as number) && (b as number) < (c as number);
  },
  '<=': (run: Run, _: unknown, [a, b, c]: unknown[]) => {
    coerceAll(run, [a, b, c]);
    return c === undefined ? (a as number) <= (b as number) : (a as number) <= (b as number) && (b as number) <= (c as number);
  },
  '!!': (_run: Run, _: unknown, [a]: unknown[]) => truthy(a),
  '!': (_run: Run, _: unknown, [a]: unknown[]) => !truthy(a),
  '%': (run: Run, _: unknown, [a, b]: unknown[]) => (coerceAll(run, [a, b]), (a as number) % (b as number)),
  in: (run: Run, _: unknown, [a, b]: unknown[]) => {
    if (Array.isArray(b)) {
      run.step(b.length);
      return b.indexOf(a) !== -1;
    }
    if (typeof b !== 'string' || b === '') return false;
    coerce(run, a);
    run.step(b.length);
    return b.indexOf(a as string) !== -1;
  },
  cat: (run: Run, _: unknown, args: unknown[]) => {
    let length = 0;
    for (const arg of args) length += stringLength(run, arg);
    run.allocate(length);
    return args.join('');
  },
  substr: (run: Run, _: unknown, [source, start, end]: unknown[]) => {
    coerce(run, source);
    const text = String(source);
    let out: string;
    if ((end as number) < 0) {
      // JavaScript has no negative end; this emulates PHP, as json-logic-js does.
      const temp = text.substr(start as number);
      out = temp.substr(0, temp.length + (end as number));
    } else {
      out = text.substr(start as number, end as number);
    }
    run.allocate(out.length);
    return out;
  },
  '+': (run: Run, _: unknown, args: unknown[]) => {
    coerceAll(run, args);
    return args.reduce<number>((a, b) => parseFloat(a as unknown as string) + parseFloat(b as string), 0);
  },
  '*': (run: Run, _: unknown, args: unknown[]) => {
    coerceAll(run, args);
    return args.reduce((a, b) => parseFloat(a as string) * parseFloat(b as string));
  },
  '-': (run: Run, _: unknown, [a, b]: unknown[]) => (coerceAll(run, [a, b]), b === undefined ? -(a as number) : (a as number) - (b as number)),
  '/': (run: Run, _: unknown, [a, b]: unknown[]) => (coerceAll(run, [a, b]), (a as number) / (b as number)),
  min: (run: Run, _: unknown, args: unknown[]) => (coerceAll(run, args), Math.min(...(args as number[]))),
  max: (run: Run, _: unknown, args: unknown[]) => (coerceAll(run, args), Math.max(...(args as number[]))),
  merge: (run: Run, _: unknown, args: unknown[]) => {
    let length = 0;
    for (const arg of args) length += Array.isArray(arg) ? arg.length : 1;
    run.step(length);
    run.allocate(length);
    return args.reduce<unknown[]>((a, b) => a.concat(b), []);
  },
  var: (run: Run, data: unknown, [path, fallback]: unknown[]) => readVar(run, data, path, fallback),
  missing: (run: Run, data: unknown, args: unknown[]) => missingKeys(run, data, Array.isArray(args[0]) ? args[0] : args),
  missing_some: (run: Run, data: unknown, [need, options]: unknown[]) => {
    const keys = Array.isArray(options) ? options : [options];
    const missing = missingKeys(run, data, keys);
    return keys.length - missing.length >= (need as number) ? [] : missing;
  },
});
/* eslint-enable eqeqeq */
