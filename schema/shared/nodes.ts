// Visibility rules for node(id)/nodes(ids): a record the viewer may not read resolves to null,
// without an error, so that the ids of hidden records cannot be probed.
//
// One rule holds for every type: anything that belongs to a project (members, deliverables, rule
// evaluations, audit events, risks, alerts, …) is visible only with its project. A domain adds
// the rules of its own types beside their definition (`registerNodeVisibility`).
import { canReadProject } from '../../server/auth/project-access.js';
import type { AppContext } from './context.js';
import type { GlobalId } from './ids.js';

/** Whether the viewer may see the node with this id; checked before it is loaded (cheap). */
export type VisibilityRule = (ctx: AppContext, id: string) => boolean | Promise<boolean>;

const rules = new Map<string, VisibilityRule>();

/** The rule of one node type, e.g. Project: readable projects only. */
export function registerNodeVisibility(typename: string, rule: VisibilityRule): void {
  rules.set(typename, rule);
}

async function visibleBeforeLoad(ctx: AppContext, id: GlobalId): Promise<boolean> {
  const rule = rules.get(id.typename);
  return rule ? rule(ctx, String(id.id)) : true;
}

/** The rule for every type: a record of a project is visible only with its project. */
async function visibleAfterLoad(ctx: AppContext, node: unknown): Promise<boolean> {
  if (!node) return false;
  const projectId = (node as { projectId?: unknown }).projectId;
  return typeof projectId !== 'string' || canReadProject(ctx, projectId);
}

export async function resolveVisibleNode(ctx: AppContext, id: GlobalId, load: (id: GlobalId) => unknown): Promise<unknown> {
  if (!(await visibleBeforeLoad(ctx, id))) return null;
  const node = await Promise.resolve(load(id));
  return (await visibleAfterLoad(ctx, node)) ? node : null;
}

/**
 * Loads the nodes in one batch and keeps the order of `ids`. Pothos' loader always loads every
 * id it was given (whatever list is passed), so results are matched by position and hidden ones
 * dropped afterwards; nothing is loaded when none is visible.
 */
export async function resolveVisibleNodes(
  ctx: AppContext,
  ids: GlobalId[],
  loadMany: (ids: GlobalId[]) => Promise<readonly unknown[]>,
): Promise<unknown[]> {
  const visible = await Promise.all(ids.map((id) => visibleBeforeLoad(ctx, id)));
  const loaded = visible.some(Boolean) ? await loadMany(ids) : [];
  return Promise.all(ids.map(async (id, index) => (visible[index] && (await visibleAfterLoad(ctx, loaded[index])) ? loaded[index] : null)));
}
