// What bookings and demands share: the project they are made on, who may make them there, and
// the bounds of their hours and spans.
import { canManageProject, type ProjectRef } from '../auth/access.js';
import type { ServiceContext, Tx } from '../platform/context.js';
import { ForbiddenError, NotFoundError, ValidationError } from '../platform/errors.js';

/** The longest booking made at once, in days (three years). */
export const MAX_BOOKING_DAYS = 3 * 366;
/** A week has 168 hours. */
export const MAX_HOURS_PER_WEEK = 168;

/** The problem with an hours-per-week value, if any (null and undefined are not checked). */
export function hoursPerWeekIssue(hours: number | null | undefined): string | null {
  if (hours === null || hours === undefined) return null;
  const ok = hours > 0 && hours <= MAX_HOURS_PER_WEEK && Math.abs(hours * 100 - Math.round(hours * 100)) < 1e-6;
  return ok ? null : `hoursPerWeek must be more than 0 and at most ${MAX_HOURS_PER_WEEK}, in hundredths`;
}

export type BookingProject = ProjectRef & { status: string; startDate: Date | null; targetEndDate: Date | null };

const BOOKING_PROJECT = { id: true, managerId: true, status: true, startDate: true, targetEndDate: true, portfolio: { select: { ownerId: true } } } as const;

export async function projectRefOf(tx: Tx, projectId: string): Promise<BookingProject> {
  const project = await tx.project.findUnique({ where: { id: projectId }, select: BOOKING_PROJECT });
  if (!project) throw new NotFoundError('Project', projectId);
  return project;
}

/** The project, if the viewer may book people on it (its manager, portfolio owner, the PMO). */
export async function bookingProject(tx: Tx, ctx: ServiceContext, projectId: string, path: string[]): Promise<BookingProject> {
  const project = await tx.project.findUnique({ where: { id: projectId }, select: BOOKING_PROJECT });
  if (!project) throw ValidationError.single(path, 'No project has this id');
  if (!canManageProject(ctx.viewer, project)) throw new ForbiddenError("Only the project's manager, its portfolio owner and the PMO book people on it");
  return project;
}

