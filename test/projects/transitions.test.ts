// The project lifecycle through the API: PROPOSED → APPROVED → ACTIVE ⇄ ON_HOLD → COMPLETED, and
// CANCELLED from any open status. Every one of the 36 (from, to) pairs is tried as the PMO admin:
// allowed ones change the status and write one audit event; the others return
// InvalidTransitionError and leave the database exactly as it was.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../../server/platform/db/generated/prisma/client.js';
import type { ProjectStatus } from '../gql/graphql.js';
import { graphql } from '../gql/index.js';
import { backends } from '../support/databases.js';
import type { TestServer } from '../support/harness.js';
import { gid, uniqueCode } from '../support/ids.js';
import { CORE_TABLES, rootField, snapshot } from '../support/results.js';
import { type Scenario, startScenario } from '../support/scenarios/index.js';
import { ALLOWED, STATUSES } from './lifecycle-table.js';

const Transition = graphql(`
  mutation LifecycleTransition($input: TransitionProjectInput!) {
    transitionProject(input: $input) {
      __typename
      ... on MutationTransitionProjectSuccess { data { status version allowedTransitions } }
      ... on Error { message }
      ... on InvalidTransitionError { from to allowed }
      ... on ConflictError { currentVersion }
      ... on NotFoundError { entityType }
      ... on ValidationError { issues { path message } }
    }
  }
`);
const ProjectLifecycle = graphql(`
  query LifecycleProject($id: ID!) {
    project(id: $id) {
      status
      version
      allowedTransitions
      auditTrail(first: 10) { edges { node { action actor { email } before after } } }
    }
  }
`);
const SeededLifecycles = graphql(`
  query LifecycleSeeded {
    projects(first: 100, orderBy: [{ field: CODE }]) { edges { node { code status allowedTransitions } } }
  }
`);

const ADMIN = 'admin@pmo.local';
const PAIRS = STATUSES.flatMap((from) => STATUSES.map((to) => [from, to] as const));

describe.each(backends())('project lifecycle on %s', (backend) => {
  let server: TestServer;
  let prisma: PrismaClient;
  let seed: Scenario;
  let adminId: string;
  const dbState = () => snapshot(prisma, CORE_TABLES);

  beforeAll(async () => {
    ({ server, prisma, seed } = await startScenario(backend, { label: 'Lifecycle' }));
    adminId = seed.people.id('admin');
  });
  afterAll(() => server?.close());

  /**
   * A project already in `status` at version 1 with no audit trail (written directly, see
   * ProjectScenario.writeDirectly): each case asserts version 2 and the one audit event of the
   * transition under test.
   */
  const projectIn = (status: ProjectStatus) =>
    seed.projects.writeDirectly({ portfolio: seed.portfolio.digital, status, code: uniqueCode('LC'), manager: 'manager' });

  const transition = async (id: string, status: ProjectStatus, extra: { version?: number; reason?: string } = {}) =>
    rootField(await server.exec(ADMIN, Transition, { input: { id: gid('Project', id), status, ...extra } }));

  describe('every (from, to) pair', () => {
    it.each(PAIRS.filter(([from, to]) => ALLOWED[from].includes(to)))('%s → %s is allowed', async (from, to) => {
      const project = await projectIn(from);
      const auditBefore = await prisma.auditEvent.count();
      const result = await transition(project.id, to);
      expect(result).toEqual({
        __typename: 'MutationTransitionProjectSuccess',
        data: { status: to, version: 2, allowedTransitions: ALLOWED[to] },
      });
      expect(await prisma.project.findUniqueOrThrow({ where: { id: project.id } })).toMatchObject({ status: to, version: 2 });
      expect(await prisma.auditEvent.count()).toBe(auditBefore + 1);
      const event = await prisma.auditEvent.findFirstOrThrow({ where: { projectId: project.id } });
      expect(event).toMatchObject({
        action: 'project.transitioned', entityType: 'Project', entityId: project.id, actorId: adminId,
        before: { status: from }, after: { status: to, reason: null },
      });
    });

    it.each(PAIRS.filter(([from, to]) => !ALLOWED[from].includes(to)))('%s → %s is an InvalidTransitionError', async (from, to) => {
      const project = await projectIn(from);
      const before = await dbState();
      const result = await transition(project.id, to);
      const allowed = ALLOWED[from];
      expect(result).toEqual({
        __typename: 'InvalidTransitionError',
        message: `A ${from} project cannot become ${to}` + (allowed.length ? ` (allowed: ${allowed.join(', ')})` : ' (it is closed)'),
        from,
        to,
        allowed,
      });
      expect(await dbState()).toEqual(before);
    });

    it('covers 10 allowed and 26 rejected pairs', () => {
      expect(PAIRS.filter(([from, to]) => ALLOWED[from].includes(to))).toHaveLength(10);
      expect(PAIRS.filter(([from, to]) => !ALLOWED[from].includes(to))).toHaveLength(26);
    });
  });

  it('walks a project through its whole life, each step in the audit trail', async () => {
    const project = await projectIn('PROPOSED');
    const steps: [ProjectStatus, string][] = [
      ['APPROVED', 'Business case accepted'],
      ['ACTIVE', 'Kick-off held'],
      ['ON_HOLD', 'Vendor dispute'],
      ['ACTIVE', 'Dispute settled'],
      ['COMPLETED', 'Accepted by the sponsor'],
    ];
    let version = 1;
    for (const [status, reason] of steps) {
      const result = await transition(project.id, status, { version, reason });
      expect(result).toEqual({
        __typename: 'MutationTransitionProjectSuccess',
        data: { status, version: ++version, allowedTransitions: ALLOWED[status] },
      });
    }
    const read = rootField(await server.exec(ADMIN, ProjectLifecycle, { id: gid('Project', project.id) }));
    expect(read).toMatchObject({ status: 'COMPLETED', version: 6, allowedTransitions: [] });
    const trail = read!.auditTrail.edges.map(({ node }) => node);
    const statuses = ['PROPOSED', ...steps.map(([status]) => status)];
    expect(trail).toEqual(
      steps
        .map(([status, reason], i) => ({
          action: 'project.transitioned', actor: { email: ADMIN }, before: { status: statuses[i] }, after: { status, reason },
        }))
        .reverse(),
    );
  });

  it('a stale version is a ConflictError and changes nothing', async () => {
    // Someone else edits the project after it was read at version 1.
    const project = await projectIn('APPROVED');
    await seed.projects.update(project, { name: 'Edited elsewhere' });
    const before = await dbState();
    expect(await transition(project.id, 'ACTIVE', { version: 1 })).toEqual({
      __typename: 'ConflictError',
      message: 'The project was changed by someone else (now at version 2): reload it and try again',
      currentVersion: 2,
    });
    expect(await dbState()).toEqual(before);
  });

  it('a stale version is reported before an invalid transition', async () => {
    const project = await projectIn('COMPLETED');
    const result = await transition(project.id, 'ACTIVE', { version: 5 });
    expect(result).toEqual({
      __typename: 'ConflictError',
      message: 'The project was changed by someone else (now at version 1): reload it and try again',
      currentVersion: 1,
    });
  });

  it('a project that does not exist is a NotFoundError', async () => {
    const before = await dbState();
    expect(await transition(randomUUID(), 'APPROVED')).toEqual({ __typename: 'NotFoundError', message: 'Project not found', entityType: 'Project' });
    expect(await dbState()).toEqual(before);
  });

  it('a reason over 2000 characters is a ValidationError', async () => {
    const project = await projectIn('PROPOSED');
    const before = await dbState();
    const result = await transition(project.id, 'APPROVED', { reason: 'r'.repeat(2001) });
    // zod's default wording, unlike the other inputs' "must be at most N characters".
    const message = 'Too big: expected string to have <=2000 characters';
    expect(result).toEqual({ __typename: 'ValidationError', message: `Invalid input: ${message}`, issues: [{ path: ['input', 'reason'], message }] });
    expect(await dbState()).toEqual(before);
  });

  it('allowedTransitions of the seeded projects (one in each status) follows the lifecycle', async () => {
    const projects = rootField(await server.exec(ADMIN, SeededLifecycles)).edges.map(({ node }) => node);
    const seeded = projects.filter(({ code }) => !code.startsWith('LC-'));
    expect(new Set(seeded.map(({ status }) => status))).toEqual(new Set(STATUSES));
    for (const project of seeded) expect(project.allowedTransitions, project.code).toEqual(ALLOWED[project.status]);
  });
});
