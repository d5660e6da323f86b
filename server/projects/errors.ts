// A status change the project lifecycle (lib/lifecycle.ts) does not allow.
import { DomainError } from '../platform/errors.js';

export class InvalidTransitionError extends DomainError {
  override name = 'InvalidTransitionError';
  constructor(
    public readonly from: string,
    public readonly to: string,
    public readonly allowed: string[],
  ) {
    super(
      `A ${from} project cannot become ${to}` + (allowed.length ? ` (allowed: ${allowed.join(', ')})` : ' (it is closed)'),
      'INVALID_TRANSITION',
    );
  }
}
