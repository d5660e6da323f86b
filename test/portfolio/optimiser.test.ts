// Portfolio optimisation (server/portfolio/lib/optimiser.ts): the exact answer checked against
// brute force on random small portfolios (every budget year, capacity, dependency, exclusive
// group, must-in, must-out, kept active), never worse than greedy; a textbook knapsack; the
// conflicts an infeasible portfolio names; every input error; a time limit honoured on a hard
// portfolio; binding constraints; and an efficient frontier that never goes down.
import { beforeAll, describe, expect, it } from 'vitest';
import { preparePortfolio } from '../../server/portfolio/lib/portfolio-model.js';
import {
  buildLp, type CandidateProject, frontierFloor, type Highs, InfeasibleError, loadSolver, type OptimiserInput, OptimiserInputError, optimisePortfolio, solveFrontier, solvePortfolio, efficientFrontier,
} from '../../server/portfolio/lib/optimiser.js';

let highs: Highs;
beforeAll(async () => {
  highs = await loadSolver();
});

/** A seeded generator (mulberry32), so that a failing instance can be replayed. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  return { next, int, chance: (p: number) => next() < p };
}

const project = (id: string, score: number, costs: Record<number, number> = {}, extra: Partial<CandidateProject> = {}): CandidateProject => ({
  id, score, costByYear: Object.entries(costs).map(([year, amount]) => ({ year: Number(year), amount })), capacityUse: [], active: false, ...extra,
});

/** A random small portfolio: up to 16 projects, 1–4 budget years, 0–3 skills × 1–4 quarters, acyclic dependencies, groups, fixings. */
function randomInstance(seed: number): OptimiserInput {
  const r = random(seed);
  const n = seed % 3 === 0 ? 16 : r.int(1, 16);
  const years = Array.from({ length: r.int(1, 4) }, (_, k) => 2027 + k);
  const skills = Array.from({ length: r.int(0, 3) }, (_, k) => `skill-${k}`);
  const quarters = Array.from({ length: r.int(1, 4) }, (_, k) => `2027-Q${k + 1}`);
  const projects: CandidateProject[] = Array.from({ length: n }, (_, p) => ({
    id: `P${p}`,
    score: r.chance(0.1) ? 0 : r.chance(0.3) ? Math.round(r.next() * 1000) / 10 : r.int(1, 100),
    // A year without a limit (2031) costs too: it counts in totalCost and the greedy ratio only.
    costByYear: [...years, 2031].filter(() => r.chance(0.7)).map((year) => ({ year, amount: r.chance(0.1) ? 0 : r.int(1, 100) })),
    capacityUse: skills.flatMap((skillKey) => quarters.filter(() => r.chance(0.5)).map((quarter) => ({ skillKey, quarter, hours: r.int(10, 200) }))),
    active: r.chance(0.15),
  }));
  const ids = projects.map((p) => p.id);
  const sumOf = (year: number) => projects.reduce((sum, p) => sum + p.costByYear.filter((c) => c.year === year).reduce((s, c) => s + c.amount, 0), 0);
  const dependencies = Array.from({ length: r.int(0, Math.min(5, n - 1)) }, () => {
    const b = r.int(1, n - 1);
    return { projectId: ids[b]!, needsProjectId: ids[r.int(0, b - 1)]! }; // needs a lower index: acyclic
  }).filter(() => n > 1);
  const exclusiveGroups = Array.from({ length: r.int(0, 2) }, () => ids.filter(() => r.chance(3 / n))).filter((group) => group.length > 0);
  const shuffled = [...ids].sort(() => r.next() - 0.5);
  const mustInclude = shuffled.slice(0, r.chance(0.3) ? r.int(1, 2) : 0);
  const mustExclude = shuffled.slice(2, 2 + (r.chance(0.3) ? r.int(1, 2) : 0));
  return {
    projects,
    budgetLimits: years.map((year) => ({ year, amount: Math.round(sumOf(year) * (0.2 + 0.5 * r.next())) })),
    capacityLimits: skills.flatMap((skillKey) => quarters.filter(() => r.chance(0.8)).map((quarter) => ({ skillKey, quarter, hours: r.int(100, 600) }))),
    mustInclude, mustExclude, dependencies, exclusiveGroups,
    allowStopping: r.chance(0.5),
    timeLimitSeconds: 10,
  };
}

/** Every subset, the best feasible one's value (null when none is feasible); written from the input alone. */
function bruteForce(input: OptimiserInput): number | null {
  const n = input.projects.length;
  const bit = new Map(input.projects.map((p, k) => [p.id, 1 << k]));
  const maskOf = (ids: readonly string[]) => ids.reduce((mask, id) => mask | bit.get(id)!, 0);
  const required = maskOf(input.mustInclude ?? []) | (input.allowStopping ? 0 : maskOf(input.projects.filter((p) => p.active).map((p) => p.id)));
  const forbidden = maskOf(input.mustExclude ?? []);
  const deps = (input.dependencies ?? []).map((d) => [bit.get(d.projectId)!, bit.get(d.needsProjectId)!] as const);
  const groups = (input.exclusiveGroups ?? []).map(maskOf);
  const rows = [
    ...input.budgetLimits.map((b) => ({ limit: b.amount, coef: input.projects.map((p) => p.costByYear.filter((c) => c.year === b.year).reduce((s, c) => s + c.amount, 0)) })),
    ...input.capacityLimits.map((c) => ({ limit: c.hours, coef: input.projects.map((p) => p.capacityUse.filter((u) => u.skillKey === c.skillKey && u.quarter === c.quarter).reduce((s, u) => s + u.hours, 0)) })),
    { limit: Infinity, coef: input.projects.map((p) => p.score) }, // the objective, last
  ];
  const size = 1 << n;
  const sums = rows.map(() => new Float64Array(size));
  let best: number | null = null;
  for (let mask = 1; mask < size; mask++) {
    const low = 31 - Math.clz32(mask & -mask);
    rows.forEach((row, k) => { sums[k]![mask] = sums[k]![mask & (mask - 1)]! + row.coef[low]!; });
  }
  for (let mask = 0; mask < size; mask++) {
    if ((mask & required) !== required || (mask & forbidden) !== 0) continue;
    if (deps.some(([b, a]) => (mask & b) !== 0 && (mask & a) === 0)) continue;
    if (groups.some((g) => { const m = mask & g; return (m & (m - 1)) !== 0; })) continue;
    if (rows.some((row, k) => sums[k]![mask]! > row.limit + 1e-9)) continue;
    const value = sums[rows.length - 1]![mask]!;
    if (best === null || value > best) best = value;
  }
  return best;
}

/** Whether a selection keeps every constraint of the input (written from the input alone). */
function feasible(input: OptimiserInput, selected: readonly string[]): boolean {
  const s = new Set(selected);
  const byId = new Map(input.projects.map((p) => [p.id, p]));
  if ((input.mustInclude ?? []).some((id) => !s.has(id)) || (input.mustExclude ?? []).some((id) => s.has(id))) return false;
  if (!input.allowStopping && input.projects.some((p) => p.active && !s.has(p.id))) return false;
  if ((input.dependencies ?? []).some((d) => s.has(d.projectId) && !s.has(d.needsProjectId))) return false;
  if ((input.exclusiveGroups ?? []).some((g) => g.filter((id) => s.has(id)).length > 1)) return false;
  const chosen = [...s].map((id) => byId.get(id)!);
  if (input.budgetLimits.some((b) => chosen.reduce((sum, p) => sum + p.costByYear.filter((c) => c.year === b.year).reduce((t, c) => t + c.amount, 0), 0) > b.amount + 1e-9)) return false;
  return !input.capacityLimits.some((c) => chosen.reduce((sum, p) => sum + p.capacityUse.filter((u) => u.skillKey === c.skillKey && u.quarter === c.quarter).reduce((t, u) => t + u.hours, 0), 0) > c.hours + 1e-9);
}

const scoreOf = (input: OptimiserInput, selected: readonly string[]) => selected.reduce((sum, id) => sum + input.projects.find((p) => p.id === id)!.score, 0);

describe('portfolio optimiser', () => {
  it('finds the optimum brute force finds on 150 random small portfolios, feasible and never worse than greedy; infeasible exactly when brute force finds nothing', () => {
    let infeasible = 0;
    let gained = 0;
    for (let seed = 1; seed <= 150; seed++) {
      const input = randomInstance(seed);
      const best = bruteForce(input);
      if (best === null) {
        expect(() => solvePortfolio(highs, input), `seed ${seed}`).toThrow(InfeasibleError);
        infeasible++;
        continue;
      }
      const result = solvePortfolio(highs, input);
      expect(result.status, `seed ${seed}`).toBe('OPTIMAL');
      expect(result.optimal).toBe(true);
      expect(result.objective, `seed ${seed}`).toBeCloseTo(best, 6);
      expect(scoreOf(input, result.selected)).toBeCloseTo(result.objective, 9);
      expect(feasible(input, result.selected), `seed ${seed}: exact selection feasible`).toBe(true);
      expect(feasible(input, result.greedy.selected), `seed ${seed}: greedy selection feasible`).toBe(true);
      expect(result.objective).toBeGreaterThanOrEqual(result.greedy.objective - 1e-9);
      expect(result.mipGap).toBe(0);
      if (result.objective > result.greedy.objective + 1e-9) gained++;
    }
    // The generator makes both kinds, and greedy is often beaten.
    expect(infeasible).toBeGreaterThan(5);
    expect(infeasible).toBeLessThan(100);
    expect(gained).toBeGreaterThan(10);
  });

  it('solves the textbook knapsack (values 60, 100, 120; weights 10, 20, 30; capacity 50) at 220, where greedy by value per cost stops at 160', async () => {
    const input: OptimiserInput = {
      projects: [project('A', 60, { 2027: 10 }), project('B', 100, { 2027: 20 }), project('C', 120, { 2027: 30 })],
      budgetLimits: [{ year: 2027, amount: 50 }],
      capacityLimits: [],
    };
    const result = await optimisePortfolio(input);
    expect(result).toMatchObject({
      status: 'OPTIMAL', optimal: true, objective: 220, selected: ['B', 'C'], totalCost: 50, costByYear: [{ year: 2027, amount: 50 }],
      constraints: [{ constraint: 'budget 2027', kind: 'BUDGET', used: 50, limit: 50, binding: true, slack: 0, year: 2027 }],
      greedy: { objective: 160, selected: ['A', 'B'] }, mipGap: 0, bestBound: 220,
    });
    expect(result.solveMillis).toBeGreaterThan(0);
  });

  it('reports every constraint with its use, its limit and whether it binds', () => {
    const input: OptimiserInput = {
      projects: [
        project('A', 10, { 2027: 40, 2028: 10 }, { capacityUse: [{ skillKey: 'data-migration', quarter: '2027-Q2', hours: 300 }] }),
        project('B', 8, { 2027: 30 }, { capacityUse: [{ skillKey: 'data-migration', quarter: '2027-Q2', hours: 200 }] }),
        project('C', 5, { 2028: 20 }),
        project('D', 7, { 2028: 5 }),
        project('E', 1, { 2028: 1 }),
      ],
      budgetLimits: [{ year: 2027, amount: 100 }, { year: 2028, amount: 200 }],
      capacityLimits: [{ skillKey: 'data-migration', quarter: '2027-Q2', hours: 500 }, { skillKey: 'data-migration', quarter: '2027-Q3', hours: 100 }],
      dependencies: [{ projectId: 'B', needsProjectId: 'A' }, { projectId: 'E', needsProjectId: 'C' }],
      exclusiveGroups: [['C', 'D']],
    };
    const result = solvePortfolio(highs, input);
    expect(result.selected).toEqual(['A', 'B', 'D']);
    expect(result.constraints).toEqual([
      { constraint: 'budget 2027', kind: 'BUDGET', used: 70, limit: 100, binding: false, slack: 30, year: 2027 },
      { constraint: 'budget 2028', kind: 'BUDGET', used: 15, limit: 200, binding: false, slack: 185, year: 2028 },
      { constraint: 'capacity data-migration 2027-Q2', kind: 'CAPACITY', used: 500, limit: 500, binding: true, slack: 0, skillKey: 'data-migration', quarter: '2027-Q2' },
      { constraint: 'capacity data-migration 2027-Q3', kind: 'CAPACITY', used: 0, limit: 100, binding: false, slack: 100, skillKey: 'data-migration', quarter: '2027-Q3' },
      { constraint: 'dependency B needs A', kind: 'DEPENDENCY', used: 1, limit: 1, binding: true, slack: 0, projectIds: ['B', 'A'] },
      { constraint: 'dependency E needs C', kind: 'DEPENDENCY', used: 0, limit: 0, binding: false, slack: 0, projectIds: ['E', 'C'] },
      { constraint: 'exclusive group 1', kind: 'EXCLUSIVE_GROUP', used: 1, limit: 1, binding: true, slack: 0, projectIds: ['C', 'D'] },
    ]);
    expect(result.costByYear).toEqual([{ year: 2027, amount: 70 }, { year: 2028, amount: 15 }]);
    expect(result.totalCost).toBe(85);
  });

  it('keeps active projects unless stopping is allowed, and honours must-include and must-exclude', () => {
    const input: OptimiserInput = {
      projects: [project('Old', 1, { 2027: 60 }, { active: true }), project('New', 10, { 2027: 60 }), project('Cheap', 2, { 2027: 10 })],
      budgetLimits: [{ year: 2027, amount: 100 }],
      capacityLimits: [],
    };
    expect(solvePortfolio(highs, input).selected).toEqual(['Old', 'Cheap']);
    expect(solvePortfolio(highs, { ...input, allowStopping: true }).selected).toEqual(['New', 'Cheap']);
    expect(solvePortfolio(highs, { ...input, allowStopping: true, mustExclude: ['Cheap'], mustInclude: ['Old'] }).selected).toEqual(['Old']);
  });

  describe('names the conflicting constraints of an infeasible portfolio', () => {
    const base = (): OptimiserInput => ({
      projects: [
        project('A', 5, { 2027: 60 }, { capacityUse: [{ skillKey: 'data-migration', quarter: '2027-Q2', hours: 300 }] }),
        project('B', 5, { 2027: 50 }, { capacityUse: [{ skillKey: 'data-migration', quarter: '2027-Q2', hours: 300 }] }),
        project('C', 5, { 2028: 10 }),
      ],
      budgetLimits: [{ year: 2027, amount: 100 }, { year: 2028, amount: 100 }],
      capacityLimits: [{ skillKey: 'data-migration', quarter: '2027-Q2', hours: 500 }],
    });
    const issuesOf = (input: OptimiserInput) => {
      try {
        solvePortfolio(highs, input);
      } catch (error) {
        expect(error).toBeInstanceOf(InfeasibleError);
        return (error as InfeasibleError).issues;
      }
      throw new Error('expected InfeasibleError');
    };

    it('a budget year and a capacity the must-ins exceed', () => {
      const issues = issuesOf({ ...base(), mustInclude: ['A', 'B'] });
      expect(issues.map((issue) => [issue.constraint, issue.kind, issue.projectIds, issue.used, issue.limit])).toEqual([
        ['budget 2027', 'BUDGET', ['A', 'B'], 110, 100],
        ['capacity data-migration 2027-Q2', 'CAPACITY', ['A', 'B'], 600, 500],
      ]);
      expect(issues[0]!.message).toBe('budget 2027: the projects that must be in (must-include A; must-include B) use 110 against a limit of 100');
    });

    it('a budget broken by a kept active project and what a must-in needs', () => {
      const input = { ...base(), mustInclude: ['C'], dependencies: [{ projectId: 'C', needsProjectId: 'B' }] };
      input.projects[0]!.active = true;
      const issues = issuesOf(input);
      expect(issues.map((issue) => issue.constraint)).toEqual(['budget 2027', 'capacity data-migration 2027-Q2']);
      expect(issues[0]!.message).toContain('kept active A; B (needed by must-include C)');
      expect(() => solvePortfolio(highs, { ...input, allowStopping: true })).not.toThrow();
    });

    it('an exclusive group with two fixed-in projects', () => {
      const issues = issuesOf({ ...base(), mustInclude: ['A', 'C'], exclusiveGroups: [['B'], ['A', 'C']] });
      expect(issues).toEqual([{ constraint: 'exclusive group 2', kind: 'EXCLUSIVE_GROUP', projectIds: ['A', 'C'], used: 2, limit: 1, message: 'exclusive group 2 allows one project but 2 must be in (must-include A; must-include C)' }]);
    });

    it('a must-in that needs a must-out project, through the dependency that reaches it', () => {
      const issues = issuesOf({ ...base(), mustInclude: ['C'], mustExclude: ['A'], dependencies: [{ projectId: 'C', needsProjectId: 'B' }, { projectId: 'B', needsProjectId: 'A' }] });
      expect(issues[0]).toEqual({ constraint: 'dependency B needs A', kind: 'DEPENDENCY', projectIds: ['C', 'B', 'A'], message: 'A (needed by must-include C through B) is needed but must be excluded' });
      // A and B, both needed, do not fit 2027's budget nor the capacity either: every conflict is named.
      expect(issues.map((issue) => issue.constraint)).toEqual(['dependency B needs A', 'budget 2027', 'capacity data-migration 2027-Q2']);
    });

    it('a kept active project that must be excluded', () => {
      const input = { ...base(), mustExclude: ['B'] };
      input.projects[1]!.active = true;
      expect(issuesOf(input)).toEqual([{ constraint: 'must exclude B', kind: 'EXCLUSION', projectIds: ['B'], message: 'B is active and kept (stopping is not allowed) but must be excluded' }]);
      expect(solvePortfolio(highs, { ...input, allowStopping: true }).selected).not.toContain('B');
    });
  });

  describe('refuses bad input with an issue naming each problem', () => {
    const valid = (): OptimiserInput => ({
      projects: [project('A', 5, { 2027: 10 }, { capacityUse: [{ skillKey: 'ux', quarter: '2027-Q1', hours: 10 }] }), project('B', 5, { 2027: 10 })],
      budgetLimits: [{ year: 2027, amount: 100 }],
      capacityLimits: [{ skillKey: 'ux', quarter: '2027-Q1', hours: 100 }],
    });
    const issuesOf = (input: OptimiserInput) => {
      try {
        solvePortfolio(highs, input);
      } catch (error) {
        expect(error).toBeInstanceOf(OptimiserInputError);
        return (error as OptimiserInputError).issues.map((issue) => `${issue.path}: ${issue.message}`);
      }
      throw new Error('expected OptimiserInputError');
    };
    const cases: [string, (input: OptimiserInput) => void, string[]][] = [
      ['a negative budget', (i) => { i.budgetLimits[0]!.amount = -1; }, ['budgetLimits[0].amount: a budget must not be negative (got -1)']],
      ['a non-finite capacity', (i) => { i.capacityLimits[0]!.hours = Infinity; }, ['capacityLimits[0].hours: a capacity must be a finite number (got Infinity)']],
      ['a negative score', (i) => { i.projects[0]!.score = -3; }, ['projects[0].score: a score must not be negative (got -3)']],
      ['a NaN cost', (i) => { i.projects[1]!.costByYear[0]!.amount = NaN; }, ['projects[1].costByYear[0].amount: a cost must be a finite number (got NaN)']],
      ['negative hours', (i) => { i.projects[0]!.capacityUse[0]!.hours = -5; }, ['projects[0].capacityUse[0].hours: hours must not be negative (got -5)']],
      ['a malformed quarter', (i) => { i.capacityLimits[0]!.quarter = '2027Q1'; }, ["capacityLimits[0].quarter: a quarter is written like '2027-Q1' (got \"2027Q1\")"]],
      ['a duplicate project id', (i) => { i.projects[1]!.id = 'A'; }, ['projects[1].id: duplicate project id A (also projects[0])']],
      ['unknown ids in mustInclude and mustExclude', (i) => { i.mustInclude = ['Z']; i.mustExclude = ['Y', 'X']; }, ['mustInclude: unknown project Z', 'mustExclude: unknown projects Y, X']],
      ['unknown ids in a dependency and a group', (i) => { i.dependencies = [{ projectId: 'A', needsProjectId: 'Q' }]; i.exclusiveGroups = [['A', 'R']]; }, ['dependencies[0]: unknown project Q', 'exclusiveGroups[0]: unknown project R']],
      ['an id both must-in and must-out', (i) => { i.mustInclude = ['A']; i.mustExclude = ['A']; }, ['mustInclude: A cannot be both included and excluded']],
      ['a dependency cycle', (i) => { i.dependencies = [{ projectId: 'A', needsProjectId: 'B' }, { projectId: 'B', needsProjectId: 'A' }]; }, ['dependencies: the dependencies form a cycle: A needs B needs A']],
      ['a project that needs itself', (i) => { i.dependencies = [{ projectId: 'B', needsProjectId: 'B' }]; }, ['dependencies: the dependencies form a cycle: B needs B']],
      ['a time limit of 0', (i) => { i.timeLimitSeconds = 0; }, ['timeLimitSeconds: the time limit must be more than 0 and at most 60 seconds (got 0)']],
      ['a time limit above 60 s', (i) => { i.timeLimitSeconds = 61; }, ['timeLimitSeconds: the time limit must be more than 0 and at most 60 seconds (got 61)']],
      ['a budget year given twice', (i) => { i.budgetLimits = [...i.budgetLimits, { year: 2027, amount: 5 }]; }, ['budgetLimits[1].year: the budget of 2027 is given twice (also budgetLimits[0])']],
    ];
    for (const [name, spoil, expected] of cases) {
      it(name, () => {
        const input = valid();
        spoil(input);
        expect(issuesOf(input)).toEqual(expected);
      });
    }

    it('names the projects on a longer cycle, and reports every issue at once', () => {
      const input = valid();
      input.projects = [...input.projects, project('C', 1), project('D', 1)];
      input.dependencies = [{ projectId: 'A', needsProjectId: 'C' }, { projectId: 'C', needsProjectId: 'D' }, { projectId: 'D', needsProjectId: 'A' }];
      input.timeLimitSeconds = -1;
      expect(issuesOf(input)).toEqual(['timeLimitSeconds: the time limit must be more than 0 and at most 60 seconds (got -1)', 'dependencies: the dependencies form a cycle: A needs C needs D needs A']);
    });

    it('too many projects', () => {
      const input = valid();
      input.projects = Array.from({ length: 2_001 }, (_, p) => project(`P${p}`, 1));
      expect(issuesOf(input)).toEqual(['projects: at most 2000 projects can be optimised at once (got 2001)']);
    });
  });

  it('honours a tiny time limit on a hard portfolio: stops in time with a feasible selection no worse than greedy', () => {
    // A multi-dimensional knapsack with correlated values (value ≈ cost), 400 projects and 30
    // tight rows: far from solvable to optimality in 0.3 s.
    const r = random(42);
    const years = Array.from({ length: 10 }, (_, k) => 2027 + k);
    const skills = Array.from({ length: 20 }, (_, k) => `skill-${k}`);
    const projects: CandidateProject[] = Array.from({ length: 400 }, (_, p) => {
      const costByYear = years.map((year) => ({ year, amount: r.int(100, 1000) }));
      const capacityUse = skills.map((skillKey) => ({ skillKey, quarter: '2027-Q1', hours: r.int(100, 1000) }));
      const total = costByYear.reduce((s, c) => s + c.amount, 0) + capacityUse.reduce((s, u) => s + u.hours, 0);
      return { id: `P${p}`, score: Math.round(total / 30 + r.int(0, 100)), costByYear, capacityUse, active: false };
    });
    const input: OptimiserInput = {
      projects,
      budgetLimits: years.map((year) => ({ year, amount: 400 * 550 * 0.5 })),
      capacityLimits: skills.map((skillKey) => ({ skillKey, quarter: '2027-Q1', hours: 400 * 550 * 0.5 })),
      timeLimitSeconds: 0.3,
    };
    const started = performance.now();
    const result = solvePortfolio(highs, input);
    const elapsed = (performance.now() - started) / 1000;
    expect(elapsed).toBeLessThan(0.3 + 2);
    expect(['TIME_LIMIT', 'OPTIMAL']).toContain(result.status);
    expect(result.optimal).toBe(result.status === 'OPTIMAL');
    expect(feasible(input, result.selected)).toBe(true);
    expect(result.objective).toBeGreaterThanOrEqual(result.greedy.objective);
    if (result.status === 'TIME_LIMIT') {
      expect(result.mipGap).toBeGreaterThan(0);
      expect(result.bestBound!).toBeGreaterThan(result.objective);
    }
  });

  describe('efficient frontier', () => {
    it('is monotone non-decreasing in budget, optimal at each level, and ends at the full-budget optimum', async () => {
      for (let seed = 1; seed <= 20; seed++) {
        const input = { ...randomInstance(seed), allowStopping: true, mustInclude: [], mustExclude: [] };
        const frontier = solveFrontier(highs, input, 6);
        expect(frontier.map((point) => point.budgetFactor)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
        const values = frontier.map((point) => point.objective);
        for (let k = 1; k < values.length; k++) expect(values[k]!, `seed ${seed}`).toBeGreaterThanOrEqual(values[k - 1]!);
        expect(frontier.every((point) => point.status === 'OPTIMAL' && point.optimal)).toBe(true);
        expect(values[values.length - 1]).toBeCloseTo(solvePortfolio(highs, input).objective, 9);
        for (const point of frontier) {
          const scaled = { ...input, budgetLimits: input.budgetLimits.map((b) => ({ ...b, amount: b.amount * point.budgetFactor })) };
          expect(point.objective!, `seed ${seed} at ${point.budgetFactor}`).toBeCloseTo(bruteForce(scaled)!, 6);
          expect(point.budget).toBeCloseTo(scaled.budgetLimits.reduce((s, b) => s + b.amount, 0), 9);
        }
      }
      const knapsack: OptimiserInput = {
        projects: [project('A', 60, { 2027: 10 }), project('B', 100, { 2027: 20 }), project('C', 120, { 2027: 30 })],
        budgetLimits: [{ year: 2027, amount: 50 }],
        capacityLimits: [],
      };
      const levels = await efficientFrontier(knapsack, [1, 0.2, 0.6, 0, 0.4, 1.2]);
      expect(levels.map((point) => [point.budgetFactor, point.budget, point.objective, point.selected])).toEqual([
        [0, 0, 0, []], [0.2, 10, 60, ['A']], [0.4, 20, 100, ['B']], [0.6, 30, 160, ['A', 'B']], [1, 50, 220, ['B', 'C']], [1.2, 60, 280, ['A', 'B', 'C']],
      ]);
    });

    it('marks the levels the fixed-in projects do not fit as infeasible, naming the budget', () => {
      const input: OptimiserInput = { projects: [project('A', 1, { 2027: 30 }, { active: true }), project('B', 2, { 2027: 30 })], budgetLimits: [{ year: 2027, amount: 100 }], capacityLimits: [] };
      const frontier = solveFrontier(highs, input, [0, 0.5, 1]);
      expect(frontier.map((point) => [point.budgetFactor, point.status, point.objective, point.conflicts?.map((c) => c.constraint)])).toEqual([
        [0, 'INFEASIBLE', null, ['budget 2027']], [0.5, 'OPTIMAL', 1, undefined], [1, 'OPTIMAL', 3, undefined],
      ]);
    });

    it('spreads a count of levels from the least budget the kept projects fit to the given budgets', () => {
      const kept: OptimiserInput = {
        projects: [project('A', 1, { 2027: 30, 2028: 10 }, { active: true }), project('B', 2, { 2027: 30 }), project('C', 5, { 2028: 50 })],
        budgetLimits: [{ year: 2027, amount: 100 }, { year: 2028, amount: 20 }],
        capacityLimits: [],
      };
      expect(frontierFloor(preparePortfolio(kept))).toBeCloseTo(0.5, 12); // 2028: 10 of 20
      const frontier = solveFrontier(highs, kept, 3);
      expect(frontier.map((point) => [point.budgetFactor, point.status, point.selected])).toEqual([[0.5, 'OPTIMAL', ['A']], [0.75, 'OPTIMAL', ['A', 'B']], [1, 'OPTIMAL', ['A', 'B']]]);
      // Given budgets the kept projects do not fit: the whole range is shown, infeasible.
      const tooSmall = { ...kept, budgetLimits: [{ year: 2027, amount: 10 }] };
      expect(frontierFloor(preparePortfolio(tooSmall))).toBe(3);
      expect(solveFrontier(highs, tooSmall, 2).map((point) => [point.budgetFactor, point.status])).toEqual([[0, 'INFEASIBLE'], [1, 'INFEASIBLE']]);
    });

    it('refuses a bad series of levels', () => {
      expect(() => solveFrontier(highs, { projects: [], budgetLimits: [], capacityLimits: [] }, 1)).toThrow(OptimiserInputError);
      expect(() => solveFrontier(highs, { projects: [], budgetLimits: [], capacityLimits: [] }, [0.5, -1])).toThrow(/points\[1\]: a budget factor must be from 0 to 10/);
    });
  });

  it('writes the LP with sanitised columns and named rows, fixings as bounds', () => {
    const model = preparePortfolio({
      projects: [project('Data hub', 3, { 2027: 5 }, { capacityUse: [{ skillKey: 'data migration', quarter: '2027-Q2', hours: 8 }], active: true }), project('B', 2.5, { 2027: 4 }), project('C', 1)],
      budgetLimits: [{ year: 2027, amount: 10 }],
      capacityLimits: [{ skillKey: 'data migration', quarter: '2027-Q2', hours: 20 }],
      dependencies: [{ projectId: 'B', needsProjectId: 'Data hub' }],
      exclusiveGroups: [['B', 'C']],
      mustExclude: ['C'],
    });
    const lp = buildLp(model, new Set([0]));
    expect(lp.text).toBe([
      'Maximize', ' obj: 3 x0 + 2.5 x1 + 1 x2', 'Subject To', ' budget_2027: 5 x0 + 4 x1 <= 10', ' capacity_0: 8 x0 <= 20', ' dep_0: x1 - x0 <= 0', ' group_0: x1 + x2 <= 1',
      'Bounds', ' x0 = 1', ' 0 <= x1 <= 1', ' x2 = 0', 'General', ' x0 x1 x2', 'End',
    ].join('\n'));
    expect(lp.rowNames).toEqual(['budget 2027', 'capacity data migration 2027-Q2', 'dependency B needs Data hub', 'exclusive group 1']);
  });

  it('handles an empty portfolio and one with nothing to choose', () => {
    expect(solvePortfolio(highs, { projects: [], budgetLimits: [{ year: 2027, amount: 10 }], capacityLimits: [] })).toMatchObject({ status: 'OPTIMAL', objective: 0, selected: [] });
    expect(solvePortfolio(highs, { projects: [project('A', 3, { 2027: 5 })], budgetLimits: [], capacityLimits: [], mustInclude: ['A'] })).toMatchObject({ status: 'OPTIMAL', objective: 3, selected: ['A'] });
  });
});
