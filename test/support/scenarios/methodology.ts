// Methodologies and projects run by one: installing plugins, reading a project's phases,
// deliverables and compliance, and taking a deliverable through its workflow, all through the
// API. The documents are exported for the suites that test these operations themselves.
import type { ResolvedMethodology } from '../../../server/methodology/lib/manifest.js';
import { evaluateAndStore, initialProjectFields, instantiatePhases } from '../../../server/methodology/index.js';
import type { MethProjectStateQuery } from '../../gql/graphql.js';
import { graphql } from '../../gql/index.js';
import type { TestServer } from '../harness.js';
import { dataOf } from '../results.js';
import { type Handle, mutate } from './mutate.js';
import type { People, Person } from './people.js';

export const ProjectState = graphql(`
  query MethProjectState($id: ID!) {
    project(id: $id) {
      id
      code
      status
      version
      methodology { key version }
      phases { key name position status startedAt completedAt }
      currentPhase { key }
      deliverables { id key name phaseKey status fields missingFields version submittedAt decidedAt decisionNote }
      fields { key value }
      complianceResults { ruleKey kind severity passed waived message evidence phaseKey methodologyKey methodologyVersion evaluatedAt }
      compliance { failing blocking projectsEvaluated projectsBlocked bySeverity { severity passed failing failed waived } }
      waivers { id ruleKey reason expiresAt active revokedAt }
    }
  }
`);

export const ProjectAudit = graphql(`
  query MethProjectAudit($id: ID!) {
    project(id: $id) {
      auditTrail(first: 50) { edges { node { action entityType actor { email } before after } } }
    }
  }
`);

export const ProjectHistory = graphql(`
  query MethProjectHistory($id: ID!, $ruleKey: String) {
    project(id: $id) {
      complianceHistory(first: 100, ruleKey: $ruleKey) { edges { node { ruleKey passed waived evidence evaluatedAt } } }
    }
  }
`);

export const UpdateDeliverable = graphql(`
  mutation MethUpdateDeliverable($input: UpdateDeliverableInput!) {
    updateDeliverable(input: $input) {
      __typename
      ... on MutationUpdateDeliverableSuccess { data { id status fields version } }
      ...ErrorFields
    }
  }
`);

export const SubmitDeliverable = graphql(`
  mutation MethSubmitDeliverable($input: DeliverableActionInput!) {
    submitDeliverable(input: $input) {
      __typename
      ... on MutationSubmitDeliverableSuccess { data { id status version submittedAt } }
      ...ErrorFields
    }
  }
`);

export const ApproveDeliverable = graphql(`
  mutation MethApproveDeliverable($input: DeliverableActionInput!) {
    approveDeliverable(input: $input) {
      __typename
      ... on MutationApproveDeliverableSuccess { data { id status version decidedAt decisionNote } }
      ...ErrorFields
    }
  }
`);

export const InstallMethodology = graphql(`
  mutation MethInstall($input: InstallMethodologyInput!) {
    installMethodology(input: $input) {
      __typename
      ... on MutationInstallMethodologySuccess { data { id key version name enabled builtIn lineage extends } }
      ...ErrorFields
    }
  }
`);

export type ProjectStateData = NonNullable<MethProjectStateQuery['project']>;

export const deliverableOf = (state: ProjectStateData, key: string) => {
  const found = state.deliverables.find((d) => d.key === key);
  if (!found) throw new Error(`no deliverable ${key} in ${state.deliverables.map((d) => d.key).join(', ')}`);
  return found;
};

export const resultOf = (state: ProjectStateData, ruleKey: string) => state.complianceResults.find((r) => r.ruleKey === ruleKey);

/** Every required field of the waterfall charter, filled in. */
export const CHARTER_FIELDS = {
  businessCase: 'Cut order handling cost by 30%.',
  objectives: 'One order platform for all channels by Q4.',
  highLevelScope: 'Order capture, fulfilment and invoicing; excludes CRM.',
  successCriteria: 'Go-live with 95% of orders on the new platform.',
  sponsor: 'Erik Lindqvist',
  estimatedBudget: 250000,
  targetEndDate: '2027-06-30',
};

export class MethodologyScenario {
  constructor(
    private readonly server: TestServer,
    private readonly people: People,
  ) {}

  /** Installs a manifest through installMethodology (as the PMO admin). */
  install(manifest: unknown, as: Person = 'admin') {
    return mutate(this.server, this.people.email(as), InstallMethodology, { input: { manifest } });
  }

  /** A project's methodology, phases, deliverables, fields and compliance, as `as` reads them. */
  async state(project: Handle, as: Person = 'manager'): Promise<ProjectStateData> {
    const state = dataOf(await this.server.exec(this.people.email(as), ProjectState, { id: project.gid })).project;
    if (!state) throw new Error(`${this.people.email(as)} cannot read project ${project.gid}`);
    return state;
  }

  /** Fills a deliverable's fields, submits it and has `approver` approve it. */
  async fillSubmitApprove(deliverable: { id: string; version: number }, fields: Record<string, unknown>, submitter: Person, approver: Person) {
    const updated = await mutate(this.server, this.people.email(submitter), UpdateDeliverable, {
      input: { id: deliverable.id, version: deliverable.version, fields },
    });
    const submitted = await mutate(this.server, this.people.email(submitter), SubmitDeliverable, {
      input: { id: deliverable.id, version: updated.version },
    });
    return mutate(this.server, this.people.email(approver), ApproveDeliverable, { input: { id: deliverable.id, version: submitted.version } });
  }

  /** The audit actions of a project, oldest first. */
  async auditActions(project: Handle): Promise<string[]> {
    const state = dataOf(await this.server.exec(this.people.email('admin'), ProjectAudit, { id: project.gid })).project!;
    return state.auditTrail.edges.map((edge) => edge.node.action).reverse();
  }

  /** Distinct evaluation rounds stored for a project (each mutation that changes facts adds one). */
  async evaluationRounds(project: Handle): Promise<number> {
    const state = dataOf(await this.server.exec(this.people.email('admin'), ProjectHistory, { id: project.gid })).project!;
    return new Set(state.complianceHistory.edges.map((edge) => edge.node.evaluatedAt)).size;
  }

  /**
   * Moves a waiver's expiry a minute into the past, directly: what time passing would do, without
   * waiting a day. The API only accepts a future expiry and the server reads the real clock.
   */
  async expireWaiverDirectly(waiver: { id: string }): Promise<void> {
    // RuleWaiver is not a Node: its id is the database id.
    await this.server.runtime.db.prisma.ruleWaiver.update({ where: { id: waiver.id }, data: { expiresAt: new Date(Date.now() - 60_000) } });
  }

  /**
   * `count` projects on the built-in methodologies in turn (managed by pm@, sponsored by exec@,
   * member@ on the team), written the way the demo seed writes them: Prisma, then the phases, then
   * one evaluation of all of them. For a statement count over 50 projects, where 50 createProject
   * calls would only slow the suite down without changing what is measured.
   */
  async writeProjectsDirectly(portfolio: Handle, count: number, offset: number): Promise<void> {
    const prisma = this.server.runtime.db.prisma;
    const methodologies = await prisma.methodology.findMany({ where: { builtIn: true }, orderBy: { key: 'asc' } });
    const created: string[] = [];
    for (let i = offset; i < offset + count; i++) {
      const methodology = methodologies[i % methodologies.length]!;
      const resolved = methodology.resolved as unknown as ResolvedMethodology;
      const project = await prisma.project.create({
        data: {
          code: `NP-${portfolio.id.slice(-4).toUpperCase()}-${i}`, name: `N+1 project ${i}`, portfolioId: portfolio.id,
          managerId: this.people.id('manager'), sponsorId: this.people.id('executive'),
          budget: '50000.00', actualCost: String(1000 * i), percentComplete: i % 100, methodologyId: methodology.id,
          fields: initialProjectFields(resolved, {}), members: { create: [{ userId: this.people.id('member'), projectRole: 'Analyst' }] },
        },
      });
      await instantiatePhases(prisma, project.id, resolved);
      created.push(project.id);
    }
    await evaluateAndStore(prisma, created);
  }
}
