// The skills catalogue (PMO_ADMIN maintains it) and people's skill levels. A person states their
// own level (SELF, unconfirmed); a manager of the person (the PMO, the owner of a portfolio or
// the manager of a project the person is on) sets one (MANAGER, confirmed) or confirms the level
// stated. A self-change after a confirmation clears it. Every change keeps a history row and an
// audit event, in one transaction.
import { isAdmin } from '../auth/access.js';
import { managesPerson } from '../auth/person-access.js';
import { recordAudit } from '../platform/audit.js';
import type { ServiceContext, Tx } from '../platform/context.js';
import type { Prisma, Skill, UserSkill } from '../platform/db/generated/prisma/client.js';
import type { SkillCategory, SkillSource } from '../platform/db/generated/prisma/enums.js';
import { withUniqueAsConflict } from '../platform/db/constraints.js';
import { transaction } from '../platform/db/transaction.js';
import { ForbiddenError, NotFoundError, ValidationError } from '../platform/errors.js';
import { changesOf, rejectNulls, staleVersion, updateVersioned } from '../platform/versioning.js';

/** Skill keys: lower-case kebab-case, 2..60 characters (they appear in filters and facts). */
export const SKILL_KEY = /^[a-z][a-z0-9-]{1,59}$/;
export const MIN_LEVEL = 1;
export const MAX_LEVEL = 5;

export interface CreateSkillInput {
  key: string;
  name: string;
  description?: string | null;
  category: SkillCategory;
}

export async function createSkill(ctx: ServiceContext, input: CreateSkillInput): Promise<Skill> {
  if (!isAdmin(ctx.viewer)) throw new ForbiddenError('Only the PMO (PMO_ADMIN) maintains the skills catalogue');
  if (!SKILL_KEY.test(input.key)) throw ValidationError.single(['input', 'key'], 'must be 2..60 characters: a lower-case letter, then lower-case letters, digits or "-"');
  return transaction(ctx, async (tx) => {
    if (await tx.skill.findUnique({ where: { key: input.key }, select: { id: true } })) throw ValidationError.single(['input', 'key'], `The catalogue already has a skill "${input.key}"`);
    const after = await withUniqueAsConflict(
      () => tx.skill.create({ data: { key: input.key, name: input.name.trim(), description: input.description ?? '', category: input.category } }),
      `The catalogue already has a skill "${input.key}"`,
    );
    await recordAudit(tx, { actorId: ctx.viewer.id, action: 'skill.created', entityType: 'Skill', entityId: after.id, after });
    return after;
  });
}

export interface UpdateSkillInput {
  id: string;
  version: number;
  name?: string | null;
  description?: string | null;
  category?: SkillCategory | null;
}

export async function updateSkill(ctx: ServiceContext, input: UpdateSkillInput): Promise<Skill> {
  if (!isAdmin(ctx.viewer)) throw new ForbiddenError('Only the PMO (PMO_ADMIN) maintains the skills catalogue');
  const { id, version, ...patch } = input;
  return transaction(ctx, async (tx) => {
    const before = await tx.skill.findUnique({ where: { id } });
    if (!before) throw new NotFoundError('Skill', id);
    rejectNulls(patch, ['name', 'category']);
    const changes = changesOf({ ...patch, ...(patch.name && { name: patch.name.trim() }), ...(patch.description === null && { description: '' }) });
    await updateVersioned(tx.skill, 'skill', { id }, version, changes as Prisma.SkillUpdateManyMutationInput);
    const after = await tx.skill.findUniqueOrThrow({ where: { id } });
    await recordAudit(tx, { actorId: ctx.viewer.id, action: 'skill.updated', entityType: 'Skill', entityId: id, before, after });
    return after;
  });
}

export interface SetUserSkillInput {
  userId: string;
  skillKey: string;
  level: number;
}

/** Sets a person's level: their own statement, or a manager's assessment. */
export async function setUserSkill(ctx: ServiceContext, input: SetUserSkillInput): Promise<UserSkill> {
  return transaction(ctx, async (tx) => {
    const self = ctx.viewer.id === input.userId;
    if (!self && !(await managesPerson(tx, ctx.viewer, input.userId))) throw new ForbiddenError(FORBIDDEN);
    const issues = [];
    if (!Number.isInteger(input.level) || input.level < MIN_LEVEL || input.level > MAX_LEVEL) issues.push({ path: ['input', 'level'], message: `level must be a whole number from ${MIN_LEVEL} to ${MAX_LEVEL}` });
    const skill = await tx.skill.findUnique({ where: { key: input.skillKey }, select: { id: true } });
    if (!skill) issues.push({ path: ['input', 'skillKey'], message: `The catalogue has no skill "${input.skillKey}"` });
    const person = await tx.user.findUnique({ where: { id: input.userId }, select: { active: true } });
    if (!person?.active) issues.push({ path: ['input', 'userId'], message: person ? 'The person is deactivated' : 'No person has this id' });
    if (issues.length) throw new ValidationError(issues);
    return recordSkillLevel(tx, { userId: input.userId, skillId: skill!.id, level: input.level, source: self ? 'SELF' : 'MANAGER', byId: ctx.viewer.id });
  });
}

/** A manager of the person confirms the level they stated. */
export async function confirmUserSkill(ctx: ServiceContext, input: { id: string; version: number }): Promise<UserSkill> {
  return transaction(ctx, async (tx) => {
    const before = await tx.userSkill.findUnique({ where: { id: input.id } });
    if (!before) throw new NotFoundError('UserSkill', input.id);
    if (before.userId === ctx.viewer.id) throw new ForbiddenError('A person cannot confirm their own skill level');
    if (!(await managesPerson(tx, ctx.viewer, before.userId))) throw new ForbiddenError(FORBIDDEN);
    if (before.confirmedAt) throw ValidationError.single(['input', 'id'], 'The level is already confirmed');
    if (before.version !== input.version) throw await staleVersion('skill level', () => tx.userSkill.findUnique({ where: { id: before.id } }));
    const now = new Date();
    await updateVersioned(tx.userSkill, 'skill level', { id: before.id }, input.version, { confirmedById: ctx.viewer.id, confirmedAt: now });
    await tx.userSkillChange.create({ data: { userSkillId: before.id, fromLevel: before.level, toLevel: before.level, source: 'MANAGER', confirmed: true, changedById: ctx.viewer.id } });
    const after = await tx.userSkill.findUniqueOrThrow({ where: { id: before.id } });
    await recordAudit(tx, { actorId: ctx.viewer.id, action: 'userSkill.confirmed', entityType: 'UserSkill', entityId: before.id, before, after });
    return after;
  });
}

export interface RecordSkillLevel {
  userId: string;
  skillId: string;
  level: number;
  source: SkillSource;
  /** Who: the person, their manager, or whoever completed or verified the course or certification. */
  byId: string;
}

/**
 * Stores a level with its history row and audit event (inside the caller's transaction): the
 * mutations above, and courses and certifications when they bring a level. Anything but SELF
 * counts as confirmed; SELF clears a confirmation.
 */
export async function recordSkillLevel(tx: Tx, change: RecordSkillLevel): Promise<UserSkill> {
  const confirmed = change.source !== 'SELF';
  const now = new Date();
  const before = await tx.userSkill.findUnique({ where: { userId_skillId: { userId: change.userId, skillId: change.skillId } } });
  const values = {
    level: change.level, source: change.source, assessedById: change.byId, assessedAt: now,
    confirmedById: confirmed ? change.byId : null, confirmedAt: confirmed ? now : null,
  };
  const after = before
    ? await tx.userSkill.update({ where: { id: before.id }, data: { ...values, version: { increment: 1 } } })
    : await tx.userSkill.create({ data: { userId: change.userId, skillId: change.skillId, ...values } });
  await tx.userSkillChange.create({ data: { userSkillId: after.id, fromLevel: before?.level ?? null, toLevel: change.level, source: change.source, confirmed, changedById: change.byId } });
  await recordAudit(tx, { actorId: change.byId, action: before ? 'userSkill.updated' : 'userSkill.created', entityType: 'UserSkill', entityId: after.id, ...(before && { before }), after });
  return after;
}

const FORBIDDEN = "Only the person, the PMO, and the managers of the person's projects and portfolios set skill levels";

