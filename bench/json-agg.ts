// The second reference point: the whole answer built by PostgreSQL in one hand-written statement
// (json_agg / json_build_object), sent as it comes. No ORM hydration, no framework, no auth: the
// floor of what serving this answer costs. Same shape as the minimal Prisma handler's `select`
// answer (baseline.ts), so `fromBaseline` reads both and the bench checks them equivalent.
import { createServer, type Server } from 'node:http';
import type { PrismaClient } from '../server/platform/db/generated/prisma/client.js';

// The same orders as the GraphQL resolvers and the minimal handler (see baseline.ts); the per-
// parent LIMIT is in SQL, as one would write it by hand.
const PORTFOLIOS_JSON = `
SELECT coalesce(json_agg(json_build_object(
  'name', pf.name,
  'projects', (
    SELECT coalesce(json_agg(json_build_object(
      'code', pr.code,
      'manager', (SELECT json_build_object('name', mgr.name) FROM "User" mgr WHERE mgr.id = pr."managerId"),
      'members', (
        SELECT coalesce(json_agg(json_build_object('user', json_build_object('name', mu.name)) ORDER BY pm."createdAt"), '[]'::json)
        FROM "ProjectMember" pm JOIN "User" mu ON mu.id = pm."userId" WHERE pm."projectId" = pr.id),
      'objectives', (
        SELECT coalesce(json_agg(json_build_object('objective', json_build_object('name', so.name)) ORDER BY po.score DESC), '[]'::json)
        FROM "ProjectObjective" po JOIN "StrategicObjective" so ON so.id = po."objectiveId" WHERE po."projectId" = pr.id)
    ) ORDER BY pr.code, pr.id), '[]'::json)
    FROM (SELECT id, code, "managerId" FROM "Project" WHERE "portfolioId" = pf.id ORDER BY code, id LIMIT $1) pr)
) ORDER BY pf.name, pf.id), '[]'::json)::text AS portfolios
FROM "Portfolio" pf`;

/** The answer's JSON text, `{"portfolios":[…]}`, from one SQL statement. */
async function portfoliosJson(prisma: PrismaClient, projectsPerPortfolio: number): Promise<string> {
  const rows = await prisma.$queryRawUnsafe<{ portfolios: string }[]>(PORTFOLIOS_JSON, projectsPerPortfolio);
  return `{"portfolios":${rows[0]!.portfolios}}`;
}

export function createJsonAggServer(prisma: PrismaClient, projectsPerPortfolio: number): Server {
  return createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      portfoliosJson(prisma, projectsPerPortfolio).then(
        (body) => {
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
