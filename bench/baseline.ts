// The reference point: the same data from a minimal node:http handler, one Prisma findMany with
// the equivalent nested select, then JSON.stringify. No framework, no auth, no GraphQL.
//
// It runs in the bench's own process, on the very Prisma client (and so the same PGlite instance
// or PostgreSQL pool) that the GraphQL app uses. A child process could not reach an in-memory
// PGlite at all, and sharing the client means both servers have the same driver, pool size,
// statement counter and warmed-up JIT. The two are never loaded at the same time (the runs
// alternate), so neither steals the other's CPU.
import { createServer, type Server } from 'node:http';
import type { PrismaClient } from '../server/db/generated/prisma/client.js';

/** The GraphQL query's data, selected the way a hand-written endpoint would. */
export function loadPortfolios(prisma: PrismaClient, projectsPerPortfolio: number) {
  return prisma.portfolio.findMany({
    // The same orders as the GraphQL resolvers (schema/portfolios.ts, project-filters.ts,
    // projects.ts), so both answers list the same records in the same order.
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    select: {
      name: true,
      projects: {
        take: projectsPerPortfolio,
        orderBy: [{ code: 'asc' }, { id: 'asc' }],
        select: {
          code: true,
          manager: { select: { name: true } },
          members: { orderBy: { createdAt: 'asc' }, select: { user: { select: { name: true } } } },
          objectives: { orderBy: { score: 'desc' }, select: { objective: { select: { name: true } } } },
        },
      },
    },
  });
}

export type BaselinePortfolios = Awaited<ReturnType<typeof loadPortfolios>>;

export function createBaselineServer(prisma: PrismaClient, projectsPerPortfolio: number): Server {
  return createServer((req, res) => {
    // The load generator sends both servers the same POST; read it to the end like any handler.
    req.resume();
    req.on('end', () => {
      loadPortfolios(prisma, projectsPerPortfolio).then(
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
