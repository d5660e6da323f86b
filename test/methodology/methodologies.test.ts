// The methodology engine through real GraphQL: the registry and the PMO's configuration
// mutations, projects run by a methodology (pinned version, phases, deliverables, typed project
// fields) and stored compliance results. Gates and deliverables have their own suites beside this
// one (gates.test.ts, deliverables.test.ts), as have the pure engine's parts (compose, evaluate,
// validate, field-values, builtin-plugins).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../../server/platform/db/generated/prisma/client.js';
import { graphql } from '../gql/index.js';
import { backends } from '../support/databases.js';
import type { TestServer } from '../support/harness.js';
import { inDays } from '../support/dates.js';
import { dbId, uniqueCode } from '../support/ids.js';
import { dataOf, success } from '../support/results.js';
import { PEOPLE, type Scenario, startScenario } from '../support/scenarios/index.js';
import { InstallMethodology, ProjectHistory, resultOf } from '../support/scenarios/methodology.js';
import { builtInManifest, type BuiltInManifest, SPONSOR_RULE, twoStage } from './manifests.js';
import { AdvancePhase, CreateProject, EvaluateCompliance, SetMethodologyEnabled, TransitionProject, UpdateProject, WaiveRule } from './operations.js';

const Registry = graphql(`
  query MethRegistry($filter: MethodologyFilter) {
    methodologies(first: 100, filter: $filter) {
      edges {
        node {
          key version name description enabled builtIn extends lineage
          projectFields { key type label required default options }
          phases { key name deliverables gate { rules } }
          templates { key name submitRoles approveRoles fields { key type required } }
          rules { key kind severity appliesTo { phases statuses } check message }
          riskTriggers { key severity when message }
        }
      }
    }
  }
`);

const OneMethodology = graphql(`
  query MethOne($key: String!, $version: String) {
    methodology(key: $key, version: $version) { id key version enabled }
  }
`);

const Validate = graphql(`
  query MethValidate($manifest: JSON!) {
    validateMethodology(manifest: $manifest) { valid problems { path message } }
  }
`);

const ProjectFacts = graphql(`
  query MethProjectFacts($id: ID!) {
    project(id: $id) { facts }
  }
`);

const AddMember = graphql(`
  mutation MethAddMember($input: AddProjectMemberInput!) {
    addProjectMember(input: $input) { __typename ... on MutationAddProjectMemberSuccess { data { id } } ...ErrorFields }
  }
`);
const RemoveMember = graphql(`
  mutation MethRemoveMember($input: RemoveProjectMemberInput!) {
    removeProjectMember(input: $input) { __typename ... on MutationRemoveProjectMemberSuccess { data { id } } ...ErrorFields }
  }
`);
const Align = graphql(`
  mutation MethAlign($input: AlignProjectInput!) {
    alignProject(input: $input) { __typename ... on MutationAlignProjectSuccess { data { id } } ...ErrorFields }
  }
`);

const PortfolioCompliance = graphql(`
  query MethPortfolioCompliance($id: ID!) {
    portfolio(id: $id) {
      compliance { failing blocking projectsEvaluated projectsBlocked bySeverity { severity passed failing failed waived } }
    }
  }
`);

const NPlusOne = graphql(`
  query MethNPlusOne($portfolioId: ID!) {
    projects(first: 50, filter: { portfolioId: $portfolioId }) {
      edges {
        node {
          facts
          compliance { failing }
          complianceResults { ruleKey }
          currentPhase { key }
          deliverables { key }
          fields { key value }
        }
      }
    }
  }
`);

const UpdateProjectPayload = graphql(`
  mutation MethUpdateProjectPayload($input: UpdateProjectInput!) {
    updateProject(input: $input) {
      __typename
      ... on MutationUpdateProjectSuccess { data { id fields { key value } currentPhase { key } } }
    }
  }
`);

const AddMemberTypename = graphql(`
  mutation MethAddMemberTypename($input: AddProjectMemberInput!) {
    addProjectMember(input: $input) { __typename }
  }
`);
const UpdateProjectTypename = graphql(`
  mutation MethUpdateProjectTypename($input: UpdateProjectInput!) {
    updateProject(input: $input) { __typename }
  }
`);

const NON_ADMINS = [PEOPLE.owner, PEOPLE.otherOwner, PEOPLE.manager, PEOPLE.otherManager, PEOPLE.executive, PEOPLE.member];
const DEFAULT_SUBMIT = ['PROJECT_MANAGER'];
const DEFAULT_APPROVE = ['PORTFOLIO_MANAGER', 'PMO_ADMIN'];

/** What the API must show for a manifest section, from the manifest as written (defaults applied). */
function expectedDefinitions(manifest: Pick<BuiltInManifest, 'projectFields' | 'phases' | 'templates' | 'rules' | 'riskTriggers'>) {
  return {
    projectFields: manifest.projectFields.map((f) => ({
      key: f.key, type: f.type, label: f.label ?? f.key, required: f.required ?? false, default: f.default ?? null, options: f.options ?? null,
    })),
    phases: manifest.phases.map((p) => ({ key: p.key, name: p.name, deliverables: p.deliverables, gate: p.gate ?? null })),
    templates: manifest.templates.map((t) => ({
      key: t.key, name: t.name, submitRoles: t.submitRoles ?? DEFAULT_SUBMIT, approveRoles: t.approveRoles ?? DEFAULT_APPROVE,
      fields: t.fields.map((f) => ({ key: f.key, type: f.type, required: f.required ?? false })),
    })),
    rules: manifest.rules.map((r) => ({
      key: r.key, kind: r.kind, severity: r.severity, check: r.check, message: r.message,
      appliesTo: r.appliesTo ? { phases: r.appliesTo.phases ?? null, statuses: r.appliesTo.statuses ?? null } : null,
    })),
    riskTriggers: manifest.riskTriggers.map((t) => ({ key: t.key, severity: t.severity, when: t.when, message: t.message })),
  };
}

/** Composition by key, as documented: a later definition replaces an earlier one in its first position. */
function mergeByKey<T extends { key: string }>(...lists: T[][]): T[] {
  const merged = new Map<string, T>();
  for (const item of lists.flat()) merged.set(item.key, item);
  return [...merged.values()];
}

describe.each(backends())('methodology API on %s', (backend) => {
  let server: TestServer;
  let prisma: PrismaClient;
  let seed: Scenario;

  beforeAll(async () => {
    ({ server, prisma, seed } = await startScenario(backend, { label: 'Methodology' }));
  });
  afterAll(() => server?.close());

  const install = async (manifest: unknown, as: string = PEOPLE.admin) =>
    dataOf(await server.exec(as, InstallMethodology, { input: { manifest } })).installMethodology;
  const setEnabled = async (input: { key: string; version?: string; enabled: boolean }, as: string = PEOPLE.admin) =>
    dataOf(await server.exec(as, SetMethodologyEnabled, { input })).setMethodologyEnabled;
  const methodologyAudit = (entityId: string) =>
    prisma.auditEvent.findMany({ where: { entityType: 'Methodology', entityId }, orderBy: { createdAt: 'asc' }, select: { action: true, actorId: true, before: true, after: true } });
  const registryCounts = async () => ({ methodologies: await prisma.methodology.count(), audit: await prisma.auditEvent.count() });

  describe('registry', () => {
    it('lists the three built-ins with phases, templates, rules, risk triggers and project fields', async () => {
      const nodes = dataOf(await server.exec(PEOPLE.member, Registry, {})).methodologies.edges.map((e) => e.node);
      const builtIns = nodes.filter((node) => node.builtIn);
      expect(builtIns.map((n) => [n.key, n.version, n.enabled])).toEqual([
        ['agile', '1.1.0', true],
        ['hybrid', '1.1.0', true],
        ['waterfall', '1.2.0', true],
      ]);
      for (const key of ['waterfall', 'agile'] as const) {
        const manifest = builtInManifest(key);
        const node = builtIns.find((n) => n.key === key)!;
        expect(node).toMatchObject({ name: manifest.name, description: manifest.description, extends: [], lineage: [`${key}@${key === 'waterfall' ? '1.2.0' : '1.1.0'}`] });
        expect(node).toMatchObject(expectedDefinitions(manifest));
      }
      // hybrid composes waterfall then agile, overriding by key, phases in its phaseOrder.
      const [waterfall, agile, hybrid] = (['waterfall', 'agile', 'hybrid'] as const).map(builtInManifest) as [BuiltInManifest, BuiltInManifest, BuiltInManifest];
      const node = builtIns.find((n) => n.key === 'hybrid')!;
      expect(node.extends).toEqual(['waterfall', 'agile']);
      expect(node.lineage).toEqual(['waterfall@1.2.0', 'agile@1.1.0', 'hybrid@1.1.0']);
      const phases = mergeByKey(waterfall.phases, agile.phases, hybrid.phases);
      const order = ['initiation', 'planning', 'iterations', 'release', 'closure'];
      expect(node).toMatchObject(
        expectedDefinitions({
          projectFields: mergeByKey(waterfall.projectFields, agile.projectFields, hybrid.projectFields),
          phases: order.map((key) => phases.find((p) => p.key === key)!),
          templates: mergeByKey(waterfall.templates, agile.templates, hybrid.templates ?? []),
          rules: mergeByKey(waterfall.rules, agile.rules, hybrid.rules),
          riskTriggers: mergeByKey(waterfall.riskTriggers, agile.riskTriggers, hybrid.riskTriggers),
        }),
      );
      expect(node.phases.map((p) => p.name)).toEqual(['Initiation', 'Planning', 'Iterations (Sprints)', 'Release and acceptance', 'Closure']);
      expect([node.projectFields.length, node.templates.length, node.rules.length, node.riskTriggers.length]).toEqual([11, 13, 38, 10]);
    });

    it('answers methodology(key, version): the newest version without one, null for unknown keys and versions', async () => {
      const newest = dataOf(await server.exec(PEOPLE.manager, OneMethodology, { key: 'waterfall' })).methodology;
      const pinned = dataOf(await server.exec(PEOPLE.manager, OneMethodology, { key: 'waterfall', version: '1.2.0' })).methodology;
      expect(newest).toMatchObject({ key: 'waterfall', version: '1.2.0', enabled: true });
      expect(pinned).toEqual(newest);
      expect(dataOf(await server.exec(PEOPLE.manager, OneMethodology, { key: 'waterfall', version: '9.9.9' })).methodology).toBeNull();
      expect(dataOf(await server.exec(PEOPLE.manager, OneMethodology, { key: 'no-such-plugin' })).methodology).toBeNull();
      const anonymous = await server.exec(null, OneMethodology, { key: 'waterfall' });
      expect(anonymous.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    });

    it('validateMethodology reports every problem with its path, and changes nothing', async () => {
      const before = await registryCounts();
      const validate = async (manifest: unknown) => dataOf(await server.exec(PEOPLE.admin, Validate, { manifest })).validateMethodology;

      expect(await validate(twoStage('dry-run'))).toEqual({ valid: true, problems: [] });

      const unknownRefs = twoStage('broken-refs');
      unknownRefs.phases[0]!.deliverables = ['spec', 'blueprint'];
      unknownRefs.phases[1]!.gate = { rules: ['report-approved'] };
      unknownRefs.rules[0]!.appliesTo = { phases: ['design'] };
      expect(await validate(unknownRefs)).toEqual({
        valid: false,
        problems: [
          { path: ['phases', '0', 'deliverables', '1'], message: 'unknown template "blueprint" (known: spec, report)' },
          { path: ['phases', '0', 'gate', 'rules', '0'], message: 'rule "spec-approved" gates phase "build" but its appliesTo.phases leaves that phase out' },
          { path: ['phases', '1', 'gate', 'rules', '0'], message: 'unknown rule "report-approved" (known: spec-approved, budget-set, report-submitted, high-risk-reviewed, estimate-known)' },
          { path: ['rules', '0', 'appliesTo', 'phases', '0'], message: 'unknown phase "design" (this methodology\'s phases: build, close)' },
        ],
      });

      const cyclic = { ...twoStage('self-made'), extends: ['self-made', 'no-such-parent'] };
      expect(await validate(cyclic)).toEqual({
        valid: false,
        problems: [
          { path: ['extends', '0'], message: 'a plugin cannot extend itself (self-made → self-made)' },
          { path: ['extends', '1'], message: 'no installed plugin has the key "no-such-parent"' },
        ],
      });

      const many = twoStage('many-problems', '1.0');
      many.rules.push({ ...many.rules[1]! });
      many.rules[2]!.check = { method: [{ var: 'project.name' }, 'toUpperCase'] };
      many.rules[3]!.check = { '==': [{ var: 'project.colour' }, 'red'] };
      many.rules[4]!.check = { regex: ['a', 'b'] };
      expect(await validate(many)).toEqual({
        valid: false,
        problems: [
          { path: ['version'], message: 'must be a semantic version such as 1.0.0 or 2.1.0-beta.1' },
          { path: ['rules', '5', 'key'], message: 'duplicate key "budget-set" (already used at index 1)' },
          { path: ['rules', '2', 'check', 'method'], message: 'operator "method" is not allowed: plugins are data and may not call methods' },
          { path: ['rules', '3', 'check', '==', '0', 'var'], message: 'unknown fact variable "project.colour" (see the facts reference for the variables a rule can read)' },
          { path: ['rules', '4', 'check', 'regex'], message: 'unknown or disallowed operator "regex"' },
        ],
      });

      expect(await registryCounts()).toEqual(before);
      expect(dataOf(await server.exec(PEOPLE.admin, OneMethodology, { key: 'dry-run' })).methodology).toBeNull();
    });

    it('validateMethodology is for the PMO only', async () => {
      for (const as of NON_ADMINS) {
        const result = await server.exec(as, Validate, { manifest: twoStage('dry-run') });
        expect({ as, codes: result.errors?.map((e) => e.extensions?.code), data: result.data }).toEqual({ as, codes: ['FORBIDDEN'], data: null });
      }
    });

    it('installs a new key, then a new version of it (upgrade), each with an audit event', async () => {
      const installed = success(await install(twoStage('relay')));
      expect(installed).toMatchObject({ key: 'relay', version: '1.0.0', name: 'Two-stage relay', enabled: true, builtIn: false, lineage: ['relay@1.0.0'], extends: [] });
      const upgraded = success(await install(twoStage('relay', '1.1.0', [SPONSOR_RULE])));
      expect(upgraded).toMatchObject({ key: 'relay', version: '1.1.0', lineage: ['relay@1.1.0'] });

      const admin = seed.people.id('admin');
      expect(await methodologyAudit(dbId(installed.id))).toEqual([
        { action: 'methodology.installed', actorId: admin, before: null, after: { key: 'relay', version: '1.0.0', previousVersions: [] } },
      ]);
      expect(await methodologyAudit(dbId(upgraded.id))).toEqual([
        { action: 'methodology.upgraded', actorId: admin, before: null, after: { key: 'relay', version: '1.1.0', previousVersions: ['1.0.0'] } },
      ]);
      const listed = dataOf(await server.exec(PEOPLE.manager, Registry, { filter: { key: 'relay' } })).methodologies.edges.map((e) => e.node);
      expect(listed.map((n) => [n.version, n.rules.map((r) => r.key)])).toEqual([
        ['1.1.0', ['spec-approved', 'budget-set', 'report-submitted', 'high-risk-reviewed', 'estimate-known', 'sponsor-named']],
        ['1.0.0', ['spec-approved', 'budget-set', 'report-submitted', 'high-risk-reviewed', 'estimate-known']],
      ]);
      expect(dataOf(await server.exec(PEOPLE.manager, OneMethodology, { key: 'relay' })).methodology).toMatchObject({ version: '1.1.0' });

      // A plugin extending a built-in is composed at install time.
      const child = { key: 'waterfall-regulated', name: 'Regulated waterfall', version: '1.0.0', extends: ['waterfall'],
        projectFields: [{ key: 'regulated', type: 'boolean', label: 'Regulated', default: true, required: true }] };
      expect(success(await install(child))).toMatchObject({ lineage: ['waterfall@1.2.0', 'waterfall-regulated@1.0.0'], extends: ['waterfall'] });
    });

    it('refuses an invalid manifest with every path and message, and changes nothing', async () => {
      const before = await registryCounts();
      const broken = { ...twoStage('broken-install'), version: 'v2', phases: [{ key: 'build', name: 'Build', deliverables: ['spec', 'ghost'] }], colour: 'red' };
      broken.rules[1]!.message = '';
      expect(await install(broken)).toEqual({
        __typename: 'ValidationError',
        message: 'The manifest has 5 problem(s)',
        issues: [
          { path: ['input', 'manifest', 'version'], message: 'must be a semantic version such as 1.0.0 or 2.1.0-beta.1' },
          { path: ['input', 'manifest', 'rules', '1', 'message'], message: 'must not be empty' },
          { path: ['input', 'manifest', 'colour'], message: 'unknown property "colour"' },
          { path: ['input', 'manifest', 'phases', '0', 'deliverables', '1'], message: 'unknown template "ghost" (known: spec, report)' },
          { path: ['input', 'manifest', 'rules', '2', 'appliesTo', 'phases', '0'], message: 'unknown phase "close" (this methodology\'s phases: build)' },
        ],
      });
      expect(await registryCounts()).toEqual(before);
      expect(dataOf(await server.exec(PEOPLE.admin, OneMethodology, { key: 'broken-install' })).methodology).toBeNull();
    });

    it('gives a problem the same path array in validateMethodology as in the ValidationError of installMethodology', async () => {
      const broken = { ...twoStage('same-paths'), version: 'v2', phases: [{ key: 'build', name: 'Build', deliverables: ['spec', 'ghost'] }] };
      broken.rules[1]!.check = { '==': [{ var: 'project.colour' }, 'red'] };
      const report = dataOf(await server.exec(PEOPLE.admin, Validate, { manifest: broken })).validateMethodology;
      const refused = await install(broken);
      expect(refused.__typename).toBe('ValidationError');
      const issues = refused.__typename === 'ValidationError' ? refused.issues : [];
      expect(report.problems.length).toBeGreaterThan(2);
      expect(report.problems).toEqual(issues.map((issue) => ({ path: issue.path.slice(2), message: issue.message })));
      expect(report.problems).toContainEqual(expect.objectContaining({ path: ['rules', '1', 'check', '==', '0', 'var'] }));
      // The whole document is the empty path.
      const notAnObject = dataOf(await server.exec(PEOPLE.admin, Validate, { manifest: [] })).validateMethodology;
      expect(notAnObject.problems.map((problem) => problem.path)).toEqual([[]]);
    });

    it('refuses a key and version that are already installed (ConflictError)', async () => {
      const before = await registryCounts();
      expect(await install(builtInManifest('waterfall'))).toEqual({
        __typename: 'ConflictError',
        message: 'waterfall 1.2.0 is already installed: give the new manifest a new version',
        currentVersion: null,
      });
      expect(await registryCounts()).toEqual(before);
    });

    it('lets only the PMO install, enable and disable (ForbiddenError for every other role)', async () => {
      const before = await registryCounts();
      for (const as of NON_ADMINS) {
        const installResult = await install(twoStage('not-allowed'), as);
        const disableResult = await setEnabled({ key: 'waterfall', enabled: false }, as);
        expect({ as, install: installResult.__typename, disable: disableResult.__typename }).toEqual({ as, install: 'ForbiddenError', disable: 'ForbiddenError' });
      }
      const anonymous = await server.exec(null, InstallMethodology, { input: { manifest: twoStage('not-allowed') } });
      expect(anonymous.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
      expect(await registryCounts()).toEqual(before);
      expect(dataOf(await server.exec(PEOPLE.admin, OneMethodology, { key: 'waterfall' })).methodology?.enabled).toBe(true);
    });

    it('rejects rules that reach for prototypes or call methods, with their paths', async () => {
      const before = await registryCounts();
      const unsafe = twoStage('sneaky');
      unsafe.rules[1]!.check = { '==': [{ var: '__proto__' }, null] };
      unsafe.rules[2]!.check = { var: 'constructor' };
      unsafe.rules[3]!.check = { '!!': [{ var: 'project.__proto__.polluted' }] };
      unsafe.rules[4]!.check = { '==': [{ var: ['deliverables.spec.constructor.prototype', 1] }, 1] };
      unsafe.riskTriggers[0]!.when = { method: [{ var: 'project.name' }, 'constructor'] } as never;
      const result = await install(unsafe);
      expect(result.__typename).toBe('ValidationError');
      expect(result).toEqual({
        __typename: 'ValidationError',
        message: 'The manifest has 5 problem(s)',
        issues: [
          { path: ['input', 'manifest', 'rules', '1', 'check', '==', '0', 'var'], message: 'var path "__proto__" uses "__proto__", which could reach a prototype; it is never allowed' },
          { path: ['input', 'manifest', 'rules', '2', 'check', 'var'], message: 'var path "constructor" uses "constructor", which could reach a prototype; it is never allowed' },
          { path: ['input', 'manifest', 'rules', '3', 'check', '!!', '0', 'var'], message: 'var path "project.__proto__.polluted" uses "__proto__", which could reach a prototype; it is never allowed' },
          { path: ['input', 'manifest', 'rules', '4', 'check', '==', '0', 'var', '0'], message: 'var path "deliverables.spec.constructor.prototype" uses "constructor", which could reach a prototype; it is never allowed' },
          { path: ['input', 'manifest', 'riskTriggers', '0', 'when', 'method'], message: 'operator "method" is not allowed: plugins are data and may not call methods' },
        ],
      });
      expect(await registryCounts()).toEqual(before);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });

    it('disables a methodology: no new projects on it, while its running projects keep working on their pinned version', async () => {
      success(await install(twoStage('retiring')));
      const running = await seed.projects.create({ portfolio: seed.portfolio.digital, manager: 'manager', methodologyKey: 'retiring', budget: '5000.00' });

      const disabled = success(await setEnabled({ key: 'retiring', enabled: false }));
      expect(disabled).toEqual([{ key: 'retiring', version: '1.0.0', enabled: false }]);
      const row = await prisma.methodology.findUniqueOrThrow({ where: { key_version: { key: 'retiring', version: '1.0.0' } } });
      expect((await methodologyAudit(row.id)).map((e) => [e.action, e.before, e.after])).toEqual([
        ['methodology.installed', null, { key: 'retiring', version: '1.0.0', previousVersions: [] }],
        ['methodology.disabled', { enabled: true }, { enabled: false }],
      ]);

      const attempt = (methodologyVersion?: string) =>
        server.exec(PEOPLE.owner, CreateProject, {
          input: { code: uniqueCode('RET'), name: 'Too late', portfolioId: seed.portfolio.digital.gid, managerId: seed.people.gid('manager'), methodologyKey: 'retiring', methodologyVersion },
        });
      expect(dataOf(await attempt()).createProject).toEqual({
        __typename: 'ValidationError', message: 'Invalid input: retiring is disabled: it cannot start new projects',
        issues: [{ path: ['input', 'methodologyKey'], message: 'retiring is disabled: it cannot start new projects' }],
      });
      expect(dataOf(await attempt('1.0.0')).createProject).toEqual({
        __typename: 'ValidationError', message: 'Invalid input: retiring 1.0.0 is disabled: it cannot start new projects',
        issues: [{ path: ['input', 'methodologyVersion'], message: 'retiring 1.0.0 is disabled: it cannot start new projects' }],
      });

      // The running project still evaluates and advances on its pinned version.
      const evaluated = success(dataOf(await server.exec(PEOPLE.manager, EvaluateCompliance, { input: { projectId: running.gid } })).evaluateCompliance);
      expect(evaluated.complianceResults.map((r) => [r.ruleKey, r.passed])).toEqual([
        ['spec-approved', false], ['budget-set', true], ['high-risk-reviewed', true], ['estimate-known', true],
      ]);
      const state = await seed.methodology.state(running, 'manager');
      await seed.methodology.fillSubmitApprove(state.deliverables.find((d) => d.key === 'spec')!, { summary: 'Scope' }, 'manager', 'owner');
      const advanced = dataOf(await server.exec(PEOPLE.manager, AdvancePhase, { input: { projectId: running.gid, version: state.version } })).advancePhase;
      expect(success(advanced)).toMatchObject({ phases: [{ key: 'build', status: 'COMPLETED' }, { key: 'close', status: 'ACTIVE' }] });
      expect((await seed.methodology.state(running, 'manager')).methodology).toEqual({ key: 'retiring', version: '1.0.0' });

      expect(dataOf(await server.exec(PEOPLE.admin, Registry, { filter: { enabled: false } })).methodologies.edges.map((e) => e.node.key)).toEqual(['retiring']);
      expect(success(await setEnabled({ key: 'retiring', enabled: true }))).toEqual([{ key: 'retiring', version: '1.0.0', enabled: true }]);
      expect(dataOf(await attempt()).createProject.__typename).toBe('MutationCreateProjectSuccess');
      expect(await setEnabled({ key: 'never-installed', enabled: false })).toEqual({
        __typename: 'NotFoundError', message: 'Methodology not found', entityType: 'Methodology',
      });
    });

    it('disabling one version makes new projects take the newest enabled one', async () => {
      success(await install(twoStage('stepping')));
      success(await install(twoStage('stepping', '2.0.0')));
      expect(success(await setEnabled({ key: 'stepping', version: '2.0.0', enabled: false }))).toEqual([{ key: 'stepping', version: '2.0.0', enabled: false }]);
      const project = dataOf(await server.exec(PEOPLE.owner, CreateProject, {
        input: { code: uniqueCode('STP'), name: 'Stepping', portfolioId: seed.portfolio.digital.gid, methodologyKey: 'stepping' },
      })).createProject;
      expect(success(project).methodology).toEqual({ key: 'stepping', version: '1.0.0' });
    });
  });

  describe('projects run by a methodology', () => {
    it('createProject instantiates phases (first active), deliverables from the templates and project fields with defaults', async () => {
      const project = await seed.projects.create({
        portfolio: seed.portfolio.digital, manager: 'manager', sponsor: 'executive', methodologyKey: 'waterfall', budget: '100000.00',
      });
      const state = await seed.methodology.state(project, 'manager');
      expect(state.methodology).toEqual({ key: 'waterfall', version: '1.2.0' });
      expect(state.phases.map((p) => [p.key, p.name, p.position, p.status, p.startedAt !== null, p.completedAt])).toEqual([
        ['initiation', 'Initiation', 0, 'ACTIVE', true, null],
        ['planning', 'Planning', 1, 'PENDING', false, null],
        ['execution', 'Execution', 2, 'PENDING', false, null],
        ['monitoring-and-control', 'Monitoring and Control', 3, 'PENDING', false, null],
        ['closure', 'Closure', 4, 'PENDING', false, null],
      ]);
      expect(state.currentPhase).toEqual({ key: 'initiation' });
      // Ordered by phase key, then template key.
      expect(state.deliverables.map((d) => [d.key, d.name, d.phaseKey, d.status, d.fields, d.version])).toEqual([
        ['lessons-learned', 'Lessons learned', 'closure', 'NOT_STARTED', {}, 1],
        ['status-report', 'Status report', 'execution', 'NOT_STARTED', {}, 1],
        ['charter', 'Project charter', 'initiation', 'NOT_STARTED', {}, 1],
        ['acceptance-sign-off', 'Acceptance sign-off', 'monitoring-and-control', 'NOT_STARTED', {}, 1],
        ['project-management-plan', 'Project management plan', 'planning', 'NOT_STARTED', {}, 1],
        ['requirements-specification', 'Requirements specification', 'planning', 'NOT_STARTED', {}, 1],
        ['test-plan', 'Test plan', 'planning', 'NOT_STARTED', {}, 1],
      ]);
      expect(state.deliverables.find((d) => d.key === 'charter')!.missingFields).toEqual([
        'businessCase', 'objectives', 'highLevelScope', 'successCriteria', 'sponsor', 'estimatedBudget', 'targetEndDate',
      ]);
      expect(state.fields).toEqual([
        { key: 'regulated', value: false },
        { key: 'contractType', value: 'INTERNAL' },
        { key: 'contractEndDate', value: null },
        { key: 'contingencyReservePercent', value: 10 },
        { key: 'documentRepositoryUrl', value: null },
      ]);
    });

    it('takes a methodologyVersion and field values', async () => {
      const project = await seed.projects.create({
        portfolio: seed.portfolio.digital, methodologyKey: 'agile', methodologyVersion: '1.1.0',
        fields: { productOwner: 'Ada Lovelace', teamSize: 5, releaseCadence: 'MONTHLY', boardUrl: 'https://board.example/team' },
      });
      const state = await seed.methodology.state(project, 'owner');
      expect(state.methodology).toEqual({ key: 'agile', version: '1.1.0' });
      expect(state.fields).toEqual([
        { key: 'productOwner', value: 'Ada Lovelace' },
        { key: 'teamSize', value: 5 },
        { key: 'sprintLengthDays', value: 14 },
        { key: 'releaseCadence', value: 'MONTHLY' },
        { key: 'boardUrl', value: 'https://board.example/team' },
      ]);
      expect(state.phases.map((p) => [p.key, p.status])).toEqual([['discovery', 'ACTIVE'], ['iterations', 'PENDING'], ['release', 'PENDING']]);

      // hybrid: the phases of its phaseOrder, the deliverables and fields of both parents and its own.
      const hybrid = await seed.methodology.state(await seed.projects.create({ portfolio: seed.portfolio.digital, methodologyKey: 'hybrid' }), 'owner');
      expect(hybrid.phases.map((p) => [p.key, p.status])).toEqual([
        ['initiation', 'ACTIVE'], ['planning', 'PENDING'], ['iterations', 'PENDING'], ['release', 'PENDING'], ['closure', 'PENDING'],
      ]);
      expect(hybrid.deliverables.map((d) => `${d.phaseKey}/${d.key}`)).toEqual([
        'closure/lessons-learned', 'initiation/charter',
        'iterations/retrospective', 'iterations/sprint-goal', 'iterations/sprint-review', 'iterations/status-report',
        'planning/definition-of-done', 'planning/product-backlog', 'planning/project-management-plan', 'planning/requirements-specification', 'planning/test-plan',
        'release/acceptance-sign-off', 'release/release-notes',
      ]);
      expect(hybrid.fields.map((f) => [f.key, f.value])).toEqual([
        ['regulated', false], ['contractType', 'INTERNAL'], ['contractEndDate', null], ['contingencyReservePercent', 10], ['documentRepositoryUrl', null],
        ['productOwner', null], ['teamSize', 7], ['sprintLengthDays', 14], ['releaseCadence', 'EVERY_SPRINT'], ['boardUrl', null],
        ['scopeTolerancePercent', 10],
      ]);
    });

    it('validates project field values against the plugin types, every problem at once, creating nothing', async () => {
      const code = uniqueCode('BADF');
      const result = dataOf(await server.exec(PEOPLE.owner, CreateProject, {
        input: {
          code, name: 'Bad fields', portfolioId: seed.portfolio.digital.gid, methodologyKey: 'waterfall',
          fields: {
            regulated: 'yes', contractType: 'BARTER', contractEndDate: '2026-02-30', contingencyReservePercent: 'ten',
            documentRepositoryUrl: 'ftp://files.example/x', colour: 'red',
          },
        },
      })).createProject;
      expect(result).toEqual({
        __typename: 'ValidationError',
        message: 'Invalid input (6 problems)',
        issues: [
          { path: ['input', 'fields', 'regulated'], message: 'expected true or false, got "yes"' },
          { path: ['input', 'fields', 'contractType'], message: 'expected one of "INTERNAL", "FIXED_PRICE", "TIME_AND_MATERIALS", "COST_REIMBURSABLE", got "BARTER"' },
          { path: ['input', 'fields', 'contractEndDate'], message: 'expected a date "YYYY-MM-DD", got "2026-02-30"' },
          { path: ['input', 'fields', 'contingencyReservePercent'], message: 'expected a number, got "ten"' },
          { path: ['input', 'fields', 'documentRepositoryUrl'], message: 'expected an http(s) URL, got "ftp://files.example/x"' },
          { path: ['input', 'fields', 'colour'], message: 'Unknown field "colour" (known: regulated, contractType, contractEndDate, contingencyReservePercent, documentRepositoryUrl)' },
        ],
      });
      expect(await prisma.project.count({ where: { code } })).toBe(0);
    });

    it('refuses unknown methodologies and versions, and fields without a methodology', async () => {
      const attempt = async (input: { methodologyKey?: string; methodologyVersion?: string; fields?: unknown }) =>
        dataOf(await server.exec(PEOPLE.owner, CreateProject, { input: { code: uniqueCode('UNK'), name: 'Unknown', portfolioId: seed.portfolio.digital.gid, ...input } })).createProject;
      expect(await attempt({ methodologyKey: 'prince3' })).toMatchObject({
        __typename: 'ValidationError', issues: [{ path: ['input', 'methodologyKey'], message: 'No methodology "prince3" is installed' }],
      });
      expect(await attempt({ methodologyKey: 'waterfall', methodologyVersion: '2.0.0' })).toMatchObject({
        __typename: 'ValidationError', issues: [{ path: ['input', 'methodologyVersion'], message: 'waterfall has no version 2.0.0' }],
      });
      expect(await attempt({ fields: { regulated: true } })).toMatchObject({
        __typename: 'ValidationError', issues: [{ path: ['input', 'fields'], message: 'Fields need a methodology (methodologyKey)' }],
      });
      expect(await attempt({ methodologyKey: 'waterfall', fields: ['regulated'] })).toMatchObject({
        __typename: 'ValidationError', issues: [{ path: ['input', 'fields'], message: 'must be an object of values by key' }],
      });
    });

    it('pins the version: after an upgrade, old projects keep the old version and new ones get the new', async () => {
      success(await install(twoStage('pinning')));
      const old = await seed.projects.create({ portfolio: seed.portfolio.digital, manager: 'manager', methodologyKey: 'pinning', budget: '1000.00' });
      success(await install(twoStage('pinning', '1.1.0', [SPONSOR_RULE])));
      const fresh = await seed.projects.create({ portfolio: seed.portfolio.digital, manager: 'manager', methodologyKey: 'pinning', budget: '1000.00' });

      // Both change after the upgrade, so both are re-evaluated: each on its own version.
      for (const project of [old, fresh]) {
        await seed.projects.update(project, { percentComplete: 10 }, 'manager');
      }
      const oldState = await seed.methodology.state(old, 'manager');
      const freshState = await seed.methodology.state(fresh, 'manager');
      expect(oldState.methodology).toEqual({ key: 'pinning', version: '1.0.0' });
      expect(freshState.methodology).toEqual({ key: 'pinning', version: '1.1.0' });
      expect(new Set(oldState.complianceResults.map((r) => r.methodologyVersion))).toEqual(new Set(['1.0.0']));
      expect(new Set(freshState.complianceResults.map((r) => r.methodologyVersion))).toEqual(new Set(['1.1.0']));
      expect(resultOf(oldState, 'sponsor-named')).toBeUndefined();
      expect(resultOf(freshState, 'sponsor-named')).toMatchObject({ passed: false, severity: 'BLOCKER', evidence: { 'project.hasSponsor': false } });
    });

    it('updateProject validates field values against the plugin types and re-evaluates compliance', async () => {
      const project = await seed.projects.create({ portfolio: seed.portfolio.digital, manager: 'manager', methodologyKey: 'agile' });
      const before = await seed.methodology.state(project, 'manager');
      expect(resultOf(before, 'product-owner-named')).toMatchObject({ passed: false, evidence: { 'fields.productOwner': null } });
      expect(resultOf(before, 'team-size-scrum')).toMatchObject({ passed: true, evidence: { 'fields.teamSize': 7 } });

      const update = async (version: number, fields: unknown) =>
        dataOf(await server.exec(PEOPLE.manager, UpdateProject, { input: { id: project.gid, version, fields } })).updateProject;
      expect(await update(before.version, { teamSize: 7.5, releaseCadence: 'WEEKLY', sprints: 3 })).toEqual({
        __typename: 'ValidationError',
        message: 'Invalid input (3 problems)',
        issues: [
          { path: ['input', 'fields', 'teamSize'], message: 'expected an integer, got 7.5' },
          { path: ['input', 'fields', 'releaseCadence'], message: 'expected one of "EVERY_SPRINT", "MONTHLY", "QUARTERLY", "ON_DEMAND", got "WEEKLY"' },
          { path: ['input', 'fields', 'sprints'], message: 'Unknown field "sprints" (known: productOwner, teamSize, sprintLengthDays, releaseCadence, boardUrl)' },
        ],
      });
      expect((await seed.methodology.state(project, 'manager')).version).toBe(before.version);

      success(await update(before.version, { productOwner: 'Ada Lovelace', teamSize: 12 }));
      const after = await seed.methodology.state(project, 'manager');
      expect(after.fields.slice(0, 2)).toEqual([{ key: 'productOwner', value: 'Ada Lovelace' }, { key: 'teamSize', value: 12 }]);
      expect(resultOf(after, 'product-owner-named')).toMatchObject({ passed: true, evidence: { 'fields.productOwner': 'Ada Lovelace' } });
      expect(resultOf(after, 'team-size-scrum')).toMatchObject({ passed: false, evidence: { 'fields.teamSize': 12 } });

      // null clears an optional field (the others are kept).
      success(await update(after.version, { productOwner: null }));
      expect((await seed.methodology.state(project, 'manager')).fields.slice(0, 2)).toEqual([{ key: 'productOwner', value: null }, { key: 'teamSize', value: 12 }]);
    });

    // Computed fields that declare a Prisma `select` need related rows that a mutation's use case
    // does not load: the payload must still resolve them as a query would.
    it('resolves Project.fields and Project.currentPhase in mutation payloads', async () => {
      const project = await seed.projects.create({ portfolio: seed.portfolio.digital, manager: 'manager', methodologyKey: 'agile' });
      const result = await server.exec(PEOPLE.manager, UpdateProjectPayload, { input: { id: project.gid, version: project.version, fields: { teamSize: 4 } } });
      expect(result.errors).toBeUndefined();
      expect(result.data?.updateProject).toMatchObject({
        data: { currentPhase: { key: 'discovery' }, fields: expect.arrayContaining([{ key: 'teamSize', value: 4 }]) },
      });
    });

    // Only __typename (a common "did it work?" check): the change is committed, so the payload
    // must answer without an error even though it reads nothing of the record.
    it('answers a mutation whose payload selects nothing of the record', async () => {
      const project = await seed.projects.create({ portfolio: seed.portfolio.digital, manager: 'manager', methodologyKey: 'agile' });
      const added = await server.exec(PEOPLE.manager, AddMemberTypename, { input: { projectId: project.gid, userId: seed.people.gid('member'), projectRole: 'Developer' } });
      expect(added).toEqual({ data: { addProjectMember: { __typename: 'MutationAddProjectMemberSuccess' } } });
      const updated = await server.exec(PEOPLE.manager, UpdateProjectTypename, { input: { id: project.gid, version: project.version, name: 'Renamed' } });
      expect(updated).toEqual({ data: { updateProject: { __typename: 'MutationUpdateProjectSuccess' } } });
    });

    // A required project field without a default must be given, and cannot be cleared later.
    it('enforces required project fields on create and update', async () => {
      const manifest = twoStage('strict-fields');
      manifest.projectFields.push({ key: 'costCentre', type: 'text', label: 'Cost centre', required: true } as never);
      success(await install(manifest));
      const created = dataOf(await server.exec(PEOPLE.owner, CreateProject, {
        input: { code: uniqueCode('REQ'), name: 'Required', portfolioId: seed.portfolio.digital.gid, methodologyKey: 'strict-fields' },
      })).createProject;
      expect(created).toEqual({
        __typename: 'ValidationError', message: 'Invalid input: Cost centre is required',
        issues: [{ path: ['input', 'fields', 'costCentre'], message: 'Cost centre is required' }],
      });
      const project = await seed.projects.create({ portfolio: seed.portfolio.digital, methodologyKey: 'strict-fields', fields: { costCentre: 'CC-12' } });
      const cleared = dataOf(await server.exec(PEOPLE.owner, UpdateProject, { input: { id: project.gid, version: project.version, fields: { riskClass: null } } })).updateProject;
      expect(cleared).toEqual({
        __typename: 'ValidationError', message: 'Invalid input: Risk class is required',
        issues: [{ path: ['input', 'fields', 'riskClass'], message: 'Risk class is required' }],
      });
      expect((await seed.methodology.state(project, 'owner')).fields.map((f) => [f.key, f.value])).toEqual([
        ['riskClass', 'LOW'], ['reviewDate', null], ['estimateDays', 20], ['costCentre', 'CC-12'],
      ]);
    });

    it('updateProject(percentComplete, scopePoints, actualCost) changes the facts and re-evaluates', async () => {
      const project = await seed.projects.create({
        portfolio: seed.portfolio.digital, manager: 'manager', sponsor: 'executive', methodologyKey: 'waterfall', budget: '200000.00', scopePoints: 80,
      });
      const rounds = await seed.methodology.evaluationRounds(project);
      const invalid = dataOf(await server.exec(PEOPLE.manager, UpdateProject, { input: { id: project.gid, version: project.version, percentComplete: 101, scopePoints: -1 } })).updateProject;
      expect(invalid).toEqual({
        __typename: 'ValidationError',
        message: 'Invalid input (2 problems)',
        issues: [
          { path: ['input', 'percentComplete'], message: 'must be between 0 and 100' },
          { path: ['input', 'scopePoints'], message: 'must not be negative' },
        ],
      });
      expect(await seed.methodology.evaluationRounds(project)).toBe(rounds);

      const updated = success(dataOf(await server.exec(PEOPLE.manager, UpdateProject, {
        input: { id: project.gid, version: project.version, percentComplete: 40, scopePoints: 95, actualCost: '250000.00' },
      })).updateProject);
      expect(updated).toMatchObject({ version: project.version + 1, percentComplete: 40, scopePoints: 95 });
      expect(await seed.methodology.evaluationRounds(project)).toBe(rounds + 1);
      const facts = dataOf(await server.exec(PEOPLE.manager, ProjectFacts, { id: project.gid })).project!.facts as Record<string, Record<string, unknown>>;
      expect(facts.project).toMatchObject({ percentComplete: 40, scopePoints: 95, budget: 200000, actualCost: 250000 });
      expect(facts.metrics).toMatchObject({ earnedValue: 80000, costVariance: -170000, cpi: 0.32, budgetUsed: 1.25, scopeChange: null });
      const state = await seed.methodology.state(project, 'manager');
      expect(resultOf(state, 'budget-not-exceeded')).toMatchObject({
        passed: false, severity: 'ERROR', evidence: { 'project.actualCost': 250000, 'project.budget': 200000 },
      });
      // Team members never see the facts (they hold money), even on their own projects.
      const crm = await seed.projects.seeded('CRM-2026');
      expect(dataOf(await server.exec(PEOPLE.member, ProjectFacts, { id: crm.gid })).project).toEqual({ facts: null });
    });
  });

  describe('compliance', () => {
    it('stores the result of each rule in force with pass/fail, severity, message and evidence, and a summary by severity', async () => {
      const project = await seed.projects.create({
        portfolio: seed.portfolio.digital, manager: 'manager', sponsor: 'executive', methodologyKey: 'waterfall', budget: '100000.00',
      });
      const state = await seed.methodology.state(project, 'manager');
      // Failing first, then by severity (BLOCKER first), then by key; only initiation's rules and the
      // rules without appliesTo are in force.
      expect(state.complianceResults.map(({ evaluatedAt: _at, ...rest }) => rest)).toEqual([
        {
          ruleKey: 'charter-approved', kind: 'COMPLIANCE', severity: 'BLOCKER', passed: false, waived: false,
          message: 'The charter must be approved before leaving Initiation.',
          evidence: { 'deliverables.charter.status': 'NOT_STARTED' },
          phaseKey: 'initiation', methodologyKey: 'waterfall', methodologyVersion: '1.2.0',
        },
        {
          ruleKey: 'charter-complete', kind: 'QUALITY', severity: 'ERROR', passed: false, waived: false,
          message: 'The charter has required sections left empty.',
          evidence: { 'deliverables.charter.missingFields': ['businessCase', 'objectives', 'highLevelScope', 'successCriteria', 'sponsor', 'estimatedBudget', 'targetEndDate'] },
          phaseKey: 'initiation', methodologyKey: 'waterfall', methodologyVersion: '1.2.0',
        },
        {
          ruleKey: 'sponsor-assigned', kind: 'COMPLIANCE', severity: 'BLOCKER', passed: true, waived: false,
          message: 'A sponsor must be assigned before the project can be authorised.',
          evidence: { 'project.hasSponsor': true },
          phaseKey: 'initiation', methodologyKey: 'waterfall', methodologyVersion: '1.2.0',
        },
        {
          ruleKey: 'budget-not-exceeded', kind: 'COMPLIANCE', severity: 'ERROR', passed: true, waived: false,
          message: 'Actual cost exceeds the approved budget: an approved change request must re-baseline the budget.',
          evidence: { 'project.actualCost': 0, 'project.budget': 100000 },
          phaseKey: 'initiation', methodologyKey: 'waterfall', methodologyVersion: '1.2.0',
        },
        {
          ruleKey: 'initiation-timebox', kind: 'QUALITY', severity: 'INFO', passed: true, waived: false,
          message: 'Initiation has run for more than 45 days; escalate the authorisation decision to the sponsor.',
          evidence: { 'phase.daysInPhase': 0 },
          phaseKey: 'initiation', methodologyKey: 'waterfall', methodologyVersion: '1.2.0',
        },
      ]);
      expect(state.compliance).toEqual({
        failing: 2, blocking: 1, projectsEvaluated: 1, projectsBlocked: 1,
        bySeverity: [
          { severity: 'INFO', passed: 1, failing: 0, failed: 0, waived: 0 },
          { severity: 'WARNING', passed: 0, failing: 0, failed: 0, waived: 0 },
          { severity: 'ERROR', passed: 1, failing: 1, failed: 1, waived: 0 },
          { severity: 'BLOCKER', passed: 1, failing: 1, failed: 1, waived: 0 },
        ],
      });
    });

    it('keeps earlier results as history, and evaluates on demand (managers only)', async () => {
      const project = await seed.projects.create({ portfolio: seed.portfolio.digital, manager: 'manager', methodologyKey: 'agile' });
      await seed.projects.update(project, { fields: { productOwner: 'Ada' } }, 'manager');
      const history = dataOf(await server.exec(PEOPLE.manager, ProjectHistory, { id: project.gid, ruleKey: 'product-owner-named' })).project!.complianceHistory.edges.map((e) => e.node);
      expect(history.map(({ ruleKey, passed, evidence }) => ({ ruleKey, passed, evidence }))).toEqual([
        { ruleKey: 'product-owner-named', passed: true, evidence: { 'fields.productOwner': 'Ada' } },
        { ruleKey: 'product-owner-named', passed: false, evidence: { 'fields.productOwner': null } },
      ]);
      expect(history[0]!.evaluatedAt > history[1]!.evaluatedAt).toBe(true);
      const state = await seed.methodology.state(project, 'manager');
      expect(state.complianceResults).toHaveLength(5); // discovery: 2 everywhere + 3 discovery rules

      const rounds = await seed.methodology.evaluationRounds(project);
      for (const as of [PEOPLE.otherManager, PEOPLE.executive, PEOPLE.member, PEOPLE.otherOwner]) {
        const refused = dataOf(await server.exec(as, EvaluateCompliance, { input: { projectId: project.gid } })).evaluateCompliance;
        expect({ as, type: refused.__typename }).toEqual({ as, type: 'ForbiddenError' });
      }
      expect(await seed.methodology.evaluationRounds(project)).toBe(rounds);
      for (const as of [PEOPLE.manager, PEOPLE.owner, PEOPLE.admin]) {
        const evaluated = success(dataOf(await server.exec(as, EvaluateCompliance, { input: { projectId: project.gid } })).evaluateCompliance);
        expect(evaluated.complianceResults.map((r) => r.ruleKey).sort()).toEqual(state.complianceResults.map((r) => r.ruleKey).sort());
      }
      expect(await seed.methodology.evaluationRounds(project)).toBe(rounds + 3);
      // Only the latest round is "in force".
      expect((await seed.methodology.state(project, 'manager')).complianceResults).toHaveLength(5);
    });

    it('re-evaluates after every mutation that changes the facts', async () => {
      const project = await seed.projects.create({ portfolio: seed.portfolio.digital, manager: 'manager', methodologyKey: 'waterfall', budget: '1000.00' });
      let rounds = await seed.methodology.evaluationRounds(project);
      expect(rounds).toBe(1); // createProject
      let version = project.version;
      const steps: [string, () => Promise<{ __typename: string }>][] = [
        ['updateProject', async () => dataOf(await server.exec(PEOPLE.manager, UpdateProject, { input: { id: project.gid, version, name: 'Renamed' } })).updateProject],
        ['transitionProject', async () => dataOf(await server.exec(PEOPLE.owner, TransitionProject, { input: { id: project.gid, status: 'APPROVED' } })).transitionProject],
        ['addProjectMember', async () => dataOf(await server.exec(PEOPLE.manager, AddMember, { input: { projectId: project.gid, userId: seed.people.gid('member'), projectRole: 'Analyst' } })).addProjectMember],
        ['alignProject', async () => dataOf(await server.exec(PEOPLE.manager, Align, { input: { projectId: project.gid, objectiveId: seed.portfolio.objectives.customerNps.gid, score: 4 } })).alignProject],
        ['removeProjectMember', async () => dataOf(await server.exec(PEOPLE.manager, RemoveMember, { input: { projectId: project.gid, userId: seed.people.gid('member') } })).removeProjectMember],
      ];
      for (const [name, step] of steps) {
        const result = await step();
        expect({ name, type: result.__typename }).toEqual({ name, type: expect.stringMatching(/Success$/) });
        version += 1;
        rounds += 1;
        expect({ name, rounds: await seed.methodology.evaluationRounds(project) }).toEqual({ name, rounds });
      }
      const facts = dataOf(await server.exec(PEOPLE.admin, ProjectFacts, { id: project.gid })).project!.facts as Record<string, Record<string, unknown>>;
      expect(facts.project).toMatchObject({ name: 'Renamed', status: 'APPROVED', objectiveCount: 1, alignmentScore: 0.8 });
      expect(facts.baseline).toEqual({ budget: 1000, targetEndDate: null, scopePoints: null });
      expect(facts.resources).toEqual({ members: 0, weeklyCapacityHours: 0, roles: [], openDemands: 0, overallocatedMembers: 0, skillsCoverage: 1 });
    });

    it("aggregates a portfolio's compliance; a team member counts only the projects they can read", async () => {
      success(await install(twoStage('portfolio-check')));
      const portfolio = await seed.portfolio.create({ name: `Compliance portfolio ${uniqueCode('P')}` });
      const portfolioId = portfolio.gid;
      const unfunded = await seed.projects.create({ portfolio, manager: 'manager', methodologyKey: 'portfolio-check', budget: '0.00' });
      const funded = await seed.projects.create({ portfolio, manager: 'manager', methodologyKey: 'portfolio-check', budget: '9000.00' });
      await seed.projects.addMember(funded, 'member', 'Tester', 'manager');
      const compliance = async (as: string) => dataOf(await server.exec(as, PortfolioCompliance, { id: portfolioId })).portfolio!.compliance;

      // unfunded fails spec-approved and budget-set; funded fails spec-approved; both pass the
      // WARNING and the INFO rule.
      expect(await compliance(PEOPLE.executive)).toEqual({
        failing: 3, blocking: 3, projectsEvaluated: 2, projectsBlocked: 2,
        bySeverity: [
          { severity: 'INFO', passed: 2, failing: 0, failed: 0, waived: 0 },
          { severity: 'WARNING', passed: 2, failing: 0, failed: 0, waived: 0 },
          { severity: 'ERROR', passed: 0, failing: 0, failed: 0, waived: 0 },
          { severity: 'BLOCKER', passed: 1, failing: 3, failed: 3, waived: 0 },
        ],
      });
      expect(await compliance(PEOPLE.member)).toEqual({
        failing: 1, blocking: 1, projectsEvaluated: 1, projectsBlocked: 1,
        bySeverity: [
          { severity: 'INFO', passed: 1, failing: 0, failed: 0, waived: 0 },
          { severity: 'WARNING', passed: 1, failing: 0, failed: 0, waived: 0 },
          { severity: 'ERROR', passed: 0, failing: 0, failed: 0, waived: 0 },
          { severity: 'BLOCKER', passed: 1, failing: 1, failed: 1, waived: 0 },
        ],
      });

      const expiresAt = inDays(7);
      success(dataOf(await server.exec(PEOPLE.owner, WaiveRule, {
        input: { projectId: unfunded.gid, ruleKey: 'budget-set', reason: 'Funded from the programme reserve', expiresAt },
      })).waiveRule);
      expect(await compliance(PEOPLE.admin)).toMatchObject({
        failing: 2, blocking: 2, projectsEvaluated: 2, projectsBlocked: 2,
        bySeverity: expect.arrayContaining([{ severity: 'BLOCKER', passed: 1, failing: 2, failed: 2, waived: 1 }]),
      });
    });
  });

  describe('no N+1 for facts and compliance', () => {
    it('sends the same statements for 5 and for 50 methodology projects', async () => {
      const portfolio = await seed.portfolio.create({ name: 'N+1 methodology portfolio' });
      const measure = async (as: string) => {
        let nodes: { facts: unknown; complianceResults: unknown[]; deliverables: unknown[]; fields: unknown[]; currentPhase: unknown }[] = [];
        const statements = await server.countStatements(async () => {
          nodes = dataOf(await server.exec(as, NPlusOne, { portfolioId: portfolio.gid })).projects.edges.map((e) => e.node);
        });
        return { statements, nodes };
      };
      // Each with a schedule (its facts hold schedule.*, evm.*, agile.*): two linked tasks with progress, a closed iteration.
      const scheduleDirectly = async () => {
        const prisma = server.runtime.db.prisma;
        const projects = await prisma.project.findMany({ where: { portfolioId: portfolio.id, tasks: { none: {} } }, select: { id: true } });
        for (const { id } of projects) {
          await prisma.project.update({ where: { id }, data: { startDate: new Date('2026-03-02'), targetEndDate: new Date('2026-03-31') } });
          const [first, second] = [
            await prisma.task.create({ data: { projectId: id, key: '1', wbsOrder: '0001', name: 'Build', durationDays: 5, budget: '5000' } }),
            await prisma.task.create({ data: { projectId: id, key: '2', wbsOrder: '0002', name: 'Test', durationDays: 3, budget: '3000' } }),
          ];
          await prisma.taskDependency.create({ data: { projectId: id, predecessorId: first.id, successorId: second.id } });
          await prisma.taskProgress.create({ data: { projectId: id, taskId: first.id, asOf: new Date('2026-03-04'), percentComplete: 50, actualCost: '2000' } });
          await prisma.iteration.create({ data: { projectId: id, name: 'Sprint 1', startDate: new Date('2026-03-02'), endDate: new Date('2026-03-13'), completedPoints: 8, status: 'CLOSED' } });
        }
      };
      await seed.methodology.writeProjectsDirectly(portfolio, 5, 0);
      await scheduleDirectly();
      const small = { admin: await measure(PEOPLE.admin), member: await measure(PEOPLE.member) };
      await seed.methodology.writeProjectsDirectly(portfolio, 45, 5);
      await scheduleDirectly();
      const large = { admin: await measure(PEOPLE.admin), member: await measure(PEOPLE.member) };

      // The data really grew, and every part of it was resolved...
      expect([small.admin.nodes.length, large.admin.nodes.length, small.member.nodes.length, large.member.nodes.length]).toEqual([5, 50, 5, 50]);
      for (const node of large.admin.nodes) {
        expect(node.facts).toMatchObject({ schedule: { tasks: 2, criticalTasks: 2 }, evm: { bac: 8000, ev: 2500, ac: 2000 }, agile: { closedIterations: 1 } });
        expect(node.complianceResults.length).toBeGreaterThan(0);
        expect(node.deliverables.length).toBeGreaterThan(0);
        expect(node.fields.length).toBeGreaterThan(0);
        expect(node.currentPhase).not.toBeNull();
      }
      expect(large.member.nodes.every((node) => node.facts === null)).toBe(true);
      // ...and the statements did not.
      expect(large.admin.statements).toBe(small.admin.statements);
      expect(large.member.statements).toBe(small.member.statements);
    });
  });
});
