// `npm run plugin -- validate <folder>` as plugin authors run it: a child process, offline, on
// plugin folders written to a scratch directory. It must report what the server's validator
// reports (every problem, each with its JSON path), resolve `extends` against sibling folders and
// the built-ins, and exit non-zero when there is any problem.
import { execFile } from 'node:child_process';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stageGate } from './fixtures.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const run = promisify(execFile);

/** Runs the CLI as `npm run plugin` does (tsx), from the repository root. */
async function plugin(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'scripts/plugin.ts', ...args], { cwd: ROOT });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

let scratch: string;
const folder = (name: string) => path.join(scratch, name);

async function writePlugin(name: string, manifest: unknown | string) {
  await mkdir(folder(name), { recursive: true });
  await writeFile(path.join(folder(name), 'methodology.json'), typeof manifest === 'string' ? manifest : JSON.stringify(manifest, null, 2));
}

beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'plugin-cli-'));
  await writePlugin('good', { $schema: '../../schema/methodology.schema.json', ...stageGate(), key: 'stage-gate' });
  // Extends a sibling folder's plugin; five problems of different kinds.
  const broken = { ...stageGate(), key: 'broken', version: 'one', extends: ['stage-gate', 'nowhere'] } as Record<string, unknown> & ReturnType<typeof stageGate>;
  broken.phases[0]!.deliverables = [...broken.phases[0]!.deliverables, 'blueprint'];
  (broken.rules[1] as { check: unknown }).check = { method: [{ var: 'project' }, 'toString'] };
  broken.colour = 'blue';
  await writePlugin('broken', broken);
  await writePlugin('child', { key: 'child', name: 'Child', version: '1.0.0', extends: ['stage-gate'] });
  await writePlugin('not-json', '{ "key": "x", ');
  await mkdir(folder('empty'));
});

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('npm run plugin -- validate', () => {
  it('passes the built-in plugins (hybrid resolving its parents offline) with exit code 0', async () => {
    const result = await plugin('validate', 'plugins/waterfall', 'plugins/agile', 'plugins/hybrid');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('plugins/hybrid/methodology.json: ok, composes waterfall@1.2.0, agile@1.1.0, hybrid@1.1.0');
  });

  it('passes a good plugin, and one that extends it from a sibling folder', async () => {
    const result = await plugin('validate', folder('good'), folder('child'));
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('ok, composes stage-gate@1.0.0\n');
    expect(result.stdout).toContain('ok, composes stage-gate@1.0.0, child@1.0.0\n');
  });

  it('prints every problem of a broken plugin with its path and exits 1', async () => {
    const result = await plugin('validate', folder('broken'));
    expect(result.code).toBe(1);
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/broken\/methodology\.json: 5 problems$/);
    expect(lines.slice(1).sort()).toEqual(
      [
        '  colour: unknown property "colour"',
        '  version: must be a semantic version such as 1.0.0 or 2.1.0-beta.1',
        '  extends[1]: no installed plugin has the key "nowhere"',
        '  phases[0].deliverables[1]: unknown template "blueprint" (known: charter, plan)',
        '  rules[1].check.method: operator "method" is not allowed: plugins are data and may not call methods',
      ].sort(),
    );
  });

  it('reports a folder without a manifest and a manifest that is not JSON, and still checks the others', async () => {
    const result = await plugin('validate', folder('empty'), folder('not-json'), folder('good'));
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('empty/methodology.json: 1 problem\n  (document): no methodology.json in this folder');
    expect(result.stdout).toMatch(/not-json\/methodology\.json: 1 problem\n {2}\(document\): not valid JSON: /);
    expect(result.stdout).toContain('good/methodology.json: ok');
  });

  it('exits 2 with its usage when no folder is given', async () => {
    const result = await plugin('validate');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('usage: npm run plugin -- validate <plugin folder>');
  });
});
