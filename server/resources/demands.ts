// Resource demands: a project's need for a skill at a minimum level, or for a project role, some
// hours a week over a span of days, optionally for one task. The project's manager, its
// portfolio owner and the PMO raise and change them. Status follows the bookings made against
// the demand (soft and hard, not declined): the hours they put on the demand's working days
// against the hours it needs there.
import { recordAudit } from '../platform/audit.js';
import { projectFactsChanged } from '../platform/changes.js';
import { daysBetween, isoDate } from '../platform/calendar.js';
import type { ServiceContext, Tx } from '../platform/context.js';
import type { Prisma, ResourceDemand } from '../platform/db/generated/prisma/client.js';
import type { DemandStatus } from '../platform/db/generated/prisma/enums.js';
import { transaction } from '../platform/db/transaction.js';
import { type FieldIssue, NotFoundError, ValidationError } from '../platform/errors.js';
import { changesOf, rejectNulls, staleVersion, updateVersioned } from '../platform/versioning.js';
import { bookingProject, type BookingProject, hoursPerWeekIssue, MAX_BOOKING_DAYS } from './bookable.js';
import { organisationCalendar } from './calendar.js';
import { bookedHoursBetween } from './lib/load.js';

export interface DemandFieldsInput {
  taskId?: string | null;
  /** The skill's key. */
  skillKey?: string | null;
  minLevel?: number | null;
  projectRole?: string | null;
  hoursPerWeek?: number | null;
  from?: Date | null;
  to?: Date | null;
  note?: string | null;
}

export interface CreateDemandInput extends DemandFieldsInput {
  projectId: string;
  hoursPerWeek: number;
  from: Date;
  to: Date;
}

export async function createResourceDemand(ctx: ServiceContext, input: CreateDemandInput): Promise<ResourceDemand> {
  return transaction(ctx, async (tx) => {
    const project = await bookingProject(tx, ctx, input.projectId, ['input', 'projectId']);
    const skillId = await checkDemand(tx, project, input);
    const after = await tx.resourceDemand.create({
      data: {
        projectId: project.id, taskId: input.taskId ?? null, skillId, minLevel: skillId ? (input.minLevel ?? 1) : null, projectRole: input.projectRole?.trim() ?? '',
        hoursPerWeek: input.hoursPerWeek, from: input.from, to: input.to, note: input.note ?? '', createdById: ctx.viewer.id,
      },
    });
    await recordAudit(tx, { actorId: ctx.viewer.id, action: 'resourceDemand.created', entityType: 'ResourceDemand', entityId: after.id, projectId: project.id, after });
    projectFactsChanged.announce(tx, [project.id]);
    return after;
  });
}

export interface UpdateDemandInput extends DemandFieldsInput {
  id: string;
  version: number;
}

export async function updateResourceDemand(ctx: ServiceContext, input: UpdateDemandInput): Promise<ResourceDemand> {
  const { id, version, ...patch } = input;
  return transaction(ctx, async (tx) => {
    const before = await loadDemand(tx, id);
    const project = await bookingProject(tx, ctx, before.projectId, ['input', 'id']);
    rejectNulls(patch, ['from', 'to', 'hoursPerWeek']);
    const changes = changesOf(patch) as DemandFieldsInput;
    const skillKey = 'skillKey' in changes ? changes.skillKey : before.skill?.key ?? null;
    const skillId = await checkDemand(tx, project, {
      taskId: before.taskId, minLevel: before.minLevel, projectRole: before.projectRole, hoursPerWeek: Number(before.hoursPerWeek), from: before.from, to: before.to, note: before.note,
      ...changes, skillKey,
    });
    const { skillKey: _key, note, projectRole, minLevel, ...rest } = changes;
    const data = {
      ...rest,
      skillId,
      minLevel: skillId ? (minLevel ?? before.minLevel ?? 1) : null,
      ...(note !== undefined && { note: note ?? '' }),
      ...(projectRole !== undefined && { projectRole: projectRole?.trim() ?? '' }),
    };
    await updateVersioned(tx.resourceDemand, 'resource demand', { id }, version, data as Prisma.ResourceDemandUncheckedUpdateManyInput);
    await refreshDemandStatus(tx, [id]);
    const after = await tx.resourceDemand.findUniqueOrThrow({ where: { id } });
    const { skill: _skill, ...plainBefore } = before;
    await recordAudit(tx, { actorId: ctx.viewer.id, action: 'resourceDemand.updated', entityType: 'ResourceDemand', entityId: id, projectId: project.id, before: plainBefore, after });
    projectFactsChanged.announce(tx, [project.id]);
    return after;
  });
}

/** Deletes a demand; the bookings made against it stay (no longer linked to it). */
export async function deleteResourceDemand(ctx: ServiceContext, input: { id: string; version: number }): Promise<ResourceDemand> {
  return transaction(ctx, async (tx) => {
    const { skill: _skill, ...before } = await loadDemand(tx, input.id);
    const project = await bookingProject(tx, ctx, before.projectId, ['input', 'id']);
    if (before.version !== input.version) throw await staleVersion('resource demand', () => tx.resourceDemand.findUnique({ where: { id: before.id } }));
    await tx.resourceDemand.delete({ where: { id: before.id } });
    await recordAudit(tx, { actorId: ctx.viewer.id, action: 'resourceDemand.deleted', entityType: 'ResourceDemand', entityId: before.id, projectId: project.id, before });
    projectFactsChanged.announce(tx, [project.id]);
    return before;
  });
}

/** Sets each demand's status from the bookings against it (in the caller's transaction). */
export async function refreshDemandStatus(tx: Tx, demandIds: readonly string[]): Promise<void> {
  const ids = [...new Set(demandIds)];
  if (ids.length === 0) return;
  const [demands, { calendar }] = await Promise.all([
    tx.resourceDemand.findMany({
      where: { id: { in: ids } },
      select: { id: true, from: true, to: true, hoursPerWeek: true, status: true, allocations: { where: { declinedAt: null }, select: { from: true, to: true, hoursPerWeek: true } } },
    }),
    organisationCalendar(tx),
  ]);
  for (const demand of demands) {
    const needed = bookedHoursBetween(calendar, { ...demand, hoursPerWeek: Number(demand.hoursPerWeek) }, demand.from, demand.to);
    const booked = demand.allocations.reduce((sum, booking) => sum + bookedHoursBetween(calendar, { ...booking, hoursPerWeek: Number(booking.hoursPerWeek) }, demand.from, demand.to), 0);
    const status: DemandStatus = booked <= 0 ? 'OPEN' : booked + 0.005 >= needed ? 'FILLED' : 'PARTIALLY_FILLED';
    // The status follows the bookings: it does not move the demand's version (nobody edited it).
    if (status !== demand.status) await tx.resourceDemand.update({ where: { id: demand.id }, data: { status } });
  }
}

async function loadDemand(tx: Tx, id: string) {
  const demand = await tx.resourceDemand.findUnique({ where: { id }, include: { skill: { select: { key: true } } } });
  if (!demand) throw new NotFoundError('ResourceDemand', id);
  return demand;
}

/** The demand as it would be; answers the skill's id (null for a role only). */
async function checkDemand(tx: Tx, project: BookingProject, merged: DemandFieldsInput): Promise<string | null> {
  const issues: FieldIssue[] = [];
  const add = (field: string, message: string) => issues.push({ path: ['input', field], message });
  const { from, to, hoursPerWeek, minLevel } = merged;
  const role = merged.projectRole?.trim() ?? '';
  if (!merged.skillKey && !role) add('skillKey', 'A demand is for a skill (skillKey), a project role (projectRole), or both');
  if (role.length > 200) add('projectRole', 'must be at most 200 characters');
  if (minLevel !== null && minLevel !== undefined && !(Number.isInteger(minLevel) && minLevel >= 1 && minLevel <= 5)) add('minLevel', 'minLevel is a whole number from 1 to 5');
  const hoursIssue = hoursPerWeekIssue(hoursPerWeek);
  if (hoursIssue) add('hoursPerWeek', hoursIssue);
  if (from && to && to < from) add('to', 'A demand must not end before it starts');
  else if (from && to && daysBetween(from, to) + 1 > MAX_BOOKING_DAYS) add('to', `A demand spans at most ${MAX_BOOKING_DAYS} days`);
  if (from && project.startDate && from < project.startDate) add('from', `The demand starts before the project (${isoDate(project.startDate)})`);
  if (to && project.targetEndDate && to > project.targetEndDate) add('to', `The demand ends after the project's target end (${isoDate(project.targetEndDate)})`);
  if ((merged.note ?? '').length > 2000) add('note', 'must be at most 2000 characters');
  if (merged.taskId) {
    const task = await tx.task.findUnique({ where: { id: merged.taskId }, select: { projectId: true } });
    if (task?.projectId !== project.id) add('taskId', 'No task of this project has this id');
  }
  let skillId: string | null = null;
  if (merged.skillKey) {
    const skill = await tx.skill.findUnique({ where: { key: merged.skillKey }, select: { id: true } });
    if (!skill) add('skillKey', `No skill has the key "${merged.skillKey}"`);
    skillId = skill?.id ?? null;
  }
  if (issues.length) throw new ValidationError(issues);
  return skillId;
}
