// Static analysis of an untrusted JSON-Logic expression: only allow-listed operators, bounded
// size and nesting, `var` paths that are literal and can never name a prototype member, and an
// upper bound of the work one evaluation can take (work-bound.ts). Pure: callers (the methodology
// validator today, policies and scoring formulas next) prefix the relative problem paths with
// where the expression sits in their document.
import type { JsonPath } from './json-depth.js';
import { STATIC_LIMITS } from './limits.js';
import { disallowedOperatorMessage, isAllowedOperator, isScopedOperator } from './operators.js';
import { checkVarPath } from './var-path.js';
import { workBound, type ArraySizeOf } from './work-bound.js';

export interface ExpressionProblem {
  /** Relative to the expression. */
  path: JsonPath;
  message: string;
}

/** A data variable read by an expression, with where it is read (relative to the expression). */
export interface VariableRead {
  variable: string;
  path: JsonPath;
}

export interface ExpressionAnalysis {
  problems: ExpressionProblem[];
  /** Data paths read, deduplicated, in first-read order; excludes element-relative reads. */
  variables: string[];
  /** Every data read with its location, for checking variables against a data contract. */
  reads: VariableRead[];
  /** Upper bound of the evaluation steps (null when the expression has other problems). */
  work: number | null;
}

export interface AnalyseOptions {
  /**
   * The maximum length of the array a data variable can hold (0 for scalars), from the data
   * contract the caller evaluates against. Unknown variables are the caller's problem to report.
   */
  arraySize?: ArraySizeOf;
  /** What the data is called in messages (default "data document"). */
  documentName?: string;
}

type Scope = 'data' | 'element';

class Analyser {
  constructor(private readonly documentName: string) {}
  problems: ExpressionProblem[] = [];
  reads: VariableRead[] = [];
  nodes = 0;
  tooDeep = false;

  walk(node: unknown, path: JsonPath, depth: number, scope: Scope): void {
    this.nodes += 1;
    if (depth > STATIC_LIMITS.maxDepth) {
      // Reported once, at the first node past the bound; not descending keeps the recursion
      // bounded whatever the document.
      if (!this.tooDeep) this.problem(path, `expression is nested more than ${STATIC_LIMITS.maxDepth} levels deep`);
      this.tooDeep = true;
      return;
    }
    if (node === null || typeof node === 'string' || typeof node === 'boolean') return;
    if (typeof node === 'number') {
      if (!Number.isFinite(node)) this.problem(path, 'numbers must be finite');
      return;
    }
    if (Array.isArray(node)) {
      node.forEach((item, i) => this.walk(item, [...path, i], depth + 1, scope));
      return;
    }
    const proto: unknown = typeof node === 'object' ? Object.getPrototypeOf(node) : undefined;
    if (typeof node !== 'object' || (proto !== Object.prototype && proto !== null)) {
      this.problem(path, 'must be JSON: null, a boolean, a number, a string, an array or an operation');
      return;
    }
    const keys = Object.keys(node);
    if (keys.length !== 1) {
      this.problem(path, `an operation is an object with exactly one key, the operator (found ${keys.length}); other objects are not allowed`);
      return;
    }
    const op = keys[0]!;
    this.operation(op, (node as Record<string, unknown>)[op], [...path, op], depth, scope);
  }

  private operation(op: string, args: unknown, opPath: JsonPath, depth: number, scope: Scope): void {
    if (!isAllowedOperator(op)) {
      this.problem(opPath, disallowedOperatorMessage(op));
      return;
    }
    // JSON-Logic accepts a single argument without the array ({"!": x} means {"!": [x]}).
    const list = Array.isArray(args) ? args : [args];
    const at = (i: number): JsonPath => (Array.isArray(args) ? [...opPath, i] : opPath);
    const child = (i: number, childScope: Scope) => this.walk(list[i], at(i), depth + 1, childScope);

    if (op === 'var') {
      if (list.length > 2) this.problem(opPath, 'var takes a path and an optional default');
      this.varPath(list.length === 0 ? '' : list[0], at(0), scope);
      if (list.length === 2) child(1, scope);
    } else if (op === 'missing') {
      // {"missing": ["a", "b"]} or {"missing": [["a", "b"]]} (one array argument).
      const single = list.length === 1 && Array.isArray(list[0]);
      const keys = single ? (list[0] as unknown[]) : list;
      keys.forEach((key, i) => this.literalKey(key, single ? [...at(0), i] : at(i), scope));
    } else if (op === 'missing_some') {
      if (list.length !== 2 || !Array.isArray(list[1])) {
        this.problem(opPath, 'missing_some takes [minimum count, [keys…]]');
        return;
      }
      child(0, scope);
      (list[1] as unknown[]).forEach((key, i) => this.literalKey(key, [...at(1), i], scope));
    } else if (isScopedOperator(op)) {
      const arity = op === 'reduce' ? '2 or 3' : '2';
      if (list.length < 2 || list.length > (op === 'reduce' ? 3 : 2)) {
        this.problem(opPath, `${op} takes ${arity} arguments`);
        return;
      }
      child(0, scope);
      child(1, 'element'); // inside, var reads the element (reduce: "current", "accumulator")
      if (list.length === 3) child(2, scope);
    } else {
      list.forEach((_, i) => child(i, scope));
    }
  }

  /** A var path: a literal, safe, and (in data scope) recorded as a variable read. */
  private varPath(value: unknown, path: JsonPath, scope: Scope): void {
    this.nodes += 1;
    if (value === null || value === undefined) value = '';
    if (typeof value !== 'string' && typeof value !== 'number') {
      this.problem(path, 'var path must be a literal string or number (a computed path cannot be checked)');
      return;
    }
    const checked = checkVarPath(value);
    if ('message' in checked) {
      this.problem(path, checked.message);
      return;
    }
    if (scope === 'element') return;
    if (checked.segments.length === 0) {
      this.problem(path, `var "" would read the whole ${this.documentName}; name a variable such as "project.status"`);
      return;
    }
    this.reads.push({ variable: checked.segments.join('.'), path });
  }

  /** Keys of missing/missing_some: literal var paths (they are read exactly like var). */
  private literalKey(value: unknown, path: JsonPath, scope: Scope): void {
    if (typeof value !== 'string' && typeof value !== 'number') {
      this.nodes += 1;
      this.problem(path, 'keys of missing/missing_some must be literal strings');
      return;
    }
    this.varPath(value, path, scope);
  }

  problem(path: JsonPath, message: string): void {
    this.problems.push({ path, message });
  }
}

/** Analyses one expression: problems (relative paths), the data variables it reads, its work bound. */
export function analyseExpression(expr: unknown, options: AnalyseOptions = {}): ExpressionAnalysis {
  const analyser = new Analyser(options.documentName ?? 'data document');
  analyser.walk(expr, [], 1, 'data');
  const { problems, reads } = analyser;
  if (analyser.nodes > STATIC_LIMITS.maxNodes) {
    problems.push({ path: [], message: `expression has ${analyser.nodes} nodes (at most ${STATIC_LIMITS.maxNodes})` });
  }
  if (!analyser.tooDeep) {
    // Only now is serialising safe (bounded depth). Measured in UTF-8 bytes.
    const bytes = Buffer.byteLength(JSON.stringify(expr) ?? '', 'utf8');
    if (bytes > STATIC_LIMITS.maxBytes) {
      problems.push({ path: [], message: `expression is ${bytes} bytes as JSON (at most ${STATIC_LIMITS.maxBytes})` });
    }
  }
  let work: number | null = null;
  if (problems.length === 0) {
    // The tree is now known to be small, shallow and well-formed: the bound can recurse over it.
    work = workBound(expr, options.arraySize ?? (() => 0));
    if (work > STATIC_LIMITS.maxWork) {
      problems.push({
        path: [],
        message:
          `expression may take up to ${formatCount(work)} evaluation steps (at most ${formatCount(STATIC_LIMITS.maxWork)}): ` +
          'nested all/some/none/map/filter/reduce multiply the sizes they iterate over (data lists count at their maximum size, ' +
          'literal lists at their length) and merge adds the sizes it joins',
      });
    }
  }
  const variables = [...new Set(reads.map((read) => read.variable))];
  return { problems, variables, reads, work };
}

const formatCount = (n: number): string => (Number.isFinite(n) && n < 1e15 ? Math.round(n).toLocaleString('en-US') : n.toExponential(1));
