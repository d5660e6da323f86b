// The topic committed risk alerts travel on between server instances (platform/events/bus.ts).
import type { AlertSeverity } from '../../platform/db/generated/prisma/enums.js';
import { defineTopic } from '../../platform/events/bus.js';

/** What subscribers are told of a new alert; each loads the rest with its own selection. */
export interface AlertMessage {
  id: string;
  /** The alert's place in commit order (riskAlerts' cursor). */
  seq: number;
  projectId: string;
  portfolioId: string;
  riskId: string | null;
  severity: AlertSeverity;
  /** When the alert was raised (ISO 8601), for the delivery-lag metric; absent from older instances. */
  raisedAt?: string;
}

export const RISK_ALERTS = defineTopic<AlertMessage>('risk-alerts');
