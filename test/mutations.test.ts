import { parse } from 'graphql';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { startTestServer, type TestServer } from './support/harness.js';

const q = (s: string) => parse(s) as never;
describe('explore', () => {
  let server: TestServer;
  beforeAll(async () => { server = await startTestServer('pglite'); });
  afterAll(() => server?.close());
  it('explores', async () => {
    const A = 'admin@pmo.local';
    const ids = await server.exec(A, q(`{ portfolios { edges { node { id name version } } } users(first:20) { edges { node { id email role } } } projects(first: 20) { edges { node { id code status version } } } objectives { edges { node { id name version } } } }`));
    console.log(JSON.stringify(ids.data));
    const d: any = ids.data;
    const pf = d.portfolios.edges[0].node.id;
    const mut = `mutation M($input: CreateProjectInput!) { createProject(input: $input) { __typename ... on MutationCreateProjectSuccess { data { id code name budget startDate targetEndDate version status health description } } ... on ValidationError { message issues { path message } } ... on Error { message } } }`;
    const run = async (input: any) => console.log(JSON.stringify(input), '=>', JSON.stringify(await server.exec(A, q(mut), { input })));
    await run({ code: 'X-1', name: '  Hello  ', portfolioId: pf });
    await run({ code: 'x', name: '', portfolioId: pf, budget: '-5', description: 'a'.repeat(10001) });
    await run({ code: 'X-2', name: 'n', portfolioId: pf, budget: 'abc' });
    await run({ code: 'X-2', name: 'n', portfolioId: pf, budget: '1.234' });
    await run({ code: 'X-2', name: 'n', portfolioId: pf, startDate: '2026-02-30' });
    await run({ code: 'X-2', name: 'n', portfolioId: 'garbage' });
    await run({ code: 'X-2', name: 'n', portfolioId: pf, managerId: 'garbage' });
    await run({ code: 'x', name: '', portfolioId: 'garbage' });
    await run({ code: 'X-3', name: 'n', portfolioId: Buffer.from('Portfolio:0190a0b0-0000-7000-8000-000000000000').toString('base64') });
    await run({ code: 'X-3', name: 'n', portfolioId: pf, startDate: '2026-05-01', targetEndDate: '2026-04-01', managerId: Buffer.from('User:0190a0b0-0000-7000-8000-000000000000').toString('base64') });
    await run({ code: 'X-3', name: 'n', portfolioId: pf, budget: '-0' });
    await run({ code: 'X-3', name: 'a'.repeat(201), portfolioId: pf, budget: '-0.00' });
    const inl = await server.exec(A, q(`mutation { createProject(input: { code: "X-9", name: "n", portfolioId: "${pf}", budget: "abc" }) { __typename } }`));
    console.log('inline', JSON.stringify(inl));
    const upd = `mutation U($input: UpdateProjectInput!) { updateProject(input: $input) { __typename ... on MutationUpdateProjectSuccess { data { id version description name } } ... on ValidationError { message issues { path message } } ... on Error { message } } }`;
    const p = d.projects.edges[0].node;
    console.log(JSON.stringify(await server.exec(A, q(upd), { input: { id: p.id, version: p.version, description: null } })));
    console.log(JSON.stringify(await server.exec(A, q(upd), { input: { id: p.id, version: p.version, name: '   ' } })));
    console.log(JSON.stringify(await server.exec(A, q(upd), { input: { id: p.id, version: p.version, name: null } })));
  });
});
