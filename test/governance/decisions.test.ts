// The decision log through the real API on both backends: decisions on a project (its manager,
// its portfolio owner, the PMO) or a portfolio (its owner, the PMO), with links to the change
// requests and phase gates they concern, listed newest first; bad links, a date in the future or
// no single subject are ValidationErrors that store nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../../server/platform/db/generated/prisma/client.js';
import { graphql } from '../gql/index.js';
import { backends } from '../support/databases.js';
import type { TestServer } from '../support/harness.js';
import { uniqueName } from '../support/ids.js';
import { dataOf, expectType, expectUnchanged, issue, rootField, validationError } from '../support/results.js';
import { PEOPLE, type Person, type PortfolioHandle, type ProjectHandle, type Scenario, startScenario } from '../support/scenarios/index.js';

const Record_ = graphql(`
  mutation DecisionRecord($input: RecordDecisionInput!) {
    recordDecision(input: $input) {
      __typename
      ... on MutationRecordDecisionSuccess { data { id title rationale decidedAt decidedBy { email } project { code } portfolio { name } changeRequests { title } phases { key } } }
      ...ErrorFields
    }
  }
`);
const RaiseRequest = graphql(`
  mutation DecisionRaiseRequest($input: CreateChangeRequestInput!) {
    createChangeRequest(input: $input) { __typename ... on MutationCreateChangeRequestSuccess { data { id } } ...ErrorFields }
  }
`);
const CreateScenario = graphql(`
  mutation DecisionScenario($input: CreatePortfolioScenarioInput!) {
    createPortfolioScenario(input: $input) { __typename ... on MutationCreatePortfolioScenarioSuccess { data { id } } ...ErrorFields }
  }
`);
const ScenarioLinks = graphql(`
  query DecisionScenarioLinks($id: ID!) { node(id: $id) { ... on Portfolio { decisions(first: 1) { edges { node { title scenarios { id name } } } } } } }
`);
const Phases = graphql(`query DecisionPhases($id: ID!) { node(id: $id) { ... on Project { phases { id key } } } }`);
const ProjectLog = graphql(`
  query DecisionProjectLog($id: ID!, $first: Int) { node(id: $id) { ... on Project { decisions(first: $first) { totalCount pageInfo { hasNextPage } edges { node { title decidedAt changeRequests { title } phases { key } } } } } } }
`);
const PortfolioLog = graphql(`
  query DecisionPortfolioLog($id: ID!) { node(id: $id) { ... on Portfolio { decisions { totalCount edges { node { title rationale decidedBy { email } project { code } } } } } } }
`);

describe.each(backends())('the decision log on %s', (backend) => {
  let server: TestServer;
  let prisma: PrismaClient;
  let seed: Scenario;
  let portfolio: PortfolioHandle;
  let project: ProjectHandle;
  let other: ProjectHandle;
  let requestId: string;
  let otherRequestId: string;
  let phaseIds: Record<string, string>;
  beforeAll(async () => {
    ({ server, prisma, seed } = await startScenario(backend, { label: 'Decisions' }));
    portfolio = await seed.portfolio.create();
    project = await seed.projects.team(portfolio, ['member'], { status: 'ACTIVE', methodologyKey: 'waterfall', budget: '1000.00' });
    other = await seed.projects.team(portfolio, [], { status: 'ACTIVE', methodologyKey: 'waterfall', budget: '1000.00' });
    const raise = async (on: ProjectHandle, title: string) =>
      expectType(rootField(await server.exec(PEOPLE.manager, RaiseRequest, { input: { projectId: on.gid, kind: 'OTHER', title } })), 'MutationCreateChangeRequestSuccess').data.id;
    requestId = await raise(project, 'Move the go-live');
    otherRequestId = await raise(other, 'Elsewhere');
    const phases = (dataOf(await server.exec(PEOPLE.manager, Phases, { id: project.gid })).node as { phases: { id: string; key: string }[] }).phases;
    phaseIds = Object.fromEntries(phases.map((phase) => [phase.key, phase.id]));
  });
  afterAll(() => server?.close());

  const record = (input: Record<string, unknown>, as: Person = 'manager') =>
    server.exec(PEOPLE[as], Record_, { input: { title: 'Go with vendor A', rationale: 'Cheapest compliant bid', ...input } as never }).then(rootField);
  const unchanged = <T>(work: () => Promise<T>) => expectUnchanged(prisma, ['auditEvents'], async () => {
    const before = await prisma.decision.count();
    const result = await work();
    expect(await prisma.decision.count()).toBe(before);
    return result;
  });

  it('records a project decision with its change requests and gates, newest first in the log, audited', async () => {
    const firstKey = Object.keys(phaseIds)[0]!;
    const earlier = expectType(await record({ projectId: project.gid, decidedAt: '2026-01-15T10:00:00.000Z', title: 'Kick-off', phaseIds: [phaseIds[firstKey]] }), 'MutationRecordDecisionSuccess').data;
    expect(earlier).toMatchObject({ title: 'Kick-off', decidedAt: '2026-01-15T10:00:00.000Z', phases: [{ key: firstKey }], changeRequests: [], portfolio: null, project: { code: project.code } });
    const later = expectType(await record({ projectId: project.gid, changeRequestIds: [requestId], phaseIds: [phaseIds[firstKey]] }, 'owner'), 'MutationRecordDecisionSuccess').data;
    expect(later).toMatchObject({ title: 'Go with vendor A', rationale: 'Cheapest compliant bid', decidedBy: { email: PEOPLE.owner }, changeRequests: [{ title: 'Move the go-live' }] });
    expect(Math.abs(Date.parse(later.decidedAt as string) - Date.now())).toBeLessThan(60_000);
    expect(await prisma.auditEvent.count({ where: { entityType: 'Decision', action: 'decision.recorded', projectId: project.id } })).toBe(2);

    const log = (dataOf(await server.exec(PEOPLE.member, ProjectLog, { id: project.gid, first: 1 })).node as { decisions: unknown }).decisions;
    expect(log).toEqual({ totalCount: 2, pageInfo: { hasNextPage: true }, edges: [{ node: { title: 'Go with vendor A', decidedAt: later.decidedAt, changeRequests: [{ title: 'Move the go-live' }], phases: [{ key: firstKey }] } }] });
  });

  it('records a portfolio decision (its owner or the PMO), listed on the portfolio', async () => {
    for (const who of ['manager', 'otherOwner', 'executive', 'member'] as const) {
      expect(await unchanged(() => record({ portfolioId: portfolio.gid }, who))).toMatchObject({ __typename: 'ForbiddenError' });
    }
    const decision = expectType(await record({ portfolioId: portfolio.gid, title: 'Stop new CRM work', changeRequestIds: [requestId, otherRequestId] }, 'owner'), 'MutationRecordDecisionSuccess').data;
    expect(decision).toMatchObject({ project: null, portfolio: { name: portfolio.name }, changeRequests: [{ title: 'Move the go-live' }, { title: 'Elsewhere' }] });
    const log = (dataOf(await server.exec(PEOPLE.executive, PortfolioLog, { id: portfolio.gid })).node as { decisions: unknown }).decisions;
    expect(log).toEqual({ totalCount: 1, edges: [{ node: { title: 'Stop new CRM work', rationale: 'Cheapest compliant bid', decidedBy: { email: PEOPLE.owner }, project: null } }] });
  });

  it('refuses bad subjects, links and dates, storing nothing', async () => {
    expect(await unchanged(() => record({}))).toEqual(validationError(issue('', 'Give exactly one of projectId and portfolioId')));
    expect(await unchanged(() => record({ projectId: project.gid, portfolioId: portfolio.gid }))).toEqual(validationError(issue('', 'Give exactly one of projectId and portfolioId')));
    expect(await unchanged(() => record({ projectId: project.gid, title: ' ' }))).toEqual(validationError(issue('title', 'must not be empty')));
    const otherPhases = (dataOf(await server.exec(PEOPLE.manager, Phases, { id: other.gid })).node as { phases: { id: string }[] }).phases;
    expect(await unchanged(() => record({ projectId: project.gid, decidedAt: new Date(Date.now() + 86_400_000).toISOString(), changeRequestIds: [otherRequestId], phaseIds: [otherPhases[0]!.id] }))).toEqual(validationError(
      issue('decidedAt', 'must not be in the future'),
      issue('changeRequestIds', 'Every change request must be one of the project'),
      issue('phaseIds', 'Every phase must be one of the project'),
    ));
    for (const who of ['otherManager', 'otherOwner', 'executive', 'member'] as const) {
      expect(await unchanged(() => record({ projectId: project.gid }, who))).toMatchObject({ __typename: 'ForbiddenError' });
    }
  });

  it('links scenarios of the portfolio (never of another), shown to those who read scenarios', async () => {
    const scenario = async (on: PortfolioHandle, name: string, as: Person) =>
      expectType(rootField(await server.exec(PEOPLE[as], CreateScenario, { input: { portfolioId: on.gid, name, parameters: { modelKey: 'wsjf' } } })), 'MutationCreatePortfolioScenarioSuccess').data.id;
    const mine = await scenario(portfolio, uniqueName('Keep all'), 'owner');
    const elsewhere = await scenario(await seed.portfolio.create(), uniqueName('Elsewhere'), 'admin');
    expect(await unchanged(() => record({ portfolioId: portfolio.gid, scenarioIds: [elsewhere] }, 'owner'))).toEqual(validationError(issue('scenarioIds', 'Every scenario must be one of the portfolio')));
    expect(await unchanged(() => record({ projectId: project.gid, scenarioIds: [elsewhere] }))).toEqual(validationError(issue('scenarioIds', "Every scenario must be one of the project's portfolio")));
    expectType(await record({ portfolioId: portfolio.gid, title: 'Keep every project', scenarioIds: [mine] }, 'owner'), 'MutationRecordDecisionSuccess');
    const links = async (as: Person) => (dataOf(await server.exec(PEOPLE[as], ScenarioLinks, { id: portfolio.gid })).node as { decisions: { edges: { node: { title: string; scenarios: { id: string }[] } }[] } }).decisions.edges[0]!.node;
    for (const who of ['owner', 'admin', 'executive'] as const) expect(await links(who), who).toMatchObject({ title: 'Keep every project', scenarios: [{ id: mine }] });
    // Scenarios are the owner's, the PMO's and executives' (they hold the money): others see the decision, not the link.
    for (const who of ['manager', 'otherOwner'] as const) expect(await links(who), who).toEqual({ title: 'Keep every project', scenarios: [] });
  });

  it("project.decisions sends the same statements for 2 and 12 projects' logs", async () => {
    const Listed = graphql(`
      query DecisionsListed($id: ID!) {
        node(id: $id) { ... on Portfolio { decisions(first: 5) { totalCount edges { node { title changeRequests { title } } } }
          projects(first: 50) { edges { node { code decisions(first: 5) { totalCount edges { node { title decidedBy { email } changeRequests { title } phases { key } } } } } } } } }
      }
    `);
    const counted = await seed.portfolio.create();
    const add = async (n: number) => {
      for (let i = 0; i < n; i++) {
        const on = await seed.projects.team(counted, [], { status: 'ACTIVE', methodologyKey: 'waterfall' });
        const request = expectType(rootField(await server.exec(PEOPLE.manager, RaiseRequest, { input: { projectId: on.gid, kind: 'OTHER', title: `R${i}` } })), 'MutationCreateChangeRequestSuccess').data.id;
        const phase = (dataOf(await server.exec(PEOPLE.manager, Phases, { id: on.gid })).node as { phases: { id: string }[] }).phases[0]!.id;
        for (let j = 0; j < 2; j++) expectType(await record({ projectId: on.gid, changeRequestIds: [request], phaseIds: [phase] }), 'MutationRecordDecisionSuccess');
        expectType(await record({ portfolioId: counted.gid, changeRequestIds: [request] }, 'owner'), 'MutationRecordDecisionSuccess');
      }
    };
    const measure = async () => {
      let projects = 0;
      const statements = await server.countStatements(async () => {
        const result = await server.exec(PEOPLE.owner, Listed, { id: counted.gid });
        expect(result.errors).toBeUndefined();
        projects = (result.data!.node as { projects: { edges: unknown[] } }).projects.edges.length;
      });
      return { statements, projects };
    };
    await add(2);
    const few = await measure();
    await add(10);
    const many = await measure();
    expect([few.projects, many.projects]).toEqual([2, 12]);
    expect(many.statements).toBe(few.statements);
  });
});
