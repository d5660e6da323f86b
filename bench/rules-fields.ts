// Plausible values for the built-in plugins' project fields and deliverable fields. Values the
// rules compare with each other (sprint numbers, test counts, points, reserves, the status
// report's RAG) are drawn so that most projects pass and a realistic minority fails, instead of
// uniform noise that would make every comparison rule fail; anything else gets a value of the
// field's type. Every value is checked against the plugin's types by the caller.
import type { FieldDef, FieldValue } from '../server/methodology/lib/manifest.js';
import { addDays, isoDate } from '../server/platform/calendar.js';
import type { Random } from './rules-random.js';

/** What a project's values are drawn around; fixed per project so cross-references agree. */
export interface ProjectProfile {
  code: string;
  budget: number;
  health: 'GREEN' | 'AMBER' | 'RED';
  today: Date;
  /** The current sprint, and the sprints the last review and retrospective were about. */
  sprint: number;
  reviewedSprint: number;
  retroSprint: number;
  plannedTests: number;
}

const PHRASES = [
  'Agreed with the steering committee',
  'See the attached analysis; reviewed by the business owner',
  'Draft, to be confirmed at the next review',
  'Consolidated from the stakeholder workshops',
  'Aligned with the portfolio roadmap and the architecture principles',
];

const daysFrom = (date: Date, days: number): string => isoDate(addDays(date, days));

export function fieldValue(field: FieldDef, profile: ProjectProfile, random: Random): FieldValue {
  const special = specialValue(field.key, profile, random);
  if (special !== undefined) return special;
  switch (field.type) {
    case 'text':
      return `${random.pick(PHRASES)} (${profile.code})`;
    case 'integer':
      return random.int(0, 200);
    case 'number':
      return random.int(0, 1000) / 10;
    case 'boolean':
      return random.chance(0.8);
    case 'date':
      return daysFrom(profile.today, random.int(-60, 60));
    case 'enum':
      return random.pick(field.options ?? []);
    case 'url':
      return `https://docs.example.com/${profile.code.toLowerCase()}/${field.key}`;
  }
}

function specialValue(key: string, p: ProjectProfile, random: Random): FieldValue | undefined {
  switch (key) {
    // agile
    case 'sprintNumber':
      return random.chance(0.5) ? p.sprint : random.pick([p.reviewedSprint, p.retroSprint]);
    case 'committedPoints':
      return random.int(20, 60);
    case 'completedPoints':
      return random.int(10, 60);
    case 'readyItemCount':
      return random.int(0, 30);
    case 'itemCount':
      return random.int(20, 200);
    case 'actionItems':
      return random.int(0, 5);
    case 'sprintStart':
      return daysFrom(p.today, -random.int(0, 20));
    case 'sprintEnd':
      return daysFrom(p.today, random.int(-3, 14));
    case 'lastRefinedOn':
      return daysFrom(p.today, -random.int(0, 30));
    case 'teamSize':
      return random.weighted([[random.int(3, 10), 85], [random.int(11, 14), 10], [2, 5]]);
    case 'sprintLengthDays':
      return random.pick([7, 14, 14, 21, 28]);
    // waterfall
    case 'plannedTestCases':
      return p.plannedTests;
    case 'executedTestCases':
      return random.chance(0.6) ? p.plannedTests : random.int(0, p.plannedTests);
    case 'passedTestCases':
      return random.int(Math.floor(p.plannedTests * 0.7), p.plannedTests);
    case 'openCriticalDefects':
    case 'openDefects':
      return random.chance(0.7) ? 0 : random.int(1, 5);
    case 'requirementCount':
      return random.int(20, 300);
    case 'mustHaveCount':
      return random.int(5, 80);
    case 'estimatedBudget':
    case 'costBaseline':
      return p.budget;
    case 'contingencyReserve':
      return Math.round(p.budget * random.int(3, 15)) / 100;
    case 'contingencyReservePercent':
      return random.pick([5, 8, 10, 10, 12]);
    case 'scopeTolerancePercent':
      return random.pick([5, 10, 10, 15, 20]);
    case 'overallStatus':
      return random.chance(0.75) ? p.health : random.pick(['GREEN', 'AMBER', 'RED']);
    case 'uatRequired':
      return random.chance(0.85);
    default:
      return undefined;
  }
}
