// The topic on which a change of someone's access travels between server instances: a
// deactivation or a change of role ends the person's live subscriptions on every instance at once
// (platform/events/bus.ts), instead of at the next event they would have received.
import { defineTopic } from '../platform/events/bus.js';

export interface UserAccessChanged {
  userId: string;
  /** Why: what a subscriber's log says. */
  reason: 'deactivated' | 'role changed';
}

export const USER_ACCESS_CHANGED = defineTopic<UserAccessChanged>('user-access-changed');
