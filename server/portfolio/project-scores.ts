// Projects' scores under a model, and the ranking of a portfolio's projects. MANUAL criteria are
// scored by people with a rationale — the portfolio owner and the PMO give the values that count
// (ACCEPTED); the project manager proposes (PROPOSED) — and every value is kept (the newest
// accepted one counts). FORMULA criteria are evaluated on each project's facts with the
// methodology engine's allow-list, budget and evidence.
import { canGovernProject, canManageProject, projectReadFilter } from '../auth/access.js';
import { evaluateExpression, loadFacts } from '../methodology/index.js';
import { recordAudit } from '../platform/audit.js';
import type { RequestContext, ServiceContext } from '../platform/context.js';
import type { ScoreStatus } from '../platform/db/generated/prisma/enums.js';
import { transaction } from '../platform/db/transaction.js';
import { type FieldIssue, ForbiddenError, ValidationError } from '../platform/errors.js';
import { type Contribution, rank, scoreOf } from './lib/scoring.js';
import { newestModel, valueIssue } from './scoring-models.js';

export const MAX_SCORES_AT_ONCE = 50;
export const MAX_RATIONALE = 2000;
/** Projects ranked at once: a portfolio's candidates (the ranking is computed in one pass). */
export const MAX_RANKED = 2000;

export interface ScoreInput {
  criterionKey: string;
  value: number;
  rationale?: string | null;
}

export interface ScoreProjectInput {
  projectId: string;
  modelKey: string;
  scores: ScoreInput[];
}

export async function scoreProject(ctx: ServiceContext, input: ScoreProjectInput): Promise<{ projectId: string; modelKey: string; status: ScoreStatus; ids: string[] }> {
  return transaction(ctx, async (tx) => {
    const project = await tx.project.findUnique({ where: { id: input.projectId }, select: { id: true, managerId: true, portfolio: { select: { ownerId: true } } } });
    if (!project) throw ValidationError.single(['input', 'projectId'], 'No project has this id');
    const status: ScoreStatus | null = canGovernProject(ctx.viewer, project) ? 'ACCEPTED' : canManageProject(ctx.viewer, project) ? 'PROPOSED' : null;
    if (!status) throw new ForbiddenError("The portfolio owner and the PMO score projects; the project's manager proposes scores");
    const model = await newestModel(tx, input.modelKey, ['input', 'modelKey']);
    const criteria = new Map(model.criteria.map((criterion) => [criterion.key, criterion]));
    const issues: FieldIssue[] = [];
    if (input.scores.length === 0 || input.scores.length > MAX_SCORES_AT_ONCE) issues.push({ path: ['input', 'scores'], message: `Give 1 to ${MAX_SCORES_AT_ONCE} scores` });
    const seen = new Set<string>();
    input.scores.forEach((score, i) => {
      const at = (field: string, message: string) => issues.push({ path: ['input', 'scores', String(i), field], message });
      const criterion = criteria.get(score.criterionKey);
      if (!criterion) return at('criterionKey', `The model "${model.key}" has no criterion "${score.criterionKey}"`);
      if (seen.has(score.criterionKey)) return at('criterionKey', `"${score.criterionKey}" is scored twice`);
      seen.add(score.criterionKey);
      if (criterion.source === 'FORMULA') return at('criterionKey', `"${score.criterionKey}" is computed from the project's facts (FORMULA): it is not scored by hand`);
      const problem = valueIssue(model.method, criterion, score.value);
      if (problem) at('value', problem);
      const rationale = (score.rationale ?? '').trim();
      if (!rationale) at('rationale', 'Say why: a MANUAL score needs a rationale');
      else if (rationale.length > MAX_RATIONALE) at('rationale', `must be at most ${MAX_RATIONALE} characters`);
    });
    if (issues.length) throw new ValidationError(issues);
    const rows = await tx.projectScore.createManyAndReturn({
      data: input.scores.map((score) => ({
        projectId: project.id, modelKey: model.key, modelVersion: model.version, criterionKey: score.criterionKey, value: score.value,
        rationale: (score.rationale ?? '').trim(), status, scoredById: ctx.viewer.id,
      })),
      select: { id: true, criterionKey: true, value: true, rationale: true },
    });
    await recordAudit(tx, {
      actorId: ctx.viewer.id, action: 'project.scored', entityType: 'Project', entityId: project.id, projectId: project.id,
      after: { status, modelKey: model.key, modelVersion: model.version, scores: rows.map(({ criterionKey, value, rationale }) => ({ criterionKey, value, rationale })) },
    });
    return { projectId: project.id, modelKey: model.key, status, ids: rows.map((row) => row.id) };
  });
}

export interface RankedProject {
  rank: number;
  projectId: string;
  score: number;
  /** Every criterion has a value (a missing one counts as nothing). */
  complete: boolean;
  contributions: (Contribution & { evidence?: Record<string, unknown> })[];
}

type Reader = Pick<RequestContext, 'viewer' | 'prisma' | 'cache'>;

/**
 * The portfolio's open projects (not completed or cancelled) that the viewer reads, best first
 * under the newest version of the model: the newest accepted value of each MANUAL criterion
 * (one statement), FORMULA criteria on the facts (the facts statements, once for all projects).
 */
export async function portfolioRanking(ctx: Reader, portfolioId: string, modelKey: string): Promise<RankedProject[]> {
  if (ctx.viewer!.role === 'TEAM_MEMBER') throw new ForbiddenError('Rankings are for the PMO, executives, portfolio and project managers');
  const model = await newestModel(ctx.prisma, modelKey, ['modelKey']);
  const projects = await ctx.prisma.project.findMany({
    where: { AND: [projectReadFilter(ctx.viewer), { portfolioId, status: { notIn: ['COMPLETED', 'CANCELLED'] } }] },
    select: { id: true, code: true },
    orderBy: { code: 'asc' },
    take: MAX_RANKED,
  });
  const ids = projects.map((project) => project.id);
  const manual = model.criteria.filter((criterion) => criterion.source === 'MANUAL').map((criterion) => criterion.key);
  const formulas = model.criteria.filter((criterion) => criterion.source === 'FORMULA');
  const [values, facts] = await Promise.all([
    ids.length && manual.length
      ? ctx.prisma.$queryRaw<{ projectId: string; criterionKey: string; value: number }[]>`
          SELECT DISTINCT ON ("projectId", "criterionKey") "projectId"::text AS "projectId", "criterionKey", value
          FROM "ProjectScore"
          WHERE "projectId" = ANY(${ids}::uuid[]) AND "modelKey" = ${model.key} AND status = 'ACCEPTED' AND "criterionKey" = ANY(${manual}::text[])
          ORDER BY "projectId", "criterionKey", "createdAt" DESC, id DESC`
      : Promise.resolve([]),
    ids.length && formulas.length ? loadFacts(ctx.prisma, ids) : Promise.resolve(new Map()),
  ]);
  const valuesOf = new Map<string, Map<string, number>>(ids.map((id) => [id, new Map()]));
  for (const row of values) valuesOf.get(row.projectId)!.set(row.criterionKey, row.value);
  const evidenceOf = new Map<string, Map<string, Record<string, unknown>>>();
  for (const id of ids) {
    const projectFacts = facts.get(id);
    if (!projectFacts) continue;
    const evidence = new Map<string, Record<string, unknown>>();
    for (const criterion of formulas) {
      const outcome = evaluateExpression(criterion.formula, projectFacts.facts);
      evidence.set(criterion.key, outcome.evidence);
      if (typeof outcome.value === 'number' && Number.isFinite(outcome.value)) valuesOf.get(id)!.set(criterion.key, outcome.value);
    }
    evidenceOf.set(id, evidence);
  }
  const ranked = rank(projects.map((project) => ({ project, tieBreak: project.code, score: scoreOf(model.method, model.criteria, valuesOf.get(project.id)!) })));
  return ranked.map(({ rank: position, project, score }) => ({
    rank: position,
    projectId: project.id,
    score: score.score,
    complete: score.complete,
    contributions: score.contributions.map((part) => ({ ...part, ...(evidenceOf.get(project.id)?.get(part.criterionKey) && { evidence: evidenceOf.get(project.id)!.get(part.criterionKey) }) })),
  }));
}
