// An upper bound of the steps one evaluation of an expression can take, computed from its tree
// alone: the static half of "no accepted expression can stall the server" (the run-time budget in
// evaluate.ts is the other half). Nested iterations multiply: `map` over a list of n runs its body
// n times, so six nested maps over ten literals bound at 10^6. Lists read from the data count at
// the maximum size their contract allows; literal lists at their length; merge adds the sizes it
// joins. Only called on expressions that passed the structural checks (allow-listed operators,
// bounded depth), so the recursion here is shallow.
//
// Each value is summarised by `size`: an upper bound of the length of any array in it, at any
// nesting (conservative: an element of a list of size n is treated as possibly a list of size n).

/** Maximum array length a data variable can hold (0 for a scalar). */
export type ArraySizeOf = (variable: string) => number;

interface Bound {
  work: number;
  size: number;
}

/** What `var` reads inside an iteration: the element (and, in reduce, the accumulator). */
interface ElementScope {
  element: number;
  /** Set inside reduce: the bound of the accumulator. */
  accumulator?: number;
}

type Scope = ElementScope | null; // null: the data document

const SCALAR = (work: number): Bound => ({ work, size: 0 });
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
    let size = node.length;
    for (const item of node) {
      const b = bound(item, scope, context);
      work += b.work;
      size = Math.max(size, b.size);
    }
    return { work, size };
  }
  const op = Object.keys(node)[0]!;
  const raw = (node as Record<string, unknown>)[op];
  const args = Array.isArray(raw) ? raw : [raw];
  const sub = (arg: unknown, inner: Scope = scope) => bound(arg, inner, context);

  switch (op) {
    case 'var': {
      const own = varSize(args[0], scope, context);
      if (args.length < 2) return { work: 1, size: own };
      const fallback = sub(args[1]);
      return { work: 1 + fallback.work, size: Math.max(own, fallback.size) };
    }
    case 'missing':
    case 'missing_some': {
      const keys = op === 'missing' ? (args.length === 1 && Array.isArray(args[0]) ? args[0] : args) : (args[1] as unknown[]);
      return { work: 1 + 2 * keys.length, size: keys.length };
    }
    case 'merge': {
      let work = 1;
      let size = 0;
      for (const arg of args) {
        const b = sub(arg);
        work += b.work + Math.max(b.size, 1);
        size += Math.max(b.size, 1);
      }
      return { work, size };
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
      let size = 0;
      for (const arg of args) {
        const b = sub(arg);
        work += b.work;
        if (op === 'if' || op === '?:' || op === 'and' || op === 'or') size = Math.max(size, b.size);
      }
      return { work, size };
    }
    default: {
      // Comparisons, arithmetic, in, cat, substr: evaluating the arguments, plus scanning an
      // array argument (`in` searches it; the others may coerce it to a string).
      let work = 1;
      for (const arg of args) {
        const b = sub(arg);
        work += b.work + b.size;
      }
      return SCALAR(work);
    }
  }
}

function varSize(path: unknown, scope: Scope, context: Context): number {
  const text = path === null || path === undefined ? '' : String(path);
  if (scope === null) return text === '' ? 0 : context.arraySize(text);
  if (scope.accumulator === undefined) return scope.element;
  const head = text.split('.')[0];
  if (head === 'current') return scope.element;
  if (head === 'accumulator') return scope.accumulator;
  return Math.max(scope.element, scope.accumulator);
}

function iteration(op: string, args: unknown[], scope: Scope, context: Context): Bound {
  const list = bound(args[0], scope, context);
  const body = bound(args[1], { element: list.size }, context);
  const work = 1 + list.work + list.size * (body.work + 1);
  if (op === 'map') return { work, size: Math.max(list.size, body.size) };
  if (op === 'filter') return { work, size: list.size };
  return SCALAR(work);
}

/**
 * reduce: the accumulator can grow each round (merge it with something), so its bound is found
 * by running the size recurrence over the list's rounds: a few rounds exactly, then, if it is
 * still growing, extrapolated linearly from the last growth (faster growth has already passed
 * any limit by then).
 */
function reduction(args: unknown[], scope: Scope, context: Context): Bound {
  const list = bound(args[0], scope, context);
  const initial = args.length > 2 ? bound(args[2], scope, context) : SCALAR(0);
  const rounds = list.size;
  const bodyAt = (accumulator: number) => bound(args[1], { element: rounds, accumulator }, context);
  let accumulator = initial.size;
  let round = 0;
  for (; round < Math.min(rounds, ROUNDS); round++) {
    const next = Math.max(accumulator, bodyAt(accumulator).size);
    if (next === accumulator) break;
    accumulator = next;
    if (!Number.isFinite(accumulator) || accumulator > Number.MAX_SAFE_INTEGER) break;
  }
  if (round === ROUNDS && rounds > ROUNDS) {
    const growth = bodyAt(accumulator).size - accumulator;
    accumulator += Math.max(growth, 0) * (rounds - ROUNDS);
  }
  const body = bodyAt(accumulator);
  return { work: 1 + list.work + initial.work + rounds * (body.work + 1), size: Math.max(accumulator, body.size) };
}
