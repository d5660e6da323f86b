// Deliverables through real GraphQL (issue 3, §4): typed field updates, submit, approve and
// reject by the roles the template allows (default: the project's manager submits; the
// portfolio's owner or the PMO approves), four-eyes, optimistic concurrency, and the audit event
// and compliance re-evaluation every change brings.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../server/platform/db/generated/prisma/client.js';
import { graphql } from './gql/index.js';
import { backends } from './support/databases.js';
import { startTestServer, type TestServer } from './support/harness.js';
import {
  ApproveDeliverable,
  auditActions,
  CHARTER_FIELDS,
  createProject,
  dataOf,
  deliverableOf,
  EMAILS,
  evaluationRounds,
  gid,
  type Ids,
  loadIds,
  ProjectAudit,
  projectState,
  rawId,
  RejectDeliverable,
  resultOf,
  SubmitDeliverable,
  success,
  TransitionProject,
  UpdateDeliverable,
} from './support/methodology-ops.js';

const AddMember = graphql(`
  mutation DelivAddMember($input: AddProjectMemberInput!) {
    addProjectMember(input: $input) { __typename ... on MutationAddProjectMemberSuccess { data { id } } }
  }
`);

const UpdatePayload = graphql(`
  mutation DelivUpdatePayload($input: UpdateDeliverableInput!) {
    updateDeliverable(input: $input) {
      __typename
      ... on MutationUpdateDeliverableSuccess { data { id missingFields template { key } } }
    }
  }
`);

const DeliverableNode = graphql(`
  query DelivNode($id: ID!) {
    node(id: $id) { id ... on Deliverable { key } }
  }
`);

const CHARTER_REQUIRED = ['businessCase', 'objectives', 'highLevelScope', 'successCriteria', 'sponsor', 'estimatedBudget', 'targetEndDate'];

describe.each(backends())('deliverables on %s', (backend) => {
  let server: TestServer;
  let prisma: PrismaClient;
  let ids: Ids;

  beforeAll(async () => {
    server = await startTestServer(backend);
    prisma = server.runtime.db.prisma;
    ids = await loadIds(prisma);
  });
  afterAll(() => server?.close());

  /** A waterfall project in Digital Transformation (owned by portfolio@), managed by pm@. */
  async function waterfallProject() {
    const project = await createProject(server, {
      portfolioId: ids.digital, managerId: ids.users.pm, sponsorId: ids.users.exec, methodologyKey: 'waterfall', budget: '300000.00',
    });
    const charter = deliverableOf(await projectState(server, EMAILS.pm, project.id), 'charter');
    return { project, charter };
  }
  const update = async (as: string, id: string, version: number, fields: unknown) =>
    dataOf(await server.exec(as, UpdateDeliverable, { input: { id, version, fields } })).updateDeliverable;
  const submit = async (as: string, id: string, version: number) =>
    dataOf(await server.exec(as, SubmitDeliverable, { input: { id, version } })).submitDeliverable;
  const approve = async (as: string, id: string, version: number, note?: string) =>
    dataOf(await server.exec(as, ApproveDeliverable, { input: { id, version, note } })).approveDeliverable;
  const reject = async (as: string, id: string, version: number, note?: string) =>
    dataOf(await server.exec(as, RejectDeliverable, { input: { id, version, note } })).rejectDeliverable;
  const charterOf = async (projectId: string) => deliverableOf(await projectState(server, EMAILS.pm, projectId), 'charter');

  it('updates fields with typed validation, merging them into the values already set', async () => {
    const { project, charter } = await waterfallProject();
    const rounds = await evaluationRounds(server, project.id);

    expect(await update(EMAILS.pm, charter.id, 1, { estimatedBudget: 'lots', targetEndDate: '2026-13-01', objectives: 42, colour: 'red' })).toEqual({
      __typename: 'ValidationError',
      message: 'Invalid input (4 problems)',
      issues: [
        { path: ['input', 'fields', 'estimatedBudget'], message: 'expected a number, got "lots"' },
        { path: ['input', 'fields', 'targetEndDate'], message: 'expected a date "YYYY-MM-DD", got "2026-13-01"' },
        { path: ['input', 'fields', 'objectives'], message: 'expected text, got 42' },
        {
          path: ['input', 'fields', 'colour'],
          message: 'Unknown field "colour" (known: businessCase, objectives, highLevelScope, successCriteria, sponsor, estimatedBudget, targetEndDate, highLevelRisks)',
        },
      ],
    });
    expect(await charterOf(project.id)).toEqual(charter);
    expect(await evaluationRounds(server, project.id)).toBe(rounds);

    const first = success(await update(EMAILS.pm, charter.id, 1, { businessCase: CHARTER_FIELDS.businessCase, objectives: CHARTER_FIELDS.objectives }));
    expect(first).toEqual({
      id: charter.id, status: 'DRAFT', version: 2,
      fields: { businessCase: CHARTER_FIELDS.businessCase, objectives: CHARTER_FIELDS.objectives },
    });
    // A second update merges; null clears a value.
    success(await update(EMAILS.pm, charter.id, 2, { estimatedBudget: 250000, objectives: null }));
    const state = await projectState(server, EMAILS.pm, project.id);
    expect(deliverableOf(state, 'charter')).toMatchObject({
      status: 'DRAFT', version: 3,
      fields: { businessCase: CHARTER_FIELDS.businessCase, objectives: null, estimatedBudget: 250000 },
      missingFields: ['objectives', 'highLevelScope', 'successCriteria', 'sponsor', 'targetEndDate'],
    });
    expect(resultOf(state, 'charter-complete')).toMatchObject({
      passed: false, evidence: { 'deliverables.charter.missingFields': ['objectives', 'highLevelScope', 'successCriteria', 'sponsor', 'targetEndDate'] },
    });
    expect(await evaluationRounds(server, project.id)).toBe(rounds + 2);
    const audit = dataOf(await server.exec(EMAILS.admin, ProjectAudit, { id: project.id })).project!.auditTrail.edges.map((e) => e.node);
    expect(audit[0]).toMatchObject({
      action: 'deliverable.updated', entityType: 'Deliverable', actor: { email: EMAILS.pm },
      before: { status: 'DRAFT', version: 2, fields: { businessCase: CHARTER_FIELDS.businessCase, objectives: CHARTER_FIELDS.objectives } },
      after: { status: 'DRAFT', version: 3, fields: { businessCase: CHARTER_FIELDS.businessCase, objectives: null, estimatedBudget: 250000 } },
    });
  });

  // Like createProject/updateProject: the path names what the client sent, not a made-up key.
  it('refuses field values that are not an object at ["input", "fields"]', async () => {
    const { charter } = await waterfallProject();
    expect(await update(EMAILS.pm, charter.id, 1, ['businessCase'])).toEqual({
      __typename: 'ValidationError', message: 'Invalid input: must be an object of values by key',
      issues: [{ path: ['input', 'fields'], message: 'must be an object of values by key' }],
    });
  });

  it('submit refuses missing required fields, listing every one, and changes nothing', async () => {
    const { project, charter } = await waterfallProject();
    const draft = success(await update(EMAILS.pm, charter.id, 1, { businessCase: CHARTER_FIELDS.businessCase, sponsor: '  ' }));
    const rounds = await evaluationRounds(server, project.id);
    expect(await submit(EMAILS.pm, charter.id, draft.version)).toEqual({
      __typename: 'ValidationError',
      message: 'Invalid input (6 problems)',
      issues: CHARTER_REQUIRED.filter((key) => key !== 'businessCase').map((key) => ({ path: ['fields', key], message: `${key} is required before submitting` })),
    });
    expect(await charterOf(project.id)).toMatchObject({ status: 'DRAFT', version: draft.version, submittedAt: null });
    expect(await evaluationRounds(server, project.id)).toBe(rounds);
  });

  it('only the roles the template allows submit (default: the project manager); submitted, it cannot be edited', async () => {
    const { project, charter } = await waterfallProject();
    const draft = success(await update(EMAILS.owner, charter.id, 1, CHARTER_FIELDS)); // the owner may edit (manages the project)
    for (const as of [EMAILS.owner, EMAILS.admin, EMAILS.pm2, EMAILS.exec, EMAILS.otherOwner]) {
      const refused = await submit(as, charter.id, draft.version);
      expect({ as, type: refused.__typename }).toEqual({ as, type: 'ForbiddenError' });
    }
    expect(await submit(EMAILS.owner, charter.id, draft.version)).toEqual({
      __typename: 'ForbiddenError', message: 'Only PROJECT_MANAGER of this project may submit Project charter',
    });
    const rounds = await evaluationRounds(server, project.id);
    const submitted = success(await submit(EMAILS.pm, charter.id, draft.version));
    expect(submitted).toMatchObject({ status: 'SUBMITTED', version: draft.version + 1 });
    expect(submitted.submittedAt).not.toBeNull();
    expect(await evaluationRounds(server, project.id)).toBe(rounds + 1);
    expect(resultOf(await projectState(server, EMAILS.pm, project.id), 'charter-approved')).toMatchObject({
      passed: false, evidence: { 'deliverables.charter.status': 'SUBMITTED' },
    });
    expect(await update(EMAILS.pm, charter.id, submitted.version, { highLevelRisks: 'Vendor lock-in' })).toEqual({
      __typename: 'ValidationError', message: 'Invalid input: The deliverable is submitted: it cannot be edited',
      issues: [{ path: ['input', 'id'], message: 'The deliverable is submitted: it cannot be edited' }],
    });
    expect(await auditActions(server, project.id)).toEqual(['project.created', 'deliverable.updated', 'deliverable.submitted']);
  });

  it("approval by the portfolio's owner or the PMO only; approved, the rule passes", async () => {
    const { project, charter } = await waterfallProject();
    const draft = success(await update(EMAILS.pm, charter.id, 1, CHARTER_FIELDS));
    const submitted = success(await submit(EMAILS.pm, charter.id, draft.version));
    for (const as of [EMAILS.pm, EMAILS.pm2, EMAILS.otherOwner, EMAILS.exec, EMAILS.member]) {
      const refused = await approve(as, charter.id, submitted.version);
      expect({ as, type: refused.__typename }).toEqual({ as, type: 'ForbiddenError' });
    }
    expect(await approve(EMAILS.otherOwner, charter.id, submitted.version)).toEqual({
      __typename: 'ForbiddenError', message: 'Only PORTFOLIO_MANAGER, PMO_ADMIN of this project may approve or reject Project charter',
    });
    const approved = success(await approve(EMAILS.owner, charter.id, submitted.version, 'Good to go'));
    expect(approved).toMatchObject({ status: 'APPROVED', version: submitted.version + 1, decisionNote: 'Good to go' });
    expect(approved.decidedAt).not.toBeNull();
    const state = await projectState(server, EMAILS.pm, project.id);
    expect(resultOf(state, 'charter-approved')).toMatchObject({ passed: true, evidence: { 'deliverables.charter.status': 'APPROVED' } });
    expect(resultOf(state, 'charter-complete')).toMatchObject({ passed: true, evidence: { 'deliverables.charter.missingFields': [] } });
    expect(await approve(EMAILS.admin, charter.id, approved.version)).toEqual({
      __typename: 'ValidationError', message: 'Invalid input: Only a submitted deliverable can be approved',
      issues: [{ path: ['input', 'id'], message: 'Only a submitted deliverable can be approved' }],
    });
    expect(await update(EMAILS.pm, charter.id, approved.version, { highLevelRisks: 'None' })).toMatchObject({
      __typename: 'ValidationError', issues: [{ path: ['input', 'id'], message: 'The deliverable is approved: it cannot be edited' }],
    });
    const audit = dataOf(await server.exec(EMAILS.admin, ProjectAudit, { id: project.id })).project!.auditTrail.edges.map((e) => e.node);
    expect(audit[0]).toMatchObject({
      action: 'deliverable.approved', entityType: 'Deliverable', actor: { email: EMAILS.owner },
      before: { status: 'SUBMITTED' }, after: { status: 'APPROVED', decisionNote: 'Good to go' },
    });

    // The PMO admin approves too (on another project).
    const other = await waterfallProject();
    const otherDraft = success(await update(EMAILS.pm, other.charter.id, 1, CHARTER_FIELDS));
    const otherSubmitted = success(await submit(EMAILS.pm, other.charter.id, otherDraft.version));
    expect(success(await approve(EMAILS.admin, other.charter.id, otherSubmitted.version))).toMatchObject({ status: 'APPROVED' });
  });

  it('four-eyes: whoever submitted cannot decide, even when the template lets them approve', async () => {
    // Agile templates let the project manager and team members submit, and the manager approve.
    const project = await createProject(server, { portfolioId: ids.digital, managerId: ids.users.pm, methodologyKey: 'agile' });
    expect(dataOf(await server.exec(EMAILS.pm, AddMember, { input: { projectId: project.id, userId: ids.users.member, projectRole: 'Developer' } })).addProjectMember.__typename)
      .toBe('MutationAddProjectMemberSuccess');
    const state = await projectState(server, EMAILS.pm, project.id);
    const backlog = deliverableOf(state, 'product-backlog');
    const done = deliverableOf(state, 'definition-of-done');

    const backlogFields = { productGoal: 'Self-service ordering', itemCount: 40, readyItemCount: 8, estimatedPoints: 120, lastRefinedOn: '2026-05-04' };
    const backlogDraft = success(await update(EMAILS.pm, backlog.id, 1, backlogFields));
    const backlogSubmitted = success(await submit(EMAILS.pm, backlog.id, backlogDraft.version));
    expect(await approve(EMAILS.pm, backlog.id, backlogSubmitted.version)).toEqual({
      __typename: 'ForbiddenError', message: 'You submitted this deliverable: someone else must decide',
    });
    expect(await reject(EMAILS.pm, backlog.id, backlogSubmitted.version, 'Second thoughts')).toEqual({
      __typename: 'ForbiddenError', message: 'You submitted this deliverable: someone else must decide',
    });
    expect(success(await approve(EMAILS.owner, backlog.id, backlogSubmitted.version))).toMatchObject({ status: 'APPROVED' });

    // A team member of the project edits and submits; the manager then approves.
    const doneFields = { criteria: 'Reviewed, tested, deployed to staging', codeReviewRequired: true, automatedTestsRequired: true, agreedOn: '2026-05-06' };
    const doneDraft = success(await update(EMAILS.member, done.id, 1, doneFields));
    const doneSubmitted = success(await submit(EMAILS.member, done.id, doneDraft.version));
    expect(success(await approve(EMAILS.pm, done.id, doneSubmitted.version))).toMatchObject({ status: 'APPROVED' });
    const after = await projectState(server, EMAILS.pm, project.id);
    expect(resultOf(after, 'definition-of-done-agreed')).toMatchObject({ passed: true, evidence: { 'deliverables.definition-of-done.status': 'APPROVED' } });
    expect(resultOf(after, 'backlog-ready')).toMatchObject({
      passed: true, evidence: { 'deliverables.product-backlog.missingFields': [], 'deliverables.product-backlog.fields.readyItemCount': 8 },
    });
  });

  it('reject needs a note; a rejected deliverable is reworked and submitted again', async () => {
    const { project, charter } = await waterfallProject();
    const draft = success(await update(EMAILS.pm, charter.id, 1, CHARTER_FIELDS));
    const submitted = success(await submit(EMAILS.pm, charter.id, draft.version));
    for (const note of [undefined, '   ']) {
      expect(await reject(EMAILS.owner, charter.id, submitted.version, note)).toEqual({
        __typename: 'ValidationError', message: 'Invalid input: Say why the deliverable is rejected',
        issues: [{ path: ['input', 'note'], message: 'Say why the deliverable is rejected' }],
      });
    }
    expect(await reject(EMAILS.pm, charter.id, submitted.version, 'Not mine to decide')).toMatchObject({ __typename: 'ForbiddenError' });
    expect(await charterOf(project.id)).toMatchObject({ status: 'SUBMITTED', version: submitted.version, decisionNote: null });

    const rounds = await evaluationRounds(server, project.id);
    const rejected = success(await reject(EMAILS.admin, charter.id, submitted.version, 'The success criteria are not measurable'));
    expect(await evaluationRounds(server, project.id)).toBe(rounds + 1);
    expect(rejected).toMatchObject({ status: 'REJECTED', version: submitted.version + 1, decisionNote: 'The success criteria are not measurable' });
    expect(resultOf(await projectState(server, EMAILS.pm, project.id), 'charter-approved')).toMatchObject({
      passed: false, evidence: { 'deliverables.charter.status': 'REJECTED' },
    });

    const reworked = success(await update(EMAILS.pm, charter.id, rejected.version, { successCriteria: '95% of orders on the new platform by 2027-06-30' }));
    expect(reworked).toMatchObject({ status: 'DRAFT', version: rejected.version + 1 });
    const resubmitted = success(await submit(EMAILS.pm, charter.id, reworked.version));
    expect(success(await approve(EMAILS.owner, charter.id, resubmitted.version))).toMatchObject({ status: 'APPROVED' });
    expect(await evaluationRounds(server, project.id)).toBe(rounds + 4); // reject, update, submit, approve
    expect(await auditActions(server, project.id)).toEqual([
      'project.created', 'deliverable.updated', 'deliverable.submitted', 'deliverable.rejected',
      'deliverable.updated', 'deliverable.submitted', 'deliverable.approved',
    ]);
  });

  it('a stale version gives ConflictError with the current version, and changes nothing', async () => {
    const { project, charter } = await waterfallProject();
    const draft = success(await update(EMAILS.pm, charter.id, 1, CHARTER_FIELDS));
    const conflict = { __typename: 'ConflictError', currentVersion: 2, message: 'The deliverable was changed by someone else (now at version 2): reload it and try again' };
    expect(await update(EMAILS.pm, charter.id, 1, { highLevelRisks: 'Late data migration' })).toEqual(conflict);
    expect(await submit(EMAILS.pm, charter.id, 1)).toEqual(conflict);
    const submitted = success(await submit(EMAILS.pm, charter.id, draft.version));
    const stale = { ...conflict, currentVersion: 3, message: 'The deliverable was changed by someone else (now at version 3): reload it and try again' };
    expect(await approve(EMAILS.owner, charter.id, 2)).toEqual(stale);
    expect(await reject(EMAILS.owner, charter.id, 2, 'Stale')).toEqual(stale);
    expect(await charterOf(project.id)).toMatchObject({ status: 'SUBMITTED', version: submitted.version, fields: CHARTER_FIELDS });
    expect(await auditActions(server, project.id)).toEqual(['project.created', 'deliverable.updated', 'deliverable.submitted']);
  });

  it("a closed project's deliverables can no longer change", async () => {
    const { project, charter } = await waterfallProject();
    success(dataOf(await server.exec(EMAILS.owner, TransitionProject, { input: { id: project.id, status: 'CANCELLED', reason: 'Merged into CRM-2026' } })).transitionProject);
    expect(await update(EMAILS.pm, charter.id, 1, CHARTER_FIELDS)).toEqual({
      __typename: 'ValidationError', message: 'Invalid input: The project is closed: its deliverables can no longer change',
      issues: [{ path: ['input', 'id'], message: 'The project is closed: its deliverables can no longer change' }],
    });
  });

  // missingFields and template read the project's methodology, which the use case does not load:
  // the mutation payload must resolve them as a query would.
  it('resolves missingFields and template in the updateDeliverable payload', async () => {
    const { charter } = await waterfallProject();
    const result = await server.exec(EMAILS.pm, UpdatePayload, { input: { id: charter.id, version: 1, fields: { businessCase: 'Why' } } });
    expect(result.errors).toBeUndefined();
    expect(result.data?.updateDeliverable).toEqual({
      __typename: 'MutationUpdateDeliverableSuccess',
      data: { id: charter.id, missingFields: CHARTER_REQUIRED.slice(1), template: { key: 'charter' } },
    });
  });

  // missingFields ("must be empty to submit") must agree with submit and the facts: a blank
  // string is no value.
  it('missingFields lists blank required values, exactly as submit does', async () => {
    const { project, charter } = await waterfallProject();
    success(await update(EMAILS.pm, charter.id, 1, { ...CHARTER_FIELDS, sponsor: '   ' }));
    const state = await projectState(server, EMAILS.pm, project.id);
    expect(resultOf(state, 'charter-complete')).toMatchObject({ evidence: { 'deliverables.charter.missingFields': ['sponsor'] } });
    expect(deliverableOf(state, 'charter').missingFields).toEqual(['sponsor']);
    expect(await submit(EMAILS.pm, charter.id, 2)).toEqual({
      __typename: 'ValidationError', message: 'Invalid input: sponsor is required before submitting',
      issues: [{ path: ['fields', 'sponsor'], message: 'sponsor is required before submitting' }],
    });
  });

  // Like a hidden project, a record of one is null without an error: ids cannot be probed.
  it('node(id) of a deliverable on a project the viewer cannot read is null, without an error', async () => {
    const { charter } = await waterfallProject();
    const result = await server.exec(EMAILS.member, DeliverableNode, { id: charter.id });
    expect(result).toEqual({ data: { node: null } });
  });

  it('node(id) of a rule evaluation on a project the viewer cannot read is null, without an error', async () => {
    const { project } = await waterfallProject();
    const evaluation = await prisma.ruleEvaluation.findFirstOrThrow({ where: { projectId: rawId(project.id) } });
    const result = await server.exec(EMAILS.member, DeliverableNode, { id: gid('RuleEvaluation', evaluation.id) });
    expect(result).toEqual({ data: { node: null } });
  });
});
