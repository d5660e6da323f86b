// Bounds on what one client can hold open over graphql-ws: sockets per user (counted on this
// instance) and operations in progress per socket. A refused operation is answered with an
// `error` message for its id; the socket and its other subscriptions stay up.
import { GraphQLError } from 'graphql';

/** Close code for a refused connection_init (graphql-ws' Forbidden). */
export const FORBIDDEN_CLOSE_CODE = 4403;
/** Close code when the server cannot check the token now (WebSocket's "Try Again Later"). */
export const TRY_AGAIN_LATER_CLOSE_CODE = 1013;

/** Counts open sockets per user; `admit` says whether one more may open. */
export class SocketsPerUser {
  private readonly open = new Map<string, number>();

  constructor(private readonly max: number) {}

  /** Takes a place for `userId`; false when the user already holds `max` sockets. */
  admit(userId: string): boolean {
    const count = this.open.get(userId) ?? 0;
    if (count >= this.max) return false;
    this.open.set(userId, count + 1);
    return true;
  }

  release(userId: string): void {
    const count = (this.open.get(userId) ?? 1) - 1;
    if (count <= 0) this.open.delete(userId);
    else this.open.set(userId, count);
  }

  refusal(): string {
    return `Too many open connections for this user (at most ${this.max})`;
  }
}

/**
 * The error for an operation beyond `max` on one socket, given the socket's operations in
 * progress by id (graphql-ws reserves the new one's id before asking us). Counts at most max + 1
 * of them, so a flood of subscribes costs each one O(max), not O(flood).
 */
export function operationLimitError(inProgress: Record<string, unknown>, max: number): GraphQLError | null {
  let count = 0;
  for (const _id in inProgress) if (++count > max) break;
  if (count <= max) return null;
  return new GraphQLError(`Too many operations on this connection: at most ${max} at a time; complete one first`, {
    extensions: { code: 'SUBSCRIPTION_LIMIT' },
  });
}
