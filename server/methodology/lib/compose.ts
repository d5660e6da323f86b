// Composition of a manifest with the plugins it `extends`, into the effective methodology a
// project pins. Pure and deterministic: the same manifests always give the same result.
//
// Order: parents first, in `extends` order (each composed recursively), then the child. Every
// section merges by key: a later definition replaces an earlier one with the same key but keeps
// the earlier position, so a child can override a parent's phase, template, field, rule, trigger
// or metric in place. A diamond (two parents sharing a grandparent) is harmless: the repeated
// definitions replace themselves. Phases then follow `phaseOrder` when it is given (only those
// phases, in that order), else the merge order. Health thresholds merge by name, the child's last.
import type { HealthThresholdsDef, Manifest, ResolvedMethodology } from './manifest.js';

export type PluginResolver = (key: string) => Manifest | undefined;

/** Sections merged by key. */
export const SECTIONS = ['projectFields', 'phases', 'templates', 'rules', 'riskTriggers', 'metrics'] as const;
export type Section = (typeof SECTIONS)[number];

/** Bounds the `extends` chain, so a corrupt registry cannot make composition run away. */
export const MAX_EXTENDS_DEPTH = 8;

/** A composition plus, for each item, the "key@version" of the manifest that defined it. */
export interface Composition {
  resolved: ResolvedMethodology;
  /** Phases before `phaseOrder` was applied (validation uses it to check `phaseOrder`). */
  mergedPhaseKeys: string[];
  origins: Record<Section, Map<string, string>>;
}

export const lineageEntry = (manifest: Pick<Manifest, 'key' | 'version'>) => `${manifest.key}@${manifest.version}`;

/**
 * The effective methodology of `manifest`. Throws on an unknown parent or an `extends` cycle:
 * validateManifest reports those as problems, so a validated manifest always composes.
 */
export function composeManifest(manifest: Manifest, resolvePlugin: PluginResolver): ResolvedMethodology {
  return composeWithOrigins(manifest, resolvePlugin).resolved;
}

export function composeWithOrigins(manifest: Manifest, resolvePlugin: PluginResolver, stack: string[] = []): Composition {
  if (stack.includes(manifest.key)) {
    throw new Error(`extends cycle: ${[...stack, manifest.key].join(' → ')}`);
  }
  if (stack.length >= MAX_EXTENDS_DEPTH) throw new Error(`extends chain deeper than ${MAX_EXTENDS_DEPTH}`);

  const merged = emptySections();
  const origins = emptyOrigins();
  const lineage: string[] = [];
  // Health thresholds merge by name (pairs are validated to come together, so this keeps them whole).
  const healthThresholds: HealthThresholdsDef = {};

  for (const parentKey of manifest.extends) {
    const parentManifest = resolvePlugin(parentKey);
    if (!parentManifest) throw new Error(`${manifest.key} extends unknown plugin "${parentKey}"`);
    const parent = composeWithOrigins(parentManifest, resolvePlugin, [...stack, manifest.key]);
    for (const section of SECTIONS) {
      for (const item of parent.resolved[section]) {
        put(merged, origins, section, item, parent.origins[section].get(item.key)!);
      }
    }
    for (const entry of parent.resolved.lineage) if (!lineage.includes(entry)) lineage.push(entry);
    Object.assign(healthThresholds, parent.resolved.healthThresholds);
  }
  Object.assign(healthThresholds, manifest.healthThresholds);

  const own = lineageEntry(manifest);
  for (const section of SECTIONS) {
    for (const item of manifest[section]) put(merged, origins, section, item, own);
  }
  if (!lineage.includes(own)) lineage.push(own);

  const mergedPhaseKeys = [...merged.phases.keys()];
  const phases = manifest.phaseOrder
    ? manifest.phaseOrder.flatMap((key) => merged.phases.get(key) ?? [])
    : [...merged.phases.values()];

  const resolved: ResolvedMethodology = {
    key: manifest.key,
    name: manifest.name,
    version: manifest.version,
    ...(manifest.description !== undefined && { description: manifest.description }),
    projectFields: [...merged.projectFields.values()],
    phases,
    templates: [...merged.templates.values()],
    rules: [...merged.rules.values()],
    riskTriggers: [...merged.riskTriggers.values()],
    metrics: [...merged.metrics.values()],
    ...(Object.keys(healthThresholds).length > 0 && { healthThresholds }),
    lineage,
  };
  return { resolved, mergedPhaseKeys, origins };
}

type Merged = { [S in Section]: Map<string, Manifest[S][number]> };

function emptySections(): Merged {
  return {
    projectFields: new Map(),
    phases: new Map(),
    templates: new Map(),
    rules: new Map(),
    riskTriggers: new Map(),
    metrics: new Map(),
  };
}

function emptyOrigins(): Record<Section, Map<string, string>> {
  return {
    projectFields: new Map(),
    phases: new Map(),
    templates: new Map(),
    rules: new Map(),
    riskTriggers: new Map(),
    metrics: new Map(),
  };
}

// Map.set on an existing key keeps its insertion position: exactly "replace in place".
function put<S extends Section>(merged: Merged, origins: Record<Section, Map<string, string>>, section: S, item: Manifest[S][number], origin: string): void {
  (merged[section] as Map<string, Manifest[S][number]>).set(item.key, item);
  origins[section].set(item.key, origin);
}
