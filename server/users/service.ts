// People as other domains refer to them: a manager, an owner, a sponsor must be an active user,
// often with one of some roles.
import type { Tx } from '../platform/context.js';
import type { Role } from '../platform/db/generated/prisma/enums.js';
import { ValidationError } from '../platform/errors.js';

/** Checks that a referenced user exists, is active and (optionally) holds one of the roles. */
export async function requireUser(tx: Tx, id: string, path: string[], roles?: readonly Role[], what = 'user') {
  const user = await tx.user.findUnique({ where: { id }, select: { id: true, role: true, active: true } });
  if (!user || !user.active) throw ValidationError.single(path, `No active ${what} has this id`);
  if (roles && !roles.includes(user.role)) {
    throw ValidationError.single(path, `The ${what} must have one of the roles ${roles.join(', ')}`);
  }
  return user;
}
