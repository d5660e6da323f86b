import { describe, expect, it } from 'vitest';
import { formatPath, ManifestSchema } from '../../server/methodology/lib/manifest.js';
import { validateManifest } from '../../server/methodology/lib/validate.js';
import { designExample, noPlugins, problemsOf, rawRegistry, registry, stageGate } from './fixtures.js';

type Mutable = ReturnType<typeof stageGate> & Record<string, unknown>;

/** stageGate() with one change applied. */
function broken(change: (manifest: Mutable) => void): Mutable {
  const manifest = stageGate() as Mutable;
  change(manifest);
  return manifest;
}

/** stageGate() whose first rule checks `check`. */
const withCheck = (check: unknown) => broken((m) => void ((m.rules[1] as { check: unknown }).check = check));

describe('valid manifests', () => {
  it('accepts the DESIGN.md example as-is', () => {
    const result = validateManifest(designExample(), { resolvePlugin: noPlugins });
    expect(result.valid).toBe(true);
    if (!result.valid) return;
    expect(result.resolved.lineage).toEqual(['waterfall@1.0.0']);
    expect(result.resolved.rules.map((rule) => rule.key)).toEqual(['charter-approved']);
  });

  it('applies the documented defaults', () => {
    const result = validateManifest(stageGate(), { resolvePlugin: noPlugins });
    if (!result.valid) throw new Error(JSON.stringify(result.problems));
    const { manifest } = result;
    expect(manifest.extends).toEqual([]);
    expect(manifest.templates[0]!.submitRoles).toEqual(['PROJECT_MANAGER']);
    expect(manifest.templates[0]!.approveRoles).toEqual(['PORTFOLIO_MANAGER', 'PMO_ADMIN']);
    expect(manifest.templates[1]!.fields[0]).toEqual({ key: 'milestones', type: 'integer', required: false });
    expect(manifest.phases[1]!.gate).toBeUndefined();
  });

  it('accepts prerelease and build versions', () => {
    expect(problemsOf({ ...stageGate(), version: '2.1.0-beta.1+build.5' })).toEqual([]);
  });

  it('accepts element-relative variables inside all/some/none/map/filter/reduce', () => {
    const check = {
      and: [
        { some: [{ var: 'phase.completed' }, { '==': [{ var: '' }, 'initiation'] }] },
        { '>=': [{ reduce: [{ var: 'resources.roles' }, { '+': [{ var: 'accumulator' }, 1] }, 0] }, 1] },
        { missing_some: [1, ['project.code', 'project.name']] },
        { '!': { missing: ['fields.regulated', 'deliverables.plan.fields.link'] } },
      ],
    };
    expect(problemsOf(withCheck(check))).toEqual([]);
  });
});

describe('broken manifests: each problem with its exact path', () => {
  it('rejects a document that is not an object', () => {
    expect(problemsOf([])).toEqual([{ path: '', message: 'expected object, got array' }]);
  });

  it('reports shape problems: required, types, enums, unknown properties', () => {
    const manifest = broken((m) => {
      delete (m as Partial<Mutable>).name;
      (m.phases[0] as Record<string, unknown>).name = 42;
      (m.rules[0] as Record<string, unknown>).severity = 'FATAL';
      (m.templates[0] as Record<string, unknown>).aproveRoles = ['PMO_ADMIN'];
    });
    expect(problemsOf(manifest)).toEqual([
      { path: 'name', message: 'is required' },
      { path: 'phases[0].name', message: 'expected string, got number' },
      { path: 'templates[0].aproveRoles', message: 'unknown property "aproveRoles"' },
      { path: 'rules[0].severity', message: 'must be one of "INFO", "WARNING", "ERROR", "BLOCKER"' },
    ]);
  });

  it.each([
    ['1.0', '1.0'],
    ['v1.0.0', 'v1.0.0'],
    ['leading zero', '01.0.0'],
  ])('rejects a bad version (%s)', (_, version) => {
    expect(problemsOf({ ...stageGate(), version })).toEqual([
      { path: 'version', message: 'must be a semantic version such as 1.0.0 or 2.1.0-beta.1' },
    ]);
  });

  it('rejects a bad plugin key', () => {
    expect(problemsOf({ ...stageGate(), key: 'Stage_Gate' })).toEqual([
      { path: 'key', message: 'must be 2..40 characters: a lower-case letter, then lower-case letters, digits or "-"' },
    ]);
  });

  it('rejects an unknown phase in appliesTo', () => {
    const manifest = broken((m) => void (m.rules[0]!.appliesTo = { phases: ['initiation', 'execution'] }));
    expect(problemsOf(manifest)).toEqual([
      { path: 'rules[0].appliesTo.phases[1]', message: 'unknown phase "execution" (this methodology\'s phases: initiation, planning)' },
    ]);
  });

  it('rejects an empty appliesTo list (it would mean "never")', () => {
    const manifest = broken((m) => void (m.rules[1] = { ...m.rules[1]!, appliesTo: { statuses: [] } } as never));
    expect(problemsOf(manifest)).toEqual([{ path: 'rules[1].appliesTo.statuses', message: 'must have at least 1 item(s)' }]);
  });

  it('rejects an unknown phase in phaseOrder', () => {
    expect(problemsOf({ ...stageGate(), phaseOrder: ['initiation', 'closure'] })).toEqual([
      { path: 'phaseOrder[1]', message: 'unknown phase "closure" (known: initiation, planning)' },
    ]);
  });

  it('rejects an unknown deliverable (template) and an unknown gate rule', () => {
    const manifest = broken((m) => {
      m.phases[0]!.deliverables = ['charter', 'business-case'];
      m.phases[0]!.gate = { rules: ['charter-approved', 'budget-approved'] };
    });
    expect(problemsOf(manifest)).toEqual([
      { path: 'phases[0].deliverables[1]', message: 'unknown template "business-case" (known: charter, plan)' },
      { path: 'phases[0].gate.rules[1]', message: 'unknown rule "budget-approved" (known: charter-approved, has-sponsor)' },
    ]);
  });

  it('rejects a gate rule whose appliesTo leaves its phase out', () => {
    const manifest = broken((m) => void (m.rules[0]!.appliesTo = { phases: ['planning'] }));
    expect(problemsOf(manifest)).toEqual([
      { path: 'phases[0].gate.rules[0]', message: 'rule "charter-approved" gates phase "initiation" but its appliesTo.phases leaves that phase out' },
    ]);
  });

  it('rejects a template that is the deliverable of two phases', () => {
    const manifest = broken((m) => void (m.phases[1]!.deliverables = ['plan', 'charter']));
    expect(problemsOf(manifest)).toEqual([
      { path: 'phases[1].deliverables[1]', message: 'template "charter" is already a deliverable of phase "initiation"; a deliverable belongs to one phase' },
    ]);
  });

  it('rejects a methodology without phases', () => {
    expect(problemsOf({ ...stageGate(), phases: [], rules: [], templates: [] })).toEqual([
      { path: 'phases', message: 'a methodology needs at least one phase (its own or inherited)' },
    ]);
  });

  it('rejects duplicate keys in every section', () => {
    const manifest = broken((m) => {
      m.phases.push({ key: 'planning', name: 'Planning again', deliverables: [] });
      m.rules.push({ ...m.rules[1]! });
      m.templates.push({ key: 'plan', name: 'Plan again', fields: [] });
      m.templates[0]!.fields.push({ key: 'objectives', type: 'text', required: false });
      m.projectFields.push({ key: 'regulated', type: 'boolean', label: 'Again', default: false });
      m.riskTriggers.push({ ...m.riskTriggers[0]! });
      m.metrics.push({ ...m.metrics[0]! });
      m.phases[1]!.deliverables = ['plan', 'plan'];
    });
    expect(problemsOf(manifest)).toEqual([
      { path: 'projectFields[2].key', message: 'duplicate key "regulated" (already used at index 0)' },
      { path: 'phases[2].key', message: 'duplicate key "planning" (already used at index 1)' },
      { path: 'templates[2].key', message: 'duplicate key "plan" (already used at index 1)' },
      { path: 'rules[2].key', message: 'duplicate key "has-sponsor" (already used at index 1)' },
      { path: 'riskTriggers[1].key', message: 'duplicate key "schedule-slip" (already used at index 0)' },
      { path: 'metrics[1].key', message: 'duplicate key "costRatio" (already used at index 0)' },
      { path: 'templates[0].fields[1].key', message: 'duplicate key "objectives" (already used at index 0)' },
      { path: 'phases[1].deliverables[1]', message: '"plan" is listed twice (already at index 0)' },
    ]);
  });

  it('rejects an enum field without options, options on other types, and bad defaults', () => {
    const manifest = broken((m) => {
      m.projectFields.push({ key: 'tier', type: 'enum', label: 'Tier' } as never);
      m.projectFields.push({ key: 'size', type: 'enum', label: 'Size', options: [] } as never);
      m.projectFields.push({ key: 'note', type: 'text', label: 'Note', options: ['a'] } as never);
      m.projectFields.push({ key: 'due', type: 'date', label: 'Due', default: '2026-02-30' } as never);
      m.projectFields[1]!.default = 'medium';
      m.templates[1]!.fields.push({ key: 'kind', type: 'enum', options: ['a', 'b', 'a'] } as never);
    });
    expect(problemsOf(manifest)).toEqual([
      { path: 'projectFields[1].default', message: 'default does not fit the field type: expected one of "low", "high", got "medium"' },
      { path: 'projectFields[2].options', message: 'an enum field needs a non-empty list of options' },
      { path: 'projectFields[3].options', message: 'an enum field needs a non-empty list of options' },
      { path: 'projectFields[4].options', message: 'options are only allowed on enum fields (this field is text)' },
      { path: 'projectFields[5].default', message: 'default does not fit the field type: expected a date "YYYY-MM-DD", got "2026-02-30"' },
      { path: 'templates[1].fields[2].options[2]', message: '"a" is listed twice (already at index 0)' },
    ]);
  });
});

describe('extends', () => {
  const base = () => ({ ...stageGate(), key: 'base' });

  it('rejects an unknown plugin', () => {
    expect(problemsOf({ ...stageGate(), extends: ['scrum'] })).toEqual([
      { path: 'extends[0]', message: 'no installed plugin has the key "scrum"' },
    ]);
  });

  it('rejects a plugin extending itself', () => {
    const installed = registry(stageGate()); // an earlier version of itself is installed
    expect(problemsOf({ ...stageGate(), version: '1.1.0', extends: ['stage-gate'] }, installed)).toEqual([
      { path: 'extends[0]', message: 'a plugin cannot extend itself (stage-gate → stage-gate)' },
    ]);
  });

  it('rejects a cycle through installed plugins (alpha → beta → alpha)', () => {
    const installed = registry({ ...base(), key: 'alpha' }, { key: 'beta', name: 'B', version: '1.0.0', extends: ['alpha'] });
    // A new version of "alpha" that extends "beta", which extends (the installed) "alpha".
    expect(problemsOf({ ...base(), key: 'alpha', version: '2.0.0', extends: ['beta'] }, installed)).toEqual([
      { path: 'extends[0]', message: 'extends cycle: alpha → beta → alpha' },
    ]);
  });

  it('rejects a parent whose own chain is broken', () => {
    // Installed while "gone" still was; "gone" has since been removed from the registry.
    const orphan = ManifestSchema.parse({ key: 'orphan', name: 'O', version: '1.0.0', extends: ['gone'] });
    expect(problemsOf({ ...base(), key: 'child', extends: ['orphan'] }, rawRegistry(orphan))).toEqual([
      { path: 'extends[0]', message: '"orphan" extends "gone", which is not installed' },
    ]);
  });

  it('resolves references against the composed methodology', () => {
    const installed = registry(base());
    const child = {
      key: 'child', name: 'Child', version: '1.0.0', extends: ['base'],
      phases: [{ key: 'closure', name: 'Closure', deliverables: ['charter'] }], // charter is the parent's
      rules: [{ key: 'closed', kind: 'QUALITY', severity: 'INFO', appliesTo: { phases: ['initiation', 'closure'] },
                check: { var: 'deliverables.plan.fields.link' }, message: 'm' }],
    };
    expect(problemsOf(child, installed)).toEqual([
      { path: 'phases[0].deliverables[0]', message: 'template "charter" is already a deliverable of phase "initiation"; a deliverable belongs to one phase' },
    ]);
  });

  it('reports inherited rules broken by an override, at extends', () => {
    const installed = registry(broken((m) => {
      m.key = 'base';
      m.rules[1]!.check = { var: 'deliverables.charter.fields.objectives' };
    }));
    const child = {
      key: 'child', name: 'Child', version: '1.0.0', extends: ['base'],
      templates: [{ key: 'charter', name: 'Charter', fields: [{ key: 'purpose', type: 'text' }] }],
    };
    expect(problemsOf(child, installed)).toEqual([
      { path: 'extends', message: 'inherited rule "has-sponsor" (from base@1.0.0): unknown fact variable "deliverables.charter.fields.objectives": template "charter" has no field "objectives"' },
    ]);
  });

  it('checks phaseOrder against inherited phases and drops phases from appliesTo', () => {
    const installed = registry(base());
    const child = {
      key: 'child', name: 'Child', version: '1.0.0', extends: ['base'], phaseOrder: ['planning'],
      rules: [{ key: 'x', kind: 'QUALITY', severity: 'INFO', appliesTo: { phases: ['initiation'] }, check: true, message: 'm' }],
    };
    expect(problemsOf(child, installed)).toEqual([
      { path: 'rules[0].appliesTo.phases[0]', message: 'unknown phase "initiation" (this methodology\'s phases: planning)' },
    ]);
  });
});

describe('JSON-Logic safety', () => {
  const at = (suffix: string) => `rules[1].check${suffix}`;

  it.each([
    ['method', { method: [{ var: 'project.name' }, 'toUpperCase'] }, at('.method'), 'operator "method" is not allowed: plugins are data and may not call methods'],
    ['log', { log: 'x' }, at('.log'), 'operator "log" is not allowed: rules may not write to the server log'],
    ['an unknown operator', { and: [true, { regex: ['a', 'b'] }] }, at('.and[1].regex'), 'unknown or disallowed operator "regex"'],
    ['an object that is not an operation', { '==': [{ a: 1, b: 2 }, 1] }, at('["=="][0]'), 'an operation is an object with exactly one key, the operator (found 2); other objects are not allowed'],
    ['a computed var path', { var: { cat: ['constr', 'uctor'] } }, at('.var'), 'var path must be a literal string or number (a computed path cannot be checked)'],
    ['a var reading the whole document', { var: '' }, at('.var'), 'var "" would read the whole facts document; name a variable such as "project.status"'],
    ['an invalid var segment', { var: 'project..name' }, at('.var'), 'var path "project..name" has an invalid segment "" (segments use letters, digits, "_" or "-", separated by ".")'],
  ])('rejects %s', (_, check, path, message) => {
    expect(problemsOf(withCheck(check))).toEqual([{ path, message }]);
  });

  it.each([
    ['__proto__', { var: '__proto__' }, at('.var')],
    ['constructor', { var: 'constructor' }, at('.var')],
    ['project.__proto__.x', { var: 'project.__proto__.x' }, at('.var')],
    ['constructor', { var: ['constructor'] }, at('.var[0]')],
    ['project.prototype', { '!': { var: ['project.prototype', 1] } }, at('["!"].var[0]')],
    ['constructor', { some: [{ var: 'phase.completed' }, { var: 'constructor' }] }, at('.some[1].var')],
    ['accumulator.__proto__', { reduce: [{ var: 'phase.completed' }, { var: 'accumulator.__proto__' }, 0] }, at('.reduce[1].var')],
    ['__proto__', { missing: ['project.code', '__proto__'] }, at('.missing[1]')],
    ['constructor', { missing_some: [1, ['constructor']] }, at('.missing_some[1][0]')],
  ])('rejects var path %j', (segmentPath, check, path) => {
    const [forbidden] = segmentPath.split('.').filter((s) => ['__proto__', 'constructor', 'prototype'].includes(s));
    expect(problemsOf(withCheck(check))).toEqual([
      { path, message: `var path "${segmentPath}" uses "${forbidden}", which could reach a prototype; it is never allowed` },
    ]);
  });

  it('bounds the number of nodes', () => {
    const check = { '<': [{ '+': Array.from({ length: 199 }, () => 1) }, 1000] }; // 1 + 1 + 199 + 1 = 202
    expect(problemsOf(withCheck(check))).toEqual([{ path: at(''), message: 'expression has 202 nodes (at most 200)' }]);
    const fits = { '<': [{ '+': Array.from({ length: 197 }, () => 1) }, 1000] };
    expect(problemsOf(withCheck(fits))).toEqual([]);
  });

  it('bounds the depth', () => {
    const nest = (levels: number): unknown => (levels === 1 ? { var: 'project.hasSponsor' } : { '!!': nest(levels - 1) });
    expect(problemsOf(withCheck(nest(12)))).toEqual([]);
    // The 13th level is the var operation inside twelve "!!": the problem points at it.
    expect(problemsOf(withCheck(nest(13)))).toEqual([
      { path: at('["!!"]'.repeat(12)), message: 'expression is nested more than 12 levels deep' },
    ]);
  });

  it('bounds the serialized size', () => {
    const check = { '!=': [{ var: 'project.name' }, 'x'.repeat(8200)] };
    expect(problemsOf(withCheck(check))).toEqual([{ path: at(''), message: 'expression is 8234 bytes as JSON (at most 8192)' }]);
  });

  it('checks triggers and metrics like rules', () => {
    const manifest = broken((m) => {
      m.riskTriggers[0]!.when = { method: [1, 'toFixed'] } as never;
      m.metrics[0]!.expr = { var: 'constructor' } as never;
    });
    expect(problemsOf(manifest)).toEqual([
      { path: 'riskTriggers[0].when.method', message: 'operator "method" is not allowed: plugins are data and may not call methods' },
      { path: 'metrics[0].expr.var', message: 'var path "constructor" uses "constructor", which could reach a prototype; it is never allowed' },
    ]);
  });
});

describe('fact variables', () => {
  it.each([
    ['project.budgett', ' (see the facts reference for the variables a rule can read)'],
    ['fields.region', ': no project field "region"'],
    ['deliverables.business-case.status', ': no template "business-case"'],
    ['deliverables.charter.fields.scope', ': template "charter" has no field "scope"'],
    ['deliverables.charter.colour', ' (see the facts reference for the variables a rule can read)'],
    ['metrics.velocity', ': no metric "velocity"'],
    ['project', ' (see the facts reference for the variables a rule can read)'],
  ])('rejects the unknown variable %s', (variable, reason) => {
    expect(problemsOf(withCheck({ '==': [1, { var: variable }] }))).toEqual([
      { path: 'rules[1].check["=="][1].var', message: `unknown fact variable "${variable}"${reason}` },
    ]);
  });

  it.each([
    'today', 'fields.riskClass', 'deliverables.plan.fields.link', 'deliverables.plan.missingFields',
    'metrics.spi', 'metrics.costRatio', 'resources.roles', 'phase.completed',
  ])('accepts %s', (variable) => {
    expect(problemsOf(withCheck({ '!!': { var: variable } }))).toEqual([]);
  });

  it('lets metrics read only built-in metrics (no ordering between plugin metrics)', () => {
    const manifest = broken((m) => {
      m.metrics.push({ key: 'doubleRatio', expr: { '*': [2, { var: 'metrics.costRatio' }] } } as never);
      m.metrics.push({ key: 'spiGap', expr: { '-': [1, { var: 'metrics.spi' }] } } as never);
    });
    expect(problemsOf(manifest)).toEqual([
      {
        path: 'metrics[1].expr["*"][1].var',
        message: 'metric expressions can read only the built-in metrics (cpi, spi, plannedValue, earnedValue, costVariance, budgetUsed, scopeChange), not "metrics.costRatio"',
      },
    ]);
  });
});

describe('all problems at once', () => {
  it('reports every problem of a manifest broken in several places', () => {
    const manifest = broken((m) => {
      m.version = '1';
      m.phases[0]!.deliverables = ['charter', 'nope'];
      m.rules[0]!.severity = 'FATAL';
      m.rules[0]!.check = { '==': [{ var: 'deliverables.charter.statuss' }, 'APPROVED'] };
      m.rules[1]!.check = { method: [{ var: '__proto__' }, 'x'] } as never;
      m.templates.push({ key: 'plan', name: 'Duplicate', fields: [] });
    });
    expect(problemsOf(manifest)).toEqual([
      { path: 'version', message: 'must be a semantic version such as 1.0.0 or 2.1.0-beta.1' },
      { path: 'rules[0].severity', message: 'must be one of "INFO", "WARNING", "ERROR", "BLOCKER"' },
      { path: 'templates[2].key', message: 'duplicate key "plan" (already used at index 1)' },
      { path: 'phases[0].deliverables[1]', message: 'unknown template "nope" (known: charter, plan)' },
      { path: 'rules[0].check["=="][0].var', message: 'unknown fact variable "deliverables.charter.statuss" (see the facts reference for the variables a rule can read)' },
      { path: 'rules[1].check.method', message: 'operator "method" is not allowed: plugins are data and may not call methods' },
    ]);
  });

  it('still checks references when the broken item is the one referenced', () => {
    // The charter template fails its shape check, yet the phase naming it gets no "unknown" noise.
    const manifest = broken((m) => void ((m.templates[0] as Record<string, unknown>).name = ''));
    expect(problemsOf(manifest)).toEqual([{ path: 'templates[0].name', message: 'must not be empty' }]);
  });
});

describe('formatPath', () => {
  it('writes JSONPath-like paths without the leading $', () => {
    expect(formatPath([])).toBe('');
    expect(formatPath(['rules', 2, 'check', 'and', 0, 'var'])).toBe('rules[2].check.and[0].var');
    expect(formatPath(['rules', 0, 'check', '==', 1, 'missing_some'])).toBe('rules[0].check["=="][1].missing_some');
  });
});
