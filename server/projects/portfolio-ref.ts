// A portfolio by id, for the projects it holds and for the portfolio domain's own use cases: it
// lives here because the portfolio domain builds on projects (its scenarios commit through
// transitionProject), so projects must not import it back (no cycles between domains).
import type { Tx } from '../platform/context.js';
import { NotFoundError, ValidationError } from '../platform/errors.js';

/** The portfolio, or (with `path`) a ValidationError on that input field, else NotFoundError. */
export async function getPortfolio(tx: Tx, id: string, path?: string[]) {
  const portfolio = await tx.portfolio.findUnique({ where: { id } });
  if (!portfolio) {
    if (path) throw ValidationError.single(path, 'No portfolio has this id');
    throw new NotFoundError('Portfolio', id);
  }
  return portfolio;
}
