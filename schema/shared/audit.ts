// The audit trail's events (recorded by every mutation: server/platform/audit.ts). Snapshots hold
// money, so they follow the money rule: hidden from team members, node() included.
import { canReadAudit } from '../../server/auth/access.js';
import { builder } from '../builder.js';
import { nodeConnection } from './connections.js';
import { registerNodeVisibility } from './nodes.js';

const AuditEventRef = builder.prismaNode('AuditEvent', {
  id: { field: 'id' },
  // node(id) of a missing record is null, not an error (findUnique, not findUniqueOrThrow).
  nullable: true,
  authScopes: { readAudit: true },
  fields: (t) => ({
    action: t.exposeString('action', { description: 'e.g. project.updated, project.member.added' }),
    entityType: t.exposeString('entityType'),
    entityId: t.exposeString('entityId', { description: 'Database id of the changed record.' }),
    actor: t.relation('actor', { nullable: true }),
    before: t.expose('before', { type: 'JSON', nullable: true }),
    after: t.expose('after', { type: 'JSON', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

registerNodeVisibility('AuditEvent', (ctx) => canReadAudit(ctx.viewer));

export const AuditEventConnection = nodeConnection(AuditEventRef, 'AuditEvent');
