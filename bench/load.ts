// One load run against one server, and the statistics the report needs.
import autocannon from 'autocannon';

export interface Target {
  name: string;
  url: string;
  /** The exact body every response must have (checked by autocannon; mismatches fail the run). */
  expectBody: string;
}

export interface LoadSettings {
  connections: number;
  /** Seconds. */
  duration: number;
  headers: Record<string, string>;
  body: string;
}

export interface RunResult {
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  /** SQL statements sent while the run lasted, per completed request. */
  statementsPerRequest: number;
}

export async function runLoad(target: Target, settings: LoadSettings, statementCount: () => number): Promise<RunResult> {
  const before = statementCount();
  const result = await autocannon({
    url: target.url,
    method: 'POST',
    headers: settings.headers,
    body: settings.body,
    connections: settings.connections,
    duration: settings.duration,
    expectBody: target.expectBody,
    // The load is generated on a worker thread: on the same event loop as the servers it would
    // take CPU from whichever server is being measured.
    workers: 1,
    timeout: 10,
  });
  // Let requests cut off by the end of the run finish before the next run is measured.
  await new Promise((resolve) => setTimeout(resolve, 250));
  const statements = statementCount() - before;
  const failures = result.errors + result.timeouts + result.non2xx + result.mismatches;
  if (failures > 0) {
    throw new Error(
      `${target.name}: ${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx, ${result.mismatches} wrong bodies`,
    );
  }
  const requests = result.requests.total;
  return {
    requests,
    rps: requests / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    statementsPerRequest: requests > 0 ? statements / requests : 0,
  };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
