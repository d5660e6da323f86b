// Roll-ups of the WBS tree: a summary task's budget is the sum of the work tasks under it.
// Money is in whole cents: sums of them are exact in a double up to 2^53 cents, far beyond
// the Decimal(14, 2) columns.

export interface TreeRow {
  id: string;
  parentId: string | null;
  budgetCents: number;
}

export interface RolledUp {
  /** Whether the task has children (its own figures are then those of its children). */
  summary: boolean;
  budgetCents: number;
}

/** Every task's rolled-up figures, from the rows of one project's tasks (any order). */
export function rollUp(rows: readonly TreeRow[]): Map<string, RolledUp> {
  const children = new Map<string, TreeRow[]>();
  for (const row of rows) {
    if (!row.parentId) continue;
    const siblings = children.get(row.parentId);
    if (siblings) siblings.push(row);
    else children.set(row.parentId, [row]);
  }
  const result = new Map<string, RolledUp>();
  // Iterative post-order, so that a deep tree cannot exhaust the stack.
  for (const root of rows) {
    if (result.has(root.id)) continue;
    const stack: { row: TreeRow; expanded: boolean }[] = [{ row: root, expanded: false }];
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      const below = children.get(top.row.id) ?? [];
      if (!top.expanded && below.length) {
        top.expanded = true;
        for (const child of below) if (!result.has(child.id)) stack.push({ row: child, expanded: false });
        continue;
      }
      stack.pop();
      if (result.has(top.row.id)) continue;
      const budgetCents = below.length
        ? below.reduce((sum, child) => sum + (result.get(child.id)?.budgetCents ?? child.budgetCents), 0)
        : top.row.budgetCents;
      result.set(top.row.id, { summary: below.length > 0, budgetCents });
    }
  }
  return result;
}
