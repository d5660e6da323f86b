// What `npm run codegen` writes for clients besides the SDL, committed under schema/: Apollo's
// `possibleTypes` (schema/possible-types.json) and the introspection result
// (schema/introspection.json). Both must match the code-first schema, and possibleTypes must be
// what makes Apollo's cache match `... on Error` inside a mutation's result union and
// `... on Node` inside `node`, over the real HTTP pipeline.
import { ApolloClient, gql, HttpLink, InMemoryCache } from '@apollo/client';
import { readFile } from 'node:fs/promises';
import { buildClientSchema, printSchema, lexicographicSortSchema, type IntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_ARTEFACTS, printIntrospection, printPossibleTypes } from '../../schema/client-artefacts.js';
import { buildSchema } from '../../schema/index.js';
import type { TestServer } from '../support/harness.js';
import { type Scenario, startScenario } from '../support/scenarios/index.js';

const committed = (file: string) => readFile(new URL(`../../${file}`, import.meta.url), 'utf8');

describe('client artefacts under schema/', () => {
  it('possible-types.json is printed from the code (run `npm run codegen` after changing the schema)', async () => {
    expect(await committed(CLIENT_ARTEFACTS.possibleTypes)).toBe(printPossibleTypes());
  });

  it('introspection.json is printed from the code (run `npm run codegen` after changing the schema)', async () => {
    expect(await committed(CLIENT_ARTEFACTS.introspection)).toBe(printIntrospection());
  });

  it('introspection.json describes the same schema as schema.graphql, descriptions included', async () => {
    const introspection = JSON.parse(await committed(CLIENT_ARTEFACTS.introspection)) as { data?: unknown } & IntrospectionQuery;
    expect(printSchema(buildClientSchema(introspection))).toBe(printSchema(lexicographicSortSchema(buildSchema())));
  });

  it('possible-types.json lists every member of Error, Node and the mutation result unions', async () => {
    const { possibleTypes } = JSON.parse(await committed(CLIENT_ARTEFACTS.possibleTypes)) as { possibleTypes: Record<string, string[]> };
    expect(possibleTypes.Error).toEqual(expect.arrayContaining(['ValidationError', 'NotFoundError', 'ForbiddenError', 'ConflictError', 'GateBlockedError']));
    expect(possibleTypes.Node).toEqual(expect.arrayContaining(['Project', 'Portfolio', 'Risk', 'User']));
    expect(possibleTypes.MutationCreateProjectResult).toEqual(expect.arrayContaining(['MutationCreateProjectSuccess', 'ValidationError']));
  });
});

const CREATE_PROJECT = gql`
  mutation ApolloCreateProject($input: CreateProjectInput!) {
    createProject(input: $input) {
      __typename
      ... on MutationCreateProjectSuccess { data { id code } }
      ... on Error { message }
    }
  }
`;

const PROJECT_NODE = gql`
  query ApolloProjectNode($id: ID!) {
    node(id: $id) { __typename ... on Node { id } ... on Project { code } }
  }
`;

describe("Apollo's cache with possibleTypes", () => {
  let server: TestServer;
  let seed: Scenario;
  let token: string;

  beforeAll(async () => {
    ({ server, seed } = await startScenario('pglite', { label: 'PossibleTypes' }));
    token = await server.token('admin@pmo.local');
  });
  afterAll(() => server?.close());

  const client = (possibleTypes?: Record<string, string[]>) =>
    new ApolloClient({
      link: new HttpLink({
        uri: 'http://pmo.test/graphql',
        headers: { authorization: `Bearer ${token}` },
        fetch: (input, init) => server.app.fetch(new Request(input as string, init as RequestInit)),
      }),
      cache: new InMemoryCache({ possibleTypes }),
    });
  const committedPossibleTypes = async () =>
    (JSON.parse(await committed(CLIENT_ARTEFACTS.possibleTypes)) as { possibleTypes: Record<string, string[]> }).possibleTypes;

  it('matches `... on Error` in a mutation result union (without it the message is lost)', async () => {
    const input = { portfolioId: seed.portfolio.digital.gid, code: 'not a code!', name: 'Typed error' };
    // The result goes through the cache: a fragment on an interface it cannot match is dropped.
    const withTypes = await client(await committedPossibleTypes()).mutate({ mutation: CREATE_PROJECT, variables: { input } });
    expect(withTypes.data).toEqual({ createProject: { __typename: 'ValidationError', message: expect.any(String) } });
    const without = await client().mutate({ mutation: CREATE_PROJECT, variables: { input } });
    expect(without.data).toEqual({ createProject: { __typename: 'ValidationError' } });
  });

  it('matches `... on Node` for an object read back from the cache (without it the id is lost)', async () => {
    const { gid: id } = await seed.projects.create({ portfolio: seed.portfolio.digital });
    const read = async (apollo: ApolloClient) => {
      await apollo.query({ query: PROJECT_NODE, variables: { id } });
      return apollo.readQuery<{ node: { id?: string; code?: string } }>({ query: PROJECT_NODE, variables: { id } })?.node;
    };
    expect(await read(client(await committedPossibleTypes()))).toEqual({ __typename: 'Project', id, code: expect.any(String) });
    expect(await read(client())).not.toHaveProperty('id');
  });
});
