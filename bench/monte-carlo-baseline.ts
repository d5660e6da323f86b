// The baseline of bench:schedule's Monte Carlo part: a straightforward object-based forecast,
// as one would first write it. Per iteration: an object per task (its id, sampled duration,
// early and late start), a Map from task id to its successor links, Kahn's order through a Map
// of in-degrees, a naive forward and backward pass over the objects, and a Map counting each
// task's critical runs. It draws the same random numbers in the same order as
// server/schedule/lib/monte-carlo.ts (tasks in Kahn's order, ties in input order, which is the
// order prepareNetwork numbers them in; two gamma draws per uncertain task) and writes each link's
// arithmetic in the same order, so its answer is the module's to the last bit: the benchmark
// checks that, so the two do the same work.
import type { CpmDependency } from '../server/schedule/lib/cpm.js';
import { CRITICAL_EPSILON, type ForecastInput, RandomSource } from '../server/schedule/lib/monte-carlo.js';

interface Link {
  to: string;
  type: CpmDependency['type'];
  lag: number;
}

interface TaskState {
  id: string;
  duration: number;
  earlyStart: number;
  lateStart: number;
}

export interface BaselineResult {
  p50: number;
  p80: number;
  p95: number;
  mean: number;
  criticality: Map<string, number>;
}

export function baselineForecast(input: ForecastInput, iterations: number, seed: number): BaselineResult {
  const origin = input.calendar.workingDayIndex(input.projectStart);
  const lowerBound = new Map(input.tasks.map((task) => [task.id, task.startNoEarlierThan ? Math.max(0, input.calendar.workingDayIndex(task.startNoEarlierThan) - origin) : 0]));
  const random = new RandomSource(seed);
  const critical = new Map<string, number>(input.tasks.map((task) => [task.id, 0]));
  const finishes: number[] = [];
  for (let run = 0; run < iterations; run++) {
    // The network, afresh: objects and maps.
    const state = new Map<string, TaskState>();
    for (const task of input.tasks) state.set(task.id, { id: task.id, duration: task.durationDays, earlyStart: 0, lateStart: 0 });
    const successors = new Map<string, Link[]>();
    const inDegree = new Map<string, number>(input.tasks.map((task) => [task.id, 0]));
    for (const link of input.dependencies) {
      if (!successors.has(link.predecessorId)) successors.set(link.predecessorId, []);
      successors.get(link.predecessorId)!.push({ to: link.successorId, type: link.type, lag: link.lagDays });
      inDegree.set(link.successorId, inDegree.get(link.successorId)! + 1);
    }
    const order: TaskState[] = [];
    const queue = input.tasks.filter((task) => inDegree.get(task.id) === 0).map((task) => task.id);
    while (queue.length) {
      const id = queue.shift()!;
      order.push(state.get(id)!);
      for (const link of successors.get(id) ?? []) {
        inDegree.set(link.to, inDegree.get(link.to)! - 1);
        if (inDegree.get(link.to) === 0) queue.push(link.to);
      }
    }
    // Sample the durations (PERT-beta), in that order.
    const byId = new Map(input.tasks.map((task) => [task.id, task]));
    for (const task of order) {
      const { optimisticDays: o, mostLikelyDays: m, pessimisticDays: p } = byId.get(task.id)!;
      if (o == null || m == null || p == null) continue;
      if (o === p) {
        task.duration = o;
        continue;
      }
      const alpha = 1 + (4 * (m - o)) / (p - o);
      const beta = 1 + (4 * (p - m)) / (p - o);
      const x = random.gamma(alpha - 1 / 3, 1 / Math.sqrt(9 * (alpha - 1 / 3)));
      const y = random.gamma(beta - 1 / 3, 1 / Math.sqrt(9 * (beta - 1 / 3)));
      task.duration = o + ((p - o) * x) / (x + y);
    }
    // Forward pass.
    for (const task of order) task.earlyStart = lowerBound.get(task.id)!;
    let finish = 0;
    for (const task of order) {
      finish = Math.max(finish, task.earlyStart + task.duration);
      for (const link of successors.get(task.id) ?? []) {
        const next = state.get(link.to)!;
        let allowed: number;
        if (link.type === 'FS') allowed = task.earlyStart + link.lag + task.duration;
        else if (link.type === 'SS') allowed = task.earlyStart + link.lag;
        else if (link.type === 'FF') allowed = task.earlyStart + link.lag + task.duration - next.duration;
        else allowed = task.earlyStart + link.lag - next.duration;
        next.earlyStart = Math.max(next.earlyStart, allowed);
      }
    }
    // Backward pass.
    for (const task of [...order].reverse()) {
      let latest = finish - task.duration;
      for (const link of successors.get(task.id) ?? []) {
        const next = state.get(link.to)!;
        let allowed: number;
        if (link.type === 'FS') allowed = next.lateStart - link.lag - task.duration;
        else if (link.type === 'SS') allowed = next.lateStart - link.lag;
        else if (link.type === 'FF') allowed = next.lateStart - link.lag - task.duration + next.duration;
        else allowed = next.lateStart - link.lag + next.duration;
        latest = Math.min(latest, allowed);
      }
      task.lateStart = latest;
    }
    finishes.push(finish);
    for (const task of order) if (task.lateStart - task.earlyStart <= CRITICAL_EPSILON) critical.set(task.id, critical.get(task.id)! + 1);
  }
  const sorted = [...finishes].sort((a, b) => a - b);
  const percentile = (q: number) => sorted[Math.max(0, Math.ceil(q * iterations) - 1)]!;
  return {
    p50: percentile(0.5),
    p80: percentile(0.8),
    p95: percentile(0.95),
    mean: finishes.reduce((a, b) => a + b, 0) / iterations,
    criticality: new Map([...critical].map(([id, count]) => [id, count / iterations])),
  };
}
