// Iterations of agile projects through the real API: planning, one active at a time, no
// overlaps, closing (final), and the agile metrics: velocity, burn-up/burn-down and AgileEVM
// with hand-computed figures, money hidden from team members.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../../server/platform/db/generated/prisma/client.js';
import type { CreateIterationInput } from '../gql/graphql.js';
import { graphql } from '../gql/index.js';
import { backends } from '../support/databases.js';
import type { TestServer } from '../support/harness.js';
import { expectType, expectUnchanged, issue, rootField, validationError } from '../support/results.js';
import { PEOPLE, type Person, type Scenario, startScenario } from '../support/scenarios/index.js';

const CreateIteration = graphql(`
  mutation IterationCreate($input: CreateIterationInput!) {
    createIteration(input: $input) { __typename ... on MutationCreateIterationSuccess { data { id name status version committedPoints } } ...ErrorFields }
  }
`);
const UpdateIteration = graphql(`
  mutation IterationUpdate($input: UpdateIterationInput!) {
    updateIteration(input: $input) { __typename ... on MutationUpdateIterationSuccess { data { id status version } } ...ErrorFields }
  }
`);
const CloseIteration = graphql(`
  mutation IterationClose($input: CloseIterationInput!) {
    closeIteration(input: $input) { __typename ... on MutationCloseIterationSuccess { data { status completedPoints version } } ...ErrorFields }
  }
`);
const ProjectVersion = graphql(`
  query IterationProjectVersion($id: ID!) { project(id: $id) { version } }
`);
const ReportCost = graphql(`
  mutation IterationReportCost($input: UpdateProjectInput!) { updateProject(input: $input) { __typename ... on MutationUpdateProjectSuccess { data { version } } ...ErrorFields } }
`);
const Metrics = graphql(`
  query IterationMetrics($id: ID!) {
    project(id: $id) {
      iterations { name status }
      agileMetrics {
        scopePoints completedPoints remainingPoints
        velocity { iterations mean lastThree lastThreeMean standardDeviation commitmentReliability }
        burn { iteration date scopePoints completedPoints remainingPoints idealRemainingPoints }
        earnedValue { budgetAtCompletion plannedValue earnedValue actualCost estimateAtCompletion cpi spi plannedPercentComplete actualPercentComplete forecastIterations }
      }
    }
  }
`);

describe.each(backends())('iterations on %s', (backend) => {
  let server: TestServer;
  let prisma: PrismaClient;
  let seed: Scenario;
  beforeAll(async () => {
    ({ server, prisma, seed } = await startScenario(backend, { label: 'Agile fixture' }));
  });
  afterAll(() => server?.close());

  const create = async (input: CreateIterationInput, as: Person = 'manager') => rootField(await server.exec(PEOPLE[as], CreateIteration, { input }));
  /** Two-week sprints from Monday 2026-03-02, Monday to the Friday of the next week. */
  const SPRINTS = [['2026-03-02', '2026-03-13'], ['2026-03-16', '2026-03-27'], ['2026-03-30', '2026-04-10'], ['2026-04-13', '2026-04-24'], ['2026-04-27', '2026-05-08']] as const;
  const sprint = async (projectId: string, n: number, committedPoints: number) =>
    expectType(await create({ projectId, name: `Sprint ${n}`, startDate: SPRINTS[n - 1]![0], endDate: SPRINTS[n - 1]![1], committedPoints }), 'MutationCreateIterationSuccess').data;
  const close = async (id: string, version: number, completedPoints: number) =>
    expectType(rootField(await server.exec(PEOPLE.manager, CloseIteration, { input: { id, version, completedPoints } })), 'MutationCloseIterationSuccess').data;

  it('plans, activates and closes iterations; refuses overlaps, a second active one, changes after closing', async () => {
    const project = await seed.projects.team(await seed.portfolio.create(), ['member'], { scopePoints: 100, budget: '100000' });
    const one = await sprint(project.gid, 1, 20);
    const two = await sprint(project.gid, 2, 20);
    const unchanged = <T>(work: () => Promise<T>) => expectUnchanged(prisma, ['auditEvents'], work);
    expect(await unchanged(() => create({ projectId: project.gid, name: 'Overlap', startDate: '2026-03-10', endDate: '2026-03-20' }))).toEqual(
      validationError(issue('startDate', 'The iteration overlaps Sprint 1')),
    );
    expect(await unchanged(() => create({ projectId: project.gid, name: 'Backwards', startDate: '2026-05-10', endDate: '2026-05-01' }))).toEqual(
      validationError(issue('endDate', 'The iteration must not end before it starts')),
    );
    const active = expectType(rootField(await server.exec(PEOPLE.manager, UpdateIteration, { input: { id: one.id, version: 1, status: 'ACTIVE' } })), 'MutationUpdateIterationSuccess').data;
    expect(active).toMatchObject({ status: 'ACTIVE', version: 2 });
    expect(await unchanged(async () => rootField(await server.exec(PEOPLE.manager, UpdateIteration, { input: { id: two.id, version: 1, status: 'ACTIVE' } })))).toEqual(
      validationError(issue('status', 'Sprint 1 is already active: close it first')),
    );
    expect(await close(one.id, 2, 18)).toEqual({ status: 'CLOSED', completedPoints: 18, version: 3 });
    expect(await unchanged(async () => rootField(await server.exec(PEOPLE.manager, CloseIteration, { input: { id: one.id, version: 3 } })))).toEqual(
      validationError(issue('id', 'Sprint 1 is closed: it can no longer change')),
    );
    expect(await unchanged(() => create({ projectId: project.gid, name: 'Mine', startDate: '2026-06-01', endDate: '2026-06-12' }, 'member'))).toMatchObject({ __typename: 'ForbiddenError' });
  });

  it('gives velocity, burn-up/burn-down and AgileEVM from the iterations', async () => {
    // 100 points, 100,000 budget, 5 sprints planned; 3 closed with 18, 22 and 20 points; actual cost 70,000.
    const project = await seed.projects.team(await seed.portfolio.create(), ['member'], { scopePoints: 100, budget: '100000' });
    const { version } = rootField(await server.exec(PEOPLE.owner, ProjectVersion, { id: project.gid }))!;
    expectType(rootField(await server.exec(PEOPLE.manager, ReportCost, { input: { id: project.gid, version, actualCost: '70000' } })), 'MutationUpdateProjectSuccess');
    const sprints = [];
    for (let n = 1; n <= 5; n++) sprints.push(await sprint(project.gid, n, 20));
    for (const [index, done] of [18, 22, 20].entries()) await close(sprints[index]!.id, 1, done);
    const { agileMetrics } = rootField(await server.exec(PEOPLE.owner, Metrics, { id: project.gid }))!;
    // Velocity: mean 20, sample s.d. 2, commitment 60 / 60. AgileEVM: PPC 3/5 → PV 60,000; APC 60/100 → EV 60,000;
    // CPI 60/70, SPI 1, EAC 100,000 / (6/7) = 116,666.67, forecast 5 / 1 = 5 iterations.
    expect(agileMetrics).toMatchObject({
      scopePoints: 100, completedPoints: 60, remainingPoints: 40,
      velocity: { iterations: 3, mean: 20, lastThree: [18, 22, 20], lastThreeMean: 20, standardDeviation: 2, commitmentReliability: 1 },
      earnedValue: { budgetAtCompletion: '100000.00', plannedValue: '60000.00', earnedValue: '60000.00', actualCost: '70000.00', estimateAtCompletion: '116666.67', spi: 1, plannedPercentComplete: 0.6, actualPercentComplete: 0.6, forecastIterations: 5 },
    });
    expect(agileMetrics.earnedValue!.cpi).toBeCloseTo(6 / 7, 12);
    expect(agileMetrics.burn.map((point) => [point.iteration, point.date, point.completedPoints, point.remainingPoints, point.idealRemainingPoints])).toEqual([
      [0, '2026-03-02', 0, 100, 100], [1, '2026-03-13', 18, 82, 80], [2, '2026-03-27', 40, 60, 60], [3, '2026-04-10', 60, 40, 40],
    ]);
    const hidden = rootField(await server.exec(PEOPLE.member, Metrics, { id: project.gid }))!.agileMetrics.earnedValue!;
    expect(hidden).toMatchObject({ budgetAtCompletion: null, plannedValue: null, earnedValue: null, actualCost: null, spi: 1 });
  });
});
