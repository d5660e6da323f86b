// Global IDs are base64("Type:uuid"). Decoding checks the shape so that a forged id is a clear
// validation error rather than a database error.
import { ValidationError } from '../server/errors.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// Composite keys (none exposed yet) would join uuids with ':'.

export function decodeId(globalId: string): { typename: string; id: string } {
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
