// What a domain hands the application (server/domains.ts lists them). Everything a domain needs
// from the rest of the system is registered through this, so that adding a domain edits no
// shared file but that list.
import type { Logger } from 'pino';
import type { InstanceServices } from './context.js';
import type { PrismaClient } from './db/generated/prisma/client.js';
import type { EventBus } from './events/bus.js';
import type { Job } from './jobs/registry.js';

export interface InstanceDeps {
  prisma: PrismaClient;
  bus: EventBus;
  log: Logger;
  /** Per-instance limits a domain's services enforce. */
  limits: { maxSubscriptionsPerUser: number };
}

export interface DomainInstance {
  /** Services of this instance, merged into every request's `ctx.services`. */
  services?: Partial<InstanceServices>;
  /** Stops them (the app calls it on close, before it closes the bus). */
  close?(): Promise<void>;
}

export interface Domain {
  readonly name: string;
  /**
   * Process-wide registrations: hooks it listens to (platform/changes.ts), what it contributes
   * to other domains' extension points. Runs once, before anything is served.
   */
  install?(): void;
  /** Periodic work (platform/jobs/registry.ts). */
  readonly jobs?: readonly Job[];
  /** Per-instance services, started with each app instance. */
  start?(deps: InstanceDeps): DomainInstance;
}
