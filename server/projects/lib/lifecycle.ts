// Project status lifecycle: PROPOSED → APPROVED → ACTIVE ⇄ ON_HOLD → COMPLETED, and CANCELLED
// from any open state. Pure: no I/O.
import type { ProjectStatus } from '../../platform/db/generated/prisma/enums.js';

const TRANSITIONS: Record<ProjectStatus, readonly ProjectStatus[]> = {
  PROPOSED: ['APPROVED', 'CANCELLED'],
  APPROVED: ['ACTIVE', 'CANCELLED'],
  ACTIVE: ['ON_HOLD', 'COMPLETED', 'CANCELLED'],
  ON_HOLD: ['ACTIVE', 'COMPLETED', 'CANCELLED'],
  COMPLETED: [],
  CANCELLED: [],
};

export function allowedTransitions(from: ProjectStatus): readonly ProjectStatus[] {
  return TRANSITIONS[from];
}

export function canTransition(from: ProjectStatus, to: ProjectStatus): boolean {
  return TRANSITIONS[from].includes(to);
}
