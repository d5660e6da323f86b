// The only place that builds Prisma clients. A database is either the embedded PGlite (in a data
// directory, or in memory for tests) or a PostgreSQL server reached through `pg`.
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaClient } from './generated/prisma/client.js';
import { noteStatement } from '../metrics.js';
import { statementQueue } from './statement-queue.js';

export type DatabaseTarget =
  | {
      kind: 'pglite';
      /** a directory, or `memory://` */ dataDir: string;
      /** PostgreSQL's shared_buffers inside PGlite, e.g. `32MB` (PGLITE_SHARED_BUFFERS when absent). */
      sharedBuffers?: string;
    }
  | { kind: 'postgres'; url: string; poolSize?: number };

/** shared_buffers of the embedded database unless PMO_PGLITE_SHARED_BUFFERS says otherwise. */
export const PGLITE_SHARED_BUFFERS = '32MB';

export interface Database {
  readonly kind: DatabaseTarget['kind'];
  readonly prisma: PrismaClient;
  /** Adapter factory for the migration engine (migrate.ts). */
  readonly adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  /** SQL statements sent since the database was opened; tests and benchmarks read it. */
  statementCount(): number;
  /** Checks that the database answers (for /ready). */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  let pglite: PGlite | undefined;
  let baseFactory: SqlMigrationAwareDriverAdapterFactory;
  if (target.kind === 'pglite') {
    // pg_trgm backs the trigram indexes of text search (migration list_indexes); PGlite can only
    // CREATE EXTENSION what was loaded into the instance.
    // shared_buffers: PGlite's own default is 160 MB of buffer pool inside the WASM memory, which
    // fills as the database grows and never shrinks (a WASM memory cannot give pages back). The
    // pages it caches are already in the OS page cache (data directory) or in the in-memory file
    // system (memory://), so a small pool costs little time and saves ~130 MB of RSS at 10,000
    // projects (bench:scale). `-c` on the command line leaves the data directory's postgresql.conf alone.
    pglite = await PGlite.create(target.dataDir, {
      extensions: { pg_trgm },
      startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${target.sharedBuffers ?? PGLITE_SHARED_BUFFERS}`],
    });
    baseFactory = new PrismaPGlite(pglite);
  } else {
    baseFactory = new PrismaPg({ connectionString: target.url, max: target.poolSize ?? 10 });
  }
  const counter = { statements: 0 };
  const adapterFactory = countingFactory(baseFactory, counter);
  const prisma = new PrismaClient({ adapter: adapterFactory });
  return {
    kind: target.kind,
    prisma,
    adapterFactory,
    statementCount: () => counter.statements,
    ping: async () => {
      await prisma.$queryRawUnsafe('SELECT 1');
    },
    close: async () => {
      await prisma.$disconnect();
      if (pglite && !pglite.closed) await pglite.close();
    },
  };
}

/**
 * Wraps an adapter factory so every statement sent to the database is counted. This is how the
 * N+1 tests and benchmarks measure "statements per request" on both PGlite and PostgreSQL.
 * Inside a transaction it also sends the statements in order (statement-queue.ts).
 */
function countingFactory(
  factory: SqlMigrationAwareDriverAdapterFactory,
  counter: { statements: number },
): SqlMigrationAwareDriverAdapterFactory {
  const wrap = (adapter: SqlDriverAdapter): SqlDriverAdapter => {
    return new Proxy(adapter, {
      get(target, property, receiver) {
        if (property === 'queryRaw' || property === 'executeRaw' || property === 'executeScript') {
          const original = Reflect.get(target, property, receiver) as (...args: unknown[]) => unknown;
          return (...args: unknown[]) => {
            counter.statements += 1;
            noteStatement();
            return original.apply(target, args);
          };
        }
        if (property === 'startTransaction') {
          const original = target.startTransaction.bind(target);
          return async (...args: Parameters<SqlDriverAdapter['startTransaction']>) => {
            const tx = await original(...args);
            const inOrder = statementQueue();
            return new Proxy(tx, {
              get(txTarget, txProperty, txReceiver) {
                const value = Reflect.get(txTarget, txProperty, txReceiver);
                if (txProperty === 'queryRaw' || txProperty === 'executeRaw') {
                  return (...args: unknown[]) => {
                    counter.statements += 1;
                    noteStatement();
                    return inOrder(() => (value as (...a: unknown[]) => Promise<unknown>).apply(txTarget, args));
                  };
                }
                return typeof value === 'function' ? value.bind(txTarget) : value;
              },
            });
          };
        }
        const value = Reflect.get(target, property, receiver);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  };
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => wrap(await factory.connect()),
    connectToShadowDb: async () => wrap(await factory.connectToShadowDb()),
  };
}
