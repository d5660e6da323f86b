// The table printed at the end of `npm run bench`.
import os from 'node:os';
import { median, type RunResult } from './load.js';

export interface Row {
  name: string;
  results: RunResult[];
  /** Statements sent by one request, measured alone before the load. */
  probeStatements: number;
}

/** A baseline the GraphQL endpoint is judged against, and the share of its throughput it must reach. */
export interface Judged {
  row: Row;
  label: string;
  target: number;
}

const loadAverage = () =>
  os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');

export function describeMachine(): string {
  return `${os.cpus().length} CPUs, load average (1, 5, 15 min) before: ${loadAverage()}`;
}

interface Figures {
  rps: number;
  cpu: number;
}

function printRow(row: Row): Figures {
  const of = (pick: (result: RunResult) => number) => median(row.results.map(pick));
  const figures = { rps: of((result) => result.rps), cpu: of((result) => result.cpuPerRequest) };
  const cells = [
    figures.rps.toFixed(1),
    of((result) => result.p50).toFixed(0),
    of((result) => result.p99).toFixed(0),
    `${row.probeStatements} (${of((result) => result.statementsPerRequest).toFixed(1)})`,
    figures.cpu.toFixed(1),
  ];
  const runs = row.results.map((result) => result.rps.toFixed(0)).join(', ');
  console.log(`${row.name.padEnd(32)}${cells.map((cell) => cell.padStart(11)).join('')}   ${runs}`);
  return figures;
}

/**
 * Prints the medians of each server's runs, and the GraphQL endpoint's throughput as a share of
 * each baseline's; PASS when every share reaches its target.
 */
export function printReport(baselines: Judged[], graphql: Row, floor?: Row): { ratios: number[]; pass: boolean } {
  const columns = ['req/s', 'p50 ms', 'p99 ms', 'SQL/req', 'CPU ms/req'];
  console.log(`\n${'server'.padEnd(32)}${columns.map((column) => column.padStart(11)).join('')}   runs (req/s)`);
  const baselineFigures = baselines.map((baseline) => printRow(baseline.row));
  const floorFigures = floor && printRow(floor);
  const full = printRow(graphql);
  console.log(
    `\nMedians of the rounds. SQL/req: one request alone (mean under load). CPU ms/req: this process only ` +
      `(all servers, and PGlite when used; not the load generator nor a PostgreSQL server).\n` +
      `Load average after: ${loadAverage()}.`,
  );
  const ratios = baselines.map((baseline, index) => {
    const figures = baselineFigures[index]!;
    const ratio = full.rps / figures.rps;
    console.log(
      `GraphQL / ${baseline.label} throughput: ${(ratio * 100).toFixed(1)}% (target >= ${baseline.target * 100}%): ${ratio >= baseline.target ? 'PASS' : 'FAIL'}` +
        `; by CPU per request (less sensitive to other load on the machine) ${((100 * figures.cpu) / full.cpu).toFixed(1)}%`,
    );
    return ratio;
  });
  if (floorFigures) {
    // Not judged: where the time goes. The floor against the first baseline is what GraphQL itself
    // costs on this stack; GraphQL against the floor is what our schema and plugins cost.
    const first = baselineFigures[0]!;
    console.log(
      `floor / ${baselines[0]!.label} throughput: ${((100 * floorFigures.rps) / first.rps).toFixed(1)}%; ` +
        `GraphQL / floor: ${((100 * full.rps) / floorFigures.rps).toFixed(1)}% ` +
        `(CPU ms/req: ${baselines[0]!.label} ${first.cpu.toFixed(1)}, floor ${floorFigures.cpu.toFixed(1)}, GraphQL ${full.cpu.toFixed(1)})`,
    );
  }
  return { ratios, pass: ratios.every((ratio, index) => ratio >= baselines[index]!.target) };
}
