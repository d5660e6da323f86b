// Tools for methodology plugin authors, offline (no server, no database):
//   npm run plugin -- validate plugins/<folder> [more folders]
//       checks each folder's methodology.json with the server's own validator and prints every
//       problem with its JSON path; exits 1 when there is any problem, 2 on a usage error.
//   npm run plugin -- json-schema
//       writes schema/methodology.schema.json (the JSON Schema editors use) from the manifest
//       schema; test/methodology/manifest-json-schema.test.ts fails when it is stale.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { MANIFEST_JSON_SCHEMA_PATH, printManifestJsonSchema } from '../server/methodology/lib/manifest-json-schema.js';
import { formatPath } from '../server/methodology/lib/manifest.js';
import { validatePluginFolder } from '../server/methodology/plugin-folder.js';

const USAGE = 'usage: npm run plugin -- validate <plugin folder>...   |   npm run plugin -- json-schema';

async function validate(folders: string[]): Promise<number> {
  if (folders.length === 0) {
    console.error(USAGE);
    return 2;
  }
  let failed = 0;
  for (const folder of folders) {
    const { file, problems, lineage } = await validatePluginFolder(folder);
    const shown = path.relative(process.cwd(), file) || file;
    if (problems.length === 0) {
      console.log(`${shown}: ok, composes ${lineage?.join(', ') ?? ''}`);
      continue;
    }
    failed++;
    console.log(`${shown}: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
    for (const problem of problems) console.log(`  ${formatPath(problem.path) || '(document)'}: ${problem.message}`);
  }
  return failed > 0 ? 1 : 0;
}

async function writeJsonSchema(): Promise<number> {
  await writeFile(new URL(`../${MANIFEST_JSON_SCHEMA_PATH}`, import.meta.url), printManifestJsonSchema());
  console.log(`wrote ${MANIFEST_JSON_SCHEMA_PATH}`);
  return 0;
}

const [command, ...rest] = process.argv.slice(2);
let code: number;
if (command === 'validate') code = await validate(rest);
else if (command === 'json-schema') code = await writeJsonSchema();
else {
  console.error(USAGE);
  code = 2;
}
process.exitCode = code;
