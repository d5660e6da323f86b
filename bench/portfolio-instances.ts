// The portfolios bench:portfolio optimises: 200 candidates over 5 years (2027–2031) and 20
// quarters, 12 skills, 20 dependencies and 5 exclusive groups of 3, drawn from a seed so every
// run solves the same instances.
//
// Each project runs 1–3 years from a random start, costs 50k–500k a year, and uses 1–3 of the 12
// skills 100–600 hours in each of its quarters; 15% are active (kept). Budgets are 35% of what
// every candidate would cost each year and capacities 45% of what every candidate would use (at
// least 120% of what the kept projects use, else nothing fits), so most candidates compete.
//
// Scores, three ways (SCORE_KINDS):
// - `weighted`: as the built-in weighted model scores a project (lib/scoring.ts weightedScore over
//   five criteria on 1–5 scales, weights 30/25/20/15/10): 0..1, whatever the project's size;
// - `wsjf`: as the built-in WSJF model does (the modified Fibonacci scale, the job size growing
//   with the project's cost): the cost of delay over the size;
// - `stress`: value proportional to cost (cost / 10k + 0..40, integers). Not how a scoring model
//   scores (its scale is bounded, whatever the size), but the strongly correlated knapsack that
//   the literature uses to make branch and bound work hardest: the worst case, reported apart.
import { FIBONACCI_SCALE, weightedScore, wsjfScore } from '../server/portfolio/lib/scoring.js';
import type { CandidateProject, OptimiserInput } from '../server/portfolio/lib/optimiser.js';

export const SCORE_KINDS = ['weighted', 'wsjf', 'stress'] as const;
export type ScoreKind = (typeof SCORE_KINDS)[number];

export const YEARS = [2027, 2028, 2029, 2030, 2031];
export const QUARTERS = YEARS.flatMap((year) => [1, 2, 3, 4].map((q) => `${year}-Q${q}`));
export const SKILLS = ['analysis', 'architecture', 'backend', 'frontend', 'data-migration', 'testing', 'security', 'devops', 'ux', 'change-management', 'procurement', 'training'];
export const DEPENDENCIES = 20;
export const GROUPS = 5;

export interface InstanceSettings {
  projects: number;
  /** Each year's budget, as a share of what every candidate would cost that year. */
  budgetShare: number;
  /** Each skill-quarter's capacity, as a share of what every candidate would use. */
  capacityShare: number;
  timeLimitSeconds: number;
}

/** mulberry32: a small seeded generator, so each seed is the same portfolio in every run. */
export function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  return { next, int, pick: <T>(values: readonly T[]) => values[int(0, values.length - 1)]! };
}

type Random = ReturnType<typeof random>;

const WEIGHTED_CRITERIA = [30, 25, 20, 15, 10].map((weight, k) => ({ key: `c${k}`, weight, min: 1, max: 5, direction: 'HIGHER_IS_BETTER' as const }));
const WSJF_CRITERIA = ['userBusinessValue', 'timeCriticality', 'riskReduction', 'jobSize'].map((key) => ({ key, weight: 1, min: 1, max: 20, direction: 'HIGHER_IS_BETTER' as const }));
const fibonacci = (r: Random) => r.pick(FIBONACCI_SCALE);

function scoreOf(kind: ScoreKind, cost: number, r: Random): number {
  if (kind === 'weighted') return weightedScore(WEIGHTED_CRITERIA, new Map(WEIGHTED_CRITERIA.map((c) => [c.key, r.int(1, 5)]))).score;
  if (kind === 'wsjf') {
    // The job size follows the cost (50k → 1 … 1.5M → 20), the cost of delay does not.
    const size = FIBONACCI_SCALE.find((step) => step >= (cost / 1_500_000) * 20) ?? 20;
    return wsjfScore(WSJF_CRITERIA, new Map([['userBusinessValue', fibonacci(r)], ['timeCriticality', fibonacci(r)], ['riskReduction', fibonacci(r)], ['jobSize', size]])).score;
  }
  return Math.round(cost / 10_000 + r.int(0, 40));
}

/** The portfolio of `seed`, scored the `kind` way. */
export function portfolioInstance(seed: number, kind: ScoreKind, settings: InstanceSettings): OptimiserInput {
  const r = random(seed);
  const projects: CandidateProject[] = Array.from({ length: settings.projects }, (_, p) => {
    const first = r.int(0, YEARS.length - 1);
    const span = YEARS.slice(first, first + r.int(1, 3));
    const costByYear = span.map((year) => ({ year, amount: r.int(50, 500) * 1000 }));
    const skills = [...new Set(Array.from({ length: r.int(1, 3) }, () => r.pick(SKILLS)))];
    const quarters = QUARTERS.filter((quarter) => span.includes(Number(quarter.slice(0, 4))));
    const capacityUse = skills.flatMap((skillKey) => quarters.map((quarter) => ({ skillKey, quarter, hours: r.int(100, 600) })));
    const cost = costByYear.reduce((sum, c) => sum + c.amount, 0);
    return { id: `P${String(p).padStart(3, '0')}`, score: scoreOf(kind, cost, r), costByYear, capacityUse, active: r.next() < 0.15 };
  });
  const demand = (year: number, of = projects) => of.reduce((sum, p) => sum + p.costByYear.filter((c) => c.year === year).reduce((s, c) => s + c.amount, 0), 0);
  const hours = (skillKey: string, quarter: string, of = projects) => of.reduce((sum, p) => sum + p.capacityUse.filter((u) => u.skillKey === skillKey && u.quarter === quarter).reduce((s, u) => s + u.hours, 0), 0);
  const ids = projects.map((p) => p.id);
  const dependencies = Array.from({ length: DEPENDENCIES }, () => {
    const b = r.int(1, settings.projects - 1);
    return { projectId: ids[b]!, needsProjectId: ids[r.int(0, b - 1)]! };
  });
  // The kept projects: the active ones and what they need.
  const kept = new Set(projects.filter((p) => p.active).map((p) => p.id));
  for (let grew = true; grew; ) {
    grew = false;
    for (const d of dependencies) if (kept.has(d.projectId) && !kept.has(d.needsProjectId)) { kept.add(d.needsProjectId); grew = true; }
  }
  const active = projects.filter((p) => kept.has(p.id));
  const shuffled = [...ids].filter((id) => !kept.has(id)).sort(() => r.next() - 0.5);
  const exclusiveGroups = Array.from({ length: GROUPS }, (_, g) => shuffled.slice(g * 3, g * 3 + 3));
  return {
    projects,
    budgetLimits: YEARS.map((year) => ({ year, amount: Math.round(Math.max(demand(year) * settings.budgetShare, demand(year, active) * 1.2)) })),
    capacityLimits: SKILLS.flatMap((skillKey) => QUARTERS.map((quarter) => ({ skillKey, quarter, hours: Math.round(Math.max(hours(skillKey, quarter) * settings.capacityShare, hours(skillKey, quarter, active) * 1.2)) }))),
    dependencies, exclusiveGroups,
    allowStopping: false,
    timeLimitSeconds: settings.timeLimitSeconds,
  };
}
