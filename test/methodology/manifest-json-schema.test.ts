// The JSON Schema of methodology.json (schema/methodology.schema.json) is generated from the
// manifest's zod schema, so editors check manifests with the shape the server accepts; the
// built-in plugins point their editors at it with "$schema", which the server accepts and does
// not store as part of the plugin.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MANIFEST_JSON_SCHEMA_PATH, manifestJsonSchema, printManifestJsonSchema } from '../../server/methodology/lib/manifest-json-schema.js';
import { FIELD_TYPES, RULE_SEVERITIES } from '../../server/methodology/lib/manifest.js';
import { validateManifest } from '../../server/methodology/lib/validate.js';
import { graphql } from '../gql/index.js';
import { startTestServer, type TestServer } from '../support/harness.js';
import { dataOf } from '../support/results.js';
import { PEOPLE } from '../support/scenarios/index.js';
import { stageGate } from './fixtures.js';

const PLUGINS = ['waterfall', 'agile', 'hybrid'] as const;
const readPlugin = async (key: string) =>
  JSON.parse(await readFile(new URL(`../../plugins/${key}/methodology.json`, import.meta.url), 'utf8')) as Record<string, unknown>;

describe('schema/methodology.schema.json', () => {
  it('is generated from the manifest schema (run `npm run plugin -- json-schema` after changing it)', async () => {
    const committed = await readFile(new URL(`../../${MANIFEST_JSON_SCHEMA_PATH}`, import.meta.url), 'utf8');
    expect(committed).toBe(printManifestJsonSchema());
  });

  it('describes the manifest: strict objects, required keys, enums, and defaults as optional', () => {
    const schema = manifestJsonSchema() as {
      $schema: string;
      required: string[];
      additionalProperties: boolean;
      properties: Record<string, { items?: { properties: Record<string, { enum?: string[] }>; required: string[]; additionalProperties: boolean } }>;
    };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.required).toEqual(['key', 'name', 'version']);
    expect(schema.additionalProperties).toBe(false);
    const rule = schema.properties.rules!.items!;
    expect(rule.required).toEqual(['key', 'kind', 'severity', 'check', 'message']);
    expect(rule.additionalProperties).toBe(false);
    expect(rule.properties.severity!.enum).toEqual([...RULE_SEVERITIES]);
    expect(schema.properties.projectFields!.items!.properties.type!.enum).toEqual([...FIELD_TYPES]);
  });

  it.each(PLUGINS)('is referenced by plugins/%s/methodology.json, which still validates', async (key) => {
    const manifest = await readPlugin(key);
    expect(manifest.$schema).toBe('../../schema/methodology.schema.json');
  });

  it('is a string the validator accepts, and nothing else', () => {
    expect(validateManifest({ ...stageGate(), $schema: '../../schema/methodology.schema.json' }, { resolvePlugin: () => undefined }).valid).toBe(true);
    const wrong = validateManifest({ ...stageGate(), $schema: 42 }, { resolvePlugin: () => undefined });
    expect(wrong.valid ? [] : wrong.problems.map((problem) => problem.path)).toEqual([['$schema']]);
  });
});

const InstalledManifest = graphql(`
  query InstalledManifest($key: String!) {
    methodology(key: $key) { key manifest }
  }
`);

describe('built-in plugins with "$schema"', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer('pglite');
  });
  afterAll(async () => server?.close());

  it('install without it: the editor hint is not part of the stored plugin', async () => {
    for (const key of PLUGINS) {
      const { $schema, ...expected } = await readPlugin(key);
      expect($schema).toBeDefined();
      const installed = dataOf(await server.exec(PEOPLE.admin, InstalledManifest, { key })).methodology;
      expect(installed?.manifest).toMatchObject(expected);
      expect(installed?.manifest).not.toHaveProperty('$schema');
    }
  });
});
