// The request id: the client's X-Request-Id when it is a sane token, else a new one. Every log
// line written while serving the request names it (logger.ts).
import { randomUUID } from 'node:crypto';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

export function requestIdOf(header: string | string[] | null | undefined): string {
  return typeof header === 'string' && REQUEST_ID.test(header) ? header : randomUUID();
}
