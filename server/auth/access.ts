// The authorisation policy in one place, as pure functions of the viewer and the record.
//
//  PMO_ADMIN          everything
//  EXECUTIVE          reads everything, writes nothing
//  PORTFOLIO_MANAGER  reads everything; manages the portfolios they own, their projects and
//                     objectives; approves projects and sets budgets in those portfolios
//  PROJECT_MANAGER    reads everything; manages the projects they manage; may propose new
//                     projects that they will manage
//  TEAM_MEMBER        reads only the projects they are a member of; never sees money
//
// Risks follow their project: whoever manages the project manages its risks. Besides, any
// member of a project's team (EXECUTIVE aside) may raise a risk on it, and a risk's owner may
// work on that risk (update, close, realize) but not hand it to someone else.
import type { Viewer } from '../platform/context.js';
import type { Prisma } from '../platform/db/generated/prisma/client.js';

/** What the project rules below need of a project (project-access.ts loads it). */
export interface ProjectRef {
  id: string;
  managerId: string | null;
  portfolio: { ownerId: string };
}

/** A project with its team, for the rules that let team members act. */
export type TeamProjectRef = ProjectRef & { members: { userId: string }[] };

export const isAdmin = (viewer: Viewer | null): boolean => viewer?.role === 'PMO_ADMIN';

/** Budgets, actual costs and cost rates. */
export const canSeeMoney = (viewer: Viewer | null): boolean => !!viewer && viewer.role !== 'TEAM_MEMBER';

/** Audit trails hold before/after snapshots (with money), so they follow the money rule. */
export const canReadAudit = canSeeMoney;

/** The organisation-wide audit log (every change to every record): the PMO and executives. */
export const canReadAuditLog = (viewer: Viewer | null): boolean => viewer?.role === 'PMO_ADMIN' || viewer?.role === 'EXECUTIVE';

/** Whether the viewer reads every project (otherwise only the ones they are a member of). */
export const readsAllProjects = (viewer: Viewer | null): boolean => !!viewer && viewer.role !== 'TEAM_MEMBER';

/** A WHERE clause restricting projects to the ones the viewer may read. */
export function projectReadFilter(viewer: Viewer | null): Prisma.ProjectWhereInput {
  if (!viewer) return { id: { in: [] } };
  if (readsAllProjects(viewer)) return {};
  return { members: { some: { userId: viewer.id } } };
}

/** Whether the viewer may write anything at all (EXECUTIVE and TEAM_MEMBER may not). */
export const canWrite = (viewer: Viewer | null): boolean =>
  !!viewer && (viewer.role === 'PMO_ADMIN' || viewer.role === 'PORTFOLIO_MANAGER' || viewer.role === 'PROJECT_MANAGER');

export const canCreatePortfolio = isAdmin;

export function canManagePortfolio(viewer: Viewer | null, portfolio: { ownerId: string }): boolean {
  if (!viewer) return false;
  return viewer.role === 'PMO_ADMIN' || (viewer.role === 'PORTFOLIO_MANAGER' && portfolio.ownerId === viewer.id);
}

/** Day-to-day management of a project: details, members, alignment, delivery transitions. */
export function canManageProject(viewer: Viewer | null, project: ProjectRef): boolean {
  if (!viewer) return false;
  if (canManagePortfolio(viewer, project.portfolio)) return true;
  return viewer.role === 'PROJECT_MANAGER' && project.managerId === viewer.id;
}

/**
 * Governance decisions on a project: approval, cancellation, budget, moving it to another
 * portfolio or handing it to another manager. Reserved to the portfolio's owner and the PMO.
 */
export function canGovernProject(viewer: Viewer | null, project: ProjectRef): boolean {
  return canManagePortfolio(viewer, project.portfolio);
}

/** Who may create a project in a portfolio, and with which manager. */
export function canCreateProject(viewer: Viewer | null, portfolio: { ownerId: string }, managerId: string | null): boolean {
  if (!viewer) return false;
  if (canManagePortfolio(viewer, portfolio)) return true;
  // A project manager may propose a project that they will manage.
  return viewer.role === 'PROJECT_MANAGER' && managerId === viewer.id;
}

/** Objectives of a portfolio belong to its owner; organisation-wide ones to the PMO. */
export function canManageObjective(viewer: Viewer | null, portfolio: { ownerId: string } | null): boolean {
  if (!viewer) return false;
  if (viewer.role === 'PMO_ADMIN') return true;
  return portfolio !== null && canManagePortfolio(viewer, portfolio);
}

/** Raising (creating) a risk on a project: its managers, and the members of its team. */
export function canRaiseRisk(viewer: Viewer | null, project: TeamProjectRef): boolean {
  if (!viewer || viewer.role === 'EXECUTIVE') return false;
  return canManageProject(viewer, project) || project.members.some((member) => member.userId === viewer.id);
}

/**
 * Working on a risk (update, close, realize): the project's managers, and the risk's owner as
 * long as they may still read the project (a team member who left the team may not).
 */
export function canEditRisk(
  viewer: Viewer | null,
  project: TeamProjectRef,
  risk: { ownerId: string | null },
): boolean {
  if (!viewer || viewer.role === 'EXECUTIVE') return false;
  if (canManageProject(viewer, project)) return true;
  const owns = risk.ownerId !== null && risk.ownerId === viewer.id;
  return owns && (readsAllProjects(viewer) || project.members.some((member) => member.userId === viewer.id));
}

/** Handing a risk to another owner is a management decision, not the owner's. */
export const canReassignRisk = (viewer: Viewer | null, project: ProjectRef): boolean => canManageProject(viewer, project);

/**
 * Acknowledging a risk alert (taking it in hand): whoever may work on the risk, or for an alert
 * on the project itself (a methodology trigger), whoever manages the project.
 */
export function canAcknowledgeAlert(
  viewer: Viewer | null,
  project: TeamProjectRef,
  risk: { ownerId: string | null } | null,
): boolean {
  return risk ? canEditRisk(viewer, project, risk) : canManageProject(viewer, project);
}
