// Bulk data for N+1 tests and benchmarks: a portfolio whose projects each have a manager,
// members and aligned objectives. Written with Prisma directly: it is a fixture, not a use case.
import type { PrismaClient } from '../../server/platform/db/generated/prisma/client.js';

export interface PortfolioFixture {
  portfolioId: string;
  ownerEmail: string;
  memberEmail: string;
}

export async function createPortfolioFixture(prisma: PrismaClient, label: string): Promise<PortfolioFixture> {
  const owner = await prisma.user.create({
    data: { name: `Owner ${label}`, email: `owner-${label}@fixture.local`, role: 'PORTFOLIO_MANAGER' },
  });
  const member = await prisma.user.create({
    data: { name: `Member ${label}`, email: `member-${label}@fixture.local`, role: 'TEAM_MEMBER' },
  });
  const portfolio = await prisma.portfolio.create({ data: { name: `Portfolio ${label}`, ownerId: owner.id } });
  await prisma.strategicObjective.createMany({
    data: [1, 2, 3].map((n) => ({ name: `Objective ${label}-${n}`, weight: 10 * n, portfolioId: portfolio.id })),
  });
  return { portfolioId: portfolio.id, ownerEmail: owner.email, memberEmail: member.email };
}

/** Adds `count` projects, each with its own manager, 3 members (one the fixture's member) and 2 objectives. */
export async function addProjects(prisma: PrismaClient, fixture: PortfolioFixture, count: number): Promise<void> {
  const objectives = await prisma.strategicObjective.findMany({ where: { portfolioId: fixture.portfolioId }, select: { id: true } });
  const member = await prisma.user.findUniqueOrThrow({ where: { email: fixture.memberEmail } });
  const existing = await prisma.project.count({ where: { portfolioId: fixture.portfolioId } });
  for (let i = existing; i < existing + count; i++) {
    const code = `P${fixture.portfolioId.slice(-6).toUpperCase()}-${i}`;
    const manager = await prisma.user.create({
      data: { name: `Manager ${code}`, email: `manager-${code.toLowerCase()}@fixture.local`, role: 'PROJECT_MANAGER' },
    });
    const helpers = await Promise.all(
      [1, 2].map((n) =>
        prisma.user.create({ data: { name: `Helper ${code}-${n}`, email: `helper-${code.toLowerCase()}-${n}@fixture.local`, role: 'TEAM_MEMBER' } }),
      ),
    );
    await prisma.project.create({
      data: {
        code,
        name: `Project ${code}`,
        portfolioId: fixture.portfolioId,
        managerId: manager.id,
        budget: '100000.00',
        members: {
          create: [member, ...helpers].map((user, n) => ({ userId: user.id, projectRole: n === 0 ? 'Analyst' : 'Engineer' })),
        },
        objectives: { create: objectives.slice(0, 2).map((objective, n) => ({ objectiveId: objective.id, score: 5 - n })) },
      },
    });
  }
}
