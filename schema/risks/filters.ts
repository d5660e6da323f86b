// Risk enums, the filter and order inputs shared by every risk list.
import { z } from 'zod';
import { RiskCategory, RiskResponseStrategy, RiskStatus } from '../../server/platform/db/generated/prisma/enums.js';
import type { RiskFilter } from '../../server/risks/index.js';
import { builder } from '../builder.js';
import { type GlobalId, optionalIdOf } from '../shared/ids.js';
import { orderInput } from '../shared/order.js';

export const RiskCategoryEnum = builder.enumType(RiskCategory, {
  name: 'RiskCategory',
  description: 'What area of the project a risk threatens.',
  values: {
    SCHEDULE: { description: 'Dates and milestones.' },
    COST: { description: 'Budget and spending.' },
    SCOPE: { description: 'What is delivered.' },
    QUALITY: { description: 'Fitness of what is delivered.' },
    RESOURCE: { description: 'People, skills and availability.' },
    TECHNICAL: { description: 'Technology and design.' },
    EXTERNAL: { description: 'Suppliers, market, regulation and other outside events.' },
    COMPLIANCE: { description: 'Laws, policies and standards.' },
    SECURITY: { description: 'Information and physical security.' },
    OTHER: { description: 'Anything else.' },
  },
});
export const RiskStatusEnum = builder.enumType(RiskStatus, {
  name: 'RiskStatus',
  description: 'IDENTIFIED, ASSESSED and MITIGATING are open; CLOSED (closeRisk) and REALIZED (realizeRisk) are final and read-only.',
  values: {
    IDENTIFIED: { description: 'Recorded; not yet assessed.' },
    ASSESSED: { description: 'Probability and impact agreed.' },
    MITIGATING: { description: 'A response is under way.' },
    CLOSED: { description: 'No longer a threat (final).' },
    REALIZED: { description: 'It happened (final; raises an alert).' },
  },
});
export const RiskResponseStrategyEnum = builder.enumType(RiskResponseStrategy, {
  name: 'RiskResponseStrategy',
  description: 'How a risk is answered.',
  values: {
    AVOID: { description: 'Change the plan so that the risk cannot happen.' },
    MITIGATE: { description: 'Reduce its probability or impact.' },
    TRANSFER: { description: 'Shift it to a third party (insurance, contract).' },
    ACCEPT: { description: 'Take it as it is, with a contingency plan.' },
  },
});

export const RiskFilterInput = builder.inputType('RiskFilter', {
  description: 'Narrows a risk list; every condition given must hold.',
  fields: (t) => ({
    portfolioId: t.globalID({ description: 'Only risks of projects in this portfolio.' }),
    projectId: t.globalID({ description: 'Only risks of this project.' }),
    status: t.field({ type: [RiskStatusEnum], description: 'Any of these statuses.' }),
    category: t.field({ type: [RiskCategoryEnum], description: 'Any of these categories.' }),
    minScore: t.int({
      description: 'Only risks scoring at least this (1..25).',
      validate: z.number().int().min(1, 'minScore must be between 1 and 25').max(25, 'minScore must be between 1 and 25'),
    }),
    ownerId: t.globalID({ description: 'Only risks this user owns.' }),
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
