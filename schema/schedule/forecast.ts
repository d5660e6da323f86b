// project.forecast: the Monte Carlo finish (PERT-beta durations over the critical path network,
// or sampled velocities for an agile project without tasks); recordForecast stores one, and
// project.forecasts / project.latestForecast read the stored ones.
import { GraphQLError } from 'graphql';
import { ValidationError } from '../../server/platform/errors.js';
import {
  ForecastInputError,
  ForecastTimeoutError,
  MAX_ITERATIONS,
  projectForecast,
  type ProjectForecast,
  recordForecast,
  storedForecastOf,
} from '../../server/schedule/index.js';
import { builder } from '../builder.js';
import { serviceContextOf } from '../shared/context.js';
import { nodeConnection } from '../shared/connections.js';
import { mutationErrors } from '../shared/errors.js';
import { idOf } from '../shared/ids.js';
import { reloadRow } from '../shared/reload.js';
import { tasksById } from './tasks.js';

const ForecastModeEnum = builder.enumType('ForecastMode', {
  description: 'What a forecast sampled.',
  values: {
    NETWORK: { description: "Each work task's duration (PERT-beta over its three-point estimate), through the critical path." },
    VELOCITY: { description: 'Past velocities against the remaining scope.' },
  } as const,
});

const CriticalityRef = builder.objectRef<ProjectForecast['criticality'][number]>('TaskCriticality').implement({
  description: 'How often a task was critical in the runs.',
  fields: (t) => ({
    // Batched: one statement for every task of the forecast.
    task: t.prismaField({ type: 'Task', nullable: true, description: 'The work task (null if deleted since).', resolve: (query, row, _args, ctx) => tasksById(ctx, query).load(row.taskId) }),
    criticalityIndex: t.float({ description: 'Share of the runs in which it was critical (0..1).', resolve: (row) => row.criticalityIndex }),
  }),
});

const BinRef = builder.objectRef<ProjectForecast['histogram'][number]>('ForecastBin').implement({
  description: 'The runs that finished within a span of days.',
  fields: (t) => ({
    startDate: t.field({ type: 'Date', description: 'The first day of the span.', resolve: (bin) => bin.startDate }),
    endDate: t.field({ type: 'Date', description: 'The last day of the span.', resolve: (bin) => bin.endDate }),
    count: t.int({ description: 'Runs finishing in it.', resolve: (bin) => bin.count }),
  }),
});

const ForecastRef = builder.objectRef<Omit<ProjectForecast, 'result'>>('ProjectForecast').implement({
  description: 'A Monte Carlo forecast of the finish: the same seed gives the same answer.',
  fields: (t) => ({
    mode: t.field({ type: ForecastModeEnum, description: 'What was sampled.', resolve: (f) => f.mode }),
    iterations: t.int({ description: 'Runs.', resolve: (f) => f.iterations }),
    seed: t.int({ description: 'The seed of the random numbers.', resolve: (f) => f.seed }),
    p50Date: t.field({ type: 'Date', description: 'Half the runs finished by this day.', resolve: (f) => f.p50Date }),
    p80Date: t.field({ type: 'Date', description: '80% of the runs finished by this day.', resolve: (f) => f.p80Date }),
    p95Date: t.field({ type: 'Date', description: '95% of the runs finished by this day.', resolve: (f) => f.p95Date }),
    probabilityByTarget: t.float({ nullable: true, description: "Share of runs finished by the project's target end date; null without one.", resolve: (f) => f.probabilityByTarget }),
    criticality: t.field({ type: [CriticalityRef], description: 'Each work task’s criticality index (network mode).', resolve: (f) => f.criticality }),
    histogram: t.field({ type: [BinRef], description: 'Finishes per span of days.', resolve: (f) => f.histogram }),
  }),
});

builder.prismaObjectFields('Project', (t) => ({
  forecast: t.field({
    type: ForecastRef,
    nullable: true,
    description: `A Monte Carlo forecast of the finish (at most ${MAX_ITERATIONS} iterations; large runs go to a worker thread). Null without a start date and tasks, or closed iterations.`,
    args: {
      iterations: t.arg.int({ description: `Runs, 1..${MAX_ITERATIONS} (default 10000).`, defaultValue: 10_000 }),
      seed: t.arg.int({ description: 'The seed (default 1): the same seed gives the same answer.' }),
    },
    // Runs the whole network thousands of times.
    extensions: { cost: 200 },
    resolve: async (project, args, ctx) => {
      try {
        return await projectForecast(ctx, project.id, { iterations: args.iterations ?? 10_000, seed: args.seed ?? 1 });
      } catch (error) {
        if (error instanceof ForecastInputError) throw ValidationError.single(['iterations'], error.message);
        if (error instanceof ForecastTimeoutError) throw new GraphQLError(error.message, { extensions: { code: 'FORECAST_TIMEOUT' } });
        throw error;
      }
    },
  }),
}));

const RecordedForecastRef = builder.prismaNode('ScheduleForecast', {
  id: { field: 'id' },
  // node(id) of a missing record is null, not an error (findUnique, not findUniqueOrThrow).
  nullable: true,
  description: 'A forecast recorded with recordForecast: what it answered then (schedule.p80Finish reads the latest).',
  select: { id: true, projectId: true },
  authScopes: (forecast) => ({ readProject: forecast.projectId }),
  fields: (t) => ({
    forecast: t.field({
      type: ForecastRef,
      description: 'The forecast as it was answered.',
      select: { mode: true, iterations: true, seed: true, p50Date: true, p80Date: true, p95Date: true, probabilityByTarget: true, detail: true },
      resolve: (row) => storedForecastOf(row),
    }),
    p80Date: t.expose('p80Date', { type: 'Date', description: '80% of the runs finished by this day (the figure rules read).' }),
    targetEndDate: t.expose('targetEndDate', { type: 'Date', nullable: true, description: "The project's target end date when it was recorded." }),
    recordedBy: t.relation('recordedBy', { nullable: true, description: 'Who recorded it.' }),
    recordedAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was recorded.' }),
  }),
});

const RecordedForecastConnection = nodeConnection(RecordedForecastRef, 'ScheduleForecast');
const NEWEST_FIRST = [{ createdAt: 'desc' as const }, { id: 'desc' as const }];

builder.prismaObjectFields('Project', (t) => ({
  forecasts: t.relatedConnection('forecasts', { cursor: 'id', description: 'Recorded forecasts, newest first.', totalCount: true, query: { orderBy: NEWEST_FIRST } }, RecordedForecastConnection),
  latestForecast: t.field({
    type: RecordedForecastRef,
    nullable: true,
    description: 'The latest recorded forecast (null before the first).',
    // One row per project, in the same statement as the project (a LATERAL join).
    select: (_args, _ctx, nestedSelection) => ({ forecasts: nestedSelection({ orderBy: NEWEST_FIRST, take: 1 }) }),
    resolve: (project) => project.forecasts[0] ?? null,
  }),
}));

const RecordForecastInput = builder.inputType('RecordForecastInput', {
  description: "Runs a project's forecast and records it.",
  fields: (t) => ({
    projectId: t.globalID({ description: 'The project.', required: true }),
    iterations: t.int({ description: `Runs, 1..${MAX_ITERATIONS} (default 10000).` }),
    seed: t.int({ description: 'The seed (default 1).' }),
  }),
});

builder.mutationFields((t) => ({
  recordForecast: t.prismaField({
    type: 'ScheduleForecast',
    description: "Runs the project's Monte Carlo forecast and records it, for rules (schedule.p80Finish) and reports (the managers of the project may).",
    args: { input: t.arg({ description: 'The project, the runs and the seed.', type: RecordForecastInput, required: true }) },
    errors: mutationErrors(),
    authScopes: { writer: true },
    // Runs the whole network thousands of times.
    extensions: { cost: 200 },
    resolve: async (query, _root, { input }, ctx) => {
      try {
        const stored = await recordForecast(serviceContextOf(ctx), { ...input, projectId: idOf(input.projectId, 'Project', ['input', 'projectId']) });
        return reloadRow(ctx.prisma.scheduleForecast, query, stored);
      } catch (error) {
        if (error instanceof ForecastTimeoutError) throw new GraphQLError(error.message, { extensions: { code: 'FORECAST_TIMEOUT' } });
        throw error;
      }
    },
  }),
}));
