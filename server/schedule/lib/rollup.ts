// Roll-ups of the WBS tree: a summary task's figures come from the work tasks under it. Its
// budget and actual cost are their sums; its percent complete is weighted by duration, as
// Microsoft Project does (milestones, of no duration, count as one day when nothing else has
// one); it started when the first of them did and finished when the last of them did.
// Money is in whole cents: sums of them are exact in a double up to 2^53 cents, far beyond
// the Decimal(14, 2) columns.

export interface TreeRow {
  id: string;
  parentId: string | null;
  budgetCents: number;
  durationDays: number;
  /** From the task's latest progress report (0 and 0 without one). */
  percentComplete: number;
  actualCostCents: number;
  actualStart: Date | null;
  actualFinish: Date | null;
}

export interface RolledUp {
  /** Whether the task has children (its own figures are then those of its children). */
  summary: boolean;
  budgetCents: number;
  percentComplete: number;
  actualCostCents: number;
  actualStart: Date | null;
  actualFinish: Date | null;
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
  const leaves = new Map<string, TreeRow[]>();
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
      const work = below.length ? below.flatMap((child) => leaves.get(child.id) ?? [child]) : [top.row];
      leaves.set(top.row.id, work);
      result.set(top.row.id, below.length ? summaryOf(work) : leafOf(top.row));
    }
  }
  return result;
}

const leafOf = (row: TreeRow): RolledUp => ({
  summary: false,
  budgetCents: row.budgetCents,
  percentComplete: row.percentComplete,
  actualCostCents: row.actualCostCents,
  actualStart: row.actualStart,
  actualFinish: row.actualFinish,
});

function summaryOf(work: readonly TreeRow[]): RolledUp {
  const anyDuration = work.some((row) => row.durationDays > 0);
  const weight = (row: TreeRow) => (anyDuration ? row.durationDays : 1);
  const totalWeight = work.reduce((sum, row) => sum + weight(row), 0);
  const starts = work.flatMap((row) => (row.actualStart ? [row.actualStart.getTime()] : []));
  const finishes = work.flatMap((row) => (row.actualFinish ? [row.actualFinish.getTime()] : []));
  return {
    summary: true,
    budgetCents: work.reduce((sum, row) => sum + row.budgetCents, 0),
    percentComplete: totalWeight ? work.reduce((sum, row) => sum + weight(row) * row.percentComplete, 0) / totalWeight : 0,
    actualCostCents: work.reduce((sum, row) => sum + row.actualCostCents, 0),
    actualStart: starts.length ? new Date(Math.min(...starts)) : null,
    actualFinish: finishes.length === work.length ? new Date(Math.max(...finishes)) : null,
  };
}
