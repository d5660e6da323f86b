// Unit test of the critical path method (server/schedule/lib/cpm.ts): textbook and hand-worked
// networks with their early and late dates and floats, the four link types with lags and a
// lead, SNET, milestones, other calendars, cycles, summaries, and a brute-force oracle on
// random networks. Working days are counted on a wall calendar in the comments (2027-01-04 is a
// Monday).
import { describe, expect, it } from 'vitest';
import { isoDate, parseIsoDate, STANDARD_CALENDAR, workingCalendar } from '../../server/platform/calendar.js';
import {
  computeSchedule,
  prepareNetwork,
  rollUpDates,
  rollUpSummaries,
  runPasses,
  ScheduleCycleError,
  ScheduleInputError,
  type CpmDependency,
  type CpmInput,
  type CpmTask,
  type DependencyType,
  type ProjectSchedule,
} from '../../server/schedule/lib/cpm.js';

const day = (iso: string): Date => parseIsoDate(iso)!;
const fs = (predecessorId: string, successorId: string, lagDays = 0, type: DependencyType = 'FS'): CpmDependency => ({ predecessorId, successorId, type, lagDays });

/** Each task as [ES, EF, LS, LF, total float, free float, critical], dates as YYYY-MM-DD. */
function table(schedule: ProjectSchedule) {
  return Object.fromEntries(
    schedule.tasks.map((t) => [
      t.id,
      [isoDate(t.earlyStart), isoDate(t.earlyFinish), isoDate(t.lateStart), isoDate(t.lateFinish), t.totalFloatDays, t.freeFloatDays, t.critical],
    ]),
  );
}

const project = (schedule: ProjectSchedule) => ({
  start: isoDate(schedule.startDate),
  finish: isoDate(schedule.finishDate),
  duration: schedule.durationDays,
  criticalPath: schedule.criticalPath,
});

describe('a textbook network (finish-to-start)', () => {
  // Heizer, Render & Munson, "Operations Management" (Pearson), chapter "Project Management",
  // Milwaukee Paper Manufacturing (examples 4-8): activities A–H, durations in weeks, read here
  // as working days. The book's answers: ES/EF/LS/LF A 0/2/0/2, B 0/3/1/4, C 2/4/2/4, D 3/7/4/8,
  // E 4/8/4/8, F 4/7/10/13, G 8/13/8/13, H 13/15/13/15; slack B 1, D 1, F 6, others 0; critical
  // path A-C-E-G-H, 15 weeks. Free float (ES of the successor − EF): B 3 − 3 = 0 (D), D 8 − 7 = 1
  // (G), F 13 − 7 = 6 (H).
  const tasks: CpmTask[] = [
    { id: 'A', durationDays: 2 },
    { id: 'B', durationDays: 3 },
    { id: 'C', durationDays: 2 },
    { id: 'D', durationDays: 4 },
    { id: 'E', durationDays: 4 },
    { id: 'F', durationDays: 3 },
    { id: 'G', durationDays: 5 },
    { id: 'H', durationDays: 2 },
  ];
  const dependencies = [fs('A', 'C'), fs('A', 'D'), fs('B', 'D'), fs('C', 'E'), fs('C', 'F'), fs('D', 'G'), fs('E', 'G'), fs('F', 'H'), fs('G', 'H')];

  it('gives the book’s early and late dates, floats and critical path', () => {
    const schedule = computeSchedule({ tasks, dependencies, projectStart: day('2027-01-04'), calendar: STANDARD_CALENDAR });
    // Book offsets are boundaries: start offset s is working day s; finish offset f is the end of
    // working day f − 1. Working days from Mon 01-04: 0 01-04, 1 01-05, 2 01-06, 3 01-07,
    // 4 01-08, 5 01-11, 6 01-12, 7 01-13, 8 01-14, 9 01-15, 10 01-18, 11 01-19, 12 01-20,
    // 13 01-21, 14 01-22.
    expect(table(schedule)).toEqual({
      A: ['2027-01-04', '2027-01-05', '2027-01-04', '2027-01-05', 0, 0, true], // 0/2/0/2
      B: ['2027-01-04', '2027-01-06', '2027-01-05', '2027-01-07', 1, 0, false], // 0/3/1/4
      C: ['2027-01-06', '2027-01-07', '2027-01-06', '2027-01-07', 0, 0, true], // 2/4/2/4
      D: ['2027-01-07', '2027-01-12', '2027-01-08', '2027-01-13', 1, 1, false], // 3/7/4/8
      E: ['2027-01-08', '2027-01-13', '2027-01-08', '2027-01-13', 0, 0, true], // 4/8/4/8
      F: ['2027-01-08', '2027-01-12', '2027-01-18', '2027-01-20', 6, 6, false], // 4/7/10/13
      G: ['2027-01-14', '2027-01-20', '2027-01-14', '2027-01-20', 0, 0, true], // 8/13/8/13
      H: ['2027-01-21', '2027-01-22', '2027-01-21', '2027-01-22', 0, 0, true], // 13/15/13/15
    });
    expect(project(schedule)).toEqual({ start: '2027-01-04', finish: '2027-01-22', duration: 15, criticalPath: ['A', 'C', 'E', 'G', 'H'] });
  });

  it('gives each task its working-day offsets, fresh Dates on every read, and its dates in JSON', () => {
    const schedule = computeSchedule({ tasks, dependencies, projectStart: day('2027-01-04'), calendar: STANDARD_CALENDAR });
    const d = schedule.tasks.find((task) => task.id === 'D')!;
    expect([d.earlyStartOffset, d.earlyFinishOffset, d.lateStartOffset, d.lateFinishOffset]).toEqual([3, 6, 4, 7]);
    expect(d.earlyStart).not.toBe(d.earlyStart);
    d.earlyStart.setUTCFullYear(2000);
    expect(isoDate(d.earlyStart)).toBe('2027-01-07');
    expect(JSON.parse(JSON.stringify(d))).toEqual({
      id: 'D',
      earlyStart: '2027-01-07T00:00:00.000Z',
      earlyFinish: '2027-01-12T00:00:00.000Z',
      lateStart: '2027-01-08T00:00:00.000Z',
      lateFinish: '2027-01-13T00:00:00.000Z',
      totalFloatDays: 1,
      freeFloatDays: 1,
      critical: false,
    });
  });

  it('gives the same offsets in any input order', () => {
    const network = prepareNetwork({ tasks: [...tasks].reverse(), dependencies: [...dependencies].reverse(), projectStart: day('2027-01-04'), calendar: STANDARD_CALENDAR });
    const passes = runPasses(network);
    const byId = (values: Float64Array) => Object.fromEntries(network.ids.map((id, i) => [id, values[i]]));
    expect(byId(passes.earlyStart)).toEqual({ A: 0, B: 0, C: 2, D: 3, E: 4, F: 4, G: 8, H: 13 });
    expect(byId(passes.lateStart)).toEqual({ A: 0, B: 1, C: 2, D: 4, E: 4, F: 10, G: 8, H: 13 });
    expect(passes.finish).toBe(15);
  });

  it('fills the arrays it is given, overwriting what they held, with the same offsets', () => {
    const network = prepareNetwork({ tasks, dependencies, projectStart: day('2027-01-04'), calendar: STANDARD_CALENDAR });
    const into = { earlyStart: new Float64Array(8).fill(99), lateStart: new Float64Array(8).fill(-99) };
    const fresh = runPasses(network);
    const filled = runPasses(network, network.durations, into);
    expect(filled.earlyStart).toBe(into.earlyStart);
    expect(filled.lateStart).toBe(into.lateStart);
    expect(filled).toEqual(fresh);
    expect(runPasses(network, Float64Array.from(network.durations, (d) => d * 1.5), into).finish).toBe(22.5);
    expect(() => runPasses(network, network.durations, { earlyStart: new Float64Array(7), lateStart: new Float64Array(8) })).toThrow(RangeError);
  });
});

describe('all four link types, lags and a lead', () => {
  // Hand-worked (offsets are boundaries as above; a task of d days from s occupies s..s+d−1):
  //   A 3d, no predecessor:          ES 0, EF 3
  //   A → B FS +2:  B.start ≥ 3 + 2   ES 5, EF 7            (B: Mon 01-11 – Tue 01-12)
  //   A → C SS +1:  C.start ≥ 0 + 1   ES 1, EF 5            (C: Tue 01-05 – Fri 01-08)
  //   C → D FF −1:  D.finish ≥ 5 − 1 = 4, D 2d: ES 2, EF 4  (D: Wed 01-06 – Thu 01-07)
  //   B → F SF +3:  F.finish ≥ 5 + 3 = 8, F 3d: start ≥ 5
  //   D → F FS −1:  F.start ≥ 4 − 1 = 3; F ES max(5, 3) = 5, EF 8 (Mon 01-11 – Wed 01-13)
  //   F → E FS:     milestone E at 8, after F's finish: dated Wed 01-13
  // Project finish 8 (Wed 01-13). Backward, LS = min(8 − d, links):
  //   E 8; F min(5, 8 − 3) = 5; B min(6, LS F − (3 − 3)) = 5; D min(6, 5 − (−1 + 2)) = 4;
  //   C min(4, LS D − (−1 + 4 − 2)) = 3; A min(5, LS B − (2 + 3), LS C − 1) = 0.
  // Total float: A 0, B 0, C 2, D 2, F 0, E 0. Free float: A min(8 − 3, 5 − 5, 1 − 1) = 0;
  // B min(1, 5 − 5) = 0; C min(3, 2 − (1 + 1)) = 0; D min(4, 5 − (2 + 1)) = 2; F 0; E 0.
  // Late dates: C LS 3 Thu 01-07, LF 6 Tue 01-12; D LS 4 Fri 01-08, LF 5 Mon 01-11.
  const input: CpmInput = {
    tasks: [
      { id: 'A', durationDays: 3 },
      { id: 'B', durationDays: 2 },
      { id: 'C', durationDays: 4 },
      { id: 'D', durationDays: 2 },
      { id: 'E', durationDays: 0 },
      { id: 'F', durationDays: 3 },
    ],
    dependencies: [fs('A', 'B', 2), fs('A', 'C', 1, 'SS'), fs('C', 'D', -1, 'FF'), fs('B', 'F', 3, 'SF'), fs('D', 'F', -1), fs('F', 'E')],
    projectStart: day('2027-01-04'),
    calendar: STANDARD_CALENDAR,
  };

  it('schedules them as worked out by hand', () => {
    const schedule = computeSchedule(input);
    expect(table(schedule)).toEqual({
      A: ['2027-01-04', '2027-01-06', '2027-01-04', '2027-01-06', 0, 0, true],
      B: ['2027-01-11', '2027-01-12', '2027-01-11', '2027-01-12', 0, 0, true],
      C: ['2027-01-05', '2027-01-08', '2027-01-07', '2027-01-12', 2, 0, false],
      D: ['2027-01-06', '2027-01-07', '2027-01-08', '2027-01-11', 2, 2, false],
      E: ['2027-01-13', '2027-01-13', '2027-01-13', '2027-01-13', 0, 0, true],
      F: ['2027-01-11', '2027-01-13', '2027-01-11', '2027-01-13', 0, 0, true],
    });
    // B and F both start at 5: topological order (B is reached from A, F only after B and D).
    expect(project(schedule)).toEqual({ start: '2027-01-04', finish: '2027-01-13', duration: 8, criticalPath: ['A', 'B', 'F', 'E'] });
  });

  it('makes an SS-driven task critical when it drives the finish, with no successor of its own', () => {
    // A 10d SS→ B 2d: B has no reason to be late, but A, with only an SS successor, sets the
    // project finish: its late finish is the project finish, not LS B − 0 + 10 = 18.
    // A ES 0 LS 0 (float 0); B ES 0, LS 10 − 2 = 8 (float 8, free float 8).
    const schedule = computeSchedule({ tasks: [{ id: 'A', durationDays: 10 }, { id: 'B', durationDays: 2 }], dependencies: [fs('A', 'B', 0, 'SS')], projectStart: day('2027-01-04'), calendar: STANDARD_CALENDAR });
    expect(schedule.tasks.map((t) => [t.id, t.totalFloatDays, t.freeFloatDays])).toEqual([['A', 0, 0], ['B', 8, 8]]);
    expect(schedule.criticalPath).toEqual(['A']);
  });

  it('never gives more free float than total float (a successor held by its SNET)', () => {
    // A 10d SS→ B 1d, B SNET at offset 5 (Mon 01-11): B's early start leaves A a 5-day gap on the
    // link, but delaying A delays the project: free float min(5, 10 − 10) = 0.
    const schedule = computeSchedule({
      tasks: [{ id: 'A', durationDays: 10 }, { id: 'B', durationDays: 1, startNoEarlierThan: day('2027-01-11') }],
      dependencies: [fs('A', 'B', 0, 'SS')],
      projectStart: day('2027-01-04'),
      calendar: STANDARD_CALENDAR,
    });
    expect(schedule.tasks.map((t) => [t.id, t.totalFloatDays, t.freeFloatDays])).toEqual([['A', 0, 0], ['B', 4, 4]]);
  });
});

describe('start-no-earlier-than, leads and milestones', () => {
  // The project starts Wednesday 01-06: 0 Wed 01-06, 1 Thu 01-07, 2 Fri 01-08, 3 Mon 01-11,
  // 4 Tue 01-12, 5 Wed 01-13.
  //   K 2d:                       ES 0, EF 2 (Wed – Thu)
  //   L 3d, SNET Sat 01-09 (= 3); K → L FS −1 allows 2 − 1 = 1: the SNET wins, ES 3, EF 6
  //   M0 milestone, no link:      at the project start, Wed 01-06 (start of the day)
  //   L → M1 SS:                  M1 at 3, driven by L's start: Mon 01-11 (start of the day)
  //   K → M2 FS:                  M2 at 2, driven by K's finish: Thu 01-07 (end of K's day)
  //   M2 → N 1d FS:               N ES 2, Fri 01-08 (the next working day)
  //   P 1d, SNET 2026-12-01, before the project start: ES 0, Wed 01-06
  // Project finish 6 (Wed 01-13), duration 6. Backward: L min(6 − 3, M1 6 − 0) = 3 (critical);
  // N 5; M2 min(6, 5) = 5; K min(4, LS L − (−1 + 2), LS M2 − 2) = 2; M1 6; M0 6; P 5.
  // Late dates of milestones with float: the end of the day before their late moment: M0 and
  // M1 at 6, Wed 01-13 (the project finish); M2 at 5, Tue 01-12.
  // Free float: K min(6 − 2, 3 − 1, 2 − 2) = 0; M2 min(6 − 2, 2 − 2) = 0; N 6 − 3 = 3; M0 6; M1 3; P 5.
  it('schedules them as worked out by hand', () => {
    const schedule = computeSchedule({
      tasks: [
        { id: 'K', durationDays: 2 },
        { id: 'L', durationDays: 3, startNoEarlierThan: day('2027-01-09') },
        { id: 'M0', durationDays: 0 },
        { id: 'M1', durationDays: 0 },
        { id: 'M2', durationDays: 0 },
        { id: 'N', durationDays: 1 },
        { id: 'P', durationDays: 1, startNoEarlierThan: day('2026-12-01') },
      ],
      dependencies: [fs('K', 'L', -1), fs('L', 'M1', 0, 'SS'), fs('K', 'M2'), fs('M2', 'N')],
      projectStart: day('2027-01-06'),
      calendar: STANDARD_CALENDAR,
    });
    expect(table(schedule)).toEqual({
      K: ['2027-01-06', '2027-01-07', '2027-01-08', '2027-01-11', 2, 0, false],
      L: ['2027-01-11', '2027-01-13', '2027-01-11', '2027-01-13', 0, 0, true],
      M0: ['2027-01-06', '2027-01-06', '2027-01-13', '2027-01-13', 6, 6, false],
      M1: ['2027-01-11', '2027-01-11', '2027-01-13', '2027-01-13', 3, 3, false],
      M2: ['2027-01-07', '2027-01-07', '2027-01-12', '2027-01-12', 3, 0, false],
      N: ['2027-01-08', '2027-01-08', '2027-01-13', '2027-01-13', 3, 3, false],
      P: ['2027-01-06', '2027-01-06', '2027-01-13', '2027-01-13', 5, 5, false],
    });
    expect(project(schedule)).toEqual({ start: '2027-01-06', finish: '2027-01-13', duration: 6, criticalPath: ['L'] });
  });

  it('dates a critical milestone at the end of the chain on the finish of its predecessor', () => {
    // T 5d Mon 01-04 – Fri 01-08 → FS → Done: at 5, Fri 01-08, not Mon 01-11; float 0.
    const schedule = computeSchedule({ tasks: [{ id: 'T', durationDays: 5 }, { id: 'Done', durationDays: 0 }], dependencies: [fs('T', 'Done')], projectStart: day('2027-01-04'), calendar: STANDARD_CALENDAR });
    expect(table(schedule).Done).toEqual(['2027-01-08', '2027-01-08', '2027-01-08', '2027-01-08', 0, 0, true]);
    expect(project(schedule)).toEqual({ start: '2027-01-04', finish: '2027-01-08', duration: 5, criticalPath: ['T', 'Done'] });
  });

  it('schedules a network of milestones only as a zero-day project', () => {
    const schedule = computeSchedule({ tasks: [{ id: 'Go', durationDays: 0 }, { id: 'Gate', durationDays: 0 }], dependencies: [fs('Go', 'Gate')], projectStart: day('2027-01-04'), calendar: STANDARD_CALENDAR });
    expect(project(schedule)).toEqual({ start: '2027-01-04', finish: '2027-01-04', duration: 0, criticalPath: ['Go', 'Gate'] });
  });
});

describe('other calendars', () => {
  it('schedules on a Sunday-to-Thursday week with a holiday, from a non-working start date', () => {
    // Working days: Sun 01-03 (0), Mon 01-04 (1), Tue 01-05 holiday, Wed 01-06 (2), Thu 01-07 (3),
    // Fri/Sat off, Sun 01-10 (4), Mon 01-11 (5), Tue 01-12 (6), Wed 01-13 (7).
    // The project starts Saturday 01-02: offset 0 is Sunday 01-03.
    //   X 4d: Sun 01-03 – Thu 01-07 (ES 0, EF 4)
    //   X → Y FS +1: Y 2d starts at 5, Mon 01-11 – Tue 01-12 (Sunday 01-10 is the lag)
    const calendar = workingCalendar({ workingDays: ['SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY'], holidays: [day('2027-01-05')] });
    const schedule = computeSchedule({ tasks: [{ id: 'X', durationDays: 4 }, { id: 'Y', durationDays: 2 }], dependencies: [fs('X', 'Y', 1)], projectStart: day('2027-01-02'), calendar });
    expect(table(schedule)).toEqual({
      X: ['2027-01-03', '2027-01-07', '2027-01-03', '2027-01-07', 0, 0, true],
      Y: ['2027-01-11', '2027-01-12', '2027-01-11', '2027-01-12', 0, 0, true],
    });
    expect(project(schedule)).toEqual({ start: '2027-01-03', finish: '2027-01-12', duration: 7, criticalPath: ['X', 'Y'] });
  });

  it('moves the textbook network past a holiday', () => {
    // Mon–Fri with Wed 01-06 off: offsets 0 01-04, 1 01-05, 2 01-07, 3 01-08, 4 01-11, 5 01-12,
    // 6 01-13, 7 01-14, 8 01-15, 9 01-18, 10 01-19, 11 01-20, 12 01-21, 13 01-22, 14 01-25.
    // A (0–2) → C (ES 2, EF 4): Thu 01-07 – Fri 01-08; C → H FS +9: H ES 4 + 9 = 13, EF 15:
    // Fri 01-22 – Mon 01-25 (the textbook's H, a day later for the holiday, over a weekend).
    const calendar = workingCalendar({ holidays: [day('2027-01-06')] });
    const schedule = computeSchedule({
      tasks: [{ id: 'A', durationDays: 2 }, { id: 'C', durationDays: 2 }, { id: 'H', durationDays: 2 }],
      dependencies: [fs('A', 'C'), fs('C', 'H', 9)],
      projectStart: day('2027-01-04'),
      calendar,
    });
    expect(table(schedule).C!.slice(0, 2)).toEqual(['2027-01-07', '2027-01-08']);
    expect(table(schedule).H!.slice(0, 2)).toEqual(['2027-01-22', '2027-01-25']);
    expect(schedule.durationDays).toBe(15);
  });
});

describe('networks it refuses', () => {
  const base = { projectStart: day('2027-01-04'), calendar: STANDARD_CALENDAR };
  const tasks = ['A', 'B', 'C', 'D', 'E'].map((id) => ({ id, durationDays: 1 }));

  it('names the tasks on a cycle, in link order, from the first in the input', () => {
    // D → B → C → A → B: the cycle is B → C → A; D only leads into it, E is apart.
    const attempt = () => computeSchedule({ ...base, tasks, dependencies: [fs('D', 'B'), fs('B', 'C'), fs('C', 'A', 0, 'SS'), fs('A', 'B', 2, 'FF')] });
    expect(attempt).toThrow(ScheduleCycleError);
    expect(attempt).toThrow('The dependencies form a cycle: A → B → C → A');
    try {
      attempt();
    } catch (error) {
      expect((error as ScheduleCycleError).taskIds).toEqual(['A', 'B', 'C']);
    }
  });

  it('refuses a task linked to itself', () => {
    expect(() => computeSchedule({ ...base, tasks, dependencies: [fs('E', 'E')] })).toThrow('The dependencies form a cycle: E → E');
  });

  it('refuses unknown tasks, repeated ids, bad durations, lags and dates', () => {
    const unknown = () => computeSchedule({ ...base, tasks, dependencies: [fs('A', 'Z')] });
    expect(unknown).toThrow(ScheduleInputError);
    expect(unknown).toThrow('A dependency names task Z, which is not in the network');
    expect(() => unknown()).toThrow(expect.objectContaining({ taskIds: ['Z'] }));
    expect(() => computeSchedule({ ...base, tasks: [...tasks, { id: 'A', durationDays: 2 }], dependencies: [] })).toThrow('Task A is listed twice');
    expect(() => computeSchedule({ ...base, tasks: [{ id: 'A', durationDays: -1 }], dependencies: [] })).toThrow(ScheduleInputError);
    expect(() => computeSchedule({ ...base, tasks: [{ id: 'A', durationDays: 1.5 }], dependencies: [] })).toThrow(ScheduleInputError);
    expect(() => computeSchedule({ ...base, tasks, dependencies: [fs('A', 'B', 0.5)] })).toThrow(ScheduleInputError);
    expect(() => computeSchedule({ ...base, tasks, dependencies: [fs('A', 'B', 0, 'XX' as DependencyType)] })).toThrow(ScheduleInputError);
    expect(() => computeSchedule({ ...base, tasks: [{ id: 'A', durationDays: 1, startNoEarlierThan: new Date('x') }], dependencies: [] })).toThrow(ScheduleInputError);
    expect(() => computeSchedule({ ...base, projectStart: new Date('x'), tasks, dependencies: [] })).toThrow(ScheduleInputError);
  });

  it('schedules an empty network at the project start', () => {
    expect(project(computeSchedule({ ...base, projectStart: day('2027-01-02'), tasks: [], dependencies: [] }))).toEqual({ start: '2027-01-04', finish: '2027-01-04', duration: 0, criticalPath: [] });
  });
});

describe('summary tasks', () => {
  const dates = (es: string, ef: string, ls: string, lf: string) => ({ earlyStart: day(es), earlyFinish: day(ef), lateStart: day(ls), lateFinish: day(lf) });

  it('roll up the earliest starts and the latest finishes of their children', () => {
    expect(rollUpDates([dates('2027-01-05', '2027-01-08', '2027-01-06', '2027-01-12'), dates('2027-01-04', '2027-01-06', '2027-01-11', '2027-01-13')])).toEqual(
      dates('2027-01-04', '2027-01-08', '2027-01-06', '2027-01-13'),
    );
    expect(rollUpDates([])).toBeNull();
  });

  it('roll up a WBS tree bottom-up, through summaries of summaries', () => {
    // 1 (summary) ← 1.1 (summary) ← 1.1.1, 1.1.2; 1 ← 1.2; 2 is a summary with no scheduled child.
    const nodes = [
      { id: '1', parentId: null },
      { id: '1.1.2', parentId: '1.1' },
      { id: '1.1', parentId: '1' },
      { id: '1.1.1', parentId: '1.1' },
      { id: '1.2', parentId: '1' },
      { id: '2' },
      { id: '2.1', parentId: '2' },
    ];
    const scheduled = new Map([
      ['1.1.1', dates('2027-01-04', '2027-01-05', '2027-01-04', '2027-01-05')],
      ['1.1.2', dates('2027-01-06', '2027-01-08', '2027-01-07', '2027-01-11')],
      ['1.2', dates('2027-01-11', '2027-01-15', '2027-01-11', '2027-01-15')],
    ]);
    const summaries = rollUpSummaries(nodes, scheduled);
    expect([...summaries.keys()].sort()).toEqual(['1', '1.1']);
    expect(summaries.get('1.1')).toEqual(dates('2027-01-04', '2027-01-08', '2027-01-04', '2027-01-11'));
    expect(summaries.get('1')).toEqual(dates('2027-01-04', '2027-01-15', '2027-01-04', '2027-01-15'));
    expect(() => rollUpSummaries([{ id: 'a', parentId: 'b' }, { id: 'b', parentId: 'a' }], new Map())).toThrow(ScheduleInputError);
  });
});

describe('random networks against a brute-force oracle', () => {
  /** A small deterministic generator (mulberry32). */
  const random = (seed: number) => () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };

  /** Bellman-Ford on the constraints as stated in the module header, by repeated relaxation until nothing moves. */
  function oracle(tasks: CpmTask[], links: CpmDependency[], lower: Map<string, number>) {
    const d = new Map(tasks.map((t) => [t.id, t.durationDays]));
    const c = (l: CpmDependency) => l.lagDays + (l.type === 'FS' || l.type === 'FF' ? d.get(l.predecessorId)! : 0) - (l.type === 'FF' || l.type === 'SF' ? d.get(l.successorId)! : 0);
    const es = new Map(tasks.map((t) => [t.id, lower.get(t.id) ?? 0]));
    for (let moved = true; moved; ) {
      moved = false;
      for (const l of links) {
        const allowed = es.get(l.predecessorId)! + c(l);
        if (allowed > es.get(l.successorId)!) (es.set(l.successorId, allowed), (moved = true));
      }
    }
    const finish = Math.max(0, ...tasks.map((t) => es.get(t.id)! + t.durationDays));
    const ls = new Map(tasks.map((t) => [t.id, finish - t.durationDays]));
    for (let moved = true; moved; ) {
      moved = false;
      for (const l of links) {
        const allowed = ls.get(l.successorId)! - c(l);
        if (allowed < ls.get(l.predecessorId)!) (ls.set(l.predecessorId, allowed), (moved = true));
      }
    }
    const ff = new Map(tasks.map((t) => [t.id, finish - es.get(t.id)! - t.durationDays]));
    for (const l of links) ff.set(l.predecessorId, Math.min(ff.get(l.predecessorId)!, es.get(l.successorId)! - es.get(l.predecessorId)! - c(l)));
    return { es, ls, ff, finish };
  }

  it('agrees on early and late starts, floats and the finish of 200 random networks', () => {
    const next = random(7);
    const types: DependencyType[] = ['FS', 'SS', 'FF', 'SF'];
    for (let trial = 0; trial < 200; trial++) {
      const n = 1 + Math.floor(next() * 25);
      const tasks: CpmTask[] = Array.from({ length: n }, (_, i) => ({ id: `T${i}`, durationDays: next() < 0.15 ? 0 : 1 + Math.floor(next() * 8) }));
      const lower = new Map<string, number>();
      for (const task of tasks) {
        if (next() < 0.1) {
          const offset = Math.floor(next() * 15);
          lower.set(task.id, offset);
          task.startNoEarlierThan = STANDARD_CALENDAR.addWorkingDays(day('2027-01-04'), offset);
        }
      }
      const links: CpmDependency[] = [];
      for (let s = 1; s < n; s++) {
        for (let k = 0; k < 3; k++) {
          if (next() < 0.5) links.push(fs(`T${Math.floor(next() * s)}`, `T${s}`, Math.floor(next() * 7) - 3, types[Math.floor(next() * 4)]));
        }
      }
      // Shuffle tasks and links so that input order is not topological order.
      tasks.sort(() => next() - 0.5);
      links.sort(() => next() - 0.5);
      const expected = oracle(tasks, links, lower);
      const network = prepareNetwork({ tasks, dependencies: links, projectStart: day('2027-01-04'), calendar: STANDARD_CALENDAR });
      const passes = runPasses(network);
      const schedule = computeSchedule({ tasks, dependencies: links, projectStart: day('2027-01-04'), calendar: STANDARD_CALENDAR });
      const byId = new Map(schedule.tasks.map((task) => [task.id, task]));
      const got = network.ids.map((id, k) => [id, passes.earlyStart[k], passes.lateStart[k], byId.get(id)!.freeFloatDays]);
      const want = network.ids.map((id) => [id, expected.es.get(id), expected.ls.get(id), expected.ff.get(id)]);
      expect({ trial, got }).toEqual({ trial, got: want });
      expect(passes.finish).toBe(expected.finish);
      for (const task of schedule.tasks) {
        expect(task.totalFloatDays).toBeGreaterThanOrEqual(0);
        expect(task.freeFloatDays).toBeLessThanOrEqual(task.totalFloatDays);
        expect(task.earlyStart <= task.earlyFinish && task.lateStart <= task.lateFinish && task.earlyStart <= task.lateStart).toBe(true);
      }
      expect(schedule.criticalPath.length).toBeGreaterThan(0);
    }
  });
});
