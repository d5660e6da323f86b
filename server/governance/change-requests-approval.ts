// Approving and rejecting change requests. The portfolio owner (or the PMO) approves; above the
// settings' budget-delta threshold a PMO approval is needed too, from another person. The final
// approval applies the change in the same transaction as the approval itself: the project's
// budget, target end date (calendar days) and scope, its baseline fields set to the new values,
// a new schedule baseline made current (when it has tasks), a Decision in the log, the audit
// events. Any failure (a stale project, a change that no longer fits it) rolls all of it back.
import { canGovernProject, isAdmin } from '../auth/access.js';
import { recordAudit } from '../platform/audit.js';
import { addDays } from '../platform/calendar.js';
import { projectFactsChanged } from '../platform/changes.js';
import type { ServiceContext, Tx } from '../platform/context.js';
import { joinTransaction, transaction } from '../platform/db/transaction.js';
import { ConflictError, ForbiddenError } from '../platform/errors.js';
import { assertVersion, updateVersioned } from '../platform/versioning.js';
import { snapshotSchedule } from '../schedule/index.js';
import { assertApplicable, assertStatus, assertUnderChangeControl, CHANGE_PROJECT, impactOf, loadChangeRequest } from './change-requests.js';
import { recordDecision } from './decisions.js';
import { amountOf, type ApproverRole, roleFilledBy } from './lib/change-requests.js';

export interface DecideChangeRequestInput {
  id: string;
  version: number;
  comment?: string | null;
}

type LoadedRequest = Awaited<ReturnType<typeof loadChangeRequest>>;

const FORBIDDEN = "The project's portfolio owner or the PMO decides change requests";

/** The roles a request needs approved, in order. */
export const rolesOf = (request: { requiresPmoApproval: boolean }): ApproverRole[] => (request.requiresPmoApproval ? ['PORTFOLIO_OWNER', 'PMO'] : ['PORTFOLIO_OWNER']);

function decider(ctx: ServiceContext, request: LoadedRequest) {
  if (!canGovernProject(ctx.viewer, request.project)) throw new ForbiddenError(FORBIDDEN);
  return { isAdmin: isAdmin(ctx.viewer), ownsPortfolio: request.project.portfolio.ownerId === ctx.viewer.id };
}

export async function approveChangeRequest(ctx: ServiceContext, input: DecideChangeRequestInput) {
  return transaction(ctx, async (tx) => {
    const request = await loadChangeRequest(tx, input.id);
    const who = decider(ctx, request);
    assertVersion('change request', request, input.version);
    assertStatus('approve', 'approved', request.status);
    if (request.approvals.some((approval) => approval.approverId === ctx.viewer.id)) {
      throw new ConflictError('You have already approved this change request: its other approval must come from someone else');
    }
    const open = rolesOf(request).filter((role) => !request.approvals.some((approval) => approval.role === role));
    const role = roleFilledBy(who, open);
    if (!role) throw new ForbiddenError(`The approval still needed is the PMO's (a PMO_ADMIN): ${open.join(', ')}`);
    const approval = await tx.changeRequestApproval.create({
      data: { changeRequestId: request.id, approverId: ctx.viewer.id, role, decision: 'APPROVED', comment: input.comment ?? '' },
    });
    const final = open.length === 1;
    await updateVersioned(tx.changeRequest, 'change request', { id: request.id }, request.version, final
      ? { status: 'APPROVED' as const, decidedAt: approval.createdAt, decisionReason: input.comment ?? '' }
      : {});
    await recordAudit(tx, {
      actorId: ctx.viewer.id, action: final ? 'changeRequest.approved' : 'changeRequest.approvalGiven', entityType: 'ChangeRequest', entityId: request.id,
      projectId: request.projectId, before: { status: request.status }, after: { status: final ? 'APPROVED' : request.status, role, comment: approval.comment },
    });
    if (final) await applyChange(ctx, tx, request, approval.createdAt);
    return tx.changeRequest.findUniqueOrThrow({ where: { id: request.id } });
  });
}

/**
 * Applies an approved request to its project, read again here (inside the transaction) so the
 * change is checked against the project as it is now, and written only at the version read.
 */
async function applyChange(ctx: ServiceContext, tx: Tx, request: LoadedRequest, at: Date): Promise<void> {
  const project = await tx.project.findUniqueOrThrow({ where: { id: request.projectId }, select: { ...CHANGE_PROJECT, _count: { select: { tasks: true } } } });
  assertUnderChangeControl(project, ['input', 'id']);
  const plan = assertApplicable(project, impactOf(request), () => ['input', 'id']);
  const budget = amountOf(plan.budgetCents);
  const targetEndDate = project.targetEndDate && request.finishDeltaDays !== 0 ? addDays(project.targetEndDate, request.finishDeltaDays) : project.targetEndDate;
  const scopePoints = plan.scopePoints;
  // A new schedule baseline only where there is a schedule to snapshot.
  const baseline = project._count.tasks > 0 ? await snapshotSchedule(tx, project.id, `Change request: ${request.title}`.slice(0, 200), ctx.viewer.id) : null;
  await updateVersioned(tx.project, 'project', { id: project.id }, project.version, {
    budget, targetEndDate, scopePoints,
    baselineBudget: budget, baselineTargetEndDate: targetEndDate, baselineScopePoints: scopePoints,
    ...(baseline ? { currentBaselineId: baseline.id } : {}),
  });
  await recordAudit(tx, {
    actorId: ctx.viewer.id, action: 'project.changeApplied', entityType: 'Project', entityId: project.id, projectId: project.id,
    before: { budget: project.budget, targetEndDate: project.targetEndDate, scopePoints: project.scopePoints },
    after: { budget, targetEndDate, scopePoints, changeRequestId: request.id, baselineId: baseline?.id ?? null },
  });
  if (baseline) {
    await recordAudit(tx, { actorId: ctx.viewer.id, action: 'baseline.captured', entityType: 'ScheduleBaseline', entityId: baseline.id, projectId: project.id, after: baseline });
  }
  // The log entry, as recordDecision writes any other (its checks, its audit), in this transaction.
  await recordDecision(joinTransaction(ctx, tx), {
    projectId: project.id, title: `Change request approved: ${request.title}`.slice(0, 200),
    rationale: request.description || request.title, decidedAt: at, changeRequestIds: [request.id],
  });
  projectFactsChanged.announce(tx, [project.id]);
}

export async function rejectChangeRequest(ctx: ServiceContext, input: DecideChangeRequestInput & { reason: string }) {
  return transaction(ctx, async (tx) => {
    const request = await loadChangeRequest(tx, input.id);
    const who = decider(ctx, request);
    assertVersion('change request', request, input.version);
    assertStatus('reject', 'rejected', request.status);
    // Any approver may refuse: the role they stand for is the one they would have approved.
    const open = rolesOf(request).filter((role) => !request.approvals.some((approval) => approval.role === role));
    const role = roleFilledBy(who, open) ?? (who.isAdmin ? 'PMO' : 'PORTFOLIO_OWNER');
    const approval = await tx.changeRequestApproval.upsert({
      where: { changeRequestId_role: { changeRequestId: request.id, role } },
      create: { changeRequestId: request.id, approverId: ctx.viewer.id, role, decision: 'REJECTED', comment: input.reason },
      update: { approverId: ctx.viewer.id, decision: 'REJECTED', comment: input.reason, createdAt: new Date() },
    });
    await updateVersioned(tx.changeRequest, 'change request', { id: request.id }, request.version, { status: 'REJECTED' as const, decidedAt: approval.createdAt, decisionReason: input.reason });
    await recordAudit(tx, {
      actorId: ctx.viewer.id, action: 'changeRequest.rejected', entityType: 'ChangeRequest', entityId: request.id, projectId: request.projectId,
      before: { status: request.status }, after: { status: 'REJECTED', role, reason: input.reason },
    });
    return tx.changeRequest.findUniqueOrThrow({ where: { id: request.id } });
  });
}
