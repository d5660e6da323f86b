// portfolio.dashboard(statusDate): the PMO's front page in one query — projects by status and by
// health, budget and EAC, the portfolio's earned value, the projects behind schedule, the top
// risks and the compliance summary. Only the projects the viewer may read count.
import { portfolioComplianceLoader } from '../../server/methodology/index.js';
import { startOfDay } from '../../server/platform/calendar.js';
import { projectWhere } from '../../server/projects/index.js';
import { healthThresholds } from '../../server/reporting/index.js';
import { topRisks } from '../../server/risks/index.js';
import { portfolioEarnedValue, projectScheduleOf } from '../../server/schedule/index.js';
import { builder } from '../builder.js';
import { ComplianceSummaryRef } from '../methodology/index.js';
import { HealthEnum, ProjectStatusEnum } from '../projects/index.js';
import { EarnedValueRef, portfolioFigures } from '../schedule/index.js';
import type { AppContext } from '../shared/context.js';
import { moneyFieldOptions } from '../shared/money.js';

interface Dashboard {
  portfolioId: string;
  statusDate: Date;
  /** The readable projects of the portfolio, read once for every field. */
  projects: Promise<{ id: string; status: string; health: string; budget: { toFixed(digits: number): string } }[]>;
  earnedValue: Promise<Awaited<ReturnType<typeof portfolioEarnedValue>>>;
}

const StatusCountRef = builder.objectRef<{ key: string; count: number }>('StatusCount').implement({
  description: 'Projects in one status.',
  fields: (t) => ({
    status: t.field({ type: ProjectStatusEnum, description: 'The status.', resolve: (c) => c.key as never }),
    count: t.int({ description: 'How many projects.', resolve: (c) => c.count }),
  }),
});
const HealthCountRef = builder.objectRef<{ key: string; count: number }>('HealthCount').implement({
  description: 'Projects with one reported health.',
  fields: (t) => ({
    health: t.field({ type: HealthEnum, description: 'The health.', resolve: (c) => c.key as never }),
    count: t.int({ description: 'How many projects.', resolve: (c) => c.count }),
  }),
});

const countsBy = (rows: { status: string; health: string }[], key: 'status' | 'health') => {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row[key], (counts.get(row[key]) ?? 0) + 1);
  return [...counts].map(([value, count]) => ({ key: value, count })).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
};

const DashboardRef = builder.objectRef<Dashboard>('PortfolioDashboard').implement({
  description: "A portfolio's front page at the status date, over the projects the viewer may read.",
  fields: (t) => ({
    statusDate: t.field({ type: 'Date', description: 'The figures are true at the end of this day.', resolve: (d) => d.statusDate }),
    projectCount: t.int({ description: 'Projects counted.', resolve: async (d) => (await d.projects).length }),
    projectsByStatus: t.field({ type: [StatusCountRef], description: 'Projects per status, most first.', resolve: async (d) => countsBy(await d.projects, 'status') }),
    projectsByHealth: t.field({ type: [HealthCountRef], description: 'Projects per reported health, most first.', resolve: async (d) => countsBy(await d.projects, 'health') }),
    budget: t.field({
      ...moneyFieldOptions,
      type: 'Decimal',
      description: 'The sum of the projects’ budgets. Hidden (null) from team members.',
      resolve: async (d) => (await d.projects).reduce((sum, project) => sum + Number(project.budget.toFixed(2)), 0).toFixed(2),
    }),
    estimateAtCompletion: t.field({
      ...moneyFieldOptions,
      type: 'Decimal',
      description: 'The sum of the projects’ EACs (BAC / CPI; a project without one counts its budget). Hidden (null) from team members.',
      resolve: async (d) => {
        const [projects, { projects: figures }] = await Promise.all([d.projects, d.earnedValue]);
        return projects.reduce((sum, project) => sum + (figures.get(project.id)?.estimateAtCompletion ?? Number(project.budget.toFixed(2))), 0).toFixed(2);
      },
    }),
    earnedValue: t.field({ type: EarnedValueRef, description: "The portfolio's earned value: sums of PV, EV, AC and BAC, indices from the sums.", resolve: async (d) => portfolioFigures((await d.earnedValue).figures, d.statusDate) }),
    behindSchedule: t.prismaField({
      type: ['Project'],
      description: 'Projects finishing after their target end date, or with an SPI below the AMBER threshold, latest first (at most 20).',
      resolve: async (query, d, _args, ctx) => {
        const [projects, { projects: figures }, thresholds] = await Promise.all([d.projects, d.earnedValue, healthThresholds(ctx.prisma)]);
        const schedules = await Promise.all(projects.map((project) => projectScheduleOf(ctx).load(project.id)));
        const behind = projects
          .map((project, index) => ({ id: project.id, slip: schedules[index]?.slipDays ?? 0, spi: figures.get(project.id)?.spi ?? null }))
          .filter((row) => row.slip > 0 || (row.spi !== null && row.spi < thresholds.indexAmber))
          .sort((a, b) => b.slip - a.slip || (a.spi ?? 1) - (b.spi ?? 1))
          .slice(0, 20);
        const rows = await ctx.prisma.project.findMany({ ...query, where: { id: { in: behind.map((row) => row.id) } } });
        const byId = new Map(rows.map((row) => [row.id, row]));
        return behind.flatMap((row) => byId.get(row.id) ?? []);
      },
    }),
    topRisks: t.prismaField({
      type: ['Risk'],
      description: 'The five most serious open risks.',
      resolve: (query, d, _args, ctx) => topRisks(ctx.prisma, query, ctx.viewer, { portfolioId: d.portfolioId }, 5),
    }),
    compliance: t.field({ type: ComplianceSummaryRef, description: 'Latest compliance of the projects.', resolve: (d, _args, ctx) => portfolioComplianceLoader(ctx).load(d.portfolioId) }),
  }),
});

function dashboardOf(ctx: AppContext, portfolioId: string, statusDate: Date): Dashboard {
  // Promise.resolve runs Prisma's lazy query once, whichever fields await it.
  const projects = Promise.resolve(
    ctx.prisma.project.findMany({ where: projectWhere(ctx.viewer, { portfolioId }), select: { id: true, status: true, health: true, budget: true }, orderBy: { id: 'asc' } }),
  );
  const earnedValue = projects.then((rows) => portfolioEarnedValue(ctx, rows.map((row) => row.id), statusDate));
  // Unobserved until a field reads them: keep an unread rejection from being unhandled.
  projects.catch(() => undefined);
  earnedValue.catch(() => undefined);
  return { portfolioId, statusDate, projects, earnedValue };
}

builder.prismaObjectFields('Portfolio', (t) => ({
  dashboard: t.field({
    type: DashboardRef,
    description: "The portfolio's front page at the status date (default today).",
    args: { statusDate: t.arg({ type: 'Date', description: 'Default: today.' }) },
    extensions: { cost: 100 },
    resolve: (portfolio, args, ctx) => dashboardOf(ctx, portfolio.id, args.statusDate ?? startOfDay(new Date())),
  }),
}));
