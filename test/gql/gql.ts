/* eslint-disable */
import * as types from './graphql';
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
    "\n  query SmokeViewer {\n    viewer { name role }\n  }\n": typeof types.SmokeViewerDocument,
};
const documents: Documents = {
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
    "\n  query SmokeViewer {\n    viewer { name role }\n  }\n": types.SmokeViewerDocument,
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
export function graphql(source: "\n  query SmokeViewer {\n    viewer { name role }\n  }\n"): (typeof documents)["\n  query SmokeViewer {\n    viewer { name role }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;