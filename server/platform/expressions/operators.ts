// The allow-list of JSON-Logic operators. Looked up with Object.hasOwn on null-prototype
// records only: an operator named like an Object.prototype member ("constructor", "toString",
// "__proto__") must never find an inherited function.

/** Operators whose second argument runs once per element of the first (the element scope). */
export const SCOPED_OPERATORS = ['all', 'some', 'none', 'map', 'filter', 'reduce'] as const;

export const ALLOWED_OPERATORS: ReadonlySet<string> = new Set([
  'var', 'missing', 'missing_some',
  'if', '?:', '==', '===', '!=', '!==', '!', '!!', 'or', 'and',
  '>', '>=', '<', '<=', 'max', 'min', '+', '-', '*', '/', '%',
  'in', 'cat', 'substr', 'merge',
  ...SCOPED_OPERATORS,
]);

const WHY_NOT: Readonly<Record<string, string>> = Object.assign(Object.create(null) as Record<string, string>, {
  method: 'operator "method" is not allowed: plugins are data and may not call methods',
  log: 'operator "log" is not allowed: rules may not write to the server log',
});

export const isAllowedOperator = (op: string): boolean => ALLOWED_OPERATORS.has(op);
export const isScopedOperator = (op: string): boolean => (SCOPED_OPERATORS as readonly string[]).includes(op);

/** Why `op` is refused: always a string, naming the operator (JSON-quoted, so any text is safe). */
export function disallowedOperatorMessage(op: string): string {
  return Object.hasOwn(WHY_NOT, op) ? WHY_NOT[op]! : `unknown or disallowed operator ${JSON.stringify(op)}`;
}
