// Mutations through the real API, as the PMO admin: typed success results with the record in
// `data`, typed errors (validation, conflict, not found) and the audit event each change writes.
// Every failing case also checks that the database is exactly as it was (all rows, audit included).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../server/db/generated/prisma/client.js';
import { graphql } from './gql/index.js';
import { backends } from './support/databases.js';
import { startTestServer, type TestServer } from './support/harness.js';

graphql(`
  fragment MutErrorFields on Error {
    __typename
    message
    ... on ValidationError { issues { path message } }
    ... on ConflictError { currentVersion }
    ... on NotFoundError { entityType }
  }
`);

const CreatePortfolio = graphql(`
  mutation MutCreatePortfolio($input: CreatePortfolioInput!) {
    createPortfolio(input: $input) {
      __typename
      ... on MutationCreatePortfolioSuccess { data { id name description budget version owner { email } } }
      ...MutErrorFields
    }
  }
`);
const UpdatePortfolio = graphql(`
  mutation MutUpdatePortfolio($input: UpdatePortfolioInput!) {
    updatePortfolio(input: $input) {
      __typename
      ... on MutationUpdatePortfolioSuccess { data { id name description budget version owner { email } } }
      ...MutErrorFields
    }
  }
`);
const CreateProject = graphql(`
  mutation MutCreateProject($input: CreateProjectInput!) {
    createProject(input: $input) {
      __typename
      ... on MutationCreateProjectSuccess {
        data {
          id code name description status health budget actualCost startDate targetEndDate version
          portfolio { name } manager { email } sponsor { email }
        }
      }
      ...MutErrorFields
    }
  }
`);
const UpdateProject = graphql(`
  mutation MutUpdateProject($input: UpdateProjectInput!) {
    updateProject(input: $input) {
      __typename
      ... on MutationUpdateProjectSuccess {
        data {
          id code name description status health budget actualCost startDate targetEndDate version
          portfolio { name } manager { email } sponsor { email }
        }
      }
      ...MutErrorFields
    }
  }
`);
const TransitionProject = graphql(`
  mutation MutTransitionProject($input: TransitionProjectInput!) {
    transitionProject(input: $input) {
      __typename
      ... on MutationTransitionProjectSuccess { data { id status version allowedTransitions } }
      ...MutErrorFields
    }
  }
`);
const AddProjectMember = graphql(`
  mutation MutAddProjectMember($input: AddProjectMemberInput!) {
    addProjectMember(input: $input) {
      __typename
      ... on MutationAddProjectMemberSuccess { data { id projectRole user { email } project { code } } }
      ...MutErrorFields
    }
  }
`);
const RemoveProjectMember = graphql(`
  mutation MutRemoveProjectMember($input: RemoveProjectMemberInput!) {
    removeProjectMember(input: $input) {
      __typename
      ... on MutationRemoveProjectMemberSuccess { data { id code members { projectRole user { email } } } }
      ...MutErrorFields
    }
  }
`);
const CreateObjective = graphql(`
  mutation MutCreateObjective($input: CreateObjectiveInput!) {
    createObjective(input: $input) {
      __typename
      ... on MutationCreateObjectiveSuccess { data { id name description weight version portfolio { name } } }
      ...MutErrorFields
    }
  }
`);
const UpdateObjective = graphql(`
  mutation MutUpdateObjective($input: UpdateObjectiveInput!) {
    updateObjective(input: $input) {
      __typename
      ... on MutationUpdateObjectiveSuccess { data { id name description weight version portfolio { name } } }
      ...MutErrorFields
    }
  }
`);
const AlignProject = graphql(`
  mutation MutAlignProject($input: AlignProjectInput!) {
    alignProject(input: $input) {
      __typename
      ... on MutationAlignProjectSuccess { data { id code alignments { score objective { name } } } }
      ...MutErrorFields
    }
  }
`);
const ProjectAudit = graphql(`
  query MutProjectAudit($id: ID!) {
    project(id: $id) {
      auditTrail(first: 1) { edges { node { action entityType entityId actor { email } before after } } }
    }
  }
`);
