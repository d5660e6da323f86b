// The schedule domain: the work breakdown (tasks and their WBS tree), dependencies between tasks,
// each project's working calendar, baselines, progress, earned value and iterations; it
// contributes `schedule.*`, `evm.*` and `agile.*` to the facts document (facts.ts).
import { registerFactsSection } from '../methodology/index.js';
import { projectApproved } from '../platform/changes.js';
import type { Domain } from '../platform/domain.js';
import { snapshotSchedule } from './baselines.js';
import { scheduleFactsSection } from './facts.js';

export { DEFAULT_WORKING_DAYS } from '../platform/calendar.js';
export { captureBaseline, setCurrentBaseline, snapshotSchedule } from './baselines.js';
export { type EvmFigures, rollUpEarnedValue } from './lib/evm.js';
export { earnedValueAt, evmProjectOf, type ProjectEarnedValue } from './earned-value.js';
export { portfolioEarnedValue, projectEarnedValue, projectEarnedValueSeries, projectScheduleOf } from './computed-schedules.js';
export { scheduleFactsSection } from './facts.js';
export { computeSchedule } from './lib/cpm.js';
export { type Interval, MAX_PERIODS, periodCount, periodEnds } from './lib/periods.js';
export { reportTaskProgress } from './progress.js';
export { projectForecast, type ProjectForecast } from './project-forecast.js';
export { recordForecast, type RecordForecastInput, storedForecastOf } from './recorded-forecasts.js';
export { ForecastInputError, ForecastTimeoutError, MAX_ITERATIONS } from './lib/monte-carlo.js';
export { closeIteration, createIteration, updateIteration } from './iterations.js';
export { agileEarnedValue, burnSeries, velocity } from './lib/agile-evm.js';
export { baselineVariance, type BaselineVariance, type TaskVariance } from './variance.js';
export { cycleClosedBy, wbsOrderOf } from './lib/wbs.js';
export { MAX_DOCUMENT_CHARS as MAX_SCHEDULE_DOCUMENT_CHARS } from './lib/mspdi.js';
export { type ImportedSchedule, importSchedule, type ImportScheduleInput, scheduleExport, scheduleExportOf, type ScheduleFormat } from './interchange.js';
export { amountOf, centsOf, loadScheduleInputs, scheduleFrom, taskTreeOf } from './loaders.js';
export type { ScheduledProject, TaskTiming } from './lib/project-schedule.js';
export {
  addTaskDependency,
  type AddTaskDependencyInput,
  createTask,
  type CreateTaskInput,
  deleteTask,
  removeTaskDependency,
  type TaskChange,
  updateProjectCalendar,
  type UpdateProjectCalendarInput,
  updateTask,
  type UpdateTaskInput,
} from './service.js';

declare module '../platform/audit.js' {
  interface AuditEntityTypes {
    Task: true;
    TaskDependency: true;
    ProjectCalendar: true;
    ScheduleBaseline: true;
    Iteration: true;
    ScheduleForecast: true;
  }
}

export const scheduleDomain: Domain = {
  name: 'schedule',
  install() {
    // schedule.*, evm.* and agile.* of the facts document (and, through evm.*, metrics.*).
    registerFactsSection(scheduleFactsSection);
    // Approval fixes the plan progress is measured against.
    projectApproved.subscribe(async (tx, approvals) => {
      for (const { projectId, actorId } of approvals) await snapshotSchedule(tx, projectId, 'Approved plan', actorId);
    });
  },
};
