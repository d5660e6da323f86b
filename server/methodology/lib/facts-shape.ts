// The facts document: what plugin rules, risk triggers and metrics can read about a project.
// It is a public, versioned contract (plugin authors write against it): add variables freely,
// but never rename or change the meaning of one without bumping FACTS_VERSION.
//
// Dynamic parts are written with placeholders: `fields.<field>` (the plugin's project fields),
// `deliverables.<deliverable>.…` (the plugin's templates) and `metrics.<metric>` (built-in and
// plugin metrics). Values are JSON: numbers, strings, booleans, null; dates are "YYYY-MM-DD"
// strings, which compare correctly as strings.

// Version 2: `schedule.*`, `evm.*` and `agile.*` (from the schedule domain); `metrics.cpi`,
// `spi`, `plannedValue`, `earnedValue` and `costVariance` are the schedule's earned value when
// it measures one (`evm.bac` > 0), the version 1 project-level figures otherwise.
export const FACTS_VERSION = 2;

export type FactType = 'string' | 'number' | 'boolean' | 'date' | 'string[]';

export interface FactDefinition {
  /** Dotted path, with <field>, <deliverable>, <templateField> or <metric> placeholders. */
  path: string;
  type: FactType;
  /** Whether the value may be null. */
  nullable: boolean;
  description: string;
  /**
   * Money, or derived from money (a cost index, a share of the budget): hidden from viewers who
   * may not see money wherever the value is shown (rule evidence, alert evidence, facts). A
   * plugin metric that reads a money fact is money too (money.ts).
   */
  money: boolean;
  /**
   * Lists only: the most items the list ever holds (the facts builder cuts longer lists). The
   * expression engine counts a list at this size when it bounds a rule's work at validation.
   */
  maxItems?: number;
}

const f = (path: string, type: FactType, description: string, nullable = false): FactDefinition => ({
  path,
  type,
  nullable,
  description,
  money: false,
});

/** A list fact holding at most `maxItems` items (see FactDefinition.maxItems). */
const list = (fact: FactDefinition, maxItems: number): FactDefinition => ({ ...fact, maxItems });

/** The most items of each list fact (documented in the facts reference; facts.ts enforces them). */
export const LIST_LIMITS = { completedPhases: 50, missingFields: 100, roles: 50, certifications: 20 } as const;

/** A money fact (see FactDefinition.money). */
const money = (fact: FactDefinition): FactDefinition => ({ ...fact, money: true });

export const FACTS: readonly FactDefinition[] = [
  f('today', 'date', 'The evaluation date (UTC).'),

  f('project.code', 'string', 'Unique project code.'),
  f('project.name', 'string', 'Project name.'),
  f('project.status', 'string', 'PROPOSED, APPROVED, ACTIVE, ON_HOLD, COMPLETED or CANCELLED.'),
  f('project.health', 'string', 'RAG status: GREEN, AMBER or RED.'),
  money(f('project.budget', 'number', 'Approved budget.')),
  money(f('project.actualCost', 'number', 'Actual cost to date.')),
  f('project.percentComplete', 'number', 'Reported completion, 0..100.'),
  f('project.scopePoints', 'number', 'Current scope size in points (or any unit the PMO uses).', true),
  f('project.startDate', 'date', 'Planned or actual start.', true),
  f('project.targetEndDate', 'date', 'Target end date.', true),
  f('project.daysToTargetEnd', 'number', 'Days from today to the target end (negative when past).', true),
  f('project.hasManager', 'boolean', 'A project manager is assigned.'),
  f('project.hasSponsor', 'boolean', 'A sponsor is assigned.'),
  f('project.objectiveCount', 'number', 'Strategic objectives the project is aligned to.'),
  f('project.alignmentScore', 'number', 'Sum over aligned objectives of score × weight / 100.'),
  f('project.methodology', 'string', 'Key of the methodology the project runs on.'),

  money(f('baseline.budget', 'number', 'Budget when the project was approved (its baseline).', true)),
  f('baseline.targetEndDate', 'date', 'Target end date when the project was approved.', true),
  f('baseline.scopePoints', 'number', 'Scope when the project was approved.', true),

  f('phase.key', 'string', 'Key of the current phase.', true),
  f('phase.name', 'string', 'Name of the current phase.', true),
  f('phase.index', 'number', 'Position of the current phase, from 0.', true),
  f('phase.isFirst', 'boolean', 'The current phase is the first.'),
  f('phase.isLast', 'boolean', 'The current phase is the last.'),
  f('phase.startedOn', 'date', 'When the current phase started.', true),
  f('phase.daysInPhase', 'number', 'Days since the current phase started.', true),
  list(f('phase.completed', 'string[]', `Keys of the completed phases (at most ${LIST_LIMITS.completedPhases}).`), LIST_LIMITS.completedPhases),

  f('fields.<field>', 'string', "A project field defined by the plugin; its type is the field's type.", true),

  f('deliverables.<deliverable>.exists', 'boolean', 'The project has this deliverable.'),
  f('deliverables.<deliverable>.status', 'string', 'NOT_STARTED, DRAFT, SUBMITTED, APPROVED or REJECTED.'),
  f('deliverables.<deliverable>.phase', 'string', 'Key of the phase the deliverable belongs to.'),
  f('deliverables.<deliverable>.complete', 'boolean', 'Every required template field has a value.'),
  list(
    f('deliverables.<deliverable>.missingFields', 'string[]', `Keys of required template fields without a value (at most ${LIST_LIMITS.missingFields}).`),
    LIST_LIMITS.missingFields,
  ),
  f('deliverables.<deliverable>.submittedOn', 'date', 'When it was last submitted.', true),
  f('deliverables.<deliverable>.approvedOn', 'date', 'When it was approved.', true),
  f('deliverables.<deliverable>.fields.<templateField>', 'string', "A template field's value; its type is the field's type.", true),

  money(f('metrics.cpi', 'number', 'Cost performance index EV / AC: `evm.cpi` when the schedule measures earned value (`evm.bac` > 0), else project-level (null when nothing is spent).', true)),
  f('metrics.spi', 'number', 'Schedule performance index EV / PV: `evm.spi` when the schedule measures earned value, else project-level (null before the start).', true),
  money(f('metrics.plannedValue', 'number', 'PV: `evm.pv` when the schedule measures earned value, else budget × elapsed share of the planned duration.', true)),
  money(f('metrics.earnedValue', 'number', 'EV: `evm.ev` when the schedule measures earned value, else budget × percent complete.')),
  money(f('metrics.costVariance', 'number', 'CV = EV − AC (`evm.cv` when the schedule measures earned value).')),
  money(f('metrics.budgetUsed', 'number', 'Actual cost / budget (null with no budget).', true)),
  f('metrics.scopeChange', 'number', 'Scope points minus baseline scope points.', true),
  f('metrics.<metric>', 'number', 'A metric computed by the plugin (its `metrics` section).', true),

  // The schedule domain: the critical path of the work breakdown, earned value at today, and
  // the velocity of closed iterations.
  f('schedule.tasks', 'number', 'Tasks in the work breakdown (summary tasks included).'),
  f('schedule.finishDate', 'date', 'Finish of the critical path (null without a start date or without tasks).', true),
  f('schedule.slipDays', 'number', 'Working days the finish is after the target end date (0 when on time; null without a target end date or a schedule).', true),
  f('schedule.criticalTasks', 'number', 'Work tasks on the critical path (total float ≤ 0; null without a schedule).', true),
  f('schedule.hasBaseline', 'boolean', 'A schedule baseline has been captured (captureBaseline, or the approval of the project).'),
  f('schedule.p80Finish', 'date', 'The P80 finish of the latest recorded forecast (recordForecast; null before the first).', true),
  f('schedule.p80SlipDays', 'number', 'Working days the P80 finish is after the target end date (0 when on time; null without a recorded forecast or a target end date).', true),
  f('schedule.forecastRecordedOn', 'date', 'The day the latest forecast was recorded (null before the first): a rule can ask for a recent one.', true),

  money(f('evm.bac', 'number', 'BAC: Σ budgets of the work tasks in the performance measurement baseline (null without a schedule).', true)),
  money(f('evm.pv', 'number', 'PV (planned value) at the end of today.', true)),
  money(f('evm.ev', 'number', 'EV (earned value): Σ budget × percent complete reported by today.', true)),
  money(f('evm.ac', 'number', 'AC (actual cost): Σ cumulative actual cost reported by today.', true)),
  money(f('evm.cv', 'number', 'CV = EV − AC.', true)),
  money(f('evm.sv', 'number', 'SV = EV − PV.', true)),
  money(f('evm.cpi', 'number', 'CPI = EV / AC (null when nothing is spent).', true)),
  f('evm.spi', 'number', 'SPI = EV / PV (null while nothing is planned).', true),
  money(f('evm.eac', 'number', 'EAC = BAC / CPI (null while CPI is null or 0).', true)),
  f('evm.spiTime', 'number', 'SPI(t) = earned schedule / actual time, in working days (null without a budget).', true),

  f('agile.closedIterations', 'number', 'Closed iterations (sprints).'),
  f('agile.completedPoints', 'number', 'Points completed in closed iterations.'),
  f('agile.remainingPoints', 'number', 'Scope points − completed points (null without scope points).', true),
  f('agile.velocityMean', 'number', 'Mean completed points per closed iteration (null with none).', true),
  f('agile.velocityLastThreeMean', 'number', 'Mean completed points of the last three closed iterations (null with none).', true),
  f('agile.velocityCoefficientOfVariation', 'number', 'Sample standard deviation / mean of the closed iterations’ points (null with fewer than two, or a mean of 0).', true),

  // Open risks are IDENTIFIED, ASSESSED or MITIGATING; score = probability × impact (1..25).
  f('risks.open', 'number', 'Open risks in the register.'),
  f('risks.high', 'number', 'Open risks with a score of 15 or more (critical ones included).'),
  f('risks.critical', 'number', 'Open risks with a score of 20 or more.'),
  f('risks.maxScore', 'number', 'Highest score among open risks (0 when there is none).'),
  f('risks.overdue', 'number', 'Open risks whose due date is before today.'),
  f('risks.unowned', 'number', 'Open risks without an owner.'),

  f('resources.members', 'number', 'People on the project team.'),
  f('resources.weeklyCapacityHours', 'number', 'Sum of the team members’ weekly capacity.'),
  list(f('resources.roles', 'string[]', `Distinct project roles on the team (at most ${LIST_LIMITS.roles}).`), LIST_LIMITS.roles),
  f('resources.openDemands', 'number', 'Resource demands of the project, not yet over, that are OPEN or PARTIALLY_FILLED.'),
  f('resources.overallocatedMembers', 'number', 'People with an unresolved RESOURCE_OVERALLOCATION alert on the project (their hard bookings exceed capacity beyond the tolerance in a week it books them).'),
  f('resources.skillsCoverage', 'number', 'Share (0..1) of the skills the project’s current and future demands ask for that someone on the team (members and manager) holds at the minimum level; 1 without skill demands.'),

  // The training domain: the certifications the project's manager holds today (earned, not expired).
  list(f('manager.certifications', 'string[]', `Keys of the certification types the project manager holds today, in order (at most ${LIST_LIMITS.certifications}; empty without a manager).`), LIST_LIMITS.certifications),
  f('manager.activeCertificationCount', 'number', 'Distinct certification types the project manager holds today (0 without a manager).'),
  f('manager.projectManagementCertified', 'boolean', 'The project manager holds today a certification whose type is marked projectManagement (PMP, PRINCE2 Practitioner, ...).'),
];

const PATTERNS = FACTS.map((fact) => ({ segments: fact.path.split('.'), maxItems: fact.type === 'string[]' ? (fact.maxItems ?? 0) : 0 }));

/**
 * The most items a facts variable can hold (0 for scalars and unknown variables, which the
 * validator reports on their own). `<placeholders>` match any segment.
 */
export function factsArraySize(variable: string): number {
  const segments = variable.split('.');
  let size = 0;
  for (const pattern of PATTERNS) {
    if (pattern.segments.length !== segments.length) continue;
    if (pattern.segments.every((part, i) => part.startsWith('<') || part === segments[i])) size = Math.max(size, pattern.maxItems);
  }
  return size;
}
