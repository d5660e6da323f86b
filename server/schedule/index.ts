// The schedule domain: the work breakdown (tasks and their WBS tree), dependencies between tasks
// and each project's working calendar.
import type { Domain } from '../platform/domain.js';

export { DEFAULT_WORKING_DAYS } from '../platform/calendar.js';
export { wbsOrderOf } from './lib/wbs.js';
export { MAX_DOCUMENT_CHARS as MAX_SCHEDULE_DOCUMENT_CHARS } from './lib/mspdi.js';
export { type ImportedSchedule, importSchedule, type ImportScheduleInput, scheduleExport, scheduleExportOf, type ScheduleFormat } from './interchange.js';
export { amountOf, centsOf, loadScheduleInputs, projectScheduleOf, scheduleFrom, taskTreeOf } from './loaders.js';
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
  }
}

export const scheduleDomain: Domain = { name: 'schedule' };
