// Every global ID a client sends must name the type it stands for: the ID of a user where a
// portfolio is expected is a ValidationError naming the argument, not a lookup that finds
// nothing. The cases are generated from the schema: every ID argument and every ID field of an
// input (filters, mutation inputs) of a root query or mutation is sent once with the ID of
// another type. A new ID field fails the first test until EXPECTED says what it must name.
import { encodeGlobalID } from '@pothos/plugin-relay';
import {
  getNamedType,
  isObjectType,
  getNullableType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  isUnionType,
  parse,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSchema } from '../../schema/index.js';
import { backends } from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/harness.js';

/** What each ID names, by `Type.field` of inputs and `Query.field(arg)` / `Mutation.field(arg)` of arguments. */
const EXPECTED: Record<string, string> = {
  'Query.portfolio(id)': 'Portfolio',
  'Query.project(id)': 'Project',
  'Query.topRisks(portfolioId)': 'Portfolio',
  'Query.riskMatrix(portfolioId)': 'Portfolio',
  'Query.riskMatrix(projectId)': 'Project',
  'ProjectFilter.portfolioId': 'Portfolio',
  'ProjectFilter.managerId': 'User',
  'PortfolioFilter.ownerId': 'User',
  'ObjectiveFilter.portfolioId': 'Portfolio',
  'RiskFilter.portfolioId': 'Portfolio',
  'RiskFilter.projectId': 'Project',
  'RiskFilter.ownerId': 'User',
  'RiskAlertFilter.portfolioId': 'Portfolio',
  'RiskAlertFilter.projectId': 'Project',
  'CreatePortfolioInput.ownerId': 'User',
  'UpdatePortfolioInput.id': 'Portfolio',
  'UpdatePortfolioInput.ownerId': 'User',
  'CreateObjectiveInput.portfolioId': 'Portfolio',
  'UpdateObjectiveInput.id': 'StrategicObjective',
  'UpdateObjectiveInput.portfolioId': 'Portfolio',
  'CreateProjectInput.portfolioId': 'Portfolio',
  'CreateProjectInput.managerId': 'User',
  'CreateProjectInput.sponsorId': 'User',
  'UpdateProjectInput.id': 'Project',
  'UpdateProjectInput.managerId': 'User',
  'UpdateProjectInput.sponsorId': 'User',
  'UpdateProjectInput.portfolioId': 'Portfolio',
  'TransitionProjectInput.id': 'Project',
  'AddProjectMemberInput.projectId': 'Project',
  'AddProjectMemberInput.userId': 'User',
  'RemoveProjectMemberInput.projectId': 'Project',
  'RemoveProjectMemberInput.userId': 'User',
  'AlignProjectInput.projectId': 'Project',
  'AlignProjectInput.objectiveId': 'StrategicObjective',
  'UpdateDeliverableInput.id': 'Deliverable',
  'DeliverableActionInput.id': 'Deliverable',
  'AdvancePhaseInput.projectId': 'Project',
  'WaiveRuleInput.projectId': 'Project',
  'EvaluateComplianceInput.projectId': 'Project',
  'CreateRiskInput.projectId': 'Project',
  'CreateRiskInput.ownerId': 'User',
  'UpdateRiskInput.id': 'Risk',
  'UpdateRiskInput.ownerId': 'User',
  'EndRiskInput.id': 'Risk',
  'AcknowledgeRiskAlertInput.id': 'RiskAlert',
  'CreateTaskInput.projectId': 'Project',
  'CreateTaskInput.parentId': 'Task',
  'CreateTaskInput.assigneeId': 'User',
  'UpdateTaskInput.id': 'Task',
  'UpdateTaskInput.parentId': 'Task',
  'UpdateTaskInput.assigneeId': 'User',
  'DeleteTaskInput.id': 'Task',
  'AddTaskDependencyInput.predecessorId': 'Task',
  'AddTaskDependencyInput.successorId': 'Task',
  'RemoveTaskDependencyInput.id': 'TaskDependency',
  'ImportScheduleInput.projectId': 'Project',
  'UpdateProjectCalendarInput.projectId': 'Project',
  'ReportTaskProgressInput.taskId': 'Task',
  'CaptureBaselineInput.projectId': 'Project',
  'CreateAbsenceInput.userId': 'User',
  'UpdateAbsenceInput.id': 'Absence',
  'DeleteAbsenceInput.id': 'Absence',
  'CapacityHeatmapInput.portfolioId': 'Portfolio',
  'SkillGapsInput.portfolioId': 'Portfolio',
  'Query.candidatesForDemand(demandId)': 'ResourceDemand',
  'CapacityHeatmapInput.userIds': 'User',
  'Query.resourceDemands(portfolioId)': 'Portfolio',
  'AuditEventFilter.actor': 'User',
  'AuditEventFilter.projectId': 'Project',
  'AuditEventFilter.portfolioId': 'Portfolio',
  'AllocateFromScheduleInput.projectId': 'Project',
  'LevelResourcesInput.projectId': 'Project',
  'ScoreProjectInput.projectId': 'Project',
  'AddProjectDependencyInput.projectId': 'Project',
  'AddProjectDependencyInput.needsProjectId': 'Project',
  'RemoveProjectDependencyInput.id': 'ProjectDependency',
  'CreateChangeRequestInput.projectId': 'Project',
  'UpdateChangeRequestInput.id': 'ChangeRequest',
  'ChangeRequestActionInput.id': 'ChangeRequest',
  'RejectChangeRequestInput.id': 'ChangeRequest',
  'RecordDecisionInput.projectId': 'Project',
  'RecordDecisionInput.portfolioId': 'Portfolio',
  'RecordDecisionInput.changeRequestIds': 'ChangeRequest',
  'RecordDecisionInput.phaseIds': 'ProjectPhase',
  'RecordDecisionInput.scenarioIds': 'PortfolioScenario',
  'UpdatePolicyInput.id': 'Policy',
  'SetPolicyEnabledInput.id': 'Policy',
  'OptimizePortfolioInput.portfolioId': 'Portfolio',
  'OptimizePortfolioInput.mustInclude': 'Project',
  'OptimizePortfolioInput.mustExclude': 'Project',
  'OptimizePortfolioInput.exclusiveGroups': 'Project',
  'EfficientFrontierInput.portfolioId': 'Portfolio',
  'EfficientFrontierInput.mustInclude': 'Project',
  'EfficientFrontierInput.mustExclude': 'Project',
  'EfficientFrontierInput.exclusiveGroups': 'Project',
  'CreatePortfolioScenarioInput.portfolioId': 'Portfolio',
  'UpdatePortfolioScenarioInput.id': 'PortfolioScenario',
  'CommitScenarioInput.id': 'PortfolioScenario',
  'Query.compareScenarios(ids)': 'PortfolioScenario',
  'CreateAllocationInput.userId': 'User',
  'CreateAllocationInput.projectId': 'Project',
  'CreateAllocationInput.taskId': 'Task',
  'CreateAllocationInput.demandId': 'ResourceDemand',
  'UpdateAllocationInput.id': 'Allocation',
  'UpdateAllocationInput.taskId': 'Task',
  'UpdateAllocationInput.demandId': 'ResourceDemand',
  'DeleteAllocationInput.id': 'Allocation',
  'ConfirmAllocationInput.id': 'Allocation',
  'DeclineAllocationInput.id': 'Allocation',
  'CreateResourceDemandInput.projectId': 'Project',
  'CreateResourceDemandInput.taskId': 'Task',
  'UpdateResourceDemandInput.id': 'ResourceDemand',
  'UpdateResourceDemandInput.taskId': 'Task',
  'DeleteResourceDemandInput.id': 'ResourceDemand',
  'UpdateUserInput.id': 'User',
  'DeactivateUserInput.id': 'User',
  'UpdateSkillInput.id': 'Skill',
  'SetUserSkillInput.userId': 'User',
  'ConfirmUserSkillInput.id': 'UserSkill',
  'RecordForecastInput.projectId': 'Project',
  'SetCurrentBaselineInput.baselineId': 'ScheduleBaseline',
  'CreateIterationInput.projectId': 'Project',
  'UpdateIterationInput.id': 'Iteration',
  'CloseIterationInput.id': 'Iteration',
  'SubmitStatusReportInput.projectId': 'Project',
  'UpdateCertificationTypeInput.id': 'CertificationType',
  'RecordCertificationInput.userId': 'User',
  'VerifyCertificationInput.id': 'UserCertification',
  'DeleteCertificationInput.id': 'UserCertification',
  'UpdateCourseInput.id': 'Course',
  'RequestEnrollmentInput.userId': 'User',
  'ApproveEnrollmentInput.id': 'Enrollment',
  'StartEnrollmentInput.id': 'Enrollment',
  'CompleteEnrollmentInput.id': 'Enrollment',
  'DropEnrollmentInput.id': 'Enrollment',
  'ProposeMentoringInput.mentorId': 'User',
  'ProposeMentoringInput.menteeId': 'User',
  'AcceptMentoringInput.id': 'MentoringRelationship',
  'EndMentoringInput.id': 'MentoringRelationship',
  'RecordMentoringSessionInput.mentoringId': 'MentoringRelationship',
  'SetDevelopmentPlanInput.userId': 'User',
};

/** IDs that are not global IDs of one type: node/nodes take any node; a waiver id is a plain uuid. */
const NOT_TYPED = new Set(['Query.node(id)', 'Query.nodes(ids)', 'RevokeWaiverInput.waiverId']);

/** Values that pass the inputs' own rules, so that only the ID under test is wrong. */
const VALUES: Record<string, unknown> = { code: 'GID-TEST', reason: 'A reason long enough to pass', ruleKey: 'some-rule', manifest: {} };

const uuid = '00000000-0000-4000-8000-000000000000';
const idOf = (typename: string) => encodeGlobalID(typename, uuid);
const otherThan = (typename: string) => (typename === 'User' ? 'Project' : 'User');

interface Case {
  /** The EXPECTED key. */
  key: string;
  operation: 'query' | 'mutation';
  field: GraphQLField<unknown, unknown>;
  /** The argument carrying the ID (directly, or in one of its input fields). */
  arg: GraphQLArgument;
  /** The input field carrying the ID, when it is inside an input object. */
  inputField?: string;
}

/** The ID arguments and input fields reachable from the root fields' arguments (one level deep, as the API has them). */
function idCases(): Case[] {
  const schema = buildSchema();
  const cases: Case[] = [];
  for (const operation of ['query', 'mutation'] as const) {
    const root = operation === 'query' ? schema.getQueryType()! : schema.getMutationType()!;
    for (const field of Object.values(root.getFields())) {
      for (const arg of field.args) {
        const named = getNamedType(arg.type);
        if (isScalarType(named) && named.name === 'ID') cases.push({ key: `${root.name}.${field.name}(${arg.name})`, operation, field, arg });
        if (!isInputObjectType(named)) continue;
        for (const inputField of Object.values(named.getFields())) {
          const inner = getNamedType(inputField.type);
          if (isScalarType(inner) && inner.name === 'ID') {
            cases.push({ key: `${named.name}.${inputField.name}`, operation, field, arg, inputField: inputField.name });
          }
        }
      }
    }
  }
  return cases;
}

/** A value of `type` that passes GraphQL's and the inputs' rules; IDs name what EXPECTED says. */
function valueOf(type: GraphQLInputType, name: string, owner: string): unknown {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return [valueOf(nullable.ofType, name, owner)];
  if (isEnumType(nullable)) return nullable.getValues()[0]!.value;
  if (isInputObjectType(nullable)) {
    const fields = Object.values(nullable.getFields()).filter((field) => isNonNullType(field.type));
    return Object.fromEntries(fields.map((field) => [field.name, valueOf(field.type, field.name, nullable.name)]));
  }
  if (name in VALUES) return VALUES[name];
  switch (getNamedType(type).name) {
    case 'ID':
      return idOf(EXPECTED[`${owner}.${name}`] ?? 'User');
    case 'Int':
    case 'Float':
      return 1;
    case 'Boolean':
      return true;
    case 'Decimal':
      return '1.00';
    case 'Date':
      return '2027-01-01';
    case 'DateTime':
      return '2027-01-01T00:00:00Z';
    case 'JSON':
      return {};
    default:
      return 'x';
  }
}

/** Mutations, and queries that answer a union with ValidationError (optimizePortfolio), give typed errors. */
const typedErrors = (test: Case) => {
  const returned = getNamedType(test.field.type);
  return test.operation === 'mutation' || (isUnionType(returned) && returned.getTypes().some((type) => type.name === 'ValidationError'));
};

/** The document and variables of one case: every required argument filled, the ID under test of the wrong type. */
function request(test: Case, wrong: string) {
  const owner = test.operation === 'query' ? 'Query' : 'Mutation';
  const args = test.field.args.filter((arg) => isNonNullType(arg.type) || arg === test.arg);
  const variables = Object.fromEntries(
    args.map((arg) => {
      if (arg === test.arg && !test.inputField) return [arg.name, wrong];
      const value = valueOf(arg.type, arg.name, `${owner}.${test.field.name}`) as Record<string, unknown>;
      return [arg.name, arg === test.arg ? { ...(value ?? {}), [test.inputField!]: wrong } : value];
    }),
  );
  const declared = args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
  const passed = args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const returned = getNamedType(test.field.type);
  // (A connection selecting only __typename is not resolved at all: ask for an edge.)
  const selection =
    typedErrors(test)
      ? '{ __typename ... on ValidationError { issues { path message } } }'
      : returned.name.endsWith('Connection')
        ? '{ edges { cursor } }'
        : '{ __typename }';
  const leaf = isScalarType(returned) || isEnumType(returned);
  return {
    document: parse(`${test.operation} Case(${declared}) { ${test.field.name}(${passed}) ${leaf ? '' : selection} }`),
    variables,
  };
}

describe('global IDs name their type', () => {
  const cases = idCases();

  it('every ID argument and input field of the schema is listed with the type it names', () => {
    const found = cases.map((test) => test.key).filter((key) => !NOT_TYPED.has(key));
    expect([...new Set(found)].sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  describe.each(backends())('on %s', (backend) => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer(backend);
    });
    afterAll(async () => server?.close());

    const typed = cases.filter((test) => !NOT_TYPED.has(test.key));
    it.each(typed.map((test) => [test.key, test] as const))('%s refuses the ID of another type', async (_key, test) => {
      const expected = EXPECTED[test.key]!;
      const wrong = idOf(otherThan(expected));
      const { document, variables } = request(test, wrong);
      const result = await server.exec('admin@pmo.local', document as never, variables as never);
      const path = test.inputField ? [test.arg.name, test.inputField] : [test.arg.name];
      const issue = { path, message: `Expected the ID of a ${expected}` };
      if (typedErrors(test)) {
        expect(result.errors).toBeUndefined();
        // A list of IDs names the item too: ['input', 'mustInclude', '0'].
        const answer = (result.data as Record<string, { issues?: { path: string[] }[] }>)[test.field.name]!;
        const issues = answer.issues?.map((one) => ({ ...one, path: one.path.filter((part, k) => k < path.length || !/^\d+$/.test(part)) }));
        expect({ ...answer, issues }).toEqual({ __typename: 'ValidationError', issues: [issue] });
      } else {
        expect(result.errors).toMatchObject([{ message: `Invalid input: ${issue.message}`, extensions: { code: 'BAD_USER_INPUT' } }]);
      }
    });
  });

  describe.each(backends())('node and nodes on %s', (backend) => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer(backend);
    });
    afterAll(async () => server?.close());

    // Every type that implements Node: a well-formed ID of a record that does not exist (never
    // made, or deleted since) is null, alone and beside one that exists, never an error.
    const schema = buildSchema();
    const nodeTypes = Object.values(schema.getTypeMap())
      .filter((type) => isObjectType(type) && type.getInterfaces().some((iface) => iface.name === 'Node'))
      .map((type) => type.name);
    it('covers every Node type', () => expect(nodeTypes.length).toBeGreaterThanOrEqual(13));
    it.each(nodeTypes)('%s: the ID of a missing record is null', async (typename) => {
      const missing = idOf(typename);
      const viewer = await server.exec('admin@pmo.local', parse('query { viewer { id } }') as never, {} as never);
      const existing = (viewer.data as { viewer: { id: string } }).viewer.id;
      const single = await server.exec('admin@pmo.local', parse('query Missing($id: ID!) { node(id: $id) { id } }') as never, { id: missing } as never);
      expect(single).toEqual({ data: { node: null } });
      const many = await server.exec('admin@pmo.local', parse('query Missing($ids: [ID!]!) { nodes(ids: $ids) { id } }') as never, { ids: [missing, existing] } as never);
      expect(many).toEqual({ data: { nodes: [null, { id: existing }] } });
    });
  });
});
