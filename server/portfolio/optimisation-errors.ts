// The optimiser's refusals as errors a client can act on.
import { DomainError, ValidationError } from '../platform/errors.js';
import { type InfeasibleIssue, OptimiserInputError } from './lib/optimiser.js';

/** No selection satisfies the constraints (GraphQL: InfeasibleError); `issues` names the conflicting ones. */
export class PortfolioInfeasibleError extends DomainError {
  override name = 'InfeasibleError';
  constructor(readonly issues: readonly InfeasibleIssue[]) {
    super(`No portfolio satisfies the constraints: ${issues.map((issue) => issue.message).join('; ')}`, 'INFEASIBLE');
  }
}

/** The solver did not answer within its bound (its worker was stopped). */
export class OptimisationTimeoutError extends DomainError {
  override name = 'OptimisationTimeoutError';
  constructor(message: string) {
    super(message, 'OPTIMISATION_TIMEOUT');
  }
}

/** 'budgetLimits[0].amount' → [...at, 'budgetLimits', '0', 'amount']. */
export function inputPath(path: string, at: string[]): string[] {
  if (path.startsWith('projects')) return at; // the loaded candidates, not the caller's input
  return [...at, ...path.split(/[.[\]]+/).filter(Boolean)];
}

export const validationOf = (error: OptimiserInputError, at: string[]) => new ValidationError(error.issues.map((issue) => ({ path: inputPath(issue.path, at), message: issue.message })));
