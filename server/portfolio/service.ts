// Portfolio use cases. Creating portfolios and handing them to another owner are PMO decisions.
import { canCreatePortfolio, canManagePortfolio, isAdmin } from '../auth/access.js';
import { recordAudit } from '../platform/audit.js';
import type { ServiceContext, Tx } from '../platform/context.js';
import { withUniqueAsConflict } from '../platform/db/constraints.js';
import type { Role } from '../platform/db/generated/prisma/enums.js';
import { transaction } from '../platform/db/transaction.js';
import { ForbiddenError, ValidationError } from '../platform/errors.js';
import { changesOf, rejectNulls, updateVersioned } from '../platform/versioning.js';
import { getPortfolio } from '../projects/index.js';
import { requireUser } from '../users/index.js';

export const PORTFOLIO_OWNER_ROLES: readonly Role[] = ['PORTFOLIO_MANAGER', 'PMO_ADMIN'];

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
    await withUniqueAsConflict(
      () => updateVersioned(tx.portfolio, 'portfolio', { id }, version, changes),
      `A portfolio named ${String(changes.name)} already exists`,
    );
    const after = await tx.portfolio.findUniqueOrThrow({ where: { id } });
    await recordAudit(tx, { actorId: viewer.id, action: 'portfolio.updated', entityType: 'Portfolio', entityId: id, before, after });
    return after;
  });
}

async function assertNameFree(tx: Tx, name: string): Promise<void> {
  const taken = await tx.portfolio.findUnique({ where: { name }, select: { id: true } });
  if (taken) throw ValidationError.single(['input', 'name'], `A portfolio named ${name} already exists`);
}
