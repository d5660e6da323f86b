import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { printSchemaSdl } from '../../schema/index.js';

describe('schema/schema.graphql', () => {
  it('is printed from the code (run `npm run codegen` after changing the schema)', async () => {
    const committed = await readFile(new URL('../../schema/schema.graphql', import.meta.url), 'utf8');
    expect(committed).toBe(printSchemaSdl());
  });
});
