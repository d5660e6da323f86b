// Deliverables through real GraphQL: typed field updates, submit, approve and
// reject by the roles the template allows (default: the project's manager submits; the
// portfolio's owner or the PMO approves), four-eyes, optimistic concurrency, and the audit event
// and compliance re-evaluation every change brings.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../../server/platform/db/generated/prisma/client.js';
import { graphql } from '../gql/index.js';
import { backends } from '../support/databases.js';
import type { TestServer } from '../support/harness.js';
import { gid } from '../support/ids.js';
import { dataOf, success } from '../support/results.js';
import { type Handle, PEOPLE, type Scenario, startScenario } from '../support/scenarios/index.js';
import { ApproveDeliverable, CHARTER_FIELDS, deliverableOf, ProjectAudit, resultOf, SubmitDeliverable, UpdateDeliverable } from '../support/scenarios/methodology.js';
import { RejectDeliverable } from './operations.js';

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
  let seed: Scenario;

  beforeAll(async () => {
    ({ server, prisma, seed } = await startScenario(backend, { label: 'Deliverables' }));
  });
  afterAll(() => server?.close());

  /** A waterfall project in Digital Transformation (owned by portfolio@), managed by pm@. */
  async function waterfallProject() {
    const project = await seed.projects.create({
      portfolio: seed.portfolio.digital, manager: 'manager', sponsor: 'executive', methodologyKey: 'waterfall', budget: '300000.00',
    });
    const charter = deliverableOf(await seed.methodology.state(project, 'manager'), 'charter');
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
  const charterOf = async (project: Handle) => deliverableOf(await seed.methodology.state(project, 'manager'), 'charter');

  it('updates fields with typed validation, merging them into the values already set', async () => {
    const { project, charter } = await waterfallProject();
    const rounds = await seed.methodology.evaluationRounds(project);

    expect(await update(PEOPLE.manager, charter.id, 1, { estimatedBudget: 'lots', targetEndDate: '2026-13-01', objectives: 42, colour: 'red' })).toEqual({
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
    expect(await charterOf(project)).toEqual(charter);
    expect(await seed.methodology.evaluationRounds(project)).toBe(rounds);

    const first = success(await update(PEOPLE.manager, charter.id, 1, { businessCase: CHARTER_FIELDS.businessCase, objectives: CHARTER_FIELDS.objectives }));
    expect(first).toEqual({
      id: charter.id, status: 'DRAFT', version: 2,
      fields: { businessCase: CHARTER_FIELDS.businessCase, objectives: CHARTER_FIELDS.objectives },
    });
    // A second update merges; null clears a value.
    success(await update(PEOPLE.manager, charter.id, 2, { estimatedBudget: 250000, objectives: null }));
    const state = await seed.methodology.state(project, 'manager');
    expect(deliverableOf(state, 'charter')).toMatchObject({
      status: 'DRAFT', version: 3,
      fields: { businessCase: CHARTER_FIELDS.businessCase, objectives: null, estimatedBudget: 250000 },
      missingFields: ['objectives', 'highLevelScope', 'successCriteria', 'sponsor', 'targetEndDate'],
    });
    expect(resultOf(state, 'charter-complete')).toMatchObject({
      passed: false, evidence: { 'deliverables.charter.missingFields': ['objectives', 'highLevelScope', 'successCriteria', 'sponsor', 'targetEndDate'] },
    });
    expect(await seed.methodology.evaluationRounds(project)).toBe(rounds + 2);
    const audit = dataOf(await server.exec(PEOPLE.admin, ProjectAudit, { id: project.gid })).project!.auditTrail.edges.map((e) => e.node);
    expect(audit[0]).toMatchObject({
      action: 'deliverable.updated', entityType: 'Deliverable', actor: { email: PEOPLE.manager },
      before: { status: 'DRAFT', version: 2, fields: { businessCase: CHARTER_FIELDS.businessCase, objectives: CHARTER_FIELDS.objectives } },
      after: { status: 'DRAFT', version: 3, fields: { businessCase: CHARTER_FIELDS.businessCase, objectives: null, estimatedBudget: 250000 } },
    });
  });

  // Like createProject/updateProject: the path names what the client sent, not a made-up key.
  it('refuses field values that are not an object at ["input", "fields"]', async () => {
    const { charter } = await waterfallProject();
    expect(await update(PEOPLE.manager, charter.id, 1, ['businessCase'])).toEqual({
      __typename: 'ValidationError', message: 'Invalid input: must be an object of values by key',
      issues: [{ path: ['input', 'fields'], message: 'must be an object of values by key' }],
    });
  });

  it('submit refuses missing required fields, listing every one, and changes nothing', async () => {
    const { project, charter } = await waterfallProject();
    const draft = success(await update(PEOPLE.manager, charter.id, 1, { businessCase: CHARTER_FIELDS.businessCase, sponsor: '  ' }));
    const rounds = await seed.methodology.evaluationRounds(project);
    expect(await submit(PEOPLE.manager, charter.id, draft.version)).toEqual({
      __typename: 'ValidationError',
      message: 'Invalid input (6 problems)',
      issues: CHARTER_REQUIRED.filter((key) => key !== 'businessCase').map((key) => ({ path: ['fields', key], message: `${key} is required before submitting` })),
    });
    expect(await charterOf(project)).toMatchObject({ status: 'DRAFT', version: draft.version, submittedAt: null });
    expect(await seed.methodology.evaluationRounds(project)).toBe(rounds);
  });

  it('only the roles the template allows submit (default: the project manager); submitted, it cannot be edited', async () => {
    const { project, charter } = await waterfallProject();
    const draft = success(await update(PEOPLE.owner, charter.id, 1, CHARTER_FIELDS)); // the owner may edit (manages the project)
    for (const as of [PEOPLE.owner, PEOPLE.admin, PEOPLE.otherManager, PEOPLE.executive, PEOPLE.otherOwner]) {
      const refused = await submit(as, charter.id, draft.version);
      expect({ as, type: refused.__typename }).toEqual({ as, type: 'ForbiddenError' });
    }
    expect(await submit(PEOPLE.owner, charter.id, draft.version)).toEqual({
      __typename: 'ForbiddenError', message: 'Only PROJECT_MANAGER of this project may submit Project charter',
    });
    const rounds = await seed.methodology.evaluationRounds(project);
    const submitted = success(await submit(PEOPLE.manager, charter.id, draft.version));
    expect(submitted).toMatchObject({ status: 'SUBMITTED', version: draft.version + 1 });
    expect(submitted.submittedAt).not.toBeNull();
    expect(await seed.methodology.evaluationRounds(project)).toBe(rounds + 1);
    expect(resultOf(await seed.methodology.state(project, 'manager'), 'charter-approved')).toMatchObject({
      passed: false, evidence: { 'deliverables.charter.status': 'SUBMITTED' },
    });
    expect(await update(PEOPLE.manager, charter.id, submitted.version, { highLevelRisks: 'Vendor lock-in' })).toEqual({
      __typename: 'ValidationError', message: 'Invalid input: The deliverable is submitted: it cannot be edited',
      issues: [{ path: ['input', 'id'], message: 'The deliverable is submitted: it cannot be edited' }],
    });
    expect(await seed.methodology.auditActions(project)).toEqual(['project.created', 'deliverable.updated', 'deliverable.submitted']);
  });

  it("approval by the portfolio's owner or the PMO only; approved, the rule passes", async () => {
    const { project, charter } = await waterfallProject();
    const draft = success(await update(PEOPLE.manager, charter.id, 1, CHARTER_FIELDS));
    const submitted = success(await submit(PEOPLE.manager, charter.id, draft.version));
    for (const as of [PEOPLE.manager, PEOPLE.otherManager, PEOPLE.otherOwner, PEOPLE.executive, PEOPLE.member]) {
      const refused = await approve(as, charter.id, submitted.version);
      expect({ as, type: refused.__typename }).toEqual({ as, type: 'ForbiddenError' });
    }
    expect(await approve(PEOPLE.otherOwner, charter.id, submitted.version)).toEqual({
      __typename: 'ForbiddenError', message: 'Only PORTFOLIO_MANAGER, PMO_ADMIN of this project may approve or reject Project charter',
    });
    const approved = success(await approve(PEOPLE.owner, charter.id, submitted.version, 'Good to go'));
    expect(approved).toMatchObject({ status: 'APPROVED', version: submitted.version + 1, decisionNote: 'Good to go' });
    expect(approved.decidedAt).not.toBeNull();
    const state = await seed.methodology.state(project, 'manager');
    expect(resultOf(state, 'charter-approved')).toMatchObject({ passed: true, evidence: { 'deliverables.charter.status': 'APPROVED' } });
    expect(resultOf(state, 'charter-complete')).toMatchObject({ passed: true, evidence: { 'deliverables.charter.missingFields': [] } });
    expect(await approve(PEOPLE.admin, charter.id, approved.version)).toEqual({
      __typename: 'ValidationError', message: 'Invalid input: Only a submitted deliverable can be approved',
      issues: [{ path: ['input', 'id'], message: 'Only a submitted deliverable can be approved' }],
    });
    expect(await update(PEOPLE.manager, charter.id, approved.version, { highLevelRisks: 'None' })).toMatchObject({
      __typename: 'ValidationError', issues: [{ path: ['input', 'id'], message: 'The deliverable is approved: it cannot be edited' }],
    });
    const audit = dataOf(await server.exec(PEOPLE.admin, ProjectAudit, { id: project.gid })).project!.auditTrail.edges.map((e) => e.node);
    expect(audit[0]).toMatchObject({
      action: 'deliverable.approved', entityType: 'Deliverable', actor: { email: PEOPLE.owner },
      before: { status: 'SUBMITTED' }, after: { status: 'APPROVED', decisionNote: 'Good to go' },
    });

    // The PMO admin approves too (on another project).
    const other = await waterfallProject();
    const otherDraft = success(await update(PEOPLE.manager, other.charter.id, 1, CHARTER_FIELDS));
    const otherSubmitted = success(await submit(PEOPLE.manager, other.charter.id, otherDraft.version));
    expect(success(await approve(PEOPLE.admin, other.charter.id, otherSubmitted.version))).toMatchObject({ status: 'APPROVED' });
  });

  it('four-eyes: whoever submitted cannot decide, even when the template lets them approve', async () => {
    // Agile templates let the project manager and team members submit, and the manager approve.
    const project = await seed.projects.create({ portfolio: seed.portfolio.digital, manager: 'manager', methodologyKey: 'agile' });
    await seed.projects.addMember(project, 'member', 'Developer', 'manager');
    const state = await seed.methodology.state(project, 'manager');
    const backlog = deliverableOf(state, 'product-backlog');
    const done = deliverableOf(state, 'definition-of-done');

    const backlogFields = { productGoal: 'Self-service ordering', itemCount: 40, readyItemCount: 8, estimatedPoints: 120, lastRefinedOn: '2026-05-04' };
    const backlogDraft = success(await update(PEOPLE.manager, backlog.id, 1, backlogFields));
    const backlogSubmitted = success(await submit(PEOPLE.manager, backlog.id, backlogDraft.version));
    expect(await approve(PEOPLE.manager, backlog.id, backlogSubmitted.version)).toEqual({
      __typename: 'ForbiddenError', message: 'You submitted this deliverable: someone else must decide',
    });
    expect(await reject(PEOPLE.manager, backlog.id, backlogSubmitted.version, 'Second thoughts')).toEqual({
      __typename: 'ForbiddenError', message: 'You submitted this deliverable: someone else must decide',
    });
    expect(success(await approve(PEOPLE.owner, backlog.id, backlogSubmitted.version))).toMatchObject({ status: 'APPROVED' });

    // A team member of the project edits and submits; the manager then approves.
    const doneFields = { criteria: 'Reviewed, tested, deployed to staging', codeReviewRequired: true, automatedTestsRequired: true, agreedOn: '2026-05-06' };
    const doneDraft = success(await update(PEOPLE.member, done.id, 1, doneFields));
    const doneSubmitted = success(await submit(PEOPLE.member, done.id, doneDraft.version));
    expect(success(await approve(PEOPLE.manager, done.id, doneSubmitted.version))).toMatchObject({ status: 'APPROVED' });
    const after = await seed.methodology.state(project, 'manager');
    expect(resultOf(after, 'definition-of-done-agreed')).toMatchObject({ passed: true, evidence: { 'deliverables.definition-of-done.status': 'APPROVED' } });
    expect(resultOf(after, 'backlog-ready')).toMatchObject({
      passed: true, evidence: { 'deliverables.product-backlog.missingFields': [], 'deliverables.product-backlog.fields.readyItemCount': 8 },
    });
  });

  it('reject needs a note; a rejected deliverable is reworked and submitted again', async () => {
    const { project, charter } = await waterfallProject();
    const draft = success(await update(PEOPLE.manager, charter.id, 1, CHARTER_FIELDS));
    const submitted = success(await submit(PEOPLE.manager, charter.id, draft.version));
    for (const note of [undefined, '   ']) {
      expect(await reject(PEOPLE.owner, charter.id, submitted.version, note)).toEqual({
        __typename: 'ValidationError', message: 'Invalid input: Say why the deliverable is rejected',
        issues: [{ path: ['input', 'note'], message: 'Say why the deliverable is rejected' }],
      });
    }
    expect(await reject(PEOPLE.manager, charter.id, submitted.version, 'Not mine to decide')).toMatchObject({ __typename: 'ForbiddenError' });
    expect(await charterOf(project)).toMatchObject({ status: 'SUBMITTED', version: submitted.version, decisionNote: null });

    const rounds = await seed.methodology.evaluationRounds(project);
    const rejected = success(await reject(PEOPLE.admin, charter.id, submitted.version, 'The success criteria are not measurable'));
    expect(await seed.methodology.evaluationRounds(project)).toBe(rounds + 1);
    expect(rejected).toMatchObject({ status: 'REJECTED', version: submitted.version + 1, decisionNote: 'The success criteria are not measurable' });
    expect(resultOf(await seed.methodology.state(project, 'manager'), 'charter-approved')).toMatchObject({
      passed: false, evidence: { 'deliverables.charter.status': 'REJECTED' },
    });

    const reworked = success(await update(PEOPLE.manager, charter.id, rejected.version, { successCriteria: '95% of orders on the new platform by 2027-06-30' }));
    expect(reworked).toMatchObject({ status: 'DRAFT', version: rejected.version + 1 });
    const resubmitted = success(await submit(PEOPLE.manager, charter.id, reworked.version));
    expect(success(await approve(PEOPLE.owner, charter.id, resubmitted.version))).toMatchObject({ status: 'APPROVED' });
    expect(await seed.methodology.evaluationRounds(project)).toBe(rounds + 4); // reject, update, submit, approve
    expect(await seed.methodology.auditActions(project)).toEqual([
      'project.created', 'deliverable.updated', 'deliverable.submitted', 'deliverable.rejected',
      'deliverable.updated', 'deliverable.submitted', 'deliverable.approved',
    ]);
  });

  it('a stale version gives ConflictError with the current version, and changes nothing', async () => {
    const { project, charter } = await waterfallProject();
    const draft = success(await update(PEOPLE.manager, charter.id, 1, CHARTER_FIELDS));
    const conflict = { __typename: 'ConflictError', currentVersion: 2, message: 'The deliverable was changed by someone else (now at version 2): reload it and try again' };
    expect(await update(PEOPLE.manager, charter.id, 1, { highLevelRisks: 'Late data migration' })).toEqual(conflict);
    expect(await submit(PEOPLE.manager, charter.id, 1)).toEqual(conflict);
    const submitted = success(await submit(PEOPLE.manager, charter.id, draft.version));
    const stale = { ...conflict, currentVersion: 3, message: 'The deliverable was changed by someone else (now at version 3): reload it and try again' };
    expect(await approve(PEOPLE.owner, charter.id, 2)).toEqual(stale);
    expect(await reject(PEOPLE.owner, charter.id, 2, 'Stale')).toEqual(stale);
    expect(await charterOf(project)).toMatchObject({ status: 'SUBMITTED', version: submitted.version, fields: CHARTER_FIELDS });
    expect(await seed.methodology.auditActions(project)).toEqual(['project.created', 'deliverable.updated', 'deliverable.submitted']);
  });

  it("a closed project's deliverables can no longer change", async () => {
    const { project, charter } = await waterfallProject();
    await seed.projects.transition(project, 'CANCELLED');
    expect(await update(PEOPLE.manager, charter.id, 1, CHARTER_FIELDS)).toEqual({
      __typename: 'ValidationError', message: 'Invalid input: The project is closed: its deliverables can no longer change',
      issues: [{ path: ['input', 'id'], message: 'The project is closed: its deliverables can no longer change' }],
    });
  });

  // missingFields and template read the project's methodology, which the use case does not load:
  // the mutation payload must resolve them as a query would.
  it('resolves missingFields and template in the updateDeliverable payload', async () => {
    const { charter } = await waterfallProject();
    const result = await server.exec(PEOPLE.manager, UpdatePayload, { input: { id: charter.id, version: 1, fields: { businessCase: 'Why' } } });
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
    success(await update(PEOPLE.manager, charter.id, 1, { ...CHARTER_FIELDS, sponsor: '   ' }));
    const state = await seed.methodology.state(project, 'manager');
    expect(resultOf(state, 'charter-complete')).toMatchObject({ evidence: { 'deliverables.charter.missingFields': ['sponsor'] } });
    expect(deliverableOf(state, 'charter').missingFields).toEqual(['sponsor']);
    expect(await submit(PEOPLE.manager, charter.id, 2)).toEqual({
      __typename: 'ValidationError', message: 'Invalid input: sponsor is required before submitting',
      issues: [{ path: ['fields', 'sponsor'], message: 'sponsor is required before submitting' }],
    });
  });

  // Like a hidden project, a record of one is null without an error: ids cannot be probed.
  it('node(id) of a deliverable on a project the viewer cannot read is null, without an error', async () => {
    const { charter } = await waterfallProject();
    const result = await server.exec(PEOPLE.member, DeliverableNode, { id: charter.id });
    expect(result).toEqual({ data: { node: null } });
  });

  it('node(id) of a rule evaluation on a project the viewer cannot read is null, without an error', async () => {
    const { project } = await waterfallProject();
    const evaluation = await prisma.ruleEvaluation.findFirstOrThrow({ where: { projectId: project.id } });
    const result = await server.exec(PEOPLE.member, DeliverableNode, { id: gid('RuleEvaluation', evaluation.id) });
    expect(result).toEqual({ data: { node: null } });
  });
});
