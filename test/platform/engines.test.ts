// Keeps what the project says about Node honest: `engines` in package.json admits the Node that
// runs the tests, and the README lists exactly the locked packages that declare a newer Node than
// the lowest one `engines` admits (each prints an EBADENGINE warning on install there). A package
// update that adds or removes one fails here until the README says so.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const read = (file: string) => readFileSync(`${ROOT}/${file}`, 'utf8');

const pkg = JSON.parse(read('package.json')) as { engines: { node: string } };
const lock = JSON.parse(read('package-lock.json')) as {
  packages: Record<string, { name?: string; version?: string; engines?: { node?: string } | string[] }>;
};

/** `name@version (node range)` of every locked package the lowest admitted Node does not satisfy. */
function packagesWantingNewerNode(): { entries: number; packages: string[] } {
  const lowest = semver.minVersion(pkg.engines.node)!;
  const found = new Set<string>();
  let entries = 0;
  for (const [where, entry] of Object.entries(lock.packages)) {
    const wanted = !Array.isArray(entry.engines) ? entry.engines?.node : undefined;
    if (!where || !wanted || semver.satisfies(lowest, wanted)) continue;
    entries += 1;
    const name = entry.name ?? where.slice(where.lastIndexOf('node_modules/') + 'node_modules/'.length);
    found.add(`\`${name}@${entry.version}\` (node ${wanted})`);
  }
  return { entries, packages: [...found].sort() };
}

function readmeList(): string[] {
  const readme = read('README.md');
  const block = readme.slice(readme.indexOf('<!-- engines:begin -->'), readme.indexOf('<!-- engines:end -->'));
  return block
    .split('\n')
    .filter((line) => line.startsWith('- '))
    .map((line) => line.slice(2))
    .sort();
}

describe('what the project says about Node', () => {
  it('admits the Node that runs the tests', () => {
    expect(semver.satisfies(process.versions.node, pkg.engines.node)).toBe(true);
  });

  it('lists in the README every package that declares a newer Node than `engines` admits', () => {
    const { entries, packages } = packagesWantingNewerNode();
    expect(readmeList()).toEqual(packages);
    // The README also gives the number of warnings npm prints: one per locked copy.
    expect(read('README.md')).toContain(`\`npm ci\` prints ${entries} \`EBADENGINE\` warnings`);
  });
});
