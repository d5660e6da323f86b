// Optimistic concurrency for shared records: an update names the version it was read at, and
// applies only while the record is still at that version. Also what every versioned update
// shares: the fields a patch sets, required fields that may not be cleared.
import { ConflictError, ValidationError } from './errors.js';

/** The fields a patch sets (undefined: not given); a patch that sets nothing is an input error. */
export function changesOf<T extends object>(patch: T): Record<string, T[keyof T]> {
  const changes: Record<string, T[keyof T]> = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
  if (Object.keys(changes).length === 0) throw ValidationError.single(['input'], 'Nothing to update: give at least one field');
  return changes;
}

/** Required fields cannot be cleared: null in an update means "clear", which they do not allow. */
export function rejectNulls<T extends object>(patch: T, fields: readonly (keyof T & string)[]): void {
  const issues = fields
    .filter((field) => field in patch && patch[field] === null)
    .map((field) => ({ path: ['input', field], message: `${field} cannot be null` }));
  if (issues.length) throw new ValidationError(issues);
}

export function staleMessage(what: string, currentVersion: number): string {
  return `The ${what} was changed by someone else (now at version ${currentVersion}): reload it and try again`;
}

/** The conflict for a version the client read that is no longer the record's. */
export function assertVersion(what: string, record: { version: number }, version: number): void {
  if (record.version !== version) throw new ConflictError(staleMessage(what, record.version), record.version);
}

/**
 * The conflict for a versioned update that matched no row. The version is read again because on
 * PostgreSQL a concurrent writer may have committed after our first read: the client must be
 * told the version that is current now, or its retry would conflict again.
 */
export async function staleVersion(what: string, reread: () => Promise<{ version: number } | null>): Promise<ConflictError> {
  const current = await reread();
  if (!current) return new ConflictError(`The ${what} was deleted by someone else`);
  return new ConflictError(staleMessage(what, current.version), current.version);
}

/** The part of a Prisma model delegate (`tx.project`, `tx.risk`, …) that a versioned update uses. */
interface VersionedModel<Key, Data> {
  updateMany(args: { where: Key & { version: number }; data: Data & { version: { increment: number } } }): PromiseLike<{ count: number }>;
  findUnique(args: { where: Key; select: { version: true } }): PromiseLike<{ version: number } | null>;
}

/**
 * Applies `data` to the record `where` if it is still at `version`, and bumps the version; a
 * stale version is a ConflictError naming the version that is current now. `what` names the
 * record in the message ("project", "risk").
 */
export async function updateVersioned<Key extends object, Data extends object>(
  model: VersionedModel<Key, Data>,
  what: string,
  where: Key,
  version: number,
  data: Data,
): Promise<void> {
  const { count } = await model.updateMany({ where: { ...where, version }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) throw await staleVersion(what, () => Promise.resolve(model.findUnique({ where, select: { version: true } })));
}
