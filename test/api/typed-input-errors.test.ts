// What a client can send is answered with a typed error, never INTERNAL_SERVER_ERROR: a NUL
// character in any string argument (PostgreSQL cannot store it) is a ValidationError naming its
// path, a taken project code is always a ConflictError (also when two creates race), a caller
// who may not create a project hears ForbiddenError before anything about their input, and a
// "__proto__" key in a JSON field map is an unknown key like any other (nothing changes, no
// audit event). Documents are raw strings: several are deliberately hostile.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse, print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../../server/platform/db/generated/prisma/client.js';
import { backends } from '../support/databases.js';
import type { TestServer } from '../support/harness.js';
import { uniqueCode } from '../support/ids.js';
import { CORE_TABLES, expectUnchanged } from '../support/results.js';
import { PEOPLE, type Scenario, startScenario } from '../support/scenarios/index.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Doc = TypedDocumentNode<any, any>;
const doc = (source: string): Doc => parse(source) as Doc;

const ERROR_FIELDS = '__typename ... on Error { message } ... on ValidationError { issues { path message } }';
const CREATE = doc(`mutation ($input: CreateProjectInput!) { createProject(input: $input) { ${ERROR_FIELDS} ... on MutationCreateProjectSuccess { data { code } } } }`);
const UPDATE = doc(`mutation ($input: UpdateProjectInput!) { updateProject(input: $input) { ${ERROR_FIELDS} ... on MutationUpdateProjectSuccess { data { version } } } }`);
const SEARCH = doc('query ($search: String) { projects(first: 5, filter: { search: $search }) { edges { node { code } } } }');
const NUL_ISSUE = 'must not contain NUL characters (\\u0000)';

describe.each(backends())('typed errors for hostile input on %s', (backend) => {
  let server: TestServer;
  let prisma: PrismaClient;
  let seed: Scenario;
  const nothingChanged = <T>(work: () => Promise<T>) => expectUnchanged(prisma, CORE_TABLES, work);
  const create = async (as: string, input: Record<string, unknown>) =>
    (await server.exec(as, CREATE, { input: { portfolioId: seed.portfolio.digital.gid, name: 'Hostile input', ...input } })).data?.createProject;

  beforeAll(async () => {
    ({ server, prisma, seed } = await startScenario(backend, { label: 'Hostile' }));
  });
  afterAll(() => server?.close());

  describe('a NUL character in any string argument is a ValidationError', () => {
    it('in a query argument (search), by variable and by literal', async () => {
      const byVariable = await server.exec(PEOPLE.admin, SEARCH, { search: 'CRM\u0000' });
      expect(byVariable).toEqual({
        data: null,
        errors: [expect.objectContaining({ message: `Invalid input: ${NUL_ISSUE}`, extensions: { code: 'BAD_USER_INPUT' } })],
      });
      const byLiteral = await server.exec(PEOPLE.admin, doc('{ projects(first: 5, filter: { search: "CRM\\u0000" }) { edges { cursor } } }'));
      expect(byLiteral.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    });

    it('in a mutation input, a JSON field value and a JSON key, with their paths and nothing changed', async () => {
      const result = await nothingChanged(() =>
        create(PEOPLE.admin, {
          code: uniqueCode('NUL'),
          name: 'Bad\u0000name',
          methodologyKey: 'waterfall',
          fields: { regulated: true, notes: ['fine', 'bad\u0000'], 'key\u0000': 1 },
        }),
      );
      expect(result).toMatchObject({ __typename: 'ValidationError', message: 'Invalid input (3 problems)' });
      expect(result.issues).toHaveLength(3);
      expect(result.issues).toEqual(
        expect.arrayContaining([
          { path: ['input', 'name'], message: NUL_ISSUE },
          { path: ['input', 'fields', 'notes', '1'], message: NUL_ISSUE },
          { path: ['input', 'fields', 'key\u0000'], message: 'keys must not contain NUL characters (\\u0000)' },
        ]),
      );
    });
  });

  describe('a taken project code is a ConflictError', () => {
    it('when the code was taken earlier', async () => {
      const code = uniqueCode('DUP');
      expect(await create(PEOPLE.admin, { code })).toMatchObject({ __typename: 'MutationCreateProjectSuccess' });
      const second = await nothingChanged(() => create(PEOPLE.admin, { code }));
      expect(second).toEqual({ __typename: 'ConflictError', message: `Project code ${code} is already used` });
    });

    it('when two creates with the same code run at once: one succeeds, the other gets the same ConflictError', async () => {
      for (let round = 0; round < 3; round++) {
        const code = uniqueCode('RACE');
        const outcomes = await Promise.all([create(PEOPLE.admin, { code }), create(PEOPLE.admin, { code })]);
        expect(outcomes.map((outcome) => outcome.__typename).sort()).toEqual(['ConflictError', 'MutationCreateProjectSuccess']);
        expect(outcomes.find((outcome) => outcome.__typename === 'ConflictError')).toEqual({
          __typename: 'ConflictError',
          message: `Project code ${code} is already used`,
        });
        expect(await prisma.project.count({ where: { code } })).toBe(1);
      }
    });
  });

  it('answers ForbiddenError before input problems to a caller who may not create projects', async () => {
    for (const as of [PEOPLE.member, PEOPLE.executive]) {
      const result = await nothingChanged(() => create(as, { code: 'not a code', name: '', budget: '-1.00' }));
      expect(result).toMatchObject({ __typename: 'ForbiddenError' });
    }
  });

  it("answers ForbiddenError before input problems to a portfolio manager creating in another's portfolio", async () => {
    // The scenario's portfolio belongs to its owner; the demo's second portfolio manager does not own it.
    const result = await nothingChanged(() => create(PEOPLE.otherOwner, { code: 'not a code', name: '', budget: '-1.00' }));
    expect(result).toMatchObject({ __typename: 'ForbiddenError', message: 'You may only create projects in portfolios you own, or propose projects you will manage' });
    // Their input problems are what the owner hears.
    expect(await nothingChanged(() => create(PEOPLE.owner, { code: 'not a code', name: '', budget: '-1.00' }))).toMatchObject({ __typename: 'ValidationError' });
  });

  describe('a "__proto__" key in a JSON field map is an unknown key', () => {
    it('in updateProject: ValidationError, nothing changed, no audit event', async () => {
      const project = await seed.projects.create({ portfolio: seed.portfolio.digital, code: uniqueCode('PROTO'), methodologyKey: 'waterfall' }, 'admin');
      for (const fields of ['{ "__proto__": {} }', '{ "__proto__": { "regulated": true } }', '{ "constructor": {} }']) {
        const body = JSON.stringify({ query: print(UPDATE), variables: { input: { id: project.gid, version: 1 } } }).replace(
          '"version":1}',
          `"version":1,"fields":${fields}}`,
        );
        const result = await nothingChanged(async () => {
          const response = await server.fetch('/graphql', {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${await server.token(PEOPLE.admin)}` },
            body,
          });
          return ((await response.json()) as { data: { updateProject: unknown } }).data.updateProject;
        });
        expect(result).toMatchObject({
          __typename: 'ValidationError',
          issues: [{ path: ['input', 'fields', expect.stringMatching(/^(__proto__|constructor)$/)], message: expect.stringMatching(/^Unknown field/) }],
        });
      }
    });

    it('in createProject, also as a literal in the document', async () => {
      const code = uniqueCode('PROTO');
      const literal = doc(
        `mutation { createProject(input: { code: "${code}", name: "Proto", portfolioId: "${seed.portfolio.digital.gid}", methodologyKey: "waterfall", fields: { __proto__: {} } }) { ${ERROR_FIELDS} } }`,
      );
      const result = await nothingChanged(async () => (await server.exec(PEOPLE.admin, literal)).data?.createProject);
      expect(result).toMatchObject({ __typename: 'ValidationError', issues: [{ path: ['input', 'fields', '__proto__'] }] });
    });
  });
});
