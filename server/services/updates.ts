// What every versioned update shares: the fields a patch sets, required fields that may not be
// cleared, and the conflict answer for a stale version.
import { ConflictError, ValidationError } from '../errors.js';

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
