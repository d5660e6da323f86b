// The demo organisation's schedules: a work breakdown with dependencies, a baseline and progress
// for Customer 360 CRM, and two-week sprints for the mobile app, so that the critical path,
// earned value, health and the agile metrics have something to show on a fresh server.
import { addDays } from '../platform/calendar.js';
import type { Tx } from '../platform/context.js';
import type { DependencyType } from '../platform/db/generated/prisma/enums.js';
import { snapshotSchedule, wbsOrderOf } from '../schedule/index.js';

/** Work tasks carry three-point estimates (optimistic, most likely, pessimistic working days), so the forecast has a spread. */
type Row = [key: string, name: string, days: number, budget: string, estimate?: [number, number, number]];
const CRM_TASKS: Row[] = [
  ['1', 'Discovery', 0, '0'],
  ['1.1', 'Current-state analysis', 15, '90000.00', [12, 15, 20]],
  ['1.2', 'Requirements and design authority', 20, '120000.00', [16, 20, 30]],
  ['2', 'Build', 0, '0'],
  ['2.1', 'Data migration design', 25, '150000.00', [20, 25, 40]],
  ['2.2', 'Platform configuration', 60, '450000.00', [50, 60, 90]],
  ['2.3', 'Integrations with ERP and billing', 45, '380000.00', [35, 45, 80]],
  ['3', 'Rollout', 0, '0'],
  ['3.1', 'User acceptance test', 30, '200000.00', [20, 30, 45]],
  ['3.2', 'Training of 600 users', 20, '110000.00', [18, 20, 25]],
  ['3.3', 'Go-live', 0, '0'],
  ['3.4', 'Hypercare', 20, '100000.00', [15, 20, 30]],
];
const CRM_LINKS: [string, string, DependencyType, number][] = [
  ['1.1', '1.2', 'FS', 0], ['1.2', '2.1', 'FS', 0], ['1.2', '2.2', 'FS', 0], ['2.1', '2.3', 'SS', 10],
  ['2.2', '3.1', 'FS', 0], ['2.3', '3.1', 'FS', 0], ['3.1', '3.2', 'SS', 10], ['3.1', '3.3', 'FS', 0],
  ['3.2', '3.3', 'FS', 0], ['3.3', '3.4', 'FS', 0],
];
/** Progress reports: task, date, percent complete, cumulative actual cost. */
const CRM_PROGRESS: [string, string, number, string][] = [
  ['1.1', '2026-02-20', 100, '94000.00'],
  ['1.2', '2026-03-20', 100, '131000.00'],
  ['2.1', '2026-05-29', 80, '141000.00'],
  ['2.2', '2026-09-30', 55, '268000.00'],
  ['2.3', '2026-09-30', 35, '152000.00'],
];
/** The mobile app's sprints: completed points of the closed ones, then one active, then planned. */
const MOB_VELOCITY = [18, 22, 20, 24, 19, 23, 21, 22];
const MOB_SPRINTS = 13;

export async function seedDemoSchedules(tx: Tx, projects: ReadonlyMap<string, { id: string; managerId: string; start: Date | null }>): Promise<void> {
  const crm = projects.get('CRM-2026');
  if (crm) {
    const ids = new Map<string, string>();
    for (const [key, name, durationDays, budget, estimate] of CRM_TASKS) {
      const parentKey = key.includes('.') ? key.slice(0, key.lastIndexOf('.')) : null;
      const [optimisticDays, mostLikelyDays, pessimisticDays] = estimate ?? [null, null, null];
      const task = await tx.task.create({
        data: {
          projectId: crm.id, key, wbsOrder: wbsOrderOf(key), name, durationDays, budget, parentId: parentKey ? ids.get(parentKey)! : null,
          optimisticDays, mostLikelyDays, pessimisticDays,
        },
      });
      ids.set(key, task.id);
    }
    await tx.taskDependency.createMany({
      data: CRM_LINKS.map(([from, to, type, lagDays]) => ({ projectId: crm.id, predecessorId: ids.get(from)!, successorId: ids.get(to)!, type, lagDays })),
    });
    await tx.projectCalendar.create({ data: { projectId: crm.id, workingDays: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'], holidays: ['2026-04-03', '2026-04-06', '2026-05-01', '2026-12-25'].map((day) => new Date(`${day}T00:00:00Z`)) } });
    await snapshotSchedule(tx, crm.id, 'Approved plan', crm.managerId);
    await tx.taskProgress.createMany({
      data: CRM_PROGRESS.map(([key, asOf, percentComplete, actualCost]) => ({
        taskId: ids.get(key)!, projectId: crm.id, asOf: new Date(`${asOf}T00:00:00Z`), percentComplete, actualCost, reportedById: crm.managerId,
      })),
    });
  }
  const mobile = projects.get('MOB-APP');
  if (mobile?.start) {
    await tx.iteration.createMany({
      data: Array.from({ length: MOB_SPRINTS }, (_, n) => ({
        projectId: mobile.id,
        name: `Sprint ${n + 1}`,
        startDate: addDays(mobile.start!, 14 * n),
        endDate: addDays(mobile.start!, 14 * n + 11),
        committedPoints: 21,
        completedPoints: MOB_VELOCITY[n] ?? (n === MOB_VELOCITY.length ? 9 : 0),
        status: n < MOB_VELOCITY.length ? ('CLOSED' as const) : n === MOB_VELOCITY.length ? ('ACTIVE' as const) : ('PLANNED' as const),
      })),
    });
  }
}
