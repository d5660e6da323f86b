// The portfolio selection model, without a solver (issue: portfolio optimisation). Pure.
//
// Which candidate projects to fund so that the portfolio's value (the sum of the selected
// projects' scores) is greatest, without exceeding any year's budget, any skill's capacity in a
// quarter, breaking a dependency (B needs A: B selected ⇒ A selected) or taking two projects of
// one exclusive group. This file holds what does not need the solver:
// - validation of the input (OptimiserInputError, every issue at once, each naming its place);
// - the model prepared for solving: projects by index, one row per limited budget year, per
//   capacity limit, per dependency and per exclusive group (the rows the MIP is built from, and
//   the constraints a result reports, with `used`, `limit` and `binding`);
// - the fixed-in set (must-include projects, active ones kept when stopping is not allowed, and
//   everything they need through dependencies) and the precise reasons it is infeasible
//   (InfeasibleError). Every coefficient is ≥ 0, so the model is feasible exactly when this set
//   alone, everything else out, is feasible: that check is the whole infeasibility test;
// - the classic greedy heuristic (benefit per cost), the baseline the exact answer is shown
//   against, and its warm start.

export const MAX_PROJECTS = 2_000;
export const DEFAULT_TIME_LIMIT_SECONDS = 10;
export const MAX_TIME_LIMIT_SECONDS = 60;
/** Amounts, hours and scores above this are refused (HiGHS treats 1e20 as infinite). */
export const MAX_AMOUNT = 1e15;
/** A constraint is binding when its use is within this of its limit. */
export const BINDING_TOLERANCE = 1e-6;
/** The cost that stands for zero in the greedy ratio score / cost. */
export const GREEDY_EPSILON = 1e-9;

export interface CandidateProject {
  id: string;
  /** The value to maximise, ≥ 0. */
  score: number;
  costByYear: readonly { year: number; amount: number }[];
  /** Quarters are written '2027-Q1'. */
  capacityUse: readonly { skillKey: string; quarter: string; hours: number }[];
  /** Already running: kept (forced in) unless allowStopping. */
  active: boolean;
}

export interface PortfolioDependency {
  /** The project that needs the other: selected only if needsProjectId is. */
  projectId: string;
  needsProjectId: string;
}

export interface OptimiserInput {
  projects: readonly CandidateProject[];
  budgetLimits: readonly { year: number; amount: number }[];
  capacityLimits: readonly { skillKey: string; quarter: string; hours: number }[];
  mustInclude?: readonly string[];
  mustExclude?: readonly string[];
  dependencies?: readonly PortfolioDependency[];
  /** At most one project of each group. */
  exclusiveGroups?: readonly (readonly string[])[];
  /** When false (the default), every active project is kept. */
  allowStopping?: boolean;
  /** The solver's time limit, in seconds: more than 0, at most 60; 10 by default. */
  timeLimitSeconds?: number;
}

export type ConstraintKind = 'BUDGET' | 'CAPACITY' | 'DEPENDENCY' | 'EXCLUSIVE_GROUP';

/** One constraint of a selection: a budget year, a skill-quarter, a dependency or a group. */
export interface ConstraintReport {
  /** Readable: 'budget 2027', 'capacity data-migration 2027-Q2', 'dependency B needs A', 'exclusive group 1'. */
  constraint: string;
  kind: ConstraintKind;
  /**
   * Budget: the selection's cost that year; capacity: its hours; group: how many of the group
   * are selected; dependency: 1 when the dependent project is selected, else 0.
   */
  used: number;
  /** Budget, capacity hours; 1 for a group; dependency: 1 when the needed project is selected, else 0. */
  limit: number;
  /**
   * used within BINDING_TOLERANCE of limit. A dependency is binding when the dependent project is
   * selected (so the one it needs had to be); both out is not binding.
   */
  binding: boolean;
  /**
   * limit − used: the room left (a budget of money amounts is seldom used to the cent, so
   * binding within 1e-6 is rare for budgets; slack says how close it is).
   */
  slack: number;
  year?: number;
  skillKey?: string;
  quarter?: string;
  /** Group members, or [dependent, needed] for a dependency. */
  projectIds?: string[];
}

export interface OptimiserInputIssue {
  /** Where in the input: 'projects[3].score', 'budgetLimits[0].amount', 'dependencies', ... */
  path: string;
  message: string;
  projectIds?: string[];
}

/** The input cannot be optimised as given; `issues` lists every problem found. */
export class OptimiserInputError extends Error {
  override readonly name = 'OptimiserInputError';
  constructor(readonly issues: readonly OptimiserInputIssue[]) {
    super(`Invalid portfolio optimisation input: ${issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ')}`);
  }
}

export interface InfeasibleIssue {
  /** The readable name of the constraint broken (as in ConstraintReport), or 'must exclude P'. */
  constraint: string;
  /** EXCLUSION: a must-excluded project that must be in; SOLVER: a conflict only the solver found (numerical trouble). */
  kind: ConstraintKind | 'EXCLUSION' | 'SOLVER';
  /** The fixed-in projects that break it (and, for an exclusion, the excluded one last). */
  projectIds: string[];
  used?: number;
  limit?: number;
  message: string;
}

/** No selection satisfies the constraints; `issues` names the conflicting ones. */
export class InfeasibleError extends Error {
  override readonly name = 'InfeasibleError';
  constructor(readonly issues: readonly InfeasibleIssue[]) {
    super(`No portfolio satisfies the constraints: ${issues.map((issue) => issue.message).join('; ')}`);
  }
}

/** A linear row Σ coef·x ≤ limit over projects (budget year or skill-quarter). */
export interface ResourceRow {
  kind: 'BUDGET' | 'CAPACITY';
  name: string;
  /** A sanitised row name for the LP file: budget_2027, capacity_3. */
  lpName: string;
  limit: number;
  index: readonly number[];
  coef: readonly number[];
  year?: number;
  skillKey?: string;
  quarter?: string;
}

export interface DependencyRow {
  name: string;
  lpName: string;
  /** Project indices: dependent needs needed. */
  dependent: number;
  needed: number;
}

export interface GroupRow {
  name: string;
  lpName: string;
  members: readonly number[];
}

/** Why a project is fixed in. */
export type ForcedReason = { kind: 'mustInclude' } | { kind: 'active' } | { kind: 'needed'; by: number };

/** The validated input, by project index. */
export interface PreparedPortfolio {
  ids: readonly string[];
  score: Float64Array;
  /** Σ of the project's cost over every year (limited or not). */
  totalCost: Float64Array;
  /** Every year any project costs in or a budget limits, ascending, with each project's cost. */
  years: readonly { year: number; cost: Float64Array }[];
  budgets: readonly ResourceRow[];
  capacities: readonly ResourceRow[];
  dependencies: readonly DependencyRow[];
  groups: readonly GroupRow[];
  /** For each project, the indices of the projects it needs. */
  needs: readonly (readonly number[])[];
  mustInclude: ReadonlySet<number>;
  mustExclude: ReadonlySet<number>;
  keptActive: ReadonlySet<number>;
  timeLimitSeconds: number;
}

const QUARTER = /^\d{4}-Q[1-4]$/;

const fmt = (value: number) => (Number.isInteger(value) ? value.toLocaleString('en-GB') : value.toLocaleString('en-GB', { maximumFractionDigits: 6 }));

/** Validates the input (every issue at once) and indexes it. */
export function preparePortfolio(input: OptimiserInput): PreparedPortfolio {
  const issues: OptimiserInputIssue[] = [];
  const amount = (path: string, value: unknown, what: string, projectId?: string) => {
    const extra = projectId === undefined ? {} : { projectIds: [projectId] };
    if (typeof value !== 'number' || !Number.isFinite(value)) issues.push({ path, message: `${what} must be a finite number (got ${String(value)})`, ...extra });
    else if (value < 0) issues.push({ path, message: `${what} must not be negative (got ${value})`, ...extra });
    else if (value > MAX_AMOUNT) issues.push({ path, message: `${what} must be at most ${MAX_AMOUNT} (got ${value})`, ...extra });
  };
  const year = (path: string, value: unknown) => {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1000 || value > 9999) issues.push({ path, message: `a year must be a four-digit integer (got ${String(value)})` });
  };
  const quarter = (path: string, value: unknown) => {
    if (typeof value !== 'string' || !QUARTER.test(value)) issues.push({ path, message: `a quarter is written like '2027-Q1' (got ${JSON.stringify(value)})` });
  };
  const skill = (path: string, value: unknown) => {
    if (typeof value !== 'string' || value.length === 0) issues.push({ path, message: 'a skill key must be a non-empty string' });
  };

  const projects = input.projects;
  if (projects.length > MAX_PROJECTS) issues.push({ path: 'projects', message: `at most ${MAX_PROJECTS} projects can be optimised at once (got ${projects.length})` });

  const indexOf = new Map<string, number>();
  projects.forEach((project, p) => {
    const at = `projects[${p}]`;
    if (typeof project.id !== 'string' || project.id.length === 0) issues.push({ path: `${at}.id`, message: 'a project id must be a non-empty string' });
    else if (indexOf.has(project.id)) issues.push({ path: `${at}.id`, message: `duplicate project id ${project.id} (also projects[${indexOf.get(project.id)}])`, projectIds: [project.id] });
    else indexOf.set(project.id, p);
    amount(`${at}.score`, project.score, 'a score', project.id);
    project.costByYear.forEach((cost, c) => {
      year(`${at}.costByYear[${c}].year`, cost.year);
      amount(`${at}.costByYear[${c}].amount`, cost.amount, 'a cost', project.id);
    });
    project.capacityUse.forEach((use, u) => {
      skill(`${at}.capacityUse[${u}].skillKey`, use.skillKey);
      quarter(`${at}.capacityUse[${u}].quarter`, use.quarter);
      amount(`${at}.capacityUse[${u}].hours`, use.hours, 'hours', project.id);
    });
  });

  const budgetYears = new Map<number, number>();
  input.budgetLimits.forEach((limit, b) => {
    year(`budgetLimits[${b}].year`, limit.year);
    amount(`budgetLimits[${b}].amount`, limit.amount, 'a budget');
    if (budgetYears.has(limit.year)) issues.push({ path: `budgetLimits[${b}].year`, message: `the budget of ${limit.year} is given twice (also budgetLimits[${budgetYears.get(limit.year)}])` });
    else budgetYears.set(limit.year, b);
  });
  const capacityKeys = new Map<string, number>();
  input.capacityLimits.forEach((limit, c) => {
    skill(`capacityLimits[${c}].skillKey`, limit.skillKey);
    quarter(`capacityLimits[${c}].quarter`, limit.quarter);
    amount(`capacityLimits[${c}].hours`, limit.hours, 'a capacity');
    const key = `${limit.skillKey}\u0000${limit.quarter}`;
    if (capacityKeys.has(key)) issues.push({ path: `capacityLimits[${c}]`, message: `the capacity of ${limit.skillKey} in ${limit.quarter} is given twice (also capacityLimits[${capacityKeys.get(key)}])` });
    else capacityKeys.set(key, c);
  });

  const known = (path: string, ids: readonly string[]) => {
    const unknown = ids.filter((id) => !indexOf.has(id));
    if (unknown.length > 0) issues.push({ path, message: `unknown project${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}`, projectIds: unknown });
  };
  const mustIncludeIds = input.mustInclude ?? [];
  const mustExcludeIds = input.mustExclude ?? [];
  known('mustInclude', mustIncludeIds);
  known('mustExclude', mustExcludeIds);
  const excludedSet = new Set(mustExcludeIds);
  const both = [...new Set(mustIncludeIds)].filter((id) => excludedSet.has(id));
  if (both.length > 0) issues.push({ path: 'mustInclude', message: `${both.join(', ')} cannot be both included and excluded`, projectIds: both });

  const dependencies = input.dependencies ?? [];
  dependencies.forEach((dependency, d) => known(`dependencies[${d}]`, [dependency.projectId, dependency.needsProjectId]));
  const groups = input.exclusiveGroups ?? [];
  groups.forEach((group, g) => known(`exclusiveGroups[${g}]`, group));

  const timeLimitSeconds = input.timeLimitSeconds ?? DEFAULT_TIME_LIMIT_SECONDS;
  if (typeof timeLimitSeconds !== 'number' || !Number.isFinite(timeLimitSeconds) || timeLimitSeconds <= 0 || timeLimitSeconds > MAX_TIME_LIMIT_SECONDS) {
    issues.push({ path: 'timeLimitSeconds', message: `the time limit must be more than 0 and at most ${MAX_TIME_LIMIT_SECONDS} seconds (got ${String(timeLimitSeconds)})` });
  }

  const n = projects.length;
  // Dependencies between known projects, deduplicated; cycles are refused (each names its projects).
  const needs: number[][] = Array.from({ length: n }, () => []);
  const dependencyRows: DependencyRow[] = [];
  const seenEdges = new Set<string>();
  for (const dependency of dependencies) {
    const dependent = indexOf.get(dependency.projectId);
    const needed = indexOf.get(dependency.needsProjectId);
    if (dependent === undefined || needed === undefined) continue;
    const key = `${dependent} ${needed}`;
    if (seenEdges.has(key)) continue;
    seenEdges.add(key);
    needs[dependent]!.push(needed);
    dependencyRows.push({ name: `dependency ${dependency.projectId} needs ${dependency.needsProjectId}`, lpName: `dep_${dependencyRows.length}`, dependent, needed });
  }
  for (const cycle of findCycles(needs)) {
    const names = cycle.map((p) => projects[p]!.id);
    issues.push({ path: 'dependencies', message: `the dependencies form a cycle: ${[...names, names[0]].join(' needs ')}`, projectIds: names });
  }

  if (issues.length > 0) throw new OptimiserInputError(issues);

  const score = Float64Array.from(projects, (project) => project.score);
  const totalCost = new Float64Array(n);
  const costs = new Map<number, Float64Array>();
  const costOf = (y: number) => {
    let row = costs.get(y);
    if (row === undefined) costs.set(y, (row = new Float64Array(n)));
    return row;
  };
  const hoursByKey = new Map<string, Float64Array>();
  projects.forEach((project, p) => {
    for (const cost of project.costByYear) {
      costOf(cost.year)[p]! += cost.amount;
      totalCost[p]! += cost.amount;
    }
    for (const use of project.capacityUse) {
      const key = `${use.skillKey}\u0000${use.quarter}`;
      if (!capacityKeys.has(key)) continue; // unlimited skill-quarter
      let row = hoursByKey.get(key);
      if (row === undefined) hoursByKey.set(key, (row = new Float64Array(n)));
      row[p]! += use.hours;
    }
  });
  for (const limit of input.budgetLimits) costOf(limit.year);
  const years = [...costs.entries()].sort(([a], [b]) => a - b).map(([y, cost]) => ({ year: y, cost }));

  const sparse = (row: Float64Array | undefined) => {
    const index: number[] = [];
    const coef: number[] = [];
    if (row !== undefined) row.forEach((value, p) => { if (value > 0) { index.push(p); coef.push(value); } });
    return { index, coef };
  };
  const budgets: ResourceRow[] = [...input.budgetLimits]
    .sort((a, b) => a.year - b.year)
    .map((limit) => ({ kind: 'BUDGET', name: `budget ${limit.year}`, lpName: `budget_${limit.year}`, limit: limit.amount, year: limit.year, ...sparse(costs.get(limit.year)) }));
  const capacities: ResourceRow[] = input.capacityLimits.map((limit, c) => ({
    kind: 'CAPACITY', name: `capacity ${limit.skillKey} ${limit.quarter}`, lpName: `capacity_${c}`, limit: limit.hours, skillKey: limit.skillKey, quarter: limit.quarter,
    ...sparse(hoursByKey.get(`${limit.skillKey}\u0000${limit.quarter}`)),
  }));
  const groupRows: GroupRow[] = groups.map((group, g) => ({ name: `exclusive group ${g + 1}`, lpName: `group_${g}`, members: [...new Set(group.map((id) => indexOf.get(id)!))] }));

  const toSet = (ids: readonly string[]) => new Set(ids.map((id) => indexOf.get(id)!));
  const keptActive = new Set<number>();
  if (!input.allowStopping) projects.forEach((project, p) => { if (project.active) keptActive.add(p); });
  return {
    ids: projects.map((project) => project.id), score, totalCost, years, budgets, capacities, dependencies: dependencyRows, groups: groupRows, needs,
    mustInclude: toSet(mustIncludeIds), mustExclude: toSet(mustExcludeIds), keptActive, timeLimitSeconds,
  };
}

/** Cycles of the graph p → needs[p], one per back edge met by a depth-first search (iterative). */
function findCycles(needs: readonly (readonly number[])[]): number[][] {
  const n = needs.length;
  const state = new Uint8Array(n); // 0 new, 1 on the stack, 2 done
  const cycles: number[][] = [];
  const path: number[] = [];
  const next: number[] = [];
  for (let root = 0; root < n; root++) {
    if (state[root] !== 0) continue;
    path.push(root); next.push(0); state[root] = 1;
    while (path.length > 0) {
      const top = path.length - 1;
      const p = path[top]!;
      const k = next[top]!;
      if (k < needs[p]!.length) {
        next[top] = k + 1;
        const q = needs[p]![k]!;
        if (state[q] === 0) { path.push(q); next.push(0); state[q] = 1; }
        else if (state[q] === 1) cycles.push(path.slice(path.indexOf(q)));
      } else {
        state[p] = 2; path.pop(); next.pop();
      }
    }
  }
  return cycles;
}

/** A budget scaled by a factor (the efficient frontier's levels). */
export function scaleBudgets(model: PreparedPortfolio, factor: number): PreparedPortfolio {
  if (factor === 1) return model;
  return { ...model, budgets: model.budgets.map((row) => ({ ...row, limit: row.limit * factor })) };
}

/** The projects fixed in: must-includes, kept actives, and what they need, transitively, with why. */
export function forcedIn(model: PreparedPortfolio): Map<number, ForcedReason> {
  const reasons = new Map<number, ForcedReason>();
  const queue: number[] = [];
  for (const p of model.mustInclude) { reasons.set(p, { kind: 'mustInclude' }); queue.push(p); }
  for (const p of model.keptActive) if (!reasons.has(p)) { reasons.set(p, { kind: 'active' }); queue.push(p); }
  for (let head = 0; head < queue.length; head++) {
    const p = queue[head]!;
    for (const q of model.needs[p]!) if (!reasons.has(q)) { reasons.set(q, { kind: 'needed', by: p }); queue.push(q); }
  }
  return reasons;
}

/** Why a fixed-in project is in, in words: 'must-include A', 'kept active A', 'C (needed by must-include A through B)'. */
function because(model: PreparedPortfolio, reasons: Map<number, ForcedReason>, p: number): string {
  const chain: number[] = [p];
  let reason = reasons.get(p)!;
  while (reason.kind === 'needed') { chain.push(reason.by); reason = reasons.get(reason.by)!; }
  const root = chain[chain.length - 1]!;
  const rootName = `${reason.kind === 'mustInclude' ? 'must-include' : 'kept active'} ${model.ids[root]}`;
  if (chain.length === 1) return rootName;
  const through = chain.slice(1, -1).reverse().map((q) => model.ids[q]);
  return `${model.ids[p]} (needed by ${rootName}${through.length > 0 ? ` through ${through.join(', ')}` : ''})`;
}

/**
 * The fixed-in set, or InfeasibleError naming every constraint it alone breaks: a must-excluded
 * project it contains (needed through a dependency, or active and kept), a budget year, a
 * skill-quarter, an exclusive group. With every coefficient ≥ 0, when it passes, taking exactly
 * the fixed-in set is feasible, so the whole model is.
 */
export function checkFixedIn(model: PreparedPortfolio): Set<number> {
  const reasons = forcedIn(model);
  const issues: InfeasibleIssue[] = [];
  for (const [p, reason] of reasons) {
    if (!model.mustExclude.has(p)) continue;
    const id = model.ids[p]!;
    if (reason.kind === 'needed') {
      issues.push({
        constraint: `dependency ${model.ids[reason.by]} needs ${id}`, kind: 'DEPENDENCY', projectIds: chainOf(reasons, p).reverse().map((q) => model.ids[q]!),
        message: `${because(model, reasons, p)} is needed but must be excluded`,
      });
    } else {
      issues.push({ constraint: `must exclude ${id}`, kind: 'EXCLUSION', projectIds: [id], message: `${id} is active and kept (stopping is not allowed) but must be excluded` });
    }
  }
  const fixed = [...reasons.keys()].sort((a, b) => a - b);
  const fixedSet = new Set(fixed);
  for (const row of [...model.budgets, ...model.capacities]) {
    let used = 0;
    const users: number[] = [];
    row.index.forEach((p, k) => { if (fixedSet.has(p)) { used += row.coef[k]!; users.push(p); } });
    if (used > row.limit + tolerance(row.limit)) {
      issues.push({
        constraint: row.name, kind: row.kind, projectIds: users.map((p) => model.ids[p]!), used, limit: row.limit,
        message: `${row.name}: the projects that must be in (${users.map((p) => because(model, reasons, p)).join('; ')}) use ${fmt(used)} against a limit of ${fmt(row.limit)}`,
      });
    }
  }
  for (const group of model.groups) {
    const inside = group.members.filter((p) => fixedSet.has(p));
    if (inside.length > 1) {
      issues.push({
        constraint: group.name, kind: 'EXCLUSIVE_GROUP', projectIds: inside.map((p) => model.ids[p]!), used: inside.length, limit: 1,
        message: `${group.name} allows one project but ${inside.length} must be in (${inside.map((p) => because(model, reasons, p)).join('; ')})`,
      });
    }
  }
  if (issues.length > 0) throw new InfeasibleError(issues);
  return fixedSet;
}

function chainOf(reasons: Map<number, ForcedReason>, p: number): number[] {
  const chain: number[] = [p];
  let reason = reasons.get(p)!;
  while (reason.kind === 'needed') { chain.push(reason.by); reason = reasons.get(reason.by)!; }
  return chain;
}

/** The slack allowed on a resource row when checking a selection (rounding of sums). */
export const tolerance = (limit: number) => 1e-9 * Math.max(1, Math.abs(limit));

/** Σ score of a selection. */
export function objectiveOf(model: PreparedPortfolio, selected: Uint8Array): number {
  let sum = 0;
  selected.forEach((x, p) => { if (x) sum += model.score[p]!; });
  return sum;
}

/** Every constraint of the model for a selection (x[p] = 1 when selected). */
export function constraintReports(model: PreparedPortfolio, selected: Uint8Array): ConstraintReport[] {
  const reports: ConstraintReport[] = [];
  for (const row of [...model.budgets, ...model.capacities]) {
    let used = 0;
    row.index.forEach((p, k) => { if (selected[p]) used += row.coef[k]!; });
    const report: ConstraintReport = { constraint: row.name, kind: row.kind, used, limit: row.limit, binding: Math.abs(used - row.limit) <= BINDING_TOLERANCE, slack: row.limit - used };
    if (row.year !== undefined) report.year = row.year;
    if (row.skillKey !== undefined) { report.skillKey = row.skillKey; report.quarter = row.quarter!; }
    reports.push(report);
  }
  for (const row of model.dependencies) {
    const used = selected[row.dependent]!;
    const limit = selected[row.needed]!;
    reports.push({ constraint: row.name, kind: 'DEPENDENCY', used, limit, binding: used === 1 && limit === 1, slack: limit - used, projectIds: [model.ids[row.dependent]!, model.ids[row.needed]!] });
  }
  for (const group of model.groups) {
    let used = 0;
    for (const p of group.members) used += selected[p]!;
    reports.push({ constraint: group.name, kind: 'EXCLUSIVE_GROUP', used, limit: 1, binding: used === 1, slack: 1 - used, projectIds: group.members.map((p) => model.ids[p]!) });
  }
  return reports;
}

/** The constraints a selection breaks (with their rounding tolerance), by readable name; [] when feasible. */
export function violations(model: PreparedPortfolio, selected: Uint8Array): string[] {
  const broken: string[] = [];
  for (const report of constraintReports(model, selected)) {
    if (report.kind === 'BUDGET' || report.kind === 'CAPACITY' ? report.used > report.limit + tolerance(report.limit) : report.used > report.limit) broken.push(report.constraint);
  }
  selected.forEach((x, p) => {
    if (x && model.mustExclude.has(p)) broken.push(`must exclude ${model.ids[p]}`);
    if (!x && model.mustInclude.has(p)) broken.push(`must include ${model.ids[p]}`);
    if (!x && model.keptActive.has(p)) broken.push(`keep active ${model.ids[p]}`);
  });
  return broken;
}

/**
 * The classic benefit/cost heuristic: the fixed-in projects first, then the others by score per
 * total cost, descending (score / GREEDY_EPSILON when a project costs nothing; ties by score, then
 * input order), each added when every constraint still holds: every budget year and
 * skill-quarter within its limit, everything it needs already in, no other project of its groups
 * in, not must-excluded. Passes repeat until one adds nothing (a project skipped because what it
 * needs came later gets its chance). Assumes checkFixedIn passed.
 */
export function greedySelection(model: PreparedPortfolio, fixed: ReadonlySet<number>): Uint8Array {
  const n = model.ids.length;
  const selected = new Uint8Array(n);
  const rows = [...model.budgets, ...model.capacities];
  const used = new Float64Array(rows.length);
  const uses: { row: number; coef: number }[][] = Array.from({ length: n }, () => []);
  rows.forEach((row, r) => row.index.forEach((p, k) => uses[p]!.push({ row: r, coef: row.coef[k]! })));
  const groupsOf: number[][] = Array.from({ length: n }, () => []);
  model.groups.forEach((group, g) => group.members.forEach((p) => groupsOf[p]!.push(g)));
  const groupCount = new Uint32Array(model.groups.length);
  const take = (p: number) => {
    selected[p] = 1;
    for (const use of uses[p]!) used[use.row]! += use.coef;
    for (const g of groupsOf[p]!) groupCount[g]!++;
  };
  for (const p of fixed) take(p);
  const ratio = (p: number) => model.score[p]! / Math.max(model.totalCost[p]!, GREEDY_EPSILON);
  const order = [...Array(n).keys()].filter((p) => !fixed.has(p) && !model.mustExclude.has(p)).sort((a, b) => ratio(b) - ratio(a) || model.score[b]! - model.score[a]! || a - b);
  for (let added = true; added; ) {
    added = false;
    for (const p of order) {
      if (selected[p]) continue;
      if (model.needs[p]!.some((q) => !selected[q])) continue;
      if (groupsOf[p]!.some((g) => groupCount[g]! > 0)) continue;
      if (uses[p]!.some((use) => used[use.row]! + use.coef > rows[use.row]!.limit + tolerance(rows[use.row]!.limit))) continue;
      take(p);
      added = true;
    }
  }
  return selected;
}
