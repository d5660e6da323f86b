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
  });
  afterAll(() => server?.close());

  it('builds the same documents as loading every relation with Prisma', async () => {
    const ids = (await prisma.project.findMany({ select: { id: true } })).map((project) => project.id);
    expect(ids.length).toBeGreaterThan(40);
    const loaded = await loadFacts(prisma, ids, TODAY);
    const expected = await loadFactsWithPrismaInclude(prisma, ids, TODAY);
    expect(loaded.size).toBe(ids.length);
    let withRisks = 0;
    for (const id of ids) {
      expect({ id, facts: loaded.get(id)!.facts }).toEqual({ id, facts: expected.get(id) });
      if ((expected.get(id)!.risks as { open: number }).open > 0) withRisks += 1;
    }
    expect(withRisks).toBeGreaterThan(10);
  });

  it('sends the same statements for 3 and for 40 projects', async () => {
    const ids = (await prisma.project.findMany({ select: { id: true }, orderBy: { id: 'asc' } })).map((project) => project.id);
    await loadFacts(prisma, ids, TODAY); // every methodology compiled and cached
    let sizes: number[] = [];
    const small = await server.countStatements(async () => (sizes = [(await loadFacts(prisma, ids.slice(0, 3), TODAY)).size]));
    const large = await server.countStatements(async () => sizes.push((await loadFacts(prisma, ids.slice(0, 40), TODAY)).size));
    expect(sizes).toEqual([3, 40]);
    expect(large).toBe(small);
    // The project with its relations, and the risks section.
    expect(small).toBe(2);
  });
});
