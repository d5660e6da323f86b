// The floor under our GraphQL endpoint: graphql-yoga and graphql-js with the same query and data,
// but nothing of ours. A schema written in SDL with default resolvers over the minimal handler's
// one Prisma query (baseline.ts): no Pothos, no authorisation, no viewer, no cost limits, no
// metrics. What it costs beyond the minimal handler is the price of GraphQL itself on this stack
// (parse and validation are cached by yoga; what remains is execution and serialisation); what
// our endpoint costs beyond it is ours.
import { createServer, type Server } from 'node:http';
import { createSchema, createYoga } from 'graphql-yoga';
import type { PrismaClient } from '../server/platform/db/generated/prisma/client.js';
import { loadPortfolios, type BaselinePortfolios } from './baseline.js';

const typeDefs = /* GraphQL */ `
  type Query { portfolios: PortfolioConnection! }
  type PortfolioConnection { edges: [PortfolioEdge!]! }
  type PortfolioEdge { node: Portfolio! }
  type Portfolio { name: String! projects(first: Int): ProjectConnection! }
  type ProjectConnection { edges: [ProjectEdge!]! }
  type ProjectEdge { node: Project! }
  type Project { code: String! manager: User members: [Member!]! objectives: [Objective!]! }
  type Member { user: User! }
  type User { name: String! }
  type Objective { name: String! }
`;

type Portfolio = BaselinePortfolios[number];
type Project = Portfolio['projects'][number];

export function createBareYogaServer(prisma: PrismaClient, projectsPerPortfolio: number): Server {
  const schema = createSchema<Record<string, never>>({
    typeDefs,
    resolvers: {
      Query: {
        portfolios: async () => ({ edges: (await loadPortfolios(prisma, projectsPerPortfolio)).map((node) => ({ node })) }),
      },
      Portfolio: { projects: (portfolio: Portfolio) => ({ edges: portfolio.projects.map((node) => ({ node })) }) },
      Project: { objectives: (project: Project) => project.objectives.map((alignment) => alignment.objective) },
    },
  });
  return createServer(createYoga<Record<string, never>>({ schema, graphqlEndpoint: '/graphql', logging: false, landingPage: false, graphiql: false }));
}
