// Certification renewal, pure: when a certification expires, and whether the PDUs (professional
// development units) earned in its cycle meet its renewal rules. PMI's rules are the model: a
// number of PDUs per cycle, at least some of them in education, and at least some education
// PDUs in each side of the talent triangle (Ways of Working, Power Skills, Business Acumen).
// Education PDUs count fully; giving-back PDUs count toward the total only.
import { addDays, dayNumber } from '../../platform/calendar.js';

export const TALENT_TRIANGLE = ['WAYS_OF_WORKING', 'POWER_SKILLS', 'BUSINESS_ACUMEN'] as const;
export type TalentCategory = (typeof TALENT_TRIANGLE)[number];

/** A course's PDUs: education by talent-triangle side, and giving back. */
export interface CoursePdus {
  WAYS_OF_WORKING: number;
  POWER_SKILLS: number;
  BUSINESS_ACUMEN: number;
  givingBack: number;
}

export interface RenewalRules {
  requiredPdus: number;
  minEducationPdus: number;
  minPdusPerCategory: number;
}

export interface CategoryRenewal {
  category: TalentCategory;
  required: number;
  earned: number;
}

export interface Renewal {
  required: number;
  /** Every PDU earned in the cycle (education and giving back). */
  earned: number;
  /** Of those, education PDUs. */
  education: number;
  requiredEducation: number;
  byCategory: CategoryRenewal[];
  /** Every rule holds: total, education, each side of the triangle. */
  met: boolean;
}

/** PDUs are kept in hundredths: sums of decimals stay exact. */
const hundredths = (value: number) => Math.round(value * 100) / 100;

/**
 * The last day a certification earned on `earnedOn` is valid: `validityMonths` later, less a
 * day (earned 2024-03-15 with 36 months: valid to 2027-03-14). A day past the end of a shorter
 * month falls back to its last day (earned 31 January, 1 month: valid to 27/28 February).
 * Null months: it never expires.
 */
export function expiryOf(earnedOn: Date, validityMonths: number | null): Date | null {
  if (validityMonths === null) return null;
  const year = earnedOn.getUTCFullYear();
  const month = earnedOn.getUTCMonth() + validityMonths;
  const lastOfMonth = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const anniversary = new Date(Date.UTC(year, month, Math.min(earnedOn.getUTCDate(), lastOfMonth)));
  return addDays(anniversary, -1);
}

/** Whether the certification is valid on `today` (earned by then, not yet expired). */
export const isActive = (cert: { earnedOn: Date; expiresOn: Date | null }, today: Date): boolean =>
  dayNumber(cert.earnedOn) <= dayNumber(today) && (cert.expiresOn === null || dayNumber(cert.expiresOn) >= dayNumber(today));

/** Whether a course completed on `completedOn` counts toward the cycle of this certification. */
export const inCycle = (cert: { earnedOn: Date; expiresOn: Date | null }, completedOn: Date): boolean =>
  dayNumber(completedOn) >= dayNumber(cert.earnedOn) && (cert.expiresOn === null || dayNumber(completedOn) <= dayNumber(cert.expiresOn));

/** The renewal position from the PDUs of the courses completed in the cycle. */
export function renewalOf(rules: RenewalRules, completed: readonly CoursePdus[]): Renewal {
  const byCategory = TALENT_TRIANGLE.map((category) => ({
    category,
    required: rules.minPdusPerCategory,
    earned: hundredths(completed.reduce((sum, course) => sum + course[category], 0)),
  }));
  const education = hundredths(byCategory.reduce((sum, row) => sum + row.earned, 0));
  const earned = hundredths(education + completed.reduce((sum, course) => sum + course.givingBack, 0));
  const met = earned >= rules.requiredPdus && education >= rules.minEducationPdus && byCategory.every((row) => row.earned >= row.required);
  return { required: rules.requiredPdus, earned, education, requiredEducation: rules.minEducationPdus, byCategory, met };
}

/** Progress (0..1) of a goal from a current level toward a target level (1 when reached). */
export function goalProgress(current: number | null, target: number): number {
  const level = current ?? 0;
  if (level >= target) return 1;
  return Math.round((level / target) * 100) / 100;
}
