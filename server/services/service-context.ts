import type { Viewer } from '../auth/viewer.js';
import type { Prisma, PrismaClient } from '../db/generated/prisma/client.js';

/** What a service needs: the database and an authenticated viewer (the API layer ensures it). */
export interface ServiceContext {
  prisma: PrismaClient;
  viewer: Viewer;
}

export type Tx = Prisma.TransactionClient;
