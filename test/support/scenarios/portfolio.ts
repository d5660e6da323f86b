// Portfolios and strategic objectives: the seeded ones, and new ones made through the API.
import type { PrismaClient } from '../../../server/platform/db/generated/prisma/client.js';
import { graphql } from '../../gql/index.js';
import type { TestServer } from '../harness.js';
import { type Handle, handle, handleOf, mutate } from './mutate.js';
import { type People, type Person } from './people.js';

const CreatePortfolio = graphql(`
  mutation ScenarioCreatePortfolio($input: CreatePortfolioInput!) {
    createPortfolio(input: $input) {
      __typename
      ... on MutationCreatePortfolioSuccess { data { id name version } }
      ... on Error { message }
    }
  }
`);
const CreateObjective = graphql(`
  mutation ScenarioCreateObjective($input: CreateObjectiveInput!) {
    createObjective(input: $input) {
      __typename
      ... on MutationCreateObjectiveSuccess { data { id name version } }
      ... on Error { message }
    }
  }
`);

export interface PortfolioHandle extends Handle {
  name: string;
  version: number;
}
export interface ObjectiveHandle extends Handle {
  name: string;
  version: number;
}

/** The seeded objectives, by the names the tests use. */
const SEEDED_OBJECTIVES = {
  digitalRevenue: 'Grow digital revenue by 20% by 2028',
  costReduction: 'Reduce operating cost by 10%',
  customerNps: 'Raise customer NPS to 45', // of Digital Transformation; the others are organisation-wide
} as const;

export class PortfolioScenario {
  private counter = 0;

  private constructor(
    private readonly server: TestServer,
    private readonly people: People,
    private readonly label: string,
    /** Digital Transformation, owned by portfolio@. */
    readonly digital: Handle,
    /** Operational Excellence, owned by portfolio2@. */
    readonly operations: Handle,
    readonly objectives: Record<keyof typeof SEEDED_OBJECTIVES, Handle>,
  ) {}

  static async load(server: TestServer, people: People, label: string): Promise<PortfolioScenario> {
    const prisma = server.runtime.db.prisma;
    const portfolio = async (name: string) => handle('Portfolio', (await prisma.portfolio.findUniqueOrThrow({ where: { name } })).id);
    const objectives = {} as Record<keyof typeof SEEDED_OBJECTIVES, Handle>;
    for (const [key, name] of Object.entries(SEEDED_OBJECTIVES)) {
      objectives[key as keyof typeof SEEDED_OBJECTIVES] = handle('StrategicObjective', (await prisma.strategicObjective.findFirstOrThrow({ where: { name } })).id);
    }
    return new PortfolioScenario(server, people, label, await portfolio('Digital Transformation'), await portfolio('Operational Excellence'), objectives);
  }

  /** A new portfolio through createPortfolio, owned by portfolio@ unless `owner` says who. */
  async create(options: { name?: string; owner?: Person; budget?: string; description?: string } = {}, as: Person = 'admin'): Promise<PortfolioHandle> {
    const { owner = 'owner', name = `${this.label} portfolio ${++this.counter}`, ...rest } = options;
    const data = await mutate(this.server, this.people.email(as), CreatePortfolio, {
      input: { name, ownerId: this.people.gid(owner), ...rest },
    });
    return { ...handleOf(data.id), name: data.name, version: data.version };
  }

  /** A new objective through createObjective: of `portfolio`, or organisation-wide without one. */
  async createObjective(
    options: { portfolio?: Handle | null; name?: string; weight?: number; description?: string } = {},
    as: Person = 'admin',
  ): Promise<ObjectiveHandle> {
    const { portfolio, name = `${this.label} objective ${++this.counter}`, ...rest } = options;
    const data = await mutate(this.server, this.people.email(as), CreateObjective, {
      input: { name, portfolioId: portfolio?.gid, ...rest },
    });
    return { ...handleOf(data.id), name: data.name, version: data.version };
  }
}

// ---- bulk data for statement counts, written directly -------------------------------------------

export interface BulkPortfolio {
  portfolioId: string;
  ownerEmail: string;
  memberEmail: string;
  /** Adds `count` projects, each with its own manager, 3 members (one the portfolio's member) and 2 objectives. */
  addProjects(count: number): Promise<void>;
}

/**
 * A portfolio of its own people (an owner and a member who is on every project), with three
 * objectives, for statement counts on a server without the demo organisation. Written directly:
 * the API creates no people, and the projects' audit trails, which createProject and
 * addProjectMember would fill, are part of what those counts read (empty, as here, they cost
 * fewer statements than they would with one event).
 */
export async function writeBulkPortfolioDirectly(prisma: PrismaClient, label: string): Promise<BulkPortfolio> {
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
  const addProjects = async (count: number) => {
    const objectives = await prisma.strategicObjective.findMany({ where: { portfolioId: portfolio.id }, select: { id: true } });
    const existing = await prisma.project.count({ where: { portfolioId: portfolio.id } });
    for (let i = existing; i < existing + count; i++) {
      const code = `P${portfolio.id.slice(-6).toUpperCase()}-${i}`;
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
          portfolioId: portfolio.id,
          managerId: manager.id,
          budget: '100000.00',
          members: {
            create: [member, ...helpers].map((user, n) => ({ userId: user.id, projectRole: n === 0 ? 'Analyst' : 'Engineer' })),
          },
          objectives: { create: objectives.slice(0, 2).map((objective, n) => ({ objectiveId: objective.id, score: 5 - n })) },
        },
      });
    }
  };
  return { portfolioId: portfolio.id, ownerEmail: owner.email, memberEmail: member.email, addProjects };
}
