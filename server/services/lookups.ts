// Loading records inside a transaction with typed not-found and validation errors.
import type { Role } from '../db/generated/prisma/enums.js';
import { NotFoundError, ValidationError } from '../errors.js';
import type { Tx } from './service-context.js';

export async function getPortfolio(tx: Tx, id: string, path?: string[]) {
  const portfolio = await tx.portfolio.findUnique({ where: { id } });
  if (!portfolio) {
    if (path) throw ValidationError.single(path, 'No portfolio has this id');
    throw new NotFoundError('Portfolio', id);
  }
  return portfolio;
}

export async function getProjectWithPortfolio(tx: Tx, id: string) {
  const project = await tx.project.findUnique({ where: { id }, include: { portfolio: { select: { id: true, ownerId: true } } } });
  if (!project) throw new NotFoundError('Project', id);
  return project;
}

/** Checks that a referenced user exists, is active and (optionally) holds one of the roles. */
export async function requireUser(tx: Tx, id: string, path: string[], roles?: readonly Role[], what = 'user') {
  const user = await tx.user.findUnique({ where: { id }, select: { id: true, role: true, active: true } });
  if (!user || !user.active) throw ValidationError.single(path, `No active ${what} has this id`);
  if (roles && !roles.includes(user.role)) {
    throw ValidationError.single(path, `The ${what} must have one of the roles ${roles.join(', ')}`);
  }
  return user;
}

export const MANAGER_ROLES: readonly Role[] = ['PROJECT_MANAGER', 'PORTFOLIO_MANAGER', 'PMO_ADMIN'];
export const PORTFOLIO_OWNER_ROLES: readonly Role[] = ['PORTFOLIO_MANAGER', 'PMO_ADMIN'];

export function checkDateOrder(start: Date | null | undefined, end: Date | null | undefined, path: string[]): void {
  if (start && end && end.getTime() < start.getTime()) {
    throw ValidationError.single(path, 'The target end date must not be before the start date');
  }
}
