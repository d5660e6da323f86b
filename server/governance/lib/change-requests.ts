// The pure rules of change control: which approvals a request needs, which role an approver
// stands for, and what the project looks like once a request is applied. No I/O.

export type ApproverRole = 'PORTFOLIO_OWNER' | 'PMO';
export type ChangeRequestStatus = 'DRAFT' | 'SUBMITTED' | 'APPROVED' | 'REJECTED' | 'WITHDRAWN';

/** Money as whole cents (Decimal(14, 2) fits a double exactly up to 2^53 cents). */
export function centsOf(amount: string | { toString(): string }): number {
  const text = amount.toString().trim();
  const match = /^(-)?(\d+)(?:\.(\d{1,2}))?$/.exec(text);
  if (!match) throw new Error(`not an amount of money: ${text}`);
  const cents = Number(match[2]) * 100 + Number((match[3] ?? '').padEnd(2, '0'));
  return match[1] ? -cents : cents;
}

/** Cents back to the decimal text Prisma stores ("-12.05"). */
export function amountOf(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/**
 * The roles whose approval a request needs: always the portfolio owner's; the PMO's too when
 * the budget delta, either way, is above the threshold.
 */
export function requiredRoles(budgetDeltaCents: number, thresholdCents: number): ApproverRole[] {
  return Math.abs(budgetDeltaCents) > thresholdCents ? ['PORTFOLIO_OWNER', 'PMO'] : ['PORTFOLIO_OWNER'];
}

/**
 * The open role an approver fills, or null when they fill none. The portfolio owner stands for
 * the owner; a PMO_ADMIN stands for the PMO while that approval is open, otherwise for the
 * owner (the PMO may decide in the owner's place). Each person approves once per request, so
 * above the threshold two people decide.
 */
export function roleFilledBy(approver: { isAdmin: boolean; ownsPortfolio: boolean }, open: readonly ApproverRole[]): ApproverRole | null {
  if (approver.isAdmin && open.includes('PMO')) return 'PMO';
  if ((approver.isAdmin || approver.ownsPortfolio) && open.includes('PORTFOLIO_OWNER')) return 'PORTFOLIO_OWNER';
  return null;
}

export interface ProjectPlan {
  budgetCents: number;
  /** Day number (days since 1970-01-01) of the target end date; null when none. */
  targetEndDay: number | null;
  startDay: number | null;
  scopePoints: number | null;
}

export interface ChangeImpact {
  budgetDeltaCents: number;
  finishDeltaDays: number;
  scopeDelta: number;
}

export type ImpactField = 'budgetDelta' | 'finishDeltaDays' | 'scopeDelta';

/**
 * The plan after the change, or the problems that forbid it: a negative budget, a finish before
 * the start (or moved when there is no target date), a negative scope (or changed when none is
 * recorded). The finish moves in calendar days, as the target end date is a calendar date.
 */
export function planAfter(plan: ProjectPlan, impact: ChangeImpact): { plan: ProjectPlan; problems: { field: ImpactField; message: string }[] } {
  const problems: { field: ImpactField; message: string }[] = [];
  const budgetCents = plan.budgetCents + impact.budgetDeltaCents;
  if (budgetCents < 0) problems.push({ field: 'budgetDelta', message: `The budget would become negative (${amountOf(budgetCents)})` });
  let targetEndDay = plan.targetEndDay;
  if (impact.finishDeltaDays !== 0) {
    if (targetEndDay === null) problems.push({ field: 'finishDeltaDays', message: 'The project has no target end date to move' });
    else {
      targetEndDay += impact.finishDeltaDays;
      if (plan.startDay !== null && targetEndDay < plan.startDay) problems.push({ field: 'finishDeltaDays', message: 'The target end date would fall before the start date' });
    }
  }
  let scopePoints = plan.scopePoints;
  if (impact.scopeDelta !== 0) {
    if (scopePoints === null) problems.push({ field: 'scopeDelta', message: 'The project has no scope size to change (scopePoints)' });
    else {
      scopePoints += impact.scopeDelta;
      if (scopePoints < 0) problems.push({ field: 'scopeDelta', message: `The scope would become negative (${scopePoints})` });
    }
  }
  return { plan: { ...plan, budgetCents, targetEndDay, scopePoints }, problems };
}

/** The statuses a request may be moved from by each action (the state machine). */
export const ALLOWED_FROM: Record<'update' | 'submit' | 'approve' | 'reject' | 'withdraw', readonly ChangeRequestStatus[]> = {
  update: ['DRAFT'],
  submit: ['DRAFT'],
  approve: ['SUBMITTED'],
  reject: ['SUBMITTED'],
  withdraw: ['DRAFT', 'SUBMITTED'],
};
