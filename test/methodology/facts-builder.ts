// A typed builder of facts documents for rule tests, following server/methodology/lib/facts-shape.ts
// exactly (builtin-plugins.test.ts checks every built document against FACTS, path by path).
// Type aliases rather than interfaces, so a document is assignable to the engine's JSON types.
// It builds facts the way the server describes them, not the way it computes them: the values
// are whatever a test sets, except what the shape defines as derived from the methodology —
// each deliverable's `complete`/`missingFields` (from its template's required fields), `phase.*`
// (from the phase order) and the submitted/approved dates implied by a deliverable's status.
import type { FieldValue, ProjectStatus, ResolvedMethodology } from '../../server/methodology/lib/manifest.js';
import { coerceDefault, isUnset } from '../../server/methodology/lib/field-values.js';

export type Value = FieldValue | null;
export type DeliverableStatus = 'NOT_STARTED' | 'DRAFT' | 'SUBMITTED' | 'APPROVED' | 'REJECTED';

export type ProjectFacts = {
  code: string;
  name: string;
  status: ProjectStatus;
  health: 'GREEN' | 'AMBER' | 'RED';
  budget: number;
  actualCost: number;
  percentComplete: number;
  scopePoints: number | null;
  startDate: string | null;
  targetEndDate: string | null;
  daysToTargetEnd: number | null;
  hasManager: boolean;
  hasSponsor: boolean;
  objectiveCount: number;
  alignmentScore: number;
  methodology: string;
};

export type BaselineFacts = {
  budget: number | null;
  targetEndDate: string | null;
  scopePoints: number | null;
};

export type PhaseFacts = {
  key: string | null;
  name: string | null;
  index: number | null;
  isFirst: boolean;
  isLast: boolean;
  startedOn: string | null;
  daysInPhase: number | null;
  completed: string[];
};

export type DeliverableFacts = {
  exists: boolean;
  status: DeliverableStatus;
  phase: string;
  complete: boolean;
  missingFields: string[];
  submittedOn: string | null;
  approvedOn: string | null;
  fields: Record<string, Value>;
};

export type BuiltinMetrics = {
  cpi: number | null;
  spi: number | null;
  plannedValue: number | null;
  earnedValue: number;
  costVariance: number;
  budgetUsed: number | null;
  scopeChange: number | null;
};

export type RiskFacts = {
  open: number;
  high: number;
  critical: number;
  maxScore: number;
  overdue: number;
  unowned: number;
};

export type ScheduleFacts = {
  tasks: number;
  finishDate: string | null;
  slipDays: number | null;
  criticalTasks: number | null;
  hasBaseline: boolean;
  p80Finish: string | null;
  p80SlipDays: number | null;
  forecastRecordedOn: string | null;
};

export type EvmFacts = {
  bac: number | null;
  pv: number | null;
  ev: number | null;
  ac: number | null;
  cv: number | null;
  sv: number | null;
  cpi: number | null;
  spi: number | null;
  eac: number | null;
  spiTime: number | null;
};

export type AgileFacts = {
  closedIterations: number;
  completedPoints: number;
  remainingPoints: number | null;
  velocityMean: number | null;
  velocityLastThreeMean: number | null;
  velocityCoefficientOfVariation: number | null;
};

export type ResourceFacts = {
  members: number;
  weeklyCapacityHours: number;
  roles: string[];
  openDemands: number;
  overallocatedMembers: number;
  skillsCoverage: number;
};

export type ManagerFacts = {
  certifications: string[];
  activeCertificationCount: number;
  projectManagementCertified: boolean;
};

export type Facts = {
  today: string;
  project: ProjectFacts;
  baseline: BaselineFacts;
  phase: PhaseFacts;
  fields: Record<string, Value>;
  deliverables: Record<string, DeliverableFacts>;
  /** Built-in metrics, plus the plugin's metrics once computed (see FactsBuilder.build). */
  metrics: BuiltinMetrics & Record<string, number | null>;
  schedule: ScheduleFacts;
  evm: EvmFacts;
  agile: AgileFacts;
  risks: RiskFacts;
  resources: ResourceFacts;
  manager: ManagerFacts;
};

export interface BuilderOptions {
  today: string;
  /** The current phase (null: the project has no current phase, e.g. completed). */
  phaseKey: string | null;
}

/** What a test may set on a deliverable; fields merge into the current values. */
export interface DeliverablePatch {
  status?: DeliverableStatus;
  fields?: Record<string, Value>;
  submittedOn?: string | null;
  approvedOn?: string | null;
}

/**
 * Starts from a neutral project (every field at its default, every deliverable NOT_STARTED and
 * empty); tests set what they need, then `build()` returns a fresh, consistent document.
 */
export class FactsBuilder {
  private readonly facts: Facts;

  constructor(
    readonly methodology: ResolvedMethodology,
    options: BuilderOptions,
  ) {
    this.facts = {
      today: options.today,
      project: {
        code: 'TEST-1',
        name: 'Test project',
        status: 'ACTIVE',
        health: 'GREEN',
        budget: 0,
        actualCost: 0,
        percentComplete: 0,
        scopePoints: null,
        startDate: null,
        targetEndDate: null,
        daysToTargetEnd: null,
        hasManager: true,
        hasSponsor: false,
        objectiveCount: 0,
        alignmentScore: 0,
        methodology: methodology.key,
      },
      baseline: { budget: null, targetEndDate: null, scopePoints: null },
      phase: phaseFacts(methodology, options.phaseKey, null, null),
      fields: Object.fromEntries(methodology.projectFields.map((field) => [field.key, coerceDefault(field)])),
      deliverables: Object.fromEntries(
        methodology.templates.map((template) => [
          template.key,
          {
            exists: true,
            status: 'NOT_STARTED' as const,
            phase: phaseOfTemplate(methodology, template.key),
            complete: false,
            missingFields: [],
            submittedOn: null,
            approvedOn: null,
            fields: Object.fromEntries(template.fields.map((field) => [field.key, null])),
          },
        ]),
      ),
      metrics: {
        cpi: null,
        spi: null,
        plannedValue: null,
        earnedValue: 0,
        costVariance: 0,
        budgetUsed: null,
        scopeChange: null,
        ...Object.fromEntries(methodology.metrics.map((metric) => [metric.key, null])),
      },
      schedule: { tasks: 0, finishDate: null, slipDays: null, criticalTasks: null, hasBaseline: false, p80Finish: null, p80SlipDays: null, forecastRecordedOn: null },
      evm: { bac: null, pv: null, ev: null, ac: null, cv: null, sv: null, cpi: null, spi: null, eac: null, spiTime: null },
      agile: { closedIterations: 0, completedPoints: 0, remainingPoints: null, velocityMean: null, velocityLastThreeMean: null, velocityCoefficientOfVariation: null },
      risks: { open: 0, high: 0, critical: 0, maxScore: 0, overdue: 0, unowned: 0 },
      resources: { members: 0, weeklyCapacityHours: 0, roles: [], openDemands: 0, overallocatedMembers: 0, skillsCoverage: 1 },
      manager: { certifications: [], activeCertificationCount: 0, projectManagementCertified: false },
    };
  }

  /** Direct access for the plain parts (project, baseline, metrics, schedule, evm, agile, risks, resources, manager, today). */
  set(mutate: (facts: Facts) => void): this {
    mutate(this.facts);
    return this;
  }

  field(key: string, value: Value): this {
    if (!Object.hasOwn(this.facts.fields, key)) throw new Error(`no project field "${key}" in ${this.methodology.key}`);
    this.facts.fields[key] = value;
    return this;
  }

  /** Moves the project to another phase; `phase.*` follows the methodology's phase order. */
  phase(key: string | null, startedOn: string | null, daysInPhase: number | null): this {
    this.facts.phase = phaseFacts(this.methodology, key, startedOn, daysInPhase);
    return this;
  }

  deliverable(key: string, patch: DeliverablePatch): this {
    const deliverable = this.facts.deliverables[key];
    if (!deliverable) throw new Error(`no deliverable "${key}" in ${this.methodology.key}`);
    for (const fieldKey of Object.keys(patch.fields ?? {})) {
      if (!Object.hasOwn(deliverable.fields, fieldKey)) throw new Error(`no field "${fieldKey}" in template "${key}"`);
    }
    Object.assign(deliverable.fields, patch.fields);
    if (patch.status !== undefined) {
      deliverable.status = patch.status;
      // A status implies its dates unless the test says otherwise.
      const submitted = patch.status === 'SUBMITTED' || patch.status === 'APPROVED';
      deliverable.submittedOn = submitted ? this.facts.today : null;
      deliverable.approvedOn = patch.status === 'APPROVED' ? this.facts.today : null;
    }
    if (patch.submittedOn !== undefined) deliverable.submittedOn = patch.submittedOn;
    if (patch.approvedOn !== undefined) deliverable.approvedOn = patch.approvedOn;
    return this;
  }

  /**
   * A deep copy with the derived parts recomputed. `pluginMetrics`, when given, computes the
   * plugin's metrics from the finished document (as the server does before evaluating rules).
   */
  build(pluginMetrics?: (facts: Facts) => Record<string, number | null>): Facts {
    const facts = structuredClone(this.facts);
    for (const template of this.methodology.templates) {
      const deliverable = facts.deliverables[template.key]!;
      deliverable.missingFields = template.fields
        .filter((field) => field.required && isUnset(deliverable.fields[field.key]))
        .map((field) => field.key);
      deliverable.complete = deliverable.missingFields.length === 0;
    }
    if (pluginMetrics) Object.assign(facts.metrics, pluginMetrics(facts));
    return facts;
  }
}

function phaseFacts(methodology: ResolvedMethodology, key: string | null, startedOn: string | null, daysInPhase: number | null): PhaseFacts {
  const keys = methodology.phases.map((phase) => phase.key);
  if (key === null) {
    return { key: null, name: null, index: null, isFirst: false, isLast: false, startedOn: null, daysInPhase: null, completed: keys };
  }
  const index = keys.indexOf(key);
  if (index < 0) throw new Error(`no phase "${key}" in ${methodology.key}`);
  return {
    key,
    name: methodology.phases[index]!.name,
    index,
    isFirst: index === 0,
    isLast: index === keys.length - 1,
    startedOn,
    daysInPhase,
    completed: keys.slice(0, index),
  };
}

/** The phase whose deliverables list the template (facts-shape: a deliverable has one phase). */
function phaseOfTemplate(methodology: ResolvedMethodology, templateKey: string): string {
  const phases = methodology.phases.filter((phase) => phase.deliverables.includes(templateKey));
  if (phases.length !== 1) {
    throw new Error(`template "${templateKey}" of ${methodology.key} is a deliverable of ${phases.length} phases (expected exactly one)`);
  }
  return phases[0]!.key;
}

/** The value at a dotted facts path (own properties only), or undefined. */
export function readPath(facts: Facts, path: string): unknown {
  let node: unknown = facts;
  for (const segment of path.split('.')) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, segment)) return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}
