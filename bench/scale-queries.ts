// Every list and summary of the API, as `bench:scale` measures them and the scale regression
// tests check them. A `page` query returns a bounded page: its cost must grow with the page, not
// with the database (the target: rows read at 10,000 projects under 2× those at 100). A
// `summary` aggregates a set that grows with the database (a portfolio's compliance, a count);
// computed in SQL, it returns a fixed number of rows to Node whatever the size.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { SEARCH_TERM, type ScaleDataset } from './scale-dataset.js';

export type ScaleQueryKind = 'page' | 'summary';

export interface ScaleQuery {
  name: string;
  kind: ScaleQueryKind;
  query: string;
  /** Its variables; a page query also takes `first` (see variablesOf). */
  variables(dataset: ScaleDataset): Record<string, unknown>;
  /** Also measured as the scoped reader (a team member on a few projects). */
  scoped?: boolean;
}

const portfolio = (dataset: ScaleDataset) => ({ portfolioId: encodeGlobalID('Portfolio', dataset.portfolioId) });
const project = (dataset: ScaleDataset) => ({ projectId: encodeGlobalID('Project', dataset.projectId) });
const none = () => ({});

const PROJECT_FIELDS = 'code name status health startDate';
const SUMMARY_FIELDS = 'projectsEvaluated projectsBlocked failing blocking bySeverity { severity passed failing waived }';

export const SCALE_QUERIES: readonly ScaleQuery[] = [
  {
    name: 'projects',
    kind: 'page',
    scoped: true,
    query: `query ScaleProjects($first: Int!) { projects(first: $first) { edges { node { ${PROJECT_FIELDS} } } pageInfo { hasNextPage endCursor } } }`,
    variables: none,
  },
  {
    name: 'projects (filter)',
    kind: 'page',
    query: `query ScaleProjectsFiltered($first: Int!) { projects(first: $first, filter: { status: [ACTIVE, ON_HOLD], health: [AMBER, RED] }) {
      edges { node { ${PROJECT_FIELDS} } } } }`,
    variables: none,
  },
  {
    name: 'projects (orderBy)',
    kind: 'page',
    query: `query ScaleProjectsOrdered($first: Int!) { projects(first: $first, orderBy: [{ field: TARGET_END_DATE, direction: DESC }]) {
      edges { node { ${PROJECT_FIELDS} targetEndDate } } } }`,
    variables: none,
  },
  {
    name: 'projects (search)',
    kind: 'page',
    query: `query ScaleProjectsSearch($first: Int!, $search: String!) { projects(first: $first, filter: { search: $search }) { edges { node { ${PROJECT_FIELDS} } } } }`,
    variables: () => ({ search: SEARCH_TERM }),
  },
  {
    name: 'projects totalCount',
    kind: 'summary',
    scoped: true,
    query: `query ScaleProjectsCount { projects(first: 1) { totalCount } }`,
    variables: none,
  },
  {
    name: 'portfolio.projects',
    kind: 'page',
    query: `query ScalePortfolioProjects($first: Int!, $portfolioId: ID!) { portfolio(id: $portfolioId) { name projects(first: $first) {
      edges { node { ${PROJECT_FIELDS} } } } } }`,
    variables: portfolio,
  },
  {
    name: 'portfolio.compliance (one)',
    kind: 'summary',
    query: `query ScalePortfolioCompliance($portfolioId: ID!) { portfolio(id: $portfolioId) { name compliance { ${SUMMARY_FIELDS} } } }`,
    variables: portfolio,
  },
  {
    name: 'portfolios.compliance (all)',
    kind: 'summary',
    scoped: true,
    query: `query ScalePortfoliosCompliance { portfolios { edges { node { name compliance { ${SUMMARY_FIELDS} } } } } }`,
    variables: none,
  },
  {
    name: 'portfolios → projects nested',
    kind: 'page',
    query: `query ScaleNested($first: Int!) { portfolios { edges { node { name projects(first: $first) { edges { node {
      code manager { name } members { user { name } } objectives { name } } } } } } } }`,
    variables: none,
  },
  {
    name: 'risks',
    kind: 'page',
    scoped: true,
    query: `query ScaleRisks($first: Int!) { risks(first: $first) { edges { node { title score status category project { code } } } } }`,
    variables: none,
  },
  {
    name: 'risks totalCount',
    kind: 'summary',
    query: `query ScaleRisksCount { risks(first: 1, filter: { status: [IDENTIFIED, ASSESSED, MITIGATING] }) { totalCount } }`,
    variables: none,
  },
  {
    name: 'riskAlerts',
    kind: 'page',
    scoped: true,
    query: `query ScaleRiskAlerts($first: Int!) { riskAlerts(first: $first, acknowledged: false) { edges { node { severity reason createdAt project { code } } } } }`,
    variables: none,
  },
  {
    name: 'riskMatrix (portfolio)',
    kind: 'summary',
    query: `query ScaleRiskMatrix($portfolioId: ID!) { riskMatrix(portfolioId: $portfolioId) { openRisks cells { probability impact count
      risks(first: 3) { title score } } } }`,
    variables: portfolio,
  },
  {
    name: 'topRisks (portfolio)',
    kind: 'page',
    query: `query ScaleTopRisks($first: Int!, $portfolioId: ID!) { topRisks(portfolioId: $portfolioId, first: $first) { title score dueDate project { code } } }`,
    variables: portfolio,
  },
  {
    name: 'project.complianceHistory',
    kind: 'page',
    query: `query ScaleComplianceHistory($first: Int!, $projectId: ID!) { project(id: $projectId) { code complianceHistory(first: $first) {
      totalCount edges { node { ruleKey passed severity evaluatedAt } } } } }`,
    variables: project,
  },
  {
    name: 'project.auditTrail',
    kind: 'page',
    query: `query ScaleAuditTrail($first: Int!, $projectId: ID!) { project(id: $projectId) { code auditTrail(first: $first) {
      totalCount edges { node { action createdAt actor { name } } } } } }`,
    variables: project,
  },
];

/** The benchmark reads pages of 50, as the issue measured; the tests read smaller ones of smaller data sets. */
export const BENCH_PAGE = 50;

export function variablesOf(query: ScaleQuery, dataset: ScaleDataset, page: number): Record<string, unknown> {
  return query.kind === 'page' ? { first: page, ...query.variables(dataset) } : query.variables(dataset);
}
