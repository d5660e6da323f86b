// The evaluation workloads compared by the rules benchmark, all over the same prebuilt facts
// documents and the same compiled rules:
//   ours         evaluateRule for EVERY rule of the project's methodology (appliesTo ignored):
//                the expression engine (server/platform/expressions: json-logic-js semantics, own-property
//                reads, run-time budget) + evidence + result object;
//   ours, no evidence   the same evaluateRule on copies of the rules with no variables, so
//                evidence collection is skipped and its cost is the difference with "ours";
//   bare         json-logic-js as imported by anyone (the module's shared instance, stock `var`,
//                no hardening): jsonLogic.truthy(jsonLogic.apply(rule.check, facts)) — the same
//                pass/fail decision evaluateRule makes, with nothing else.
//   bare, cached split  (reference only) a third copy of json-logic-js whose `var` caches the split
//                path — stock semantics otherwise. Stock `var` splits the path string on every
//                read, and our engine caches it; this shows what the rest of our work costs.
// Plus the production path for information: evaluateRules with each project's real phase and
// status (only the rules in force), against bare apply over the same applicable rules.
import { createRequire } from 'node:module';
import jsonLogic, { type RulesLogic } from 'json-logic-js';
import { LogicEngine } from 'json-logic-engine';
import { evaluate, truthy } from '../server/platform/expressions/index.js';
import * as interpreter from '../test/platform/expressions-interpreter.js';
import {
  evaluateRule,
  evaluateRules,
  rulesApplicable,
  type CompiledMethodology,
  type CompiledRule,
  type EvaluationContext,
  type Facts,
} from '../server/methodology/lib/evaluate.js';
import type { ProjectFacts } from '../server/methodology/index.js';
import { alternate, median, type Variant } from './rules-measure.js';
import { printTable } from './rules-report.js';

interface Work {
  compiled: CompiledMethodology;
  facts: Facts;
  context: EvaluationContext;
  rules: readonly CompiledRule[];
  withoutEvidence: readonly CompiledRule[];
  checks: readonly RulesLogic[];
  applicableChecks: readonly RulesLogic[];
}

export interface Workload {
  projects: number;
  /** Rule evaluations per pass over every rule of every project. */
  evaluations: number;
  /** Rule evaluations per pass of the production path (applicable rules only). */
  applicableEvaluations: number;
  work: readonly Work[];
}

export function buildWorkload(loaded: Iterable<ProjectFacts>): Workload {
  const work: Work[] = [];
  for (const { compiled, facts, phaseKey, project } of loaded) {
    if (!compiled) continue;
    const context = { phaseKey, status: project.status };
    work.push({
      compiled,
      facts,
      context,
      rules: compiled.rules,
      withoutEvidence: compiled.rules.map((rule) => ({ ...rule, variables: [], segments: [] })),
      checks: compiled.rules.map((rule) => rule.check as RulesLogic),
      applicableChecks: rulesApplicable(compiled, context).map((rule) => rule.check as RulesLogic),
    });
  }
  return {
    projects: work.length,
    evaluations: work.reduce((sum, w) => sum + w.rules.length, 0),
    applicableEvaluations: work.reduce((sum, w) => sum + w.applicableChecks.length, 0),
    work,
  };
}

/** Every rule of every project: our evaluateRule and the bare library must agree on each one. */
export function checkAgreement(workload: Workload): { passed: number; failed: number; errors: number; disagreements: string[] } {
  let passed = 0;
  let failed = 0;
  let errors = 0;
  const disagreements: string[] = [];
  for (const w of workload.work) {
    w.rules.forEach((rule, i) => {
      const ours = evaluateRule(rule, w.facts);
      const bare = jsonLogic.truthy(jsonLogic.apply(w.checks[i]!, w.facts));
      if (ours.error) errors++;
      if (ours.passed) passed++;
      else failed++;
      if (ours.passed !== bare && disagreements.length < 5) disagreements.push(`${rule.key} on ${String((w.facts.project as { code?: unknown }).code)}`);
    });
  }
  return { passed, failed, errors, disagreements };
}

export const ALL_RULES = {
  ours: 'ours: evaluateRule',
  noEvidence: 'ours without evidence',
  bare: 'bare jsonLogic.apply',
  cachedSplit: 'reference: bare + cached var split',
} as const;
export const PRODUCTION = { ours: 'ours: evaluateRules (in force)', bare: 'bare apply (same rules)' } as const;

export function allRulesVariants(workload: Workload): Variant[] {
  const { work } = workload;
  return [
    {
      name: ALL_RULES.ours,
      run: () => {
        let passed = 0;
        for (const w of work) for (const rule of w.rules) if (evaluateRule(rule, w.facts).passed) passed++;
        return passed;
      },
    },
    {
      name: ALL_RULES.noEvidence,
      run: () => {
        let passed = 0;
        for (const w of work) for (const rule of w.withoutEvidence) if (evaluateRule(rule, w.facts).passed) passed++;
        return passed;
      },
    },
    {
      name: ALL_RULES.bare,
      run: () => {
        let passed = 0;
        for (const w of work) for (const check of w.checks) if (jsonLogic.truthy(jsonLogic.apply(check, w.facts))) passed++;
        return passed;
      },
    },
    {
      name: ALL_RULES.cachedSplit,
      run: () => {
        let passed = 0;
        for (const w of work) for (const check of w.checks) if (cachedSplit.truthy(cachedSplit.apply(check, w.facts))) passed++;
        return passed;
      },
    },
  ];
}

/** A separate copy of the library (its operations table is module-wide), loaded as evaluate.ts does. */
function privateCopy(): typeof jsonLogic {
  const require = createRequire(import.meta.url);
  const id = require.resolve('json-logic-js');
  const shared = require.cache[id];
  delete require.cache[id];
  try {
    return require('json-logic-js') as typeof jsonLogic;
  } finally {
    if (shared) require.cache[id] = shared;
    else delete require.cache[id];
  }
}

const cachedSplit = privateCopy();
const splitPaths = new Map<string, string[]>();
/** The stock `var` (logic.js), with the split path cached. */
cachedSplit.add_operation('var', function (this: unknown, path?: unknown, fallback?: unknown) {
  const notFound = fallback === undefined ? null : fallback;
  let data = this as Record<string, unknown> | null | undefined;
  if (path === undefined || path === '' || path === null) return data;
  const text = String(path);
  let segments = splitPaths.get(text);
  if (!segments) splitPaths.set(text, (segments = text.split('.')));
  for (const segment of segments) {
    if (data === null || data === undefined) return notFound;
    data = data[segment] as Record<string, unknown> | null | undefined;
    if (data === undefined) return notFound;
  }
  return data;
});

// The comparison is only meaningful if "bare" really is the stock library and not a hardened
// copy: the stock `var` reads inherited members, the engine's reads own properties only.
if (typeof jsonLogic.apply({ var: 'toString' }, {}) !== 'function') throw new Error('"bare" json-logic-js is not the stock instance');

export function productionVariants(workload: Workload): Variant[] {
  const { work } = workload;
  return [
    {
      name: PRODUCTION.ours,
      run: () => {
        let passed = 0;
        for (const w of work) for (const result of evaluateRules(w.compiled, w.facts, w.context)) if (result.passed) passed++;
        return passed;
      },
    },
    {
      name: PRODUCTION.bare,
      run: () => {
        let passed = 0;
        for (const w of work) for (const check of w.applicableChecks) if (jsonLogic.truthy(jsonLogic.apply(check, w.facts))) passed++;
        return passed;
      },
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// Engines side by side (issue 11 §5): the pass/fail decision only (no evidence, no result
// objects), for every rule of every project, over the same prebuilt facts.
//   ours          truthy(evaluate(check, facts)): the expression engine with its budget;
//   ours before   the same with the tree-walking interpreter the engine used before it compiled
//                 expressions to closures (kept in test/ as the reference of its accounting);
//   json-logic-js jsonLogic.truthy(jsonLogic.apply(check, facts)), the stock library;
//   json-logic-engine interpreted / compiled: LogicEngine.run (which memoises an optimised
//                 form per rule object) and LogicEngine.build once per rule object (generated code via
//                 new Function, which is why we may not adopt it for uploaded plugins). Its `==`
//                 differs from json-logic-js ({"==": [null, 0]} is true), so its count of passes
//                 may differ: the table says by how many.

export const ENGINES = {
  ours: 'ours: truthy(evaluate)',
  oursBefore: 'ours before: interpreter',
  jsonLogic: 'json-logic-js apply',
  jleInterpreted: 'json-logic-engine run',
  jleCompiled: 'json-logic-engine build',
} as const;

export function engineVariants(workload: Workload): Variant[] {
  const { work } = workload;
  const engine = new LogicEngine();
  // Built once per rule object, as a methodology's rules are shared by its projects (a build
  // per project would be 22,000 generated functions, each cold).
  const programs = new Map<unknown, (data: unknown) => unknown>();
  const build = (check: unknown) => {
    let fn = programs.get(check);
    if (!fn) programs.set(check, (fn = engine.build(check) as (data: unknown) => unknown));
    return fn;
  };
  const built = work.map((w) => w.checks.map(build));
  return [
    {
      name: ENGINES.ours,
      run: () => {
        let passed = 0;
        for (const w of work) for (const rule of w.rules) if (truthy(evaluate(rule.check, w.facts))) passed++;
        return passed;
      },
    },
    {
      name: ENGINES.oursBefore,
      run: () => {
        let passed = 0;
        for (const w of work) for (const rule of w.rules) if (interpreter.truthy(interpreter.evaluate(rule.check, w.facts))) passed++;
        return passed;
      },
    },
    {
      name: ENGINES.jsonLogic,
      run: () => {
        let passed = 0;
        for (const w of work) for (const check of w.checks) if (jsonLogic.truthy(jsonLogic.apply(check, w.facts))) passed++;
        return passed;
      },
    },
    {
      name: ENGINES.jleInterpreted,
      run: () => {
        let passed = 0;
        for (const w of work) for (const check of w.checks) if (engine.truthy(engine.run(check, w.facts))) passed++;
        return passed;
      },
    },
    {
      name: ENGINES.jleCompiled,
      run: () => {
        let passed = 0;
        work.forEach((w, i) => {
          for (const fn of built[i]!) if (engine.truthy(fn(w.facts))) passed++;
        });
        return passed;
      },
    },
  ];
}

/**
 * Runs the engines in alternating rounds and prints each one's time and its ratio to
 * json-logic-js and to json-logic-engine compiled. Ours and json-logic-js must pass exactly
 * `passed` rules (the agreement already checked); json-logic-engine's difference is reported.
 */
export function printEngineComparison(workload: Workload, passed: number, rounds: number, warmup: number): void {
  const results = alternate(engineVariants(workload), rounds, warmup);
  const ms = (name: string) => median(results.find((r) => r.name === name)!.samples);
  for (const name of [ENGINES.ours, ENGINES.oursBefore, ENGINES.jsonLogic]) {
    const checksum = results.find((r) => r.name === name)!.checksum;
    if (checksum !== passed) throw new Error(`${name} passed ${checksum} rules, expected ${passed}`);
  }
  const jsonLogicMs = ms(ENGINES.jsonLogic);
  const compiledMs = ms(ENGINES.jleCompiled);
  console.log(
    `\nEngines side by side: the pass/fail decision only, ${workload.evaluations} rule evaluations per pass ` +
      `(median of ${rounds} alternating passes after ${warmup} warm-up passes each):`,
  );
  printTable(
    ['engine', 'ms / pass', 'µs / rule', 'vs json-logic-js', 'vs jle compiled', 'passes'],
    results.map((result) => {
      const t = median(result.samples);
      const differs = result.checksum - passed;
      return [
        result.name,
        t.toFixed(2),
        ((t * 1000) / workload.evaluations).toFixed(3),
        `${(t / jsonLogicMs).toFixed(2)}×`,
        `${(t / compiledMs).toFixed(2)}×`,
        differs === 0 ? String(result.checksum) : `${result.checksum} (${differs > 0 ? '+' : ''}${differs})`,
      ];
    }),
  );
  const oursMs = ms(ENGINES.ours);
  const beforeMs = ms(ENGINES.oursBefore);
  console.log(
    `  ours / json-logic-engine compiled: ${(oursMs / compiledMs).toFixed(2)}× (before: ${(beforeMs / compiledMs).toFixed(2)}×); ` +
      `json-logic-js / ours: ${(jsonLogicMs / oursMs).toFixed(2)}× (before: ${(jsonLogicMs / beforeMs).toFixed(2)}×); interpreter / compiled: ${(beforeMs / oursMs).toFixed(2)}×`,
  );
}
