// Generated JSON-Logic expressions over every allow-listed operator, and the data they read:
// shared by the tests that compare the engine with json-logic-js and with its previous
// interpreter. Deterministic (seeded), so a failure can be replayed.
import { ALLOWED_OPERATORS } from '../../server/platform/expressions/index.js';

export const DATA = {
  a: 1, b: 'x', c: [1, 2, 3], d: { e: 2, f: ['p', 'q'], g: { h: 'deep' } }, n: null, t: true, s: '3', z: 0, empty: '', list: [],
  objects: [{ k: 1, v: 'one' }, { k: 2, v: 'two' }],
};

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
export function random(seed: number): () => number {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PATHS = ['a', 'b', 'c', 'd.e', 'd.f', 'd.g.h', 'n', 't', 's', 'z', 'empty', 'list', 'objects', 'zz', 'c.0', '', 'current', 'accumulator', 'k', 'v'];
const SCALARS: unknown[] = [0, 1, 2, -1, 2.5, '', 'a', '1', 'x', true, false, null];
const OPERATORS = [...ALLOWED_OPERATORS];

export function generate(next: () => number, depth: number): unknown {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  if (depth <= 0 || next() < 0.25) {
    const roll = next();
    if (roll < 0.35) return { var: pick(PATHS) };
    if (roll < 0.45) return [pick(SCALARS), pick(SCALARS)];
    return pick(SCALARS);
  }
  const op = pick(OPERATORS);
  const arg = () => generate(next, depth - 1);
  switch (op) {
    case 'var':
      return next() < 0.5 ? { var: pick(PATHS) } : { var: [pick(PATHS), arg()] };
    case 'missing':
      return { missing: [pick(PATHS), pick(PATHS)] };
    case 'missing_some':
      return { missing_some: [Math.floor(next() * 3), [pick(PATHS), pick(PATHS), pick(PATHS)]] };
    case 'all': case 'some': case 'none': case 'map': case 'filter':
      return { [op]: [next() < 0.6 ? { var: pick(['c', 'd.f', 'objects', 'list', 'b']) } : arg(), arg()] };
    case 'reduce':
      return { reduce: [next() < 0.6 ? { var: pick(['c', 'd.f', 'objects']) } : arg(), arg(), arg()] };
    default: {
      const count = Math.floor(next() * 4);
      const args = Array.from({ length: count }, arg);
      return { [op]: count === 1 && next() < 0.5 ? args[0] : args };
    }
  }
}

