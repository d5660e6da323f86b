// Ranking people for a resource demand. Pure.
//
// Fit is what a resource manager weighs first: can they do it (the skill at the level asked, or
// the role), and do they have the time (free hours in the demand's weeks). The score is
//   0.6 × coverage + 0.3 × level fit + 0.1 × role match,
// where coverage is the share of the demand's hours their free hours can take (week by week,
// capped at what each week needs), level fit is 1 at the minimum level or above and falls by a
// third for each level missing, and role match is 1 when they already hold the project role on
// the project. Time weighs most because a qualified person who has no time fills nothing. Anyone
// below the minimum level ranks after everyone who meets it, whatever their time (flagged, still
// listed: a trainee with time may be the answer). Ties go to more coverage, then a higher level,
// then the id, so the order is stable.

export interface DemandWeek {
  weekStart: Date;
  /** Hours the demand needs in that week. */
  neededHours: number;
}

export interface CandidateInput {
  userId: string;
  /** Their level in the demand's skill; null when they do not hold it (or no skill is asked). */
  level: number | null;
  /** Whether they already hold the demanded project role on the project. */
  roleMatch: boolean;
  /** Capacity less hard and soft bookings, per week of the demand (same order as the weeks). */
  freeHours: readonly number[];
}

export interface RankedCandidate {
  userId: string;
  score: number;
  meetsLevel: boolean;
  level: number | null;
  coverage: number;
  roleMatch: boolean;
  weeks: { weekStart: Date; freeHours: number; neededHours: number }[];
}

export function rankCandidates(demand: { minLevel: number | null; weeks: readonly DemandWeek[] }, candidates: readonly CandidateInput[]): RankedCandidate[] {
  const needed = demand.weeks.reduce((sum, week) => sum + week.neededHours, 0);
  const ranked = candidates.map((candidate): RankedCandidate => {
    let covered = 0;
    demand.weeks.forEach((week, w) => (covered += Math.min(week.neededHours, Math.max(0, candidate.freeHours[w] ?? 0))));
    const coverage = needed > 0 ? round(covered / needed) : 1;
    const minLevel = demand.minLevel;
    const meetsLevel = minLevel === null || (candidate.level ?? 0) >= minLevel;
    const levelFit = minLevel === null ? 1 : meetsLevel ? 1 : Math.max(0, 1 - (minLevel - (candidate.level ?? 0)) / 3);
    return {
      userId: candidate.userId,
      score: round(0.6 * coverage + 0.3 * levelFit + 0.1 * (candidate.roleMatch ? 1 : 0)),
      meetsLevel,
      level: candidate.level,
      coverage,
      roleMatch: candidate.roleMatch,
      weeks: demand.weeks.map((week, w) => ({ weekStart: week.weekStart, freeHours: round(candidate.freeHours[w] ?? 0, 2), neededHours: week.neededHours })),
    };
  });
  return ranked.sort(
    (a, b) =>
      Number(b.meetsLevel) - Number(a.meetsLevel) ||
      b.score - a.score ||
      b.coverage - a.coverage ||
      (b.level ?? 0) - (a.level ?? 0) ||
      a.userId.localeCompare(b.userId),
  );
}

const round = (value: number, digits = 4): number => Math.round(value * 10 ** digits) / 10 ** digits;
