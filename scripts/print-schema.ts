// Writes what clients read from the code-first schema, all committed (tests fail when stale):
// schema/schema.graphql (SDL), schema/possible-types.json (Apollo's possibleTypes) and
// schema/introspection.json. `npm run codegen` runs this first, then graphql-codegen.
import { writeFile } from 'node:fs/promises';
import { CLIENT_ARTEFACTS, printIntrospection, printPossibleTypes } from '../schema/client-artefacts.js';
import { printSchemaSdl } from '../schema/index.js';

const outputs: [string, () => string][] = [
  ['schema/schema.graphql', printSchemaSdl],
  [CLIENT_ARTEFACTS.possibleTypes, printPossibleTypes],
  [CLIENT_ARTEFACTS.introspection, printIntrospection],
];
for (const [file, print] of outputs) {
  await writeFile(new URL(`../${file}`, import.meta.url), print());
  console.log(`wrote ${file}`);
}
