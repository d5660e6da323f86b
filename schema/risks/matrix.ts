// riskMatrix: the 5 × 5 probability × impact grid of open risks with the risks in each cell.
// Two statements whatever the number of risks and cells (plus one per relation selected on the
// risks): the grid from one query of ids, then the shown risks of every cell in one batch.
import type { Risk } from '../../server/platform/db/generated/prisma/client.js';
import { keyedRequestLoader } from '../../server/platform/loaders.js';
import { ValidationError } from '../../server/platform/errors.js';
import { type MatrixCell, riskMatrix, type RiskMatrix } from '../../server/risks/index.js';
import { builder } from '../builder.js';
import type { AppContext } from '../shared/context.js';
import { optionalIdOf } from '../shared/ids.js';
import { firstArgOptions } from '../shared/pages.js';

const CELL_RISKS_DEFAULT = 5;

/**
 * Loads risks by id for every cell of the request at once. Keyed by the planned query, so cells
 * selecting different fields (aliases) each get the relations they asked for.
 */
const risksById = keyedRequestLoader<AppContext, object, string, Risk | null>(
  (query) => JSON.stringify(query),
  async (ctx, query, ids) => {
    const rows = await ctx.prisma.risk.findMany({ ...query, where: { id: { in: [...ids] } } });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  },
);

const RiskMatrixCellRef = builder.objectRef<MatrixCell>('RiskMatrixCell').implement({
  description: 'The open risks with one probability and one impact.',
  fields: (t) => ({
    probability: t.exposeInt('probability', { description: '1 (rare) .. 5 (almost certain).' }),
    impact: t.exposeInt('impact', { description: '1 (negligible) .. 5 (severe).' }),
    score: t.exposeInt('score', { description: 'probability × impact.' }),
    count: t.exposeInt('count', { description: 'Open risks in the cell (all of them, whatever `risks(first)` shows).' }),
    risks: t.prismaField({
      type: ['Risk'],
      description: 'The first risks of the cell: nearest due date first, then the oldest.',
      args: { first: t.arg.int(firstArgOptions(CELL_RISKS_DEFAULT)) },
      resolve: async (query, cell, args, ctx) => {
        const ids = cell.riskIds.slice(0, args.first ?? CELL_RISKS_DEFAULT);
        const rows = await risksById(ctx, query).loadMany(ids);
        // A risk deleted between the two statements is left out.
        return rows.filter((row): row is Risk => row !== null && !(row instanceof Error));
      },
    }),
  }),
});

const RiskMatrixRef = builder.objectRef<RiskMatrix>('RiskMatrix').implement({
  description: 'The 5 × 5 probability × impact grid of open risks.',
  fields: (t) => ({
    openRisks: t.exposeInt('openRisks', { description: 'Open risks on the matrix (the sum of the cell counts).' }),
    cells: t.field({
      type: [RiskMatrixCellRef],
      description: 'All 25 cells, as a grid is drawn: probability 5 down to 1, each from impact 1 to 5.',
      resolve: (matrix) => matrix.cells,
    }),
  }),
});

builder.queryFields((t) => ({
  riskMatrix: t.field({
    type: RiskMatrixRef,
    description: 'Open risks on the probability × impact grid, for one portfolio or one project (or, without either, every project the viewer may read).',
    // Counts the open risks in scope in SQL (its cells are counted as a list of 25).
    extensions: { cost: 25 },
    args: {
      portfolioId: t.arg.globalID({ description: 'Only risks of projects in this portfolio.' }),
      projectId: t.arg.globalID({ description: 'Only risks of this project.' }),
    },
    resolve: (_root, args, ctx) => {
      if (args.portfolioId && args.projectId) {
        throw ValidationError.single(['projectId'], 'Give a portfolioId or a projectId, not both');
      }
      const portfolioId = optionalIdOf(args.portfolioId, 'Portfolio', ['portfolioId']);
      const projectId = optionalIdOf(args.projectId, 'Project', ['projectId']);
      return riskMatrix(ctx.prisma, ctx.viewer, { portfolioId, projectId });
    },
  }),
}));
