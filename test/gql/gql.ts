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
    "\n  query ApolloProjects($first: Int!, $after: String, $filter: ProjectFilter) {\n    projects(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges { cursor node { id code } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.ApolloProjectsDocument,
    "\n  query ApolloPortfolioProjects($id: ID!, $first: Int!, $after: String) {\n    node(id: $id) {\n      id\n      ... on Portfolio { projects(first: $first, after: $after) { totalCount edges { cursor node { id code } } pageInfo { hasNextPage endCursor } } }\n    }\n  }\n": typeof types.ApolloPortfolioProjectsDocument,
    "\n  query ApolloUsers($first: Int!, $after: String) {\n    users(first: $first, after: $after) { totalCount edges { cursor node { id name } } pageInfo { hasNextPage endCursor } }\n  }\n": typeof types.ApolloUsersDocument,
    "\n  mutation ApolloCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      __typename\n      ... on MutationCreateProjectSuccess { data { id code } }\n      ... on Error { message }\n    }\n  }\n": typeof types.ApolloCreateProjectDocument,
    "\n  query ApolloProjectNode($id: ID!) {\n    node(id: $id) { __typename ... on Node { id } ... on Project { code } }\n  }\n": typeof types.ApolloProjectNodeDocument,
    "\n  query RelatedPortfolioProjects($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {\n    node(id: $id) {\n      ... on Portfolio {\n        projects(filter: { status: [ACTIVE] }, orderBy: [{ field: CODE }], first: $first, after: $after, last: $last, before: $before) {\n          totalCount\n          edges { cursor node { code } }\n        }\n      }\n    }\n  }\n": typeof types.RelatedPortfolioProjectsDocument,
    "\n  query RelatedManagedProjects($id: ID!, $portfolioId: ID!, $first: Int, $after: String) {\n    node(id: $id) {\n      ... on User {\n        managedProjects(filter: { status: [ACTIVE], portfolioId: $portfolioId }, orderBy: [{ field: CODE }], first: $first, after: $after) {\n          edges { cursor node { code } }\n        }\n      }\n    }\n  }\n": typeof types.RelatedManagedProjectsDocument,
    "\n  query RelatedProjectRisks($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {\n    project(id: $id) {\n      risks(filter: { status: [IDENTIFIED] }, first: $first, after: $after, last: $last, before: $before) {\n        totalCount\n        edges { cursor node { title } }\n      }\n    }\n  }\n": typeof types.RelatedProjectRisksDocument,
    "\n  query FilteredProjects($portfolioId: ID!, $first: Int, $after: String, $last: Int, $before: String) {\n    projects(filter: { status: [ACTIVE], portfolioId: $portfolioId }, orderBy: [{ field: CODE }], first: $first, after: $after, last: $last, before: $before) {\n      edges { cursor node { code } }\n    }\n  }\n": typeof types.FilteredProjectsDocument,
    "\n  query FilteredRisks($projectId: ID!, $first: Int, $after: String) {\n    risks(filter: { projectId: $projectId, status: [IDENTIFIED] }, first: $first, after: $after) {\n      totalCount\n      edges { cursor node { title } }\n    }\n  }\n": typeof types.FilteredRisksDocument,
    "\n  query NestedPortfolios {\n    portfolios {\n      edges {\n        node {\n          name\n          budget\n          projects(first: 50) {\n            totalCount\n            edges {\n              node {\n                code\n                budget\n                manager { name }\n                members { user { name } }\n                objectives { name }\n                risks(filter: { status: [IDENTIFIED, ASSESSED] }, first: 2) { totalCount edges { node { title } } }\n                riskAlerts(acknowledged: false, first: 2) { totalCount edges { node { severity } } }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.NestedPortfoliosDocument,
    "\n  query ProjectsWithRelations {\n    projects(first: 100) {\n      edges {\n        node {\n          code\n          portfolio { name owner { name } }\n          sponsor { name }\n          alignments { score objective { name } }\n          members { projectRole user { name costRate } }\n          auditTrail(first: 3) { edges { node { action actor { name } } } }\n        }\n      }\n    }\n  }\n": typeof types.ProjectsWithRelationsDocument,
    "\n  query AuthzRoleFromDatabase { viewer { role costRate } projects(first: 50) { edges { node { code budget } } } }\n": typeof types.AuthzRoleFromDatabaseDocument,
    "\n  mutation AuthzCreatePortfolioScenario($input: CreatePortfolioScenarioInput!) {\n    createPortfolioScenario(input: $input) { __typename ... on Error { message } ... on MutationCreatePortfolioScenarioSuccess { data { id name status version selected { project { code } } } } }\n  }\n": typeof types.AuthzCreatePortfolioScenarioDocument,
    "\n  mutation AuthzUpdatePortfolioScenario($input: UpdatePortfolioScenarioInput!) {\n    updatePortfolioScenario(input: $input) { __typename ... on Error { message } ... on MutationUpdatePortfolioScenarioSuccess { data { name status version } } }\n  }\n": typeof types.AuthzUpdatePortfolioScenarioDocument,
    "\n  mutation AuthzCommitScenario($input: CommitScenarioInput!) {\n    commitScenario(input: $input) { __typename ... on Error { message } ... on MutationCommitScenarioSuccess { data { status version } } }\n  }\n": typeof types.AuthzCommitScenarioDocument,
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
    "\n  mutation AuthzCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) { __typename ... on Error { message } ... on MutationCreateUserSuccess { data { email role } } }\n  }\n": typeof types.AuthzCreateUserDocument,
    "\n  mutation AuthzUpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) { __typename ... on Error { message } ... on MutationUpdateUserSuccess { data { weeklyCapacityHours version } } }\n  }\n": typeof types.AuthzUpdateUserDocument,
    "\n  mutation AuthzDeactivateUser($input: DeactivateUserInput!) {\n    deactivateUser(input: $input) { __typename ... on Error { message } ... on MutationDeactivateUserSuccess { data { active version } } }\n  }\n": typeof types.AuthzDeactivateUserDocument,
    "\n  mutation AuthzCreateAbsence($input: CreateAbsenceInput!) {\n    createAbsence(input: $input) { __typename ... on Error { message } ... on MutationCreateAbsenceSuccess { data { kind user { email } } } }\n  }\n": typeof types.AuthzCreateAbsenceDocument,
    "\n  mutation AuthzUpdateOrganisationCalendar($input: UpdateOrganisationCalendarInput!) {\n    updateOrganisationCalendar(input: $input) { __typename ... on Error { message } ... on MutationUpdateOrganisationCalendarSuccess { data { holidays } } }\n  }\n": typeof types.AuthzUpdateOrganisationCalendarDocument,
    "\n  mutation AuthzCreateSkill($input: CreateSkillInput!) {\n    createSkill(input: $input) { __typename ... on Error { message } ... on MutationCreateSkillSuccess { data { key } } }\n  }\n": typeof types.AuthzCreateSkillDocument,
    "\n  mutation AuthzSetUserSkill($input: SetUserSkillInput!) {\n    setUserSkill(input: $input) { __typename ... on Error { message } ... on MutationSetUserSkillSuccess { data { level source } } }\n  }\n": typeof types.AuthzSetUserSkillDocument,
    "\n  mutation AuthzCreateAllocation($input: CreateAllocationInput!) {\n    createAllocation(input: $input) { __typename ... on Error { message } ... on MutationCreateAllocationSuccess { data { kind hoursPerWeek user { email } } } }\n  }\n": typeof types.AuthzCreateAllocationDocument,
    "\n  mutation AuthzAllocateFromSchedule($input: AllocateFromScheduleInput!) {\n    allocateFromSchedule(input: $input) { __typename ... on Error { message } ... on MutationAllocateFromScheduleSuccess { data { allocations { user { email } } } } }\n  }\n": typeof types.AuthzAllocateFromScheduleDocument,
    "\n  mutation AuthzConfirmAllocation($input: ConfirmAllocationInput!) {\n    confirmAllocation(input: $input) { __typename ... on Error { message } ... on MutationConfirmAllocationSuccess { data { kind } } }\n  }\n": typeof types.AuthzConfirmAllocationDocument,
    "\n  mutation AuthzDeclineAllocation($input: DeclineAllocationInput!) {\n    declineAllocation(input: $input) { __typename ... on Error { message } ... on MutationDeclineAllocationSuccess { data { declined } } }\n  }\n": typeof types.AuthzDeclineAllocationDocument,
    "\n  mutation AuthzCreateResourceDemand($input: CreateResourceDemandInput!) {\n    createResourceDemand(input: $input) { __typename ... on Error { message } ... on MutationCreateResourceDemandSuccess { data { projectRole status } } }\n  }\n": typeof types.AuthzCreateResourceDemandDocument,
    "\n  mutation AuthzUpdateResourceSettings($input: UpdateResourceSettingsInput!) {\n    updateResourceSettings(input: $input) { __typename ... on Error { message } ... on MutationUpdateResourceSettingsSuccess { data { overallocationTolerance } } }\n  }\n": typeof types.AuthzUpdateResourceSettingsDocument,
    "\n  mutation AuthzLevelResources($input: LevelResourcesInput!) {\n    levelResources(input: $input) { __typename ... on Error { message } ... on MutationLevelResourcesSuccess { data { applied moves { task { key } shiftDays } } } }\n  }\n": typeof types.AuthzLevelResourcesDocument,
    "\n  mutation AuthzCreateScoringModel($input: CreateScoringModelInput!) {\n    createScoringModel(input: $input) { __typename ... on Error { message } ... on MutationCreateScoringModelSuccess { data { version criteria { key } } } }\n  }\n": typeof types.AuthzCreateScoringModelDocument,
    "\n  mutation AuthzUpdateScoringModel($input: UpdateScoringModelInput!) {\n    updateScoringModel(input: $input) { __typename ... on Error { message } ... on MutationUpdateScoringModelSuccess { data { version name } } }\n  }\n": typeof types.AuthzUpdateScoringModelDocument,
    "\n  mutation AuthzScoreProject($input: ScoreProjectInput!) {\n    scoreProject(input: $input) { __typename ... on Error { message } ... on MutationScoreProjectSuccess { data { status scores { criterionKey value } } } }\n  }\n": typeof types.AuthzScoreProjectDocument,
    "\n  mutation AuthzAddProjectDependency($input: AddProjectDependencyInput!) {\n    addProjectDependency(input: $input) { __typename ... on Error { message } ... on MutationAddProjectDependencySuccess { data { reason } } }\n  }\n": typeof types.AuthzAddProjectDependencyDocument,
    "\n  mutation AuthzRemoveProjectDependency($input: RemoveProjectDependencyInput!) {\n    removeProjectDependency(input: $input) { __typename ... on Error { message } ... on MutationRemoveProjectDependencySuccess { data { project { needs { id } } } } }\n  }\n": typeof types.AuthzRemoveProjectDependencyDocument,
    "\n  mutation AuthzCreatePolicy($input: CreatePolicyInput!) {\n    createPolicy(input: $input) { __typename ... on Error { message } ... on MutationCreatePolicySuccess { data { key version enabled } } }\n  }\n": typeof types.AuthzCreatePolicyDocument,
    "\n  mutation AuthzUpdatePolicy($input: UpdatePolicyInput!) {\n    updatePolicy(input: $input) { __typename ... on Error { message } ... on MutationUpdatePolicySuccess { data { name version } } }\n  }\n": typeof types.AuthzUpdatePolicyDocument,
    "\n  mutation AuthzSetPolicyEnabled($input: SetPolicyEnabledInput!) {\n    setPolicyEnabled(input: $input) { __typename ... on Error { message } ... on MutationSetPolicyEnabledSuccess { data { enabled version } } }\n  }\n": typeof types.AuthzSetPolicyEnabledDocument,
    "\n  fragment AuthzChangeRequest on ChangeRequest { status version title budgetDelta raisedBy { email } approvals { role decision } }\n": typeof types.AuthzChangeRequestFragmentDoc,
    "\n  mutation AuthzCreateChangeRequest($input: CreateChangeRequestInput!) {\n    createChangeRequest(input: $input) { __typename ... on Error { message } ... on MutationCreateChangeRequestSuccess { data { ...AuthzChangeRequest } } }\n  }\n": typeof types.AuthzCreateChangeRequestDocument,
    "\n  mutation AuthzUpdateChangeRequest($input: UpdateChangeRequestInput!) {\n    updateChangeRequest(input: $input) { __typename ... on Error { message } ... on MutationUpdateChangeRequestSuccess { data { ...AuthzChangeRequest } } }\n  }\n": typeof types.AuthzUpdateChangeRequestDocument,
    "\n  mutation AuthzSubmitChangeRequest($input: ChangeRequestActionInput!) {\n    submitChangeRequest(input: $input) { __typename ... on Error { message } ... on MutationSubmitChangeRequestSuccess { data { ...AuthzChangeRequest } } }\n  }\n": typeof types.AuthzSubmitChangeRequestDocument,
    "\n  mutation AuthzApproveChangeRequest($input: ChangeRequestActionInput!) {\n    approveChangeRequest(input: $input) { __typename ... on Error { message } ... on MutationApproveChangeRequestSuccess { data { ...AuthzChangeRequest project { budget } } } }\n  }\n": typeof types.AuthzApproveChangeRequestDocument,
    "\n  mutation AuthzRejectChangeRequest($input: RejectChangeRequestInput!) {\n    rejectChangeRequest(input: $input) { __typename ... on Error { message } ... on MutationRejectChangeRequestSuccess { data { ...AuthzChangeRequest } } }\n  }\n": typeof types.AuthzRejectChangeRequestDocument,
    "\n  mutation AuthzWithdrawChangeRequest($input: ChangeRequestActionInput!) {\n    withdrawChangeRequest(input: $input) { __typename ... on Error { message } ... on MutationWithdrawChangeRequestSuccess { data { ...AuthzChangeRequest } } }\n  }\n": typeof types.AuthzWithdrawChangeRequestDocument,
    "\n  mutation AuthzUpdateChangeControlSettings($input: UpdateChangeControlSettingsInput!) {\n    updateChangeControlSettings(input: $input) { __typename ... on Error { message } ... on MutationUpdateChangeControlSettingsSuccess { data { pmoApprovalAboveBudgetDelta version } } }\n  }\n": typeof types.AuthzUpdateChangeControlSettingsDocument,
    "\n  mutation AuthzRecordDecision($input: RecordDecisionInput!) {\n    recordDecision(input: $input) { __typename ... on Error { message } ... on MutationRecordDecisionSuccess { data { title project { code } portfolio { name } changeRequests { title } } } }\n  }\n": typeof types.AuthzRecordDecisionDocument,
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
    "\n  query AuthzCapacityHeatmap($input: CapacityHeatmapInput!) {\n    capacityHeatmap(input: $input) { rows { user { email } cells { periodStart capacityHours hardHours softHours utilisation overAllocated } } }\n  }\n": typeof types.AuthzCapacityHeatmapDocument,
    "\n  query AuthzSkillGaps($input: SkillGapsInput!) { skillGaps(input: $input) { skill { key } gapHours } }\n": typeof types.AuthzSkillGapsDocument,
    "\n  query AuthzDemoDemand($id: ID!) { node(id: $id) { ... on Project { resourceDemands(first: 10) { edges { node { id skill { key } } } } } } }\n": typeof types.AuthzDemoDemandDocument,
    "\n  query AuthzCandidates($id: ID!) { candidatesForDemand(demandId: $id, first: 10) { user { email } costRate evidence { minLevel } } }\n": typeof types.AuthzCandidatesDocument,
    "\n  query AuthzChangeControlSettings { changeControlSettings { pmoApprovalAboveBudgetDelta version } }\n": typeof types.AuthzChangeControlSettingsDocument,
    "\n  query AuthzChangeControl($project: ID!, $hidden: ID!, $portfolio: ID!) {\n    project: node(id: $project) { ... on Project { code changeRequests(filter: { status: [SUBMITTED] }) { totalCount edges { node { title budgetDelta } } } decisions { totalCount } } }\n    hidden: node(id: $hidden) { ... on Project { code changeRequests { totalCount } decisions { totalCount } } }\n    portfolio: node(id: $portfolio) { ... on Portfolio { name decisions { totalCount edges { node { title } } } } }\n  }\n": typeof types.AuthzChangeControlDocument,
    "\n  query AuthzResourceSettings { resourceSettings { overallocationTolerance } }\n": typeof types.AuthzResourceSettingsDocument,
    "\n  query AuthzScoringModels { scoringModels { key version method } }\n": typeof types.AuthzScoringModelsDocument,
    "\n  query AuthzRanking($id: ID!) { portfolio(id: $id) { ranking(modelKey: \"wsjf\") { rank score complete project { code } } } }\n": typeof types.AuthzRankingDocument,
    "\n  query AuthzOptimize($id: ID!) {\n    optimizePortfolio(input: { portfolioId: $id, modelKey: \"wsjf\" }) { __typename ... on QueryOptimizePortfolioSuccess { data { optimal objective candidates { project { code } } } } }\n  }\n": typeof types.AuthzOptimizeDocument,
    "\n  query AuthzFrontier($id: ID!) {\n    efficientFrontier(input: { portfolioId: $id, modelKey: \"wsjf\", points: 2 }) { __typename ... on QueryEfficientFrontierSuccess { data { feasible } } }\n  }\n": typeof types.AuthzFrontierDocument,
    "\n  query AuthzCompareScenarios($ids: [ID!]!) {\n    compareScenarios(ids: $ids) { __typename ... on QueryCompareScenariosSuccess { data { scenarios { name objective selected { project { code } } } differing { project { code } } common { project { code } } } } }\n  }\n": typeof types.AuthzCompareScenariosDocument,
    "\n  query AuthzPortfolioScenarios($id: ID!) { portfolio(id: $id) { scenarios(first: 10) { totalCount edges { node { name status totalCost } } } } }\n": typeof types.AuthzPortfolioScenariosDocument,
    "\n  query AuthzScenarioNode($id: ID!) { node(id: $id) { ... on PortfolioScenario { name result } } }\n": typeof types.AuthzScenarioNodeDocument,
    "\n  query AuthzDeriveWeights { deriveWeights(input: { criteria: [\"a\", \"b\"], comparisons: [{ more: \"a\", than: \"b\", value: 3 }] }) { weights { criterionKey weight } consistent } }\n": typeof types.AuthzDeriveWeightsDocument,
    "\n  query AuthzAuditLog($project: ID!) { auditEvents(first: 5, filter: { projectId: $project }) { totalCount edges { node { action actor { email } } } } }\n": typeof types.AuthzAuditLogDocument,
    "\n  query AuthzAuditLogCsv($project: ID!) { auditEventsCsv(filter: { projectId: $project }) }\n": typeof types.AuthzAuditLogCsvDocument,
    "\n  query AuthzPolicies { policies(first: 5) { totalCount edges { node { key } } } }\n": typeof types.AuthzPoliciesDocument,
    "\n  query AuthzDryRunPolicy($input: DryRunPolicyInput!) {\n    dryRunPolicy(input: $input) {\n      __typename\n      ... on QueryDryRunPolicySuccess { data { evaluated failing { project { code } evidence } blockedTransitions { kind } } }\n    }\n  }\n": typeof types.AuthzDryRunPolicyDocument,
    "\n  query AuthzTrainingCatalogue {\n    certificationTypes(first: 20) { totalCount edges { node { key issuer requiredPdus } } }\n    certificationType(key: \"pmp\") { name validityMonths minEducationPdus minPdusPerCategory projectManagement }\n    trainingSettings { expiryWindowDays version }\n  }\n": typeof types.AuthzTrainingCatalogueDocument,
    "\n  query AuthzExpiringCertifications { expiringCertifications(first: 20) { totalCount edges { node { type { key } user { email } expiring } } } }\n": typeof types.AuthzExpiringCertificationsDocument,
    "\n  query AuthzPersonCertifications($id: ID!) {\n    person: node(id: $id) { ... on User { email certifications { type { key } earnedOn verified renewal { required met } } } }\n  }\n": typeof types.AuthzPersonCertificationsDocument,
    "\n  query AuthzCourses {\n    courses(first: 20) { totalCount edges { node { key format pdus } } }\n    course(key: \"pmo-rotation\") { title pdusGivingBack skills { skill { key } level } }\n  }\n": typeof types.AuthzCoursesDocument,
    "\n  query AuthzPersonEnrollments($id: ID!) { person: node(id: $id) { ... on User { email enrollments { status course { key } } } } }\n": typeof types.AuthzPersonEnrollmentsDocument,
    "\n  query AuthzMentoring($id: ID!) {\n    person: node(id: $id) {\n      ... on User { mentoringAsMentee { mentor { email } status viewerReadsNotes focusSkills { key } sessions { minutes notes } } mentoringAsMentor { mentee { email } } }\n    }\n  }\n": typeof types.AuthzMentoringDocument,
    "\n  query AuthzDevelopment($id: ID!) {\n    person: node(id: $id) {\n      ... on User {\n        development {\n          plan { summary }\n          enrollments { status }\n          certifications { type { key } expiring }\n          mentoringAsMentee { mentor { email } }\n        }\n      }\n    }\n  }\n": typeof types.AuthzDevelopmentDocument,
    "\n  query AuthzTrainingSummary {\n    trainingSummary { certifications { type { key } active expiring } enrollments { status count } activeMentoring developmentPlans }\n  }\n": typeof types.AuthzTrainingSummaryDocument,
    "\n  mutation AuthzCreateCertificationType($input: CreateCertificationTypeInput!) {\n    createCertificationType(input: $input) { __typename ... on Error { message } ... on MutationCreateCertificationTypeSuccess { data { key version } } }\n  }\n": typeof types.AuthzCreateCertificationTypeDocument,
    "\n  mutation AuthzUpdateCertificationType($input: UpdateCertificationTypeInput!) {\n    updateCertificationType(input: $input) { __typename ... on Error { message } ... on MutationUpdateCertificationTypeSuccess { data { name version } } }\n  }\n": typeof types.AuthzUpdateCertificationTypeDocument,
    "\n  mutation AuthzRecordCertification($input: RecordCertificationInput!) {\n    recordCertification(input: $input) { __typename ... on Error { message } ... on MutationRecordCertificationSuccess { data { credentialId user { email } } } }\n  }\n": typeof types.AuthzRecordCertificationDocument,
    "\n  mutation AuthzVerifyCertification($input: VerifyCertificationInput!) {\n    verifyCertification(input: $input) { __typename ... on Error { message } ... on MutationVerifyCertificationSuccess { data { verified version } } }\n  }\n": typeof types.AuthzVerifyCertificationDocument,
    "\n  mutation AuthzDeleteCertification($input: DeleteCertificationInput!) {\n    deleteCertification(input: $input) { __typename ... on Error { message } ... on MutationDeleteCertificationSuccess { data { user { email } } } }\n  }\n": typeof types.AuthzDeleteCertificationDocument,
    "\n  mutation AuthzUpdateTrainingSettings($input: UpdateTrainingSettingsInput!) {\n    updateTrainingSettings(input: $input) { __typename ... on Error { message } ... on MutationUpdateTrainingSettingsSuccess { data { expiryWindowDays version } } }\n  }\n": typeof types.AuthzUpdateTrainingSettingsDocument,
    "\n  mutation AuthzCreateCourse($input: CreateCourseInput!) {\n    createCourse(input: $input) { __typename ... on Error { message } ... on MutationCreateCourseSuccess { data { key version } } }\n  }\n": typeof types.AuthzCreateCourseDocument,
    "\n  mutation AuthzUpdateCourse($input: UpdateCourseInput!) {\n    updateCourse(input: $input) { __typename ... on Error { message } ... on MutationUpdateCourseSuccess { data { hours version } } }\n  }\n": typeof types.AuthzUpdateCourseDocument,
    "\n  mutation AuthzRequestEnrollment($input: RequestEnrollmentInput!) {\n    requestEnrollment(input: $input) { __typename ... on Error { message } ... on MutationRequestEnrollmentSuccess { data { status user { email } } } }\n  }\n": typeof types.AuthzRequestEnrollmentDocument,
    "\n  mutation AuthzApproveEnrollment($input: ApproveEnrollmentInput!) {\n    approveEnrollment(input: $input) { __typename ... on Error { message } ... on MutationApproveEnrollmentSuccess { data { status version } } }\n  }\n": typeof types.AuthzApproveEnrollmentDocument,
    "\n  mutation AuthzStartEnrollment($input: StartEnrollmentInput!) {\n    startEnrollment(input: $input) { __typename ... on Error { message } ... on MutationStartEnrollmentSuccess { data { status version } } }\n  }\n": typeof types.AuthzStartEnrollmentDocument,
    "\n  mutation AuthzCompleteEnrollment($input: CompleteEnrollmentInput!) {\n    completeEnrollment(input: $input) { __typename ... on Error { message } ... on MutationCompleteEnrollmentSuccess { data { status version } } }\n  }\n": typeof types.AuthzCompleteEnrollmentDocument,
    "\n  mutation AuthzDropEnrollment($input: DropEnrollmentInput!) {\n    dropEnrollment(input: $input) { __typename ... on Error { message } ... on MutationDropEnrollmentSuccess { data { status version } } }\n  }\n": typeof types.AuthzDropEnrollmentDocument,
    "\n  mutation AuthzProposeMentoring($input: ProposeMentoringInput!) {\n    proposeMentoring(input: $input) { __typename ... on Error { message } ... on MutationProposeMentoringSuccess { data { status mentee { email } } } }\n  }\n": typeof types.AuthzProposeMentoringDocument,
    "\n  mutation AuthzAcceptMentoring($input: AcceptMentoringInput!) {\n    acceptMentoring(input: $input) { __typename ... on Error { message } ... on MutationAcceptMentoringSuccess { data { status version } } }\n  }\n": typeof types.AuthzAcceptMentoringDocument,
    "\n  mutation AuthzEndMentoring($input: EndMentoringInput!) {\n    endMentoring(input: $input) { __typename ... on Error { message } ... on MutationEndMentoringSuccess { data { status version } } }\n  }\n": typeof types.AuthzEndMentoringDocument,
    "\n  mutation AuthzRecordMentoringSession($input: RecordMentoringSessionInput!) {\n    recordMentoringSession(input: $input) { __typename ... on Error { message } ... on MutationRecordMentoringSessionSuccess { data { sessions { minutes } } } }\n  }\n": typeof types.AuthzRecordMentoringSessionDocument,
    "\n  mutation AuthzSetDevelopmentPlan($input: SetDevelopmentPlanInput!) {\n    setDevelopmentPlan(input: $input) { __typename ... on Error { message } ... on MutationSetDevelopmentPlanSuccess { data { summary version } } }\n  }\n": typeof types.AuthzSetDevelopmentPlanDocument,
    "\n  query AuditLog($filter: AuditEventFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    auditEvents(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      edges { node { action entityType entityId actor { email } } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query AuditLogCsv($filter: AuditEventFilter, $first: Int) { auditEventsCsv(filter: $filter, first: $first) }\n": typeof types.AuditLogCsvDocument,
    "\n  fragment ChangeRequestFields on ChangeRequest {\n    id version status kind title budgetDelta finishDeltaDays scopeDelta decisionReason\n    raisedBy { email }\n    approvers { role decision }\n    approvals { role decision comment approver { email } }\n  }\n": typeof types.ChangeRequestFieldsFragmentDoc,
    "\n  fragment ChangeRequestErrors on Error {\n    ... on ChangeRequestStatusError { status allowedFrom }\n  }\n": typeof types.ChangeRequestErrorsFragmentDoc,
    "\n  mutation ChangeRequestCreate($input: CreateChangeRequestInput!) {\n    createChangeRequest(input: $input) { __typename ... on MutationCreateChangeRequestSuccess { data { ...ChangeRequestFields } } ...ErrorFields }\n  }\n": typeof types.ChangeRequestCreateDocument,
    "\n  mutation ChangeRequestUpdate($input: UpdateChangeRequestInput!) {\n    updateChangeRequest(input: $input) { __typename ... on MutationUpdateChangeRequestSuccess { data { ...ChangeRequestFields } } ...ErrorFields ...ChangeRequestErrors }\n  }\n": typeof types.ChangeRequestUpdateDocument,
    "\n  mutation ChangeRequestSubmit($input: ChangeRequestActionInput!) {\n    submitChangeRequest(input: $input) { __typename ... on MutationSubmitChangeRequestSuccess { data { ...ChangeRequestFields } } ...ErrorFields ...ChangeRequestErrors }\n  }\n": typeof types.ChangeRequestSubmitDocument,
    "\n  mutation ChangeRequestApprove($input: ChangeRequestActionInput!) {\n    approveChangeRequest(input: $input) { __typename ... on MutationApproveChangeRequestSuccess { data { ...ChangeRequestFields } } ...ErrorFields ...ChangeRequestErrors }\n  }\n": typeof types.ChangeRequestApproveDocument,
    "\n  mutation ChangeRequestReject($input: RejectChangeRequestInput!) {\n    rejectChangeRequest(input: $input) { __typename ... on MutationRejectChangeRequestSuccess { data { ...ChangeRequestFields } } ...ErrorFields ...ChangeRequestErrors }\n  }\n": typeof types.ChangeRequestRejectDocument,
    "\n  mutation ChangeRequestWithdraw($input: ChangeRequestActionInput!) {\n    withdrawChangeRequest(input: $input) { __typename ... on MutationWithdrawChangeRequestSuccess { data { ...ChangeRequestFields } } ...ErrorFields ...ChangeRequestErrors }\n  }\n": typeof types.ChangeRequestWithdrawDocument,
    "\n  mutation ChangeControlSettingsUpdate($input: UpdateChangeControlSettingsInput!) {\n    updateChangeControlSettings(input: $input) { __typename ... on MutationUpdateChangeControlSettingsSuccess { data { pmoApprovalAboveBudgetDelta version } } ...ErrorFields }\n  }\n": typeof types.ChangeControlSettingsUpdateDocument,
    "query ChangeControlSettingsRead { changeControlSettings { pmoApprovalAboveBudgetDelta version } }": typeof types.ChangeControlSettingsReadDocument,
    "\n  mutation ChangeControlEditProject($input: UpdateProjectInput!) {\n    updateProject(input: $input) {\n      __typename\n      ... on MutationUpdateProjectSuccess { data { version budget targetEndDate scopePoints name } }\n      ... on ChangeControlRequiredError { fields }\n      ...ErrorFields\n    }\n  }\n": typeof types.ChangeControlEditProjectDocument,
    "\n  query ChangeControlProject($id: ID!, $status: [ChangeRequestStatus!]) {\n    node(id: $id) {\n      ... on Project {\n        version budget targetEndDate scopePoints\n        changeRequests(filter: { status: $status }) { totalCount edges { node { title status budgetDelta finishDeltaDays } } }\n        decisions { totalCount edges { node { title decidedBy { email } changeRequests { title } } } }\n      }\n    }\n  }\n": typeof types.ChangeControlProjectDocument,
    "\n      query ChangeRequestsListed($id: ID!) {\n        node(id: $id) { ... on Portfolio { projects(first: 50) { edges { node { code\n          changeRequests(first: 5, filter: { status: [DRAFT, SUBMITTED] }) { totalCount edges { node { title budgetDelta raisedBy { email } approvers { role decision } approvals { role approver { email } } } } }\n        } } } } }\n      }\n    ": typeof types.ChangeRequestsListedDocument,
    "\n  mutation DecisionRecord($input: RecordDecisionInput!) {\n    recordDecision(input: $input) {\n      __typename\n      ... on MutationRecordDecisionSuccess { data { id title rationale decidedAt decidedBy { email } project { code } portfolio { name } changeRequests { title } phases { key } } }\n      ...ErrorFields\n    }\n  }\n": typeof types.DecisionRecordDocument,
    "\n  mutation DecisionRaiseRequest($input: CreateChangeRequestInput!) {\n    createChangeRequest(input: $input) { __typename ... on MutationCreateChangeRequestSuccess { data { id } } ...ErrorFields }\n  }\n": typeof types.DecisionRaiseRequestDocument,
    "\n  mutation DecisionScenario($input: CreatePortfolioScenarioInput!) {\n    createPortfolioScenario(input: $input) { __typename ... on MutationCreatePortfolioScenarioSuccess { data { id } } ...ErrorFields }\n  }\n": typeof types.DecisionScenarioDocument,
    "\n  query DecisionScenarioLinks($id: ID!) { node(id: $id) { ... on Portfolio { decisions(first: 1) { edges { node { title scenarios { id name } } } } } } }\n": typeof types.DecisionScenarioLinksDocument,
    "query DecisionPhases($id: ID!) { node(id: $id) { ... on Project { phases { id key } } } }": typeof types.DecisionPhasesDocument,
    "\n  query DecisionProjectLog($id: ID!, $first: Int) { node(id: $id) { ... on Project { decisions(first: $first) { totalCount pageInfo { hasNextPage } edges { node { title decidedAt changeRequests { title } phases { key } } } } } } }\n": typeof types.DecisionProjectLogDocument,
    "\n  query DecisionPortfolioLog($id: ID!) { node(id: $id) { ... on Portfolio { decisions { totalCount edges { node { title rationale decidedBy { email } project { code } } } } } } }\n": typeof types.DecisionPortfolioLogDocument,
    "\n      query DecisionsListed($id: ID!) {\n        node(id: $id) { ... on Portfolio { decisions(first: 5) { totalCount edges { node { title changeRequests { title } } } }\n          projects(first: 50) { edges { node { code decisions(first: 5) { totalCount edges { node { title decidedBy { email } changeRequests { title } phases { key } } } } } } } } }\n      }\n    ": typeof types.DecisionsListedDocument,
    "\n  fragment PolicyFields on Policy {\n    id key name description version enabled mode severity message check\n    scope { portfolios { id } statuses methodologyKeys minBudget }\n  }\n": typeof types.PolicyFieldsFragmentDoc,
    "\n  mutation PolicyCreate($input: CreatePolicyInput!) {\n    createPolicy(input: $input) { __typename ... on MutationCreatePolicySuccess { data { ...PolicyFields } } ...ErrorFields }\n  }\n": typeof types.PolicyCreateDocument,
    "\n  mutation PolicyUpdate($input: UpdatePolicyInput!) {\n    updatePolicy(input: $input) { __typename ... on MutationUpdatePolicySuccess { data { ...PolicyFields } } ...ErrorFields }\n  }\n": typeof types.PolicyUpdateDocument,
    "\n  mutation PolicySetEnabled($input: SetPolicyEnabledInput!) {\n    setPolicyEnabled(input: $input) { __typename ... on MutationSetPolicyEnabledSuccess { data { id enabled version } } ...ErrorFields }\n  }\n": typeof types.PolicySetEnabledDocument,
    "\n  query PolicyDryRun($input: DryRunPolicyInput!) {\n    dryRunPolicy(input: $input) {\n      __typename\n      ... on QueryDryRunPolicySuccess {\n        data { evaluated failing { project { code } evidence waived } blockedTransitions { project { code } kind from to } }\n      }\n      ...ErrorFields\n    }\n  }\n": typeof types.PolicyDryRunDocument,
    "\n  query PolicyList($first: Int) { policies(first: $first) { totalCount edges { node { key version scope { portfolios { name } } createdBy { email } } } } }\n": typeof types.PolicyListDocument,
    "\n  query PolicyResults($id: ID!) {\n    project(id: $id) {\n      code\n      complianceResults { ruleKey source passed waived severity message evidence methodologyKey policyVersion policy { key } }\n      compliance { failing blocking }\n    }\n  }\n": typeof types.PolicyResultsDocument,
    "\n  mutation PolicyTransition($input: TransitionProjectInput!) {\n    transitionProject(input: $input) {\n      __typename\n      ... on MutationTransitionProjectSuccess { data { status } }\n      ... on PolicyViolationError { message failingPolicies { policyKey severity message evidence policy { key } } }\n      ...ErrorFields\n    }\n  }\n": typeof types.PolicyTransitionDocument,
    "\n  mutation PolicyAdvance($input: AdvancePhaseInput!) {\n    advancePhase(input: $input) {\n      __typename\n      ... on MutationAdvancePhaseSuccess { data { currentPhase { key } } }\n      ... on PolicyViolationError { message failingPolicies { policyKey evidence } }\n      ...ErrorFields\n    }\n  }\n": typeof types.PolicyAdvanceDocument,
    "\n  mutation PolicyWaive($input: WaiveRuleInput!) {\n    waiveRule(input: $input) { __typename ... on MutationWaiveRuleSuccess { data { id ruleKey active } } ...ErrorFields }\n  }\n": typeof types.PolicyWaiveDocument,
    "\n  query OpsViewer {\n    viewer { id name role }\n  }\n": typeof types.OpsViewerDocument,
    "\n  mutation OpsCreatePortfolio($input: CreatePortfolioInput!) {\n    createPortfolio(input: $input) {\n      __typename\n      ... on MutationCreatePortfolioSuccess { data { name } }\n    }\n  }\n": typeof types.OpsCreatePortfolioDocument,
    "\n  query OpsPortfolios($search: String!) {\n    portfolios(filter: { search: $search }) { edges { node { name owner { email } } } }\n  }\n": typeof types.OpsPortfoliosDocument,
    "\n  query PersistedViewer { viewer { email role } }\n": typeof types.PersistedViewerDocument,
    "\n  query PersistedProjects($first: Int!) { projects(first: $first) { totalCount edges { node { id code } } } }\n": typeof types.PersistedProjectsDocument,
    "\n      query PersistedByGet { viewer { email } }\n    ": typeof types.PersistedByGetDocument,
    "\n  query ProtectionProjectsPage($first: Int, $last: Int) {\n    projects(first: $first, last: $last) { edges { node { code } } }\n  }\n": typeof types.ProtectionProjectsPageDocument,
    "\n  query SmokeViewer {\n    viewer { name role }\n  }\n": typeof types.SmokeViewerDocument,
    "\n  query CompliancePortfolios {\n    portfolios(first: 10) {\n      edges {\n        node {\n          id\n          compliance { failing blocking projectsEvaluated projectsBlocked bySeverity { severity passed failing waived } }\n          projects(first: 40) {\n            edges { node { id compliance { failing blocking projectsEvaluated projectsBlocked bySeverity { severity passed failing waived } } } }\n          }\n        }\n      }\n    }\n  }\n": typeof types.CompliancePortfoliosDocument,
    "\n  query CompliancePages($first: Int!) {\n    portfolios(first: $first) { edges { node { compliance { failing projectsEvaluated } } } }\n    projects(first: $first) { edges { node { compliance { failing projectsEvaluated } } } }\n  }\n": typeof types.CompliancePagesDocument,
    "\n  mutation DelivUpdatePayload($input: UpdateDeliverableInput!) {\n    updateDeliverable(input: $input) {\n      __typename\n      ... on MutationUpdateDeliverableSuccess { data { id missingFields template { key } } }\n    }\n  }\n": typeof types.DelivUpdatePayloadDocument,
    "\n  query DelivNode($id: ID!) {\n    node(id: $id) { id ... on Deliverable { key } }\n  }\n": typeof types.DelivNodeDocument,
    "\n  mutation GateAdvancePayload($input: AdvancePhaseInput!) {\n    advancePhase(input: $input) {\n      __typename\n      ... on MutationAdvancePhaseSuccess { data { id currentPhase { key } } }\n    }\n  }\n": typeof types.GateAdvancePayloadDocument,
    "\n  query InstalledManifest($key: String!) {\n    methodology(key: $key) { key manifest }\n  }\n": typeof types.InstalledManifestDocument,
    "\n  query MethRegistry($filter: MethodologyFilter) {\n    methodologies(first: 100, filter: $filter) {\n      edges {\n        node {\n          key version name description enabled builtIn extends lineage\n          projectFields { key type label required default options }\n          phases { key name deliverables gate { rules } }\n          templates { key name submitRoles approveRoles fields { key type required } }\n          rules { key kind severity appliesTo { phases statuses } check message }\n          riskTriggers { key severity when message }\n        }\n      }\n    }\n  }\n": typeof types.MethRegistryDocument,
    "\n  query MethOne($key: String!, $version: String) {\n    methodology(key: $key, version: $version) { id key version enabled }\n  }\n": typeof types.MethOneDocument,
    "\n  query MethValidate($manifest: JSON!) {\n    validateMethodology(manifest: $manifest) { valid problems { path message } }\n  }\n": typeof types.MethValidateDocument,
    "\n  query MethProjectFacts($id: ID!) {\n    project(id: $id) { facts }\n  }\n": typeof types.MethProjectFactsDocument,
    "\n  mutation MethAddMember($input: AddProjectMemberInput!) {\n    addProjectMember(input: $input) { __typename ... on MutationAddProjectMemberSuccess { data { id } } ...ErrorFields }\n  }\n": typeof types.MethAddMemberDocument,
    "\n  mutation MethRemoveMember($input: RemoveProjectMemberInput!) {\n    removeProjectMember(input: $input) { __typename ... on MutationRemoveProjectMemberSuccess { data { id } } ...ErrorFields }\n  }\n": typeof types.MethRemoveMemberDocument,
    "\n  mutation MethAlign($input: AlignProjectInput!) {\n    alignProject(input: $input) { __typename ... on MutationAlignProjectSuccess { data { id } } ...ErrorFields }\n  }\n": typeof types.MethAlignDocument,
    "\n  query MethPortfolioCompliance($id: ID!) {\n    portfolio(id: $id) {\n      compliance { failing blocking projectsEvaluated projectsBlocked bySeverity { severity passed failing failed waived } }\n    }\n  }\n": typeof types.MethPortfolioComplianceDocument,
    "\n  query MethNPlusOne($portfolioId: ID!) {\n    projects(first: 50, filter: { portfolioId: $portfolioId }) {\n      edges {\n        node {\n          facts\n          compliance { failing }\n          complianceResults { ruleKey }\n          currentPhase { key }\n          deliverables { key }\n          fields { key value }\n        }\n      }\n    }\n  }\n": typeof types.MethNPlusOneDocument,
    "\n  mutation MethUpdateProjectPayload($input: UpdateProjectInput!) {\n    updateProject(input: $input) {\n      __typename\n      ... on MutationUpdateProjectSuccess { data { id fields { key value } currentPhase { key } } }\n    }\n  }\n": typeof types.MethUpdateProjectPayloadDocument,
    "\n  mutation MethAddMemberTypename($input: AddProjectMemberInput!) {\n    addProjectMember(input: $input) { __typename }\n  }\n": typeof types.MethAddMemberTypenameDocument,
    "\n  mutation MethUpdateProjectTypename($input: UpdateProjectInput!) {\n    updateProject(input: $input) { __typename }\n  }\n": typeof types.MethUpdateProjectTypenameDocument,
    "\n  mutation MethCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      __typename\n      ... on MutationCreateProjectSuccess { data { id code version status methodology { key version } } }\n      ...ErrorFields\n    }\n  }\n": typeof types.MethCreateProjectDocument,
    "\n  mutation MethUpdateProject($input: UpdateProjectInput!) {\n    updateProject(input: $input) {\n      __typename\n      ... on MutationUpdateProjectSuccess { data { id version percentComplete scopePoints } }\n      ...ErrorFields\n    }\n  }\n": typeof types.MethUpdateProjectDocument,
    "\n  mutation MethTransitionProject($input: TransitionProjectInput!) {\n    transitionProject(input: $input) {\n      __typename\n      ... on MutationTransitionProjectSuccess { data { id status version } }\n      ...ErrorFields\n    }\n  }\n": typeof types.MethTransitionProjectDocument,
    "\n  mutation MethRejectDeliverable($input: DeliverableActionInput!) {\n    rejectDeliverable(input: $input) {\n      __typename\n      ... on MutationRejectDeliverableSuccess { data { id status version decidedAt decisionNote } }\n      ...ErrorFields\n    }\n  }\n": typeof types.MethRejectDeliverableDocument,
    "\n  mutation MethAdvancePhase($input: AdvancePhaseInput!) {\n    advancePhase(input: $input) {\n      __typename\n      ... on MutationAdvancePhaseSuccess { data { id version phases { key status } } }\n      ...ErrorFields\n    }\n  }\n": typeof types.MethAdvancePhaseDocument,
    "\n  mutation MethWaiveRule($input: WaiveRuleInput!) {\n    waiveRule(input: $input) {\n      __typename\n      ... on MutationWaiveRuleSuccess { data { id ruleKey reason expiresAt active revokedAt } }\n      ...ErrorFields\n    }\n  }\n": typeof types.MethWaiveRuleDocument,
    "\n  mutation MethRevokeWaiver($input: RevokeWaiverInput!) {\n    revokeWaiver(input: $input) {\n      __typename\n      ... on MutationRevokeWaiverSuccess { data { id ruleKey active revokedAt } }\n      ...ErrorFields\n    }\n  }\n": typeof types.MethRevokeWaiverDocument,
    "\n  mutation MethEvaluateCompliance($input: EvaluateComplianceInput!) {\n    evaluateCompliance(input: $input) {\n      __typename\n      ... on MutationEvaluateComplianceSuccess { data { id complianceResults { ruleKey passed waived evidence } } }\n      ...ErrorFields\n    }\n  }\n": typeof types.MethEvaluateComplianceDocument,
    "\n  mutation MethSetEnabled($input: SetMethodologyEnabledInput!) {\n    setMethodologyEnabled(input: $input) {\n      __typename\n      ... on MutationSetMethodologyEnabledSuccess { data { key version enabled } }\n      ...ErrorFields\n    }\n  }\n": typeof types.MethSetEnabledDocument,
    "\n  query TallyPortfolioCompliances {\n    portfolios(first: 100) {\n      edges { node { id compliance { failing blocking projectsEvaluated projectsBlocked bySeverity { severity passed failing waived } } } }\n    }\n  }\n": typeof types.TallyPortfolioCompliancesDocument,
    "\n  query BudgetValidate($manifest: JSON!) {\n    validateMethodology(manifest: $manifest) { valid problems { path message } }\n  }\n": typeof types.BudgetValidateDocument,
    "\n  query BudgetCompliance($id: ID!) {\n    project(id: $id) { complianceResults { ruleKey passed evidence error { code message } } }\n  }\n": typeof types.BudgetComplianceDocument,
    "\n  query BudgetProjectFacts($id: ID!) {\n    project(id: $id) { facts }\n  }\n": typeof types.BudgetProjectFactsDocument,
    "\n  mutation DependencyAdd($input: AddProjectDependencyInput!) {\n    addProjectDependency(input: $input) { __typename ... on MutationAddProjectDependencySuccess { data { id reason project { code } needsProject { code } addedBy { email } } } ...ErrorFields }\n  }\n": typeof types.DependencyAddDocument,
    "\n  mutation DependencyRemove($input: RemoveProjectDependencyInput!) {\n    removeProjectDependency(input: $input) { __typename ... on MutationRemoveProjectDependencySuccess { data { removedProjectDependencyId project { code needs { id } } } } ...ErrorFields }\n  }\n": typeof types.DependencyRemoveDocument,
    "\n  query DependencyLinks($id: ID!) { node(id: $id) { ... on Project { needs { needsProject { code } } neededBy { project { code } } } } }\n": typeof types.DependencyLinksDocument,
    "\n  mutation MutCreatePortfolio($input: CreatePortfolioInput!) {\n    createPortfolio(input: $input) {\n      __typename\n      ... on MutationCreatePortfolioSuccess { data { id name description budget version owner { email } } }\n      ...ErrorFields\n    }\n  }\n": typeof types.MutCreatePortfolioDocument,
    "\n  mutation MutUpdatePortfolio($input: UpdatePortfolioInput!) {\n    updatePortfolio(input: $input) {\n      __typename\n      ... on MutationUpdatePortfolioSuccess { data { id name description budget version owner { email } } }\n      ...ErrorFields\n    }\n  }\n": typeof types.MutUpdatePortfolioDocument,
    "\n  mutation MutCreateObjective($input: CreateObjectiveInput!) {\n    createObjective(input: $input) {\n      __typename\n      ... on MutationCreateObjectiveSuccess { data { id name description weight version portfolio { name } } }\n      ...ErrorFields\n    }\n  }\n": typeof types.MutCreateObjectiveDocument,
    "\n  mutation MutUpdateObjective($input: UpdateObjectiveInput!) {\n    updateObjective(input: $input) {\n      __typename\n      ... on MutationUpdateObjectiveSuccess { data { id name description weight version portfolio { name } } }\n      ...ErrorFields\n    }\n  }\n": typeof types.MutUpdateObjectiveDocument,
    "\n  query OptimisationOptimize($input: OptimizePortfolioInput!) {\n    optimizePortfolio(input: $input) {\n      __typename\n      ... on QueryOptimizePortfolioSuccess {\n        data {\n          status optimal objective totalCost solveMillis gap gainOverGreedy capacitySource notes\n          selected { project { code } }\n          stopped { project { code } }\n          binding { constraint used limit }\n          constraints { constraint kind used limit binding slack }\n          greedy { objective selected { project { code } } }\n          costByYear { year used limit }\n          capacity { skillKey quarter used limit }\n          candidates { project { code } score scoreComplete costSource selected costByYear { year amount } }\n        }\n      }\n      ... on InfeasibleError { message issues { constraint kind used limit message projects { code } } }\n      ... on ValidationError { issues { path message } }\n      ... on Error { message }\n    }\n  }\n": typeof types.OptimisationOptimizeDocument,
    "\n  query OptimisationFrontier($input: EfficientFrontierInput!) {\n    efficientFrontier(input: $input) {\n      __typename\n      ... on QueryEfficientFrontierSuccess { data { budget objective optimal totalCost feasible selected { project { code } } } }\n      ... on ValidationError { issues { path message } }\n      ... on Error { message }\n    }\n  }\n": typeof types.OptimisationFrontierDocument,
    "\n  mutation OptimisationScore($input: ScoreProjectInput!) { scoreProject(input: $input) { __typename ... on Error { message } } }\n": typeof types.OptimisationScoreDocument,
    "\n  mutation OptimisationAddDependency($input: AddProjectDependencyInput!) {\n    addProjectDependency(input: $input) { __typename ... on MutationAddProjectDependencySuccess { data { id } } ... on Error { message } }\n  }\n": typeof types.OptimisationAddDependencyDocument,
    "\n  mutation OptimisationRemoveDependency($input: RemoveProjectDependencyInput!) { removeProjectDependency(input: $input) { __typename ... on Error { message } } }\n": typeof types.OptimisationRemoveDependencyDocument,
    "\n  mutation OptimisationCreateSkill($input: CreateSkillInput!) { createSkill(input: $input) { __typename ... on Error { message } } }\n": typeof types.OptimisationCreateSkillDocument,
    "\n  mutation OptimisationSetUserSkill($input: SetUserSkillInput!) { setUserSkill(input: $input) { __typename ... on Error { message } } }\n": typeof types.OptimisationSetUserSkillDocument,
    "\n  mutation OptimisationCreateDemand($input: CreateResourceDemandInput!) { createResourceDemand(input: $input) { __typename ... on Error { message } } }\n": typeof types.OptimisationCreateDemandDocument,
    "\n  query OptimisationCounted($input: OptimizePortfolioInput!) {\n    optimizePortfolio(input: $input) {\n      __typename\n      ... on QueryOptimizePortfolioSuccess { data { objective selected { project { code } } greedy { selected { project { code } } } candidates { project { code } costSource costByYear { year amount } } capacity { skillKey used limit } constraints { constraint } } }\n    }\n  }\n": typeof types.OptimisationCountedDocument,
    "\n  query OptimisationCountedFrontier($input: EfficientFrontierInput!) {\n    efficientFrontier(input: $input) { __typename ... on QueryEfficientFrontierSuccess { data { budget objective selected { project { code } } } } }\n  }\n": typeof types.OptimisationCountedFrontierDocument,
    "\n  query OptimisationCountedScenarios($id: ID!, $ids: [ID!]!) {\n    portfolio(id: $id) { scenarios(first: 50) { totalCount edges { node { name objective selected { project { code } } costByYear { year used } } } } }\n    compareScenarios(ids: $ids) { ... on QueryCompareScenariosSuccess { data { scenarios { name selected { project { code } } } differing { project { code } } common { project { code } } } } }\n  }\n": typeof types.OptimisationCountedScenariosDocument,
    "\n  mutation ScenariosCreate($input: CreatePortfolioScenarioInput!) {\n    createPortfolioScenario(input: $input) {\n      __typename\n      ... on MutationCreatePortfolioScenarioSuccess { data { id name status version optimal objective totalCost parameters result selected { project { code } } costByYear { year used limit } createdBy { email } } }\n      ... on ValidationError { issues { path message } }\n      ... on InfeasibleError { issues { constraint } }\n      ... on Error { message }\n    }\n  }\n": typeof types.ScenariosCreateDocument,
    "\n  mutation ScenariosUpdate($input: UpdatePortfolioScenarioInput!) {\n    updatePortfolioScenario(input: $input) {\n      __typename\n      ... on MutationUpdatePortfolioScenarioSuccess { data { id name status version objective selected { project { code } } } }\n      ... on ValidationError { issues { path message } }\n      ... on Error { message }\n    }\n  }\n": typeof types.ScenariosUpdateDocument,
    "\n  mutation ScenariosCommit($input: CommitScenarioInput!) {\n    commitScenario(input: $input) {\n      __typename\n      ... on MutationCommitScenarioSuccess { data { id status version committedAt } }\n      ... on ValidationError { issues { path message } }\n      ... on Error { message }\n    }\n  }\n": typeof types.ScenariosCommitDocument,
    "\n  query ScenariosCompare($ids: [ID!]!) {\n    compareScenarios(ids: $ids) {\n      __typename\n      ... on QueryCompareScenariosSuccess {\n        data {\n          portfolio { name }\n          scenarios { name status objective totalCost optimal selected { project { code } } costByYear { year used limit } capacity { skillKey } scenario { id } }\n          differing { project { code } }\n          common { project { code } }\n        }\n      }\n      ...ErrorFields\n    }\n  }\n": typeof types.ScenariosCompareDocument,
    "\n  query ScenariosList($id: ID!) { portfolio(id: $id) { scenarios(first: 10) { totalCount edges { node { name status } } } } }\n": typeof types.ScenariosListDocument,
    "\n  query ScenariosDecisions($id: ID!) { portfolio(id: $id) { decisions(first: 5) { edges { node { title rationale decidedBy { email } scenarios { id name } } } } } }\n": typeof types.ScenariosDecisionsDocument,
    "\n  mutation ScenariosScore($input: ScoreProjectInput!) { scoreProject(input: $input) { __typename ... on Error { message } } }\n": typeof types.ScenariosScoreDocument,
    "\n  query ScoringModels { scoringModels { key version method builtIn criteria { key source min max weight direction formula } } }\n": typeof types.ScoringModelsDocument,
    "\n  mutation ScoringCreateModel($input: CreateScoringModelInput!) {\n    createScoringModel(input: $input) { __typename ... on MutationCreateScoringModelSuccess { data { key version method criteria { key source } } } ...ErrorFields }\n  }\n": typeof types.ScoringCreateModelDocument,
    "\n  mutation ScoringUpdateModel($input: UpdateScoringModelInput!) {\n    updateScoringModel(input: $input) { __typename ... on MutationUpdateScoringModelSuccess { data { key version name criteria { key weight } } } ...ErrorFields }\n  }\n": typeof types.ScoringUpdateModelDocument,
    "\n  mutation ScoringScore($input: ScoreProjectInput!) {\n    scoreProject(input: $input) { __typename ... on MutationScoreProjectSuccess { data { status project { code } scores { criterionKey value rationale status scoredBy { email } } } } ...ErrorFields }\n  }\n": typeof types.ScoringScoreDocument,
    "\n  query ScoringRanking($id: ID!, $modelKey: String!) {\n    node(id: $id) { ... on Portfolio { ranking(modelKey: $modelKey) { rank score complete project { code } contributions { criterionKey value normalised weight contribution evidence } } } }\n  }\n": typeof types.ScoringRankingDocument,
    "\n  query ScoringHistory($id: ID!) { node(id: $id) { ... on Project { scores(modelKey: \"wsjf\") { criterionKey value status } } } }\n": typeof types.ScoringHistoryDocument,
    "\n  query ScoringDerive($input: DeriveWeightsInput!) { deriveWeights(input: $input) { weights { criterionKey weight } lambdaMax consistencyRatio consistent } }\n": typeof types.ScoringDeriveDocument,
    "\n  mutation MutCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      __typename\n      ... on MutationCreateProjectSuccess {\n        data {\n          id code name description status health budget actualCost startDate targetEndDate version\n          portfolio { name } manager { email } sponsor { email }\n        }\n      }\n      ...ErrorFields\n    }\n  }\n": typeof types.MutCreateProjectDocument,
    "\n  mutation MutUpdateProject($input: UpdateProjectInput!) {\n    updateProject(input: $input) {\n      __typename\n      ... on MutationUpdateProjectSuccess {\n        data {\n          id code name description status health budget actualCost startDate targetEndDate version\n          portfolio { name } manager { email } sponsor { email }\n        }\n      }\n      ...ErrorFields\n    }\n  }\n": typeof types.MutUpdateProjectDocument,
    "\n  mutation MutTransitionProject($input: TransitionProjectInput!) {\n    transitionProject(input: $input) {\n      __typename\n      ... on MutationTransitionProjectSuccess { data { id status version allowedTransitions } }\n      ...ErrorFields\n    }\n  }\n": typeof types.MutTransitionProjectDocument,
    "\n  mutation MutAddProjectMember($input: AddProjectMemberInput!) {\n    addProjectMember(input: $input) {\n      __typename\n      ... on MutationAddProjectMemberSuccess { data { id projectRole user { email } project { code } } }\n      ...ErrorFields\n    }\n  }\n": typeof types.MutAddProjectMemberDocument,
    "\n  mutation MutRemoveProjectMember($input: RemoveProjectMemberInput!) {\n    removeProjectMember(input: $input) {\n      __typename\n      ... on MutationRemoveProjectMemberSuccess { data { id code members { projectRole user { email } } } }\n      ...ErrorFields\n    }\n  }\n": typeof types.MutRemoveProjectMemberDocument,
    "\n  mutation MutAlignProject($input: AlignProjectInput!) {\n    alignProject(input: $input) {\n      __typename\n      ... on MutationAlignProjectSuccess { data { id code alignments { score objective { name } } } }\n      ...ErrorFields\n    }\n  }\n": typeof types.MutAlignProjectDocument,
    "\n  query MutProjectAudit($id: ID!) {\n    project(id: $id) {\n      auditTrail(first: 1) { edges { node { action entityType entityId actor { email } before after } } }\n    }\n  }\n": typeof types.MutProjectAuditDocument,
    "\n  mutation LifecycleTransition($input: TransitionProjectInput!) {\n    transitionProject(input: $input) {\n      __typename\n      ... on MutationTransitionProjectSuccess { data { status version allowedTransitions } }\n      ... on Error { message }\n      ... on InvalidTransitionError { from to allowed }\n      ... on ConflictError { currentVersion }\n      ... on NotFoundError { entityType }\n      ... on ValidationError { issues { path message } }\n    }\n  }\n": typeof types.LifecycleTransitionDocument,
    "\n  query LifecycleProject($id: ID!) {\n    project(id: $id) {\n      status\n      version\n      allowedTransitions\n      auditTrail(first: 10) { edges { node { action actor { email } before after } } }\n    }\n  }\n": typeof types.LifecycleProjectDocument,
    "\n  query LifecycleSeeded {\n    projects(first: 100, orderBy: [{ field: CODE }]) { edges { node { code status allowedTransitions } } }\n  }\n": typeof types.LifecycleSeededDocument,
    "\n  query ReportingHealth($id: ID!) {\n    project(id: $id) {\n      health\n      healthAssessment {\n        overall dimensions { dimension rag assessed reason figures { name value } } thresholds { indexAmber indexRed slipRedDays version }\n        thresholdsOverriddenBy overriddenThresholds\n      }\n      statusReports(first: 10) { totalCount edges { node { summary derivedHealth healthOverride overrideReason health figures reportedBy { email } } } }\n    }\n  }\n": typeof types.ReportingHealthDocument,
    "\n  mutation ReportingThresholds($input: UpdateHealthThresholdsInput!) {\n    updateHealthThresholds(input: $input) { __typename ... on MutationUpdateHealthThresholdsSuccess { data { indexAmber indexRed version } } ...ErrorFields }\n  }\n": typeof types.ReportingThresholdsDocument,
    "\n  mutation ReportingSubmit($input: SubmitStatusReportInput!) {\n    submitStatusReport(input: $input) { __typename ... on MutationSubmitStatusReportSuccess { data { derivedHealth healthOverride health } } ...ErrorFields }\n  }\n": typeof types.ReportingSubmitDocument,
    "\n  query ReportingDashboard($id: ID!) {\n    portfolio(id: $id) {\n      dashboard {\n        projectCount projectsByStatus { status count } projectsByHealth { health count } budget estimateAtCompletion\n        earnedValue { budgetAtCompletion earnedValue cpi spi } behindSchedule { code } topRisks { score project { code } }\n        compliance { failing blocking }\n      }\n    }\n  }\n": typeof types.ReportingDashboardDocument,
    "\n  mutation ReportingProgress($input: ReportTaskProgressInput!) {\n    reportTaskProgress(input: $input) { __typename ... on MutationReportTaskProgressSuccess { data { version } } ...ErrorFields }\n  }\n": typeof types.ReportingProgressDocument,
    "\n  mutation AbsenceCreate($input: CreateAbsenceInput!) {\n    createAbsence(input: $input) { __typename ... on MutationCreateAbsenceSuccess { data { id from to hoursPerDay kind note version recordedBy { email } } } ...ErrorFields }\n  }\n": typeof types.AbsenceCreateDocument,
    "\n  mutation AbsenceUpdate($input: UpdateAbsenceInput!) {\n    updateAbsence(input: $input) { __typename ... on MutationUpdateAbsenceSuccess { data { id from to hoursPerDay kind version } } ...ErrorFields }\n  }\n": typeof types.AbsenceUpdateDocument,
    "\n  mutation AbsenceDelete($input: DeleteAbsenceInput!) {\n    deleteAbsence(input: $input) { __typename ... on MutationDeleteAbsenceSuccess { data { deletedAbsenceId user { email } } } ...ErrorFields }\n  }\n": typeof types.AbsenceDeleteDocument,
    "\n  mutation AbsenceCalendar($input: UpdateOrganisationCalendarInput!) {\n    updateOrganisationCalendar(input: $input) { __typename ... on MutationUpdateOrganisationCalendarSuccess { data { workingDays holidays version } } ...ErrorFields }\n  }\n": typeof types.AbsenceCalendarDocument,
    "\n  query AbsencePerson($id: ID!, $from: Date!, $to: Date!) {\n    node(id: $id) {\n      ... on User {\n        absences(from: $from, to: $to) { from to hoursPerDay kind note }\n        capacity(from: $from, to: $to) { weekStart standardHours holidayHours absenceHours capacityHours }\n      }\n    }\n  }\n": typeof types.AbsencePersonDocument,
    "\n  query AbsenceMany($first: Int!) { users(first: $first) { edges { node { capacity(from: \"2026-03-02\", to: \"2026-03-29\") { capacityHours } } } } }\n": typeof types.AbsenceManyDocument,
    "\n  mutation AllocationCreate($input: CreateAllocationInput!) {\n    createAllocation(input: $input) {\n      __typename\n      ... on MutationCreateAllocationSuccess { data { id kind from to hoursPerWeek version declined user { email } requestedBy { email } confirmedBy { email } demand { id status } } }\n      ...ErrorFields\n    }\n  }\n": typeof types.AllocationCreateDocument,
    "\n  mutation AllocationUpdate($input: UpdateAllocationInput!) {\n    updateAllocation(input: $input) { __typename ... on MutationUpdateAllocationSuccess { data { id hoursPerWeek version demand { status } } } ...ErrorFields }\n  }\n": typeof types.AllocationUpdateDocument,
    "\n  mutation AllocationDelete($input: DeleteAllocationInput!) {\n    deleteAllocation(input: $input) { __typename ... on MutationDeleteAllocationSuccess { data { deletedAllocationId project { code } } } ...ErrorFields }\n  }\n": typeof types.AllocationDeleteDocument,
    "\n  mutation AllocationConfirm($input: ConfirmAllocationInput!) {\n    confirmAllocation(input: $input) { __typename ... on MutationConfirmAllocationSuccess { data { id kind version confirmedBy { email } confirmedAt } } ...ErrorFields }\n  }\n": typeof types.AllocationConfirmDocument,
    "\n  mutation AllocationDecline($input: DeclineAllocationInput!) {\n    declineAllocation(input: $input) { __typename ... on MutationDeclineAllocationSuccess { data { id kind declined declineReason declinedBy { email } } } ...ErrorFields }\n  }\n": typeof types.AllocationDeclineDocument,
    "\n  mutation DemandCreate($input: CreateResourceDemandInput!) {\n    createResourceDemand(input: $input) { __typename ... on MutationCreateResourceDemandSuccess { data { id status minLevel skill { key } hoursPerWeek version } } ...ErrorFields }\n  }\n": typeof types.DemandCreateDocument,
    "\n  mutation AllocationSettings($input: UpdateResourceSettingsInput!) {\n    updateResourceSettings(input: $input) { __typename ... on MutationUpdateResourceSettingsSuccess { data { overallocationTolerance version } } ...ErrorFields }\n  }\n": typeof types.AllocationSettingsDocument,
    "\n  query AllocationHeatmap($input: CapacityHeatmapInput!) {\n    capacityHeatmap(input: $input) {\n      periods\n      tolerance\n      rows { user { email } cells { periodStart capacityHours hardHours softHours utilisation overAllocated } }\n      skills { skill { key } level holders cells { periodStart supplyHours freeHours demandHours bookedHours openHours shortfallHours } }\n    }\n  }\n": typeof types.AllocationHeatmapDocument,
    "\n  mutation AllocationFromSchedule($input: AllocateFromScheduleInput!) {\n    allocateFromSchedule(input: $input) {\n      __typename\n      ... on MutationAllocateFromScheduleSuccess { data { replaced allocations { task { key } user { email } from to hoursPerWeek kind fromSchedule } skipped { task { key } reason } } }\n      ...ErrorFields\n    }\n  }\n": typeof types.AllocationFromScheduleDocument,
    "\n  mutation AllocationAway($input: CreateAbsenceInput!) {\n    createAbsence(input: $input) { __typename ... on MutationCreateAbsenceSuccess { data { id version } } ...ErrorFields }\n  }\n": typeof types.AllocationAwayDocument,
    "\n  mutation AllocationBack($input: DeleteAbsenceInput!) {\n    deleteAbsence(input: $input) { __typename ... on MutationDeleteAbsenceSuccess { data { deletedAbsenceId } } ...ErrorFields }\n  }\n": typeof types.AllocationBackDocument,
    "\n  query AllocationFacts($id: ID!) { node(id: $id) { ... on Project { facts } } }\n": typeof types.AllocationFactsDocument,
    "\n  query AllocationSkillGaps($input: SkillGapsInput!) {\n    skillGaps(input: $input) {\n      skill { key } level demandHours bookedHours availableHours gapHours qualifiedPeople\n      projects { project { code } demandHours }\n      recommendations { trainees { user { email } level freeHours } mentors { user { email } level freeHours } courses { key } }\n    }\n  }\n": typeof types.AllocationSkillGapsDocument,
    "\n  query AllocationCandidates($id: ID!, $first: Int) {\n    candidatesForDemand(demandId: $id, first: $first) {\n      rank score costRate user { email }\n      evidence { skillLevel minLevel meetsLevel coverage roleMatch freeHoursByWeek { weekStart freeHours neededHours } }\n    }\n  }\n": typeof types.AllocationCandidatesDocument,
    "\n  mutation AllocationLevel($input: LevelResourcesInput!) {\n    levelResources(input: $input) {\n      __typename\n      ... on MutationLevelResourcesSuccess {\n        data {\n          dryRun applied finishDate complete\n          moves { task { key } fromStart toStart fromFinish toFinish shiftDays freeFloatDays resolves { user { email } weekStart } bookings { allocation { id } from to } }\n          overallocatedBefore { user { email } weekStart }\n          overallocatedAfter { user { email } weekStart }\n        }\n      }\n      ...ErrorFields\n    }\n  }\n": typeof types.AllocationLevelDocument,
    "\n  query AllocationProjectBookings($id: ID!) {\n    node(id: $id) { ... on Project { allocations(first: 50) { totalCount edges { node { user { email } kind } } } resourceDemands(first: 10) { totalCount } } }\n  }\n": typeof types.AllocationProjectBookingsDocument,
    "\n  mutation PeopleCreate($input: CreateUserInput!) {\n    createUser(input: $input) { __typename ... on MutationCreateUserSuccess { data { id name email role weeklyCapacityHours costRate active version } } ...ErrorFields }\n  }\n": typeof types.PeopleCreateDocument,
    "\n  mutation PeopleUpdate($input: UpdateUserInput!) {\n    updateUser(input: $input) { __typename ... on MutationUpdateUserSuccess { data { id email role weeklyCapacityHours version } } ...ErrorFields }\n  }\n": typeof types.PeopleUpdateDocument,
    "\n  mutation PeopleDeactivate($input: DeactivateUserInput!) {\n    deactivateUser(input: $input) { __typename ... on MutationDeactivateUserSuccess { data { id active version } } ...ErrorFields }\n  }\n": typeof types.PeopleDeactivateDocument,
    "\n  query PeopleViewer { viewer { email } }\n": typeof types.PeopleViewerDocument,
    "\n  subscription DeliveryAlerts($filter: RiskAlertFilter) {\n    riskAlerts(filter: $filter) {\n      id severity reason triggerKey cursor\n      risk { title score owner { email } }\n      project { code portfolio { name } }\n    }\n  }\n": typeof types.DeliveryAlertsDocument,
    "\n  subscription DeliveryDeepAlerts {\n    riskAlerts {\n      project { portfolio { projects(first: 1) { edges { node { portfolio { projects(first: 1) { edges { node { portfolio { owner { email } } } } } } } } } } }\n    }\n  }\n": typeof types.DeliveryDeepAlertsDocument,
    "\n  mutation DeliveryCreateRisk($input: CreateRiskInput!) {\n    createRisk(input: $input) { __typename ... on MutationCreateRiskSuccess { data { id title } } ... on Error { message } }\n  }\n": typeof types.DeliveryCreateRiskDocument,
    "\n  query DeliveryReplay($after: String, $filter: RiskAlertFilter) {\n    riskAlerts(after: $after, filter: $filter, first: 100) { edges { node { id cursor risk { title } } } }\n  }\n": typeof types.DeliveryReplayDocument,
    "\n  query DeliveryPing($id: ID!) { project(id: $id) { code } }\n": typeof types.DeliveryPingDocument,
    "\n  mutation DeliveryDeactivate($input: DeactivateUserInput!) { deactivateUser(input: $input) { __typename ...ErrorFields } }\n": typeof types.DeliveryDeactivateDocument,
    "\n  subscription FanOutAlerts {\n    riskAlerts { id risk { title viewerCanEdit } project { code budget } }\n  }\n": typeof types.FanOutAlertsDocument,
    "\n  subscription FanOutCountedAlerts {\n    riskAlerts { id project { code riskAlerts(first: 1) { totalCount } } }\n  }\n": typeof types.FanOutCountedAlertsDocument,
    "\n  mutation FanOutCreateRisk($input: CreateRiskInput!) {\n    createRisk(input: $input) { __typename ... on MutationCreateRiskSuccess { data { id } } ... on Error { message } }\n  }\n": typeof types.FanOutCreateRiskDocument,
    "\n  fragment AlertsAlertFields on RiskAlert {\n    id cursor severity source triggerKey reason evidence createdAt acknowledged acknowledgedAt resolvedAt\n    acknowledgedBy { email } project { id name } risk { id title }\n  }\n": typeof types.AlertsAlertFieldsFragmentDoc,
    "\n  mutation AlertsCreateRisk($input: CreateRiskInput!) {\n    createRisk(input: $input) { __typename ... on MutationCreateRiskSuccess { data { id version score } } ...ErrorFields }\n  }\n": typeof types.AlertsCreateRiskDocument,
    "\n  mutation AlertsUpdateRisk($input: UpdateRiskInput!) {\n    updateRisk(input: $input) { __typename ... on MutationUpdateRiskSuccess { data { id version score status } } ...ErrorFields }\n  }\n": typeof types.AlertsUpdateRiskDocument,
    "\n  mutation AlertsCloseRisk($input: EndRiskInput!) {\n    closeRisk(input: $input) { __typename ... on MutationCloseRiskSuccess { data { id version status } } ...ErrorFields }\n  }\n": typeof types.AlertsCloseRiskDocument,
    "\n  mutation AlertsRealizeRisk($input: EndRiskInput!) {\n    realizeRisk(input: $input) { __typename ... on MutationRealizeRiskSuccess { data { id version status } } ...ErrorFields }\n  }\n": typeof types.AlertsRealizeRiskDocument,
    "\n  mutation AlertsAcknowledge($input: AcknowledgeRiskAlertInput!) {\n    acknowledgeRiskAlert(input: $input) {\n      __typename\n      ... on MutationAcknowledgeRiskAlertSuccess { data { ...AlertsAlertFields } }\n      ...ErrorFields\n    }\n  }\n": typeof types.AlertsAcknowledgeDocument,
    "\n  query AlertsSettings { riskAlertSettings { highThreshold criticalThreshold version updatedBy { email } } }\n": typeof types.AlertsSettingsDocument,
    "\n  mutation AlertsUpdateSettings($input: UpdateRiskAlertSettingsInput!) {\n    updateRiskAlertSettings(input: $input) {\n      __typename\n      ... on MutationUpdateRiskAlertSettingsSuccess { data { highThreshold criticalThreshold version updatedBy { email } } }\n      ...ErrorFields\n    }\n  }\n": typeof types.AlertsUpdateSettingsDocument,
    "\n  mutation AlertsSweep {\n    sweepRiskAlerts { __typename ... on MutationSweepRiskAlertsSuccess { data { raised resolved } } ...ErrorFields }\n  }\n": typeof types.AlertsSweepDocument,
    "\n  query AlertsList($filter: RiskAlertFilter, $acknowledged: Boolean, $first: Int, $after: String, $last: Int, $before: String) {\n    riskAlerts(filter: $filter, acknowledged: $acknowledged, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage }\n      edges { cursor node { ...AlertsAlertFields } }\n    }\n  }\n": typeof types.AlertsListDocument,
    "\n  query AlertsNode($id: ID!) { node(id: $id) { id ... on RiskAlert { triggerKey project { id } } } }\n": typeof types.AlertsNodeDocument,
    "\n  query AlertsProjectAlerts($id: ID!, $acknowledged: Boolean) {\n    project(id: $id) { riskAlerts(acknowledged: $acknowledged, first: 100) { totalCount edges { node { id } } } }\n  }\n": typeof types.AlertsProjectAlertsDocument,
    "\n  query AlertsOfRisk($id: ID!) {\n    node(id: $id) { ... on Risk { alerts(first: 100) { totalCount edges { node { id triggerKey } } } } }\n  }\n": typeof types.AlertsOfRiskDocument,
    "\n  query AlertsProjectPage($id: ID!, $acknowledged: Boolean, $first: Int, $after: String, $last: Int, $before: String) {\n    project(id: $id) {\n      riskAlerts(acknowledged: $acknowledged, first: $first, after: $after, last: $last, before: $before) {\n        totalCount\n        edges { cursor node { id } }\n      }\n    }\n  }\n": typeof types.AlertsProjectPageDocument,
    "\n  query AlertsRiskPage($id: ID!, $after: String) {\n    node(id: $id) { ... on Risk { alerts(first: 10, after: $after) { edges { cursor node { id } } } } }\n  }\n": typeof types.AlertsRiskPageDocument,
    "\n  query AlertsNested($portfolioId: ID!) {\n    riskAlerts(filter: { portfolioId: $portfolioId }, first: 100) {\n      totalCount\n      edges { node { severity project { name } risk { title } } }\n    }\n  }\n": typeof types.AlertsNestedDocument,
    "\n  query DemoMatrix {\n    riskMatrix {\n      openRisks\n      cells { probability impact count }\n    }\n    portfolios(first: 10) { edges { node { id name } } }\n  }\n": typeof types.DemoMatrixDocument,
    "\n  query DemoTopRisks($portfolioId: ID!) {\n    topRisks(portfolioId: $portfolioId, first: 3) {\n      title score status responseStrategy mitigationPlan\n      owner { email }\n      project { code }\n      assessments { score }\n    }\n  }\n": typeof types.DemoTopRisksDocument,
    "\n  query DemoAlerts {\n    riskAlerts(first: 100) {\n      totalCount\n      edges { node { source severity triggerKey risk { title } project { code } } }\n    }\n  }\n": typeof types.DemoAlertsDocument,
    "\n  fragment RiskFields on Risk {\n    id title description category probability impact score status responseStrategy mitigationPlan contingencyPlan\n    dueDate residualProbability residualImpact residualScore version viewerCanEdit createdAt updatedAt\n    owner { email } createdBy { email } project { code }\n  }\n": typeof types.RiskFieldsFragmentDoc,
    "\n  mutation RiskCreate($input: CreateRiskInput!) {\n    createRisk(input: $input) { __typename ... on MutationCreateRiskSuccess { data { ...RiskFields } } ...ErrorFields }\n  }\n": typeof types.RiskCreateDocument,
    "\n  mutation RiskUpdate($input: UpdateRiskInput!) {\n    updateRisk(input: $input) { __typename ... on MutationUpdateRiskSuccess { data { ...RiskFields } } ...ErrorFields }\n  }\n": typeof types.RiskUpdateDocument,
    "\n  mutation RiskClose($input: EndRiskInput!) {\n    closeRisk(input: $input) { __typename ... on MutationCloseRiskSuccess { data { ...RiskFields } } ...ErrorFields }\n  }\n": typeof types.RiskCloseDocument,
    "\n  mutation RiskRealize($input: EndRiskInput!) {\n    realizeRisk(input: $input) { __typename ... on MutationRealizeRiskSuccess { data { ...RiskFields } } ...ErrorFields }\n  }\n": typeof types.RiskRealizeDocument,
    "\n  query RiskHistory($id: ID!) {\n    node(id: $id) {\n      ... on Risk {\n        version\n        assessments {\n          probability impact score previousProbability previousImpact previousScore assessedAt assessedBy { email }\n        }\n      }\n    }\n  }\n": typeof types.RiskHistoryDocument,
    "\n  query RiskNode($id: ID!) { node(id: $id) { id ... on Risk { title project { code } } } }\n": typeof types.RiskNodeDocument,
    "\n  query RiskList($filter: RiskFilter, $orderBy: [RiskOrder!]) {\n    risks(filter: $filter, orderBy: $orderBy, first: 100) { totalCount edges { node { title } } }\n  }\n": typeof types.RiskListDocument,
    "\n  query RiskProjectRisks($id: ID!, $filter: RiskFilter) {\n    project(id: $id) { risks(filter: $filter) { totalCount edges { node { title } } } }\n  }\n": typeof types.RiskProjectRisksDocument,
    "\n  query RiskMatrixCounts($portfolioId: ID, $projectId: ID, $first: Int) {\n    riskMatrix(portfolioId: $portfolioId, projectId: $projectId) {\n      openRisks\n      cells { probability impact score count risks(first: $first) { title } }\n    }\n  }\n": typeof types.RiskMatrixCountsDocument,
    "\n  query RiskTop($portfolioId: ID!, $first: Int) { topRisks(portfolioId: $portfolioId, first: $first) { title score dueDate } }\n": typeof types.RiskTopDocument,
    "\n  query RiskFacts($id: ID!) { project(id: $id) { facts } }\n": typeof types.RiskFactsDocument,
    "\n  query RiskAudit($id: ID!) {\n    project(id: $id) { auditTrail(first: 1) { edges { node { action entityType entityId actor { email } before after } } } }\n  }\n": typeof types.RiskAuditDocument,
    "\n  query RisksNested($portfolioId: ID!) {\n    risks(filter: { portfolioId: $portfolioId }, first: 100) {\n      edges { node { project { code } owner { name } assessments { score } } }\n    }\n  }\n": typeof types.RisksNestedDocument,
    "\n  query RiskMatrixNested($portfolioId: ID!) {\n    riskMatrix(portfolioId: $portfolioId) {\n      cells { count risks(first: 100) { project { code } owner { name } assessments { score } } }\n    }\n  }\n": typeof types.RiskMatrixNestedDocument,
    "\n  query ComputedScheduleRead($id: ID!) {\n    project(id: $id) {\n      schedule { finishDate slipDays criticalPath { key } }\n      earnedValue(statusDate: \"2026-03-31\") { budgetAtCompletion plannedValue earnedValue actualCost measuredAgainst }\n    }\n  }\n": typeof types.ComputedScheduleReadDocument,
    "\n  mutation ComputedScheduleUpdateTask($input: UpdateTaskInput!) {\n    updateTask(input: $input) { __typename ... on MutationUpdateTaskSuccess { data { version } } ...ErrorFields }\n  }\n": typeof types.ComputedScheduleUpdateTaskDocument,
    "\n  mutation ComputedScheduleDeleteTask($input: DeleteTaskInput!) {\n    deleteTask(input: $input) { __typename ...ErrorFields }\n  }\n": typeof types.ComputedScheduleDeleteTaskDocument,
    "\n  mutation ComputedScheduleRemoveLink($input: RemoveTaskDependencyInput!) {\n    removeTaskDependency(input: $input) { __typename ...ErrorFields }\n  }\n": typeof types.ComputedScheduleRemoveLinkDocument,
    "\n  mutation ComputedScheduleCalendar($input: UpdateProjectCalendarInput!) {\n    updateProjectCalendar(input: $input) { __typename ...ErrorFields }\n  }\n": typeof types.ComputedScheduleCalendarDocument,
    "\n  mutation ComputedScheduleProgress($input: ReportTaskProgressInput!) {\n    reportTaskProgress(input: $input) { __typename ... on MutationReportTaskProgressSuccess { data { version } } ...ErrorFields }\n  }\n": typeof types.ComputedScheduleProgressDocument,
    "\n  mutation ComputedScheduleCapture($input: CaptureBaselineInput!) {\n    captureBaseline(input: $input) { __typename ... on MutationCaptureBaselineSuccess { data { id } } ...ErrorFields }\n  }\n": typeof types.ComputedScheduleCaptureDocument,
    "\n  mutation ComputedScheduleSetCurrent($input: SetCurrentBaselineInput!) {\n    setCurrentBaseline(input: $input) { __typename ...ErrorFields }\n  }\n": typeof types.ComputedScheduleSetCurrentDocument,
    "\n  query ScheduleDemo {\n    projects(filter: { search: \"CRM-2026\" }, first: 1) {\n      edges { node {\n        code tasks { totalCount }\n        schedule { startDate finishDate criticalPath { key } }\n        baselines { name }\n        earnedValue(statusDate: \"2026-09-30\") { earnedValue actualCost cpi spi measuredAgainst }\n        forecast(iterations: 2000, seed: 1) { finishDates: histogram { count } p50Date p95Date }\n      } }\n    }\n    mobile: projects(filter: { search: \"MOB-APP\" }, first: 1) {\n      edges { node { agileMetrics { velocity { iterations mean } remainingPoints earnedValue { spi } } } }\n    }\n  }\n": typeof types.ScheduleDemoDocument,
    "\n  query ScheduleOfProject($id: ID!) {\n    project(id: $id) {\n      schedule { startDate finishDate durationDays criticalPath { key } finishesAfterTarget slipDays }\n      tasks(first: 100) {\n        edges { node { key earlyStart earlyFinish lateStart lateFinish totalFloatDays freeFloatDays critical percentComplete actualCost actualStart actualFinish budget } }\n      }\n    }\n  }\n": typeof types.ScheduleOfProjectDocument,
    "\n  query ScheduleEarnedValue($id: ID!, $statusDate: Date) {\n    project(id: $id) {\n      earnedValue(statusDate: $statusDate) {\n        statusDate budgetAtCompletion plannedValue earnedValue actualCost costVariance scheduleVariance cpi spi\n        estimateAtCompletion estimateAtCompletionAtypical estimateAtCompletionCpiSpi estimateToComplete varianceAtCompletion tcpi\n        earnedScheduleDays spiTime forecastFinishDate measuredAgainst\n      }\n    }\n  }\n": typeof types.ScheduleEarnedValueDocument,
    "\n  query ScheduleSeries($id: ID!, $from: Date!, $to: Date!, $interval: Interval!) {\n    project(id: $id) { earnedValueSeries(from: $from, to: $to, interval: $interval) { periodEnd plannedValue earnedValue actualCost } }\n  }\n": typeof types.ScheduleSeriesDocument,
    "\n  query SchedulePortfolioEarnedValue($id: ID!, $statusDate: Date) {\n    portfolio(id: $id) { earnedValue(statusDate: $statusDate) { budgetAtCompletion plannedValue earnedValue actualCost cpi spi } }\n  }\n": typeof types.SchedulePortfolioEarnedValueDocument,
    "\n  mutation ScheduleReportProgress($input: ReportTaskProgressInput!) {\n    reportTaskProgress(input: $input) {\n      __typename ... on MutationReportTaskProgressSuccess { data { key version percentComplete actualCost actualStart actualFinish progress { asOf percentComplete actualCost } } } ...ErrorFields\n    }\n  }\n": typeof types.ScheduleReportProgressDocument,
    "\n  mutation ScheduleCaptureBaseline($input: CaptureBaselineInput!) {\n    captureBaseline(input: $input) {\n      __typename ... on MutationCaptureBaselineSuccess { data { id number name startDate finishDate durationDays budgetAtCompletion current tasks { key startDate finishDate durationDays budget } } } ...ErrorFields\n    }\n  }\n": typeof types.ScheduleCaptureBaselineDocument,
    "\n  mutation ScheduleSetCurrentBaseline($input: SetCurrentBaselineInput!) {\n    setCurrentBaseline(input: $input) { __typename ... on MutationSetCurrentBaselineSuccess { data { number current } } ...ErrorFields }\n  }\n": typeof types.ScheduleSetCurrentBaselineDocument,
    "\n  query ScheduleBaselines($id: ID!, $baselineId: ID!) {\n    project(id: $id) {\n      baselines { number name current capturedBy { email } }\n      baselineVariance(baselineId: $baselineId) { finishSlipDays tasks { key status startVarianceDays finishVarianceDays budgetVariance } }\n    }\n  }\n": typeof types.ScheduleBaselinesDocument,
    "\n  query ScheduleProjectBaselines($id: ID!) { project(id: $id) { baselines { number name current tasks { key } } } }\n": typeof types.ScheduleProjectBaselinesDocument,
    "\n  mutation ScheduleUpdateDuration($input: UpdateTaskInput!) {\n    updateTask(input: $input) { __typename ... on MutationUpdateTaskSuccess { data { version } } ...ErrorFields }\n  }\n": typeof types.ScheduleUpdateDurationDocument,
    "\n  query SchedulePortfolioSchedules($id: ID!) {\n    portfolio(id: $id) {\n      earnedValue(statusDate: \"2026-01-09\") { cpi }\n      projects(first: 5) {\n        edges { node { code schedule { finishDate criticalPath { key } } earnedValue(statusDate: \"2026-01-09\") { spi earnedValue }\n          tasks(first: 60) { edges { node { key earlyStart critical percentComplete actualCost progress { asOf } } } } } }\n      }\n    }\n  }\n": typeof types.SchedulePortfolioSchedulesDocument,
    "\n  query SchedulePortfolioProjects($id: ID!) {\n    portfolio(id: $id) {\n      earnedValue(statusDate: \"2026-01-09\") { cpi spi }\n      projects(first: 50) {\n        edges { node { code schedule { finishDate criticalPath { key } } earnedValue(statusDate: \"2026-01-09\") { spi earnedValue }\n          tasks(first: 5) { edges { node { key earlyStart critical percentComplete actualCost } } } } }\n      }\n    }\n  }\n": typeof types.SchedulePortfolioProjectsDocument,
    "\n  query ScheduleFactsOfProject($id: ID!) { project(id: $id) { facts } }\n": typeof types.ScheduleFactsOfProjectDocument,
    "\n  mutation ScheduleFactsReportProgress($input: ReportTaskProgressInput!) {\n    reportTaskProgress(input: $input) { __typename ... on MutationReportTaskProgressSuccess { data { version } } ...ErrorFields }\n  }\n": typeof types.ScheduleFactsReportProgressDocument,
    "\n  mutation ScheduleFactsCaptureBaseline($input: CaptureBaselineInput!) {\n    captureBaseline(input: $input) { __typename ... on MutationCaptureBaselineSuccess { data { number } } ...ErrorFields }\n  }\n": typeof types.ScheduleFactsCaptureBaselineDocument,
    "\n  mutation ScheduleFactsRecordForecast($input: RecordForecastInput!) {\n    recordForecast(input: $input) { __typename ... on MutationRecordForecastSuccess { data { p80Date } } ...ErrorFields }\n  }\n": typeof types.ScheduleFactsRecordForecastDocument,
    "\n  mutation ScheduleFactsCreateIteration($input: CreateIterationInput!) {\n    createIteration(input: $input) { __typename ... on MutationCreateIterationSuccess { data { id version } } ...ErrorFields }\n  }\n": typeof types.ScheduleFactsCreateIterationDocument,
    "\n  mutation ScheduleFactsCloseIteration($input: CloseIterationInput!) {\n    closeIteration(input: $input) { __typename ... on MutationCloseIterationSuccess { data { status } } ...ErrorFields }\n  }\n": typeof types.ScheduleFactsCloseIterationDocument,
    "\n  query ScheduleForecast($id: ID!, $iterations: Int, $seed: Int) {\n    project(id: $id) {\n      forecast(iterations: $iterations, seed: $seed) {\n        mode iterations seed p50Date p80Date p95Date probabilityByTarget\n        criticality { task { key } criticalityIndex } histogram { startDate endDate count }\n      }\n    }\n  }\n": typeof types.ScheduleForecastDocument,
    "\n  query ScheduleForecastMobile { projects(filter: { search: \"MOB-APP\" }, first: 1) { edges { node { forecast(iterations: 2000, seed: 3) { mode p50Date p95Date } } } } }\n": typeof types.ScheduleForecastMobileDocument,
    "\n  mutation ScheduleRecordForecast($input: RecordForecastInput!) {\n    recordForecast(input: $input) {\n      __typename\n      ... on MutationRecordForecastSuccess { data { id p80Date targetEndDate recordedBy { email } forecast { mode iterations seed p50Date p80Date p95Date probabilityByTarget } } }\n      ...ErrorFields\n    }\n  }\n": typeof types.ScheduleRecordForecastDocument,
    "\n  query ScheduleRecordedForecasts($id: ID!) {\n    project(id: $id) {\n      latestForecast { id forecast { seed p80Date criticality { task { key } criticalityIndex } histogram { startDate endDate count } } }\n      forecasts(first: 10) { totalCount edges { node { id forecast { seed } } } }\n    }\n  }\n": typeof types.ScheduleRecordedForecastsDocument,
    "\n  mutation InterchangeImport($input: ImportScheduleInput!) {\n    importSchedule(input: $input) {\n      __typename\n      ... on MutationImportScheduleSuccess {\n        data {\n          tasksImported dependenciesImported baselineNumber warnings\n          project {\n            calendar { workingDays holidays }\n            tasks(first: 100) {\n              totalCount\n              edges { node { key name description durationDays milestone summary budget startNoEarlierThan parent { key } predecessors { type lagDays predecessor { key } } } }\n            }\n          }\n        }\n      }\n      ...ErrorFields\n    }\n  }\n": typeof types.InterchangeImportDocument,
    "\n  query InterchangeExport($id: ID!) { project(id: $id) { scheduleExport(format: MSPDI) } }\n": typeof types.InterchangeExportDocument,
    "\n  query InterchangePortfolioExports($id: ID!) { portfolio(id: $id) { projects(first: 10) { edges { node { code scheduleExport(format: MSPDI) } } } } }\n": typeof types.InterchangePortfolioExportsDocument,
    "\n  mutation IterationCreate($input: CreateIterationInput!) {\n    createIteration(input: $input) { __typename ... on MutationCreateIterationSuccess { data { id name status version committedPoints } } ...ErrorFields }\n  }\n": typeof types.IterationCreateDocument,
    "\n  mutation IterationUpdate($input: UpdateIterationInput!) {\n    updateIteration(input: $input) { __typename ... on MutationUpdateIterationSuccess { data { id status version } } ...ErrorFields }\n  }\n": typeof types.IterationUpdateDocument,
    "\n  mutation IterationClose($input: CloseIterationInput!) {\n    closeIteration(input: $input) { __typename ... on MutationCloseIterationSuccess { data { status completedPoints version } } ...ErrorFields }\n  }\n": typeof types.IterationCloseDocument,
    "\n  query IterationProjectVersion($id: ID!) { project(id: $id) { version } }\n": typeof types.IterationProjectVersionDocument,
    "\n  mutation IterationReportCost($input: UpdateProjectInput!) { updateProject(input: $input) { __typename ... on MutationUpdateProjectSuccess { data { version } } ...ErrorFields } }\n": typeof types.IterationReportCostDocument,
    "\n  query IterationMetrics($id: ID!) {\n    project(id: $id) {\n      iterations { name status }\n      agileMetrics {\n        scopePoints completedPoints remainingPoints\n        velocity { iterations mean lastThree lastThreeMean standardDeviation commitmentReliability }\n        burn { iteration date scopePoints completedPoints remainingPoints idealRemainingPoints }\n        earnedValue { budgetAtCompletion plannedValue earnedValue actualCost estimateAtCompletion cpi spi plannedPercentComplete actualPercentComplete forecastIterations }\n      }\n    }\n  }\n": typeof types.IterationMetricsDocument,
    "\n  fragment TaskFields on Task {\n    id key name description durationDays optimisticDays mostLikelyDays pessimisticDays startNoEarlierThan\n    milestone summary budget version parent { key } assignee { email } project { code }\n  }\n": typeof types.TaskFieldsFragmentDoc,
    "\n  mutation TaskCreate($input: CreateTaskInput!) {\n    createTask(input: $input) { __typename ... on MutationCreateTaskSuccess { data { ...TaskFields } } ...ErrorFields }\n  }\n": typeof types.TaskCreateDocument,
    "\n  mutation TaskUpdate($input: UpdateTaskInput!) {\n    updateTask(input: $input) { __typename ... on MutationUpdateTaskSuccess { data { ...TaskFields } } ...ErrorFields }\n  }\n": typeof types.TaskUpdateDocument,
    "\n  mutation TaskDelete($input: DeleteTaskInput!) {\n    deleteTask(input: $input) {\n      __typename ... on MutationDeleteTaskSuccess { data { deletedTaskId project { tasks { totalCount } } } } ...ErrorFields\n    }\n  }\n": typeof types.TaskDeleteDocument,
    "\n  mutation TaskAddDependency($input: AddTaskDependencyInput!) {\n    addTaskDependency(input: $input) {\n      __typename ... on MutationAddTaskDependencySuccess { data { id type lagDays predecessor { key } successor { key } } } ...ErrorFields\n    }\n  }\n": typeof types.TaskAddDependencyDocument,
    "\n  mutation TaskRemoveDependency($input: RemoveTaskDependencyInput!) {\n    removeTaskDependency(input: $input) {\n      __typename ... on MutationRemoveTaskDependencySuccess { data { removedDependencyId successor { key predecessors { id } } } } ...ErrorFields\n    }\n  }\n": typeof types.TaskRemoveDependencyDocument,
    "\n  mutation TaskUpdateCalendar($input: UpdateProjectCalendarInput!) {\n    updateProjectCalendar(input: $input) {\n      __typename ... on MutationUpdateProjectCalendarSuccess { data { calendar { workingDays holidays version } } } ...ErrorFields\n    }\n  }\n": typeof types.TaskUpdateCalendarDocument,
    "\n  query TaskProjectTasks($id: ID!, $first: Int, $after: String) {\n    project(id: $id) {\n      calendar { workingDays holidays version }\n      tasks(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { key summary budget children { key } predecessors { type lagDays predecessor { key } } successors { successor { key } } } }\n      }\n    }\n  }\n": typeof types.TaskProjectTasksDocument,
    "\n  query TaskNode($id: ID!) { node(id: $id) { id ... on Task { key budget } } }\n": typeof types.TaskNodeDocument,
    "\n  query TaskNodes($ids: [ID!]!) { nodes(ids: $ids) { id ... on Task { key } } }\n": typeof types.TaskNodesDocument,
    "\n  query TaskPortfolioTasks($id: ID!) {\n    portfolio(id: $id) {\n      projects(first: 5) {\n        edges { node { code tasks(first: 60) { totalCount edges { node { key summary budget assignee { name } parent { key } children { key } predecessors { predecessor { key } } } } } } }\n      }\n    }\n  }\n": typeof types.TaskPortfolioTasksDocument,
    "\n  mutation SkillsCreate($input: CreateSkillInput!) {\n    createSkill(input: $input) { __typename ... on MutationCreateSkillSuccess { data { id key name category version } } ...ErrorFields }\n  }\n": typeof types.SkillsCreateDocument,
    "\n  mutation SkillsUpdate($input: UpdateSkillInput!) {\n    updateSkill(input: $input) { __typename ... on MutationUpdateSkillSuccess { data { key name category version } } ...ErrorFields }\n  }\n": typeof types.SkillsUpdateDocument,
    "\n  mutation SkillsSet($input: SetUserSkillInput!) {\n    setUserSkill(input: $input) {\n      __typename\n      ... on MutationSetUserSkillSuccess { data { id level source confirmed version assessedBy { email } skill { key } } }\n      ...ErrorFields\n    }\n  }\n": typeof types.SkillsSetDocument,
    "\n  mutation SkillsConfirm($input: ConfirmUserSkillInput!) {\n    confirmUserSkill(input: $input) { __typename ... on MutationConfirmUserSkillSuccess { data { level confirmed confirmedBy { email } version } } ...ErrorFields }\n  }\n": typeof types.SkillsConfirmDocument,
    "\n  query SkillsOfPerson($id: ID!) {\n    node(id: $id) { ... on User { skills { skill { key } level source confirmed history { fromLevel toLevel source confirmed changedBy { email } } } } }\n  }\n": typeof types.SkillsOfPersonDocument,
    "\n  query SkillsCatalogue($filter: SkillFilter) {\n    skills(first: 100, filter: $filter) { totalCount edges { node { key name category } } }\n    skill(key: \"risk-management\") { name category }\n  }\n": typeof types.SkillsCatalogueDocument,
    "\n  fragment ErrorFields on Error {\n    __typename\n    message\n    ... on ValidationError { issues { path message } }\n    ... on ConflictError { currentVersion }\n    ... on NotFoundError { entityType }\n    ... on GateBlockedError { phaseKey failingRules { ruleKey severity message evidence } }\n  }\n": typeof types.ErrorFieldsFragmentDoc,
    "\n  query MethProjectState($id: ID!) {\n    project(id: $id) {\n      id\n      code\n      status\n      version\n      methodology { key version }\n      phases { key name position status startedAt completedAt }\n      currentPhase { key }\n      deliverables { id key name phaseKey status fields missingFields version submittedAt decidedAt decisionNote }\n      fields { key value }\n      complianceResults { ruleKey kind severity passed waived message evidence phaseKey methodologyKey methodologyVersion evaluatedAt }\n      compliance { failing blocking projectsEvaluated projectsBlocked bySeverity { severity passed failing failed waived } }\n      waivers { id ruleKey reason expiresAt active revokedAt }\n    }\n  }\n": typeof types.MethProjectStateDocument,
    "\n  query MethProjectAudit($id: ID!) {\n    project(id: $id) {\n      auditTrail(first: 50) { edges { node { action entityType actor { email } before after } } }\n    }\n  }\n": typeof types.MethProjectAuditDocument,
    "\n  query MethProjectHistory($id: ID!, $ruleKey: String) {\n    project(id: $id) {\n      complianceHistory(first: 100, ruleKey: $ruleKey) { edges { node { ruleKey passed waived evidence evaluatedAt } } }\n    }\n  }\n": typeof types.MethProjectHistoryDocument,
    "\n  mutation MethUpdateDeliverable($input: UpdateDeliverableInput!) {\n    updateDeliverable(input: $input) {\n      __typename\n      ... on MutationUpdateDeliverableSuccess { data { id status fields version } }\n      ...ErrorFields\n    }\n  }\n": typeof types.MethUpdateDeliverableDocument,
    "\n  mutation MethSubmitDeliverable($input: DeliverableActionInput!) {\n    submitDeliverable(input: $input) {\n      __typename\n      ... on MutationSubmitDeliverableSuccess { data { id status version submittedAt } }\n      ...ErrorFields\n    }\n  }\n": typeof types.MethSubmitDeliverableDocument,
    "\n  mutation MethApproveDeliverable($input: DeliverableActionInput!) {\n    approveDeliverable(input: $input) {\n      __typename\n      ... on MutationApproveDeliverableSuccess { data { id status version decidedAt decisionNote } }\n      ...ErrorFields\n    }\n  }\n": typeof types.MethApproveDeliverableDocument,
    "\n  mutation MethInstall($input: InstallMethodologyInput!) {\n    installMethodology(input: $input) {\n      __typename\n      ... on MutationInstallMethodologySuccess { data { id key version name enabled builtIn lineage extends } }\n      ...ErrorFields\n    }\n  }\n": typeof types.MethInstallDocument,
    "\n  mutation ScenarioCreatePortfolio($input: CreatePortfolioInput!) {\n    createPortfolio(input: $input) {\n      __typename\n      ... on MutationCreatePortfolioSuccess { data { id name version } }\n      ... on Error { message }\n    }\n  }\n": typeof types.ScenarioCreatePortfolioDocument,
    "\n  mutation ScenarioCreateObjective($input: CreateObjectiveInput!) {\n    createObjective(input: $input) {\n      __typename\n      ... on MutationCreateObjectiveSuccess { data { id name version } }\n      ... on Error { message }\n    }\n  }\n": typeof types.ScenarioCreateObjectiveDocument,
    "\n  mutation ScenarioCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      __typename\n      ... on MutationCreateProjectSuccess { data { id code name version } }\n      ... on Error { message }\n    }\n  }\n": typeof types.ScenarioCreateProjectDocument,
    "\n  mutation ScenarioAddProjectMember($input: AddProjectMemberInput!) {\n    addProjectMember(input: $input) {\n      __typename\n      ... on MutationAddProjectMemberSuccess { data { id } }\n      ... on Error { message }\n    }\n  }\n": typeof types.ScenarioAddProjectMemberDocument,
    "\n  mutation ScenarioRemoveProjectMember($input: RemoveProjectMemberInput!) {\n    removeProjectMember(input: $input) {\n      __typename\n      ... on MutationRemoveProjectMemberSuccess { data { id } }\n      ... on Error { message }\n    }\n  }\n": typeof types.ScenarioRemoveProjectMemberDocument,
    "\n  mutation ScenarioTransitionProject($input: TransitionProjectInput!) {\n    transitionProject(input: $input) {\n      __typename\n      ... on MutationTransitionProjectSuccess { data { id version } }\n      ... on Error { message }\n    }\n  }\n": typeof types.ScenarioTransitionProjectDocument,
    "\n  mutation ScenarioUpdateProject($input: UpdateProjectInput!) {\n    updateProject(input: $input) {\n      __typename\n      ... on MutationUpdateProjectSuccess { data { id version } }\n      ... on Error { message }\n    }\n  }\n": typeof types.ScenarioUpdateProjectDocument,
    "\n  mutation ScenarioCreateRisk($input: CreateRiskInput!) {\n    createRisk(input: $input) {\n      __typename\n      ... on MutationCreateRiskSuccess { data { id title version } }\n      ... on Error { message }\n    }\n  }\n": typeof types.ScenarioCreateRiskDocument,
    "\n  mutation ScenarioUpdateRisk($input: UpdateRiskInput!) {\n    updateRisk(input: $input) { __typename ... on MutationUpdateRiskSuccess { data { id version } } ... on Error { message } }\n  }\n": typeof types.ScenarioUpdateRiskDocument,
    "\n  mutation ScenarioCloseRisk($input: EndRiskInput!) {\n    closeRisk(input: $input) { __typename ... on MutationCloseRiskSuccess { data { id version } } ... on Error { message } }\n  }\n": typeof types.ScenarioCloseRiskDocument,
    "\n  mutation ScenarioRealizeRisk($input: EndRiskInput!) {\n    realizeRisk(input: $input) { __typename ... on MutationRealizeRiskSuccess { data { id version } } ... on Error { message } }\n  }\n": typeof types.ScenarioRealizeRiskDocument,
    "\n  mutation ScenarioCreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) { __typename ... on MutationCreateTaskSuccess { data { id key version } } ... on Error { message } }\n  }\n": typeof types.ScenarioCreateTaskDocument,
    "\n  mutation ScenarioAddTaskDependency($input: AddTaskDependencyInput!) {\n    addTaskDependency(input: $input) { __typename ... on MutationAddTaskDependencySuccess { data { id } } ... on Error { message } }\n  }\n": typeof types.ScenarioAddTaskDependencyDocument,
    "\n  mutation CertCreateType($input: CreateCertificationTypeInput!) {\n    createCertificationType(input: $input) {\n      __typename\n      ... on MutationCreateCertificationTypeSuccess { data { id key name issuer validityMonths requiredPdus minEducationPdus minPdusPerCategory projectManagement version } }\n      ...ErrorFields\n    }\n  }\n": typeof types.CertCreateTypeDocument,
    "\n  mutation CertUpdateType($input: UpdateCertificationTypeInput!) {\n    updateCertificationType(input: $input) { __typename ... on MutationUpdateCertificationTypeSuccess { data { name validityMonths requiredPdus version } } ...ErrorFields }\n  }\n": typeof types.CertUpdateTypeDocument,
    "\n  mutation CertRecord($input: RecordCertificationInput!) {\n    recordCertification(input: $input) {\n      __typename\n      ... on MutationRecordCertificationSuccess {\n        data { id earnedOn expiresOn credentialId active expiring verified version recordedBy { email } type { key } user { email }\n               renewal { required earned education requiredEducation met byCategory { category required earned } } }\n      }\n      ...ErrorFields\n    }\n  }\n": typeof types.CertRecordDocument,
    "\n  mutation CertVerify($input: VerifyCertificationInput!) {\n    verifyCertification(input: $input) { __typename ... on MutationVerifyCertificationSuccess { data { verified verifiedBy { email } version } } ...ErrorFields }\n  }\n": typeof types.CertVerifyDocument,
    "\n  mutation CertDelete($input: DeleteCertificationInput!) {\n    deleteCertification(input: $input) { __typename ... on MutationDeleteCertificationSuccess { data { deletedCertificationId user { email } } } ...ErrorFields }\n  }\n": typeof types.CertDeleteDocument,
    "\n  mutation CertSettings($input: UpdateTrainingSettingsInput!) {\n    updateTrainingSettings(input: $input) { __typename ... on MutationUpdateTrainingSettingsSuccess { data { expiryWindowDays version } } ...ErrorFields }\n  }\n": typeof types.CertSettingsDocument,
    "\n  query CertExpiring($withinDays: Int) {\n    trainingSettings { expiryWindowDays }\n    expiringCertifications(first: 100, withinDays: $withinDays) { totalCount edges { node { expiresOn expiring type { key } user { email } } } }\n  }\n": typeof types.CertExpiringDocument,
    "\n  query CertOfPerson($id: ID!) { node(id: $id) { ... on User { certifications { type { key } earnedOn expiresOn } } } }\n": typeof types.CertOfPersonDocument,
    "\n  query CertCatalogue($key: String!) {\n    certificationTypes(first: 100) { totalCount edges { node { key } } }\n    certificationType(key: $key) { name issuer validityMonths requiredPdus }\n  }\n": typeof types.CertCatalogueDocument,
    "\n  mutation CourseCreate($input: CreateCourseInput!) {\n    createCourse(input: $input) {\n      __typename\n      ... on MutationCreateCourseSuccess { data { id key title format hours pdus pdusWaysOfWorking pdusGivingBack version skills { skill { key } level } } }\n      ...ErrorFields\n    }\n  }\n": typeof types.CourseCreateDocument,
    "\n  mutation CourseUpdate($input: UpdateCourseInput!) {\n    updateCourse(input: $input) { __typename ... on MutationUpdateCourseSuccess { data { title hours version skills { skill { key } level } } } ...ErrorFields }\n  }\n": typeof types.CourseUpdateDocument,
    "\n  mutation EnrollmentRequest($input: RequestEnrollmentInput!) {\n    requestEnrollment(input: $input) { __typename ... on MutationRequestEnrollmentSuccess { data { id status version from to requestedBy { email } course { key } } } ...ErrorFields }\n  }\n": typeof types.EnrollmentRequestDocument,
    "\n  mutation EnrollmentApprove($input: ApproveEnrollmentInput!) {\n    approveEnrollment(input: $input) { __typename ... on MutationApproveEnrollmentSuccess { data { status version approvedBy { email } absence { kind from to note } } } ...ErrorFields }\n  }\n": typeof types.EnrollmentApproveDocument,
    "\n  mutation EnrollmentStart($input: StartEnrollmentInput!) {\n    startEnrollment(input: $input) { __typename ... on MutationStartEnrollmentSuccess { data { status version } } ...ErrorFields }\n  }\n": typeof types.EnrollmentStartDocument,
    "\n  mutation EnrollmentComplete($input: CompleteEnrollmentInput!) {\n    completeEnrollment(input: $input) { __typename ... on MutationCompleteEnrollmentSuccess { data { status version result completedOn absence { kind } } } ...ErrorFields }\n  }\n": typeof types.EnrollmentCompleteDocument,
    "\n  mutation EnrollmentDrop($input: DropEnrollmentInput!) {\n    dropEnrollment(input: $input) { __typename ... on MutationDropEnrollmentSuccess { data { status version absence { kind } } } ...ErrorFields }\n  }\n": typeof types.EnrollmentDropDocument,
    "\n  mutation CourseCertType($input: CreateCertificationTypeInput!) {\n    createCertificationType(input: $input) { __typename ... on MutationCreateCertificationTypeSuccess { data { key } } ...ErrorFields }\n  }\n": typeof types.CourseCertTypeDocument,
    "\n  mutation CourseRecordCert($input: RecordCertificationInput!) {\n    recordCertification(input: $input) { __typename ... on MutationRecordCertificationSuccess { data { id } } ...ErrorFields }\n  }\n": typeof types.CourseRecordCertDocument,
    "\n  query CourseRenewal($id: ID!) {\n    node(id: $id) { ... on UserCertification { renewal { required earned education requiredEducation met byCategory { category required earned } } } }\n  }\n": typeof types.CourseRenewalDocument,
    "\n  query CoursePersonTraining($id: ID!, $from: Date!, $to: Date!) {\n    node(id: $id) {\n      ... on User {\n        enrollments { status course { key } }\n        absences(from: $from, to: $to) { kind from to }\n        capacity(from: $from, to: $to) { weekStart absenceHours }\n        skills { skill { key } level source history { fromLevel toLevel source } }\n      }\n    }\n  }\n": typeof types.CoursePersonTrainingDocument,
    "\n  query CourseCatalogue { courses(first: 100) { totalCount edges { node { key format pdus skills { skill { key } level } } } } }\n": typeof types.CourseCatalogueDocument,
    "\n      query CourseMany($first: Int!) { users(first: $first) { edges { node { enrollments { status course { key } } certifications { renewal { earned met } } } } } }\n    ": typeof types.CourseManyDocument,
    "\n  mutation MentoringPropose($input: ProposeMentoringInput!) {\n    proposeMentoring(input: $input) {\n      __typename\n      ... on MutationProposeMentoringSuccess { data { id status version startOn endOn mentor { email } mentee { email } focusSkills { key } } }\n      ...ErrorFields\n    }\n  }\n": typeof types.MentoringProposeDocument,
    "\n  mutation MentoringAccept($input: AcceptMentoringInput!) {\n    acceptMentoring(input: $input) { __typename ... on MutationAcceptMentoringSuccess { data { status version } } ...ErrorFields }\n  }\n": typeof types.MentoringAcceptDocument,
    "\n  mutation MentoringEnd($input: EndMentoringInput!) {\n    endMentoring(input: $input) { __typename ... on MutationEndMentoringSuccess { data { status version endOn } } ...ErrorFields }\n  }\n": typeof types.MentoringEndDocument,
    "\n  mutation MentoringSession($input: RecordMentoringSessionInput!) {\n    recordMentoringSession(input: $input) { __typename ... on MutationRecordMentoringSessionSuccess { data { sessions { heldOn minutes notes recordedBy { email } } } } ...ErrorFields }\n  }\n": typeof types.MentoringSessionDocument,
    "\n  query MentoringRead($id: ID!) { node(id: $id) { ... on MentoringRelationship { status viewerReadsNotes sessions { heldOn minutes notes } } } }\n": typeof types.MentoringReadDocument,
    "\n  mutation DevelopmentSetPlan($input: SetDevelopmentPlanInput!) {\n    setDevelopmentPlan(input: $input) {\n      __typename\n      ... on MutationSetDevelopmentPlanSuccess { data { summary version updatedBy { email } goals { skill { key } targetLevel byDate progress { currentLevel progress reached overdue completedCourses mentoring } } } }\n      ...ErrorFields\n    }\n  }\n": typeof types.DevelopmentSetPlanDocument,
    "\n  query DevelopmentView($id: ID!) {\n    node(id: $id) {\n      ... on User {\n        development {\n          plan { summary goals { skill { key } progress { currentLevel progress reached mentoring } } }\n          enrollments { status course { key } }\n          certifications { type { key } expiring }\n          mentoringAsMentee { mentor { email } status sessions { notes } }\n          mentoringAsMentor { mentee { email } }\n        }\n      }\n    }\n  }\n": typeof types.DevelopmentViewDocument,
    "\n      query DevelopmentMany($first: Int!) {\n        users(first: $first) { edges { node { development { plan { goals { progress { progress } } } certifications { expiring renewal { met } } enrollments { status } mentoringAsMentee { sessions { notes } } } } } }\n      }\n    ": typeof types.DevelopmentManyDocument,
};
const documents: Documents = {
    "\n  query ApolloProjects($first: Int!, $after: String, $filter: ProjectFilter) {\n    projects(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges { cursor node { id code } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.ApolloProjectsDocument,
    "\n  query ApolloPortfolioProjects($id: ID!, $first: Int!, $after: String) {\n    node(id: $id) {\n      id\n      ... on Portfolio { projects(first: $first, after: $after) { totalCount edges { cursor node { id code } } pageInfo { hasNextPage endCursor } } }\n    }\n  }\n": types.ApolloPortfolioProjectsDocument,
    "\n  query ApolloUsers($first: Int!, $after: String) {\n    users(first: $first, after: $after) { totalCount edges { cursor node { id name } } pageInfo { hasNextPage endCursor } }\n  }\n": types.ApolloUsersDocument,
    "\n  mutation ApolloCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      __typename\n      ... on MutationCreateProjectSuccess { data { id code } }\n      ... on Error { message }\n    }\n  }\n": types.ApolloCreateProjectDocument,
    "\n  query ApolloProjectNode($id: ID!) {\n    node(id: $id) { __typename ... on Node { id } ... on Project { code } }\n  }\n": types.ApolloProjectNodeDocument,
    "\n  query RelatedPortfolioProjects($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {\n    node(id: $id) {\n      ... on Portfolio {\n        projects(filter: { status: [ACTIVE] }, orderBy: [{ field: CODE }], first: $first, after: $after, last: $last, before: $before) {\n          totalCount\n          edges { cursor node { code } }\n        }\n      }\n    }\n  }\n": types.RelatedPortfolioProjectsDocument,
    "\n  query RelatedManagedProjects($id: ID!, $portfolioId: ID!, $first: Int, $after: String) {\n    node(id: $id) {\n      ... on User {\n        managedProjects(filter: { status: [ACTIVE], portfolioId: $portfolioId }, orderBy: [{ field: CODE }], first: $first, after: $after) {\n          edges { cursor node { code } }\n        }\n      }\n    }\n  }\n": types.RelatedManagedProjectsDocument,
    "\n  query RelatedProjectRisks($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {\n    project(id: $id) {\n      risks(filter: { status: [IDENTIFIED] }, first: $first, after: $after, last: $last, before: $before) {\n        totalCount\n        edges { cursor node { title } }\n      }\n    }\n  }\n": types.RelatedProjectRisksDocument,
    "\n  query FilteredProjects($portfolioId: ID!, $first: Int, $after: String, $last: Int, $before: String) {\n    projects(filter: { status: [ACTIVE], portfolioId: $portfolioId }, orderBy: [{ field: CODE }], first: $first, after: $after, last: $last, before: $before) {\n      edges { cursor node { code } }\n    }\n  }\n": types.FilteredProjectsDocument,
    "\n  query FilteredRisks($projectId: ID!, $first: Int, $after: String) {\n    risks(filter: { projectId: $projectId, status: [IDENTIFIED] }, first: $first, after: $after) {\n      totalCount\n      edges { cursor node { title } }\n    }\n  }\n": types.FilteredRisksDocument,
    "\n  query NestedPortfolios {\n    portfolios {\n      edges {\n        node {\n          name\n          budget\n          projects(first: 50) {\n            totalCount\n            edges {\n              node {\n                code\n                budget\n                manager { name }\n                members { user { name } }\n                objectives { name }\n                risks(filter: { status: [IDENTIFIED, ASSESSED] }, first: 2) { totalCount edges { node { title } } }\n                riskAlerts(acknowledged: false, first: 2) { totalCount edges { node { severity } } }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.NestedPortfoliosDocument,
    "\n  query ProjectsWithRelations {\n    projects(first: 100) {\n      edges {\n        node {\n          code\n          portfolio { name owner { name } }\n          sponsor { name }\n          alignments { score objective { name } }\n          members { projectRole user { name costRate } }\n          auditTrail(first: 3) { edges { node { action actor { name } } } }\n        }\n      }\n    }\n  }\n": types.ProjectsWithRelationsDocument,
    "\n  query AuthzRoleFromDatabase { viewer { role costRate } projects(first: 50) { edges { node { code budget } } } }\n": types.AuthzRoleFromDatabaseDocument,
    "\n  mutation AuthzCreatePortfolioScenario($input: CreatePortfolioScenarioInput!) {\n    createPortfolioScenario(input: $input) { __typename ... on Error { message } ... on MutationCreatePortfolioScenarioSuccess { data { id name status version selected { project { code } } } } }\n  }\n": types.AuthzCreatePortfolioScenarioDocument,
    "\n  mutation AuthzUpdatePortfolioScenario($input: UpdatePortfolioScenarioInput!) {\n    updatePortfolioScenario(input: $input) { __typename ... on Error { message } ... on MutationUpdatePortfolioScenarioSuccess { data { name status version } } }\n  }\n": types.AuthzUpdatePortfolioScenarioDocument,
    "\n  mutation AuthzCommitScenario($input: CommitScenarioInput!) {\n    commitScenario(input: $input) { __typename ... on Error { message } ... on MutationCommitScenarioSuccess { data { status version } } }\n  }\n": types.AuthzCommitScenarioDocument,
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
    "\n  mutation AuthzCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) { __typename ... on Error { message } ... on MutationCreateUserSuccess { data { email role } } }\n  }\n": types.AuthzCreateUserDocument,
    "\n  mutation AuthzUpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) { __typename ... on Error { message } ... on MutationUpdateUserSuccess { data { weeklyCapacityHours version } } }\n  }\n": types.AuthzUpdateUserDocument,
    "\n  mutation AuthzDeactivateUser($input: DeactivateUserInput!) {\n    deactivateUser(input: $input) { __typename ... on Error { message } ... on MutationDeactivateUserSuccess { data { active version } } }\n  }\n": types.AuthzDeactivateUserDocument,
    "\n  mutation AuthzCreateAbsence($input: CreateAbsenceInput!) {\n    createAbsence(input: $input) { __typename ... on Error { message } ... on MutationCreateAbsenceSuccess { data { kind user { email } } } }\n  }\n": types.AuthzCreateAbsenceDocument,
    "\n  mutation AuthzUpdateOrganisationCalendar($input: UpdateOrganisationCalendarInput!) {\n    updateOrganisationCalendar(input: $input) { __typename ... on Error { message } ... on MutationUpdateOrganisationCalendarSuccess { data { holidays } } }\n  }\n": types.AuthzUpdateOrganisationCalendarDocument,
    "\n  mutation AuthzCreateSkill($input: CreateSkillInput!) {\n    createSkill(input: $input) { __typename ... on Error { message } ... on MutationCreateSkillSuccess { data { key } } }\n  }\n": types.AuthzCreateSkillDocument,
    "\n  mutation AuthzSetUserSkill($input: SetUserSkillInput!) {\n    setUserSkill(input: $input) { __typename ... on Error { message } ... on MutationSetUserSkillSuccess { data { level source } } }\n  }\n": types.AuthzSetUserSkillDocument,
    "\n  mutation AuthzCreateAllocation($input: CreateAllocationInput!) {\n    createAllocation(input: $input) { __typename ... on Error { message } ... on MutationCreateAllocationSuccess { data { kind hoursPerWeek user { email } } } }\n  }\n": types.AuthzCreateAllocationDocument,
    "\n  mutation AuthzAllocateFromSchedule($input: AllocateFromScheduleInput!) {\n    allocateFromSchedule(input: $input) { __typename ... on Error { message } ... on MutationAllocateFromScheduleSuccess { data { allocations { user { email } } } } }\n  }\n": types.AuthzAllocateFromScheduleDocument,
    "\n  mutation AuthzConfirmAllocation($input: ConfirmAllocationInput!) {\n    confirmAllocation(input: $input) { __typename ... on Error { message } ... on MutationConfirmAllocationSuccess { data { kind } } }\n  }\n": types.AuthzConfirmAllocationDocument,
    "\n  mutation AuthzDeclineAllocation($input: DeclineAllocationInput!) {\n    declineAllocation(input: $input) { __typename ... on Error { message } ... on MutationDeclineAllocationSuccess { data { declined } } }\n  }\n": types.AuthzDeclineAllocationDocument,
    "\n  mutation AuthzCreateResourceDemand($input: CreateResourceDemandInput!) {\n    createResourceDemand(input: $input) { __typename ... on Error { message } ... on MutationCreateResourceDemandSuccess { data { projectRole status } } }\n  }\n": types.AuthzCreateResourceDemandDocument,
    "\n  mutation AuthzUpdateResourceSettings($input: UpdateResourceSettingsInput!) {\n    updateResourceSettings(input: $input) { __typename ... on Error { message } ... on MutationUpdateResourceSettingsSuccess { data { overallocationTolerance } } }\n  }\n": types.AuthzUpdateResourceSettingsDocument,
    "\n  mutation AuthzLevelResources($input: LevelResourcesInput!) {\n    levelResources(input: $input) { __typename ... on Error { message } ... on MutationLevelResourcesSuccess { data { applied moves { task { key } shiftDays } } } }\n  }\n": types.AuthzLevelResourcesDocument,
    "\n  mutation AuthzCreateScoringModel($input: CreateScoringModelInput!) {\n    createScoringModel(input: $input) { __typename ... on Error { message } ... on MutationCreateScoringModelSuccess { data { version criteria { key } } } }\n  }\n": types.AuthzCreateScoringModelDocument,
    "\n  mutation AuthzUpdateScoringModel($input: UpdateScoringModelInput!) {\n    updateScoringModel(input: $input) { __typename ... on Error { message } ... on MutationUpdateScoringModelSuccess { data { version name } } }\n  }\n": types.AuthzUpdateScoringModelDocument,
    "\n  mutation AuthzScoreProject($input: ScoreProjectInput!) {\n    scoreProject(input: $input) { __typename ... on Error { message } ... on MutationScoreProjectSuccess { data { status scores { criterionKey value } } } }\n  }\n": types.AuthzScoreProjectDocument,
    "\n  mutation AuthzAddProjectDependency($input: AddProjectDependencyInput!) {\n    addProjectDependency(input: $input) { __typename ... on Error { message } ... on MutationAddProjectDependencySuccess { data { reason } } }\n  }\n": types.AuthzAddProjectDependencyDocument,
    "\n  mutation AuthzRemoveProjectDependency($input: RemoveProjectDependencyInput!) {\n    removeProjectDependency(input: $input) { __typename ... on Error { message } ... on MutationRemoveProjectDependencySuccess { data { project { needs { id } } } } }\n  }\n": types.AuthzRemoveProjectDependencyDocument,
    "\n  mutation AuthzCreatePolicy($input: CreatePolicyInput!) {\n    createPolicy(input: $input) { __typename ... on Error { message } ... on MutationCreatePolicySuccess { data { key version enabled } } }\n  }\n": types.AuthzCreatePolicyDocument,
    "\n  mutation AuthzUpdatePolicy($input: UpdatePolicyInput!) {\n    updatePolicy(input: $input) { __typename ... on Error { message } ... on MutationUpdatePolicySuccess { data { name version } } }\n  }\n": types.AuthzUpdatePolicyDocument,
    "\n  mutation AuthzSetPolicyEnabled($input: SetPolicyEnabledInput!) {\n    setPolicyEnabled(input: $input) { __typename ... on Error { message } ... on MutationSetPolicyEnabledSuccess { data { enabled version } } }\n  }\n": types.AuthzSetPolicyEnabledDocument,
    "\n  fragment AuthzChangeRequest on ChangeRequest { status version title budgetDelta raisedBy { email } approvals { role decision } }\n": types.AuthzChangeRequestFragmentDoc,
    "\n  mutation AuthzCreateChangeRequest($input: CreateChangeRequestInput!) {\n    createChangeRequest(input: $input) { __typename ... on Error { message } ... on MutationCreateChangeRequestSuccess { data { ...AuthzChangeRequest } } }\n  }\n": types.AuthzCreateChangeRequestDocument,
    "\n  mutation AuthzUpdateChangeRequest($input: UpdateChangeRequestInput!) {\n    updateChangeRequest(input: $input) { __typename ... on Error { message } ... on MutationUpdateChangeRequestSuccess { data { ...AuthzChangeRequest } } }\n  }\n": types.AuthzUpdateChangeRequestDocument,
    "\n  mutation AuthzSubmitChangeRequest($input: ChangeRequestActionInput!) {\n    submitChangeRequest(input: $input) { __typename ... on Error { message } ... on MutationSubmitChangeRequestSuccess { data { ...AuthzChangeRequest } } }\n  }\n": types.AuthzSubmitChangeRequestDocument,
    "\n  mutation AuthzApproveChangeRequest($input: ChangeRequestActionInput!) {\n    approveChangeRequest(input: $input) { __typename ... on Error { message } ... on MutationApproveChangeRequestSuccess { data { ...AuthzChangeRequest project { budget } } } }\n  }\n": types.AuthzApproveChangeRequestDocument,
    "\n  mutation AuthzRejectChangeRequest($input: RejectChangeRequestInput!) {\n    rejectChangeRequest(input: $input) { __typename ... on Error { message } ... on MutationRejectChangeRequestSuccess { data { ...AuthzChangeRequest } } }\n  }\n": types.AuthzRejectChangeRequestDocument,
    "\n  mutation AuthzWithdrawChangeRequest($input: ChangeRequestActionInput!) {\n    withdrawChangeRequest(input: $input) { __typename ... on Error { message } ... on MutationWithdrawChangeRequestSuccess { data { ...AuthzChangeRequest } } }\n  }\n": types.AuthzWithdrawChangeRequestDocument,
    "\n  mutation AuthzUpdateChangeControlSettings($input: UpdateChangeControlSettingsInput!) {\n    updateChangeControlSettings(input: $input) { __typename ... on Error { message } ... on MutationUpdateChangeControlSettingsSuccess { data { pmoApprovalAboveBudgetDelta version } } }\n  }\n": types.AuthzUpdateChangeControlSettingsDocument,
    "\n  mutation AuthzRecordDecision($input: RecordDecisionInput!) {\n    recordDecision(input: $input) { __typename ... on Error { message } ... on MutationRecordDecisionSuccess { data { title project { code } portfolio { name } changeRequests { title } } } }\n  }\n": types.AuthzRecordDecisionDocument,
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
    "\n  query AuthzCapacityHeatmap($input: CapacityHeatmapInput!) {\n    capacityHeatmap(input: $input) { rows { user { email } cells { periodStart capacityHours hardHours softHours utilisation overAllocated } } }\n  }\n": types.AuthzCapacityHeatmapDocument,
    "\n  query AuthzSkillGaps($input: SkillGapsInput!) { skillGaps(input: $input) { skill { key } gapHours } }\n": types.AuthzSkillGapsDocument,
    "\n  query AuthzDemoDemand($id: ID!) { node(id: $id) { ... on Project { resourceDemands(first: 10) { edges { node { id skill { key } } } } } } }\n": types.AuthzDemoDemandDocument,
    "\n  query AuthzCandidates($id: ID!) { candidatesForDemand(demandId: $id, first: 10) { user { email } costRate evidence { minLevel } } }\n": types.AuthzCandidatesDocument,
    "\n  query AuthzChangeControlSettings { changeControlSettings { pmoApprovalAboveBudgetDelta version } }\n": types.AuthzChangeControlSettingsDocument,
    "\n  query AuthzChangeControl($project: ID!, $hidden: ID!, $portfolio: ID!) {\n    project: node(id: $project) { ... on Project { code changeRequests(filter: { status: [SUBMITTED] }) { totalCount edges { node { title budgetDelta } } } decisions { totalCount } } }\n    hidden: node(id: $hidden) { ... on Project { code changeRequests { totalCount } decisions { totalCount } } }\n    portfolio: node(id: $portfolio) { ... on Portfolio { name decisions { totalCount edges { node { title } } } } }\n  }\n": types.AuthzChangeControlDocument,
    "\n  query AuthzResourceSettings { resourceSettings { overallocationTolerance } }\n": types.AuthzResourceSettingsDocument,
    "\n  query AuthzScoringModels { scoringModels { key version method } }\n": types.AuthzScoringModelsDocument,
    "\n  query AuthzRanking($id: ID!) { portfolio(id: $id) { ranking(modelKey: \"wsjf\") { rank score complete project { code } } } }\n": types.AuthzRankingDocument,
    "\n  query AuthzOptimize($id: ID!) {\n    optimizePortfolio(input: { portfolioId: $id, modelKey: \"wsjf\" }) { __typename ... on QueryOptimizePortfolioSuccess { data { optimal objective candidates { project { code } } } } }\n  }\n": types.AuthzOptimizeDocument,
    "\n  query AuthzFrontier($id: ID!) {\n    efficientFrontier(input: { portfolioId: $id, modelKey: \"wsjf\", points: 2 }) { __typename ... on QueryEfficientFrontierSuccess { data { feasible } } }\n  }\n": types.AuthzFrontierDocument,
    "\n  query AuthzCompareScenarios($ids: [ID!]!) {\n    compareScenarios(ids: $ids) { __typename ... on QueryCompareScenariosSuccess { data { scenarios { name objective selected { project { code } } } differing { project { code } } common { project { code } } } } }\n  }\n": types.AuthzCompareScenariosDocument,
    "\n  query AuthzPortfolioScenarios($id: ID!) { portfolio(id: $id) { scenarios(first: 10) { totalCount edges { node { name status totalCost } } } } }\n": types.AuthzPortfolioScenariosDocument,
    "\n  query AuthzScenarioNode($id: ID!) { node(id: $id) { ... on PortfolioScenario { name result } } }\n": types.AuthzScenarioNodeDocument,
    "\n  query AuthzDeriveWeights { deriveWeights(input: { criteria: [\"a\", \"b\"], comparisons: [{ more: \"a\", than: \"b\", value: 3 }] }) { weights { criterionKey weight } consistent } }\n": types.AuthzDeriveWeightsDocument,
    "\n  query AuthzAuditLog($project: ID!) { auditEvents(first: 5, filter: { projectId: $project }) { totalCount edges { node { action actor { email } } } } }\n": types.AuthzAuditLogDocument,
    "\n  query AuthzAuditLogCsv($project: ID!) { auditEventsCsv(filter: { projectId: $project }) }\n": types.AuthzAuditLogCsvDocument,
    "\n  query AuthzPolicies { policies(first: 5) { totalCount edges { node { key } } } }\n": types.AuthzPoliciesDocument,
    "\n  query AuthzDryRunPolicy($input: DryRunPolicyInput!) {\n    dryRunPolicy(input: $input) {\n      __typename\n      ... on QueryDryRunPolicySuccess { data { evaluated failing { project { code } evidence } blockedTransitions { kind } } }\n    }\n  }\n": types.AuthzDryRunPolicyDocument,
    "\n  query AuthzTrainingCatalogue {\n    certificationTypes(first: 20) { totalCount edges { node { key issuer requiredPdus } } }\n    certificationType(key: \"pmp\") { name validityMonths minEducationPdus minPdusPerCategory projectManagement }\n    trainingSettings { expiryWindowDays version }\n  }\n": types.AuthzTrainingCatalogueDocument,
    "\n  query AuthzExpiringCertifications { expiringCertifications(first: 20) { totalCount edges { node { type { key } user { email } expiring } } } }\n": types.AuthzExpiringCertificationsDocument,
    "\n  query AuthzPersonCertifications($id: ID!) {\n    person: node(id: $id) { ... on User { email certifications { type { key } earnedOn verified renewal { required met } } } }\n  }\n": types.AuthzPersonCertificationsDocument,
    "\n  query AuthzCourses {\n    courses(first: 20) { totalCount edges { node { key format pdus } } }\n    course(key: \"pmo-rotation\") { title pdusGivingBack skills { skill { key } level } }\n  }\n": types.AuthzCoursesDocument,
    "\n  query AuthzPersonEnrollments($id: ID!) { person: node(id: $id) { ... on User { email enrollments { status course { key } } } } }\n": types.AuthzPersonEnrollmentsDocument,
    "\n  query AuthzMentoring($id: ID!) {\n    person: node(id: $id) {\n      ... on User { mentoringAsMentee { mentor { email } status viewerReadsNotes focusSkills { key } sessions { minutes notes } } mentoringAsMentor { mentee { email } } }\n    }\n  }\n": types.AuthzMentoringDocument,
    "\n  query AuthzDevelopment($id: ID!) {\n    person: node(id: $id) {\n      ... on User {\n        development {\n          plan { summary }\n          enrollments { status }\n          certifications { type { key } expiring }\n          mentoringAsMentee { mentor { email } }\n        }\n      }\n    }\n  }\n": types.AuthzDevelopmentDocument,
    "\n  query AuthzTrainingSummary {\n    trainingSummary { certifications { type { key } active expiring } enrollments { status count } activeMentoring developmentPlans }\n  }\n": types.AuthzTrainingSummaryDocument,
    "\n  mutation AuthzCreateCertificationType($input: CreateCertificationTypeInput!) {\n    createCertificationType(input: $input) { __typename ... on Error { message } ... on MutationCreateCertificationTypeSuccess { data { key version } } }\n  }\n": types.AuthzCreateCertificationTypeDocument,
    "\n  mutation AuthzUpdateCertificationType($input: UpdateCertificationTypeInput!) {\n    updateCertificationType(input: $input) { __typename ... on Error { message } ... on MutationUpdateCertificationTypeSuccess { data { name version } } }\n  }\n": types.AuthzUpdateCertificationTypeDocument,
    "\n  mutation AuthzRecordCertification($input: RecordCertificationInput!) {\n    recordCertification(input: $input) { __typename ... on Error { message } ... on MutationRecordCertificationSuccess { data { credentialId user { email } } } }\n  }\n": types.AuthzRecordCertificationDocument,
    "\n  mutation AuthzVerifyCertification($input: VerifyCertificationInput!) {\n    verifyCertification(input: $input) { __typename ... on Error { message } ... on MutationVerifyCertificationSuccess { data { verified version } } }\n  }\n": types.AuthzVerifyCertificationDocument,
    "\n  mutation AuthzDeleteCertification($input: DeleteCertificationInput!) {\n    deleteCertification(input: $input) { __typename ... on Error { message } ... on MutationDeleteCertificationSuccess { data { user { email } } } }\n  }\n": types.AuthzDeleteCertificationDocument,
    "\n  mutation AuthzUpdateTrainingSettings($input: UpdateTrainingSettingsInput!) {\n    updateTrainingSettings(input: $input) { __typename ... on Error { message } ... on MutationUpdateTrainingSettingsSuccess { data { expiryWindowDays version } } }\n  }\n": types.AuthzUpdateTrainingSettingsDocument,
    "\n  mutation AuthzCreateCourse($input: CreateCourseInput!) {\n    createCourse(input: $input) { __typename ... on Error { message } ... on MutationCreateCourseSuccess { data { key version } } }\n  }\n": types.AuthzCreateCourseDocument,
    "\n  mutation AuthzUpdateCourse($input: UpdateCourseInput!) {\n    updateCourse(input: $input) { __typename ... on Error { message } ... on MutationUpdateCourseSuccess { data { hours version } } }\n  }\n": types.AuthzUpdateCourseDocument,
    "\n  mutation AuthzRequestEnrollment($input: RequestEnrollmentInput!) {\n    requestEnrollment(input: $input) { __typename ... on Error { message } ... on MutationRequestEnrollmentSuccess { data { status user { email } } } }\n  }\n": types.AuthzRequestEnrollmentDocument,
    "\n  mutation AuthzApproveEnrollment($input: ApproveEnrollmentInput!) {\n    approveEnrollment(input: $input) { __typename ... on Error { message } ... on MutationApproveEnrollmentSuccess { data { status version } } }\n  }\n": types.AuthzApproveEnrollmentDocument,
    "\n  mutation AuthzStartEnrollment($input: StartEnrollmentInput!) {\n    startEnrollment(input: $input) { __typename ... on Error { message } ... on MutationStartEnrollmentSuccess { data { status version } } }\n  }\n": types.AuthzStartEnrollmentDocument,
    "\n  mutation AuthzCompleteEnrollment($input: CompleteEnrollmentInput!) {\n    completeEnrollment(input: $input) { __typename ... on Error { message } ... on MutationCompleteEnrollmentSuccess { data { status version } } }\n  }\n": types.AuthzCompleteEnrollmentDocument,
    "\n  mutation AuthzDropEnrollment($input: DropEnrollmentInput!) {\n    dropEnrollment(input: $input) { __typename ... on Error { message } ... on MutationDropEnrollmentSuccess { data { status version } } }\n  }\n": types.AuthzDropEnrollmentDocument,
    "\n  mutation AuthzProposeMentoring($input: ProposeMentoringInput!) {\n    proposeMentoring(input: $input) { __typename ... on Error { message } ... on MutationProposeMentoringSuccess { data { status mentee { email } } } }\n  }\n": types.AuthzProposeMentoringDocument,
    "\n  mutation AuthzAcceptMentoring($input: AcceptMentoringInput!) {\n    acceptMentoring(input: $input) { __typename ... on Error { message } ... on MutationAcceptMentoringSuccess { data { status version } } }\n  }\n": types.AuthzAcceptMentoringDocument,
    "\n  mutation AuthzEndMentoring($input: EndMentoringInput!) {\n    endMentoring(input: $input) { __typename ... on Error { message } ... on MutationEndMentoringSuccess { data { status version } } }\n  }\n": types.AuthzEndMentoringDocument,
    "\n  mutation AuthzRecordMentoringSession($input: RecordMentoringSessionInput!) {\n    recordMentoringSession(input: $input) { __typename ... on Error { message } ... on MutationRecordMentoringSessionSuccess { data { sessions { minutes } } } }\n  }\n": types.AuthzRecordMentoringSessionDocument,
    "\n  mutation AuthzSetDevelopmentPlan($input: SetDevelopmentPlanInput!) {\n    setDevelopmentPlan(input: $input) { __typename ... on Error { message } ... on MutationSetDevelopmentPlanSuccess { data { summary version } } }\n  }\n": types.AuthzSetDevelopmentPlanDocument,
    "\n  query AuditLog($filter: AuditEventFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    auditEvents(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      edges { node { action entityType entityId actor { email } } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n": types.AuditLogDocument,
    "\n  query AuditLogCsv($filter: AuditEventFilter, $first: Int) { auditEventsCsv(filter: $filter, first: $first) }\n": types.AuditLogCsvDocument,
    "\n  fragment ChangeRequestFields on ChangeRequest {\n    id version status kind title budgetDelta finishDeltaDays scopeDelta decisionReason\n    raisedBy { email }\n    approvers { role decision }\n    approvals { role decision comment approver { email } }\n  }\n": types.ChangeRequestFieldsFragmentDoc,
    "\n  fragment ChangeRequestErrors on Error {\n    ... on ChangeRequestStatusError { status allowedFrom }\n  }\n": types.ChangeRequestErrorsFragmentDoc,
    "\n  mutation ChangeRequestCreate($input: CreateChangeRequestInput!) {\n    createChangeRequest(input: $input) { __typename ... on MutationCreateChangeRequestSuccess { data { ...ChangeRequestFields } } ...ErrorFields }\n  }\n": types.ChangeRequestCreateDocument,
    "\n  mutation ChangeRequestUpdate($input: UpdateChangeRequestInput!) {\n    updateChangeRequest(input: $input) { __typename ... on MutationUpdateChangeRequestSuccess { data { ...ChangeRequestFields } } ...ErrorFields ...ChangeRequestErrors }\n  }\n": types.ChangeRequestUpdateDocument,
    "\n  mutation ChangeRequestSubmit($input: ChangeRequestActionInput!) {\n    submitChangeRequest(input: $input) { __typename ... on MutationSubmitChangeRequestSuccess { data { ...ChangeRequestFields } } ...ErrorFields ...ChangeRequestErrors }\n  }\n": types.ChangeRequestSubmitDocument,
    "\n  mutation ChangeRequestApprove($input: ChangeRequestActionInput!) {\n    approveChangeRequest(input: $input) { __typename ... on MutationApproveChangeRequestSuccess { data { ...ChangeRequestFields } } ...ErrorFields ...ChangeRequestErrors }\n  }\n": types.ChangeRequestApproveDocument,
    "\n  mutation ChangeRequestReject($input: RejectChangeRequestInput!) {\n    rejectChangeRequest(input: $input) { __typename ... on MutationRejectChangeRequestSuccess { data { ...ChangeRequestFields } } ...ErrorFields ...ChangeRequestErrors }\n  }\n": types.ChangeRequestRejectDocument,
    "\n  mutation ChangeRequestWithdraw($input: ChangeRequestActionInput!) {\n    withdrawChangeRequest(input: $input) { __typename ... on MutationWithdrawChangeRequestSuccess { data { ...ChangeRequestFields } } ...ErrorFields ...ChangeRequestErrors }\n  }\n": types.ChangeRequestWithdrawDocument,
    "\n  mutation ChangeControlSettingsUpdate($input: UpdateChangeControlSettingsInput!) {\n    updateChangeControlSettings(input: $input) { __typename ... on MutationUpdateChangeControlSettingsSuccess { data { pmoApprovalAboveBudgetDelta version } } ...ErrorFields }\n  }\n": types.ChangeControlSettingsUpdateDocument,
    "query ChangeControlSettingsRead { changeControlSettings { pmoApprovalAboveBudgetDelta version } }": types.ChangeControlSettingsReadDocument,
    "\n  mutation ChangeControlEditProject($input: UpdateProjectInput!) {\n    updateProject(input: $input) {\n      __typename\n      ... on MutationUpdateProjectSuccess { data { version budget targetEndDate scopePoints name } }\n      ... on ChangeControlRequiredError { fields }\n      ...ErrorFields\n    }\n  }\n": types.ChangeControlEditProjectDocument,
    "\n  query ChangeControlProject($id: ID!, $status: [ChangeRequestStatus!]) {\n    node(id: $id) {\n      ... on Project {\n        version budget targetEndDate scopePoints\n        changeRequests(filter: { status: $status }) { totalCount edges { node { title status budgetDelta finishDeltaDays } } }\n        decisions { totalCount edges { node { title decidedBy { email } changeRequests { title } } } }\n      }\n    }\n  }\n": types.ChangeControlProjectDocument,
    "\n      query ChangeRequestsListed($id: ID!) {\n        node(id: $id) { ... on Portfolio { projects(first: 50) { edges { node { code\n          changeRequests(first: 5, filter: { status: [DRAFT, SUBMITTED] }) { totalCount edges { node { title budgetDelta raisedBy { email } approvers { role decision } approvals { role approver { email } } } } }\n        } } } } }\n      }\n    ": types.ChangeRequestsListedDocument,
    "\n  mutation DecisionRecord($input: RecordDecisionInput!) {\n    recordDecision(input: $input) {\n      __typename\n      ... on MutationRecordDecisionSuccess { data { id title rationale decidedAt decidedBy { email } project { code } portfolio { name } changeRequests { title } phases { key } } }\n      ...ErrorFields\n    }\n  }\n": types.DecisionRecordDocument,
    "\n  mutation DecisionRaiseRequest($input: CreateChangeRequestInput!) {\n    createChangeRequest(input: $input) { __typename ... on MutationCreateChangeRequestSuccess { data { id } } ...ErrorFields }\n  }\n": types.DecisionRaiseRequestDocument,
    "\n  mutation DecisionScenario($input: CreatePortfolioScenarioInput!) {\n    createPortfolioScenario(input: $input) { __typename ... on MutationCreatePortfolioScenarioSuccess { data { id } } ...ErrorFields }\n  }\n": types.DecisionScenarioDocument,
    "\n  query DecisionScenarioLinks($id: ID!) { node(id: $id) { ... on Portfolio { decisions(first: 1) { edges { node { title scenarios { id name } } } } } } }\n": types.DecisionScenarioLinksDocument,
    "query DecisionPhases($id: ID!) { node(id: $id) { ... on Project { phases { id key } } } }": types.DecisionPhasesDocument,
    "\n  query DecisionProjectLog($id: ID!, $first: Int) { node(id: $id) { ... on Project { decisions(first: $first) { totalCount pageInfo { hasNextPage } edges { node { title decidedAt changeRequests { title } phases { key } } } } } } }\n": types.DecisionProjectLogDocument,
    "\n  query DecisionPortfolioLog($id: ID!) { node(id: $id) { ... on Portfolio { decisions { totalCount edges { node { title rationale decidedBy { email } project { code } } } } } } }\n": types.DecisionPortfolioLogDocument,
    "\n      query DecisionsListed($id: ID!) {\n        node(id: $id) { ... on Portfolio { decisions(first: 5) { totalCount edges { node { title changeRequests { title } } } }\n          projects(first: 50) { edges { node { code decisions(first: 5) { totalCount edges { node { title decidedBy { email } changeRequests { title } phases { key } } } } } } } } }\n      }\n    ": types.DecisionsListedDocument,
    "\n  fragment PolicyFields on Policy {\n    id key name description version enabled mode severity message check\n    scope { portfolios { id } statuses methodologyKeys minBudget }\n  }\n": types.PolicyFieldsFragmentDoc,
    "\n  mutation PolicyCreate($input: CreatePolicyInput!) {\n    createPolicy(input: $input) { __typename ... on MutationCreatePolicySuccess { data { ...PolicyFields } } ...ErrorFields }\n  }\n": types.PolicyCreateDocument,
    "\n  mutation PolicyUpdate($input: UpdatePolicyInput!) {\n    updatePolicy(input: $input) { __typename ... on MutationUpdatePolicySuccess { data { ...PolicyFields } } ...ErrorFields }\n  }\n": types.PolicyUpdateDocument,
    "\n  mutation PolicySetEnabled($input: SetPolicyEnabledInput!) {\n    setPolicyEnabled(input: $input) { __typename ... on MutationSetPolicyEnabledSuccess { data { id enabled version } } ...ErrorFields }\n  }\n": types.PolicySetEnabledDocument,
    "\n  query PolicyDryRun($input: DryRunPolicyInput!) {\n    dryRunPolicy(input: $input) {\n      __typename\n      ... on QueryDryRunPolicySuccess {\n        data { evaluated failing { project { code } evidence waived } blockedTransitions { project { code } kind from to } }\n      }\n      ...ErrorFields\n    }\n  }\n": types.PolicyDryRunDocument,
    "\n  query PolicyList($first: Int) { policies(first: $first) { totalCount edges { node { key version scope { portfolios { name } } createdBy { email } } } } }\n": types.PolicyListDocument,
    "\n  query PolicyResults($id: ID!) {\n    project(id: $id) {\n      code\n      complianceResults { ruleKey source passed waived severity message evidence methodologyKey policyVersion policy { key } }\n      compliance { failing blocking }\n    }\n  }\n": types.PolicyResultsDocument,
    "\n  mutation PolicyTransition($input: TransitionProjectInput!) {\n    transitionProject(input: $input) {\n      __typename\n      ... on MutationTransitionProjectSuccess { data { status } }\n      ... on PolicyViolationError { message failingPolicies { policyKey severity message evidence policy { key } } }\n      ...ErrorFields\n    }\n  }\n": types.PolicyTransitionDocument,
    "\n  mutation PolicyAdvance($input: AdvancePhaseInput!) {\n    advancePhase(input: $input) {\n      __typename\n      ... on MutationAdvancePhaseSuccess { data { currentPhase { key } } }\n      ... on PolicyViolationError { message failingPolicies { policyKey evidence } }\n      ...ErrorFields\n    }\n  }\n": types.PolicyAdvanceDocument,
    "\n  mutation PolicyWaive($input: WaiveRuleInput!) {\n    waiveRule(input: $input) { __typename ... on MutationWaiveRuleSuccess { data { id ruleKey active } } ...ErrorFields }\n  }\n": types.PolicyWaiveDocument,
    "\n  query OpsViewer {\n    viewer { id name role }\n  }\n": types.OpsViewerDocument,
    "\n  mutation OpsCreatePortfolio($input: CreatePortfolioInput!) {\n    createPortfolio(input: $input) {\n      __typename\n      ... on MutationCreatePortfolioSuccess { data { name } }\n    }\n  }\n": types.OpsCreatePortfolioDocument,
    "\n  query OpsPortfolios($search: String!) {\n    portfolios(filter: { search: $search }) { edges { node { name owner { email } } } }\n  }\n": types.OpsPortfoliosDocument,
    "\n  query PersistedViewer { viewer { email role } }\n": types.PersistedViewerDocument,
    "\n  query PersistedProjects($first: Int!) { projects(first: $first) { totalCount edges { node { id code } } } }\n": types.PersistedProjectsDocument,
    "\n      query PersistedByGet { viewer { email } }\n    ": types.PersistedByGetDocument,
    "\n  query ProtectionProjectsPage($first: Int, $last: Int) {\n    projects(first: $first, last: $last) { edges { node { code } } }\n  }\n": types.ProtectionProjectsPageDocument,
    "\n  query SmokeViewer {\n    viewer { name role }\n  }\n": types.SmokeViewerDocument,
    "\n  query CompliancePortfolios {\n    portfolios(first: 10) {\n      edges {\n        node {\n          id\n          compliance { failing blocking projectsEvaluated projectsBlocked bySeverity { severity passed failing waived } }\n          projects(first: 40) {\n            edges { node { id compliance { failing blocking projectsEvaluated projectsBlocked bySeverity { severity passed failing waived } } } }\n          }\n        }\n      }\n    }\n  }\n": types.CompliancePortfoliosDocument,
    "\n  query CompliancePages($first: Int!) {\n    portfolios(first: $first) { edges { node { compliance { failing projectsEvaluated } } } }\n    projects(first: $first) { edges { node { compliance { failing projectsEvaluated } } } }\n  }\n": types.CompliancePagesDocument,
    "\n  mutation DelivUpdatePayload($input: UpdateDeliverableInput!) {\n    updateDeliverable(input: $input) {\n      __typename\n      ... on MutationUpdateDeliverableSuccess { data { id missingFields template { key } } }\n    }\n  }\n": types.DelivUpdatePayloadDocument,
    "\n  query DelivNode($id: ID!) {\n    node(id: $id) { id ... on Deliverable { key } }\n  }\n": types.DelivNodeDocument,
    "\n  mutation GateAdvancePayload($input: AdvancePhaseInput!) {\n    advancePhase(input: $input) {\n      __typename\n      ... on MutationAdvancePhaseSuccess { data { id currentPhase { key } } }\n    }\n  }\n": types.GateAdvancePayloadDocument,
    "\n  query InstalledManifest($key: String!) {\n    methodology(key: $key) { key manifest }\n  }\n": types.InstalledManifestDocument,
    "\n  query MethRegistry($filter: MethodologyFilter) {\n    methodologies(first: 100, filter: $filter) {\n      edges {\n        node {\n          key version name description enabled builtIn extends lineage\n          projectFields { key type label required default options }\n          phases { key name deliverables gate { rules } }\n          templates { key name submitRoles approveRoles fields { key type required } }\n          rules { key kind severity appliesTo { phases statuses } check message }\n          riskTriggers { key severity when message }\n        }\n      }\n    }\n  }\n": types.MethRegistryDocument,
    "\n  query MethOne($key: String!, $version: String) {\n    methodology(key: $key, version: $version) { id key version enabled }\n  }\n": types.MethOneDocument,
    "\n  query MethValidate($manifest: JSON!) {\n    validateMethodology(manifest: $manifest) { valid problems { path message } }\n  }\n": types.MethValidateDocument,
    "\n  query MethProjectFacts($id: ID!) {\n    project(id: $id) { facts }\n  }\n": types.MethProjectFactsDocument,
    "\n  mutation MethAddMember($input: AddProjectMemberInput!) {\n    addProjectMember(input: $input) { __typename ... on MutationAddProjectMemberSuccess { data { id } } ...ErrorFields }\n  }\n": types.MethAddMemberDocument,
    "\n  mutation MethRemoveMember($input: RemoveProjectMemberInput!) {\n    removeProjectMember(input: $input) { __typename ... on MutationRemoveProjectMemberSuccess { data { id } } ...ErrorFields }\n  }\n": types.MethRemoveMemberDocument,
    "\n  mutation MethAlign($input: AlignProjectInput!) {\n    alignProject(input: $input) { __typename ... on MutationAlignProjectSuccess { data { id } } ...ErrorFields }\n  }\n": types.MethAlignDocument,
    "\n  query MethPortfolioCompliance($id: ID!) {\n    portfolio(id: $id) {\n      compliance { failing blocking projectsEvaluated projectsBlocked bySeverity { severity passed failing failed waived } }\n    }\n  }\n": types.MethPortfolioComplianceDocument,
    "\n  query MethNPlusOne($portfolioId: ID!) {\n    projects(first: 50, filter: { portfolioId: $portfolioId }) {\n      edges {\n        node {\n          facts\n          compliance { failing }\n          complianceResults { ruleKey }\n          currentPhase { key }\n          deliverables { key }\n          fields { key value }\n        }\n      }\n    }\n  }\n": types.MethNPlusOneDocument,
    "\n  mutation MethUpdateProjectPayload($input: UpdateProjectInput!) {\n    updateProject(input: $input) {\n      __typename\n      ... on MutationUpdateProjectSuccess { data { id fields { key value } currentPhase { key } } }\n    }\n  }\n": types.MethUpdateProjectPayloadDocument,
    "\n  mutation MethAddMemberTypename($input: AddProjectMemberInput!) {\n    addProjectMember(input: $input) { __typename }\n  }\n": types.MethAddMemberTypenameDocument,
    "\n  mutation MethUpdateProjectTypename($input: UpdateProjectInput!) {\n    updateProject(input: $input) { __typename }\n  }\n": types.MethUpdateProjectTypenameDocument,
    "\n  mutation MethCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      __typename\n      ... on MutationCreateProjectSuccess { data { id code version status methodology { key version } } }\n      ...ErrorFields\n    }\n  }\n": types.MethCreateProjectDocument,
    "\n  mutation MethUpdateProject($input: UpdateProjectInput!) {\n    updateProject(input: $input) {\n      __typename\n      ... on MutationUpdateProjectSuccess { data { id version percentComplete scopePoints } }\n      ...ErrorFields\n    }\n  }\n": types.MethUpdateProjectDocument,
    "\n  mutation MethTransitionProject($input: TransitionProjectInput!) {\n    transitionProject(input: $input) {\n      __typename\n      ... on MutationTransitionProjectSuccess { data { id status version } }\n      ...ErrorFields\n    }\n  }\n": types.MethTransitionProjectDocument,
    "\n  mutation MethRejectDeliverable($input: DeliverableActionInput!) {\n    rejectDeliverable(input: $input) {\n      __typename\n      ... on MutationRejectDeliverableSuccess { data { id status version decidedAt decisionNote } }\n      ...ErrorFields\n    }\n  }\n": types.MethRejectDeliverableDocument,
    "\n  mutation MethAdvancePhase($input: AdvancePhaseInput!) {\n    advancePhase(input: $input) {\n      __typename\n      ... on MutationAdvancePhaseSuccess { data { id version phases { key status } } }\n      ...ErrorFields\n    }\n  }\n": types.MethAdvancePhaseDocument,
    "\n  mutation MethWaiveRule($input: WaiveRuleInput!) {\n    waiveRule(input: $input) {\n      __typename\n      ... on MutationWaiveRuleSuccess { data { id ruleKey reason expiresAt active revokedAt } }\n      ...ErrorFields\n    }\n  }\n": types.MethWaiveRuleDocument,
    "\n  mutation MethRevokeWaiver($input: RevokeWaiverInput!) {\n    revokeWaiver(input: $input) {\n      __typename\n      ... on MutationRevokeWaiverSuccess { data { id ruleKey active revokedAt } }\n      ...ErrorFields\n    }\n  }\n": types.MethRevokeWaiverDocument,
    "\n  mutation MethEvaluateCompliance($input: EvaluateComplianceInput!) {\n    evaluateCompliance(input: $input) {\n      __typename\n      ... on MutationEvaluateComplianceSuccess { data { id complianceResults { ruleKey passed waived evidence } } }\n      ...ErrorFields\n    }\n  }\n": types.MethEvaluateComplianceDocument,
    "\n  mutation MethSetEnabled($input: SetMethodologyEnabledInput!) {\n    setMethodologyEnabled(input: $input) {\n      __typename\n      ... on MutationSetMethodologyEnabledSuccess { data { key version enabled } }\n      ...ErrorFields\n    }\n  }\n": types.MethSetEnabledDocument,
    "\n  query TallyPortfolioCompliances {\n    portfolios(first: 100) {\n      edges { node { id compliance { failing blocking projectsEvaluated projectsBlocked bySeverity { severity passed failing waived } } } }\n    }\n  }\n": types.TallyPortfolioCompliancesDocument,
    "\n  query BudgetValidate($manifest: JSON!) {\n    validateMethodology(manifest: $manifest) { valid problems { path message } }\n  }\n": types.BudgetValidateDocument,
    "\n  query BudgetCompliance($id: ID!) {\n    project(id: $id) { complianceResults { ruleKey passed evidence error { code message } } }\n  }\n": types.BudgetComplianceDocument,
    "\n  query BudgetProjectFacts($id: ID!) {\n    project(id: $id) { facts }\n  }\n": types.BudgetProjectFactsDocument,
    "\n  mutation DependencyAdd($input: AddProjectDependencyInput!) {\n    addProjectDependency(input: $input) { __typename ... on MutationAddProjectDependencySuccess { data { id reason project { code } needsProject { code } addedBy { email } } } ...ErrorFields }\n  }\n": types.DependencyAddDocument,
    "\n  mutation DependencyRemove($input: RemoveProjectDependencyInput!) {\n    removeProjectDependency(input: $input) { __typename ... on MutationRemoveProjectDependencySuccess { data { removedProjectDependencyId project { code needs { id } } } } ...ErrorFields }\n  }\n": types.DependencyRemoveDocument,
    "\n  query DependencyLinks($id: ID!) { node(id: $id) { ... on Project { needs { needsProject { code } } neededBy { project { code } } } } }\n": types.DependencyLinksDocument,
    "\n  mutation MutCreatePortfolio($input: CreatePortfolioInput!) {\n    createPortfolio(input: $input) {\n      __typename\n      ... on MutationCreatePortfolioSuccess { data { id name description budget version owner { email } } }\n      ...ErrorFields\n    }\n  }\n": types.MutCreatePortfolioDocument,
    "\n  mutation MutUpdatePortfolio($input: UpdatePortfolioInput!) {\n    updatePortfolio(input: $input) {\n      __typename\n      ... on MutationUpdatePortfolioSuccess { data { id name description budget version owner { email } } }\n      ...ErrorFields\n    }\n  }\n": types.MutUpdatePortfolioDocument,
    "\n  mutation MutCreateObjective($input: CreateObjectiveInput!) {\n    createObjective(input: $input) {\n      __typename\n      ... on MutationCreateObjectiveSuccess { data { id name description weight version portfolio { name } } }\n      ...ErrorFields\n    }\n  }\n": types.MutCreateObjectiveDocument,
    "\n  mutation MutUpdateObjective($input: UpdateObjectiveInput!) {\n    updateObjective(input: $input) {\n      __typename\n      ... on MutationUpdateObjectiveSuccess { data { id name description weight version portfolio { name } } }\n      ...ErrorFields\n    }\n  }\n": types.MutUpdateObjectiveDocument,
    "\n  query OptimisationOptimize($input: OptimizePortfolioInput!) {\n    optimizePortfolio(input: $input) {\n      __typename\n      ... on QueryOptimizePortfolioSuccess {\n        data {\n          status optimal objective totalCost solveMillis gap gainOverGreedy capacitySource notes\n          selected { project { code } }\n          stopped { project { code } }\n          binding { constraint used limit }\n          constraints { constraint kind used limit binding slack }\n          greedy { objective selected { project { code } } }\n          costByYear { year used limit }\n          capacity { skillKey quarter used limit }\n          candidates { project { code } score scoreComplete costSource selected costByYear { year amount } }\n        }\n      }\n      ... on InfeasibleError { message issues { constraint kind used limit message projects { code } } }\n      ... on ValidationError { issues { path message } }\n      ... on Error { message }\n    }\n  }\n": types.OptimisationOptimizeDocument,
    "\n  query OptimisationFrontier($input: EfficientFrontierInput!) {\n    efficientFrontier(input: $input) {\n      __typename\n      ... on QueryEfficientFrontierSuccess { data { budget objective optimal totalCost feasible selected { project { code } } } }\n      ... on ValidationError { issues { path message } }\n      ... on Error { message }\n    }\n  }\n": types.OptimisationFrontierDocument,
    "\n  mutation OptimisationScore($input: ScoreProjectInput!) { scoreProject(input: $input) { __typename ... on Error { message } } }\n": types.OptimisationScoreDocument,
    "\n  mutation OptimisationAddDependency($input: AddProjectDependencyInput!) {\n    addProjectDependency(input: $input) { __typename ... on MutationAddProjectDependencySuccess { data { id } } ... on Error { message } }\n  }\n": types.OptimisationAddDependencyDocument,
    "\n  mutation OptimisationRemoveDependency($input: RemoveProjectDependencyInput!) { removeProjectDependency(input: $input) { __typename ... on Error { message } } }\n": types.OptimisationRemoveDependencyDocument,
    "\n  mutation OptimisationCreateSkill($input: CreateSkillInput!) { createSkill(input: $input) { __typename ... on Error { message } } }\n": types.OptimisationCreateSkillDocument,
    "\n  mutation OptimisationSetUserSkill($input: SetUserSkillInput!) { setUserSkill(input: $input) { __typename ... on Error { message } } }\n": types.OptimisationSetUserSkillDocument,
    "\n  mutation OptimisationCreateDemand($input: CreateResourceDemandInput!) { createResourceDemand(input: $input) { __typename ... on Error { message } } }\n": types.OptimisationCreateDemandDocument,
    "\n  query OptimisationCounted($input: OptimizePortfolioInput!) {\n    optimizePortfolio(input: $input) {\n      __typename\n      ... on QueryOptimizePortfolioSuccess { data { objective selected { project { code } } greedy { selected { project { code } } } candidates { project { code } costSource costByYear { year amount } } capacity { skillKey used limit } constraints { constraint } } }\n    }\n  }\n": types.OptimisationCountedDocument,
    "\n  query OptimisationCountedFrontier($input: EfficientFrontierInput!) {\n    efficientFrontier(input: $input) { __typename ... on QueryEfficientFrontierSuccess { data { budget objective selected { project { code } } } } }\n  }\n": types.OptimisationCountedFrontierDocument,
    "\n  query OptimisationCountedScenarios($id: ID!, $ids: [ID!]!) {\n    portfolio(id: $id) { scenarios(first: 50) { totalCount edges { node { name objective selected { project { code } } costByYear { year used } } } } }\n    compareScenarios(ids: $ids) { ... on QueryCompareScenariosSuccess { data { scenarios { name selected { project { code } } } differing { project { code } } common { project { code } } } } }\n  }\n": types.OptimisationCountedScenariosDocument,
    "\n  mutation ScenariosCreate($input: CreatePortfolioScenarioInput!) {\n    createPortfolioScenario(input: $input) {\n      __typename\n      ... on MutationCreatePortfolioScenarioSuccess { data { id name status version optimal objective totalCost parameters result selected { project { code } } costByYear { year used limit } createdBy { email } } }\n      ... on ValidationError { issues { path message } }\n      ... on InfeasibleError { issues { constraint } }\n      ... on Error { message }\n    }\n  }\n": types.ScenariosCreateDocument,
    "\n  mutation ScenariosUpdate($input: UpdatePortfolioScenarioInput!) {\n    updatePortfolioScenario(input: $input) {\n      __typename\n      ... on MutationUpdatePortfolioScenarioSuccess { data { id name status version objective selected { project { code } } } }\n      ... on ValidationError { issues { path message } }\n      ... on Error { message }\n    }\n  }\n": types.ScenariosUpdateDocument,
    "\n  mutation ScenariosCommit($input: CommitScenarioInput!) {\n    commitScenario(input: $input) {\n      __typename\n      ... on MutationCommitScenarioSuccess { data { id status version committedAt } }\n      ... on ValidationError { issues { path message } }\n      ... on Error { message }\n    }\n  }\n": types.ScenariosCommitDocument,
    "\n  query ScenariosCompare($ids: [ID!]!) {\n    compareScenarios(ids: $ids) {\n      __typename\n      ... on QueryCompareScenariosSuccess {\n        data {\n          portfolio { name }\n          scenarios { name status objective totalCost optimal selected { project { code } } costByYear { year used limit } capacity { skillKey } scenario { id } }\n          differing { project { code } }\n          common { project { code } }\n        }\n      }\n      ...ErrorFields\n    }\n  }\n": types.ScenariosCompareDocument,
    "\n  query ScenariosList($id: ID!) { portfolio(id: $id) { scenarios(first: 10) { totalCount edges { node { name status } } } } }\n": types.ScenariosListDocument,
    "\n  query ScenariosDecisions($id: ID!) { portfolio(id: $id) { decisions(first: 5) { edges { node { title rationale decidedBy { email } scenarios { id name } } } } } }\n": types.ScenariosDecisionsDocument,
    "\n  mutation ScenariosScore($input: ScoreProjectInput!) { scoreProject(input: $input) { __typename ... on Error { message } } }\n": types.ScenariosScoreDocument,
    "\n  query ScoringModels { scoringModels { key version method builtIn criteria { key source min max weight direction formula } } }\n": types.ScoringModelsDocument,
    "\n  mutation ScoringCreateModel($input: CreateScoringModelInput!) {\n    createScoringModel(input: $input) { __typename ... on MutationCreateScoringModelSuccess { data { key version method criteria { key source } } } ...ErrorFields }\n  }\n": types.ScoringCreateModelDocument,
    "\n  mutation ScoringUpdateModel($input: UpdateScoringModelInput!) {\n    updateScoringModel(input: $input) { __typename ... on MutationUpdateScoringModelSuccess { data { key version name criteria { key weight } } } ...ErrorFields }\n  }\n": types.ScoringUpdateModelDocument,
    "\n  mutation ScoringScore($input: ScoreProjectInput!) {\n    scoreProject(input: $input) { __typename ... on MutationScoreProjectSuccess { data { status project { code } scores { criterionKey value rationale status scoredBy { email } } } } ...ErrorFields }\n  }\n": types.ScoringScoreDocument,
    "\n  query ScoringRanking($id: ID!, $modelKey: String!) {\n    node(id: $id) { ... on Portfolio { ranking(modelKey: $modelKey) { rank score complete project { code } contributions { criterionKey value normalised weight contribution evidence } } } }\n  }\n": types.ScoringRankingDocument,
    "\n  query ScoringHistory($id: ID!) { node(id: $id) { ... on Project { scores(modelKey: \"wsjf\") { criterionKey value status } } } }\n": types.ScoringHistoryDocument,
    "\n  query ScoringDerive($input: DeriveWeightsInput!) { deriveWeights(input: $input) { weights { criterionKey weight } lambdaMax consistencyRatio consistent } }\n": types.ScoringDeriveDocument,
    "\n  mutation MutCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      __typename\n      ... on MutationCreateProjectSuccess {\n        data {\n          id code name description status health budget actualCost startDate targetEndDate version\n          portfolio { name } manager { email } sponsor { email }\n        }\n      }\n      ...ErrorFields\n    }\n  }\n": types.MutCreateProjectDocument,
    "\n  mutation MutUpdateProject($input: UpdateProjectInput!) {\n    updateProject(input: $input) {\n      __typename\n      ... on MutationUpdateProjectSuccess {\n        data {\n          id code name description status health budget actualCost startDate targetEndDate version\n          portfolio { name } manager { email } sponsor { email }\n        }\n      }\n      ...ErrorFields\n    }\n  }\n": types.MutUpdateProjectDocument,
    "\n  mutation MutTransitionProject($input: TransitionProjectInput!) {\n    transitionProject(input: $input) {\n      __typename\n      ... on MutationTransitionProjectSuccess { data { id status version allowedTransitions } }\n      ...ErrorFields\n    }\n  }\n": types.MutTransitionProjectDocument,
    "\n  mutation MutAddProjectMember($input: AddProjectMemberInput!) {\n    addProjectMember(input: $input) {\n      __typename\n      ... on MutationAddProjectMemberSuccess { data { id projectRole user { email } project { code } } }\n      ...ErrorFields\n    }\n  }\n": types.MutAddProjectMemberDocument,
    "\n  mutation MutRemoveProjectMember($input: RemoveProjectMemberInput!) {\n    removeProjectMember(input: $input) {\n      __typename\n      ... on MutationRemoveProjectMemberSuccess { data { id code members { projectRole user { email } } } }\n      ...ErrorFields\n    }\n  }\n": types.MutRemoveProjectMemberDocument,
    "\n  mutation MutAlignProject($input: AlignProjectInput!) {\n    alignProject(input: $input) {\n      __typename\n      ... on MutationAlignProjectSuccess { data { id code alignments { score objective { name } } } }\n      ...ErrorFields\n    }\n  }\n": types.MutAlignProjectDocument,
    "\n  query MutProjectAudit($id: ID!) {\n    project(id: $id) {\n      auditTrail(first: 1) { edges { node { action entityType entityId actor { email } before after } } }\n    }\n  }\n": types.MutProjectAuditDocument,
    "\n  mutation LifecycleTransition($input: TransitionProjectInput!) {\n    transitionProject(input: $input) {\n      __typename\n      ... on MutationTransitionProjectSuccess { data { status version allowedTransitions } }\n      ... on Error { message }\n      ... on InvalidTransitionError { from to allowed }\n      ... on ConflictError { currentVersion }\n      ... on NotFoundError { entityType }\n      ... on ValidationError { issues { path message } }\n    }\n  }\n": types.LifecycleTransitionDocument,
    "\n  query LifecycleProject($id: ID!) {\n    project(id: $id) {\n      status\n      version\n      allowedTransitions\n      auditTrail(first: 10) { edges { node { action actor { email } before after } } }\n    }\n  }\n": types.LifecycleProjectDocument,
    "\n  query LifecycleSeeded {\n    projects(first: 100, orderBy: [{ field: CODE }]) { edges { node { code status allowedTransitions } } }\n  }\n": types.LifecycleSeededDocument,
    "\n  query ReportingHealth($id: ID!) {\n    project(id: $id) {\n      health\n      healthAssessment {\n        overall dimensions { dimension rag assessed reason figures { name value } } thresholds { indexAmber indexRed slipRedDays version }\n        thresholdsOverriddenBy overriddenThresholds\n      }\n      statusReports(first: 10) { totalCount edges { node { summary derivedHealth healthOverride overrideReason health figures reportedBy { email } } } }\n    }\n  }\n": types.ReportingHealthDocument,
    "\n  mutation ReportingThresholds($input: UpdateHealthThresholdsInput!) {\n    updateHealthThresholds(input: $input) { __typename ... on MutationUpdateHealthThresholdsSuccess { data { indexAmber indexRed version } } ...ErrorFields }\n  }\n": types.ReportingThresholdsDocument,
    "\n  mutation ReportingSubmit($input: SubmitStatusReportInput!) {\n    submitStatusReport(input: $input) { __typename ... on MutationSubmitStatusReportSuccess { data { derivedHealth healthOverride health } } ...ErrorFields }\n  }\n": types.ReportingSubmitDocument,
    "\n  query ReportingDashboard($id: ID!) {\n    portfolio(id: $id) {\n      dashboard {\n        projectCount projectsByStatus { status count } projectsByHealth { health count } budget estimateAtCompletion\n        earnedValue { budgetAtCompletion earnedValue cpi spi } behindSchedule { code } topRisks { score project { code } }\n        compliance { failing blocking }\n      }\n    }\n  }\n": types.ReportingDashboardDocument,
    "\n  mutation ReportingProgress($input: ReportTaskProgressInput!) {\n    reportTaskProgress(input: $input) { __typename ... on MutationReportTaskProgressSuccess { data { version } } ...ErrorFields }\n  }\n": types.ReportingProgressDocument,
    "\n  mutation AbsenceCreate($input: CreateAbsenceInput!) {\n    createAbsence(input: $input) { __typename ... on MutationCreateAbsenceSuccess { data { id from to hoursPerDay kind note version recordedBy { email } } } ...ErrorFields }\n  }\n": types.AbsenceCreateDocument,
    "\n  mutation AbsenceUpdate($input: UpdateAbsenceInput!) {\n    updateAbsence(input: $input) { __typename ... on MutationUpdateAbsenceSuccess { data { id from to hoursPerDay kind version } } ...ErrorFields }\n  }\n": types.AbsenceUpdateDocument,
    "\n  mutation AbsenceDelete($input: DeleteAbsenceInput!) {\n    deleteAbsence(input: $input) { __typename ... on MutationDeleteAbsenceSuccess { data { deletedAbsenceId user { email } } } ...ErrorFields }\n  }\n": types.AbsenceDeleteDocument,
    "\n  mutation AbsenceCalendar($input: UpdateOrganisationCalendarInput!) {\n    updateOrganisationCalendar(input: $input) { __typename ... on MutationUpdateOrganisationCalendarSuccess { data { workingDays holidays version } } ...ErrorFields }\n  }\n": types.AbsenceCalendarDocument,
    "\n  query AbsencePerson($id: ID!, $from: Date!, $to: Date!) {\n    node(id: $id) {\n      ... on User {\n        absences(from: $from, to: $to) { from to hoursPerDay kind note }\n        capacity(from: $from, to: $to) { weekStart standardHours holidayHours absenceHours capacityHours }\n      }\n    }\n  }\n": types.AbsencePersonDocument,
    "\n  query AbsenceMany($first: Int!) { users(first: $first) { edges { node { capacity(from: \"2026-03-02\", to: \"2026-03-29\") { capacityHours } } } } }\n": types.AbsenceManyDocument,
    "\n  mutation AllocationCreate($input: CreateAllocationInput!) {\n    createAllocation(input: $input) {\n      __typename\n      ... on MutationCreateAllocationSuccess { data { id kind from to hoursPerWeek version declined user { email } requestedBy { email } confirmedBy { email } demand { id status } } }\n      ...ErrorFields\n    }\n  }\n": types.AllocationCreateDocument,
    "\n  mutation AllocationUpdate($input: UpdateAllocationInput!) {\n    updateAllocation(input: $input) { __typename ... on MutationUpdateAllocationSuccess { data { id hoursPerWeek version demand { status } } } ...ErrorFields }\n  }\n": types.AllocationUpdateDocument,
    "\n  mutation AllocationDelete($input: DeleteAllocationInput!) {\n    deleteAllocation(input: $input) { __typename ... on MutationDeleteAllocationSuccess { data { deletedAllocationId project { code } } } ...ErrorFields }\n  }\n": types.AllocationDeleteDocument,
    "\n  mutation AllocationConfirm($input: ConfirmAllocationInput!) {\n    confirmAllocation(input: $input) { __typename ... on MutationConfirmAllocationSuccess { data { id kind version confirmedBy { email } confirmedAt } } ...ErrorFields }\n  }\n": types.AllocationConfirmDocument,
    "\n  mutation AllocationDecline($input: DeclineAllocationInput!) {\n    declineAllocation(input: $input) { __typename ... on MutationDeclineAllocationSuccess { data { id kind declined declineReason declinedBy { email } } } ...ErrorFields }\n  }\n": types.AllocationDeclineDocument,
    "\n  mutation DemandCreate($input: CreateResourceDemandInput!) {\n    createResourceDemand(input: $input) { __typename ... on MutationCreateResourceDemandSuccess { data { id status minLevel skill { key } hoursPerWeek version } } ...ErrorFields }\n  }\n": types.DemandCreateDocument,
    "\n  mutation AllocationSettings($input: UpdateResourceSettingsInput!) {\n    updateResourceSettings(input: $input) { __typename ... on MutationUpdateResourceSettingsSuccess { data { overallocationTolerance version } } ...ErrorFields }\n  }\n": types.AllocationSettingsDocument,
    "\n  query AllocationHeatmap($input: CapacityHeatmapInput!) {\n    capacityHeatmap(input: $input) {\n      periods\n      tolerance\n      rows { user { email } cells { periodStart capacityHours hardHours softHours utilisation overAllocated } }\n      skills { skill { key } level holders cells { periodStart supplyHours freeHours demandHours bookedHours openHours shortfallHours } }\n    }\n  }\n": types.AllocationHeatmapDocument,
    "\n  mutation AllocationFromSchedule($input: AllocateFromScheduleInput!) {\n    allocateFromSchedule(input: $input) {\n      __typename\n      ... on MutationAllocateFromScheduleSuccess { data { replaced allocations { task { key } user { email } from to hoursPerWeek kind fromSchedule } skipped { task { key } reason } } }\n      ...ErrorFields\n    }\n  }\n": types.AllocationFromScheduleDocument,
    "\n  mutation AllocationAway($input: CreateAbsenceInput!) {\n    createAbsence(input: $input) { __typename ... on MutationCreateAbsenceSuccess { data { id version } } ...ErrorFields }\n  }\n": types.AllocationAwayDocument,
    "\n  mutation AllocationBack($input: DeleteAbsenceInput!) {\n    deleteAbsence(input: $input) { __typename ... on MutationDeleteAbsenceSuccess { data { deletedAbsenceId } } ...ErrorFields }\n  }\n": types.AllocationBackDocument,
    "\n  query AllocationFacts($id: ID!) { node(id: $id) { ... on Project { facts } } }\n": types.AllocationFactsDocument,
    "\n  query AllocationSkillGaps($input: SkillGapsInput!) {\n    skillGaps(input: $input) {\n      skill { key } level demandHours bookedHours availableHours gapHours qualifiedPeople\n      projects { project { code } demandHours }\n      recommendations { trainees { user { email } level freeHours } mentors { user { email } level freeHours } courses { key } }\n    }\n  }\n": types.AllocationSkillGapsDocument,
    "\n  query AllocationCandidates($id: ID!, $first: Int) {\n    candidatesForDemand(demandId: $id, first: $first) {\n      rank score costRate user { email }\n      evidence { skillLevel minLevel meetsLevel coverage roleMatch freeHoursByWeek { weekStart freeHours neededHours } }\n    }\n  }\n": types.AllocationCandidatesDocument,
    "\n  mutation AllocationLevel($input: LevelResourcesInput!) {\n    levelResources(input: $input) {\n      __typename\n      ... on MutationLevelResourcesSuccess {\n        data {\n          dryRun applied finishDate complete\n          moves { task { key } fromStart toStart fromFinish toFinish shiftDays freeFloatDays resolves { user { email } weekStart } bookings { allocation { id } from to } }\n          overallocatedBefore { user { email } weekStart }\n          overallocatedAfter { user { email } weekStart }\n        }\n      }\n      ...ErrorFields\n    }\n  }\n": types.AllocationLevelDocument,
    "\n  query AllocationProjectBookings($id: ID!) {\n    node(id: $id) { ... on Project { allocations(first: 50) { totalCount edges { node { user { email } kind } } } resourceDemands(first: 10) { totalCount } } }\n  }\n": types.AllocationProjectBookingsDocument,
    "\n  mutation PeopleCreate($input: CreateUserInput!) {\n    createUser(input: $input) { __typename ... on MutationCreateUserSuccess { data { id name email role weeklyCapacityHours costRate active version } } ...ErrorFields }\n  }\n": types.PeopleCreateDocument,
    "\n  mutation PeopleUpdate($input: UpdateUserInput!) {\n    updateUser(input: $input) { __typename ... on MutationUpdateUserSuccess { data { id email role weeklyCapacityHours version } } ...ErrorFields }\n  }\n": types.PeopleUpdateDocument,
    "\n  mutation PeopleDeactivate($input: DeactivateUserInput!) {\n    deactivateUser(input: $input) { __typename ... on MutationDeactivateUserSuccess { data { id active version } } ...ErrorFields }\n  }\n": types.PeopleDeactivateDocument,
    "\n  query PeopleViewer { viewer { email } }\n": types.PeopleViewerDocument,
    "\n  subscription DeliveryAlerts($filter: RiskAlertFilter) {\n    riskAlerts(filter: $filter) {\n      id severity reason triggerKey cursor\n      risk { title score owner { email } }\n      project { code portfolio { name } }\n    }\n  }\n": types.DeliveryAlertsDocument,
    "\n  subscription DeliveryDeepAlerts {\n    riskAlerts {\n      project { portfolio { projects(first: 1) { edges { node { portfolio { projects(first: 1) { edges { node { portfolio { owner { email } } } } } } } } } } }\n    }\n  }\n": types.DeliveryDeepAlertsDocument,
    "\n  mutation DeliveryCreateRisk($input: CreateRiskInput!) {\n    createRisk(input: $input) { __typename ... on MutationCreateRiskSuccess { data { id title } } ... on Error { message } }\n  }\n": types.DeliveryCreateRiskDocument,
    "\n  query DeliveryReplay($after: String, $filter: RiskAlertFilter) {\n    riskAlerts(after: $after, filter: $filter, first: 100) { edges { node { id cursor risk { title } } } }\n  }\n": types.DeliveryReplayDocument,
    "\n  query DeliveryPing($id: ID!) { project(id: $id) { code } }\n": types.DeliveryPingDocument,
    "\n  mutation DeliveryDeactivate($input: DeactivateUserInput!) { deactivateUser(input: $input) { __typename ...ErrorFields } }\n": types.DeliveryDeactivateDocument,
    "\n  subscription FanOutAlerts {\n    riskAlerts { id risk { title viewerCanEdit } project { code budget } }\n  }\n": types.FanOutAlertsDocument,
    "\n  subscription FanOutCountedAlerts {\n    riskAlerts { id project { code riskAlerts(first: 1) { totalCount } } }\n  }\n": types.FanOutCountedAlertsDocument,
    "\n  mutation FanOutCreateRisk($input: CreateRiskInput!) {\n    createRisk(input: $input) { __typename ... on MutationCreateRiskSuccess { data { id } } ... on Error { message } }\n  }\n": types.FanOutCreateRiskDocument,
    "\n  fragment AlertsAlertFields on RiskAlert {\n    id cursor severity source triggerKey reason evidence createdAt acknowledged acknowledgedAt resolvedAt\n    acknowledgedBy { email } project { id name } risk { id title }\n  }\n": types.AlertsAlertFieldsFragmentDoc,
    "\n  mutation AlertsCreateRisk($input: CreateRiskInput!) {\n    createRisk(input: $input) { __typename ... on MutationCreateRiskSuccess { data { id version score } } ...ErrorFields }\n  }\n": types.AlertsCreateRiskDocument,
    "\n  mutation AlertsUpdateRisk($input: UpdateRiskInput!) {\n    updateRisk(input: $input) { __typename ... on MutationUpdateRiskSuccess { data { id version score status } } ...ErrorFields }\n  }\n": types.AlertsUpdateRiskDocument,
    "\n  mutation AlertsCloseRisk($input: EndRiskInput!) {\n    closeRisk(input: $input) { __typename ... on MutationCloseRiskSuccess { data { id version status } } ...ErrorFields }\n  }\n": types.AlertsCloseRiskDocument,
    "\n  mutation AlertsRealizeRisk($input: EndRiskInput!) {\n    realizeRisk(input: $input) { __typename ... on MutationRealizeRiskSuccess { data { id version status } } ...ErrorFields }\n  }\n": types.AlertsRealizeRiskDocument,
    "\n  mutation AlertsAcknowledge($input: AcknowledgeRiskAlertInput!) {\n    acknowledgeRiskAlert(input: $input) {\n      __typename\n      ... on MutationAcknowledgeRiskAlertSuccess { data { ...AlertsAlertFields } }\n      ...ErrorFields\n    }\n  }\n": types.AlertsAcknowledgeDocument,
    "\n  query AlertsSettings { riskAlertSettings { highThreshold criticalThreshold version updatedBy { email } } }\n": types.AlertsSettingsDocument,
    "\n  mutation AlertsUpdateSettings($input: UpdateRiskAlertSettingsInput!) {\n    updateRiskAlertSettings(input: $input) {\n      __typename\n      ... on MutationUpdateRiskAlertSettingsSuccess { data { highThreshold criticalThreshold version updatedBy { email } } }\n      ...ErrorFields\n    }\n  }\n": types.AlertsUpdateSettingsDocument,
    "\n  mutation AlertsSweep {\n    sweepRiskAlerts { __typename ... on MutationSweepRiskAlertsSuccess { data { raised resolved } } ...ErrorFields }\n  }\n": types.AlertsSweepDocument,
    "\n  query AlertsList($filter: RiskAlertFilter, $acknowledged: Boolean, $first: Int, $after: String, $last: Int, $before: String) {\n    riskAlerts(filter: $filter, acknowledged: $acknowledged, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage }\n      edges { cursor node { ...AlertsAlertFields } }\n    }\n  }\n": types.AlertsListDocument,
    "\n  query AlertsNode($id: ID!) { node(id: $id) { id ... on RiskAlert { triggerKey project { id } } } }\n": types.AlertsNodeDocument,
    "\n  query AlertsProjectAlerts($id: ID!, $acknowledged: Boolean) {\n    project(id: $id) { riskAlerts(acknowledged: $acknowledged, first: 100) { totalCount edges { node { id } } } }\n  }\n": types.AlertsProjectAlertsDocument,
    "\n  query AlertsOfRisk($id: ID!) {\n    node(id: $id) { ... on Risk { alerts(first: 100) { totalCount edges { node { id triggerKey } } } } }\n  }\n": types.AlertsOfRiskDocument,
    "\n  query AlertsProjectPage($id: ID!, $acknowledged: Boolean, $first: Int, $after: String, $last: Int, $before: String) {\n    project(id: $id) {\n      riskAlerts(acknowledged: $acknowledged, first: $first, after: $after, last: $last, before: $before) {\n        totalCount\n        edges { cursor node { id } }\n      }\n    }\n  }\n": types.AlertsProjectPageDocument,
    "\n  query AlertsRiskPage($id: ID!, $after: String) {\n    node(id: $id) { ... on Risk { alerts(first: 10, after: $after) { edges { cursor node { id } } } } }\n  }\n": types.AlertsRiskPageDocument,
    "\n  query AlertsNested($portfolioId: ID!) {\n    riskAlerts(filter: { portfolioId: $portfolioId }, first: 100) {\n      totalCount\n      edges { node { severity project { name } risk { title } } }\n    }\n  }\n": types.AlertsNestedDocument,
    "\n  query DemoMatrix {\n    riskMatrix {\n      openRisks\n      cells { probability impact count }\n    }\n    portfolios(first: 10) { edges { node { id name } } }\n  }\n": types.DemoMatrixDocument,
    "\n  query DemoTopRisks($portfolioId: ID!) {\n    topRisks(portfolioId: $portfolioId, first: 3) {\n      title score status responseStrategy mitigationPlan\n      owner { email }\n      project { code }\n      assessments { score }\n    }\n  }\n": types.DemoTopRisksDocument,
    "\n  query DemoAlerts {\n    riskAlerts(first: 100) {\n      totalCount\n      edges { node { source severity triggerKey risk { title } project { code } } }\n    }\n  }\n": types.DemoAlertsDocument,
    "\n  fragment RiskFields on Risk {\n    id title description category probability impact score status responseStrategy mitigationPlan contingencyPlan\n    dueDate residualProbability residualImpact residualScore version viewerCanEdit createdAt updatedAt\n    owner { email } createdBy { email } project { code }\n  }\n": types.RiskFieldsFragmentDoc,
    "\n  mutation RiskCreate($input: CreateRiskInput!) {\n    createRisk(input: $input) { __typename ... on MutationCreateRiskSuccess { data { ...RiskFields } } ...ErrorFields }\n  }\n": types.RiskCreateDocument,
    "\n  mutation RiskUpdate($input: UpdateRiskInput!) {\n    updateRisk(input: $input) { __typename ... on MutationUpdateRiskSuccess { data { ...RiskFields } } ...ErrorFields }\n  }\n": types.RiskUpdateDocument,
    "\n  mutation RiskClose($input: EndRiskInput!) {\n    closeRisk(input: $input) { __typename ... on MutationCloseRiskSuccess { data { ...RiskFields } } ...ErrorFields }\n  }\n": types.RiskCloseDocument,
    "\n  mutation RiskRealize($input: EndRiskInput!) {\n    realizeRisk(input: $input) { __typename ... on MutationRealizeRiskSuccess { data { ...RiskFields } } ...ErrorFields }\n  }\n": types.RiskRealizeDocument,
    "\n  query RiskHistory($id: ID!) {\n    node(id: $id) {\n      ... on Risk {\n        version\n        assessments {\n          probability impact score previousProbability previousImpact previousScore assessedAt assessedBy { email }\n        }\n      }\n    }\n  }\n": types.RiskHistoryDocument,
    "\n  query RiskNode($id: ID!) { node(id: $id) { id ... on Risk { title project { code } } } }\n": types.RiskNodeDocument,
    "\n  query RiskList($filter: RiskFilter, $orderBy: [RiskOrder!]) {\n    risks(filter: $filter, orderBy: $orderBy, first: 100) { totalCount edges { node { title } } }\n  }\n": types.RiskListDocument,
    "\n  query RiskProjectRisks($id: ID!, $filter: RiskFilter) {\n    project(id: $id) { risks(filter: $filter) { totalCount edges { node { title } } } }\n  }\n": types.RiskProjectRisksDocument,
    "\n  query RiskMatrixCounts($portfolioId: ID, $projectId: ID, $first: Int) {\n    riskMatrix(portfolioId: $portfolioId, projectId: $projectId) {\n      openRisks\n      cells { probability impact score count risks(first: $first) { title } }\n    }\n  }\n": types.RiskMatrixCountsDocument,
    "\n  query RiskTop($portfolioId: ID!, $first: Int) { topRisks(portfolioId: $portfolioId, first: $first) { title score dueDate } }\n": types.RiskTopDocument,
    "\n  query RiskFacts($id: ID!) { project(id: $id) { facts } }\n": types.RiskFactsDocument,
    "\n  query RiskAudit($id: ID!) {\n    project(id: $id) { auditTrail(first: 1) { edges { node { action entityType entityId actor { email } before after } } } }\n  }\n": types.RiskAuditDocument,
    "\n  query RisksNested($portfolioId: ID!) {\n    risks(filter: { portfolioId: $portfolioId }, first: 100) {\n      edges { node { project { code } owner { name } assessments { score } } }\n    }\n  }\n": types.RisksNestedDocument,
    "\n  query RiskMatrixNested($portfolioId: ID!) {\n    riskMatrix(portfolioId: $portfolioId) {\n      cells { count risks(first: 100) { project { code } owner { name } assessments { score } } }\n    }\n  }\n": types.RiskMatrixNestedDocument,
    "\n  query ComputedScheduleRead($id: ID!) {\n    project(id: $id) {\n      schedule { finishDate slipDays criticalPath { key } }\n      earnedValue(statusDate: \"2026-03-31\") { budgetAtCompletion plannedValue earnedValue actualCost measuredAgainst }\n    }\n  }\n": types.ComputedScheduleReadDocument,
    "\n  mutation ComputedScheduleUpdateTask($input: UpdateTaskInput!) {\n    updateTask(input: $input) { __typename ... on MutationUpdateTaskSuccess { data { version } } ...ErrorFields }\n  }\n": types.ComputedScheduleUpdateTaskDocument,
    "\n  mutation ComputedScheduleDeleteTask($input: DeleteTaskInput!) {\n    deleteTask(input: $input) { __typename ...ErrorFields }\n  }\n": types.ComputedScheduleDeleteTaskDocument,
    "\n  mutation ComputedScheduleRemoveLink($input: RemoveTaskDependencyInput!) {\n    removeTaskDependency(input: $input) { __typename ...ErrorFields }\n  }\n": types.ComputedScheduleRemoveLinkDocument,
    "\n  mutation ComputedScheduleCalendar($input: UpdateProjectCalendarInput!) {\n    updateProjectCalendar(input: $input) { __typename ...ErrorFields }\n  }\n": types.ComputedScheduleCalendarDocument,
    "\n  mutation ComputedScheduleProgress($input: ReportTaskProgressInput!) {\n    reportTaskProgress(input: $input) { __typename ... on MutationReportTaskProgressSuccess { data { version } } ...ErrorFields }\n  }\n": types.ComputedScheduleProgressDocument,
    "\n  mutation ComputedScheduleCapture($input: CaptureBaselineInput!) {\n    captureBaseline(input: $input) { __typename ... on MutationCaptureBaselineSuccess { data { id } } ...ErrorFields }\n  }\n": types.ComputedScheduleCaptureDocument,
    "\n  mutation ComputedScheduleSetCurrent($input: SetCurrentBaselineInput!) {\n    setCurrentBaseline(input: $input) { __typename ...ErrorFields }\n  }\n": types.ComputedScheduleSetCurrentDocument,
    "\n  query ScheduleDemo {\n    projects(filter: { search: \"CRM-2026\" }, first: 1) {\n      edges { node {\n        code tasks { totalCount }\n        schedule { startDate finishDate criticalPath { key } }\n        baselines { name }\n        earnedValue(statusDate: \"2026-09-30\") { earnedValue actualCost cpi spi measuredAgainst }\n        forecast(iterations: 2000, seed: 1) { finishDates: histogram { count } p50Date p95Date }\n      } }\n    }\n    mobile: projects(filter: { search: \"MOB-APP\" }, first: 1) {\n      edges { node { agileMetrics { velocity { iterations mean } remainingPoints earnedValue { spi } } } }\n    }\n  }\n": types.ScheduleDemoDocument,
    "\n  query ScheduleOfProject($id: ID!) {\n    project(id: $id) {\n      schedule { startDate finishDate durationDays criticalPath { key } finishesAfterTarget slipDays }\n      tasks(first: 100) {\n        edges { node { key earlyStart earlyFinish lateStart lateFinish totalFloatDays freeFloatDays critical percentComplete actualCost actualStart actualFinish budget } }\n      }\n    }\n  }\n": types.ScheduleOfProjectDocument,
    "\n  query ScheduleEarnedValue($id: ID!, $statusDate: Date) {\n    project(id: $id) {\n      earnedValue(statusDate: $statusDate) {\n        statusDate budgetAtCompletion plannedValue earnedValue actualCost costVariance scheduleVariance cpi spi\n        estimateAtCompletion estimateAtCompletionAtypical estimateAtCompletionCpiSpi estimateToComplete varianceAtCompletion tcpi\n        earnedScheduleDays spiTime forecastFinishDate measuredAgainst\n      }\n    }\n  }\n": types.ScheduleEarnedValueDocument,
    "\n  query ScheduleSeries($id: ID!, $from: Date!, $to: Date!, $interval: Interval!) {\n    project(id: $id) { earnedValueSeries(from: $from, to: $to, interval: $interval) { periodEnd plannedValue earnedValue actualCost } }\n  }\n": types.ScheduleSeriesDocument,
    "\n  query SchedulePortfolioEarnedValue($id: ID!, $statusDate: Date) {\n    portfolio(id: $id) { earnedValue(statusDate: $statusDate) { budgetAtCompletion plannedValue earnedValue actualCost cpi spi } }\n  }\n": types.SchedulePortfolioEarnedValueDocument,
    "\n  mutation ScheduleReportProgress($input: ReportTaskProgressInput!) {\n    reportTaskProgress(input: $input) {\n      __typename ... on MutationReportTaskProgressSuccess { data { key version percentComplete actualCost actualStart actualFinish progress { asOf percentComplete actualCost } } } ...ErrorFields\n    }\n  }\n": types.ScheduleReportProgressDocument,
    "\n  mutation ScheduleCaptureBaseline($input: CaptureBaselineInput!) {\n    captureBaseline(input: $input) {\n      __typename ... on MutationCaptureBaselineSuccess { data { id number name startDate finishDate durationDays budgetAtCompletion current tasks { key startDate finishDate durationDays budget } } } ...ErrorFields\n    }\n  }\n": types.ScheduleCaptureBaselineDocument,
    "\n  mutation ScheduleSetCurrentBaseline($input: SetCurrentBaselineInput!) {\n    setCurrentBaseline(input: $input) { __typename ... on MutationSetCurrentBaselineSuccess { data { number current } } ...ErrorFields }\n  }\n": types.ScheduleSetCurrentBaselineDocument,
    "\n  query ScheduleBaselines($id: ID!, $baselineId: ID!) {\n    project(id: $id) {\n      baselines { number name current capturedBy { email } }\n      baselineVariance(baselineId: $baselineId) { finishSlipDays tasks { key status startVarianceDays finishVarianceDays budgetVariance } }\n    }\n  }\n": types.ScheduleBaselinesDocument,
    "\n  query ScheduleProjectBaselines($id: ID!) { project(id: $id) { baselines { number name current tasks { key } } } }\n": types.ScheduleProjectBaselinesDocument,
    "\n  mutation ScheduleUpdateDuration($input: UpdateTaskInput!) {\n    updateTask(input: $input) { __typename ... on MutationUpdateTaskSuccess { data { version } } ...ErrorFields }\n  }\n": types.ScheduleUpdateDurationDocument,
    "\n  query SchedulePortfolioSchedules($id: ID!) {\n    portfolio(id: $id) {\n      earnedValue(statusDate: \"2026-01-09\") { cpi }\n      projects(first: 5) {\n        edges { node { code schedule { finishDate criticalPath { key } } earnedValue(statusDate: \"2026-01-09\") { spi earnedValue }\n          tasks(first: 60) { edges { node { key earlyStart critical percentComplete actualCost progress { asOf } } } } } }\n      }\n    }\n  }\n": types.SchedulePortfolioSchedulesDocument,
    "\n  query SchedulePortfolioProjects($id: ID!) {\n    portfolio(id: $id) {\n      earnedValue(statusDate: \"2026-01-09\") { cpi spi }\n      projects(first: 50) {\n        edges { node { code schedule { finishDate criticalPath { key } } earnedValue(statusDate: \"2026-01-09\") { spi earnedValue }\n          tasks(first: 5) { edges { node { key earlyStart critical percentComplete actualCost } } } } }\n      }\n    }\n  }\n": types.SchedulePortfolioProjectsDocument,
    "\n  query ScheduleFactsOfProject($id: ID!) { project(id: $id) { facts } }\n": types.ScheduleFactsOfProjectDocument,
    "\n  mutation ScheduleFactsReportProgress($input: ReportTaskProgressInput!) {\n    reportTaskProgress(input: $input) { __typename ... on MutationReportTaskProgressSuccess { data { version } } ...ErrorFields }\n  }\n": types.ScheduleFactsReportProgressDocument,
    "\n  mutation ScheduleFactsCaptureBaseline($input: CaptureBaselineInput!) {\n    captureBaseline(input: $input) { __typename ... on MutationCaptureBaselineSuccess { data { number } } ...ErrorFields }\n  }\n": types.ScheduleFactsCaptureBaselineDocument,
    "\n  mutation ScheduleFactsRecordForecast($input: RecordForecastInput!) {\n    recordForecast(input: $input) { __typename ... on MutationRecordForecastSuccess { data { p80Date } } ...ErrorFields }\n  }\n": types.ScheduleFactsRecordForecastDocument,
    "\n  mutation ScheduleFactsCreateIteration($input: CreateIterationInput!) {\n    createIteration(input: $input) { __typename ... on MutationCreateIterationSuccess { data { id version } } ...ErrorFields }\n  }\n": types.ScheduleFactsCreateIterationDocument,
    "\n  mutation ScheduleFactsCloseIteration($input: CloseIterationInput!) {\n    closeIteration(input: $input) { __typename ... on MutationCloseIterationSuccess { data { status } } ...ErrorFields }\n  }\n": types.ScheduleFactsCloseIterationDocument,
    "\n  query ScheduleForecast($id: ID!, $iterations: Int, $seed: Int) {\n    project(id: $id) {\n      forecast(iterations: $iterations, seed: $seed) {\n        mode iterations seed p50Date p80Date p95Date probabilityByTarget\n        criticality { task { key } criticalityIndex } histogram { startDate endDate count }\n      }\n    }\n  }\n": types.ScheduleForecastDocument,
    "\n  query ScheduleForecastMobile { projects(filter: { search: \"MOB-APP\" }, first: 1) { edges { node { forecast(iterations: 2000, seed: 3) { mode p50Date p95Date } } } } }\n": types.ScheduleForecastMobileDocument,
    "\n  mutation ScheduleRecordForecast($input: RecordForecastInput!) {\n    recordForecast(input: $input) {\n      __typename\n      ... on MutationRecordForecastSuccess { data { id p80Date targetEndDate recordedBy { email } forecast { mode iterations seed p50Date p80Date p95Date probabilityByTarget } } }\n      ...ErrorFields\n    }\n  }\n": types.ScheduleRecordForecastDocument,
    "\n  query ScheduleRecordedForecasts($id: ID!) {\n    project(id: $id) {\n      latestForecast { id forecast { seed p80Date criticality { task { key } criticalityIndex } histogram { startDate endDate count } } }\n      forecasts(first: 10) { totalCount edges { node { id forecast { seed } } } }\n    }\n  }\n": types.ScheduleRecordedForecastsDocument,
    "\n  mutation InterchangeImport($input: ImportScheduleInput!) {\n    importSchedule(input: $input) {\n      __typename\n      ... on MutationImportScheduleSuccess {\n        data {\n          tasksImported dependenciesImported baselineNumber warnings\n          project {\n            calendar { workingDays holidays }\n            tasks(first: 100) {\n              totalCount\n              edges { node { key name description durationDays milestone summary budget startNoEarlierThan parent { key } predecessors { type lagDays predecessor { key } } } }\n            }\n          }\n        }\n      }\n      ...ErrorFields\n    }\n  }\n": types.InterchangeImportDocument,
    "\n  query InterchangeExport($id: ID!) { project(id: $id) { scheduleExport(format: MSPDI) } }\n": types.InterchangeExportDocument,
    "\n  query InterchangePortfolioExports($id: ID!) { portfolio(id: $id) { projects(first: 10) { edges { node { code scheduleExport(format: MSPDI) } } } } }\n": types.InterchangePortfolioExportsDocument,
    "\n  mutation IterationCreate($input: CreateIterationInput!) {\n    createIteration(input: $input) { __typename ... on MutationCreateIterationSuccess { data { id name status version committedPoints } } ...ErrorFields }\n  }\n": types.IterationCreateDocument,
    "\n  mutation IterationUpdate($input: UpdateIterationInput!) {\n    updateIteration(input: $input) { __typename ... on MutationUpdateIterationSuccess { data { id status version } } ...ErrorFields }\n  }\n": types.IterationUpdateDocument,
    "\n  mutation IterationClose($input: CloseIterationInput!) {\n    closeIteration(input: $input) { __typename ... on MutationCloseIterationSuccess { data { status completedPoints version } } ...ErrorFields }\n  }\n": types.IterationCloseDocument,
    "\n  query IterationProjectVersion($id: ID!) { project(id: $id) { version } }\n": types.IterationProjectVersionDocument,
    "\n  mutation IterationReportCost($input: UpdateProjectInput!) { updateProject(input: $input) { __typename ... on MutationUpdateProjectSuccess { data { version } } ...ErrorFields } }\n": types.IterationReportCostDocument,
    "\n  query IterationMetrics($id: ID!) {\n    project(id: $id) {\n      iterations { name status }\n      agileMetrics {\n        scopePoints completedPoints remainingPoints\n        velocity { iterations mean lastThree lastThreeMean standardDeviation commitmentReliability }\n        burn { iteration date scopePoints completedPoints remainingPoints idealRemainingPoints }\n        earnedValue { budgetAtCompletion plannedValue earnedValue actualCost estimateAtCompletion cpi spi plannedPercentComplete actualPercentComplete forecastIterations }\n      }\n    }\n  }\n": types.IterationMetricsDocument,
    "\n  fragment TaskFields on Task {\n    id key name description durationDays optimisticDays mostLikelyDays pessimisticDays startNoEarlierThan\n    milestone summary budget version parent { key } assignee { email } project { code }\n  }\n": types.TaskFieldsFragmentDoc,
    "\n  mutation TaskCreate($input: CreateTaskInput!) {\n    createTask(input: $input) { __typename ... on MutationCreateTaskSuccess { data { ...TaskFields } } ...ErrorFields }\n  }\n": types.TaskCreateDocument,
    "\n  mutation TaskUpdate($input: UpdateTaskInput!) {\n    updateTask(input: $input) { __typename ... on MutationUpdateTaskSuccess { data { ...TaskFields } } ...ErrorFields }\n  }\n": types.TaskUpdateDocument,
    "\n  mutation TaskDelete($input: DeleteTaskInput!) {\n    deleteTask(input: $input) {\n      __typename ... on MutationDeleteTaskSuccess { data { deletedTaskId project { tasks { totalCount } } } } ...ErrorFields\n    }\n  }\n": types.TaskDeleteDocument,
    "\n  mutation TaskAddDependency($input: AddTaskDependencyInput!) {\n    addTaskDependency(input: $input) {\n      __typename ... on MutationAddTaskDependencySuccess { data { id type lagDays predecessor { key } successor { key } } } ...ErrorFields\n    }\n  }\n": types.TaskAddDependencyDocument,
    "\n  mutation TaskRemoveDependency($input: RemoveTaskDependencyInput!) {\n    removeTaskDependency(input: $input) {\n      __typename ... on MutationRemoveTaskDependencySuccess { data { removedDependencyId successor { key predecessors { id } } } } ...ErrorFields\n    }\n  }\n": types.TaskRemoveDependencyDocument,
    "\n  mutation TaskUpdateCalendar($input: UpdateProjectCalendarInput!) {\n    updateProjectCalendar(input: $input) {\n      __typename ... on MutationUpdateProjectCalendarSuccess { data { calendar { workingDays holidays version } } } ...ErrorFields\n    }\n  }\n": types.TaskUpdateCalendarDocument,
    "\n  query TaskProjectTasks($id: ID!, $first: Int, $after: String) {\n    project(id: $id) {\n      calendar { workingDays holidays version }\n      tasks(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { key summary budget children { key } predecessors { type lagDays predecessor { key } } successors { successor { key } } } }\n      }\n    }\n  }\n": types.TaskProjectTasksDocument,
    "\n  query TaskNode($id: ID!) { node(id: $id) { id ... on Task { key budget } } }\n": types.TaskNodeDocument,
    "\n  query TaskNodes($ids: [ID!]!) { nodes(ids: $ids) { id ... on Task { key } } }\n": types.TaskNodesDocument,
    "\n  query TaskPortfolioTasks($id: ID!) {\n    portfolio(id: $id) {\n      projects(first: 5) {\n        edges { node { code tasks(first: 60) { totalCount edges { node { key summary budget assignee { name } parent { key } children { key } predecessors { predecessor { key } } } } } } }\n      }\n    }\n  }\n": types.TaskPortfolioTasksDocument,
    "\n  mutation SkillsCreate($input: CreateSkillInput!) {\n    createSkill(input: $input) { __typename ... on MutationCreateSkillSuccess { data { id key name category version } } ...ErrorFields }\n  }\n": types.SkillsCreateDocument,
    "\n  mutation SkillsUpdate($input: UpdateSkillInput!) {\n    updateSkill(input: $input) { __typename ... on MutationUpdateSkillSuccess { data { key name category version } } ...ErrorFields }\n  }\n": types.SkillsUpdateDocument,
    "\n  mutation SkillsSet($input: SetUserSkillInput!) {\n    setUserSkill(input: $input) {\n      __typename\n      ... on MutationSetUserSkillSuccess { data { id level source confirmed version assessedBy { email } skill { key } } }\n      ...ErrorFields\n    }\n  }\n": types.SkillsSetDocument,
    "\n  mutation SkillsConfirm($input: ConfirmUserSkillInput!) {\n    confirmUserSkill(input: $input) { __typename ... on MutationConfirmUserSkillSuccess { data { level confirmed confirmedBy { email } version } } ...ErrorFields }\n  }\n": types.SkillsConfirmDocument,
    "\n  query SkillsOfPerson($id: ID!) {\n    node(id: $id) { ... on User { skills { skill { key } level source confirmed history { fromLevel toLevel source confirmed changedBy { email } } } } }\n  }\n": types.SkillsOfPersonDocument,
    "\n  query SkillsCatalogue($filter: SkillFilter) {\n    skills(first: 100, filter: $filter) { totalCount edges { node { key name category } } }\n    skill(key: \"risk-management\") { name category }\n  }\n": types.SkillsCatalogueDocument,
    "\n  fragment ErrorFields on Error {\n    __typename\n    message\n    ... on ValidationError { issues { path message } }\n    ... on ConflictError { currentVersion }\n    ... on NotFoundError { entityType }\n    ... on GateBlockedError { phaseKey failingRules { ruleKey severity message evidence } }\n  }\n": types.ErrorFieldsFragmentDoc,
    "\n  query MethProjectState($id: ID!) {\n    project(id: $id) {\n      id\n      code\n      status\n      version\n      methodology { key version }\n      phases { key name position status startedAt completedAt }\n      currentPhase { key }\n      deliverables { id key name phaseKey status fields missingFields version submittedAt decidedAt decisionNote }\n      fields { key value }\n      complianceResults { ruleKey kind severity passed waived message evidence phaseKey methodologyKey methodologyVersion evaluatedAt }\n      compliance { failing blocking projectsEvaluated projectsBlocked bySeverity { severity passed failing failed waived } }\n      waivers { id ruleKey reason expiresAt active revokedAt }\n    }\n  }\n": types.MethProjectStateDocument,
    "\n  query MethProjectAudit($id: ID!) {\n    project(id: $id) {\n      auditTrail(first: 50) { edges { node { action entityType actor { email } before after } } }\n    }\n  }\n": types.MethProjectAuditDocument,
    "\n  query MethProjectHistory($id: ID!, $ruleKey: String) {\n    project(id: $id) {\n      complianceHistory(first: 100, ruleKey: $ruleKey) { edges { node { ruleKey passed waived evidence evaluatedAt } } }\n    }\n  }\n": types.MethProjectHistoryDocument,
    "\n  mutation MethUpdateDeliverable($input: UpdateDeliverableInput!) {\n    updateDeliverable(input: $input) {\n      __typename\n      ... on MutationUpdateDeliverableSuccess { data { id status fields version } }\n      ...ErrorFields\n    }\n  }\n": types.MethUpdateDeliverableDocument,
    "\n  mutation MethSubmitDeliverable($input: DeliverableActionInput!) {\n    submitDeliverable(input: $input) {\n      __typename\n      ... on MutationSubmitDeliverableSuccess { data { id status version submittedAt } }\n      ...ErrorFields\n    }\n  }\n": types.MethSubmitDeliverableDocument,
    "\n  mutation MethApproveDeliverable($input: DeliverableActionInput!) {\n    approveDeliverable(input: $input) {\n      __typename\n      ... on MutationApproveDeliverableSuccess { data { id status version decidedAt decisionNote } }\n      ...ErrorFields\n    }\n  }\n": types.MethApproveDeliverableDocument,
    "\n  mutation MethInstall($input: InstallMethodologyInput!) {\n    installMethodology(input: $input) {\n      __typename\n      ... on MutationInstallMethodologySuccess { data { id key version name enabled builtIn lineage extends } }\n      ...ErrorFields\n    }\n  }\n": types.MethInstallDocument,
    "\n  mutation ScenarioCreatePortfolio($input: CreatePortfolioInput!) {\n    createPortfolio(input: $input) {\n      __typename\n      ... on MutationCreatePortfolioSuccess { data { id name version } }\n      ... on Error { message }\n    }\n  }\n": types.ScenarioCreatePortfolioDocument,
    "\n  mutation ScenarioCreateObjective($input: CreateObjectiveInput!) {\n    createObjective(input: $input) {\n      __typename\n      ... on MutationCreateObjectiveSuccess { data { id name version } }\n      ... on Error { message }\n    }\n  }\n": types.ScenarioCreateObjectiveDocument,
    "\n  mutation ScenarioCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      __typename\n      ... on MutationCreateProjectSuccess { data { id code name version } }\n      ... on Error { message }\n    }\n  }\n": types.ScenarioCreateProjectDocument,
    "\n  mutation ScenarioAddProjectMember($input: AddProjectMemberInput!) {\n    addProjectMember(input: $input) {\n      __typename\n      ... on MutationAddProjectMemberSuccess { data { id } }\n      ... on Error { message }\n    }\n  }\n": types.ScenarioAddProjectMemberDocument,
    "\n  mutation ScenarioRemoveProjectMember($input: RemoveProjectMemberInput!) {\n    removeProjectMember(input: $input) {\n      __typename\n      ... on MutationRemoveProjectMemberSuccess { data { id } }\n      ... on Error { message }\n    }\n  }\n": types.ScenarioRemoveProjectMemberDocument,
    "\n  mutation ScenarioTransitionProject($input: TransitionProjectInput!) {\n    transitionProject(input: $input) {\n      __typename\n      ... on MutationTransitionProjectSuccess { data { id version } }\n      ... on Error { message }\n    }\n  }\n": types.ScenarioTransitionProjectDocument,
    "\n  mutation ScenarioUpdateProject($input: UpdateProjectInput!) {\n    updateProject(input: $input) {\n      __typename\n      ... on MutationUpdateProjectSuccess { data { id version } }\n      ... on Error { message }\n    }\n  }\n": types.ScenarioUpdateProjectDocument,
    "\n  mutation ScenarioCreateRisk($input: CreateRiskInput!) {\n    createRisk(input: $input) {\n      __typename\n      ... on MutationCreateRiskSuccess { data { id title version } }\n      ... on Error { message }\n    }\n  }\n": types.ScenarioCreateRiskDocument,
    "\n  mutation ScenarioUpdateRisk($input: UpdateRiskInput!) {\n    updateRisk(input: $input) { __typename ... on MutationUpdateRiskSuccess { data { id version } } ... on Error { message } }\n  }\n": types.ScenarioUpdateRiskDocument,
    "\n  mutation ScenarioCloseRisk($input: EndRiskInput!) {\n    closeRisk(input: $input) { __typename ... on MutationCloseRiskSuccess { data { id version } } ... on Error { message } }\n  }\n": types.ScenarioCloseRiskDocument,
    "\n  mutation ScenarioRealizeRisk($input: EndRiskInput!) {\n    realizeRisk(input: $input) { __typename ... on MutationRealizeRiskSuccess { data { id version } } ... on Error { message } }\n  }\n": types.ScenarioRealizeRiskDocument,
    "\n  mutation ScenarioCreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) { __typename ... on MutationCreateTaskSuccess { data { id key version } } ... on Error { message } }\n  }\n": types.ScenarioCreateTaskDocument,
    "\n  mutation ScenarioAddTaskDependency($input: AddTaskDependencyInput!) {\n    addTaskDependency(input: $input) { __typename ... on MutationAddTaskDependencySuccess { data { id } } ... on Error { message } }\n  }\n": types.ScenarioAddTaskDependencyDocument,
    "\n  mutation CertCreateType($input: CreateCertificationTypeInput!) {\n    createCertificationType(input: $input) {\n      __typename\n      ... on MutationCreateCertificationTypeSuccess { data { id key name issuer validityMonths requiredPdus minEducationPdus minPdusPerCategory projectManagement version } }\n      ...ErrorFields\n    }\n  }\n": types.CertCreateTypeDocument,
    "\n  mutation CertUpdateType($input: UpdateCertificationTypeInput!) {\n    updateCertificationType(input: $input) { __typename ... on MutationUpdateCertificationTypeSuccess { data { name validityMonths requiredPdus version } } ...ErrorFields }\n  }\n": types.CertUpdateTypeDocument,
    "\n  mutation CertRecord($input: RecordCertificationInput!) {\n    recordCertification(input: $input) {\n      __typename\n      ... on MutationRecordCertificationSuccess {\n        data { id earnedOn expiresOn credentialId active expiring verified version recordedBy { email } type { key } user { email }\n               renewal { required earned education requiredEducation met byCategory { category required earned } } }\n      }\n      ...ErrorFields\n    }\n  }\n": types.CertRecordDocument,
    "\n  mutation CertVerify($input: VerifyCertificationInput!) {\n    verifyCertification(input: $input) { __typename ... on MutationVerifyCertificationSuccess { data { verified verifiedBy { email } version } } ...ErrorFields }\n  }\n": types.CertVerifyDocument,
    "\n  mutation CertDelete($input: DeleteCertificationInput!) {\n    deleteCertification(input: $input) { __typename ... on MutationDeleteCertificationSuccess { data { deletedCertificationId user { email } } } ...ErrorFields }\n  }\n": types.CertDeleteDocument,
    "\n  mutation CertSettings($input: UpdateTrainingSettingsInput!) {\n    updateTrainingSettings(input: $input) { __typename ... on MutationUpdateTrainingSettingsSuccess { data { expiryWindowDays version } } ...ErrorFields }\n  }\n": types.CertSettingsDocument,
    "\n  query CertExpiring($withinDays: Int) {\n    trainingSettings { expiryWindowDays }\n    expiringCertifications(first: 100, withinDays: $withinDays) { totalCount edges { node { expiresOn expiring type { key } user { email } } } }\n  }\n": types.CertExpiringDocument,
    "\n  query CertOfPerson($id: ID!) { node(id: $id) { ... on User { certifications { type { key } earnedOn expiresOn } } } }\n": types.CertOfPersonDocument,
    "\n  query CertCatalogue($key: String!) {\n    certificationTypes(first: 100) { totalCount edges { node { key } } }\n    certificationType(key: $key) { name issuer validityMonths requiredPdus }\n  }\n": types.CertCatalogueDocument,
    "\n  mutation CourseCreate($input: CreateCourseInput!) {\n    createCourse(input: $input) {\n      __typename\n      ... on MutationCreateCourseSuccess { data { id key title format hours pdus pdusWaysOfWorking pdusGivingBack version skills { skill { key } level } } }\n      ...ErrorFields\n    }\n  }\n": types.CourseCreateDocument,
    "\n  mutation CourseUpdate($input: UpdateCourseInput!) {\n    updateCourse(input: $input) { __typename ... on MutationUpdateCourseSuccess { data { title hours version skills { skill { key } level } } } ...ErrorFields }\n  }\n": types.CourseUpdateDocument,
    "\n  mutation EnrollmentRequest($input: RequestEnrollmentInput!) {\n    requestEnrollment(input: $input) { __typename ... on MutationRequestEnrollmentSuccess { data { id status version from to requestedBy { email } course { key } } } ...ErrorFields }\n  }\n": types.EnrollmentRequestDocument,
    "\n  mutation EnrollmentApprove($input: ApproveEnrollmentInput!) {\n    approveEnrollment(input: $input) { __typename ... on MutationApproveEnrollmentSuccess { data { status version approvedBy { email } absence { kind from to note } } } ...ErrorFields }\n  }\n": types.EnrollmentApproveDocument,
    "\n  mutation EnrollmentStart($input: StartEnrollmentInput!) {\n    startEnrollment(input: $input) { __typename ... on MutationStartEnrollmentSuccess { data { status version } } ...ErrorFields }\n  }\n": types.EnrollmentStartDocument,
    "\n  mutation EnrollmentComplete($input: CompleteEnrollmentInput!) {\n    completeEnrollment(input: $input) { __typename ... on MutationCompleteEnrollmentSuccess { data { status version result completedOn absence { kind } } } ...ErrorFields }\n  }\n": types.EnrollmentCompleteDocument,
    "\n  mutation EnrollmentDrop($input: DropEnrollmentInput!) {\n    dropEnrollment(input: $input) { __typename ... on MutationDropEnrollmentSuccess { data { status version absence { kind } } } ...ErrorFields }\n  }\n": types.EnrollmentDropDocument,
    "\n  mutation CourseCertType($input: CreateCertificationTypeInput!) {\n    createCertificationType(input: $input) { __typename ... on MutationCreateCertificationTypeSuccess { data { key } } ...ErrorFields }\n  }\n": types.CourseCertTypeDocument,
    "\n  mutation CourseRecordCert($input: RecordCertificationInput!) {\n    recordCertification(input: $input) { __typename ... on MutationRecordCertificationSuccess { data { id } } ...ErrorFields }\n  }\n": types.CourseRecordCertDocument,
    "\n  query CourseRenewal($id: ID!) {\n    node(id: $id) { ... on UserCertification { renewal { required earned education requiredEducation met byCategory { category required earned } } } }\n  }\n": types.CourseRenewalDocument,
    "\n  query CoursePersonTraining($id: ID!, $from: Date!, $to: Date!) {\n    node(id: $id) {\n      ... on User {\n        enrollments { status course { key } }\n        absences(from: $from, to: $to) { kind from to }\n        capacity(from: $from, to: $to) { weekStart absenceHours }\n        skills { skill { key } level source history { fromLevel toLevel source } }\n      }\n    }\n  }\n": types.CoursePersonTrainingDocument,
    "\n  query CourseCatalogue { courses(first: 100) { totalCount edges { node { key format pdus skills { skill { key } level } } } } }\n": types.CourseCatalogueDocument,
    "\n      query CourseMany($first: Int!) { users(first: $first) { edges { node { enrollments { status course { key } } certifications { renewal { earned met } } } } } }\n    ": types.CourseManyDocument,
    "\n  mutation MentoringPropose($input: ProposeMentoringInput!) {\n    proposeMentoring(input: $input) {\n      __typename\n      ... on MutationProposeMentoringSuccess { data { id status version startOn endOn mentor { email } mentee { email } focusSkills { key } } }\n      ...ErrorFields\n    }\n  }\n": types.MentoringProposeDocument,
    "\n  mutation MentoringAccept($input: AcceptMentoringInput!) {\n    acceptMentoring(input: $input) { __typename ... on MutationAcceptMentoringSuccess { data { status version } } ...ErrorFields }\n  }\n": types.MentoringAcceptDocument,
    "\n  mutation MentoringEnd($input: EndMentoringInput!) {\n    endMentoring(input: $input) { __typename ... on MutationEndMentoringSuccess { data { status version endOn } } ...ErrorFields }\n  }\n": types.MentoringEndDocument,
    "\n  mutation MentoringSession($input: RecordMentoringSessionInput!) {\n    recordMentoringSession(input: $input) { __typename ... on MutationRecordMentoringSessionSuccess { data { sessions { heldOn minutes notes recordedBy { email } } } } ...ErrorFields }\n  }\n": types.MentoringSessionDocument,
    "\n  query MentoringRead($id: ID!) { node(id: $id) { ... on MentoringRelationship { status viewerReadsNotes sessions { heldOn minutes notes } } } }\n": types.MentoringReadDocument,
    "\n  mutation DevelopmentSetPlan($input: SetDevelopmentPlanInput!) {\n    setDevelopmentPlan(input: $input) {\n      __typename\n      ... on MutationSetDevelopmentPlanSuccess { data { summary version updatedBy { email } goals { skill { key } targetLevel byDate progress { currentLevel progress reached overdue completedCourses mentoring } } } }\n      ...ErrorFields\n    }\n  }\n": types.DevelopmentSetPlanDocument,
    "\n  query DevelopmentView($id: ID!) {\n    node(id: $id) {\n      ... on User {\n        development {\n          plan { summary goals { skill { key } progress { currentLevel progress reached mentoring } } }\n          enrollments { status course { key } }\n          certifications { type { key } expiring }\n          mentoringAsMentee { mentor { email } status sessions { notes } }\n          mentoringAsMentor { mentee { email } }\n        }\n      }\n    }\n  }\n": types.DevelopmentViewDocument,
    "\n      query DevelopmentMany($first: Int!) {\n        users(first: $first) { edges { node { development { plan { goals { progress { progress } } } certifications { expiring renewal { met } } enrollments { status } mentoringAsMentee { sessions { notes } } } } } }\n      }\n    ": types.DevelopmentManyDocument,
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
export function graphql(source: "\n  query ApolloProjects($first: Int!, $after: String, $filter: ProjectFilter) {\n    projects(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges { cursor node { id code } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query ApolloProjects($first: Int!, $after: String, $filter: ProjectFilter) {\n    projects(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges { cursor node { id code } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApolloPortfolioProjects($id: ID!, $first: Int!, $after: String) {\n    node(id: $id) {\n      id\n      ... on Portfolio { projects(first: $first, after: $after) { totalCount edges { cursor node { id code } } pageInfo { hasNextPage endCursor } } }\n    }\n  }\n"): (typeof documents)["\n  query ApolloPortfolioProjects($id: ID!, $first: Int!, $after: String) {\n    node(id: $id) {\n      id\n      ... on Portfolio { projects(first: $first, after: $after) { totalCount edges { cursor node { id code } } pageInfo { hasNextPage endCursor } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApolloUsers($first: Int!, $after: String) {\n    users(first: $first, after: $after) { totalCount edges { cursor node { id name } } pageInfo { hasNextPage endCursor } }\n  }\n"): (typeof documents)["\n  query ApolloUsers($first: Int!, $after: String) {\n    users(first: $first, after: $after) { totalCount edges { cursor node { id name } } pageInfo { hasNextPage endCursor } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApolloCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      __typename\n      ... on MutationCreateProjectSuccess { data { id code } }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation ApolloCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      __typename\n      ... on MutationCreateProjectSuccess { data { id code } }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApolloProjectNode($id: ID!) {\n    node(id: $id) { __typename ... on Node { id } ... on Project { code } }\n  }\n"): (typeof documents)["\n  query ApolloProjectNode($id: ID!) {\n    node(id: $id) { __typename ... on Node { id } ... on Project { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RelatedPortfolioProjects($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {\n    node(id: $id) {\n      ... on Portfolio {\n        projects(filter: { status: [ACTIVE] }, orderBy: [{ field: CODE }], first: $first, after: $after, last: $last, before: $before) {\n          totalCount\n          edges { cursor node { code } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RelatedPortfolioProjects($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {\n    node(id: $id) {\n      ... on Portfolio {\n        projects(filter: { status: [ACTIVE] }, orderBy: [{ field: CODE }], first: $first, after: $after, last: $last, before: $before) {\n          totalCount\n          edges { cursor node { code } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RelatedManagedProjects($id: ID!, $portfolioId: ID!, $first: Int, $after: String) {\n    node(id: $id) {\n      ... on User {\n        managedProjects(filter: { status: [ACTIVE], portfolioId: $portfolioId }, orderBy: [{ field: CODE }], first: $first, after: $after) {\n          edges { cursor node { code } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RelatedManagedProjects($id: ID!, $portfolioId: ID!, $first: Int, $after: String) {\n    node(id: $id) {\n      ... on User {\n        managedProjects(filter: { status: [ACTIVE], portfolioId: $portfolioId }, orderBy: [{ field: CODE }], first: $first, after: $after) {\n          edges { cursor node { code } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RelatedProjectRisks($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {\n    project(id: $id) {\n      risks(filter: { status: [IDENTIFIED] }, first: $first, after: $after, last: $last, before: $before) {\n        totalCount\n        edges { cursor node { title } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RelatedProjectRisks($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {\n    project(id: $id) {\n      risks(filter: { status: [IDENTIFIED] }, first: $first, after: $after, last: $last, before: $before) {\n        totalCount\n        edges { cursor node { title } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FilteredProjects($portfolioId: ID!, $first: Int, $after: String, $last: Int, $before: String) {\n    projects(filter: { status: [ACTIVE], portfolioId: $portfolioId }, orderBy: [{ field: CODE }], first: $first, after: $after, last: $last, before: $before) {\n      edges { cursor node { code } }\n    }\n  }\n"): (typeof documents)["\n  query FilteredProjects($portfolioId: ID!, $first: Int, $after: String, $last: Int, $before: String) {\n    projects(filter: { status: [ACTIVE], portfolioId: $portfolioId }, orderBy: [{ field: CODE }], first: $first, after: $after, last: $last, before: $before) {\n      edges { cursor node { code } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FilteredRisks($projectId: ID!, $first: Int, $after: String) {\n    risks(filter: { projectId: $projectId, status: [IDENTIFIED] }, first: $first, after: $after) {\n      totalCount\n      edges { cursor node { title } }\n    }\n  }\n"): (typeof documents)["\n  query FilteredRisks($projectId: ID!, $first: Int, $after: String) {\n    risks(filter: { projectId: $projectId, status: [IDENTIFIED] }, first: $first, after: $after) {\n      totalCount\n      edges { cursor node { title } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NestedPortfolios {\n    portfolios {\n      edges {\n        node {\n          name\n          budget\n          projects(first: 50) {\n            totalCount\n            edges {\n              node {\n                code\n                budget\n                manager { name }\n                members { user { name } }\n                objectives { name }\n                risks(filter: { status: [IDENTIFIED, ASSESSED] }, first: 2) { totalCount edges { node { title } } }\n                riskAlerts(acknowledged: false, first: 2) { totalCount edges { node { severity } } }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NestedPortfolios {\n    portfolios {\n      edges {\n        node {\n          name\n          budget\n          projects(first: 50) {\n            totalCount\n            edges {\n              node {\n                code\n                budget\n                manager { name }\n                members { user { name } }\n                objectives { name }\n                risks(filter: { status: [IDENTIFIED, ASSESSED] }, first: 2) { totalCount edges { node { title } } }\n                riskAlerts(acknowledged: false, first: 2) { totalCount edges { node { severity } } }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectsWithRelations {\n    projects(first: 100) {\n      edges {\n        node {\n          code\n          portfolio { name owner { name } }\n          sponsor { name }\n          alignments { score objective { name } }\n          members { projectRole user { name costRate } }\n          auditTrail(first: 3) { edges { node { action actor { name } } } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProjectsWithRelations {\n    projects(first: 100) {\n      edges {\n        node {\n          code\n          portfolio { name owner { name } }\n          sponsor { name }\n          alignments { score objective { name } }\n          members { projectRole user { name costRate } }\n          auditTrail(first: 3) { edges { node { action actor { name } } } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthzRoleFromDatabase { viewer { role costRate } projects(first: 50) { edges { node { code budget } } } }\n"): (typeof documents)["\n  query AuthzRoleFromDatabase { viewer { role costRate } projects(first: 50) { edges { node { code budget } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzCreatePortfolioScenario($input: CreatePortfolioScenarioInput!) {\n    createPortfolioScenario(input: $input) { __typename ... on Error { message } ... on MutationCreatePortfolioScenarioSuccess { data { id name status version selected { project { code } } } } }\n  }\n"): (typeof documents)["\n  mutation AuthzCreatePortfolioScenario($input: CreatePortfolioScenarioInput!) {\n    createPortfolioScenario(input: $input) { __typename ... on Error { message } ... on MutationCreatePortfolioScenarioSuccess { data { id name status version selected { project { code } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzUpdatePortfolioScenario($input: UpdatePortfolioScenarioInput!) {\n    updatePortfolioScenario(input: $input) { __typename ... on Error { message } ... on MutationUpdatePortfolioScenarioSuccess { data { name status version } } }\n  }\n"): (typeof documents)["\n  mutation AuthzUpdatePortfolioScenario($input: UpdatePortfolioScenarioInput!) {\n    updatePortfolioScenario(input: $input) { __typename ... on Error { message } ... on MutationUpdatePortfolioScenarioSuccess { data { name status version } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzCommitScenario($input: CommitScenarioInput!) {\n    commitScenario(input: $input) { __typename ... on Error { message } ... on MutationCommitScenarioSuccess { data { status version } } }\n  }\n"): (typeof documents)["\n  mutation AuthzCommitScenario($input: CommitScenarioInput!) {\n    commitScenario(input: $input) { __typename ... on Error { message } ... on MutationCommitScenarioSuccess { data { status version } } }\n  }\n"];
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
export function graphql(source: "\n  mutation AuthzCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) { __typename ... on Error { message } ... on MutationCreateUserSuccess { data { email role } } }\n  }\n"): (typeof documents)["\n  mutation AuthzCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) { __typename ... on Error { message } ... on MutationCreateUserSuccess { data { email role } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzUpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) { __typename ... on Error { message } ... on MutationUpdateUserSuccess { data { weeklyCapacityHours version } } }\n  }\n"): (typeof documents)["\n  mutation AuthzUpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) { __typename ... on Error { message } ... on MutationUpdateUserSuccess { data { weeklyCapacityHours version } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzDeactivateUser($input: DeactivateUserInput!) {\n    deactivateUser(input: $input) { __typename ... on Error { message } ... on MutationDeactivateUserSuccess { data { active version } } }\n  }\n"): (typeof documents)["\n  mutation AuthzDeactivateUser($input: DeactivateUserInput!) {\n    deactivateUser(input: $input) { __typename ... on Error { message } ... on MutationDeactivateUserSuccess { data { active version } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzCreateAbsence($input: CreateAbsenceInput!) {\n    createAbsence(input: $input) { __typename ... on Error { message } ... on MutationCreateAbsenceSuccess { data { kind user { email } } } }\n  }\n"): (typeof documents)["\n  mutation AuthzCreateAbsence($input: CreateAbsenceInput!) {\n    createAbsence(input: $input) { __typename ... on Error { message } ... on MutationCreateAbsenceSuccess { data { kind user { email } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzUpdateOrganisationCalendar($input: UpdateOrganisationCalendarInput!) {\n    updateOrganisationCalendar(input: $input) { __typename ... on Error { message } ... on MutationUpdateOrganisationCalendarSuccess { data { holidays } } }\n  }\n"): (typeof documents)["\n  mutation AuthzUpdateOrganisationCalendar($input: UpdateOrganisationCalendarInput!) {\n    updateOrganisationCalendar(input: $input) { __typename ... on Error { message } ... on MutationUpdateOrganisationCalendarSuccess { data { holidays } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzCreateSkill($input: CreateSkillInput!) {\n    createSkill(input: $input) { __typename ... on Error { message } ... on MutationCreateSkillSuccess { data { key } } }\n  }\n"): (typeof documents)["\n  mutation AuthzCreateSkill($input: CreateSkillInput!) {\n    createSkill(input: $input) { __typename ... on Error { message } ... on MutationCreateSkillSuccess { data { key } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzSetUserSkill($input: SetUserSkillInput!) {\n    setUserSkill(input: $input) { __typename ... on Error { message } ... on MutationSetUserSkillSuccess { data { level source } } }\n  }\n"): (typeof documents)["\n  mutation AuthzSetUserSkill($input: SetUserSkillInput!) {\n    setUserSkill(input: $input) { __typename ... on Error { message } ... on MutationSetUserSkillSuccess { data { level source } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzCreateAllocation($input: CreateAllocationInput!) {\n    createAllocation(input: $input) { __typename ... on Error { message } ... on MutationCreateAllocationSuccess { data { kind hoursPerWeek user { email } } } }\n  }\n"): (typeof documents)["\n  mutation AuthzCreateAllocation($input: CreateAllocationInput!) {\n    createAllocation(input: $input) { __typename ... on Error { message } ... on MutationCreateAllocationSuccess { data { kind hoursPerWeek user { email } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzAllocateFromSchedule($input: AllocateFromScheduleInput!) {\n    allocateFromSchedule(input: $input) { __typename ... on Error { message } ... on MutationAllocateFromScheduleSuccess { data { allocations { user { email } } } } }\n  }\n"): (typeof documents)["\n  mutation AuthzAllocateFromSchedule($input: AllocateFromScheduleInput!) {\n    allocateFromSchedule(input: $input) { __typename ... on Error { message } ... on MutationAllocateFromScheduleSuccess { data { allocations { user { email } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzConfirmAllocation($input: ConfirmAllocationInput!) {\n    confirmAllocation(input: $input) { __typename ... on Error { message } ... on MutationConfirmAllocationSuccess { data { kind } } }\n  }\n"): (typeof documents)["\n  mutation AuthzConfirmAllocation($input: ConfirmAllocationInput!) {\n    confirmAllocation(input: $input) { __typename ... on Error { message } ... on MutationConfirmAllocationSuccess { data { kind } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzDeclineAllocation($input: DeclineAllocationInput!) {\n    declineAllocation(input: $input) { __typename ... on Error { message } ... on MutationDeclineAllocationSuccess { data { declined } } }\n  }\n"): (typeof documents)["\n  mutation AuthzDeclineAllocation($input: DeclineAllocationInput!) {\n    declineAllocation(input: $input) { __typename ... on Error { message } ... on MutationDeclineAllocationSuccess { data { declined } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzCreateResourceDemand($input: CreateResourceDemandInput!) {\n    createResourceDemand(input: $input) { __typename ... on Error { message } ... on MutationCreateResourceDemandSuccess { data { projectRole status } } }\n  }\n"): (typeof documents)["\n  mutation AuthzCreateResourceDemand($input: CreateResourceDemandInput!) {\n    createResourceDemand(input: $input) { __typename ... on Error { message } ... on MutationCreateResourceDemandSuccess { data { projectRole status } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzUpdateResourceSettings($input: UpdateResourceSettingsInput!) {\n    updateResourceSettings(input: $input) { __typename ... on Error { message } ... on MutationUpdateResourceSettingsSuccess { data { overallocationTolerance } } }\n  }\n"): (typeof documents)["\n  mutation AuthzUpdateResourceSettings($input: UpdateResourceSettingsInput!) {\n    updateResourceSettings(input: $input) { __typename ... on Error { message } ... on MutationUpdateResourceSettingsSuccess { data { overallocationTolerance } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzLevelResources($input: LevelResourcesInput!) {\n    levelResources(input: $input) { __typename ... on Error { message } ... on MutationLevelResourcesSuccess { data { applied moves { task { key } shiftDays } } } }\n  }\n"): (typeof documents)["\n  mutation AuthzLevelResources($input: LevelResourcesInput!) {\n    levelResources(input: $input) { __typename ... on Error { message } ... on MutationLevelResourcesSuccess { data { applied moves { task { key } shiftDays } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzCreateScoringModel($input: CreateScoringModelInput!) {\n    createScoringModel(input: $input) { __typename ... on Error { message } ... on MutationCreateScoringModelSuccess { data { version criteria { key } } } }\n  }\n"): (typeof documents)["\n  mutation AuthzCreateScoringModel($input: CreateScoringModelInput!) {\n    createScoringModel(input: $input) { __typename ... on Error { message } ... on MutationCreateScoringModelSuccess { data { version criteria { key } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzUpdateScoringModel($input: UpdateScoringModelInput!) {\n    updateScoringModel(input: $input) { __typename ... on Error { message } ... on MutationUpdateScoringModelSuccess { data { version name } } }\n  }\n"): (typeof documents)["\n  mutation AuthzUpdateScoringModel($input: UpdateScoringModelInput!) {\n    updateScoringModel(input: $input) { __typename ... on Error { message } ... on MutationUpdateScoringModelSuccess { data { version name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzScoreProject($input: ScoreProjectInput!) {\n    scoreProject(input: $input) { __typename ... on Error { message } ... on MutationScoreProjectSuccess { data { status scores { criterionKey value } } } }\n  }\n"): (typeof documents)["\n  mutation AuthzScoreProject($input: ScoreProjectInput!) {\n    scoreProject(input: $input) { __typename ... on Error { message } ... on MutationScoreProjectSuccess { data { status scores { criterionKey value } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzAddProjectDependency($input: AddProjectDependencyInput!) {\n    addProjectDependency(input: $input) { __typename ... on Error { message } ... on MutationAddProjectDependencySuccess { data { reason } } }\n  }\n"): (typeof documents)["\n  mutation AuthzAddProjectDependency($input: AddProjectDependencyInput!) {\n    addProjectDependency(input: $input) { __typename ... on Error { message } ... on MutationAddProjectDependencySuccess { data { reason } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzRemoveProjectDependency($input: RemoveProjectDependencyInput!) {\n    removeProjectDependency(input: $input) { __typename ... on Error { message } ... on MutationRemoveProjectDependencySuccess { data { project { needs { id } } } } }\n  }\n"): (typeof documents)["\n  mutation AuthzRemoveProjectDependency($input: RemoveProjectDependencyInput!) {\n    removeProjectDependency(input: $input) { __typename ... on Error { message } ... on MutationRemoveProjectDependencySuccess { data { project { needs { id } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzCreatePolicy($input: CreatePolicyInput!) {\n    createPolicy(input: $input) { __typename ... on Error { message } ... on MutationCreatePolicySuccess { data { key version enabled } } }\n  }\n"): (typeof documents)["\n  mutation AuthzCreatePolicy($input: CreatePolicyInput!) {\n    createPolicy(input: $input) { __typename ... on Error { message } ... on MutationCreatePolicySuccess { data { key version enabled } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzUpdatePolicy($input: UpdatePolicyInput!) {\n    updatePolicy(input: $input) { __typename ... on Error { message } ... on MutationUpdatePolicySuccess { data { name version } } }\n  }\n"): (typeof documents)["\n  mutation AuthzUpdatePolicy($input: UpdatePolicyInput!) {\n    updatePolicy(input: $input) { __typename ... on Error { message } ... on MutationUpdatePolicySuccess { data { name version } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzSetPolicyEnabled($input: SetPolicyEnabledInput!) {\n    setPolicyEnabled(input: $input) { __typename ... on Error { message } ... on MutationSetPolicyEnabledSuccess { data { enabled version } } }\n  }\n"): (typeof documents)["\n  mutation AuthzSetPolicyEnabled($input: SetPolicyEnabledInput!) {\n    setPolicyEnabled(input: $input) { __typename ... on Error { message } ... on MutationSetPolicyEnabledSuccess { data { enabled version } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuthzChangeRequest on ChangeRequest { status version title budgetDelta raisedBy { email } approvals { role decision } }\n"): (typeof documents)["\n  fragment AuthzChangeRequest on ChangeRequest { status version title budgetDelta raisedBy { email } approvals { role decision } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzCreateChangeRequest($input: CreateChangeRequestInput!) {\n    createChangeRequest(input: $input) { __typename ... on Error { message } ... on MutationCreateChangeRequestSuccess { data { ...AuthzChangeRequest } } }\n  }\n"): (typeof documents)["\n  mutation AuthzCreateChangeRequest($input: CreateChangeRequestInput!) {\n    createChangeRequest(input: $input) { __typename ... on Error { message } ... on MutationCreateChangeRequestSuccess { data { ...AuthzChangeRequest } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzUpdateChangeRequest($input: UpdateChangeRequestInput!) {\n    updateChangeRequest(input: $input) { __typename ... on Error { message } ... on MutationUpdateChangeRequestSuccess { data { ...AuthzChangeRequest } } }\n  }\n"): (typeof documents)["\n  mutation AuthzUpdateChangeRequest($input: UpdateChangeRequestInput!) {\n    updateChangeRequest(input: $input) { __typename ... on Error { message } ... on MutationUpdateChangeRequestSuccess { data { ...AuthzChangeRequest } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzSubmitChangeRequest($input: ChangeRequestActionInput!) {\n    submitChangeRequest(input: $input) { __typename ... on Error { message } ... on MutationSubmitChangeRequestSuccess { data { ...AuthzChangeRequest } } }\n  }\n"): (typeof documents)["\n  mutation AuthzSubmitChangeRequest($input: ChangeRequestActionInput!) {\n    submitChangeRequest(input: $input) { __typename ... on Error { message } ... on MutationSubmitChangeRequestSuccess { data { ...AuthzChangeRequest } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzApproveChangeRequest($input: ChangeRequestActionInput!) {\n    approveChangeRequest(input: $input) { __typename ... on Error { message } ... on MutationApproveChangeRequestSuccess { data { ...AuthzChangeRequest project { budget } } } }\n  }\n"): (typeof documents)["\n  mutation AuthzApproveChangeRequest($input: ChangeRequestActionInput!) {\n    approveChangeRequest(input: $input) { __typename ... on Error { message } ... on MutationApproveChangeRequestSuccess { data { ...AuthzChangeRequest project { budget } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzRejectChangeRequest($input: RejectChangeRequestInput!) {\n    rejectChangeRequest(input: $input) { __typename ... on Error { message } ... on MutationRejectChangeRequestSuccess { data { ...AuthzChangeRequest } } }\n  }\n"): (typeof documents)["\n  mutation AuthzRejectChangeRequest($input: RejectChangeRequestInput!) {\n    rejectChangeRequest(input: $input) { __typename ... on Error { message } ... on MutationRejectChangeRequestSuccess { data { ...AuthzChangeRequest } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzWithdrawChangeRequest($input: ChangeRequestActionInput!) {\n    withdrawChangeRequest(input: $input) { __typename ... on Error { message } ... on MutationWithdrawChangeRequestSuccess { data { ...AuthzChangeRequest } } }\n  }\n"): (typeof documents)["\n  mutation AuthzWithdrawChangeRequest($input: ChangeRequestActionInput!) {\n    withdrawChangeRequest(input: $input) { __typename ... on Error { message } ... on MutationWithdrawChangeRequestSuccess { data { ...AuthzChangeRequest } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzUpdateChangeControlSettings($input: UpdateChangeControlSettingsInput!) {\n    updateChangeControlSettings(input: $input) { __typename ... on Error { message } ... on MutationUpdateChangeControlSettingsSuccess { data { pmoApprovalAboveBudgetDelta version } } }\n  }\n"): (typeof documents)["\n  mutation AuthzUpdateChangeControlSettings($input: UpdateChangeControlSettingsInput!) {\n    updateChangeControlSettings(input: $input) { __typename ... on Error { message } ... on MutationUpdateChangeControlSettingsSuccess { data { pmoApprovalAboveBudgetDelta version } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzRecordDecision($input: RecordDecisionInput!) {\n    recordDecision(input: $input) { __typename ... on Error { message } ... on MutationRecordDecisionSuccess { data { title project { code } portfolio { name } changeRequests { title } } } }\n  }\n"): (typeof documents)["\n  mutation AuthzRecordDecision($input: RecordDecisionInput!) {\n    recordDecision(input: $input) { __typename ... on Error { message } ... on MutationRecordDecisionSuccess { data { title project { code } portfolio { name } changeRequests { title } } } }\n  }\n"];
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthzCapacityHeatmap($input: CapacityHeatmapInput!) {\n    capacityHeatmap(input: $input) { rows { user { email } cells { periodStart capacityHours hardHours softHours utilisation overAllocated } } }\n  }\n"): (typeof documents)["\n  query AuthzCapacityHeatmap($input: CapacityHeatmapInput!) {\n    capacityHeatmap(input: $input) { rows { user { email } cells { periodStart capacityHours hardHours softHours utilisation overAllocated } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthzSkillGaps($input: SkillGapsInput!) { skillGaps(input: $input) { skill { key } gapHours } }\n"): (typeof documents)["\n  query AuthzSkillGaps($input: SkillGapsInput!) { skillGaps(input: $input) { skill { key } gapHours } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthzDemoDemand($id: ID!) { node(id: $id) { ... on Project { resourceDemands(first: 10) { edges { node { id skill { key } } } } } } }\n"): (typeof documents)["\n  query AuthzDemoDemand($id: ID!) { node(id: $id) { ... on Project { resourceDemands(first: 10) { edges { node { id skill { key } } } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthzCandidates($id: ID!) { candidatesForDemand(demandId: $id, first: 10) { user { email } costRate evidence { minLevel } } }\n"): (typeof documents)["\n  query AuthzCandidates($id: ID!) { candidatesForDemand(demandId: $id, first: 10) { user { email } costRate evidence { minLevel } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthzChangeControlSettings { changeControlSettings { pmoApprovalAboveBudgetDelta version } }\n"): (typeof documents)["\n  query AuthzChangeControlSettings { changeControlSettings { pmoApprovalAboveBudgetDelta version } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthzChangeControl($project: ID!, $hidden: ID!, $portfolio: ID!) {\n    project: node(id: $project) { ... on Project { code changeRequests(filter: { status: [SUBMITTED] }) { totalCount edges { node { title budgetDelta } } } decisions { totalCount } } }\n    hidden: node(id: $hidden) { ... on Project { code changeRequests { totalCount } decisions { totalCount } } }\n    portfolio: node(id: $portfolio) { ... on Portfolio { name decisions { totalCount edges { node { title } } } } }\n  }\n"): (typeof documents)["\n  query AuthzChangeControl($project: ID!, $hidden: ID!, $portfolio: ID!) {\n    project: node(id: $project) { ... on Project { code changeRequests(filter: { status: [SUBMITTED] }) { totalCount edges { node { title budgetDelta } } } decisions { totalCount } } }\n    hidden: node(id: $hidden) { ... on Project { code changeRequests { totalCount } decisions { totalCount } } }\n    portfolio: node(id: $portfolio) { ... on Portfolio { name decisions { totalCount edges { node { title } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthzResourceSettings { resourceSettings { overallocationTolerance } }\n"): (typeof documents)["\n  query AuthzResourceSettings { resourceSettings { overallocationTolerance } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthzScoringModels { scoringModels { key version method } }\n"): (typeof documents)["\n  query AuthzScoringModels { scoringModels { key version method } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthzRanking($id: ID!) { portfolio(id: $id) { ranking(modelKey: \"wsjf\") { rank score complete project { code } } } }\n"): (typeof documents)["\n  query AuthzRanking($id: ID!) { portfolio(id: $id) { ranking(modelKey: \"wsjf\") { rank score complete project { code } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthzOptimize($id: ID!) {\n    optimizePortfolio(input: { portfolioId: $id, modelKey: \"wsjf\" }) { __typename ... on QueryOptimizePortfolioSuccess { data { optimal objective candidates { project { code } } } } }\n  }\n"): (typeof documents)["\n  query AuthzOptimize($id: ID!) {\n    optimizePortfolio(input: { portfolioId: $id, modelKey: \"wsjf\" }) { __typename ... on QueryOptimizePortfolioSuccess { data { optimal objective candidates { project { code } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthzFrontier($id: ID!) {\n    efficientFrontier(input: { portfolioId: $id, modelKey: \"wsjf\", points: 2 }) { __typename ... on QueryEfficientFrontierSuccess { data { feasible } } }\n  }\n"): (typeof documents)["\n  query AuthzFrontier($id: ID!) {\n    efficientFrontier(input: { portfolioId: $id, modelKey: \"wsjf\", points: 2 }) { __typename ... on QueryEfficientFrontierSuccess { data { feasible } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthzCompareScenarios($ids: [ID!]!) {\n    compareScenarios(ids: $ids) { __typename ... on QueryCompareScenariosSuccess { data { scenarios { name objective selected { project { code } } } differing { project { code } } common { project { code } } } } }\n  }\n"): (typeof documents)["\n  query AuthzCompareScenarios($ids: [ID!]!) {\n    compareScenarios(ids: $ids) { __typename ... on QueryCompareScenariosSuccess { data { scenarios { name objective selected { project { code } } } differing { project { code } } common { project { code } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthzPortfolioScenarios($id: ID!) { portfolio(id: $id) { scenarios(first: 10) { totalCount edges { node { name status totalCost } } } } }\n"): (typeof documents)["\n  query AuthzPortfolioScenarios($id: ID!) { portfolio(id: $id) { scenarios(first: 10) { totalCount edges { node { name status totalCost } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthzScenarioNode($id: ID!) { node(id: $id) { ... on PortfolioScenario { name result } } }\n"): (typeof documents)["\n  query AuthzScenarioNode($id: ID!) { node(id: $id) { ... on PortfolioScenario { name result } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthzDeriveWeights { deriveWeights(input: { criteria: [\"a\", \"b\"], comparisons: [{ more: \"a\", than: \"b\", value: 3 }] }) { weights { criterionKey weight } consistent } }\n"): (typeof documents)["\n  query AuthzDeriveWeights { deriveWeights(input: { criteria: [\"a\", \"b\"], comparisons: [{ more: \"a\", than: \"b\", value: 3 }] }) { weights { criterionKey weight } consistent } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthzAuditLog($project: ID!) { auditEvents(first: 5, filter: { projectId: $project }) { totalCount edges { node { action actor { email } } } } }\n"): (typeof documents)["\n  query AuthzAuditLog($project: ID!) { auditEvents(first: 5, filter: { projectId: $project }) { totalCount edges { node { action actor { email } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthzAuditLogCsv($project: ID!) { auditEventsCsv(filter: { projectId: $project }) }\n"): (typeof documents)["\n  query AuthzAuditLogCsv($project: ID!) { auditEventsCsv(filter: { projectId: $project }) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthzPolicies { policies(first: 5) { totalCount edges { node { key } } } }\n"): (typeof documents)["\n  query AuthzPolicies { policies(first: 5) { totalCount edges { node { key } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthzDryRunPolicy($input: DryRunPolicyInput!) {\n    dryRunPolicy(input: $input) {\n      __typename\n      ... on QueryDryRunPolicySuccess { data { evaluated failing { project { code } evidence } blockedTransitions { kind } } }\n    }\n  }\n"): (typeof documents)["\n  query AuthzDryRunPolicy($input: DryRunPolicyInput!) {\n    dryRunPolicy(input: $input) {\n      __typename\n      ... on QueryDryRunPolicySuccess { data { evaluated failing { project { code } evidence } blockedTransitions { kind } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthzTrainingCatalogue {\n    certificationTypes(first: 20) { totalCount edges { node { key issuer requiredPdus } } }\n    certificationType(key: \"pmp\") { name validityMonths minEducationPdus minPdusPerCategory projectManagement }\n    trainingSettings { expiryWindowDays version }\n  }\n"): (typeof documents)["\n  query AuthzTrainingCatalogue {\n    certificationTypes(first: 20) { totalCount edges { node { key issuer requiredPdus } } }\n    certificationType(key: \"pmp\") { name validityMonths minEducationPdus minPdusPerCategory projectManagement }\n    trainingSettings { expiryWindowDays version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthzExpiringCertifications { expiringCertifications(first: 20) { totalCount edges { node { type { key } user { email } expiring } } } }\n"): (typeof documents)["\n  query AuthzExpiringCertifications { expiringCertifications(first: 20) { totalCount edges { node { type { key } user { email } expiring } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthzPersonCertifications($id: ID!) {\n    person: node(id: $id) { ... on User { email certifications { type { key } earnedOn verified renewal { required met } } } }\n  }\n"): (typeof documents)["\n  query AuthzPersonCertifications($id: ID!) {\n    person: node(id: $id) { ... on User { email certifications { type { key } earnedOn verified renewal { required met } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthzCourses {\n    courses(first: 20) { totalCount edges { node { key format pdus } } }\n    course(key: \"pmo-rotation\") { title pdusGivingBack skills { skill { key } level } }\n  }\n"): (typeof documents)["\n  query AuthzCourses {\n    courses(first: 20) { totalCount edges { node { key format pdus } } }\n    course(key: \"pmo-rotation\") { title pdusGivingBack skills { skill { key } level } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthzPersonEnrollments($id: ID!) { person: node(id: $id) { ... on User { email enrollments { status course { key } } } } }\n"): (typeof documents)["\n  query AuthzPersonEnrollments($id: ID!) { person: node(id: $id) { ... on User { email enrollments { status course { key } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthzMentoring($id: ID!) {\n    person: node(id: $id) {\n      ... on User { mentoringAsMentee { mentor { email } status viewerReadsNotes focusSkills { key } sessions { minutes notes } } mentoringAsMentor { mentee { email } } }\n    }\n  }\n"): (typeof documents)["\n  query AuthzMentoring($id: ID!) {\n    person: node(id: $id) {\n      ... on User { mentoringAsMentee { mentor { email } status viewerReadsNotes focusSkills { key } sessions { minutes notes } } mentoringAsMentor { mentee { email } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthzDevelopment($id: ID!) {\n    person: node(id: $id) {\n      ... on User {\n        development {\n          plan { summary }\n          enrollments { status }\n          certifications { type { key } expiring }\n          mentoringAsMentee { mentor { email } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuthzDevelopment($id: ID!) {\n    person: node(id: $id) {\n      ... on User {\n        development {\n          plan { summary }\n          enrollments { status }\n          certifications { type { key } expiring }\n          mentoringAsMentee { mentor { email } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthzTrainingSummary {\n    trainingSummary { certifications { type { key } active expiring } enrollments { status count } activeMentoring developmentPlans }\n  }\n"): (typeof documents)["\n  query AuthzTrainingSummary {\n    trainingSummary { certifications { type { key } active expiring } enrollments { status count } activeMentoring developmentPlans }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzCreateCertificationType($input: CreateCertificationTypeInput!) {\n    createCertificationType(input: $input) { __typename ... on Error { message } ... on MutationCreateCertificationTypeSuccess { data { key version } } }\n  }\n"): (typeof documents)["\n  mutation AuthzCreateCertificationType($input: CreateCertificationTypeInput!) {\n    createCertificationType(input: $input) { __typename ... on Error { message } ... on MutationCreateCertificationTypeSuccess { data { key version } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzUpdateCertificationType($input: UpdateCertificationTypeInput!) {\n    updateCertificationType(input: $input) { __typename ... on Error { message } ... on MutationUpdateCertificationTypeSuccess { data { name version } } }\n  }\n"): (typeof documents)["\n  mutation AuthzUpdateCertificationType($input: UpdateCertificationTypeInput!) {\n    updateCertificationType(input: $input) { __typename ... on Error { message } ... on MutationUpdateCertificationTypeSuccess { data { name version } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzRecordCertification($input: RecordCertificationInput!) {\n    recordCertification(input: $input) { __typename ... on Error { message } ... on MutationRecordCertificationSuccess { data { credentialId user { email } } } }\n  }\n"): (typeof documents)["\n  mutation AuthzRecordCertification($input: RecordCertificationInput!) {\n    recordCertification(input: $input) { __typename ... on Error { message } ... on MutationRecordCertificationSuccess { data { credentialId user { email } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzVerifyCertification($input: VerifyCertificationInput!) {\n    verifyCertification(input: $input) { __typename ... on Error { message } ... on MutationVerifyCertificationSuccess { data { verified version } } }\n  }\n"): (typeof documents)["\n  mutation AuthzVerifyCertification($input: VerifyCertificationInput!) {\n    verifyCertification(input: $input) { __typename ... on Error { message } ... on MutationVerifyCertificationSuccess { data { verified version } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzDeleteCertification($input: DeleteCertificationInput!) {\n    deleteCertification(input: $input) { __typename ... on Error { message } ... on MutationDeleteCertificationSuccess { data { user { email } } } }\n  }\n"): (typeof documents)["\n  mutation AuthzDeleteCertification($input: DeleteCertificationInput!) {\n    deleteCertification(input: $input) { __typename ... on Error { message } ... on MutationDeleteCertificationSuccess { data { user { email } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzUpdateTrainingSettings($input: UpdateTrainingSettingsInput!) {\n    updateTrainingSettings(input: $input) { __typename ... on Error { message } ... on MutationUpdateTrainingSettingsSuccess { data { expiryWindowDays version } } }\n  }\n"): (typeof documents)["\n  mutation AuthzUpdateTrainingSettings($input: UpdateTrainingSettingsInput!) {\n    updateTrainingSettings(input: $input) { __typename ... on Error { message } ... on MutationUpdateTrainingSettingsSuccess { data { expiryWindowDays version } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzCreateCourse($input: CreateCourseInput!) {\n    createCourse(input: $input) { __typename ... on Error { message } ... on MutationCreateCourseSuccess { data { key version } } }\n  }\n"): (typeof documents)["\n  mutation AuthzCreateCourse($input: CreateCourseInput!) {\n    createCourse(input: $input) { __typename ... on Error { message } ... on MutationCreateCourseSuccess { data { key version } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzUpdateCourse($input: UpdateCourseInput!) {\n    updateCourse(input: $input) { __typename ... on Error { message } ... on MutationUpdateCourseSuccess { data { hours version } } }\n  }\n"): (typeof documents)["\n  mutation AuthzUpdateCourse($input: UpdateCourseInput!) {\n    updateCourse(input: $input) { __typename ... on Error { message } ... on MutationUpdateCourseSuccess { data { hours version } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzRequestEnrollment($input: RequestEnrollmentInput!) {\n    requestEnrollment(input: $input) { __typename ... on Error { message } ... on MutationRequestEnrollmentSuccess { data { status user { email } } } }\n  }\n"): (typeof documents)["\n  mutation AuthzRequestEnrollment($input: RequestEnrollmentInput!) {\n    requestEnrollment(input: $input) { __typename ... on Error { message } ... on MutationRequestEnrollmentSuccess { data { status user { email } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzApproveEnrollment($input: ApproveEnrollmentInput!) {\n    approveEnrollment(input: $input) { __typename ... on Error { message } ... on MutationApproveEnrollmentSuccess { data { status version } } }\n  }\n"): (typeof documents)["\n  mutation AuthzApproveEnrollment($input: ApproveEnrollmentInput!) {\n    approveEnrollment(input: $input) { __typename ... on Error { message } ... on MutationApproveEnrollmentSuccess { data { status version } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzStartEnrollment($input: StartEnrollmentInput!) {\n    startEnrollment(input: $input) { __typename ... on Error { message } ... on MutationStartEnrollmentSuccess { data { status version } } }\n  }\n"): (typeof documents)["\n  mutation AuthzStartEnrollment($input: StartEnrollmentInput!) {\n    startEnrollment(input: $input) { __typename ... on Error { message } ... on MutationStartEnrollmentSuccess { data { status version } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzCompleteEnrollment($input: CompleteEnrollmentInput!) {\n    completeEnrollment(input: $input) { __typename ... on Error { message } ... on MutationCompleteEnrollmentSuccess { data { status version } } }\n  }\n"): (typeof documents)["\n  mutation AuthzCompleteEnrollment($input: CompleteEnrollmentInput!) {\n    completeEnrollment(input: $input) { __typename ... on Error { message } ... on MutationCompleteEnrollmentSuccess { data { status version } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzDropEnrollment($input: DropEnrollmentInput!) {\n    dropEnrollment(input: $input) { __typename ... on Error { message } ... on MutationDropEnrollmentSuccess { data { status version } } }\n  }\n"): (typeof documents)["\n  mutation AuthzDropEnrollment($input: DropEnrollmentInput!) {\n    dropEnrollment(input: $input) { __typename ... on Error { message } ... on MutationDropEnrollmentSuccess { data { status version } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzProposeMentoring($input: ProposeMentoringInput!) {\n    proposeMentoring(input: $input) { __typename ... on Error { message } ... on MutationProposeMentoringSuccess { data { status mentee { email } } } }\n  }\n"): (typeof documents)["\n  mutation AuthzProposeMentoring($input: ProposeMentoringInput!) {\n    proposeMentoring(input: $input) { __typename ... on Error { message } ... on MutationProposeMentoringSuccess { data { status mentee { email } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzAcceptMentoring($input: AcceptMentoringInput!) {\n    acceptMentoring(input: $input) { __typename ... on Error { message } ... on MutationAcceptMentoringSuccess { data { status version } } }\n  }\n"): (typeof documents)["\n  mutation AuthzAcceptMentoring($input: AcceptMentoringInput!) {\n    acceptMentoring(input: $input) { __typename ... on Error { message } ... on MutationAcceptMentoringSuccess { data { status version } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzEndMentoring($input: EndMentoringInput!) {\n    endMentoring(input: $input) { __typename ... on Error { message } ... on MutationEndMentoringSuccess { data { status version } } }\n  }\n"): (typeof documents)["\n  mutation AuthzEndMentoring($input: EndMentoringInput!) {\n    endMentoring(input: $input) { __typename ... on Error { message } ... on MutationEndMentoringSuccess { data { status version } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzRecordMentoringSession($input: RecordMentoringSessionInput!) {\n    recordMentoringSession(input: $input) { __typename ... on Error { message } ... on MutationRecordMentoringSessionSuccess { data { sessions { minutes } } } }\n  }\n"): (typeof documents)["\n  mutation AuthzRecordMentoringSession($input: RecordMentoringSessionInput!) {\n    recordMentoringSession(input: $input) { __typename ... on Error { message } ... on MutationRecordMentoringSessionSuccess { data { sessions { minutes } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzSetDevelopmentPlan($input: SetDevelopmentPlanInput!) {\n    setDevelopmentPlan(input: $input) { __typename ... on Error { message } ... on MutationSetDevelopmentPlanSuccess { data { summary version } } }\n  }\n"): (typeof documents)["\n  mutation AuthzSetDevelopmentPlan($input: SetDevelopmentPlanInput!) {\n    setDevelopmentPlan(input: $input) { __typename ... on Error { message } ... on MutationSetDevelopmentPlanSuccess { data { summary version } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($filter: AuditEventFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    auditEvents(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      edges { node { action entityType entityId actor { email } } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($filter: AuditEventFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    auditEvents(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      edges { node { action entityType entityId actor { email } } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLogCsv($filter: AuditEventFilter, $first: Int) { auditEventsCsv(filter: $filter, first: $first) }\n"): (typeof documents)["\n  query AuditLogCsv($filter: AuditEventFilter, $first: Int) { auditEventsCsv(filter: $filter, first: $first) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChangeRequestFields on ChangeRequest {\n    id version status kind title budgetDelta finishDeltaDays scopeDelta decisionReason\n    raisedBy { email }\n    approvers { role decision }\n    approvals { role decision comment approver { email } }\n  }\n"): (typeof documents)["\n  fragment ChangeRequestFields on ChangeRequest {\n    id version status kind title budgetDelta finishDeltaDays scopeDelta decisionReason\n    raisedBy { email }\n    approvers { role decision }\n    approvals { role decision comment approver { email } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChangeRequestErrors on Error {\n    ... on ChangeRequestStatusError { status allowedFrom }\n  }\n"): (typeof documents)["\n  fragment ChangeRequestErrors on Error {\n    ... on ChangeRequestStatusError { status allowedFrom }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeRequestCreate($input: CreateChangeRequestInput!) {\n    createChangeRequest(input: $input) { __typename ... on MutationCreateChangeRequestSuccess { data { ...ChangeRequestFields } } ...ErrorFields }\n  }\n"): (typeof documents)["\n  mutation ChangeRequestCreate($input: CreateChangeRequestInput!) {\n    createChangeRequest(input: $input) { __typename ... on MutationCreateChangeRequestSuccess { data { ...ChangeRequestFields } } ...ErrorFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeRequestUpdate($input: UpdateChangeRequestInput!) {\n    updateChangeRequest(input: $input) { __typename ... on MutationUpdateChangeRequestSuccess { data { ...ChangeRequestFields } } ...ErrorFields ...ChangeRequestErrors }\n  }\n"): (typeof documents)["\n  mutation ChangeRequestUpdate($input: UpdateChangeRequestInput!) {\n    updateChangeRequest(input: $input) { __typename ... on MutationUpdateChangeRequestSuccess { data { ...ChangeRequestFields } } ...ErrorFields ...ChangeRequestErrors }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeRequestSubmit($input: ChangeRequestActionInput!) {\n    submitChangeRequest(input: $input) { __typename ... on MutationSubmitChangeRequestSuccess { data { ...ChangeRequestFields } } ...ErrorFields ...ChangeRequestErrors }\n  }\n"): (typeof documents)["\n  mutation ChangeRequestSubmit($input: ChangeRequestActionInput!) {\n    submitChangeRequest(input: $input) { __typename ... on MutationSubmitChangeRequestSuccess { data { ...ChangeRequestFields } } ...ErrorFields ...ChangeRequestErrors }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeRequestApprove($input: ChangeRequestActionInput!) {\n    approveChangeRequest(input: $input) { __typename ... on MutationApproveChangeRequestSuccess { data { ...ChangeRequestFields } } ...ErrorFields ...ChangeRequestErrors }\n  }\n"): (typeof documents)["\n  mutation ChangeRequestApprove($input: ChangeRequestActionInput!) {\n    approveChangeRequest(input: $input) { __typename ... on MutationApproveChangeRequestSuccess { data { ...ChangeRequestFields } } ...ErrorFields ...ChangeRequestErrors }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeRequestReject($input: RejectChangeRequestInput!) {\n    rejectChangeRequest(input: $input) { __typename ... on MutationRejectChangeRequestSuccess { data { ...ChangeRequestFields } } ...ErrorFields ...ChangeRequestErrors }\n  }\n"): (typeof documents)["\n  mutation ChangeRequestReject($input: RejectChangeRequestInput!) {\n    rejectChangeRequest(input: $input) { __typename ... on MutationRejectChangeRequestSuccess { data { ...ChangeRequestFields } } ...ErrorFields ...ChangeRequestErrors }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeRequestWithdraw($input: ChangeRequestActionInput!) {\n    withdrawChangeRequest(input: $input) { __typename ... on MutationWithdrawChangeRequestSuccess { data { ...ChangeRequestFields } } ...ErrorFields ...ChangeRequestErrors }\n  }\n"): (typeof documents)["\n  mutation ChangeRequestWithdraw($input: ChangeRequestActionInput!) {\n    withdrawChangeRequest(input: $input) { __typename ... on MutationWithdrawChangeRequestSuccess { data { ...ChangeRequestFields } } ...ErrorFields ...ChangeRequestErrors }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeControlSettingsUpdate($input: UpdateChangeControlSettingsInput!) {\n    updateChangeControlSettings(input: $input) { __typename ... on MutationUpdateChangeControlSettingsSuccess { data { pmoApprovalAboveBudgetDelta version } } ...ErrorFields }\n  }\n"): (typeof documents)["\n  mutation ChangeControlSettingsUpdate($input: UpdateChangeControlSettingsInput!) {\n    updateChangeControlSettings(input: $input) { __typename ... on MutationUpdateChangeControlSettingsSuccess { data { pmoApprovalAboveBudgetDelta version } } ...ErrorFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ChangeControlSettingsRead { changeControlSettings { pmoApprovalAboveBudgetDelta version } }"): (typeof documents)["query ChangeControlSettingsRead { changeControlSettings { pmoApprovalAboveBudgetDelta version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeControlEditProject($input: UpdateProjectInput!) {\n    updateProject(input: $input) {\n      __typename\n      ... on MutationUpdateProjectSuccess { data { version budget targetEndDate scopePoints name } }\n      ... on ChangeControlRequiredError { fields }\n      ...ErrorFields\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeControlEditProject($input: UpdateProjectInput!) {\n    updateProject(input: $input) {\n      __typename\n      ... on MutationUpdateProjectSuccess { data { version budget targetEndDate scopePoints name } }\n      ... on ChangeControlRequiredError { fields }\n      ...ErrorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChangeControlProject($id: ID!, $status: [ChangeRequestStatus!]) {\n    node(id: $id) {\n      ... on Project {\n        version budget targetEndDate scopePoints\n        changeRequests(filter: { status: $status }) { totalCount edges { node { title status budgetDelta finishDeltaDays } } }\n        decisions { totalCount edges { node { title decidedBy { email } changeRequests { title } } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChangeControlProject($id: ID!, $status: [ChangeRequestStatus!]) {\n    node(id: $id) {\n      ... on Project {\n        version budget targetEndDate scopePoints\n        changeRequests(filter: { status: $status }) { totalCount edges { node { title status budgetDelta finishDeltaDays } } }\n        decisions { totalCount edges { node { title decidedBy { email } changeRequests { title } } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ChangeRequestsListed($id: ID!) {\n        node(id: $id) { ... on Portfolio { projects(first: 50) { edges { node { code\n          changeRequests(first: 5, filter: { status: [DRAFT, SUBMITTED] }) { totalCount edges { node { title budgetDelta raisedBy { email } approvers { role decision } approvals { role approver { email } } } } }\n        } } } } }\n      }\n    "): (typeof documents)["\n      query ChangeRequestsListed($id: ID!) {\n        node(id: $id) { ... on Portfolio { projects(first: 50) { edges { node { code\n          changeRequests(first: 5, filter: { status: [DRAFT, SUBMITTED] }) { totalCount edges { node { title budgetDelta raisedBy { email } approvers { role decision } approvals { role approver { email } } } } }\n        } } } } }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecisionRecord($input: RecordDecisionInput!) {\n    recordDecision(input: $input) {\n      __typename\n      ... on MutationRecordDecisionSuccess { data { id title rationale decidedAt decidedBy { email } project { code } portfolio { name } changeRequests { title } phases { key } } }\n      ...ErrorFields\n    }\n  }\n"): (typeof documents)["\n  mutation DecisionRecord($input: RecordDecisionInput!) {\n    recordDecision(input: $input) {\n      __typename\n      ... on MutationRecordDecisionSuccess { data { id title rationale decidedAt decidedBy { email } project { code } portfolio { name } changeRequests { title } phases { key } } }\n      ...ErrorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecisionRaiseRequest($input: CreateChangeRequestInput!) {\n    createChangeRequest(input: $input) { __typename ... on MutationCreateChangeRequestSuccess { data { id } } ...ErrorFields }\n  }\n"): (typeof documents)["\n  mutation DecisionRaiseRequest($input: CreateChangeRequestInput!) {\n    createChangeRequest(input: $input) { __typename ... on MutationCreateChangeRequestSuccess { data { id } } ...ErrorFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecisionScenario($input: CreatePortfolioScenarioInput!) {\n    createPortfolioScenario(input: $input) { __typename ... on MutationCreatePortfolioScenarioSuccess { data { id } } ...ErrorFields }\n  }\n"): (typeof documents)["\n  mutation DecisionScenario($input: CreatePortfolioScenarioInput!) {\n    createPortfolioScenario(input: $input) { __typename ... on MutationCreatePortfolioScenarioSuccess { data { id } } ...ErrorFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DecisionScenarioLinks($id: ID!) { node(id: $id) { ... on Portfolio { decisions(first: 1) { edges { node { title scenarios { id name } } } } } } }\n"): (typeof documents)["\n  query DecisionScenarioLinks($id: ID!) { node(id: $id) { ... on Portfolio { decisions(first: 1) { edges { node { title scenarios { id name } } } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DecisionPhases($id: ID!) { node(id: $id) { ... on Project { phases { id key } } } }"): (typeof documents)["query DecisionPhases($id: ID!) { node(id: $id) { ... on Project { phases { id key } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DecisionProjectLog($id: ID!, $first: Int) { node(id: $id) { ... on Project { decisions(first: $first) { totalCount pageInfo { hasNextPage } edges { node { title decidedAt changeRequests { title } phases { key } } } } } } }\n"): (typeof documents)["\n  query DecisionProjectLog($id: ID!, $first: Int) { node(id: $id) { ... on Project { decisions(first: $first) { totalCount pageInfo { hasNextPage } edges { node { title decidedAt changeRequests { title } phases { key } } } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DecisionPortfolioLog($id: ID!) { node(id: $id) { ... on Portfolio { decisions { totalCount edges { node { title rationale decidedBy { email } project { code } } } } } } }\n"): (typeof documents)["\n  query DecisionPortfolioLog($id: ID!) { node(id: $id) { ... on Portfolio { decisions { totalCount edges { node { title rationale decidedBy { email } project { code } } } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query DecisionsListed($id: ID!) {\n        node(id: $id) { ... on Portfolio { decisions(first: 5) { totalCount edges { node { title changeRequests { title } } } }\n          projects(first: 50) { edges { node { code decisions(first: 5) { totalCount edges { node { title decidedBy { email } changeRequests { title } phases { key } } } } } } } } }\n      }\n    "): (typeof documents)["\n      query DecisionsListed($id: ID!) {\n        node(id: $id) { ... on Portfolio { decisions(first: 5) { totalCount edges { node { title changeRequests { title } } } }\n          projects(first: 50) { edges { node { code decisions(first: 5) { totalCount edges { node { title decidedBy { email } changeRequests { title } phases { key } } } } } } } } }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PolicyFields on Policy {\n    id key name description version enabled mode severity message check\n    scope { portfolios { id } statuses methodologyKeys minBudget }\n  }\n"): (typeof documents)["\n  fragment PolicyFields on Policy {\n    id key name description version enabled mode severity message check\n    scope { portfolios { id } statuses methodologyKeys minBudget }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PolicyCreate($input: CreatePolicyInput!) {\n    createPolicy(input: $input) { __typename ... on MutationCreatePolicySuccess { data { ...PolicyFields } } ...ErrorFields }\n  }\n"): (typeof documents)["\n  mutation PolicyCreate($input: CreatePolicyInput!) {\n    createPolicy(input: $input) { __typename ... on MutationCreatePolicySuccess { data { ...PolicyFields } } ...ErrorFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PolicyUpdate($input: UpdatePolicyInput!) {\n    updatePolicy(input: $input) { __typename ... on MutationUpdatePolicySuccess { data { ...PolicyFields } } ...ErrorFields }\n  }\n"): (typeof documents)["\n  mutation PolicyUpdate($input: UpdatePolicyInput!) {\n    updatePolicy(input: $input) { __typename ... on MutationUpdatePolicySuccess { data { ...PolicyFields } } ...ErrorFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PolicySetEnabled($input: SetPolicyEnabledInput!) {\n    setPolicyEnabled(input: $input) { __typename ... on MutationSetPolicyEnabledSuccess { data { id enabled version } } ...ErrorFields }\n  }\n"): (typeof documents)["\n  mutation PolicySetEnabled($input: SetPolicyEnabledInput!) {\n    setPolicyEnabled(input: $input) { __typename ... on MutationSetPolicyEnabledSuccess { data { id enabled version } } ...ErrorFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PolicyDryRun($input: DryRunPolicyInput!) {\n    dryRunPolicy(input: $input) {\n      __typename\n      ... on QueryDryRunPolicySuccess {\n        data { evaluated failing { project { code } evidence waived } blockedTransitions { project { code } kind from to } }\n      }\n      ...ErrorFields\n    }\n  }\n"): (typeof documents)["\n  query PolicyDryRun($input: DryRunPolicyInput!) {\n    dryRunPolicy(input: $input) {\n      __typename\n      ... on QueryDryRunPolicySuccess {\n        data { evaluated failing { project { code } evidence waived } blockedTransitions { project { code } kind from to } }\n      }\n      ...ErrorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PolicyList($first: Int) { policies(first: $first) { totalCount edges { node { key version scope { portfolios { name } } createdBy { email } } } } }\n"): (typeof documents)["\n  query PolicyList($first: Int) { policies(first: $first) { totalCount edges { node { key version scope { portfolios { name } } createdBy { email } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PolicyResults($id: ID!) {\n    project(id: $id) {\n      code\n      complianceResults { ruleKey source passed waived severity message evidence methodologyKey policyVersion policy { key } }\n      compliance { failing blocking }\n    }\n  }\n"): (typeof documents)["\n  query PolicyResults($id: ID!) {\n    project(id: $id) {\n      code\n      complianceResults { ruleKey source passed waived severity message evidence methodologyKey policyVersion policy { key } }\n      compliance { failing blocking }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PolicyTransition($input: TransitionProjectInput!) {\n    transitionProject(input: $input) {\n      __typename\n      ... on MutationTransitionProjectSuccess { data { status } }\n      ... on PolicyViolationError { message failingPolicies { policyKey severity message evidence policy { key } } }\n      ...ErrorFields\n    }\n  }\n"): (typeof documents)["\n  mutation PolicyTransition($input: TransitionProjectInput!) {\n    transitionProject(input: $input) {\n      __typename\n      ... on MutationTransitionProjectSuccess { data { status } }\n      ... on PolicyViolationError { message failingPolicies { policyKey severity message evidence policy { key } } }\n      ...ErrorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PolicyAdvance($input: AdvancePhaseInput!) {\n    advancePhase(input: $input) {\n      __typename\n      ... on MutationAdvancePhaseSuccess { data { currentPhase { key } } }\n      ... on PolicyViolationError { message failingPolicies { policyKey evidence } }\n      ...ErrorFields\n    }\n  }\n"): (typeof documents)["\n  mutation PolicyAdvance($input: AdvancePhaseInput!) {\n    advancePhase(input: $input) {\n      __typename\n      ... on MutationAdvancePhaseSuccess { data { currentPhase { key } } }\n      ... on PolicyViolationError { message failingPolicies { policyKey evidence } }\n      ...ErrorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PolicyWaive($input: WaiveRuleInput!) {\n    waiveRule(input: $input) { __typename ... on MutationWaiveRuleSuccess { data { id ruleKey active } } ...ErrorFields }\n  }\n"): (typeof documents)["\n  mutation PolicyWaive($input: WaiveRuleInput!) {\n    waiveRule(input: $input) { __typename ... on MutationWaiveRuleSuccess { data { id ruleKey active } } ...ErrorFields }\n  }\n"];
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
export function graphql(source: "\n  query PersistedViewer { viewer { email role } }\n"): (typeof documents)["\n  query PersistedViewer { viewer { email role } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersistedProjects($first: Int!) { projects(first: $first) { totalCount edges { node { id code } } } }\n"): (typeof documents)["\n  query PersistedProjects($first: Int!) { projects(first: $first) { totalCount edges { node { id code } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query PersistedByGet { viewer { email } }\n    "): (typeof documents)["\n      query PersistedByGet { viewer { email } }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProtectionProjectsPage($first: Int, $last: Int) {\n    projects(first: $first, last: $last) { edges { node { code } } }\n  }\n"): (typeof documents)["\n  query ProtectionProjectsPage($first: Int, $last: Int) {\n    projects(first: $first, last: $last) { edges { node { code } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SmokeViewer {\n    viewer { name role }\n  }\n"): (typeof documents)["\n  query SmokeViewer {\n    viewer { name role }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompliancePortfolios {\n    portfolios(first: 10) {\n      edges {\n        node {\n          id\n          compliance { failing blocking projectsEvaluated projectsBlocked bySeverity { severity passed failing waived } }\n          projects(first: 40) {\n            edges { node { id compliance { failing blocking projectsEvaluated projectsBlocked bySeverity { severity passed failing waived } } } }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CompliancePortfolios {\n    portfolios(first: 10) {\n      edges {\n        node {\n          id\n          compliance { failing blocking projectsEvaluated projectsBlocked bySeverity { severity passed failing waived } }\n          projects(first: 40) {\n            edges { node { id compliance { failing blocking projectsEvaluated projectsBlocked bySeverity { severity passed failing waived } } } }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompliancePages($first: Int!) {\n    portfolios(first: $first) { edges { node { compliance { failing projectsEvaluated } } } }\n    projects(first: $first) { edges { node { compliance { failing projectsEvaluated } } } }\n  }\n"): (typeof documents)["\n  query CompliancePages($first: Int!) {\n    portfolios(first: $first) { edges { node { compliance { failing projectsEvaluated } } } }\n    projects(first: $first) { edges { node { compliance { failing projectsEvaluated } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DelivUpdatePayload($input: UpdateDeliverableInput!) {\n    updateDeliverable(input: $input) {\n      __typename\n      ... on MutationUpdateDeliverableSuccess { data { id missingFields template { key } } }\n    }\n  }\n"): (typeof documents)["\n  mutation DelivUpdatePayload($input: UpdateDeliverableInput!) {\n    updateDeliverable(input: $input) {\n      __typename\n      ... on MutationUpdateDeliverableSuccess { data { id missingFields template { key } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DelivNode($id: ID!) {\n    node(id: $id) { id ... on Deliverable { key } }\n  }\n"): (typeof documents)["\n  query DelivNode($id: ID!) {\n    node(id: $id) { id ... on Deliverable { key } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GateAdvancePayload($input: AdvancePhaseInput!) {\n    advancePhase(input: $input) {\n      __typename\n      ... on MutationAdvancePhaseSuccess { data { id currentPhase { key } } }\n    }\n  }\n"): (typeof documents)["\n  mutation GateAdvancePayload($input: AdvancePhaseInput!) {\n    advancePhase(input: $input) {\n      __typename\n      ... on MutationAdvancePhaseSuccess { data { id currentPhase { key } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InstalledManifest($key: String!) {\n    methodology(key: $key) { key manifest }\n  }\n"): (typeof documents)["\n  query InstalledManifest($key: String!) {\n    methodology(key: $key) { key manifest }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MethRegistry($filter: MethodologyFilter) {\n    methodologies(first: 100, filter: $filter) {\n      edges {\n        node {\n          key version name description enabled builtIn extends lineage\n          projectFields { key type label required default options }\n          phases { key name deliverables gate { rules } }\n          templates { key name submitRoles approveRoles fields { key type required } }\n          rules { key kind severity appliesTo { phases statuses } check message }\n          riskTriggers { key severity when message }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MethRegistry($filter: MethodologyFilter) {\n    methodologies(first: 100, filter: $filter) {\n      edges {\n        node {\n          key version name description enabled builtIn extends lineage\n          projectFields { key type label required default options }\n          phases { key name deliverables gate { rules } }\n          templates { key name submitRoles approveRoles fields { key type required } }\n          rules { key kind severity appliesTo { phases statuses } check message }\n          riskTriggers { key severity when message }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MethOne($key: String!, $version: String) {\n    methodology(key: $key, version: $version) { id key version enabled }\n  }\n"): (typeof documents)["\n  query MethOne($key: String!, $version: String) {\n    methodology(key: $key, version: $version) { id key version enabled }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MethValidate($manifest: JSON!) {\n    validateMethodology(manifest: $manifest) { valid problems { path message } }\n  }\n"): (typeof documents)["\n  query MethValidate($manifest: JSON!) {\n    validateMethodology(manifest: $manifest) { valid problems { path message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MethProjectFacts($id: ID!) {\n    project(id: $id) { facts }\n  }\n"): (typeof documents)["\n  query MethProjectFacts($id: ID!) {\n    project(id: $id) { facts }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MethAddMember($input: AddProjectMemberInput!) {\n    addProjectMember(input: $input) { __typename ... on MutationAddProjectMemberSuccess { data { id } } ...ErrorFields }\n  }\n"): (typeof documents)["\n  mutation MethAddMember($input: AddProjectMemberInput!) {\n    addProjectMember(input: $input) { __typename ... on MutationAddProjectMemberSuccess { data { id } } ...ErrorFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MethRemoveMember($input: RemoveProjectMemberInput!) {\n    removeProjectMember(input: $input) { __typename ... on MutationRemoveProjectMemberSuccess { data { id } } ...ErrorFields }\n  }\n"): (typeof documents)["\n  mutation MethRemoveMember($input: RemoveProjectMemberInput!) {\n    removeProjectMember(input: $input) { __typename ... on MutationRemoveProjectMemberSuccess { data { id } } ...ErrorFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MethAlign($input: AlignProjectInput!) {\n    alignProject(input: $input) { __typename ... on MutationAlignProjectSuccess { data { id } } ...ErrorFields }\n  }\n"): (typeof documents)["\n  mutation MethAlign($input: AlignProjectInput!) {\n    alignProject(input: $input) { __typename ... on MutationAlignProjectSuccess { data { id } } ...ErrorFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MethPortfolioCompliance($id: ID!) {\n    portfolio(id: $id) {\n      compliance { failing blocking projectsEvaluated projectsBlocked bySeverity { severity passed failing failed waived } }\n    }\n  }\n"): (typeof documents)["\n  query MethPortfolioCompliance($id: ID!) {\n    portfolio(id: $id) {\n      compliance { failing blocking projectsEvaluated projectsBlocked bySeverity { severity passed failing failed waived } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MethNPlusOne($portfolioId: ID!) {\n    projects(first: 50, filter: { portfolioId: $portfolioId }) {\n      edges {\n        node {\n          facts\n          compliance { failing }\n          complianceResults { ruleKey }\n          currentPhase { key }\n          deliverables { key }\n          fields { key value }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MethNPlusOne($portfolioId: ID!) {\n    projects(first: 50, filter: { portfolioId: $portfolioId }) {\n      edges {\n        node {\n          facts\n          compliance { failing }\n          complianceResults { ruleKey }\n          currentPhase { key }\n          deliverables { key }\n          fields { key value }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MethUpdateProjectPayload($input: UpdateProjectInput!) {\n    updateProject(input: $input) {\n      __typename\n      ... on MutationUpdateProjectSuccess { data { id fields { key value } currentPhase { key } } }\n    }\n  }\n"): (typeof documents)["\n  mutation MethUpdateProjectPayload($input: UpdateProjectInput!) {\n    updateProject(input: $input) {\n      __typename\n      ... on MutationUpdateProjectSuccess { data { id fields { key value } currentPhase { key } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MethAddMemberTypename($input: AddProjectMemberInput!) {\n    addProjectMember(input: $input) { __typename }\n  }\n"): (typeof documents)["\n  mutation MethAddMemberTypename($input: AddProjectMemberInput!) {\n    addProjectMember(input: $input) { __typename }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MethUpdateProjectTypename($input: UpdateProjectInput!) {\n    updateProject(input: $input) { __typename }\n  }\n"): (typeof documents)["\n  mutation MethUpdateProjectTypename($input: UpdateProjectInput!) {\n    updateProject(input: $input) { __typename }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MethCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      __typename\n      ... on MutationCreateProjectSuccess { data { id code version status methodology { key version } } }\n      ...ErrorFields\n    }\n  }\n"): (typeof documents)["\n  mutation MethCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      __typename\n      ... on MutationCreateProjectSuccess { data { id code version status methodology { key version } } }\n      ...ErrorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MethUpdateProject($input: UpdateProjectInput!) {\n    updateProject(input: $input) {\n      __typename\n      ... on MutationUpdateProjectSuccess { data { id version percentComplete scopePoints } }\n      ...ErrorFields\n    }\n  }\n"): (typeof documents)["\n  mutation MethUpdateProject($input: UpdateProjectInput!) {\n    updateProject(input: $input) {\n      __typename\n      ... on MutationUpdateProjectSuccess { data { id version percentComplete scopePoints } }\n      ...ErrorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MethTransitionProject($input: TransitionProjectInput!) {\n    transitionProject(input: $input) {\n      __typename\n      ... on MutationTransitionProjectSuccess { data { id status version } }\n      ...ErrorFields\n    }\n  }\n"): (typeof documents)["\n  mutation MethTransitionProject($input: TransitionProjectInput!) {\n    transitionProject(input: $input) {\n      __typename\n      ... on MutationTransitionProjectSuccess { data { id status version } }\n      ...ErrorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MethRejectDeliverable($input: DeliverableActionInput!) {\n    rejectDeliverable(input: $input) {\n      __typename\n      ... on MutationRejectDeliverableSuccess { data { id status version decidedAt decisionNote } }\n      ...ErrorFields\n    }\n  }\n"): (typeof documents)["\n  mutation MethRejectDeliverable($input: DeliverableActionInput!) {\n    rejectDeliverable(input: $input) {\n      __typename\n      ... on MutationRejectDeliverableSuccess { data { id status version decidedAt decisionNote } }\n      ...ErrorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MethAdvancePhase($input: AdvancePhaseInput!) {\n    advancePhase(input: $input) {\n      __typename\n      ... on MutationAdvancePhaseSuccess { data { id version phases { key status } } }\n      ...ErrorFields\n    }\n  }\n"): (typeof documents)["\n  mutation MethAdvancePhase($input: AdvancePhaseInput!) {\n    advancePhase(input: $input) {\n      __typename\n      ... on MutationAdvancePhaseSuccess { data { id version phases { key status } } }\n      ...ErrorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MethWaiveRule($input: WaiveRuleInput!) {\n    waiveRule(input: $input) {\n      __typename\n      ... on MutationWaiveRuleSuccess { data { id ruleKey reason expiresAt active revokedAt } }\n      ...ErrorFields\n    }\n  }\n"): (typeof documents)["\n  mutation MethWaiveRule($input: WaiveRuleInput!) {\n    waiveRule(input: $input) {\n      __typename\n      ... on MutationWaiveRuleSuccess { data { id ruleKey reason expiresAt active revokedAt } }\n      ...ErrorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MethRevokeWaiver($input: RevokeWaiverInput!) {\n    revokeWaiver(input: $input) {\n      __typename\n      ... on MutationRevokeWaiverSuccess { data { id ruleKey active revokedAt } }\n      ...ErrorFields\n    }\n  }\n"): (typeof documents)["\n  mutation MethRevokeWaiver($input: RevokeWaiverInput!) {\n    revokeWaiver(input: $input) {\n      __typename\n      ... on MutationRevokeWaiverSuccess { data { id ruleKey active revokedAt } }\n      ...ErrorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MethEvaluateCompliance($input: EvaluateComplianceInput!) {\n    evaluateCompliance(input: $input) {\n      __typename\n      ... on MutationEvaluateComplianceSuccess { data { id complianceResults { ruleKey passed waived evidence } } }\n      ...ErrorFields\n    }\n  }\n"): (typeof documents)["\n  mutation MethEvaluateCompliance($input: EvaluateComplianceInput!) {\n    evaluateCompliance(input: $input) {\n      __typename\n      ... on MutationEvaluateComplianceSuccess { data { id complianceResults { ruleKey passed waived evidence } } }\n      ...ErrorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MethSetEnabled($input: SetMethodologyEnabledInput!) {\n    setMethodologyEnabled(input: $input) {\n      __typename\n      ... on MutationSetMethodologyEnabledSuccess { data { key version enabled } }\n      ...ErrorFields\n    }\n  }\n"): (typeof documents)["\n  mutation MethSetEnabled($input: SetMethodologyEnabledInput!) {\n    setMethodologyEnabled(input: $input) {\n      __typename\n      ... on MutationSetMethodologyEnabledSuccess { data { key version enabled } }\n      ...ErrorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TallyPortfolioCompliances {\n    portfolios(first: 100) {\n      edges { node { id compliance { failing blocking projectsEvaluated projectsBlocked bySeverity { severity passed failing waived } } } }\n    }\n  }\n"): (typeof documents)["\n  query TallyPortfolioCompliances {\n    portfolios(first: 100) {\n      edges { node { id compliance { failing blocking projectsEvaluated projectsBlocked bySeverity { severity passed failing waived } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BudgetValidate($manifest: JSON!) {\n    validateMethodology(manifest: $manifest) { valid problems { path message } }\n  }\n"): (typeof documents)["\n  query BudgetValidate($manifest: JSON!) {\n    validateMethodology(manifest: $manifest) { valid problems { path message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BudgetCompliance($id: ID!) {\n    project(id: $id) { complianceResults { ruleKey passed evidence error { code message } } }\n  }\n"): (typeof documents)["\n  query BudgetCompliance($id: ID!) {\n    project(id: $id) { complianceResults { ruleKey passed evidence error { code message } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BudgetProjectFacts($id: ID!) {\n    project(id: $id) { facts }\n  }\n"): (typeof documents)["\n  query BudgetProjectFacts($id: ID!) {\n    project(id: $id) { facts }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DependencyAdd($input: AddProjectDependencyInput!) {\n    addProjectDependency(input: $input) { __typename ... on MutationAddProjectDependencySuccess { data { id reason project { code } needsProject { code } addedBy { email } } } ...ErrorFields }\n  }\n"): (typeof documents)["\n  mutation DependencyAdd($input: AddProjectDependencyInput!) {\n    addProjectDependency(input: $input) { __typename ... on MutationAddProjectDependencySuccess { data { id reason project { code } needsProject { code } addedBy { email } } } ...ErrorFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DependencyRemove($input: RemoveProjectDependencyInput!) {\n    removeProjectDependency(input: $input) { __typename ... on MutationRemoveProjectDependencySuccess { data { removedProjectDependencyId project { code needs { id } } } } ...ErrorFields }\n  }\n"): (typeof documents)["\n  mutation DependencyRemove($input: RemoveProjectDependencyInput!) {\n    removeProjectDependency(input: $input) { __typename ... on MutationRemoveProjectDependencySuccess { data { removedProjectDependencyId project { code needs { id } } } } ...ErrorFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DependencyLinks($id: ID!) { node(id: $id) { ... on Project { needs { needsProject { code } } neededBy { project { code } } } } }\n"): (typeof documents)["\n  query DependencyLinks($id: ID!) { node(id: $id) { ... on Project { needs { needsProject { code } } neededBy { project { code } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutCreatePortfolio($input: CreatePortfolioInput!) {\n    createPortfolio(input: $input) {\n      __typename\n      ... on MutationCreatePortfolioSuccess { data { id name description budget version owner { email } } }\n      ...ErrorFields\n    }\n  }\n"): (typeof documents)["\n  mutation MutCreatePortfolio($input: CreatePortfolioInput!) {\n    createPortfolio(input: $input) {\n      __typename\n      ... on MutationCreatePortfolioSuccess { data { id name description budget version owner { email } } }\n      ...ErrorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutUpdatePortfolio($input: UpdatePortfolioInput!) {\n    updatePortfolio(input: $input) {\n      __typename\n      ... on MutationUpdatePortfolioSuccess { data { id name description budget version owner { email } } }\n      ...ErrorFields\n    }\n  }\n"): (typeof documents)["\n  mutation MutUpdatePortfolio($input: UpdatePortfolioInput!) {\n    updatePortfolio(input: $input) {\n      __typename\n      ... on MutationUpdatePortfolioSuccess { data { id name description budget version owner { email } } }\n      ...ErrorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutCreateObjective($input: CreateObjectiveInput!) {\n    createObjective(input: $input) {\n      __typename\n      ... on MutationCreateObjectiveSuccess { data { id name description weight version portfolio { name } } }\n      ...ErrorFields\n    }\n  }\n"): (typeof documents)["\n  mutation MutCreateObjective($input: CreateObjectiveInput!) {\n    createObjective(input: $input) {\n      __typename\n      ... on MutationCreateObjectiveSuccess { data { id name description weight version portfolio { name } } }\n      ...ErrorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutUpdateObjective($input: UpdateObjectiveInput!) {\n    updateObjective(input: $input) {\n      __typename\n      ... on MutationUpdateObjectiveSuccess { data { id name description weight version portfolio { name } } }\n      ...ErrorFields\n    }\n  }\n"): (typeof documents)["\n  mutation MutUpdateObjective($input: UpdateObjectiveInput!) {\n    updateObjective(input: $input) {\n      __typename\n      ... on MutationUpdateObjectiveSuccess { data { id name description weight version portfolio { name } } }\n      ...ErrorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OptimisationOptimize($input: OptimizePortfolioInput!) {\n    optimizePortfolio(input: $input) {\n      __typename\n      ... on QueryOptimizePortfolioSuccess {\n        data {\n          status optimal objective totalCost solveMillis gap gainOverGreedy capacitySource notes\n          selected { project { code } }\n          stopped { project { code } }\n          binding { constraint used limit }\n          constraints { constraint kind used limit binding slack }\n          greedy { objective selected { project { code } } }\n          costByYear { year used limit }\n          capacity { skillKey quarter used limit }\n          candidates { project { code } score scoreComplete costSource selected costByYear { year amount } }\n        }\n      }\n      ... on InfeasibleError { message issues { constraint kind used limit message projects { code } } }\n      ... on ValidationError { issues { path message } }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  query OptimisationOptimize($input: OptimizePortfolioInput!) {\n    optimizePortfolio(input: $input) {\n      __typename\n      ... on QueryOptimizePortfolioSuccess {\n        data {\n          status optimal objective totalCost solveMillis gap gainOverGreedy capacitySource notes\n          selected { project { code } }\n          stopped { project { code } }\n          binding { constraint used limit }\n          constraints { constraint kind used limit binding slack }\n          greedy { objective selected { project { code } } }\n          costByYear { year used limit }\n          capacity { skillKey quarter used limit }\n          candidates { project { code } score scoreComplete costSource selected costByYear { year amount } }\n        }\n      }\n      ... on InfeasibleError { message issues { constraint kind used limit message projects { code } } }\n      ... on ValidationError { issues { path message } }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OptimisationFrontier($input: EfficientFrontierInput!) {\n    efficientFrontier(input: $input) {\n      __typename\n      ... on QueryEfficientFrontierSuccess { data { budget objective optimal totalCost feasible selected { project { code } } } }\n      ... on ValidationError { issues { path message } }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  query OptimisationFrontier($input: EfficientFrontierInput!) {\n    efficientFrontier(input: $input) {\n      __typename\n      ... on QueryEfficientFrontierSuccess { data { budget objective optimal totalCost feasible selected { project { code } } } }\n      ... on ValidationError { issues { path message } }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OptimisationScore($input: ScoreProjectInput!) { scoreProject(input: $input) { __typename ... on Error { message } } }\n"): (typeof documents)["\n  mutation OptimisationScore($input: ScoreProjectInput!) { scoreProject(input: $input) { __typename ... on Error { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OptimisationAddDependency($input: AddProjectDependencyInput!) {\n    addProjectDependency(input: $input) { __typename ... on MutationAddProjectDependencySuccess { data { id } } ... on Error { message } }\n  }\n"): (typeof documents)["\n  mutation OptimisationAddDependency($input: AddProjectDependencyInput!) {\n    addProjectDependency(input: $input) { __typename ... on MutationAddProjectDependencySuccess { data { id } } ... on Error { message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OptimisationRemoveDependency($input: RemoveProjectDependencyInput!) { removeProjectDependency(input: $input) { __typename ... on Error { message } } }\n"): (typeof documents)["\n  mutation OptimisationRemoveDependency($input: RemoveProjectDependencyInput!) { removeProjectDependency(input: $input) { __typename ... on Error { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OptimisationCreateSkill($input: CreateSkillInput!) { createSkill(input: $input) { __typename ... on Error { message } } }\n"): (typeof documents)["\n  mutation OptimisationCreateSkill($input: CreateSkillInput!) { createSkill(input: $input) { __typename ... on Error { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OptimisationSetUserSkill($input: SetUserSkillInput!) { setUserSkill(input: $input) { __typename ... on Error { message } } }\n"): (typeof documents)["\n  mutation OptimisationSetUserSkill($input: SetUserSkillInput!) { setUserSkill(input: $input) { __typename ... on Error { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OptimisationCreateDemand($input: CreateResourceDemandInput!) { createResourceDemand(input: $input) { __typename ... on Error { message } } }\n"): (typeof documents)["\n  mutation OptimisationCreateDemand($input: CreateResourceDemandInput!) { createResourceDemand(input: $input) { __typename ... on Error { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OptimisationCounted($input: OptimizePortfolioInput!) {\n    optimizePortfolio(input: $input) {\n      __typename\n      ... on QueryOptimizePortfolioSuccess { data { objective selected { project { code } } greedy { selected { project { code } } } candidates { project { code } costSource costByYear { year amount } } capacity { skillKey used limit } constraints { constraint } } }\n    }\n  }\n"): (typeof documents)["\n  query OptimisationCounted($input: OptimizePortfolioInput!) {\n    optimizePortfolio(input: $input) {\n      __typename\n      ... on QueryOptimizePortfolioSuccess { data { objective selected { project { code } } greedy { selected { project { code } } } candidates { project { code } costSource costByYear { year amount } } capacity { skillKey used limit } constraints { constraint } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OptimisationCountedFrontier($input: EfficientFrontierInput!) {\n    efficientFrontier(input: $input) { __typename ... on QueryEfficientFrontierSuccess { data { budget objective selected { project { code } } } } }\n  }\n"): (typeof documents)["\n  query OptimisationCountedFrontier($input: EfficientFrontierInput!) {\n    efficientFrontier(input: $input) { __typename ... on QueryEfficientFrontierSuccess { data { budget objective selected { project { code } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OptimisationCountedScenarios($id: ID!, $ids: [ID!]!) {\n    portfolio(id: $id) { scenarios(first: 50) { totalCount edges { node { name objective selected { project { code } } costByYear { year used } } } } }\n    compareScenarios(ids: $ids) { ... on QueryCompareScenariosSuccess { data { scenarios { name selected { project { code } } } differing { project { code } } common { project { code } } } } }\n  }\n"): (typeof documents)["\n  query OptimisationCountedScenarios($id: ID!, $ids: [ID!]!) {\n    portfolio(id: $id) { scenarios(first: 50) { totalCount edges { node { name objective selected { project { code } } costByYear { year used } } } } }\n    compareScenarios(ids: $ids) { ... on QueryCompareScenariosSuccess { data { scenarios { name selected { project { code } } } differing { project { code } } common { project { code } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScenariosCreate($input: CreatePortfolioScenarioInput!) {\n    createPortfolioScenario(input: $input) {\n      __typename\n      ... on MutationCreatePortfolioScenarioSuccess { data { id name status version optimal objective totalCost parameters result selected { project { code } } costByYear { year used limit } createdBy { email } } }\n      ... on ValidationError { issues { path message } }\n      ... on InfeasibleError { issues { constraint } }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation ScenariosCreate($input: CreatePortfolioScenarioInput!) {\n    createPortfolioScenario(input: $input) {\n      __typename\n      ... on MutationCreatePortfolioScenarioSuccess { data { id name status version optimal objective totalCost parameters result selected { project { code } } costByYear { year used limit } createdBy { email } } }\n      ... on ValidationError { issues { path message } }\n      ... on InfeasibleError { issues { constraint } }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScenariosUpdate($input: UpdatePortfolioScenarioInput!) {\n    updatePortfolioScenario(input: $input) {\n      __typename\n      ... on MutationUpdatePortfolioScenarioSuccess { data { id name status version objective selected { project { code } } } }\n      ... on ValidationError { issues { path message } }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation ScenariosUpdate($input: UpdatePortfolioScenarioInput!) {\n    updatePortfolioScenario(input: $input) {\n      __typename\n      ... on MutationUpdatePortfolioScenarioSuccess { data { id name status version objective selected { project { code } } } }\n      ... on ValidationError { issues { path message } }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScenariosCommit($input: CommitScenarioInput!) {\n    commitScenario(input: $input) {\n      __typename\n      ... on MutationCommitScenarioSuccess { data { id status version committedAt } }\n      ... on ValidationError { issues { path message } }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation ScenariosCommit($input: CommitScenarioInput!) {\n    commitScenario(input: $input) {\n      __typename\n      ... on MutationCommitScenarioSuccess { data { id status version committedAt } }\n      ... on ValidationError { issues { path message } }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScenariosCompare($ids: [ID!]!) {\n    compareScenarios(ids: $ids) {\n      __typename\n      ... on QueryCompareScenariosSuccess {\n        data {\n          portfolio { name }\n          scenarios { name status objective totalCost optimal selected { project { code } } costByYear { year used limit } capacity { skillKey } scenario { id } }\n          differing { project { code } }\n          common { project { code } }\n        }\n      }\n      ...ErrorFields\n    }\n  }\n"): (typeof documents)["\n  query ScenariosCompare($ids: [ID!]!) {\n    compareScenarios(ids: $ids) {\n      __typename\n      ... on QueryCompareScenariosSuccess {\n        data {\n          portfolio { name }\n          scenarios { name status objective totalCost optimal selected { project { code } } costByYear { year used limit } capacity { skillKey } scenario { id } }\n          differing { project { code } }\n          common { project { code } }\n        }\n      }\n      ...ErrorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScenariosList($id: ID!) { portfolio(id: $id) { scenarios(first: 10) { totalCount edges { node { name status } } } } }\n"): (typeof documents)["\n  query ScenariosList($id: ID!) { portfolio(id: $id) { scenarios(first: 10) { totalCount edges { node { name status } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScenariosDecisions($id: ID!) { portfolio(id: $id) { decisions(first: 5) { edges { node { title rationale decidedBy { email } scenarios { id name } } } } } }\n"): (typeof documents)["\n  query ScenariosDecisions($id: ID!) { portfolio(id: $id) { decisions(first: 5) { edges { node { title rationale decidedBy { email } scenarios { id name } } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScenariosScore($input: ScoreProjectInput!) { scoreProject(input: $input) { __typename ... on Error { message } } }\n"): (typeof documents)["\n  mutation ScenariosScore($input: ScoreProjectInput!) { scoreProject(input: $input) { __typename ... on Error { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScoringModels { scoringModels { key version method builtIn criteria { key source min max weight direction formula } } }\n"): (typeof documents)["\n  query ScoringModels { scoringModels { key version method builtIn criteria { key source min max weight direction formula } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScoringCreateModel($input: CreateScoringModelInput!) {\n    createScoringModel(input: $input) { __typename ... on MutationCreateScoringModelSuccess { data { key version method criteria { key source } } } ...ErrorFields }\n  }\n"): (typeof documents)["\n  mutation ScoringCreateModel($input: CreateScoringModelInput!) {\n    createScoringModel(input: $input) { __typename ... on MutationCreateScoringModelSuccess { data { key version method criteria { key source } } } ...ErrorFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScoringUpdateModel($input: UpdateScoringModelInput!) {\n    updateScoringModel(input: $input) { __typename ... on MutationUpdateScoringModelSuccess { data { key version name criteria { key weight } } } ...ErrorFields }\n  }\n"): (typeof documents)["\n  mutation ScoringUpdateModel($input: UpdateScoringModelInput!) {\n    updateScoringModel(input: $input) { __typename ... on MutationUpdateScoringModelSuccess { data { key version name criteria { key weight } } } ...ErrorFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScoringScore($input: ScoreProjectInput!) {\n    scoreProject(input: $input) { __typename ... on MutationScoreProjectSuccess { data { status project { code } scores { criterionKey value rationale status scoredBy { email } } } } ...ErrorFields }\n  }\n"): (typeof documents)["\n  mutation ScoringScore($input: ScoreProjectInput!) {\n    scoreProject(input: $input) { __typename ... on MutationScoreProjectSuccess { data { status project { code } scores { criterionKey value rationale status scoredBy { email } } } } ...ErrorFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScoringRanking($id: ID!, $modelKey: String!) {\n    node(id: $id) { ... on Portfolio { ranking(modelKey: $modelKey) { rank score complete project { code } contributions { criterionKey value normalised weight contribution evidence } } } }\n  }\n"): (typeof documents)["\n  query ScoringRanking($id: ID!, $modelKey: String!) {\n    node(id: $id) { ... on Portfolio { ranking(modelKey: $modelKey) { rank score complete project { code } contributions { criterionKey value normalised weight contribution evidence } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScoringHistory($id: ID!) { node(id: $id) { ... on Project { scores(modelKey: \"wsjf\") { criterionKey value status } } } }\n"): (typeof documents)["\n  query ScoringHistory($id: ID!) { node(id: $id) { ... on Project { scores(modelKey: \"wsjf\") { criterionKey value status } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScoringDerive($input: DeriveWeightsInput!) { deriveWeights(input: $input) { weights { criterionKey weight } lambdaMax consistencyRatio consistent } }\n"): (typeof documents)["\n  query ScoringDerive($input: DeriveWeightsInput!) { deriveWeights(input: $input) { weights { criterionKey weight } lambdaMax consistencyRatio consistent } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      __typename\n      ... on MutationCreateProjectSuccess {\n        data {\n          id code name description status health budget actualCost startDate targetEndDate version\n          portfolio { name } manager { email } sponsor { email }\n        }\n      }\n      ...ErrorFields\n    }\n  }\n"): (typeof documents)["\n  mutation MutCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      __typename\n      ... on MutationCreateProjectSuccess {\n        data {\n          id code name description status health budget actualCost startDate targetEndDate version\n          portfolio { name } manager { email } sponsor { email }\n        }\n      }\n      ...ErrorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutUpdateProject($input: UpdateProjectInput!) {\n    updateProject(input: $input) {\n      __typename\n      ... on MutationUpdateProjectSuccess {\n        data {\n          id code name description status health budget actualCost startDate targetEndDate version\n          portfolio { name } manager { email } sponsor { email }\n        }\n      }\n      ...ErrorFields\n    }\n  }\n"): (typeof documents)["\n  mutation MutUpdateProject($input: UpdateProjectInput!) {\n    updateProject(input: $input) {\n      __typename\n      ... on MutationUpdateProjectSuccess {\n        data {\n          id code name description status health budget actualCost startDate targetEndDate version\n          portfolio { name } manager { email } sponsor { email }\n        }\n      }\n      ...ErrorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutTransitionProject($input: TransitionProjectInput!) {\n    transitionProject(input: $input) {\n      __typename\n      ... on MutationTransitionProjectSuccess { data { id status version allowedTransitions } }\n      ...ErrorFields\n    }\n  }\n"): (typeof documents)["\n  mutation MutTransitionProject($input: TransitionProjectInput!) {\n    transitionProject(input: $input) {\n      __typename\n      ... on MutationTransitionProjectSuccess { data { id status version allowedTransitions } }\n      ...ErrorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutAddProjectMember($input: AddProjectMemberInput!) {\n    addProjectMember(input: $input) {\n      __typename\n      ... on MutationAddProjectMemberSuccess { data { id projectRole user { email } project { code } } }\n      ...ErrorFields\n    }\n  }\n"): (typeof documents)["\n  mutation MutAddProjectMember($input: AddProjectMemberInput!) {\n    addProjectMember(input: $input) {\n      __typename\n      ... on MutationAddProjectMemberSuccess { data { id projectRole user { email } project { code } } }\n      ...ErrorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutRemoveProjectMember($input: RemoveProjectMemberInput!) {\n    removeProjectMember(input: $input) {\n      __typename\n      ... on MutationRemoveProjectMemberSuccess { data { id code members { projectRole user { email } } } }\n      ...ErrorFields\n    }\n  }\n"): (typeof documents)["\n  mutation MutRemoveProjectMember($input: RemoveProjectMemberInput!) {\n    removeProjectMember(input: $input) {\n      __typename\n      ... on MutationRemoveProjectMemberSuccess { data { id code members { projectRole user { email } } } }\n      ...ErrorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutAlignProject($input: AlignProjectInput!) {\n    alignProject(input: $input) {\n      __typename\n      ... on MutationAlignProjectSuccess { data { id code alignments { score objective { name } } } }\n      ...ErrorFields\n    }\n  }\n"): (typeof documents)["\n  mutation MutAlignProject($input: AlignProjectInput!) {\n    alignProject(input: $input) {\n      __typename\n      ... on MutationAlignProjectSuccess { data { id code alignments { score objective { name } } } }\n      ...ErrorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MutProjectAudit($id: ID!) {\n    project(id: $id) {\n      auditTrail(first: 1) { edges { node { action entityType entityId actor { email } before after } } }\n    }\n  }\n"): (typeof documents)["\n  query MutProjectAudit($id: ID!) {\n    project(id: $id) {\n      auditTrail(first: 1) { edges { node { action entityType entityId actor { email } before after } } }\n    }\n  }\n"];
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
export function graphql(source: "\n  query ReportingHealth($id: ID!) {\n    project(id: $id) {\n      health\n      healthAssessment {\n        overall dimensions { dimension rag assessed reason figures { name value } } thresholds { indexAmber indexRed slipRedDays version }\n        thresholdsOverriddenBy overriddenThresholds\n      }\n      statusReports(first: 10) { totalCount edges { node { summary derivedHealth healthOverride overrideReason health figures reportedBy { email } } } }\n    }\n  }\n"): (typeof documents)["\n  query ReportingHealth($id: ID!) {\n    project(id: $id) {\n      health\n      healthAssessment {\n        overall dimensions { dimension rag assessed reason figures { name value } } thresholds { indexAmber indexRed slipRedDays version }\n        thresholdsOverriddenBy overriddenThresholds\n      }\n      statusReports(first: 10) { totalCount edges { node { summary derivedHealth healthOverride overrideReason health figures reportedBy { email } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportingThresholds($input: UpdateHealthThresholdsInput!) {\n    updateHealthThresholds(input: $input) { __typename ... on MutationUpdateHealthThresholdsSuccess { data { indexAmber indexRed version } } ...ErrorFields }\n  }\n"): (typeof documents)["\n  mutation ReportingThresholds($input: UpdateHealthThresholdsInput!) {\n    updateHealthThresholds(input: $input) { __typename ... on MutationUpdateHealthThresholdsSuccess { data { indexAmber indexRed version } } ...ErrorFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportingSubmit($input: SubmitStatusReportInput!) {\n    submitStatusReport(input: $input) { __typename ... on MutationSubmitStatusReportSuccess { data { derivedHealth healthOverride health } } ...ErrorFields }\n  }\n"): (typeof documents)["\n  mutation ReportingSubmit($input: SubmitStatusReportInput!) {\n    submitStatusReport(input: $input) { __typename ... on MutationSubmitStatusReportSuccess { data { derivedHealth healthOverride health } } ...ErrorFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportingDashboard($id: ID!) {\n    portfolio(id: $id) {\n      dashboard {\n        projectCount projectsByStatus { status count } projectsByHealth { health count } budget estimateAtCompletion\n        earnedValue { budgetAtCompletion earnedValue cpi spi } behindSchedule { code } topRisks { score project { code } }\n        compliance { failing blocking }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportingDashboard($id: ID!) {\n    portfolio(id: $id) {\n      dashboard {\n        projectCount projectsByStatus { status count } projectsByHealth { health count } budget estimateAtCompletion\n        earnedValue { budgetAtCompletion earnedValue cpi spi } behindSchedule { code } topRisks { score project { code } }\n        compliance { failing blocking }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportingProgress($input: ReportTaskProgressInput!) {\n    reportTaskProgress(input: $input) { __typename ... on MutationReportTaskProgressSuccess { data { version } } ...ErrorFields }\n  }\n"): (typeof documents)["\n  mutation ReportingProgress($input: ReportTaskProgressInput!) {\n    reportTaskProgress(input: $input) { __typename ... on MutationReportTaskProgressSuccess { data { version } } ...ErrorFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AbsenceCreate($input: CreateAbsenceInput!) {\n    createAbsence(input: $input) { __typename ... on MutationCreateAbsenceSuccess { data { id from to hoursPerDay kind note version recordedBy { email } } } ...ErrorFields }\n  }\n"): (typeof documents)["\n  mutation AbsenceCreate($input: CreateAbsenceInput!) {\n    createAbsence(input: $input) { __typename ... on MutationCreateAbsenceSuccess { data { id from to hoursPerDay kind note version recordedBy { email } } } ...ErrorFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AbsenceUpdate($input: UpdateAbsenceInput!) {\n    updateAbsence(input: $input) { __typename ... on MutationUpdateAbsenceSuccess { data { id from to hoursPerDay kind version } } ...ErrorFields }\n  }\n"): (typeof documents)["\n  mutation AbsenceUpdate($input: UpdateAbsenceInput!) {\n    updateAbsence(input: $input) { __typename ... on MutationUpdateAbsenceSuccess { data { id from to hoursPerDay kind version } } ...ErrorFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AbsenceDelete($input: DeleteAbsenceInput!) {\n    deleteAbsence(input: $input) { __typename ... on MutationDeleteAbsenceSuccess { data { deletedAbsenceId user { email } } } ...ErrorFields }\n  }\n"): (typeof documents)["\n  mutation AbsenceDelete($input: DeleteAbsenceInput!) {\n    deleteAbsence(input: $input) { __typename ... on MutationDeleteAbsenceSuccess { data { deletedAbsenceId user { email } } } ...ErrorFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AbsenceCalendar($input: UpdateOrganisationCalendarInput!) {\n    updateOrganisationCalendar(input: $input) { __typename ... on MutationUpdateOrganisationCalendarSuccess { data { workingDays holidays version } } ...ErrorFields }\n  }\n"): (typeof documents)["\n  mutation AbsenceCalendar($input: UpdateOrganisationCalendarInput!) {\n    updateOrganisationCalendar(input: $input) { __typename ... on MutationUpdateOrganisationCalendarSuccess { data { workingDays holidays version } } ...ErrorFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AbsencePerson($id: ID!, $from: Date!, $to: Date!) {\n    node(id: $id) {\n      ... on User {\n        absences(from: $from, to: $to) { from to hoursPerDay kind note }\n        capacity(from: $from, to: $to) { weekStart standardHours holidayHours absenceHours capacityHours }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AbsencePerson($id: ID!, $from: Date!, $to: Date!) {\n    node(id: $id) {\n      ... on User {\n        absences(from: $from, to: $to) { from to hoursPerDay kind note }\n        capacity(from: $from, to: $to) { weekStart standardHours holidayHours absenceHours capacityHours }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AbsenceMany($first: Int!) { users(first: $first) { edges { node { capacity(from: \"2026-03-02\", to: \"2026-03-29\") { capacityHours } } } } }\n"): (typeof documents)["\n  query AbsenceMany($first: Int!) { users(first: $first) { edges { node { capacity(from: \"2026-03-02\", to: \"2026-03-29\") { capacityHours } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AllocationCreate($input: CreateAllocationInput!) {\n    createAllocation(input: $input) {\n      __typename\n      ... on MutationCreateAllocationSuccess { data { id kind from to hoursPerWeek version declined user { email } requestedBy { email } confirmedBy { email } demand { id status } } }\n      ...ErrorFields\n    }\n  }\n"): (typeof documents)["\n  mutation AllocationCreate($input: CreateAllocationInput!) {\n    createAllocation(input: $input) {\n      __typename\n      ... on MutationCreateAllocationSuccess { data { id kind from to hoursPerWeek version declined user { email } requestedBy { email } confirmedBy { email } demand { id status } } }\n      ...ErrorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AllocationUpdate($input: UpdateAllocationInput!) {\n    updateAllocation(input: $input) { __typename ... on MutationUpdateAllocationSuccess { data { id hoursPerWeek version demand { status } } } ...ErrorFields }\n  }\n"): (typeof documents)["\n  mutation AllocationUpdate($input: UpdateAllocationInput!) {\n    updateAllocation(input: $input) { __typename ... on MutationUpdateAllocationSuccess { data { id hoursPerWeek version demand { status } } } ...ErrorFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AllocationDelete($input: DeleteAllocationInput!) {\n    deleteAllocation(input: $input) { __typename ... on MutationDeleteAllocationSuccess { data { deletedAllocationId project { code } } } ...ErrorFields }\n  }\n"): (typeof documents)["\n  mutation AllocationDelete($input: DeleteAllocationInput!) {\n    deleteAllocation(input: $input) { __typename ... on MutationDeleteAllocationSuccess { data { deletedAllocationId project { code } } } ...ErrorFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AllocationConfirm($input: ConfirmAllocationInput!) {\n    confirmAllocation(input: $input) { __typename ... on MutationConfirmAllocationSuccess { data { id kind version confirmedBy { email } confirmedAt } } ...ErrorFields }\n  }\n"): (typeof documents)["\n  mutation AllocationConfirm($input: ConfirmAllocationInput!) {\n    confirmAllocation(input: $input) { __typename ... on MutationConfirmAllocationSuccess { data { id kind version confirmedBy { email } confirmedAt } } ...ErrorFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AllocationDecline($input: DeclineAllocationInput!) {\n    declineAllocation(input: $input) { __typename ... on MutationDeclineAllocationSuccess { data { id kind declined declineReason declinedBy { email } } } ...ErrorFields }\n  }\n"): (typeof documents)["\n  mutation AllocationDecline($input: DeclineAllocationInput!) {\n    declineAllocation(input: $input) { __typename ... on MutationDeclineAllocationSuccess { data { id kind declined declineReason declinedBy { email } } } ...ErrorFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DemandCreate($input: CreateResourceDemandInput!) {\n    createResourceDemand(input: $input) { __typename ... on MutationCreateResourceDemandSuccess { data { id status minLevel skill { key } hoursPerWeek version } } ...ErrorFields }\n  }\n"): (typeof documents)["\n  mutation DemandCreate($input: CreateResourceDemandInput!) {\n    createResourceDemand(input: $input) { __typename ... on MutationCreateResourceDemandSuccess { data { id status minLevel skill { key } hoursPerWeek version } } ...ErrorFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AllocationSettings($input: UpdateResourceSettingsInput!) {\n    updateResourceSettings(input: $input) { __typename ... on MutationUpdateResourceSettingsSuccess { data { overallocationTolerance version } } ...ErrorFields }\n  }\n"): (typeof documents)["\n  mutation AllocationSettings($input: UpdateResourceSettingsInput!) {\n    updateResourceSettings(input: $input) { __typename ... on MutationUpdateResourceSettingsSuccess { data { overallocationTolerance version } } ...ErrorFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AllocationHeatmap($input: CapacityHeatmapInput!) {\n    capacityHeatmap(input: $input) {\n      periods\n      tolerance\n      rows { user { email } cells { periodStart capacityHours hardHours softHours utilisation overAllocated } }\n      skills { skill { key } level holders cells { periodStart supplyHours freeHours demandHours bookedHours openHours shortfallHours } }\n    }\n  }\n"): (typeof documents)["\n  query AllocationHeatmap($input: CapacityHeatmapInput!) {\n    capacityHeatmap(input: $input) {\n      periods\n      tolerance\n      rows { user { email } cells { periodStart capacityHours hardHours softHours utilisation overAllocated } }\n      skills { skill { key } level holders cells { periodStart supplyHours freeHours demandHours bookedHours openHours shortfallHours } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AllocationFromSchedule($input: AllocateFromScheduleInput!) {\n    allocateFromSchedule(input: $input) {\n      __typename\n      ... on MutationAllocateFromScheduleSuccess { data { replaced allocations { task { key } user { email } from to hoursPerWeek kind fromSchedule } skipped { task { key } reason } } }\n      ...ErrorFields\n    }\n  }\n"): (typeof documents)["\n  mutation AllocationFromSchedule($input: AllocateFromScheduleInput!) {\n    allocateFromSchedule(input: $input) {\n      __typename\n      ... on MutationAllocateFromScheduleSuccess { data { replaced allocations { task { key } user { email } from to hoursPerWeek kind fromSchedule } skipped { task { key } reason } } }\n      ...ErrorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AllocationAway($input: CreateAbsenceInput!) {\n    createAbsence(input: $input) { __typename ... on MutationCreateAbsenceSuccess { data { id version } } ...ErrorFields }\n  }\n"): (typeof documents)["\n  mutation AllocationAway($input: CreateAbsenceInput!) {\n    createAbsence(input: $input) { __typename ... on MutationCreateAbsenceSuccess { data { id version } } ...ErrorFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AllocationBack($input: DeleteAbsenceInput!) {\n    deleteAbsence(input: $input) { __typename ... on MutationDeleteAbsenceSuccess { data { deletedAbsenceId } } ...ErrorFields }\n  }\n"): (typeof documents)["\n  mutation AllocationBack($input: DeleteAbsenceInput!) {\n    deleteAbsence(input: $input) { __typename ... on MutationDeleteAbsenceSuccess { data { deletedAbsenceId } } ...ErrorFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AllocationFacts($id: ID!) { node(id: $id) { ... on Project { facts } } }\n"): (typeof documents)["\n  query AllocationFacts($id: ID!) { node(id: $id) { ... on Project { facts } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AllocationSkillGaps($input: SkillGapsInput!) {\n    skillGaps(input: $input) {\n      skill { key } level demandHours bookedHours availableHours gapHours qualifiedPeople\n      projects { project { code } demandHours }\n      recommendations { trainees { user { email } level freeHours } mentors { user { email } level freeHours } courses { key } }\n    }\n  }\n"): (typeof documents)["\n  query AllocationSkillGaps($input: SkillGapsInput!) {\n    skillGaps(input: $input) {\n      skill { key } level demandHours bookedHours availableHours gapHours qualifiedPeople\n      projects { project { code } demandHours }\n      recommendations { trainees { user { email } level freeHours } mentors { user { email } level freeHours } courses { key } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AllocationCandidates($id: ID!, $first: Int) {\n    candidatesForDemand(demandId: $id, first: $first) {\n      rank score costRate user { email }\n      evidence { skillLevel minLevel meetsLevel coverage roleMatch freeHoursByWeek { weekStart freeHours neededHours } }\n    }\n  }\n"): (typeof documents)["\n  query AllocationCandidates($id: ID!, $first: Int) {\n    candidatesForDemand(demandId: $id, first: $first) {\n      rank score costRate user { email }\n      evidence { skillLevel minLevel meetsLevel coverage roleMatch freeHoursByWeek { weekStart freeHours neededHours } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AllocationLevel($input: LevelResourcesInput!) {\n    levelResources(input: $input) {\n      __typename\n      ... on MutationLevelResourcesSuccess {\n        data {\n          dryRun applied finishDate complete\n          moves { task { key } fromStart toStart fromFinish toFinish shiftDays freeFloatDays resolves { user { email } weekStart } bookings { allocation { id } from to } }\n          overallocatedBefore { user { email } weekStart }\n          overallocatedAfter { user { email } weekStart }\n        }\n      }\n      ...ErrorFields\n    }\n  }\n"): (typeof documents)["\n  mutation AllocationLevel($input: LevelResourcesInput!) {\n    levelResources(input: $input) {\n      __typename\n      ... on MutationLevelResourcesSuccess {\n        data {\n          dryRun applied finishDate complete\n          moves { task { key } fromStart toStart fromFinish toFinish shiftDays freeFloatDays resolves { user { email } weekStart } bookings { allocation { id } from to } }\n          overallocatedBefore { user { email } weekStart }\n          overallocatedAfter { user { email } weekStart }\n        }\n      }\n      ...ErrorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AllocationProjectBookings($id: ID!) {\n    node(id: $id) { ... on Project { allocations(first: 50) { totalCount edges { node { user { email } kind } } } resourceDemands(first: 10) { totalCount } } }\n  }\n"): (typeof documents)["\n  query AllocationProjectBookings($id: ID!) {\n    node(id: $id) { ... on Project { allocations(first: 50) { totalCount edges { node { user { email } kind } } } resourceDemands(first: 10) { totalCount } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PeopleCreate($input: CreateUserInput!) {\n    createUser(input: $input) { __typename ... on MutationCreateUserSuccess { data { id name email role weeklyCapacityHours costRate active version } } ...ErrorFields }\n  }\n"): (typeof documents)["\n  mutation PeopleCreate($input: CreateUserInput!) {\n    createUser(input: $input) { __typename ... on MutationCreateUserSuccess { data { id name email role weeklyCapacityHours costRate active version } } ...ErrorFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PeopleUpdate($input: UpdateUserInput!) {\n    updateUser(input: $input) { __typename ... on MutationUpdateUserSuccess { data { id email role weeklyCapacityHours version } } ...ErrorFields }\n  }\n"): (typeof documents)["\n  mutation PeopleUpdate($input: UpdateUserInput!) {\n    updateUser(input: $input) { __typename ... on MutationUpdateUserSuccess { data { id email role weeklyCapacityHours version } } ...ErrorFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PeopleDeactivate($input: DeactivateUserInput!) {\n    deactivateUser(input: $input) { __typename ... on MutationDeactivateUserSuccess { data { id active version } } ...ErrorFields }\n  }\n"): (typeof documents)["\n  mutation PeopleDeactivate($input: DeactivateUserInput!) {\n    deactivateUser(input: $input) { __typename ... on MutationDeactivateUserSuccess { data { id active version } } ...ErrorFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeopleViewer { viewer { email } }\n"): (typeof documents)["\n  query PeopleViewer { viewer { email } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DeliveryAlerts($filter: RiskAlertFilter) {\n    riskAlerts(filter: $filter) {\n      id severity reason triggerKey cursor\n      risk { title score owner { email } }\n      project { code portfolio { name } }\n    }\n  }\n"): (typeof documents)["\n  subscription DeliveryAlerts($filter: RiskAlertFilter) {\n    riskAlerts(filter: $filter) {\n      id severity reason triggerKey cursor\n      risk { title score owner { email } }\n      project { code portfolio { name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DeliveryDeepAlerts {\n    riskAlerts {\n      project { portfolio { projects(first: 1) { edges { node { portfolio { projects(first: 1) { edges { node { portfolio { owner { email } } } } } } } } } } }\n    }\n  }\n"): (typeof documents)["\n  subscription DeliveryDeepAlerts {\n    riskAlerts {\n      project { portfolio { projects(first: 1) { edges { node { portfolio { projects(first: 1) { edges { node { portfolio { owner { email } } } } } } } } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeliveryCreateRisk($input: CreateRiskInput!) {\n    createRisk(input: $input) { __typename ... on MutationCreateRiskSuccess { data { id title } } ... on Error { message } }\n  }\n"): (typeof documents)["\n  mutation DeliveryCreateRisk($input: CreateRiskInput!) {\n    createRisk(input: $input) { __typename ... on MutationCreateRiskSuccess { data { id title } } ... on Error { message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeliveryReplay($after: String, $filter: RiskAlertFilter) {\n    riskAlerts(after: $after, filter: $filter, first: 100) { edges { node { id cursor risk { title } } } }\n  }\n"): (typeof documents)["\n  query DeliveryReplay($after: String, $filter: RiskAlertFilter) {\n    riskAlerts(after: $after, filter: $filter, first: 100) { edges { node { id cursor risk { title } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeliveryPing($id: ID!) { project(id: $id) { code } }\n"): (typeof documents)["\n  query DeliveryPing($id: ID!) { project(id: $id) { code } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeliveryDeactivate($input: DeactivateUserInput!) { deactivateUser(input: $input) { __typename ...ErrorFields } }\n"): (typeof documents)["\n  mutation DeliveryDeactivate($input: DeactivateUserInput!) { deactivateUser(input: $input) { __typename ...ErrorFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription FanOutAlerts {\n    riskAlerts { id risk { title viewerCanEdit } project { code budget } }\n  }\n"): (typeof documents)["\n  subscription FanOutAlerts {\n    riskAlerts { id risk { title viewerCanEdit } project { code budget } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription FanOutCountedAlerts {\n    riskAlerts { id project { code riskAlerts(first: 1) { totalCount } } }\n  }\n"): (typeof documents)["\n  subscription FanOutCountedAlerts {\n    riskAlerts { id project { code riskAlerts(first: 1) { totalCount } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FanOutCreateRisk($input: CreateRiskInput!) {\n    createRisk(input: $input) { __typename ... on MutationCreateRiskSuccess { data { id } } ... on Error { message } }\n  }\n"): (typeof documents)["\n  mutation FanOutCreateRisk($input: CreateRiskInput!) {\n    createRisk(input: $input) { __typename ... on MutationCreateRiskSuccess { data { id } } ... on Error { message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AlertsAlertFields on RiskAlert {\n    id cursor severity source triggerKey reason evidence createdAt acknowledged acknowledgedAt resolvedAt\n    acknowledgedBy { email } project { id name } risk { id title }\n  }\n"): (typeof documents)["\n  fragment AlertsAlertFields on RiskAlert {\n    id cursor severity source triggerKey reason evidence createdAt acknowledged acknowledgedAt resolvedAt\n    acknowledgedBy { email } project { id name } risk { id title }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AlertsCreateRisk($input: CreateRiskInput!) {\n    createRisk(input: $input) { __typename ... on MutationCreateRiskSuccess { data { id version score } } ...ErrorFields }\n  }\n"): (typeof documents)["\n  mutation AlertsCreateRisk($input: CreateRiskInput!) {\n    createRisk(input: $input) { __typename ... on MutationCreateRiskSuccess { data { id version score } } ...ErrorFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AlertsUpdateRisk($input: UpdateRiskInput!) {\n    updateRisk(input: $input) { __typename ... on MutationUpdateRiskSuccess { data { id version score status } } ...ErrorFields }\n  }\n"): (typeof documents)["\n  mutation AlertsUpdateRisk($input: UpdateRiskInput!) {\n    updateRisk(input: $input) { __typename ... on MutationUpdateRiskSuccess { data { id version score status } } ...ErrorFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AlertsCloseRisk($input: EndRiskInput!) {\n    closeRisk(input: $input) { __typename ... on MutationCloseRiskSuccess { data { id version status } } ...ErrorFields }\n  }\n"): (typeof documents)["\n  mutation AlertsCloseRisk($input: EndRiskInput!) {\n    closeRisk(input: $input) { __typename ... on MutationCloseRiskSuccess { data { id version status } } ...ErrorFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AlertsRealizeRisk($input: EndRiskInput!) {\n    realizeRisk(input: $input) { __typename ... on MutationRealizeRiskSuccess { data { id version status } } ...ErrorFields }\n  }\n"): (typeof documents)["\n  mutation AlertsRealizeRisk($input: EndRiskInput!) {\n    realizeRisk(input: $input) { __typename ... on MutationRealizeRiskSuccess { data { id version status } } ...ErrorFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AlertsAcknowledge($input: AcknowledgeRiskAlertInput!) {\n    acknowledgeRiskAlert(input: $input) {\n      __typename\n      ... on MutationAcknowledgeRiskAlertSuccess { data { ...AlertsAlertFields } }\n      ...ErrorFields\n    }\n  }\n"): (typeof documents)["\n  mutation AlertsAcknowledge($input: AcknowledgeRiskAlertInput!) {\n    acknowledgeRiskAlert(input: $input) {\n      __typename\n      ... on MutationAcknowledgeRiskAlertSuccess { data { ...AlertsAlertFields } }\n      ...ErrorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AlertsSettings { riskAlertSettings { highThreshold criticalThreshold version updatedBy { email } } }\n"): (typeof documents)["\n  query AlertsSettings { riskAlertSettings { highThreshold criticalThreshold version updatedBy { email } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AlertsUpdateSettings($input: UpdateRiskAlertSettingsInput!) {\n    updateRiskAlertSettings(input: $input) {\n      __typename\n      ... on MutationUpdateRiskAlertSettingsSuccess { data { highThreshold criticalThreshold version updatedBy { email } } }\n      ...ErrorFields\n    }\n  }\n"): (typeof documents)["\n  mutation AlertsUpdateSettings($input: UpdateRiskAlertSettingsInput!) {\n    updateRiskAlertSettings(input: $input) {\n      __typename\n      ... on MutationUpdateRiskAlertSettingsSuccess { data { highThreshold criticalThreshold version updatedBy { email } } }\n      ...ErrorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AlertsSweep {\n    sweepRiskAlerts { __typename ... on MutationSweepRiskAlertsSuccess { data { raised resolved } } ...ErrorFields }\n  }\n"): (typeof documents)["\n  mutation AlertsSweep {\n    sweepRiskAlerts { __typename ... on MutationSweepRiskAlertsSuccess { data { raised resolved } } ...ErrorFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AlertsList($filter: RiskAlertFilter, $acknowledged: Boolean, $first: Int, $after: String, $last: Int, $before: String) {\n    riskAlerts(filter: $filter, acknowledged: $acknowledged, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage }\n      edges { cursor node { ...AlertsAlertFields } }\n    }\n  }\n"): (typeof documents)["\n  query AlertsList($filter: RiskAlertFilter, $acknowledged: Boolean, $first: Int, $after: String, $last: Int, $before: String) {\n    riskAlerts(filter: $filter, acknowledged: $acknowledged, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage }\n      edges { cursor node { ...AlertsAlertFields } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AlertsNode($id: ID!) { node(id: $id) { id ... on RiskAlert { triggerKey project { id } } } }\n"): (typeof documents)["\n  query AlertsNode($id: ID!) { node(id: $id) { id ... on RiskAlert { triggerKey project { id } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AlertsProjectAlerts($id: ID!, $acknowledged: Boolean) {\n    project(id: $id) { riskAlerts(acknowledged: $acknowledged, first: 100) { totalCount edges { node { id } } } }\n  }\n"): (typeof documents)["\n  query AlertsProjectAlerts($id: ID!, $acknowledged: Boolean) {\n    project(id: $id) { riskAlerts(acknowledged: $acknowledged, first: 100) { totalCount edges { node { id } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AlertsOfRisk($id: ID!) {\n    node(id: $id) { ... on Risk { alerts(first: 100) { totalCount edges { node { id triggerKey } } } } }\n  }\n"): (typeof documents)["\n  query AlertsOfRisk($id: ID!) {\n    node(id: $id) { ... on Risk { alerts(first: 100) { totalCount edges { node { id triggerKey } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AlertsProjectPage($id: ID!, $acknowledged: Boolean, $first: Int, $after: String, $last: Int, $before: String) {\n    project(id: $id) {\n      riskAlerts(acknowledged: $acknowledged, first: $first, after: $after, last: $last, before: $before) {\n        totalCount\n        edges { cursor node { id } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AlertsProjectPage($id: ID!, $acknowledged: Boolean, $first: Int, $after: String, $last: Int, $before: String) {\n    project(id: $id) {\n      riskAlerts(acknowledged: $acknowledged, first: $first, after: $after, last: $last, before: $before) {\n        totalCount\n        edges { cursor node { id } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AlertsRiskPage($id: ID!, $after: String) {\n    node(id: $id) { ... on Risk { alerts(first: 10, after: $after) { edges { cursor node { id } } } } }\n  }\n"): (typeof documents)["\n  query AlertsRiskPage($id: ID!, $after: String) {\n    node(id: $id) { ... on Risk { alerts(first: 10, after: $after) { edges { cursor node { id } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AlertsNested($portfolioId: ID!) {\n    riskAlerts(filter: { portfolioId: $portfolioId }, first: 100) {\n      totalCount\n      edges { node { severity project { name } risk { title } } }\n    }\n  }\n"): (typeof documents)["\n  query AlertsNested($portfolioId: ID!) {\n    riskAlerts(filter: { portfolioId: $portfolioId }, first: 100) {\n      totalCount\n      edges { node { severity project { name } risk { title } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoMatrix {\n    riskMatrix {\n      openRisks\n      cells { probability impact count }\n    }\n    portfolios(first: 10) { edges { node { id name } } }\n  }\n"): (typeof documents)["\n  query DemoMatrix {\n    riskMatrix {\n      openRisks\n      cells { probability impact count }\n    }\n    portfolios(first: 10) { edges { node { id name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoTopRisks($portfolioId: ID!) {\n    topRisks(portfolioId: $portfolioId, first: 3) {\n      title score status responseStrategy mitigationPlan\n      owner { email }\n      project { code }\n      assessments { score }\n    }\n  }\n"): (typeof documents)["\n  query DemoTopRisks($portfolioId: ID!) {\n    topRisks(portfolioId: $portfolioId, first: 3) {\n      title score status responseStrategy mitigationPlan\n      owner { email }\n      project { code }\n      assessments { score }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoAlerts {\n    riskAlerts(first: 100) {\n      totalCount\n      edges { node { source severity triggerKey risk { title } project { code } } }\n    }\n  }\n"): (typeof documents)["\n  query DemoAlerts {\n    riskAlerts(first: 100) {\n      totalCount\n      edges { node { source severity triggerKey risk { title } project { code } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RiskFields on Risk {\n    id title description category probability impact score status responseStrategy mitigationPlan contingencyPlan\n    dueDate residualProbability residualImpact residualScore version viewerCanEdit createdAt updatedAt\n    owner { email } createdBy { email } project { code }\n  }\n"): (typeof documents)["\n  fragment RiskFields on Risk {\n    id title description category probability impact score status responseStrategy mitigationPlan contingencyPlan\n    dueDate residualProbability residualImpact residualScore version viewerCanEdit createdAt updatedAt\n    owner { email } createdBy { email } project { code }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RiskCreate($input: CreateRiskInput!) {\n    createRisk(input: $input) { __typename ... on MutationCreateRiskSuccess { data { ...RiskFields } } ...ErrorFields }\n  }\n"): (typeof documents)["\n  mutation RiskCreate($input: CreateRiskInput!) {\n    createRisk(input: $input) { __typename ... on MutationCreateRiskSuccess { data { ...RiskFields } } ...ErrorFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RiskUpdate($input: UpdateRiskInput!) {\n    updateRisk(input: $input) { __typename ... on MutationUpdateRiskSuccess { data { ...RiskFields } } ...ErrorFields }\n  }\n"): (typeof documents)["\n  mutation RiskUpdate($input: UpdateRiskInput!) {\n    updateRisk(input: $input) { __typename ... on MutationUpdateRiskSuccess { data { ...RiskFields } } ...ErrorFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RiskClose($input: EndRiskInput!) {\n    closeRisk(input: $input) { __typename ... on MutationCloseRiskSuccess { data { ...RiskFields } } ...ErrorFields }\n  }\n"): (typeof documents)["\n  mutation RiskClose($input: EndRiskInput!) {\n    closeRisk(input: $input) { __typename ... on MutationCloseRiskSuccess { data { ...RiskFields } } ...ErrorFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RiskRealize($input: EndRiskInput!) {\n    realizeRisk(input: $input) { __typename ... on MutationRealizeRiskSuccess { data { ...RiskFields } } ...ErrorFields }\n  }\n"): (typeof documents)["\n  mutation RiskRealize($input: EndRiskInput!) {\n    realizeRisk(input: $input) { __typename ... on MutationRealizeRiskSuccess { data { ...RiskFields } } ...ErrorFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RiskHistory($id: ID!) {\n    node(id: $id) {\n      ... on Risk {\n        version\n        assessments {\n          probability impact score previousProbability previousImpact previousScore assessedAt assessedBy { email }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RiskHistory($id: ID!) {\n    node(id: $id) {\n      ... on Risk {\n        version\n        assessments {\n          probability impact score previousProbability previousImpact previousScore assessedAt assessedBy { email }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RiskNode($id: ID!) { node(id: $id) { id ... on Risk { title project { code } } } }\n"): (typeof documents)["\n  query RiskNode($id: ID!) { node(id: $id) { id ... on Risk { title project { code } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RiskList($filter: RiskFilter, $orderBy: [RiskOrder!]) {\n    risks(filter: $filter, orderBy: $orderBy, first: 100) { totalCount edges { node { title } } }\n  }\n"): (typeof documents)["\n  query RiskList($filter: RiskFilter, $orderBy: [RiskOrder!]) {\n    risks(filter: $filter, orderBy: $orderBy, first: 100) { totalCount edges { node { title } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RiskProjectRisks($id: ID!, $filter: RiskFilter) {\n    project(id: $id) { risks(filter: $filter) { totalCount edges { node { title } } } }\n  }\n"): (typeof documents)["\n  query RiskProjectRisks($id: ID!, $filter: RiskFilter) {\n    project(id: $id) { risks(filter: $filter) { totalCount edges { node { title } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RiskMatrixCounts($portfolioId: ID, $projectId: ID, $first: Int) {\n    riskMatrix(portfolioId: $portfolioId, projectId: $projectId) {\n      openRisks\n      cells { probability impact score count risks(first: $first) { title } }\n    }\n  }\n"): (typeof documents)["\n  query RiskMatrixCounts($portfolioId: ID, $projectId: ID, $first: Int) {\n    riskMatrix(portfolioId: $portfolioId, projectId: $projectId) {\n      openRisks\n      cells { probability impact score count risks(first: $first) { title } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RiskTop($portfolioId: ID!, $first: Int) { topRisks(portfolioId: $portfolioId, first: $first) { title score dueDate } }\n"): (typeof documents)["\n  query RiskTop($portfolioId: ID!, $first: Int) { topRisks(portfolioId: $portfolioId, first: $first) { title score dueDate } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RiskFacts($id: ID!) { project(id: $id) { facts } }\n"): (typeof documents)["\n  query RiskFacts($id: ID!) { project(id: $id) { facts } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RiskAudit($id: ID!) {\n    project(id: $id) { auditTrail(first: 1) { edges { node { action entityType entityId actor { email } before after } } } }\n  }\n"): (typeof documents)["\n  query RiskAudit($id: ID!) {\n    project(id: $id) { auditTrail(first: 1) { edges { node { action entityType entityId actor { email } before after } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RisksNested($portfolioId: ID!) {\n    risks(filter: { portfolioId: $portfolioId }, first: 100) {\n      edges { node { project { code } owner { name } assessments { score } } }\n    }\n  }\n"): (typeof documents)["\n  query RisksNested($portfolioId: ID!) {\n    risks(filter: { portfolioId: $portfolioId }, first: 100) {\n      edges { node { project { code } owner { name } assessments { score } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RiskMatrixNested($portfolioId: ID!) {\n    riskMatrix(portfolioId: $portfolioId) {\n      cells { count risks(first: 100) { project { code } owner { name } assessments { score } } }\n    }\n  }\n"): (typeof documents)["\n  query RiskMatrixNested($portfolioId: ID!) {\n    riskMatrix(portfolioId: $portfolioId) {\n      cells { count risks(first: 100) { project { code } owner { name } assessments { score } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComputedScheduleRead($id: ID!) {\n    project(id: $id) {\n      schedule { finishDate slipDays criticalPath { key } }\n      earnedValue(statusDate: \"2026-03-31\") { budgetAtCompletion plannedValue earnedValue actualCost measuredAgainst }\n    }\n  }\n"): (typeof documents)["\n  query ComputedScheduleRead($id: ID!) {\n    project(id: $id) {\n      schedule { finishDate slipDays criticalPath { key } }\n      earnedValue(statusDate: \"2026-03-31\") { budgetAtCompletion plannedValue earnedValue actualCost measuredAgainst }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ComputedScheduleUpdateTask($input: UpdateTaskInput!) {\n    updateTask(input: $input) { __typename ... on MutationUpdateTaskSuccess { data { version } } ...ErrorFields }\n  }\n"): (typeof documents)["\n  mutation ComputedScheduleUpdateTask($input: UpdateTaskInput!) {\n    updateTask(input: $input) { __typename ... on MutationUpdateTaskSuccess { data { version } } ...ErrorFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ComputedScheduleDeleteTask($input: DeleteTaskInput!) {\n    deleteTask(input: $input) { __typename ...ErrorFields }\n  }\n"): (typeof documents)["\n  mutation ComputedScheduleDeleteTask($input: DeleteTaskInput!) {\n    deleteTask(input: $input) { __typename ...ErrorFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ComputedScheduleRemoveLink($input: RemoveTaskDependencyInput!) {\n    removeTaskDependency(input: $input) { __typename ...ErrorFields }\n  }\n"): (typeof documents)["\n  mutation ComputedScheduleRemoveLink($input: RemoveTaskDependencyInput!) {\n    removeTaskDependency(input: $input) { __typename ...ErrorFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ComputedScheduleCalendar($input: UpdateProjectCalendarInput!) {\n    updateProjectCalendar(input: $input) { __typename ...ErrorFields }\n  }\n"): (typeof documents)["\n  mutation ComputedScheduleCalendar($input: UpdateProjectCalendarInput!) {\n    updateProjectCalendar(input: $input) { __typename ...ErrorFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ComputedScheduleProgress($input: ReportTaskProgressInput!) {\n    reportTaskProgress(input: $input) { __typename ... on MutationReportTaskProgressSuccess { data { version } } ...ErrorFields }\n  }\n"): (typeof documents)["\n  mutation ComputedScheduleProgress($input: ReportTaskProgressInput!) {\n    reportTaskProgress(input: $input) { __typename ... on MutationReportTaskProgressSuccess { data { version } } ...ErrorFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ComputedScheduleCapture($input: CaptureBaselineInput!) {\n    captureBaseline(input: $input) { __typename ... on MutationCaptureBaselineSuccess { data { id } } ...ErrorFields }\n  }\n"): (typeof documents)["\n  mutation ComputedScheduleCapture($input: CaptureBaselineInput!) {\n    captureBaseline(input: $input) { __typename ... on MutationCaptureBaselineSuccess { data { id } } ...ErrorFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ComputedScheduleSetCurrent($input: SetCurrentBaselineInput!) {\n    setCurrentBaseline(input: $input) { __typename ...ErrorFields }\n  }\n"): (typeof documents)["\n  mutation ComputedScheduleSetCurrent($input: SetCurrentBaselineInput!) {\n    setCurrentBaseline(input: $input) { __typename ...ErrorFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScheduleDemo {\n    projects(filter: { search: \"CRM-2026\" }, first: 1) {\n      edges { node {\n        code tasks { totalCount }\n        schedule { startDate finishDate criticalPath { key } }\n        baselines { name }\n        earnedValue(statusDate: \"2026-09-30\") { earnedValue actualCost cpi spi measuredAgainst }\n        forecast(iterations: 2000, seed: 1) { finishDates: histogram { count } p50Date p95Date }\n      } }\n    }\n    mobile: projects(filter: { search: \"MOB-APP\" }, first: 1) {\n      edges { node { agileMetrics { velocity { iterations mean } remainingPoints earnedValue { spi } } } }\n    }\n  }\n"): (typeof documents)["\n  query ScheduleDemo {\n    projects(filter: { search: \"CRM-2026\" }, first: 1) {\n      edges { node {\n        code tasks { totalCount }\n        schedule { startDate finishDate criticalPath { key } }\n        baselines { name }\n        earnedValue(statusDate: \"2026-09-30\") { earnedValue actualCost cpi spi measuredAgainst }\n        forecast(iterations: 2000, seed: 1) { finishDates: histogram { count } p50Date p95Date }\n      } }\n    }\n    mobile: projects(filter: { search: \"MOB-APP\" }, first: 1) {\n      edges { node { agileMetrics { velocity { iterations mean } remainingPoints earnedValue { spi } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScheduleOfProject($id: ID!) {\n    project(id: $id) {\n      schedule { startDate finishDate durationDays criticalPath { key } finishesAfterTarget slipDays }\n      tasks(first: 100) {\n        edges { node { key earlyStart earlyFinish lateStart lateFinish totalFloatDays freeFloatDays critical percentComplete actualCost actualStart actualFinish budget } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ScheduleOfProject($id: ID!) {\n    project(id: $id) {\n      schedule { startDate finishDate durationDays criticalPath { key } finishesAfterTarget slipDays }\n      tasks(first: 100) {\n        edges { node { key earlyStart earlyFinish lateStart lateFinish totalFloatDays freeFloatDays critical percentComplete actualCost actualStart actualFinish budget } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScheduleEarnedValue($id: ID!, $statusDate: Date) {\n    project(id: $id) {\n      earnedValue(statusDate: $statusDate) {\n        statusDate budgetAtCompletion plannedValue earnedValue actualCost costVariance scheduleVariance cpi spi\n        estimateAtCompletion estimateAtCompletionAtypical estimateAtCompletionCpiSpi estimateToComplete varianceAtCompletion tcpi\n        earnedScheduleDays spiTime forecastFinishDate measuredAgainst\n      }\n    }\n  }\n"): (typeof documents)["\n  query ScheduleEarnedValue($id: ID!, $statusDate: Date) {\n    project(id: $id) {\n      earnedValue(statusDate: $statusDate) {\n        statusDate budgetAtCompletion plannedValue earnedValue actualCost costVariance scheduleVariance cpi spi\n        estimateAtCompletion estimateAtCompletionAtypical estimateAtCompletionCpiSpi estimateToComplete varianceAtCompletion tcpi\n        earnedScheduleDays spiTime forecastFinishDate measuredAgainst\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScheduleSeries($id: ID!, $from: Date!, $to: Date!, $interval: Interval!) {\n    project(id: $id) { earnedValueSeries(from: $from, to: $to, interval: $interval) { periodEnd plannedValue earnedValue actualCost } }\n  }\n"): (typeof documents)["\n  query ScheduleSeries($id: ID!, $from: Date!, $to: Date!, $interval: Interval!) {\n    project(id: $id) { earnedValueSeries(from: $from, to: $to, interval: $interval) { periodEnd plannedValue earnedValue actualCost } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SchedulePortfolioEarnedValue($id: ID!, $statusDate: Date) {\n    portfolio(id: $id) { earnedValue(statusDate: $statusDate) { budgetAtCompletion plannedValue earnedValue actualCost cpi spi } }\n  }\n"): (typeof documents)["\n  query SchedulePortfolioEarnedValue($id: ID!, $statusDate: Date) {\n    portfolio(id: $id) { earnedValue(statusDate: $statusDate) { budgetAtCompletion plannedValue earnedValue actualCost cpi spi } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleReportProgress($input: ReportTaskProgressInput!) {\n    reportTaskProgress(input: $input) {\n      __typename ... on MutationReportTaskProgressSuccess { data { key version percentComplete actualCost actualStart actualFinish progress { asOf percentComplete actualCost } } } ...ErrorFields\n    }\n  }\n"): (typeof documents)["\n  mutation ScheduleReportProgress($input: ReportTaskProgressInput!) {\n    reportTaskProgress(input: $input) {\n      __typename ... on MutationReportTaskProgressSuccess { data { key version percentComplete actualCost actualStart actualFinish progress { asOf percentComplete actualCost } } } ...ErrorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleCaptureBaseline($input: CaptureBaselineInput!) {\n    captureBaseline(input: $input) {\n      __typename ... on MutationCaptureBaselineSuccess { data { id number name startDate finishDate durationDays budgetAtCompletion current tasks { key startDate finishDate durationDays budget } } } ...ErrorFields\n    }\n  }\n"): (typeof documents)["\n  mutation ScheduleCaptureBaseline($input: CaptureBaselineInput!) {\n    captureBaseline(input: $input) {\n      __typename ... on MutationCaptureBaselineSuccess { data { id number name startDate finishDate durationDays budgetAtCompletion current tasks { key startDate finishDate durationDays budget } } } ...ErrorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleSetCurrentBaseline($input: SetCurrentBaselineInput!) {\n    setCurrentBaseline(input: $input) { __typename ... on MutationSetCurrentBaselineSuccess { data { number current } } ...ErrorFields }\n  }\n"): (typeof documents)["\n  mutation ScheduleSetCurrentBaseline($input: SetCurrentBaselineInput!) {\n    setCurrentBaseline(input: $input) { __typename ... on MutationSetCurrentBaselineSuccess { data { number current } } ...ErrorFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScheduleBaselines($id: ID!, $baselineId: ID!) {\n    project(id: $id) {\n      baselines { number name current capturedBy { email } }\n      baselineVariance(baselineId: $baselineId) { finishSlipDays tasks { key status startVarianceDays finishVarianceDays budgetVariance } }\n    }\n  }\n"): (typeof documents)["\n  query ScheduleBaselines($id: ID!, $baselineId: ID!) {\n    project(id: $id) {\n      baselines { number name current capturedBy { email } }\n      baselineVariance(baselineId: $baselineId) { finishSlipDays tasks { key status startVarianceDays finishVarianceDays budgetVariance } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScheduleProjectBaselines($id: ID!) { project(id: $id) { baselines { number name current tasks { key } } } }\n"): (typeof documents)["\n  query ScheduleProjectBaselines($id: ID!) { project(id: $id) { baselines { number name current tasks { key } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleUpdateDuration($input: UpdateTaskInput!) {\n    updateTask(input: $input) { __typename ... on MutationUpdateTaskSuccess { data { version } } ...ErrorFields }\n  }\n"): (typeof documents)["\n  mutation ScheduleUpdateDuration($input: UpdateTaskInput!) {\n    updateTask(input: $input) { __typename ... on MutationUpdateTaskSuccess { data { version } } ...ErrorFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SchedulePortfolioSchedules($id: ID!) {\n    portfolio(id: $id) {\n      earnedValue(statusDate: \"2026-01-09\") { cpi }\n      projects(first: 5) {\n        edges { node { code schedule { finishDate criticalPath { key } } earnedValue(statusDate: \"2026-01-09\") { spi earnedValue }\n          tasks(first: 60) { edges { node { key earlyStart critical percentComplete actualCost progress { asOf } } } } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SchedulePortfolioSchedules($id: ID!) {\n    portfolio(id: $id) {\n      earnedValue(statusDate: \"2026-01-09\") { cpi }\n      projects(first: 5) {\n        edges { node { code schedule { finishDate criticalPath { key } } earnedValue(statusDate: \"2026-01-09\") { spi earnedValue }\n          tasks(first: 60) { edges { node { key earlyStart critical percentComplete actualCost progress { asOf } } } } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SchedulePortfolioProjects($id: ID!) {\n    portfolio(id: $id) {\n      earnedValue(statusDate: \"2026-01-09\") { cpi spi }\n      projects(first: 50) {\n        edges { node { code schedule { finishDate criticalPath { key } } earnedValue(statusDate: \"2026-01-09\") { spi earnedValue }\n          tasks(first: 5) { edges { node { key earlyStart critical percentComplete actualCost } } } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SchedulePortfolioProjects($id: ID!) {\n    portfolio(id: $id) {\n      earnedValue(statusDate: \"2026-01-09\") { cpi spi }\n      projects(first: 50) {\n        edges { node { code schedule { finishDate criticalPath { key } } earnedValue(statusDate: \"2026-01-09\") { spi earnedValue }\n          tasks(first: 5) { edges { node { key earlyStart critical percentComplete actualCost } } } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScheduleFactsOfProject($id: ID!) { project(id: $id) { facts } }\n"): (typeof documents)["\n  query ScheduleFactsOfProject($id: ID!) { project(id: $id) { facts } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleFactsReportProgress($input: ReportTaskProgressInput!) {\n    reportTaskProgress(input: $input) { __typename ... on MutationReportTaskProgressSuccess { data { version } } ...ErrorFields }\n  }\n"): (typeof documents)["\n  mutation ScheduleFactsReportProgress($input: ReportTaskProgressInput!) {\n    reportTaskProgress(input: $input) { __typename ... on MutationReportTaskProgressSuccess { data { version } } ...ErrorFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleFactsCaptureBaseline($input: CaptureBaselineInput!) {\n    captureBaseline(input: $input) { __typename ... on MutationCaptureBaselineSuccess { data { number } } ...ErrorFields }\n  }\n"): (typeof documents)["\n  mutation ScheduleFactsCaptureBaseline($input: CaptureBaselineInput!) {\n    captureBaseline(input: $input) { __typename ... on MutationCaptureBaselineSuccess { data { number } } ...ErrorFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleFactsRecordForecast($input: RecordForecastInput!) {\n    recordForecast(input: $input) { __typename ... on MutationRecordForecastSuccess { data { p80Date } } ...ErrorFields }\n  }\n"): (typeof documents)["\n  mutation ScheduleFactsRecordForecast($input: RecordForecastInput!) {\n    recordForecast(input: $input) { __typename ... on MutationRecordForecastSuccess { data { p80Date } } ...ErrorFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleFactsCreateIteration($input: CreateIterationInput!) {\n    createIteration(input: $input) { __typename ... on MutationCreateIterationSuccess { data { id version } } ...ErrorFields }\n  }\n"): (typeof documents)["\n  mutation ScheduleFactsCreateIteration($input: CreateIterationInput!) {\n    createIteration(input: $input) { __typename ... on MutationCreateIterationSuccess { data { id version } } ...ErrorFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleFactsCloseIteration($input: CloseIterationInput!) {\n    closeIteration(input: $input) { __typename ... on MutationCloseIterationSuccess { data { status } } ...ErrorFields }\n  }\n"): (typeof documents)["\n  mutation ScheduleFactsCloseIteration($input: CloseIterationInput!) {\n    closeIteration(input: $input) { __typename ... on MutationCloseIterationSuccess { data { status } } ...ErrorFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScheduleForecast($id: ID!, $iterations: Int, $seed: Int) {\n    project(id: $id) {\n      forecast(iterations: $iterations, seed: $seed) {\n        mode iterations seed p50Date p80Date p95Date probabilityByTarget\n        criticality { task { key } criticalityIndex } histogram { startDate endDate count }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ScheduleForecast($id: ID!, $iterations: Int, $seed: Int) {\n    project(id: $id) {\n      forecast(iterations: $iterations, seed: $seed) {\n        mode iterations seed p50Date p80Date p95Date probabilityByTarget\n        criticality { task { key } criticalityIndex } histogram { startDate endDate count }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScheduleForecastMobile { projects(filter: { search: \"MOB-APP\" }, first: 1) { edges { node { forecast(iterations: 2000, seed: 3) { mode p50Date p95Date } } } } }\n"): (typeof documents)["\n  query ScheduleForecastMobile { projects(filter: { search: \"MOB-APP\" }, first: 1) { edges { node { forecast(iterations: 2000, seed: 3) { mode p50Date p95Date } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleRecordForecast($input: RecordForecastInput!) {\n    recordForecast(input: $input) {\n      __typename\n      ... on MutationRecordForecastSuccess { data { id p80Date targetEndDate recordedBy { email } forecast { mode iterations seed p50Date p80Date p95Date probabilityByTarget } } }\n      ...ErrorFields\n    }\n  }\n"): (typeof documents)["\n  mutation ScheduleRecordForecast($input: RecordForecastInput!) {\n    recordForecast(input: $input) {\n      __typename\n      ... on MutationRecordForecastSuccess { data { id p80Date targetEndDate recordedBy { email } forecast { mode iterations seed p50Date p80Date p95Date probabilityByTarget } } }\n      ...ErrorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScheduleRecordedForecasts($id: ID!) {\n    project(id: $id) {\n      latestForecast { id forecast { seed p80Date criticality { task { key } criticalityIndex } histogram { startDate endDate count } } }\n      forecasts(first: 10) { totalCount edges { node { id forecast { seed } } } }\n    }\n  }\n"): (typeof documents)["\n  query ScheduleRecordedForecasts($id: ID!) {\n    project(id: $id) {\n      latestForecast { id forecast { seed p80Date criticality { task { key } criticalityIndex } histogram { startDate endDate count } } }\n      forecasts(first: 10) { totalCount edges { node { id forecast { seed } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InterchangeImport($input: ImportScheduleInput!) {\n    importSchedule(input: $input) {\n      __typename\n      ... on MutationImportScheduleSuccess {\n        data {\n          tasksImported dependenciesImported baselineNumber warnings\n          project {\n            calendar { workingDays holidays }\n            tasks(first: 100) {\n              totalCount\n              edges { node { key name description durationDays milestone summary budget startNoEarlierThan parent { key } predecessors { type lagDays predecessor { key } } } }\n            }\n          }\n        }\n      }\n      ...ErrorFields\n    }\n  }\n"): (typeof documents)["\n  mutation InterchangeImport($input: ImportScheduleInput!) {\n    importSchedule(input: $input) {\n      __typename\n      ... on MutationImportScheduleSuccess {\n        data {\n          tasksImported dependenciesImported baselineNumber warnings\n          project {\n            calendar { workingDays holidays }\n            tasks(first: 100) {\n              totalCount\n              edges { node { key name description durationDays milestone summary budget startNoEarlierThan parent { key } predecessors { type lagDays predecessor { key } } } }\n            }\n          }\n        }\n      }\n      ...ErrorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InterchangeExport($id: ID!) { project(id: $id) { scheduleExport(format: MSPDI) } }\n"): (typeof documents)["\n  query InterchangeExport($id: ID!) { project(id: $id) { scheduleExport(format: MSPDI) } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InterchangePortfolioExports($id: ID!) { portfolio(id: $id) { projects(first: 10) { edges { node { code scheduleExport(format: MSPDI) } } } } }\n"): (typeof documents)["\n  query InterchangePortfolioExports($id: ID!) { portfolio(id: $id) { projects(first: 10) { edges { node { code scheduleExport(format: MSPDI) } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IterationCreate($input: CreateIterationInput!) {\n    createIteration(input: $input) { __typename ... on MutationCreateIterationSuccess { data { id name status version committedPoints } } ...ErrorFields }\n  }\n"): (typeof documents)["\n  mutation IterationCreate($input: CreateIterationInput!) {\n    createIteration(input: $input) { __typename ... on MutationCreateIterationSuccess { data { id name status version committedPoints } } ...ErrorFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IterationUpdate($input: UpdateIterationInput!) {\n    updateIteration(input: $input) { __typename ... on MutationUpdateIterationSuccess { data { id status version } } ...ErrorFields }\n  }\n"): (typeof documents)["\n  mutation IterationUpdate($input: UpdateIterationInput!) {\n    updateIteration(input: $input) { __typename ... on MutationUpdateIterationSuccess { data { id status version } } ...ErrorFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IterationClose($input: CloseIterationInput!) {\n    closeIteration(input: $input) { __typename ... on MutationCloseIterationSuccess { data { status completedPoints version } } ...ErrorFields }\n  }\n"): (typeof documents)["\n  mutation IterationClose($input: CloseIterationInput!) {\n    closeIteration(input: $input) { __typename ... on MutationCloseIterationSuccess { data { status completedPoints version } } ...ErrorFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IterationProjectVersion($id: ID!) { project(id: $id) { version } }\n"): (typeof documents)["\n  query IterationProjectVersion($id: ID!) { project(id: $id) { version } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IterationReportCost($input: UpdateProjectInput!) { updateProject(input: $input) { __typename ... on MutationUpdateProjectSuccess { data { version } } ...ErrorFields } }\n"): (typeof documents)["\n  mutation IterationReportCost($input: UpdateProjectInput!) { updateProject(input: $input) { __typename ... on MutationUpdateProjectSuccess { data { version } } ...ErrorFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IterationMetrics($id: ID!) {\n    project(id: $id) {\n      iterations { name status }\n      agileMetrics {\n        scopePoints completedPoints remainingPoints\n        velocity { iterations mean lastThree lastThreeMean standardDeviation commitmentReliability }\n        burn { iteration date scopePoints completedPoints remainingPoints idealRemainingPoints }\n        earnedValue { budgetAtCompletion plannedValue earnedValue actualCost estimateAtCompletion cpi spi plannedPercentComplete actualPercentComplete forecastIterations }\n      }\n    }\n  }\n"): (typeof documents)["\n  query IterationMetrics($id: ID!) {\n    project(id: $id) {\n      iterations { name status }\n      agileMetrics {\n        scopePoints completedPoints remainingPoints\n        velocity { iterations mean lastThree lastThreeMean standardDeviation commitmentReliability }\n        burn { iteration date scopePoints completedPoints remainingPoints idealRemainingPoints }\n        earnedValue { budgetAtCompletion plannedValue earnedValue actualCost estimateAtCompletion cpi spi plannedPercentComplete actualPercentComplete forecastIterations }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TaskFields on Task {\n    id key name description durationDays optimisticDays mostLikelyDays pessimisticDays startNoEarlierThan\n    milestone summary budget version parent { key } assignee { email } project { code }\n  }\n"): (typeof documents)["\n  fragment TaskFields on Task {\n    id key name description durationDays optimisticDays mostLikelyDays pessimisticDays startNoEarlierThan\n    milestone summary budget version parent { key } assignee { email } project { code }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TaskCreate($input: CreateTaskInput!) {\n    createTask(input: $input) { __typename ... on MutationCreateTaskSuccess { data { ...TaskFields } } ...ErrorFields }\n  }\n"): (typeof documents)["\n  mutation TaskCreate($input: CreateTaskInput!) {\n    createTask(input: $input) { __typename ... on MutationCreateTaskSuccess { data { ...TaskFields } } ...ErrorFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TaskUpdate($input: UpdateTaskInput!) {\n    updateTask(input: $input) { __typename ... on MutationUpdateTaskSuccess { data { ...TaskFields } } ...ErrorFields }\n  }\n"): (typeof documents)["\n  mutation TaskUpdate($input: UpdateTaskInput!) {\n    updateTask(input: $input) { __typename ... on MutationUpdateTaskSuccess { data { ...TaskFields } } ...ErrorFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TaskDelete($input: DeleteTaskInput!) {\n    deleteTask(input: $input) {\n      __typename ... on MutationDeleteTaskSuccess { data { deletedTaskId project { tasks { totalCount } } } } ...ErrorFields\n    }\n  }\n"): (typeof documents)["\n  mutation TaskDelete($input: DeleteTaskInput!) {\n    deleteTask(input: $input) {\n      __typename ... on MutationDeleteTaskSuccess { data { deletedTaskId project { tasks { totalCount } } } } ...ErrorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TaskAddDependency($input: AddTaskDependencyInput!) {\n    addTaskDependency(input: $input) {\n      __typename ... on MutationAddTaskDependencySuccess { data { id type lagDays predecessor { key } successor { key } } } ...ErrorFields\n    }\n  }\n"): (typeof documents)["\n  mutation TaskAddDependency($input: AddTaskDependencyInput!) {\n    addTaskDependency(input: $input) {\n      __typename ... on MutationAddTaskDependencySuccess { data { id type lagDays predecessor { key } successor { key } } } ...ErrorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TaskRemoveDependency($input: RemoveTaskDependencyInput!) {\n    removeTaskDependency(input: $input) {\n      __typename ... on MutationRemoveTaskDependencySuccess { data { removedDependencyId successor { key predecessors { id } } } } ...ErrorFields\n    }\n  }\n"): (typeof documents)["\n  mutation TaskRemoveDependency($input: RemoveTaskDependencyInput!) {\n    removeTaskDependency(input: $input) {\n      __typename ... on MutationRemoveTaskDependencySuccess { data { removedDependencyId successor { key predecessors { id } } } } ...ErrorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TaskUpdateCalendar($input: UpdateProjectCalendarInput!) {\n    updateProjectCalendar(input: $input) {\n      __typename ... on MutationUpdateProjectCalendarSuccess { data { calendar { workingDays holidays version } } } ...ErrorFields\n    }\n  }\n"): (typeof documents)["\n  mutation TaskUpdateCalendar($input: UpdateProjectCalendarInput!) {\n    updateProjectCalendar(input: $input) {\n      __typename ... on MutationUpdateProjectCalendarSuccess { data { calendar { workingDays holidays version } } } ...ErrorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaskProjectTasks($id: ID!, $first: Int, $after: String) {\n    project(id: $id) {\n      calendar { workingDays holidays version }\n      tasks(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { key summary budget children { key } predecessors { type lagDays predecessor { key } } successors { successor { key } } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TaskProjectTasks($id: ID!, $first: Int, $after: String) {\n    project(id: $id) {\n      calendar { workingDays holidays version }\n      tasks(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { key summary budget children { key } predecessors { type lagDays predecessor { key } } successors { successor { key } } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaskNode($id: ID!) { node(id: $id) { id ... on Task { key budget } } }\n"): (typeof documents)["\n  query TaskNode($id: ID!) { node(id: $id) { id ... on Task { key budget } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaskNodes($ids: [ID!]!) { nodes(ids: $ids) { id ... on Task { key } } }\n"): (typeof documents)["\n  query TaskNodes($ids: [ID!]!) { nodes(ids: $ids) { id ... on Task { key } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaskPortfolioTasks($id: ID!) {\n    portfolio(id: $id) {\n      projects(first: 5) {\n        edges { node { code tasks(first: 60) { totalCount edges { node { key summary budget assignee { name } parent { key } children { key } predecessors { predecessor { key } } } } } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TaskPortfolioTasks($id: ID!) {\n    portfolio(id: $id) {\n      projects(first: 5) {\n        edges { node { code tasks(first: 60) { totalCount edges { node { key summary budget assignee { name } parent { key } children { key } predecessors { predecessor { key } } } } } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SkillsCreate($input: CreateSkillInput!) {\n    createSkill(input: $input) { __typename ... on MutationCreateSkillSuccess { data { id key name category version } } ...ErrorFields }\n  }\n"): (typeof documents)["\n  mutation SkillsCreate($input: CreateSkillInput!) {\n    createSkill(input: $input) { __typename ... on MutationCreateSkillSuccess { data { id key name category version } } ...ErrorFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SkillsUpdate($input: UpdateSkillInput!) {\n    updateSkill(input: $input) { __typename ... on MutationUpdateSkillSuccess { data { key name category version } } ...ErrorFields }\n  }\n"): (typeof documents)["\n  mutation SkillsUpdate($input: UpdateSkillInput!) {\n    updateSkill(input: $input) { __typename ... on MutationUpdateSkillSuccess { data { key name category version } } ...ErrorFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SkillsSet($input: SetUserSkillInput!) {\n    setUserSkill(input: $input) {\n      __typename\n      ... on MutationSetUserSkillSuccess { data { id level source confirmed version assessedBy { email } skill { key } } }\n      ...ErrorFields\n    }\n  }\n"): (typeof documents)["\n  mutation SkillsSet($input: SetUserSkillInput!) {\n    setUserSkill(input: $input) {\n      __typename\n      ... on MutationSetUserSkillSuccess { data { id level source confirmed version assessedBy { email } skill { key } } }\n      ...ErrorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SkillsConfirm($input: ConfirmUserSkillInput!) {\n    confirmUserSkill(input: $input) { __typename ... on MutationConfirmUserSkillSuccess { data { level confirmed confirmedBy { email } version } } ...ErrorFields }\n  }\n"): (typeof documents)["\n  mutation SkillsConfirm($input: ConfirmUserSkillInput!) {\n    confirmUserSkill(input: $input) { __typename ... on MutationConfirmUserSkillSuccess { data { level confirmed confirmedBy { email } version } } ...ErrorFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SkillsOfPerson($id: ID!) {\n    node(id: $id) { ... on User { skills { skill { key } level source confirmed history { fromLevel toLevel source confirmed changedBy { email } } } } }\n  }\n"): (typeof documents)["\n  query SkillsOfPerson($id: ID!) {\n    node(id: $id) { ... on User { skills { skill { key } level source confirmed history { fromLevel toLevel source confirmed changedBy { email } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SkillsCatalogue($filter: SkillFilter) {\n    skills(first: 100, filter: $filter) { totalCount edges { node { key name category } } }\n    skill(key: \"risk-management\") { name category }\n  }\n"): (typeof documents)["\n  query SkillsCatalogue($filter: SkillFilter) {\n    skills(first: 100, filter: $filter) { totalCount edges { node { key name category } } }\n    skill(key: \"risk-management\") { name category }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ErrorFields on Error {\n    __typename\n    message\n    ... on ValidationError { issues { path message } }\n    ... on ConflictError { currentVersion }\n    ... on NotFoundError { entityType }\n    ... on GateBlockedError { phaseKey failingRules { ruleKey severity message evidence } }\n  }\n"): (typeof documents)["\n  fragment ErrorFields on Error {\n    __typename\n    message\n    ... on ValidationError { issues { path message } }\n    ... on ConflictError { currentVersion }\n    ... on NotFoundError { entityType }\n    ... on GateBlockedError { phaseKey failingRules { ruleKey severity message evidence } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MethProjectState($id: ID!) {\n    project(id: $id) {\n      id\n      code\n      status\n      version\n      methodology { key version }\n      phases { key name position status startedAt completedAt }\n      currentPhase { key }\n      deliverables { id key name phaseKey status fields missingFields version submittedAt decidedAt decisionNote }\n      fields { key value }\n      complianceResults { ruleKey kind severity passed waived message evidence phaseKey methodologyKey methodologyVersion evaluatedAt }\n      compliance { failing blocking projectsEvaluated projectsBlocked bySeverity { severity passed failing failed waived } }\n      waivers { id ruleKey reason expiresAt active revokedAt }\n    }\n  }\n"): (typeof documents)["\n  query MethProjectState($id: ID!) {\n    project(id: $id) {\n      id\n      code\n      status\n      version\n      methodology { key version }\n      phases { key name position status startedAt completedAt }\n      currentPhase { key }\n      deliverables { id key name phaseKey status fields missingFields version submittedAt decidedAt decisionNote }\n      fields { key value }\n      complianceResults { ruleKey kind severity passed waived message evidence phaseKey methodologyKey methodologyVersion evaluatedAt }\n      compliance { failing blocking projectsEvaluated projectsBlocked bySeverity { severity passed failing failed waived } }\n      waivers { id ruleKey reason expiresAt active revokedAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MethProjectAudit($id: ID!) {\n    project(id: $id) {\n      auditTrail(first: 50) { edges { node { action entityType actor { email } before after } } }\n    }\n  }\n"): (typeof documents)["\n  query MethProjectAudit($id: ID!) {\n    project(id: $id) {\n      auditTrail(first: 50) { edges { node { action entityType actor { email } before after } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MethProjectHistory($id: ID!, $ruleKey: String) {\n    project(id: $id) {\n      complianceHistory(first: 100, ruleKey: $ruleKey) { edges { node { ruleKey passed waived evidence evaluatedAt } } }\n    }\n  }\n"): (typeof documents)["\n  query MethProjectHistory($id: ID!, $ruleKey: String) {\n    project(id: $id) {\n      complianceHistory(first: 100, ruleKey: $ruleKey) { edges { node { ruleKey passed waived evidence evaluatedAt } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MethUpdateDeliverable($input: UpdateDeliverableInput!) {\n    updateDeliverable(input: $input) {\n      __typename\n      ... on MutationUpdateDeliverableSuccess { data { id status fields version } }\n      ...ErrorFields\n    }\n  }\n"): (typeof documents)["\n  mutation MethUpdateDeliverable($input: UpdateDeliverableInput!) {\n    updateDeliverable(input: $input) {\n      __typename\n      ... on MutationUpdateDeliverableSuccess { data { id status fields version } }\n      ...ErrorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MethSubmitDeliverable($input: DeliverableActionInput!) {\n    submitDeliverable(input: $input) {\n      __typename\n      ... on MutationSubmitDeliverableSuccess { data { id status version submittedAt } }\n      ...ErrorFields\n    }\n  }\n"): (typeof documents)["\n  mutation MethSubmitDeliverable($input: DeliverableActionInput!) {\n    submitDeliverable(input: $input) {\n      __typename\n      ... on MutationSubmitDeliverableSuccess { data { id status version submittedAt } }\n      ...ErrorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MethApproveDeliverable($input: DeliverableActionInput!) {\n    approveDeliverable(input: $input) {\n      __typename\n      ... on MutationApproveDeliverableSuccess { data { id status version decidedAt decisionNote } }\n      ...ErrorFields\n    }\n  }\n"): (typeof documents)["\n  mutation MethApproveDeliverable($input: DeliverableActionInput!) {\n    approveDeliverable(input: $input) {\n      __typename\n      ... on MutationApproveDeliverableSuccess { data { id status version decidedAt decisionNote } }\n      ...ErrorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MethInstall($input: InstallMethodologyInput!) {\n    installMethodology(input: $input) {\n      __typename\n      ... on MutationInstallMethodologySuccess { data { id key version name enabled builtIn lineage extends } }\n      ...ErrorFields\n    }\n  }\n"): (typeof documents)["\n  mutation MethInstall($input: InstallMethodologyInput!) {\n    installMethodology(input: $input) {\n      __typename\n      ... on MutationInstallMethodologySuccess { data { id key version name enabled builtIn lineage extends } }\n      ...ErrorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScenarioCreatePortfolio($input: CreatePortfolioInput!) {\n    createPortfolio(input: $input) {\n      __typename\n      ... on MutationCreatePortfolioSuccess { data { id name version } }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation ScenarioCreatePortfolio($input: CreatePortfolioInput!) {\n    createPortfolio(input: $input) {\n      __typename\n      ... on MutationCreatePortfolioSuccess { data { id name version } }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScenarioCreateObjective($input: CreateObjectiveInput!) {\n    createObjective(input: $input) {\n      __typename\n      ... on MutationCreateObjectiveSuccess { data { id name version } }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation ScenarioCreateObjective($input: CreateObjectiveInput!) {\n    createObjective(input: $input) {\n      __typename\n      ... on MutationCreateObjectiveSuccess { data { id name version } }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScenarioCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      __typename\n      ... on MutationCreateProjectSuccess { data { id code name version } }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation ScenarioCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      __typename\n      ... on MutationCreateProjectSuccess { data { id code name version } }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScenarioAddProjectMember($input: AddProjectMemberInput!) {\n    addProjectMember(input: $input) {\n      __typename\n      ... on MutationAddProjectMemberSuccess { data { id } }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation ScenarioAddProjectMember($input: AddProjectMemberInput!) {\n    addProjectMember(input: $input) {\n      __typename\n      ... on MutationAddProjectMemberSuccess { data { id } }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScenarioRemoveProjectMember($input: RemoveProjectMemberInput!) {\n    removeProjectMember(input: $input) {\n      __typename\n      ... on MutationRemoveProjectMemberSuccess { data { id } }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation ScenarioRemoveProjectMember($input: RemoveProjectMemberInput!) {\n    removeProjectMember(input: $input) {\n      __typename\n      ... on MutationRemoveProjectMemberSuccess { data { id } }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScenarioTransitionProject($input: TransitionProjectInput!) {\n    transitionProject(input: $input) {\n      __typename\n      ... on MutationTransitionProjectSuccess { data { id version } }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation ScenarioTransitionProject($input: TransitionProjectInput!) {\n    transitionProject(input: $input) {\n      __typename\n      ... on MutationTransitionProjectSuccess { data { id version } }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScenarioUpdateProject($input: UpdateProjectInput!) {\n    updateProject(input: $input) {\n      __typename\n      ... on MutationUpdateProjectSuccess { data { id version } }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation ScenarioUpdateProject($input: UpdateProjectInput!) {\n    updateProject(input: $input) {\n      __typename\n      ... on MutationUpdateProjectSuccess { data { id version } }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScenarioCreateRisk($input: CreateRiskInput!) {\n    createRisk(input: $input) {\n      __typename\n      ... on MutationCreateRiskSuccess { data { id title version } }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation ScenarioCreateRisk($input: CreateRiskInput!) {\n    createRisk(input: $input) {\n      __typename\n      ... on MutationCreateRiskSuccess { data { id title version } }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScenarioUpdateRisk($input: UpdateRiskInput!) {\n    updateRisk(input: $input) { __typename ... on MutationUpdateRiskSuccess { data { id version } } ... on Error { message } }\n  }\n"): (typeof documents)["\n  mutation ScenarioUpdateRisk($input: UpdateRiskInput!) {\n    updateRisk(input: $input) { __typename ... on MutationUpdateRiskSuccess { data { id version } } ... on Error { message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScenarioCloseRisk($input: EndRiskInput!) {\n    closeRisk(input: $input) { __typename ... on MutationCloseRiskSuccess { data { id version } } ... on Error { message } }\n  }\n"): (typeof documents)["\n  mutation ScenarioCloseRisk($input: EndRiskInput!) {\n    closeRisk(input: $input) { __typename ... on MutationCloseRiskSuccess { data { id version } } ... on Error { message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScenarioRealizeRisk($input: EndRiskInput!) {\n    realizeRisk(input: $input) { __typename ... on MutationRealizeRiskSuccess { data { id version } } ... on Error { message } }\n  }\n"): (typeof documents)["\n  mutation ScenarioRealizeRisk($input: EndRiskInput!) {\n    realizeRisk(input: $input) { __typename ... on MutationRealizeRiskSuccess { data { id version } } ... on Error { message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScenarioCreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) { __typename ... on MutationCreateTaskSuccess { data { id key version } } ... on Error { message } }\n  }\n"): (typeof documents)["\n  mutation ScenarioCreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) { __typename ... on MutationCreateTaskSuccess { data { id key version } } ... on Error { message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScenarioAddTaskDependency($input: AddTaskDependencyInput!) {\n    addTaskDependency(input: $input) { __typename ... on MutationAddTaskDependencySuccess { data { id } } ... on Error { message } }\n  }\n"): (typeof documents)["\n  mutation ScenarioAddTaskDependency($input: AddTaskDependencyInput!) {\n    addTaskDependency(input: $input) { __typename ... on MutationAddTaskDependencySuccess { data { id } } ... on Error { message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CertCreateType($input: CreateCertificationTypeInput!) {\n    createCertificationType(input: $input) {\n      __typename\n      ... on MutationCreateCertificationTypeSuccess { data { id key name issuer validityMonths requiredPdus minEducationPdus minPdusPerCategory projectManagement version } }\n      ...ErrorFields\n    }\n  }\n"): (typeof documents)["\n  mutation CertCreateType($input: CreateCertificationTypeInput!) {\n    createCertificationType(input: $input) {\n      __typename\n      ... on MutationCreateCertificationTypeSuccess { data { id key name issuer validityMonths requiredPdus minEducationPdus minPdusPerCategory projectManagement version } }\n      ...ErrorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CertUpdateType($input: UpdateCertificationTypeInput!) {\n    updateCertificationType(input: $input) { __typename ... on MutationUpdateCertificationTypeSuccess { data { name validityMonths requiredPdus version } } ...ErrorFields }\n  }\n"): (typeof documents)["\n  mutation CertUpdateType($input: UpdateCertificationTypeInput!) {\n    updateCertificationType(input: $input) { __typename ... on MutationUpdateCertificationTypeSuccess { data { name validityMonths requiredPdus version } } ...ErrorFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CertRecord($input: RecordCertificationInput!) {\n    recordCertification(input: $input) {\n      __typename\n      ... on MutationRecordCertificationSuccess {\n        data { id earnedOn expiresOn credentialId active expiring verified version recordedBy { email } type { key } user { email }\n               renewal { required earned education requiredEducation met byCategory { category required earned } } }\n      }\n      ...ErrorFields\n    }\n  }\n"): (typeof documents)["\n  mutation CertRecord($input: RecordCertificationInput!) {\n    recordCertification(input: $input) {\n      __typename\n      ... on MutationRecordCertificationSuccess {\n        data { id earnedOn expiresOn credentialId active expiring verified version recordedBy { email } type { key } user { email }\n               renewal { required earned education requiredEducation met byCategory { category required earned } } }\n      }\n      ...ErrorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CertVerify($input: VerifyCertificationInput!) {\n    verifyCertification(input: $input) { __typename ... on MutationVerifyCertificationSuccess { data { verified verifiedBy { email } version } } ...ErrorFields }\n  }\n"): (typeof documents)["\n  mutation CertVerify($input: VerifyCertificationInput!) {\n    verifyCertification(input: $input) { __typename ... on MutationVerifyCertificationSuccess { data { verified verifiedBy { email } version } } ...ErrorFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CertDelete($input: DeleteCertificationInput!) {\n    deleteCertification(input: $input) { __typename ... on MutationDeleteCertificationSuccess { data { deletedCertificationId user { email } } } ...ErrorFields }\n  }\n"): (typeof documents)["\n  mutation CertDelete($input: DeleteCertificationInput!) {\n    deleteCertification(input: $input) { __typename ... on MutationDeleteCertificationSuccess { data { deletedCertificationId user { email } } } ...ErrorFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CertSettings($input: UpdateTrainingSettingsInput!) {\n    updateTrainingSettings(input: $input) { __typename ... on MutationUpdateTrainingSettingsSuccess { data { expiryWindowDays version } } ...ErrorFields }\n  }\n"): (typeof documents)["\n  mutation CertSettings($input: UpdateTrainingSettingsInput!) {\n    updateTrainingSettings(input: $input) { __typename ... on MutationUpdateTrainingSettingsSuccess { data { expiryWindowDays version } } ...ErrorFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CertExpiring($withinDays: Int) {\n    trainingSettings { expiryWindowDays }\n    expiringCertifications(first: 100, withinDays: $withinDays) { totalCount edges { node { expiresOn expiring type { key } user { email } } } }\n  }\n"): (typeof documents)["\n  query CertExpiring($withinDays: Int) {\n    trainingSettings { expiryWindowDays }\n    expiringCertifications(first: 100, withinDays: $withinDays) { totalCount edges { node { expiresOn expiring type { key } user { email } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CertOfPerson($id: ID!) { node(id: $id) { ... on User { certifications { type { key } earnedOn expiresOn } } } }\n"): (typeof documents)["\n  query CertOfPerson($id: ID!) { node(id: $id) { ... on User { certifications { type { key } earnedOn expiresOn } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CertCatalogue($key: String!) {\n    certificationTypes(first: 100) { totalCount edges { node { key } } }\n    certificationType(key: $key) { name issuer validityMonths requiredPdus }\n  }\n"): (typeof documents)["\n  query CertCatalogue($key: String!) {\n    certificationTypes(first: 100) { totalCount edges { node { key } } }\n    certificationType(key: $key) { name issuer validityMonths requiredPdus }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CourseCreate($input: CreateCourseInput!) {\n    createCourse(input: $input) {\n      __typename\n      ... on MutationCreateCourseSuccess { data { id key title format hours pdus pdusWaysOfWorking pdusGivingBack version skills { skill { key } level } } }\n      ...ErrorFields\n    }\n  }\n"): (typeof documents)["\n  mutation CourseCreate($input: CreateCourseInput!) {\n    createCourse(input: $input) {\n      __typename\n      ... on MutationCreateCourseSuccess { data { id key title format hours pdus pdusWaysOfWorking pdusGivingBack version skills { skill { key } level } } }\n      ...ErrorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CourseUpdate($input: UpdateCourseInput!) {\n    updateCourse(input: $input) { __typename ... on MutationUpdateCourseSuccess { data { title hours version skills { skill { key } level } } } ...ErrorFields }\n  }\n"): (typeof documents)["\n  mutation CourseUpdate($input: UpdateCourseInput!) {\n    updateCourse(input: $input) { __typename ... on MutationUpdateCourseSuccess { data { title hours version skills { skill { key } level } } } ...ErrorFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnrollmentRequest($input: RequestEnrollmentInput!) {\n    requestEnrollment(input: $input) { __typename ... on MutationRequestEnrollmentSuccess { data { id status version from to requestedBy { email } course { key } } } ...ErrorFields }\n  }\n"): (typeof documents)["\n  mutation EnrollmentRequest($input: RequestEnrollmentInput!) {\n    requestEnrollment(input: $input) { __typename ... on MutationRequestEnrollmentSuccess { data { id status version from to requestedBy { email } course { key } } } ...ErrorFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnrollmentApprove($input: ApproveEnrollmentInput!) {\n    approveEnrollment(input: $input) { __typename ... on MutationApproveEnrollmentSuccess { data { status version approvedBy { email } absence { kind from to note } } } ...ErrorFields }\n  }\n"): (typeof documents)["\n  mutation EnrollmentApprove($input: ApproveEnrollmentInput!) {\n    approveEnrollment(input: $input) { __typename ... on MutationApproveEnrollmentSuccess { data { status version approvedBy { email } absence { kind from to note } } } ...ErrorFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnrollmentStart($input: StartEnrollmentInput!) {\n    startEnrollment(input: $input) { __typename ... on MutationStartEnrollmentSuccess { data { status version } } ...ErrorFields }\n  }\n"): (typeof documents)["\n  mutation EnrollmentStart($input: StartEnrollmentInput!) {\n    startEnrollment(input: $input) { __typename ... on MutationStartEnrollmentSuccess { data { status version } } ...ErrorFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnrollmentComplete($input: CompleteEnrollmentInput!) {\n    completeEnrollment(input: $input) { __typename ... on MutationCompleteEnrollmentSuccess { data { status version result completedOn absence { kind } } } ...ErrorFields }\n  }\n"): (typeof documents)["\n  mutation EnrollmentComplete($input: CompleteEnrollmentInput!) {\n    completeEnrollment(input: $input) { __typename ... on MutationCompleteEnrollmentSuccess { data { status version result completedOn absence { kind } } } ...ErrorFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnrollmentDrop($input: DropEnrollmentInput!) {\n    dropEnrollment(input: $input) { __typename ... on MutationDropEnrollmentSuccess { data { status version absence { kind } } } ...ErrorFields }\n  }\n"): (typeof documents)["\n  mutation EnrollmentDrop($input: DropEnrollmentInput!) {\n    dropEnrollment(input: $input) { __typename ... on MutationDropEnrollmentSuccess { data { status version absence { kind } } } ...ErrorFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CourseCertType($input: CreateCertificationTypeInput!) {\n    createCertificationType(input: $input) { __typename ... on MutationCreateCertificationTypeSuccess { data { key } } ...ErrorFields }\n  }\n"): (typeof documents)["\n  mutation CourseCertType($input: CreateCertificationTypeInput!) {\n    createCertificationType(input: $input) { __typename ... on MutationCreateCertificationTypeSuccess { data { key } } ...ErrorFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CourseRecordCert($input: RecordCertificationInput!) {\n    recordCertification(input: $input) { __typename ... on MutationRecordCertificationSuccess { data { id } } ...ErrorFields }\n  }\n"): (typeof documents)["\n  mutation CourseRecordCert($input: RecordCertificationInput!) {\n    recordCertification(input: $input) { __typename ... on MutationRecordCertificationSuccess { data { id } } ...ErrorFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CourseRenewal($id: ID!) {\n    node(id: $id) { ... on UserCertification { renewal { required earned education requiredEducation met byCategory { category required earned } } } }\n  }\n"): (typeof documents)["\n  query CourseRenewal($id: ID!) {\n    node(id: $id) { ... on UserCertification { renewal { required earned education requiredEducation met byCategory { category required earned } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoursePersonTraining($id: ID!, $from: Date!, $to: Date!) {\n    node(id: $id) {\n      ... on User {\n        enrollments { status course { key } }\n        absences(from: $from, to: $to) { kind from to }\n        capacity(from: $from, to: $to) { weekStart absenceHours }\n        skills { skill { key } level source history { fromLevel toLevel source } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CoursePersonTraining($id: ID!, $from: Date!, $to: Date!) {\n    node(id: $id) {\n      ... on User {\n        enrollments { status course { key } }\n        absences(from: $from, to: $to) { kind from to }\n        capacity(from: $from, to: $to) { weekStart absenceHours }\n        skills { skill { key } level source history { fromLevel toLevel source } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CourseCatalogue { courses(first: 100) { totalCount edges { node { key format pdus skills { skill { key } level } } } } }\n"): (typeof documents)["\n  query CourseCatalogue { courses(first: 100) { totalCount edges { node { key format pdus skills { skill { key } level } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query CourseMany($first: Int!) { users(first: $first) { edges { node { enrollments { status course { key } } certifications { renewal { earned met } } } } } }\n    "): (typeof documents)["\n      query CourseMany($first: Int!) { users(first: $first) { edges { node { enrollments { status course { key } } certifications { renewal { earned met } } } } } }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MentoringPropose($input: ProposeMentoringInput!) {\n    proposeMentoring(input: $input) {\n      __typename\n      ... on MutationProposeMentoringSuccess { data { id status version startOn endOn mentor { email } mentee { email } focusSkills { key } } }\n      ...ErrorFields\n    }\n  }\n"): (typeof documents)["\n  mutation MentoringPropose($input: ProposeMentoringInput!) {\n    proposeMentoring(input: $input) {\n      __typename\n      ... on MutationProposeMentoringSuccess { data { id status version startOn endOn mentor { email } mentee { email } focusSkills { key } } }\n      ...ErrorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MentoringAccept($input: AcceptMentoringInput!) {\n    acceptMentoring(input: $input) { __typename ... on MutationAcceptMentoringSuccess { data { status version } } ...ErrorFields }\n  }\n"): (typeof documents)["\n  mutation MentoringAccept($input: AcceptMentoringInput!) {\n    acceptMentoring(input: $input) { __typename ... on MutationAcceptMentoringSuccess { data { status version } } ...ErrorFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MentoringEnd($input: EndMentoringInput!) {\n    endMentoring(input: $input) { __typename ... on MutationEndMentoringSuccess { data { status version endOn } } ...ErrorFields }\n  }\n"): (typeof documents)["\n  mutation MentoringEnd($input: EndMentoringInput!) {\n    endMentoring(input: $input) { __typename ... on MutationEndMentoringSuccess { data { status version endOn } } ...ErrorFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MentoringSession($input: RecordMentoringSessionInput!) {\n    recordMentoringSession(input: $input) { __typename ... on MutationRecordMentoringSessionSuccess { data { sessions { heldOn minutes notes recordedBy { email } } } } ...ErrorFields }\n  }\n"): (typeof documents)["\n  mutation MentoringSession($input: RecordMentoringSessionInput!) {\n    recordMentoringSession(input: $input) { __typename ... on MutationRecordMentoringSessionSuccess { data { sessions { heldOn minutes notes recordedBy { email } } } } ...ErrorFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MentoringRead($id: ID!) { node(id: $id) { ... on MentoringRelationship { status viewerReadsNotes sessions { heldOn minutes notes } } } }\n"): (typeof documents)["\n  query MentoringRead($id: ID!) { node(id: $id) { ... on MentoringRelationship { status viewerReadsNotes sessions { heldOn minutes notes } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DevelopmentSetPlan($input: SetDevelopmentPlanInput!) {\n    setDevelopmentPlan(input: $input) {\n      __typename\n      ... on MutationSetDevelopmentPlanSuccess { data { summary version updatedBy { email } goals { skill { key } targetLevel byDate progress { currentLevel progress reached overdue completedCourses mentoring } } } }\n      ...ErrorFields\n    }\n  }\n"): (typeof documents)["\n  mutation DevelopmentSetPlan($input: SetDevelopmentPlanInput!) {\n    setDevelopmentPlan(input: $input) {\n      __typename\n      ... on MutationSetDevelopmentPlanSuccess { data { summary version updatedBy { email } goals { skill { key } targetLevel byDate progress { currentLevel progress reached overdue completedCourses mentoring } } } }\n      ...ErrorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DevelopmentView($id: ID!) {\n    node(id: $id) {\n      ... on User {\n        development {\n          plan { summary goals { skill { key } progress { currentLevel progress reached mentoring } } }\n          enrollments { status course { key } }\n          certifications { type { key } expiring }\n          mentoringAsMentee { mentor { email } status sessions { notes } }\n          mentoringAsMentor { mentee { email } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DevelopmentView($id: ID!) {\n    node(id: $id) {\n      ... on User {\n        development {\n          plan { summary goals { skill { key } progress { currentLevel progress reached mentoring } } }\n          enrollments { status course { key } }\n          certifications { type { key } expiring }\n          mentoringAsMentee { mentor { email } status sessions { notes } }\n          mentoringAsMentor { mentee { email } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query DevelopmentMany($first: Int!) {\n        users(first: $first) { edges { node { development { plan { goals { progress { progress } } } certifications { expiring renewal { met } } enrollments { status } mentoringAsMentee { sessions { notes } } } } } }\n      }\n    "): (typeof documents)["\n      query DevelopmentMany($first: Int!) {\n        users(first: $first) { edges { node { development { plan { goals { progress { progress } } } certifications { expiring renewal { met } } enrollments { status } mentoringAsMentee { sessions { notes } } } } } }\n      }\n    "];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;