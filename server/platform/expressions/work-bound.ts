// An upper bound of the steps one evaluation of an expression can take, computed from its tree
// alone: the static half of "no accepted expression can stall the server" (the run-time budget in
// evaluate.ts is the other half). Nested iterations multiply: `map` over a list of n runs its body
// n times, so six nested maps over ten literals bound at 10^6. Lists read from the data count at
// the maximum size their contract allows; literal lists at their length; merge adds the sizes it
// joins. Only called on expressions that passed the structural checks (allow-listed operators,
// bounded depth), so the recursion here is shallow.
//
// Each value is summarised by two bounds: `size`, the length of the value if it is an array, and
// `inner`, the length of any array nested inside it, at any depth. Data lists are lists of scalars
// (the facts contract's lists are lists of strings); literal lists are measured.

/** Maximum array length a data variable can hold (0 for a scalar). Its items are scalars. */
export type ArraySizeOf = (variable: string) => number;

interface Bound {
  work: number;
  size: number;
  inner: number;
}

/** What `var` reads inside an iteration: the element (and, in reduce, the accumulator). */
interface ElementScope {
  element: Shape;
  /** Set inside reduce: the bound of the accumulator. */
  accumulator?: Shape;
}

/** The sizes of a value, without the work of computing it. */
interface Shape {
  size: number;
  inner: number;
}

type Scope = ElementScope | null; // null: the data document

const SCALAR = (work: number): Bound => ({ work, size: 0, inner: 0 });
const widest = (a: Shape, b: Shape): Shape => ({ size: Math.max(a.size, b.size), inner: Math.max(a.inner, b.inner) });
/** The shape of an element of a value of shape `list`. */
const elementOf = (list: Shape): Shape => ({ size: list.inner, inner: list.inner });
/** Growth in a reduce is extrapolated after this many rounds (exponential growth has long hit any limit). */
const ROUNDS = 64;

/**
 * Nodes the analysis itself may visit. Rounds of nested reduces multiply the visits; past this
 * the expression is too costly even to bound, and is reported as unbounded (Infinity).
 */
const MAX_VISITS = 100_000;

class TooCostlyToBound extends Error {}

interface Context {
  arraySize: ArraySizeOf;
  visits: number;
}

export function workBound(expr: unknown, arraySize: ArraySizeOf): number {
  try {
    return bound(expr, null, { arraySize, visits: 0 }).work;
  } catch (error) {
    if (error instanceof TooCostlyToBound) return Infinity;
    throw error;
  }
}

function bound(node: unknown, scope: Scope, context: Context): Bound {
  if (++context.visits > MAX_VISITS) throw new TooCostlyToBound();
  if (node === null || typeof node !== 'object') return SCALAR(1);
  if (Array.isArray(node)) {
    // Evaluating an array literal evaluates each item.
    let work = 1;
    let inner = 0;
    for (const item of node) {
      const b = bound(item, scope, context);
      work += b.work;
      inner = Math.max(inner, b.size, b.inner);
    }
    return { work, size: node.length, inner };
  }
  const op = Object.keys(node)[0]!;
  const raw = (node as Record<string, unknown>)[op];
  const args = Array.isArray(raw) ? raw : [raw];
  const sub = (arg: unknown, inner: Scope = scope) => bound(arg, inner, context);

  switch (op) {
    case 'var': {
      const own = varShape(args[0], scope, context);
      if (args.length < 2) return { work: 1, ...own };
      const fallback = sub(args[1]);
      return { work: 1 + fallback.work, ...widest(own, fallback) };
    }
    case 'missing':
    case 'missing_some': {
      const keys = op === 'missing' ? (args.length === 1 && Array.isArray(args[0]) ? args[0] : args) : (args[1] as unknown[]);
      return { work: 1 + 2 * keys.length, size: keys.length, inner: 0 };
    }
    case 'merge': {
      // Flattens one level: the items of array arguments, and the other arguments themselves.
      let work = 1;
      let size = 0;
      let inner = 0;
      for (const arg of args) {
        const b = sub(arg);
        work += b.work + Math.max(b.size, 1);
        size += Math.max(b.size, 1);
        inner = Math.max(inner, b.inner);
      }
      return { work, size, inner };
    }
    case 'all':
    case 'some':
    case 'none':
    case 'map':
    case 'filter':
      return iteration(op, args, scope, context);
    case 'reduce':
      return reduction(args, scope, context);
    case '===':
    case '!==':
    case '!':
    case '!!':
    case 'if':
    case '?:':
    case 'and':
    case 'or': {
      // No coercion of arrays: the cost is evaluating the arguments (all of them, as a bound).
      let work = 1;
      let shape: Shape = { size: 0, inner: 0 };
      for (const arg of args) {
        const b = sub(arg);
        work += b.work;
        if (op === 'if' || op === '?:' || op === 'and' || op === 'or') shape = widest(shape, b);
      }
      return { work, ...shape };
    }
    default: {
      // Comparisons, arithmetic, in, cat, substr: evaluating the arguments, plus scanning an
      // array argument (`in` searches it; the others may coerce it to a string).
      let work = 1;
      for (const arg of args) {
        const b = sub(arg);
        work += b.work + b.size * Math.max(b.inner, 1);
      }
      return SCALAR(work);
    }
  }
}

function varShape(path: unknown, scope: Scope, context: Context): Shape {
  const text = path === null || path === undefined ? '' : String(path);
  if (scope === null) return { size: text === '' ? 0 : context.arraySize(text), inner: 0 };
  if (scope.accumulator === undefined) return scope.element;
  const head = text.split('.')[0];
  if (head === 'current') return scope.element;
  if (head === 'accumulator') return scope.accumulator;
  return widest(scope.element, scope.accumulator);
}

function iteration(op: string, args: unknown[], scope: Scope, context: Context): Bound {
  const list = bound(args[0], scope, context);
  const body = bound(args[1], { element: elementOf(list) }, context);
  const work = 1 + list.work + list.size * (body.work + 1);
  if (op === 'map') return { work, size: list.size, inner: Math.max(body.size, body.inner) };
  if (op === 'filter') return { work, size: list.size, inner: list.inner };
  return SCALAR(work);
}

/**
 * reduce: the accumulator can grow each round (merge it with something), so its bound is found
 * by running the shape recurrence over the list's rounds: a few rounds exactly, then, if it is
 * still growing, extrapolated linearly from the last growth (faster growth has already passed
 * any limit by then).
 */
function reduction(args: unknown[], scope: Scope, context: Context): Bound {
  const list = bound(args[0], scope, context);
  const initial = args.length > 2 ? bound(args[2], scope, context) : SCALAR(0);
  const rounds = list.size;
  const element = elementOf(list);
  const bodyAt = (accumulator: Shape) => bound(args[1], { element, accumulator }, context);
  let accumulator: Shape = { size: initial.size, inner: initial.inner };
  let round = 0;
  for (; round < Math.min(rounds, ROUNDS); round++) {
    const next = widest(accumulator, bodyAt(accumulator));
    if (next.size === accumulator.size && next.inner === accumulator.inner) break;
    accumulator = next;
    if (!(accumulator.size < Number.MAX_SAFE_INTEGER && accumulator.inner < Number.MAX_SAFE_INTEGER)) break;
  }
  if (round === ROUNDS && rounds > ROUNDS) {
    const after = bodyAt(accumulator);
    const remaining = rounds - ROUNDS;
    accumulator = {
      size: accumulator.size + Math.max(after.size - accumulator.size, 0) * remaining,
      inner: accumulator.inner + Math.max(after.inner - accumulator.inner, 0) * remaining,
    };
  }
  const body = bodyAt(accumulator);
  return { work: 1 + list.work + initial.work + rounds * (body.work + 1), ...widest(accumulator, body) };
}
