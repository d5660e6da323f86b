// The optimiser's parameters as GraphQL inputs, shared by optimizePortfolio, efficientFrontier
// and the scenarios, and their decoding (global IDs to database ids, with the path of each).
import { ValidationError } from '../../server/platform/errors.js';
import { MAX_TIME_LIMIT_SECONDS, type OptimisationParameters } from '../../server/portfolio/index.js';
import { builder } from '../builder.js';
import { decodeId, type GlobalId, idOf } from '../shared/ids.js';

export const BudgetLimitInput = builder.inputType('BudgetLimitInput', {
  description: 'The most the selected projects may cost in a calendar year (money). Years not given are not limited.',
  fields: (t) => ({
    year: t.int({ required: true, description: 'The calendar year, e.g. 2027.' }),
    amount: t.float({ required: true, description: 'The budget of that year (not negative).' }),
  }),
});

export const CapacityLimitInput = builder.inputType('CapacityLimitInput', {
  description: 'The hours of a skill the selected projects may use in a quarter.',
  fields: (t) => ({
    skillKey: t.string({ required: true, description: 'The skill, e.g. "data-migration".' }),
    quarter: t.string({ required: true, description: 'The quarter, written like "2027-Q1".' }),
    hours: t.float({ required: true, description: 'Hours available (not negative).' }),
  }),
});


export interface ParametersShape {
  modelKey: string;
  budgetLimits?: { year: number; amount: number }[] | null;
  capacityLimits?: { skillKey: string; quarter: string; hours: number }[] | null;
  mustInclude?: GlobalId[] | null;
  mustExclude?: GlobalId[] | null;
  exclusiveGroups?: (string | number)[][] | null;
  allowStopping?: boolean | null;
  timeLimitSeconds?: number | null;
}

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

/** The fields of every optimiser input beside its portfolio. */
export const parameterFields = (t: PothosSchemaTypes.InputFieldBuilder<Types, 'InputObject'>) => ({
  modelKey: t.string({ required: true, description: 'The scoring model whose scores are maximised, e.g. "wsjf".' }),
  budgetLimits: t.field({ type: [BudgetLimitInput], description: 'A budget per calendar year; years not given are not limited.' }),
  capacityLimits: t.field({ type: [CapacityLimitInput], description: 'Hours per skill per quarter; when none are given, from the candidates’ resource demands against the capacity of the people who have the skills.' }),
  mustInclude: t.globalIDList({ description: 'Candidate projects that must be selected.' }),
  mustExclude: t.globalIDList({ description: 'Candidate projects that must not be selected.' }),
  exclusiveGroups: t.field({ type: t.listRef(t.listRef('ID')), description: 'Groups of candidate projects of which at most one may be selected.' }),
  allowStopping: t.boolean({ description: 'Whether ACTIVE projects may be left out (put on hold); by default they are kept.' }),
  timeLimitSeconds: t.float({ description: `The solver’s time limit, more than 0 and at most ${MAX_TIME_LIMIT_SECONDS} (default 10).` }),
});

export const PortfolioScenarioParametersInput = builder.inputType('PortfolioScenarioParametersInput', {
  description: 'What to optimise a portfolio for: the scoring model, the limits, and the projects fixed in, out or exclusive.',
  fields: parameterFields,
});

function projectIdAt(raw: string | number, path: string[]): string {
  let decoded: GlobalId;
  try {
    decoded = decodeId(String(raw));
  } catch {
    throw ValidationError.single(path, `Invalid ID: ${String(raw).slice(0, 100)}`);
  }
  return idOf(decoded, 'Project', path);
}

/** The parameters with database ids; `at` is where they sit in the input. */
export function parametersOf(input: ParametersShape, at: string[]): OptimisationParameters {
  return {
    modelKey: input.modelKey,
    budgetLimits: input.budgetLimits ?? [],
    capacityLimits: input.capacityLimits ?? [],
    mustInclude: (input.mustInclude ?? []).map((id, i) => idOf(id, 'Project', [...at, 'mustInclude', String(i)])),
    mustExclude: (input.mustExclude ?? []).map((id, i) => idOf(id, 'Project', [...at, 'mustExclude', String(i)])),
    exclusiveGroups: (input.exclusiveGroups ?? []).map((group, g) => group.map((id, i) => projectIdAt(id, [...at, 'exclusiveGroups', String(g), String(i)]))),
    allowStopping: input.allowStopping ?? false,
    timeLimitSeconds: input.timeLimitSeconds ?? null,
  };
}
