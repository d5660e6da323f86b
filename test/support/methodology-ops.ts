// GraphQL operations and helpers shared by the methodology integration suites
// (methodology-api, deliverables, gates). Every helper goes through the real API.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { expect } from 'vitest';
import type { PrismaClient } from '../../server/platform/db/generated/prisma/client.js';
import type { CreateProjectInput, MethProjectStateQuery } from '../gql/graphql.js';
import { graphql } from '../gql/index.js';
import type { TestServer } from './harness.js';

export const gid = (type: string, id: string) => encodeGlobalID(type, id);

export const EMAILS = {
  admin: 'admin@pmo.local',
  exec: 'exec@pmo.local',
  owner: 'portfolio@pmo.local', // owns Digital Transformation
  otherOwner: 'portfolio2@pmo.local', // owns Operational Excellence
  pm: 'pm@pmo.local',
  pm2: 'pm2@pmo.local',
  member: 'member@pmo.local',
} as const;

export interface Ids {
  users: Record<keyof typeof EMAILS, string>;
  /** Global ids of the seeded portfolios. */
  digital: string;
  operations: string;
}

export async function loadIds(prisma: PrismaClient): Promise<Ids> {
  const users = {} as Ids['users'];
  for (const [name, email] of Object.entries(EMAILS)) {
    users[name as keyof typeof EMAILS] = gid('User', (await prisma.user.findUniqueOrThrow({ where: { email } })).id);
  }
  const portfolio = async (name: string) => gid('Portfolio', (await prisma.portfolio.findUniqueOrThrow({ where: { name } })).id);
  return { users, digital: await portfolio('Digital Transformation'), operations: await portfolio('Operational Excellence') };
}

/** The database id inside a global id. */
export const rawId = (globalId: string) => Buffer.from(globalId, 'base64').toString('utf8').split(':')[1]!;

graphql(`
  fragment MethError on Error {
    __typename
    message
    ... on ValidationError { issues { path message } }
    ... on ConflictError { currentVersion }
    ... on NotFoundError { entityType }
    ... on GateBlockedError { phaseKey failingRules { ruleKey severity message evidence } }
  }
`);

export const CreateProject = graphql(`
  mutation MethCreateProject($input: CreateProjectInput!) {
    createProject(input: $input) {
      __typename
      ... on MutationCreateProjectSuccess { data { id code version status methodology { key version } } }
      ...MethError
    }
  }
`);

export const UpdateProject = graphql(`
  mutation MethUpdateProject($input: UpdateProjectInput!) {
    updateProject(input: $input) {
      __typename
      ... on MutationUpdateProjectSuccess { data { id version percentComplete scopePoints } }
      ...MethError
    }
  }
`);

export const TransitionProject = graphql(`
  mutation MethTransitionProject($input: TransitionProjectInput!) {
    transitionProject(input: $input) {
      __typename
      ... on MutationTransitionProjectSuccess { data { id status version } }
      ...MethError
    }
  }
`);

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
      compliance { failing blocking projectsEvaluated projectsBlocked bySeverity { severity passed failed waived } }
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
      ...MethError
    }
  }
`);

export const SubmitDeliverable = graphql(`
  mutation MethSubmitDeliverable($input: DeliverableActionInput!) {
    submitDeliverable(input: $input) {
      __typename
      ... on MutationSubmitDeliverableSuccess { data { id status version submittedAt } }
      ...MethError
    }
  }
`);

export const ApproveDeliverable = graphql(`
  mutation MethApproveDeliverable($input: DeliverableActionInput!) {
    approveDeliverable(input: $input) {
      __typename
      ... on MutationApproveDeliverableSuccess { data { id status version decidedAt decisionNote } }
      ...MethError
    }
  }
`);

export const RejectDeliverable = graphql(`
  mutation MethRejectDeliverable($input: DeliverableActionInput!) {
    rejectDeliverable(input: $input) {
      __typename
      ... on MutationRejectDeliverableSuccess { data { id status version decidedAt decisionNote } }
      ...MethError
    }
  }
`);

export const AdvancePhase = graphql(`
  mutation MethAdvancePhase($input: AdvancePhaseInput!) {
    advancePhase(input: $input) {
      __typename
      ... on MutationAdvancePhaseSuccess { data { id version phases { key status } } }
      ...MethError
    }
  }
`);

export const WaiveRule = graphql(`
  mutation MethWaiveRule($input: WaiveRuleInput!) {
    waiveRule(input: $input) {
      __typename
      ... on MutationWaiveRuleSuccess { data { id ruleKey reason expiresAt active revokedAt } }
      ...MethError
    }
  }
`);

export const RevokeWaiver = graphql(`
  mutation MethRevokeWaiver($input: RevokeWaiverInput!) {
    revokeWaiver(input: $input) {
      __typename
      ... on MutationRevokeWaiverSuccess { data { id ruleKey active revokedAt } }
      ...MethError
    }
  }
`);

export const EvaluateCompliance = graphql(`
  mutation MethEvaluateCompliance($input: EvaluateComplianceInput!) {
    evaluateCompliance(input: $input) {
      __typename
      ... on MutationEvaluateComplianceSuccess { data { id complianceResults { ruleKey passed waived evidence } } }
      ...MethError
    }
  }
`);

export const InstallMethodology = graphql(`
  mutation MethInstall($input: InstallMethodologyInput!) {
    installMethodology(input: $input) {
      __typename
      ... on MutationInstallMethodologySuccess { data { id key version name enabled builtIn lineage extends } }
      ...MethError
    }
  }
`);

export const SetMethodologyEnabled = graphql(`
  mutation MethSetEnabled($input: SetMethodologyEnabledInput!) {
    setMethodologyEnabled(input: $input) {
      __typename
      ... on MutationSetMethodologyEnabledSuccess { data { key version enabled } }
      ...MethError
    }
  }
`);

/** The data of a GraphQL answer, failing the test with the errors when there are any. */
export function dataOf<T>(result: { data?: T | null; errors?: readonly unknown[] }): T {
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data as T;
}

/** Narrows a mutation result to its success member, failing the test with the error otherwise. */
export function success<R extends { __typename: string }>(result: R): Extract<R, { data: unknown }>['data'] {
  expect(result.__typename, JSON.stringify(result)).toMatch(/Success$/);
  return (result as unknown as { data: never }).data;
}

export type ProjectStateData = NonNullable<MethProjectStateQuery['project']>;

export async function projectState(server: TestServer, as: string, id: string): Promise<ProjectStateData> {
  const project = dataOf(await server.exec(as, ProjectState, { id })).project;
  expect(project).not.toBeNull();
  return project!;
}

export const deliverableOf = (state: ProjectStateData, key: string) => {
  const found = state.deliverables.find((d) => d.key === key);
  if (!found) throw new Error(`no deliverable ${key} in ${state.deliverables.map((d) => d.key).join(', ')}`);
  return found;
};

export const resultOf = (state: ProjectStateData, ruleKey: string) => state.complianceResults.find((r) => r.ruleKey === ruleKey);

let counter = 0;
/** A project code no other test uses (codes are unique). */
export const uniqueCode = (prefix: string) => `${prefix}-${Date.now().toString(36).slice(-4).toUpperCase()}${++counter}`;

/** Creates a project through the API (as its portfolio's owner by default) and returns its id. */
export async function createProject(
  server: TestServer,
  input: Omit<CreateProjectInput, 'code' | 'name'> & { code?: string; name?: string },
  as: string = EMAILS.owner,
): Promise<{ id: string; code: string; version: number }> {
  const code = input.code ?? uniqueCode('MT');
  const result = dataOf(await server.exec(as, CreateProject, { input: { name: `Project ${code}`, ...input, code } })).createProject;
  const data = success(result);
  return { id: data.id, code: data.code, version: data.version };
}

/** Fills a deliverable's fields, submits it and has `approver` approve it. */
export async function fillSubmitApprove(
  server: TestServer,
  deliverable: { id: string; version: number },
  fields: Record<string, unknown>,
  submitter: string,
  approver: string,
) {
  const updated = success(
    dataOf(await server.exec(submitter, UpdateDeliverable, { input: { id: deliverable.id, version: deliverable.version, fields } })).updateDeliverable,
  );
  const submitted = success(
    dataOf(await server.exec(submitter, SubmitDeliverable, { input: { id: deliverable.id, version: updated.version } })).submitDeliverable,
  );
  return success(
    dataOf(await server.exec(approver, ApproveDeliverable, { input: { id: deliverable.id, version: submitted.version } })).approveDeliverable,
  );
}

/** The audit actions of a project, oldest first. */
export async function auditActions(server: TestServer, projectId: string): Promise<string[]> {
  const project = dataOf(await server.exec(EMAILS.admin, ProjectAudit, { id: projectId })).project!;
  return project.auditTrail.edges.map((edge) => edge.node.action).reverse();
}

/** Distinct evaluation rounds stored for a project (each mutation that changes facts adds one). */
export async function evaluationRounds(server: TestServer, projectId: string): Promise<number> {
  const project = dataOf(await server.exec(EMAILS.admin, ProjectHistory, { id: projectId })).project!;
  return new Set(project.complianceHistory.edges.map((edge) => edge.node.evaluatedAt)).size;
}

export const CHARTER_FIELDS = {
  businessCase: 'Cut order handling cost by 30%.',
  objectives: 'One order platform for all channels by Q4.',
  highLevelScope: 'Order capture, fulfilment and invoicing; excludes CRM.',
  successCriteria: 'Go-live with 95% of orders on the new platform.',
  sponsor: 'Erik Lindqvist',
  estimatedBudget: 250000,
  targetEndDate: '2027-06-30',
};
