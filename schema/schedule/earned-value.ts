// Earned value: project.earnedValue(statusDate), project.earnedValueSeries(from, to, interval) and
// portfolio.earnedValue(statusDate). Money-valued figures are null for team members; the indices
// (ratios) are not money.
import { startOfDay } from '../../server/platform/calendar.js';
import { ValidationError } from '../../server/platform/errors.js';
import { projectWhere } from '../../server/projects/index.js';
import { MAX_PERIODS, periodCount, periodEnds, projectEarnedValue, type ProjectEarnedValue, type EvmFigures, portfolioEarnedValue, projectEarnedValueSeries } from '../../server/schedule/index.js';
import { builder } from '../builder.js';
import { moneyFieldOptions } from '../shared/money.js';

const IntervalEnum = builder.enumType('Interval', {
  description: 'The length of the periods of a series.',
  values: { WEEK: { description: 'Weeks, Monday to Sunday.' }, MONTH: { description: 'Calendar months.' } },
});

type Figures = Omit<ProjectEarnedValue, 'measuredAgainst' | 'forecastFinishDate'> & Partial<Pick<ProjectEarnedValue, 'measuredAgainst' | 'forecastFinishDate'>>;

/** An amount for display: two decimals (the figures themselves are computed at full precision). */
export const decimal = (amount: number | null) => (amount === null ? null : amount.toFixed(2));

export const money = (description: string) => ({ ...moneyFieldOptions, type: 'Decimal' as const, description: `${description} Hidden (null) from team members.` });

export const EarnedValueRef = builder.objectRef<Figures & { statusDate: Date }>('EarnedValue').implement({
  description:
    'Earned value management figures at the end of the status date (PMBOK / ANSI/EIA-748; the status date counts to the end of that day, as in Microsoft Project). Every figure is computed at full precision; a division by zero is null.',
  fields: (t) => ({
    statusDate: t.field({ type: 'Date', description: 'The figures are true at the end of this day.', resolve: (f) => f.statusDate }),
    budgetAtCompletion: t.field({ ...money('BAC: the budget of all the work.'), resolve: (f) => decimal(f.budgetAtCompletion) }),
    plannedValue: t.field({ ...money('PV: the budget of the work planned to the status date (linear over each task’s working days).'), resolve: (f) => decimal(f.plannedValue) }),
    earnedValue: t.field({ ...money('EV: Σ budget × percent complete at the status date.'), resolve: (f) => decimal(f.earnedValue) }),
    actualCost: t.field({ ...money('AC: Σ the latest cumulative actual cost at or before the status date.'), resolve: (f) => decimal(f.actualCost) }),
    costVariance: t.field({ ...money('CV = EV − AC.'), resolve: (f) => decimal(f.costVariance) }),
    scheduleVariance: t.field({ ...money('SV = EV − PV.'), resolve: (f) => decimal(f.scheduleVariance) }),
    cpi: t.float({ nullable: true, description: 'CPI = EV / AC.', resolve: (f) => f.cpi }),
    spi: t.float({ nullable: true, description: 'SPI = EV / PV.', resolve: (f) => f.spi }),
    estimateAtCompletion: t.field({ ...money('EAC = BAC / CPI (typical: the cost efficiency so far continues).'), resolve: (f) => decimal(f.estimateAtCompletion) }),
    estimateAtCompletionAtypical: t.field({ ...money('EAC = AC + (BAC − EV) (atypical: the rest goes to plan).'), resolve: (f) => decimal(f.estimateAtCompletionAtypical) }),
    estimateAtCompletionCpiSpi: t.field({ ...money('EAC = AC + (BAC − EV) / (CPI × SPI).'), resolve: (f) => decimal(f.estimateAtCompletionCpiSpi) }),
    estimateToComplete: t.field({ ...money('ETC = EAC − AC (from the typical EAC).'), resolve: (f) => decimal(f.estimateToComplete) }),
    varianceAtCompletion: t.field({ ...money('VAC = BAC − EAC (from the typical EAC).'), resolve: (f) => decimal(f.varianceAtCompletion) }),
    tcpi: t.float({ nullable: true, description: 'TCPI to the BAC = (BAC − EV) / (BAC − AC).', resolve: (f) => f.tcpi }),
    earnedScheduleDays: t.float({ nullable: true, description: 'ES: the working days of the plan whose planned value equals EV (earned schedule, Lipke).', resolve: (f) => f.earnedScheduleDays }),
    spiTime: t.float({ nullable: true, description: 'SPI(t) = ES / AT (AT: working days to the end of the status date).', resolve: (f) => f.spiTime }),
    forecastFinishDate: t.field({ type: 'Date', nullable: true, description: 'The finish if the schedule efficiency so far continues: planned duration / SPI(t). Null for portfolios.', resolve: (f) => f.forecastFinishDate ?? null }),
    measuredAgainst: t.string({
      nullable: true,
      description: 'The baseline the plan comes from ("Baseline 2: Approved plan"); null when it comes from the live schedule.',
      resolve: (f) => (f.measuredAgainst ? `Baseline ${f.measuredAgainst.number}: ${f.measuredAgainst.name}` : null),
    }),
  }),
});

const EarnedValuePointRef = builder.objectRef<{ periodEnd: Date; plannedValue: number; earnedValue: number; actualCost: number }>('EarnedValuePoint').implement({
  description: 'PV, EV and AC at the end of one period (S-curves).',
  fields: (t) => ({
    periodEnd: t.field({ type: 'Date', description: 'The last day of the period.', resolve: (p) => p.periodEnd }),
    plannedValue: t.field({ ...money('PV to the end of the period.'), resolve: (p) => decimal(p.plannedValue) }),
    earnedValue: t.field({ ...money('EV to the end of the period.'), resolve: (p) => decimal(p.earnedValue) }),
    actualCost: t.field({ ...money('AC to the end of the period.'), resolve: (p) => decimal(p.actualCost) }),
  }),
});


builder.prismaObjectFields('Project', (t) => ({
  earnedValue: t.field({
    type: EarnedValueRef,
    nullable: true,
    // Every task, its plan and its progress.
    extensions: { cost: 20 },
    description: 'Earned value at the end of the status date (default today); null while the project has no start date.',
    args: { statusDate: t.arg({ type: 'Date', description: 'Default: today.' }) },
    resolve: async (project, args, ctx) => {
      const statusDate = args.statusDate ?? startOfDay(new Date());
      const figures = await projectEarnedValue(ctx, project.id, statusDate);
      return figures ? { ...figures, statusDate } : null;
    },
  }),
  earnedValueSeries: t.field({
    type: [EarnedValuePointRef],
    extensions: { cost: 20 },
    nullable: true,
    description: `PV, EV and AC at the end of each period from \`from\` to \`to\` (the last point is \`to\`), at most ${MAX_PERIODS} points; null while the project has no start date.`,
    args: {
      from: t.arg({ type: 'Date', required: true, description: 'The first day.' }),
      to: t.arg({ type: 'Date', required: true, description: 'The last day.' }),
      interval: t.arg({ type: IntervalEnum, required: true, description: 'WEEK or MONTH.' }),
    },
    resolve: async (project, args, ctx) => {
      if (args.to < args.from) throw ValidationError.single(['to'], 'must not be before from');
      if (periodCount(args.from, args.to, args.interval) > MAX_PERIODS) throw ValidationError.single(['to'], `at most ${MAX_PERIODS} periods: ask for a shorter range or a longer interval`);
      return projectEarnedValueSeries(ctx, project.id, periodEnds(args.from, args.to, args.interval));
    },
  }),
}));

builder.prismaObjectFields('Portfolio', (t) => ({
  earnedValue: t.field({
    type: EarnedValueRef,
    // The earned value of every project of the portfolio.
    extensions: { cost: 50 },
    description: "The sums of PV, EV, AC and BAC over the portfolio's scheduled projects that the viewer may read, with the indices derived from the sums.",
    args: { statusDate: t.arg({ type: 'Date', description: 'Default: today.' }) },
    resolve: async (portfolio, args, ctx) => {
      const statusDate = args.statusDate ?? startOfDay(new Date());
      const projects = await ctx.prisma.project.findMany({ where: projectWhere(ctx.viewer, { portfolioId: portfolio.id }), select: { id: true } });
      const { figures } = await portfolioEarnedValue(ctx, projects.map((project) => project.id), statusDate);
      return portfolioFigures(figures, statusDate);
    },
  }),
}));

/** A portfolio's sums as EarnedValue: no earned schedule (it has no one plan to measure time on). */
export function portfolioFigures(figures: EvmFigures, statusDate: Date) {
  return {
    ...figures, statusDate, statusOffset: 0, plannedDurationDays: 0, actualTimeDays: 0, earnedScheduleDays: null, scheduleVarianceDays: null,
    spiTime: null, tspiTime: null, forecastDurationDays: null, forecastFinishOffset: null,
  };
}
