// What an alert condition is, and which candidate alerts deduplication lets through. Pure: no I/O.
//
// A condition is (source, trigger key, project, risk). Two policies decide when it alerts:
//  - onset: it alerts when it starts to hold, i.e. when no unresolved alert of it exists
//    (methodology triggers and overdue risks: states that are re-checked again and again);
//  - event: it alerts when something happens while it holds (a risk assessed at or above a
//    threshold, a risk realized), unless an unresolved alert of it is still unacknowledged and
//    at least as severe. Acknowledging re-arms it; a more severe alert supersedes a milder one.
// Either way, an alert whose condition no longer holds is resolved, which re-arms it too.
import type { AlertSeverity, RiskAlertSource } from '../../platform/db/generated/prisma/enums.js';

/** Alert severities, mildest first. */
export const ALERT_SEVERITIES: readonly AlertSeverity[] = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];

export const severityRank = (severity: AlertSeverity): number => ALERT_SEVERITIES.indexOf(severity);

/** The severities at or above `min` (all when min is absent). */
export const severitiesFrom = (min: AlertSeverity | null | undefined): AlertSeverity[] =>
  min ? ALERT_SEVERITIES.filter((severity) => severityRank(severity) >= severityRank(min)) : [...ALERT_SEVERITIES];

/** Trigger keys of the built-in sources (methodology triggers use their manifest key). */
export const BUILT_IN_TRIGGERS = {
  RISK_SCORE: 'risk-score',
  RISK_REALIZED: 'risk-realized',
  RISK_OVERDUE: 'risk-overdue',
} as const satisfies Partial<Record<RiskAlertSource, string>>;

export interface Condition {
  source: RiskAlertSource;
  triggerKey: string;
  projectId: string;
  riskId: string | null;
}

export interface Candidate extends Condition {
  severity: AlertSeverity;
  reason: string;
  evidence: Record<string, unknown>;
  /** For the event policy: whether the alerting event happened now (default true). */
  eventful?: boolean;
}

/** An unresolved alert, as deduplication sees it. */
export interface OpenAlert extends Condition {
  id: string;
  severity: AlertSeverity;
  acknowledgedAt: Date | null;
}

export type Policy = 'onset' | 'event';

export const POLICY: Readonly<Record<RiskAlertSource, Policy>> = {
  RISK_SCORE: 'event',
  RISK_REALIZED: 'event',
  METHODOLOGY_TRIGGER: 'onset',
  RISK_OVERDUE: 'onset',
  RESOURCE_OVERALLOCATION: 'onset',
};

export const conditionKey = (condition: Condition): string =>
  `${condition.source}\u0000${condition.triggerKey}\u0000${condition.projectId}\u0000${condition.riskId ?? ''}`;

export interface Decision {
  /** Candidates to store as new alerts. */
  raise: Candidate[];
  /** Open alerts to resolve: their condition stopped holding, or a new alert supersedes them. */
  resolve: string[];
}

/**
 * Given every condition of a scope that holds now and the scope's open alerts, what to raise
 * and what to resolve (each source with its policy).
 */
export function decide(holding: readonly Candidate[], open: readonly OpenAlert[]): Decision {
  const openByKey = new Map<string, OpenAlert[]>();
  for (const alert of open) {
    const key = conditionKey(alert);
    openByKey.set(key, [...(openByKey.get(key) ?? []), alert]);
  }
  const decision: Decision = { raise: [], resolve: [] };
  const held = new Set<string>();
  for (const candidate of holding) {
    const key = conditionKey(candidate);
    if (held.has(key)) continue; // the same condition twice in one scope alerts once
    held.add(key);
    const existing = openByKey.get(key) ?? [];
    if (!alertsNow(candidate, existing)) continue;
    decision.raise.push(candidate);
    decision.resolve.push(...existing.map((alert) => alert.id)); // superseded
  }
  for (const [key, alerts] of openByKey) {
    if (!held.has(key)) decision.resolve.push(...alerts.map((alert) => alert.id));
  }
  return decision;
}

function alertsNow(candidate: Candidate, existing: readonly OpenAlert[]): boolean {
  if (POLICY[candidate.source] === 'onset') return existing.length === 0;
  if (candidate.eventful === false) return false;
  return !existing.some((alert) => alert.acknowledgedAt === null && severityRank(alert.severity) >= severityRank(candidate.severity));
}
