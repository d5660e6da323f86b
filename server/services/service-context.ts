import type { AlertMessage } from '../events/alert-bus.js';
import type { Viewer } from '../auth/viewer.js';
import type { Prisma, PrismaClient } from '../db/generated/prisma/client.js';

/** Where committed alerts go: the alert hub, which publishes them to every instance. */
export interface AlertPublisher {
  publish(messages: readonly AlertMessage[]): void;
}

/** What a service needs: the database, an authenticated viewer (the API layer ensures it), alerts. */
export interface ServiceContext {
  prisma: PrismaClient;
  viewer: Viewer;
  alerts: AlertPublisher;
}

export type Tx = Prisma.TransactionClient;
