// Derived health of projects: the figures (earned value and the critical path at today, scope
// against the approved scope, open risks, failing rules) read per request, and the thresholds
// PMO_ADMIN sets (the defaults until then), over which a project's methodology may set its own.
import { isAdmin } from '../auth/access.js';
import { startOfDay } from '../platform/calendar.js';
import type { Db, RequestContext, ServiceContext } from '../platform/context.js';
import type { HealthThresholdSettings } from '../platform/db/generated/prisma/client.js';
import { recordAudit } from '../platform/audit.js';
import { transaction } from '../platform/db/transaction.js';
import { ForbiddenError, ValidationError } from '../platform/errors.js';
import { requestMemo } from '../platform/loaders.js';
import { staleVersion } from '../platform/versioning.js';
import { disorderedThresholds, methodologyThresholdsLoader, projectComplianceLoader } from '../methodology/index.js';
import { CRITICAL_RISK_SCORE, HIGH_RISK_SCORE, OPEN_RISK_STATUSES } from '../risks/index.js';
import { projectEarnedValue, projectScheduleOf } from '../schedule/index.js';
import { assessHealth, DEFAULT_THRESHOLDS, type HealthAssessment, type HealthFigures, type HealthThresholds } from './lib/health.js';

export type Thresholds = HealthThresholds & { version: number };

/** The PMO's thresholds (version 0 while they are the defaults). */
export async function healthThresholds(db: Db): Promise<Thresholds> {
  const row = await db.healthThresholdSettings.findUnique({ where: { id: 1 } });
  return row ? thresholdsOf(row) : { ...DEFAULT_THRESHOLDS, version: 0 };
}

const thresholdsOf = ({ id: _id, updatedAt: _at, ...row }: HealthThresholdSettings): Thresholds => row;
const thresholdsOfRequest = requestMemo((ctx: Pick<RequestContext, 'cache' | 'prisma'>) => healthThresholds(ctx.prisma));

/** The thresholds applied to one project: the PMO's, with its methodology's overrides on top. */
export type ProjectThresholds = Thresholds & {
  /** "key@version" of the methodology that overrides some of them; null when none does. */
  overriddenBy: string | null;
  /** The names of the thresholds the methodology overrides. */
  overridden: string[];
};

export interface ProjectHealth extends HealthAssessment {
  figures: HealthFigures;
  thresholds: ProjectThresholds;
}

function projectThresholds(pmo: Thresholds, methodology: string | null, overrides: Partial<HealthThresholds>): ProjectThresholds {
  // In the thresholds' own order (jsonb does not keep the manifest's).
  const overridden = Object.keys(DEFAULT_THRESHOLDS).filter((name) => overrides[name as keyof HealthThresholds] !== undefined);
  const applied = Object.fromEntries(overridden.map((name) => [name, overrides[name as keyof HealthThresholds]]));
  return { ...pmo, ...applied, overriddenBy: overridden.length > 0 ? methodology : null, overridden };
}

/** The project's derived health now. */
export async function projectHealth(ctx: RequestContext, projectId: string): Promise<ProjectHealth> {
  const openRisks = (score: { gte: number; lt?: number }) => ctx.prisma.risk.count({ where: { projectId, status: { in: [...OPEN_RISK_STATUSES] }, score } });
  const [project, evm, schedule, compliance, pmoThresholds, methodology, openHighRisks, openCriticalRisks] = await Promise.all([
    ctx.prisma.project.findUniqueOrThrow({ where: { id: projectId }, select: { budget: true, scopePoints: true, baselineScopePoints: true } }),
    projectEarnedValue(ctx, projectId, startOfDay(new Date())),
    projectScheduleOf(ctx).load(projectId),
    projectComplianceLoader(ctx).load(projectId),
    thresholdsOfRequest(ctx),
    methodologyThresholdsLoader(ctx).load(projectId),
    openRisks({ gte: HIGH_RISK_SCORE, lt: CRITICAL_RISK_SCORE }),
    openRisks({ gte: CRITICAL_RISK_SCORE }),
  ]);
  const figures: HealthFigures = {
    spi: evm?.spi ?? null,
    cpi: evm?.cpi ?? null,
    slipDays: schedule?.slipDays ?? null,
    estimateAtCompletion: evm?.estimateAtCompletion ?? null,
    budget: Number(project.budget),
    scopePoints: project.scopePoints,
    baselineScopePoints: project.baselineScopePoints,
    openHighRisks,
    openCriticalRisks,
    failingRules: compliance.failing,
    blockingRules: compliance.blocking,
  };
  const thresholds = projectThresholds(pmoThresholds, methodology.methodology, methodology.overrides);
  return { ...assessHealth(figures, thresholds), figures, thresholds };
}

export type UpdateHealthThresholdsInput = Partial<HealthThresholds> & { version: number };

/** PMO_ADMIN changes the thresholds (what is not given keeps its value). */
export async function updateHealthThresholds(ctx: ServiceContext, input: UpdateHealthThresholdsInput): Promise<Thresholds> {
  if (!isAdmin(ctx.viewer)) throw new ForbiddenError('Only the PMO (PMO_ADMIN) sets the health thresholds');
  return transaction(ctx, async (tx) => {
    const before = await healthThresholds(tx);
    if (before.version !== input.version) throw await staleVersion('health thresholds', () => Promise.resolve(before));
    const { version: _version, ...changes } = input;
    const merged = { ...before, ...Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined && value !== null)) } as Thresholds;
    const issues = disorderedThresholds(merged).map(({ name, message }) => ({ path: ['input', name], message }));
    if (issues.length) throw new ValidationError(issues);
    const { version: _v, ...values } = merged;
    const after = thresholdsOf(
      await tx.healthThresholdSettings.upsert({ where: { id: 1 }, create: { id: 1, ...values }, update: { ...values, version: { increment: 1 } } }),
    );
    await recordAudit(tx, { actorId: ctx.viewer.id, action: 'healthThresholds.updated', entityType: 'HealthThresholds', entityId: '00000000-0000-0000-0000-000000000001', before, after });
    return after;
  });
}
