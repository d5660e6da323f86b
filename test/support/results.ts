// Small helpers shared by the integration suites: response unwrapping, the typed errors the API
// answers with (and the fragment that selects them), and snapshots of tables for "nothing
// changed" assertions.
import { expect } from 'vitest';
import type { PrismaClient } from '../../server/platform/db/generated/prisma/client.js';
import { graphql } from '../gql/index.js';

/** What a mutation document selects of the typed errors it can answer with (`...ErrorFields`). */
graphql(`
  fragment ErrorFields on Error {
    __typename
    message
    ... on ValidationError { issues { path message } }
    ... on ConflictError { currentVersion }
    ... on NotFoundError { entityType }
    ... on GateBlockedError { phaseKey failingRules { ruleKey severity message evidence } }
  }
`);

/** The value of the single root field of a GraphQL response, which must have no errors. */
export function rootField<T extends object>(result: { data?: T | null; errors?: readonly unknown[] }): T[keyof T] {
  expect(result.errors).toBeUndefined();
  const values = Object.values(result.data ?? {});
  expect(values).toHaveLength(1);
  return values[0] as T[keyof T];
}

/** The data of a GraphQL answer, failing the test with the errors when there are any. */
export function dataOf<T>(result: { data?: T | null; errors?: readonly unknown[] }): T {
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data as T;
}

/** Narrows a result union to one member, failing with the whole result when it is another. */
export function expectType<T extends { __typename: string }, N extends T['__typename']>(value: T, typename: N) {
  expect(value.__typename, JSON.stringify(value)).toBe(typename);
  return value as Extract<T, { __typename: N }>;
}

/** Narrows a mutation result to its success member, failing the test with the error otherwise. */
export function success<R extends { __typename: string }>(result: R): Extract<R, { data: unknown }>['data'] {
  expect(result.__typename, JSON.stringify(result)).toMatch(/Success$/);
  return (result as unknown as { data: never }).data;
}

/** The ValidationError a mutation returns for these issues, with the message the server derives from them. */
export const validationError = (...issues: { path: string[]; message: string }[]) => ({
  __typename: 'ValidationError',
  message: issues.length === 1 ? `Invalid input: ${issues[0]!.message}` : `Invalid input (${issues.length} problems)`,
  issues,
});

/** One issue of a ValidationError, on a field of the mutation's input ('' for the input itself). */
export const issue = (field: string, message: string) => ({ path: field ? ['input', field] : ['input'], message });

/** The ConflictError for a stale version of `what` ("project", "portfolio", …). */
export const conflictError = (what: string, currentVersion: number) => ({
  __typename: 'ConflictError',
  message: `The ${what} was changed by someone else (now at version ${currentVersion}): reload it and try again`,
  currentVersion,
});

/** The NotFoundError for a well-formed id of a record of `entityType` that does not exist. */
export const notFoundError = (entityType: string) => ({ __typename: 'NotFoundError', message: `${entityType} not found`, entityType });

/** A record as its audit snapshot stores it: Decimals as strings, Dates as ISO strings. */
export const asAudited = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

// ---- snapshots: "nothing changed" means the snapshot is equal -------------------------------------

const byId = { orderBy: { id: 'asc' as const } };
const TABLES = {
  users: (prisma: PrismaClient) => prisma.user.findMany(byId),
  portfolios: (prisma: PrismaClient) => prisma.portfolio.findMany(byId),
  objectives: (prisma: PrismaClient) => prisma.strategicObjective.findMany(byId),
  projects: (prisma: PrismaClient) => prisma.project.findMany(byId),
  members: (prisma: PrismaClient) => prisma.projectMember.findMany(byId),
  alignments: (prisma: PrismaClient) => prisma.projectObjective.findMany({ orderBy: [{ projectId: 'asc' }, { objectiveId: 'asc' }] }),
  auditEvents: (prisma: PrismaClient) => prisma.auditEvent.findMany(byId),
  risks: (prisma: PrismaClient) => prisma.risk.findMany(byId),
  assessments: (prisma: PrismaClient) => prisma.riskAssessment.findMany(byId),
  evaluations: (prisma: PrismaClient) => prisma.ruleEvaluation.findMany(byId),
  tasks: (prisma: PrismaClient) => prisma.task.findMany(byId),
  dependencies: (prisma: PrismaClient) => prisma.taskDependency.findMany(byId),
  calendars: (prisma: PrismaClient) => prisma.projectCalendar.findMany({ orderBy: { projectId: 'asc' } }),
  methodologies: (prisma: PrismaClient) => prisma.methodology.findMany(byId),
  allocations: (prisma: PrismaClient) => prisma.allocation.findMany(byId),
  demands: (prisma: PrismaClient) => prisma.resourceDemand.findMany(byId),
  alerts: (prisma: PrismaClient) => prisma.riskAlert.findMany(byId),
  baselines: (prisma: PrismaClient) => prisma.scheduleBaseline.findMany({ ...byId, include: { tasks: { orderBy: { taskId: 'asc' } } } }),
  decisions: (prisma: PrismaClient) => prisma.decision.findMany({ ...byId, include: { scenarios: { select: { id: true } }, changeRequests: { select: { id: true } } } }),
};
export type Table = keyof typeof TABLES;
export type Snapshot<T extends Table> = { [K in T]: Awaited<ReturnType<(typeof TABLES)[K]>> };

/** The tables of portfolios, objectives, projects and their people, with the audit trail. */
export const CORE_TABLES = ['users', 'portfolios', 'objectives', 'projects', 'members', 'alignments', 'auditEvents'] as const;
/** Every table a risk mutation writes. */
export const RISK_TABLES = ['risks', 'assessments', 'auditEvents', 'evaluations'] as const;
/** Every table a schedule mutation writes. */
export const RESOURCE_TABLES = ['allocations', 'demands', 'alerts', 'auditEvents'] as const;
export const SCHEDULE_TABLES = ['tasks', 'dependencies', 'calendars', 'auditEvents'] as const;
export type CoreSnapshot = Snapshot<(typeof CORE_TABLES)[number]>;

/** Every row of `tables`, in a stable order. */
export async function snapshot<T extends Table>(prisma: PrismaClient, tables: readonly T[]): Promise<Snapshot<T>> {
  const rows = await Promise.all(tables.map((table) => TABLES[table](prisma)));
  return Object.fromEntries(tables.map((table, i) => [table, rows[i]])) as Snapshot<T>;
}

/** Runs `work` and returns its result with the audit events it wrote, oldest first. */
export async function withNewAuditEvents<T>(prisma: PrismaClient, work: () => Promise<T>) {
  const seen = new Set((await prisma.auditEvent.findMany({ select: { id: true } })).map((event) => event.id));
  const result = await work();
  const events = (await prisma.auditEvent.findMany({ orderBy: { id: 'asc' } })).filter((event) => !seen.has(event.id));
  return { result, events };
}

/** Runs `work` and checks that no row of `tables` changed. */
export async function expectUnchanged<T>(prisma: PrismaClient, tables: readonly Table[], work: () => Promise<T>): Promise<T> {
  const before = await snapshot(prisma, tables);
  const result = await work();
  expect(await snapshot(prisma, tables)).toEqual(before);
  return result;
}
