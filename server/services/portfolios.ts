// Portfolio use cases. Creating portfolios and handing them to another owner are PMO decisions.
import { canCreatePortfolio, canManagePortfolio, isAdmin } from '../auth/access.js';
import { ForbiddenError, ValidationError } from '../errors.js';
import { recordAudit } from './audit.js';
import { withUniqueAsConflict } from './errors-map.js';
import { getPortfolio, PORTFOLIO_OWNER_ROLES, requireUser } from './lookups.js';
import { changesOf, rejectNulls, staleVersion } from './updates.js';
import type { ServiceContext, Tx } from './service-context.js';
import { transaction } from './transaction.js';

export interface CreatePortfolioInput {
  name: string;
  description?: string | null;
  budget?: string | null;
  ownerId: string;
}

export async function createPortfolio(ctx: ServiceContext, input: CreatePortfolioInput) {
  const { viewer } = ctx;
  if (!canCreatePortfolio(viewer)) throw new ForbiddenError('Only the PMO creates portfolios');
  return transaction(ctx, async (tx) => {
    await requireUser(tx, input.ownerId, ['input', 'ownerId'], PORTFOLIO_OWNER_ROLES, 'owner');
    await assertNameFree(tx, input.name);
    const portfolio = await withUniqueAsConflict(
      () =>
        tx.portfolio.create({
          data: { name: input.name, description: input.description ?? '', budget: input.budget ?? '0', ownerId: input.ownerId },
        }),
      `A portfolio named ${input.name} already exists`,
    );
    await recordAudit(tx, { actorId: viewer.id, action: 'portfolio.created', entityType: 'Portfolio', entityId: portfolio.id, after: portfolio });
    return portfolio;
  });
}

export interface UpdatePortfolioInput {
  id: string;
  version: number;
  name?: string | null;
  description?: string | null;
  budget?: string | null;
  ownerId?: string | null;
}

export async function updatePortfolio(ctx: ServiceContext, input: UpdatePortfolioInput) {
  const { viewer } = ctx;
  const { id, version, ...patch } = input;
  const changes = changesOf(patch);
  rejectNulls(patch, ['name', 'budget', 'ownerId', 'description']);
  return transaction(ctx, async (tx) => {
    const before = await getPortfolio(tx, id);
    if (!canManagePortfolio(viewer, before)) throw new ForbiddenError('You do not own this portfolio');
    if (changes.ownerId && changes.ownerId !== before.ownerId) {
      if (!isAdmin(viewer)) throw new ForbiddenError('Only the PMO hands a portfolio to another owner');
      await requireUser(tx, changes.ownerId as string, ['input', 'ownerId'], PORTFOLIO_OWNER_ROLES, 'owner');
    }
    if (changes.name && changes.name !== before.name) await assertNameFree(tx, changes.name as string);
    const { count } = await withUniqueAsConflict(
      () => tx.portfolio.updateMany({ where: { id, version }, data: { ...changes, version: { increment: 1 } } }),
      `A portfolio named ${String(changes.name)} already exists`,
    );
    if (count === 0) throw await staleVersion('portfolio', () => tx.portfolio.findUnique({ where: { id }, select: { version: true } }));
    const after = await tx.portfolio.findUniqueOrThrow({ where: { id } });
    await recordAudit(tx, { actorId: viewer.id, action: 'portfolio.updated', entityType: 'Portfolio', entityId: id, before, after });
    return after;
  });
}

async function assertNameFree(tx: Tx, name: string): Promise<void> {
  const taken = await tx.portfolio.findUnique({ where: { name }, select: { id: true } });
  if (taken) throw ValidationError.single(['input', 'name'], `A portfolio named ${name} already exists`);
}
