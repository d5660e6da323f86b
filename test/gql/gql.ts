/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AuthzRoleFromDatabase { viewer { role costRate } projects(first: 50) { edges { node { code budget } } } }\n": typeof types.AuthzRoleFromDatabaseDocument,
    "\n  mutation LifecycleTransition($input: TransitionProjectInput!) {\n    transitionProject(input: $input) {\n      __typename\n      ... on MutationTransitionProjectSuccess { data { status version allowedTransitions } }\n      ... on Error { message }\n      ... on InvalidTransitionError { from to allowed }\n      ... on ConflictError { currentVersion }\n      ... on NotFoundError { entityType }\n      ... on ValidationError { issues { path message } }\n    }\n  }\n": typeof types.LifecycleTransitionDocument,
    "\n  query LifecycleProject($id: ID!) {\n    project(id: $id) {\n      status\n      version\n      allowedTransitions\n      auditTrail(first: 10) { edges { node { action actor { email } before after } } }\n    }\n  }\n": typeof types.LifecycleProjectDocument,
    "\n  query LifecycleSeeded {\n    projects(first: 100, orderBy: [{ field: CODE }]) { edges { node { code status allowedTransitions } } }\n  }\n": typeof types.LifecycleSeededDocument,
    "\n  fragment MutErrorFields on Error {\n    __typename\n    message\n    ... on ValidationError { issues { path message } }\n    ... on ConflictError { currentVersion }\n    ... on NotFoundError { entityType }\n  }\n": typeof types.MutErrorFieldsFragmentDoc,
    "\n  mutation MutCreatePortfolio($input: CreatePortfolioInput!) {\n    createPortfolio(input: $input) {\n      __typename\n      ... on MutationCreatePortfolioSuccess { data { id name description budget version owner { email } } }\n      ...MutErrorFields\n    }\n  }\n": typeof types.MutCreatePortfolioDocument,
    "\n  mutation MutUpdatePortfolio($input: UpdatePortfolioInput!) {\n    updatePortfolio(input: $input) {\n      __typename\n      ... on MutationUpdatePortfolioSuccess { data { id name description budget version owner { email } } }\n      ...MutErrorFields\n    }\n  }\n": typeof types.MutUpdatePortfolioDocument,
    "\n  mutation MutCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      __typename\n      ... on MutationCreateProjectSuccess {\n        data {\n          id code name description status health budget actualCost startDate targetEndDate version\n          portfolio { name } manager { email } sponsor { email }\n        }\n      }\n      ...MutErrorFields\n    }\n  }\n": typeof types.MutCreateProjectDocument,
    "\n  mutation MutUpdateProject($input: UpdateProjectInput!) {\n    updateProject(input: $input) {\n      __typename\n      ... on MutationUpdateProjectSuccess {\n        data {\n          id code name description status health budget actualCost startDate targetEndDate version\n          portfolio { name } manager { email } sponsor { email }\n        }\n      }\n      ...MutErrorFields\n    }\n  }\n": typeof types.MutUpdateProjectDocument,
    "\n  mutation MutTransitionProject($input: TransitionProjectInput!) {\n    transitionProject(input: $input) {\n      __typename\n      ... on MutationTransitionProjectSuccess { data { id status version allowedTransitions } }\n      ...MutErrorFields\n    }\n  }\n": typeof types.MutTransitionProjectDocument,
    "\n  mutation MutAddProjectMember($input: AddProjectMemberInput!) {\n    addProjectMember(input: $input) {\n      __typename\n      ... on MutationAddProjectMemberSuccess { data { id projectRole user { email } project { code } } }\n      ...MutErrorFields\n    }\n  }\n": typeof types.MutAddProjectMemberDocument,
    "\n  mutation MutRemoveProjectMember($input: RemoveProjectMemberInput!) {\n    removeProjectMember(input: $input) {\n      __typename\n      ... on MutationRemoveProjectMemberSuccess { data { id code members { projectRole user { email } } } }\n      ...MutErrorFields\n    }\n  }\n": typeof types.MutRemoveProjectMemberDocument,
    "\n  mutation MutCreateObjective($input: CreateObjectiveInput!) {\n    createObjective(input: $input) {\n      __typename\n      ... on MutationCreateObjectiveSuccess { data { id name description weight version portfolio { name } } }\n      ...MutErrorFields\n    }\n  }\n": typeof types.MutCreateObjectiveDocument,
    "\n  mutation MutUpdateObjective($input: UpdateObjectiveInput!) {\n    updateObjective(input: $input) {\n      __typename\n      ... on MutationUpdateObjectiveSuccess { data { id name description weight version portfolio { name } } }\n      ...MutErrorFields\n    }\n  }\n": typeof types.MutUpdateObjectiveDocument,
    "\n  mutation MutAlignProject($input: AlignProjectInput!) {\n    alignProject(input: $input) {\n      __typename\n      ... on MutationAlignProjectSuccess { data { id code alignments { score objective { name } } } }\n      ...MutErrorFields\n    }\n  }\n": typeof types.MutAlignProjectDocument,
    "\n  query MutProjectAudit($id: ID!) {\n    project(id: $id) {\n      auditTrail(first: 1) { edges { node { action entityType entityId actor { email } before after } } }\n    }\n  }\n": typeof types.MutProjectAuditDocument,
    "\n  query NestedPortfolios {\n    portfolios {\n      edges {\n        node {\n          name\n          budget\n          projects(first: 50) {\n            totalCount\n            edges {\n              node {\n                code\n                budget\n                manager { name }\n                members { user { name } }\n                objectives { name }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.NestedPortfoliosDocument,
    "\n  query ProjectsWithRelations {\n    projects(first: 100) {\n      edges {\n        node {\n          code\n          portfolio { name owner { name } }\n          sponsor { name }\n          alignments { score objective { name } }\n          members { projectRole user { name costRate } }\n          auditTrail(first: 3) { edges { node { action actor { name } } } }\n        }\n      }\n    }\n  }\n": typeof types.ProjectsWithRelationsDocument,
    "\n  query OpsViewer {\n    viewer { id name role }\n  }\n": typeof types.OpsViewerDocument,
    "\n  mutation OpsCreatePortfolio($input: CreatePortfolioInput!) {\n    createPortfolio(input: $input) {\n      __typename\n      ... on MutationCreatePortfolioSuccess { data { name } }\n    }\n  }\n": typeof types.OpsCreatePortfolioDocument,
    "\n  query OpsPortfolios($search: String!) {\n    portfolios(filter: { search: $search }) { edges { node { name owner { email } } } }\n  }\n": typeof types.OpsPortfoliosDocument,
    "\n  query SmokeViewer {\n    viewer { name role }\n  }\n": typeof types.SmokeViewerDocument,
    "\n  mutation AuthzCreatePortfolio($input: CreatePortfolioInput!) {\n    createPortfolio(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on MutationCreatePortfolioSuccess { data { name budget owner { email } } }\n    }\n  }\n": typeof types.AuthzCreatePortfolioDocument,
    "\n  mutation AuthzUpdatePortfolio($input: UpdatePortfolioInput!) {\n    updatePortfolio(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on MutationUpdatePortfolioSuccess { data { description budget version owner { email } } }\n    }\n  }\n": typeof types.AuthzUpdatePortfolioDocument,
    "\n  mutation AuthzCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on MutationCreateProjectSuccess { data { code status manager { email } portfolio { name } } }\n    }\n  }\n": typeof types.AuthzCreateProjectDocument,
    "\n  mutation AuthzUpdateProject($input: UpdateProjectInput!) {\n    updateProject(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on MutationUpdateProjectSuccess {\n        data { name health budget actualCost version manager { email } portfolio { name } }\n      }\n    }\n  }\n": typeof types.AuthzUpdateProjectDocument,
    "\n  mutation AuthzTransitionProject($input: TransitionProjectInput!) {\n    transitionProject(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on MutationTransitionProjectSuccess { data { status version } }\n    }\n  }\n": typeof types.AuthzTransitionProjectDocument,
    "\n  mutation AuthzAddProjectMember($input: AddProjectMemberInput!) {\n    addProjectMember(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on MutationAddProjectMemberSuccess { data { projectRole user { email } project { code } } }\n    }\n  }\n": typeof types.AuthzAddProjectMemberDocument,
    "\n  mutation AuthzRemoveProjectMember($input: RemoveProjectMemberInput!) {\n    removeProjectMember(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on MutationRemoveProjectMemberSuccess { data { code members { user { email } } } }\n    }\n  }\n": typeof types.AuthzRemoveProjectMemberDocument,
    "\n  mutation AuthzAlignProject($input: AlignProjectInput!) {\n    alignProject(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on MutationAlignProjectSuccess { data { code alignments { score objective { name } } } }\n    }\n  }\n": typeof types.AuthzAlignProjectDocument,
    "\n  mutation AuthzCreateObjective($input: CreateObjectiveInput!) {\n    createObjective(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on MutationCreateObjectiveSuccess { data { name weight portfolio { name } } }\n    }\n  }\n": typeof types.AuthzCreateObjectiveDocument,
    "\n  mutation AuthzUpdateObjective($input: UpdateObjectiveInput!) {\n    updateObjective(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on MutationUpdateObjectiveSuccess { data { weight version portfolio { name } } }\n    }\n  }\n": typeof types.AuthzUpdateObjectiveDocument,
    "\n  query AuthzViewer { viewer { email role costRate } }\n": typeof types.AuthzViewerDocument,
    "\n  query AuthzUsers { users(first: 20, orderBy: [{ field: NAME }]) { edges { node { email role costRate } } } }\n": typeof types.AuthzUsersDocument,
    "\n  query AuthzPortfolios { portfolios { edges { node { name budget owner { email costRate } } } } }\n": typeof types.AuthzPortfoliosDocument,
    "\n  query AuthzPortfolio($id: ID!) {\n    portfolio(id: $id) {\n      name\n      budget\n      objectives { name }\n      projects(first: 20) { totalCount edges { node { code budget actualCost } } }\n    }\n  }\n": typeof types.AuthzPortfolioDocument,
    "\n  query AuthzProjects { projects(first: 50) { edges { node { code } } } }\n": typeof types.AuthzProjectsDocument,
    "\n  query AuthzFilteredProjects {\n    projects(filter: { status: [ACTIVE] }, orderBy: [{ field: CODE, direction: DESC }]) {\n      edges { node { code budget actualCost } }\n    }\n  }\n": typeof types.AuthzFilteredProjectsDocument,
    "\n  query AuthzProject($id: ID!) {\n    project(id: $id) {\n      code\n      budget\n      actualCost\n      viewerCanManage\n      viewerCanGovern\n      portfolio { name budget }\n      manager { email costRate }\n      sponsor { email costRate }\n      members { projectRole user { email costRate } }\n      objectives { name }\n      alignments { score objective { name } }\n    }\n  }\n": typeof types.AuthzProjectDocument,
    "\n  query AuthzHiddenProject($id: ID!) { project(id: $id) { code } }\n": typeof types.AuthzHiddenProjectDocument,
    "\n  query AuthzNode(\n    $project: ID!, $hiddenProject: ID!, $portfolio: ID!, $user: ID!, $objective: ID!,\n    $membership: ID!, $hiddenMembership: ID!, $auditEvent: ID!\n  ) {\n    project: node(id: $project) { ... on Project { code budget actualCost } }\n    hiddenProject: node(id: $hiddenProject) { ... on Project { code } }\n    portfolio: node(id: $portfolio) { ... on Portfolio { name budget } }\n    user: node(id: $user) { ... on User { email costRate } }\n    objective: node(id: $objective) { ... on StrategicObjective { name } }\n    membership: node(id: $membership) { ... on ProjectMember { projectRole project { code } } }\n    hiddenMembership: node(id: $hiddenMembership) { ... on ProjectMember { projectRole } }\n    auditEvent: node(id: $auditEvent) { ... on AuditEvent { action } }\n  }\n": typeof types.AuthzNodeDocument,
    "\n  query AuthzNodes($ids: [ID!]!) {\n    nodes(ids: $ids) { __typename ... on Project { code budget } ... on Portfolio { name } }\n  }\n": typeof types.AuthzNodesDocument,
    "\n  query AuthzAuditTrail($id: ID!) {\n    project(id: $id) { code auditTrail(first: 10) { edges { node { action actor { email } } } } }\n  }\n": typeof types.AuthzAuditTrailDocument,
    "\n  query AuthzObjectives { objectives { edges { node { name weight portfolio { name } } } } }\n": typeof types.AuthzObjectivesDocument,
    "\n  query AuthzUserRelations($manager: ID!, $analyst: ID!) {\n    manager: node(id: $manager) { ... on User { managedProjects(first: 20) { edges { node { code } } } } }\n    analyst: node(id: $analyst) { ... on User { memberships { projectRole project { code } } } }\n  }\n": typeof types.AuthzUserRelationsDocument,
};
const documents: Documents = {
    "\n  query AuthzRoleFromDatabase { viewer { role costRate } projects(first: 50) { edges { node { code budget } } } }\n": types.AuthzRoleFromDatabaseDocument,
    "\n  mutation LifecycleTransition($input: TransitionProjectInput!) {\n    transitionProject(input: $input) {\n      __typename\n      ... on MutationTransitionProjectSuccess { data { status version allowedTransitions } }\n      ... on Error { message }\n      ... on InvalidTransitionError { from to allowed }\n      ... on ConflictError { currentVersion }\n      ... on NotFoundError { entityType }\n      ... on ValidationError { issues { path message } }\n    }\n  }\n": types.LifecycleTransitionDocument,
    "\n  query LifecycleProject($id: ID!) {\n    project(id: $id) {\n      status\n      version\n      allowedTransitions\n      auditTrail(first: 10) { edges { node { action actor { email } before after } } }\n    }\n  }\n": types.LifecycleProjectDocument,
    "\n  query LifecycleSeeded {\n    projects(first: 100, orderBy: [{ field: CODE }]) { edges { node { code status allowedTransitions } } }\n  }\n": types.LifecycleSeededDocument,
    "\n  fragment MutErrorFields on Error {\n    __typename\n    message\n    ... on ValidationError { issues { path message } }\n    ... on ConflictError { currentVersion }\n    ... on NotFoundError { entityType }\n  }\n": types.MutErrorFieldsFragmentDoc,
    "\n  mutation MutCreatePortfolio($input: CreatePortfolioInput!) {\n    createPortfolio(input: $input) {\n      __typename\n      ... on MutationCreatePortfolioSuccess { data { id name description budget version owner { email } } }\n      ...MutErrorFields\n    }\n  }\n": types.MutCreatePortfolioDocument,
    "\n  mutation MutUpdatePortfolio($input: UpdatePortfolioInput!) {\n    updatePortfolio(input: $input) {\n      __typename\n      ... on MutationUpdatePortfolioSuccess { data { id name description budget version owner { email } } }\n      ...MutErrorFields\n    }\n  }\n": types.MutUpdatePortfolioDocument,
    "\n  mutation MutCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      __typename\n      ... on MutationCreateProjectSuccess {\n        data {\n          id code name description status health budget actualCost startDate targetEndDate version\n          portfolio { name } manager { email } sponsor { email }\n        }\n      }\n      ...MutErrorFields\n    }\n  }\n": types.MutCreateProjectDocument,
    "\n  mutation MutUpdateProject($input: UpdateProjectInput!) {\n    updateProject(input: $input) {\n      __typename\n      ... on MutationUpdateProjectSuccess {\n        data {\n          id code name description status health budget actualCost startDate targetEndDate version\n          portfolio { name } manager { email } sponsor { email }\n        }\n      }\n      ...MutErrorFields\n    }\n  }\n": types.MutUpdateProjectDocument,
    "\n  mutation MutTransitionProject($input: TransitionProjectInput!) {\n    transitionProject(input: $input) {\n      __typename\n      ... on MutationTransitionProjectSuccess { data { id status version allowedTransitions } }\n      ...MutErrorFields\n    }\n  }\n": types.MutTransitionProjectDocument,
    "\n  mutation MutAddProjectMember($input: AddProjectMemberInput!) {\n    addProjectMember(input: $input) {\n      __typename\n      ... on MutationAddProjectMemberSuccess { data { id projectRole user { email } project { code } } }\n      ...MutErrorFields\n    }\n  }\n": types.MutAddProjectMemberDocument,
    "\n  mutation MutRemoveProjectMember($input: RemoveProjectMemberInput!) {\n    removeProjectMember(input: $input) {\n      __typename\n      ... on MutationRemoveProjectMemberSuccess { data { id code members { projectRole user { email } } } }\n      ...MutErrorFields\n    }\n  }\n": types.MutRemoveProjectMemberDocument,
    "\n  mutation MutCreateObjective($input: CreateObjectiveInput!) {\n    createObjective(input: $input) {\n      __typename\n      ... on MutationCreateObjectiveSuccess { data { id name description weight version portfolio { name } } }\n      ...MutErrorFields\n    }\n  }\n": types.MutCreateObjectiveDocument,
    "\n  mutation MutUpdateObjective($input: UpdateObjectiveInput!) {\n    updateObjective(input: $input) {\n      __typename\n      ... on MutationUpdateObjectiveSuccess { data { id name description weight version portfolio { name } } }\n      ...MutErrorFields\n    }\n  }\n": types.MutUpdateObjectiveDocument,
    "\n  mutation MutAlignProject($input: AlignProjectInput!) {\n    alignProject(input: $input) {\n      __typename\n      ... on MutationAlignProjectSuccess { data { id code alignments { score objective { name } } } }\n      ...MutErrorFields\n    }\n  }\n": types.MutAlignProjectDocument,
    "\n  query MutProjectAudit($id: ID!) {\n    project(id: $id) {\n      auditTrail(first: 1) { edges { node { action entityType entityId actor { email } before after } } }\n    }\n  }\n": types.MutProjectAuditDocument,
    "\n  query NestedPortfolios {\n    portfolios {\n      edges {\n        node {\n          name\n          budget\n          projects(first: 50) {\n            totalCount\n            edges {\n              node {\n                code\n                budget\n                manager { name }\n                members { user { name } }\n                objectives { name }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.NestedPortfoliosDocument,
    "\n  query ProjectsWithRelations {\n    projects(first: 100) {\n      edges {\n        node {\n          code\n          portfolio { name owner { name } }\n          sponsor { name }\n          alignments { score objective { name } }\n          members { projectRole user { name costRate } }\n          auditTrail(first: 3) { edges { node { action actor { name } } } }\n        }\n      }\n    }\n  }\n": types.ProjectsWithRelationsDocument,
    "\n  query OpsViewer {\n    viewer { id name role }\n  }\n": types.OpsViewerDocument,
    "\n  mutation OpsCreatePortfolio($input: CreatePortfolioInput!) {\n    createPortfolio(input: $input) {\n      __typename\n      ... on MutationCreatePortfolioSuccess { data { name } }\n    }\n  }\n": types.OpsCreatePortfolioDocument,
    "\n  query OpsPortfolios($search: String!) {\n    portfolios(filter: { search: $search }) { edges { node { name owner { email } } } }\n  }\n": types.OpsPortfoliosDocument,
    "\n  query SmokeViewer {\n    viewer { name role }\n  }\n": types.SmokeViewerDocument,
    "\n  mutation AuthzCreatePortfolio($input: CreatePortfolioInput!) {\n    createPortfolio(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on MutationCreatePortfolioSuccess { data { name budget owner { email } } }\n    }\n  }\n": types.AuthzCreatePortfolioDocument,
    "\n  mutation AuthzUpdatePortfolio($input: UpdatePortfolioInput!) {\n    updatePortfolio(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on MutationUpdatePortfolioSuccess { data { description budget version owner { email } } }\n    }\n  }\n": types.AuthzUpdatePortfolioDocument,
    "\n  mutation AuthzCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on MutationCreateProjectSuccess { data { code status manager { email } portfolio { name } } }\n    }\n  }\n": types.AuthzCreateProjectDocument,
    "\n  mutation AuthzUpdateProject($input: UpdateProjectInput!) {\n    updateProject(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on MutationUpdateProjectSuccess {\n        data { name health budget actualCost version manager { email } portfolio { name } }\n      }\n    }\n  }\n": types.AuthzUpdateProjectDocument,
    "\n  mutation AuthzTransitionProject($input: TransitionProjectInput!) {\n    transitionProject(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on MutationTransitionProjectSuccess { data { status version } }\n    }\n  }\n": types.AuthzTransitionProjectDocument,
    "\n  mutation AuthzAddProjectMember($input: AddProjectMemberInput!) {\n    addProjectMember(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on MutationAddProjectMemberSuccess { data { projectRole user { email } project { code } } }\n    }\n  }\n": types.AuthzAddProjectMemberDocument,
    "\n  mutation AuthzRemoveProjectMember($input: RemoveProjectMemberInput!) {\n    removeProjectMember(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on MutationRemoveProjectMemberSuccess { data { code members { user { email } } } }\n    }\n  }\n": types.AuthzRemoveProjectMemberDocument,
    "\n  mutation AuthzAlignProject($input: AlignProjectInput!) {\n    alignProject(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on MutationAlignProjectSuccess { data { code alignments { score objective { name } } } }\n    }\n  }\n": types.AuthzAlignProjectDocument,
    "\n  mutation AuthzCreateObjective($input: CreateObjectiveInput!) {\n    createObjective(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on MutationCreateObjectiveSuccess { data { name weight portfolio { name } } }\n    }\n  }\n": types.AuthzCreateObjectiveDocument,
    "\n  mutation AuthzUpdateObjective($input: UpdateObjectiveInput!) {\n    updateObjective(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on MutationUpdateObjectiveSuccess { data { weight version portfolio { name } } }\n    }\n  }\n": types.AuthzUpdateObjectiveDocument,
    "\n  query AuthzViewer { viewer { email role costRate } }\n": types.AuthzViewerDocument,
    "\n  query AuthzUsers { users(first: 20, orderBy: [{ field: NAME }]) { edges { node { email role costRate } } } }\n": types.AuthzUsersDocument,
    "\n  query AuthzPortfolios { portfolios { edges { node { name budget owner { email costRate } } } } }\n": types.AuthzPortfoliosDocument,
    "\n  query AuthzPortfolio($id: ID!) {\n    portfolio(id: $id) {\n      name\n      budget\n      objectives { name }\n      projects(first: 20) { totalCount edges { node { code budget actualCost } } }\n    }\n  }\n": types.AuthzPortfolioDocument,
    "\n  query AuthzProjects { projects(first: 50) { edges { node { code } } } }\n": types.AuthzProjectsDocument,
    "\n  query AuthzFilteredProjects {\n    projects(filter: { status: [ACTIVE] }, orderBy: [{ field: CODE, direction: DESC }]) {\n      edges { node { code budget actualCost } }\n    }\n  }\n": types.AuthzFilteredProjectsDocument,
    "\n  query AuthzProject($id: ID!) {\n    project(id: $id) {\n      code\n      budget\n      actualCost\n      viewerCanManage\n      viewerCanGovern\n      portfolio { name budget }\n      manager { email costRate }\n      sponsor { email costRate }\n      members { projectRole user { email costRate } }\n      objectives { name }\n      alignments { score objective { name } }\n    }\n  }\n": types.AuthzProjectDocument,
    "\n  query AuthzHiddenProject($id: ID!) { project(id: $id) { code } }\n": types.AuthzHiddenProjectDocument,
    "\n  query AuthzNode(\n    $project: ID!, $hiddenProject: ID!, $portfolio: ID!, $user: ID!, $objective: ID!,\n    $membership: ID!, $hiddenMembership: ID!, $auditEvent: ID!\n  ) {\n    project: node(id: $project) { ... on Project { code budget actualCost } }\n    hiddenProject: node(id: $hiddenProject) { ... on Project { code } }\n    portfolio: node(id: $portfolio) { ... on Portfolio { name budget } }\n    user: node(id: $user) { ... on User { email costRate } }\n    objective: node(id: $objective) { ... on StrategicObjective { name } }\n    membership: node(id: $membership) { ... on ProjectMember { projectRole project { code } } }\n    hiddenMembership: node(id: $hiddenMembership) { ... on ProjectMember { projectRole } }\n    auditEvent: node(id: $auditEvent) { ... on AuditEvent { action } }\n  }\n": types.AuthzNodeDocument,
    "\n  query AuthzNodes($ids: [ID!]!) {\n    nodes(ids: $ids) { __typename ... on Project { code budget } ... on Portfolio { name } }\n  }\n": types.AuthzNodesDocument,
    "\n  query AuthzAuditTrail($id: ID!) {\n    project(id: $id) { code auditTrail(first: 10) { edges { node { action actor { email } } } } }\n  }\n": types.AuthzAuditTrailDocument,
    "\n  query AuthzObjectives { objectives { edges { node { name weight portfolio { name } } } } }\n": types.AuthzObjectivesDocument,
    "\n  query AuthzUserRelations($manager: ID!, $analyst: ID!) {\n    manager: node(id: $manager) { ... on User { managedProjects(first: 20) { edges { node { code } } } } }\n    analyst: node(id: $analyst) { ... on User { memberships { projectRole project { code } } } }\n  }\n": types.AuthzUserRelationsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthzRoleFromDatabase { viewer { role costRate } projects(first: 50) { edges { node { code budget } } } }\n"): (typeof documents)["\n  query AuthzRoleFromDatabase { viewer { role costRate } projects(first: 50) { edges { node { code budget } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LifecycleTransition($input: TransitionProjectInput!) {\n    transitionProject(input: $input) {\n      __typename\n      ... on MutationTransitionProjectSuccess { data { status version allowedTransitions } }\n      ... on Error { message }\n      ... on InvalidTransitionError { from to allowed }\n      ... on ConflictError { currentVersion }\n      ... on NotFoundError { entityType }\n      ... on ValidationError { issues { path message } }\n    }\n  }\n"): (typeof documents)["\n  mutation LifecycleTransition($input: TransitionProjectInput!) {\n    transitionProject(input: $input) {\n      __typename\n      ... on MutationTransitionProjectSuccess { data { status version allowedTransitions } }\n      ... on Error { message }\n      ... on InvalidTransitionError { from to allowed }\n      ... on ConflictError { currentVersion }\n      ... on NotFoundError { entityType }\n      ... on ValidationError { issues { path message } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LifecycleProject($id: ID!) {\n    project(id: $id) {\n      status\n      version\n      allowedTransitions\n      auditTrail(first: 10) { edges { node { action actor { email } before after } } }\n    }\n  }\n"): (typeof documents)["\n  query LifecycleProject($id: ID!) {\n    project(id: $id) {\n      status\n      version\n      allowedTransitions\n      auditTrail(first: 10) { edges { node { action actor { email } before after } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LifecycleSeeded {\n    projects(first: 100, orderBy: [{ field: CODE }]) { edges { node { code status allowedTransitions } } }\n  }\n"): (typeof documents)["\n  query LifecycleSeeded {\n    projects(first: 100, orderBy: [{ field: CODE }]) { edges { node { code status allowedTransitions } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MutErrorFields on Error {\n    __typename\n    message\n    ... on ValidationError { issues { path message } }\n    ... on ConflictError { currentVersion }\n    ... on NotFoundError { entityType }\n  }\n"): (typeof documents)["\n  fragment MutErrorFields on Error {\n    __typename\n    message\n    ... on ValidationError { issues { path message } }\n    ... on ConflictError { currentVersion }\n    ... on NotFoundError { entityType }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutCreatePortfolio($input: CreatePortfolioInput!) {\n    createPortfolio(input: $input) {\n      __typename\n      ... on MutationCreatePortfolioSuccess { data { id name description budget version owner { email } } }\n      ...MutErrorFields\n    }\n  }\n"): (typeof documents)["\n  mutation MutCreatePortfolio($input: CreatePortfolioInput!) {\n    createPortfolio(input: $input) {\n      __typename\n      ... on MutationCreatePortfolioSuccess { data { id name description budget version owner { email } } }\n      ...MutErrorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutUpdatePortfolio($input: UpdatePortfolioInput!) {\n    updatePortfolio(input: $input) {\n      __typename\n      ... on MutationUpdatePortfolioSuccess { data { id name description budget version owner { email } } }\n      ...MutErrorFields\n    }\n  }\n"): (typeof documents)["\n  mutation MutUpdatePortfolio($input: UpdatePortfolioInput!) {\n    updatePortfolio(input: $input) {\n      __typename\n      ... on MutationUpdatePortfolioSuccess { data { id name description budget version owner { email } } }\n      ...MutErrorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      __typename\n      ... on MutationCreateProjectSuccess {\n        data {\n          id code name description status health budget actualCost startDate targetEndDate version\n          portfolio { name } manager { email } sponsor { email }\n        }\n      }\n      ...MutErrorFields\n    }\n  }\n"): (typeof documents)["\n  mutation MutCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      __typename\n      ... on MutationCreateProjectSuccess {\n        data {\n          id code name description status health budget actualCost startDate targetEndDate version\n          portfolio { name } manager { email } sponsor { email }\n        }\n      }\n      ...MutErrorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutUpdateProject($input: UpdateProjectInput!) {\n    updateProject(input: $input) {\n      __typename\n      ... on MutationUpdateProjectSuccess {\n        data {\n          id code name description status health budget actualCost startDate targetEndDate version\n          portfolio { name } manager { email } sponsor { email }\n        }\n      }\n      ...MutErrorFields\n    }\n  }\n"): (typeof documents)["\n  mutation MutUpdateProject($input: UpdateProjectInput!) {\n    updateProject(input: $input) {\n      __typename\n      ... on MutationUpdateProjectSuccess {\n        data {\n          id code name description status health budget actualCost startDate targetEndDate version\n          portfolio { name } manager { email } sponsor { email }\n        }\n      }\n      ...MutErrorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutTransitionProject($input: TransitionProjectInput!) {\n    transitionProject(input: $input) {\n      __typename\n      ... on MutationTransitionProjectSuccess { data { id status version allowedTransitions } }\n      ...MutErrorFields\n    }\n  }\n"): (typeof documents)["\n  mutation MutTransitionProject($input: TransitionProjectInput!) {\n    transitionProject(input: $input) {\n      __typename\n      ... on MutationTransitionProjectSuccess { data { id status version allowedTransitions } }\n      ...MutErrorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutAddProjectMember($input: AddProjectMemberInput!) {\n    addProjectMember(input: $input) {\n      __typename\n      ... on MutationAddProjectMemberSuccess { data { id projectRole user { email } project { code } } }\n      ...MutErrorFields\n    }\n  }\n"): (typeof documents)["\n  mutation MutAddProjectMember($input: AddProjectMemberInput!) {\n    addProjectMember(input: $input) {\n      __typename\n      ... on MutationAddProjectMemberSuccess { data { id projectRole user { email } project { code } } }\n      ...MutErrorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutRemoveProjectMember($input: RemoveProjectMemberInput!) {\n    removeProjectMember(input: $input) {\n      __typename\n      ... on MutationRemoveProjectMemberSuccess { data { id code members { projectRole user { email } } } }\n      ...MutErrorFields\n    }\n  }\n"): (typeof documents)["\n  mutation MutRemoveProjectMember($input: RemoveProjectMemberInput!) {\n    removeProjectMember(input: $input) {\n      __typename\n      ... on MutationRemoveProjectMemberSuccess { data { id code members { projectRole user { email } } } }\n      ...MutErrorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutCreateObjective($input: CreateObjectiveInput!) {\n    createObjective(input: $input) {\n      __typename\n      ... on MutationCreateObjectiveSuccess { data { id name description weight version portfolio { name } } }\n      ...MutErrorFields\n    }\n  }\n"): (typeof documents)["\n  mutation MutCreateObjective($input: CreateObjectiveInput!) {\n    createObjective(input: $input) {\n      __typename\n      ... on MutationCreateObjectiveSuccess { data { id name description weight version portfolio { name } } }\n      ...MutErrorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutUpdateObjective($input: UpdateObjectiveInput!) {\n    updateObjective(input: $input) {\n      __typename\n      ... on MutationUpdateObjectiveSuccess { data { id name description weight version portfolio { name } } }\n      ...MutErrorFields\n    }\n  }\n"): (typeof documents)["\n  mutation MutUpdateObjective($input: UpdateObjectiveInput!) {\n    updateObjective(input: $input) {\n      __typename\n      ... on MutationUpdateObjectiveSuccess { data { id name description weight version portfolio { name } } }\n      ...MutErrorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutAlignProject($input: AlignProjectInput!) {\n    alignProject(input: $input) {\n      __typename\n      ... on MutationAlignProjectSuccess { data { id code alignments { score objective { name } } } }\n      ...MutErrorFields\n    }\n  }\n"): (typeof documents)["\n  mutation MutAlignProject($input: AlignProjectInput!) {\n    alignProject(input: $input) {\n      __typename\n      ... on MutationAlignProjectSuccess { data { id code alignments { score objective { name } } } }\n      ...MutErrorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MutProjectAudit($id: ID!) {\n    project(id: $id) {\n      auditTrail(first: 1) { edges { node { action entityType entityId actor { email } before after } } }\n    }\n  }\n"): (typeof documents)["\n  query MutProjectAudit($id: ID!) {\n    project(id: $id) {\n      auditTrail(first: 1) { edges { node { action entityType entityId actor { email } before after } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NestedPortfolios {\n    portfolios {\n      edges {\n        node {\n          name\n          budget\n          projects(first: 50) {\n            totalCount\n            edges {\n              node {\n                code\n                budget\n                manager { name }\n                members { user { name } }\n                objectives { name }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NestedPortfolios {\n    portfolios {\n      edges {\n        node {\n          name\n          budget\n          projects(first: 50) {\n            totalCount\n            edges {\n              node {\n                code\n                budget\n                manager { name }\n                members { user { name } }\n                objectives { name }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectsWithRelations {\n    projects(first: 100) {\n      edges {\n        node {\n          code\n          portfolio { name owner { name } }\n          sponsor { name }\n          alignments { score objective { name } }\n          members { projectRole user { name costRate } }\n          auditTrail(first: 3) { edges { node { action actor { name } } } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProjectsWithRelations {\n    projects(first: 100) {\n      edges {\n        node {\n          code\n          portfolio { name owner { name } }\n          sponsor { name }\n          alignments { score objective { name } }\n          members { projectRole user { name costRate } }\n          auditTrail(first: 3) { edges { node { action actor { name } } } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpsViewer {\n    viewer { id name role }\n  }\n"): (typeof documents)["\n  query OpsViewer {\n    viewer { id name role }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpsCreatePortfolio($input: CreatePortfolioInput!) {\n    createPortfolio(input: $input) {\n      __typename\n      ... on MutationCreatePortfolioSuccess { data { name } }\n    }\n  }\n"): (typeof documents)["\n  mutation OpsCreatePortfolio($input: CreatePortfolioInput!) {\n    createPortfolio(input: $input) {\n      __typename\n      ... on MutationCreatePortfolioSuccess { data { name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpsPortfolios($search: String!) {\n    portfolios(filter: { search: $search }) { edges { node { name owner { email } } } }\n  }\n"): (typeof documents)["\n  query OpsPortfolios($search: String!) {\n    portfolios(filter: { search: $search }) { edges { node { name owner { email } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SmokeViewer {\n    viewer { name role }\n  }\n"): (typeof documents)["\n  query SmokeViewer {\n    viewer { name role }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzCreatePortfolio($input: CreatePortfolioInput!) {\n    createPortfolio(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on MutationCreatePortfolioSuccess { data { name budget owner { email } } }\n    }\n  }\n"): (typeof documents)["\n  mutation AuthzCreatePortfolio($input: CreatePortfolioInput!) {\n    createPortfolio(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on MutationCreatePortfolioSuccess { data { name budget owner { email } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzUpdatePortfolio($input: UpdatePortfolioInput!) {\n    updatePortfolio(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on MutationUpdatePortfolioSuccess { data { description budget version owner { email } } }\n    }\n  }\n"): (typeof documents)["\n  mutation AuthzUpdatePortfolio($input: UpdatePortfolioInput!) {\n    updatePortfolio(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on MutationUpdatePortfolioSuccess { data { description budget version owner { email } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on MutationCreateProjectSuccess { data { code status manager { email } portfolio { name } } }\n    }\n  }\n"): (typeof documents)["\n  mutation AuthzCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on MutationCreateProjectSuccess { data { code status manager { email } portfolio { name } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzUpdateProject($input: UpdateProjectInput!) {\n    updateProject(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on MutationUpdateProjectSuccess {\n        data { name health budget actualCost version manager { email } portfolio { name } }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AuthzUpdateProject($input: UpdateProjectInput!) {\n    updateProject(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on MutationUpdateProjectSuccess {\n        data { name health budget actualCost version manager { email } portfolio { name } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzTransitionProject($input: TransitionProjectInput!) {\n    transitionProject(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on MutationTransitionProjectSuccess { data { status version } }\n    }\n  }\n"): (typeof documents)["\n  mutation AuthzTransitionProject($input: TransitionProjectInput!) {\n    transitionProject(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on MutationTransitionProjectSuccess { data { status version } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzAddProjectMember($input: AddProjectMemberInput!) {\n    addProjectMember(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on MutationAddProjectMemberSuccess { data { projectRole user { email } project { code } } }\n    }\n  }\n"): (typeof documents)["\n  mutation AuthzAddProjectMember($input: AddProjectMemberInput!) {\n    addProjectMember(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on MutationAddProjectMemberSuccess { data { projectRole user { email } project { code } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzRemoveProjectMember($input: RemoveProjectMemberInput!) {\n    removeProjectMember(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on MutationRemoveProjectMemberSuccess { data { code members { user { email } } } }\n    }\n  }\n"): (typeof documents)["\n  mutation AuthzRemoveProjectMember($input: RemoveProjectMemberInput!) {\n    removeProjectMember(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on MutationRemoveProjectMemberSuccess { data { code members { user { email } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzAlignProject($input: AlignProjectInput!) {\n    alignProject(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on MutationAlignProjectSuccess { data { code alignments { score objective { name } } } }\n    }\n  }\n"): (typeof documents)["\n  mutation AuthzAlignProject($input: AlignProjectInput!) {\n    alignProject(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on MutationAlignProjectSuccess { data { code alignments { score objective { name } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzCreateObjective($input: CreateObjectiveInput!) {\n    createObjective(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on MutationCreateObjectiveSuccess { data { name weight portfolio { name } } }\n    }\n  }\n"): (typeof documents)["\n  mutation AuthzCreateObjective($input: CreateObjectiveInput!) {\n    createObjective(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on MutationCreateObjectiveSuccess { data { name weight portfolio { name } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzUpdateObjective($input: UpdateObjectiveInput!) {\n    updateObjective(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on MutationUpdateObjectiveSuccess { data { weight version portfolio { name } } }\n    }\n  }\n"): (typeof documents)["\n  mutation AuthzUpdateObjective($input: UpdateObjectiveInput!) {\n    updateObjective(input: $input) {\n      __typename\n      ... on Error { message }\n      ... on MutationUpdateObjectiveSuccess { data { weight version portfolio { name } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthzViewer { viewer { email role costRate } }\n"): (typeof documents)["\n  query AuthzViewer { viewer { email role costRate } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthzUsers { users(first: 20, orderBy: [{ field: NAME }]) { edges { node { email role costRate } } } }\n"): (typeof documents)["\n  query AuthzUsers { users(first: 20, orderBy: [{ field: NAME }]) { edges { node { email role costRate } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthzPortfolios { portfolios { edges { node { name budget owner { email costRate } } } } }\n"): (typeof documents)["\n  query AuthzPortfolios { portfolios { edges { node { name budget owner { email costRate } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthzPortfolio($id: ID!) {\n    portfolio(id: $id) {\n      name\n      budget\n      objectives { name }\n      projects(first: 20) { totalCount edges { node { code budget actualCost } } }\n    }\n  }\n"): (typeof documents)["\n  query AuthzPortfolio($id: ID!) {\n    portfolio(id: $id) {\n      name\n      budget\n      objectives { name }\n      projects(first: 20) { totalCount edges { node { code budget actualCost } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthzProjects { projects(first: 50) { edges { node { code } } } }\n"): (typeof documents)["\n  query AuthzProjects { projects(first: 50) { edges { node { code } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthzFilteredProjects {\n    projects(filter: { status: [ACTIVE] }, orderBy: [{ field: CODE, direction: DESC }]) {\n      edges { node { code budget actualCost } }\n    }\n  }\n"): (typeof documents)["\n  query AuthzFilteredProjects {\n    projects(filter: { status: [ACTIVE] }, orderBy: [{ field: CODE, direction: DESC }]) {\n      edges { node { code budget actualCost } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthzProject($id: ID!) {\n    project(id: $id) {\n      code\n      budget\n      actualCost\n      viewerCanManage\n      viewerCanGovern\n      portfolio { name budget }\n      manager { email costRate }\n      sponsor { email costRate }\n      members { projectRole user { email costRate } }\n      objectives { name }\n      alignments { score objective { name } }\n    }\n  }\n"): (typeof documents)["\n  query AuthzProject($id: ID!) {\n    project(id: $id) {\n      code\n      budget\n      actualCost\n      viewerCanManage\n      viewerCanGovern\n      portfolio { name budget }\n      manager { email costRate }\n      sponsor { email costRate }\n      members { projectRole user { email costRate } }\n      objectives { name }\n      alignments { score objective { name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthzHiddenProject($id: ID!) { project(id: $id) { code } }\n"): (typeof documents)["\n  query AuthzHiddenProject($id: ID!) { project(id: $id) { code } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthzNode(\n    $project: ID!, $hiddenProject: ID!, $portfolio: ID!, $user: ID!, $objective: ID!,\n    $membership: ID!, $hiddenMembership: ID!, $auditEvent: ID!\n  ) {\n    project: node(id: $project) { ... on Project { code budget actualCost } }\n    hiddenProject: node(id: $hiddenProject) { ... on Project { code } }\n    portfolio: node(id: $portfolio) { ... on Portfolio { name budget } }\n    user: node(id: $user) { ... on User { email costRate } }\n    objective: node(id: $objective) { ... on StrategicObjective { name } }\n    membership: node(id: $membership) { ... on ProjectMember { projectRole project { code } } }\n    hiddenMembership: node(id: $hiddenMembership) { ... on ProjectMember { projectRole } }\n    auditEvent: node(id: $auditEvent) { ... on AuditEvent { action } }\n  }\n"): (typeof documents)["\n  query AuthzNode(\n    $project: ID!, $hiddenProject: ID!, $portfolio: ID!, $user: ID!, $objective: ID!,\n    $membership: ID!, $hiddenMembership: ID!, $auditEvent: ID!\n  ) {\n    project: node(id: $project) { ... on Project { code budget actualCost } }\n    hiddenProject: node(id: $hiddenProject) { ... on Project { code } }\n    portfolio: node(id: $portfolio) { ... on Portfolio { name budget } }\n    user: node(id: $user) { ... on User { email costRate } }\n    objective: node(id: $objective) { ... on StrategicObjective { name } }\n    membership: node(id: $membership) { ... on ProjectMember { projectRole project { code } } }\n    hiddenMembership: node(id: $hiddenMembership) { ... on ProjectMember { projectRole } }\n    auditEvent: node(id: $auditEvent) { ... on AuditEvent { action } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthzNodes($ids: [ID!]!) {\n    nodes(ids: $ids) { __typename ... on Project { code budget } ... on Portfolio { name } }\n  }\n"): (typeof documents)["\n  query AuthzNodes($ids: [ID!]!) {\n    nodes(ids: $ids) { __typename ... on Project { code budget } ... on Portfolio { name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthzAuditTrail($id: ID!) {\n    project(id: $id) { code auditTrail(first: 10) { edges { node { action actor { email } } } } }\n  }\n"): (typeof documents)["\n  query AuthzAuditTrail($id: ID!) {\n    project(id: $id) { code auditTrail(first: 10) { edges { node { action actor { email } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthzObjectives { objectives { edges { node { name weight portfolio { name } } } } }\n"): (typeof documents)["\n  query AuthzObjectives { objectives { edges { node { name weight portfolio { name } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthzUserRelations($manager: ID!, $analyst: ID!) {\n    manager: node(id: $manager) { ... on User { managedProjects(first: 20) { edges { node { code } } } } }\n    analyst: node(id: $analyst) { ... on User { memberships { projectRole project { code } } } }\n  }\n"): (typeof documents)["\n  query AuthzUserRelations($manager: ID!, $analyst: ID!) {\n    manager: node(id: $manager) { ... on User { managedProjects(first: 20) { edges { node { code } } } } }\n    analyst: node(id: $analyst) { ... on User { memberships { projectRole project { code } } } }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;