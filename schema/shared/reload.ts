// Mutations run their use case, then read the record again with the query Pothos planned for the
// selection: fields that need related data (currentPhase, viewerCanManage, missingFields, …)
// then resolve on a mutation result exactly as on a query.

type Query = Record<string, unknown>;

/** A payload that selects nothing of the record (only __typename) plans an empty select. */
export const usable = (query: Query): Query =>
  query.select && Object.keys(query.select as object).length === 0 ? { select: { id: true } } : query;

/** The part of a Prisma model delegate (`ctx.prisma.project`, …) a reload uses. */
interface ReloadableModel<Row> {
  findUniqueOrThrow(args: { where: { id: string } }): PromiseLike<Row>;
}

/** `row` read again from `model` with the planned `query`. */
export function reloadRow<Row>(model: ReloadableModel<Row>, query: object, row: { id: string }): Promise<Row> {
  return Promise.resolve(model.findUniqueOrThrow({ ...usable(query as Query), where: { id: row.id } }));
}
