// Risk scoring on the 5 × 5 probability × impact grid, which risk statuses are open, and the
// `risks.*` facts of a project. Pure: no I/O.
import { dayNumber } from '../../platform/calendar.js';
import type { RiskStatus } from '../../platform/db/generated/prisma/enums.js';

export const RATING_MIN = 1;
export const RATING_MAX = 5;

/** Open risks are the ones still being worked on; CLOSED and REALIZED are final. */
export const OPEN_RISK_STATUSES: readonly RiskStatus[] = ['IDENTIFIED', 'ASSESSED', 'MITIGATING'];

/** Scores at or above these are HIGH / CRITICAL (the facts document's `risks.high`, `risks.critical`). */
export const HIGH_RISK_SCORE = 15;
export const CRITICAL_RISK_SCORE = 20;

export function riskScore(probability: number, impact: number): number {
  return probability * impact;
}

export function isOpenRisk(status: RiskStatus): boolean {
  return OPEN_RISK_STATUSES.includes(status);
}

/** A probability or impact on the grid, for messages: "must be between 1 and 5". */
export const RATING_MESSAGE = `must be between ${RATING_MIN} and ${RATING_MAX}`;

export interface MatrixCell {
  probability: number;
  impact: number;
  score: number;
  count: number;
  /** The risks in the cell, in the order given. */
  riskIds: string[];
}

/**
 * The 5 × 5 grid as a renderer draws it: rows from probability 5 down to 1, each from impact 1
 * to 5. Every cell is present, empty ones with count 0.
 */
export function matrixCells(risks: readonly { id: string; probability: number; impact: number }[]): MatrixCell[] {
  const cells: MatrixCell[] = [];
  for (let probability = RATING_MAX; probability >= RATING_MIN; probability--) {
    for (let impact = RATING_MIN; impact <= RATING_MAX; impact++) {
      cells.push({ probability, impact, score: riskScore(probability, impact), count: 0, riskIds: [] });
    }
  }
  const cellOf = (probability: number, impact: number) => cells[(RATING_MAX - probability) * RATING_MAX + (impact - RATING_MIN)];
  for (const risk of risks) {
    const cell = cellOf(risk.probability, risk.impact);
    if (!cell) continue; // off the grid: the database's CHECK constraints forbid it
    cell.count++;
    cell.riskIds.push(risk.id);
  }
  return cells;
}

/** What the `risks.*` facts read of each risk. */
export interface RiskFactsInput {
  status: RiskStatus;
  score: number;
  hasOwner: boolean;
  dueDate: Date | null;
}

/** `risks.*` of the facts document (methodology/lib/facts-shape.ts): counts over the open risks. */
export function riskFacts(risks: readonly RiskFactsInput[], today: Date): Record<string, number> {
  const open = risks.filter((risk) => isOpenRisk(risk.status));
  const todayNumber = dayNumber(today);
  return {
    open: open.length,
    high: open.filter((risk) => risk.score >= HIGH_RISK_SCORE).length,
    critical: open.filter((risk) => risk.score >= CRITICAL_RISK_SCORE).length,
    maxScore: open.reduce((max, risk) => Math.max(max, risk.score), 0),
    overdue: open.filter((risk) => risk.dueDate !== null && dayNumber(risk.dueDate) < todayNumber).length,
    unowned: open.filter((risk) => !risk.hasOwner).length,
  };
}
