// Recognises "the database cannot be reached" among the errors a query can raise, whichever
// layer raised it (Prisma, the pg driver, the network, PGlite), so that an outage is answered
// SERVICE_UNAVAILABLE (retry later) instead of an unexpected error.

/** Prisma codes for an unreachable, closed or saturated database. */
const PRISMA_CODES = new Set(['P1001', 'P1002', 'P1003', 'P1008', 'P1017', 'P2024', 'P2037']);
/** Driver adapter error kinds (Prisma 7 driver adapters) for the same. */
const ADAPTER_KINDS = new Set(['DatabaseNotReachable', 'DatabaseDoesNotExist', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections']);
/** Node network errors. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);
/**
 * PostgreSQL SQLSTATEs: class 08 (connection exception), shutdown, cannot connect now, too many
 * connections, and a database that is gone (dropped or not restored yet: retry later too).
 */
const SQLSTATE = /^(08...|57P01|57P02|57P03|53300|3D000)$/;
/** Messages of drivers that raise plain Errors for a closed connection or pool. */
const MESSAGES = [/PGlite is closed/i, /Connection terminated/i, /Cannot use a pool after calling end/i, /Client has encountered a connection error/i];

/** True when `error` (or anything in its cause chain) says the database is unreachable. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (typeof current === 'object' && current !== null && !seen.has(current)) {
    seen.add(current);
    const e = current as { code?: unknown; kind?: unknown; message?: unknown; cause?: unknown; originalError?: unknown; originalCode?: unknown };
    if (typeof e.code === 'string' && (PRISMA_CODES.has(e.code) || NETWORK_CODES.has(e.code) || SQLSTATE.test(e.code))) return true;
    if (typeof e.originalCode === 'string' && SQLSTATE.test(e.originalCode)) return true;
    if (typeof e.kind === 'string' && ADAPTER_KINDS.has(e.kind)) return true;
    if (typeof e.message === 'string' && MESSAGES.some((pattern) => pattern.test(e.message as string))) return true;
    current = e.originalError ?? e.cause;
  }
  return false;
}
