// The governance domain: organisation-wide oversight across methodologies. Today the audit log
// (every recorded change, filtered, newest first, and as CSV).
import type { Domain } from '../platform/domain.js';

export { assertReadsAuditLog, AUDIT_LOG_ORDER, type AuditEventFilter, auditEventsCsv, auditEventWhere, MAX_CSV_ROWS } from './audit-log.js';

export const governanceDomain: Domain = { name: 'governance' };
