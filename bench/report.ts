// The table printed at the end of `npm run bench`.
import os from 'node:os';
import { median, type RunResult } from './load.js';

export interface Row {
  name: string;
  results: RunResult[];
  /** Statements sent by one request, measured alone before the load. */
  probeStatements: number;
}

const loadAverage = () =>
  os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');

export function describeMachine(): string {
  return `${os.cpus().length} CPUs, load average (1, 5, 15 min) before: ${loadAverage()}`;
}

/** Prints the medians of each server's runs and returns the throughput ratio (second / first). */
export function printReport(baseline: Row, graphql: Row, target: number): { ratio: number; pass: boolean } {
  const columns = ['req/s', 'p50 ms', 'p99 ms', 'SQL/req', 'CPU ms/req'];
  console.log(`\n${'server'.padEnd(28)}${columns.map((column) => column.padStart(11)).join('')}   runs (req/s)`);
  const medians = [baseline, graphql].map((row) => {
    const of = (pick: (result: RunResult) => number) => median(row.results.map(pick));
    const figures = {
      rps: of((result) => result.rps),
      cpu: of((result) => result.cpuPerRequest),
    };
    const cells = [
      figures.rps.toFixed(1),
      of((result) => result.p50).toFixed(0),
      of((result) => result.p99).toFixed(0),
      `${row.probeStatements} (${of((result) => result.statementsPerRequest).toFixed(1)})`,
      figures.cpu.toFixed(1),
    ];
    const runs = row.results.map((result) => result.rps.toFixed(0)).join(', ');
    console.log(`${row.name.padEnd(28)}${cells.map((cell) => cell.padStart(11)).join('')}   ${runs}`);
    return figures;
  });
  const [minimal, full] = medians as [{ rps: number; cpu: number }, { rps: number; cpu: number }];
  const ratio = full.rps / minimal.rps;
  const pass = ratio >= target;
  console.log(
    `\nMedians of the rounds. SQL/req: one request alone (mean under load). CPU ms/req: this process only ` +
      `(both servers, and PGlite when used; not the load generator nor a PostgreSQL server).\n` +
      `Load average after: ${loadAverage()}. ` +
      `Cross-check, less sensitive to other load on the machine: by CPU per request, GraphQL costs ` +
      `${(full.cpu / minimal.cpu).toFixed(2)}x the minimal handler (${((100 * minimal.cpu) / full.cpu).toFixed(1)}%).\n` +
      `GraphQL / minimal throughput: ${(ratio * 100).toFixed(1)}% (target >= ${target * 100}%): ${pass ? 'PASS' : 'FAIL'}`,
  );
  return { ratio, pass };
}
