// The benchmark's data: one portfolio with 50 projects, each with a manager, 3 members and 2
// aligned objectives, plus the PMO admin who reads it. Written with Prisma directly (a fixture,
// not a use case), in a handful of bulk statements so that set-up stays well under a second.
import type { PrismaClient } from '../server/platform/db/generated/prisma/client.js';

export const BENCH_VIEWER = 'admin@pmo.local';

export interface DatasetShape {
  projects: number;
  membersPerProject: number;
  objectivesPerProject: number;
}

export const DEFAULT_SHAPE: DatasetShape = { projects: 50, membersPerProject: 3, objectivesPerProject: 2 };

const MANAGERS = 10;
const PEOPLE = 30;
const OBJECTIVES = 5;

export async function createBenchDataset(prisma: PrismaClient, shape: DatasetShape = DEFAULT_SHAPE): Promise<void> {
  await prisma.user.create({ data: { name: 'Amara Okafor', email: BENCH_VIEWER, role: 'PMO_ADMIN' } });
  const owner = await prisma.user.create({
    data: { name: 'Priya Raman', email: 'portfolio@pmo.local', role: 'PORTFOLIO_MANAGER' },
  });
  const managers = await prisma.user.createManyAndReturn({
    data: range(MANAGERS).map((n) => ({ name: `Manager ${n}`, email: `manager${n}@bench.local`, role: 'PROJECT_MANAGER' as const })),
    select: { id: true },
  });
  const people = await prisma.user.createManyAndReturn({
    data: range(PEOPLE).map((n) => ({ name: `Person ${n}`, email: `person${n}@bench.local`, role: 'TEAM_MEMBER' as const })),
    select: { id: true },
  });
  const portfolio = await prisma.portfolio.create({
    data: { name: 'Benchmark Portfolio', ownerId: owner.id, budget: '50000000.00' },
  });
  const objectives = await prisma.strategicObjective.createManyAndReturn({
    data: range(OBJECTIVES).map((n) => ({ name: `Objective ${n}`, weight: 10 + n, portfolioId: portfolio.id })),
    select: { id: true },
  });
  const projects = await prisma.project.createManyAndReturn({
    data: range(shape.projects).map((n) => ({
      code: `BENCH-${String(n).padStart(3, '0')}`,
      name: `Benchmark project ${n}`,
      portfolioId: portfolio.id,
      managerId: at(managers, n).id,
      status: 'ACTIVE' as const,
      budget: '250000.00',
    })),
    select: { id: true },
  });
  // Explicit, distinct timestamps: members are listed by createdAt, and ties would let the two
  // servers return them in different orders.
  const base = Date.UTC(2026, 0, 1);
  await prisma.projectMember.createMany({
    data: projects.flatMap((project, p) =>
      range(shape.membersPerProject).map((k) => ({
        projectId: project.id,
        userId: at(people, p * shape.membersPerProject + k).id,
        projectRole: k === 0 ? 'Business analyst' : 'Engineer',
        createdAt: new Date(base + (p * shape.membersPerProject + k) * 1000),
      })),
    ),
  });
  // Distinct scores per project for the same reason (alignments are listed by score).
  await prisma.projectObjective.createMany({
    data: projects.flatMap((project, p) =>
      range(shape.objectivesPerProject).map((k) => ({ projectId: project.id, objectiveId: at(objectives, p + k).id, score: 5 - k })),
    ),
  });
}

const range = (count: number) => Array.from({ length: count }, (_, n) => n);

/** Round-robin pick. */
function at<T>(list: readonly T[], n: number): T {
  return list[n % list.length]!;
}
