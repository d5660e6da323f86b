// Small methodology manifests installed through the API by the integration tests. The built-ins
// are too long to walk end to end in every test; these keep a gate, a BLOCKER that applies in
// every phase, a non-BLOCKER gate rule, typed project fields and two templates.
import { readFileSync } from 'node:fs';

/** A built-in manifest as written on disk (the API must expose exactly this). */
export function builtInManifest(key: 'waterfall' | 'agile' | 'hybrid') {
  return JSON.parse(readFileSync(new URL(`../../plugins/${key}/methodology.json`, import.meta.url), 'utf8')) as BuiltInManifest;
}

export interface BuiltInManifest {
  key: string;
  name: string;
  version: string;
  description: string;
  extends?: string[];
  projectFields: { key: string; type: string; label?: string; default?: unknown; required?: boolean; options?: string[] }[];
  phases: { key: string; name: string; deliverables: string[]; gate?: { rules: string[] } }[];
  templates: { key: string; name: string; fields: { key: string; type: string; required?: boolean }[]; submitRoles?: string[]; approveRoles?: string[] }[];
  rules: { key: string; kind: string; severity: string; appliesTo?: { phases?: string[]; statuses?: string[] }; check: unknown; message: string }[];
  riskTriggers: { key: string; severity: string; when: unknown; message: string }[];
}

export interface RuleInput {
  key: string;
  kind: string;
  severity: string;
  appliesTo?: { phases?: string[]; statuses?: string[] };
  check: unknown;
  message: string;
}

/**
 * Two stages. `build` is gated by `spec-approved` (BLOCKER) and, like every phase, by
 * `budget-set` (a BLOCKER with no appliesTo); `close` is gated by `report-submitted`, an ERROR
 * rule, to show that a rule named by a gate blocks whatever its severity.
 * `extraRules` lets a later version add rules (to show that projects keep their pinned version).
 */
export function twoStage(key: string, version = '1.0.0', extraRules: RuleInput[] = []) {
  return {
    key,
    name: `Two-stage ${key}`,
    version,
    description: 'A build stage and a close stage, for integration tests.',
    projectFields: [
      { key: 'riskClass', type: 'enum', label: 'Risk class', options: ['LOW', 'HIGH'], default: 'LOW', required: true },
      { key: 'reviewDate', type: 'date', label: 'Risk review date' },
      { key: 'estimateDays', type: 'integer', label: 'Estimate (days)', default: 20 },
    ],
    phases: [
      { key: 'build', name: 'Build', deliverables: ['spec'], gate: { rules: ['spec-approved'] } },
      { key: 'close', name: 'Close', deliverables: ['report'], gate: { rules: ['report-submitted'] } },
    ],
    templates: [
      {
        key: 'spec', name: 'Specification',
        fields: [{ key: 'summary', type: 'text', required: true }, { key: 'pages', type: 'integer' }, { key: 'link', type: 'url' }],
      },
      { key: 'report', name: 'Closure report', fields: [{ key: 'outcome', type: 'text', required: true }] },
    ],
    rules: [
      {
        key: 'spec-approved', kind: 'COMPLIANCE', severity: 'BLOCKER', appliesTo: { phases: ['build'] },
        check: { '==': [{ var: 'deliverables.spec.status' }, 'APPROVED'] },
        message: 'The specification must be approved.',
      },
      {
        key: 'budget-set', kind: 'COMPLIANCE', severity: 'BLOCKER',
        check: { '>': [{ var: 'project.budget' }, 0] },
        message: 'The project needs a budget.',
      },
      {
        key: 'report-submitted', kind: 'QUALITY', severity: 'ERROR', appliesTo: { phases: ['close'] },
        check: { in: [{ var: 'deliverables.report.status' }, ['SUBMITTED', 'APPROVED']] },
        message: 'Submit the closure report.',
      },
      {
        key: 'high-risk-reviewed', kind: 'QUALITY', severity: 'WARNING',
        check: { or: [{ '!=': [{ var: 'fields.riskClass' }, 'HIGH'] }, { '!!': [{ var: 'fields.reviewDate' }] }] },
        message: 'A high-risk project needs a risk review date.',
      },
      {
        key: 'estimate-known', kind: 'QUALITY', severity: 'INFO',
        check: { '>': [{ var: 'fields.estimateDays' }, 0] },
        message: 'Estimate the work.',
      },
      ...extraRules,
    ] as RuleInput[],
    riskTriggers: [
      { key: 'overspend', severity: 'HIGH', when: { '>': [{ var: 'project.actualCost' }, { var: 'project.budget' }] }, message: 'Over budget.' },
      { key: 'late', severity: 'MEDIUM', when: { '<': [{ var: 'project.daysToTargetEnd' }, 0] }, message: 'Past the target date.' },
    ],
  };
}

/** A rule added by version 1.1.0 of a two-stage plugin: every phase now needs a sponsor. */
export const SPONSOR_RULE: RuleInput = {
  key: 'sponsor-named', kind: 'COMPLIANCE', severity: 'BLOCKER',
  check: { '==': [{ var: 'project.hasSponsor' }, true] },
  message: 'Name a sponsor.',
};
