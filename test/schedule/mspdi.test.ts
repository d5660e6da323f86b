// Microsoft Project XML (MSPDI): reading real files saved by Microsoft Project, writing them back,
// and refusing what cannot be read with a list of problems (never an exception). Pure, no database.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  MAX_DOCUMENT_CHARS,
  MAX_TASKS,
  readMspdi,
  writeMspdi,
  type MspdiSchedule,
} from '../../server/schedule/lib/mspdi.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

function read(xml: string): MspdiSchedule {
  const result = readMspdi(xml);
  expect(result.problems).toEqual([]);
  return result.schedule!;
}

/** A minimal MSPDI document around `tasks` (Task elements) and optional calendar content. */
const mspdi = (tasks: string, calendar = '') => `<?xml version="1.0" encoding="UTF-8"?>
<Project xmlns="http://schemas.microsoft.com/project"><Name>t</Name><StartDate>2026-01-05T08:00:00</StartDate>
<CalendarUID>1</CalendarUID><MinutesPerDay>480</MinutesPerDay>
<Calendars><Calendar><UID>1</UID><Name>Standard</Name><IsBaseCalendar>1</IsBaseCalendar><BaseCalendarUID>-1</BaseCalendarUID>
<WeekDays><WeekDay><DayType>1</DayType><DayWorking>0</DayWorking></WeekDay><WeekDay><DayType>7</DayType><DayWorking>0</DayWorking></WeekDay>${calendar}</WeekDays>
</Calendar></Calendars>
<Tasks><Task><UID>0</UID><ID>0</ID><Name>t</Name><OutlineLevel>0</OutlineLevel><Summary>1</Summary></Task>${tasks}</Tasks></Project>`;
const task = (uid: number, inner = '', level = 1) =>
  `<Task><UID>${uid}</UID><ID>${uid}</ID><Name>Task ${uid}</Name><WBS>${uid}</WBS><OutlineLevel>${level}</OutlineLevel><Duration>PT8H0M0S</Duration>${inner}</Task>`;

describe('reading MPXJ sample project (Microsoft Project 2003)', () => {
  const schedule = read(fixture('mpxj-sample1.xml'));
  const byName = new Map(schedule.tasks.map((t) => [t.name, t]));

  it('reads the project, its calendar and every task but the project summary', () => {
    expect(schedule.name).toBe('MPXJ Sample');
    expect(schedule.startDate).toBe('2003-01-07');
    expect(schedule.minutesPerDay).toBe(480);
    expect(schedule.calendar).toEqual({ workingDays: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'], holidays: [] });
    expect(schedule.tasks).toHaveLength(22); // 23 Task elements, UID 0 is the project summary
    expect(schedule.tasks.some((t) => t.uid === 0)).toBe(false);
  });

  it('builds the WBS tree from the outline levels, with keys, notes and budgets', () => {
    const summary = byName.get('Resource Assignments')!;
    expect(summary).toMatchObject({ key: '3.13', summary: true, parentUid: 19, durationDays: 5, budget: 645 });
    expect(byName.get('Assigned Task 1')).toMatchObject({ key: '3.13.1', parentUid: summary.uid, summary: false, budget: 430 });
    expect(byName.get('First Task')).toMatchObject({ key: '1', parentUid: null, description: 'Test Task Notes', budget: 3526.25 });
    expect(byName.get('Second Task')!.durationDays).toBe(100);
  });

  it('reads the milestone and the start-no-earlier-than constraints', () => {
    expect(byName.get('Third task')).toMatchObject({ milestone: true, durationDays: 0 });
    expect(byName.get('Related Task 6a')!.startNoEarlierThan).toBe('2003-01-08');
    expect(byName.get('Related Task 6b')!.startNoEarlierThan).toBe('2003-01-06');
    expect(schedule.tasks.filter((t) => t.startNoEarlierThan)).toHaveLength(4);
  });

  it('reads all four link types and the lag and lead of one day', () => {
    const uid = (name: string) => byName.get(name)!.uid;
    const link = (from: string, to: string) => schedule.links.find((l) => l.predecessorUid === uid(from) && l.successorUid === uid(to));
    expect(schedule.links).toHaveLength(6);
    expect(link('Related Task 1a', 'Related Task 1b')).toMatchObject({ type: 'FS', lagDays: 0 });
    expect(link('Related Task 2a', 'Related Task 2b')).toMatchObject({ type: 'FS', lagDays: 1 });
    expect(link('Related Task 3a', 'Related Task 3b')).toMatchObject({ type: 'FS', lagDays: -1 });
    expect(link('Related Task 4a', 'Related Task 4b')).toMatchObject({ type: 'SS', lagDays: 0 });
    expect(link('Related Task 5a', 'Related Task 5b')).toMatchObject({ type: 'FF', lagDays: 0 });
    expect(link('Related Task 6a', 'Related Task 6b')).toMatchObject({ type: 'SF', lagDays: 0 });
  });
});

describe('reading a file saved by Microsoft Project 2016', () => {
  const schedule = read(fixture('mpxj-task-links-project2016.xml'));

  it('turns lags in tenths of minutes (shown in days or weeks) into working days', () => {
    expect(schedule.tasks).toHaveLength(16);
    expect(schedule.tasks.every((t) => t.durationDays === 1)).toBe(true);
    expect(schedule.links.map((l) => [l.predecessorUid, l.successorUid, l.type, l.lagDays])).toEqual([
      [1, 2, 'FS', 0],
      [3, 4, 'FS', 1],
      [5, 6, 'FS', 2],
      [7, 8, 'FS', 5], // 1 week
      [9, 10, 'FS', 10], // 2 weeks
      [11, 12, 'SF', 2],
      [13, 14, 'SS', 2],
      [15, 16, 'FF', 2],
    ]);
    // Project's own dates agree: Task 1 (UID 7) ends Monday 8 Feb, five working days later is Tuesday 16.
    expect(schedule.tasks.find((t) => t.uid === 8)!.start).toBe('2016-02-16');
  });
});

describe('calendars and baselines', () => {
  it('reads holidays in both the Project 2003 and the 2007+ form, the newer winning', () => {
    const legacy = `<WeekDay><DayType>0</DayType><DayWorking>0</DayWorking><TimePeriod><FromDate>2026-12-24T00:00:00</FromDate><ToDate>2026-12-26T23:59:00</ToDate></TimePeriod></WeekDay>`;
    expect(read(mspdi(task(1), legacy)).calendar).toEqual({
      workingDays: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'],
      holidays: ['2026-12-24', '2026-12-25', '2026-12-26'],
    });
    const modern = mspdi(task(1), legacy).replace(
      '</WeekDays>',
      `</WeekDays><Exceptions><Exception><EnteredByOccurrences>0</EnteredByOccurrences><TimePeriod><FromDate>2026-05-01T00:00:00</FromDate><ToDate>2026-05-01T23:59:00</ToDate></TimePeriod><Occurrences>1</Occurrences><Name>May Day</Name><Type>1</Type><DayWorking>0</DayWorking></Exception></Exceptions>`,
    );
    expect(read(modern).calendar.holidays).toEqual(['2026-05-01']);
  });

  it('reads the first baseline and takes its cost as the budget when the task has none', () => {
    const baseline = `<Cost>0</Cost><Baseline><Number>1</Number><Cost>99900</Cost></Baseline><Baseline><Number>0</Number><Start>2026-01-05T08:00:00</Start><Finish>2026-01-09T17:00:00</Finish><Duration>PT40H0M0S</Duration><Cost>150050</Cost></Baseline>`;
    const [only] = read(mspdi(task(1, baseline))).tasks;
    expect(only!.baseline).toEqual({ start: '2026-01-05', finish: '2026-01-09', durationDays: 5, cost: 1500.5 });
    expect(only!.budget).toBe(1500.5);
  });

  it('rounds a part-day duration up to a whole working day, with a warning', () => {
    const result = readMspdi(mspdi(task(1).replace('PT8H0M0S', 'PT4H0M0S')));
    expect(result.problems).toEqual([]);
    expect(result.schedule!.tasks[0]!.durationDays).toBe(1);
    expect(result.warnings).toEqual([{ path: 'Project/Tasks/Task[UID=1]/Duration', message: 'Duration of 0.5 working days is rounded up to 1' }]);
  });
});

describe('writing MSPDI', () => {
  it('reads back what it wrote: the sample project survives a round trip', () => {
    for (const name of ['mpxj-sample1.xml', 'mpxj-task-links-project2016.xml']) {
      const first = read(fixture(name));
      const second = read(writeMspdi(first));
      expect(second).toEqual(first);
    }
  });

  it('round-trips holidays, baselines, notes with markup characters and scheduled dates', () => {
    const schedule: MspdiSchedule = {
      name: 'Bridge & <tunnel>',
      startDate: '2026-01-05',
      finishDate: '2026-01-20',
      minutesPerDay: 480,
      calendar: { workingDays: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY'], holidays: ['2026-01-01', '2026-01-02', '2026-04-06'] },
      tasks: [
        { uid: 1, key: '1', name: 'Design', description: 'Line 1\nuses "quotes" & <tags>', parentUid: null, durationDays: 0, milestone: false, summary: true, startNoEarlierThan: null, budget: 0, start: '2026-01-05', finish: '2026-01-20', baseline: null },
        { uid: 2, key: '1.1', name: 'Draft', description: '', parentUid: 1, durationDays: 4, milestone: false, summary: false, startNoEarlierThan: '2026-01-06', budget: 1234.56, start: '2026-01-06', finish: '2026-01-12', baseline: { start: '2026-01-05', finish: '2026-01-08', durationDays: 4, cost: 1000 } },
        { uid: 3, key: '1.2', name: 'Sign-off', description: '', parentUid: 1, durationDays: 0, milestone: true, summary: false, startNoEarlierThan: null, budget: 0, start: '2026-01-20', finish: '2026-01-20', baseline: null },
      ],
      links: [{ predecessorUid: 2, successorUid: 3, type: 'FS', lagDays: -2 }],
    };
    const xml = writeMspdi(schedule);
    expect(xml).toContain('<LinkLag>-9600</LinkLag>');
    expect(xml).toContain('<Cost>123456</Cost>');
    expect(read(xml)).toEqual(schedule);
  });
});

describe('refusing what cannot be read', () => {
  const problemsOf = (xml: string) => {
    const result = readMspdi(xml);
    expect(result.schedule).toBeNull();
    return result.problems;
  };

  it('lists a document that is not XML', () => {
    expect(problemsOf('this is not XML')).toEqual([{ path: 'document', message: expect.stringMatching(/^Not well-formed XML \(line 1, column 1\)/) }]);
    expect(problemsOf('<Project xmlns="http://schemas.microsoft.com/project"><Tasks></Project>')[0]!.message).toMatch(/Not well-formed XML/);
  });

  it('lists XML that is not MSPDI', () => {
    expect(problemsOf('<html><body/></html>')).toEqual([{ path: 'document', message: 'Not an MSPDI document: the root element must be Project, not html' }]);
    expect(problemsOf('<Project xmlns="urn:other"><Tasks/></Project>')).toEqual([
      { path: 'Project', message: 'Not an MSPDI document: Project must be in the namespace http://schemas.microsoft.com/project' },
    ]);
  });

  it('lists a link to a task that is not in the document, a negative duration and bad numbers, all at once', () => {
    const link = `<PredecessorLink><PredecessorUID>42</PredecessorUID><Type>1</Type><LinkLag>0</LinkLag><LagFormat>7</LagFormat></PredecessorLink>`;
    const xml = mspdi(task(1) + task(2, link) + task(3).replace('PT8H0M0S', '-PT16H0M0S') + task(4, '<Cost>lots</Cost>'));
    expect(problemsOf(xml)).toEqual([
      { path: 'Project/Tasks/Task[UID=3]/Duration', message: 'Duration must not be negative' },
      { path: 'Project/Tasks/Task[UID=4]/Cost', message: 'Cost must be a number, not "lots"' },
      { path: 'Project/Tasks/Task[UID=2]/PredecessorLink[1]/PredecessorUID', message: 'Task 2 follows task UID 42, which is not in the document' },
    ]);
  });

  it('lists duplicate WBS codes, an outline that skips a level and a link to a summary task', () => {
    const xml = mspdi(task(1) + task(2).replace('<WBS>2</WBS>', '<WBS>1</WBS>') + task(3, '', 3) + task(4, '', 1) + task(5, '', 2) + task(6, '<PredecessorLink><PredecessorUID>4</PredecessorUID></PredecessorLink>'));
    expect(problemsOf(xml)).toEqual([
      { path: 'Project/Tasks/Task[UID=2]/WBS', message: 'WBS code 1 is also the code of task UID 1' },
      { path: 'Project/Tasks/Task[UID=3]/OutlineLevel', message: 'OutlineLevel 3 does not follow the task before it (at most 2)' },
      { path: 'Project/Tasks/Task[UID=6]/PredecessorLink[1]', message: 'The link from 4 to 6 involves summary task 4: only work tasks can be linked' },
    ]);
  });

  it(`lists more than ${MAX_TASKS} tasks, and a document over ${MAX_DOCUMENT_CHARS} characters, without reading them`, () => {
    const many = Array.from({ length: MAX_TASKS + 1 }, (_, i) => `<Task><UID>${i + 1}</UID><Name>x</Name></Task>`).join('');
    expect(problemsOf(mspdi(many))).toEqual([{ path: 'Project/Tasks', message: `The document has ${MAX_TASKS + 2} tasks; at most ${MAX_TASKS} are read` }]);
    expect(problemsOf(' '.repeat(MAX_DOCUMENT_CHARS + 1))).toEqual([
      { path: 'document', message: `The document has ${MAX_DOCUMENT_CHARS + 1} characters; at most ${MAX_DOCUMENT_CHARS} are read` },
    ]);
  });

  it('refuses entity definitions (no expansion bomb) and deep nesting, and never throws', () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE p [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><Project xmlns="http://schemas.microsoft.com/project"><Name>&b;</Name></Project>`;
    expect(problemsOf(bomb)).toEqual([{ path: 'document', message: 'A document type declaration (<!DOCTYPE>) is not allowed in an MSPDI document' }]);
    const deep = `<Project xmlns="http://schemas.microsoft.com/project">${'<a>'.repeat(1000)}${'</a>'.repeat(1000)}</Project>`;
    expect(problemsOf(deep)[0]!.message).toMatch(/^Not readable XML: /);
    for (const input of ['', '<', '<Project/>', '<?xml version="1.0"?>', undefined as unknown as string, 42 as unknown as string]) {
      expect(() => readMspdi(input)).not.toThrow();
      expect(readMspdi(input).problems.length).toBeGreaterThan(0);
    }
  });
});

describe('writing without money', () => {
  it('leaves every Cost out, of tasks and baselines, when told to', () => {
    const schedule = read(fixture('mpxj-sample1.xml'));
    const withBaseline = { ...schedule, tasks: schedule.tasks.map((t) => ({ ...t, baseline: { start: null, finish: null, durationDays: 1, cost: 12.5 } })) };
    expect(writeMspdi(withBaseline)).toContain('<Cost>1250</Cost>');
    const written = writeMspdi(withBaseline, { money: false });
    expect(written).not.toMatch(/<Cost>/);
    expect(read(written).tasks.every((t) => t.budget === 0 && t.baseline!.cost === null)).toBe(true);
  });
});
