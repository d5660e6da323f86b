// Rows read per request, the same way on PGlite and on PostgreSQL: the statements a request sends
// are recorded at the driver (the `query` method of PGlite and of pg's Client, which the Prisma
// adapters call), then each SELECT is run again under EXPLAIN (ANALYZE, FORMAT JSON) on the same
// connection kind with the same parameters, and the rows its table and index scans visited are
// summed. Deterministic for a given plan and data, unlike timings.
//
// Why not the alternatives: pg_stat_statements needs shared_preload_libraries (not set on our
// PostgreSQL 15, and a restart would stop everyone's server); pg_stat_user_tables deltas are
// flushed by each backend when it has been idle for up to 10 s (PGSTAT_IDLE_INTERVAL), so with a
// pool of connections a per-request delta is unreliable, and pg_stat_force_next_flush() only
// concerns the calling backend.
//
// Also recorded: rows returned to Node per request (the sum of the result sets' lengths), the
// measure a summary computed in SQL keeps flat.
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

interface Recorded {
  sql: string;
  values: unknown[];
  rowsReturned: number;
  run: (sql: string, values: unknown[]) => Promise<{ rows: unknown[] }>;
}

export interface StatementCost {
  sql: string;
  rowsReturned: number;
  /** Rows visited by scans (returned + removed by filter or recheck, times loops); null: not a SELECT. */
  rowsRead: number | null;
}

export interface RequestCost {
  statements: StatementCost[];
  rowsRead: number;
  rowsReturned: number;
}

type QueryFunction = (this: unknown, ...args: unknown[]) => Promise<unknown>;

let recording: Recorded[] | null = null;
let installed = false;

/** Patches the two drivers' query methods once per process; they record only inside `record`. */
function install(): void {
  if (installed) return;
  installed = true;
  const pgliteQuery = PGlite.prototype.query as unknown as QueryFunction;
  (PGlite.prototype as unknown as { query: QueryFunction }).query = async function (this: unknown, ...args: unknown[]) {
    const result = (await pgliteQuery.apply(this, args)) as { rows: unknown[] };
    if (recording && typeof args[0] === 'string') {
      recording.push({
        sql: args[0],
        values: (args[1] as unknown[] | undefined) ?? [],
        rowsReturned: result.rows?.length ?? 0,
        run: (sql, values) => pgliteQuery.call(this, sql, values) as Promise<{ rows: unknown[] }>,
      });
    }
    return result;
  };
  const clientQuery = pg.Client.prototype.query as unknown as QueryFunction;
  (pg.Client.prototype as unknown as { query: QueryFunction }).query = function (this: unknown, ...args: unknown[]) {
    const config = args[0] as { text?: string; values?: unknown[] } | string;
    const list = recording;
    // The adapter passes a config object (pool.query hands it on with a callback); others are left alone.
    if (!list || typeof config !== 'object' || config === null || typeof config.text !== 'string') return clientQuery.apply(this, args);
    const note = (result: unknown) =>
      list.push({
        sql: config.text!,
        values: config.values ?? [],
        rowsReturned: (result as { rows?: unknown[] } | undefined)?.rows?.length ?? 0,
        run: (sql, values) => clientQuery.call(this, sql, values) as Promise<{ rows: unknown[] }>,
      });
    const callback = args[args.length - 1];
    if (typeof callback === 'function') {
      const wrapped = (error: unknown, result: unknown) => {
        if (!error) note(result);
        return (callback as (error: unknown, result: unknown) => unknown)(error, result);
      };
      return clientQuery.apply(this, [...args.slice(0, -1), wrapped]);
    }
    return (clientQuery.apply(this, args) as Promise<unknown>).then((result) => {
      note(result);
      return result;
    });
  };
}

export interface RecordOptions {
  /**
   * Explain with sequential scans discouraged (`enable_seqscan = off` around the EXPLAIN). A
   * table of a few hundred rows tempts the planner to read it whole even where an index would
   * read only the page; at 10,000 projects it does not. The regression tests, which run at small
   * sizes, ask this way whether a plan exists that reads what the page needs; a table without such
   * an index is still read whole.
   */
  discourageSeqScans?: boolean;
}

/** Runs `work` (one request, alone), then explains what it sent. */
export async function recordRequest(work: () => Promise<unknown>, options: RecordOptions = {}): Promise<RequestCost> {
  install();
  if (recording) throw new Error('recordRequest: one request at a time');
  const list: Recorded[] = [];
  recording = list;
  try {
    await work();
  } finally {
    recording = null;
  }
  const statements: StatementCost[] = [];
  for (const statement of list) {
    statements.push({ sql: statement.sql, rowsReturned: statement.rowsReturned, rowsRead: await rowsRead(statement, options) });
  }
  return {
    statements,
    rowsRead: statements.reduce((sum, s) => sum + (s.rowsRead ?? 0), 0),
    rowsReturned: statements.reduce((sum, s) => sum + s.rowsReturned, 0),
  };
}

async function rowsRead(statement: Recorded, options: RecordOptions): Promise<number | null> {
  if (!/^\s*(SELECT|WITH)\b/i.test(statement.sql)) return null;
  // The same connection as the statement (pg's Client, or the one PGlite), idle between requests.
  if (options.discourageSeqScans) await statement.run('SET enable_seqscan = off', []);
  let result: { rows: unknown[] };
  try {
    result = await statement.run(`EXPLAIN (ANALYZE, FORMAT JSON) ${statement.sql}`, statement.values);
  } finally {
    if (options.discourageSeqScans) await statement.run('RESET enable_seqscan', []);
  }
  const row = result.rows[0] as Record<string, unknown> | unknown[];
  const cell = Array.isArray(row) ? row[0] : row['QUERY PLAN'];
  const plan = (typeof cell === 'string' ? JSON.parse(cell) : cell) as { Plan: PlanNode }[];
  return scannedRows(plan[0]!.Plan);
}

interface PlanNode {
  'Node Type': string;
  'Actual Rows'?: number;
  'Actual Loops'?: number;
  'Rows Removed by Filter'?: number;
  'Rows Removed by Index Recheck'?: number;
  Plans?: PlanNode[];
}

// Bitmap Index Scans are left out: their Bitmap Heap Scan counts the same rows.
const SCANS = new Set(['Seq Scan', 'Index Scan', 'Index Only Scan', 'Bitmap Heap Scan', 'Tid Scan', 'Tid Range Scan']);

export function scannedRows(node: PlanNode): number {
  let own = 0;
  if (SCANS.has(node['Node Type'])) {
    const perLoop = (node['Actual Rows'] ?? 0) + (node['Rows Removed by Filter'] ?? 0) + (node['Rows Removed by Index Recheck'] ?? 0);
    // EXPLAIN reports Actual Rows as a per-loop average; times loops gives the total.
    own = Math.round(perLoop * (node['Actual Loops'] ?? 1));
  }
  return own + (node.Plans ?? []).reduce((sum, child) => sum + scannedRows(child), 0);
}
