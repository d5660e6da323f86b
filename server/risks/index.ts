// The risks domain: the risk register (assessment history, matrix, top risks) and its live
// alerts (four sources, deduplication, storage, fan-out to subscribers, the periodic sweep).
import { onFactsEvaluated, registerFactsSection } from '../methodology/index.js';
import type { Domain } from '../platform/domain.js';
import { createAlertHub, type AlertHub } from './alerts/hub.js';
import { alertOnTriggers } from './alerts/sources.js';
import { riskAlertSweep } from './alerts/sweep-job.js';
import { risksFactsSection } from './facts.js';

export { type AlertEvent, type AlertFilter, type AlertHub } from './alerts/hub.js';
export { acknowledgeRiskAlert, sweepRiskAlerts, updateRiskAlertSettings } from './alerts/service.js';
export { RISK_ALERTS } from './alerts/topic.js';
export { type Reconciled, reconcile as reconcileAlerts } from './alerts/store.js';
export type { Candidate as AlertCandidate } from './lib/alert-conditions.js';
export { CRITICAL_RISK_SCORE, HIGH_RISK_SCORE, isOpenRisk, type MatrixCell, OPEN_RISK_STATUSES, RATING_MAX, RATING_MESSAGE, RATING_MIN } from './lib/scoring.js';
export {
  acknowledgedWhere,
  openRisks,
  riskAlertWhere,
  type RiskFilter,
  riskFilterWhere,
  riskMatrix,
  type RiskMatrix,
  type RiskScope,
  riskWhere,
  topRisks,
} from './queries.js';
export {
  closeRisk,
  createRisk,
  type CreateRiskInput,
  enterExistingRisk,
  type ExistingRiskInput,
  realizeRisk, type RiskChange, updateRisk, type UpdateRiskInput } from './service.js';

declare module '../platform/audit.js' {
  interface AuditEntityTypes {
    Risk: true;
    RiskAlert: true;
    RiskAlertSettings: true;
  }
}

declare module '../platform/context.js' {
  interface InstanceServices {
    /** This instance's live risk alert subscribers. */
    alerts: AlertHub;
  }
}

export const risksDomain: Domain = {
  name: 'risks',
  install() {
    // `risks.*` in every project's facts; the alerts of triggers that start (or stop) holding
    // whenever a project's facts are evaluated.
    registerFactsSection(risksFactsSection);
    onFactsEvaluated(alertOnTriggers);
  },
  jobs: [riskAlertSweep],
  start({ bus, prisma, log, limits }) {
    const alerts = createAlertHub({ bus, prisma, log, maxSubscriptionsPerUser: limits.maxSubscriptionsPerUser });
    return { services: { alerts }, close: () => alerts.close() };
  },
};
