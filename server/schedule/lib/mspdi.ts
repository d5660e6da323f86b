// Microsoft Project XML (MSPDI, namespace http://schemas.microsoft.com/project): read a schedule
// out of one, and write one that Microsoft Project and ProjectLibre open. Pure: strings in, plain
// structures out; no database, no clock.
//
// readMspdi never throws on bad input. It returns every problem it could not read as
// { path, message } (the caller refuses the whole import when there is any) and, apart from them,
// warnings: what it read only approximately (a 4-hour task becomes one working day) or left out
// (constraints other than "start no earlier than", recurring calendar exceptions).
//
// Bounds (a document that breaks one is a problem, read no further):
// - MAX_DOCUMENT_CHARS: 10,000,000 characters of XML (Microsoft Project writes about 3-5 KB a task,
//   so about 2,000-3,000 fully written tasks; files written by other tools are smaller);
// - MAX_TASKS: 5,000 tasks, MAX_LINKS: 20,000 predecessor links, MAX_HOLIDAYS: 1,000 holidays
//   (the project calendar's own limit), MAX_PROBLEMS: 100 problems listed (then one "and N more");
// - no DOCTYPE (so no entity definitions, no entity expansion at all): MSPDI never has one; the
//   five predefined entities and numeric character references are decoded by us, in one linear pass;
// - at most 32 nested elements (MSPDI needs 7), enforced by the parser's maxNestedTags.
// The parse is linear in the document; everything after it is linear in tasks + links.
//
// Units (what MSPDI stores, and how it becomes our model):
// - Durations are ISO 8601 ("PT40H0M0S") in working time; a working day is the project's
//   MinutesPerDay (default 480). Days are whole in our model: a fraction of a day is rounded up
//   (a 4-hour task takes one working day, a 0-hour task stays a milestone), with a warning.
// - LinkLag is in tenths of a working minute; LagFormat only says how Project displays it, except
//   elapsed formats (4, 6, 8, 10, 12 and their estimated forms 36..44: elapsed minutes, turned into
//   working days by the share of working weekdays, with a warning) and percentages (19, 20, 51,
//   52: a share of the predecessor's duration). Lags are rounded to the nearest working day.
// - Money (Cost, Baseline Cost) is in hundredths of the currency unit (as MPXJ reads it).
// - Link Type: 0 = FF, 1 = FS, 2 = SF, 3 = SS. Calendar DayType: 1 = Sunday .. 7 = Saturday,
//   0 = an exception (the Project 2003 form; Project 2007+ writes <Exceptions> too and prefers it).
import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser';
import { parseIsoDate } from '../../platform/calendar.js';

export const MSPDI_NAMESPACE = 'http://schemas.microsoft.com/project';
export const MAX_DOCUMENT_CHARS = 10_000_000;
export const MAX_TASKS = 5_000;
export const MAX_LINKS = 20_000;
export const MAX_HOLIDAYS = 1_000;
export const MAX_PROBLEMS = 100;
/** The limits of the task API (schema/schedule/tasks.ts), checked here so one list says it all. */
const MAX_DAYS = 100_000;
const MAX_LAG_DAYS = 10_000;
const TASK_KEY = /^[A-Za-z0-9](?:[A-Za-z0-9._-]{0,38}[A-Za-z0-9])?$/;

export type Weekday = 'MONDAY' | 'TUESDAY' | 'WEDNESDAY' | 'THURSDAY' | 'FRIDAY' | 'SATURDAY' | 'SUNDAY';
export type DependencyType = 'FS' | 'SS' | 'FF' | 'SF';

export interface MspdiProblem {
  /** Where in the document, e.g. "Project/Tasks/Task[UID=7]/Duration". */
  path: string;
  message: string;
}

export interface MspdiCalendar {
  /** Working weekdays, Monday first. */
  workingDays: Weekday[];
  /** Non-working days, "YYYY-MM-DD", ascending, no duplicates. */
  holidays: string[];
}

export interface MspdiBaseline {
  start: string | null;
  finish: string | null;
  durationDays: number | null;
  cost: number | null;
}

export interface MspdiTask {
  /** The task's unique id in the document (Project's UID; 0 is the project summary and never listed). */
  uid: number;
  /** WBS code, else outline number, else the UID as text. Unique in the schedule. */
  key: string;
  name: string;
  /** Notes; empty when none. */
  description: string;
  /** UID of the summary task it sits under (from OutlineLevel), null at the top. */
  parentUid: number | null;
  /** Whole working days (0 for a milestone). */
  durationDays: number;
  /** Flagged as a milestone in the file (written for durationDays 0). */
  milestone: boolean;
  /** Has children in this schedule (Project's Summary flag is not trusted). */
  summary: boolean;
  /** "YYYY-MM-DD" from ConstraintType 4 (start no earlier than) and its ConstraintDate. */
  startNoEarlierThan: string | null;
  /** Money: Cost when above 0, else the first baseline's cost, else 0. */
  budget: number;
  /** Scheduled dates "YYYY-MM-DD" as in the file (reading) or from the critical path (writing). */
  start: string | null;
  finish: string | null;
  /** The first baseline (Baseline Number 0), when the file has one. */
  baseline: MspdiBaseline | null;
}

export interface MspdiLink {
  predecessorUid: number;
  successorUid: number;
  type: DependencyType;
  /** Whole working days; negative is a lead. */
  lagDays: number;
}

export interface MspdiSchedule {
  /** Project name (Title, else Name) or, when writing, the project's name. */
  name: string;
  /** Project StartDate, "YYYY-MM-DD". */
  startDate: string | null;
  /** Project FinishDate, "YYYY-MM-DD" (written when given). */
  finishDate: string | null;
  /** Length of a working day in minutes (MinutesPerDay; 480 when absent). */
  minutesPerDay: number;
  calendar: MspdiCalendar;
  /** In outline order: a summary task before its children. */
  tasks: MspdiTask[];
  links: MspdiLink[];
}

export interface MspdiReadResult {
  /** Null when any problem was found: the import is all or nothing. */
  schedule: MspdiSchedule | null;
  problems: MspdiProblem[];
  warnings: MspdiProblem[];
}

// ---------------------------------------------------------------------------------------------
// Reading

/** Elements that may repeat: always arrays, so a one-task file reads like a thousand-task one. */
const REPEATED = new Set(['Task', 'Calendar', 'WeekDay', 'WorkingTime', 'PredecessorLink', 'Baseline', 'Exception']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: false, // kept, so the namespace of the root can be checked; prefixes are stripped below
  parseTagValue: false, // every value is text: we parse numbers ourselves, strictly
  parseAttributeValue: false,
  trimValues: true,
  processEntities: false, // no DOCTYPE entities, ever; predefined ones decoded in decodeText
  ignoreDeclaration: true,
  ignorePiTags: true,
  maxNestedTags: 32,
  isArray: (name) => REPEATED.has(localName(name)),
  transformTagName: (name) => name, // keep as is; localName() strips prefixes where looked up
});

type XmlNode = { [name: string]: unknown };

const WEEKDAYS_BY_DAY_TYPE: Record<number, Weekday> = {
  1: 'SUNDAY', 2: 'MONDAY', 3: 'TUESDAY', 4: 'WEDNESDAY', 5: 'THURSDAY', 6: 'FRIDAY', 7: 'SATURDAY',
};
const WEEK: Weekday[] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
const LINK_TYPES: Record<number, DependencyType> = { 0: 'FF', 1: 'FS', 2: 'SF', 3: 'SS' };
const ELAPSED_FORMATS = new Set([4, 6, 8, 10, 12, 36, 38, 40, 42, 44]);
const PERCENT_FORMATS = new Set([19, 20, 51, 52]);

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}

const ENTITY = /&(?:(amp|lt|gt|quot|apos)|#(\d{1,7})|#x([0-9a-fA-F]{1,6}));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The five predefined entities and character references; anything else stays as written. */
function decodeText(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, named: string | undefined, decimal: string | undefined, hex: string | undefined) => {
    if (named) return NAMED[named]!;
    const code = decimal !== undefined ? Number(decimal) : parseInt(hex!, 16);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
  });
}

class Problems {
  readonly problems: MspdiProblem[] = [];
  readonly warnings: MspdiProblem[] = [];
  private dropped = 0;
  private droppedWarnings = 0;

  add(path: string, message: string): void {
    if (this.problems.length < MAX_PROBLEMS) this.problems.push({ path, message });
    else this.dropped++;
  }

  warn(path: string, message: string): void {
    if (this.warnings.length < MAX_PROBLEMS) this.warnings.push({ path, message });
    else this.droppedWarnings++;
  }

  get any(): boolean {
    return this.problems.length > 0;
  }

  finish(): { problems: MspdiProblem[]; warnings: MspdiProblem[] } {
    if (this.dropped) this.problems.push({ path: 'Project', message: `…and ${this.dropped} more problems` });
    if (this.droppedWarnings) this.warnings.push({ path: 'Project', message: `…and ${this.droppedWarnings} more warnings` });
    return { problems: this.problems, warnings: this.warnings };
  }
}

/** Children of an element by local name (namespace prefixes stripped). */
function childrenOf(node: XmlNode, name: string): unknown[] {
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith('@_') || localName(key) !== name) continue;
    return Array.isArray(value) ? value : [value];
  }
  return [];
}

function elementsOf(node: XmlNode, name: string): XmlNode[] {
  return childrenOf(node, name).map((value) => (isElement(value) ? value : {}));
}

function isElement(value: unknown): value is XmlNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A leaf's text: undefined when absent, null when it is not a leaf. */
function textOf(node: XmlNode, name: string): string | null | undefined {
  const [value] = childrenOf(node, name);
  if (value === undefined) return undefined;
  if (typeof value === 'string') return decodeText(value);
  if (isElement(value)) {
    const keys = Object.keys(value).filter((key) => !key.startsWith('@_'));
    if (keys.length === 0) return '';
    if (keys.length === 1 && keys[0] === '#text' && typeof value['#text'] === 'string') return decodeText(value['#text']);
  }
  return null;
}

/** Reads leaves of one element, reporting what is malformed under `path`. */
class Reader {
  constructor(
    readonly node: XmlNode,
    readonly path: string,
    private readonly out: Problems,
  ) {}

  text(name: string): string | undefined {
    const value = textOf(this.node, name);
    if (value === null) {
      this.out.add(`${this.path}/${name}`, `${name} must be text`);
      return undefined;
    }
    return value;
  }

  int(name: string): number | undefined {
    const value = this.text(name);
    if (value === undefined || value === '') return undefined;
    if (!/^[+-]?\d{1,15}$/.test(value)) {
      this.out.add(`${this.path}/${name}`, `${name} must be a whole number, not "${clip(value)}"`);
      return undefined;
    }
    return Number(value);
  }

  number(name: string): number | undefined {
    const value = this.text(name);
    if (value === undefined || value === '') return undefined;
    if (!/^[+-]?(\d{1,15}(\.\d*)?|\.\d+)([eE][+-]?\d{1,3})?$/.test(value) || !Number.isFinite(Number(value))) {
      this.out.add(`${this.path}/${name}`, `${name} must be a number, not "${clip(value)}"`);
      return undefined;
    }
    return Number(value);
  }

  bool(name: string): boolean | undefined {
    const value = this.text(name);
    if (value === undefined || value === '') return undefined;
    if (value === '1' || value === 'true') return true;
    if (value === '0' || value === 'false') return false;
    this.out.add(`${this.path}/${name}`, `${name} must be 0 or 1, not "${clip(value)}"`);
    return undefined;
  }

  /** The calendar date of an xsd:dateTime ("2003-01-07T08:00:00" → "2003-01-07"). */
  date(name: string): string | undefined {
    const value = this.text(name);
    if (value === undefined || value === '') return undefined;
    const match = /^(\d{4}-\d{2}-\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?$/.exec(value);
    if (!match || !parseIsoDate(match[1]!)) {
      this.out.add(`${this.path}/${name}`, `${name} must be a date and time such as 2026-01-05T08:00:00, not "${clip(value)}"`);
      return undefined;
    }
    return match[1]!;
  }

  /** An ISO 8601 duration in working minutes (days counted as `minutesPerDay`). */
  minutes(name: string, minutesPerDay: number): number | undefined {
    const value = this.text(name);
    if (value === undefined || value === '') return undefined;
    const match = /^(-)?P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(value);
    if (!match || value.endsWith('P') || value.endsWith('T')) {
      this.out.add(`${this.path}/${name}`, `${name} must be an ISO 8601 duration such as PT8H0M0S, not "${clip(value)}"`);
      return undefined;
    }
    const [, minus, years, months, weeks, days, hours, mins, secs] = match;
    if (Number(years ?? 0) || Number(months ?? 0) || Number(weeks ?? 0)) {
      this.out.add(`${this.path}/${name}`, `${name} in years, months or weeks cannot be read as working time ("${clip(value)}")`);
      return undefined;
    }
    const total = Number(days ?? 0) * minutesPerDay + Number(hours ?? 0) * 60 + Number(mins ?? 0) + Number(secs ?? 0) / 60;
    return minus ? -total : total;
  }
}

const clip = (value: string): string => (value.length > 40 ? `${value.slice(0, 40)}…` : value);

/** Reads an MSPDI document. Never throws: what it cannot read is in `problems` (then `schedule` is null). */
export function readMspdi(xml: string): MspdiReadResult {
  const out = new Problems();
  try {
    const schedule = readDocument(xml, out);
    const { problems, warnings } = out.finish();
    return { schedule: problems.length ? null : schedule, problems, warnings };
  } catch (error) {
    // Not expected (every step checks its input); kept so that no input can throw through.
    out.add('Project', `The document could not be read: ${error instanceof Error ? error.message : String(error)}`);
    const { problems, warnings } = out.finish();
    return { schedule: null, problems, warnings };
  }
}

function readDocument(xml: unknown, out: Problems): MspdiSchedule | null {
  if (typeof xml !== 'string') {
    out.add('document', 'The document must be text');
    return null;
  }
  if (xml.length > MAX_DOCUMENT_CHARS) {
    out.add('document', `The document has ${xml.length} characters; at most ${MAX_DOCUMENT_CHARS} are read`);
    return null;
  }
  if (/<!DOCTYPE/i.test(xml)) {
    out.add('document', 'A document type declaration (<!DOCTYPE>) is not allowed in an MSPDI document');
    return null;
  }
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    out.add('document', `Not well-formed XML (line ${valid.err.line}, column ${valid.err.col}): ${valid.err.msg}`);
    return null;
  }
  let parsed: XmlNode;
  try {
    parsed = parser.parse(xml) as XmlNode;
  } catch (error) {
    out.add('document', `Not readable XML: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
  const roots = Object.entries(parsed).filter(([key]) => !key.startsWith('?') && !key.startsWith('#'));
  const [rootName, rootValue] = roots[0] ?? [];
  if (roots.length !== 1 || !rootName || localName(rootName) !== 'Project' || !isElement(rootValue)) {
    out.add('document', `Not an MSPDI document: the root element must be Project, not ${rootName ?? 'missing'}`);
    return null;
  }
  const prefix = rootName.includes(':') ? rootName.slice(0, rootName.indexOf(':')) : null;
  const namespace = rootValue[prefix ? `@_xmlns:${prefix}` : '@_xmlns'];
  if (namespace !== MSPDI_NAMESPACE) {
    out.add('Project', `Not an MSPDI document: Project must be in the namespace ${MSPDI_NAMESPACE}`);
    return null;
  }
  return readProject(rootValue, out);
}

function readProject(project: XmlNode, out: Problems): MspdiSchedule | null {
  const at = new Reader(project, 'Project', out);
  const minutesPerDay = at.int('MinutesPerDay') ?? 480;
  if (minutesPerDay <= 0 || minutesPerDay > 1440) {
    out.add('Project/MinutesPerDay', `MinutesPerDay must be between 1 and 1440, not ${minutesPerDay}`);
    return null;
  }
  const name = at.text('Title') || at.text('Name') || '';
  const startDate = at.date('StartDate') ?? null;
  const finishDate = at.date('FinishDate') ?? null;
  const calendar = readCalendar(project, at.int('CalendarUID'), out);

  const [tasksElement, ...moreTasks] = elementsOf(project, 'Tasks');
  if (moreTasks.length) out.add('Project/Tasks', 'Project has more than one Tasks element');
  const taskElements = tasksElement ? elementsOf(tasksElement, 'Task') : [];
  if (taskElements.length > MAX_TASKS + 1) {
    out.add('Project/Tasks', `The document has ${taskElements.length} tasks; at most ${MAX_TASKS} are read`);
    return null;
  }
  const { tasks, rawLinks } = readTasks(taskElements, minutesPerDay, out);
  const links = readLinks(rawLinks, tasks, calendar, minutesPerDay, out);
  if (!calendar) return null;
  return { name, startDate, finishDate, minutesPerDay, calendar, tasks, links };
}

// --- calendar

function readCalendar(project: XmlNode, calendarUid: number | undefined, out: Problems): MspdiCalendar | null {
  const [calendarsElement] = elementsOf(project, 'Calendars');
  const calendars = calendarsElement ? elementsOf(calendarsElement, 'Calendar') : [];
  const byUid = new Map<number, { node: XmlNode; path: string }>();
  calendars.forEach((node, index) => {
    const uid = new Reader(node, `Project/Calendars/Calendar[${index + 1}]`, out).int('UID');
    if (uid !== undefined) byUid.set(uid, { node, path: `Project/Calendars/Calendar[UID=${uid}]` });
  });
  // The project's calendar; without one (some tools write none), Monday to Friday and no holidays.
  const chosen = calendarUid !== undefined ? byUid.get(calendarUid) : undefined;
  if (!chosen) {
    if (calendarUid !== undefined && calendars.length) out.add('Project/CalendarUID', `No calendar has UID ${calendarUid}`);
    return { workingDays: WEEK.slice(0, 5), holidays: [] };
  }
  // A derived calendar takes the weekdays it does not define from its base calendar.
  const working = new Map<Weekday, boolean>();
  const holidays = new Set<string>();
  const seen = new Set<number>();
  let first = true;
  for (let current: { node: XmlNode; path: string } | undefined = chosen; current; ) {
    const reader: Reader = new Reader(current.node, current.path, out);
    const uid: number = reader.int('UID')!;
    if (seen.has(uid)) break;
    seen.add(uid);
    readWeekDays(current, working, first ? holidays : null, out);
    first = false;
    const baseUid: number | undefined = reader.int('BaseCalendarUID');
    current = baseUid !== undefined && baseUid >= 0 ? byUid.get(baseUid) : undefined;
  }
  const workingDays = WEEK.filter((day) => working.get(day) ?? !['SATURDAY', 'SUNDAY'].includes(day));
  if (workingDays.length === 0) out.add(`${chosen.path}/WeekDays`, 'The project calendar has no working weekday');
  if (holidays.size > MAX_HOLIDAYS) {
    out.add(`${chosen.path}/Exceptions`, `The project calendar has more than ${MAX_HOLIDAYS} non-working days`);
  }
  return { workingDays, holidays: [...holidays].sort() };
}

function readWeekDays(
  calendar: { node: XmlNode; path: string },
  working: Map<Weekday, boolean>,
  holidays: Set<string> | null,
  out: Problems,
): void {
  const [weekDaysElement] = elementsOf(calendar.node, 'WeekDays');
  const legacyExceptions: { reader: Reader; working: boolean }[] = [];
  (weekDaysElement ? elementsOf(weekDaysElement, 'WeekDay') : []).forEach((weekDay, index) => {
    const reader = new Reader(weekDay, `${calendar.path}/WeekDays/WeekDay[${index + 1}]`, out);
    const dayType = reader.int('DayType');
    const dayWorking = reader.bool('DayWorking') ?? false;
    if (dayType === 0) legacyExceptions.push({ reader, working: dayWorking });
    else if (dayType !== undefined && WEEKDAYS_BY_DAY_TYPE[dayType]) {
      const day = WEEKDAYS_BY_DAY_TYPE[dayType];
      if (!working.has(day)) working.set(day, dayWorking);
    } else if (dayType !== undefined) out.add(`${reader.path}/DayType`, `DayType must be 0 to 7, not ${dayType}`);
  });
  if (!holidays) return; // exceptions of a base calendar do not apply to a derived one here
  const [exceptionsElement] = elementsOf(calendar.node, 'Exceptions');
  const exceptions = exceptionsElement ? elementsOf(exceptionsElement, 'Exception') : [];
  if (exceptions.length) {
    // Project 2007 and later: <Exceptions> wins over the legacy form (as Project reads it).
    exceptions.forEach((exception, index) => {
      const reader = new Reader(exception, `${calendar.path}/Exceptions/Exception[${index + 1}]`, out);
      const type = reader.int('Type') ?? 1;
      const period = type === 7 ? Math.max(1, reader.int('Period') ?? 1) : type === 1 ? 1 : null;
      if (period === null) {
        out.warn(reader.path, `A recurring exception (Type ${type}: weekly, monthly or yearly) is not read`);
        return;
      }
      // The TimePeriod spans the occurrences (Project writes ToDate as the last one), so Occurrences is not needed.
      readTimePeriod(reader, exception, reader.bool('DayWorking') ?? false, period, holidays, out);
    });
  } else {
    for (const { reader, working: dayWorking } of legacyExceptions) {
      readTimePeriod(reader, reader.node, dayWorking, 1, holidays, out);
    }
  }
}

function readTimePeriod(
  reader: Reader,
  node: XmlNode,
  dayWorking: boolean,
  everyDays: number,
  holidays: Set<string>,
  out: Problems,
): void {
  const [periodElement] = elementsOf(node, 'TimePeriod');
  if (!periodElement) {
    out.add(`${reader.path}/TimePeriod`, 'A calendar exception needs a TimePeriod');
    return;
  }
  const period = new Reader(periodElement, `${reader.path}/TimePeriod`, out);
  const from = period.date('FromDate');
  const to = period.date('ToDate');
  if (!from || !to) {
    if (from === undefined || to === undefined) out.add(period.path, 'A calendar exception needs FromDate and ToDate');
    return;
  }
  if (dayWorking) {
    out.warn(reader.path, `A working exception (${from} to ${to}) is not read: the project calendar holds non-working days only`);
    return;
  }
  const first = parseIsoDate(from)!.getTime();
  const last = parseIsoDate(to)!.getTime();
  const DAY = 86_400_000; // exact between UTC midnights
  for (let day = first; day <= last; day += everyDays * DAY) {
    if (holidays.size > MAX_HOLIDAYS) return; // reported by readCalendar
    holidays.add(new Date(day).toISOString().slice(0, 10));
  }
}

// --- tasks

interface RawLink {
  path: string;
  successorUid: number;
  predecessorUid: number;
  type: DependencyType;
  lagTenthsOfMinutes: number;
  lagFormat: number;
}

function readTasks(elements: XmlNode[], minutesPerDay: number, out: Problems): { tasks: MspdiTask[]; rawLinks: RawLink[] } {
  const tasks: MspdiTask[] = [];
  const rawLinks: RawLink[] = [];
  const uids = new Set<number>();
  const keys = new Map<string, number>();
  const parents: MspdiTask[] = []; // parents[level - 1]: the open summary at that level
  let linkCount = 0;
  elements.forEach((element, index) => {
    const reader0 = new Reader(element, `Project/Tasks/Task[${index + 1}]`, out);
    const uid = reader0.int('UID');
    if (uid === undefined) {
      out.add(`${reader0.path}/UID`, 'A task needs a UID');
      return;
    }
    const at = new Reader(element, `Project/Tasks/Task[UID=${uid}]`, out);
    const level = at.int('OutlineLevel') ?? (uid === 0 ? 0 : 1);
    if (uid === 0 || level === 0) return; // the project summary task
    if (at.bool('IsNull')) return; // a blank row
    if (uids.has(uid)) {
      out.add(`${at.path}/UID`, `Two tasks have UID ${uid}`);
      return;
    }
    uids.add(uid);
    if (at.bool('ExternalTask')) out.add(at.path, 'An external (cross-project) task cannot be imported');
    if (level < 1 || level > parents.length + 1) {
      out.add(`${at.path}/OutlineLevel`, `OutlineLevel ${level} does not follow the task before it (at most ${parents.length + 1})`);
      return;
    }
    const name = at.text('Name')?.trim() ?? '';
    if (!name) out.add(`${at.path}/Name`, 'A task needs a name');
    const key = at.text('WBS') || at.text('OutlineNumber') || String(uid);
    if (!TASK_KEY.test(key)) {
      out.add(`${at.path}/WBS`, `WBS code "${clip(key)}" must be 1-40 letters, digits, dots, dashes or underscores, starting and ending with a letter or digit`);
    } else if (keys.has(key)) {
      out.add(`${at.path}/WBS`, `WBS code ${key} is also the code of task UID ${keys.get(key)}`);
    } else keys.set(key, uid);

    const durationDays = readDays(at, 'Duration', minutesPerDay, out) ?? 0;
    const milestone = at.bool('Milestone') ?? false;
    const constraintType = at.int('ConstraintType') ?? 0;
    let startNoEarlierThan: string | null = null;
    if (constraintType === 4) {
      startNoEarlierThan = at.date('ConstraintDate') ?? null;
      if (!startNoEarlierThan) out.add(`${at.path}/ConstraintDate`, 'A "start no earlier than" constraint needs a ConstraintDate');
    } else if (constraintType !== 0) {
      out.warn(`${at.path}/ConstraintType`, `Constraint type ${constraintType} is not read (only 4, start no earlier than)`);
    }
    const baseline = readBaseline(element, at, minutesPerDay, out);
    const cost = money(at, 'Cost', out);
    const budget = cost !== undefined && cost > 0 ? cost : (baseline?.cost ?? 0);

    const parent = level > 1 ? parents[level - 2]! : null;
    const task: MspdiTask = {
      uid,
      key,
      name,
      description: at.text('Notes') ?? '',
      parentUid: parent?.uid ?? null,
      durationDays,
      milestone,
      summary: false,
      startNoEarlierThan,
      budget,
      start: at.date('Start') ?? null,
      finish: at.date('Finish') ?? null,
      baseline,
    };
    if (parent) parent.summary = true;
    parents.length = level - 1;
    parents.push(task);
    tasks.push(task);

    elementsOf(element, 'PredecessorLink').forEach((link, linkIndex) => {
      if (++linkCount > MAX_LINKS) {
        if (linkCount === MAX_LINKS + 1) out.add(at.path, `The document has more than ${MAX_LINKS} predecessor links`);
        return;
      }
      const lr = new Reader(link, `${at.path}/PredecessorLink[${linkIndex + 1}]`, out);
      const predecessorUid = lr.int('PredecessorUID');
      if (predecessorUid === undefined) {
        out.add(`${lr.path}/PredecessorUID`, 'A predecessor link needs a PredecessorUID');
        return;
      }
      if (lr.bool('CrossProject')) {
        out.add(lr.path, `A link to task ${predecessorUid} of another project cannot be imported`);
        return;
      }
      const typeCode = lr.int('Type') ?? 1;
      const type = LINK_TYPES[typeCode];
      if (!type) {
        out.add(`${lr.path}/Type`, `Link Type must be 0 (FF), 1 (FS), 2 (SF) or 3 (SS), not ${typeCode}`);
        return;
      }
      rawLinks.push({
        path: lr.path,
        successorUid: uid,
        predecessorUid,
        type,
        lagTenthsOfMinutes: lr.number('LinkLag') ?? 0,
        lagFormat: lr.int('LagFormat') ?? 7,
      });
    });
  });
  if (tasks.length > MAX_TASKS) out.add('Project/Tasks', `The document has ${tasks.length} tasks; at most ${MAX_TASKS} are read`);
  return { tasks, rawLinks };
}

function readDays(at: Reader, name: string, minutesPerDay: number, out: Problems): number | undefined {
  const minutes = at.minutes(name, minutesPerDay);
  if (minutes === undefined) return undefined;
  if (minutes < 0) {
    out.add(`${at.path}/${name}`, `${name} must not be negative`);
    return undefined;
  }
  const exact = minutes / minutesPerDay;
  // Tolerate the rounding of a writer that stores minutes with decimals (1e-6 of a day).
  const days = Math.abs(exact - Math.round(exact)) < 1e-6 ? Math.round(exact) : Math.ceil(exact);
  if (days !== Math.round(exact) || Math.abs(exact - days) >= 1e-6) {
    out.warn(`${at.path}/${name}`, `${name} of ${round2(exact)} working days is rounded up to ${days}`);
  }
  if (days > MAX_DAYS) {
    out.add(`${at.path}/${name}`, `${name} of ${days} working days is more than ${MAX_DAYS}`);
    return undefined;
  }
  return days;
}

function readBaseline(element: XmlNode, at: Reader, minutesPerDay: number, out: Problems): MspdiBaseline | null {
  const baselines = elementsOf(element, 'Baseline');
  const index = baselines.findIndex((node) => textOf(node, 'Number') === '0');
  if (index === -1) return null;
  const reader = new Reader(baselines[index]!, `${at.path}/Baseline[Number=0]`, out);
  return {
    start: reader.date('Start') ?? null,
    finish: reader.date('Finish') ?? null,
    durationDays: readDays(reader, 'Duration', minutesPerDay, out) ?? null,
    cost: money(reader, 'Cost', out) ?? null,
  };
}

/** Money stored in hundredths; negative is refused (a budget is not negative). */
function money(at: Reader, name: string, out: Problems): number | undefined {
  const hundredths = at.number(name);
  if (hundredths === undefined) return undefined;
  if (hundredths < 0) {
    out.add(`${at.path}/${name}`, `${name} must not be negative`);
    return undefined;
  }
  return Math.round(hundredths) / 100;
}

const round2 = (value: number): number => Math.round(value * 100) / 100;

function readLinks(rawLinks: RawLink[], tasks: MspdiTask[], calendar: MspdiCalendar | null, minutesPerDay: number, out: Problems): MspdiLink[] {
  const byUid = new Map(tasks.map((task) => [task.uid, task]));
  const seen = new Set<string>();
  const links: MspdiLink[] = [];
  const workingShare = (calendar?.workingDays.length ?? 5) / 7;
  for (const raw of rawLinks) {
    const successor = byUid.get(raw.successorUid)!;
    const predecessor = byUid.get(raw.predecessorUid);
    if (!predecessor) {
      out.add(`${raw.path}/PredecessorUID`, `Task ${successor.key} follows task UID ${raw.predecessorUid}, which is not in the document`);
      continue;
    }
    if (predecessor === successor) {
      out.add(`${raw.path}/PredecessorUID`, `Task ${successor.key} cannot follow itself`);
      continue;
    }
    if (predecessor.summary || successor.summary) {
      const summary = predecessor.summary ? predecessor : successor;
      out.add(raw.path, `The link from ${predecessor.key} to ${successor.key} involves summary task ${summary.key}: only work tasks can be linked`);
      continue;
    }
    const pair = `${raw.predecessorUid}>${raw.successorUid}`;
    if (seen.has(pair)) {
      out.add(raw.path, `Task ${successor.key} follows task ${predecessor.key} twice`);
      continue;
    }
    seen.add(pair);
    let exact: number;
    if (PERCENT_FORMATS.has(raw.lagFormat)) {
      // A percentage lag is stored as the percentage itself (50 for 50%), not in tenths of minutes.
      exact = (predecessor.durationDays * raw.lagTenthsOfMinutes) / 100;
    } else if (ELAPSED_FORMATS.has(raw.lagFormat)) {
      exact = (raw.lagTenthsOfMinutes / 10 / 1440) * workingShare;
    } else {
      exact = raw.lagTenthsOfMinutes / 10 / minutesPerDay;
    }
    const lagDays = Math.round(exact);
    if (Math.abs(exact - lagDays) >= 1e-6 || ELAPSED_FORMATS.has(raw.lagFormat)) {
      const kind = ELAPSED_FORMATS.has(raw.lagFormat) ? 'elapsed lag' : PERCENT_FORMATS.has(raw.lagFormat) ? 'percentage lag' : 'lag';
      out.warn(`${raw.path}/LinkLag`, `The ${kind} of ${round2(exact)} working days is read as ${lagDays}`);
    }
    if (Math.abs(lagDays) > MAX_LAG_DAYS) {
      out.add(`${raw.path}/LinkLag`, `A lag of ${lagDays} working days is beyond ±${MAX_LAG_DAYS}`);
      continue;
    }
    links.push({ predecessorUid: raw.predecessorUid, successorUid: raw.successorUid, type: raw.type, lagDays: lagDays === 0 ? 0 : lagDays });
  }
  return links;
}

// ---------------------------------------------------------------------------------------------
// Writing

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  format: true,
  indentBy: '\t',
  suppressEmptyNode: true,
  processEntities: true, // escapes & < > " ' in text
});

const DAY_TYPE_BY_WEEKDAY: Record<Weekday, number> = {
  SUNDAY: 1, MONDAY: 2, TUESDAY: 3, WEDNESDAY: 4, THURSDAY: 5, FRIDAY: 6, SATURDAY: 7,
};
const LINK_TYPE_CODES: Record<DependencyType, number> = { FF: 0, FS: 1, SF: 2, SS: 3 };

/** The input of writeMspdi: the structure readMspdi returns; `start`/`finish` come from the critical path. */
export type MspdiWritable = Omit<MspdiSchedule, 'finishDate' | 'minutesPerDay'> & { finishDate?: string | null; minutesPerDay?: number };

export interface MspdiWriteOptions {
  /** Whether Cost and Baseline Cost are written (default true); false leaves every amount out. */
  money?: boolean;
}

/**
 * An MSPDI document for `schedule` (Project 2010 format, SaveVersion 14): one base calendar
 * "Standard" (UID 1) with the working weekdays and the holidays as exceptions, the project
 * summary task (UID 0) and the tasks in outline order with their links and first baseline.
 * Tasks whose parent is not in the list are written at the top level.
 */
export function writeMspdi(schedule: MspdiWritable, options: MspdiWriteOptions = {}): string {
  const withMoney = options.money ?? true;
  const minutesPerDay = schedule.minutesPerDay ?? 480;
  const hours = (days: number) => duration(days * minutesPerDay);
  const ordered = outlineOrder(schedule.tasks);
  const uidToKey = new Map(schedule.tasks.map((task) => [task.uid, task.key]));
  const predecessorsOf = new Map<number, MspdiLink[]>();
  for (const link of schedule.links) {
    if (!uidToKey.has(link.predecessorUid) || !uidToKey.has(link.successorUid)) continue;
    const list = predecessorsOf.get(link.successorUid);
    if (list) list.push(link);
    else predecessorsOf.set(link.successorUid, [link]);
  }
  const projectStart = schedule.startDate ?? earliest(ordered.map(({ task }) => task.start));
  const projectFinish = schedule.finishDate ?? latest(ordered.map(({ task }) => task.finish));
  const workingDays = new Set(schedule.calendar.workingDays);

  const summaryTask = {
    UID: 0,
    ID: 0,
    Name: xmlText(schedule.name),
    Type: 1,
    IsNull: 0,
    WBS: 0,
    OutlineNumber: 0,
    OutlineLevel: 0,
    Start: projectStart ? `${projectStart}T08:00:00` : undefined,
    Finish: projectFinish ? `${projectFinish}T17:00:00` : undefined,
    DurationFormat: 7,
    Milestone: 0,
    Summary: 1,
    ConstraintType: 0,
  };
  const tasks = ordered.map(({ task, outlineNumber, level }, index) => {
    const links = predecessorsOf.get(task.uid) ?? [];
    return {
      UID: task.uid,
      ID: index + 1,
      Name: xmlText(task.name),
      Active: 1,
      Manual: 0,
      Type: 0,
      IsNull: 0,
      WBS: xmlText(task.key),
      OutlineNumber: outlineNumber,
      OutlineLevel: level,
      Start: task.start ? `${task.start}T08:00:00` : undefined,
      Finish: task.finish ? `${task.finish}T${task.durationDays === 0 ? '08' : '17'}:00:00` : undefined,
      Duration: hours(task.durationDays),
      DurationFormat: 7,
      Milestone: task.durationDays === 0 && !task.summary ? 1 : 0,
      Summary: task.summary ? 1 : 0,
      Cost: withMoney ? cents(task.budget) : undefined,
      ConstraintType: task.startNoEarlierThan ? 4 : 0,
      CalendarUID: -1,
      ConstraintDate: task.startNoEarlierThan ? `${task.startNoEarlierThan}T08:00:00` : undefined,
      Notes: task.description ? xmlText(task.description) : undefined,
      PredecessorLink: links.length
        ? links.map((link) => ({
            PredecessorUID: link.predecessorUid,
            Type: LINK_TYPE_CODES[link.type],
            CrossProject: 0,
            LinkLag: link.lagDays * minutesPerDay * 10,
            LagFormat: 7,
          }))
        : undefined,
      Baseline: task.baseline
        ? [
            {
              Number: 0,
              Start: task.baseline.start ? `${task.baseline.start}T08:00:00` : undefined,
              Finish: task.baseline.finish ? `${task.baseline.finish}T17:00:00` : undefined,
              Duration: task.baseline.durationDays !== null ? hours(task.baseline.durationDays) : undefined,
              DurationFormat: task.baseline.durationDays !== null ? 7 : undefined,
              Cost: withMoney && task.baseline.cost !== null ? cents(task.baseline.cost) : undefined,
            },
          ]
        : undefined,
    };
  });

  const workingTimes =
    minutesPerDay === 480
      ? [
          { FromTime: '08:00:00', ToTime: '12:00:00' },
          { FromTime: '13:00:00', ToTime: '17:00:00' },
        ]
      : [{ FromTime: '08:00:00', ToTime: clock(8 * 60 + Math.min(minutesPerDay, 16 * 60)) }];
  const holidayRanges = ranges(schedule.calendar.holidays);
  const weekDays = [
    ...WEEK.map((day) => day)
      .sort((a, b) => DAY_TYPE_BY_WEEKDAY[a] - DAY_TYPE_BY_WEEKDAY[b])
      .map((day) =>
        workingDays.has(day)
          ? { DayType: DAY_TYPE_BY_WEEKDAY[day], DayWorking: 1, WorkingTimes: { WorkingTime: workingTimes } }
          : { DayType: DAY_TYPE_BY_WEEKDAY[day], DayWorking: 0 },
      ),
    // The Project 2003 form of the exceptions, which older readers understand.
    ...holidayRanges.map(([from, to]) => ({ DayType: 0, DayWorking: 0, TimePeriod: { FromDate: `${from}T00:00:00`, ToDate: `${to}T23:59:00` } })),
  ];
  const document = {
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8', '@_standalone': 'yes' },
    Project: {
      '@_xmlns': MSPDI_NAMESPACE,
      SaveVersion: 14,
      Name: xmlText(schedule.name),
      Title: xmlText(schedule.name),
      ScheduleFromStart: 1,
      StartDate: projectStart ? `${projectStart}T08:00:00` : undefined,
      FinishDate: projectFinish ? `${projectFinish}T17:00:00` : undefined,
      CalendarUID: 1,
      DefaultStartTime: '08:00:00',
      DefaultFinishTime: minutesPerDay === 480 ? '17:00:00' : clock(8 * 60 + Math.min(minutesPerDay, 16 * 60)),
      MinutesPerDay: minutesPerDay,
      MinutesPerWeek: minutesPerDay * Math.max(1, workingDays.size),
      DaysPerMonth: 20,
      DurationFormat: 7,
      NewTasksAreManual: 0,
      Calendars: {
        Calendar: [
          {
            UID: 1,
            Name: 'Standard',
            IsBaseCalendar: 1,
            IsBaselineCalendar: 0,
            BaseCalendarUID: -1,
            WeekDays: { WeekDay: weekDays },
            Exceptions: holidayRanges.length
              ? {
                  Exception: holidayRanges.map(([from, to]) => ({
                    EnteredByOccurrences: 0,
                    TimePeriod: { FromDate: `${from}T00:00:00`, ToDate: `${to}T23:59:00` },
                    Occurrences: 1,
                    Name: 'Holiday',
                    Type: 1,
                    DayWorking: 0,
                  })),
                }
              : undefined,
          },
        ],
      },
      Tasks: { Task: [summaryTask, ...tasks] },
    },
  };
  return builder.build(document) as string;
}

/** Depth-first outline order (siblings keep their order), with outline numbers "1.2.3" and levels. */
function outlineOrder(tasks: readonly MspdiTask[]): { task: MspdiTask; outlineNumber: string; level: number }[] {
  const uids = new Set(tasks.map((task) => task.uid));
  const children = new Map<number | null, MspdiTask[]>();
  for (const task of tasks) {
    const parent = task.parentUid !== null && uids.has(task.parentUid) && task.parentUid !== task.uid ? task.parentUid : null;
    const list = children.get(parent);
    if (list) list.push(task);
    else children.set(parent, [task]);
  }
  const result: { task: MspdiTask; outlineNumber: string; level: number }[] = [];
  const visited = new Set<number>();
  // Iterative, so that a deep outline cannot exhaust the stack; a loop in parentUid is cut.
  const stack: { task: MspdiTask; outlineNumber: string; level: number }[] = [];
  const pushChildren = (parent: number | null, prefix: string, level: number) => {
    const list = children.get(parent) ?? [];
    for (let index = list.length - 1; index >= 0; index--) {
      stack.push({ task: list[index]!, outlineNumber: prefix ? `${prefix}.${index + 1}` : String(index + 1), level });
    }
  };
  pushChildren(null, '', 1);
  while (stack.length) {
    const entry = stack.pop()!;
    if (visited.has(entry.task.uid)) continue;
    visited.add(entry.task.uid);
    result.push(entry);
    pushChildren(entry.task.uid, entry.outlineNumber, entry.level + 1);
  }
  return result;
}

/** Consecutive days merged into [from, to] ranges. */
function ranges(days: readonly string[]): [string, string][] {
  const sorted = [...new Set(days)].filter((day) => parseIsoDate(day)).sort();
  const result: [string, string][] = [];
  for (const day of sorted) {
    const last = result[result.length - 1];
    if (last && parseIsoDate(day)!.getTime() - parseIsoDate(last[1])!.getTime() === 86_400_000) last[1] = day;
    else result.push([day, day]);
  }
  return result;
}

const duration = (minutes: number): string => `PT${Math.floor(minutes / 60)}H${Math.round(minutes % 60)}M0S`;
const cents = (amount: number): number => Math.round(amount * 100);
const clock = (minutes: number): string => `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00`;
const earliest = (dates: (string | null)[]): string | null => dates.filter((d): d is string => !!d).sort()[0] ?? null;
const latest = (dates: (string | null)[]): string | null => dates.filter((d): d is string => !!d).sort().at(-1) ?? null;

/** Text XML 1.0 can carry: control characters other than tab, newline and return removed. */
// eslint-disable-next-line no-control-regex
const xmlText = (text: string): string => text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
