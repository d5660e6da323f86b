// Ordering inputs of lists: `orderBy: [{ field, direction }]`, translated to Prisma with the id as
// the last tie-breaker, so that cursors are stable whatever the client orders by.
import { builder } from '../builder.js';

export const SortDirectionEnum = builder.enumType('SortDirection', {
  description: 'The direction of an ordering.',
  values: { ASC: { value: 'ASC', description: 'Smallest, earliest or A first.' }, DESC: { value: 'DESC', description: 'Largest, latest or Z first.' } } as const,
});

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
  const FieldEnum = builder.enumType(`${name}Field`, {
    description: `What a ${name} orders by.`,
    values: Object.fromEntries(
      (Object.keys(columns) as Field[]).map((field) => [field, { value: field, description: `By ${field.toLowerCase().replaceAll('_', ' ')}.` }]),
    ) as Record<Field, { value: Field; description: string }>,
  });
  const Input = builder.inputType(name, {
    description: 'One ordering key; a list of them orders by the first, then the next, and so on (the id breaks ties).',
    fields: (t) => ({
      field: t.field({ type: FieldEnum, required: true, description: 'What to order by.' }),
      direction: t.field({ type: SortDirectionEnum, defaultValue: 'ASC', description: 'ASC (the default) or DESC.' }),
    }),
  });
  // The id breaks ties in the direction of the last key, so that one index on (column, id) serves
  // a list ordered by that column either way (read backwards for DESC) and the database reads
  // only the page instead of sorting the whole table.
  const orderBy = (requested: readonly OrderArg<Field>[] | null | undefined) => {
    const keys = requested?.length ? requested : fallback;
    return [
      ...keys.map((order) => ({ [columns[order.field]]: toPrismaDirection(order.direction) })),
      { id: toPrismaDirection(keys[keys.length - 1]?.direction) },
    ];
  };
  return { Input, orderBy };
}
