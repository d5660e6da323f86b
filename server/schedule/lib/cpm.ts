// Critical path method (CPM): forward and backward pass over a task network (activity on node),
// in working-day offsets from the project start, turned into dates through a working calendar.
// Pure: no I/O. O(V + E) time and memory (Kahn's topological order, no recursion), so it runs
// on networks of 100,000 tasks.
//
// Conventions (Microsoft Project's, scheduled from the project start, every task "as soon as
// possible"; issue 12 §2):
// - Time is counted in working days on the calendar. Offset 0 is the first working day on or
//   after the project start date. Internally a task occupies the half-open span of working-day
//   boundaries [start, start + duration): its start is the beginning of working day `start`,
//   its finish the end of working day `start + duration − 1`.
// - Dates: a task of duration d ≥ 1 starting on working day s finishes at the end of its d-th
//   working day, s + d − 1 (a 1-day task starts and finishes on the same date; a 5-day task
//   starting on a Monday finishes on the Friday). Durations are whole working days.
// - Dependencies link a predecessor P to a successor S with a lag in working days (negative is a
//   lead), on the boundaries above:
//     FS  S.start  ≥ P.finish + lag      (lag 0: S starts the working day after P finishes)
//     SS  S.start  ≥ P.start  + lag      (lag 0: the same day)
//     FF  S.finish ≥ P.finish + lag      (lag 0: S finishes the same day)
//     SF  S.finish ≥ P.start  + lag      (lag 0: S finishes the working day before P starts)
//   Each is a difference constraint S.start ≥ P.start + c with c = lag + (P.duration if the link
//   leaves P's finish) − (S.duration if it reaches S's finish), so both passes are one relaxation
//   per link in topological order.
// - Early dates: every task starts no earlier than the project start, nor than its
//   startNoEarlierThan (SNET, a date; on a non-working day it means the next working day), nor
//   than any of its links allow: early start = max(project start, SNET, every link). A lead (or
//   an FF/SF link) can bring a task forward only as far as the project start and its SNET: the
//   bounds win over the links (issue 12 §2: a task starts at the project start, or at its SNET
//   when later; Microsoft Project schedules "as soon as possible" tasks from the project start
//   the same way).
// - The project's finish is the latest early finish, and its late finish is that same date
//   (no deadline): every task's late finish is at most the project finish, whether it has
//   successors or not, and late start = min over its links and that bound. SNET does not move
//   late dates (it is a constraint on the start, not on the finish).
// - Total float = late start − early start, in working days; a task is critical when its total
//   float is ≤ 0 (with these bounds it is never negative). Free float = how far the task can slip
//   without moving any successor's early start nor the project finish: min over its links of
//   (successor's early start − the earliest the link allows), and (project finish − early
//   finish); it is never more than total float.
// - Milestones (duration 0) have one date for start and finish. As in Microsoft Project, a
//   milestone driven by a predecessor's finish (FS or FF, from a task or an end-of-day
//   milestone) sits at that finish, the end of the predecessor's last day (a milestone after a
//   task finishing on Friday is dated Friday, its successors start Monday); a milestone driven
//   by the project start, its SNET or a task's start (SS, SF) sits at the beginning of that day;
//   a link from a milestone passes that milestone's side on. When both kinds tie, the start of day wins (it is the later moment, as Microsoft
//   Project's max over date-times). A critical milestone's late date is its early date; one with
//   float is late at the end of the working day before its late moment (a late finish, like any
//   other: a milestone with no successor is late on the project's finish date).
// - The project starts at the earliest early start, finishes at the latest early finish; its
//   duration is the number of working days between (0 for milestones only). The critical path
//   lists the critical tasks by early start, ties in topological order.
// - Summary tasks (WBS parents) are not part of the network: rollUpDates / rollUpSummaries give
//   them the earliest start and the latest finish of their children.
// - Dates are midnight UTC, made when read from the offsets (TaskSchedule.*Offset). The passes
//   themselves take any non-negative durations (fractional ones too, for Monte Carlo runs);
//   computeSchedule accepts whole working days only.
// - A cycle of links is refused with a ScheduleCycleError naming the tasks on one cycle; a link
//   to an unknown task, a duplicate task id, a negative or fractional duration or lag, an
//   invalid date, with a ScheduleInputError.
import { type WorkingCalendar } from '../../platform/calendar.js';

export type DependencyType = 'FS' | 'SS' | 'FF' | 'SF';

export const DEPENDENCY_TYPES: readonly DependencyType[] = ['FS', 'SS', 'FF', 'SF'];
/** By index in DEPENDENCY_TYPES: the link leaves the predecessor's finish (FS, FF) / reaches the successor's finish (FF, SF). */
const FROM_FINISH = Uint8Array.of(1, 0, 1, 0);
const TO_FINISH = Uint8Array.of(0, 0, 1, 1);

export interface CpmTask {
  id: string;
  /** Working days, a whole number ≥ 0; 0 makes a milestone. */
  durationDays: number;
  startNoEarlierThan?: Date | null;
}

export interface CpmDependency {
  predecessorId: string;
  successorId: string;
  type: DependencyType;
  /** Working days, a whole number; negative is a lead. */
  lagDays: number;
}

export interface CpmInput {
  tasks: readonly CpmTask[];
  dependencies: readonly CpmDependency[];
  /** The project's start date; on a non-working day the schedule starts the next working day. */
  projectStart: Date;
  calendar: WorkingCalendar;
}

/** Early and late dates (midnight UTC), the shape summaries roll up. */
export interface ScheduleDates {
  earlyStart: Date;
  earlyFinish: Date;
  lateStart: Date;
  lateFinish: Date;
}

export interface TaskSchedule extends Readonly<ScheduleDates> {
  readonly id: string;
  /** Working days. */
  readonly totalFloatDays: number;
  /** Working days. */
  readonly freeFloatDays: number;
  /** Total float ≤ 0. */
  readonly critical: boolean;
  /**
   * The working days of the four dates as offsets from the project's first working day (0),
   * e.g. for variances in working days: earlyStart is calendar day offset earlyStartOffset.
   */
  readonly earlyStartOffset: number;
  readonly earlyFinishOffset: number;
  readonly lateStartOffset: number;
  readonly lateFinishOffset: number;
}

/** Where offsets are read as dates: the calendar and the working-day index of offset 0. */
interface DateScale {
  readonly calendar: WorkingCalendar;
  readonly origin: number;
}

/**
 * A task's schedule whose dates are made when read (a new Date each time), from its offsets: a
 * page of tasks reads a few, and 100,000 tasks do not allocate 400,000 Dates up front. JSON has
 * the dates (toJSON).
 */
class ScheduledTask implements TaskSchedule {
  constructor(
    readonly id: string,
    readonly earlyStartOffset: number,
    readonly earlyFinishOffset: number,
    readonly lateStartOffset: number,
    readonly lateFinishOffset: number,
    readonly totalFloatDays: number,
    readonly freeFloatDays: number,
    readonly critical: boolean,
    private readonly scale: DateScale,
  ) {}

  get earlyStart(): Date {
    return this.scale.calendar.dateOfWorkingDay(this.scale.origin + this.earlyStartOffset);
  }
  get earlyFinish(): Date {
    return this.scale.calendar.dateOfWorkingDay(this.scale.origin + this.earlyFinishOffset);
  }
  get lateStart(): Date {
    return this.scale.calendar.dateOfWorkingDay(this.scale.origin + this.lateStartOffset);
  }
  get lateFinish(): Date {
    return this.scale.calendar.dateOfWorkingDay(this.scale.origin + this.lateFinishOffset);
  }

  toJSON() {
    const { id, earlyStart, earlyFinish, lateStart, lateFinish, totalFloatDays, freeFloatDays, critical } = this;
    return { id, earlyStart, earlyFinish, lateStart, lateFinish, totalFloatDays, freeFloatDays, critical };
  }
}

export interface ProjectSchedule {
  startDate: Date;
  finishDate: Date;
  /** Working days from startDate to finishDate, both included (0 when only milestones). */
  durationDays: number;
  /** Ids of the critical tasks, by early start, ties in topological order. */
  criticalPath: string[];
  /** One per task, in the order of the input. */
  tasks: TaskSchedule[];
}

/** The dependencies form a cycle; `taskIds` are the tasks on one cycle, in link order. */
export class ScheduleCycleError extends Error {
  override readonly name = 'ScheduleCycleError';
  constructor(readonly taskIds: readonly string[]) {
    super(`The dependencies form a cycle: ${[...taskIds, taskIds[0]].join(' → ')}`);
  }
}

/** The network cannot be scheduled as given (unknown task, duplicate id, bad duration, lag or date). */
export class ScheduleInputError extends Error {
  override readonly name = 'ScheduleInputError';
  constructor(
    message: string,
    readonly taskIds: readonly string[] = [],
  ) {
    super(message);
  }
}

/**
 * A network prepared for passes. Tasks are numbered in topological order (Kahn's, ties in input
 * order), so that every link goes from a lower number to a higher one and both passes walk the
 * arrays front to back (or back to front): position k is task ids[k], input task inputIndex[k].
 * Links are grouped by predecessor. Durations are an argument of runPasses so that a Monte Carlo
 * run can vary them (in this numbering) without preparing the network again.
 */
export interface ScheduleNetwork {
  /** Task ids by position (topological order). */
  readonly ids: readonly string[];
  /** Position → index of the task in the input. */
  readonly inputIndex: Int32Array;
  /** Durations of the input, working days, by position. */
  readonly durations: Float64Array;
  /** Earliest start allowed by the project start and SNET, working-day offset (≥ 0), by position. */
  readonly lowerBounds: Float64Array;
  /** Links of the task at position k are firstLink[k] .. firstLink[k + 1] − 1. */
  readonly firstLink: Int32Array;
  /** Position of each link's successor (always above its predecessor's). */
  readonly linkSuccessor: Int32Array;
  readonly linkLag: Float64Array;
  /** 1 when the link leaves the predecessor's finish (FS, FF). */
  readonly linkFromFinish: Uint8Array;
  /** 1 when the link reaches the successor's finish (FF, SF). */
  readonly linkToFinish: Uint8Array;
  /** Working-day index (calendar scale) of offset 0. */
  readonly origin: number;
  readonly calendar: WorkingCalendar;
}

/** The result of both passes, in working-day offsets from the project start, by position. */
export interface PassResult {
  earlyStart: Float64Array;
  lateStart: Float64Array;
  /** The project finish: the latest early finish (0 for an empty network). */
  finish: number;
}

const validDate = (value: unknown): value is Date => value instanceof Date && !Number.isNaN(value.getTime());

/** Checks the input, orders the network (Kahn) and refuses cycles. O(V + E). */
export function prepareNetwork(input: CpmInput): ScheduleNetwork {
  const { tasks, dependencies, calendar } = input;
  if (!validDate(input.projectStart)) throw new ScheduleInputError('The project start must be a valid date');
  const n = tasks.length;
  const indexOf = new Map<string, number>();
  const origin = calendar.workingDayIndex(input.projectStart);
  for (let i = 0; i < n; i++) {
    const task = tasks[i]!;
    indexOf.set(task.id, i);
    if (indexOf.size === i) throw new ScheduleInputError(`Task ${task.id} is listed twice`, [task.id]);
    if (!Number.isInteger(task.durationDays) || task.durationDays < 0) {
      throw new ScheduleInputError(`Task ${task.id}: the duration must be a whole number of working days ≥ 0, not ${task.durationDays}`, [task.id]);
    }
    const snet = task.startNoEarlierThan;
    if (snet != null && !validDate(snet)) throw new ScheduleInputError(`Task ${task.id}: startNoEarlierThan must be a valid date`, [task.id]);
  }

  // Links in input numbering, grouped by predecessor (counting sort).
  const m = dependencies.length;
  const from = new Int32Array(m);
  const to = new Int32Array(m);
  const lag = new Float64Array(m);
  const typeCode = new Uint8Array(m); // index in DEPENDENCY_TYPES
  const firstOut = new Int32Array(n + 1);
  const inDegree = new Int32Array(n);
  for (let e = 0; e < m; e++) {
    const link = dependencies[e]!;
    const p = indexOf.get(link.predecessorId);
    const s = indexOf.get(link.successorId);
    if (p === undefined || s === undefined) {
      const missing = p === undefined ? link.predecessorId : link.successorId;
      throw new ScheduleInputError(`A dependency names task ${missing}, which is not in the network`, [missing]);
    }
    const code = DEPENDENCY_TYPES.indexOf(link.type);
    if (code < 0) {
      throw new ScheduleInputError(`The dependency ${link.predecessorId} → ${link.successorId} has type ${String(link.type)}, not FS, SS, FF or SF`, [link.predecessorId, link.successorId]);
    }
    if (!Number.isInteger(link.lagDays)) {
      throw new ScheduleInputError(`The dependency ${link.predecessorId} → ${link.successorId}: the lag must be a whole number of working days, not ${link.lagDays}`, [link.predecessorId, link.successorId]);
    }
    from[e] = p;
    to[e] = s;
    lag[e] = link.lagDays;
    typeCode[e] = code;
    firstOut[p + 1]!++;
    inDegree[s]!++;
  }
  for (let i = 0; i < n; i++) firstOut[i + 1]! += firstOut[i]!;
  const outLink = new Int32Array(m); // link numbers, grouped by predecessor
  const fill = firstOut.slice(0, n);
  for (let e = 0; e < m; e++) outLink[fill[from[e]!]!++] = e;

  // Kahn: the order is the queue itself.
  const order = new Int32Array(n);
  let tail = 0;
  for (let i = 0; i < n; i++) if (inDegree[i] === 0) order[tail++] = i;
  for (let head = 0; head < tail; head++) {
    const u = order[head]!;
    for (let k = firstOut[u]!, end = firstOut[u + 1]!; k < end; k++) {
      const v = to[outLink[k]!]!;
      if (--inDegree[v]! === 0) order[tail++] = v;
    }
  }
  if (tail < n) throw new ScheduleCycleError(findCycle(n, firstOut, outLink, to, inDegree).map((i) => tasks[i]!.id));

  // Renumber in topological order.
  const position = new Int32Array(n);
  for (let k = 0; k < n; k++) position[order[k]!] = k;
  const ids: string[] = new Array(n);
  const durations = new Float64Array(n);
  const lowerBounds = new Float64Array(n);
  const firstLink = new Int32Array(n + 1);
  const linkSuccessor = new Int32Array(m);
  const linkLag = new Float64Array(m);
  const linkFromFinish = new Uint8Array(m);
  const linkToFinish = new Uint8Array(m);
  let slot = 0;
  for (let k = 0; k < n; k++) {
    const i = order[k]!;
    const task = tasks[i]!;
    ids[k] = task.id;
    durations[k] = task.durationDays;
    if (task.startNoEarlierThan != null) lowerBounds[k] = Math.max(0, calendar.workingDayIndex(task.startNoEarlierThan) - origin);
    firstLink[k] = slot;
    for (let j = firstOut[i]!, end = firstOut[i + 1]!; j < end; j++) {
      const e = outLink[j]!;
      const code = typeCode[e]!;
      linkSuccessor[slot] = position[to[e]!]!;
      linkLag[slot] = lag[e]!;
      linkFromFinish[slot] = FROM_FINISH[code]!;
      linkToFinish[slot] = TO_FINISH[code]!;
      slot++;
    }
  }
  firstLink[n] = slot;

  return { ids, inputIndex: order, durations, lowerBounds, firstLink, linkSuccessor, linkLag, linkFromFinish, linkToFinish, origin, calendar };
}

/**
 * One cycle among the tasks Kahn's order could not reach (their in-degree stayed above 0, so
 * each has a predecessor among them): walk back from one of them along such predecessors until
 * a task repeats. Returned in link order, starting at the task first in the input.
 */
function findCycle(n: number, firstOut: Int32Array, outLink: Int32Array, to: Int32Array, inDegree: Int32Array): number[] {
  const predecessor = new Int32Array(n).fill(-1);
  for (let u = 0; u < n; u++) {
    if (inDegree[u] === 0) continue;
    for (let k = firstOut[u]!, end = firstOut[u + 1]!; k < end; k++) {
      const v = to[outLink[k]!]!;
      if (inDegree[v]! > 0 && predecessor[v] === -1) predecessor[v] = u;
    }
  }
  let start = 0;
  while (inDegree[start] === 0) start++;
  const seen = new Int32Array(n).fill(-1);
  const walk: number[] = [];
  let node = start;
  while (seen[node] === -1) {
    seen[node] = walk.length;
    walk.push(node);
    node = predecessor[node]!;
  }
  const cycle = walk.slice(seen[node]!).reverse(); // back along predecessors, so reversed is link order
  let first = 0;
  for (let k = 1; k < cycle.length; k++) if (cycle[k]! < cycle[first]!) first = k;
  return [...cycle.slice(first), ...cycle.slice(0, first)];
}

/** What the passes read of a network: no ids, no calendar (so it can be sent to a worker thread). */
export type PassNetwork = Pick<ScheduleNetwork, 'durations' | 'lowerBounds' | 'firstLink' | 'linkSuccessor' | 'linkLag' | 'linkFromFinish' | 'linkToFinish'>;

/**
 * Forward and backward pass in working-day offsets, by position. `durations` defaults to the
 * network's; a Monte Carlo run passes sampled ones (any non-negative numbers, by position).
 * O(V + E), no allocation but the two result arrays; `into` gives them (two arrays of the
 * network's length, overwritten), so that a run of many passes allocates nothing.
 */
export function runPasses(
  network: PassNetwork,
  durations: ArrayLike<number> = network.durations,
  into?: { earlyStart: Float64Array; lateStart: Float64Array },
): PassResult {
  const { firstLink, linkSuccessor, linkLag, linkFromFinish, linkToFinish, lowerBounds } = network;
  const n = lowerBounds.length;
  let earlyStart: Float64Array;
  if (into) {
    if (into.earlyStart.length !== n || into.lateStart.length !== n) throw new RangeError(`runPasses: the arrays to fill must have the network's ${n} places`);
    earlyStart = into.earlyStart;
    earlyStart.set(lowerBounds);
  } else {
    earlyStart = Float64Array.from(lowerBounds);
  }
  let finish = 0;
  for (let u = 0; u < n; u++) {
    const start = earlyStart[u]!;
    const duration = durations[u]!;
    if (start + duration > finish) finish = start + duration;
    for (let e = firstLink[u]!, end = firstLink[u + 1]!; e < end; e++) {
      const v = linkSuccessor[e]!;
      const allowed = start + linkLag[e]! + linkFromFinish[e]! * duration - linkToFinish[e]! * durations[v]!;
      if (allowed > earlyStart[v]!) earlyStart[v] = allowed;
    }
  }
  const lateStart = into ? into.lateStart : new Float64Array(n); // every place is written below
  for (let u = n - 1; u >= 0; u--) {
    const duration = durations[u]!;
    let latest = finish - duration;
    for (let e = firstLink[u]!, end = firstLink[u + 1]!; e < end; e++) {
      const v = linkSuccessor[e]!;
      const allowed = lateStart[v]! - linkLag[e]! - linkFromFinish[e]! * duration + linkToFinish[e]! * durations[v]!;
      if (allowed < latest) latest = allowed;
    }
    lateStart[u] = latest;
  }
  return { earlyStart, lateStart, finish };
}

/** The whole schedule: prepareNetwork, runPasses, floats and dates. */
export function computeSchedule(input: CpmInput): ProjectSchedule {
  const network = prepareNetwork(input);
  const passes = runPasses(network);
  return scheduleOf(network, passes);
}

/** Dates, floats and the critical path of a network's passes (with the network's own durations). */
export function scheduleOf(network: ScheduleNetwork, passes: PassResult): ProjectSchedule {
  const { ids, inputIndex, durations, firstLink, linkSuccessor, linkLag, linkFromFinish, linkToFinish, lowerBounds, calendar, origin } = network;
  const { earlyStart, lateStart, finish } = passes;
  const n = ids.length;

  // Free float, and which milestones sit at the end of a day (see the header), in one sweep in
  // topological order: a task's side is known before its links are read.
  const freeFloat = new Float64Array(n);
  const endOfDay = new Uint8Array(n);
  for (let u = 0; u < n; u++) {
    if (durations[u] === 0 && earlyStart[u]! > lowerBounds[u]!) endOfDay[u] = 1; // a link drives it; start-side links clear it below
  }
  for (let u = 0; u < n; u++) {
    const start = earlyStart[u]!;
    const duration = durations[u]!;
    const anchorEnd = duration > 0 ? -1 : endOfDay[u]!; // -1: a task's start is start of day, its finish end of day
    let slack = finish - start - duration;
    for (let e = firstLink[u]!, end = firstLink[u + 1]!; e < end; e++) {
      const v = linkSuccessor[e]!;
      const allowed = start + linkLag[e]! + linkFromFinish[e]! * duration - linkToFinish[e]! * durations[v]!;
      const gap = earlyStart[v]! - allowed;
      if (gap < slack) slack = gap;
      if (gap === 0 && durations[v] === 0) {
        const fromFinish = linkFromFinish[e] === 1;
        const driverEnd = anchorEnd === -1 ? fromFinish : anchorEnd === 1;
        if (!driverEnd) endOfDay[v] = 0;
      }
    }
    freeFloat[u] = slack;
  }

  // Offsets of the dates: a task of d days from s is dated s .. s + d − 1; a milestone at its
  // moment, or at the end of the day before (see the header).
  const scale: DateScale = { calendar, origin };
  const tasks: TaskSchedule[] = new Array(n);
  let first = Number.POSITIVE_INFINITY;
  let startDay = Number.POSITIVE_INFINITY;
  let finishDay = Number.NEGATIVE_INFINITY;
  const critical: number[] = [];
  for (let u = 0; u < n; u++) {
    const es = earlyStart[u]!;
    const ls = lateStart[u]!;
    const d = durations[u]!;
    const totalFloat = ls - es;
    let earlyStartDay: number, earlyFinishDay: number, lateStartDay: number, lateFinishDay: number;
    if (d === 0) {
      earlyStartDay = earlyFinishDay = es - endOfDay[u]!;
      lateStartDay = lateFinishDay = totalFloat <= 0 ? earlyStartDay : ls - 1;
    } else {
      earlyStartDay = es;
      earlyFinishDay = es + d - 1;
      lateStartDay = ls;
      lateFinishDay = ls + d - 1;
    }
    tasks[inputIndex[u]!] = new ScheduledTask(ids[u]!, earlyStartDay, earlyFinishDay, lateStartDay, lateFinishDay, totalFloat, freeFloat[u]!, totalFloat <= 0, scale);
    if (totalFloat <= 0) critical.push(u);
    if (es < first) first = es;
    if (earlyStartDay < startDay) startDay = earlyStartDay;
    if (earlyFinishDay > finishDay) finishDay = earlyFinishDay;
  }

  // By early start, ties in topological order (position): sort (early start, position) pairs
  // packed in one number (offsets and positions are whole and far below 2^53 / n).
  const keys = Float64Array.from(critical, (u) => earlyStart[u]! * n + u).sort();
  const criticalPath = Array.from(keys, (key) => ids[key - Math.floor(key / n) * n]!);

  const dateAt = (offset: number) => calendar.dateOfWorkingDay(origin + offset);
  return {
    startDate: dateAt(n === 0 ? 0 : startDay),
    finishDate: dateAt(n === 0 ? 0 : finishDay),
    durationDays: n === 0 ? 0 : finish - first,
    criticalPath,
    tasks,
  };
}

/** A summary's dates from its children's: the earliest starts and the latest finishes (new Dates); null without children. */
export function rollUpDates(children: Iterable<ScheduleDates>): ScheduleDates | null {
  let earlyStart = Number.POSITIVE_INFINITY;
  let earlyFinish = Number.NEGATIVE_INFINITY;
  let lateStart = Number.POSITIVE_INFINITY;
  let lateFinish = Number.NEGATIVE_INFINITY;
  let any = false;
  for (const child of children) {
    any = true;
    earlyStart = Math.min(earlyStart, child.earlyStart.getTime());
    earlyFinish = Math.max(earlyFinish, child.earlyFinish.getTime());
    lateStart = Math.min(lateStart, child.lateStart.getTime());
    lateFinish = Math.max(lateFinish, child.lateFinish.getTime());
  }
  return any ? { earlyStart: new Date(earlyStart), earlyFinish: new Date(earlyFinish), lateStart: new Date(lateStart), lateFinish: new Date(lateFinish) } : null;
}

/**
 * Dates of every summary of a WBS tree, bottom-up in O(nodes): `nodes` are all tasks with their
 * parent (null at the top), `scheduled` the dates of the scheduled (leaf) tasks, e.g. from
 * computeSchedule. Returns the dates of each task that has scheduled descendants and is not
 * itself scheduled. A parent link to an unknown task is ignored (a top-level task); a loop of
 * parent links is a ScheduleInputError.
 */
export function rollUpSummaries(
  nodes: readonly { id: string; parentId?: string | null }[],
  scheduled: ReadonlyMap<string, ScheduleDates>,
): Map<string, ScheduleDates> {
  const indexOf = new Map<string, number>();
  nodes.forEach((node, i) => indexOf.set(node.id, i));
  const parent = new Int32Array(nodes.length).fill(-1);
  const pending = new Int32Array(nodes.length);
  nodes.forEach((node, i) => {
    const p = node.parentId == null ? undefined : indexOf.get(node.parentId);
    if (p !== undefined) {
      parent[i] = p;
      pending[p]!++;
    }
  });
  const dates: (ScheduleDates | null)[] = nodes.map((node) => scheduled.get(node.id) ?? null);
  const queue: number[] = [];
  nodes.forEach((_, i) => pending[i] === 0 && queue.push(i));
  for (let head = 0; head < queue.length; head++) {
    const i = queue[head]!;
    const p = parent[i]!;
    if (p < 0) continue;
    const child = dates[i];
    if (child && !scheduled.has(nodes[p]!.id)) dates[p] = rollUpDates(dates[p] ? [dates[p], child] : [child]);
    if (--pending[p]! === 0) queue.push(p);
  }
  if (queue.length < nodes.length) {
    const looped = nodes.filter((_, i) => pending[i]! > 0).map((node) => node.id);
    throw new ScheduleInputError(`The parent links form a loop through ${looped.join(', ')}`, looped);
  }
  const out = new Map<string, ScheduleDates>();
  nodes.forEach((node, i) => {
    const value = dates[i];
    if (value && !scheduled.has(node.id)) out.set(node.id, value);
  });
  return out;
}
