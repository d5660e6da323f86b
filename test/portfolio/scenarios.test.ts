// Portfolio scenarios through the real API on both backends: created and optimised at once,
// renamed, proposed, re-optimised with new parameters, compared side by side, and committed —
// approving the selected proposed projects and holding the deselected active ones through the
// lifecycle's transitions, audited, all or nothing; stale and discarded scenarios are refused.
//
// Each test has its own portfolio: A (PROPOSED, WSJF 3), B (PROPOSED, WSJF 2), C (ACTIVE, not
// scored), each 100,000 over 2030.
//   budget 250,000, stopping allowed: A + B (5), C stopped;
//   budget 200,000, C kept:           A + C (3).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../../server/platform/db/generated/prisma/client.js';
import { graphql } from '../gql/index.js';
import type { PortfolioScenarioParametersInput } from '../gql/graphql.js';
import { backends } from '../support/databases.js';
import type { TestServer } from '../support/harness.js';
import { dbId, uniqueName } from '../support/ids.js';
import { expectUnchanged, rootField, validationError, withNewAuditEvents } from '../support/results.js';
import { PEOPLE, type Person, type PortfolioHandle, type ProjectHandle, type Scenario, startScenario } from '../support/scenarios/index.js';

const Create = graphql(`
  mutation ScenariosCreate($input: CreatePortfolioScenarioInput!) {
    createPortfolioScenario(input: $input) {
      __typename
      ... on MutationCreatePortfolioScenarioSuccess { data { id name status version optimal objective totalCost parameters result selected { project { code } } costByYear { year used limit } createdBy { email } } }
      ... on ValidationError { issues { path message } }
      ... on InfeasibleError { issues { constraint } }
      ... on Error { message }
    }
  }
`);
const Update = graphql(`
  mutation ScenariosUpdate($input: UpdatePortfolioScenarioInput!) {
    updatePortfolioScenario(input: $input) {
      __typename
      ... on MutationUpdatePortfolioScenarioSuccess { data { id name status version objective selected { project { code } } } }
      ... on ValidationError { issues { path message } }
      ... on Error { message }
    }
  }
`);
const Commit = graphql(`
  mutation ScenariosCommit($input: CommitScenarioInput!) {
    commitScenario(input: $input) {
      __typename
      ... on MutationCommitScenarioSuccess { data { id status version committedAt } }
      ... on ValidationError { issues { path message } }
      ... on Error { message }
    }
  }
`);
const Compare = graphql(`
  query ScenariosCompare($ids: [ID!]!) {
    compareScenarios(ids: $ids) {
      __typename
      ... on QueryCompareScenariosSuccess {
        data {
          portfolio { name }
          scenarios { name status objective totalCost optimal selected { project { code } } costByYear { year used limit } capacity { skillKey } scenario { id } }
          differing { project { code } }
          common { project { code } }
        }
      }
      ...ErrorFields
    }
  }
`);
const List = graphql(`
  query ScenariosList($id: ID!) { portfolio(id: $id) { scenarios(first: 10) { totalCount edges { node { name status } } } } }
`);
const Decisions = graphql(`
  query ScenariosDecisions($id: ID!) { portfolio(id: $id) { decisions(first: 5) { edges { node { title rationale decidedBy { email } scenarios { id name } } } } } }
`);
const Score = graphql(`
  mutation ScenariosScore($input: ScoreProjectInput!) { scoreProject(input: $input) { __typename ... on Error { message } } }
`);

describe.each(backends())('portfolio scenarios on %s', (backend) => {
  let server: TestServer;
  let prisma: PrismaClient;
  let seed: Scenario;
  beforeAll(async () => {
    ({ server, prisma, seed } = await startScenario(backend, { label: 'Scenarios' }));
  }, 120_000);
  afterAll(() => server?.close());

  interface Setup { portfolio: PortfolioHandle; A: ProjectHandle; B: ProjectHandle; C: ProjectHandle }
  async function setup(): Promise<Setup> {
    const portfolio = await seed.portfolio.create();
    const project = (prefix: string, status: 'PROPOSED' | 'ACTIVE') =>
      seed.projects.create({ portfolio, manager: 'manager', status, code: uniqueName(prefix).replace(' ', '-'), budget: '100000.00', startDate: '2030-01-01', targetEndDate: '2030-12-31' });
    const [A, B, C] = [await project('SCA', 'PROPOSED'), await project('SCB', 'PROPOSED'), await project('SCC', 'ACTIVE')];
    const wsjf = async (handle: ProjectHandle, values: number[]) => {
      const scores = ['userBusinessValue', 'timeCriticality', 'riskReduction', 'jobSize'].map((criterionKey, i) => ({ criterionKey, value: values[i]!, rationale: 'Agreed' }));
      expect(rootField(await server.exec(PEOPLE.owner, Score, { input: { projectId: handle.gid, modelKey: 'wsjf', scores } }))).toMatchObject({ __typename: 'MutationScoreProjectSuccess' });
    };
    await wsjf(A, [5, 5, 5, 5]);
    await wsjf(B, [5, 3, 2, 5]);
    return { portfolio, A, B, C };
  }
  const WIDE: PortfolioScenarioParametersInput = { modelKey: 'wsjf', budgetLimits: [{ year: 2030, amount: 250_000 }], allowStopping: true };
  const NARROW: PortfolioScenarioParametersInput = { modelKey: 'wsjf', budgetLimits: [{ year: 2030, amount: 200_000 }] };
  const create = async (s: Setup, name: string, parameters: PortfolioScenarioParametersInput, as: Person = 'owner') =>
    rootField(await server.exec(PEOPLE[as], Create, { input: { portfolioId: s.portfolio.gid, name, parameters } })) as any;
  const update = async (input: Record<string, unknown>, as: Person = 'owner') => rootField(await server.exec(PEOPLE[as], Update, { input: input as never })) as any;
  const commit = async (scenario: { id: string; version: number }, as: Person = 'owner') => rootField(await server.exec(PEOPLE[as], Commit, { input: { id: scenario.id, version: scenario.version } })) as any;
  const codes = (list: { project: { code: string } }[]) => list.map((row) => row.project.code);
  const statusOf = async (handle: ProjectHandle) => (await prisma.project.findUniqueOrThrow({ where: { id: handle.id } })).status;
  const TABLES = ['projects', 'auditEvents', 'baselines', 'decisions'] as const;

  it('creates, renames, proposes, re-optimises, lists and compares scenarios', async () => {
    const s = await setup();
    const { result: wideAnswer, events } = await withNewAuditEvents(prisma, () => create(s, 'Wide', WIDE));
    expect(wideAnswer.__typename).toBe('MutationCreatePortfolioScenarioSuccess');
    const wide = wideAnswer.data;
    expect(wide).toMatchObject({ name: 'Wide', status: 'DRAFT', version: 1, optimal: true, objective: 5, totalCost: 200_000, createdBy: { email: PEOPLE.owner } });
    expect(codes(wide.selected)).toEqual([s.A.code, s.B.code]);
    expect(wide.costByYear).toEqual([{ year: 2030, used: 200_000, limit: 250_000 }]);
    expect(wide.parameters).toMatchObject({ modelKey: 'wsjf', allowStopping: true, mustInclude: [], budgetLimits: [{ year: 2030, amount: 250_000 }] });
    expect(wide.result).toMatchObject({ selected: [s.A.gid, s.B.gid], stopped: [s.C.gid], objective: 5, optimal: true });
    expect(events.map((event) => [event.action, event.entityType])).toEqual([['scenario.created', 'PortfolioScenario']]);

    const narrowAnswer = await create(s, 'Narrow', { ...NARROW, mustExclude: [s.A.gid] });
    expect(codes(narrowAnswer.data.selected)).toEqual([s.B.code, s.C.code]);
    expect((await create(s, 'Narrow', NARROW)).__typename).toBe('ConflictError');
    // New parameters run the optimiser again; a rename and a status change do not need to.
    const renamed = await update({ id: narrowAnswer.data.id, version: 1, name: 'Keep C', status: 'PROPOSED', parameters: NARROW });
    expect(renamed.data).toMatchObject({ name: 'Keep C', status: 'PROPOSED', version: 2, objective: 3 });
    expect(codes(renamed.data.selected)).toEqual([s.A.code, s.C.code]);
    expect((await update({ id: narrowAnswer.data.id, version: 1, name: 'Stale' })).__typename).toBe('ConflictError');
    expect((await update({ id: narrowAnswer.data.id, version: 2, status: 'COMMITTED' })).issues).toEqual([{ path: ['input', 'status'], message: expect.stringContaining('commitScenario') }]);

    const listed = (await server.exec(PEOPLE.executive, List, { id: s.portfolio.gid })).data!.portfolio as any;
    expect(listed.scenarios).toEqual({ totalCount: 2, edges: [{ node: { name: 'Keep C', status: 'PROPOSED' } }, { node: { name: 'Wide', status: 'DRAFT' } }] });
    expect(((await server.exec(PEOPLE.otherOwner, List, { id: s.portfolio.gid })).data!.portfolio as any).scenarios.totalCount).toBe(0);

    const compared = await server.exec(PEOPLE.executive, Compare, { ids: [wide.id, narrowAnswer.data.id] });
    expect(compared.errors).toBeUndefined();
    expect(compared.data!.compareScenarios).toMatchObject({ __typename: 'QueryCompareScenariosSuccess' });
    expect((compared.data!.compareScenarios as { data: unknown }).data).toMatchObject({
      portfolio: { name: s.portfolio.name },
      scenarios: [
        { name: 'Wide', objective: 5, totalCost: 200_000, optimal: true, selected: [{ project: { code: s.A.code } }, { project: { code: s.B.code } }], costByYear: [{ year: 2030, used: 200_000, limit: 250_000 }], capacity: [], scenario: { id: wide.id } },
        { name: 'Keep C', objective: 3, totalCost: 200_000, selected: [{ project: { code: s.A.code } }, { project: { code: s.C.code } }] },
      ],
      differing: [{ project: { code: s.B.code } }, { project: { code: s.C.code } }],
      common: [{ project: { code: s.A.code } }],
    });
    expect(rootField(await server.exec(PEOPLE.executive, Compare, { ids: [wide.id] }))).toEqual(validationError({ path: ['ids'], message: 'Compare 2 to 5 different scenarios' }));
    for (const who of ['manager', 'member'] as const) expect(rootField(await server.exec(PEOPLE[who], Compare, { ids: [wide.id, narrowAnswer.data.id] }))).toMatchObject({ __typename: 'ForbiddenError' });
    for (const who of ['manager', 'otherOwner', 'executive', 'member'] as const) expect((await create(s, `By ${who}`, WIDE, who)).__typename).toBe('ForbiddenError');
  });

  it('commits: approves the selected proposed projects and holds the deselected active ones, through the transitions, audited', async () => {
    const s = await setup();
    const wide = (await create(s, 'Wide', WIDE)).data;
    const { result, events } = await withNewAuditEvents(prisma, () => commit(wide));
    expect(result.__typename).toBe('MutationCommitScenarioSuccess');
    expect(result.data).toMatchObject({ status: 'COMMITTED', version: 2, committedAt: expect.any(String) });
    expect([await statusOf(s.A), await statusOf(s.B), await statusOf(s.C)]).toEqual(['APPROVED', 'APPROVED', 'ON_HOLD']);
    const transitioned = events.filter((event) => event.action === 'project.transitioned');
    expect(transitioned.map((event) => [event.entityId, (event.after as { status: string }).status])).toEqual([[s.A.id, 'APPROVED'], [s.B.id, 'APPROVED'], [s.C.id, 'ON_HOLD']]);
    expect(events.filter((event) => event.action === 'scenario.committed')).toEqual([expect.objectContaining({ entityId: dbId(wide.id), after: { status: 'COMMITTED', approved: [s.A.id, s.B.id], onHold: [s.C.id] } })]);
    // Approval fixed each approved project's plan, as a transition through the API does.
    expect(await prisma.scheduleBaseline.count({ where: { projectId: { in: [s.A.id, s.B.id] } } })).toBe(2);
    // The portfolio's decision log records the commit, linked to the scenario.
    expect(events.filter((event) => event.action === 'decision.recorded')).toHaveLength(1);
    const log = await server.exec(PEOPLE.owner, Decisions, { id: s.portfolio.gid });
    expect(log.data?.portfolio?.decisions.edges.map((edge) => edge.node)).toEqual([{
      title: 'Committed portfolio scenario "Wide"',
      rationale: 'Selected by the optimiser (proven optimal, total score 5): 2 proposed project(s) approved, 1 active project(s) put on hold.',
      decidedBy: { email: PEOPLE.owner },
      scenarios: [{ id: wide.id, name: 'Wide' }],
    }]);
    expect((await commit(result.data)).issues).toEqual([{ path: ['input', 'id'], message: 'A COMMITTED scenario cannot be committed' }]);
  });

  it('changes nothing at all when one transition is refused', async () => {
    const s = await setup();
    const wide = (await create(s, 'Wide', WIDE)).data;
    // B changed since the result (its version moved): its transition refuses, after A's was made.
    await seed.projects.update(s.B, { name: 'Renamed since' });
    const answer = await expectUnchanged(prisma, TABLES, () => commit(wide));
    expect(answer).toMatchObject({ __typename: 'ConflictError', message: expect.stringContaining('project') });
    expect([await statusOf(s.A), await statusOf(s.B), await statusOf(s.C)]).toEqual(['PROPOSED', 'PROPOSED', 'ACTIVE']);
    expect((await prisma.portfolioScenario.findUniqueOrThrow({ where: { id: dbId(wide.id) } })).status).toBe('DRAFT');
  });

  it('refuses a stale scenario, a discarded one, and anyone but the owner and the PMO', async () => {
    const s = await setup();
    const wide = (await create(s, 'Wide', WIDE)).data;
    for (const who of ['manager', 'otherOwner', 'executive'] as const) expect((await expectUnchanged(prisma, TABLES, () => commit(wide, who))).__typename).toBe('ForbiddenError');
    await seed.projects.transition(s.A, 'APPROVED');
    const stale = await expectUnchanged(prisma, TABLES, () => commit(wide));
    expect(stale).toMatchObject({ __typename: 'ConflictError', message: expect.stringContaining(`${s.A.code} is APPROVED (was PROPOSED)`) });
    const discarded = await update({ id: wide.id, version: 1, status: 'DISCARDED' });
    expect(discarded.data.status).toBe('DISCARDED');
    expect((await commit(discarded.data)).issues).toEqual([{ path: ['input', 'id'], message: 'A DISCARDED scenario cannot be committed' }]);
    expect((await update({ id: wide.id, version: 2, status: 'DRAFT' })).issues).toEqual([{ path: ['input', 'id'], message: 'A DISCARDED scenario does not change' }]);
  });

  it('stores nothing for an infeasible or invalid scenario', async () => {
    const s = await setup();
    const count = () => prisma.portfolioScenario.count({ where: { portfolioId: s.portfolio.id } });
    expect((await create(s, 'Too tight', { modelKey: 'wsjf', budgetLimits: [{ year: 2030, amount: 50_000 }] })).issues).toEqual([{ constraint: 'budget 2030' }]);
    expect((await create(s, 'Bad', { modelKey: 'wsjf', budgetLimits: [{ year: 2030, amount: -5 }] })).issues).toEqual([{ path: ['input', 'parameters', 'budgetLimits', '0', 'amount'], message: 'a budget must not be negative' }]);
    expect((await create(s, ' ', WIDE)).issues).toEqual([{ path: ['input', 'name'], message: 'A scenario needs a name' }]);
    expect(await count()).toBe(0);
  });

});
