import { describe, expect, it } from 'vitest';
import { composeManifest } from '../../server/methodology/lib/compose.js';
import { ManifestSchema, type Manifest } from '../../server/methodology/lib/manifest.js';
import { validateManifest } from '../../server/methodology/lib/validate.js';
import { rawRegistry, registry } from './fixtures.js';

const phase = (key: string, deliverables: string[] = []) => ({ key, name: key.toUpperCase(), deliverables });
const rule = (key: string, severity = 'INFO') => ({ key, kind: 'QUALITY', severity, check: true, message: `${key} message` });

const gated = () => ({
  key: 'gated', name: 'Gated', version: '1.0.0',
  projectFields: [{ key: 'regulated', type: 'boolean', default: false }],
  phases: [phase('initiation', ['charter']), phase('planning'), phase('closure', ['lessons'])],
  templates: [{ key: 'charter', name: 'Charter' }, { key: 'lessons', name: 'Lessons learned' }],
  rules: [rule('charter-approved', 'BLOCKER'), rule('lessons-recorded')],
  riskTriggers: [{ key: 'overspend', severity: 'HIGH', when: { '>': [{ var: 'metrics.budgetUsed' }, 1] }, message: 'Over budget' }],
});

const iterative = () => ({
  key: 'iterative', name: 'Iterative', version: '2.0.0',
  projectFields: [{ key: 'regulated', type: 'boolean', default: true }, { key: 'sprintLength', type: 'integer', default: 14 }],
  phases: [phase('discovery', ['backlog']), phase('iterations'), phase('release')],
  templates: [{ key: 'backlog', name: 'Product backlog' }],
  rules: [rule('backlog-ready', 'ERROR'), rule('charter-approved', 'WARNING')],
});

const keys = (items: { key: string }[]) => items.map((item) => item.key);
const parse = (input: unknown): Manifest => ManifestSchema.parse(input);

describe('composeManifest', () => {
  it('returns a manifest without parents as it is, with its lineage', () => {
    const resolved = composeManifest(parse(gated()), () => undefined);
    expect(keys(resolved.phases)).toEqual(['initiation', 'planning', 'closure']);
    expect(resolved.lineage).toEqual(['gated@1.0.0']);
    expect(resolved).not.toHaveProperty('extends');
    expect(resolved).not.toHaveProperty('phaseOrder');
  });

  it('merges parents in extends order, later definitions replacing earlier ones in place', () => {
    const child = parse({
      key: 'blend', name: 'Blend', version: '0.1.0', extends: ['gated', 'iterative'],
      rules: [rule('lessons-recorded', 'WARNING'), rule('blend-only')],
    });
    const resolved = composeManifest(child, registry(gated(), iterative()));
    // "charter-approved" keeps gated's position but takes iterative's definition (WARNING).
    expect(resolved.rules.map((r) => [r.key, r.severity])).toEqual([
      ['charter-approved', 'WARNING'],
      ['lessons-recorded', 'WARNING'],
      ['backlog-ready', 'ERROR'],
      ['blend-only', 'INFO'],
    ]);
    expect(resolved.projectFields.map((f) => [f.key, f.default])).toEqual([['regulated', true], ['sprintLength', 14]]);
    expect(keys(resolved.phases)).toEqual(['initiation', 'planning', 'closure', 'discovery', 'iterations', 'release']);
    expect(keys(resolved.templates)).toEqual(['charter', 'lessons', 'backlog']);
    expect(keys(resolved.riskTriggers)).toEqual(['overspend']);
    expect(resolved.lineage).toEqual(['gated@1.0.0', 'iterative@2.0.0', 'blend@0.1.0']);
    expect([resolved.key, resolved.name, resolved.version]).toEqual(['blend', 'Blend', '0.1.0']);
  });

  it('keeps only the phases of phaseOrder, in that order', () => {
    const child = parse({
      key: 'hybrid', name: 'Hybrid', version: '1.0.0', extends: ['gated', 'iterative'],
      phaseOrder: ['initiation', 'iterations', 'release', 'closure'],
      phases: [phase('iterations', ['backlog'])],
    });
    const resolved = composeManifest(child, registry(gated(), iterative()));
    expect(resolved.phases).toEqual([
      { key: 'initiation', name: 'INITIATION', deliverables: ['charter'] },
      { key: 'iterations', name: 'ITERATIONS', deliverables: ['backlog'] }, // the child's override
      { key: 'release', name: 'RELEASE', deliverables: [] },
      { key: 'closure', name: 'CLOSURE', deliverables: ['lessons'] },
    ]);
  });

  it('composes grandparents first and lists a shared ancestor once (diamond)', () => {
    const installed = registry(
      gated(),
      { key: 'left', name: 'Left', version: '1.0.0', extends: ['gated'], rules: [rule('left-rule')] },
      { key: 'right', name: 'Right', version: '1.0.0', extends: ['gated'], rules: [rule('charter-approved', 'ERROR')] },
    );
    const resolved = composeManifest(parse({ key: 'bottom', name: 'Bottom', version: '1.0.0', extends: ['left', 'right'] }), installed);
    expect(resolved.lineage).toEqual(['gated@1.0.0', 'left@1.0.0', 'right@1.0.0', 'bottom@1.0.0']);
    expect(resolved.rules.map((r) => [r.key, r.severity])).toEqual([
      ['charter-approved', 'ERROR'],
      ['lessons-recorded', 'INFO'],
      ['left-rule', 'INFO'],
    ]);
  });

  it('is deterministic and does not modify its inputs', () => {
    const installed = registry(gated(), iterative());
    const child = parse({ key: 'blend', name: 'Blend', version: '0.1.0', extends: ['gated', 'iterative'], phaseOrder: ['release', 'initiation'] });
    const before = structuredClone([child, installed('gated'), installed('iterative')]);
    const first = composeManifest(child, installed);
    expect(composeManifest(child, installed)).toEqual(first);
    expect([child, installed('gated'), installed('iterative')]).toEqual(before);
  });

  it('throws on an unknown parent or a cycle (validation reports those first)', () => {
    const lonely = parse({ key: 'lonely', name: 'L', version: '1.0.0', extends: ['nobody'] });
    expect(() => composeManifest(lonely, () => undefined)).toThrow('lonely extends unknown plugin "nobody"');
    const alpha = parse({ key: 'alpha', name: 'A', version: '1.0.0', extends: ['beta'] });
    const beta = parse({ key: 'beta', name: 'B', version: '1.0.0', extends: ['alpha'] });
    expect(() => composeManifest(alpha, rawRegistry(alpha, beta))).toThrow('extends cycle: alpha → beta → alpha');
  });

  it('gives validateManifest its resolved methodology', () => {
    const installed = registry(gated(), iterative());
    const input = { key: 'blend', name: 'Blend', version: '0.1.0', extends: ['gated', 'iterative'] };
    const result = validateManifest(input, { resolvePlugin: installed });
    if (!result.valid) throw new Error(JSON.stringify(result.problems));
    expect(result.resolved).toEqual(composeManifest(parse(input), installed));
  });
});
