// Global ids (base64 of "Type:id", as the relay plugin writes them) and unique names for the
// records a test creates.
import { randomUUID } from 'node:crypto';
import { encodeGlobalID } from '@pothos/plugin-relay';

/** The global id of the record of `type` with the database id `id`. */
export const gid = (type: string, id: string) => encodeGlobalID(type, id);

/** The database id inside a global id. */
export const dbId = (globalId: string) => Buffer.from(globalId, 'base64').toString('utf8').split(':')[1]!;

/** A well-formed global id of a record that does not exist. */
export const missing = (type: string) => gid(type, randomUUID());

let counter = 0;
/** A project code no other record of this run uses (codes are unique): `<prefix>-<n>`. */
export const uniqueCode = (prefix: string) => `${prefix}-${++counter}`;
/** A name no other record of this run uses: `<prefix> <n>`. */
export const uniqueName = (prefix: string) => `${prefix} ${++counter}`;
