// The work breakdown's order and its two structural checks: no task under its own descendant, and
// no dependency that closes a loop. Pure: the service hands in the project's rows.

/** Digit runs padded to this width sort numerically as text (a WBS code of up to 10 digits a level). */
const DIGITS = 10;

/** The key with every run of digits zero-padded: text order of the result is WBS order (1.2 < 1.10 < 2). */
export function wbsOrderOf(key: string): string {
  return key.replace(/\d+/g, (digits) => digits.replace(/^0+(?=\d)/, '').padStart(DIGITS, '0'));
}

/**
 * Whether making `parentId` the parent of `taskId` would put the task under itself: walks up from
 * the new parent through `parents` (task id → parent id).
 */
export function wouldNestUnderItself(taskId: string, parentId: string, parents: ReadonlyMap<string, string | null>): boolean {
  const seen = new Set<string>();
  for (let at: string | null | undefined = parentId; at; at = parents.get(at)) {
    if (at === taskId) return true;
    if (seen.has(at)) return false; // a loop above is not ours to report (it cannot be stored)
    seen.add(at);
  }
  return false;
}

export interface Link {
  predecessorId: string;
  successorId: string;
}

/**
 * The tasks of the loop that the link `added` would close, in order from its successor back to its
 * predecessor (which the link then joins), or null when the network stays acyclic. Breadth first
 * from the successor, so the loop reported is a shortest one.
 */
export function cycleClosedBy(added: Link, links: readonly Link[]): string[] | null {
  if (added.predecessorId === added.successorId) return [added.predecessorId];
  const successors = new Map<string, string[]>();
  for (const link of links) {
    const next = successors.get(link.predecessorId);
    if (next) next.push(link.successorId);
    else successors.set(link.predecessorId, [link.successorId]);
  }
  const cameFrom = new Map<string, string | null>([[added.successorId, null]]);
  const queue = [added.successorId];
  for (let head = 0; head < queue.length; head++) {
    const at = queue[head]!;
    if (at === added.predecessorId) {
      const path: string[] = [];
      for (let step: string | null = at; step !== null; step = cameFrom.get(step) ?? null) path.push(step);
      return path.reverse();
    }
    for (const next of successors.get(at) ?? []) {
      if (!cameFrom.has(next)) {
        cameFrom.set(next, at);
        queue.push(next);
      }
    }
  }
  return null;
}

/**
 * One loop among `links` (its tasks in link order, each followed by the next and the last by the
 * first), or null when they form no loop. Kahn's order first, O(tasks + links); the tasks it
 * cannot order each have a predecessor it cannot order either, so walking back along those
 * predecessors from any of them must come round: that walk is the loop.
 */
export function findCycle(links: readonly Link[]): string[] | null {
  const inDegree = new Map<string, number>();
  const successors = new Map<string, string[]>();
  for (const { predecessorId, successorId } of links) {
    inDegree.set(predecessorId, inDegree.get(predecessorId) ?? 0);
    inDegree.set(successorId, (inDegree.get(successorId) ?? 0) + 1);
    const next = successors.get(predecessorId);
    if (next) next.push(successorId);
    else successors.set(predecessorId, [successorId]);
  }
  const queue = [...inDegree].filter(([, degree]) => degree === 0).map(([id]) => id);
  for (let head = 0; head < queue.length; head++) {
    for (const next of successors.get(queue[head]!) ?? []) {
      const degree = inDegree.get(next)! - 1;
      inDegree.set(next, degree);
      if (degree === 0) queue.push(next);
    }
  }
  if (queue.length === inDegree.size) return null;
  const predecessorOf = new Map<string, string>();
  for (const { predecessorId, successorId } of links) {
    if (inDegree.get(predecessorId)! > 0 && inDegree.get(successorId)! > 0) predecessorOf.set(successorId, predecessorId);
  }
  const walk: string[] = [];
  const seenAt = new Map<string, number>();
  let at = predecessorOf.keys().next().value as string;
  while (!seenAt.has(at)) {
    seenAt.set(at, walk.length);
    walk.push(at);
    at = predecessorOf.get(at)!;
  }
  return walk.slice(seenAt.get(at)).reverse();
}
