// Deliverables: edit fields, submit, approve, reject. Who may submit and approve comes from the
// template (submitRoles / approveRoles) combined with the person's relation to the project.
import { canManagePortfolio, canManageProject, type TeamProjectRef } from '../auth/access.js';
import { PROJECT_ACCESS } from '../auth/project-access.js';
import { recordAudit } from '../platform/audit.js';
import { projectFactsChanged } from '../platform/changes.js';
import type { ServiceContext, Tx, Viewer } from '../platform/context.js';
import type { Prisma } from '../platform/db/generated/prisma/client.js';
import { transaction } from '../platform/db/transaction.js';
import { ForbiddenError, NotFoundError, ValidationError } from '../platform/errors.js';
import { assertVersion, updateVersioned } from '../platform/versioning.js';
import { isUnset } from './lib/field-values.js';
import type { ManifestRole, ResolvedMethodology, TemplateDef } from './lib/manifest.js';
import { checkFieldValues, type FieldValues } from './project-methodology.js';

async function loadDeliverable(tx: Tx, id: string) {
  const deliverable = await tx.deliverable.findUnique({
    where: { id },
    include: {
      project: { select: { ...PROJECT_ACCESS, methodology: { select: { resolved: true } } } },
    },
  });
  if (!deliverable) throw new NotFoundError('Deliverable', id);
  const methodology = deliverable.project.methodology?.resolved as unknown as ResolvedMethodology | undefined;
  const template = methodology?.templates.find((t) => t.key === deliverable.key);
  if (!template) throw new NotFoundError('DeliverableTemplate', deliverable.key);
  return { deliverable, template };
}

type Loaded = Awaited<ReturnType<typeof loadDeliverable>>;

/**
 * Whether the viewer acts in one of `roles` for this project: a PMO admin always; a portfolio
 * manager for projects of portfolios they own; a project manager for projects they manage; a
 * team member for projects they belong to; an executive (read-only) never.
 */
export function actsInRole(viewer: Viewer, roles: readonly ManifestRole[], project: TeamProjectRef): boolean {
  if (!roles.includes(viewer.role)) return false;
  switch (viewer.role) {
    case 'PMO_ADMIN':
      return true;
    case 'PORTFOLIO_MANAGER':
      return canManagePortfolio(viewer, project.portfolio);
    case 'PROJECT_MANAGER':
      return project.managerId === viewer.id;
    case 'TEAM_MEMBER':
      return project.members.some((member) => member.userId === viewer.id);
    default:
      return false;
  }
}

function assertOpenProject(loaded: Loaded) {
  if (loaded.deliverable.project.status === 'COMPLETED' || loaded.deliverable.project.status === 'CANCELLED') {
    throw ValidationError.single(['input', 'id'], 'The project is closed: its deliverables can no longer change');
  }
}

async function save(
  ctx: ServiceContext,
  tx: Tx,
  loaded: Loaded,
  action: string,
  data: Prisma.DeliverableUpdateManyMutationInput,
) {
  const { deliverable } = loaded;
  await updateVersioned(tx.deliverable, 'deliverable', { id: deliverable.id }, deliverable.version, data);
  const after = await tx.deliverable.findUniqueOrThrow({ where: { id: deliverable.id } });
  const { project: _project, ...before } = deliverable;
  await recordAudit(tx, {
    actorId: ctx.viewer.id, action, entityType: 'Deliverable', entityId: deliverable.id, projectId: deliverable.projectId, before, after,
  });
  projectFactsChanged.announce(tx, [deliverable.projectId]);
  return after;
}

export async function updateDeliverable(ctx: ServiceContext, input: { id: string; version: number; fields: FieldValues }) {
  return transaction(ctx, async (tx) => {
    const loaded = await loadDeliverable(tx, input.id);
    const { deliverable, template } = loaded;
    const project = deliverable.project;
    const editor = canManageProject(ctx.viewer, project) || actsInRole(ctx.viewer, template.submitRoles, project);
    if (!editor) throw new ForbiddenError('You may not edit this deliverable');
    assertOpenProject(loaded);
    if (deliverable.status === 'SUBMITTED' || deliverable.status === 'APPROVED') {
      throw ValidationError.single(['input', 'id'], `The deliverable is ${deliverable.status.toLowerCase()}: it cannot be edited`);
    }
    assertVersion('deliverable', loaded.deliverable, input.version);
    const issues = checkFieldValues(template.fields, input.fields, ['input', 'fields']);
    if (issues.length) throw new ValidationError(issues);
    const fields = { ...(deliverable.fields as Record<string, unknown>), ...input.fields };
    return save(ctx, tx, loaded, 'deliverable.updated', { fields: fields as Prisma.InputJsonObject, status: 'DRAFT' });
  });
}

export async function submitDeliverable(ctx: ServiceContext, input: { id: string; version: number }) {
  return transaction(ctx, async (tx) => {
    const loaded = await loadDeliverable(tx, input.id);
    const { deliverable, template } = loaded;
    if (!actsInRole(ctx.viewer, template.submitRoles, deliverable.project)) {
      throw new ForbiddenError(`Only ${template.submitRoles.join(', ')} of this project may submit ${template.name}`);
    }
    assertOpenProject(loaded);
    if (deliverable.status !== 'DRAFT' && deliverable.status !== 'REJECTED' && deliverable.status !== 'NOT_STARTED') {
      throw ValidationError.single(['input', 'id'], `The deliverable is ${deliverable.status.toLowerCase()}: it cannot be submitted`);
    }
    assertVersion('deliverable', loaded.deliverable, input.version);
    const missing = missingRequired(template, deliverable.fields as Record<string, unknown>);
    if (missing.length) {
      throw new ValidationError(missing.map((key) => ({ path: ['fields', key], message: `${key} is required before submitting` })));
    }
    return save(ctx, tx, loaded, 'deliverable.submitted', { status: 'SUBMITTED', submittedAt: new Date(), submittedById: ctx.viewer.id });
  });
}

export async function decideDeliverable(
  ctx: ServiceContext,
  input: { id: string; version: number; approve: boolean; note?: string | null },
) {
  return transaction(ctx, async (tx) => {
    const loaded = await loadDeliverable(tx, input.id);
    const { deliverable, template } = loaded;
    if (!actsInRole(ctx.viewer, template.approveRoles, deliverable.project)) {
      throw new ForbiddenError(`Only ${template.approveRoles.join(', ')} of this project may approve or reject ${template.name}`);
    }
    // Four-eyes principle: nobody approves their own submission.
    if (deliverable.submittedById === ctx.viewer.id) throw new ForbiddenError('You submitted this deliverable: someone else must decide');
    assertOpenProject(loaded);
    if (deliverable.status !== 'SUBMITTED') {
      throw ValidationError.single(['input', 'id'], `Only a submitted deliverable can be ${input.approve ? 'approved' : 'rejected'}`);
    }
    if (!input.approve && isUnset(input.note)) throw ValidationError.single(['input', 'note'], 'Say why the deliverable is rejected');
    assertVersion('deliverable', loaded.deliverable, input.version);
    return save(ctx, tx, loaded, input.approve ? 'deliverable.approved' : 'deliverable.rejected', {
      status: input.approve ? 'APPROVED' : 'REJECTED',
      decidedAt: new Date(),
      decidedById: ctx.viewer.id,
      decisionNote: input.note ?? null,
    });
  });
}

function missingRequired(template: TemplateDef, values: Record<string, unknown>): string[] {
  return template.fields.filter((field) => field.required && isUnset(values[field.key])).map((field) => field.key);
}
