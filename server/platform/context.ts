// Who is asking and what a request or a use case works with. Every domain receives these;
// none of them owns them.
import type { Logger } from 'pino';
import type { Prisma, PrismaClient } from './db/generated/prisma/client.js';
import type { Role } from './db/generated/prisma/enums.js';
import type { EventPublisher } from './events/bus.js';

/** The signed-in person, resolved per request from the bearer token (server/auth/viewer.ts). */
export interface Viewer {
  id: string;
  name: string;
  email: string;
  /** Read from the database on every request, never taken from the token. */
  role: Role;
  /** When the credentials expire: a long-lived subscription stops delivering then. */
  expiresAt: Date | null;
}

/** A database client or the transaction a use case runs in. */
export type Db = PrismaClient | Prisma.TransactionClient;
export type Tx = Prisma.TransactionClient;

/** What a use case needs: the database, an authenticated viewer (the API layer ensures it), events. */
export interface ServiceContext {
  prisma: PrismaClient;
  viewer: Viewer;
  /** Where events raised by committed transactions go (platform/db/transaction.ts). */
  events: EventPublisher;
}

/**
 * Services a domain runs once per server instance (an alert hub, a cache), started with the app
 * (server/domains.ts). A domain adds its own by declaration merging, in its index.ts:
 * `declare module '../platform/context.js' { interface InstanceServices { alerts: AlertHub } }`.
 */
export interface InstanceServices {}

/** One GraphQL request (or one subscription, for as long as it lasts). */
export interface RequestContext {
  requestId: string;
  viewer: Viewer | null;
  prisma: PrismaClient;
  log: Logger;
  events: EventPublisher;
  /** This instance's domain services. */
  services: InstanceServices;
  /** Per-request values (loaders, memos: platform/loaders.ts); beginEvent() starts afresh. */
  cache: Map<object, unknown>;
  /**
   * A subscription keeps its context for as long as it lasts: each event it delivers starts
   * from fresh caches, as a new request would (no stale facts, no stale team membership).
   */
  beginEvent(): void;
}

export function createRequestContext(options: Omit<RequestContext, 'cache' | 'beginEvent'>): RequestContext {
  return {
    ...options,
    cache: new Map(),
    beginEvent() {
      this.cache = new Map();
    },
  };
}
