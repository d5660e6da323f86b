// Schedules in and out of the product as Microsoft Project XML (MSPDI): importSchedule reads a file
// into a project without tasks, all or nothing, and scheduleExport writes a project's schedule as
// one that Microsoft Project and ProjectLibre open. The format itself is lib/mspdi.ts (pure); this
// file is the storage: which rows a document becomes, and which rows a document is made of.
//
// An import is one transaction of a fixed number of statements, whatever the size of the file:
// the checks, one INSERT of the calendar, one INSERT … RETURNING of the tasks of each outline
// level (parents first, so every child's parent id is known), one INSERT of the links, and, when
// the file has a baseline, one of the baseline and one of its tasks, then the audit event.
import { recordAudit } from '../platform/audit.js';
import { DEFAULT_WORKING_DAYS, parseIsoDate, WEEKDAYS, type WorkingCalendar, workingCalendar } from '../platform/calendar.js';
import type { Db, RequestContext, ServiceContext, Tx } from '../platform/context.js';
import type { BaselineTask } from '../platform/db/generated/prisma/client.js';
import type { Weekday } from '../platform/db/generated/prisma/enums.js';
import { keyedRequestLoader } from '../platform/loaders.js';
import { transaction } from '../platform/db/transaction.js';
import { type FieldIssue, NotFoundError, ValidationError } from '../platform/errors.js';
import { type MspdiLink, type MspdiProblem, type MspdiSchedule, type MspdiTask, readMspdi, writeMspdi } from './lib/mspdi.js';
import { rollUp } from './lib/rollup.js';
import { findCycle, wbsOrderOf } from './lib/wbs.js';
import { amountOf, centsOf, loadScheduleInputs, type ScheduleInput, scheduleFrom } from './loaders.js';
import { manageableProject } from './service.js';

export type ScheduleFormat = 'MSPDI';

export interface ImportScheduleInput {
  projectId: string;
  format: ScheduleFormat;
  document: string;
}

export interface ImportedSchedule {
  projectId: string;
  tasksImported: number;
  dependenciesImported: number;
  /** The first baseline of the file, stored as the project's baseline of this number (null without one). */
  baselineNumber: number | null;
  /** What was read only approximately or left out, "<MSPDI path>: <message>". */
  warnings: string[];
}

const DOCUMENT_PATH = ['input', 'document'];
/** The limits of the task API (schema/schedule/tasks.ts and shared/validators.ts) that lib/mspdi.ts does not check. */
const MAX_NAME = 200;
const MAX_DESCRIPTION = 10_000;
/** Decimal(14, 2): below 10^12. */
const MAX_MONEY = 999_999_999_999.99;

/**
 * Reads `document` into the project (whose managers may), which must have no tasks yet: tasks in
 * their WBS tree, dependencies with type and lag, the calendar, and the file's first baseline as
 * the project's next baseline. Anything the file holds that cannot be read is a ValidationError
 * listing every problem (each message starts with its MSPDI path), and nothing is stored.
 */
export async function importSchedule(ctx: ServiceContext, input: ImportScheduleInput): Promise<ImportedSchedule> {
  if (input.format !== 'MSPDI') throw ValidationError.single(['input', 'format'], `Unknown schedule format ${String(input.format)}`);
  // Parsed before the transaction: it is pure, and the project's lock is not held while it runs.
  const read = readMspdi(input.document);
  const problems = read.schedule ? [...read.problems, ...storageProblems(read.schedule)] : read.problems;
  return transaction(ctx, async (tx) => {
    const project = await manageableProject(tx, ctx.viewer, input.projectId, ['input', 'projectId']);
    if (problems.length) throw new ValidationError(problems.map(issueOf));
    const schedule = read.schedule!;
    const existing = await tx.task.count({ where: { projectId: project.id } });
    if (existing > 0) {
      throw ValidationError.single(['input', 'projectId'], `The project already has ${existing} task(s): import into a project without tasks`);
    }
    const warnings = read.warnings.map(lineOf);
    const { startDate } = await tx.project.findUniqueOrThrow({ where: { id: project.id }, select: { startDate: true } });
    if (!startDate && schedule.startDate) {
      warnings.push(`Project/StartDate: the project has no start date, so its schedule has no dates until one is set (the file starts on ${schedule.startDate})`);
    }

    const calendar = {
      workingDays: WEEKDAYS.filter((day) => schedule.calendar.workingDays.includes(day)),
      holidays: schedule.calendar.holidays.map((day) => parseIsoDate(day)!),
    };
    await tx.projectCalendar.upsert({
      where: { projectId: project.id },
      create: { projectId: project.id, ...calendar },
      update: { ...calendar, version: { increment: 1 } },
    });

    // Tasks level by level (readMspdi lists a summary before its children), so that each INSERT
    // knows the ids of the parents of its rows.
    const summaries = new Set(schedule.tasks.filter((task) => task.summary).map((task) => task.uid));
    const levels: MspdiTask[][] = [];
    const levelOf = new Map<number, number>();
    for (const task of schedule.tasks) {
      const level = task.parentUid === null ? 0 : levelOf.get(task.parentUid)! + 1;
      levelOf.set(task.uid, level);
      (levels[level] ??= []).push(task);
    }
    const idOf = new Map<number, string>();
    for (const level of levels) {
      const rows = await tx.task.createManyAndReturn({
        data: level.map((task) => ({
          projectId: project.id,
          key: task.key,
          wbsOrder: wbsOrderOf(task.key),
          name: task.name,
          description: task.description,
          parentId: task.parentUid === null ? null : idOf.get(task.parentUid)!,
          durationDays: summaries.has(task.uid) ? 0 : task.durationDays,
          startNoEarlierThan: task.startNoEarlierThan ? parseIsoDate(task.startNoEarlierThan) : null,
          // A summary's budget is its children's (rolled up): only work tasks carry one.
          budget: summaries.has(task.uid) ? '0' : amountOf(Math.round(task.budget * 100)),
        })),
        select: { id: true, key: true },
      });
      const uidOfKey = new Map(level.map((task) => [task.key, task.uid]));
      for (const row of rows) idOf.set(uidOfKey.get(row.key)!, row.id);
    }
    if (schedule.links.length) {
      await tx.taskDependency.createMany({
        data: schedule.links.map((link) => ({
          projectId: project.id,
          predecessorId: idOf.get(link.predecessorUid)!,
          successorId: idOf.get(link.successorUid)!,
          type: link.type,
          lagDays: link.lagDays,
        })),
      });
    }

    const baselineNumber = await storeBaseline(tx, project.id, ctx.viewer.id, schedule, idOf, summaries, workingCalendar(calendar));
    const imported: ImportedSchedule = {
      projectId: project.id,
      tasksImported: schedule.tasks.length,
      dependenciesImported: schedule.links.length,
      baselineNumber,
      warnings,
    };
    await recordAudit(tx, {
      actorId: ctx.viewer.id, action: 'schedule.imported', entityType: 'Project', entityId: project.id, projectId: project.id,
      after: { format: input.format, name: schedule.name, tasks: imported.tasksImported, dependencies: imported.dependenciesImported, baselineNumber, calendar, warnings: warnings.length },
    });
    return imported;
  });
}

/** The file's first baseline as the project's next one; null when no task has one. */
async function storeBaseline(
  tx: Tx,
  projectId: string,
  actorId: string,
  schedule: MspdiSchedule,
  idOf: ReadonlyMap<number, string>,
  summaries: ReadonlySet<number>,
  calendar: WorkingCalendar,
): Promise<number | null> {
  if (!schedule.tasks.some((task) => task.baseline)) return null;
  // A summary's baseline budget is its work tasks' (as snapshotSchedule stores it).
  const budgets = rollUp(
    schedule.tasks.map((task) => ({
      id: String(task.uid), parentId: task.parentUid === null ? null : String(task.parentUid), durationDays: task.durationDays,
      budgetCents: Math.round((task.baseline?.cost ?? 0) * 100), percentComplete: 0, actualCostCents: 0, actualStart: null, actualFinish: null,
    })),
  );
  const dates = (pick: (task: MspdiTask) => string | null | undefined) =>
    schedule.tasks.map(pick).filter((day): day is string => !!day).sort();
  const startDate = dates((task) => task.baseline?.start)[0] ?? null;
  const finishDate = dates((task) => task.baseline?.finish).at(-1) ?? null;
  const leavesCents = schedule.tasks.filter((task) => !summaries.has(task.uid)).reduce((sum, task) => sum + budgets.get(String(task.uid))!.budgetCents, 0);
  const last = await tx.scheduleBaseline.findFirst({ where: { projectId }, orderBy: { number: 'desc' }, select: { number: true } });
  const number = (last?.number ?? 0) + 1;
  const baseline = await tx.scheduleBaseline.create({
    data: {
      projectId,
      number,
      name: 'Imported baseline',
      startDate: startDate ? parseIsoDate(startDate) : null,
      finishDate: finishDate ? parseIsoDate(finishDate) : null,
      durationDays: startDate && finishDate ? calendar.workingDaysBetween(parseIsoDate(startDate)!, parseIsoDate(finishDate)!) + 1 : 0,
      budgetAtCompletion: amountOf(leavesCents),
      capturedById: actorId,
    },
    select: { id: true },
  });
  await tx.baselineTask.createMany({
    data: schedule.tasks
      .filter((task) => task.baseline)
      .map((task) => ({
        baselineId: baseline.id,
        taskId: idOf.get(task.uid)!,
        key: task.key,
        name: task.name,
        summary: summaries.has(task.uid),
        startDate: task.baseline!.start ? parseIsoDate(task.baseline!.start) : null,
        finishDate: task.baseline!.finish ? parseIsoDate(task.baseline!.finish) : null,
        durationDays: task.baseline!.durationDays ?? task.durationDays,
        budget: amountOf(budgets.get(String(task.uid))!.budgetCents),
      })),
  });
  return number;
}

/**
 * What the file holds that the project's rows cannot: names and notes beyond the task API's
 * lengths, amounts beyond Decimal(14, 2), dependencies that form a loop.
 */
function storageProblems(schedule: MspdiSchedule): MspdiProblem[] {
  const problems: MspdiProblem[] = [];
  const pathOf = (task: MspdiTask) => `Project/Tasks/Task[UID=${task.uid}]`;
  for (const task of schedule.tasks) {
    if (task.name.length > MAX_NAME) problems.push({ path: `${pathOf(task)}/Name`, message: `Name must be at most ${MAX_NAME} characters (it has ${task.name.length})` });
    if (task.description.length > MAX_DESCRIPTION) {
      problems.push({ path: `${pathOf(task)}/Notes`, message: `Notes must be at most ${MAX_DESCRIPTION} characters (they have ${task.description.length})` });
    }
    if (task.budget > MAX_MONEY) problems.push({ path: `${pathOf(task)}/Cost`, message: `Cost must be below 10^12 (it is ${task.budget})` });
    if ((task.baseline?.cost ?? 0) > MAX_MONEY) problems.push({ path: `${pathOf(task)}/Baseline[Number=0]/Cost`, message: `Cost must be below 10^12 (it is ${task.baseline!.cost})` });
  }
  const cycle = findCycle(schedule.links.map((link: MspdiLink) => ({ predecessorId: String(link.predecessorUid), successorId: String(link.successorUid) })));
  if (cycle) {
    const keyOf = new Map(schedule.tasks.map((task) => [String(task.uid), task.key]));
    const loop = [...cycle, cycle[0]!].map((uid) => keyOf.get(uid) ?? uid).join(' → ');
    problems.push({ path: `Project/Tasks/Task[UID=${cycle[0]}]/PredecessorLink`, message: `The dependencies form a cycle: ${loop}` });
  }
  return problems;
}

/** A problem of the document as an issue of the `document` input field, its MSPDI path first. */
const issueOf = (problem: MspdiProblem): FieldIssue => ({ path: DOCUMENT_PATH, message: lineOf(problem) });
const lineOf = (problem: MspdiProblem): string => (problem.path === 'document' ? problem.message : `${problem.path}: ${problem.message}`);

export interface ScheduleExportOptions {
  /** Whether costs (task and baseline budgets) are written: false for viewers who may not see money. */
  money: boolean;
}

/**
 * The project's schedule as an MSPDI document: its tasks in WBS order (UIDs 1, 2, … in that
 * order), their dependencies, the calendar, the critical path dates (none while the project has
 * no start date) and the current baseline (the one picked, else the latest) as Baseline 0.
 */
export async function scheduleExport(db: Db, projectId: string, options: ScheduleExportOptions = { money: true }): Promise<string> {
  const [document] = await scheduleExports(db, [projectId], options);
  if (document === undefined) throw new NotFoundError('Project', projectId);
  return document;
}

/** scheduleExport of several projects in five statements (a missing project is undefined). */
export async function scheduleExports(db: Db, projectIds: readonly string[], options: ScheduleExportOptions): Promise<(string | undefined)[]> {
  const ids = [...projectIds];
  const [inputs, projects, details] = await Promise.all([
    loadScheduleInputs(db, ids),
    db.project.findMany({
      where: { id: { in: ids } },
      select: {
        id: true,
        name: true,
        calendar: { select: { workingDays: true, holidays: true } },
        currentBaselineId: true,
        baselines: { orderBy: { number: 'desc' }, take: 1, select: { id: true } },
      },
    }),
    db.task.findMany({ where: { projectId: { in: ids } }, select: { id: true, description: true } }),
  ]);
  const baselineIds = projects.map((project) => project.currentBaselineId ?? project.baselines[0]?.id).filter((id): id is string => !!id);
  const baselineTasks = baselineIds.length ? await db.baselineTask.findMany({ where: { baselineId: { in: baselineIds } } }) : [];
  const baselineRows = new Map(baselineTasks.map((row) => [`${row.baselineId}/${row.taskId}`, row]));
  const descriptionOf = new Map(details.map((task) => [task.id, task.description]));
  const projectOf = new Map(projects.map((project) => [project.id, project]));
  return ids.map((id) => {
    const input = inputs.get(id);
    const project = projectOf.get(id);
    if (!input || !project) return undefined;
    const baselineId = project.currentBaselineId ?? project.baselines[0]?.id ?? null;
    return writeProject(input, project, (taskId) => (baselineId ? baselineRows.get(`${baselineId}/${taskId}`) : undefined), descriptionOf, options);
  });
}

function writeProject(
  input: ScheduleInput,
  project: { name: string; calendar: { workingDays: Weekday[]; holidays: Date[] } | null },
  baselineOf: (taskId: string) => BaselineTask | undefined,
  descriptionOf: ReadonlyMap<string, string>,
  options: ScheduleExportOptions,
): string {
  const schedule = scheduleFrom(input);
  const budgets = rollUp(
    input.tasks.map((task) => ({
      id: task.id, parentId: task.parentId, budgetCents: centsOf(task.budget), durationDays: task.durationDays,
      percentComplete: 0, actualCostCents: 0, actualStart: null, actualFinish: null,
    })),
  );
  const uidOf = new Map(input.tasks.map((task, index) => [task.id, index + 1]));
  const day = (date: Date | null | undefined) => (date ? date.toISOString().slice(0, 10) : null);
  const tasks = input.tasks.map((task): MspdiTask => {
    const timing = schedule?.tasks.get(task.id);
    const rolled = budgets.get(task.id)!;
    const baseline = baselineOf(task.id);
    return {
      uid: uidOf.get(task.id)!,
      key: task.key,
      name: task.name,
      description: descriptionOf.get(task.id) ?? '',
      parentUid: task.parentId ? (uidOf.get(task.parentId) ?? null) : null,
      // A summary lasts the working days its tasks span (as Microsoft Project shows it).
      durationDays: rolled.summary && timing ? input.calendar.workingDaysBetween(timing.earlyStart, timing.earlyFinish) + 1 : task.durationDays,
      milestone: !rolled.summary && task.durationDays === 0,
      summary: rolled.summary,
      startNoEarlierThan: day(task.startNoEarlierThan),
      budget: options.money ? rolled.budgetCents / 100 : 0,
      start: day(timing?.earlyStart),
      finish: day(timing?.earlyFinish),
      baseline: baseline
        ? { start: day(baseline.startDate), finish: day(baseline.finishDate), durationDays: baseline.durationDays, cost: options.money ? centsOf(baseline.budget) / 100 : null }
        : null,
    };
  });
  return writeMspdi(
    {
      name: project.name,
      startDate: day(schedule?.startDate ?? input.project.startDate),
      finishDate: day(schedule?.finishDate),
      calendar: {
        workingDays: project.calendar?.workingDays ?? [...DEFAULT_WORKING_DAYS],
        holidays: (project.calendar?.holidays ?? []).map((date) => day(date)!),
      },
      tasks,
      links: input.dependencies.map((link) => ({ predecessorUid: uidOf.get(link.predecessorId)!, successorUid: uidOf.get(link.successorId)!, type: link.type, lagDays: link.lagDays })),
    },
    { money: options.money },
  );
}

/**
 * `scheduleExportOf(ctx, { money }).load(projectId)`: scheduleExport batched over every project a
 * request exports (five statements for all of them).
 */
export const scheduleExportOf = keyedRequestLoader(
  (options: ScheduleExportOptions) => (options.money ? 'money' : 'no-money'),
  async (ctx: Pick<RequestContext, 'cache' | 'prisma'>, options: ScheduleExportOptions, projectIds: readonly string[]): Promise<(string | Error)[]> =>
    (await scheduleExports(ctx.prisma, projectIds, options)).map((document, index) => document ?? new NotFoundError('Project', projectIds[index]!)),
);
