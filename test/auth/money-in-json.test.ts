// Money stays hidden from team members in JSON too: every JSON field of the schema is listed
// (a new one fails the first test until it is), and every one that can carry money facts is read
// as every role on data whose rules and triggers read budgets, costs and cost indices — over HTTP,
// and for alerts over WebSocket and SSE as they are raised. A team member sees the keys (what a
// rule read) but never a money value; everyone else sees the values.
import { getNamedType, isObjectType, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSchema } from '../../schema/index.js';
import { backends } from '../support/databases.js';
import type { TestServer } from '../support/harness.js';
import { nextData, sseSubscribe, wsClient, wsSubscribe } from '../support/live.js';
import { PEOPLE, type Person, type ProjectHandle, type Scenario, startScenario } from '../support/scenarios/index.js';

/** Every JSON field, and whether it can carry the values of money facts. */
const JSON_FIELDS: Record<string, 'money' | 'no money'> = {
  'AuditEvent.after': 'money', // snapshots of records; hidden from team members with the whole trail
  'AuditEvent.before': 'money',
  'Deliverable.fields': 'no money', // values of a plugin's template fields
  'GateFailure.evidence': 'money',
  'Methodology.manifest': 'no money', // definitions, not values
  'MethodologyField.default': 'no money',
  'MethodologyMetric.expr': 'no money',
  'MethodologyRiskTrigger.when': 'no money',
  'MethodologyRule.check': 'no money',
  'Policy.check': 'money', // may compare with a budget; policies are not read by team members
  'PolicyDryRunFailure.evidence': 'money', // facts a policy read (the dry run is the PMO's)
  'PolicyFailure.evidence': 'money', // in PolicyViolationError: money hidden from team members
  'Project.facts': 'money',
  'ProjectFieldValue.value': 'no money', // the plugin's project fields
  'PortfolioScenario.parameters': 'money', // budget limits; scenarios are not for team members at all
  'PortfolioScenario.result': 'money', // costs per year and in total; scenarios are not for team members at all
  'RiskAlert.evidence': 'money',
  'RuleEvaluation.evidence': 'money',
  'ScoreContribution.evidence': 'money', // facts a scoring formula read; rankings are not for team members
  'ScoringCriterion.formula': 'no money', // definitions, not values
  'StatusReport.figures': 'money', // frozen earned value; null as a whole for team members (test/reporting/health.test.ts)
};

/** The money facts of the waterfall plugin's projects: the built-in ones and its metric that reads the budget. */
const MONEY_KEYS = ['project.budget', 'project.actualCost', 'baseline.budget', 'metrics.cpi', 'metrics.estimateAtCompletion'];
const ROLES: Person[] = ['admin', 'owner', 'otherOwner', 'otherManager', 'executive', 'member'];
const ACTUAL_COST = '512345.67';

/** Every object in `value` (evidence maps and what they contain). */
function objectsIn(value: unknown): Record<string, unknown>[] {
  if (value === null || typeof value !== 'object') return [];
  if (Array.isArray(value)) return value.flatMap(objectsIn);
  return [value as Record<string, unknown>, ...Object.values(value).flatMap(objectsIn)];
}

/** The money values in `json`: the values of money keys that are not null. */
const moneyValuesIn = (json: unknown) =>
  objectsIn(json).flatMap((object) => MONEY_KEYS.filter((key) => key in object && object[key] !== null).map((key) => `${key}=${String(object[key])}`));

describe('JSON fields of the schema', () => {
  it('are each listed with whether they can carry money', () => {
    const schema = buildSchema();
    const found = Object.values(schema.getTypeMap())
      .filter((type) => isObjectType(type) && !type.name.startsWith('__'))
      .flatMap((type) => Object.values((type as ReturnType<typeof schema.getQueryType> & object).getFields()).filter((field) => getNamedType(field.type).name === 'JSON').map((field) => `${type.name}.${field.name}`));
    expect(found.sort()).toEqual(Object.keys(JSON_FIELDS).sort());
  });
});

describe.each(backends())('money in JSON on %s', (backend) => {
  let server: TestServer;
  let seed: Scenario;
  let project: ProjectHandle;

  const JsonOfProject = `
    query MoneyJson($id: ID!) {
      project(id: $id) {
        facts
        complianceResults { ruleKey evidence }
        complianceHistory(first: 100) { edges { node { ruleKey evidence } } }
        riskAlerts(first: 100) { edges { node { triggerKey evidence } } }
      }
      riskAlerts(first: 100) { edges { node { project { id } triggerKey evidence } } }
    }`;

  beforeAll(async () => {
    ({ server, seed } = await startScenario(backend, { label: 'Money' }));
    // WMS-RFID runs on waterfall (its rules read the budget, the actual cost and the CPI) and has
    // member@ on its team. A cost far over the earned value makes the forecast trigger hold.
    project = await seed.projects.update(await seed.projects.seeded('WMS-RFID'), { actualCost: ACTUAL_COST }, 'otherOwner');
  });
  afterAll(() => server?.close());

  async function readAs(person: Person) {
    const result = await server.exec(PEOPLE[person], parse(JsonOfProject) as never, { id: project.gid } as never);
    expect(result.errors).toBeUndefined();
    return result.data as {
      project: { facts: unknown; complianceResults: unknown[]; complianceHistory: unknown; riskAlerts: unknown };
      riskAlerts: { edges: { node: { project: { id: string }; triggerKey: string; evidence: unknown } }[] };
    };
  }

  it.each(ROLES)('rule and alert evidence, facts: %s', async (person) => {
    const data = await readAs(person);
    const alerts = data.riskAlerts.edges.filter((edge) => edge.node.project.id === project.gid);
    expect(alerts.some((edge) => edge.node.triggerKey === 'cost-overrun-forecast')).toBe(true);
    const json = [data.project.complianceResults, data.project.complianceHistory, data.project.riskAlerts, alerts];
    if (person === 'member') {
      expect(moneyValuesIn(json)).toEqual([]);
      expect(JSON.stringify(json)).not.toContain(ACTUAL_COST.replace(/0+$/, ''));
      expect(JSON.stringify(json)).not.toContain('560000');
      expect(data.project.facts).toBeNull();
      // The keys stay: the evidence still says what the rules read.
      expect(JSON.stringify(json)).toContain('"project.budget":null');
    } else {
      expect(moneyValuesIn(json)).toEqual(expect.arrayContaining([`project.actualCost=${Number(ACTUAL_COST)}`, 'project.budget=560000']));
      expect(moneyValuesIn(json).some((value) => value.startsWith('metrics.estimateAtCompletion='))).toBe(true);
      expect(data.project.facts).toMatchObject({ project: { budget: 560000, actualCost: Number(ACTUAL_COST) }, baseline: { budget: 560000 } });
    }
  });

  it('audit snapshots are not shown to team members at all', async () => {
    const AuditTrail = `query MoneyAudit($id: ID!) { project(id: $id) { auditTrail(first: 10) { edges { node { before after } } } } }`;
    const member = await server.exec(PEOPLE.member, parse(AuditTrail) as never, { id: project.gid } as never);
    expect(member.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
    const owner = await server.exec(PEOPLE.otherOwner, parse(AuditTrail) as never, { id: project.gid } as never);
    expect(JSON.stringify(owner.data)).toContain(ACTUAL_COST);
  });

  it('rankings whose formulas read money are not shown to team members at all', async () => {
    const Create = `mutation MoneyModel($input: CreateScoringModelInput!) { createScoringModel(input: $input) { __typename } }`;
    const criteria = [{ key: 'size', name: 'Budget', weight: 1, min: 0, max: 1000000, direction: 'LOWER_IS_BETTER', source: 'FORMULA', formula: { var: 'project.budget' } }];
    const created = await server.exec(PEOPLE.admin, parse(Create) as never, { input: { key: `money-${backend}`, name: 'By budget', criteria } } as never);
    expect((created.data as { createScoringModel: { __typename: string } }).createScoringModel.__typename).toBe('MutationCreateScoringModelSuccess');
    const Ranking = `query MoneyRanking($id: ID!, $key: String!) { project(id: $id) { portfolio { ranking(modelKey: $key) { contributions { evidence } } } } }`;
    const variables = { id: project.gid, key: `money-${backend}` };
    const member = await server.exec(PEOPLE.member, parse(Ranking) as never, variables as never);
    expect(member.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(moneyValuesIn(member.data)).toEqual([]);
    const owner = await server.exec(PEOPLE.otherOwner, parse(Ranking) as never, variables as never);
    expect(moneyValuesIn(owner.data)).toContain('project.budget=560000');
  });

  it('gate failures: only those who manage the project advance it, and they may see money', async () => {
    // (GateFailure.evidence goes through the same redaction; no role without money reaches it.)
    const Advance = `mutation MoneyAdvance($input: AdvancePhaseInput!) {
      advancePhase(input: $input) { __typename ... on GateBlockedError { failingRules { ruleKey evidence } } }
    }`;
    const input = { input: { projectId: project.gid, version: project.version } };
    const member = (await server.exec(PEOPLE.member, parse(Advance) as never, input as never)).data as { advancePhase: { __typename: string } };
    expect(member.advancePhase.__typename).toBe('ForbiddenError');
    const manager = (await server.exec(PEOPLE.otherOwner, parse(Advance) as never, input as never)).data as {
      advancePhase: { __typename: string; failingRules: { evidence: unknown }[] };
    };
    expect(manager.advancePhase.__typename).toBe('GateBlockedError');
    expect(manager.advancePhase.failingRules.length).toBeGreaterThan(0);
  });

  it('alerts delivered live, over graphql-ws and SSE, hide money from team members', async () => {
    const { url } = await server.app.listen(0, '127.0.0.1');
    const Alerts = parse(`subscription MoneyAlerts($filter: RiskAlertFilter) { riskAlerts(filter: $filter) { triggerKey evidence } }`);
    const filter = { filter: { projectId: project.gid } };
    const subscribe = async (person: Person, over: 'ws' | 'sse') => {
      const token = await server.token(PEOPLE[person]);
      if (over === 'sse') return sseSubscribe(url, Alerts as never, filter as never, { token });
      const client = wsClient(url, { token });
      return wsSubscribe(client, Alerts as never, filter as never);
    };
    const before = server.app.alerts.subscriberCount;
    const live = { memberWs: await subscribe('member', 'ws'), memberSse: await subscribe('member', 'sse'), ownerWs: await subscribe('otherOwner', 'ws') };
    await expect.poll(() => server.app.alerts.subscriberCount, { timeout: 5_000 }).toBe(before + 3);
    // Back under the forecast, then over it again: the trigger stops holding, then holds anew.
    project = await seed.projects.update(project, { actualCost: '1000.00' }, 'otherOwner');
    project = await seed.projects.update(project, { actualCost: ACTUAL_COST }, 'otherOwner');
    const received = async (stream: (typeof live)['memberWs']) => {
      for (;;) {
        const data = (await nextData(stream)) as { riskAlerts: { triggerKey: string; evidence: unknown } };
        if (data.riskAlerts.triggerKey === 'cost-overrun-forecast') return data.riskAlerts.evidence;
      }
    };
    expect(moneyValuesIn(await received(live.memberWs))).toEqual([]);
    expect(moneyValuesIn(await received(live.memberSse))).toEqual([]);
    expect(moneyValuesIn(await received(live.ownerWs))).toEqual(expect.arrayContaining(['project.budget=560000']));
    for (const stream of Object.values(live)) stream.close();
  });
});
