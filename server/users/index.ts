// The users domain: the people the other domains refer to (managers, owners, sponsors, members),
// managed by the PMO through the API.
import type { Domain } from '../platform/domain.js';

export { type UserFilter, userWhere } from './queries.js';
export { createUser, type CreateUserInput, deactivateUser, updateUser, type UpdateUserInput } from './people.js';
export { requireUser } from './service.js';
export { USER_ACCESS_CHANGED, type UserAccessChanged } from './topic.js';

declare module '../platform/audit.js' {
  interface AuditEntityTypes {
    User: true;
  }
}

export const usersDomain: Domain = { name: 'users' };
