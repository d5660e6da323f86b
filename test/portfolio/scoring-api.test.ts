// Scoring models, scores and rankings through the real API on both backends: built-in models,
// new models and versions (PMO only, every bad criterion a typed error that stores nothing),
// scores given and proposed with their history, a portfolio's ranking under WSJF and under a
// weighted model with a formula on the facts, AHP weights, and the ranking's statement count.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../../server/platform/db/generated/prisma/client.js';
import { graphql } from '../gql/index.js';
import { backends } from '../support/databases.js';
import type { TestServer } from '../support/harness.js';
import { dataOf, expectType, expectUnchanged, issue, rootField, validationError } from '../support/results.js';
import { type Handle, PEOPLE, type Person, type Scenario, startScenario } from '../support/scenarios/index.js';

const Models = graphql(`
  query ScoringModels { scoringModels { key version method builtIn criteria { key source min max weight direction formula } } }
`);
const CreateModel = graphql(`
  mutation ScoringCreateModel($input: CreateScoringModelInput!) {
    createScoringModel(input: $input) { __typename ... on MutationCreateScoringModelSuccess { data { key version method criteria { key source } } } ...ErrorFields }
  }
`);
const UpdateModel = graphql(`
  mutation ScoringUpdateModel($input: UpdateScoringModelInput!) {
    updateScoringModel(input: $input) { __typename ... on MutationUpdateScoringModelSuccess { data { key version name criteria { key weight } } } ...ErrorFields }
  }
`);
const Score = graphql(`
  mutation ScoringScore($input: ScoreProjectInput!) {
    scoreProject(input: $input) { __typename ... on MutationScoreProjectSuccess { data { status project { code } scores { criterionKey value rationale status scoredBy { email } } } } ...ErrorFields }
  }
`);
const Ranking = graphql(`
  query ScoringRanking($id: ID!, $modelKey: String!) {
    node(id: $id) { ... on Portfolio { ranking(modelKey: $modelKey) { rank score complete project { code } contributions { criterionKey value normalised weight contribution evidence } } } }
  }
`);
const History = graphql(`
  query ScoringHistory($id: ID!) { node(id: $id) { ... on Project { scores(modelKey: "wsjf") { criterionKey value status } } } }
`);
const Derive = graphql(`
  query ScoringDerive($input: DeriveWeightsInput!) { deriveWeights(input: $input) { weights { criterionKey weight } lambdaMax consistencyRatio consistent } }
`);

const SCORE_TABLES = ['auditEvents'] as const;

describe.each(backends())('scoring and ranking on %s', (backend) => {
  let server: TestServer;
  let prisma: PrismaClient;
  let seed: Scenario;
  let portfolio: Handle;
  let projects: (Handle & { code: string })[];
  beforeAll(async () => {
    ({ server, prisma, seed } = await startScenario(backend, { label: 'Scoring fixture' }));
    portfolio = await seed.portfolio.create();
    projects = [];
    for (let i = 0; i < 3; i++) projects.push(await seed.projects.team(portfolio, ['member'], { status: 'PROPOSED' }));
  });
  afterAll(() => server?.close());

  const unchanged = async <T>(work: () => Promise<T>) => {
    const before = await prisma.scoringModel.count() + (await prisma.projectScore.count());
    const result = await expectUnchanged(prisma, SCORE_TABLES, work);
    expect(await prisma.scoringModel.count() + (await prisma.projectScore.count())).toBe(before);
    return result;
  };
  const score = (project: Handle, modelKey: string, scores: { criterionKey: string; value: number; rationale?: string }[], as: Person = 'owner') =>
    server.exec(PEOPLE[as], Score, { input: { projectId: project.gid, modelKey, scores: scores.map((s) => ({ rationale: 'Agreed in the portfolio board', ...s })) } }).then(rootField);
  const wsjf = (ubv: number, tc: number, rr: number, size: number) => [
    { criterionKey: 'userBusinessValue', value: ubv }, { criterionKey: 'timeCriticality', value: tc }, { criterionKey: 'riskReduction', value: rr }, { criterionKey: 'jobSize', value: size },
  ];
  const ranking = async (modelKey: string, as: Person = 'owner') => (dataOf(await server.exec(PEOPLE[as], Ranking, { id: portfolio.gid, modelKey })).node as { ranking: { rank: number; score: number; complete: boolean; project: { code: string }; contributions: { criterionKey: string; value: number | null; evidence: unknown }[] }[] }).ranking;

  it('ships a weighted model and WSJF, readable by everyone signed in', async () => {
    const models = dataOf(await server.exec(PEOPLE.member, Models)).scoringModels;
    expect(models.map((model) => [model.key, model.version, model.method, model.builtIn])).toEqual([['weighted', 1, 'WEIGHTED', true], ['wsjf', 1, 'WSJF', true]]);
    expect(models[1]!.criteria.map((criterion) => [criterion.key, criterion.min, criterion.max])).toEqual([
      ['userBusinessValue', 1, 20], ['timeCriticality', 1, 20], ['riskReduction', 1, 20], ['jobSize', 1, 20],
    ]);
    expect(models[0]!.criteria.find((criterion) => criterion.key === 'strategicAlignment')).toMatchObject({ source: 'FORMULA', formula: { var: 'project.alignmentScore' } });
  });

  it('ranks by WSJF from the accepted scores; proposals are kept in the history and do not count', async () => {
    const [a, b, c] = projects as [Handle & { code: string }, Handle & { code: string }, Handle & { code: string }];
    expectType(await score(a, 'wsjf', wsjf(8, 5, 3, 5)), 'MutationScoreProjectSuccess'); // 3.2
    expectType(await score(b, 'wsjf', wsjf(13, 8, 2, 13)), 'MutationScoreProjectSuccess'); // 1.77
    const given = expectType(await score(c, 'wsjf', wsjf(5, 13, 8, 3)), 'MutationScoreProjectSuccess').data; // 8.67
    expect(given).toMatchObject({ status: 'ACCEPTED', project: { code: c.code } });
    expect(given.scores[0]).toMatchObject({ criterionKey: 'jobSize', value: 3, rationale: 'Agreed in the portfolio board', status: 'ACCEPTED', scoredBy: { email: PEOPLE.owner } });
    // The project manager proposes a smaller job for b: shown, not counted.
    const proposed = expectType(await score(b, 'wsjf', [{ criterionKey: 'jobSize', value: 1 }], 'manager'), 'MutationScoreProjectSuccess').data;
    expect(proposed.status).toBe('PROPOSED');
    const ranked = await ranking('wsjf');
    expect(ranked.map((row) => [row.rank, row.project.code, Number(row.score.toFixed(4))])).toEqual([[1, c.code, 8.6667], [2, a.code, 3.2], [3, b.code, 1.7692]]);
    expect(ranked[0]!.contributions.map((part) => [part.criterionKey, part.value])).toEqual([['userBusinessValue', 5], ['timeCriticality', 13], ['riskReduction', 8], ['jobSize', 3]]);
    const history = (dataOf(await server.exec(PEOPLE.owner, History, { id: b.gid })).node as { scores: { criterionKey: string; value: number; status: string }[] }).scores;
    expect(history[0]).toEqual({ criterionKey: 'jobSize', value: 1, status: 'PROPOSED' });
    expect(history).toHaveLength(5);
    // A newer accepted value replaces the old one in the ranking.
    expectType(await score(b, 'wsjf', [{ criterionKey: 'jobSize', value: 1 }], 'admin'), 'MutationScoreProjectSuccess');
    expect((await ranking('wsjf'))[0]).toMatchObject({ project: { code: b.code }, score: 23 });
    // Team members read no ranking and no scores.
    expect((await server.exec(PEOPLE.member, Ranking, { id: portfolio.gid, modelKey: 'wsjf' })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses bad scores with every problem, and scorers who may not, changing nothing', async () => {
    const [a] = projects;
    expect(await unchanged(() => score(a!, 'wsjf', [{ criterionKey: 'jobSize', value: 4 }, { criterionKey: 'nope', value: 1 }, { criterionKey: 'timeCriticality', value: 30, rationale: '  ' }]))).toEqual(
      validationError(
        { path: ['input', 'scores', '0', 'value'], message: 'WSJF estimates are on the modified Fibonacci scale (1, 2, 3, 5, 8, 13, 20)' },
        { path: ['input', 'scores', '1', 'criterionKey'], message: 'The model "wsjf" has no criterion "nope"' },
        { path: ['input', 'scores', '2', 'value'], message: 'must be between 1 and 20' },
        { path: ['input', 'scores', '2', 'rationale'], message: 'Say why: a MANUAL score needs a rationale' },
      ),
    );
    expect(await unchanged(() => score(a!, 'weighted', [{ criterionKey: 'strategicAlignment', value: 5 }]))).toEqual(
      validationError({ path: ['input', 'scores', '0', 'criterionKey'], message: '"strategicAlignment" is computed from the project\'s facts (FORMULA): it is not scored by hand' }),
    );
    expect(await unchanged(() => score(a!, 'unknown-model', wsjf(1, 1, 1, 1)))).toEqual(validationError(issue('modelKey', 'No scoring model has the key "unknown-model"')));
    expect(await unchanged(() => score(a!, 'wsjf', wsjf(1, 1, 1, 1), 'otherManager'))).toMatchObject({ __typename: 'ForbiddenError' });
    expect(await unchanged(() => score(a!, 'wsjf', wsjf(1, 1, 1, 1), 'otherOwner'))).toMatchObject({ __typename: 'ForbiddenError' });
  });

  it('lets the PMO define models and versions, checking formulas like methodology rules', async () => {
    const create = (input: Record<string, unknown>, as: Person = 'admin') => server.exec(PEOPLE[as], CreateModel, { input: input as never }).then(rootField);
    const criterion = (key: string, extra: Record<string, unknown> = {}) => ({ key, name: key, weight: 1, min: 0, max: 5, direction: 'HIGHER_IS_BETTER', source: 'MANUAL', ...extra });
    expect(await unchanged(() => create({
      key: 'Bad Key', name: 'Bad',
      criteria: [
        criterion('value'), criterion('value'), criterion('span', { min: 3, max: 3 }),
        criterion('risky', { source: 'FORMULA', formula: { eval: ['x'] } }),
        criterion('unknownFact', { source: 'FORMULA', formula: { var: 'fields.mine' } }),
        criterion('noFormula', { source: 'FORMULA' }),
      ],
    }))).toMatchObject({
      __typename: 'ValidationError',
      issues: [
        { path: ['input', 'key'] },
        { path: ['input', 'criteria', '1', 'key'], message: 'The key "value" is used twice' },
        { path: ['input', 'criteria', '2', 'max'], message: 'The scale needs min < max (finite numbers)' },
        { path: ['input', 'criteria', '3', 'formula', 'eval'], message: expect.stringContaining('eval') },
        { path: ['input', 'criteria', '4', 'formula', 'var'], message: expect.stringContaining('unknown fact variable "fields.mine"') },
        { path: ['input', 'criteria', '5', 'formula'], message: 'A FORMULA criterion needs a formula (JSON-Logic over the facts)' },
      ],
    });
    expect(await unchanged(() => create({ key: 'x', name: 'X', criteria: [criterion('a')] }, 'owner'))).toMatchObject({ __typename: 'ForbiddenError' });
    const made = expectType(await create({
      key: `delivery-${backend}`, name: 'Delivery confidence',
      criteria: [criterion('value', { weight: 2 }), criterion('highRisks', { source: 'FORMULA', formula: { var: 'risks.high' }, min: 0, max: 10, direction: 'LOWER_IS_BETTER' })],
    }), 'MutationCreateScoringModelSuccess').data;
    expect(made).toEqual({ key: `delivery-${backend}`, version: 1, method: 'WEIGHTED', criteria: [{ key: 'value', source: 'MANUAL' }, { key: 'highRisks', source: 'FORMULA' }] });
    const update = (version: number) => server.exec(PEOPLE.admin, UpdateModel, { input: { key: `delivery-${backend}`, version, name: 'Delivery confidence v2' } }).then(rootField);
    expect(expectType(await update(1), 'MutationUpdateScoringModelSuccess').data).toMatchObject({ version: 2, name: 'Delivery confidence v2', criteria: [{ key: 'value', weight: 2 }, { key: 'highRisks', weight: 1 }] });
    expect(await unchanged(() => update(1))).toMatchObject({ __typename: 'ConflictError' });

    // The formula is evaluated on each project's facts, with its evidence: no open risk scores 1.
    const [a] = projects;
    expectType(await score(a!, `delivery-${backend}`, [{ criterionKey: 'value', value: 5 }]), 'MutationScoreProjectSuccess');
    const ranked = await ranking(`delivery-${backend}`);
    expect(ranked[0]).toMatchObject({ project: { code: a!.code }, score: 1, complete: true });
    expect(ranked[0]!.contributions[1]).toMatchObject({ criterionKey: 'highRisks', value: 0, evidence: { 'risks.high': 0 } });
    expect(ranked[1]).toMatchObject({ score: 1 / 3, complete: false });
  });

  it('derives weights from pairwise comparisons and refuses inconsistent ones unless forced', async () => {
    const derive = (comparisons: { more: string; than: string; value: number }[], force?: boolean) =>
      server.exec(PEOPLE.owner, Derive, { input: { criteria: ['A', 'B', 'C'], comparisons, ...(force !== undefined && { force }) } });
    const textbook = dataOf(await derive([{ more: 'A', than: 'B', value: 3 }, { more: 'A', than: 'C', value: 5 }, { more: 'B', than: 'C', value: 3 }])).deriveWeights;
    expect(textbook.weights.map((weight) => [weight.criterionKey, Number(weight.weight.toFixed(4))])).toEqual([['A', 0.637], ['B', 0.2583], ['C', 0.1047]]);
    expect(Number(textbook.consistencyRatio.toFixed(4))).toBe(0.0332);
    const cyclic = [{ more: 'A', than: 'B', value: 9 }, { more: 'B', than: 'C', value: 9 }, { more: 'C', than: 'A', value: 9 }];
    const refused = await derive(cyclic);
    expect(refused.errors?.[0]?.message).toMatch(/^Invalid input: The judgements are inconsistent \(CR \d+\.\d{3} ≥ 0\.1\): revise them, or force$/);
    expect(dataOf(await derive(cyclic, true)).deriveWeights.consistent).toBe(false);
    expect((await derive([{ more: 'A', than: 'B', value: 3 }])).errors?.[0]?.message).toBeTruthy();
  });

  it('ranks 4 projects in as many statements as 2', async () => {
    const statements = async (count: number) => {
      const own = await seed.portfolio.create();
      for (let i = 0; i < count; i++) {
        const project = await seed.projects.team(own, [], { status: 'PROPOSED' });
        expectType(await score(project, 'weighted', [{ criterionKey: 'businessValue', value: 4 }, { criterionKey: 'urgency', value: 2 }]), 'MutationScoreProjectSuccess');
      }
      return server.countStatements(async () => {
        const result = await server.exec(PEOPLE.admin, Ranking, { id: own.gid, modelKey: 'weighted' });
        expect(result.errors).toBeUndefined();
        expect((result.data!.node as { ranking: unknown[] }).ranking).toHaveLength(count);
      });
    };
    expect(await statements(4)).toBe(await statements(2));
  });
});
