// Every mutation records what changed, in the same transaction as the change.
import type { Prisma } from '../db/generated/prisma/client.js';
import type { Tx } from './service-context.js';

export interface AuditEntry {
  actorId: string;
  action: string;
  entityType: 'Portfolio' | 'Project' | 'StrategicObjective' | 'User' | 'Methodology' | 'Deliverable' | 'Risk' | 'RiskAlert' | 'RiskAlertSettings';
  entityId: string;
  /** The project the change concerns, so it appears in that project's audit trail. */
  projectId?: string | null;
  before?: unknown;
  after?: unknown;
}

export async function recordAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      projectId: entry.projectId ?? null,
      before: snapshot(entry.before),
      after: snapshot(entry.after),
    },
  });
}

/** Plain JSON of a record: Decimals become strings and Dates ISO strings (their toJSON). */
function snapshot(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}
