// Derived health: a RAG verdict per dimension from the project's figures, each with the figures
// and the thresholds that decided it, and the overall verdict (the worst of them). Pure.

export type Rag = 'GREEN' | 'AMBER' | 'RED';
export type HealthDimension = 'SCHEDULE' | 'COST' | 'SCOPE' | 'RISK' | 'COMPLIANCE';

export interface HealthThresholds {
  /** SPI or CPI below this is AMBER (default 0.95). */
  indexAmber: number;
  /** SPI or CPI below this is RED (default 0.85). */
  indexRed: number;
  /** Finish slip past the target end date, in working days: above AMBER / RED. */
  slipAmberDays: number;
  slipRedDays: number;
  /** EAC over budget, as a share of the budget: above AMBER / RED. */
  overrunAmber: number;
  overrunRed: number;
  /** Scope change against the approved scope, as a share: above AMBER / RED (either way). */
  scopeChangeAmber: number;
  scopeChangeRed: number;
  /** Open high risks (score ≥ 15) at or above this count are AMBER; any open critical risk (≥ 20) is RED. */
  highRisksAmber: number;
}

export const DEFAULT_THRESHOLDS: HealthThresholds = {
  indexAmber: 0.95,
  indexRed: 0.85,
  slipAmberDays: 0,
  slipRedDays: 10,
  overrunAmber: 0.05,
  overrunRed: 0.15,
  scopeChangeAmber: 0.1,
  scopeChangeRed: 0.25,
  highRisksAmber: 1,
};

export interface HealthFigures {
  spi: number | null;
  cpi: number | null;
  slipDays: number | null;
  estimateAtCompletion: number | null;
  budget: number;
  scopePoints: number | null;
  baselineScopePoints: number | null;
  openHighRisks: number;
  openCriticalRisks: number;
  failingRules: number;
  blockingRules: number;
}

export interface DimensionVerdict {
  dimension: HealthDimension;
  rag: Rag;
  /** Whether there were figures to judge by (a GREEN without figures says so). */
  assessed: boolean;
  /** Why, in words, with the figures and thresholds. */
  reason: string;
  figures: { name: string; value: number | null }[];
}

export interface HealthAssessment {
  overall: Rag;
  dimensions: DimensionVerdict[];
}

const ORDER: Record<Rag, number> = { GREEN: 0, AMBER: 1, RED: 2 };
const worst = (rags: Rag[]): Rag => rags.reduce((a, b) => (ORDER[b] > ORDER[a] ? b : a), 'GREEN' as Rag);
const fmt = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(2));

/** Index below a threshold: lower is worse. */
function byIndex(name: string, value: number | null, t: HealthThresholds): { rag: Rag; reason: string } | null {
  if (value === null) return null;
  if (value < t.indexRed) return { rag: 'RED', reason: `${name} ${fmt(value)} < ${fmt(t.indexRed)}` };
  if (value < t.indexAmber) return { rag: 'AMBER', reason: `${name} ${fmt(value)} < ${fmt(t.indexAmber)}` };
  return { rag: 'GREEN', reason: `${name} ${fmt(value)} ≥ ${fmt(t.indexAmber)}` };
}

/** A quantity above thresholds: higher is worse. */
function byExcess(name: string, value: number | null, amber: number, red: number, unit = ''): { rag: Rag; reason: string } | null {
  if (value === null) return null;
  if (value > red) return { rag: 'RED', reason: `${name} ${fmt(value)}${unit} > ${fmt(red)}${unit}` };
  if (value > amber) return { rag: 'AMBER', reason: `${name} ${fmt(value)}${unit} > ${fmt(amber)}${unit}` };
  return { rag: 'GREEN', reason: `${name} ${fmt(value)}${unit} ≤ ${fmt(amber)}${unit}` };
}

function verdict(dimension: HealthDimension, parts: ({ rag: Rag; reason: string } | null)[], figures: DimensionVerdict['figures']): DimensionVerdict {
  const judged = parts.filter((part) => part !== null);
  if (judged.length === 0) return { dimension, rag: 'GREEN', assessed: false, reason: 'no figures to judge by', figures };
  const rag = worst(judged.map((part) => part.rag));
  const deciding = judged.filter((part) => part.rag === rag).map((part) => part.reason);
  return { dimension, rag, assessed: true, reason: deciding.join('; '), figures };
}

export function assessHealth(f: HealthFigures, t: HealthThresholds = DEFAULT_THRESHOLDS): HealthAssessment {
  const overrun = f.estimateAtCompletion !== null && f.budget > 0 ? (f.estimateAtCompletion - f.budget) / f.budget : null;
  const scopeChange = f.scopePoints !== null && f.baselineScopePoints ? Math.abs(f.scopePoints - f.baselineScopePoints) / f.baselineScopePoints : null;
  const dimensions = [
    verdict('SCHEDULE', [byIndex('SPI', f.spi, t), byExcess('finish slip', f.slipDays, t.slipAmberDays, t.slipRedDays, ' working days')], [
      { name: 'spi', value: f.spi },
      { name: 'slipDays', value: f.slipDays },
    ]),
    verdict('COST', [byIndex('CPI', f.cpi, t), byExcess('EAC over budget', overrun, t.overrunAmber, t.overrunRed)], [
      { name: 'cpi', value: f.cpi },
      { name: 'overrun', value: overrun },
    ]),
    verdict('SCOPE', [byExcess('scope change', scopeChange, t.scopeChangeAmber, t.scopeChangeRed)], [{ name: 'scopeChange', value: scopeChange }]),
    verdict(
      'RISK',
      [
        f.openCriticalRisks > 0
          ? { rag: 'RED', reason: `${f.openCriticalRisks} open critical risk(s)` }
          : f.openHighRisks >= t.highRisksAmber
            ? { rag: 'AMBER', reason: `${f.openHighRisks} open high risk(s) ≥ ${t.highRisksAmber}` }
            : { rag: 'GREEN', reason: `${f.openHighRisks} open high risk(s), no critical one` },
      ],
      [
        { name: 'openHighRisks', value: f.openHighRisks },
        { name: 'openCriticalRisks', value: f.openCriticalRisks },
      ],
    ),
    verdict(
      'COMPLIANCE',
      [
        f.blockingRules > 0
          ? { rag: 'RED', reason: `${f.blockingRules} failing BLOCKER rule(s)` }
          : f.failingRules > 0
            ? { rag: 'AMBER', reason: `${f.failingRules} failing rule(s)` }
            : { rag: 'GREEN', reason: 'no failing rule' },
      ],
      [
        { name: 'failingRules', value: f.failingRules },
        { name: 'blockingRules', value: f.blockingRules },
      ],
    ),
  ];
  return { overall: worst(dimensions.map((dimension) => dimension.rag)), dimensions };
}
