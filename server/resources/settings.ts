// The PMO's resource settings (one row, id 1): the over-allocation tolerance. Changing it
// re-checks everyone's over-allocation in the same transaction.
import { isAdmin } from '../auth/access.js';
import { recordAudit } from '../platform/audit.js';
import { EVERYONE, personLoadChanged } from '../platform/changes.js';
import type { Db, ServiceContext } from '../platform/context.js';
import { transaction } from '../platform/db/transaction.js';
import { ForbiddenError, ValidationError } from '../platform/errors.js';
import { staleVersion } from '../platform/versioning.js';
import { DEFAULT_OVERALLOCATION_TOLERANCE } from './lib/load.js';

export interface ResourceSettings {
  /** Fraction of capacity hard bookings may exceed it by (0.1 = 10%). */
  overallocationTolerance: number;
  /** 0 while the defaults apply. */
  version: number;
}

/** The largest tolerance the PMO may set: 100% (twice the capacity). */
export const MAX_OVERALLOCATION_TOLERANCE = 1;

export async function resourceSettings(db: Db): Promise<ResourceSettings> {
  const row = await db.resourceSettings.findUnique({ where: { id: 1 } });
  return row ? { overallocationTolerance: Number(row.overallocationTolerance), version: row.version } : { overallocationTolerance: DEFAULT_OVERALLOCATION_TOLERANCE, version: 0 };
}

export async function updateResourceSettings(ctx: ServiceContext, input: { version: number; overallocationTolerance: number }): Promise<ResourceSettings> {
  if (!isAdmin(ctx.viewer)) throw new ForbiddenError('Only the PMO (PMO_ADMIN) changes the resource settings');
  const tolerance = input.overallocationTolerance;
  if (!(tolerance >= 0 && tolerance <= MAX_OVERALLOCATION_TOLERANCE) || Math.abs(tolerance * 1000 - Math.round(tolerance * 1000)) > 1e-6) {
    throw ValidationError.single(['input', 'overallocationTolerance'], `overallocationTolerance must be from 0 to ${MAX_OVERALLOCATION_TOLERANCE}, in thousandths (0.1 is 10%)`);
  }
  return transaction(ctx, async (tx) => {
    const before = await resourceSettings(tx);
    if (before.version !== input.version) throw await staleVersion('resource settings', () => Promise.resolve(before));
    await tx.resourceSettings.upsert({ where: { id: 1 }, create: { id: 1, overallocationTolerance: tolerance }, update: { overallocationTolerance: tolerance, version: { increment: 1 } } });
    const after = await resourceSettings(tx);
    await recordAudit(tx, { actorId: ctx.viewer.id, action: 'resourceSettings.updated', entityType: 'ResourceSettings', entityId: '00000000-0000-0000-0000-000000000001', before, after });
    personLoadChanged.announce(tx, [EVERYONE]);
    return after;
  });
}
