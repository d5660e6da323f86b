// The resources domain: people's capacity (the organisation calendar, absences, capacity per
// week). Demand, bookings and the heatmap build on it.
import type { Domain } from '../platform/domain.js';

export { type AbsenceFieldsInput, createAbsence, type CreateAbsenceInput, deleteAbsence, MAX_ABSENCE_DAYS, updateAbsence, type UpdateAbsenceInput } from './absences.js';
export { MAX_HOLIDAYS } from '../platform/calendar.js';
export { type OrganisationCalendar, organisationCalendar, organisationCalendarOfRequest, updateOrganisationCalendar, type UpdateOrganisationCalendarInput } from './calendar.js';
export { capacityOf, MAX_CAPACITY_WEEKS } from './capacity.js';
export type { WeekCapacity } from './lib/capacity.js';

declare module '../platform/audit.js' {
  interface AuditEntityTypes {
    Absence: true;
    OrganisationCalendar: true;
  }
}

export const resourcesDomain: Domain = { name: 'resources' };
