// The project filter and order inputs, shared by every project list (root, portfolio, user).
import { z } from 'zod';
import type { Viewer } from '../../server/platform/context.js';
import { Health, ProjectStatus } from '../../server/platform/db/generated/prisma/enums.js';
import { type ProjectFilter, projectWhere } from '../../server/projects/index.js';
import { builder } from '../builder.js';
import { type GlobalId, optionalIdOf } from '../shared/ids.js';
import { orderInput } from '../shared/order.js';

export const ProjectStatusEnum = builder.enumType(ProjectStatus, {
  name: 'ProjectStatus',
  description: 'PROPOSED → APPROVED → ACTIVE ⇄ ON_HOLD → COMPLETED; CANCELLED from any open status.',
  values: {
    PROPOSED: { description: 'Put forward; not yet authorised.' },
    APPROVED: { description: 'Authorised; the baseline (budget, end date, scope) is captured.' },
    ACTIVE: { description: 'Under way.' },
    ON_HOLD: { description: 'Paused; may become ACTIVE again.' },
    COMPLETED: { description: 'Finished (final).' },
    CANCELLED: { description: 'Stopped before completion (final).' },
  },
});
export const HealthEnum = builder.enumType(Health, {
  name: 'Health',
  description: 'RAG status.',
  values: {
    GREEN: { description: 'On track.' },
    AMBER: { description: 'At risk: needs attention.' },
    RED: { description: 'Off track: needs intervention.' },
  },
});

export const ProjectFilterInput = builder.inputType('ProjectFilter', {
  description: 'Narrows a project list; every condition given must hold.',
  fields: (t) => ({
    status: t.field({ type: [ProjectStatusEnum], description: 'Any of these statuses.' }),
    health: t.field({ type: [HealthEnum], description: 'Any of these health values.' }),
    portfolioId: t.globalID({ description: 'Only projects of this portfolio.' }),
    managerId: t.globalID({ description: 'Only projects this user manages.' }),
    search: t.string({ description: 'Matches code or name, case-insensitive.', validate: z.string().max(100) }),
  }),
});

export const projectOrder = orderInput(
  'ProjectOrder',
  {
    CODE: 'code',
    NAME: 'name',
    STATUS: 'status',
    HEALTH: 'health',
    START_DATE: 'startDate',
    TARGET_END_DATE: 'targetEndDate',
    CREATED_AT: 'createdAt',
    UPDATED_AT: 'updatedAt',
  },
  [{ field: 'CODE', direction: 'ASC' }],
);

type ProjectFilterArg = Omit<ProjectFilter, 'portfolioId' | 'managerId'> & { portfolioId?: GlobalId | null; managerId?: GlobalId | null };

/** The project filter argument with its ids checked and decoded. */
function projectFilterOf(filter: ProjectFilterArg | null | undefined): ProjectFilter | null {
  if (!filter) return null;
  return {
    ...filter,
    portfolioId: optionalIdOf(filter.portfolioId, 'Portfolio', ['filter', 'portfolioId']),
    managerId: optionalIdOf(filter.managerId, 'User', ['filter', 'managerId']),
  };
}

/** The where clause of a project list: the viewer's visibility and the client's filter. */
export const projectListWhere = (viewer: Viewer | null, filter: ProjectFilterArg | null | undefined) =>
  projectWhere(viewer, projectFilterOf(filter));
