// Both servers must return the same data, or the comparison means nothing: each answer is reduced
// to one plain shape and the two are compared before any load is sent.
import { isDeepStrictEqual } from 'node:util';
import type { BaselinePortfolios } from './baseline.js';
import type { DatasetShape } from './dataset.js';

export interface PlainPortfolio {
  name: string;
  projects: { code: string; manager: string | null; members: string[]; objectives: string[] }[];
}

interface GraphQLAnswer {
  errors?: unknown[];
  data?: {
    portfolios: {
      edges: {
        node: {
          name: string;
          projects: {
            edges: {
              node: {
                code: string;
                manager: { name: string } | null;
                members: { user: { name: string } }[];
                objectives: { name: string }[];
              };
            }[];
          };
        };
      }[];
    };
  };
}

export function fromGraphQL(body: string): PlainPortfolio[] {
  const answer = JSON.parse(body) as GraphQLAnswer;
  if (answer.errors || !answer.data) throw new Error(`GraphQL answered with errors: ${body.slice(0, 500)}`);
  return answer.data.portfolios.edges.map(({ node }) => ({
    name: node.name,
    projects: node.projects.edges.map(({ node: project }) => ({
      code: project.code,
      manager: project.manager?.name ?? null,
      members: project.members.map((member) => member.user.name),
      objectives: project.objectives.map((objective) => objective.name),
    })),
  }));
}

export function fromBaseline(body: string): PlainPortfolio[] {
  const answer = JSON.parse(body) as { portfolios: BaselinePortfolios };
  return answer.portfolios.map((portfolio) => ({
    name: portfolio.name,
    projects: portfolio.projects.map((project) => ({
      code: project.code,
      manager: project.manager?.name ?? null,
      members: project.members.map((member) => member.user.name),
      objectives: project.objectives.map((alignment) => alignment.objective.name),
    })),
  }));
}

/** Throws unless both answers hold the same records, and exactly the data set that was built. */
export function assertEquivalent(graphql: PlainPortfolio[], baseline: PlainPortfolio[], shape: DatasetShape): void {
  if (!isDeepStrictEqual(graphql, baseline)) {
    throw new Error(`The two servers disagree:\nGraphQL:  ${JSON.stringify(graphql).slice(0, 400)}\nbaseline: ${JSON.stringify(baseline).slice(0, 400)}`);
  }
  const projects = graphql.flatMap((portfolio) => portfolio.projects);
  const complete =
    graphql.length === 1 &&
    projects.length === shape.projects &&
    projects.every(
      (project) =>
        project.manager !== null &&
        project.members.length === shape.membersPerProject &&
        project.objectives.length === shape.objectivesPerProject,
    );
  if (!complete) throw new Error(`Unexpected data set: ${JSON.stringify(graphql).slice(0, 400)}`);
}
