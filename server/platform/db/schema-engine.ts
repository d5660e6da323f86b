// Prisma's schema engine, run as WebAssembly. The Prisma CLI's `migrate` commands need a native
// engine binary that cannot be downloaded on our machines (shared/PLATFORM.md), so migrations are
// created and applied here, through the same driver adapters the app uses.
//
// Three adapter quirks are handled here, found while building this (Prisma 7.10, adapter-pg 7.10,
// pglite-prisma-adapter 0.7.2):
// - adapter-pg's executeScript splits the script on ";" and runs the pieces one by one: a ";"
//   inside a string or function body breaks the script, and a failing migration leaves half of it
//   applied. pglite-prisma-adapter's executeScript does not await the script: a failing migration
//   is recorded as applied. We send the whole script as one simple-protocol query instead, as the
//   native engine does (one implicit transaction: a failing migration changes nothing).
// - The engine never closes its connection and never releases the advisory lock it takes for
//   `applyMigrations`; we dispose every connection it opened once the command is done.
// - The engine queries the database as soon as it starts, even for a diff that needs none;
//   `diffSchemaToSql` gives it a stand-in connection that only answers that probe.
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import {
  ColumnTypeEnum,
  bindMigrationAwareSqlAdapterFactory,
  type ErrorRegistry,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import type { MigrationList, SchemaEngine } from '@prisma/schema-engine-wasm/schema_engine_bg';

type EngineRuntime = typeof import('@prisma/schema-engine-wasm/schema_engine_bg');

/** An engine failure, with the engine's message cleaned up for people (no Rust span trace). */
export class SchemaEngineError extends Error {
  override name = 'SchemaEngineError';
  /** Prisma's error code when the engine gives one, e.g. P1012 for an invalid schema. */
  readonly code: string | undefined;
  constructor(message: string, options?: { cause?: unknown; code?: string }) {
    super(message, options);
    this.code = options?.code;
  }
  /** The message on one line, for CLIs: schema code frames become "(at schema.prisma:12)". */
  get summary(): string {
    return this.message
      .split('\n')
      .filter((line) => !/^\s*\d*\s*\|/.test(line))
      .map((line) => line.trim().replace(/^-->\s*(.*)$/, '(at $1)'))
      .filter(Boolean)
      .join(' ');
  }
}

// `prisma migrate` uses these names; the lock file records which database the migrations are for.
const LOCK_FILE = 'migration_lock.toml';
const MIGRATION_FILE = 'migration.sql';
const SCHEMA_FILE = 'schema.prisma';
const noFilters = { externalTables: [], externalEnums: [] };

let runtimePromise: Promise<EngineRuntime> | undefined;

/**
 * The package's main entry imports the .wasm as an ES module, which Node cannot do without flags,
 * so we load the JS glue and instantiate the wasm ourselves (once per process: ~5 MB to compile).
 */
function loadRuntime(): Promise<EngineRuntime> {
  runtimePromise ??= (async () => {
    const runtime = await import('@prisma/schema-engine-wasm/schema_engine_bg');
    const glueUrl = import.meta.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const wasm = await WebAssembly.compile(await readFile(new URL('schema_engine_bg.wasm', glueUrl)));
    // The engine arms 10 s timers (lock timeouts) and never clears them; unref'd, they no longer
    // keep a CLI process alive for 10 s after its work is done.
    const imports: Record<string, unknown> = { ...runtime };
    for (const key of Object.keys(imports).filter((k) => k.startsWith('__wbg_setTimeout_'))) {
      imports[key] = (callback: () => void, ms: number) => setTimeout(callback, ms >>> 0).unref();
    }
    const instance = new WebAssembly.Instance(wasm, {
      './schema_engine_bg.js': imports as WebAssembly.ModuleImports,
    });
    (runtime as unknown as { __wbg_set_wasm(exports: unknown): void }).__wbg_set_wasm(instance.exports);
    (instance.exports as unknown as { __wbindgen_start(): void }).__wbindgen_start();
    return runtime;
  })();
  runtimePromise.catch(() => (runtimePromise = undefined));
  return runtimePromise;
}

/**
 * Runs one engine command on a connection from `factory`, then frees the engine and closes the
 * connections it opened (which also releases its advisory lock on PostgreSQL).
 */
async function withEngine<T>(
  factory: SqlMigrationAwareDriverAdapterFactory,
  action: string,
  command: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  const opened: SqlDriverAdapter[] = [];
  const track = async (connect: () => Promise<SqlDriverAdapter>) => {
    const adapter = withWholeScripts(await connect());
    opened.push(adapter);
    return adapter;
  };
  const bound = bindMigrationAwareSqlAdapterFactory({
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: () => track(() => factory.connect()),
    connectToShadowDb: () => track(() => factory.connectToShadowDb()),
  });
  let engine: SchemaEngine | undefined;
  try {
    const runtime = await loadRuntime();
    engine = await runtime.SchemaEngine.new({ datamodels: undefined }, () => {}, bound);
    return await command(engine);
  } catch (error) {
    throw engineError(action, error, bound.errorRegistry);
  } finally {
    engine?.free();
    await Promise.allSettled(opened.map((adapter) => adapter.dispose()));
  }
}

/**
 * Makes `executeScript` send the whole script at once (see the header) for the two adapters we use.
 * This reaches into the adapters' `client` and `onError`, which are not public API:
 * test/platform/migrations.test.ts fails if an adapter upgrade changes them.
 */
function withWholeScripts(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const internals = adapter as unknown as {
    client?: { exec?(sql: string): Promise<unknown>; query?(sql: string): Promise<unknown> };
    onError?(error: unknown): never;
  };
  const client = internals.client;
  let run: ((script: string) => Promise<unknown>) | undefined;
  if (adapter.adapterName === 'pglite-prisma-adapter' && typeof client?.exec === 'function') {
    run = (script) => client.exec!(script);
  } else if (adapter.adapterName === '@prisma/adapter-pg' && typeof client?.query === 'function') {
    run = (script) => client.query!(script); // no parameters: pg uses the simple query protocol
  }
  if (!run) return adapter;
  const runScript = run;
  return new Proxy(adapter, {
    get(target, property, receiver) {
      if (property !== 'executeScript') {
        const value = Reflect.get(target, property, receiver);
        return typeof value === 'function' ? value.bind(target) : value;
      }
      return async (script: string) => {
        try {
          await runScript(script);
        } catch (error) {
          // The adapter's own conversion gives the engine a DriverAdapterError it can report.
          if (typeof internals.onError === 'function') internals.onError(error);
          throw error;
        }
      };
    },
  });
}

/** Turns what the engine throws into one readable message, naming the failed migration if any. */
function engineError(action: string, error: unknown, registry: ErrorRegistry): SchemaEngineError {
  let message = error instanceof Error ? error.message : String(error);
  // Errors thrown by JS code called from the engine come back as a reference into the registry.
  const external = /External error id#(\d+)/.exec(message);
  const original = external ? registry.consumeError(Number(external[1]))?.error : undefined;
  if (original !== undefined) message = original instanceof Error ? original.message : String(original);
  const migration = /migration_name="([^"]+)"/.exec(message)?.[1];
  // Below the message the engine appends a Rust span trace ("   0: sql_schema_connector::...").
  message = message
    .split(/\n\s*0: /, 1)[0]!
    .replace(/^external connector error\n/, '')
    .trim();
  if (migration) message = `migration ${migration} failed: ${message}`;
  // The engine's advice (`prisma migrate resolve`) needs the native engine; say what to do instead.
  const failed = migration ?? /The `([^`]+)` migration started at .* failed/.exec(message)?.[1];
  if (failed) {
    message +=
      `\nA migration runs as one transaction, so (unless it commits explicitly) none of it was applied.` +
      ` Fix it, then mark the failed attempt rolled back: UPDATE _prisma_migrations SET rolled_back_at = now()` +
      ` WHERE migration_name = '${failed}' AND finished_at IS NULL;`;
  }
  const code = (error as { code?: unknown } | null)?.code;
  return new SchemaEngineError(`${action}: ${message}`, { cause: error, code: typeof code === 'string' ? code : undefined });
}

/**
 * A stand-in database connection for commands that need none: the engine only asks for the server
 * version when it starts. We claim PostgreSQL 15, the server we deploy on.
 */
const offlineFactory: SqlMigrationAwareDriverAdapterFactory = (() => {
  const adapter: SqlDriverAdapter = {
    provider: 'postgres',
    adapterName: 'offline',
    async queryRaw(query) {
      if (!query.sql.includes('version()')) throw new Error(`unexpected database query: ${query.sql}`);
      return {
        columnNames: ['exists', 'version', 'numeric_version'],
        columnTypes: [ColumnTypeEnum.Boolean, ColumnTypeEnum.Text, ColumnTypeEnum.Int32],
        rows: [[true, 'PostgreSQL 15.0 (offline)', 150000]],
      };
    },
    executeRaw: async (query) => {
      throw new Error(`unexpected database statement: ${query.sql}`);
    },
    executeScript: async () => {
      throw new Error('unexpected database script');
    },
    startTransaction: async () => {
      throw new Error('unexpected database transaction');
    },
    dispose: async () => {},
  };
  return {
    provider: 'postgres',
    adapterName: 'offline',
    connect: async () => adapter,
    connectToShadowDb: async () => adapter,
  };
})();

const datamodel = (schema: string) => ({ tag: 'schemaDatamodel' as const, files: [{ path: SCHEMA_FILE, content: schema }] });

/**
 * The PostgreSQL script that turns schema `from` (Prisma schema text; null = empty database) into
 * schema `to`. Returns '' when there is nothing to change. Needs no database.
 */
export async function diffSchemaToSql(from: string | null, to: string): Promise<string> {
  return withEngine(offlineFactory, 'Could not diff the Prisma schemas', async (engine) => {
    const result = await engine.diff({
      from: from === null ? { tag: 'empty' } : datamodel(from),
      to: datamodel(to),
      script: true,
      exitCode: true, // 0 = no difference, 2 = difference
      filters: noFilters,
    });
    return result.exitCode === 0 ? '' : (result.stdout ?? '');
  });
}

/**
 * The script that turns the database behind `adapterFactory` into `schema` ('' = in sync).
 * This introspects the database: use it on PGlite only (introspecting PostgreSQL through
 * @prisma/adapter-pg fails, see shared/PLATFORM.md).
 */
export async function diffDatabaseToSchema(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  schema: string,
): Promise<string> {
  return withEngine(adapterFactory, 'Could not diff the database with the Prisma schema', async (engine) => {
    const result = await engine.diff({
      from: { tag: 'schemaDatasource', files: [{ path: SCHEMA_FILE, content: schema }], configDir: process.cwd() },
      to: datamodel(schema),
      script: true,
      exitCode: true,
      filters: noFilters,
    });
    return result.exitCode === 0 ? '' : (result.stdout ?? '');
  });
}

/**
 * Applies the migrations of `migrationsDir` that the database has not applied yet, in name order,
 * recording them in `_prisma_migrations` as `prisma migrate deploy` does.
 */
export async function applyMigrations(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  migrationsDir: string,
): Promise<{ applied: string[] }> {
  const migrationsList = await readMigrations(migrationsDir);
  return withEngine(adapterFactory, 'Could not apply migrations', async (engine) => {
    const result = await engine.applyMigrations({ migrationsList, filters: noFilters });
    return { applied: result.appliedMigrationNames };
  });
}

/** Reads a `prisma/migrations` directory the way the Prisma CLI hands it to the engine. */
export async function readMigrations(migrationsDir: string): Promise<MigrationList> {
  const entries = await readdir(migrationsDir, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  const lockContent = await readFile(join(migrationsDir, LOCK_FILE), 'utf8').catch(() => null);
  const provider = lockContent && /^\s*provider\s*=\s*"([^"]*)"/m.exec(lockContent)?.[1];
  if (provider && provider !== 'postgresql') {
    throw new SchemaEngineError(`${join(migrationsDir, LOCK_FILE)} is for "${provider}", not "postgresql"`);
  }
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const migrationDirectories = await Promise.all(
    names.map(async (name) => {
      const file = join(migrationsDir, name, MIGRATION_FILE);
      const content = await readFile(file, 'utf8').catch(() => {
        throw new SchemaEngineError(`Migration ${name} has no readable ${file}`);
      });
      return { path: name, migrationFile: { path: MIGRATION_FILE, content: { tag: 'ok' as const, value: content } } };
    }),
  );
  return {
    baseDir: migrationsDir,
    lockfile: { path: LOCK_FILE, content: lockContent },
    shadowDbInitScript: '',
    migrationDirectories,
  };
}
