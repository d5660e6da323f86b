// The gate's refusal: which rules keep it shut, with the values they read.
import { DomainError } from '../platform/errors.js';
import type { RuleSeverity } from './lib/manifest.js';

export interface GateFailure {
  ruleKey: string;
  severity: RuleSeverity;
  message: string;
  /** The value of every variable the rule read. */
  evidence: Record<string, unknown>;
  /** The methodology version the rule belongs to (which evidence values are money). */
  methodology: { key: string; version: string };
}

export class GateBlockedError extends DomainError {
  override name = 'GateBlockedError';
  constructor(
    public readonly phaseKey: string | null,
    public readonly failingRules: GateFailure[],
    message = `The ${phaseKey ?? 'current'} phase gate is blocked by ${failingRules.length} rule(s): ${failingRules
      .map((rule) => rule.ruleKey)
      .join(', ')}`,
  ) {
    super(message, 'GATE_BLOCKED');
  }
}
