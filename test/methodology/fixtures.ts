// Manifests for the methodology engine's unit tests. Each call returns a fresh object, so a test
// can break one part without affecting the others.
import type { Manifest, ManifestProblem } from '../../server/methodology/lib/manifest.js';
import { formatPath } from '../../server/methodology/lib/manifest.js';
import { validateManifest } from '../../server/methodology/lib/validate.js';

/** The example of DESIGN.md ("Methodology plugins"), verbatim: it must validate as-is. */
export const designExample = () => ({
  key: 'waterfall', name: 'Waterfall (stage-gate)', version: '1.0.0',
  extends: [], description: '...',
  projectFields: [{ key: 'regulated', type: 'boolean', label: 'Regulated', default: false }],
  phases: [{ key: 'initiation', name: 'Initiation',
             deliverables: ['charter'], gate: { rules: ['charter-approved'] } }],
  templates: [{ key: 'charter', name: 'Project charter',
                fields: [{ key: 'objectives', type: 'text', required: true }] }],
  rules: [{ key: 'charter-approved', kind: 'COMPLIANCE', severity: 'BLOCKER',
            appliesTo: { phases: ['initiation'] },
            check: { '==': [{ var: 'deliverables.charter.status' }, 'APPROVED'] },
            message: 'The charter must be approved before leaving Initiation.' }],
  riskTriggers: [{ key: 'schedule-slip', severity: 'HIGH',
                   when: { '<': [{ var: 'metrics.spi' }, 0.85] }, message: 'SPI below 0.85' }],
  metrics: [{ key: 'scopeChange', expr: { '-': [{ var: 'project.scopePoints' }, { var: 'baseline.scopePoints' }] } }],
});

/** A small but complete stage-gate manifest: two phases, two templates, a field of each type. */
export const stageGate = () => ({
  key: 'stage-gate',
  name: 'Stage gate',
  version: '1.0.0',
  projectFields: [
    { key: 'regulated', type: 'boolean', label: 'Regulated', default: false },
    { key: 'riskClass', type: 'enum', label: 'Risk class', options: ['low', 'high'], default: 'low' },
  ],
  phases: [
    { key: 'initiation', name: 'Initiation', deliverables: ['charter'], gate: { rules: ['charter-approved'] } },
    { key: 'planning', name: 'Planning', deliverables: ['plan'] },
  ],
  templates: [
    { key: 'charter', name: 'Project charter', fields: [{ key: 'objectives', type: 'text', required: true }] },
    { key: 'plan', name: 'Project plan', fields: [{ key: 'milestones', type: 'integer' }, { key: 'link', type: 'url' }] },
  ],
  rules: [
    {
      key: 'charter-approved', kind: 'COMPLIANCE', severity: 'BLOCKER',
      appliesTo: { phases: ['initiation'] },
      check: { '==': [{ var: 'deliverables.charter.status' }, 'APPROVED'] },
      message: 'The charter must be approved before leaving Initiation.',
    },
    {
      key: 'has-sponsor', kind: 'QUALITY', severity: 'WARNING',
      check: { var: 'project.hasSponsor' },
      message: 'A sponsor should be assigned.',
    },
  ],
  riskTriggers: [
    { key: 'schedule-slip', severity: 'HIGH', when: { '<': [{ var: 'metrics.spi' }, 0.85] }, message: 'SPI below 0.85' },
  ],
  metrics: [{ key: 'costRatio', expr: { '/': [{ var: 'project.actualCost' }, { var: 'project.budget' }] } }],
});

/** A resolver over installed manifests (parsed, as the registry would hold them). */
export function registry(...manifests: unknown[]): (key: string) => Manifest | undefined {
  const installed = new Map<string, Manifest>();
  for (const input of manifests) {
    const result = validateManifest(input, { resolvePlugin: (key) => installed.get(key) });
    if (!result.valid) throw new Error(`fixture is invalid: ${JSON.stringify(result.problems)}`);
    installed.set(result.manifest.key, result.manifest);
  }
  return (key) => installed.get(key);
}

/** Installs manifests without validating them (for cycles that validation would refuse). */
export function rawRegistry(...manifests: Manifest[]): (key: string) => Manifest | undefined {
  return (key) => manifests.find((manifest) => manifest.key === key);
}

export const noPlugins = () => undefined;

/** The problems of an invalid manifest, with formatted paths (what an author reads). */
export function problemsOf(input: unknown, resolvePlugin: (key: string) => Manifest | undefined = noPlugins): { path: string; message: string }[] {
  const result = validateManifest(input, { resolvePlugin });
  if (result.valid) return [];
  return result.problems.map((problem: ManifestProblem) => ({ path: formatPath(problem.path), message: problem.message }));
}
