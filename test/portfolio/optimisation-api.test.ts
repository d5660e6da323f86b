// Portfolio optimisation through the real API on both backends: a small portfolio whose optimum
// is worked out by hand (and checked by brute force over the candidates the API loaded), cost
// profiles from tasks and from budgets, dependencies, must-in/out, exclusive groups, kept and
// stopped actives, infeasibility naming its constraint, validation with paths, the time limit,
// capacity from resource demands, and the efficient frontier.
//
// The portfolio (every date in 2030–2031, so that "today" never cuts into them):
//   A  PROPOSED  budget 100,000 over 2030                       WSJF (5+5+5)/5 = 3
//   B  PROPOSED  tasks 30,000 (Nov 2030) + 70,000 (Mar 2031)     WSJF (5+3+2)/5 = 2   (budget 500,000 ignored)
//   C  PROPOSED  budget 365,000 from 2030-07-01 to 2031-06-30   WSJF (20+20+20)/8 = 7.5  → 184,000 + 181,000
//   D  ACTIVE    budget 120,000 over 2030, not scored (0)
//   E  APPROVED  budget 150,000 over 2030                       WSJF (5+3+3)/3 = 11/3
// Budgets 2030: 400,000, 2031: 300,000. D is kept, so 280,000 is left in 2030:
//   {A,B,E} costs 280,000 (8.667), {B,C} 214,000 (9.5), A+C 284,000 does not fit.
// Greedy (score per cost: A .03, E .0244, C .0205, B .02) takes A, E, B: 8.667; the optimum is B, C: 9.5.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import type { OptimizePortfolioInput } from '../gql/graphql.js';
import { backends } from '../support/databases.js';
import type { TestServer } from '../support/harness.js';
import { gid, uniqueName } from '../support/ids.js';
import { dataOf, expectType, rootField } from '../support/results.js';
import { PEOPLE, type Person, type PortfolioHandle, type ProjectHandle, type Scenario, startScenario } from '../support/scenarios/index.js';

const Optimize = graphql(`
  query OptimisationOptimize($input: OptimizePortfolioInput!) {
    optimizePortfolio(input: $input) {
      __typename
      ... on QueryOptimizePortfolioSuccess {
        data {
          status optimal objective totalCost solveMillis gap gainOverGreedy capacitySource notes
          selected { project { code } }
          stopped { project { code } }
          binding { constraint used limit }
          constraints { constraint kind used limit binding slack }
          greedy { objective selected { project { code } } }
          costByYear { year used limit }
          capacity { skillKey quarter used limit }
          candidates { project { code } score scoreComplete costSource selected costByYear { year amount } }
        }
      }
      ... on InfeasibleError { message issues { constraint kind used limit message projects { code } } }
      ... on ValidationError { issues { path message } }
      ... on Error { message }
    }
  }
`);
const Frontier = graphql(`
  query OptimisationFrontier($input: EfficientFrontierInput!) {
    efficientFrontier(input: $input) {
      __typename
      ... on QueryEfficientFrontierSuccess { data { budget objective optimal totalCost feasible selected { project { code } } } }
      ... on ValidationError { issues { path message } }
      ... on Error { message }
    }
  }
`);
const Score = graphql(`
  mutation OptimisationScore($input: ScoreProjectInput!) { scoreProject(input: $input) { __typename ... on Error { message } } }
`);
const AddDependency = graphql(`
  mutation OptimisationAddDependency($input: AddProjectDependencyInput!) {
    addProjectDependency(input: $input) { __typename ... on MutationAddProjectDependencySuccess { data { id } } ... on Error { message } }
  }
`);
const RemoveDependency = graphql(`
  mutation OptimisationRemoveDependency($input: RemoveProjectDependencyInput!) { removeProjectDependency(input: $input) { __typename ... on Error { message } } }
`);
const CreateSkill = graphql(`
  mutation OptimisationCreateSkill($input: CreateSkillInput!) { createSkill(input: $input) { __typename ... on Error { message } } }
`);
const SetUserSkill = graphql(`
  mutation OptimisationSetUserSkill($input: SetUserSkillInput!) { setUserSkill(input: $input) { __typename ... on Error { message } } }
`);
const CreateDemand = graphql(`
  mutation OptimisationCreateDemand($input: CreateResourceDemandInput!) { createResourceDemand(input: $input) { __typename ... on Error { message } } }
`);

const codes = (list: { project: { code: string } }[]) => list.map((row) => row.project.code);

describe.each(backends())('portfolio optimisation on %s', (backend) => {
  let server: TestServer;
  let seed: Scenario;
  let portfolio: PortfolioHandle;
  let p: Record<'A' | 'B' | 'C' | 'D' | 'E', ProjectHandle>;
  let name: Record<string, string>;
  let exec: (as: Person, input: Partial<OptimizePortfolioInput>) => Promise<any>;
  const BUDGETS = [{ year: 2030, amount: 400_000 }, { year: 2031, amount: 300_000 }];

  beforeAll(async () => {
    ({ server, seed } = await startScenario(backend, { label: 'Optimisation' }));
    portfolio = await seed.portfolio.create();
    const project = (code: string, fields: Record<string, unknown>) => seed.projects.create({ portfolio, manager: 'manager', code: uniqueName(code).replace(' ', '-'), ...fields });
    p = {
      A: await project('OA', { budget: '100000.00', startDate: '2030-01-01', targetEndDate: '2030-12-31' }),
      B: await project('OB', { budget: '500000.00', startDate: '2030-11-04', targetEndDate: '2031-06-30' }),
      C: await project('OC', { budget: '365000.00', startDate: '2030-07-01', targetEndDate: '2031-06-30' }),
      D: await project('OD', { budget: '120000.00', startDate: '2030-01-01', targetEndDate: '2030-12-31', status: 'ACTIVE' }),
      E: await project('OE', { budget: '150000.00', startDate: '2030-01-01', targetEndDate: '2030-12-31', status: 'APPROVED' }),
    };
    name = Object.fromEntries(Object.entries(p).map(([letter, handle]) => [handle.code, letter]));
    await seed.schedule.task(p.B, '1', { name: 'Build', budget: '30000', durationDays: 5 });
    await seed.schedule.task(p.B, '2', { name: 'Roll out', budget: '70000', durationDays: 5, startNoEarlierThan: '2031-03-03' });
    const wsjf = async (handle: ProjectHandle, [userBusinessValue, timeCriticality, riskReduction, jobSize]: number[]) => {
      const scores = Object.entries({ userBusinessValue, timeCriticality, riskReduction, jobSize }).map(([criterionKey, value]) => ({ criterionKey, value: value!, rationale: 'Agreed' }));
      expect(rootField(await server.exec(PEOPLE.owner, Score, { input: { projectId: handle.gid, modelKey: 'wsjf', scores } }))).toMatchObject({ __typename: 'MutationScoreProjectSuccess' });
    };
    await wsjf(p.A, [5, 5, 5, 5]);
    await wsjf(p.B, [5, 3, 2, 5]);
    await wsjf(p.C, [20, 20, 20, 8]);
    await wsjf(p.E, [5, 3, 3, 3]);
    exec = async (as, input) => rootField(await server.exec(PEOPLE[as], Optimize, { input: { portfolioId: portfolio.gid, modelKey: 'wsjf', budgetLimits: BUDGETS, ...input } as OptimizePortfolioInput }));
  }, 240_000);
  afterAll(() => server?.close());

  const optimise = async (input: Partial<OptimizePortfolioInput> = {}, as: Person = 'owner') => expectType(await exec(as, input), 'QueryOptimizePortfolioSuccess').data as any;
  const letters = (list: { project: { code: string } }[]) => codes(list).map((code) => name[code]).sort();

  it('finds the optimum worked out by hand, beside greedy, with cost profiles from tasks and budgets', async () => {
    const result = await optimise();
    expect(result).toMatchObject({ status: 'OPTIMAL', optimal: true, gap: null, capacitySource: 'GIVEN' });
    expect(letters(result.selected)).toEqual(['B', 'C', 'D']);
    expect(result.objective).toBeCloseTo(9.5, 9);
    expect(letters(result.greedy.selected)).toEqual(['A', 'B', 'D', 'E']);
    expect(result.greedy.objective).toBeCloseTo(3 + 2 + 11 / 3, 9);
    expect(result.gainOverGreedy).toBeCloseTo(9.5 - (5 + 11 / 3), 9);
    expect(result.stopped).toEqual([]);
    const byLetter = Object.fromEntries(result.candidates.map((candidate: any) => [name[candidate.project.code], candidate]));
    expect(byLetter.A).toMatchObject({ costSource: 'BUDGET', costByYear: [{ year: 2030, amount: 100_000 }], score: 3, scoreComplete: true });
    expect(byLetter.B).toMatchObject({ costSource: 'TASKS', costByYear: [{ year: 2030, amount: 30_000 }, { year: 2031, amount: 70_000 }], score: 2 });
    expect(byLetter.C.costSource).toBe('BUDGET');
    expect(byLetter.C.costByYear.map((cost: any) => cost.year)).toEqual([2030, 2031]);
    expect(byLetter.C.costByYear[0].amount).toBeCloseTo(184_000, 6);
    expect(byLetter.C.costByYear[1].amount).toBeCloseTo(181_000, 6);
    expect(byLetter.D).toMatchObject({ costSource: 'BUDGET', costByYear: [{ year: 2030, amount: 120_000 }], score: 0, scoreComplete: false });
    expect(result.notes).toEqual([expect.stringContaining(`${p.D.code} has no complete score`)]);
    expect(result.costByYear).toEqual([{ year: 2030, used: 30_000 + 184_000 + 120_000, limit: 400_000 }, { year: 2031, used: 70_000 + 181_000, limit: 300_000 }]);
    expect(result.totalCost).toBeCloseTo(100_000 + 365_000 + 120_000, 6);
    expect(result.constraints.map((row: any) => [row.constraint, row.kind])).toEqual([['budget 2030', 'BUDGET'], ['budget 2031', 'BUDGET']]);
    expect(result.constraints[0].slack).toBeCloseTo(400_000 - 334_000, 6);

    // Brute force over what the API loaded: no feasible selection is worth more.
    let best = -1;
    const candidates = result.candidates as { project: { code: string }; score: number; costByYear: { year: number; amount: number }[] }[];
    for (let mask = 0; mask < 1 << candidates.length; mask++) {
      const chosen = candidates.filter((_, k) => mask & (1 << k));
      if (!chosen.some((candidate) => name[candidate.project.code] === 'D')) continue; // kept active
      const fits = BUDGETS.every((budget) => chosen.reduce((sum, candidate) => sum + (candidate.costByYear.find((cost) => cost.year === budget.year)?.amount ?? 0), 0) <= budget.amount + 1e-6);
      if (fits) best = Math.max(best, chosen.reduce((sum, candidate) => sum + candidate.score, 0));
    }
    expect(result.objective).toBeCloseTo(best, 9);
  });

  it('respects dependencies, must-include, must-exclude and exclusive groups', async () => {
    const dependency = rootField(await server.exec(PEOPLE.owner, AddDependency, { input: { projectId: p.C.gid, needsProjectId: p.A.gid } })) as any;
    expect(dependency.__typename).toBe('MutationAddProjectDependencySuccess');
    const withDependency = await optimise().finally(() => server.exec(PEOPLE.owner, RemoveDependency, { input: { id: dependency.data.id } }));
    expect(letters(withDependency.selected)).toEqual(['A', 'B', 'D', 'E']);
    expect(withDependency.constraints.find((row: any) => row.kind === 'DEPENDENCY')).toMatchObject({ constraint: `dependency ${p.C.code} needs ${p.A.code}`, used: 0, limit: 1, binding: false });

    expect(letters((await optimise({ mustInclude: [p.E.gid] })).selected)).toEqual(['A', 'B', 'D', 'E']);
    expect(letters((await optimise({ mustExclude: [p.B.gid] })).selected)).toEqual(['C', 'D']);
    const grouped = await optimise({ exclusiveGroups: [[p.B.gid, p.C.gid]] });
    expect(letters(grouped.selected)).toEqual(['A', 'B', 'D', 'E']);
    expect(grouped.binding.map((row: any) => row.constraint)).toEqual(expect.arrayContaining(['budget 2030', 'exclusive group 1']));
  });

  it('keeps active projects unless stopping is allowed, then names the ones stopped', async () => {
    const stopping = await optimise({ allowStopping: true });
    expect(letters(stopping.selected)).toEqual(['B', 'C', 'E']);
    expect(stopping.objective).toBeCloseTo(2 + 7.5 + 11 / 3, 9);
    expect(letters(stopping.stopped)).toEqual(['D']);
  });

  it('names the constraints that make it infeasible', async () => {
    const answer = await exec('owner', { mustInclude: [p.A.gid, p.C.gid] });
    expect(answer.__typename).toBe('InfeasibleError');
    expect(answer.issues).toEqual([{
      constraint: 'budget 2030', kind: 'BUDGET', used: 404_000, limit: 400_000, message: expect.stringContaining('budget 2030'),
      projects: [p.A, p.C, p.D].map((handle) => ({ code: handle.code })).sort((a, b) => a.code.localeCompare(b.code)),
    }]);
  });

  it('answers ValidationError with the path of every bad field', async () => {
    const other = await seed.projects.create({ portfolio: await seed.portfolio.create() });
    const answer = await exec('owner', {
      budgetLimits: [{ year: 2030, amount: -1 }], capacityLimits: [{ skillKey: 'x', quarter: '2030Q1', hours: 1 }], timeLimitSeconds: 61,
    });
    expect(answer.__typename).toBe('ValidationError');
    expect(answer.issues.map((issue: any) => issue.path.join('.')).sort()).toEqual(['input.budgetLimits.0.amount', 'input.capacityLimits.0.quarter', 'input.timeLimitSeconds']);
    expect((await exec('owner', { mustInclude: [other.gid] })).issues).toEqual([{ path: ['input', 'mustInclude', '0'], message: expect.stringContaining('Not a candidate') }]);
    expect((await exec('owner', { exclusiveGroups: [[p.A.gid, portfolio.gid]] })).issues).toEqual([{ path: ['input', 'exclusiveGroups', '0', '1'], message: 'Expected the ID of a Project' }]);
    expect((await exec('owner', { modelKey: 'nope' })).issues).toEqual([{ path: ['input', 'modelKey'], message: 'No scoring model has the key "nope"' }]);
    expect((await exec('owner', { timeLimitSeconds: 0 })).issues[0].path).toEqual(['input', 'timeLimitSeconds']);
  });

  it('honours the time limit and reports the solve time', async () => {
    const started = Date.now();
    const result = await optimise({ timeLimitSeconds: 0.5 });
    expect(result.solveMillis).toBeGreaterThan(0);
    expect(result.solveMillis).toBeLessThan(2_000);
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  it('is for the portfolio’s owner, the PMO and executives', async () => {
    for (const who of ['admin', 'executive'] as const) expect((await exec(who, {})).__typename).toBe('QueryOptimizePortfolioSuccess');
    for (const who of ['otherOwner', 'manager', 'member'] as const) expect((await exec(who, {})).__typename).toBe('ForbiddenError');
  });

  it('draws an efficient frontier that never goes down as the budget grows', async () => {
    const answer = rootField(await server.exec(PEOPLE.owner, Frontier, { input: { portfolioId: portfolio.gid, modelKey: 'wsjf', budgetLimits: BUDGETS, points: 8, budgetTo: 1_400_000 } })) as any;
    expect(answer.__typename).toBe('QueryEfficientFrontierSuccess');
    const points = answer.data as { budget: number; objective: number | null; feasible: boolean }[];
    expect(points).toHaveLength(8);
    // From the least budget the kept active project fits: every level is feasible.
    expect(points[0]!.budget).toBeGreaterThan(0);
    expect(points.every((point) => point.feasible)).toBe(true);
    expect(points.at(-1)!.budget).toBeCloseTo(1_400_000, 6);
    const values = points.map((point) => point.objective!);
    // Asked from nothing, the levels below what the kept project costs are infeasible.
    const fromZero = rootField(await server.exec(PEOPLE.owner, Frontier, { input: { portfolioId: portfolio.gid, modelKey: 'wsjf', budgetLimits: BUDGETS, points: 8, budgetFrom: 0, budgetTo: 1_400_000 } })) as any;
    expect(fromZero.data[0]).toMatchObject({ budget: 0, feasible: false, objective: null });
    expect(fromZero.data.at(-1).objective).toBeCloseTo(values.at(-1)!, 9);
    values.forEach((value, k) => { if (k > 0) expect(value).toBeGreaterThanOrEqual(values[k - 1]! - 1e-9); });
    // At twice the budgets everything fits: A + B + C + E (D scores nothing).
    expect(values.at(-1)).toBeCloseTo(3 + 2 + 7.5 + 11 / 3, 9);
    const bad = rootField(await server.exec(PEOPLE.owner, Frontier, { input: { portfolioId: portfolio.gid, modelKey: 'wsjf', points: 30 } })) as any;
    expect(bad.issues).toEqual([{ path: ['input', 'points'], message: 'from 2 to 25 points' }]);
  });

  it('takes capacity from resource demands against the people with the skill when no limits are given', async () => {
    const skillKey = `optimiser-skill-${String(backend).toLowerCase().replace(/[^a-z0-9]/g, '')}`;
    expect(rootField(await server.exec(PEOPLE.admin, CreateSkill, { input: { key: skillKey, name: 'Optimiser skill', category: 'TECHNICAL' } }))).toMatchObject({ __typename: 'MutationCreateSkillSuccess' });
    expect(rootField(await server.exec(PEOPLE.manager, CreateDemand, { input: { projectId: p.C.gid, skillKey, hoursPerWeek: 10, from: '2030-09-09', to: '2030-09-13' } }))).toMatchObject({ __typename: 'MutationCreateResourceDemandSuccess' });
    // Nobody has the skill: C cannot be done.
    const none = await optimise();
    expect(none.capacitySource).toBe('DEMANDS');
    expect(none.capacity).toEqual([{ skillKey, quarter: '2030-Q3', used: 0, limit: 0 }]);
    expect(letters(none.selected)).toEqual(['A', 'B', 'D', 'E']);
    // Someone has it: C fits again, using its 10 hours.
    expect(rootField(await server.exec(PEOPLE.admin, SetUserSkill, { input: { userId: gid('User', seed.people.id('dev')), skillKey, level: 3 } }))).toMatchObject({ __typename: 'MutationSetUserSkillSuccess' });
    const some = await optimise();
    expect(some.capacity).toEqual([{ skillKey, quarter: '2030-Q3', used: 10, limit: expect.any(Number) }]);
    expect(some.capacity[0].limit).toBeGreaterThan(100);
    expect(letters(some.selected)).toEqual(['B', 'C', 'D']);
  });
});

const CountedOptimize = graphql(`
  query OptimisationCounted($input: OptimizePortfolioInput!) {
    optimizePortfolio(input: $input) {
      __typename
      ... on QueryOptimizePortfolioSuccess { data { objective selected { project { code } } greedy { selected { project { code } } } candidates { project { code } costSource costByYear { year amount } } capacity { skillKey used limit } constraints { constraint } } }
    }
  }
`);
const CountedFrontier = graphql(`
  query OptimisationCountedFrontier($input: EfficientFrontierInput!) {
    efficientFrontier(input: $input) { __typename ... on QueryEfficientFrontierSuccess { data { budget objective selected { project { code } } } } }
  }
`);
const CountedScenarios = graphql(`
  query OptimisationCountedScenarios($id: ID!, $ids: [ID!]!) {
    portfolio(id: $id) { scenarios(first: 50) { totalCount edges { node { name objective selected { project { code } } costByYear { year used } } } } }
    compareScenarios(ids: $ids) { ... on QueryCompareScenariosSuccess { data { scenarios { name selected { project { code } } } differing { project { code } } common { project { code } } } } }
  }
`);

// Candidates written directly (the count of statements is what is measured, not the API that
// makes them): each with a WSJF score, a budget over 2030, every other one with a budgeted task
// and a demand for a skill, each needing the one before it.
describe.each(backends())('optimisation statements on %s', (backend) => {
  let server: TestServer;
  let seed: Scenario;
  let portfolio: PortfolioHandle;
  let skillId: string;
  let previous: string | null = null;
  let made = 0;
  beforeAll(async () => {
    ({ server, seed } = await startScenario(backend, { label: 'Optimisation statements' }));
    portfolio = await seed.portfolio.create();
    const prisma = server.runtime.db.prisma;
    skillId = (await prisma.skill.create({ data: { key: `statements-${made}-${Date.now()}`, name: 'Counted', category: 'TECHNICAL' } })).id;
    await prisma.userSkill.create({ data: { userId: seed.people.id('dev'), skillId, level: 3, source: 'SELF', assessedAt: new Date() } });
  }, 120_000);
  afterAll(() => server?.close());

  async function addProjects(n: number) {
    const prisma = server.runtime.db.prisma;
    for (let k = 0; k < n; k++, made++) {
      const project = await prisma.project.create({
        data: { code: uniqueName('CNT').replace(' ', '-'), name: `Counted ${made}`, portfolioId: portfolio.id, budget: '10000.00', startDate: new Date('2030-01-07'), targetEndDate: new Date('2030-12-31') },
      });
      await prisma.projectScore.createMany({
        data: ['userBusinessValue', 'timeCriticality', 'riskReduction', 'jobSize'].map((criterionKey) => ({ projectId: project.id, modelKey: 'wsjf', modelVersion: 1, criterionKey, value: criterionKey === 'jobSize' ? 2 : 1 + (made % 3), rationale: 'Counted', status: 'ACCEPTED' as const })),
      });
      if (made % 2 === 0) {
        await prisma.task.create({ data: { projectId: project.id, key: '1', wbsOrder: '00001', name: 'Work', durationDays: 10, budget: '5000.00' } });
        await prisma.resourceDemand.create({ data: { projectId: project.id, skillId, hoursPerWeek: '2.00', from: new Date('2030-02-04'), to: new Date('2030-02-08') } });
      }
      if (previous) await prisma.projectDependency.create({ data: { projectId: project.id, needsProjectId: previous } });
      previous = project.id;
    }
  }

  async function measure() {
    const ids = [] as string[];
    for (const name of ['Counted A', 'Counted B']) {
      const prisma = server.runtime.db.prisma;
      const candidates = await prisma.project.findMany({ where: { portfolioId: portfolio.id }, select: { id: true, code: true } });
      const row = await prisma.portfolioScenario.create({
        data: {
          portfolioId: portfolio.id, name: uniqueName(name), parameters: { modelKey: 'wsjf' },
          result: {
            status: 'OPTIMAL', optimal: true, objective: 1, totalCost: 1, gap: null, stopped: [], capacity: [], greedyObjective: 1, solvedAt: new Date().toISOString(), costByYear: [{ year: 2030, amount: 1, limit: null }],
            selected: candidates.filter((_, k) => name === 'Counted A' || k % 2 === 0).map((candidate) => candidate.id),
            candidates: candidates.map((candidate) => ({ id: candidate.id, code: candidate.code, status: 'PROPOSED', version: 1 })),
          },
        },
      });
      ids.push(gid('PortfolioScenario', row.id));
    }
    const input = { portfolioId: portfolio.gid, modelKey: 'wsjf', budgetLimits: [{ year: 2030, amount: 1_000_000 }] };
    let selected = 0;
    const optimise = await server.countStatements(async () => {
      const answer = rootField(await server.exec(PEOPLE.owner, CountedOptimize, { input })) as any;
      expect(answer.__typename).toBe('QueryOptimizePortfolioSuccess');
      selected = answer.data.selected.length;
    });
    const frontier = await server.countStatements(async () => {
      expect((rootField(await server.exec(PEOPLE.owner, CountedFrontier, { input: { ...input, points: 3 } })) as any).__typename).toBe('QueryEfficientFrontierSuccess');
    });
    let scenarios = 0;
    const read = await server.countStatements(async () => {
      const result = await server.exec(PEOPLE.owner, CountedScenarios, { id: portfolio.gid, ids });
      expect(result.errors).toBeUndefined();
      scenarios = (result.data!.portfolio as any).scenarios.totalCount;
    });
    return { optimise, frontier, read, selected, scenarios };
  }

  it('is the same for 5 and 20 candidate projects (with tasks, demands and dependencies) and for 2 and 4 scenarios', async () => {
    await addProjects(5);
    const small = await measure();
    await addProjects(15);
    const large = await measure();
    expect([small.selected, large.selected]).toEqual([5, 20]);
    expect([small.scenarios, large.scenarios]).toEqual([2, 4]);
    expect(large.optimise).toBe(small.optimise);
    expect(large.frontier).toBe(small.frontier);
    expect(large.read).toBe(small.read);
    expect(large.optimise).toBeLessThanOrEqual(25);
  }, 120_000);
});

describe('the optimiser worker', () => {
  it('is stopped, and the call fails, when it does not answer within its bound', async () => {
    const { runOptimiser, OptimiserTimeoutError } = await import('../../server/portfolio/optimiser-worker.js');
    const input = { projects: [{ id: 'a', score: 1, costByYear: [], capacityUse: [], active: false }], budgetLimits: [], capacityLimits: [], timeLimitSeconds: 0.01 };
    // 10 ms of solving and 1 ms of margin: less than a worker takes to start.
    await expect(runOptimiser({ kind: 'solve', input }, { marginMs: 1 })).rejects.toBeInstanceOf(OptimiserTimeoutError);
    // With the usual margin the same job answers.
    await expect(runOptimiser({ kind: 'solve', input })).resolves.toMatchObject({ selected: ['a'], optimal: true });
  }, 60_000);
});
