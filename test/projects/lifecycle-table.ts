// The project lifecycle as the requirement states it: PROPOSED → APPROVED → ACTIVE ⇄ ON_HOLD →
// COMPLETED, and CANCELLED from any open status. Written out here, not imported from
// server/projects/lib, so that the code is checked against the requirement rather than against
// itself; the unit test of the rules (lifecycle.test.ts) and the API suite (transitions.test.ts)
// both read it. Each list is in the order the API reports.
import type { ProjectStatus } from '../../server/platform/db/generated/prisma/enums.js';

export const STATUSES: ProjectStatus[] = ['PROPOSED', 'APPROVED', 'ACTIVE', 'ON_HOLD', 'COMPLETED', 'CANCELLED'];

export const ALLOWED: Record<ProjectStatus, ProjectStatus[]> = {
  PROPOSED: ['APPROVED', 'CANCELLED'],
  APPROVED: ['ACTIVE', 'CANCELLED'],
  ACTIVE: ['ON_HOLD', 'COMPLETED', 'CANCELLED'],
  ON_HOLD: ['ACTIVE', 'COMPLETED', 'CANCELLED'],
  COMPLETED: [],
  CANCELLED: [],
};
