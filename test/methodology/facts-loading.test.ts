// Facts loading (loadFacts) reads every project's relations aggregated in SQL, a fixed number of
// statements for any number of projects. Its documents must be exactly the ones built from
// Prisma's relation loading (the loader it replaced, kept in facts-prisma-include.ts as the oracle).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFacts } from '../../server/methodology/index.js';
import type { PrismaClient } from '../../server/platform/db/generated/prisma/client.js';
import { backends } from '../support/databases.js';
import type { TestServer } from '../support/harness.js';
import { handle, type Scenario, startScenario } from '../support/scenarios/index.js';
import { loadFactsWithPrismaInclude } from './facts-prisma-include.js';

const TODAY = new Date('2026-06-15T10:00:00Z');

describe.each(backends())('facts loading on %s', (backend) => {
  let server: TestServer;
  let prisma: PrismaClient;
  let seed: Scenario;

  beforeAll(async () => {
    ({ server, prisma, seed } = await startScenario(backend, { label: 'Facts loading' }));
    const portfolio = await seed.portfolio.create({ name: 'Facts loading' });
    await seed.methodology.writeProjectsDirectly(handle('Portfolio', portfolio.id), 40, 0);
    // Deliverables in several states with field values, and risks open and closed, on some of them.
    const projects = await prisma.project.findMany({ where: { portfolioId: portfolio.id }, select: { id: true }, orderBy: { code: 'asc' } });
    const deliverables = await prisma.deliverable.findMany({ where: { projectId: { in: projects.map((p) => p.id) } }, select: { id: true }, orderBy: { id: 'asc' } });
    for (const [n, deliverable] of deliverables.entries()) {
      if (n % 3 === 0) {
        await prisma.deliverable.update({
          where: { id: deliverable.id },
          data: { status: n % 2 ? 'APPROVED' : 'SUBMITTED', fields: { objectives: `Objective ${n}`, estimatedBudget: 1000 * n }, submittedAt: new Date(Date.UTC(2026, 4, 1 + (n % 28), 9, 30, 15, 123)), decidedAt: n % 2 ? new Date(Date.UTC(2026, 4, 2 + (n % 27))) : null },
        });
      }
    }
    const statuses = ['IDENTIFIED', 'ASSESSED', 'MITIGATING', 'CLOSED', 'REALIZED'] as const;
    await prisma.risk.createMany({
      data: projects.flatMap((project, p) =>
        Array.from({ length: p % 6 }, (_, k) => ({
          projectId: project.id, title: `Risk ${p}-${k}`, category: 'SCHEDULE' as const, probability: 1 + (k % 5), impact: 1 + ((p + k) % 5),
          score: (1 + (k % 5)) * (1 + ((p + k) % 5)), status: statuses[(p + k) % 5]!, dueDate: k % 2 ? new Date(Date.UTC(2026, 5, 10 + k)) : null,
        })),
      ),
    });
    // Schedules on some: tasks under a summary, a dependency, progress, a baseline, a calendar, iterations.
    for (const [p, project] of projects.entries()) {
      if (p % 4 !== 1) continue;
      await prisma.project.update({ where: { id: project.id }, data: { startDate: new Date('2026-03-02'), targetEndDate: new Date('2026-03-20') } });
      const summary = await prisma.task.create({ data: { projectId: project.id, key: '1', wbsOrder: '0001', name: 'Phase', durationDays: 0 } });
      const tasks = [];
      for (let k = 0; k < 1 + (p % 3); k++) {
        tasks.push(await prisma.task.create({
          data: { projectId: project.id, parentId: summary.id, key: `1.${k + 1}`, wbsOrder: `0001.${String(k + 1).padStart(4, '0')}`, name: `Task ${k}`, durationDays: 3 + k, budget: `${1000 * (k + 1)}.50` },
        }));
      }
      for (let k = 1; k < tasks.length; k++) await prisma.taskDependency.create({ data: { projectId: project.id, predecessorId: tasks[k - 1]!.id, successorId: tasks[k]!.id } });
      await prisma.taskProgress.createMany({
        data: tasks.map((task, k) => ({ taskId: task.id, projectId: project.id, asOf: new Date(Date.UTC(2026, 2, 3 + k)), percentComplete: 20 * (k + 1), actualCost: `${300 * (k + 1)}.25` })),
      });
      if (p % 8 === 1) {
        await prisma.projectCalendar.create({ data: { projectId: project.id, workingDays: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY'], holidays: [new Date('2026-03-05')] } });
        await prisma.scheduleBaseline.create({
          data: { projectId: project.id, number: 1, name: 'Plan', finishDate: new Date('2026-03-10'), tasks: { create: tasks.map((task) => ({ taskId: task.id, key: task.key, name: task.name, startDate: new Date('2026-03-02'), durationDays: 4, budget: '900.00' })) } },
        });
      }
      await prisma.iteration.createMany({
        data: [10, 14, 9].map((points, k) => ({ projectId: project.id, name: `Sprint ${k + 1}`, startDate: new Date(Date.UTC(2026, 1, 1 + 7 * k)), endDate: new Date(Date.UTC(2026, 1, 6 + 7 * k)), committedPoints: 12, completedPoints: points, status: k < 2 + (p % 2) ? ('CLOSED' as const) : ('ACTIVE' as const) })),
      });
    }
  });
  afterAll(() => server?.close());

  it('builds the same documents as loading every relation with Prisma', async () => {
    const ids = (await prisma.project.findMany({ select: { id: true } })).map((project) => project.id);
    expect(ids.length).toBeGreaterThan(40);
    const loaded = await loadFacts(prisma, ids, TODAY);
    const expected = await loadFactsWithPrismaInclude(prisma, ids, TODAY);
    expect(loaded.size).toBe(ids.length);
    let withRisks = 0;
    let measured = 0;
    for (const id of ids) {
      expect({ id, facts: loaded.get(id)!.facts }).toEqual({ id, facts: expected.get(id) });
      if ((expected.get(id)!.risks as { open: number }).open > 0) withRisks += 1;
      const { evm, metrics } = loaded.get(id)!.facts as { evm: { bac: number | null; cpi: number | null }; metrics: { cpi: number | null } };
      if (evm.bac) {
        measured += 1;
        expect(metrics.cpi).toBe(evm.cpi); // the built-in metrics are the schedule's earned value
      }
    }
    expect(withRisks).toBeGreaterThan(10);
    expect(measured).toBeGreaterThanOrEqual(10); // the 10 scheduled here, and any budgeted schedule of the demo
  });

  it('sends the same statements for 3 and for 40 projects, schedules included', async () => {
    const ids = (await prisma.project.findMany({ select: { id: true }, orderBy: { id: 'asc' } })).map((project) => project.id);
    await loadFacts(prisma, ids, TODAY); // every methodology compiled and cached
    let sizes: number[] = [];
    const small = await server.countStatements(async () => (sizes = [(await loadFacts(prisma, ids.slice(0, 3), TODAY)).size]));
    const large = await server.countStatements(async () => sizes.push((await loadFacts(prisma, ids.slice(0, 40), TODAY)).size));
    expect(sizes).toEqual([3, 40]);
    expect(large).toBe(small);
    // The project with its relations, the risks section, the schedule sections (schedule, evm, agile), the resources section, the training section (manager).
    expect(small).toBe(5);
  });
});
