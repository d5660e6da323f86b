// Who may act on a person's training: the person, the PMO, and the managers of the person (the
// manager of a project the person is on, or the owner of that project's portfolio) — the same
// people who set the person's skill levels (skills domain).
import { managesPerson as managesPersonAsViewer } from '../auth/person-access.js';
import type { ServiceContext, Tx } from '../platform/context.js';
import { ValidationError } from '../platform/errors.js';

/** The PMO, or a manager of the person (auth/person-access.ts) who is not the person: managers do not approve their own training. */
export async function managesPerson(tx: Tx, ctx: ServiceContext, userId: string): Promise<boolean> {
  if (ctx.viewer.role === 'PMO_ADMIN') return true;
  return userId !== ctx.viewer.id && managesPersonAsViewer(tx, ctx.viewer, userId);
}

/** An active person, locked for the rest of the transaction; a typed error at `path` otherwise. */
export async function activePerson(tx: Tx, userId: string, path: string[]): Promise<void> {
  const [person] = await tx.$queryRaw<{ active: boolean }[]>`SELECT active FROM "User" WHERE id = ${userId}::uuid FOR UPDATE`;
  if (!person) throw ValidationError.single(path, 'No person has this id');
  if (!person.active) throw ValidationError.single(path, 'The person is deactivated');
}

/** Lower-case kebab-case keys, 2..60 characters (catalogues of certifications and courses). */
export const CATALOGUE_KEY = /^[a-z][a-z0-9-]{1,59}$/;
export const KEY_MESSAGE = 'must be 2..60 characters: a lower-case letter, then lower-case letters, digits or "-"';

/** PDUs and hours: from 0 to `max`, in hundredths. */
export const inHundredths = (value: number, max: number) => value >= 0 && value <= max && Math.abs(value * 100 - Math.round(value * 100)) < 1e-6;
