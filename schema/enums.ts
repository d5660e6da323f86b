import { Health, ProjectStatus, Role } from '../server/db/generated/prisma/enums.js';
import { builder } from './builder.js';

export const RoleEnum = builder.enumType(Role, { name: 'Role', description: 'What a person may do; read from the database on every request.' });
export const ProjectStatusEnum = builder.enumType(ProjectStatus, {
  name: 'ProjectStatus',
  description: 'PROPOSED → APPROVED → ACTIVE ⇄ ON_HOLD → COMPLETED; CANCELLED from any open status.',
});
export const HealthEnum = builder.enumType(Health, { name: 'Health', description: 'RAG status.' });
export const SortDirectionEnum = builder.enumType('SortDirection', { values: ['ASC', 'DESC'] as const });

export const toPrismaDirection = (direction: 'ASC' | 'DESC' | null | undefined): 'asc' | 'desc' =>
  direction === 'DESC' ? 'desc' : 'asc';
