// Risks of a project, raised through the API, and the few states of risks and alerts that only
// time (or a test of what is read rather than written) can produce, written directly.
import type { AlertSeverity, RiskAlertSource, RiskCategory, RiskStatus } from '../../../server/platform/db/generated/prisma/enums.js';
import type { CreateRiskInput, UpdateRiskInput } from '../../gql/graphql.js';
import { graphql } from '../../gql/index.js';
import { daysFromToday } from '../dates.js';
import type { TestServer } from '../harness.js';
import { type Handle, handle, handleOf, mutate } from './mutate.js';
import type { People, Person } from './people.js';

const CreateRisk = graphql(`
  mutation ScenarioCreateRisk($input: CreateRiskInput!) {
    createRisk(input: $input) {
      __typename
      ... on MutationCreateRiskSuccess { data { id title version } }
      ... on Error { message }
    }
  }
`);
const UpdateRisk = graphql(`
  mutation ScenarioUpdateRisk($input: UpdateRiskInput!) {
    updateRisk(input: $input) { __typename ... on MutationUpdateRiskSuccess { data { id version } } ... on Error { message } }
  }
`);
const CloseRisk = graphql(`
  mutation ScenarioCloseRisk($input: EndRiskInput!) {
    closeRisk(input: $input) { __typename ... on MutationCloseRiskSuccess { data { id version } } ... on Error { message } }
  }
`);
const RealizeRisk = graphql(`
  mutation ScenarioRealizeRisk($input: EndRiskInput!) {
    realizeRisk(input: $input) { __typename ... on MutationRealizeRiskSuccess { data { id version } } ... on Error { message } }
  }
`);

/** A valid createRisk input on the project (a 2 × 3 external risk), with some fields replaced. */
export const newRisk = (projectId: string, fields: Partial<CreateRiskInput> = {}): CreateRiskInput => ({
  projectId, title: 'Key supplier insolvency', category: 'EXTERNAL', probability: 2, impact: 3, ...fields,
});

export interface RiskHandle extends Handle {
  title: string;
  version: number;
}

/** A risk in a list of risks to raise: its rating, and what differs from the defaults. */
export interface RiskSpec {
  probability: number;
  impact: number;
  title?: string;
  /** Open statuses are raised with it; CLOSED and REALIZED risks are raised, then closed or realized. */
  status?: RiskStatus;
  category?: RiskCategory;
  owner?: Person;
  /** Due date relative to today; none when undefined. */
  dueInDays?: number;
}

export class RiskScenario {
  private counter = 0;

  constructor(
    private readonly server: TestServer,
    private readonly people: People,
  ) {}

  /** One risk through createRisk (by pm@ unless `as` says who). */
  async raise(project: Handle, input: Partial<Omit<CreateRiskInput, 'projectId'>> = {}, as: Person = 'manager'): Promise<RiskHandle> {
    const data = await mutate(this.server, this.people.email(as), CreateRisk, {
      input: { title: `Risk ${++this.counter}`, category: 'TECHNICAL', probability: 2, impact: 3, ...input, projectId: project.gid },
    });
    return { ...handleOf(data.id), title: data.title, version: data.version };
  }

  /** Raises each risk through createRisk (by pm@), closing or realizing those that say so. */
  async raiseAll(project: Handle, risks: RiskSpec[], as: Person = 'manager'): Promise<RiskHandle[]> {
    const raised: RiskHandle[] = [];
    for (const risk of risks) {
      const ends = risk.status === 'CLOSED' || risk.status === 'REALIZED';
      let handle = await this.raise(
        project,
        {
          title: risk.title ?? `Bulk risk ${++this.counter}`,
          category: risk.category ?? 'TECHNICAL',
          probability: risk.probability,
          impact: risk.impact,
          status: ends ? undefined : risk.status,
          ownerId: risk.owner && this.people.gid(risk.owner),
          dueDate: risk.dueInDays === undefined ? undefined : daysFromToday(risk.dueInDays),
        },
        as,
      );
      if (ends) handle = await this.end(handle, risk.status as 'CLOSED' | 'REALIZED', as);
      raised.push(handle);
    }
    return raised;
  }

  async update(risk: RiskHandle, changes: Omit<UpdateRiskInput, 'id' | 'version'>, as: Person = 'manager'): Promise<RiskHandle> {
    const data = await mutate(this.server, this.people.email(as), UpdateRisk, { input: { id: risk.gid, version: risk.version, ...changes } });
    return { ...risk, version: data.version };
  }

  async end(risk: RiskHandle, status: 'CLOSED' | 'REALIZED', as: Person = 'manager', reason?: string): Promise<RiskHandle> {
    const input = { input: { id: risk.gid, version: risk.version, reason } };
    const email = this.people.email(as);
    const data = status === 'CLOSED' ? await mutate(this.server, email, CloseRisk, input) : await mutate(this.server, email, RealizeRisk, input);
    return { ...risk, version: data.version };
  }

  /**
   * Risks written directly (created by pm@, each with its initial assessment), for the states the
   * API cannot produce: a due date already past (createRisk would raise its overdue alert at once,
   * where time passing leaves it to the sweep), or risks that must not raise the alerts createRisk
   * raises (a test that counts exactly the alerts it writes itself).
   */
  async writeDirectly(project: Handle, risks: RiskSpec[]): Promise<RiskHandle[]> {
    const written: RiskHandle[] = [];
    for (const risk of risks) {
      const score = risk.probability * risk.impact;
      const row = await this.server.runtime.db.prisma.risk.create({
        data: {
          projectId: project.id,
          title: risk.title ?? `Bulk risk ${++this.counter}`,
          category: risk.category ?? 'TECHNICAL',
          dueDate: risk.dueInDays === undefined ? null : new Date(`${daysFromToday(risk.dueInDays)}T00:00:00Z`),
          probability: risk.probability,
          impact: risk.impact,
          score,
          status: risk.status ?? 'IDENTIFIED',
          ownerId: risk.owner ? this.people.id(risk.owner) : null,
          createdById: this.people.id('manager'),
          assessments: { create: { probability: risk.probability, impact: risk.impact, score, assessedById: this.people.id('manager') } },
        },
      });
      written.push({ ...handle('Risk', row.id), title: row.title, version: row.version });
    }
    return written;
  }

  /**
   * An alert written directly, with no risk change behind it: for a statement count of the
   * alert list, where raising 50 alerts through risk changes would add the risks' own alerts.
   */
  writeAlertDirectly(project: Handle, alert: { source: RiskAlertSource; triggerKey: string; severity: AlertSeverity; reason: string; risk?: Handle }) {
    const { risk, ...data } = alert;
    return this.server.runtime.db.prisma.riskAlert.create({ data: { ...data, projectId: project.id, riskId: risk?.id } });
  }
}
