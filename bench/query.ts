// The nested query every bench script sends: one portfolio's projects with manager, members and objectives.
import { DEFAULT_SHAPE } from './dataset.js';

export const NESTED_QUERY = `query BenchPortfolios {
  portfolios { edges { node { name projects(first: ${DEFAULT_SHAPE.projects}) { edges { node {
    code manager { name } members { user { name } } objectives { name }
  } } } } } }
}`;
