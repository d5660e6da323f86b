// Ordering inputs of lists: `orderBy: [{ field, direction }]`, translated to Prisma with the id as
// the last tie-breaker, so that cursors are stable whatever the client orders by.
import { builder } from '../builder.js';

export const SortDirectionEnum = builder.enumType('SortDirection', { values: ['ASC', 'DESC'] as const });

export type SortDirection = 'ASC' | 'DESC';

export const toPrismaDirection = (direction: SortDirection | null | undefined): 'asc' | 'desc' => (direction === 'DESC' ? 'desc' : 'asc');

export interface OrderArg<Field extends string> {
  field: Field;
  direction?: SortDirection | null;
}

/**
 * The `${name}Field` enum and the `${name}` input of a list ordered by `columns` (GraphQL value →
 * Prisma column), and the translation of a client's order (`fallback` when it gives none).
 */
export function orderInput<const Field extends string>(name: string, columns: Record<Field, string>, fallback: readonly OrderArg<NoInfer<Field>>[]) {
  const FieldEnum = builder.enumType(`${name}Field`, { values: Object.keys(columns) as Field[] });
  const Input = builder.inputType(name, {
    fields: (t) => ({
      field: t.field({ type: FieldEnum, required: true }),
      direction: t.field({ type: SortDirectionEnum, defaultValue: 'ASC' }),
    }),
  });
  const orderBy = (requested: readonly OrderArg<Field>[] | null | undefined) => [
    ...(requested?.length ? requested : fallback).map((order) => ({ [columns[order.field]]: toPrismaDirection(order.direction) })),
    { id: 'asc' as const },
  ];
  return { Input, orderBy };
}
