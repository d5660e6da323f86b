// Checks other domains add to every phase advance (governance's BLOCKING policies), so that the
// methodology does not depend on them: they register at start-up (Domain.install) and refuse an
// advance by throwing their typed error, after the gate passed and before anything is written.
import type { Tx } from '../platform/context.js';
import type { ProjectStatus } from '../platform/db/generated/prisma/enums.js';
import type { ProjectFacts } from './facts-loader.js';

export interface AdvanceAttempt {
  project: { id: string; portfolioId: string; status: ProjectStatus };
  /** The project's facts as the gate read them. */
  facts: ProjectFacts;
  from: string;
  /** Null when the last phase completes. */
  to: string | null;
}

export type AdvanceGuard = (tx: Tx, attempt: AdvanceAttempt) => Promise<void>;

const guards = new Set<AdvanceGuard>();

export function registerAdvanceGuard(guard: AdvanceGuard): void {
  guards.add(guard);
}

export async function runAdvanceGuards(tx: Tx, attempt: AdvanceAttempt): Promise<void> {
  for (const guard of guards) await guard(tx, attempt);
}

/**
 * Rule keys another domain owns (e.g. "policy:…" for organisation policies), so that waiveRule
 * can waive them: `problem` says why the key cannot be waived on this project, or null.
 */
export interface WaivableRules {
  prefix: string;
  problem(tx: Tx, project: { id: string }, ruleKey: string): Promise<string | null>;
}

const waivable: WaivableRules[] = [];

export function registerWaivableRules(rules: WaivableRules): void {
  if (!waivable.some((known) => known.prefix === rules.prefix)) waivable.push(rules);
}

export const waivableRulesFor = (ruleKey: string): WaivableRules | undefined => waivable.find((rules) => ruleKey.startsWith(rules.prefix));
