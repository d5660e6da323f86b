// Mentoring: a mentor and a mentee working on some skills, PROPOSED (by either of them, a manager
// of the mentee, or the PMO) → ACTIVE (accepted by the other party or the PMO) → ENDED, with
// dated sessions whose notes are private to the mentor, the mentee and the PMO: the audit trail
// records that a session was held, never its notes. One transaction per change, audited.
import { isAdmin } from '../auth/access.js';
import { recordAudit } from '../platform/audit.js';
import { startOfDay } from '../platform/calendar.js';
import type { ServiceContext, Tx } from '../platform/context.js';
import type { Mentoring, MentoringSession } from '../platform/db/generated/prisma/client.js';
import { transaction } from '../platform/db/transaction.js';
import { type FieldIssue, ForbiddenError, NotFoundError, ValidationError } from '../platform/errors.js';
import { assertVersion, updateVersioned } from '../platform/versioning.js';
import { activePerson, managesPerson } from './access.js';

export const MAX_FOCUS_SKILLS = 10;
export const MAX_NOTES = 10_000;

export interface ProposeMentoringInput {
  mentorId: string;
  menteeId: string;
  focusSkillKeys: string[];
  startOn: Date;
  endOn?: Date | null;
}

export async function proposeMentoring(ctx: ServiceContext, input: ProposeMentoringInput): Promise<Mentoring> {
  return transaction(ctx, async (tx) => {
    const party = ctx.viewer.id === input.mentorId || ctx.viewer.id === input.menteeId;
    if (!party && !(await managesPerson(tx, ctx, input.menteeId))) throw new ForbiddenError("Only the mentor, the mentee, the mentee's managers and the PMO propose mentoring");
    const issues: FieldIssue[] = [];
    const add = (field: string, message: string) => issues.push({ path: ['input', field], message });
    if (input.mentorId === input.menteeId) add('menteeId', 'A person cannot mentor themselves');
    if (input.endOn && input.endOn < input.startOn) add('endOn', 'Mentoring must not end before it starts');
    if (input.focusSkillKeys.length === 0 || input.focusSkillKeys.length > MAX_FOCUS_SKILLS) add('focusSkillKeys', `Focus on 1 to ${MAX_FOCUS_SKILLS} skills`);
    const skills = await tx.skill.findMany({ where: { key: { in: input.focusSkillKeys } }, select: { id: true, key: true } });
    const missing = [...new Set(input.focusSkillKeys)].filter((key) => !skills.some((skill) => skill.key === key));
    if (missing.length) add('focusSkillKeys', `The catalogue has no skill ${missing.map((key) => `"${key}"`).join(', ')}`);
    if (issues.length) throw new ValidationError(issues);
    await activePerson(tx, input.mentorId, ['input', 'mentorId']);
    await activePerson(tx, input.menteeId, ['input', 'menteeId']);
    const after = await tx.mentoring.create({
      data: {
        mentorId: input.mentorId, menteeId: input.menteeId, startOn: input.startOn, endOn: input.endOn ?? null, createdById: ctx.viewer.id,
        focus: { create: skills.map((skill) => ({ skillId: skill.id })) },
      },
    });
    await recordAudit(tx, { actorId: ctx.viewer.id, action: 'mentoring.proposed', entityType: 'Mentoring', entityId: after.id, after: { ...after, focusSkillKeys: skills.map((skill) => skill.key).sort() } });
    return after;
  });
}

async function loadMentoring(tx: Tx, id: string, version?: number): Promise<Mentoring> {
  const found = await tx.mentoring.findUnique({ where: { id } });
  if (!found) throw new NotFoundError('Mentoring', id);
  if (version !== undefined) assertVersion('mentoring relationship', found, version);
  return found;
}

const isParty = (ctx: ServiceContext, mentoring: Mentoring) => ctx.viewer.id === mentoring.mentorId || ctx.viewer.id === mentoring.menteeId;

/** The mentor or the mentee (not the one who proposed it, unless the PMO proposed it) or the PMO accepts. */
export async function acceptMentoring(ctx: ServiceContext, input: { id: string; version: number }): Promise<Mentoring> {
  return transaction(ctx, async (tx) => {
    const before = await loadMentoring(tx, input.id, input.version);
    if (!isParty(ctx, before) && !isAdmin(ctx.viewer)) throw new ForbiddenError('Only the mentor, the mentee and the PMO accept mentoring');
    if (!isAdmin(ctx.viewer) && before.createdById === ctx.viewer.id) throw new ForbiddenError('The other party accepts what you proposed');
    if (before.status !== 'PROPOSED') throw ValidationError.single(['input', 'id'], `Mentoring ${before.status} cannot be accepted (only PROPOSED)`);
    await updateVersioned(tx.mentoring, 'mentoring relationship', { id: before.id }, input.version, { status: 'ACTIVE' as const });
    return audited(tx, ctx, 'mentoring.accepted', before);
  });
}

/** The mentor, the mentee or the PMO ends it (on `endOn`, default today). */
export async function endMentoring(ctx: ServiceContext, input: { id: string; version: number; endOn?: Date | null }): Promise<Mentoring> {
  return transaction(ctx, async (tx) => {
    const before = await loadMentoring(tx, input.id, input.version);
    if (!isParty(ctx, before) && !isAdmin(ctx.viewer)) throw new ForbiddenError('Only the mentor, the mentee and the PMO end mentoring');
    if (before.status === 'ENDED') throw ValidationError.single(['input', 'id'], 'The mentoring has already ended');
    const endOn = input.endOn ?? startOfDay(new Date());
    if (endOn < before.startOn) throw ValidationError.single(['input', 'endOn'], 'Mentoring must not end before it starts');
    await updateVersioned(tx.mentoring, 'mentoring relationship', { id: before.id }, input.version, { status: 'ENDED' as const, endOn });
    return audited(tx, ctx, 'mentoring.ended', before);
  });
}

export interface RecordMentoringSessionInput {
  mentoringId: string;
  heldOn: Date;
  minutes: number;
  notes?: string | null;
}

/** The mentor or the mentee (or the PMO) records a session of an active relationship. */
export async function recordMentoringSession(ctx: ServiceContext, input: RecordMentoringSessionInput): Promise<MentoringSession> {
  return transaction(ctx, async (tx) => {
    const mentoring = await loadMentoring(tx, input.mentoringId);
    if (!isParty(ctx, mentoring) && !isAdmin(ctx.viewer)) throw new ForbiddenError('Only the mentor, the mentee and the PMO record sessions');
    const issues: FieldIssue[] = [];
    const add = (field: string, message: string) => issues.push({ path: ['input', field], message });
    if (mentoring.status !== 'ACTIVE') add('mentoringId', `Sessions are recorded while mentoring is ACTIVE (it is ${mentoring.status})`);
    if (input.heldOn < mentoring.startOn || (mentoring.endOn && input.heldOn > mentoring.endOn)) add('heldOn', 'heldOn must be within the mentoring’s dates');
    else if (input.heldOn > startOfDay(new Date())) add('heldOn', 'heldOn must not be in the future');
    if (!(Number.isInteger(input.minutes) && input.minutes >= 5 && input.minutes <= 480)) add('minutes', 'minutes must be a whole number from 5 to 480');
    if ((input.notes ?? '').length > MAX_NOTES) add('notes', `must be at most ${MAX_NOTES} characters`);
    if (issues.length) throw new ValidationError(issues);
    const after = await tx.mentoringSession.create({ data: { mentoringId: mentoring.id, heldOn: input.heldOn, minutes: input.minutes, notes: input.notes ?? '', recordedById: ctx.viewer.id } });
    // The notes are private: the audit trail keeps their length, not their text.
    const { notes, ...rest } = after;
    await recordAudit(tx, { actorId: ctx.viewer.id, action: 'mentoring.sessionRecorded', entityType: 'Mentoring', entityId: mentoring.id, after: { ...rest, notesLength: notes.length } });
    return after;
  });
}

async function audited(tx: Tx, ctx: ServiceContext, action: string, before: Mentoring): Promise<Mentoring> {
  const after = await tx.mentoring.findUniqueOrThrow({ where: { id: before.id } });
  await recordAudit(tx, { actorId: ctx.viewer.id, action, entityType: 'Mentoring', entityId: before.id, before, after });
  return after;
}
