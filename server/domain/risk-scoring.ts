// Risk scoring on the 5 × 5 probability × impact grid, and which risk statuses are open. Pure: no I/O.
import type { RiskStatus } from '../db/generated/prisma/enums.js';

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
