// Random task networks for bench:schedule, the same for a given seed: n tasks (10% milestones,
// others 1–20 working days, 5% with a start-no-earlier-than date), about two dependencies per
// task (1, 2 or 3 predecessors among the 100 tasks before it, so the network is acyclic and
// about as deep as a real plan is wide), 70% FS and 10% each SS, FF, SF, lags from −2 (a lead)
// to +5. Ids are uuid-shaped strings, as the database's. Tasks and dependencies are listed in creation order or shuffled (ListOrder); the objects
// and their id strings are made in the order listed, as rows read from a database are. The
// calendar is Monday to Friday with ten holidays a year.
import { addDays, parseIsoDate, workingCalendar, type WorkingCalendar } from '../server/platform/calendar.js';
import type { CpmDependency, CpmInput, CpmTask, DependencyType } from '../server/schedule/lib/cpm.js';
import type { ForecastInput } from '../server/schedule/lib/monte-carlo.js';

export const PROJECT_START = parseIsoDate('2027-01-04')!;

/** mulberry32: a small, fast, deterministic generator of numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 0 .. n − 1 in a random order (Fisher–Yates). */
function permutation(n: number, random: () => number): Int32Array {
  const out = Int32Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * Ids shaped like the database's (uuid(7) strings), made afresh at every reference as a driver
 * does per row, and flat as a driver's are (decoded from bytes: a template literal this long
 * would be a V8 cons string, slower to hash and compare than anything a database returns).
 */
const idOf = (i: number): string =>
  Buffer.from(`01938a6c-5e2f-7${(i >>> 24).toString(16).padStart(3, '0')}-8${((i >>> 12) & 0xfff).toString(16).padStart(3, '0')}-${(i & 0xfff).toString(16).padStart(12, '0')}`, 'latin1').toString('latin1');

const TYPES: readonly DependencyType[] = ['FS', 'FS', 'FS', 'FS', 'FS', 'FS', 'FS', 'SS', 'FF', 'SF'];
const WINDOW = 100;

/** A calendar with ten random holidays (on any day) in each of `years` years from the project start. */
export function benchCalendar(years: number, random: () => number): WorkingCalendar {
  const holidays = Array.from({ length: years * 10 }, () => addDays(PROJECT_START, Math.floor(random() * years * 365)));
  return workingCalendar({ holidays });
}

/**
 * `shuffled`: tasks and dependencies listed in a random order (the worst case for the CPU's
 * caches); `creation`: tasks in the order they were made (a WBS), each task's dependencies
 * after it, as a database returns rows in insertion order.
 */
export type ListOrder = 'creation' | 'shuffled';

export function randomNetwork(n: number, seed: number, listed: ListOrder = 'shuffled'): CpmInput {
  const random = seededRandom(seed);
  const durations: number[] = [];
  const snet: (number | null)[] = [];
  const links: { from: number; to: number; type: DependencyType; lag: number }[] = [];
  for (let i = 0; i < n; i++) {
    durations.push(random() < 0.1 ? 0 : 1 + Math.floor(random() * 20));
    snet.push(random() < 0.05 ? Math.floor(random() * 400) : null);
    if (i === 0) continue;
    const predecessors = 1 + Math.floor(random() * 3);
    for (let k = 0; k < predecessors; k++) {
      links.push({ from: Math.max(0, i - 1 - Math.floor(random() * WINDOW)), to: i, type: TYPES[Math.floor(random() * TYPES.length)]!, lag: Math.floor(random() * 8) - 2 });
    }
  }
  const order = (count: number) => (listed === 'shuffled' ? permutation(count, random) : Int32Array.from({ length: count }, (_, i) => i));
  const tasks: CpmTask[] = Array.from(order(n), (i) => {
    const task: CpmTask = { id: idOf(i), durationDays: durations[i]! };
    if (snet[i] !== null) task.startNoEarlierThan = addDays(PROJECT_START, snet[i]!);
    return task;
  });
  const dependencies: CpmDependency[] = Array.from(order(links.length), (e) => {
    const link = links[e]!;
    return { predecessorId: idOf(link.from), successorId: idOf(link.to), type: link.type, lagDays: link.lag };
  });
  // Generous span for the calendar's holidays: the critical chain is far shorter than Σ durations.
  return { tasks, dependencies, projectStart: PROJECT_START, calendar: benchCalendar(Math.max(5, Math.ceil(n / 50)), random) };
}

/**
 * The network with three-point estimates: 90% of the work tasks (duration d ≥ 1) get
 * optimistic ⌊d·(0.5..0.9)⌋, most likely d, pessimistic ⌈d·(1.1..2.5)⌉ (right-skewed, as
 * estimates are); the rest and the milestones keep their duration.
 */
export function withEstimates(input: ForecastInput, seed: number): ForecastInput {
  const random = seededRandom(seed);
  const tasks = input.tasks.map((task) => {
    const d = task.durationDays;
    if (d === 0 || random() < 0.1) return task;
    return { ...task, optimisticDays: Math.floor(d * (0.5 + 0.4 * random())), mostLikelyDays: d, pessimisticDays: Math.ceil(d * (1.1 + 1.4 * random())) };
  });
  return { ...input, tasks };
}
