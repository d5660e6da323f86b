// The portfolio a project is created in or moved to, read here rather than through the
// portfolio domain: the portfolio domain builds on projects (its scenarios commit through
// transitionProject), so projects must not import it back (no cycles between domains).
import type { Tx } from '../platform/context.js';
import { NotFoundError, ValidationError } from '../platform/errors.js';

export async function getPortfolio(tx: Tx, id: string, path?: string[]) {
  const portfolio = await tx.portfolio.findUnique({ where: { id } });
  if (!portfolio) {
    if (path) throw ValidationError.single(path, 'No portfolio has this id');
    throw new NotFoundError('Portfolio', id);
  }
  return portfolio;
}
