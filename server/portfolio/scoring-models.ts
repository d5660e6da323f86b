// Scoring models: the PMO defines how projects are ranked (weighted criteria, or WSJF). A model
// is kept by key; each change is a new version and the newest version is the one in use, so
// rankings and scores given under an older version stay explainable. Built-in models (a
// weighted model a PMO recognises and SAFe's WSJF) are created on start-up when missing.
import { isAdmin } from '../auth/access.js';
import { organisationExpressionProblems } from '../methodology/index.js';
import { recordAudit } from '../platform/audit.js';
import type { ServiceContext, Tx } from '../platform/context.js';
import type { PrismaClient } from '../platform/db/generated/prisma/client.js';
import type { CriterionDirection, CriterionSource, ScoringMethod } from '../platform/db/generated/prisma/enums.js';
import { withUniqueAsConflict } from '../platform/db/constraints.js';
import { transaction } from '../platform/db/transaction.js';
import { ConflictError, type FieldIssue, ForbiddenError, NotFoundError, ValidationError } from '../platform/errors.js';
import { FIBONACCI_SCALE, WSJF_COST_OF_DELAY, WSJF_JOB_SIZE } from './lib/scoring.js';

export const MAX_CRITERIA = 30;
const MODEL_KEY = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const CRITERION_KEY = /^[a-z][A-Za-z0-9]*$/;
const WSJF_KEYS = [...WSJF_COST_OF_DELAY, WSJF_JOB_SIZE];

export interface CriterionInput {
  key: string;
  name: string;
  weight: number;
  min: number;
  max: number;
  direction: CriterionDirection;
  source: CriterionSource;
  formula?: unknown;
}

export interface CreateScoringModelInput {
  key: string;
  name: string;
  description?: string | null;
  method?: ScoringMethod | null;
  criteria: CriterionInput[];
}

export interface UpdateScoringModelInput {
  key: string;
  /** The version read; a newer one in the meantime is a ConflictError. */
  version: number;
  name?: string | null;
  description?: string | null;
  criteria?: CriterionInput[] | null;
}

/** The newest version of each model key (or of one key), with its criteria in order. */
export function newestModels(db: Pick<PrismaClient, 'scoringModel'> | Tx, key?: string) {
  return db.scoringModel.findMany({
    where: key ? { key } : {},
    orderBy: [{ key: 'asc' }, { version: 'desc' }],
    distinct: ['key'],
    include: { criteria: { orderBy: { position: 'asc' } } },
  });
}

/** The ids of the newest version of every model key (what scoringModels lists). */
export async function newestModelIds(db: Pick<PrismaClient, 'scoringModel'>): Promise<string[]> {
  const rows = await db.scoringModel.findMany({ orderBy: [{ key: 'asc' }, { version: 'desc' }], distinct: ['key'], select: { id: true } });
  return rows.map((row) => row.id);
}

export async function newestModel(db: Pick<PrismaClient, 'scoringModel'> | Tx, key: string, path: string[]) {
  const [model] = await newestModels(db, key);
  if (!model) throw ValidationError.single(path, `No scoring model has the key "${key}"`);
  return model;
}

export async function createScoringModel(ctx: ServiceContext, input: CreateScoringModelInput) {
  if (!isAdmin(ctx.viewer)) throw new ForbiddenError('Only the PMO (PMO_ADMIN) defines scoring models');
  const method = input.method ?? 'WEIGHTED';
  const issues = [...modelIssues(input), ...criteriaIssues(method, input.criteria)];
  if (!MODEL_KEY.test(input.key) || input.key.length > 40) issues.unshift({ path: ['input', 'key'], message: 'A model key is lower-case kebab-case (e.g. "weighted-2027"), at most 40 characters' });
  if (issues.length) throw new ValidationError(issues);
  return transaction(ctx, async (tx) => {
    if ((await tx.scoringModel.count({ where: { key: input.key } })) > 0) throw ValidationError.single(['input', 'key'], `A scoring model with the key "${input.key}" exists: update it for a new version`);
    const model = await withUniqueAsConflict(
      () => writeVersion(tx, { key: input.key, version: 1, name: input.name, description: input.description ?? '', method, criteria: input.criteria, createdById: ctx.viewer.id }),
      `A scoring model with the key "${input.key}" was just created`,
    );
    await recordAudit(tx, { actorId: ctx.viewer.id, action: 'scoringModel.created', entityType: 'ScoringModel', entityId: model.id, after: model });
    return model;
  });
}

export async function updateScoringModel(ctx: ServiceContext, input: UpdateScoringModelInput) {
  if (!isAdmin(ctx.viewer)) throw new ForbiddenError('Only the PMO (PMO_ADMIN) changes scoring models');
  return transaction(ctx, async (tx) => {
    // One new version at a time per key: the newest row is locked while the next is written.
    const [locked] = await tx.$queryRaw<{ id: string }[]>`
      SELECT id::text FROM "ScoringModel" WHERE key = ${input.key} ORDER BY version DESC LIMIT 1 FOR UPDATE`;
    if (!locked) throw new NotFoundError('ScoringModel', input.key);
    const current = await newestModel(tx, input.key, ['input', 'key']);
    if (current.version !== input.version) throw new ConflictError(`The scoring model is at version ${current.version}: read it again`, current.version);
    const criteria = input.criteria ?? current.criteria.map(({ key, name, weight, min, max, direction, source, formula }) => ({ key, name, weight, min, max, direction, source, formula }));
    const next = { name: input.name ?? current.name, description: input.description ?? current.description };
    const issues = [...modelIssues(next), ...(input.criteria ? criteriaIssues(current.method, input.criteria) : [])];
    if (issues.length) throw new ValidationError(issues);
    const model = await writeVersion(tx, { key: current.key, version: current.version + 1, method: current.method, ...next, criteria, createdById: ctx.viewer.id });
    await recordAudit(tx, { actorId: ctx.viewer.id, action: 'scoringModel.versioned', entityType: 'ScoringModel', entityId: model.id, before: current, after: model });
    return model;
  });
}

async function writeVersion(
  tx: Tx,
  model: { key: string; version: number; name: string; description: string; method: ScoringMethod; criteria: CriterionInput[]; createdById: string | null; builtIn?: boolean },
) {
  const { criteria, ...fields } = model;
  return tx.scoringModel.create({
    data: {
      ...fields,
      criteria: {
        create: criteria.map((criterion, position) => ({
          key: criterion.key, name: criterion.name, position, weight: criterion.weight, min: criterion.min, max: criterion.max,
          direction: criterion.direction, source: criterion.source, formula: criterion.source === 'FORMULA' ? (criterion.formula as object) : undefined,
        })),
      },
    },
    include: { criteria: { orderBy: { position: 'asc' } } },
  });
}

function modelIssues(model: { name: string; description?: string | null }): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!model.name.trim() || model.name.length > 200) issues.push({ path: ['input', 'name'], message: 'A name is 1 to 200 characters' });
  if ((model.description ?? '').length > 4000) issues.push({ path: ['input', 'description'], message: 'must be at most 4000 characters' });
  return issues;
}

/** Every problem of a model's criteria, on its input path. */
export function criteriaIssues(method: ScoringMethod, criteria: readonly CriterionInput[]): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const at = (i: number, field: string, message: string) => issues.push({ path: ['input', 'criteria', String(i), field], message });
  if (criteria.length === 0 || criteria.length > MAX_CRITERIA) issues.push({ path: ['input', 'criteria'], message: `A model has 1 to ${MAX_CRITERIA} criteria` });
  const seen = new Set<string>();
  criteria.forEach((criterion, i) => {
    if (!CRITERION_KEY.test(criterion.key) || criterion.key.length > 40) at(i, 'key', 'A criterion key is camelCase (e.g. "strategicAlignment"), at most 40 characters');
    else if (seen.has(criterion.key)) at(i, 'key', `The key "${criterion.key}" is used twice`);
    seen.add(criterion.key);
    if (!criterion.name.trim() || criterion.name.length > 200) at(i, 'name', 'A name is 1 to 200 characters');
    if (!Number.isFinite(criterion.weight) || criterion.weight < 0 || criterion.weight > 1000) at(i, 'weight', 'A weight is between 0 and 1000');
    if (!Number.isFinite(criterion.min) || !Number.isFinite(criterion.max) || criterion.min >= criterion.max) at(i, 'max', 'The scale needs min < max (finite numbers)');
    if (criterion.source === 'FORMULA') {
      if (criterion.formula === undefined || criterion.formula === null) at(i, 'formula', 'A FORMULA criterion needs a formula (JSON-Logic over the facts)');
      else for (const problem of organisationExpressionProblems(criterion.formula)) issues.push({ path: ['input', 'criteria', String(i), 'formula', ...problem.path.map(String)], message: problem.message });
    } else if (criterion.formula !== undefined && criterion.formula !== null) at(i, 'formula', 'Only a FORMULA criterion has a formula');
  });
  if (method === 'WEIGHTED' && criteria.length && criteria.every((criterion) => !(criterion.weight > 0))) issues.push({ path: ['input', 'criteria'], message: 'At least one weight is more than 0' });
  if (method === 'WSJF') {
    const keys = criteria.map((criterion) => criterion.key).sort();
    if (keys.join() !== [...WSJF_KEYS].sort().join()) issues.push({ path: ['input', 'criteria'], message: `A WSJF model has exactly the criteria ${WSJF_KEYS.join(', ')}` });
    criteria.forEach((criterion, i) => {
      if (criterion.min !== 1 || criterion.max !== 20) at(i, 'max', 'WSJF estimates use the modified Fibonacci scale 1..20');
      if (criterion.direction !== 'HIGHER_IS_BETTER') at(i, 'direction', 'WSJF criteria are HIGHER_IS_BETTER (the job size divides)');
    });
  }
  return issues;
}

/** Whether a value fits a criterion: within its scale, and on the Fibonacci scale for WSJF. */
export function valueIssue(method: ScoringMethod, criterion: { min: number; max: number }, value: number): string | null {
  if (!Number.isFinite(value) || value < criterion.min || value > criterion.max) return `must be between ${criterion.min} and ${criterion.max}`;
  if (method === 'WSJF' && !FIBONACCI_SCALE.includes(value)) return `WSJF estimates are on the modified Fibonacci scale (${FIBONACCI_SCALE.join(', ')})`;
  return null;
}

const BUILT_IN: { key: string; name: string; description: string; method: ScoringMethod; criteria: CriterionInput[] }[] = [
  {
    key: 'weighted',
    name: 'Weighted scoring',
    description: 'Strategic alignment from the objectives, business value, urgency, risk exposure and resource fit.',
    method: 'WEIGHTED',
    criteria: [
      { key: 'strategicAlignment', name: 'Strategic alignment', weight: 30, min: 0, max: 5, direction: 'HIGHER_IS_BETTER', source: 'FORMULA', formula: { var: 'project.alignmentScore' } },
      { key: 'businessValue', name: 'Business value', weight: 25, min: 1, max: 5, direction: 'HIGHER_IS_BETTER', source: 'MANUAL' },
      { key: 'urgency', name: 'Urgency', weight: 15, min: 1, max: 5, direction: 'HIGHER_IS_BETTER', source: 'MANUAL' },
      { key: 'riskExposure', name: 'Risk exposure (highest open risk score)', weight: 20, min: 0, max: 25, direction: 'LOWER_IS_BETTER', source: 'FORMULA', formula: { var: 'risks.maxScore' } },
      { key: 'resourceFit', name: 'Skills the team already holds', weight: 10, min: 0, max: 1, direction: 'HIGHER_IS_BETTER', source: 'FORMULA', formula: { var: 'resources.skillsCoverage' } },
    ],
  },
  {
    key: 'wsjf',
    name: 'Weighted shortest job first (WSJF)',
    description: 'SAFe: cost of delay (user-business value + time criticality + risk reduction) over job size, on the modified Fibonacci scale.',
    method: 'WSJF',
    criteria: [
      { key: 'userBusinessValue', name: 'User-business value', weight: 1, min: 1, max: 20, direction: 'HIGHER_IS_BETTER', source: 'MANUAL' },
      { key: 'timeCriticality', name: 'Time criticality', weight: 1, min: 1, max: 20, direction: 'HIGHER_IS_BETTER', source: 'MANUAL' },
      { key: 'riskReduction', name: 'Risk reduction / opportunity enablement', weight: 1, min: 1, max: 20, direction: 'HIGHER_IS_BETTER', source: 'MANUAL' },
      { key: 'jobSize', name: 'Job size', weight: 1, min: 1, max: 20, direction: 'HIGHER_IS_BETTER', source: 'MANUAL' },
    ],
  },
];

/** Creates the built-in models that are missing (a PMO's changes to them are new versions, kept). */
export async function syncBuiltInScoringModels(prisma: PrismaClient): Promise<void> {
  await transaction({ prisma }, async (tx) => {
    const existing = new Set((await tx.scoringModel.findMany({ where: { key: { in: BUILT_IN.map((model) => model.key) } }, select: { key: true } })).map((row) => row.key));
    for (const model of BUILT_IN) {
      if (existing.has(model.key)) continue;
      const problems = criteriaIssues(model.method, model.criteria);
      if (problems.length) throw new Error(`built-in scoring model ${model.key}: ${problems.map((problem) => problem.message).join('; ')}`);
      await writeVersion(tx, { ...model, version: 1, createdById: null, builtIn: true });
    }
  });
}
