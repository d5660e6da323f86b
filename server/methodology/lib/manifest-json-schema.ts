// The JSON Schema of methodology.json, generated from the manifest's zod schema (manifest.ts), so
// editors complete and check manifests with exactly the shape the server accepts. It is committed
// as schema/methodology.schema.json (a test fails when it is stale). It covers shape only: what
// validate.ts checks beyond shape (references, extends, JSON-Logic safety, fact variables) needs
// `npm run plugin -- validate plugins/<folder>`.
import { z } from 'zod';
import { ManifestSchema } from './manifest.js';

/** Where the committed schema lives, relative to the repository root. */
export const MANIFEST_JSON_SCHEMA_PATH = 'schema/methodology.schema.json';

/** Hover texts for editors, by property path (`*` is an array item). */
const DESCRIPTIONS: Record<string, string> = {
  '': 'A methodology plugin (plugins/<folder>/methodology.json). Check it with `npm run plugin -- validate plugins/<folder>`.',
  $schema: 'Lets editors find this JSON Schema; ignored by the server.',
  key: 'Plugin key: lower-case kebab-case, 2..40 characters.',
  name: 'Display name.',
  version: 'Semantic version; an installed version never changes, so a change needs a new version.',
  extends: 'Plugins composed before this one, in order; this one overrides their items by key.',
  phaseOrder: 'The composed phases to keep, in this order (default: every phase in merge order).',
  projectFields: 'Typed fields every project of this methodology carries (facts: fields.<key>).',
  phases: 'The life-cycle phases, in order.',
  'phases.*.deliverables': 'Keys of the templates instantiated as this phase’s deliverables.',
  'phases.*.gate': 'Rules that must pass (or be waived) to leave the phase.',
  templates: 'Deliverable templates (facts: deliverables.<key>.*).',
  rules: 'Quality and compliance rules: JSON-Logic checks over the facts document.',
  'rules.*.check': 'A JSON-Logic expression; the rule passes when it evaluates truthy.',
  'rules.*.appliesTo': 'Absent means every phase and every project status.',
  riskTriggers: 'JSON-Logic conditions that raise risk alerts.',
  'riskTriggers.*.when': 'A JSON-Logic expression; the trigger holds when it evaluates truthy.',
  metrics: 'Plugin metrics (facts: metrics.<key>).',
  'metrics.*.expr': 'A JSON-Logic expression giving a number; anything else evaluates to null.',
  healthThresholds:
    'Derived-health thresholds for projects of this methodology, over the PMO’s (healthThresholds query). Each AMBER/RED pair is given together.',
};

type JsonSchema = { properties?: Record<string, JsonSchema>; items?: JsonSchema; description?: string; [key: string]: unknown };

function describe(node: JsonSchema, path: string[]): void {
  const text = DESCRIPTIONS[path.join('.')];
  if (text) node.description = text;
  for (const [name, child] of Object.entries(node.properties ?? {})) describe(child, [...path, name]);
  if (node.items && typeof node.items === 'object') describe(node.items, [...path, '*']);
}

/** The JSON Schema (draft 2020-12) of what an author writes: defaults are not yet applied. */
export function manifestJsonSchema(): object {
  const generated = z.toJSONSchema(ManifestSchema, { io: 'input' }) as JsonSchema;
  describe(generated, []);
  const { $schema, ...rest } = generated;
  return { $schema, title: 'PMO Engine methodology plugin', ...rest };
}

/** The committed file's text. */
export const printManifestJsonSchema = (): string => JSON.stringify(manifestJsonSchema(), null, 2) + '\n';
