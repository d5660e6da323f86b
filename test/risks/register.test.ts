// The risk register through the real API: raising, updating with a version, the assessment
// history, closing and realizing (then read-only), the matrix, top risks, filters, who may do
// what, validation, the `risks.*` facts, and a statement count that ignores list lengths.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../../server/platform/db/generated/prisma/client.js';
import type { CreateRiskInput, UpdateRiskInput } from '../gql/graphql.js';
import { graphql } from '../gql/index.js';
import { backends } from '../support/databases.js';
import type { TestServer } from '../support/harness.js';
import { daysFromToday } from '../support/dates.js';
import { dbId, gid } from '../support/ids.js';
import { expectType, expectUnchanged, issue, RISK_TABLES, rootField, validationError } from '../support/results.js';
import { type Handle, type Member, PEOPLE, type Person, newRisk, type Scenario, startScenario } from '../support/scenarios/index.js';

graphql(`
  fragment RiskFields on Risk {
    id title description category probability impact score status responseStrategy mitigationPlan contingencyPlan
    dueDate residualProbability residualImpact residualScore version viewerCanEdit createdAt updatedAt
    owner { email } createdBy { email } project { code }
  }
`);
const CreateRisk = graphql(`
  mutation RiskCreate($input: CreateRiskInput!) {
    createRisk(input: $input) { __typename ... on MutationCreateRiskSuccess { data { ...RiskFields } } ...ErrorFields }
  }
`);
const UpdateRisk = graphql(`
  mutation RiskUpdate($input: UpdateRiskInput!) {
    updateRisk(input: $input) { __typename ... on MutationUpdateRiskSuccess { data { ...RiskFields } } ...ErrorFields }
  }
`);
const CloseRisk = graphql(`
  mutation RiskClose($input: EndRiskInput!) {
    closeRisk(input: $input) { __typename ... on MutationCloseRiskSuccess { data { ...RiskFields } } ...ErrorFields }
  }
`);
const RealizeRisk = graphql(`
  mutation RiskRealize($input: EndRiskInput!) {
    realizeRisk(input: $input) { __typename ... on MutationRealizeRiskSuccess { data { ...RiskFields } } ...ErrorFields }
  }
`);
const RiskHistory = graphql(`
  query RiskHistory($id: ID!) {
    node(id: $id) {
      ... on Risk {
        version
        assessments {
          probability impact score previousProbability previousImpact previousScore assessedAt assessedBy { email }
        }
      }
    }
  }
`);
const RiskNode = graphql(`
  query RiskNode($id: ID!) { node(id: $id) { id ... on Risk { title project { code } } } }
`);
const RiskList = graphql(`
  query RiskList($filter: RiskFilter, $orderBy: [RiskOrder!]) {
    risks(filter: $filter, orderBy: $orderBy, first: 100) { totalCount edges { node { title } } }
  }
`);
const ProjectRisks = graphql(`
  query RiskProjectRisks($id: ID!, $filter: RiskFilter) {
    project(id: $id) { risks(filter: $filter) { totalCount edges { node { title } } } }
  }
`);
const Matrix = graphql(`
  query RiskMatrixCounts($portfolioId: ID, $projectId: ID, $first: Int) {
    riskMatrix(portfolioId: $portfolioId, projectId: $projectId) {
      openRisks
      cells { probability impact score count risks(first: $first) { title } }
    }
  }
`);
const TopRisks = graphql(`
  query RiskTop($portfolioId: ID!, $first: Int) { topRisks(portfolioId: $portfolioId, first: $first) { title score dueDate } }
`);
const ProjectFacts = graphql(`
  query RiskFacts($id: ID!) { project(id: $id) { facts } }
`);
const ProjectAudit = graphql(`
  query RiskAudit($id: ID!) {
    project(id: $id) { auditTrail(first: 1) { edges { node { action entityType entityId actor { email } before after } } } }
  }
`);
const RisksNested = graphql(`
  query RisksNested($portfolioId: ID!) {
    risks(filter: { portfolioId: $portfolioId }, first: 100) {
      edges { node { project { code } owner { name } assessments { score } } }
    }
  }
`);
const MatrixNested = graphql(`
  query RiskMatrixNested($portfolioId: ID!) {
    riskMatrix(portfolioId: $portfolioId) {
      cells { count risks(first: 100) { project { code } owner { name } assessments { score } } }
    }
  }
`);

const titles = (connection: { edges: { node: { title: string } }[] }) => connection.edges.map((edge) => edge.node.title);

describe.each(backends())('risk register on %s', (backend) => {
  let server: TestServer;
  let prisma: PrismaClient;
  let seed: Scenario;
  const user = (person: Person) => seed.people.gid(person);

  beforeAll(async () => {
    ({ server, prisma, seed } = await startScenario(backend, { label: 'Risk fixture' }));
  });
  afterAll(() => server?.close());

  /** A project in `portfolio` managed by pm@, with member@ on the team unless `members` says who. */
  const newProject = (portfolio: Handle, options: { members?: Member[]; status?: 'COMPLETED' } = {}) =>
    seed.projects.team(portfolio, options.members, { status: options.status });


  async function create(as: Person, input: CreateRiskInput) {
    return rootField(await server.exec(PEOPLE[as], CreateRisk, { input }));
  }
  async function created(as: Person, input: CreateRiskInput) {
    return expectType(await create(as, input), 'MutationCreateRiskSuccess').data;
  }
  async function update(as: Person, input: UpdateRiskInput) {
    return rootField(await server.exec(PEOPLE[as], UpdateRisk, { input }));
  }
  async function updated(as: Person, input: UpdateRiskInput) {
    return expectType(await update(as, input), 'MutationUpdateRiskSuccess').data;
  }
  const close = async (as: Person, id: string, version: number, reason?: string) =>
    rootField(await server.exec(PEOPLE[as], CloseRisk, { input: { id, version, reason } }));
  const realize = async (as: Person, id: string, version: number) =>
    rootField(await server.exec(PEOPLE[as], RealizeRisk, { input: { id, version } }));

  /** Runs `work` and checks that no risk, assessment, audit event or evaluation changed. */
  const expectNothingChanged = <T>(work: () => Promise<T>) => expectUnchanged(prisma, RISK_TABLES, work);

  async function history(riskGid: string) {
    const node = rootField(await server.exec(PEOPLE.admin, RiskHistory, { id: riskGid }));
    return node && 'assessments' in node ? node.assessments : [];
  }

  describe('createRisk', () => {
    it('raises a risk with every field, scores it, records the initial assessment and an audit event in the project trail', async () => {
      const portfolio = await seed.portfolio.create();
      const project = await newProject(portfolio);
      const risk = await created('manager', newRisk(project.gid, {
        title: 'Payment API v2 retired', description: 'The provider retires API v2 in Q3.', category: 'TECHNICAL',
        probability: 3, impact: 4, ownerId: user('member'), responseStrategy: 'MITIGATE', mitigationPlan: 'Migrate to v3 in sprint 4',
        contingencyPlan: 'Manual card payments desk', dueDate: '2027-03-31', residualProbability: 1, residualImpact: 4,
      }));
      expect(risk).toEqual({
        id: expect.any(String), title: 'Payment API v2 retired', description: 'The provider retires API v2 in Q3.', category: 'TECHNICAL',
        probability: 3, impact: 4, score: 12, status: 'IDENTIFIED', responseStrategy: 'MITIGATE', mitigationPlan: 'Migrate to v3 in sprint 4',
        contingencyPlan: 'Manual card payments desk', dueDate: '2027-03-31', residualProbability: 1, residualImpact: 4, residualScore: 4,
        version: 1, viewerCanEdit: true, owner: { email: PEOPLE.member }, createdBy: { email: PEOPLE.manager }, project: { code: project.code },
        createdAt: expect.any(String), updatedAt: expect.any(String),
      });
      const row = await prisma.risk.findUniqueOrThrow({ where: { id: dbId(risk.id) } });
      expect(row).toMatchObject({ projectId: project.id, score: 12, ownerId: seed.people.id('member'), createdById: seed.people.id('manager') });
      expect(risk.createdAt).toBe(row.createdAt.toISOString());
      expect(await history(risk.id)).toEqual([
        {
          probability: 3, impact: 4, score: 12, previousProbability: null, previousImpact: null, previousScore: null,
          assessedAt: risk.createdAt, assessedBy: { email: PEOPLE.manager },
        },
      ]);
      const trail = rootField(await server.exec(PEOPLE.admin, ProjectAudit, { id: project.gid }));
      expect(trail?.auditTrail.edges[0]?.node).toEqual({
        action: 'risk.created', entityType: 'Risk', entityId: row.id, actor: { email: PEOPLE.manager }, before: null,
        after: JSON.parse(JSON.stringify(row)),
      });
    });

    it('defaults the optional fields', async () => {
      const project = await newProject(await seed.portfolio.create());
      const risk = await created('manager', newRisk(project.gid));
      expect(risk).toMatchObject({
        description: '', status: 'IDENTIFIED', responseStrategy: null, mitigationPlan: '', contingencyPlan: '', dueDate: null,
        residualProbability: null, residualImpact: null, residualScore: null, owner: null, score: 6,
      });
    });
  });

  describe('updateRisk and the assessment history', () => {
    it('updates with the current version and refuses a stale one, changing nothing', async () => {
      const project = await newProject(await seed.portfolio.create());
      const risk = await created('manager', newRisk(project.gid));
      const v2 = await updated('manager', { id: risk.id, version: 1, title: 'Main supplier insolvency', impact: 5 });
      expect(v2).toMatchObject({ title: 'Main supplier insolvency', impact: 5, score: 10, version: 2 });

      const stale = await expectNothingChanged(async () => update('owner', { id: risk.id, version: 1, title: 'Lost update', probability: 5 }));
      expect(stale).toEqual({
        __typename: 'ConflictError', currentVersion: 2,
        message: 'The risk was changed by someone else (now at version 2): reload it and try again',
      });
      const staleClose = await expectNothingChanged(() => close('manager', risk.id, 1));
      expect(staleClose).toMatchObject({ __typename: 'ConflictError', currentVersion: 2 });
      const staleRealize = await expectNothingChanged(() => realize('manager', risk.id, 1));
      expect(staleRealize).toMatchObject({ __typename: 'ConflictError', currentVersion: 2 });
    });

    it('lets exactly one of two concurrent updates of the same version win', async () => {
      const project = await newProject(await seed.portfolio.create());
      const risk = await created('manager', newRisk(project.gid));
      const results = await Promise.all([
        update('manager', { id: risk.id, version: 1, probability: 5 }),
        update('owner', { id: risk.id, version: 1, probability: 1 }),
      ]);
      const typenames = results.map((result) => result.__typename).sort();
      expect(typenames).toEqual(['ConflictError', 'MutationUpdateRiskSuccess']);
      expect(results.find((result) => result.__typename === 'ConflictError')).toMatchObject({ currentVersion: 2 });
      const winner = expectType(results.find((result) => result.__typename !== 'ConflictError')!, 'MutationUpdateRiskSuccess').data;
      expect(await history(risk.id)).toHaveLength(2);
      expect((await history(risk.id))[1]).toMatchObject({ previousProbability: 2, probability: winner.probability });
    });

    it('keeps a history row (who, when, before, after) exactly when probability or impact changes', async () => {
      const project = await newProject(await seed.portfolio.create());
      const start = Date.now();
      const risk = await created('manager', newRisk(project.gid, { probability: 2, impact: 3, ownerId: user('member') }));
      await updated('manager', { id: risk.id, version: 1, title: 'Renamed', mitigationPlan: 'Dual sourcing', residualProbability: 1 });
      expect(await history(risk.id)).toHaveLength(1);
      const raised = await updated('manager', { id: risk.id, version: 2, probability: 4 });
      const reassessed = await updated('member', { id: risk.id, version: 3, impact: 5, description: 'Owner reassessed' });
      // Sending back the values the risk already has is not a change of assessment.
      await updated('member', { id: risk.id, version: 4, probability: 4, impact: 5, status: 'MITIGATING' });
      const lowered = await updated('manager', { id: risk.id, version: 5, probability: 1, impact: 1 });

      // When: the time the risk records for the change (its updatedAt), taken by the server.
      expect(await history(risk.id)).toEqual([
        { probability: 2, impact: 3, score: 6, previousProbability: null, previousImpact: null, previousScore: null, assessedAt: risk.createdAt, assessedBy: { email: PEOPLE.manager } },
        { probability: 4, impact: 3, score: 12, previousProbability: 2, previousImpact: 3, previousScore: 6, assessedAt: raised.updatedAt, assessedBy: { email: PEOPLE.manager } },
        { probability: 4, impact: 5, score: 20, previousProbability: 4, previousImpact: 3, previousScore: 12, assessedAt: reassessed.updatedAt, assessedBy: { email: PEOPLE.member } },
        { probability: 1, impact: 1, score: 1, previousProbability: 4, previousImpact: 5, previousScore: 20, assessedAt: lowered.updatedAt, assessedBy: { email: PEOPLE.manager } },
      ]);
      const times = [risk.createdAt, raised.updatedAt, reassessed.updatedAt, lowered.updatedAt].map((time) => new Date(time).getTime());
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(new Set(times).size).toBe(4);
      expect(times[0]).toBeGreaterThanOrEqual(start - 1000);
      expect(times[3]).toBeLessThanOrEqual(Date.now() + 1000);
      // Closing changes neither: no row.
      await close('manager', risk.id, 6);
      expect(await history(risk.id)).toHaveLength(4);
    });

    it('audits every change in the project trail, with the reason of a close', async () => {
      const project = await newProject(await seed.portfolio.create());
      const risk = await created('manager', newRisk(project.gid));
      const latest = async () => rootField(await server.exec(PEOPLE.admin, ProjectAudit, { id: project.gid }))?.auditTrail.edges[0]?.node;
      await updated('owner', { id: risk.id, version: 1, probability: 5 });
      expect(await latest()).toMatchObject({
        action: 'risk.updated', entityType: 'Risk', entityId: dbId(risk.id), actor: { email: PEOPLE.owner },
        before: { probability: 2, score: 6, version: 1 }, after: { probability: 5, score: 15, version: 2 },
      });
      expectType(await close('manager', risk.id, 2, 'Supplier refinanced'), 'MutationCloseRiskSuccess');
      expect(await latest()).toMatchObject({
        action: 'risk.closed', actor: { email: PEOPLE.manager },
        before: { status: 'IDENTIFIED', version: 2 }, after: { status: 'CLOSED', version: 3, reason: 'Supplier refinanced' },
      });
    });

    it('re-evaluates the rules of a methodology project after each change, in the same transaction', async () => {
      const wms = await seed.projects.seeded('WMS-RFID');
      const latestEvaluation = async () =>
        (await prisma.ruleEvaluation.findFirstOrThrow({ where: { projectId: wms.id, latest: true }, orderBy: { evaluatedAt: 'desc' } })).evaluatedAt;
      const steps: (() => Promise<unknown>)[] = [];
      let riskId = '';
      steps.push(async () => (riskId = (await created('manager', newRisk(wms.gid))).id));
      steps.push(() => updated('manager', { id: riskId, version: 1, impact: 5 }));
      steps.push(async () => expectType(await realize('manager', riskId, 2), 'MutationRealizeRiskSuccess'));
      steps.push(async () => {
        const other = await created('manager', newRisk(wms.gid));
        expectType(await close('manager', other.id, 1), 'MutationCloseRiskSuccess');
      });
      for (const step of steps) {
        const before = await latestEvaluation();
        await step();
        expect((await latestEvaluation()).getTime()).toBeGreaterThan(before.getTime());
      }
    });
  });

  describe('closed and realized risks are read-only', () => {
    it.each(['IDENTIFIED', 'ASSESSED', 'MITIGATING'] as const)('a %s risk can be realized, and is then read-only', async (status) => {
      const project = await newProject(await seed.portfolio.create());
      const risk = await created('manager', newRisk(project.gid, { status }));
      const realized = expectType(await realize('manager', risk.id, 1), 'MutationRealizeRiskSuccess').data;
      expect(realized).toMatchObject({ status: 'REALIZED', version: 2, viewerCanEdit: false });
      const readOnly = validationError(issue('id', 'The risk is realized: it can no longer change'));
      await expectNothingChanged(async () => {
        expect(await update('manager', { id: risk.id, version: 2, title: 'Too late' })).toEqual(readOnly);
        expect(await close('manager', risk.id, 2)).toEqual(readOnly);
        expect(await realize('admin', risk.id, 2)).toEqual(readOnly);
      });
    });

    it('a closed risk is read-only', async () => {
      const project = await newProject(await seed.portfolio.create());
      const risk = await created('manager', newRisk(project.gid, { status: 'ASSESSED' }));
      expect(expectType(await close('manager', risk.id, 1), 'MutationCloseRiskSuccess').data).toMatchObject({ status: 'CLOSED', version: 2 });
      const readOnly = validationError(issue('id', 'The risk is closed: it can no longer change'));
      await expectNothingChanged(async () => {
        expect(await update('admin', { id: risk.id, version: 2, probability: 5 })).toEqual(readOnly);
        expect(await realize('manager', risk.id, 2)).toEqual(readOnly);
        expect(await close('manager', risk.id, 2)).toEqual(readOnly);
      });
    });

    it('only closeRisk and realizeRisk end a risk', async () => {
      const project = await newProject(await seed.portfolio.create());
      const risk = await created('manager', newRisk(project.gid));
      await expectNothingChanged(async () => {
        expect(await update('manager', { id: risk.id, version: 1, status: 'CLOSED' })).toEqual(
          validationError(issue('status', 'A risk becomes CLOSED through closeRisk')),
        );
        expect(await create('manager', newRisk(project.gid, { status: 'REALIZED' }))).toEqual(
          validationError(issue('status', 'A risk becomes REALIZED through realizeRisk')),
        );
      });
    });
  });

  describe('validation: every problem reported, nothing changed', () => {
    let project: { id: string; gid: string; code: string };
    let riskId: string;
    beforeAll(async () => {
      project = await newProject(await seed.portfolio.create());
      riskId = (await created('manager', newRisk(project.gid))).id;
    });

    it('ranges and lengths of createRisk, all at once', async () => {
      const result = await expectNothingChanged(() =>
        create('manager', newRisk(project.gid, {
          title: '  ', description: 'd'.repeat(10_001), probability: 0, impact: 6, residualProbability: 9, residualImpact: 0,
        })),
      );
      expect(result).toEqual(validationError(
        issue('description', 'must be at most 10000 characters'),
        issue('residualProbability', 'must be between 1 and 5'),
        issue('residualImpact', 'must be between 1 and 5'),
        issue('title', 'must not be empty'),
        issue('probability', 'must be between 1 and 5'),
        issue('impact', 'must be between 1 and 5'),
      ));
    });

    it('ranges of updateRisk, all at once', async () => {
      const result = await expectNothingChanged(() =>
        update('manager', { id: riskId, version: 1, title: 't'.repeat(201), probability: 6, impact: -1, mitigationPlan: 'm'.repeat(10_001) }),
      );
      expect(result).toEqual(validationError(
        issue('mitigationPlan', 'must be at most 10000 characters'),
        issue('title', 'must be at most 200 characters'),
        issue('probability', 'must be between 1 and 5'),
        issue('impact', 'must be between 1 and 5'),
      ));
    });

    it('checks against the database and across fields, all at once', async () => {
      const result = await expectNothingChanged(() =>
        create('manager', newRisk(project.gid, {
          probability: 2, impact: 2, residualProbability: 3, residualImpact: 4, ownerId: user('executive'), status: 'CLOSED',
        })),
      );
      expect(result).toEqual(validationError(
        issue('status', 'A risk becomes CLOSED through closeRisk'),
        issue('ownerId', 'The owner must have one of the roles PMO_ADMIN, PORTFOLIO_MANAGER, PROJECT_MANAGER, TEAM_MEMBER'),
        issue('residualProbability', 'residualProbability must not exceed probability (2)'),
        issue('residualImpact', 'residualImpact must not exceed impact (2)'),
      ));
    });

    it('a residual rating above a lowered rating, a team member from another team as owner, cleared required fields', async () => {
      await updated('manager', { id: riskId, version: 1, residualProbability: 2 });
      const result = await expectNothingChanged(() =>
        update('manager', { id: riskId, version: 2, probability: 1, ownerId: user('dev'), title: null, category: null }),
      );
      expect(result).toEqual(validationError(
        issue('title', 'title cannot be null'),
        issue('category', 'category cannot be null'),
        issue('ownerId', 'A team member can only own risks of projects they work on'),
        issue('residualProbability', 'residualProbability must not exceed probability (1)'),
      ));
    });

    it('unknown, closed or missing records', async () => {
      const closed = await newProject(await seed.portfolio.create(), { status: 'COMPLETED' });
      await expectNothingChanged(async () => {
        expect(await create('admin', newRisk(closed.gid))).toEqual(
          validationError(issue('projectId', 'The project is closed: no new risks can be raised on it')),
        );
        expect(await create('admin', newRisk(gid('Project', '00000000-0000-7000-8000-000000000000')))).toEqual(
          validationError(issue('projectId', 'No project has this id')),
        );
        expect(await update('admin', { id: gid('Risk', '00000000-0000-7000-8000-000000000000'), version: 1, title: 'x' })).toEqual({
          __typename: 'NotFoundError', message: 'Risk not found', entityType: 'Risk',
        });
        expect(await update('admin', { id: riskId, version: 2 })).toEqual(validationError(issue('', 'Nothing to update: give at least one field')));
      });
    });
  });

  describe('authorisation', () => {
    // P1: pm@ manages it; member@ and pm2@ are on its team. P2: pm@ manages it; only dev is on its team.
    let p1: { id: string; gid: string; code: string };
    let p2: { id: string; gid: string; code: string };
    let portfolio: { id: string; gid: string };
    beforeAll(async () => {
      portfolio = await seed.portfolio.create();
      p1 = await newProject(portfolio, { members: ['member', 'otherManager'] });
      p2 = await newProject(portfolio, { members: ['dev'] });
    });

    const RAISE: [Person, 'p1' | 'p2', boolean][] = [
      ['admin', 'p1', true], ['owner', 'p1', true], ['otherOwner', 'p1', false], ['manager', 'p1', true],
      ['otherManager', 'p1', true], ['executive', 'p1', false], ['member', 'p1', true], ['dev', 'p1', false],
      ['admin', 'p2', true], ['owner', 'p2', true], ['otherOwner', 'p2', false], ['manager', 'p2', true],
      ['otherManager', 'p2', false], ['executive', 'p2', false], ['member', 'p2', false], ['dev', 'p2', true],
    ];
    it.each(RAISE)('createRisk as %s on %s → allowed: %s', async (person, which, allowed) => {
      const project = which === 'p1' ? p1 : p2;
      if (allowed) {
        expect(await created(person, newRisk(project.gid))).toMatchObject({ createdBy: { email: PEOPLE[person] }, project: { code: project.code } });
      } else {
        expect(await expectNothingChanged(() => create(person, newRisk(project.gid)))).toEqual({
          __typename: 'ForbiddenError', message: 'You may only raise risks on projects you manage or work on',
        });
      }
    });

    it('createRisk anonymously is refused', async () => {
      const result = await expectNothingChanged(() => server.exec(null, CreateRisk, { input: newRisk(p1.gid) }));
      expect(result.errors?.map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    });

    // A risk on P1 raised by member@ (so the raiser is not the owner) and owned by pm2@ as a team member.
    const EDIT: [Person, boolean][] = [
      ['admin', true], ['owner', true], ['otherOwner', false], ['manager', true], ['otherManager', true],
      ['executive', false], ['member', false], ['dev', false],
    ];
    it.each(EDIT)('updateRisk, closeRisk and realizeRisk as %s → allowed: %s', async (person, allowed) => {
      const fresh = async () => created('member', newRisk(p1.gid, { ownerId: user('otherManager') }));
      const [a, b, c] = [await fresh(), await fresh(), await fresh()];
      const forbidden = { __typename: 'ForbiddenError', message: 'Only the managers of the project and the risk owner may change this risk' };
      if (allowed) {
        expect(await updated(person, { id: a.id, version: 1, impact: 5 })).toMatchObject({ score: 10, version: 2, viewerCanEdit: true });
        expect(expectType(await close(person, b.id, 1), 'MutationCloseRiskSuccess').data.status).toBe('CLOSED');
        expect(expectType(await realize(person, c.id, 1), 'MutationRealizeRiskSuccess').data.status).toBe('REALIZED');
      } else {
        await expectNothingChanged(async () => {
          expect(await update(person, { id: a.id, version: 1, impact: 5 })).toEqual(forbidden);
          expect(await close(person, b.id, 1)).toEqual(forbidden);
          expect(await realize(person, c.id, 1)).toEqual(forbidden);
        });
      }
    });

    it('the owner may not hand the risk to someone else; the manager may', async () => {
      const risk = await created('manager', newRisk(p1.gid, { ownerId: user('member') }));
      expect(await expectNothingChanged(() => update('member', { id: risk.id, version: 1, ownerId: user('manager') }))).toEqual({
        __typename: 'ForbiddenError', message: 'Only the managers of the project may hand the risk to another owner',
      });
      expect(await expectNothingChanged(() => update('member', { id: risk.id, version: 1, ownerId: null }))).toMatchObject({ __typename: 'ForbiddenError' });
      // Sending back the current owner is not a hand-over.
      expect(await updated('member', { id: risk.id, version: 1, ownerId: user('member'), probability: 4 })).toMatchObject({ version: 2 });
      expect(await updated('manager', { id: risk.id, version: 2, ownerId: user('otherManager') })).toMatchObject({
        owner: { email: PEOPLE.otherManager }, version: 3,
      });
    });

    it('an owner who left the team may no longer work on the risk', async () => {
      const project = await newProject(portfolio, { members: ['member'] });
      const risk = await created('manager', newRisk(project.gid, { ownerId: user('member') }));
      await seed.projects.removeMember(project, 'member');
      expect(await expectNothingChanged(() => update('member', { id: risk.id, version: 1, impact: 1 }))).toMatchObject({ __typename: 'ForbiddenError' });
    });

    it('reads follow project visibility: lists, node(id), matrix and top risks', async () => {
      const onP1 = await created('manager', newRisk(p1.gid, { title: 'Visible to the team', probability: 5, impact: 5 }));
      const onP2 = await created('manager', newRisk(p2.gid, { title: 'Hidden from member', probability: 5, impact: 5 }));
      const all = await prisma.risk.count({ where: { project: { portfolioId: portfolio.id } } });
      const onP1Count = await prisma.risk.count({ where: { projectId: p1.id } });
      const openAll = await prisma.risk.count({ where: { project: { portfolioId: portfolio.id }, status: { in: ['IDENTIFIED', 'ASSESSED', 'MITIGATING'] } } });
      const openP1 = await prisma.risk.count({ where: { projectId: p1.id, status: { in: ['IDENTIFIED', 'ASSESSED', 'MITIGATING'] } } });
      for (const person of ['admin', 'owner', 'otherOwner', 'manager', 'otherManager', 'executive', 'member'] as const) {
        const readsAll = person !== 'member';
        const list = rootField(await server.exec(PEOPLE[person], RiskList, { filter: { portfolioId: portfolio.gid } }));
        expect(list.totalCount, person).toBe(readsAll ? all : onP1Count);
        expect(list.edges, person).toHaveLength(readsAll ? all : onP1Count);
        const hidden = await server.exec(PEOPLE[person], RiskNode, { id: onP2.id });
        expect(hidden, person).toEqual({ data: { node: readsAll ? { id: onP2.id, title: 'Hidden from member', project: { code: p2.code } } : null } });
        const visible = await server.exec(PEOPLE[person], RiskNode, { id: onP1.id });
        expect(visible.data?.node, person).toEqual({ id: onP1.id, title: 'Visible to the team', project: { code: p1.code } });
        const matrix = rootField(await server.exec(PEOPLE[person], Matrix, { portfolioId: portfolio.gid, first: 0 }));
        expect(matrix.openRisks, person).toBe(readsAll ? openAll : openP1);
        const top = rootField(await server.exec(PEOPLE[person], TopRisks, { portfolioId: portfolio.gid, first: 100 }));
        expect(top.map((risk) => risk.title).includes('Hidden from member'), person).toBe(readsAll);
        expect(top.map((risk) => risk.title).includes('Visible to the team'), person).toBe(true);
      }
      expect(await server.exec(PEOPLE.member, ProjectRisks, { id: p2.gid })).toEqual({ data: { project: null } });
    });

    it('anonymous reads nothing', async () => {
      const result = await server.exec(null, RiskList, { filter: { portfolioId: portfolio.gid } });
      expect(result.data).toBeNull();
      expect(result.errors?.map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    });
  });

  describe('riskMatrix', () => {
    it('counts open risks per cell exactly, for a portfolio and for a project, with the first risks of each cell', async () => {
      const portfolio = await seed.portfolio.create();
      const a = await newProject(portfolio);
      const b = await newProject(portfolio);
      const elsewhere = await newProject(await seed.portfolio.create());
      await seed.risks.raiseAll(a, [
        { probability: 5, impact: 5, title: 'A 5x5 due in 10', dueInDays: 10 },
        { probability: 5, impact: 5, title: 'A 5x5 due in 5', dueInDays: 5 },
        { probability: 5, impact: 4 }, { probability: 3, impact: 3 }, { probability: 1, impact: 1 },
        { probability: 4, impact: 2, status: 'CLOSED' }, { probability: 4, impact: 2, status: 'REALIZED' },
      ]);
      await seed.risks.raiseAll(b, [
        { probability: 5, impact: 5, title: 'B 5x5 due in 1', dueInDays: 1 },
        { probability: 3, impact: 3, status: 'MITIGATING' }, { probability: 3, impact: 3, status: 'ASSESSED' }, { probability: 2, impact: 4 },
      ]);
      await seed.risks.raiseAll(elsewhere, [{ probability: 5, impact: 5 }, { probability: 5, impact: 5 }, { probability: 4, impact: 2 }]);

      const grid = (counts: Record<string, number>) => {
        const cells = [];
        for (let probability = 5; probability >= 1; probability--) {
          for (let impact = 1; impact <= 5; impact++) {
            cells.push({ probability, impact, score: probability * impact, count: counts[`${probability}x${impact}`] ?? 0 });
          }
        }
        return cells;
      };
      const byPortfolio = rootField(await server.exec(PEOPLE.owner, Matrix, { portfolioId: portfolio.gid, first: 2 }));
      expect(byPortfolio.openRisks).toBe(9);
      expect(byPortfolio.cells.map(({ risks: _risks, ...cell }) => cell)).toEqual(grid({ '5x5': 3, '5x4': 1, '3x3': 3, '1x1': 1, '2x4': 1 }));
      const top = byPortfolio.cells.find((cell) => cell.probability === 5 && cell.impact === 5)!;
      expect(top.risks.map((risk) => risk.title)).toEqual(['B 5x5 due in 1', 'A 5x5 due in 5']);
      expect(byPortfolio.cells.filter((cell) => cell.count === 0).every((cell) => cell.risks.length === 0)).toBe(true);

      const byProject = rootField(await server.exec(PEOPLE.owner, Matrix, { projectId: a.gid }));
      expect(byProject.openRisks).toBe(5);
      expect(byProject.cells.map(({ risks: _risks, ...cell }) => cell)).toEqual(grid({ '5x5': 2, '5x4': 1, '3x3': 1, '1x1': 1 }));
      expect(byProject.cells[0]!.risks).toEqual([]); // 5x1 is empty
      expect(byProject.cells[4]!.risks.map((risk) => risk.title)).toEqual(['A 5x5 due in 5', 'A 5x5 due in 10']);
    });

    it('takes a portfolio or a project, not both', async () => {
      const portfolio = await seed.portfolio.create();
      const project = await newProject(portfolio);
      const result = await server.exec(PEOPLE.admin, Matrix, { portfolioId: portfolio.gid, projectId: project.gid });
      expect(result.errors?.map((error) => ({ message: error.message, code: error.extensions?.code }))).toEqual([
        { message: 'Invalid input: Give a portfolioId or a projectId, not both', code: 'BAD_USER_INPUT' },
      ]);
    });
  });

  describe('topRisks', () => {
    it('lists the open risks of the portfolio, highest score, then nearest due date, then oldest', async () => {
      const portfolio = await seed.portfolio.create();
      const x = await newProject(portfolio);
      const y = await newProject(portfolio);
      await seed.risks.raiseAll(x, [
        { probability: 5, impact: 5, title: 'closed 25', status: 'CLOSED' },
        { probability: 5, impact: 4, title: '20 due in 30', dueInDays: 30 },
        { probability: 4, impact: 5, title: '20 due in 3', dueInDays: 3 },
        { probability: 4, impact: 4, title: '16' },
        { probability: 3, impact: 3, title: '9' },
      ]);
      await seed.risks.raiseAll(y, [
        { probability: 5, impact: 4, title: '20 undated' },
        { probability: 3, impact: 5, title: '15 due in 1', dueInDays: 1 },
        { probability: 5, impact: 5, title: 'realized 25', status: 'REALIZED' },
      ]);
      await seed.risks.raiseAll(await newProject(await seed.portfolio.create()), [{ probability: 5, impact: 5, title: 'other portfolio 25' }]);

      const top5 = rootField(await server.exec(PEOPLE.executive, TopRisks, { portfolioId: portfolio.gid, first: 5 }));
      expect(top5).toEqual([
        { title: '20 due in 3', score: 20, dueDate: daysFromToday(3) },
        { title: '20 due in 30', score: 20, dueDate: daysFromToday(30) },
        { title: '20 undated', score: 20, dueDate: null },
        { title: '16', score: 16, dueDate: null },
        { title: '15 due in 1', score: 15, dueDate: daysFromToday(1) },
      ]);
      const byDefault = rootField(await server.exec(PEOPLE.executive, TopRisks, { portfolioId: portfolio.gid }));
      expect(byDefault.map((risk) => risk.title)).toEqual(['20 due in 3', '20 due in 30', '20 undated', '16', '15 due in 1', '9']);
      const tooMany = await server.exec(PEOPLE.executive, TopRisks, { portfolioId: portfolio.gid, first: 101 });
      expect(tooMany.errors?.[0]?.message).toContain('first must be at most 100');
    });

    it('follows a project that moves to another portfolio (the portfolio its risks carry is kept by the database)', async () => {
      const from = await seed.portfolio.create();
      const to = await seed.portfolio.create();
      const moving = await newProject(from);
      await seed.risks.raiseAll(moving, [{ probability: 5, impact: 5, title: 'moves with its project' }]);
      await seed.risks.raiseAll(await newProject(from), [{ probability: 2, impact: 2, title: 'stays' }]);
      const top = async (portfolio: { gid: string }) =>
        rootField(await server.exec(PEOPLE.executive, TopRisks, { portfolioId: portfolio.gid })).map((risk) => risk.title);
      expect(await top(from)).toEqual(['moves with its project', 'stays']);

      await seed.projects.update(moving, { portfolioId: to.gid }, 'admin');
      expect(await top(from)).toEqual(['stays']);
      expect(await top(to)).toEqual(['moves with its project']);
      await seed.risks.raiseAll(moving, [{ probability: 1, impact: 1, title: 'raised after the move' }]);
      expect(await top(to)).toEqual(['moves with its project', 'raised after the move']);
    });
  });

  describe('filters and ordering', () => {
    let portfolio: { id: string; gid: string };
    let f1: { id: string; gid: string };
    let f2: { id: string; gid: string };
    beforeAll(async () => {
      portfolio = await seed.portfolio.create();
      f1 = await newProject(portfolio, { members: ['member'] });
      f2 = await newProject(portfolio, { members: ['dev'] });
      await seed.risks.raiseAll(f1, [
        { probability: 5, impact: 4, title: 'F-a', owner: 'member', category: 'TECHNICAL', dueInDays: 20 },
        { probability: 2, impact: 2, title: 'F-b', owner: 'manager', category: 'COST', status: 'MITIGATING', dueInDays: 2 },
        { probability: 4, impact: 4, title: 'F-c', category: 'SECURITY', status: 'CLOSED' },
      ]);
      await seed.risks.raiseAll(f2, [
        { probability: 3, impact: 5, title: 'F-d', category: 'SCHEDULE', status: 'ASSESSED', dueInDays: 9 },
        { probability: 1, impact: 3, title: 'F-e', owner: 'dev', category: 'TECHNICAL', status: 'REALIZED' },
      ]);
    });

    const list = async (as: Person, filter: Record<string, unknown>, orderBy?: { field: 'SCORE' | 'DUE_DATE' | 'TITLE' | 'STATUS' | 'CREATED_AT' | 'UPDATED_AT'; direction?: 'ASC' | 'DESC' }[]) => {
      const connection = rootField(await server.exec(PEOPLE[as], RiskList, { filter: { portfolioId: portfolio.gid, ...filter }, orderBy }));
      expect(connection.totalCount).toBe(connection.edges.length);
      return titles(connection);
    };

    it('by portfolio (highest score first), project, status, category, minimum score and owner, alone and combined', async () => {
      expect(await list('admin', {})).toEqual(['F-a', 'F-c', 'F-d', 'F-b', 'F-e']);
      expect(await list('admin', { projectId: f2.gid })).toEqual(['F-d', 'F-e']);
      expect(await list('admin', { status: ['IDENTIFIED', 'ASSESSED', 'MITIGATING'] })).toEqual(['F-a', 'F-d', 'F-b']);
      expect(await list('admin', { status: ['REALIZED', 'CLOSED'] })).toEqual(['F-c', 'F-e']);
      expect(await list('admin', { category: ['COST', 'SCHEDULE'] })).toEqual(['F-d', 'F-b']);
      expect(await list('admin', { minScore: 15 })).toEqual(['F-a', 'F-c', 'F-d']);
      expect(await list('admin', { ownerId: user('member') })).toEqual(['F-a']);
      expect(await list('admin', { ownerId: user('dev'), category: ['TECHNICAL'] })).toEqual(['F-e']);
      expect(await list('admin', { status: ['IDENTIFIED', 'MITIGATING'], minScore: 4, projectId: f1.gid })).toEqual(['F-a', 'F-b']);
      expect(await list('member', {})).toEqual(['F-a', 'F-c', 'F-b']);
    });

    it('orders by any field, the id breaking ties', async () => {
      expect(await list('admin', {}, [{ field: 'TITLE', direction: 'DESC' }])).toEqual(['F-e', 'F-d', 'F-c', 'F-b', 'F-a']);
      expect(await list('admin', { status: ['IDENTIFIED', 'ASSESSED', 'MITIGATING'] }, [{ field: 'DUE_DATE' }])).toEqual(['F-b', 'F-d', 'F-a']);
      expect(await list('admin', {}, [{ field: 'SCORE', direction: 'ASC' }])).toEqual(['F-e', 'F-b', 'F-d', 'F-c', 'F-a']);
    });

    it('project.risks takes the same filter', async () => {
      const project = rootField(await server.exec(PEOPLE.member, ProjectRisks, { id: f1.gid, filter: { status: ['CLOSED'] } }));
      expect(project?.risks.totalCount).toBe(1);
      expect(titles(project!.risks)).toEqual(['F-c']);
    });

    it('rejects a bad minimum score and an id of the wrong type', async () => {
      const low = await server.exec(PEOPLE.admin, RiskList, { filter: { minScore: 0 } });
      expect(low.errors?.[0]?.message).toContain('minScore must be between 1 and 25');
      const wrong = await server.exec(PEOPLE.admin, RiskList, { filter: { ownerId: f1.gid } });
      expect(wrong.errors?.map((error) => error.message)).toEqual(['Invalid input: Expected the ID of a User']);
    });
  });

  describe('facts', () => {
    it('project.facts holds the risks.* counts of open risks, and follows changes', async () => {
      const project = await newProject(await seed.portfolio.create());
      const facts = async () => (rootField(await server.exec(PEOPLE.admin, ProjectFacts, { id: project.gid }))?.facts as { risks: unknown }).risks;
      expect(await facts()).toEqual({ open: 0, high: 0, critical: 0, maxScore: 0, overdue: 0, unowned: 0 });

      const raise = (fields: Partial<CreateRiskInput>) => created('manager', newRisk(project.gid, fields));
      const critical = await raise({ probability: 5, impact: 4, ownerId: user('member'), dueDate: daysFromToday(-2) }); // 20, overdue
      await raise({ probability: 3, impact: 5, dueDate: daysFromToday(2) }); // 15, unowned
      await raise({ probability: 2, impact: 2, dueDate: daysFromToday(0) }); // 4, unowned, due today: not overdue
      const closing = await raise({ probability: 5, impact: 5, dueDate: daysFromToday(-9) });
      const realizing = await raise({ probability: 4, impact: 4, ownerId: user('manager') });
      expectType(await close('manager', closing.id, 1), 'MutationCloseRiskSuccess');
      expectType(await realize('manager', realizing.id, 1), 'MutationRealizeRiskSuccess');
      expect(await facts()).toEqual({ open: 3, high: 2, critical: 1, maxScore: 20, overdue: 1, unowned: 2 });

      await updated('manager', { id: critical.id, version: 1, impact: 1, dueDate: null, ownerId: null });
      expect(await facts()).toEqual({ open: 3, high: 1, critical: 0, maxScore: 15, overdue: 0, unowned: 3 });
      // Team members never see the facts document (it holds money).
      expect(rootField(await server.exec(PEOPLE.member, ProjectFacts, { id: project.gid }))).toEqual({ facts: null });
    });
  });

  describe('statements per request', () => {
    async function statements<V>(as: Person, document: TypedDocumentNode<unknown, V>, variables: V) {
      return server.countStatements(async () => {
        const result = await server.exec(PEOPLE[as], document, variables);
        expect(result.errors).toBeUndefined();
      });
    }

    it('are the same for 5 and 50 risks, as a portfolio owner and as a team member', async () => {
      const portfolio = await seed.portfolio.create();
      const projects: Handle[] = [];
      for (let i = 0; i < 5; i++) projects.push(await newProject(portfolio, { members: ['member', 'dev'] }));
      const owners = ['member', 'manager', undefined, 'dev', 'owner'] as const;
      const add = async (count: number, offset: number) => {
        for (let i = offset; i < offset + count; i++) {
          await seed.risks.raiseAll(projects[i % 5]!, [{ probability: (i % 5) + 1, impact: ((i * 3) % 5) + 1, owner: owners[(i * 2) % 5] }]);
        }
      };
      const measure = async () => ({
        owner: await statements('owner', RisksNested, { portfolioId: portfolio.gid }),
        member: await statements('member', RisksNested, { portfolioId: portfolio.gid }),
        matrix: await statements('owner', MatrixNested, { portfolioId: portfolio.gid }),
        memberMatrix: await statements('member', MatrixNested, { portfolioId: portfolio.gid }),
      });
      await add(5, 0);
      const small = await measure();
      await add(45, 5);
      const large = await measure();
      const listed = rootField(await server.exec(PEOPLE.member, RisksNested, { portfolioId: portfolio.gid }));
      expect(listed.edges).toHaveLength(50);
      expect(large).toEqual(small);
      console.info(`[risks] statements for 5 and for 50 risks: ${JSON.stringify(small)}`);
      // The matrix: one query for the grid, one for the cells' risks, one per relation selected on them.
      expect(small.matrix - small.owner).toBeLessThanOrEqual(1);
    });
  });
});
