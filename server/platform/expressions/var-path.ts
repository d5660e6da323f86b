// `var` paths: split, checked and read through own properties only, so no path can reach a
// prototype (a facts document is plain JSON; "constructor" or "__proto__" read nothing).

/** Segments that would reach an object's prototype chain through plain property access. */
export const FORBIDDEN_SEGMENTS: ReadonlySet<string> = new Set(['__proto__', 'prototype', 'constructor']);
export const SEGMENT = /^[A-Za-z0-9_-]+$/;

/**
 * Splits a `var` path into segments, or explains why it is unsafe. "" means the current data
 * (the element inside all/some/none/map/filter/reduce).
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

// Object.prototype.hasOwnProperty.call, not Object.hasOwn: the same answer, and V8 (Node 20)
// optimises this form better; reads are most of the time a rule takes.
const hasOwn = Object.prototype.hasOwnProperty;

/** Follows `segments` through own properties only; undefined when anything is missing. */
export function readOwn(data: unknown, segments: readonly string[]): unknown {
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    if (data === null || data === undefined || !hasOwn.call(data, segment)) return undefined;
    data = (data as Record<string, unknown>)[segment];
  }
  return data;
}

// Split paths are cached: a program reads few distinct paths, many times. The bound only
// matters if something feeds the evaluator unbounded distinct paths.
const pathCache = new Map<string, readonly string[] | null>();

/** Longer run-time paths (only a computed path, which validation refuses, can be one) read nothing. */
const MAX_PATH_LENGTH = 1024;

/** The checked segments of a run-time path (null when unsafe or too long), cached. */
export function segmentsOf(text: string): readonly string[] | null {
  if (text.length > MAX_PATH_LENGTH) return null;
  let segments = pathCache.get(text);
  if (segments === undefined) {
    const checked = checkVarPath(text);
    segments = 'segments' in checked ? checked.segments : null;
    if (pathCache.size >= 10_000) pathCache.clear();
    pathCache.set(text, segments);
  }
  return segments;
}
