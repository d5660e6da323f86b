// project.forecast: the Monte Carlo finish of a project from its stored rows. A project with work
// tasks and a start date runs its network; one without work tasks but with closed iterations runs
// its sampled velocities against the remaining scope, from the day after its last closed one.
import type { RequestContext } from '../platform/context.js';
import { forecastProject, type ProjectForecast } from './forecast.js';
import { loadScheduleInputs } from './loaders.js';

export type { ProjectForecast };

export async function projectForecast(
  ctx: Pick<RequestContext, 'prisma'>,
  projectId: string,
  options: { iterations: number; seed: number },
): Promise<ProjectForecast | null> {
  const [inputs, project] = await Promise.all([
    loadScheduleInputs(ctx.prisma, [projectId]),
    ctx.prisma.project.findUniqueOrThrow({
      where: { id: projectId },
      select: { scopePoints: true, iterations: { orderBy: { startDate: 'asc' }, select: { status: true, completedPoints: true, startDate: true, endDate: true } } },
    }),
  ]);
  const input = inputs.get(projectId)!;
  const closed = project.iterations.filter((iteration) => iteration.status === 'CLOSED');
  const velocity =
    closed.length && project.scopePoints !== null && closed.some((iteration) => iteration.completedPoints > 0)
      ? {
          velocities: closed.map((iteration) => iteration.completedPoints),
          remainingPoints: Math.max(project.scopePoints - closed.reduce((sum, iteration) => sum + iteration.completedPoints, 0), 0),
          iterationDays: Math.max(input.calendar.workingDaysBetween(closed[0]!.startDate, closed[0]!.endDate) + 1, 1),
          // The remaining work starts the working day after the last closed iteration.
          from: input.calendar.nextWorkingDay(closed.at(-1)!.endDate),
        }
      : undefined;
  return forecastProject(input, { iterations: options.iterations, seed: options.seed, velocity });
}
