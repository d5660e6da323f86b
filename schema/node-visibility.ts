// Visibility rules for node(id)/nodes(ids): a record the viewer may not read resolves to null,
// without an error, so that the ids of hidden records cannot be probed.
import { canReadAudit } from '../server/auth/access.js';
import type { AppContext } from '../server/context.js';

interface ParsedId {
  typename: string;
  id: string;
}

/** Checks that need only the id (cheap, before loading). */
async function visibleBeforeLoad(ctx: AppContext, id: ParsedId): Promise<boolean> {
  if (id.typename === 'Project') return ctx.canReadProject(String(id.id));
  if (id.typename === 'AuditEvent') return canReadAudit(ctx.viewer);
  return true;
}

/**
 * Checks that need the loaded record: anything that belongs to a project (members, deliverables,
 * rule evaluations, audit events, risks, …) is visible only with its project.
 */
async function visibleAfterLoad(ctx: AppContext, _id: ParsedId, node: unknown): Promise<boolean> {
  if (!node) return false;
  const projectId = (node as { projectId?: unknown }).projectId;
  return typeof projectId !== 'string' || ctx.canReadProject(projectId);
}

export async function resolveVisibleNode(
  ctx: AppContext,
  id: ParsedId,
  load: (id: ParsedId) => unknown,
): Promise<unknown> {
  if (!(await visibleBeforeLoad(ctx, id))) return null;
  const node = await Promise.resolve(load(id));
  return (await visibleAfterLoad(ctx, id, node)) ? node : null;
}

/**
 * Loads the nodes in one batch and keeps the order of `ids`. Pothos' loader always loads every
 * id it was given (whatever list is passed), so results are matched by position and hidden ones
 * dropped afterwards; nothing is loaded when none is visible.
 */
export async function resolveVisibleNodes(
  ctx: AppContext,
  ids: ParsedId[],
  loadMany: (ids: ParsedId[]) => Promise<readonly unknown[]>,
): Promise<unknown[]> {
  const visible = await Promise.all(ids.map((id) => visibleBeforeLoad(ctx, id)));
  const loaded = visible.some(Boolean) ? await loadMany(ids) : [];
  return Promise.all(
    ids.map(async (id, index) => (visible[index] && (await visibleAfterLoad(ctx, id, loaded[index])) ? loaded[index] : null)),
  );
}
