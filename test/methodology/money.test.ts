// Which facts are money (the facts contract marks them; a plugin metric that reads one is money
// too), and evidence with their values hidden.
import { describe, expect, it } from 'vitest';
import { compileMethodology } from '../../server/methodology/lib/evaluate.js';
import { FACTS } from '../../server/methodology/lib/facts-shape.js';
import { MONEY_FACTS, moneyPathsOf, withoutMoney } from '../../server/methodology/lib/money.js';
import { validateManifest } from '../../server/methodology/lib/validate.js';
import { builtInManifest } from './manifests.js';

describe('money facts', () => {
  it('are the budgets, costs, planned and earned value, the variances, the CPI, the EAC and the share of the budget used', () => {
    expect([...MONEY_FACTS].sort()).toEqual([
      'baseline.budget',
      'evm.ac', 'evm.bac', 'evm.cpi', 'evm.cv', 'evm.eac', 'evm.ev', 'evm.pv', 'evm.sv',
      'metrics.budgetUsed', 'metrics.costVariance', 'metrics.cpi', 'metrics.earnedValue', 'metrics.plannedValue',
      'project.actualCost', 'project.budget',
    ]);
    // Every one of them is a number in the contract.
    expect(FACTS.filter((fact) => fact.money).every((fact) => fact.type === 'number')).toBe(true);
  });

  it('include every plugin metric that reads one, and no other', () => {
    const result = validateManifest(builtInManifest('waterfall'), { resolvePlugin: () => undefined });
    if (!result.valid) throw new Error(JSON.stringify(result.problems));
    const paths = moneyPathsOf(compileMethodology(result.resolved));
    expect(paths.has('metrics.estimateAtCompletion')).toBe(true); // budget / CPI
    expect(paths.has('metrics.scopeGrowthPercent')).toBe(false); // scope points only
    expect(paths.has('metrics.spi')).toBe(false);
    expect(moneyPathsOf(null)).toBe(MONEY_FACTS);
  });
});

describe('withoutMoney', () => {
  const money = new Set(['project.budget', 'metrics.cpi']);

  it('keeps every key and hides the money values', () => {
    expect(withoutMoney({ 'project.budget': 560000, 'metrics.cpi': 0.8, 'project.health': 'GREEN' }, money)).toEqual({
      'project.budget': null,
      'metrics.cpi': null,
      'project.health': 'GREEN',
    });
  });

  it('returns evidence without money as it is, and leaves what is not an evidence map alone', () => {
    const evidence = { 'project.health': 'RED', 'project.budget': null };
    expect(withoutMoney(evidence, money)).toBe(evidence);
    expect(withoutMoney(null, money)).toBeNull();
    expect(withoutMoney([1, 2], money)).toEqual([1, 2]);
  });
});
