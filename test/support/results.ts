// Small helpers shared by the integration suites: global ids, response unwrapping, and a
// snapshot of the core tables for "nothing changed" assertions.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { expect } from 'vitest';
import type { PrismaClient } from '../../server/platform/db/generated/prisma/client.js';

export const gid = (type: string, id: string) => encodeGlobalID(type, id);

/** The value of the single root field of a GraphQL response, which must have no errors. */
export function rootField<T extends object>(result: { data?: T | null; errors?: readonly unknown[] }): T[keyof T] {
  expect(result.errors).toBeUndefined();
  const values = Object.values(result.data ?? {});
  expect(values).toHaveLength(1);
  return values[0] as T[keyof T];
}

/** Narrows a result union to one member, failing with the whole result when it is another. */
export function expectType<T extends { __typename: string }, N extends T['__typename']>(value: T, typename: N) {
  expect(value.__typename, JSON.stringify(value)).toBe(typename);
  return value as Extract<T, { __typename: N }>;
}

/** Every row of the core tables, in a stable order: "nothing changed" means this is equal. */
export async function dbState(prisma: PrismaClient) {
  return {
    users: await prisma.user.findMany({ orderBy: { id: 'asc' } }),
    portfolios: await prisma.portfolio.findMany({ orderBy: { id: 'asc' } }),
    objectives: await prisma.strategicObjective.findMany({ orderBy: { id: 'asc' } }),
    projects: await prisma.project.findMany({ orderBy: { id: 'asc' } }),
    members: await prisma.projectMember.findMany({ orderBy: { id: 'asc' } }),
    alignments: await prisma.projectObjective.findMany({ orderBy: [{ projectId: 'asc' }, { objectiveId: 'asc' }] }),
    auditEvents: await prisma.auditEvent.findMany({ orderBy: { id: 'asc' } }),
  };
}
