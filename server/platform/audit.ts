// Every mutation records what changed, in the same transaction as the change.
import type { Tx } from './context.js';
import type { Prisma } from './db/generated/prisma/client.js';

/**
 * The kinds of record the audit trail names. Each domain adds its own by declaration merging, in
 * its index.ts: `declare module '../platform/audit.js' { interface AuditEntityTypes { Risk: true } }`.
 */
export interface AuditEntityTypes {}

/** Audit entity types are the keys of AuditEntityTypes (the values are unused). */
export type AuditEntityType = keyof AuditEntityTypes & string;

export interface AuditEntry {
  actorId: string;
  action: string;
  entityType: AuditEntityType;
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
