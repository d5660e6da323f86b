// Stores alerts in the transaction of the change that raised them, and publishes them once that
// transaction commits (platform/db/transaction.ts).
import type { Tx } from '../../platform/context.js';
import type { Prisma } from '../../platform/db/generated/prisma/client.js';
import type { RiskAlertSource } from '../../platform/db/generated/prisma/enums.js';
import { publishAfterCommit } from '../../platform/db/transaction.js';
import { type Candidate, decide } from '../lib/alert-conditions.js';
import { RISK_ALERTS } from './topic.js';

// Any constant: it names the one lock every alert-writing transaction takes.
const ALERT_LOCK = 7_424_170_001;

/**
 * Serialises the transactions that write alerts, until they commit. Deduplication then reads
 * every alert committed before it (no two transactions raise the same alert), and `seq` is
 * assigned in commit order (a replaying client never skips an alert that committed late).
 */
async function lockAlerts(tx: Tx): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ALERT_LOCK}::bigint)`;
}

export interface Scope {
  /** The sources whose conditions were all checked. */
  sources: readonly RiskAlertSource[];
  /** The projects whose conditions of this source were all checked (undefined: every project). */
  projectIds?: readonly string[];
  /** Narrower: only these risks' conditions were checked. */
  riskIds?: readonly string[];
  /** Narrower: only the conditions with these trigger keys were checked (e.g. one person's over-allocation). */
  triggerKeys?: readonly string[];
}

export interface Reconciled {
  raised: number;
  resolved: number;
}

/**
 * Brings the stored alerts of `scope` in line with the conditions that hold now (`holding` is
 * every one of them in the scope): raises what deduplication lets through, resolves alerts
 * whose condition stopped holding or that a more severe alert supersedes.
 */
export async function reconcile(
  tx: Tx,
  scope: Scope,
  holding: readonly Candidate[],
  now = new Date(),
): Promise<Reconciled> {
  if (scope.sources.length === 0 || scope.projectIds?.length === 0 || scope.riskIds?.length === 0 || scope.triggerKeys?.length === 0) return { raised: 0, resolved: 0 };
  await lockAlerts(tx);
  const where: Prisma.RiskAlertWhereInput = {
    source: { in: [...scope.sources] },
    resolvedAt: null,
    ...(scope.projectIds && { projectId: { in: [...scope.projectIds] } }),
    ...(scope.riskIds && { riskId: { in: [...scope.riskIds] } }),
    ...(scope.triggerKeys && { triggerKey: { in: [...scope.triggerKeys] } }),
  };
  const open = await tx.riskAlert.findMany({
    where,
    select: { id: true, source: true, triggerKey: true, projectId: true, riskId: true, severity: true, acknowledgedAt: true },
  });
  const { raise, resolve } = decide(holding, open);
  if (resolve.length) await tx.riskAlert.updateMany({ where: { id: { in: resolve } }, data: { resolvedAt: now } });
  if (raise.length) {
    const rows = await tx.riskAlert.createManyAndReturn({
      data: raise.map(({ eventful: _eventful, ...candidate }) => ({ ...candidate, evidence: candidate.evidence as Prisma.InputJsonValue, createdAt: now })),
      select: { id: true, seq: true, projectId: true, riskId: true, severity: true, createdAt: true, project: { select: { portfolioId: true } } },
    });
    publishAfterCommit(
      tx,
      RISK_ALERTS,
      rows
        .map(({ project, createdAt, ...row }) => ({ ...row, portfolioId: project.portfolioId, raisedAt: createdAt.toISOString() }))
        .sort((a, b) => a.seq - b.seq),
    );
  }
  return { raised: raise.length, resolved: resolve.length };
}
