// Risk enums, the filter and order inputs shared by every risk list.
import { z } from 'zod';
import { RiskCategory, RiskResponseStrategy, RiskStatus } from '../../server/platform/db/generated/prisma/enums.js';
import type { RiskFilter } from '../../server/risks/index.js';
import { builder } from '../builder.js';
import { type GlobalId, optionalIdOf } from '../shared/ids.js';
import { orderInput } from '../shared/order.js';

export const RiskCategoryEnum = builder.enumType(RiskCategory, { name: 'RiskCategory' });
export const RiskStatusEnum = builder.enumType(RiskStatus, {
  name: 'RiskStatus',
  description: 'IDENTIFIED, ASSESSED and MITIGATING are open; CLOSED (closeRisk) and REALIZED (realizeRisk) are final and read-only.',
});
export const RiskResponseStrategyEnum = builder.enumType(RiskResponseStrategy, { name: 'RiskResponseStrategy' });

export const RiskFilterInput = builder.inputType('RiskFilter', {
  fields: (t) => ({
    portfolioId: t.globalID(),
    projectId: t.globalID(),
    status: t.field({ type: [RiskStatusEnum], description: 'Any of these statuses.' }),
    category: t.field({ type: [RiskCategoryEnum], description: 'Any of these categories.' }),
    minScore: t.int({
      description: 'Only risks scoring at least this (1..25).',
      validate: z.number().int().min(1, 'minScore must be between 1 and 25').max(25, 'minScore must be between 1 and 25'),
    }),
    ownerId: t.globalID(),
  }),
});

/** Highest score first unless the client orders otherwise. */
export const riskOrder = orderInput(
  'RiskOrder',
  { SCORE: 'score', DUE_DATE: 'dueDate', TITLE: 'title', STATUS: 'status', CREATED_AT: 'createdAt', UPDATED_AT: 'updatedAt' },
  [{ field: 'SCORE', direction: 'DESC' }],
);

type RiskFilterArg = Omit<RiskFilter, 'portfolioId' | 'projectId' | 'ownerId'> & {
  portfolioId?: GlobalId | null;
  projectId?: GlobalId | null;
  ownerId?: GlobalId | null;
};

/** The risk filter argument with its ids checked and decoded. */
export function riskFilterOf(filter: RiskFilterArg | null | undefined): RiskFilter | null {
  if (!filter) return null;
  return {
    ...filter,
    portfolioId: optionalIdOf(filter.portfolioId, 'Portfolio', ['filter', 'portfolioId']),
    projectId: optionalIdOf(filter.projectId, 'Project', ['filter', 'projectId']),
    ownerId: optionalIdOf(filter.ownerId, 'User', ['filter', 'ownerId']),
  };
}
