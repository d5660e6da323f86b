// Depth of a JSON value, measured without recursion. Anything that recurses over user JSON
// (JSON.stringify, a validator, an evaluator) must first know the value is shallow enough: a
// document nested thousands of levels deep would otherwise overflow the stack, and the request
// would fail with an internal error instead of a problem the author can act on.

export type JsonPath = (string | number)[];

/**
 * The path of the first node nested deeper than `maxDepth` (each object and each array is one
 * level; the root value is at depth 1), or null when the whole value fits. Iterative, and it
 * stops at the first node too deep, so its cost is bounded by the part of the value that fits.
 */
export function firstTooDeep(value: unknown, maxDepth: number): JsonPath | null {
  const stack: { value: unknown; depth: number; path: JsonPath }[] = [{ value, depth: 1, path: [] }];
  while (stack.length > 0) {
    const { value: node, depth, path } = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (depth > maxDepth) return path;
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) stack.push({ value: node[i], depth: depth + 1, path: [...path, i] });
    } else {
      const keys = Object.keys(node);
      for (let i = keys.length - 1; i >= 0; i--) {
        stack.push({ value: (node as Record<string, unknown>)[keys[i]!], depth: depth + 1, path: [...path, keys[i]!] });
      }
    }
  }
  return null;
}
