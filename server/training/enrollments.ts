// Enrollments: a person on a course, REQUESTED (by the person) → APPROVED (by a manager of the
// person or the PMO) → IN_PROGRESS → COMPLETED, or DROPPED before completion. Approval records
// the course days as a TRAINING absence (resources domain), so capacity shows them; dropping
// removes it. Completion raises each skill the course develops to its level when the person's
// is lower (skills domain, source COURSE, with history). One transaction per change, audited.
import { isAdmin } from '../auth/access.js';
import { recordAudit } from '../platform/audit.js';
import { daysBetween, startOfDay } from '../platform/calendar.js';
import type { ServiceContext, Tx } from '../platform/context.js';
import type { Enrollment } from '../platform/db/generated/prisma/client.js';
import type { EnrollmentStatus } from '../platform/db/generated/prisma/enums.js';
import { transaction } from '../platform/db/transaction.js';
import { type FieldIssue, ForbiddenError, NotFoundError, ValidationError } from '../platform/errors.js';
import { assertVersion, updateVersioned } from '../platform/versioning.js';
import { MAX_ABSENCE_DAYS, recordAbsence, removeAbsence } from '../resources/index.js';
import { recordSkillLevel } from '../skills/index.js';
import { activePerson, managesPerson } from './access.js';

export interface RequestEnrollmentInput {
  userId: string;
  courseKey: string;
  from: Date;
  to: Date;
  /** Null or absent: whole days. */
  hoursPerDay?: number | null;
}

const OPEN: EnrollmentStatus[] = ['REQUESTED', 'APPROVED', 'IN_PROGRESS'];

/** A person asks to attend a course (only for themselves). */
export async function requestEnrollment(ctx: ServiceContext, input: RequestEnrollmentInput): Promise<Enrollment> {
  if (ctx.viewer.id !== input.userId) throw new ForbiddenError('A person requests enrollments for themselves only');
  return transaction(ctx, async (tx) => {
    await activePerson(tx, input.userId, ['input', 'userId']);
    const issues: FieldIssue[] = [];
    const add = (field: string, message: string) => issues.push({ path: ['input', field], message });
    const course = await tx.course.findUnique({ where: { key: input.courseKey }, select: { id: true, title: true } });
    if (!course) add('courseKey', `The catalogue has no course "${input.courseKey}"`);
    if (input.to < input.from) add('to', 'A course must not end before it starts');
    else if (daysBetween(input.from, input.to) + 1 > MAX_ABSENCE_DAYS) add('to', `An enrollment spans at most ${MAX_ABSENCE_DAYS} days`);
    const hours = input.hoursPerDay;
    if (hours !== null && hours !== undefined && !(hours > 0 && hours <= 24 && Number.isInteger(hours * 100))) add('hoursPerDay', 'hoursPerDay must be more than 0 and at most 24, in hundredths (or null for whole days)');
    if (course && issues.length === 0) {
      const open = await tx.enrollment.findFirst({ where: { userId: input.userId, courseId: course.id, status: { in: OPEN } }, select: { status: true } });
      if (open) add('courseKey', `The person is already enrolled on ${course.title} (${open.status})`);
    }
    if (issues.length) throw new ValidationError(issues);
    const after = await tx.enrollment.create({
      data: { userId: input.userId, courseId: course!.id, from: input.from, to: input.to, hoursPerDay: hours ?? null, requestedById: ctx.viewer.id },
    });
    await recordAudit(tx, { actorId: ctx.viewer.id, action: 'enrollment.requested', entityType: 'Enrollment', entityId: after.id, after });
    return after;
  });
}

async function loadEnrollment(tx: Tx, id: string, version: number): Promise<Enrollment> {
  const found = await tx.enrollment.findUnique({ where: { id } });
  if (!found) throw new NotFoundError('Enrollment', id);
  assertVersion('enrollment', found, version);
  return found;
}

function expectStatus(enrollment: Enrollment, allowed: EnrollmentStatus[], action: string): void {
  if (!allowed.includes(enrollment.status)) throw ValidationError.single(['input', 'id'], `An enrollment ${enrollment.status} cannot be ${action} (only ${allowed.join(' or ')})`);
}

const MANAGERS_ONLY = "Only the PMO and the managers of the person's projects and portfolios approve and complete enrollments";

/** A manager of the person (or the PMO) approves; the course days become a TRAINING absence. */
export async function approveEnrollment(ctx: ServiceContext, input: { id: string; version: number }): Promise<Enrollment> {
  return transaction(ctx, async (tx) => {
    const before = await loadEnrollment(tx, input.id, input.version);
    if (!(await managesPerson(tx, ctx, before.userId))) throw new ForbiddenError(MANAGERS_ONLY);
    expectStatus(before, ['REQUESTED'], 'approved');
    const course = await tx.course.findUniqueOrThrow({ where: { id: before.courseId }, select: { title: true } });
    const absence = await recordAbsence(tx, ctx.viewer.id, {
      userId: before.userId, from: before.from, to: before.to, kind: 'TRAINING', hoursPerDay: before.hoursPerDay === null ? null : Number(before.hoursPerDay), note: `Course: ${course.title}`,
    });
    await updateVersioned(tx.enrollment, 'enrollment', { id: before.id }, input.version, { status: 'APPROVED' as const, approvedById: ctx.viewer.id, approvedAt: new Date(), absenceId: absence.id });
    return audited(tx, ctx, 'enrollment.approved', before);
  });
}

/** The person, a manager of the person or the PMO marks an approved course started. */
export async function startEnrollment(ctx: ServiceContext, input: { id: string; version: number }): Promise<Enrollment> {
  return transaction(ctx, async (tx) => {
    const before = await loadEnrollment(tx, input.id, input.version);
    if (before.userId !== ctx.viewer.id && !(await managesPerson(tx, ctx, before.userId))) throw new ForbiddenError("Only the person, the PMO and the person's managers start an enrollment");
    expectStatus(before, ['APPROVED'], 'started');
    await updateVersioned(tx.enrollment, 'enrollment', { id: before.id }, input.version, { status: 'IN_PROGRESS' as const });
    return audited(tx, ctx, 'enrollment.started', before);
  });
}

export interface CompleteEnrollmentInput {
  id: string;
  version: number;
  result?: string | null;
  /** Default: today. */
  completedOn?: Date | null;
}

/**
 * A manager of the person (or the PMO) records the completion: each skill the course develops is
 * raised to the course's level when the person's is lower (or unknown), as a confirmed COURSE level.
 */
export async function completeEnrollment(ctx: ServiceContext, input: CompleteEnrollmentInput): Promise<Enrollment> {
  return transaction(ctx, async (tx) => {
    const before = await loadEnrollment(tx, input.id, input.version);
    if (!(await managesPerson(tx, ctx, before.userId))) throw new ForbiddenError(MANAGERS_ONLY);
    expectStatus(before, ['APPROVED', 'IN_PROGRESS'], 'completed');
    const completedOn = input.completedOn ?? startOfDay(new Date());
    const issues: FieldIssue[] = [];
    if (completedOn < before.from) issues.push({ path: ['input', 'completedOn'], message: 'A course cannot be completed before it starts' });
    if (completedOn > startOfDay(new Date())) issues.push({ path: ['input', 'completedOn'], message: 'completedOn must not be in the future' });
    if ((input.result ?? '').length > 500) issues.push({ path: ['input', 'result'], message: 'must be at most 500 characters' });
    if (issues.length) throw new ValidationError(issues);
    await updateVersioned(tx.enrollment, 'enrollment', { id: before.id }, input.version, { status: 'COMPLETED' as const, completedOn, result: (input.result ?? '').trim() });
    const courseSkills = await tx.courseSkill.findMany({ where: { courseId: before.courseId }, select: { skillId: true, level: true } });
    const current = new Map(
      (await tx.userSkill.findMany({ where: { userId: before.userId, skillId: { in: courseSkills.map((skill) => skill.skillId) } }, select: { skillId: true, level: true } })).map((row) => [row.skillId, row.level]),
    );
    for (const skill of courseSkills) {
      if ((current.get(skill.skillId) ?? 0) < skill.level) await recordSkillLevel(tx, { userId: before.userId, skillId: skill.skillId, level: skill.level, source: 'COURSE', byId: ctx.viewer.id });
    }
    return audited(tx, ctx, 'enrollment.completed', before);
  });
}

/** The person, a manager of the person or the PMO drops an open enrollment; its TRAINING absence goes. */
export async function dropEnrollment(ctx: ServiceContext, input: { id: string; version: number }): Promise<Enrollment> {
  return transaction(ctx, async (tx) => {
    const before = await loadEnrollment(tx, input.id, input.version);
    if (before.userId !== ctx.viewer.id && !(await managesPerson(tx, ctx, before.userId))) throw new ForbiddenError("Only the person, the PMO and the person's managers drop an enrollment");
    expectStatus(before, OPEN, 'dropped');
    await updateVersioned(tx.enrollment, 'enrollment', { id: before.id }, input.version, { status: 'DROPPED' as const, absenceId: null });
    if (before.absenceId) await removeAbsence(tx, ctx.viewer.id, before.absenceId);
    return audited(tx, ctx, 'enrollment.dropped', before);
  });
}

async function audited(tx: Tx, ctx: ServiceContext, action: string, before: Enrollment): Promise<Enrollment> {
  const after = await tx.enrollment.findUniqueOrThrow({ where: { id: before.id } });
  await recordAudit(tx, { actorId: ctx.viewer.id, action, entityType: 'Enrollment', entityId: before.id, before, after });
  return after;
}

