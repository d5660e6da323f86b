// Change requests: a project manager (or the portfolio owner, or the PMO) raises a request to
// change an approved project's budget, finish or scope; its raiser edits it while a draft,
// submits it for approval or withdraws it. Approval lives in change-requests-approval.ts.
// Each use case is one transaction, versioned and audited.
import { canManageProject } from '../auth/access.js';
import { recordAudit } from '../platform/audit.js';
import type { ServiceContext, Tx } from '../platform/context.js';
import type { ChangeRequestKind } from '../platform/db/generated/prisma/enums.js';
import { dayNumber } from '../platform/calendar.js';
import { transaction } from '../platform/db/transaction.js';
import { ForbiddenError, NotFoundError, ValidationError } from '../platform/errors.js';
import { assertVersion, changesOf, rejectNulls, updateVersioned } from '../platform/versioning.js';
import { isUnderChangeControl } from '../projects/index.js';
import { ChangeRequestStatusError } from './change-requests-errors.js';
import { changeControlSettings } from './change-requests-settings.js';
import { ALLOWED_FROM, centsOf, type ChangeImpact, planAfter, type ProjectPlan, requiredRoles } from './lib/change-requests.js';

/** What the rules read of a request's project. */
export const CHANGE_PROJECT = {
  id: true, code: true, status: true, managerId: true, version: true, budget: true, startDate: true, targetEndDate: true, scopePoints: true,
  portfolio: { select: { id: true, ownerId: true } },
} as const;

type ChangeProject = { code: string; status: Parameters<typeof isUnderChangeControl>[0]; budget: { toString(): string }; startDate: Date | null; targetEndDate: Date | null; scopePoints: number | null };

export interface ChangeRequestImpactInput {
  budgetDelta?: string | null;
  finishDeltaDays?: number | null;
  scopeDelta?: number | null;
}

export interface CreateChangeRequestInput extends ChangeRequestImpactInput {
  projectId: string;
  kind: ChangeRequestKind;
  title: string;
  description?: string | null;
}

export interface UpdateChangeRequestInput extends ChangeRequestImpactInput {
  id: string;
  version: number;
  kind?: ChangeRequestKind | null;
  title?: string | null;
  description?: string | null;
}

export const planOf = (project: ChangeProject): ProjectPlan => ({
  budgetCents: centsOf(project.budget),
  startDay: project.startDate ? dayNumber(project.startDate) : null,
  targetEndDay: project.targetEndDate ? dayNumber(project.targetEndDate) : null,
  scopePoints: project.scopePoints,
});

export const impactOf = (request: { budgetDelta: { toString(): string }; finishDeltaDays: number; scopeDelta: number }): ChangeImpact => ({
  budgetDeltaCents: centsOf(request.budgetDelta),
  finishDeltaDays: request.finishDeltaDays,
  scopeDelta: request.scopeDelta,
});

/** The project after the change, or a ValidationError naming each impact field that cannot apply. */
export function assertApplicable(project: ChangeProject, impact: ChangeImpact, pathOf: (field: string) => string[] = (field) => ['input', field]): ProjectPlan {
  const { plan, problems } = planAfter(planOf(project), impact);
  if (problems.length) throw new ValidationError(problems.map((problem) => ({ path: pathOf(problem.field), message: problem.message })));
  return plan;
}

/** Only a project under change control takes change requests. */
export function assertUnderChangeControl(project: ChangeProject, path: string[]): void {
  if (!isUnderChangeControl(project.status)) {
    throw ValidationError.single(path, `${project.code} is ${project.status}: only approved, active and on-hold projects are under change control (a proposed project is edited directly)`);
  }
}

/** A request with its project, for the rules; NotFoundError when there is none. */
export async function loadChangeRequest(tx: Tx, id: string) {
  const request = await tx.changeRequest.findUnique({ where: { id }, include: { project: { select: CHANGE_PROJECT }, approvals: true } });
  if (!request) throw new NotFoundError('ChangeRequest', id);
  return request;
}

export function assertStatus(action: keyof typeof ALLOWED_FROM, done: string, status: string): void {
  if (!ALLOWED_FROM[action].includes(status as never)) throw new ChangeRequestStatusError(done, status, ALLOWED_FROM[action]);
}

const record = <T extends { project?: unknown; approvals?: unknown }>(request: T) => {
  const { project: _project, approvals: _approvals, ...row } = request;
  return row;
};

export async function createChangeRequest(ctx: ServiceContext, input: CreateChangeRequestInput) {
  return transaction(ctx, async (tx) => {
    const project = await tx.project.findUnique({ where: { id: input.projectId }, select: CHANGE_PROJECT });
    if (!project) throw ValidationError.single(['input', 'projectId'], 'No project has this id');
    if (!canManageProject(ctx.viewer, project)) throw new ForbiddenError("The project's manager, its portfolio owner or the PMO raises change requests");
    assertUnderChangeControl(project, ['input', 'projectId']);
    const impact = { budgetDelta: input.budgetDelta ?? '0', finishDeltaDays: input.finishDeltaDays ?? 0, scopeDelta: input.scopeDelta ?? 0 };
    assertApplicable(project, impactOf(impact));
    const after = await tx.changeRequest.create({
      data: { projectId: project.id, kind: input.kind, title: input.title, description: input.description ?? '', ...impact, raisedById: ctx.viewer.id },
    });
    await recordAudit(tx, { actorId: ctx.viewer.id, action: 'changeRequest.created', entityType: 'ChangeRequest', entityId: after.id, projectId: project.id, after });
    return after;
  });
}

function assertRaiser(viewer: ServiceContext['viewer'], request: { raisedById: string | null }, what: string): void {
  if (request.raisedById !== viewer.id) throw new ForbiddenError(`Only the person who raised a change request ${what} it`);
}

export async function updateChangeRequest(ctx: ServiceContext, input: UpdateChangeRequestInput) {
  const { id, version, ...patch } = input;
  const changes = changesOf(patch);
  rejectNulls(patch, ['kind', 'title', 'description', 'budgetDelta', 'finishDeltaDays', 'scopeDelta']);
  return transaction(ctx, async (tx) => {
    const before = await loadChangeRequest(tx, id);
    assertRaiser(ctx.viewer, before, 'edits');
    assertVersion('change request', before, version);
    assertStatus('update', 'edited', before.status);
    const next = { ...before, ...changes } as typeof before;
    assertApplicable(before.project, impactOf(next));
    await updateVersioned(tx.changeRequest, 'change request', { id }, version, changes);
    const after = await tx.changeRequest.findUniqueOrThrow({ where: { id } });
    await recordAudit(tx, { actorId: ctx.viewer.id, action: 'changeRequest.updated', entityType: 'ChangeRequest', entityId: id, projectId: before.projectId, before: record(before), after });
    return after;
  });
}

export async function submitChangeRequest(ctx: ServiceContext, input: { id: string; version: number }) {
  return transaction(ctx, async (tx) => {
    const before = await loadChangeRequest(tx, input.id);
    assertRaiser(ctx.viewer, before, 'submits');
    assertVersion('change request', before, input.version);
    assertStatus('submit', 'submitted', before.status);
    assertUnderChangeControl(before.project, ['input', 'id']);
    assertApplicable(before.project, impactOf(before), () => ['input', 'id']);
    // The approval rule is fixed now: changing the threshold later does not move open requests.
    const settings = await changeControlSettings(tx);
    const roles = requiredRoles(centsOf(before.budgetDelta), centsOf(settings.pmoApprovalAboveBudgetDelta));
    await updateVersioned(tx.changeRequest, 'change request', { id: before.id }, before.version, {
      status: 'SUBMITTED' as const, submittedAt: new Date(), requiresPmoApproval: roles.includes('PMO'),
    });
    const after = await tx.changeRequest.findUniqueOrThrow({ where: { id: before.id } });
    await recordAudit(tx, {
      actorId: ctx.viewer.id, action: 'changeRequest.submitted', entityType: 'ChangeRequest', entityId: before.id, projectId: before.projectId,
      before: { status: before.status }, after: { status: after.status, requiredApprovers: roles },
    });
    return after;
  });
}

export async function withdrawChangeRequest(ctx: ServiceContext, input: { id: string; version: number; reason?: string | null }) {
  return transaction(ctx, async (tx) => {
    const before = await loadChangeRequest(tx, input.id);
    assertRaiser(ctx.viewer, before, 'withdraws');
    assertVersion('change request', before, input.version);
    assertStatus('withdraw', 'withdrawn', before.status);
    await updateVersioned(tx.changeRequest, 'change request', { id: before.id }, before.version, {
      status: 'WITHDRAWN' as const, decidedAt: new Date(), decisionReason: input.reason ?? '',
    });
    const after = await tx.changeRequest.findUniqueOrThrow({ where: { id: before.id } });
    await recordAudit(tx, {
      actorId: ctx.viewer.id, action: 'changeRequest.withdrawn', entityType: 'ChangeRequest', entityId: before.id, projectId: before.projectId,
      before: { status: before.status }, after: { status: after.status, reason: after.decisionReason },
    });
    return after;
  });
}
