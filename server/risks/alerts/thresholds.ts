// The organisation's alert thresholds on risk scores (one row, changed by the PMO) and what a
// score is worth against them.
import type { Db } from '../../platform/context.js';
import type { AlertSeverity } from '../../platform/db/generated/prisma/enums.js';
import { CRITICAL_RISK_SCORE, HIGH_RISK_SCORE } from '../lib/scoring.js';

export interface Thresholds {
  highThreshold: number;
  criticalThreshold: number;
}

/** Used when the settings row is missing (the migration creates it). */
export const DEFAULT_THRESHOLDS: Thresholds = { highThreshold: HIGH_RISK_SCORE, criticalThreshold: CRITICAL_RISK_SCORE };

export async function loadThresholds(db: Db): Promise<Thresholds> {
  const row = await db.riskAlertSettings.findUnique({ where: { id: 1 }, select: { highThreshold: true, criticalThreshold: true } });
  return row ?? DEFAULT_THRESHOLDS;
}

/** HIGH or CRITICAL for a score at or above the thresholds, null below them. */
export function scoreSeverity(score: number, thresholds: Thresholds): AlertSeverity | null {
  if (score >= thresholds.criticalThreshold) return 'CRITICAL';
  if (score >= thresholds.highThreshold) return 'HIGH';
  return null;
}
