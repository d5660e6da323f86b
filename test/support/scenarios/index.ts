// One scenario builder per domain, composed here, in the spirit of Hive Console's `initSeed()`:
// the demo organisation (server/demo/seed.ts) is the shared starting point, and each test builds
// the records it needs on top of it through the real GraphQL mutations, as a client would.
// Handles carry the database id and the global id of what was made. The few states the API
// cannot produce are written by `…Directly` methods, each saying why.
import type { Config } from '../../../server/config.js';
import type { Backend } from '../databases.js';
import { startTestServer, type TestServer } from '../harness.js';
import { MethodologyScenario } from './methodology.js';
import { People } from './people.js';
import { PortfolioScenario } from './portfolio.js';
import { ProjectScenario } from './projects.js';
import { RiskScenario } from './risks.js';
import { ScheduleScenario } from './schedule.js';

export interface Scenario {
  people: People;
  portfolio: PortfolioScenario;
  projects: ProjectScenario;
  methodology: MethodologyScenario;
  risks: RiskScenario;
  schedule: ScheduleScenario;
}

/**
 * The builders for a server started with the demo organisation. `label` starts the names of the
 * portfolios and projects they make ("<label> portfolio 1", "<label> project 2").
 */
export async function scenario(server: TestServer, options: { label?: string } = {}): Promise<Scenario> {
  const label = options.label ?? 'Scenario';
  const people = await People.load(server);
  return {
    people,
    portfolio: await PortfolioScenario.load(server, people, label),
    projects: new ProjectScenario(server, people, label),
    methodology: new MethodologyScenario(server, people),
    risks: new RiskScenario(server, people),
    schedule: new ScheduleScenario(server, people),
  };
}

/** A test server on `backend`, started with the demo organisation, and the builders for it. */
export async function startScenario(backend: Backend, options: { label?: string; config?: Partial<Config> } = {}) {
  const server = await startTestServer(backend, { config: options.config });
  return { server, prisma: server.runtime.db.prisma, seed: await scenario(server, options) };
}

export { PEOPLE, type Person } from './people.js';
export { type Handle, handle } from './mutate.js';
export type { Member, NewProject, ProjectHandle } from './projects.js';
export type { PortfolioHandle, ObjectiveHandle } from './portfolio.js';
export { newRisk, type RiskHandle, type RiskSpec } from './risks.js';
export type { TaskHandle } from './schedule.js';
