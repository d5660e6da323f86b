// The operations of JSON-Logic with json-logic-js 2.0.5's semantics, with their costs charged to
// the evaluation's budget before the work is done. The compiler (compile.ts) calls them on
// evaluated arguments; the control operators (if, and, or, the iterations) live in the compiler,
// because they decide which of their arguments are evaluated.
//
// Looked up in a null-prototype table: an operator named "constructor", "__proto__" or
// "toString" finds nothing inherited, ever.
import type { Run } from './budget.js';
import { readOwn, segmentsOf } from './var-path.js';

/** JSON-Logic truthiness: [] is falsy, like 0, "" and null. */
export function truthy(value: unknown): boolean {
  if (Array.isArray(value) && value.length === 0) return false;
  return !!value;
}

type Operation = (run: Run, data: unknown, args: unknown[]) => unknown;

/**
 * Charges converting `value` to a primitive (a string, then maybe a number): an array is joined
 * recursively, so its flattened elements are walked (one step each) and the characters of the
 * string it becomes are charged as created. Primitives and plain objects cost nothing more.
 */
export function coerce(run: Run, value: unknown): void {
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
export function readVar(run: Run, data: unknown, path: unknown, fallback: unknown): unknown {
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
export const OPERATIONS: Readonly<Record<string, Operation>> = Object.assign(Object.create(null) as Record<string, Operation>, {
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

