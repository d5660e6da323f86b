import { parse } from 'graphql';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { it } from 'vitest';
import { startTestServer } from './support/harness.js';

it('probe', async () => {
  const s = await startTestServer('pglite');
  const p = s.runtime.db.prisma;
  const crm = await p.project.findUniqueOrThrow({ where: { code: 'DATA-LAKE' } });
  const pid = encodeGlobalID('Project', crm.id);
  const show = async (who: string | null, q: string, v?: any) => console.log(who, q.slice(0, 60), JSON.stringify(await s.exec(who, parse(q) as any, v)));
  await show(null, '{ viewer { name } }');
  await show(null, '{ viewer { name } users { edges { node { name } } } }');
  await show(null, 'query($id: ID!) { node(id: $id) { id } }', { id: pid });
  await show(null, 'mutation($id: ID!) { transitionProject(input: {id: $id, status: ACTIVE}) { __typename ... on Error { message } } }', { id: pid });
  await show('member@pmo.local', 'mutation($id: ID!) { transitionProject(input: {id: $id, status: ACTIVE}) { __typename ... on Error { message } } }', { id: pid });
  await show('exec@pmo.local', 'mutation($id: ID!) { transitionProject(input: {id: $id, status: ACTIVE}) { __typename ... on Error { message } } }', { id: pid });
  await show('member@pmo.local', 'query($id: ID!) { node(id: $id) { id } project(id: $id) { code } }', { id: pid });
  await show('member@pmo.local', '{ projects { edges { node { code budget auditTrail { edges { node { action } } } } } } }');
  await show('member@pmo.local', '{ project: projects(first: 1) { edges { node { code auditTrail(first: 1) { edges { node { action } } } } } } }');
  await show('member@pmo.local', 'query($id: ID!) { nodes(ids: [$id]) { id } }', { id: pid });
  await s.close();
});
