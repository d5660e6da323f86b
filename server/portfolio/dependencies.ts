// Dependencies between projects: B needs A (a platform before the products built on it, a data
// migration before the system it feeds), so portfolio selection takes B only with A. The
// portfolio owner of B or the PMO adds and removes them; they never form a cycle. Audited.
import { canGovernProject } from '../auth/access.js';
import { recordAudit } from '../platform/audit.js';
import type { ServiceContext } from '../platform/context.js';
import { withUniqueAsConflict } from '../platform/db/constraints.js';
import { transaction } from '../platform/db/transaction.js';
import { ForbiddenError, NotFoundError, ValidationError } from '../platform/errors.js';
import { cycleClosedBy } from '../schedule/index.js';

export interface AddProjectDependencyInput {
  projectId: string;
  needsProjectId: string;
  reason?: string | null;
}

const FORBIDDEN = "The portfolio owner of the project that needs the other, or the PMO, records project dependencies";
const PROJECT_REF = { id: true, code: true, managerId: true, portfolio: { select: { ownerId: true } } } as const;

export async function addProjectDependency(ctx: ServiceContext, input: AddProjectDependencyInput) {
  return transaction(ctx, async (tx) => {
    const [dependent, needed] = await Promise.all([
      tx.project.findUnique({ where: { id: input.projectId }, select: PROJECT_REF }),
      tx.project.findUnique({ where: { id: input.needsProjectId }, select: PROJECT_REF }),
    ]);
    if (!dependent) throw ValidationError.single(['input', 'projectId'], 'No project has this id');
    if (!canGovernProject(ctx.viewer, dependent)) throw new ForbiddenError(FORBIDDEN);
    // (Those who govern a project read every project: no other check is needed to name one.)
    if (!needed) throw ValidationError.single(['input', 'needsProjectId'], 'No project has this id');
    if ((input.reason ?? '').length > 2000) throw ValidationError.single(['input', 'reason'], 'must be at most 2000 characters');
    // One writer of the dependency graph at a time, so that two additions cannot close a cycle together.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('project-dependencies'))`;
    const links = await tx.projectDependency.findMany({ select: { projectId: true, needsProjectId: true } });
    const edges = links.map((link) => ({ predecessorId: link.needsProjectId, successorId: link.projectId }));
    if (links.some((link) => link.projectId === dependent.id && link.needsProjectId === needed.id)) {
      throw ValidationError.single(['input', 'needsProjectId'], `${dependent.code} already needs ${needed.code}`);
    }
    const cycle = cycleClosedBy({ predecessorId: needed.id, successorId: dependent.id }, edges);
    if (cycle) {
      const codes = new Map((await tx.project.findMany({ where: { id: { in: cycle } }, select: { id: true, code: true } })).map((project) => [project.id, project.code]));
      // cycleClosedBy walks from B along "is needed by" back to A; read the other way, each needs the next.
      const loop = [cycle[0]!, ...cycle.slice(1).reverse(), cycle[0]!].map((id) => codes.get(id) ?? id).join(' → ');
      throw ValidationError.single(['input', 'needsProjectId'], dependent.id === needed.id ? 'A project cannot need itself' : `The dependency would make a cycle (each needs the next): ${loop}`);
    }
    const after = await withUniqueAsConflict(
      () => tx.projectDependency.create({ data: { projectId: dependent.id, needsProjectId: needed.id, reason: input.reason ?? '', addedById: ctx.viewer.id } }),
      `${dependent.code} was just made to need ${needed.code}`,
    );
    await recordAudit(tx, { actorId: ctx.viewer.id, action: 'projectDependency.added', entityType: 'ProjectDependency', entityId: after.id, projectId: dependent.id, after });
    return after;
  });
}

export async function removeProjectDependency(ctx: ServiceContext, input: { id: string }) {
  return transaction(ctx, async (tx) => {
    const before = await tx.projectDependency.findUnique({ where: { id: input.id }, include: { project: { select: PROJECT_REF } } });
    if (!before) throw new NotFoundError('ProjectDependency', input.id);
    if (!canGovernProject(ctx.viewer, before.project)) throw new ForbiddenError(FORBIDDEN);
    const { project: _project, ...row } = before;
    await tx.projectDependency.delete({ where: { id: row.id } });
    await recordAudit(tx, { actorId: ctx.viewer.id, action: 'projectDependency.removed', entityType: 'ProjectDependency', entityId: row.id, projectId: row.projectId, before: row });
    return row;
  });
}
