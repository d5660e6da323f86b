// Organisation policies through the real API on both backends: the PMO creates, changes, enables
// and disables them (invalid input changes nothing); a dry run reports exactly what enabling
// then stores; scopes filter by portfolio, status, methodology and budget; results appear in
// compliance beside the methodology's with source POLICY; a BLOCKING policy refuses forward
// transitions and phase advances with PolicyViolationError until waived, an ADVISORY one does not.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../../server/platform/db/generated/prisma/client.js';
import { graphql } from '../gql/index.js';
import { backends } from '../support/databases.js';
import { inDays } from '../support/dates.js';
import type { TestServer } from '../support/harness.js';
import { dbId, gid } from '../support/ids.js';
import { dataOf, expectType, expectUnchanged, rootField, validationError } from '../support/results.js';
import { type Handle, PEOPLE, type ProjectHandle, type Scenario, startScenario } from '../support/scenarios/index.js';
import { twoStage } from '../methodology/manifests.js';
import { EvaluateCompliance } from '../methodology/operations.js';

const PolicyFields = graphql(`
  fragment PolicyFields on Policy {
    id key name description version enabled mode severity message check
    scope { portfolios { id } statuses methodologyKeys minBudget }
  }
`);
void PolicyFields;

const Create = graphql(`
  mutation PolicyCreate($input: CreatePolicyInput!) {
    createPolicy(input: $input) { __typename ... on MutationCreatePolicySuccess { data { ...PolicyFields } } ...ErrorFields }
  }
`);
const Update = graphql(`
  mutation PolicyUpdate($input: UpdatePolicyInput!) {
    updatePolicy(input: $input) { __typename ... on MutationUpdatePolicySuccess { data { ...PolicyFields } } ...ErrorFields }
  }
`);
const SetEnabled = graphql(`
  mutation PolicySetEnabled($input: SetPolicyEnabledInput!) {
    setPolicyEnabled(input: $input) { __typename ... on MutationSetPolicyEnabledSuccess { data { id enabled version } } ...ErrorFields }
  }
`);
const DryRun = graphql(`
  query PolicyDryRun($input: DryRunPolicyInput!) {
    dryRunPolicy(input: $input) {
      __typename
      ... on QueryDryRunPolicySuccess {
        data { evaluated failing { project { code } evidence waived } blockedTransitions { project { code } kind from to } }
      }
      ...ErrorFields
    }
  }
`);
const Policies = graphql(`
  query PolicyList($first: Int) { policies(first: $first) { totalCount edges { node { key version scope { portfolios { name } } createdBy { email } } } } }
`);
const Results = graphql(`
  query PolicyResults($id: ID!) {
    project(id: $id) {
      code
      complianceResults { ruleKey source passed waived severity message evidence methodologyKey policyVersion policy { key } }
      compliance { failing blocking }
    }
  }
`);
const Transition = graphql(`
  mutation PolicyTransition($input: TransitionProjectInput!) {
    transitionProject(input: $input) {
      __typename
      ... on MutationTransitionProjectSuccess { data { status } }
      ... on PolicyViolationError { message failingPolicies { policyKey severity message evidence policy { key } } }
      ...ErrorFields
    }
  }
`);
const Advance = graphql(`
  mutation PolicyAdvance($input: AdvancePhaseInput!) {
    advancePhase(input: $input) {
      __typename
      ... on MutationAdvancePhaseSuccess { data { currentPhase { key } } }
      ... on PolicyViolationError { message failingPolicies { policyKey evidence } }
      ...ErrorFields
    }
  }
`);
const Waive = graphql(`
  mutation PolicyWaive($input: WaiveRuleInput!) {
    waiveRule(input: $input) { __typename ... on MutationWaiveRuleSuccess { data { id ruleKey active } } ...ErrorFields }
  }
`);

/** A methodology whose gates check nothing: only policies can stop its phase advances. */
const openGates = (key: string) => {
  const manifest = twoStage(key);
  return {
    ...manifest,
    phases: manifest.phases.map((phase) => ({ ...phase, gate: { rules: [] } })),
    rules: manifest.rules.filter((rule) => rule.severity !== 'BLOCKER' && !['report-submitted'].includes(rule.key)),
  };
};

const NEEDS_SPONSOR = { '!!': [{ var: 'project.hasSponsor' }] };
const NEVER = { '<': [{ var: 'project.budget' }, 0] };

describe.each(backends())('organisation policies on %s', (backend) => {
  let server: TestServer;
  let prisma: PrismaClient;
  let seed: Scenario;
  let p1: Handle;
  let p2: Handle;
  /** P1: big, no sponsor, on the open-gates methodology, PROPOSED. */
  let big: ProjectHandle;
  /** P1: small, sponsored, no methodology, APPROVED. */
  let small: ProjectHandle;
  /** P2: big, no sponsor, no methodology, ACTIVE. */
  let other: ProjectHandle;
  /** P2: on two-stage (with its own rules), sponsored, PROPOSED. */
  let ruled: ProjectHandle;
  let counter = 0;

  beforeAll(async () => {
    ({ server, prisma, seed } = await startScenario(backend, { label: 'Policies' }));
    await seed.methodology.install(openGates('open-gates'));
    await seed.methodology.install(twoStage('pol-two'));
    p1 = await seed.portfolio.create({ name: 'Policies one' });
    p2 = await seed.portfolio.create({ name: 'Policies two' });
    big = await seed.projects.create({ portfolio: p1, manager: 'manager', budget: '500000.00', methodologyKey: 'open-gates', code: 'POL-BIG' });
    small = await seed.projects.create({ portfolio: p1, manager: 'manager', sponsor: 'executive', budget: '50000.00', status: 'APPROVED', code: 'POL-SMALL' });
    other = await seed.projects.create({ portfolio: p2, manager: 'manager', budget: '900000.00', status: 'ACTIVE', code: 'POL-OTHER' });
    ruled = await seed.projects.create({ portfolio: p2, manager: 'manager', sponsor: 'executive', budget: '70000.00', methodologyKey: 'pol-two', code: 'POL-RULED' });
  });
  afterAll(() => server?.close());

  const policyInput = (overrides: Record<string, unknown> = {}) => ({
    key: `sponsor-needed-${++counter}`,
    name: 'Big projects need a sponsor',
    description: 'Sponsorship is what the steering committee asks first.',
    scope: { portfolioIds: [p1.gid, p2.gid], minBudget: '100000' },
    check: NEEDS_SPONSOR,
    severity: 'BLOCKER' as const,
    message: 'A project of 100,000 or more needs a sponsor.',
    mode: 'ADVISORY' as const,
    ...overrides,
  });
  const create = (input: ReturnType<typeof policyInput>, as: string = PEOPLE.admin) => server.exec(as, Create, { input }).then(rootField);
  const dryRun = (policy: ReturnType<typeof policyInput>, as: string = PEOPLE.admin) => server.exec(as, DryRun, { input: { policy } }).then(rootField);
  const results = async (project: Handle, as: string = PEOPLE.admin) => dataOf(await server.exec(as, Results, { id: project.gid })).project!;
  const policyResults = async (project: Handle, key: string) => (await results(project)).complianceResults.filter((r) => r.ruleKey === `policy:${key}`);
  const failingCodes = (run: { failing: { project: { code: string } }[] }) => run.failing.map((f) => f.project.code).sort();
  const transition = (project: Handle, status: 'APPROVED' | 'ACTIVE' | 'ON_HOLD' | 'CANCELLED' | 'COMPLETED', as: string = PEOPLE.admin) =>
    server.exec(as, Transition, { input: { id: project.gid, status } }).then(rootField);
  const version = async (project: Handle) => (await prisma.project.findUniqueOrThrow({ where: { id: project.id } })).version;
  const disable = async (id: string) => expectType(await server.exec(PEOPLE.admin, SetEnabled, { input: { id, enabled: false } }).then(rootField), 'MutationSetPolicyEnabledSuccess');
  /** What a refused change must leave alone: projects, audit trail, stored results, policies, waivers. */
  const unchanged = <T>(work: () => Promise<T>) =>
    expectUnchanged(prisma, ['projects', 'auditEvents', 'evaluations'], async () => {
      const before = [await prisma.policy.findMany({ orderBy: { id: 'asc' } }), await prisma.projectPhase.findMany({ orderBy: { id: 'asc' } })];
      const result = await work();
      expect([await prisma.policy.findMany({ orderBy: { id: 'asc' } }), await prisma.projectPhase.findMany({ orderBy: { id: 'asc' } })]).toEqual(before);
      return result;
    });

  it('refuses invalid policies with every problem under its input path, and changes nothing; only the PMO manages them', async () => {
    const bad = policyInput({
      key: 'Not A Key',
      name: ' ',
      message: 'x'.repeat(501),
      scope: { portfolioIds: [p1.gid, gid('Portfolio', '00000000-0000-7000-8000-000000000000')], minBudget: '-1', methodologyKeys: ['nope'] },
      check: { and: [{ var: 'fields.secret' }, { method: ['x', 'toString'] }] },
    });
    const refused = await unchanged(() => create(bad));
    expect(refused).toMatchObject({ __typename: 'ValidationError' });
    const paths = (refused as { issues: { path: string[] }[] }).issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(
      expect.arrayContaining(['input.key', 'input.name', 'input.message', 'input.scope.minBudget', 'input.scope.portfolioIds.1', 'input.scope.methodologyKeys.0']),
    );
    expect(paths.filter((path) => path.startsWith('input.check')).length).toBeGreaterThanOrEqual(2);
    // The dry run answers the same problems, under input.policy.
    const dry = (await dryRun(bad)) as { __typename: string; issues: { path: string[] }[] };
    expect(dry.__typename).toBe('ValidationError');
    expect(dry.issues.map((i) => i.path.join('.'))).toEqual(paths.map((path) => path.replace(/^input/, 'input.policy')));
    // A scope's portfolio ids must name portfolios.
    const wrongType = await unchanged(() => create(policyInput({ scope: { portfolioIds: [gid('User', '00000000-0000-7000-8000-000000000000')] } })));
    expect(wrongType).toMatchObject({ __typename: 'ValidationError', issues: [{ path: ['input', 'scope', 'portfolioIds', '0'] }] });
    for (const who of [PEOPLE.owner, PEOPLE.manager, PEOPLE.executive]) {
      expect(await unchanged(() => create(policyInput(), who))).toMatchObject({ __typename: 'ForbiddenError' });
      expect(await dryRun(policyInput(), who)).toMatchObject({ __typename: 'ForbiddenError' });
    }
    const taken = expectType(await create(policyInput()), 'MutationCreatePolicySuccess').data;
    expect(await unchanged(() => create(policyInput({ key: taken.key })))).toMatchObject({ __typename: 'ConflictError' });
    await disable(taken.id);
  });

  it('reports in a dry run exactly what enabling then stores: the same failing projects with the same evidence', async () => {
    const input = policyInput({ mode: 'BLOCKING' });
    const run = expectType(await unchanged(() => dryRun(input)), 'QueryDryRunPolicySuccess').data;
    expect(run.evaluated).toBe(2); // big and other: the only ones of 100,000 or more in P1 and P2
    expect(run.failing).toEqual([
      { project: { code: 'POL-BIG' }, evidence: { 'project.hasSponsor': false }, waived: false },
      { project: { code: 'POL-OTHER' }, evidence: { 'project.hasSponsor': false }, waived: false },
    ]);
    expect(run.blockedTransitions).toEqual(
      expect.arrayContaining([
        { project: { code: 'POL-BIG' }, kind: 'STATUS', from: 'PROPOSED', to: 'APPROVED' },
        { project: { code: 'POL-BIG' }, kind: 'PHASE', from: 'build', to: 'close' },
        { project: { code: 'POL-OTHER' }, kind: 'STATUS', from: 'ACTIVE', to: 'COMPLETED' },
      ]),
    );
    expect(run.blockedTransitions).toHaveLength(3); // never ON_HOLD or CANCELLED
    // ADVISORY blocks nothing, so its dry run lists no moves.
    expect(expectType(await dryRun({ ...input, mode: 'ADVISORY' }), 'QueryDryRunPolicySuccess').data.blockedTransitions).toEqual([]);

    const created = expectType(await create(input), 'MutationCreatePolicySuccess').data;
    const stored = [];
    for (const project of [big, small, other, ruled]) {
      for (const r of await policyResults(project, input.key)) stored.push({ code: project.code, ...r });
    }
    expect(stored.map((r) => r.code).sort()).toEqual(['POL-BIG', 'POL-OTHER']);
    expect(stored.filter((r) => !r.passed).map((r) => ({ project: { code: r.code }, evidence: r.evidence, waived: r.waived }))).toEqual(
      run.failing.map((f) => ({ project: f.project, evidence: f.evidence, waived: f.waived })),
    );
    expect(stored[0]).toMatchObject({ source: 'POLICY', severity: 'BLOCKER', methodologyKey: null, policyVersion: 1, policy: { key: input.key } });
    // Re-evaluated from the full facts document (a change of facts), the result is the same as
    // from the few facts the dry run and enabling load.
    expectType(await server.exec(PEOPLE.manager, EvaluateCompliance, { input: { projectId: big.gid } }).then(rootField), 'MutationEvaluateComplianceSuccess');
    const again = await policyResults(big, input.key);
    expect(again.map((r) => ({ passed: r.passed, evidence: r.evidence }))).toEqual([{ passed: false, evidence: run.failing[0]!.evidence }]);
    await disable(created.id);
  });

  it('filters its scope by portfolio, status, methodology and budget', async () => {
    const failing = async (scope: Record<string, unknown>) =>
      failingCodes(expectType(await dryRun(policyInput({ check: NEVER, scope: { portfolioIds: [p1.gid, p2.gid], ...scope } })), 'QueryDryRunPolicySuccess').data);
    expect(await failing({})).toEqual(['POL-BIG', 'POL-OTHER', 'POL-RULED', 'POL-SMALL']);
    expect(await failing({ portfolioIds: [p2.gid] })).toEqual(['POL-OTHER', 'POL-RULED']);
    expect(await failing({ statuses: ['APPROVED', 'ACTIVE'] })).toEqual(['POL-OTHER', 'POL-SMALL']);
    expect(await failing({ methodologyKeys: ['pol-two'] })).toEqual(['POL-RULED']);
    expect(await failing({ methodologyKeys: ['open-gates', 'pol-two'] })).toEqual(['POL-BIG', 'POL-RULED']);
    expect(await failing({ minBudget: '70000' })).toEqual(['POL-BIG', 'POL-OTHER', 'POL-RULED']);
    expect(await failing({ minBudget: '70000.01', statuses: ['PROPOSED'] })).toEqual(['POL-BIG']);
  });

  it('joins the methodology results in compliance with source POLICY, and its counts follow enabling and disabling', async () => {
    const input = policyInput({ check: NEVER, severity: 'WARNING', scope: { portfolioIds: [p2.gid] } });
    const before = await results(ruled);
    expect(before.complianceResults.every((r) => r.source === 'METHODOLOGY')).toBe(true);
    const created = expectType(await create(input), 'MutationCreatePolicySuccess').data;
    const during = await results(ruled);
    expect(during.complianceResults.map((r) => r.source).sort()).toEqual([...before.complianceResults.map(() => 'METHODOLOGY'), 'POLICY'].sort());
    expect(during.complianceResults.find((r) => r.source === 'POLICY')).toMatchObject({ ruleKey: `policy:${input.key}`, passed: false, severity: 'WARNING', policy: { key: input.key } });
    expect(during.compliance.failing).toBe(before.compliance.failing + 1);
    await disable(created.id);
    const after = await results(ruled);
    expect(after.complianceResults).toEqual(before.complianceResults);
    expect(after.compliance).toEqual(before.compliance);
    const enabled = await server.exec(PEOPLE.admin, SetEnabled, { input: { id: created.id, enabled: true, version: created.version + 1 } }).then(rootField);
    expect(enabled).toMatchObject({ __typename: 'MutationSetPolicyEnabledSuccess', data: { enabled: true, version: created.version + 2 } });
    expect((await results(ruled)).compliance.failing).toBe(before.compliance.failing + 1);
    const actions = await prisma.auditEvent.findMany({ where: { entityType: 'Policy', entityId: dbId(created.id) }, orderBy: { id: 'asc' }, select: { action: true } });
    expect(actions.map((a) => a.action).slice(-3)).toEqual(['policy.created', 'policy.disabled', 'policy.enabled']);
    await disable(created.id);
  });

  it('updates with the version read (stale is a ConflictError that changes nothing), audited with before and after', async () => {
    const created = expectType(await create(policyInput({ check: NEVER, scope: { portfolioIds: [p1.gid] } })), 'MutationCreatePolicySuccess').data;
    expect(await unchanged(() => server.exec(PEOPLE.admin, Update, { input: { id: created.id, version: created.version + 1, name: 'Later' } }).then(rootField))).toMatchObject({
      __typename: 'ConflictError', currentVersion: created.version,
    });
    expect(await unchanged(() => server.exec(PEOPLE.admin, Update, { input: { id: created.id, version: created.version, check: { var: 'fields.x' } } }).then(rootField))).toMatchObject({
      __typename: 'ValidationError',
    });
    expect(await unchanged(() => server.exec(PEOPLE.owner, Update, { input: { id: created.id, version: created.version, name: 'Later' } }).then(rootField))).toMatchObject({
      __typename: 'ForbiddenError',
    });
    const updated = expectType(
      await server.exec(PEOPLE.admin, Update, { input: { id: created.id, version: created.version, name: 'Later', scope: { portfolioIds: [p2.gid] } } }).then(rootField),
      'MutationUpdatePolicySuccess',
    ).data;
    expect(updated).toMatchObject({ name: 'Later', version: created.version + 1, scope: { portfolios: [{ id: p2.gid }] } });
    // Its results moved with the scope.
    expect(await policyResults(big, created.key)).toEqual([]);
    expect((await policyResults(other, created.key)).map((r) => r.policyVersion)).toEqual([created.version + 1]);
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { action: 'policy.updated' }, orderBy: { id: 'desc' } });
    expect(event).toMatchObject({ before: { name: created.name, version: created.version }, after: { name: 'Later', version: created.version + 1 } });
    const listed = dataOf(await server.exec(PEOPLE.manager, Policies, { first: 100 })).policies;
    expect(listed.edges.map((e) => e.node.key)).toContain(created.key);
    expect(await server.exec(PEOPLE.member, Policies, { first: 5 })).toMatchObject({ errors: [expect.anything()] });
    await disable(created.id);
  });

  it('BLOCKING refuses forward transitions and phase advances with PolicyViolationError and changes nothing; ADVISORY does not; a waiver lifts the block', async () => {
    const input = policyInput({ mode: 'BLOCKING', scope: { portfolioIds: [p1.gid, p2.gid], minBudget: '100000', statuses: ['PROPOSED', 'ACTIVE'] } });
    const created = expectType(await create(input), 'MutationCreatePolicySuccess').data;
    const refused = await unchanged(() => transition(big, 'APPROVED'));
    expect(refused).toMatchObject({
      __typename: 'PolicyViolationError',
      failingPolicies: [{ policyKey: input.key, severity: 'BLOCKER', message: input.message, evidence: { 'project.hasSponsor': false }, policy: { key: input.key } }],
    });
    const advance = await unchanged(() => server.exec(PEOPLE.manager, Advance, { input: { projectId: big.gid, version: big.version } }).then(rootField));
    expect(advance).toMatchObject({ __typename: 'PolicyViolationError', failingPolicies: [{ policyKey: input.key, evidence: { 'project.hasSponsor': false } }] });
    expect(await unchanged(() => transition(other, 'COMPLETED'))).toMatchObject({ __typename: 'PolicyViolationError' });
    // Stopping stays possible.
    expect(await transition(other, 'ON_HOLD')).toMatchObject({ __typename: 'MutationTransitionProjectSuccess', data: { status: 'ON_HOLD' } });
    expect(await transition(other, 'ACTIVE')).toMatchObject({ __typename: 'MutationTransitionProjectSuccess' }); // ON_HOLD is out of scope

    // A waiver of "policy:<key>" lifts the block (the project has no methodology: still waivable).
    const waiver = await server.exec(PEOPLE.owner, Waive, { input: { projectId: other.gid, ruleKey: `policy:${input.key}`, reason: 'Sponsor named at the next board', expiresAt: inDays(10) } }).then(rootField);
    expect(waiver).toMatchObject({ __typename: 'MutationWaiveRuleSuccess', data: { ruleKey: `policy:${input.key}`, active: true } });
    expect((await policyResults(other, input.key))[0]).toMatchObject({ passed: false, waived: true });
    expect(await transition(other, 'COMPLETED')).toMatchObject({ __typename: 'MutationTransitionProjectSuccess', data: { status: 'COMPLETED' } });
    expect(await server.exec(PEOPLE.owner, Waive, { input: { projectId: big.gid, ruleKey: 'policy:no-such-policy', reason: 'x', expiresAt: inDays(10) } }).then(rootField)).toMatchObject({
      __typename: 'ValidationError',
    });

    // ADVISORY: the same failure is reported, nothing is blocked.
    const updated = expectType(await server.exec(PEOPLE.admin, Update, { input: { id: created.id, version: created.version, mode: 'ADVISORY' } }).then(rootField), 'MutationUpdatePolicySuccess').data;
    expect((await policyResults(big, input.key))[0]).toMatchObject({ passed: false, waived: false });
    const advanced = await server.exec(PEOPLE.manager, Advance, { input: { projectId: big.gid, version: await version(big) } }).then(rootField);
    expect(advanced).toMatchObject({ __typename: 'MutationAdvancePhaseSuccess', data: { currentPhase: { key: 'close' } } });
    expect(await transition(big, 'APPROVED')).toMatchObject({ __typename: 'MutationTransitionProjectSuccess' });
    await disable(updated.id);
  });

  it('lists policies and dry-runs them in a number of statements independent of the number of policies and projects', async () => {
    const portfolio = await seed.portfolio.create({ name: 'Policies counted' });
    const count = (work: () => Promise<unknown>) => server.countStatements(work);
    const runOnce = async () => {
      let answer: { evaluated: number } | undefined;
      const statements = await count(async () => {
        answer = expectType(await dryRun(policyInput({ check: NEVER, mode: 'BLOCKING', scope: { portfolioIds: [portfolio.gid] } })), 'QueryDryRunPolicySuccess').data;
      });
      return { statements, evaluated: answer!.evaluated };
    };
    await seed.methodology.writeProjectsDirectly(portfolio, 5, 0);
    await runOnce(); // methodologies compiled and cached
    const few = await runOnce();
    await seed.methodology.writeProjectsDirectly(portfolio, 45, 5);
    const many = await runOnce();
    expect([few.evaluated, many.evaluated]).toEqual([5, 50]);
    expect(many.statements).toBe(few.statements);

    const list = async () => count(async () => expect((await server.exec(PEOPLE.executive, Policies, { first: 100 })).errors).toBeUndefined());
    await disable(expectType(await create(policyInput({ check: NEVER, scope: { portfolioIds: [portfolio.gid] } })), 'MutationCreatePolicySuccess').data.id);
    const listFew = await list();
    for (let i = 0; i < 5; i++) await disable(expectType(await create(policyInput({ check: NEVER, scope: { portfolioIds: [portfolio.gid] } })), 'MutationCreatePolicySuccess').data.id);
    expect(await list()).toBe(listFew);
  });
});
