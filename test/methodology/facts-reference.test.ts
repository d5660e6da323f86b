// The README's facts reference is the generated one (npm run -s docs:facts), so plugin authors
// never read a stale list of variables.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FACTS_END, FACTS_START, factsReference, SOURCES } from '../../scripts/facts-reference.js';
import { FACTS } from '../../server/methodology/lib/facts-shape.js';

function readmeBlock(): string {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const start = readme.indexOf(FACTS_START);
  const end = readme.indexOf(FACTS_END);
  expect(start, `README.md has no ${FACTS_START} marker`).toBeGreaterThan(-1);
  expect(end, `README.md has no ${FACTS_END} marker after ${FACTS_START}`).toBeGreaterThan(start);
  return readme.slice(start + FACTS_START.length, end).trim();
}

describe('facts reference', () => {
  it('README.md holds exactly the generated table (regenerate with npm run -s docs:facts)', () => {
    expect(readmeBlock()).toBe(factsReference());
  });

  it('has one row per FACTS variable, in FACTS order', () => {
    const rows = factsReference().split('\n').filter((line) => line.startsWith('| `'));
    expect(rows.map((row) => /^\| `([^`]+)`/.exec(row)![1])).toEqual(FACTS.map((fact) => fact.path));
  });

  it('refuses a fact without a source, and a source without a fact', () => {
    const extra = { path: 'project.priority', type: 'string' as const, nullable: false, description: 'Priority.', money: false };
    expect(() => factsReference([...FACTS, extra])).toThrow('facts without a source in scripts/facts-reference.ts: project.priority');
    expect(() => factsReference(FACTS, { ...SOURCES, 'project.gone': 'x' })).toThrow('sources for facts that do not exist: project.gone');
  });
});
