// The GraphQL operations the methodology suites (methodologies, deliverables, gates) send as the
// subject of their tests. Those the scenario builder also uses (reading a project's state, the
// deliverable workflow, installing a plugin) are in test/support/scenarios/methodology.ts.
import { graphql } from '../gql/index.js';

export const CreateProject = graphql(`
  mutation MethCreateProject($input: CreateProjectInput!) {
    createProject(input: $input) {
      __typename
      ... on MutationCreateProjectSuccess { data { id code version status methodology { key version } } }
      ...ErrorFields
    }
  }
`);

export const UpdateProject = graphql(`
  mutation MethUpdateProject($input: UpdateProjectInput!) {
    updateProject(input: $input) {
      __typename
      ... on MutationUpdateProjectSuccess { data { id version percentComplete scopePoints } }
      ...ErrorFields
    }
  }
`);

export const TransitionProject = graphql(`
  mutation MethTransitionProject($input: TransitionProjectInput!) {
    transitionProject(input: $input) {
      __typename
      ... on MutationTransitionProjectSuccess { data { id status version } }
      ...ErrorFields
    }
  }
`);

export const RejectDeliverable = graphql(`
  mutation MethRejectDeliverable($input: DeliverableActionInput!) {
    rejectDeliverable(input: $input) {
      __typename
      ... on MutationRejectDeliverableSuccess { data { id status version decidedAt decisionNote } }
      ...ErrorFields
    }
  }
`);

export const AdvancePhase = graphql(`
  mutation MethAdvancePhase($input: AdvancePhaseInput!) {
    advancePhase(input: $input) {
      __typename
      ... on MutationAdvancePhaseSuccess { data { id version phases { key status } } }
      ...ErrorFields
    }
  }
`);

export const WaiveRule = graphql(`
  mutation MethWaiveRule($input: WaiveRuleInput!) {
    waiveRule(input: $input) {
      __typename
      ... on MutationWaiveRuleSuccess { data { id ruleKey reason expiresAt active revokedAt } }
      ...ErrorFields
    }
  }
`);

export const RevokeWaiver = graphql(`
  mutation MethRevokeWaiver($input: RevokeWaiverInput!) {
    revokeWaiver(input: $input) {
      __typename
      ... on MutationRevokeWaiverSuccess { data { id ruleKey active revokedAt } }
      ...ErrorFields
    }
  }
`);

export const EvaluateCompliance = graphql(`
  mutation MethEvaluateCompliance($input: EvaluateComplianceInput!) {
    evaluateCompliance(input: $input) {
      __typename
      ... on MutationEvaluateComplianceSuccess { data { id complianceResults { ruleKey passed waived evidence } } }
      ...ErrorFields
    }
  }
`);

export const SetMethodologyEnabled = graphql(`
  mutation MethSetEnabled($input: SetMethodologyEnabledInput!) {
    setMethodologyEnabled(input: $input) {
      __typename
      ... on MutationSetMethodologyEnabledSuccess { data { key version enabled } }
      ...ErrorFields
    }
  }
`);
