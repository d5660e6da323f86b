// Load runs against one server at a time, and the statistics the report needs.
import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import type { Options, Result } from 'autocannon';
import type { RequestMeter } from './meter.js';

export interface Target {
  name: string;
  url: string;
  /** The exact body every response must have (checked by autocannon; mismatches fail the run). */
  expectBody: string;
  meter: RequestMeter;
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
  /** SQL statements sent per request the server handled during the run. */
  statementsPerRequest: number;
  /** CPU time of this process (both servers, and PGlite when used) per request handled, in ms. */
  cpuPerRequest: number;
}

export class LoadGenerator {
  private constructor(private readonly child: ChildProcess) {}

  /** Forks bench/load-generator.ts (with this process's tsx loader). */
  static start(): LoadGenerator {
    const child = fork(fileURLToPath(new URL('./load-generator.ts', import.meta.url)), { stdio: 'inherit' });
    return new LoadGenerator(child);
  }

  async run(target: Target, settings: LoadSettings, statementCount: () => number): Promise<RunResult> {
    const options: Options = {
      url: target.url,
      method: 'POST',
      headers: settings.headers,
      body: settings.body,
      connections: settings.connections,
      duration: settings.duration,
      expectBody: target.expectBody,
      timeout: 10,
    };
    const statementsBefore = statementCount();
    const startedBefore = target.meter.started;
    const cpuBefore = process.cpuUsage();
    const reply = once(this.child, 'message');
    this.child.send(options);
    const [message] = (await reply) as [{ result?: Result; error?: string }];
    // Requests cut off by the end of the run still finish; count them, then start the next run.
    await target.meter.idle(statementCount);
    const cpu = process.cpuUsage(cpuBefore);
    const handled = target.meter.started - startedBefore;
    const statements = statementCount() - statementsBefore;
    if (!message.result) throw new Error(`${target.name}: load generator failed: ${message.error}`);
    const result = message.result;
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
      statementsPerRequest: handled > 0 ? statements / handled : 0,
      cpuPerRequest: handled > 0 ? (cpu.user + cpu.system) / 1000 / handled : 0,
    };
  }

  async close(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = once(this.child, 'exit');
    this.child.disconnect();
    await exited;
  }
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
