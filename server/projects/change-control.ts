// Change control: once a project is approved, its budget, target end date and scope are a
// baseline the organisation committed to. They change only through an approved change request
// (server/governance/change-requests.ts), never by editing the project.
import type { ProjectStatus } from '../platform/db/generated/prisma/enums.js';
import { DomainError } from '../platform/errors.js';

/** Statuses in which a project is under change control (PROPOSED ones are edited freely; closed ones not at all). */
export const CHANGE_CONTROLLED_STATUSES: readonly ProjectStatus[] = ['APPROVED', 'ACTIVE', 'ON_HOLD'];

/** The project fields only a change request changes while the project is under change control. */
export const CHANGE_CONTROLLED_FIELDS = ['budget', 'targetEndDate', 'scopePoints'] as const;
export type ChangeControlledField = (typeof CHANGE_CONTROLLED_FIELDS)[number];

export const isUnderChangeControl = (status: ProjectStatus): boolean => CHANGE_CONTROLLED_STATUSES.includes(status);

/** An edit of a change-controlled field of a project under change control; nothing was changed. */
export class ChangeControlRequiredError extends DomainError {
  override name = 'ChangeControlRequiredError';
  constructor(
    public readonly projectCode: string,
    public readonly fields: ChangeControlledField[],
  ) {
    super(
      `${fields.join(', ')} of ${projectCode} ${fields.length === 1 ? 'is' : 'are'} under change control: raise a change request (createChangeRequest) to change ${fields.length === 1 ? 'it' : 'them'}`,
      'CHANGE_CONTROL_REQUIRED',
      { fields },
    );
  }
}
