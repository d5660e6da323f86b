// The four sources of risk alerts, each turned into the conditions that hold now for a scope
// (see lib/alert-conditions.ts for deduplication and store.ts for storage):
//  - a risk's score at or above the thresholds, when it is raised or re-assessed;
//  - a risk realized;
//  - a methodology risk trigger that holds on (re-)evaluation of a project's facts;
//  - an open risk past its due date without mitigation (on any change of it, and by the sweep).
import { evaluateTriggers, loadFacts, type ProjectFacts } from '../../methodology/index.js';
import { isoDate, startOfDay } from '../../platform/calendar.js';
import type { Tx } from '../../platform/context.js';
import type { Risk } from '../../platform/db/generated/prisma/client.js';
import type { RiskStatus } from '../../platform/db/generated/prisma/enums.js';
import { BUILT_IN_TRIGGERS, type Candidate } from '../lib/alert-conditions.js';
import { isOpenRisk } from '../lib/scoring.js';
import { reconcile, type Reconciled } from './store.js';
import { loadThresholds, scoreSeverity, type Thresholds } from './thresholds.js';

type RiskFacts = Pick<Risk, 'id' | 'projectId' | 'title' | 'status' | 'probability' | 'impact' | 'score' | 'dueDate'>;

/** Open risks whose response has not started: past their due date, they are overdue unmitigated. */
export const UNMITIGATED_STATUSES: readonly RiskStatus[] = ['IDENTIFIED', 'ASSESSED'];

export interface RiskChangeEvent {
  action: 'risk.created' | 'risk.updated' | 'risk.closed' | 'risk.realized';
  before: RiskFacts | null;
  after: RiskFacts;
  reason?: string | null;
}

/** The alerts one change of a risk raises or resolves, in its transaction. */
export async function alertOnRiskChange(tx: Tx, change: RiskChangeEvent, now = new Date()): Promise<Reconciled> {
  const { before, after: risk } = change;
  const thresholds = await loadThresholds(tx);
  const assessed = !before || before.probability !== risk.probability || before.impact !== risk.impact;
  const holding: Candidate[] = [];
  const score = isOpenRisk(risk.status) ? scoreAlert(risk, thresholds, assessed) : null;
  if (score) holding.push(score);
  const overdue = overdueAlert(risk, thresholds, now);
  if (overdue) holding.push(overdue);
  const sources: Candidate['source'][] = ['RISK_SCORE', 'RISK_OVERDUE'];
  if (change.action === 'risk.realized') {
    sources.push('RISK_REALIZED');
    holding.push(realizedAlert(risk, thresholds, change.reason ?? null));
  }
  return reconcile(tx, { sources, riskIds: [risk.id] }, holding, now);
}

/** Raises the alerts of the methodology triggers that start to hold; resolves those that stopped. */
export async function alertOnTriggers(tx: Tx, factsById: ReadonlyMap<string, ProjectFacts>, now = new Date()): Promise<Reconciled> {
  const holding: Candidate[] = [];
  const projectIds: string[] = [];
  for (const [projectId, { compiled, facts, project }] of factsById) {
    projectIds.push(projectId);
    // A finished project's triggers no longer matter (and stop holding).
    if (!compiled || project.status === 'COMPLETED' || project.status === 'CANCELLED') continue;
    for (const result of evaluateTriggers(compiled, facts)) {
      if (!result.holds) continue;
      holding.push({
        source: 'METHODOLOGY_TRIGGER',
        triggerKey: result.triggerKey,
        projectId,
        riskId: null,
        severity: result.severity,
        reason: result.message,
        evidence: { ...result.evidence, methodology: `${compiled.methodology.key}@${compiled.methodology.version}` },
      });
    }
  }
  return reconcile(tx, { sources: ['METHODOLOGY_TRIGGER'], projectIds }, holding, now);
}

/**
 * The periodic sweep: every open risk past its due date without mitigation alerts (once), and
 * every active project's triggers are re-evaluated against today's facts (dates move on
 * without any change to the data). Stored rule results are left to the next change.
 */
export async function sweepAlerts(tx: Tx, now = new Date()): Promise<Reconciled> {
  const thresholds = await loadThresholds(tx);
  const overdue = await tx.risk.findMany({
    where: { status: { in: [...UNMITIGATED_STATUSES] }, dueDate: { lt: startOfDay(now) } },
    select: { id: true, projectId: true, title: true, status: true, probability: true, impact: true, score: true, dueDate: true },
  });
  const candidates = overdue.map((risk) => overdueAlert(risk, thresholds, now)).filter((candidate) => candidate !== null);
  const risks = await reconcile(tx, { sources: ['RISK_OVERDUE'] }, candidates, now);
  const active = await tx.project.findMany({
    where: { status: { notIn: ['COMPLETED', 'CANCELLED'] }, methodologyId: { not: null } },
    select: { id: true },
  });
  const triggers = await alertOnTriggers(tx, await loadFacts(tx, active.map((project) => project.id), now), now);
  return { raised: risks.raised + triggers.raised, resolved: risks.resolved + triggers.resolved };
}

function scoreAlert(risk: RiskFacts, thresholds: Thresholds, assessed: boolean): Candidate | null {
  const severity = scoreSeverity(risk.score, thresholds);
  if (!severity) return null;
  const threshold = severity === 'CRITICAL' ? thresholds.criticalThreshold : thresholds.highThreshold;
  return {
    ...riskCondition(risk, 'RISK_SCORE', BUILT_IN_TRIGGERS.RISK_SCORE),
    severity,
    eventful: assessed,
    reason: `Risk "${risk.title}" scores ${risk.score} (probability ${risk.probability} × impact ${risk.impact}), at or above the ${severity} threshold of ${threshold}.`,
    evidence: { score: risk.score, probability: risk.probability, impact: risk.impact, ...thresholds },
  };
}

function realizedAlert(risk: RiskFacts, thresholds: Thresholds, reason: string | null): Candidate {
  return {
    ...riskCondition(risk, 'RISK_REALIZED', BUILT_IN_TRIGGERS.RISK_REALIZED),
    // A realized risk is an issue to handle now: HIGH at least.
    severity: scoreSeverity(risk.score, thresholds) ?? 'HIGH',
    reason: `Risk "${risk.title}" was realized: its contingency plan applies.${reason ? ` Reason given: ${reason}` : ''}`,
    evidence: { score: risk.score, probability: risk.probability, impact: risk.impact, reason },
  };
}

function overdueAlert(risk: RiskFacts, thresholds: Thresholds, now: Date): Candidate | null {
  // Due dates are calendar dates: a risk is overdue from the day after.
  if (!UNMITIGATED_STATUSES.includes(risk.status) || !risk.dueDate || risk.dueDate >= startOfDay(now)) return null;
  const dueDate = isoDate(risk.dueDate);
  return {
    ...riskCondition(risk, 'RISK_OVERDUE', BUILT_IN_TRIGGERS.RISK_OVERDUE),
    severity: scoreSeverity(risk.score, thresholds) ?? 'MEDIUM',
    reason: `Risk "${risk.title}" passed its due date (${dueDate}) without mitigation: it is still ${risk.status}.`,
    evidence: { dueDate, status: risk.status, score: risk.score },
  };
}

const riskCondition = (risk: RiskFacts, source: Candidate['source'], triggerKey: string) => ({
  source,
  triggerKey,
  projectId: risk.projectId,
  riskId: risk.id,
});
