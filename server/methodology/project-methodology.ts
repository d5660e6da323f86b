// A project run by a methodology: pinning the version, instantiating phases, deliverables and
// project fields, and validating field values against the plugin's types.
import semver from 'semver';
import type { Tx } from '../platform/context.js';
import type { Prisma } from '../platform/db/generated/prisma/client.js';
import { ValidationError, type FieldIssue } from '../platform/errors.js';
import { coerceDefault, isUnset, validateFieldValue } from './lib/field-values.js';
import type { FieldDef, ResolvedMethodology } from './lib/manifest.js';

export type FieldValues = Record<string, unknown>;

/** The methodology version a new project pins: the given version, else the newest enabled one. */
export async function methodologyForNewProject(tx: Tx, key: string, version: string | null | undefined) {
  const rows = await tx.methodology.findMany({ where: { key } });
  if (rows.length === 0) throw ValidationError.single(['input', 'methodologyKey'], `No methodology "${key}" is installed`);
  if (version) {
    const row = rows.find((r) => r.version === version);
    if (!row) throw ValidationError.single(['input', 'methodologyVersion'], `${key} has no version ${version}`);
    if (!row.enabled) throw ValidationError.single(['input', 'methodologyVersion'], `${key} ${version} is disabled: it cannot start new projects`);
    return row;
  }
  const enabled = rows.filter((r) => r.enabled).sort((a, b) => semver.rcompare(a.version, b.version));
  if (enabled.length === 0) throw ValidationError.single(['input', 'methodologyKey'], `${key} is disabled: it cannot start new projects`);
  return enabled[0]!;
}

/**
 * Validates values for some of the methodology's fields; unknown keys and bad values are issues.
 * `requiredStaysSet`: project fields marked required may not be cleared (a draft deliverable's
 * fields may, until it is submitted).
 */
export function checkFieldValues(
  fields: readonly FieldDef[],
  values: FieldValues,
  path: string[],
  options: { requiredStaysSet?: boolean } = {},
): FieldIssue[] {
  const byKey = new Map(fields.map((field) => [field.key, field]));
  const issues: FieldIssue[] = [];
  for (const [key, value] of Object.entries(values)) {
    const field = byKey.get(key);
    if (!field) {
      issues.push({ path: [...path, key], message: `Unknown field "${key}" (known: ${[...byKey.keys()].join(', ') || 'none'})` });
      continue;
    }
    const problem = validateFieldValue(field, value);
    if (problem) issues.push({ path: [...path, key], message: problem });
    else if (options.requiredStaysSet && field.required && isUnset(value)) issues.push(requiredIssue(field, path));
  }
  return issues;
}

const requiredIssue = (field: FieldDef, path: string[]): FieldIssue => ({
  path: [...path, field.key],
  message: `${field.label ?? field.key} is required`,
});

/** Project field values with defaults for the fields not given. */
export function initialProjectFields(methodology: ResolvedMethodology, given: FieldValues | null | undefined): Prisma.InputJsonObject {
  const issues = checkFieldValues(methodology.projectFields, given ?? {}, ['input', 'fields']);
  if (issues.length) throw new ValidationError(issues);
  const values: Record<string, Prisma.InputJsonValue | null> = {};
  const missing: FieldIssue[] = [];
  for (const field of methodology.projectFields) {
    const value = given?.[field.key] ?? coerceDefault(field);
    if (field.required && isUnset(value)) missing.push(requiredIssue(field, ['input', 'fields']));
    values[field.key] = (value ?? null) as Prisma.InputJsonValue | null;
  }
  if (missing.length) throw new ValidationError(missing);
  return values as Prisma.InputJsonObject;
}

/** Creates the project's phases (the first one active) and its deliverables from the templates. */
export async function instantiatePhases(tx: Tx, projectId: string, methodology: ResolvedMethodology, now = new Date()): Promise<void> {
  await tx.projectPhase.createMany({
    data: methodology.phases.map((phase, position) => ({
      projectId,
      key: phase.key,
      name: phase.name,
      position,
      status: position === 0 ? 'ACTIVE' : 'PENDING',
      startedAt: position === 0 ? now : null,
    })),
  });
  const templates = new Map(methodology.templates.map((template) => [template.key, template]));
  const seen = new Set<string>();
  const deliverables: Prisma.DeliverableCreateManyInput[] = [];
  for (const phase of methodology.phases) {
    for (const key of phase.deliverables) {
      // A template named by two phases is one deliverable, owned by the first.
      if (seen.has(key)) continue;
      seen.add(key);
      deliverables.push({ projectId, key, name: templates.get(key)?.name ?? key, phaseKey: phase.key });
    }
  }
  if (deliverables.length) await tx.deliverable.createMany({ data: deliverables });
}
