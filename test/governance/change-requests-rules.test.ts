// The pure rules of change control (server/governance/lib/change-requests.ts): money in cents,
// who must approve, which role an approver fills, and the plan after a change.
import { describe, expect, it } from 'vitest';
import { amountOf, centsOf, planAfter, requiredRoles, roleFilledBy } from '../../server/governance/lib/change-requests.js';

describe('change-control rules', () => {
  it('reads and writes money exactly, in cents', () => {
    expect([centsOf('0'), centsOf('12.5'), centsOf('-12.05'), centsOf('999999999999.99')]).toEqual([0, 1250, -1205, 99999999999999]);
    expect([amountOf(0), amountOf(1250), amountOf(-1205), amountOf(99999999999999)]).toEqual(['0.00', '12.50', '-12.05', '999999999999.99']);
    expect(() => centsOf('1e3')).toThrow();
  });

  it('needs the PMO only when |budgetDelta| is above the threshold', () => {
    expect(requiredRoles(5_000_000, 5_000_000)).toEqual(['PORTFOLIO_OWNER']);
    expect(requiredRoles(5_000_001, 5_000_000)).toEqual(['PORTFOLIO_OWNER', 'PMO']);
    expect(requiredRoles(-5_000_001, 5_000_000)).toEqual(['PORTFOLIO_OWNER', 'PMO']);
    expect(requiredRoles(0, 0)).toEqual(['PORTFOLIO_OWNER']);
  });

  it('lets the PMO fill the PMO role first, then the owner’s; the owner fills only their own', () => {
    const admin = { isAdmin: true, ownsPortfolio: false };
    const owner = { isAdmin: false, ownsPortfolio: true };
    expect(roleFilledBy(admin, ['PORTFOLIO_OWNER', 'PMO'])).toBe('PMO');
    expect(roleFilledBy(admin, ['PORTFOLIO_OWNER'])).toBe('PORTFOLIO_OWNER');
    expect(roleFilledBy(owner, ['PORTFOLIO_OWNER', 'PMO'])).toBe('PORTFOLIO_OWNER');
    expect(roleFilledBy(owner, ['PMO'])).toBeNull();
    expect(roleFilledBy({ isAdmin: false, ownsPortfolio: false }, ['PORTFOLIO_OWNER'])).toBeNull();
  });

  it('computes the plan after a change and names every problem', () => {
    const plan = { budgetCents: 10_000, startDay: 100, targetEndDay: 130, scopePoints: 10 };
    expect(planAfter(plan, { budgetDeltaCents: -10_000, finishDeltaDays: -30, scopeDelta: -10 })).toEqual({
      plan: { budgetCents: 0, startDay: 100, targetEndDay: 100, scopePoints: 0 }, problems: [],
    });
    expect(planAfter(plan, { budgetDeltaCents: -10_001, finishDeltaDays: -31, scopeDelta: -11 }).problems.map((problem) => problem.field)).toEqual(['budgetDelta', 'finishDeltaDays', 'scopeDelta']);
    const bare = { budgetCents: 0, startDay: null, targetEndDay: null, scopePoints: null };
    expect(planAfter(bare, { budgetDeltaCents: 0, finishDeltaDays: 0, scopeDelta: 0 }).problems).toEqual([]);
    expect(planAfter(bare, { budgetDeltaCents: 0, finishDeltaDays: 1, scopeDelta: 1 }).problems).toEqual([
      { field: 'finishDeltaDays', message: 'The project has no target end date to move' },
      { field: 'scopeDelta', message: 'The project has no scope size to change (scopePoints)' },
    ]);
  });
});
