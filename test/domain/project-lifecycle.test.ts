// Unit test of the pure lifecycle rules (server/domain/project-lifecycle.ts), against the table
// written out from the issue: PROPOSED → APPROVED → ACTIVE ⇄ ON_HOLD → COMPLETED, and CANCELLED
// from any open status.
import { describe, expect, it } from 'vitest';
import type { ProjectStatus } from '../../server/platform/db/generated/prisma/enums.js';
import { allowedTransitions, canTransition } from '../../server/projects/lib/lifecycle.js';

const STATUSES: ProjectStatus[] = ['PROPOSED', 'APPROVED', 'ACTIVE', 'ON_HOLD', 'COMPLETED', 'CANCELLED'];
const ALLOWED: Record<ProjectStatus, ProjectStatus[]> = {
  PROPOSED: ['APPROVED', 'CANCELLED'],
  APPROVED: ['ACTIVE', 'CANCELLED'],
  ACTIVE: ['ON_HOLD', 'COMPLETED', 'CANCELLED'],
  ON_HOLD: ['ACTIVE', 'COMPLETED', 'CANCELLED'],
  COMPLETED: [],
  CANCELLED: [],
};
const PAIRS = STATUSES.flatMap((from) => STATUSES.map((to) => [from, to, ALLOWED[from].includes(to)] as const));

describe('project lifecycle', () => {
  it.each(PAIRS)('canTransition(%s, %s) is %s', (from, to, expected) => {
    expect(canTransition(from, to)).toBe(expected);
  });

  it.each(STATUSES)('allowedTransitions(%s) lists exactly the allowed targets, in lifecycle order', (from) => {
    expect(allowedTransitions(from)).toEqual(ALLOWED[from]);
  });

  it.each(STATUSES)('allowedTransitions(%s) agrees with canTransition', (from) => {
    expect(STATUSES.filter((to) => canTransition(from, to))).toEqual([...allowedTransitions(from)]);
  });

  it('no status moves to itself', () => {
    expect(STATUSES.filter((status) => canTransition(status, status))).toEqual([]);
  });

  it('every open status may be cancelled, and nothing leaves a closed status', () => {
    const closed: ProjectStatus[] = ['COMPLETED', 'CANCELLED'];
    expect(STATUSES.filter((status) => canTransition(status, 'CANCELLED'))).toEqual(STATUSES.filter((status) => !closed.includes(status)));
    expect(closed.flatMap((status) => allowedTransitions(status))).toEqual([]);
  });

  it('every status is reachable from PROPOSED', () => {
    const reached = new Set<ProjectStatus>(['PROPOSED']);
    for (let grew = true; grew; ) {
      const size = reached.size;
      for (const status of [...reached]) for (const next of allowedTransitions(status)) reached.add(next);
      grew = reached.size > size;
    }
    expect(reached).toEqual(new Set(STATUSES));
  });
});
