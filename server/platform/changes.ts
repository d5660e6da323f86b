// What writes announce inside their transaction (platform/db/transaction.ts). Writers of many
// domains announce these and listeners of other domains act on them, so they belong to no domain.
import { TransactionHook } from './db/transaction.js';

/**
 * These projects' facts changed (their record, team, alignment, deliverables, phases, risks,
 * waivers, ...): whatever derives from the facts — stored rule results, trigger alerts — is
 * brought up to date before the transaction commits. Announced with the ids of the projects.
 */
export const projectFactsChanged = new TransactionHook<string>('projectFactsChanged');

/**
 * These projects were approved (by `actorId`), in the transaction that approves them: the
 * schedule domain captures the approved plan as a baseline. Announced with the project and actor.
 */
export const projectApproved = new TransactionHook<{ projectId: string; actorId: string }>('projectApproved');

/** Announce it with EVERYONE when a change moves everybody's load (the calendar, the tolerance). */
export const EVERYONE = '*';

/**
 * These people's load changed: their bookings, absences, weekly hours or whether they are active
 * (EVERYONE for the organisation calendar and the over-allocation tolerance). The resources
 * domain re-checks their over-allocation before the transaction commits.
 */
export const personLoadChanged = new TransactionHook<string>('personLoadChanged');
