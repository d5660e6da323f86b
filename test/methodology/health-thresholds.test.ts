// The manifest's `healthThresholds`: a methodology's own thresholds of derived health, validated
// like the rest of the manifest (bounds, known names, each AMBER/RED pair given together and
// ordered) and composed by name, the child's last.
import { describe, expect, it } from 'vitest';
import { composeManifest } from '../../server/methodology/lib/compose.js';
import { ManifestSchema } from '../../server/methodology/lib/manifest.js';
import { problemsOf, registry } from './fixtures.js';

const manifest = (key: string, healthThresholds: unknown, extra: object = {}) => ({
  key, name: key, version: '1.0.0', phases: [{ key: 'delivery', name: 'Delivery' }], healthThresholds, ...extra,
});

describe('manifest healthThresholds', () => {
  it('accepts overrides and leaves them out of the resolved methodology when there are none', () => {
    expect(problemsOf(manifest('lenient', { indexAmber: 0.9, indexRed: 0.7, highRisksAmber: 3 }))).toEqual([]);
    const plain = composeManifest(ManifestSchema.parse(manifest('plain', undefined)), () => undefined);
    expect(plain).not.toHaveProperty('healthThresholds');
  });

  it('merges by name: parents in extends order, then the child', () => {
    const installed = registry(
      manifest('base', { indexAmber: 0.9, indexRed: 0.7, slipAmberDays: 5, slipRedDays: 20 }),
      manifest('other', { highRisksAmber: 2 }),
    );
    const child = ManifestSchema.parse(manifest('child', { indexAmber: 0.8, indexRed: 0.6 }, { extends: ['base', 'other'] }));
    expect(composeManifest(child, installed).healthThresholds).toEqual({ indexAmber: 0.8, indexRed: 0.6, slipAmberDays: 5, slipRedDays: 20, highRisksAmber: 2 });
  });

  it('reports a half pair, a disordered pair, an unknown name and values out of range, each with its path', () => {
    expect(problemsOf(manifest('half', { indexRed: 0.7, overrunAmber: 0.1 }))).toEqual([
      { path: 'healthThresholds.indexAmber', message: 'indexAmber and indexRed are overridden together: give both' },
      { path: 'healthThresholds.overrunRed', message: 'overrunAmber and overrunRed are overridden together: give both' },
    ]);
    expect(problemsOf(manifest('disordered', { indexAmber: 0.8, indexRed: 0.9, slipAmberDays: 10, slipRedDays: 5 }))).toEqual([
      { path: 'healthThresholds.indexRed', message: 'indexRed must not be above indexAmber' },
      { path: 'healthThresholds.slipRedDays', message: 'slipRedDays must not be below slipAmberDays' },
    ]);
    const problems = problemsOf(manifest('odd', { spiAmber: 0.9, highRisksAmber: 0, scopeChangeAmber: -1, scopeChangeRed: 0.2, slipAmberDays: 1.5, slipRedDays: 3 }));
    expect(problems.map((problem) => problem.path).sort()).toEqual([
      'healthThresholds.highRisksAmber',
      'healthThresholds.scopeChangeAmber',
      'healthThresholds.slipAmberDays',
      'healthThresholds.spiAmber',
    ]);
    expect(problems).toContainEqual({ path: 'healthThresholds.spiAmber', message: 'unknown property "spiAmber"' });
    expect(problemsOf(manifest('wrong', 'strict'))).toEqual([{ path: 'healthThresholds', message: expect.stringMatching(/object/) }]);
  });
});
