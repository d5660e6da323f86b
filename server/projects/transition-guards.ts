// Checks other domains add to every lifecycle transition (governance's BLOCKING policies), so
// that projects does not depend on them: they register here at start-up (Domain.install) and a
// guard refuses a move by throwing its typed error, before anything is written.
import type { Tx } from '../platform/context.js';
import type { ProjectStatus } from '../platform/db/generated/prisma/enums.js';

export interface TransitionAttempt {
  project: { id: string; portfolioId: string; status: ProjectStatus };
  to: ProjectStatus;
}

export type TransitionGuard = (tx: Tx, attempt: TransitionAttempt) => Promise<void>;

const guards = new Set<TransitionGuard>();

/** Adds a guard run inside transitionProject's transaction (the same function twice counts once). */
export function registerTransitionGuard(guard: TransitionGuard): void {
  guards.add(guard);
}

export async function runTransitionGuards(tx: Tx, attempt: TransitionAttempt): Promise<void> {
  for (const guard of guards) await guard(tx, attempt);
}
