// The courses that would close a skill gap: those that bring the skill to the level the demands
// need (or higher), the shortest first. Two statements per request however many gaps are shown:
// one for the courses' skills of every gap asked, one for the courses themselves.
import type { RequestContext } from '../platform/context.js';
import type { Prisma } from '../platform/db/generated/prisma/client.js';
import { keyedRequestLoader, requestLoader } from '../platform/loaders.js';

type Reader = Pick<RequestContext, 'prisma' | 'cache'>;

/** At most this many courses per gap. */
export const MAX_GAP_COURSES = 5;

/** Course ids by "skillId/level", the shortest courses first. */
const courseIdsLoader = requestLoader(async (ctx: Reader, keys: readonly string[]) => {
  const wanted = keys.map((key) => {
    const [skillId, level] = key.split('/');
    return { skillId: skillId!, level: Number(level) };
  });
  const rows = await ctx.prisma.courseSkill.findMany({
    where: { skillId: { in: [...new Set(wanted.map((key) => key.skillId))] }, level: { gte: Math.min(...wanted.map((key) => key.level)) } },
    select: { skillId: true, level: true, courseId: true, course: { select: { hours: true, title: true } } },
    orderBy: [{ course: { hours: 'asc' } }, { course: { title: 'asc' } }, { courseId: 'asc' }],
  });
  return wanted.map(({ skillId, level }) =>
    rows.filter((row) => row.skillId === skillId && row.level >= level).slice(0, MAX_GAP_COURSES).map((row) => row.courseId),
  );
});

/** Course rows by id with the planned query of the field (one statement per query shape). */
const coursesLoader = keyedRequestLoader(
  (query: Prisma.CourseFindManyArgs) => JSON.stringify(query),
  async (ctx: Reader, query: Prisma.CourseFindManyArgs, ids: readonly string[]) => {
    const rows = await ctx.prisma.course.findMany({ ...query, where: { id: { in: [...ids] } } });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? new Error(`Course ${id} is gone`));
  },
);

/** The courses that bring `skillId` to `level` or more, in the field's planned query. */
export async function coursesClosingGap<Q extends Prisma.CourseFindManyArgs>(ctx: Reader, query: Q, gap: { skillId: string; level: number }) {
  const ids = await courseIdsLoader(ctx).load(`${gap.skillId}/${gap.level}`);
  return Promise.all(ids.map((id) => coursesLoader(ctx, query).load(id)));
}
