// The GraphQL skin of the governance domain: the organisation-wide audit log, as a connection
// (newest first) and as CSV; organisation policies (policies.ts).
import { canReadAuditLog } from '../../server/auth/access.js';
import { AUDIT_LOG_ORDER, type AuditEventFilter, auditEventsCsv, auditEventWhere, MAX_CSV_ROWS } from '../../server/governance/index.js';
import { builder } from '../builder.js';
import './change-requests.js';
import './decisions.js';
import './policies.js';
import { AuditEventConnection } from '../shared/audit.js';
import { optionalIdOf } from '../shared/ids.js';
import { filteredPage } from '../shared/pages.js';

const AuditEventFilterInput = builder.inputType('AuditEventFilter', {
  description: 'Narrows the audit log; every condition given must hold.',
  fields: (t) => ({
    actor: t.globalID({ description: 'Changes made by this user.' }),
    entityType: t.string({ description: 'Changes to records of this type, e.g. "Project", "Allocation".' }),
    projectId: t.globalID({ description: 'Changes concerning this project (its record and what it holds).' }),
    portfolioId: t.globalID({ description: 'Changes to this portfolio and to its projects.' }),
    action: t.string({ description: 'This action, e.g. "project.transitioned"; "project.*" for every action starting "project.".' }),
    from: t.field({ type: 'DateTime', description: 'Changes at or after this instant.' }),
    to: t.field({ type: 'DateTime', description: 'Changes before this instant.' }),
  }),
});

type FilterArg = { actor?: { typename: string; id: string } | null; entityType?: string | null; projectId?: { typename: string; id: string } | null; portfolioId?: { typename: string; id: string } | null; action?: string | null; from?: Date | null; to?: Date | null } | null | undefined;

const filterOf = (filter: FilterArg): AuditEventFilter | null =>
  filter
    ? {
        ...filter,
        actorId: optionalIdOf(filter.actor, 'User', ['filter', 'actor']),
        projectId: optionalIdOf(filter.projectId, 'Project', ['filter', 'projectId']),
        portfolioId: optionalIdOf(filter.portfolioId, 'Portfolio', ['filter', 'portfolioId']),
      }
    : null;

builder.queryFields((t) => ({
  auditEvents: t.prismaConnection(
    {
      type: 'AuditEvent',
      cursor: 'id',
      description: 'Every recorded change in the organisation, newest first (the PMO and executives).',
      args: { filter: t.arg({ type: AuditEventFilterInput, description: 'Which changes.' }) },
      authScopes: (_root, _args, ctx) => canReadAuditLog(ctx.viewer),
      totalCount: (_root, args, ctx) => ctx.prisma.auditEvent.count({ where: auditEventWhere(filterOf(args.filter)) }),
      resolve: (query, _root, args, ctx) => ctx.prisma.auditEvent.findMany({ ...filteredPage(query, auditEventWhere(filterOf(args.filter))), orderBy: AUDIT_LOG_ORDER }),
    },
    AuditEventConnection,
  ),
  auditEventsCsv: t.string({
    description: `The audit log as CSV (RFC 4180 with a header row: at, actor, action, entityType, entityId, projectId, projectCode, before, after, id), newest first, at most ${MAX_CSV_ROWS} rows (the PMO and executives).`,
    args: {
      filter: t.arg({ type: AuditEventFilterInput, description: 'Which changes.' }),
      first: t.arg.int({ description: `How many rows (default and most ${MAX_CSV_ROWS}).`, defaultValue: MAX_CSV_ROWS }),
    },
    authScopes: (_root, _args, ctx) => canReadAuditLog(ctx.viewer),
    resolve: (_root, args, ctx) => auditEventsCsv(ctx, filterOf(args.filter), args.first ?? MAX_CSV_ROWS),
  }),
}));
