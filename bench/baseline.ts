// The reference point: the same data from a minimal node:http handler, one Prisma findMany with
// the equivalent nested select (or include), then JSON.stringify. No framework, no auth, no GraphQL.
//
// It runs in the bench's own process, on the very Prisma client (and so the same PGlite instance
// or PostgreSQL pool) that the GraphQL app uses. A child process could not reach an in-memory
// PGlite at all, and sharing the client means both servers have the same driver, pool size,
// statement counter and warmed-up JIT. The two are never loaded at the same time (the runs
// alternate), so neither steals the other's CPU.
import { createServer, type Server } from 'node:http';
import type { PrismaClient } from '../server/platform/db/generated/prisma/client.js';

/**
 * How the handler asks Prisma for the data. `select` (default) reads only the columns the answer
 * holds, as a hand-written endpoint would. `include` loads whole rows, as Pothos does for types
 * without a `select`, and so returns more than the GraphQL answer (the check only compares the
 * common fields): it shows the stack's own overhead with the database work held equal.
 */
export type BaselineMode = 'select' | 'include';

// The same orders as the GraphQL resolvers (schema/portfolio/portfolios.ts, schema/projects/filters.ts,
// schema/projects/projects.ts), so both answers list the same records in the same order.
const portfolioOrder = [{ name: 'asc' as const }, { id: 'asc' as const }];
const projectOrder = [{ code: 'asc' as const }, { id: 'asc' as const }];
const memberOrder = { createdAt: 'asc' as const };
const alignmentOrder = { score: 'desc' as const };

export function loadPortfolios(prisma: PrismaClient, projectsPerPortfolio: number, mode: BaselineMode = 'select') {
  if (mode === 'include') {
    return prisma.portfolio.findMany({
      orderBy: portfolioOrder,
      include: {
        projects: {
          take: projectsPerPortfolio,
          orderBy: projectOrder,
          include: {
            manager: true,
            members: { orderBy: memberOrder, include: { user: true } },
            objectives: { orderBy: alignmentOrder, include: { objective: true } },
          },
        },
      },
    });
  }
  return prisma.portfolio.findMany({
    orderBy: portfolioOrder,
    select: {
      name: true,
      projects: {
        take: projectsPerPortfolio,
        orderBy: projectOrder,
        select: {
          code: true,
          manager: { select: { name: true } },
          members: { orderBy: memberOrder, select: { user: { select: { name: true } } } },
          objectives: { orderBy: alignmentOrder, select: { objective: { select: { name: true } } } },
        },
      },
    },
  });
}

export type BaselinePortfolios = Awaited<ReturnType<typeof loadPortfolios>>;

export function createBaselineServer(prisma: PrismaClient, projectsPerPortfolio: number, mode: BaselineMode): Server {
  return createServer((req, res) => {
    // The load generator sends both servers the same POST; read it to the end like any handler.
    req.resume();
    req.on('end', () => {
      loadPortfolios(prisma, projectsPerPortfolio, mode).then(
        (portfolios) => {
          const body = JSON.stringify({ portfolios });
          res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
          res.end(body);
        },
        (error: unknown) => {
          res.writeHead(500, { 'content-type': 'text/plain' });
          res.end(String(error));
        },
      );
    });
  });
}
