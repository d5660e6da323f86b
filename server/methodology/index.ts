// The methodology domain: the plugin engine (lib/: manifests, validation, composition, facts,
// evaluation), the registry of installed plugins, compliance results, deliverables, phase gates
// and waivers. Other domains plug into it: they contribute facts sections and act on each
// evaluation; it re-evaluates a project whenever its facts change.
import { projectFactsChanged } from '../platform/changes.js';
import type { Domain } from '../platform/domain.js';
import { evaluateAndStore } from './compliance.js';

export { type AdvanceAttempt, type AdvanceGuard, registerAdvanceGuard, registerWaivableRules, type WaivableRules } from './advance-guards.js';
export { activeWaivers, evaluateAndStore, onFactsEvaluated } from './compliance.js';
export { decideDeliverable, submitDeliverable, updateDeliverable } from './deliverables.js';
export { GateBlockedError, type GateFailure } from './errors.js';
export { type FactsProject, type FactsReads, loadFacts, type ProjectFacts } from './facts-loader.js';
export { expressionVariables } from './lib/expression-roots.js';
export { type FactsSection, registerFactsSection } from './facts-sections.js';
export { advancePhase, evaluateCompliance, revokeWaiver, waiveRule } from './gates.js';
export { methodologyThresholdsLoader, type MethodologyThresholds } from './health-thresholds.js';
export { installMethodology, setMethodologyEnabled, validateMethodologyManifest } from './installation.js';
export { type EvaluationErrorCode, evaluateExpression, evaluateTriggers, evidenceError, EVIDENCE_ERROR_KEY, type ExpressionOutcome } from './lib/evaluate.js';
export { organisationExpressionProblems } from './lib/validate.js';
export { FACTS, FACTS_VERSION, type FactDefinition } from './lib/facts-shape.js';
export { isUnset } from './lib/field-values.js';
export {
  disorderedThresholds,
  type FieldDef,
  formatPath,
  type ManifestProblem,
  type MetricDef,
  type PhaseDef,
  type ResolvedMethodology,
  type RiskTriggerDef,
  type RuleDef,
  type TemplateDef,
} from './lib/manifest.js';
export { factsLoader, portfolioComplianceLoader, projectComplianceLoader } from './loaders.js';
export { evidenceFor, methodologyOfAlert } from './money.js';
export { checkFieldValues, type FieldValues, initialProjectFields, instantiatePhases, methodologyForNewProject } from './project-methodology.js';
export { type ComplianceSummary, type MethodologyFilter, methodologyWhere, type SeverityCount } from './queries.js';
export { compiledFor, syncBuiltInMethodologies } from './registry.js';

declare module '../platform/audit.js' {
  interface AuditEntityTypes {
    Methodology: true;
    Deliverable: true;
  }
}

export const methodologyDomain: Domain = {
  name: 'methodology',
  install() {
    // Whatever changed a project's facts, its stored rule results follow before the commit.
    projectFactsChanged.subscribe(evaluateAndStore);
  },
};
