// Project use cases: create, update (optimistic concurrency), status transitions, membership and
// strategic alignment. Each runs in one transaction with its audit event.
import { canCreateProject, canGovernProject, canManagePortfolio, canManageProject } from '../auth/access.js';
import { getProjectWithPortfolio } from '../auth/project-access.js';
import {
  checkFieldValues,
  type FieldValues,
  GateBlockedError,
  initialProjectFields,
  instantiatePhases,
  methodologyForNewProject,
  type ResolvedMethodology,
} from '../methodology/index.js';
import { recordAudit } from '../platform/audit.js';
import { projectApproved, projectFactsChanged } from '../platform/changes.js';
import type { ServiceContext, Tx } from '../platform/context.js';
import { withUniqueAsConflict } from '../platform/db/constraints.js';
import type { Health, ProjectStatus, Role } from '../platform/db/generated/prisma/enums.js';
import { transaction } from '../platform/db/transaction.js';
import { ConflictError, ForbiddenError, IssueList, NotFoundError, ValidationError } from '../platform/errors.js';
import { assertVersion, changesOf, rejectNulls, updateVersioned } from '../platform/versioning.js';
import { getPortfolio } from './portfolio-ref.js';
import { requireUser } from '../users/index.js';
import { CHANGE_CONTROLLED_FIELDS, ChangeControlRequiredError, isUnderChangeControl } from './change-control.js';
import { InvalidTransitionError } from './errors.js';
import { allowedTransitions, canTransition } from './lib/lifecycle.js';
import { runTransitionGuards } from './transition-guards.js';

/** Who may manage a project. */
export const MANAGER_ROLES: readonly Role[] = ['PROJECT_MANAGER', 'PORTFOLIO_MANAGER', 'PMO_ADMIN'];

export interface CreateProjectInput {
  code: string;
  name: string;
  description?: string | null;
  portfolioId: string;
  managerId?: string | null;
  sponsorId?: string | null;
  budget?: string | null;
  health?: Health | null;
  startDate?: Date | null;
  targetEndDate?: Date | null;
  scopePoints?: number | null;
  /** The methodology to run on (its newest enabled version unless methodologyVersion is given). */
  methodologyKey?: string | null;
  methodologyVersion?: string | null;
  /** Values of the methodology's project fields; the others take their defaults. */
  fields?: FieldValues | null;
}

function forbidUnlessMayCreate(viewer: ServiceContext['viewer'], portfolio: { ownerId: string }, managerId: string | null): void {
  if (!canCreateProject(viewer, portfolio, managerId)) {
    throw new ForbiddenError('You may only create projects in portfolios you own, or propose projects you will manage');
  }
}

/** The manager a new project gets: a project manager proposing a project manages it unless they name someone else. */
function managerOfNewProject(viewer: ServiceContext['viewer'], managerId: string | null | undefined): string | null {
  return managerId ?? (viewer.role === 'PROJECT_MANAGER' ? viewer.id : null);
}

/**
 * Refuses a caller who may not create a project in this portfolio, before the rest of their
 * input is checked (a portfolio that does not exist is left to createProject to report).
 */
export async function authorizeProjectCreation(ctx: ServiceContext, input: { portfolioId: string; managerId?: string | null }): Promise<void> {
  const portfolio = await ctx.prisma.portfolio.findUnique({ where: { id: input.portfolioId }, select: { ownerId: true } });
  if (portfolio) forbidUnlessMayCreate(ctx.viewer, portfolio, managerOfNewProject(ctx.viewer, input.managerId));
}

export async function createProject(ctx: ServiceContext, input: CreateProjectInput) {
  const { viewer } = ctx;
  return transaction(ctx, async (tx) => {
    const issues = new IssueList();
    const portfolio = await issues.check(() => getPortfolio(tx, input.portfolioId, ['input', 'portfolioId']));
    const managerId = managerOfNewProject(viewer, input.managerId);
    if (portfolio) forbidUnlessMayCreate(viewer, portfolio, managerId);
    if (managerId) await issues.check(() => requireUser(tx, managerId, ['input', 'managerId'], MANAGER_ROLES, 'manager'));
    if (input.sponsorId) await issues.check(() => requireUser(tx, input.sponsorId!, ['input', 'sponsorId'], undefined, 'sponsor'));
    await issues.check(() => checkDateOrder(input.startDate, input.targetEndDate, ['input', 'targetEndDate']));
    const methodology = input.methodologyKey
      ? await issues.check(() => methodologyForNewProject(tx, input.methodologyKey!, input.methodologyVersion))
      : undefined;
    if (!input.methodologyKey && input.fields && Object.keys(input.fields).length) {
      await issues.check(() => ValidationError.throwSingle(['input', 'fields'], 'Fields need a methodology (methodologyKey)'));
    }
    const resolved = methodology?.resolved as unknown as ResolvedMethodology | undefined;
    const fields = resolved ? await issues.check(() => initialProjectFields(resolved, input.fields)) : undefined;
    issues.throwIfAny();
    // A taken code is a ConflictError whether it is seen here or, in a race with another
    // create, by the unique index below: one answer for one situation.
    await assertCodeFree(tx, input.code);
    const project = await withUniqueAsConflict(
      () =>
        tx.project.create({
          data: {
            code: input.code,
            name: input.name,
            description: input.description ?? '',
            portfolioId: portfolio!.id,
            managerId,
            sponsorId: input.sponsorId ?? null,
            budget: input.budget ?? '0',
            health: input.health ?? 'GREEN',
            startDate: input.startDate ?? null,
            targetEndDate: input.targetEndDate ?? null,
            scopePoints: input.scopePoints ?? null,
            methodologyId: methodology?.id ?? null,
            fields: fields ?? {},
          },
        }),
      `Project code ${input.code} is already used`,
    );
    await recordAudit(tx, {
      actorId: viewer.id, action: 'project.created', entityType: 'Project', entityId: project.id, projectId: project.id, after: project,
    });
    if (resolved) {
      await instantiatePhases(tx, project.id, resolved);
      projectFactsChanged.announce(tx, [project.id]);
    }
    return project;
  });
}

export interface UpdateProjectInput {
  id: string;
  version: number;
  name?: string | null;
  description?: string | null;
  health?: Health | null;
  budget?: string | null;
  actualCost?: string | null;
  startDate?: Date | null;
  targetEndDate?: Date | null;
  managerId?: string | null;
  sponsorId?: string | null;
  portfolioId?: string | null;
  percentComplete?: number | null;
  scopePoints?: number | null;
  /** Methodology project field values to set (merged into the current ones; null clears one). */
  fields?: FieldValues | null;
}

/** Fields whose change is a governance decision (see access.ts). */
const GOVERNED_FIELDS = ['budget', 'managerId', 'portfolioId'] as const;

export async function updateProject(ctx: ServiceContext, input: UpdateProjectInput) {
  const { viewer } = ctx;
  const { id, version, ...patch } = input;
  const changes = changesOf(patch);
  return transaction(ctx, async (tx) => {
    const before = await getProjectWithPortfolio(tx, id);
    if (!canManageProject(viewer, before)) throw new ForbiddenError('You do not manage this project');
    // Only real changes count, so a client may send back the whole form it read.
    const controlled = CHANGE_CONTROLLED_FIELDS.filter((field) => field in changes && !sameValue(changes[field], before[field]));
    if (controlled.length > 0 && isUnderChangeControl(before.status)) throw new ChangeControlRequiredError(before.code, controlled);
    const governed = GOVERNED_FIELDS.filter((field) => field in changes && !sameValue(changes[field], before[field]));
    if (governed.length > 0 && !canGovernProject(viewer, before)) {
      throw new ForbiddenError(`Only the portfolio's owner or the PMO may change ${governed.join(', ')}`);
    }
    const issues = new IssueList();
    if (changes.portfolioId && changes.portfolioId !== before.portfolioId) {
      const target = await issues.check(() => getPortfolio(tx, changes.portfolioId as string, ['input', 'portfolioId']));
      if (target && !canManagePortfolio(viewer, target)) throw new ForbiddenError('You do not manage the target portfolio');
    }
    if (changes.managerId) {
      await issues.check(() => requireUser(tx, changes.managerId as string, ['input', 'managerId'], MANAGER_ROLES, 'manager'));
    }
    if (changes.sponsorId) {
      await issues.check(() => requireUser(tx, changes.sponsorId as string, ['input', 'sponsorId'], undefined, 'sponsor'));
    }
    await issues.check(() =>
      checkDateOrder(
        'startDate' in changes ? (changes.startDate as Date | null) : before.startDate,
        'targetEndDate' in changes ? (changes.targetEndDate as Date | null) : before.targetEndDate,
        ['input', 'targetEndDate'],
      ),
    );
    await issues.check(() =>
      rejectNulls(patch, ['name', 'health', 'budget', 'actualCost', 'portfolioId', 'description', 'percentComplete', 'fields']),
    );
    if (changes.fields) {
      const methodology = before.methodologyId
        ? await tx.methodology.findUniqueOrThrow({ where: { id: before.methodologyId }, select: { resolved: true } })
        : null;
      if (!methodology) {
        await issues.check(() => ValidationError.throwSingle(['input', 'fields'], 'The project does not run on a methodology'));
      } else {
        const resolved = methodology.resolved as unknown as ResolvedMethodology;
        const fieldIssues = checkFieldValues(resolved.projectFields, changes.fields as FieldValues, ['input', 'fields'], {
          requiredStaysSet: true,
        });
        await issues.check(() => (fieldIssues.length ? Promise.reject(new ValidationError(fieldIssues)) : undefined));
        changes.fields = { ...(before.fields as Record<string, unknown>), ...(changes.fields as FieldValues) };
      }
    }
    issues.throwIfAny();
    await updateVersioned(tx.project, 'project', { id }, version, changes);
    const after = await tx.project.findUniqueOrThrow({ where: { id } });
    const { portfolio: _portfolio, ...beforeRecord } = before;
    await recordAudit(tx, {
      actorId: viewer.id, action: 'project.updated', entityType: 'Project', entityId: id, projectId: id, before: beforeRecord, after,
    });
    projectFactsChanged.announce(tx, [id]);
    return after;
  });
}

export interface TransitionProjectInput {
  id: string;
  status: ProjectStatus;
  /** When given, the transition only applies to this version of the project. */
  version?: number | null;
  reason?: string | null;
}

/** Approving and cancelling are governance decisions; the rest is the manager's. */
const GOVERNED_TRANSITIONS: readonly ProjectStatus[] = ['APPROVED', 'CANCELLED'];

export async function transitionProject(ctx: ServiceContext, input: TransitionProjectInput) {
  const { viewer } = ctx;
  return transaction(ctx, async (tx) => {
    const before = await getProjectWithPortfolio(tx, input.id);
    const allowed = GOVERNED_TRANSITIONS.includes(input.status) ? canGovernProject(viewer, before) : canManageProject(viewer, before);
    if (!allowed) throw new ForbiddenError(`You may not move this project to ${input.status}`);
    if (input.version != null) assertVersion('project', before, input.version);
    if (!canTransition(before.status, input.status)) {
      throw new InvalidTransitionError(before.status, input.status, [...allowedTransitions(before.status)]);
    }
    if (input.status === 'COMPLETED') await assertPhasesComplete(tx, before.id);
    await runTransitionGuards(tx, { project: before, to: input.status });
    await updateVersioned(tx.project, 'project', { id: before.id }, before.version, {
      status: input.status,
      // Approval fixes the baseline that variance metrics compare against.
      ...(input.status === 'APPROVED'
        ? { baselineBudget: before.budget, baselineTargetEndDate: before.targetEndDate, baselineScopePoints: before.scopePoints }
        : {}),
    });
    const after = await tx.project.findUniqueOrThrow({ where: { id: before.id } });
    await recordAudit(tx, {
      actorId: viewer.id, action: 'project.transitioned', entityType: 'Project', entityId: before.id, projectId: before.id,
      before: { status: before.status }, after: { status: after.status, reason: input.reason ?? null },
    });
    projectFactsChanged.announce(tx, [before.id]);
    if (input.status === 'APPROVED') projectApproved.announce(tx, [{ projectId: before.id, actorId: viewer.id }]);
    return after;
  });
}

export interface AddProjectMemberInput {
  projectId: string;
  userId: string;
  projectRole: string;
}

export async function addProjectMember(ctx: ServiceContext, input: AddProjectMemberInput) {
  const { viewer } = ctx;
  return transaction(ctx, async (tx) => {
    const project = await getProjectWithPortfolio(tx, input.projectId);
    if (!canManageProject(viewer, project)) throw new ForbiddenError('You do not manage this project');
    await requireUser(tx, input.userId, ['input', 'userId']);
    const existing = await tx.projectMember.findUnique({ where: { projectId_userId: { projectId: project.id, userId: input.userId } } });
    if (existing) throw new ConflictError('This person is already a member of the project');
    const member = await withUniqueAsConflict(
      () => tx.projectMember.create({ data: { projectId: project.id, userId: input.userId, projectRole: input.projectRole } }),
      'This person is already a member of the project',
    );
    await recordAudit(tx, {
      actorId: viewer.id, action: 'project.member.added', entityType: 'Project', entityId: project.id, projectId: project.id, after: member,
    });
    projectFactsChanged.announce(tx, [project.id]);
    return member;
  });
}

export async function removeProjectMember(ctx: ServiceContext, input: { projectId: string; userId: string }) {
  const { viewer } = ctx;
  return transaction(ctx, async (tx) => {
    const project = await getProjectWithPortfolio(tx, input.projectId);
    if (!canManageProject(viewer, project)) throw new ForbiddenError('You do not manage this project');
    const member = await tx.projectMember.findUnique({ where: { projectId_userId: { projectId: project.id, userId: input.userId } } });
    if (!member) throw new NotFoundError('ProjectMember', `${input.projectId}:${input.userId}`);
    await tx.projectMember.delete({ where: { id: member.id } });
    await recordAudit(tx, {
      actorId: viewer.id, action: 'project.member.removed', entityType: 'Project', entityId: project.id, projectId: project.id, before: member,
    });
    projectFactsChanged.announce(tx, [project.id]);
    const { portfolio: _portfolio, ...record } = project;
    return record;
  });
}

export interface AlignProjectInput {
  projectId: string;
  objectiveId: string;
  /** 1..5 sets the strength of the contribution; 0 removes the alignment. */
  score: number;
}

export async function alignProject(ctx: ServiceContext, input: AlignProjectInput) {
  const { viewer } = ctx;
  return transaction(ctx, async (tx) => {
    const project = await getProjectWithPortfolio(tx, input.projectId);
    if (!canManageProject(viewer, project)) throw new ForbiddenError('You do not manage this project');
    const objective = await tx.strategicObjective.findUnique({ where: { id: input.objectiveId } });
    if (!objective) throw ValidationError.single(['input', 'objectiveId'], 'No objective has this id');
    if (objective.portfolioId && objective.portfolioId !== project.portfolioId) {
      throw ValidationError.single(['input', 'objectiveId'], "The objective belongs to another portfolio than the project's");
    }
    const key = { projectId_objectiveId: { projectId: project.id, objectiveId: objective.id } };
    const before = await tx.projectObjective.findUnique({ where: key });
    let after = null;
    if (input.score === 0) {
      if (before) await tx.projectObjective.delete({ where: key });
    } else {
      after = await tx.projectObjective.upsert({
        where: key,
        create: { projectId: project.id, objectiveId: objective.id, score: input.score },
        update: { score: input.score },
      });
    }
    await recordAudit(tx, {
      actorId: viewer.id, action: 'project.aligned', entityType: 'Project', entityId: project.id, projectId: project.id, before, after,
    });
    projectFactsChanged.announce(tx, [project.id]);
    const { portfolio: _portfolio, ...record } = project;
    return record;
  });
}

function sameValue(next: unknown, current: unknown): boolean {
  if (next === null || current === null) return next === current;
  return String(next) === String(current) || Number(next) === Number(current);
}

/** A project run by a methodology completes only once its last phase is complete. */
async function assertPhasesComplete(tx: Tx, projectId: string): Promise<void> {
  const open = await tx.projectPhase.findFirst({ where: { projectId, status: { not: 'COMPLETED' } }, orderBy: { position: 'asc' } });
  if (open) {
    throw new GateBlockedError(open.key, [], `The ${open.name} phase is not complete: pass its gate with advancePhase before completing the project`);
  }
}

function checkDateOrder(start: Date | null | undefined, end: Date | null | undefined, path: string[]): void {
  if (start && end && end.getTime() < start.getTime()) {
    throw ValidationError.single(path, 'The target end date must not be before the start date');
  }
}

async function assertCodeFree(tx: Tx, code: string): Promise<void> {
  const taken = await tx.project.findUnique({ where: { code }, select: { id: true } });
  if (taken) throw new ConflictError(`Project code ${code} is already used`);
}
