// Request protections that sit in front of GraphQL: the body size limit.
import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * Rejects bodies over the limit before they are read. Clients must send Content-Length with a
 * body (every GraphQL client does); a chunked body of unknown size is refused, since counting it
 * would mean buffering it first.
 */
export function rejectOversizedBody(req: IncomingMessage, res: ServerResponse, limitBytes: number): boolean {
  if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return false;
  const length = req.headers['content-length'];
  if (length === undefined) {
    if (req.headers['transfer-encoding']) {
      sendJsonError(res, 411, 'A Content-Length header is required');
      return true;
    }
    return false;
  }
  const bytes = Number(length);
  if (!Number.isInteger(bytes) || bytes < 0) {
    sendJsonError(res, 400, 'Invalid Content-Length');
    return true;
  }
  if (bytes > limitBytes) {
    sendJsonError(res, 413, `Request body too large (limit ${limitBytes} bytes)`);
    return true;
  }
  return false;
}

export function sendJsonError(res: ServerResponse, status: number, message: string): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', connection: 'close' });
  res.end(JSON.stringify({ errors: [{ message }] }));
}
