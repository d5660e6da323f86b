// The PMO's change-control settings (one row, id 1): above which budget delta a change request
// also needs a PMO approval. Read at submission: a submitted request keeps the rule it was
// submitted under.
import { isAdmin } from '../auth/access.js';
import { recordAudit } from '../platform/audit.js';
import type { Db, ServiceContext } from '../platform/context.js';
import { transaction } from '../platform/db/transaction.js';
import { ForbiddenError, ValidationError } from '../platform/errors.js';
import { staleVersion } from '../platform/versioning.js';
import { amountOf, centsOf } from './lib/change-requests.js';

export interface ChangeControlSettings {
  /** Money, as decimal text ("50000.00"). */
  pmoApprovalAboveBudgetDelta: string;
  /** 0 while the defaults apply. */
  version: number;
}

/** The default threshold: budget changes above 50,000 need the PMO too. */
export const DEFAULT_PMO_APPROVAL_ABOVE_BUDGET_DELTA = '50000.00';

export async function changeControlSettings(db: Db): Promise<ChangeControlSettings> {
  const row = await db.changeControlSettings.findUnique({ where: { id: 1 } });
  return row
    ? { pmoApprovalAboveBudgetDelta: amountOf(centsOf(row.pmoApprovalAboveBudgetDelta)), version: row.version }
    : { pmoApprovalAboveBudgetDelta: DEFAULT_PMO_APPROVAL_ABOVE_BUDGET_DELTA, version: 0 };
}

export async function updateChangeControlSettings(ctx: ServiceContext, input: { version: number; pmoApprovalAboveBudgetDelta: string }): Promise<ChangeControlSettings> {
  if (!isAdmin(ctx.viewer)) throw new ForbiddenError('Only the PMO (PMO_ADMIN) changes the change-control settings');
  if (centsOf(input.pmoApprovalAboveBudgetDelta) < 0) throw ValidationError.single(['input', 'pmoApprovalAboveBudgetDelta'], 'must not be negative');
  const threshold = amountOf(centsOf(input.pmoApprovalAboveBudgetDelta));
  return transaction(ctx, async (tx) => {
    const before = await changeControlSettings(tx);
    if (before.version !== input.version) throw await staleVersion('change-control settings', () => Promise.resolve(before));
    await tx.changeControlSettings.upsert({
      where: { id: 1 },
      create: { id: 1, pmoApprovalAboveBudgetDelta: threshold },
      update: { pmoApprovalAboveBudgetDelta: threshold, version: { increment: 1 } },
    });
    const after = await changeControlSettings(tx);
    await recordAudit(tx, { actorId: ctx.viewer.id, action: 'changeControlSettings.updated', entityType: 'ChangeControlSettings', entityId: '00000000-0000-0000-0000-000000000001', before, after });
    return after;
  });
}
