// Apollo Client as a front-end team runs it: an InMemoryCache whose lists merge pages with
// `relayStylePagination`, filled by `fetchMore` with the `endCursor` of the last page, over the
// real HTTP pipeline. What the cache ends up holding must be the whole list, once, in order.
import { ApolloClient, gql, HttpLink, InMemoryCache } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from '../support/databases.js';
import type { TestServer } from '../support/harness.js';
import { type Scenario, startScenario } from '../support/scenarios/index.js';

interface Rows {
  totalCount: number;
  edges: { cursor: string; node: { id: string; code?: string; name?: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const PROJECTS = gql`
  query ApolloProjects($first: Int!, $after: String, $filter: ProjectFilter) {
    projects(first: $first, after: $after, filter: $filter) {
      totalCount
      edges { cursor node { id code } }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

const PORTFOLIO_PROJECTS = gql`
  query ApolloPortfolioProjects($id: ID!, $first: Int!, $after: String) {
    node(id: $id) {
      id
      ... on Portfolio { projects(first: $first, after: $after) { totalCount edges { cursor node { id code } } pageInfo { hasNextPage endCursor } } }
    }
  }
`;

const USERS = gql`
  query ApolloUsers($first: Int!, $after: String) {
    users(first: $first, after: $after) { totalCount edges { cursor node { id name } } pageInfo { hasNextPage endCursor } }
  }
`;

describe.each(backends())('Apollo Client paging on %s', (backend) => {
  let server: TestServer;
  let seed: Scenario;
  let token: string;

  beforeAll(async () => {
    ({ server, seed } = await startScenario(backend, { label: 'Apollo' }));
    token = await server.token('admin@pmo.local');
  });
  afterAll(() => server?.close());

  const client = () =>
    new ApolloClient({
      link: new HttpLink({
        uri: 'http://pmo.test/graphql',
        headers: { authorization: `Bearer ${token}` },
        fetch: (input, init) => server.app.fetch(new Request(input as string, init as RequestInit)),
      }),
      cache: new InMemoryCache({
        typePolicies: {
          Query: { fields: { projects: relayStylePagination(['filter']), users: relayStylePagination() } },
          Portfolio: { fields: { projects: relayStylePagination(['filter', 'orderBy']) } },
        },
      }),
    });

  /** Loads the first page, then every next one with fetchMore, as an infinite list does; returns what the cache holds. */
  async function loadAll(apollo: ApolloClient, query: typeof PROJECTS, variables: Record<string, unknown>, pick: (data: unknown) => Rows) {
    const first = await apollo.query({ query, variables });
    let rows = pick(first.data);
    for (let n = 0; rows.pageInfo.hasNextPage && n < 50; n++) {
      const more = await apollo.query({ query, variables: { ...variables, after: rows.pageInfo.endCursor }, fetchPolicy: 'network-only' });
      expect(pick(more.data).edges.length, 'a page after a cursor that said "more" is not empty').toBeGreaterThan(0);
      // What a list component renders: the cache's merged field.
      rows = pick(apollo.readQuery({ query, variables })) ?? pick(more.data);
    }
    return rows;
  }

  it('projects, page by page, end up whole in the cache', async () => {
    const apollo = client();
    const all = await apollo.query({ query: PROJECTS, variables: { first: 100 } });
    const expected = (all.data as { projects: Rows }).projects.edges.map((edge) => edge.node.id);
    expect(expected.length).toBeGreaterThan(3);
    const merged = await loadAll(client(), PROJECTS, { first: 2 }, (data) => (data as { projects: Rows }).projects);
    expect(merged.edges.map((edge) => edge.node.id)).toEqual(expected);
    expect(merged.totalCount).toBe(expected.length);
  });

  it('a filtered list and a nested list do too', async () => {
    const filtered = await loadAll(client(), PROJECTS, { first: 1, filter: { status: ['ACTIVE', 'ON_HOLD'] } }, (data) => (data as { projects: Rows }).projects);
    const all = await client().query({ query: PROJECTS, variables: { first: 100, filter: { status: ['ACTIVE', 'ON_HOLD'] } } });
    expect(filtered.edges.map((edge) => edge.node.id)).toEqual((all.data as { projects: Rows }).projects.edges.map((edge) => edge.node.id));

    const portfolio = seed.portfolio.operations;
    const pick = (data: unknown) => (data as { node: { projects: Rows } }).node.projects;
    const nested = await loadAll(client(), PORTFOLIO_PROJECTS, { id: portfolio.gid, first: 2 }, pick);
    const whole = pick((await client().query({ query: PORTFOLIO_PROJECTS, variables: { id: portfolio.gid, first: 100 } })).data);
    expect(nested.edges.map((edge) => edge.node.id)).toEqual(whole.edges.map((edge) => edge.node.id));
    expect(whole.edges.length).toBeGreaterThan(2);
  });

  it('users too', async () => {
    const merged = await loadAll(client(), USERS, { first: 3 }, (data) => (data as { users: Rows }).users);
    const whole = (await client().query({ query: USERS, variables: { first: 100 } })).data as { users: Rows };
    expect(merged.edges.map((edge) => edge.node.id)).toEqual(whole.users.edges.map((edge) => edge.node.id));
  });
});
