// The demo organisation's resource plan: demands for skills on running projects and bookings of
// its people over the coming weeks (relative to today, kept within each project's dates), so the
// heatmap, skill gaps and candidates have something to show. member@ is booked hard on two
// projects beyond their capacity: the demo starts with an over-allocation alert on both.
import { addDays, startOfDay } from '../platform/calendar.js';
import type { Tx } from '../platform/context.js';
import type { AllocationKind } from '../platform/db/generated/prisma/enums.js';
import { reconcileOverallocation, refreshDemandStatus, weekStartOf } from '../resources/index.js';

/** project, skill, minimum level, hours a week, first week (from this one), weeks. */
const DEMANDS: [string, string, number, number, number, number][] = [
  ['CRM-2026', 'integration', 3, 24, 0, 10],
  ['CRM-2026', 'test-automation', 3, 16, 2, 8],
  ['MOB-APP', 'mobile-development', 4, 30, 0, 12],
  ['CLOUD-MIG', 'cloud-architecture', 4, 24, 1, 16],
  ['CLOUD-MIG', 'data-migration', 3, 20, 4, 12],
];

/** person, project, hours a week, kind, first week, weeks, the demand it fills (skill key) or null. */
const BOOKINGS: [string, string, number, AllocationKind, number, number, string | null][] = [
  ['member', 'CRM-2026', 24, 'HARD', 0, 10, 'integration'],
  ['member', 'MOB-APP', 24, 'HARD', 1, 3, null],
  ['dev', 'MOB-APP', 30, 'HARD', 0, 12, 'mobile-development'],
  ['dev', 'CLOUD-MIG', 10, 'SOFT', 1, 8, 'cloud-architecture'],
  ['qa', 'CRM-2026', 16, 'SOFT', 2, 8, 'test-automation'],
  ['analyst', 'CLOUD-MIG', 20, 'HARD', 4, 6, 'data-migration'],
];

export async function seedDemoResources(tx: Tx, people: (key: string) => string, projectId: (code: string) => string): Promise<void> {
  const monday = weekStartOf(startOfDay(new Date()));
  const projects = new Map((await tx.project.findMany({ select: { id: true, startDate: true, targetEndDate: true } })).map((project) => [project.id, project]));
  /** The span of `weeks` weeks from week `first`, within the project's dates; null when nothing is left. */
  const spanOf = (code: string, first: number, weeks: number) => {
    const project = projects.get(projectId(code))!;
    let from = addDays(monday, 7 * first);
    let to = addDays(from, 7 * weeks - 3); // Monday to the Friday of the last week
    if (project.startDate && from < project.startDate) from = project.startDate;
    if (project.targetEndDate && to > project.targetEndDate) to = project.targetEndDate;
    return to < from ? null : { from, to };
  };
  const skills = new Map((await tx.skill.findMany({ select: { id: true, key: true } })).map((skill) => [skill.key, skill.id]));
  const demandOf = new Map<string, string>();
  for (const [code, skill, minLevel, hoursPerWeek, first, weeks] of DEMANDS) {
    const span = spanOf(code, first, weeks);
    if (!span) continue;
    const demand = await tx.resourceDemand.create({ data: { projectId: projectId(code), skillId: skills.get(skill)!, minLevel, hoursPerWeek, ...span } });
    demandOf.set(`${code}/${skill}`, demand.id);
  }
  for (const [person, code, hoursPerWeek, kind, first, weeks, skill] of BOOKINGS) {
    const span = spanOf(code, first, weeks);
    if (!span) continue;
    await tx.allocation.create({
      data: {
        userId: people(person), projectId: projectId(code), hoursPerWeek, kind, ...span, demandId: skill ? (demandOf.get(`${code}/${skill}`) ?? null) : null,
        ...(kind === 'HARD' && { confirmedAt: new Date() }),
      },
    });
  }
  // Demand status from the bookings, and the alerts of whoever is over-allocated, as the API keeps them.
  await refreshDemandStatus(tx, [...demandOf.values()]);
  await reconcileOverallocation(tx, 'everyone');
}
