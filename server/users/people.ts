// People managed through the API by the PMO (PMO_ADMIN): created, changed (with `version`) and
// deactivated. A deactivated person keeps their history (audit, risks, tasks, bookings) but is
// refused on every request, and their live subscriptions end on every instance; a change of role
// ends them too, so that a subscription never outlives the access it was granted under.
import { isAdmin } from '../auth/access.js';
import { recordAudit } from '../platform/audit.js';
import { personLoadChanged } from '../platform/changes.js';
import type { ServiceContext, Tx } from '../platform/context.js';
import type { Prisma, User } from '../platform/db/generated/prisma/client.js';
import type { Role } from '../platform/db/generated/prisma/enums.js';
import { withUniqueAsConflict } from '../platform/db/constraints.js';
import { publishAfterCommit, transaction } from '../platform/db/transaction.js';
import { ForbiddenError, NotFoundError, ValidationError } from '../platform/errors.js';
import { changesOf, rejectNulls, updateVersioned } from '../platform/versioning.js';
import { USER_ACCESS_CHANGED } from './topic.js';

export interface UserFieldsInput {
  name?: string | null;
  email?: string | null;
  role?: Role | null;
  weeklyCapacityHours?: number | null;
  /** Money, as a decimal string. */
  costRate?: string | null;
}

export interface CreateUserInput extends UserFieldsInput {
  name: string;
  email: string;
  role: Role;
}

const FORBIDDEN = 'Only the PMO (PMO_ADMIN) manages people';
const emailTaken = (email: string) => `Another person already signs in as ${email}`;

export async function createUser(ctx: ServiceContext, input: CreateUserInput): Promise<User> {
  if (!isAdmin(ctx.viewer)) throw new ForbiddenError(FORBIDDEN);
  const email = input.email.trim().toLowerCase();
  return transaction(ctx, async (tx) => {
    await emailIsFree(tx, email, null);
    const after = await withUniqueAsConflict(
      () =>
        tx.user.create({
          data: { name: input.name.trim(), email, role: input.role, weeklyCapacityHours: input.weeklyCapacityHours ?? 40, costRate: input.costRate ?? '0' },
        }),
      emailTaken(email),
    );
    await recordAudit(tx, { actorId: ctx.viewer.id, action: 'user.created', entityType: 'User', entityId: after.id, after });
    return after;
  });
}

export interface UpdateUserInput extends UserFieldsInput {
  id: string;
  version: number;
}

export async function updateUser(ctx: ServiceContext, input: UpdateUserInput): Promise<User> {
  if (!isAdmin(ctx.viewer)) throw new ForbiddenError(FORBIDDEN);
  const { id, version, ...patch } = input;
  return transaction(ctx, async (tx) => {
    const before = await loadUser(tx, id);
    rejectNulls(patch, ['name', 'email', 'role', 'weeklyCapacityHours', 'costRate']);
    const changes = changesOf({ ...patch, ...(patch.email && { email: patch.email.trim().toLowerCase() }), ...(patch.name && { name: patch.name.trim() }) }) as UserFieldsInput;
    if (changes.email && changes.email !== before.email) await emailIsFree(tx, changes.email, id);
    if (id === ctx.viewer.id && changes.role && changes.role !== 'PMO_ADMIN') await anotherAdminRemains(tx, id, ['input', 'role']);
    await withUniqueAsConflict(() => updateVersioned(tx.user, 'user', { id }, version, changes as Prisma.UserUpdateManyMutationInput), emailTaken(changes.email ?? ''));
    const after = await tx.user.findUniqueOrThrow({ where: { id } });
    await recordAudit(tx, { actorId: ctx.viewer.id, action: 'user.updated', entityType: 'User', entityId: id, before, after });
    if (after.role !== before.role) publishAfterCommit(tx, USER_ACCESS_CHANGED, [{ userId: id, reason: 'role changed' }]);
    if (after.weeklyCapacityHours !== before.weeklyCapacityHours) personLoadChanged.announce(tx, [id]);
    return after;
  });
}

export async function deactivateUser(ctx: ServiceContext, input: { id: string; version: number }): Promise<User> {
  if (!isAdmin(ctx.viewer)) throw new ForbiddenError(FORBIDDEN);
  return transaction(ctx, async (tx) => {
    const before = await loadUser(tx, input.id);
    if (!before.active) throw ValidationError.single(['input', 'id'], `${before.name} is already deactivated`);
    if (before.role === 'PMO_ADMIN') await anotherAdminRemains(tx, before.id, ['input', 'id']);
    await updateVersioned(tx.user, 'user', { id: before.id }, input.version, { active: false });
    const after = await tx.user.findUniqueOrThrow({ where: { id: before.id } });
    await recordAudit(tx, { actorId: ctx.viewer.id, action: 'user.deactivated', entityType: 'User', entityId: before.id, before, after });
    publishAfterCommit(tx, USER_ACCESS_CHANGED, [{ userId: before.id, reason: 'deactivated' }]);
    personLoadChanged.announce(tx, [before.id]);
    return after;
  });
}

async function loadUser(tx: Tx, id: string): Promise<User> {
  const user = await tx.user.findUnique({ where: { id } });
  if (!user) throw new NotFoundError('User', id);
  return user;
}

async function emailIsFree(tx: Tx, email: string, exceptId: string | null): Promise<void> {
  const taken = await tx.user.findFirst({ where: { email, ...(exceptId && { id: { not: exceptId } }) }, select: { id: true } });
  if (taken) throw ValidationError.single(['input', 'email'], emailTaken(email));
}

/** The organisation keeps at least one active PMO_ADMIN (someone must be able to manage people). */
async function anotherAdminRemains(tx: Tx, userId: string, path: string[]): Promise<void> {
  const others = await tx.user.count({ where: { role: 'PMO_ADMIN', active: true, id: { not: userId } } });
  if (others === 0) throw ValidationError.single(path, 'The last active PMO_ADMIN cannot be deactivated or lose the role');
}
