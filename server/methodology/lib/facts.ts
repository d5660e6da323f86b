// Builds the facts document of a project (see facts-shape.ts) from plain data. Pure: the
// database side is facts-loader.ts. Every object is created with a null prototype so that no
// rule can ever reach Object.prototype through a `var`, even one that slipped past validation.
//
// The engine builds the sections about the project itself; other domains contribute theirs
// (`risks.*` comes from the risks domain, `schedule.*`, `evm.*` and `agile.*` from the schedule
// domain: facts-sections.ts), computed before and passed in. The built-in metrics read `evm.*`.
import { daysBetween, isoDate } from '../../platform/calendar.js';
import type { CompiledMethodology } from './evaluate.js';
import { evaluateMetrics } from './evaluate.js';
import { coerceDefault, isUnset } from './field-values.js';
import { LIST_LIMITS } from './facts-shape.js';
import type { FieldValue } from './manifest.js';

export interface ProjectFactsInput {
  code: string;
  name: string;
  status: string;
  health: string;
  budget: number;
  actualCost: number;
  percentComplete: number;
  scopePoints: number | null;
  startDate: Date | null;
  targetEndDate: Date | null;
  hasManager: boolean;
  hasSponsor: boolean;
  baseline: { budget: number | null; targetEndDate: Date | null; scopePoints: number | null };
  alignments: { score: number; weight: number }[];
  members: { projectRole: string; weeklyCapacityHours: number }[];
  fields: Record<string, unknown>;
  phases: { key: string; name: string; position: number; status: string; startedAt: Date | null }[];
  deliverables: {
    key: string;
    phaseKey: string;
    status: string;
    fields: Record<string, unknown>;
    submittedAt: Date | null;
    decidedAt: Date | null;
  }[];
}

/** Facts sections other domains contribute, by top-level key (`risks`: { open, high, … }). */
export type ContributedFacts = Readonly<Record<string, Record<string, unknown>>>;

/** A plain-data object with no prototype (see the header comment). */
export function record(entries: Record<string, unknown>): Record<string, unknown> {
  return Object.assign(Object.create(null) as Record<string, unknown>, entries);
}

const round = (value: number, digits = 4) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Earned value as the schedule domain contributes it (`evm.*`, facts-shape.ts); null values when it has none. */
export interface ScheduleEarnedValueFacts {
  bac: number | null;
  pv: number | null;
  ev: number | null;
  ac: number | null;
  cv: number | null;
  cpi: number | null;
  spi: number | null;
}

/**
 * Earned-value and budget metrics every methodology gets (facts-shape.ts, `metrics.*`): the
 * schedule's earned value when it measures one (`evm.bac` > 0: work tasks with budgets in the
 * performance measurement baseline), else the project-level figures of facts version 1 (budget ×
 * elapsed share, budget × percent complete, the project's actual cost).
 */
export function builtInMetrics(input: ProjectFactsInput, today: Date, evm?: Partial<ScheduleEarnedValueFacts>): Record<string, number | null> {
  const { budget, actualCost: ac, startDate, targetEndDate } = input;
  const budgetUsed = budget > 0 ? round(ac / budget) : null;
  const scopeChange = input.scopePoints !== null && input.baseline.scopePoints !== null ? input.scopePoints - input.baseline.scopePoints : null;
  if (evm && typeof evm.bac === 'number' && evm.bac > 0 && typeof evm.ev === 'number' && typeof evm.cv === 'number') {
    return { plannedValue: evm.pv ?? null, earnedValue: evm.ev, costVariance: evm.cv, spi: evm.spi ?? null, cpi: evm.cpi ?? null, budgetUsed, scopeChange };
  }
  let plannedValue: number | null = null;
  if (startDate && targetEndDate) {
    const duration = targetEndDate.getTime() - startDate.getTime();
    const elapsed = today.getTime() - startDate.getTime();
    const share = duration <= 0 ? (elapsed >= 0 ? 1 : 0) : Math.min(1, Math.max(0, elapsed / duration));
    plannedValue = budget * share;
  }
  const earnedValue = (budget * input.percentComplete) / 100;
  return {
    plannedValue: plannedValue === null ? null : round(plannedValue, 2),
    earnedValue: round(earnedValue, 2),
    costVariance: round(earnedValue - ac, 2),
    spi: plannedValue ? round(earnedValue / plannedValue) : null,
    cpi: ac > 0 ? round(earnedValue / ac) : null,
    budgetUsed,
    scopeChange,
  };
}

export function buildFacts(
  input: ProjectFactsInput,
  compiled: CompiledMethodology | null,
  today: Date,
  contributed: ContributedFacts = {},
  /**
   * false leaves a part out, for a caller that reads none of it (facts-loader.ts FactsReads):
   * the methodology's own metrics (metrics.*), its deliverables (deliverables.*).
   */
  options: { pluginMetrics?: boolean; deliverables?: boolean } = {},
): Record<string, unknown> {
  const methodology = compiled?.methodology;
  const todayIso = isoDate(today);
  const phases = [...input.phases].sort((a, b) => a.position - b.position);
  const current = phases.find((phase) => phase.status === 'ACTIVE') ?? null;

  const fields = record({});
  for (const field of methodology?.projectFields ?? []) {
    const value = input.fields[field.key];
    fields[field.key] = value === undefined ? coerceDefault(field) : (value as FieldValue | null);
  }

  const deliverables = record({});
  const templates = new Map((methodology?.templates ?? []).map((template) => [template.key, template]));
  for (const phase of options.deliverables === false ? [] : (methodology?.phases ?? [])) {
    for (const key of phase.deliverables) {
      const row = input.deliverables.find((d) => d.key === key);
      const template = templates.get(key);
      const values = record({});
      for (const field of template?.fields ?? []) values[field.key] = (row?.fields[field.key] as FieldValue | undefined) ?? null;
      const missing = (template?.fields ?? []).filter((field) => field.required && isUnset(values[field.key])).map((f) => f.key);
      deliverables[key] = record({
        exists: row !== undefined,
        status: row?.status ?? 'NOT_STARTED',
        phase: row?.phaseKey ?? phase.key,
        complete: row !== undefined && missing.length === 0,
        missingFields: missing.slice(0, LIST_LIMITS.missingFields),
        submittedOn: isoDate(row?.submittedAt ?? null),
        approvedOn: row?.status === 'APPROVED' ? isoDate(row.decidedAt) : null,
        fields: values,
      });
    }
  }

  const metrics = record(builtInMetrics(input, today, contributed.evm as Partial<ScheduleEarnedValueFacts> | undefined));
  const facts = record({
    today: todayIso,
    project: record({
      code: input.code,
      name: input.name,
      status: input.status,
      health: input.health,
      budget: input.budget,
      actualCost: input.actualCost,
      percentComplete: input.percentComplete,
      scopePoints: input.scopePoints,
      startDate: isoDate(input.startDate),
      targetEndDate: isoDate(input.targetEndDate),
      daysToTargetEnd: input.targetEndDate ? daysBetween(today, input.targetEndDate) : null,
      hasManager: input.hasManager,
      hasSponsor: input.hasSponsor,
      objectiveCount: input.alignments.length,
      alignmentScore: round(input.alignments.reduce((sum, a) => sum + (a.score * a.weight) / 100, 0), 2),
      methodology: methodology?.key ?? null,
    }),
    baseline: record({
      budget: input.baseline.budget,
      targetEndDate: isoDate(input.baseline.targetEndDate),
      scopePoints: input.baseline.scopePoints,
    }),
    phase: record({
      key: current?.key ?? null,
      name: current?.name ?? null,
      index: current ? phases.indexOf(current) : null,
      isFirst: current !== null && phases[0] === current,
      isLast: current !== null && phases[phases.length - 1] === current,
      startedOn: isoDate(current?.startedAt ?? null),
      daysInPhase: current?.startedAt ? daysBetween(current.startedAt, today) : null,
      completed: phases.filter((phase) => phase.status === 'COMPLETED').map((phase) => phase.key).slice(0, LIST_LIMITS.completedPhases),
    }),
    fields,
    deliverables,
    metrics,
    resources: record({
      members: input.members.length,
      weeklyCapacityHours: input.members.reduce((sum, m) => sum + m.weeklyCapacityHours, 0),
      roles: [...new Set(input.members.map((m) => m.projectRole))].sort().slice(0, LIST_LIMITS.roles),
    }),
  });
  // A contributed section adds to a built-in one of the same key (resources.* from the resources domain).
  for (const [key, section] of Object.entries(contributed)) facts[key] = record({ ...(facts[key] as Record<string, unknown> | undefined), ...section });
  // Plugin metrics may read every other fact, including the built-in metrics.
  if (compiled && options.pluginMetrics !== false) Object.assign(metrics, evaluateMetrics(compiled, facts));
  return facts;
}
