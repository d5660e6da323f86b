// A change request asked to do what its status does not allow (approve a draft, withdraw an
// approved request, edit a submitted one): a typed error naming the status and what would allow it.
import { DomainError } from '../platform/errors.js';

export class ChangeRequestStatusError extends DomainError {
  override name = 'ChangeRequestStatusError';
  constructor(
    public readonly action: string,
    public readonly status: string,
    public readonly allowedFrom: readonly string[],
  ) {
    super(`A ${status} change request cannot be ${action} (only a ${allowedFrom.join(' or ')} one)`, 'CHANGE_REQUEST_STATUS', { status, allowedFrom });
  }
}
