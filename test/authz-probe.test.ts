import { parse } from 'graphql';
import { it } from 'vitest';
import { startTestServer } from './support/harness.js';

it('probe', async () => {
  let t = Date.now();
  const s = await startTestServer('pglite');
  console.log('start', Date.now() - t); t = Date.now();
  for (let i = 0; i < 20; i++) await s.exec('member@pmo.local', parse('{ projects { edges { node { code budget members { user { name } } } } } }') as any);
  console.log('20 queries', Date.now() - t); t = Date.now();
  const p = s.runtime.db.prisma;
  for (let i = 0; i < 10; i++) await Promise.all([p.user.findMany(), p.project.findMany(), p.auditEvent.count(), p.projectMember.findMany(), p.portfolio.findMany(), p.strategicObjective.findMany(), p.projectObjective.findMany()]);
  console.log('10 snapshots', Date.now() - t); t = Date.now();
  await s.close();
});
