// Writes schema/schema.graphql from the code-first schema (committed; a test fails when stale).
import { writeFile } from 'node:fs/promises';
import { printSchemaSdl } from '../schema/index.js';

const target = new URL('../schema/schema.graphql', import.meta.url);
await writeFile(target, printSchemaSdl());
console.log('wrote schema/schema.graphql');
