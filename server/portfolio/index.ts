// The portfolio domain: portfolios and the strategic objectives projects align to.
import type { Domain } from '../platform/domain.js';

export { createObjective, type CreateObjectiveInput, updateObjective, type UpdateObjectiveInput } from './objectives.js';
export { OBJECTIVE_ORDER, type ObjectiveFilter, objectiveWhere, type PortfolioFilter, portfolioWhere } from './queries.js';
export { createPortfolio, type CreatePortfolioInput, getPortfolio, updatePortfolio, type UpdatePortfolioInput } from './service.js';

declare module '../platform/audit.js' {
  interface AuditEntityTypes {
    Portfolio: true;
    StrategicObjective: true;
  }
}

export const portfolioDomain: Domain = { name: 'portfolio' };
