// The embedded database keeps a small buffer pool: PGlite's own default (160 MB) fills as the
// database grows and stays in the server's memory, since a WebAssembly memory never shrinks.
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/config.js';
import { openDatabase, type Database } from '../../server/platform/db/database.js';
import { databaseTarget } from '../../server/runtime.js';

describe('PGlite memory', () => {
  const opened: Database[] = [];
  afterAll(async () => {
    for (const db of opened) await db.close();
  });
  const sharedBuffers = async (config: ReturnType<typeof loadConfig>) => {
    const db = await openDatabase(databaseTarget(config));
    opened.push(db);
    const [row] = await db.prisma.$queryRawUnsafe<{ shared_buffers: string }[]>('SHOW shared_buffers');
    return row?.shared_buffers;
  };

  it('runs with 32MB of shared_buffers unless PMO_PGLITE_SHARED_BUFFERS says otherwise', async () => {
    expect(await sharedBuffers(loadConfig({ PMO_DATA_DIR: 'memory://' }))).toBe('32MB');
    expect(await sharedBuffers(loadConfig({ PMO_DATA_DIR: 'memory://', PMO_PGLITE_SHARED_BUFFERS: '8MB' }))).toBe('8MB');
  }, 60_000);

  it('refuses a size PostgreSQL would not read, in one line', () => {
    expect(() => loadConfig({ PMO_PGLITE_SHARED_BUFFERS: 'lots' })).toThrow(ConfigError);
    expect(() => loadConfig({ PMO_PGLITE_SHARED_BUFFERS: 'lots' })).toThrow(/PMO_PGLITE_SHARED_BUFFERS must be a size such as 32MB/);
  });
});
