// Risk alert use cases: acknowledge an alert, change the thresholds, run the sweep now.
import { canAcknowledgeAlert, isAdmin, projectReadFilter } from '../../auth/access.js';
import { PROJECT_ACCESS } from '../../auth/project-access.js';
import { recordAudit } from '../../platform/audit.js';
import type { ServiceContext, Tx } from '../../platform/context.js';
import type { RiskAlertSettings } from '../../platform/db/generated/prisma/client.js';
import { transaction } from '../../platform/db/transaction.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../platform/errors.js';
import { changesOf, updateVersioned } from '../../platform/versioning.js';
import { sweepAlerts } from './sources.js';
import type { Reconciled } from './store.js';
import type { Thresholds } from './thresholds.js';

/** Marks the alert as taken in hand; its condition may alert again (see lib/alert-conditions.ts). */
export async function acknowledgeRiskAlert(ctx: ServiceContext, input: { id: string }): Promise<{ id: string }> {
  const { viewer } = ctx;
  return transaction(ctx, async (tx) => {
    const alert = await tx.riskAlert.findFirst({
      // An alert of a project the viewer may not read does not exist for them.
      where: { id: input.id, project: projectReadFilter(viewer) },
      include: {
        risk: { select: { ownerId: true } },
        project: { select: PROJECT_ACCESS },
      },
    });
    if (!alert) throw new NotFoundError('RiskAlert', input.id);
    if (!canAcknowledgeAlert(viewer, alert.project, alert.risk)) {
      throw new ForbiddenError(
        alert.risk ? 'Only the managers of the project and the risk owner may acknowledge this alert' : 'Only the managers of the project may acknowledge this alert',
      );
    }
    const acknowledgedAt = new Date();
    const { count } = await tx.riskAlert.updateMany({
      where: { id: alert.id, acknowledgedAt: null },
      data: { acknowledgedAt, acknowledgedById: viewer.id },
    });
    if (count === 0) throw await alreadyAcknowledged(tx, alert.id);
    await recordAudit(tx, {
      actorId: viewer.id,
      action: 'riskAlert.acknowledged',
      entityType: 'RiskAlert',
      entityId: alert.id,
      projectId: alert.projectId,
      after: { acknowledgedAt, severity: alert.severity, triggerKey: alert.triggerKey },
    });
    return { id: alert.id };
  });
}

async function alreadyAcknowledged(tx: Tx, id: string): Promise<ValidationError> {
  // Read in the transaction (READ COMMITTED: this statement sees the winner of a race, committed
  // before our update matched no row). Not through another connection: on PGlite there is only
  // one, held by this transaction, and the read would wait for the transaction to time out.
  const current = await tx.riskAlert.findUnique({
    where: { id },
    select: { acknowledgedAt: true, acknowledgedBy: { select: { name: true } } },
  });
  const by = current?.acknowledgedBy ? ` by ${current.acknowledgedBy.name}` : '';
  const at = current?.acknowledgedAt ? ` at ${current.acknowledgedAt.toISOString()}` : '';
  return ValidationError.single(['input', 'id'], `The alert was already acknowledged${by}${at}`);
}

export interface UpdateSettingsInput {
  version: number;
  highThreshold?: number | null;
  criticalThreshold?: number | null;
}

/** The PMO sets the score thresholds; they apply from the next assessment of each risk. */
export async function updateRiskAlertSettings(ctx: ServiceContext, input: UpdateSettingsInput): Promise<RiskAlertSettings> {
  const { viewer } = ctx;
  if (!isAdmin(viewer)) throw new ForbiddenError('Only the PMO may change the alert thresholds');
  const { version, ...patch } = input;
  const changes = changesOf(patch) as Partial<Thresholds>;
  return transaction(ctx, async (tx) => {
    const before = await tx.riskAlertSettings.upsert({ where: { id: 1 }, create: { id: 1 }, update: {} });
    const issues = [];
    for (const field of ['highThreshold', 'criticalThreshold'] as const) {
      if (field in changes && changes[field] === null) issues.push({ path: ['input', field], message: `${field} cannot be null` });
    }
    const high = changes.highThreshold ?? before.highThreshold;
    const critical = changes.criticalThreshold ?? before.criticalThreshold;
    if (high > critical) {
      const field = changes.criticalThreshold != null ? 'criticalThreshold' : 'highThreshold';
      issues.push({ path: ['input', field], message: `criticalThreshold (${critical}) must be at least highThreshold (${high})` });
    }
    if (issues.length) throw new ValidationError(issues);
    if (version !== before.version) throw new ConflictError(`The alert settings were changed by someone else (now at version ${before.version}): reload them and try again`, before.version);
    await updateVersioned(tx.riskAlertSettings, 'alert settings', { id: 1 }, version, {
      highThreshold: high,
      criticalThreshold: critical,
      updatedById: viewer.id,
    });
    const after = await tx.riskAlertSettings.findUniqueOrThrow({ where: { id: 1 } });
    await recordAudit(tx, { actorId: viewer.id, action: 'riskAlertSettings.updated', entityType: 'RiskAlertSettings', entityId: '1', before, after });
    return after;
  });
}

/** Runs the periodic sweep now (the server also runs it on its own schedule). */
export async function sweepRiskAlerts(ctx: ServiceContext, now = new Date()): Promise<Reconciled> {
  if (!isAdmin(ctx.viewer)) throw new ForbiddenError('Only the PMO may run the risk alert sweep');
  return transaction(ctx, (tx) => sweepAlerts(tx, now));
}
