// The course catalogue (PMO_ADMIN maintains it): format, hours, PDUs by talent-triangle side
// (education) and giving back, and the skills each course develops with the level it brings
// them to. Each change runs in one transaction with its audit event.
import { isAdmin } from '../auth/access.js';
import { recordAudit } from '../platform/audit.js';
import type { ServiceContext, Tx } from '../platform/context.js';
import { withUniqueAsConflict } from '../platform/db/constraints.js';
import type { Course, Prisma } from '../platform/db/generated/prisma/client.js';
import type { CourseFormat } from '../platform/db/generated/prisma/enums.js';
import { transaction } from '../platform/db/transaction.js';
import { type FieldIssue, ForbiddenError, NotFoundError, ValidationError } from '../platform/errors.js';
import { MAX_LEVEL, MIN_LEVEL } from '../skills/index.js';
import { changesOf, rejectNulls, updateVersioned } from '../platform/versioning.js';
import { CATALOGUE_KEY, inHundredths, KEY_MESSAGE } from './access.js';

export const MAX_COURSE_HOURS = 2000;
export const MAX_COURSE_PDUS = 200;
export const MAX_COURSE_SKILLS = 20;

export interface CourseSkillInput {
  skillKey: string;
  level: number;
}

export interface CourseFieldsInput {
  title?: string | null;
  provider?: string | null;
  format?: CourseFormat | null;
  hours?: number | null;
  pdusWaysOfWorking?: number | null;
  pdusPowerSkills?: number | null;
  pdusBusinessAcumen?: number | null;
  pdusGivingBack?: number | null;
  /** Given: replaces the skills the course develops. */
  skills?: CourseSkillInput[] | null;
}

export interface CreateCourseInput extends CourseFieldsInput {
  key: string;
  title: string;
  format: CourseFormat;
  hours: number;
}

const ADMIN_ONLY = 'Only the PMO (PMO_ADMIN) maintains the course catalogue';
const PDU_FIELDS = ['pdusWaysOfWorking', 'pdusPowerSkills', 'pdusBusinessAcumen', 'pdusGivingBack'] as const;

/** The skills' ids by key, with every problem of the fields. */
async function checkCourse(tx: Tx, input: CourseFieldsInput): Promise<Map<string, string>> {
  const issues: FieldIssue[] = [];
  const add = (field: string, message: string) => issues.push({ path: ['input', field], message });
  if (input.hours !== undefined && input.hours !== null && !(input.hours > 0 && inHundredths(input.hours, MAX_COURSE_HOURS))) add('hours', `hours must be more than 0 and at most ${MAX_COURSE_HOURS}, in hundredths`);
  for (const field of PDU_FIELDS) {
    const value = input[field];
    if (value !== undefined && value !== null && !inHundredths(value, MAX_COURSE_PDUS)) add(field, `${field} must be from 0 to ${MAX_COURSE_PDUS}, in hundredths`);
  }
  const skills = new Map<string, string>();
  if (input.skills) {
    if (input.skills.length > MAX_COURSE_SKILLS) add('skills', `A course develops at most ${MAX_COURSE_SKILLS} skills`);
    const keys = input.skills.map((skill) => skill.skillKey);
    if (new Set(keys).size !== keys.length) add('skills', 'Each skill at most once');
    const found = await tx.skill.findMany({ where: { key: { in: keys } }, select: { id: true, key: true } });
    for (const skill of found) skills.set(skill.key, skill.id);
    input.skills.forEach((skill, i) => {
      if (!skills.has(skill.skillKey)) issues.push({ path: ['input', 'skills', String(i), 'skillKey'], message: `The catalogue has no skill "${skill.skillKey}"` });
      if (!Number.isInteger(skill.level) || skill.level < MIN_LEVEL || skill.level > MAX_LEVEL) {
        issues.push({ path: ['input', 'skills', String(i), 'level'], message: `level must be a whole number from ${MIN_LEVEL} to ${MAX_LEVEL}` });
      }
    });
  }
  if (issues.length) throw new ValidationError(issues);
  return skills;
}

export async function createCourse(ctx: ServiceContext, input: CreateCourseInput): Promise<Course> {
  if (!isAdmin(ctx.viewer)) throw new ForbiddenError(ADMIN_ONLY);
  if (!CATALOGUE_KEY.test(input.key)) throw ValidationError.single(['input', 'key'], KEY_MESSAGE);
  return transaction(ctx, async (tx) => {
    const skills = await checkCourse(tx, input);
    if (await tx.course.findUnique({ where: { key: input.key }, select: { id: true } })) throw ValidationError.single(['input', 'key'], `The catalogue already has a course "${input.key}"`);
    const after = await withUniqueAsConflict(
      () =>
        tx.course.create({
          data: {
            key: input.key, title: input.title.trim(), provider: (input.provider ?? '').trim(), format: input.format, hours: input.hours,
            ...Object.fromEntries(PDU_FIELDS.map((field) => [field, input[field] ?? 0])),
            skills: { create: (input.skills ?? []).map((skill) => ({ skillId: skills.get(skill.skillKey)!, level: skill.level })) },
          },
          include: { skills: { select: { skillId: true, level: true } } },
        }),
      `The catalogue already has a course "${input.key}"`,
    );
    await recordAudit(tx, { actorId: ctx.viewer.id, action: 'course.created', entityType: 'Course', entityId: after.id, after });
    return after;
  });
}

export interface UpdateCourseInput extends CourseFieldsInput {
  id: string;
  version: number;
}

export async function updateCourse(ctx: ServiceContext, input: UpdateCourseInput): Promise<Course> {
  if (!isAdmin(ctx.viewer)) throw new ForbiddenError(ADMIN_ONLY);
  const { id, version, skills: skillList, ...patch } = input;
  return transaction(ctx, async (tx) => {
    const before = await tx.course.findUnique({ where: { id }, include: { skills: { select: { skillId: true, level: true } } } });
    if (!before) throw new NotFoundError('Course', id);
    rejectNulls({ ...patch, skills: skillList }, ['title', 'format', 'hours', ...PDU_FIELDS, 'skills']);
    const changes = changesOf({ ...patch, skills: skillList }) as CourseFieldsInput;
    const skills = await checkCourse(tx, changes);
    const { skills: _skills, ...columns } = changes;
    await updateVersioned(tx.course, 'course', { id }, version, {
      ...columns, ...(columns.title && { title: columns.title.trim() }), ...(columns.provider !== undefined && { provider: (columns.provider ?? '').trim() }),
    } as Prisma.CourseUpdateManyMutationInput);
    if (skillList) {
      await tx.courseSkill.deleteMany({ where: { courseId: id } });
      await tx.courseSkill.createMany({ data: skillList.map((skill) => ({ courseId: id, skillId: skills.get(skill.skillKey)!, level: skill.level })) });
    }
    const after = await tx.course.findUniqueOrThrow({ where: { id }, include: { skills: { select: { skillId: true, level: true } } } });
    await recordAudit(tx, { actorId: ctx.viewer.id, action: 'course.updated', entityType: 'Course', entityId: id, before, after });
    return after;
  });
}
