// The tables `npm run bench:scale` prints: per database, one row per query (and reader), each
// size's median / p95 latency, statements, rows read and rows returned to Node, then the growth
// ratios largest / smallest size and the issue's targets.
import type { QueryResult, SizeResult } from './scale-run.js';

export const TARGETS = {
  /** Median latency of every query at 10,000 projects on PostgreSQL. */
  medianMs: 100,
  /** Growth of a paged query's cost from the smallest to the largest size. */
  pageGrowth: 2,
  /** Server RSS after the query set, PGlite. */
  pgliteRssMb: 400,
} as const;

export interface Flag {
  database: string;
  query: string;
  what: string;
}

const key = (q: Pick<QueryResult, 'name' | 'role'>) => (q.role === 'PMO_ADMIN' ? q.name : `${q.name} [member]`);
const fmt = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));
const ratio = (large: number, small: number) => (small === 0 ? (large === 0 ? 1 : Infinity) : large / small);

export function printDatabase(results: SizeResult[], machine: string): Flag[] {
  const sizes = [...results].sort((a, b) => a.projects - b.projects);
  const smallest = sizes[0]!;
  const largest = sizes[sizes.length - 1]!;
  const flags: Flag[] = [];
  const database = smallest.database;
  console.log(`\n== ${smallest.label}; ${machine}`);
  console.log(
    `seeding: ${sizes.map((s) => `${s.projects} projects ${s.seedSeconds.toFixed(1)} s`).join(', ')}; ` +
      `memory after the query set (full GC), RSS / heapUsed / external: ` +
      sizes.map((s) => `${s.projects}: ${s.rssMb.toFixed(0)} / ${s.heapUsedMb.toFixed(0)} / ${s.externalMb?.toFixed(0) ?? '?'} MB`).join(', '),
  );
  const header = ['query', 'kind', ...sizes.map((s) => `${s.projects}: median / p95 ms, SQL, rows read, rows to Node`), `growth ${largest.projects}/${smallest.projects}: ms, rows read, to Node`];
  console.log(header.join(' | '));
  for (const first of smallest.queries) {
    const row = sizes.map((s) => s.queries.find((q) => key(q) === key(first)));
    if (row.some((q) => !q)) continue;
    const cells = (row as QueryResult[]).map((q) => `${fmt(q.medianMs)} / ${fmt(q.p95Ms)}, ${q.statements}, ${q.rowsRead}, ${q.rowsReturned}`);
    const big = row[row.length - 1]!;
    // A page's growth is judged from the first size at which the page is full (its answer as
    // large as at the largest size): at 100 projects a portfolio holds 10, not a page of 50.
    const fullAt = first.kind === 'page' ? (row as QueryResult[]).findIndex((q) => q.bytes >= 0.9 * big.bytes) : 0;
    const base = fullAt >= 0 && fullAt < row.length - 1 ? row[fullAt]! : first;
    const baseSize = sizes[row.indexOf(base)]!.projects;
    // Rows read, and rows returned to Node (a page limited in Node reads little but returns all).
    const pageGrowth = Math.max(ratio(big.rowsRead, base.rowsRead), ratio(big.rowsReturned, base.rowsReturned));
    const growth = {
      ms: ratio(big.medianMs, first.medianMs),
      read: ratio(big.rowsRead, first.rowsRead),
      returned: ratio(big.rowsReturned, first.rowsReturned),
    };
    const marks: string[] = [];
    if (sizes.length > 1 && big.statements !== first.statements) {
      marks.push(`SQL ${first.statements}→${big.statements}`);
      flags.push({ database, query: key(first), what: `statements ${first.statements} at ${smallest.projects}, ${big.statements} at ${largest.projects}` });
    }
    const from = base === first ? '' : ` from ${baseSize}, where the page is full`;
    if (sizes.length > 1 && first.kind === 'page' && pageGrowth >= TARGETS.pageGrowth) {
      marks.push(`rows ×${pageGrowth.toFixed(1)}${from}`);
      flags.push({ database, query: key(first), what: `page reads or returns ${pageGrowth.toFixed(1)}× the rows${from} (target < ${TARGETS.pageGrowth}×)` });
    } else if (from) {
      marks.push(`ok: rows ×${pageGrowth.toFixed(1)}${from}`);
    }
    if (sizes.length > 1 && first.kind === 'summary' && growth.returned >= TARGETS.pageGrowth) {
      marks.push(`to Node ×${growth.returned.toFixed(1)}`);
      flags.push({ database, query: key(first), what: `summary returns ${growth.returned.toFixed(1)}× the rows to Node (computed in Node, not SQL)` });
    }
    if (database === 'postgres' && largest.projects >= 10_000 && big.medianMs >= TARGETS.medianMs) {
      marks.push(`median ≥ ${TARGETS.medianMs} ms`);
      flags.push({ database, query: key(first), what: `median ${fmt(big.medianMs)} ms at ${largest.projects} (target < ${TARGETS.medianMs} ms)` });
    }
    const growthCell = sizes.length > 1 ? `×${growth.ms.toFixed(1)}, ×${growth.read.toFixed(1)}, ×${growth.returned.toFixed(1)}` : '-';
    const flagged = marks.some((mark) => !mark.startsWith('ok:'));
    console.log([key(first), first.kind, ...cells, growthCell + (marks.length ? `  ${flagged ? 'FLAG: ' : ''}${marks.join('; ')}` : '')].join(' | '));
  }
  if (database === 'pglite') {
    for (const size of sizes) {
      if (size.rssMb >= TARGETS.pgliteRssMb) flags.push({ database, query: '(process)', what: `RSS ${size.rssMb.toFixed(0)} MB at ${size.projects} (target < ${TARGETS.pgliteRssMb} MB)` });
    }
  }
  return flags;
}
