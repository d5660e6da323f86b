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
export { DEFAULT_FRONTIER_POINTS, MAX_PORTFOLIO_FRONTIER_POINTS, optimizePortfolio, portfolioFrontier, type FrontierRequest, type PortfolioOptimisation } from './optimisation.js';
export { OptimisationTimeoutError, PortfolioInfeasibleError } from './optimisation-errors.js';
export { type ConstraintReport, type FrontierPoint, type InfeasibleIssue, MAX_TIME_LIMIT_SECONDS } from './lib/optimiser.js';
export { canOptimisePortfolio, MAX_EXCLUSIVE_GROUPS, type OptimisationParameters, scenarioReadFilter } from './optimisation-input.js';
export {
  commitScenario, type CommitScenarioInput, compareScenarios, createPortfolioScenario, type CreatePortfolioScenarioInput, MAX_COMPARED, MAX_SCENARIO_NAME, MIN_COMPARED,
  parametersSchema, resultSchema, type ScenarioComparison, type StoredParameters, type StoredResult, updatePortfolioScenario, type UpdatePortfolioScenarioInput,
} from './scenarios.js';
export { createPortfolio, type CreatePortfolioInput, updatePortfolio, type UpdatePortfolioInput } from './service.js';

declare module '../platform/audit.js' {
  interface AuditEntityTypes {
    Portfolio: true;
    PortfolioScenario: true;
    ProjectDependency: true;
    ScoringModel: true;
    StrategicObjective: true;
  }
}

export const portfolioDomain: Domain = { name: 'portfolio' };
