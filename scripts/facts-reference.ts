// Prints the facts reference of the README ("Facts reference", between the facts:start and
// facts:end markers) from FACTS, so the documentation cannot drift from the code:
//   npm run -s docs:facts
// test/methodology/facts-reference.test.ts fails when the README's copy differs from this output.
//
// FACTS gives each variable's path, type, nullability and meaning. How each one is computed
// lives here (SOURCES), checked one-to-one against FACTS: a new fact without a source, or a
// source for a fact that no longer exists, stops the script.
import { pathToFileURL } from 'node:url';
import { FACTS, FACTS_VERSION, type FactDefinition } from '../server/methodology/lib/facts-shape.js';

export const FACTS_START = '<!-- facts:start -->';
export const FACTS_END = '<!-- facts:end -->';

/** How each fact is computed, by FACTS path (methodology/lib/facts.ts, methodology/facts-loader.ts, risks/facts.ts, schedule/facts.ts). */
export const SOURCES: Readonly<Record<string, string>> = {
  today: 'Server clock at evaluation time.',
  'project.code': '`Project.code`.',
  'project.name': '`Project.name`.',
  'project.status': '`Project.status` (`transitionProject`).',
  'project.health': '`Project.health`.',
  'project.budget': '`Project.budget`, as a number.',
  'project.actualCost': '`Project.actualCost`, as a number.',
  'project.percentComplete': '`Project.percentComplete`.',
  'project.scopePoints': '`Project.scopePoints`.',
  'project.startDate': '`Project.startDate`.',
  'project.targetEndDate': '`Project.targetEndDate`.',
  'project.daysToTargetEnd': '`targetEndDate` − `today`, in whole UTC days; null without a target end date.',
  'project.hasManager': '`Project.manager` is set.',
  'project.hasSponsor': '`Project.sponsor` is set.',
  'project.objectiveCount': 'Number of alignments (`alignProject`).',
  'project.alignmentScore': 'Σ alignment score (1..5) × objective weight / 100, rounded to 2 decimals.',
  'project.methodology': 'Key of the pinned methodology version.',
  'baseline.budget': 'Copied from `project.budget` when `transitionProject` moves the project to APPROVED; null before.',
  'baseline.targetEndDate': 'Copied from `project.targetEndDate` on approval; null before.',
  'baseline.scopePoints': 'Copied from `project.scopePoints` on approval; null before.',
  'phase.key': 'The ACTIVE project phase; null once every phase is complete.',
  'phase.name': 'Name of the ACTIVE phase; null once every phase is complete.',
  'phase.index': "Position in the methodology's phase order; null once every phase is complete.",
  'phase.isFirst': 'False when no phase is active.',
  'phase.isLast': 'False when no phase is active.',
  'phase.startedOn': 'UTC date the phase became ACTIVE (`createProject` for the first, `advancePhase` for the others).',
  'phase.daysInPhase': '`today` − `phase.startedOn`, in whole UTC days.',
  'phase.completed': 'Phases completed by `advancePhase`, in phase order.',
  'fields.<field>': 'Value saved by `createProject` / `updateProject` (`fields`); the field\'s `default` when never set; null when cleared.',
  'deliverables.<deliverable>.exists': 'A deliverable row exists (`createProject` creates one per phase deliverable).',
  'deliverables.<deliverable>.status': '`Deliverable.status`; NOT_STARTED when there is no row.',
  'deliverables.<deliverable>.phase': '`Deliverable.phaseKey` (the phase that lists the template).',
  'deliverables.<deliverable>.complete': '`exists` and `missingFields` is empty.',
  'deliverables.<deliverable>.missingFields': 'Required template fields whose value is absent, null or blank text, in template order.',
  'deliverables.<deliverable>.submittedOn': 'UTC date of the last `submitDeliverable`.',
  'deliverables.<deliverable>.approvedOn': 'UTC date of the decision when `status` is APPROVED, else null.',
  'deliverables.<deliverable>.fields.<templateField>': 'Value saved by `updateDeliverable`; null when unset.',
  'metrics.cpi': '`evm.cpi` when `evm.bac` > 0; else `earnedValue` / `project.actualCost`, 4 decimals, null when `project.actualCost` is 0.',
  'metrics.spi': '`evm.spi` when `evm.bac` > 0; else `earnedValue` / `plannedValue`, 4 decimals, null when `plannedValue` is null or 0.',
  'metrics.plannedValue': '`evm.pv` when `evm.bac` > 0; else budget × (today − startDate) / (targetEndDate − startDate), the share clamped to 0..1, 2 decimals; null without both dates.',
  'metrics.earnedValue': '`evm.ev` when `evm.bac` > 0; else budget × percentComplete / 100, 2 decimals.',
  'metrics.costVariance': '`evm.cv` when `evm.bac` > 0; else `earnedValue` − `project.actualCost`, 2 decimals.',
  'metrics.budgetUsed': '`project.actualCost` / `project.budget`, 4 decimals; null when the budget is 0.',
  'metrics.scopeChange': '`project.scopePoints` − `baseline.scopePoints`; null when either is null.',
  'metrics.<metric>': "The metric's `expr`, evaluated after every other fact; null unless a finite number.",
  'schedule.tasks': 'Tasks of the project (`createTask`).',
  'schedule.finishDate': 'Early finish of the last work task, as `project.schedule.finishDate` (critical path over the project calendar from `project.startDate`).',
  'schedule.slipDays': '`project.schedule.slipDays`: working days from the day after `project.targetEndDate` to the finish, 0 when not later.',
  'schedule.criticalTasks': 'Length of `project.schedule.criticalPath`.',
  'schedule.hasBaseline': 'The project has a `ScheduleBaseline` (`captureBaseline`; approval captures "Approved plan").',
  'schedule.p80Finish': '`p80Date` of the latest `ScheduleForecast` (`recordForecast`; `project.latestForecast`).',
  'schedule.p80SlipDays': 'As `schedule.slipDays`, for `schedule.p80Finish`.',
  'schedule.forecastRecordedOn': "The UTC day of the latest `ScheduleForecast`'s `createdAt`.",
  'evm.bac': '`project.earnedValue(today).budgetAtCompletion`: the current baseline (`setCurrentBaseline`, else the latest), the live tasks without one; 2 decimals. Null without a start date or without work tasks, as every `evm.*`.',
  'evm.pv': '`plannedValue` at the end of `today`: linear over each task’s planned working days; 2 decimals.',
  'evm.ev': '`earnedValue`: Σ budget × the latest `reportTaskProgress` percent at or before `today`; 2 decimals.',
  'evm.ac': '`actualCost`: Σ the latest cumulative `actualCost` reported at or before `today`; 2 decimals.',
  'evm.cv': '`ev` − `ac`, 2 decimals.',
  'evm.sv': '`ev` − `pv`, 2 decimals.',
  'evm.cpi': '`ev` / `ac` at full precision, then 4 decimals; null when `ac` is 0.',
  'evm.spi': '`ev` / `pv`, 4 decimals; null when `pv` is 0.',
  'evm.eac': '`bac` / CPI, 2 decimals; null when CPI is null or 0.',
  'evm.spiTime': '`project.earnedValue(today).spiTime` (earned schedule / actual time), 4 decimals; null when `bac` is 0.',
  'agile.closedIterations': 'Iterations with status CLOSED (`closeIteration`).',
  'agile.completedPoints': 'Σ `completedPoints` of the closed iterations.',
  'agile.remainingPoints': '`project.scopePoints` − `completedPoints`; null when `project.scopePoints` is null.',
  'agile.velocityMean': '`project.agileMetrics.velocity.mean`, 4 decimals.',
  'agile.velocityLastThreeMean': '`project.agileMetrics.velocity.lastThreeMean` (the last three closed by start date), 4 decimals.',
  'agile.velocityCoefficientOfVariation': '`project.agileMetrics.velocity.coefficientOfVariation` (sample standard deviation / mean), 4 decimals.',
  'risks.open': 'Risks with status IDENTIFIED, ASSESSED or MITIGATING (CLOSED and REALIZED ones never count).',
  'risks.high': 'Open risks with probability × impact ≥ 15.',
  'risks.critical': 'Open risks with probability × impact ≥ 20.',
  'risks.maxScore': 'Maximum probability × impact (1..25) over open risks; 0 without one.',
  'risks.overdue': 'Open risks whose due date is before `today` (UTC days); risks without a due date never count.',
  'risks.unowned': 'Open risks with no owner.',
  'resources.members': 'Project members (`addProjectMember`); the manager counts only if added as a member.',
  'resources.weeklyCapacityHours': "Σ of the members' `User.weeklyCapacityHours` (full capacity, not an allocation).",
  'resources.roles': "Distinct members' `projectRole` values, sorted.",
  'resources.openDemands': '`ResourceDemand` rows of the project with status OPEN or PARTIALLY_FILLED (from the bookings against them) whose `to` is today or later.',
  'resources.overallocatedMembers': 'Distinct people with an unresolved `RESOURCE_OVERALLOCATION` alert on the project.',
  'resources.skillsCoverage': 'Distinct skills of the project\'s demands ending today or later that a team member or the manager holds (`UserSkill.level` ≥ the demand\'s `minLevel`), over all those skills, to 4 decimals; 1 without skill demands.',
  'manager.certifications': 'Keys of the `CertificationType`s of the manager\'s `UserCertification`s with `earnedOn` ≤ today ≤ `expiresOn` (or no expiry), distinct, sorted (training/facts.ts).',
  'manager.activeCertificationCount': 'Length of `manager.certifications` before the cut to 20 (training/facts.ts).',
  'manager.projectManagementCertified': 'One of them is of a type with `projectManagement` set (training/facts.ts).',
};

/** A plugin-typed value (project or template field): its JSON type follows the field's type. */
const isFieldValue = (path: string) => path.endsWith('.<field>') || path.endsWith('.<templateField>');

const cell = (text: string) => text.replace(/\|/g, '\\|');

/** The Markdown printed between the README markers. */
export function factsReference(facts: readonly FactDefinition[] = FACTS, sources: Readonly<Record<string, string>> = SOURCES): string {
  const paths = new Set(facts.map((fact) => fact.path));
  const undocumented = facts.filter((fact) => !sources[fact.path]).map((fact) => fact.path);
  const stale = Object.keys(sources).filter((path) => !paths.has(path));
  if (undocumented.length || stale.length) {
    throw new Error(
      [
        undocumented.length ? `facts without a source in scripts/facts-reference.ts: ${undocumented.join(', ')}` : '',
        stale.length ? `sources for facts that do not exist: ${stale.join(', ')}` : '',
      ]
        .filter(Boolean)
        .join('; '),
    );
  }
  const rows = facts.map((fact) => {
    // FACTS declares these 'string'; the value is whatever the plugin's field type makes it.
    const type = isFieldValue(fact.path) ? "the field's type" : fact.type;
    return `| \`${fact.path}\` | ${type} | ${fact.nullable ? 'yes' : 'no'} | ${fact.money ? 'yes' : 'no'} | ${cell(fact.description)} | ${cell(sources[fact.path]!)} |`;
  });
  return [
    `Facts version: **${FACTS_VERSION}** (\`FACTS_VERSION\`). Generated from \`server/methodology/lib/facts-shape.ts\` by \`npm run -s docs:facts\`.`,
    '',
    '| Variable | Type | Null | Money | Meaning | Computed from |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.stdout.write(`${factsReference()}\n`);
}
