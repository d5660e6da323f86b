// The projects domain: projects, their status lifecycle, teams and strategic alignment.
import type { Domain } from '../platform/domain.js';

export {
  CHANGE_CONTROLLED_FIELDS,
  CHANGE_CONTROLLED_STATUSES,
  type ChangeControlledField,
  ChangeControlRequiredError,
  isUnderChangeControl,
} from './change-control.js';
export { InvalidTransitionError } from './errors.js';
export { getPortfolio } from './portfolio-ref.js';
export { allowedTransitions, canTransition } from './lib/lifecycle.js';
export { type ProjectFilter, projectWhere } from './queries.js';
export { registerTransitionGuard, type TransitionAttempt, type TransitionGuard } from './transition-guards.js';
export {
  addProjectMember,
  type AddProjectMemberInput,
  alignProject,
  type AlignProjectInput,
  authorizeProjectCreation,
  createProject,
  type CreateProjectInput,
  MANAGER_ROLES,
  removeProjectMember,
  transitionProject,
  type TransitionProjectInput,
  updateProject,
  type UpdateProjectInput,
} from './service.js';

declare module '../platform/audit.js' {
  interface AuditEntityTypes {
    Project: true;
  }
}

export const projectsDomain: Domain = { name: 'projects' };
