// Read models of the training domain: which people's training the viewer reads (the person, the
// PMO, the managers who plan their work), certifications expiring in a window, the renewal
// position of certifications (one statement for every certification a request shows) and the
// progress of development goals.
import { overseenPeople } from '../auth/person-access.js';
import { addDays, startOfDay } from '../platform/calendar.js';
import type { RequestContext } from '../platform/context.js';
import type { Prisma } from '../platform/db/generated/prisma/client.js';
import { requestLoader } from '../platform/loaders.js';
import { type CoursePdus, goalProgress, inCycle, type Renewal, renewalOf } from './lib/renewal.js';

type Reader = Pick<RequestContext, 'viewer' | 'prisma' | 'cache'>;

/**
 * The people whose training the viewer reads, as a where on their id: undefined for the PMO
 * (everyone), the overseen people and themselves for managers, themselves for anyone else.
 */
export async function readableUserWhere(ctx: Reader): Promise<Prisma.UuidFilter | undefined> {
  const viewer = ctx.viewer!;
  if (viewer.role === 'PMO_ADMIN') return undefined;
  if (viewer.role === 'PORTFOLIO_MANAGER' || viewer.role === 'PROJECT_MANAGER') return { in: [viewer.id, ...(await overseenPeople(ctx))] };
  return { equals: viewer.id };
}

/** The certifications expiring from today to `windowDays` days on, of people the viewer reads. */
export async function expiringWhere(ctx: Reader, windowDays: number, today = new Date()): Promise<Prisma.UserCertificationWhereInput> {
  const from = startOfDay(today);
  return { expiresOn: { gte: from, lte: addDays(from, windowDays) }, userId: await readableUserWhere(ctx) };
}

export interface RenewalCertification {
  id: string;
  userId: string;
  earnedOn: Date;
  expiresOn: Date | null;
  type: { requiredPdus: unknown; minEducationPdus: unknown; minPdusPerCategory: unknown };
}

/** The PDUs of each course a person completed, with the day: one statement for all the people asked. */
const completedCoursesLoader = requestLoader(async (ctx: Reader, userIds: readonly string[]) => {
  const rows = await ctx.prisma.enrollment.findMany({
    where: { userId: { in: [...userIds] }, status: 'COMPLETED', completedOn: { not: null } },
    select: { userId: true, completedOn: true, course: { select: { pdusWaysOfWorking: true, pdusPowerSkills: true, pdusBusinessAcumen: true, pdusGivingBack: true } } },
  });
  const byUser = new Map<string, { completedOn: Date; pdus: CoursePdus }[]>();
  for (const row of rows) {
    const list = byUser.get(row.userId) ?? [];
    list.push({
      completedOn: row.completedOn!,
      pdus: {
        WAYS_OF_WORKING: Number(row.course.pdusWaysOfWorking),
        POWER_SKILLS: Number(row.course.pdusPowerSkills),
        BUSINESS_ACUMEN: Number(row.course.pdusBusinessAcumen),
        givingBack: Number(row.course.pdusGivingBack),
      },
    });
    byUser.set(row.userId, list);
  }
  return userIds.map((id) => byUser.get(id) ?? []);
});

/** A certification's renewal position: the PDUs of the courses completed in its cycle. */
export async function renewalOfCertification(ctx: Reader, cert: RenewalCertification): Promise<Renewal> {
  const completed = await completedCoursesLoader(ctx).load(cert.userId);
  return renewalOf(
    { requiredPdus: Number(cert.type.requiredPdus), minEducationPdus: Number(cert.type.minEducationPdus), minPdusPerCategory: Number(cert.type.minPdusPerCategory) },
    completed.filter((course) => inCycle(cert, course.completedOn)).map((course) => course.pdus),
  );
}

/** The completed courses of a person (for goals): loaded with the renewal loader. */
export const completedCoursesOf = (ctx: Reader, userId: string) => completedCoursesLoader(ctx).load(userId);

export interface GoalProgress {
  currentLevel: number | null;
  progress: number;
  reached: boolean;
  /** Completed courses of the person that develop the goal's skill. */
  completedCourses: number;
  /** Mentoring relationships (active or ended) where the person is mentee focused on the skill. */
  mentoring: number;
}

/** Per person and skill: current level, courses completed and mentoring on it (one statement per kind, for all asked). */
const goalFactsLoader = requestLoader(async (ctx: Reader, keys: readonly string[]) => {
  const pairs = keys.map((key) => key.split('/') as [string, string]);
  const userIds = [...new Set(pairs.map(([user]) => user))];
  const skillIds = [...new Set(pairs.map(([, skill]) => skill))];
  const [levels, courses, mentoring] = await Promise.all([
    ctx.prisma.userSkill.findMany({ where: { userId: { in: userIds }, skillId: { in: skillIds } }, select: { userId: true, skillId: true, level: true } }),
    ctx.prisma.enrollment.findMany({
      where: { userId: { in: userIds }, status: 'COMPLETED', course: { skills: { some: { skillId: { in: skillIds } } } } },
      select: { userId: true, course: { select: { skills: { select: { skillId: true } } } } },
    }),
    ctx.prisma.mentoringSkill.findMany({
      where: { skillId: { in: skillIds }, mentoring: { menteeId: { in: userIds }, status: { in: ['ACTIVE', 'ENDED'] } } },
      select: { skillId: true, mentoring: { select: { menteeId: true } } },
    }),
  ]);
  const level = new Map(levels.map((row) => [`${row.userId}/${row.skillId}`, row.level]));
  const count = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  const courseCount = new Map<string, number>();
  for (const row of courses) for (const skill of row.course.skills) count(courseCount, `${row.userId}/${skill.skillId}`);
  const mentoringCount = new Map<string, number>();
  for (const row of mentoring) count(mentoringCount, `${row.mentoring.menteeId}/${row.skillId}`);
  return keys.map((key) => ({ level: level.get(key) ?? null, courses: courseCount.get(key) ?? 0, mentoring: mentoringCount.get(key) ?? 0 }));
});

export async function goalProgressOf(ctx: Reader, userId: string, goal: { skillId: string; targetLevel: number }): Promise<GoalProgress> {
  const facts = await goalFactsLoader(ctx).load(`${userId}/${goal.skillId}`);
  const progress = goalProgress(facts.level, goal.targetLevel);
  return { currentLevel: facts.level, progress, reached: progress >= 1, completedCourses: facts.courses, mentoring: facts.mentoring };
}

/** Whether the viewer may read the private notes of a mentoring relationship. */
export const canReadMentoringNotes = (ctx: Pick<RequestContext, 'viewer'>, mentoring: { mentorId: string; menteeId: string }): boolean =>
  !!ctx.viewer && (ctx.viewer.role === 'PMO_ADMIN' || ctx.viewer.id === mentoring.mentorId || ctx.viewer.id === mentoring.menteeId);
