// Absences: days a person is away, whole days or some hours of each working day. The person
// records their own; the PMO records anyone's. Absences of one person do not overlap (a day is
// away once, for one reason), and each change runs in one transaction with its audit event.
import { isAdmin } from '../auth/access.js';
import { recordAudit } from '../platform/audit.js';
import { personLoadChanged } from '../platform/changes.js';
import { daysBetween, isoDate } from '../platform/calendar.js';
import type { ServiceContext, Tx } from '../platform/context.js';
import type { Absence, Prisma } from '../platform/db/generated/prisma/client.js';
import type { AbsenceKind } from '../platform/db/generated/prisma/enums.js';
import { transaction } from '../platform/db/transaction.js';
import { type FieldIssue, ForbiddenError, NotFoundError, ValidationError } from '../platform/errors.js';
import { changesOf, rejectNulls, staleVersion, updateVersioned } from '../platform/versioning.js';

/** The longest absence recorded at once, in days (a longer leave is recorded in parts). */
export const MAX_ABSENCE_DAYS = 366;

export interface AbsenceFieldsInput {
  from?: Date | null;
  to?: Date | null;
  /** Null or absent: whole days. */
  hoursPerDay?: number | null;
  kind?: AbsenceKind | null;
  note?: string | null;
}

export interface CreateAbsenceInput extends AbsenceFieldsInput {
  userId: string;
  from: Date;
  to: Date;
  kind: AbsenceKind;
}

const FORBIDDEN = 'Only the person and the PMO (PMO_ADMIN) record absences';

export async function createAbsence(ctx: ServiceContext, input: CreateAbsenceInput): Promise<Absence> {
  return transaction(ctx, async (tx) => {
    await absentPerson(tx, ctx, input.userId, ['input', 'userId']);
    return recordAbsence(tx, ctx.viewer.id, input, { locked: true });
  });
}

/**
 * Records an absence inside the caller's transaction, with its checks (the person active, no
 * overlap), audit event and load announcement, but no permission check: for other domains whose
 * own use case decides who may (a training enrollment's approver records its TRAINING days).
 */
export async function recordAbsence(tx: Tx, actorId: string, input: CreateAbsenceInput, options: { locked?: boolean } = {}): Promise<Absence> {
  if (!options.locked) await lockPerson(tx, input.userId, ['input', 'userId']);
  await checkAbsence(tx, input.userId, null, input);
  const after = await tx.absence.create({
    data: {
      userId: input.userId, from: input.from, to: input.to, hoursPerDay: input.hoursPerDay ?? null, kind: input.kind, note: input.note ?? '',
      recordedById: actorId,
    },
  });
  await recordAudit(tx, { actorId, action: 'absence.created', entityType: 'Absence', entityId: after.id, after });
  personLoadChanged.announce(tx, [after.userId]);
  return after;
}

/** Deletes an absence inside the caller's transaction (no permission check: see recordAbsence); nothing when it is gone already. */
export async function removeAbsence(tx: Tx, actorId: string, id: string): Promise<void> {
  const before = await tx.absence.findUnique({ where: { id } });
  if (!before) return;
  await tx.absence.delete({ where: { id } });
  await recordAudit(tx, { actorId, action: 'absence.deleted', entityType: 'Absence', entityId: id, before });
  personLoadChanged.announce(tx, [before.userId]);
}

export interface UpdateAbsenceInput extends AbsenceFieldsInput {
  id: string;
  version: number;
}

export async function updateAbsence(ctx: ServiceContext, input: UpdateAbsenceInput): Promise<Absence> {
  const { id, version, ...patch } = input;
  return transaction(ctx, async (tx) => {
    const before = await loadAbsence(tx, id);
    await absentPerson(tx, ctx, before.userId, ['input', 'id']);
    rejectNulls(patch, ['from', 'to', 'kind']);
    const changes = changesOf(patch) as AbsenceFieldsInput;
    await checkAbsence(tx, before.userId, before.id, { ...before, hoursPerDay: before.hoursPerDay === null ? null : Number(before.hoursPerDay), ...changes });
    const { note, ...rest } = changes;
    await updateVersioned(tx.absence, 'absence', { id }, version, { ...rest, ...(note !== undefined && { note: note ?? '' }) } as Prisma.AbsenceUpdateManyMutationInput);
    const after = await tx.absence.findUniqueOrThrow({ where: { id } });
    await recordAudit(tx, { actorId: ctx.viewer.id, action: 'absence.updated', entityType: 'Absence', entityId: id, before, after });
    personLoadChanged.announce(tx, [after.userId]);
    return after;
  });
}

export async function deleteAbsence(ctx: ServiceContext, input: { id: string; version: number }): Promise<Absence> {
  return transaction(ctx, async (tx) => {
    const before = await loadAbsence(tx, input.id);
    await absentPerson(tx, ctx, before.userId, ['input', 'id']);
    if (before.version !== input.version) throw await staleVersion('absence', () => tx.absence.findUnique({ where: { id: before.id } }));
    await tx.absence.delete({ where: { id: before.id } });
    await recordAudit(tx, { actorId: ctx.viewer.id, action: 'absence.deleted', entityType: 'Absence', entityId: before.id, before });
    personLoadChanged.announce(tx, [before.userId]);
    return before;
  });
}

async function loadAbsence(tx: Tx, id: string): Promise<Absence> {
  const absence = await tx.absence.findUnique({ where: { id } });
  if (!absence) throw new NotFoundError('Absence', id);
  return absence;
}

/**
 * The person an absence is of, if the viewer may record theirs; their row is locked so that two
 * recordings for one person cannot both pass the overlap check.
 */
async function absentPerson(tx: Tx, ctx: ServiceContext, userId: string, path: string[]): Promise<void> {
  if (ctx.viewer.id !== userId && !isAdmin(ctx.viewer)) throw new ForbiddenError(FORBIDDEN);
  await lockPerson(tx, userId, path);
}

/** Locks the person's row (see absentPerson); a typed error when there is no such active person. */
async function lockPerson(tx: Tx, userId: string, path: string[]): Promise<void> {
  const [person] = await tx.$queryRaw<{ active: boolean }[]>`SELECT active FROM "User" WHERE id = ${userId}::uuid FOR UPDATE`;
  if (!person) throw ValidationError.single(path, 'No person has this id');
  if (!person.active) throw ValidationError.single(path, 'The person is deactivated');
}

/** The absence as it would be; `id` null when new. */
async function checkAbsence(tx: Tx, userId: string, id: string | null, merged: AbsenceFieldsInput): Promise<void> {
  const issues: FieldIssue[] = [];
  const add = (field: string, message: string) => issues.push({ path: ['input', field], message });
  const { from, to, hoursPerDay } = merged;
  if (from && to && to < from) add('to', 'An absence must not end before it starts');
  else if (from && to && daysBetween(from, to) + 1 > MAX_ABSENCE_DAYS) add('to', `An absence spans at most ${MAX_ABSENCE_DAYS} days: record a longer one in parts`);
  if (hoursPerDay !== null && hoursPerDay !== undefined && !(hoursPerDay > 0 && hoursPerDay <= 24 && Number.isInteger(hoursPerDay * 100))) {
    add('hoursPerDay', 'hoursPerDay must be more than 0 and at most 24, in hundredths (or null for whole days)');
  }
  if ((merged.note ?? '').length > 2000) add('note', 'must be at most 2000 characters');
  if (issues.length === 0 && from && to) {
    const overlapping = await tx.absence.findFirst({
      where: { userId, id: id ? { not: id } : undefined, from: { lte: to }, to: { gte: from } },
      select: { from: true, to: true, kind: true },
    });
    if (overlapping) {
      add('from', `The absence overlaps another one (${overlapping.kind} ${isoDate(overlapping.from)} to ${isoDate(overlapping.to)})`);
    }
  }
  if (issues.length) throw new ValidationError(issues);
}
