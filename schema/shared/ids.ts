// Global IDs are base64("Type:uuid"). Decoding checks the shape so that a forged id is a clear
// validation error rather than a database error; `idOf` checks that it names the expected type.
import { ValidationError } from '../../server/platform/errors.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// Composite keys (none exposed yet) would join uuids with ':'.

/** A global ID as the relay plugin hands it to resolvers. */
export interface GlobalId {
  typename: string;
  id: string;
}

export function decodeId(globalId: string): GlobalId {
  let decoded = '';
  try {
    decoded = Buffer.from(globalId, 'base64').toString('utf8');
  } catch {
    // fall through to the error below
  }
  const separator = decoded.indexOf(':');
  const typename = decoded.slice(0, separator);
  const id = decoded.slice(separator + 1);
  if (separator <= 0 || !/^[A-Za-z]+$/.test(typename) || !UUID.test(id)) {
    throw ValidationError.single(['id'], `Invalid ID: ${globalId.slice(0, 100)}`);
  }
  return { typename, id };
}

/** The database id of a global ID that must name a `typename`; `path` names the argument for the error. */
export function idOf(globalId: GlobalId, typename: string, path: string[]): string {
  if (globalId.typename !== typename) throw ValidationError.single(path, `Expected the ID of a ${typename}`);
  return globalId.id;
}

/** As idOf, for an optional argument: not given (undefined) and cleared (null) pass through. */
export function optionalIdOf(globalId: GlobalId | null | undefined, typename: string, path: string[]): string | null | undefined {
  return globalId == null ? globalId : idOf(globalId, typename, path);
}

/**
 * The database id that a raw (not yet validated) global ID argument names, when it is a valid ID
 * of a `typename`; undefined otherwise, for validation to report.
 */
export function rawIdOf(value: unknown, typename: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const decoded = decodeId(value);
    return decoded.typename === typename ? decoded.id : undefined;
  } catch {
    return undefined;
  }
}
