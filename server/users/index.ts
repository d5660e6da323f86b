// The users domain: the people the other domains refer to (managers, owners, sponsors, members).
import type { Domain } from '../platform/domain.js';

export { type UserFilter, userWhere } from './queries.js';
export { requireUser } from './service.js';

declare module '../platform/audit.js' {
  interface AuditEntityTypes {
    User: true;
  }
}

export const usersDomain: Domain = { name: 'users' };
