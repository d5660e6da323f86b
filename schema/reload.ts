// Mutations run their use case, then read the record again with the query Pothos planned for the
// selection: fields that need related data (currentPhase, viewerCanManage, missingFields, …)
// then resolve on a mutation result exactly as on a query.
import type { AppContext } from '../server/context.js';

type Query = Record<string, unknown>;

/** A payload that selects nothing of the record (only __typename) plans an empty select. */
export const usable = (query: Query): Query =>
  query.select && Object.keys(query.select as object).length === 0 ? { select: { id: true } } : query;

export const reload = {
  project: <T extends { id: string }>(ctx: AppContext, query: Query, row: T) =>
    ctx.prisma.project.findUniqueOrThrow({ ...usable(query), where: { id: row.id } }),
  portfolio: <T extends { id: string }>(ctx: AppContext, query: Query, row: T) =>
    ctx.prisma.portfolio.findUniqueOrThrow({ ...usable(query), where: { id: row.id } }),
  objective: <T extends { id: string }>(ctx: AppContext, query: Query, row: T) =>
    ctx.prisma.strategicObjective.findUniqueOrThrow({ ...usable(query), where: { id: row.id } }),
  member: <T extends { id: string }>(ctx: AppContext, query: Query, row: T) =>
    ctx.prisma.projectMember.findUniqueOrThrow({ ...usable(query), where: { id: row.id } }),
  deliverable: <T extends { id: string }>(ctx: AppContext, query: Query, row: T) =>
    ctx.prisma.deliverable.findUniqueOrThrow({ ...usable(query), where: { id: row.id } }),
  methodology: <T extends { id: string }>(ctx: AppContext, query: Query, row: T) =>
    ctx.prisma.methodology.findUniqueOrThrow({ ...usable(query), where: { id: row.id } }),
  risk: <T extends { id: string }>(ctx: AppContext, query: Query, row: T) =>
    ctx.prisma.risk.findUniqueOrThrow({ ...usable(query), where: { id: row.id } }),
  riskAlert: <T extends { id: string }>(ctx: AppContext, query: Query, row: T) =>
    ctx.prisma.riskAlert.findUniqueOrThrow({ ...usable(query), where: { id: row.id } }),
  waiver: <T extends { id: string }>(ctx: AppContext, query: Query, row: T) =>
    ctx.prisma.ruleWaiver.findUniqueOrThrow({ ...usable(query), where: { id: row.id } }),
};
