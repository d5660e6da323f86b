// Over-allocation alerts: a person whose hard bookings exceed their capacity by more than the
// PMO's tolerance in some week from this week on raises a RESOURCE_OVERALLOCATION alert on each
// project that books them in such a week, through the alert pipeline (stored in the transaction
// of the change, deduplicated, published on commit, replayable). It resolves when no week is
// over-allocated any more. Every change that moves a person's load re-checks them: bookings,
// absences, their weekly hours, the organisation calendar and the tolerance (everyone), and the
// periodic job (weeks pass).
import { isoDate } from '../platform/calendar.js';
import { projectFactsChanged } from '../platform/changes.js';
import type { Tx } from '../platform/context.js';
import { type AlertCandidate, reconcileAlerts, type Reconciled } from '../risks/index.js';
import { organisationCalendar } from './calendar.js';
import { weekStartOf } from './lib/capacity.js';
import { bookedHoursBetween, LoadDays, overallocatedWeeks, type OverallocatedWeek, periodsOf, type PersonLoad, utilisationOf } from './lib/load.js';
import { resourceSettings } from './settings.js';
import { addDays } from '../platform/calendar.js';

/** How far ahead over-allocation is watched: three years of weeks. */
const HORIZON_DAYS = 3 * 366;
/** The weeks an alert's evidence lists (the count says how many there are). */
const EVIDENCE_WEEKS = 12;

export const overallocationTriggerKey = (userId: string): string => `resource-overallocation:${userId}`;

/**
 * Brings the over-allocation alerts of these people (or of everyone) in line with their bookings
 * now. Three statements plus the alert store's, whatever the number of people.
 */
export async function reconcileOverallocation(tx: Tx, who: readonly string[] | 'everyone', now = new Date()): Promise<Reconciled> {
  if (who !== 'everyone' && who.length === 0) return { raised: 0, resolved: 0 };
  const weekStart = weekStartOf(now);
  const horizon = addDays(weekStart, HORIZON_DAYS);
  const bookings = await tx.allocation.findMany({
    where: { kind: 'HARD', declinedAt: null, to: { gte: weekStart }, from: { lte: horizon }, ...(who !== 'everyone' && { userId: { in: [...who] } }) },
    select: { userId: true, projectId: true, from: true, to: true, hoursPerWeek: true },
  });
  const userIds = [...new Set(bookings.map((booking) => booking.userId))];
  const [people, absences, { calendar }, { overallocationTolerance }] = await Promise.all([
    tx.user.findMany({ where: { id: { in: userIds }, active: true }, select: { id: true, name: true, weeklyCapacityHours: true } }),
    tx.absence.findMany({ where: { userId: { in: userIds }, to: { gte: weekStart }, from: { lte: horizon } }, select: { userId: true, from: true, to: true, hoursPerDay: true } }),
    organisationCalendar(tx),
    resourceSettings(tx),
  ]);
  const holding: AlertCandidate[] = [];
  if (people.length) {
    const lastDay = bookings.reduce((last, booking) => (booking.to > last ? booking.to : last), weekStart);
    const days = new LoadDays(periodsOf(weekStart, lastDay < horizon ? lastDay : horizon, 'WEEK'), calendar);
    for (const person of people) {
      const own = bookings.filter((booking) => booking.userId === person.id).map((booking) => ({ ...booking, hoursPerWeek: Number(booking.hoursPerWeek), kind: 'HARD' as const }));
      const load: PersonLoad = {
        weeklyCapacityHours: person.weeklyCapacityHours,
        absences: absences.filter((absence) => absence.userId === person.id).map((absence) => ({ ...absence, hoursPerDay: absence.hoursPerDay === null ? null : Number(absence.hoursPerDay) })),
        bookings: own,
      };
      const weeks = overallocatedWeeks(days, load, overallocationTolerance);
      if (weeks.length === 0) continue;
      // Each project with hard hours in an over-allocated week is told, with the weeks it books.
      const weeksOfProject = new Map<string, OverallocatedWeek[]>();
      for (const week of weeks) {
        const weekEnd = addDays(week.weekStart, 6);
        for (const projectId of new Set(own.filter((booking) => bookedHoursBetween(calendar, booking, week.weekStart, weekEnd) > 0).map((booking) => booking.projectId))) {
          weeksOfProject.set(projectId, [...(weeksOfProject.get(projectId) ?? []), week]);
        }
      }
      for (const [projectId, projectWeeks] of weeksOfProject) holding.push(candidateOf(person, projectId, projectWeeks, overallocationTolerance));
    }
  }
  const triggerKeys = who === 'everyone' ? undefined : who.map(overallocationTriggerKey);
  const openBefore = await tx.riskAlert.findMany({
    where: { source: 'RESOURCE_OVERALLOCATION', resolvedAt: null, ...(triggerKeys && { triggerKey: { in: triggerKeys } }) },
    select: { projectId: true },
    distinct: ['projectId'],
  });
  const reconciled = await reconcileAlerts(tx, { sources: ['RESOURCE_OVERALLOCATION'], ...(triggerKeys && { triggerKeys }) }, holding, now);
  // resources.overallocatedMembers counts these alerts: the projects whose alerts moved re-evaluate their rules.
  if (reconciled.raised + reconciled.resolved > 0) {
    projectFactsChanged.announce(tx, [...new Set([...openBefore.map((alert) => alert.projectId), ...holding.map((alert) => alert.projectId)])]);
  }
  return reconciled;
}

function candidateOf(person: { id: string; name: string }, projectId: string, weeks: OverallocatedWeek[], tolerance: number): AlertCandidate {
  const worst = weeks.reduce((a, b) => ((utilisationOf(b.hardHours, b.capacityHours) ?? Infinity) > (utilisationOf(a.hardHours, a.capacityHours) ?? Infinity) ? b : a));
  const worstUtilisation = utilisationOf(worst.hardHours, worst.capacityHours);
  const more = weeks.length > 1 ? ` (and ${weeks.length - 1} more week${weeks.length > 2 ? 's' : ''})` : '';
  return {
    source: 'RESOURCE_OVERALLOCATION',
    triggerKey: overallocationTriggerKey(person.id),
    projectId,
    riskId: null,
    // Half again their capacity or more (or booked with none) is HIGH.
    severity: worstUtilisation === null || worstUtilisation >= 1.5 ? 'HIGH' : 'MEDIUM',
    reason: `${person.name} is booked ${worst.hardHours} h against ${worst.capacityHours} h of capacity in the week of ${isoDate(worst.weekStart)}${more}`,
    evidence: {
      userId: person.id,
      userName: person.name,
      tolerance,
      weekCount: weeks.length,
      weeks: weeks.slice(0, EVIDENCE_WEEKS).map((week) => ({
        weekStart: isoDate(week.weekStart),
        capacityHours: week.capacityHours,
        hardHours: week.hardHours,
        utilisation: utilisationOf(week.hardHours, week.capacityHours),
      })),
    },
  };
}
