// The HTTP routes beside GraphQL: liveness and readiness for load balancers and orchestrators.
import type { ServerResponse } from 'node:http';
import type { Database } from '../platform/db/database.js';
import type { EventBus } from '../platform/events/bus.js';

export interface RouteDeps {
  db: Database;
  bus: EventBus;
  /** Live subscribers on this instance, for /ready. */
  subscribers(): number;
  shuttingDown(): boolean;
}

/** Answers /health and /ready; false for any other path (GraphQL's, or none). */
export async function serveRoute(url: string, res: ServerResponse, deps: RouteDeps): Promise<boolean> {
  if (url === '/health') {
    sendJson(res, 200, { status: 'ok' });
    return true;
  }
  if (url !== '/ready') return false;
  const { db, bus } = deps;
  const alerts = bus.kind === 'memory' ? 'memory' : bus.connected() ? 'redis' : 'redis-unavailable';
  if (deps.shuttingDown()) {
    sendJson(res, 503, { status: 'shutting-down' });
    return true;
  }
  try {
    await db.ping();
    // Without Redis the instance still serves everything but cross-instance alerts: ready.
    sendJson(res, 200, { status: 'ready', database: db.kind, alerts, subscribers: deps.subscribers() });
  } catch {
    sendJson(res, 503, { status: 'unavailable', database: db.kind, alerts });
  }
  return true;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}
