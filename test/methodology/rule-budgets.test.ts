// Rules cannot stall the server, through the API: validateMethodology and installMethodology
// refuse rules whose work is unbounded, too deep or named after prototype members, each with a
// problem an author can act on; a rule that is accepted but exceeds its run-time budget fails
// with EVALUATION_LIMIT (in RuleEvaluation.error and in its evidence) while createProject stays
// fast: evaluating a project's rules never holds the event loop (and /health) for long.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compiledFor } from '../../server/methodology/index.js';
import { evaluateRules, type Facts } from '../../server/methodology/lib/evaluate.js';
import { graphql } from '../gql/index.js';
import { backends } from '../support/databases.js';
import { type TestServer, withoutCost } from '../support/harness.js';
import { uniqueCode } from '../support/ids.js';
import { dataOf, success } from '../support/results.js';
import { PEOPLE, type Scenario, startScenario } from '../support/scenarios/index.js';
import { InstallMethodology } from '../support/scenarios/methodology.js';
import { twoStage, type RuleInput } from './manifests.js';
import { CreateProject } from './operations.js';

const Validate = graphql(`
  query BudgetValidate($manifest: JSON!) {
    validateMethodology(manifest: $manifest) { valid problems { path message } }
  }
`);

const Compliance = graphql(`
  query BudgetCompliance($id: ID!) {
    project(id: $id) { complianceResults { ruleKey passed evidence error { code message } } }
  }
`);

const ProjectFacts = graphql(`
  query BudgetProjectFacts($id: ID!) {
    project(id: $id) { facts }
  }
`);

const literals = (n: number) => Array.from({ length: n }, (_, i) => i);
const nestedMaps = (levels: number, size: number): unknown =>
  levels === 0 ? { '+': [{ var: '' }, 1] } : { map: [literals(size), nestedMaps(levels - 1, size)] };
const rule = (key: string, check: unknown): RuleInput => ({ key, kind: 'QUALITY', severity: 'WARNING', check, message: `Rule ${key}.` });
/** twoStage with one extra rule; the manifest as a client would send it. */
const withRule = (key: string, check: unknown) => twoStage(`budget-${key}`, '1.0.0', [rule(key, check)]);

/** The worst rules validation accepts: the largest nested iterations under the static bound. */
const WORST_ACCEPTED: RuleInput[] = [
  rule('nested-maps', nestedMaps(2, 50)),
  rule('roles-times-literals', { some: [{ var: 'resources.roles' }, { some: [literals(150), { '==': [{ var: '' }, -1] }] }] }),
  // Accepted (the static bound does not follow strings), stopped by the run-time budget.
  rule('string-doubling', { '==': [{ reduce: [literals(40), { cat: [{ var: 'accumulator' }, { var: 'accumulator' }] }, 'x'] }, 'x'] }),
];

describe.each(backends())('rule budgets through the API on %s', (backend) => {
  let server: TestServer;
  let seed: Scenario;

  beforeAll(async () => {
    ({ server, seed } = await startScenario(backend, { label: 'Budgets' }));
  });
  afterAll(() => server?.close());

  const validate = async (manifest: unknown) => dataOf(await server.exec(PEOPLE.admin, Validate, { manifest })).validateMethodology;

  /** Sends a manifest whose rule `check` is raw JSON text (a client cannot even serialise 5,000 levels with JSON.stringify). */
  async function postRaw(query: string, manifest: unknown, checkJson: string, as = PEOPLE.admin) {
    const body = JSON.stringify({ query, variables: { manifest, input: { manifest } } }).replaceAll('"@@CHECK@@"', checkJson);
    const response = await server.fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await server.token(as)}` },
      body,
    });
    return (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  }

  describe('static work bound', () => {
    it('calls eight nested maps (10^8 steps) invalid', async () => {
      const report = await validate(withRule('eight', nestedMaps(8, 10)));
      expect(report.valid).toBe(false);
      expect(report.problems).toEqual([
        { path: ['rules', '5', 'check'], message: expect.stringMatching(/^expression may take up to [\d,]+ evaluation steps \(at most 50,000\)/) },
      ]);
    });

    it('calls six nested maps over ten literals (10^6 steps) invalid, and refuses to install them', async () => {
      const manifest = withRule('six', nestedMaps(6, 10));
      expect((await validate(manifest)).valid).toBe(false);
      const installed = dataOf(await server.exec(PEOPLE.admin, InstallMethodology, { input: { manifest } })).installMethodology;
      expect(installed).toMatchObject({
        __typename: 'ValidationError',
        issues: [{ path: ['input', 'manifest', 'rules', '5', 'check'], message: expect.stringMatching(/^expression may take up to/) }],
      });
    });

    it('counts facts lists at their maximum size (resources.roles: 50)', async () => {
      const over = (list: unknown) => ({ some: [list, { some: [literals(100), { some: [literals(5), { '==': [{ var: '' }, 0] }] }] }] });
      expect((await validate(withRule('roles', over({ var: 'resources.roles' })))).problems).toEqual([
        { path: ['rules', '5', 'check'], message: expect.stringMatching(/^expression may take up to [\d,]+ evaluation steps/) },
      ]);
      // The same rule over three literals instead of the 50 roles a project may have is accepted.
      expect(await validate(withRule('three', over(literals(3))))).toEqual({ valid: true, problems: [] });
    });

    it('accepts the worst accepted rules', async () => {
      expect(await validate(twoStage('budget-worst', '1.0.0', WORST_ACCEPTED))).toEqual({ valid: true, problems: [] });
    });
  });

  describe('depth is checked before recursing', () => {
    const deepCheck = '{"!":['.repeat(5000) + 'true' + ']}'.repeat(5000);

    it('validateMethodology answers a rule nested 5,000 levels deep with a problem, not an internal error', async () => {
      const query = 'query($manifest: JSON!) { validateMethodology(manifest: $manifest) { valid problems { path message } } }';
      const manifest = withRule('deep', '@@CHECK@@');
      const result = await postRaw(query, manifest, deepCheck);
      expect(result.errors).toBeUndefined();
      const report = result.data!.validateMethodology as { valid: boolean; problems: { path: string[]; message: string }[] };
      expect(report.valid).toBe(false);
      expect(report.problems).toEqual([
        { path: expect.any(Array), message: 'manifest is nested more than 32 levels deep (an expression may nest at most 12 levels)' },
      ]);
      expect(report.problems[0]!.path.slice(0, 5)).toEqual(['rules', '5', 'check', '!', '0']);
    });

    it('installMethodology refuses it as a ValidationError', async () => {
      const query = `mutation($input: InstallMethodologyInput!) { installMethodology(input: $input) {
        __typename ... on ValidationError { message issues { path message } } } }`;
      const result = await postRaw(query, withRule('deep-install', '@@CHECK@@'), deepCheck);
      expect(result.errors).toBeUndefined();
      expect(result.data!.installMethodology).toMatchObject({
        __typename: 'ValidationError',
        issues: [{ path: expect.arrayContaining(['input', 'manifest', 'rules', '5', 'check', '!']), message: expect.stringMatching(/^manifest is nested more than 32 levels/) }],
      });
    });

    it('still reports a rule just past the expression limit at its exact path', async () => {
      let check: unknown = true;
      for (let i = 0; i < 13; i++) check = { '!!': check };
      expect((await validate(withRule('thirteen', check))).problems).toEqual([
        { path: ['rules', '5', 'check', ...Array<string>(12).fill('!!')], message: 'expression is nested more than 12 levels deep' },
      ]);
    });
    it('createProject answers a field value nested 5,000 levels deep with a ValidationError', async () => {
      const query = `mutation($input: CreateProjectInput!) { createProject(input: $input) {
        __typename ... on ValidationError { issues { path message } } } }`;
      const input = { code: uniqueCode('DEEP'), name: 'Deep fields', portfolioId: seed.portfolio.digital.gid, methodologyKey: 'waterfall', fields: { regulated: '@@CHECK@@' } };
      const body = JSON.stringify({ query, variables: { input } }).replace('"@@CHECK@@"', '{"a":['.repeat(5000) + 'true' + ']}'.repeat(5000));
      const response = await server.fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${await server.token(PEOPLE.owner)}` },
        body,
      });
      expect(withoutCost(await response.json())).toEqual({
        data: { createProject: { __typename: 'ValidationError', issues: [{ path: ['input', 'fields', 'regulated'], message: 'expected true or false, got an object' }] } },
      });
    });

    it('evaluates a rule stored too deep (before these checks existed) as EVALUATION_LIMIT, not a stack overflow', async () => {
      success(dataOf(await server.exec(PEOPLE.admin, InstallMethodology, { input: { manifest: twoStage('budget-legacy') } })).installMethodology);
      // The API cannot store such a rule any more: it is written directly, as an older version would have.
      let check: unknown = true;
      for (let i = 0; i < 200; i++) check = { '!!': [check] };
      const prisma = server.runtime.db.prisma;
      const row = await prisma.methodology.findUniqueOrThrow({ where: { key_version: { key: 'budget-legacy', version: '1.0.0' } } });
      const resolved = row.resolved as unknown as { rules: RuleInput[] };
      await prisma.methodology.update({ where: { id: row.id }, data: { resolved: { ...resolved, rules: [...resolved.rules, rule('legacy-deep', check)] } as object } });

      const created = success(dataOf(await server.exec(PEOPLE.owner, CreateProject, {
        input: { code: uniqueCode('LEG'), name: 'Legacy rule', portfolioId: seed.portfolio.digital.gid, methodologyKey: 'budget-legacy' },
      })).createProject);
      const results = dataOf(await server.exec(PEOPLE.owner, Compliance, { id: created.id })).project!.complianceResults;
      expect(results.find((result) => result.ruleKey === 'legacy-deep')).toEqual({
        ruleKey: 'legacy-deep',
        passed: false,
        evidence: { $error: { code: 'EVALUATION_LIMIT', message: 'evaluation stopped: the expression is nested more than 28 levels deep' } },
        error: { code: 'EVALUATION_LIMIT', message: 'evaluation stopped: the expression is nested more than 28 levels deep' },
      });
    });
  });

  describe('operators named like Object.prototype members', () => {
    it.each(['constructor', 'valueOf', '__proto__', 'toString', 'hasOwnProperty'])('%s: the problem is a string naming it', async (name) => {
      const query = 'query($manifest: JSON!) { validateMethodology(manifest: $manifest) { valid problems { path message } } }';
      const result = await postRaw(query, withRule('proto', '@@CHECK@@'), `{"${name}": [1]}`);
      expect(result.errors).toBeUndefined();
      expect(result.data!.validateMethodology).toEqual({
        valid: false,
        problems: [{ path: ['rules', '5', 'check', name], message: `unknown or disallowed operator "${name}"` }],
      });
    });
  });

  describe('run-time budget', () => {
    it('createProject with the worst accepted rules finishes fast; the rule over budget fails with EVALUATION_LIMIT', async () => {
      const manifest = twoStage('budget-runtime', '1.0.0', WORST_ACCEPTED);
      success(dataOf(await server.exec(PEOPLE.admin, InstallMethodology, { input: { manifest } })).installMethodology);
      success(dataOf(await server.exec(PEOPLE.admin, InstallMethodology, { input: { manifest: twoStage('budget-baseline') } })).installMethodology);
      const create = (methodologyKey: string) =>
        server.exec(PEOPLE.owner, CreateProject, {
          input: { code: uniqueCode('BUD'), name: 'Budgeted rules', portfolioId: seed.portfolio.digital.gid, methodologyKey },
        });
      const baselineStarted = performance.now();
      success(dataOf(await create('budget-baseline')).createProject);
      const baseline = performance.now() - baselineStarted;

      const started = performance.now();
      const created = success(dataOf(await create('budget-runtime')).createProject);
      const elapsed = performance.now() - started;
      // What the server runs synchronously for this project, the time /health would wait at most:
      // every rule evaluated on the project's own facts (median of 5).
      const { project } = dataOf(await server.exec(PEOPLE.admin, ProjectFacts, { id: created.id }));
      const row = await server.runtime.db.prisma.methodology.findUniqueOrThrow({ where: { key_version: { key: 'budget-runtime', version: '1.0.0' } } });
      const compiled = compiledFor(row);
      const samples = Array.from({ length: 5 }, () => {
        const evaluationStarted = performance.now();
        evaluateRules(compiled, project!.facts as Facts, { phaseKey: 'build', status: 'PROPOSED' });
        return performance.now() - evaluationStarted;
      }).sort((x, y) => x - y);
      const blocking = samples[2]!;
      console.log(
        `createProject with the worst accepted rules: ${elapsed.toFixed(0)} ms (the same methodology without them: ${baseline.toFixed(0)} ms); ` +
          `evaluating all its rules blocks the event loop for ${blocking.toFixed(2)} ms`,
      );
      // Generous bounds for a loaded machine; before the budget, one such rule made createProject take 3.2 s.
      expect(elapsed).toBeLessThan(2000);
      expect(blocking).toBeLessThan(50);

      const results = dataOf(await server.exec(PEOPLE.owner, Compliance, { id: created.id })).project!.complianceResults;
      const byKey = Object.fromEntries(results.map((result) => [result.ruleKey, result]));
      const limitMessage = 'evaluation stopped: it would create more than 100000 array elements and string characters';
      expect(byKey['string-doubling']).toEqual({
        ruleKey: 'string-doubling',
        passed: false,
        evidence: { $error: { code: 'EVALUATION_LIMIT', message: limitMessage } },
        error: { code: 'EVALUATION_LIMIT', message: limitMessage },
      });
      expect(byKey['nested-maps']).toMatchObject({ passed: true, error: null });
      expect(byKey['roles-times-literals']).toMatchObject({ passed: false, error: null, evidence: { 'resources.roles': [] } });
    });
  });
});
