// The organisation calendar: the working weekdays and public holidays everyone's capacity follows
// (one row; Monday to Friday without holidays until PMO_ADMIN sets it).
import { isAdmin } from '../auth/access.js';
import { recordAudit } from '../platform/audit.js';
import { EVERYONE, personLoadChanged } from '../platform/changes.js';
import { DEFAULT_WORKING_DAYS, isoDate, MAX_HOLIDAYS, normalisedCalendar, type Weekday, type WorkingCalendar, workingCalendar } from '../platform/calendar.js';
import type { Db, RequestContext, ServiceContext } from '../platform/context.js';
import { transaction } from '../platform/db/transaction.js';
import { ForbiddenError, ValidationError } from '../platform/errors.js';
import { requestMemo } from '../platform/loaders.js';
import { staleVersion } from '../platform/versioning.js';

export interface OrganisationCalendar {
  workingDays: Weekday[];
  holidays: Date[];
  /** 0 while the default applies. */
  version: number;
  calendar: WorkingCalendar;
}

export async function organisationCalendar(db: Db): Promise<OrganisationCalendar> {
  const row = await db.organisationCalendar.findUnique({ where: { id: 1 } });
  const workingDays = (row?.workingDays ?? [...DEFAULT_WORKING_DAYS]) as Weekday[];
  const holidays = row?.holidays ?? [];
  return { workingDays, holidays, version: row?.version ?? 0, calendar: workingCalendar({ workingDays, holidays }) };
}

/** The calendar once per request. */
export const organisationCalendarOfRequest = requestMemo((ctx: Pick<RequestContext, 'cache' | 'prisma'>) => organisationCalendar(ctx.prisma));

export interface UpdateOrganisationCalendarInput {
  version: number;
  workingDays: Weekday[];
  holidays: Date[];
}

export async function updateOrganisationCalendar(ctx: ServiceContext, input: UpdateOrganisationCalendarInput): Promise<OrganisationCalendar> {
  if (!isAdmin(ctx.viewer)) throw new ForbiddenError('Only the PMO (PMO_ADMIN) sets the organisation calendar');
  const { workingDays, holidays } = normalisedCalendar(input.workingDays, input.holidays);
  if (workingDays.length === 0) throw ValidationError.single(['input', 'workingDays'], 'At least one weekday must be a working day');
  if (holidays.length > MAX_HOLIDAYS) throw ValidationError.single(['input', 'holidays'], `At most ${MAX_HOLIDAYS} holidays`);
  return transaction(ctx, async (tx) => {
    const before = await organisationCalendar(tx);
    if (before.version !== input.version) throw await staleVersion('organisation calendar', () => Promise.resolve(before));
    const values = { workingDays, holidays };
    await tx.organisationCalendar.upsert({ where: { id: 1 }, create: { id: 1, ...values }, update: { ...values, version: { increment: 1 } } });
    const after = await organisationCalendar(tx);
    const plain = ({ workingDays, holidays, version }: OrganisationCalendar) => ({ workingDays, holidays: holidays.map((day) => isoDate(day)), version });
    await recordAudit(tx, {
      actorId: ctx.viewer.id, action: 'organisationCalendar.updated', entityType: 'OrganisationCalendar', entityId: '00000000-0000-0000-0000-000000000001',
      before: plain(before), after: plain(after),
    });
    personLoadChanged.announce(tx, [EVERYONE]);
    return after;
  });
}
