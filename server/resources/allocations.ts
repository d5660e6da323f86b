// Bookings (allocations): a person's hours a week on a project over a span of days. A project
// manager requests soft bookings on their projects; the portfolio owner or the PMO books hard
// ones, and confirms (SOFT → HARD) or declines soft ones. Every change runs in one transaction
// with its audit event, keeps the demands it fills in step (demands.ts) and re-checks the
// person's over-allocation (overallocation.ts). The person's row is locked first, so that two
// bookings of one person are decided one after the other.
import { canGovernProject } from '../auth/access.js';
import { recordAudit } from '../platform/audit.js';
import { personLoadChanged, projectFactsChanged } from '../platform/changes.js';
import { daysBetween, isoDate } from '../platform/calendar.js';
import type { ServiceContext, Tx } from '../platform/context.js';
import type { Allocation, Prisma } from '../platform/db/generated/prisma/client.js';
import type { AllocationKind } from '../platform/db/generated/prisma/enums.js';
import { transaction } from '../platform/db/transaction.js';
import { ConflictError, type FieldIssue, ForbiddenError, NotFoundError, ValidationError } from '../platform/errors.js';
import { changesOf, rejectNulls, staleVersion, updateVersioned } from '../platform/versioning.js';
import { bookingProject, type BookingProject, hoursPerWeekIssue, MAX_BOOKING_DAYS, projectRefOf } from './bookable.js';
import { refreshDemandStatus } from './demands.js';

const CLOSED_STATUSES = new Set(['COMPLETED', 'CANCELLED']);

export interface AllocationFieldsInput {
  taskId?: string | null;
  demandId?: string | null;
  from?: Date | null;
  to?: Date | null;
  hoursPerWeek?: number | null;
  note?: string | null;
}

export interface CreateAllocationInput extends AllocationFieldsInput {
  userId: string;
  projectId: string;
  from: Date;
  to: Date;
  hoursPerWeek: number;
  /** Default SOFT. */
  kind?: AllocationKind | null;
}

export async function createAllocation(ctx: ServiceContext, input: CreateAllocationInput): Promise<Allocation> {
  return transaction(ctx, async (tx) => {
    const project = await bookingProject(tx, ctx, input.projectId, ['input', 'projectId']);
    const kind = input.kind ?? 'SOFT';
    if (kind === 'HARD' && !canGovernProject(ctx.viewer, project)) {
      throw new ForbiddenError('Only the portfolio owner and the PMO (PMO_ADMIN) make hard bookings: request a soft one and have it confirmed');
    }
    await lockPerson(tx, input.userId, ['input', 'userId']);
    await checkBooking(tx, project, input);
    const after = await tx.allocation.create({
      data: {
        userId: input.userId, projectId: project.id, taskId: input.taskId ?? null, demandId: input.demandId ?? null,
        from: input.from, to: input.to, hoursPerWeek: input.hoursPerWeek, kind, note: input.note ?? '',
        requestedById: ctx.viewer.id,
        ...(kind === 'HARD' && { confirmedById: ctx.viewer.id, confirmedAt: new Date() }),
      },
    });
    await recordAudit(tx, { actorId: ctx.viewer.id, action: 'allocation.created', entityType: 'Allocation', entityId: after.id, projectId: project.id, after });
    await afterChange(tx, after, [after.demandId]);
    return after;
  });
}

export interface UpdateAllocationInput extends AllocationFieldsInput {
  id: string;
  version: number;
}

export async function updateAllocation(ctx: ServiceContext, input: UpdateAllocationInput): Promise<Allocation> {
  const { id, version, ...patch } = input;
  return transaction(ctx, async (tx) => {
    const { before, project } = await changeableBooking(tx, ctx, id);
    rejectNulls(patch, ['from', 'to', 'hoursPerWeek']);
    const changes = changesOf(patch) as AllocationFieldsInput;
    await checkBooking(tx, project, { ...before, hoursPerWeek: Number(before.hoursPerWeek), ...changes });
    const { note, ...rest } = changes;
    await updateVersioned(tx.allocation, 'allocation', { id }, version, { ...rest, ...(note !== undefined && { note: note ?? '' }) } as Prisma.AllocationUncheckedUpdateManyInput);
    const after = await tx.allocation.findUniqueOrThrow({ where: { id } });
    await recordAudit(tx, { actorId: ctx.viewer.id, action: 'allocation.updated', entityType: 'Allocation', entityId: id, projectId: project.id, before, after });
    await afterChange(tx, after, [before.demandId, after.demandId]);
    return after;
  });
}

export async function deleteAllocation(ctx: ServiceContext, input: { id: string; version: number }): Promise<Allocation> {
  return transaction(ctx, async (tx) => {
    const { before, project } = await changeableBooking(tx, ctx, input.id);
    if (before.version !== input.version) throw await staleVersion('allocation', () => tx.allocation.findUnique({ where: { id: before.id } }));
    await tx.allocation.delete({ where: { id: before.id } });
    await recordAudit(tx, { actorId: ctx.viewer.id, action: 'allocation.deleted', entityType: 'Allocation', entityId: before.id, projectId: project.id, before });
    await afterChange(tx, before, [before.demandId]);
    return before;
  });
}

/** SOFT → HARD, by the portfolio owner or the PMO. */
export async function confirmAllocation(ctx: ServiceContext, input: { id: string; version?: number | null }): Promise<Allocation> {
  return decide(ctx, input, 'confirmed', { kind: 'HARD', confirmedAt: new Date(), confirmedById: ctx.viewer.id });
}

/** Declines a soft booking: it stays for the record and counts nowhere. */
export async function declineAllocation(ctx: ServiceContext, input: { id: string; version?: number | null; reason?: string | null }): Promise<Allocation> {
  const reason = input.reason ?? '';
  if (reason.length > 2000) throw ValidationError.single(['input', 'reason'], 'must be at most 2000 characters');
  return decide(ctx, input, 'declined', { declinedAt: new Date(), declinedById: ctx.viewer.id, declineReason: reason });
}

async function decide(ctx: ServiceContext, input: { id: string; version?: number | null }, outcome: 'confirmed' | 'declined', data: Prisma.AllocationUncheckedUpdateManyInput): Promise<Allocation> {
  return transaction(ctx, async (tx) => {
    const before = await loadBooking(tx, input.id);
    const project = await projectRefOf(tx, before.projectId);
    if (!canGovernProject(ctx.viewer, project)) throw new ForbiddenError('Only the portfolio owner and the PMO (PMO_ADMIN) confirm or decline bookings');
    await lockPerson(tx, before.userId, ['input', 'id'], { allowInactive: outcome === 'declined' });
    if (before.declinedAt) throw ValidationError.single(['input', 'id'], `The booking was declined on ${isoDate(before.declinedAt)}`);
    if (before.kind === 'HARD') throw ValidationError.single(['input', 'id'], 'The booking is already confirmed (HARD)');
    const version = input.version ?? before.version;
    if (version !== before.version) throw new ConflictError(`The allocation was changed by someone else (now at version ${before.version}): reload it and try again`, before.version);
    await updateVersioned(tx.allocation, 'allocation', { id: before.id }, version, data);
    const after = await tx.allocation.findUniqueOrThrow({ where: { id: before.id } });
    await recordAudit(tx, { actorId: ctx.viewer.id, action: `allocation.${outcome}`, entityType: 'Allocation', entityId: before.id, projectId: project.id, before, after });
    await afterChange(tx, before, [before.demandId]);
    return after;
  });
}

/** What every booking change is followed by, in its transaction: the demands it fills, the person's load, the project's facts. */
async function afterChange(tx: Tx, booking: { userId: string; projectId: string }, demandIds: (string | null)[]): Promise<void> {
  await refreshDemandStatus(tx, demandIds.filter((id): id is string => id !== null));
  personLoadChanged.announce(tx, [booking.userId]);
  projectFactsChanged.announce(tx, [booking.projectId]);
}

/** The booking and its project, if the viewer may change it: managers change soft bookings, owners and the PMO any. */
async function changeableBooking(tx: Tx, ctx: ServiceContext, id: string): Promise<{ before: Allocation; project: BookingProject }> {
  const before = await loadBooking(tx, id);
  const project = await bookingProject(tx, ctx, before.projectId, ['input', 'id']);
  if (before.kind === 'HARD' && !canGovernProject(ctx.viewer, project)) {
    throw new ForbiddenError('A confirmed (HARD) booking is changed by the portfolio owner or the PMO (PMO_ADMIN)');
  }
  await lockPerson(tx, before.userId, ['input', 'id'], { allowInactive: true });
  return { before, project };
}

async function loadBooking(tx: Tx, id: string): Promise<Allocation> {
  const booking = await tx.allocation.findUnique({ where: { id } });
  if (!booking) throw new NotFoundError('Allocation', id);
  return booking;
}

/** Locks the person's row: their bookings are decided one at a time. */
async function lockPerson(tx: Tx, userId: string, path: string[], options: { allowInactive?: boolean } = {}): Promise<void> {
  const [person] = await tx.$queryRaw<{ active: boolean }[]>`SELECT active FROM "User" WHERE id = ${userId}::uuid FOR UPDATE`;
  if (!person) throw ValidationError.single(path, 'No person has this id');
  if (!person.active && !options.allowInactive) throw ValidationError.single(path, 'The person is deactivated: they cannot be booked');
}

/** The booking as it would be. */
async function checkBooking(tx: Tx, project: BookingProject, merged: AllocationFieldsInput): Promise<void> {
  const issues: FieldIssue[] = [];
  const add = (field: string, message: string) => issues.push({ path: ['input', field], message });
  const { from, to, hoursPerWeek } = merged;
  if (CLOSED_STATUSES.has(project.status)) add('projectId', `The project is ${project.status}: it books nobody`);
  const hoursIssue = hoursPerWeekIssue(hoursPerWeek);
  if (hoursIssue) add('hoursPerWeek', hoursIssue);
  if (from && to && to < from) add('to', 'A booking must not end before it starts');
  else if (from && to && daysBetween(from, to) + 1 > MAX_BOOKING_DAYS) add('to', `A booking spans at most ${MAX_BOOKING_DAYS} days: book a longer one in parts`);
  if (from && project.startDate && from < project.startDate) add('from', `The booking starts before the project (${isoDate(project.startDate)})`);
  if (to && project.targetEndDate && to > project.targetEndDate) add('to', `The booking ends after the project's target end (${isoDate(project.targetEndDate)})`);
  if ((merged.note ?? '').length > 2000) add('note', 'must be at most 2000 characters');
  if (merged.taskId) {
    const task = await tx.task.findUnique({ where: { id: merged.taskId }, select: { projectId: true } });
    if (task?.projectId !== project.id) add('taskId', 'No task of this project has this id');
  }
  if (merged.demandId) {
    const demand = await tx.resourceDemand.findUnique({ where: { id: merged.demandId }, select: { projectId: true } });
    if (demand?.projectId !== project.id) add('demandId', 'No demand of this project has this id');
  }
  if (issues.length) throw new ValidationError(issues);
}
