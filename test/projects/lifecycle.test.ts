// Unit test of the pure lifecycle rules (server/projects/lib/lifecycle.ts), against the table of
// the requirement (lifecycle-table.ts).
import { describe, expect, it } from 'vitest';
import type { ProjectStatus } from '../../server/platform/db/generated/prisma/enums.js';
import { allowedTransitions, canTransition } from '../../server/projects/lib/lifecycle.js';
import { ALLOWED, STATUSES } from './lifecycle-table.js';

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
