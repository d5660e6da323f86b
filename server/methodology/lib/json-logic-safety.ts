// Static safety analysis of the JSON-Logic expressions a plugin carries (rule checks, trigger
// conditions, metric formulas). Plugins can be uploaded through the API, so an expression is
// untrusted data: only an allow-list of operators, bounded size and depth, and `var` paths that
// are literal and can never name a prototype member. The evaluator (evaluate.ts) guards again at
// run time; this module is what lets installation reject a bad plugin with precise paths.
import type { ManifestProblem } from './manifest.js';

export const ALLOWED_OPERATORS: ReadonlySet<string> = new Set([
  'var', 'missing', 'missing_some',
  'if', '?:', '==', '===', '!=', '!==', '!', '!!', 'or', 'and',
  '>', '>=', '<', '<=', 'max', 'min', '+', '-', '*', '/', '%',
  'in', 'cat', 'substr', 'merge',
  'all', 'some', 'none', 'map', 'filter', 'reduce',
]);

export const EXPRESSION_LIMITS = { maxNodes: 200, maxDepth: 12, maxBytes: 8 * 1024 } as const;

/** Segments that would reach an object's prototype chain through plain property access. */
export const FORBIDDEN_SEGMENTS: ReadonlySet<string> = new Set(['__proto__', 'prototype', 'constructor']);
export const SEGMENT = /^[A-Za-z0-9_-]+$/;

/** Operators whose second argument is evaluated once per element of the first (element scope). */
const SCOPED_OPERATORS: ReadonlySet<string> = new Set(['all', 'some', 'none', 'map', 'filter', 'reduce']);

const WHY_NOT: Record<string, string> = {
  method: 'operator "method" is not allowed: plugins are data and may not call methods',
  log: 'operator "log" is not allowed: rules may not write to the server log',
};

type Path = (string | number)[];

/** A facts variable read by an expression, with where it is read (relative to the expression). */
export interface VariableRead {
  variable: string;
  path: Path;
}

export interface ExpressionAnalysis {
  /** Paths are relative to the expression (prefix them with the expression's own path). */
  problems: ManifestProblem[];
  /** Facts paths read, deduplicated, in first-read order; excludes element-relative reads. */
  variables: string[];
  /** Every facts read with its location, for checking variables against the facts shape. */
  reads: VariableRead[];
}

/**
 * Splits a `var` path into segments, or explains why it is unsafe. "" means the current data
 * (the element inside all/some/none/map/filter/reduce). Returns a message on failure.
 */
export function checkVarPath(path: string | number): { segments: string[] } | { message: string } {
  const text = String(path);
  if (text === '') return { segments: [] };
  const segments = text.split('.');
  for (const segment of segments) {
    if (FORBIDDEN_SEGMENTS.has(segment)) {
      return { message: `var path "${text}" uses "${segment}", which could reach a prototype; it is never allowed` };
    }
    if (!SEGMENT.test(segment)) {
      return { message: `var path "${text}" has an invalid segment "${segment}" (segments use letters, digits, "_" or "-", separated by ".")` };
    }
  }
  return { segments };
}

type Scope = 'facts' | 'element';

class Analyser {
  problems: ManifestProblem[] = [];
  reads: VariableRead[] = [];
  nodes = 0;
  tooDeep = false;

  walk(node: unknown, path: Path, depth: number, scope: Scope): void {
    this.nodes += 1;
    if (depth > EXPRESSION_LIMITS.maxDepth) {
      // Reported once, at the first node past the bound; not descending also keeps a
      // pathological document from exhausting the stack.
      if (!this.tooDeep) this.problem(path, `expression is nested more than ${EXPRESSION_LIMITS.maxDepth} levels deep`);
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

  private operation(op: string, args: unknown, opPath: Path, depth: number, scope: Scope): void {
    if (!ALLOWED_OPERATORS.has(op)) {
      this.problem(opPath, WHY_NOT[op] ?? `unknown or disallowed operator "${op}"`);
      return;
    }
    // json-logic-js accepts a single argument without the array ({"!": x} means {"!": [x]}).
    const list = Array.isArray(args) ? args : [args];
    const at = (i: number): Path => (Array.isArray(args) ? [...opPath, i] : opPath);
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
    } else if (SCOPED_OPERATORS.has(op)) {
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

  /** A var path: a literal, safe, and (in facts scope) recorded as a variable read. */
  private varPath(value: unknown, path: Path, scope: Scope): void {
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
      this.problem(path, 'var "" would read the whole facts document; name a variable such as "project.status"');
      return;
    }
    this.reads.push({ variable: checked.segments.join('.'), path });
  }

  /** Keys of missing/missing_some: literal var paths (they are read exactly like var). */
  private literalKey(value: unknown, path: Path, scope: Scope): void {
    if (typeof value !== 'string' && typeof value !== 'number') {
      this.nodes += 1;
      this.problem(path, 'keys of missing/missing_some must be literal strings');
      return;
    }
    this.varPath(value, path, scope);
  }

  problem(path: Path, message: string): void {
    this.problems.push({ path, message });
  }
}

/** Analyses one expression: problems (relative paths) and the facts variables it reads. */
export function analyseExpression(expr: unknown): ExpressionAnalysis {
  const analyser = new Analyser();
  analyser.walk(expr, [], 1, 'facts');
  const { problems, reads } = analyser;
  if (analyser.nodes > EXPRESSION_LIMITS.maxNodes) {
    problems.push({ path: [], message: `expression has ${analyser.nodes} nodes (at most ${EXPRESSION_LIMITS.maxNodes})` });
  }
  if (!analyser.tooDeep) {
    // Only now is serialising safe (bounded depth). Measured in UTF-8 bytes.
    const bytes = Buffer.byteLength(JSON.stringify(expr) ?? '', 'utf8');
    if (bytes > EXPRESSION_LIMITS.maxBytes) {
      problems.push({ path: [], message: `expression is ${bytes} bytes as JSON (at most ${EXPRESSION_LIMITS.maxBytes})` });
    }
  }
  const variables = [...new Set(reads.map((read) => read.variable))];
  return { problems, variables, reads };
}
