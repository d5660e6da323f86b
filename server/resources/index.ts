// The resources domain: people's capacity (the organisation calendar, absences, capacity per
// week), projects' demands for people, bookings, and over-allocation alerts.
import type { Domain } from '../platform/domain.js';
import { registerFactsSection } from '../methodology/index.js';
import { EVERYONE, personLoadChanged } from '../platform/changes.js';
import { resourcesFactsSection } from './facts.js';
import { overallocationSweep } from './overallocation-job.js';
import { reconcileOverallocation } from './overallocation.js';

export { type AbsenceFieldsInput, createAbsence, type CreateAbsenceInput, deleteAbsence, MAX_ABSENCE_DAYS, recordAbsence, removeAbsence, updateAbsence, type UpdateAbsenceInput } from './absences.js';
export { MAX_HOLIDAYS } from '../platform/calendar.js';
export { type OrganisationCalendar, organisationCalendar, organisationCalendarOfRequest, updateOrganisationCalendar, type UpdateOrganisationCalendarInput } from './calendar.js';
export { capacityOf, MAX_CAPACITY_WEEKS } from './capacity.js';
export { confirmAllocation, createAllocation, type CreateAllocationInput, declineAllocation, deleteAllocation, updateAllocation, type UpdateAllocationInput } from './allocations.js';
export { type Candidate, candidatesForDemand, MAX_CANDIDATES } from './candidates.js';
export type { RankedCandidate } from './lib/candidates.js';
export { allocateFromSchedule, type AllocatedFromSchedule } from './from-schedule.js';
export { MAX_BOOKING_DAYS, MAX_HOURS_PER_WEEK } from './bookable.js';
export { createResourceDemand, type CreateDemandInput, deleteResourceDemand, refreshDemandStatus, updateResourceDemand, type UpdateDemandInput } from './demands.js';
export { capacityHeatmap, type Heatmap, type HeatmapInput, MAX_HEATMAP_MONTHS, MAX_HEATMAP_PEOPLE, MAX_HEATMAP_WEEKS, type SkillCell, type SkillRow } from './heatmap.js';
export { levelResources, type LevelResourcesInput, type ResourceLevelling } from './levelling.js';
export type { BookingMove, LevellingMove, PersonWeek } from './lib/levelling.js';
export { MENTOR_LEVEL, type SkillGap, type SkillGapPerson, skillGaps } from './skill-gaps.js';
export { overallocationTriggerKey, reconcileOverallocation } from './overallocation.js';
export { MAX_OVERALLOCATION_TOLERANCE, resourceSettings, type ResourceSettings, updateResourceSettings } from './settings.js';
export { DEFAULT_OVERALLOCATION_TOLERANCE, type Interval as HeatmapInterval, type LoadCell } from './lib/load.js';
export { weekStartOf, type WeekCapacity } from './lib/capacity.js';

declare module '../platform/audit.js' {
  interface AuditEntityTypes {
    Absence: true;
    Allocation: true;
    OrganisationCalendar: true;
    ResourceDemand: true;
    ResourceSettings: true;
  }
}

export const resourcesDomain: Domain = {
  name: 'resources',
  install() {
    registerFactsSection(resourcesFactsSection);
    // Whoever's load changed is re-checked for over-allocation before the change commits.
    personLoadChanged.subscribe((tx, userIds, at) => reconcileOverallocation(tx, userIds.includes(EVERYONE) ? 'everyone' : userIds, at));
  },
  jobs: [overallocationSweep],
};
