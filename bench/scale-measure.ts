// Measures one query of the scale set: the cost of one request alone (SQL statements, rows read,
// rows returned to Node) and, for the benchmark, its latency over sequential runs.
import { recordRequest, type RecordOptions, type StatementCost } from './scale-recorder.js';

/** Sends one GraphQL request and returns the parsed body; throws on an HTTP or GraphQL error. */
export type Send = (query: string, variables: Record<string, unknown>, as: string) => Promise<unknown>;

export interface QueryCost {
  statements: number;
  rowsRead: number;
  rowsReturned: number;
  /** Statements recorded at the driver; differs from `statements` if some escaped the recorder. */
  recorded: number;
  /** The statement that read the most rows (for the note). */
  heaviest?: StatementCost;
}

export async function measureCost(
  send: Send,
  statementCount: () => number,
  query: string,
  variables: Record<string, unknown>,
  as: string,
  options: RecordOptions = {},
): Promise<QueryCost> {
  let statements = 0;
  const cost = await recordRequest(async () => {
    const before = statementCount();
    await send(query, variables, as);
    statements = statementCount() - before;
  }, options);
  const heaviest = [...cost.statements].sort((a, b) => (b.rowsRead ?? 0) - (a.rowsRead ?? 0))[0];
  return { statements, rowsRead: cost.rowsRead, rowsReturned: cost.rowsReturned, recorded: cost.statements.length, heaviest };
}

export interface Latency {
  runs: number;
  medianMs: number;
  p95Ms: number;
}

/** `runs` sequential requests after `warmup` (fewer once `budgetMs` is spent, at least 5). */
export async function measureLatency(run: () => Promise<unknown>, options: { runs: number; warmup: number; budgetMs: number }): Promise<Latency> {
  for (let i = 0; i < options.warmup; i++) await run();
  const times: number[] = [];
  const started = performance.now();
  while (times.length < options.runs && (times.length < 5 || performance.now() - started < options.budgetMs)) {
    const t = performance.now();
    await run();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { runs: times.length, medianMs: quantile(times, 0.5), p95Ms: quantile(times, 0.95) };
}

/** Linear interpolation between the closest ranks of a sorted list. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (position - low);
}

/**
 * A Send over HTTP with bearer tokens (the full stack: a listening server, as clients reach it).
 *
 * `freshConnection`: each request on a new TCP connection (`connection: close`) instead of one
 * kept alive from the last request. A benchmark whose client and server share the event loop
 * with something that blocks it (PGlite runs its statements synchronously in this process) needs
 * it: after a stall longer than the server's keep-alive timeout (Node's 5 s), the client's next
 * request and the server's expired idle timer run in the same turn of the loop, the server
 * destroys the pooled socket under the request, and fetch, which never retries a POST, fails
 * with ECONNRESET ("TypeError: fetch failed"). Reproduced with `{ __typename }` and a busy loop in
 * a timer before the next request: a 6 s stall failed 5 requests of 5, a 4 s stall none, and none
 * with fresh connections. The price is one loopback connect per request, counted against the API.
 */
export function httpSend(url: string, token: (email: string) => Promise<string>, options: { freshConnection?: boolean } = {}): Send {
  return async (query, variables, as) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json',
        authorization: `Bearer ${await token(as)}`,
        ...(options.freshConnection && { connection: 'close' }),
      },
      body: JSON.stringify({ query, variables }),
    });
    const text = await response.text();
    if (response.status !== 200) throw new Error(`HTTP ${response.status}: ${text.slice(0, 300)}`);
    const body = JSON.parse(text) as { errors?: unknown[] };
    if (body.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors).slice(0, 500)}`);
    return body;
  };
}
