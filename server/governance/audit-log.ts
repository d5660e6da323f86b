// The organisation-wide audit log: every change the services recorded (platform/audit.ts),
// filtered by who, what, which project or portfolio and when, newest first, and as CSV for
// auditors. The PMO and executives read it (access.ts canReadAuditLog).
import { stringify } from 'csv-stringify/sync';
import { canReadAuditLog } from '../auth/access.js';
import type { RequestContext } from '../platform/context.js';
import type { Prisma } from '../platform/db/generated/prisma/client.js';
import { ForbiddenError, ValidationError } from '../platform/errors.js';

export interface AuditEventFilter {
  actorId?: string | null;
  entityType?: string | null;
  projectId?: string | null;
  portfolioId?: string | null;
  action?: string | null;
  /** Changes at or after this instant. */
  from?: Date | null;
  /** Changes before this instant. */
  to?: Date | null;
}

/** Rows one CSV export holds at most (narrow the filter for more). */
export const MAX_CSV_ROWS = 10_000;
export const AUDIT_LOG_ORDER = [{ createdAt: 'desc' }, { id: 'desc' }] satisfies Prisma.AuditEventOrderByWithRelationInput[];

/** The where of a filter; a filter that cannot match is a ValidationError on its field. */
export function auditEventWhere(filter: AuditEventFilter | null | undefined): Prisma.AuditEventWhereInput {
  if (!filter) return {};
  if (filter.from && filter.to && filter.to <= filter.from) throw ValidationError.single(['filter', 'to'], 'to must be after from');
  const conditions: Prisma.AuditEventWhereInput[] = [];
  if (filter.actorId) conditions.push({ actorId: filter.actorId });
  if (filter.entityType) conditions.push({ entityType: filter.entityType });
  if (filter.action) conditions.push(filter.action.endsWith('.*') ? { action: { startsWith: filter.action.slice(0, -1) } } : { action: filter.action });
  if (filter.projectId) conditions.push({ projectId: filter.projectId });
  // A portfolio's changes: to the portfolio itself, and to its projects (and what they hold).
  if (filter.portfolioId) conditions.push({ OR: [{ entityType: 'Portfolio', entityId: filter.portfolioId }, { project: { portfolioId: filter.portfolioId } }] });
  if (filter.from || filter.to) conditions.push({ createdAt: { ...(filter.from && { gte: filter.from }), ...(filter.to && { lt: filter.to }) } });
  return conditions.length ? { AND: conditions } : {};
}

export function assertReadsAuditLog(ctx: Pick<RequestContext, 'viewer'>): void {
  if (!canReadAuditLog(ctx.viewer)) throw new ForbiddenError('The audit log is for the PMO (PMO_ADMIN) and executives');
}

/** A spreadsheet would run a cell starting with these as a formula: such cells start with ' instead (OWASP). */
const FORMULA_START = /^[=+\-@\t\r]/;
const cell = (value: string | null): string => (value === null ? '' : FORMULA_START.test(value) ? `'${value}` : value);

/** The filtered log as CSV (RFC 4180, a header row), newest first, at most `limit` rows. */
export async function auditEventsCsv(ctx: Pick<RequestContext, 'viewer' | 'prisma'>, filter: AuditEventFilter | null | undefined, limit = MAX_CSV_ROWS): Promise<string> {
  assertReadsAuditLog(ctx);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_CSV_ROWS) throw ValidationError.single(['first'], `first is 1 to ${MAX_CSV_ROWS}`);
  const rows = await ctx.prisma.auditEvent.findMany({
    where: auditEventWhere(filter),
    orderBy: AUDIT_LOG_ORDER,
    take: limit,
    select: {
      id: true, createdAt: true, action: true, entityType: true, entityId: true, projectId: true, before: true, after: true,
      actor: { select: { email: true } }, project: { select: { code: true } },
    },
  });
  return stringify(
    rows.map((row) => [
      row.createdAt.toISOString(), cell(row.actor?.email ?? null), cell(row.action), cell(row.entityType), row.entityId, row.projectId ?? '', cell(row.project?.code ?? null),
      cell(row.before === null ? null : JSON.stringify(row.before)), cell(row.after === null ? null : JSON.stringify(row.after)), row.id,
    ]),
    { header: true, columns: ['at', 'actor', 'action', 'entityType', 'entityId', 'projectId', 'projectCode', 'before', 'after', 'id'], record_delimiter: 'windows' },
  );
}
