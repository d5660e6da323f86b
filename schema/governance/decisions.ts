// The GraphQL skin of the decision log: Decision nodes, project.decisions and
// portfolio.decisions (newest first), and recordDecision.
import { z } from 'zod';
import { projectReadFilter } from '../../server/auth/access.js';
import { MAX_DECISION_LINKS, recordDecision } from '../../server/governance/index.js';
import { scenarioReadFilter } from '../../server/portfolio/index.js';
import { builder } from '../builder.js';
import { nodeConnection } from '../shared/connections.js';
import { serviceContextOf } from '../shared/context.js';
import { mutationErrors } from '../shared/errors.js';
import { idOf, optionalIdOf } from '../shared/ids.js';
import { reloadRow } from '../shared/reload.js';
import { inputRules } from '../shared/validators.js';

const DecisionRef = builder.prismaNode('Decision', {
  id: { field: 'id' },
  nullable: true,
  select: { id: true, projectId: true },
  description: 'An entry of the decision log, on a project or on a portfolio: what was decided, why, by whom and when, with the change requests, phase gates and portfolio scenarios it concerns.',
  // A project's decisions are read with the project; a portfolio's by everyone signed in (as the portfolio).
  authScopes: (decision) => (decision.projectId ? { readProject: decision.projectId } : { authenticated: true }),
  fields: (t) => ({
    project: t.relation('project', { nullable: true, description: 'The project it was taken on; null for a portfolio decision.' }),
    portfolio: t.relation('portfolio', { nullable: true, description: 'The portfolio it was taken on; null for a project decision.' }),
    title: t.exposeString('title', { description: 'What was decided, in a line.' }),
    rationale: t.exposeString('rationale', { description: 'Why.' }),
    decidedBy: t.relation('decidedBy', { nullable: true, description: 'Who recorded it (null once their account is gone).' }),
    decidedAt: t.expose('decidedAt', { type: 'DateTime', description: 'When it was decided.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was recorded.' }),
    changeRequests: t.relation('changeRequests', {
      description: `The change requests it decided or refers to, of projects you may read (at most ${MAX_DECISION_LINKS}).`,
      query: (_args, ctx) => ({ where: { project: projectReadFilter(ctx.viewer) }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], take: MAX_DECISION_LINKS }),
    }),
    scenarios: t.relation('scenarios', {
      description: `The portfolio scenarios it decided or refers to, of those you may read (at most ${MAX_DECISION_LINKS}).`,
      query: (_args, ctx) => ({ where: scenarioReadFilter(ctx.viewer), orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], take: MAX_DECISION_LINKS }),
    }),
    phases: t.relation('phases', {
      description: `The phase gates it was taken at, of projects you may read (at most ${MAX_DECISION_LINKS}).`,
      query: (_args, ctx) => ({ where: { project: projectReadFilter(ctx.viewer) }, orderBy: [{ projectId: 'asc' }, { position: 'asc' }], take: MAX_DECISION_LINKS }),
    }),
  }),
});

const DecisionConnection = nodeConnection(DecisionRef, 'Decision');
const NEWEST_FIRST = [{ decidedAt: 'desc' as const }, { id: 'desc' as const }];

builder.prismaObjectFields('Project', (t) => ({
  decisions: t.relatedConnection('decisions', { cursor: 'id', description: 'The decision log of the project, newest first.', totalCount: true, query: { orderBy: NEWEST_FIRST } }, DecisionConnection),
}));

builder.prismaObjectFields('Portfolio', (t) => ({
  decisions: t.relatedConnection(
    'decisions',
    { cursor: 'id', description: "The decision log of the portfolio as a whole (its projects' decisions are on each project), newest first.", totalCount: true, query: { orderBy: NEWEST_FIRST } },
    DecisionConnection,
  ),
}));

const RecordDecisionInput = builder.inputType('RecordDecisionInput', {
  description: 'A decision on a project or on a portfolio (give exactly one of projectId and portfolioId).',
  validate: inputRules({
    title: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
    rationale: z.string().trim().min(1, 'must not be empty').max(10_000, 'must be at most 10,000 characters'),
  }),
  fields: (t) => ({
    projectId: t.globalID({ description: 'The project it was taken on (its manager, its portfolio owner or the PMO).' }),
    portfolioId: t.globalID({ description: 'The portfolio it was taken on (its owner or the PMO).' }),
    title: t.string({ required: true, description: 'What was decided, in a line (at most 200 characters).' }),
    rationale: t.string({ required: true, description: 'Why (at most 10,000 characters).' }),
    decidedAt: t.field({ type: 'DateTime', description: 'When it was decided (default now; not in the future).' }),
    changeRequestIds: t.globalIDList({ description: `Change requests of the project (or of the portfolio's projects) it concerns (at most ${MAX_DECISION_LINKS}).` }),
    phaseIds: t.globalIDList({ description: `Phase gates of the project (or of the portfolio's projects) it was taken at (at most ${MAX_DECISION_LINKS}).` }),
    scenarioIds: t.globalIDList({ description: `Scenarios of the portfolio (of the project's portfolio, for a project decision) it decided or refers to (at most ${MAX_DECISION_LINKS}).` }),
  }),
});

builder.mutationFields((t) => ({
  recordDecision: t.prismaField({
    type: 'Decision',
    description: "Records a decision in the log of a project (its manager, its portfolio owner or the PMO) or of a portfolio (its owner or the PMO).",
    args: { input: t.arg({ type: RecordDecisionInput, required: true, description: 'Where, what, why, when and what it concerns.' }) },
    errors: mutationErrors(),
    authScopes: { writer: true },
    resolve: async (query, _root, { input }, ctx) =>
      reloadRow(ctx.prisma.decision, query, await recordDecision(serviceContextOf(ctx), {
        ...input,
        projectId: optionalIdOf(input.projectId, 'Project', ['input', 'projectId']),
        portfolioId: optionalIdOf(input.portfolioId, 'Portfolio', ['input', 'portfolioId']),
        changeRequestIds: input.changeRequestIds?.map((id) => idOf(id, 'ChangeRequest', ['input', 'changeRequestIds'])),
        phaseIds: input.phaseIds?.map((id) => idOf(id, 'ProjectPhase', ['input', 'phaseIds'])),
        scenarioIds: input.scenarioIds?.map((id) => idOf(id, 'PortfolioScenario', ['input', 'scenarioIds'])),
      })),
  }),
}));
