// The portfolio domain: portfolios, the strategic objectives projects align to, and how projects
// are scored and ranked (scoring models, AHP weights).
import type { Domain } from '../platform/domain.js';

export { createObjective, type CreateObjectiveInput, updateObjective, type UpdateObjectiveInput } from './objectives.js';
export { OBJECTIVE_ORDER, type ObjectiveFilter, objectiveWhere, type PortfolioFilter, portfolioWhere } from './queries.js';
export { CONSISTENCY_THRESHOLD, deriveWeights, type DerivedWeights, type PairwiseComparison, PairwiseInputError } from './lib/ahp.js';
export { addProjectDependency, type AddProjectDependencyInput, removeProjectDependency } from './dependencies.js';
export { FIBONACCI_SCALE } from './lib/scoring.js';
export { MAX_RANKED, MAX_RATIONALE, MAX_SCORES_AT_ONCE, portfolioRanking, type RankedProject, scoreProject, type ScoreProjectInput } from './project-scores.js';
export { createScoringModel, type CreateScoringModelInput, type CriterionInput, MAX_CRITERIA, newestModelIds, syncBuiltInScoringModels, updateScoringModel, type UpdateScoringModelInput } from './scoring-models.js';
export { createPortfolio, type CreatePortfolioInput, getPortfolio, updatePortfolio, type UpdatePortfolioInput } from './service.js';

declare module '../platform/audit.js' {
  interface AuditEntityTypes {
    Portfolio: true;
    ProjectDependency: true;
    ScoringModel: true;
    StrategicObjective: true;
  }
}

export const portfolioDomain: Domain = { name: 'portfolio' };
