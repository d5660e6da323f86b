// Bookings and demands through the real API, on both backends: a project manager requests soft
// bookings, the portfolio owner confirms or declines them, every bad booking is a typed error
// that changes nothing, demands follow the bookings against them, over-allocation raises one
// alert per project (beyond the tolerance) and clears, and the heatmap shows the same hours in
// the same number of statements for 10 people as for 100.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addDays, isoDate } from '../../server/platform/calendar.js';
import type { PrismaClient } from '../../server/platform/db/generated/prisma/client.js';
import { weekStartOf } from '../../server/resources/lib/capacity.js';
import { graphql } from '../gql/index.js';
import { backends } from '../support/databases.js';
import type { TestServer } from '../support/harness.js';
import { dbId, gid } from '../support/ids.js';
import { dataOf, expectType, expectUnchanged, issue, RESOURCE_TABLES, rootField, validationError } from '../support/results.js';
import { PEOPLE, type Person, type ProjectHandle, type Scenario, startScenario } from '../support/scenarios/index.js';
import { twoStage } from '../methodology/manifests.js';

/** A methodology whose one rule reads resources.overallocatedMembers: its stored result shows when rules re-evaluate. */
const PROBE = twoStage('resource-facts-probe', '1.0.0', [
  { key: 'nobody-overallocated', kind: 'COMPLIANCE', severity: 'WARNING', check: { '==': [{ var: 'resources.overallocatedMembers' }, 0] }, message: 'Someone on the team is over-allocated.' },
]);

const Create = graphql(`
  mutation AllocationCreate($input: CreateAllocationInput!) {
    createAllocation(input: $input) {
      __typename
      ... on MutationCreateAllocationSuccess { data { id kind from to hoursPerWeek version declined user { email } requestedBy { email } confirmedBy { email } demand { id status } } }
      ...ErrorFields
    }
  }
`);
const Update = graphql(`
  mutation AllocationUpdate($input: UpdateAllocationInput!) {
    updateAllocation(input: $input) { __typename ... on MutationUpdateAllocationSuccess { data { id hoursPerWeek version demand { status } } } ...ErrorFields }
  }
`);
const Delete = graphql(`
  mutation AllocationDelete($input: DeleteAllocationInput!) {
    deleteAllocation(input: $input) { __typename ... on MutationDeleteAllocationSuccess { data { deletedAllocationId project { code } } } ...ErrorFields }
  }
`);
const Confirm = graphql(`
  mutation AllocationConfirm($input: ConfirmAllocationInput!) {
    confirmAllocation(input: $input) { __typename ... on MutationConfirmAllocationSuccess { data { id kind version confirmedBy { email } confirmedAt } } ...ErrorFields }
  }
`);
const Decline = graphql(`
  mutation AllocationDecline($input: DeclineAllocationInput!) {
    declineAllocation(input: $input) { __typename ... on MutationDeclineAllocationSuccess { data { id kind declined declineReason declinedBy { email } } } ...ErrorFields }
  }
`);
const CreateDemand = graphql(`
  mutation DemandCreate($input: CreateResourceDemandInput!) {
    createResourceDemand(input: $input) { __typename ... on MutationCreateResourceDemandSuccess { data { id status minLevel skill { key } hoursPerWeek version } } ...ErrorFields }
  }
`);
const Settings = graphql(`
  mutation AllocationSettings($input: UpdateResourceSettingsInput!) {
    updateResourceSettings(input: $input) { __typename ... on MutationUpdateResourceSettingsSuccess { data { overallocationTolerance version } } ...ErrorFields }
  }
`);
const Heatmap = graphql(`
  query AllocationHeatmap($input: CapacityHeatmapInput!) {
    capacityHeatmap(input: $input) {
      periods
      tolerance
      rows { user { email } cells { periodStart capacityHours hardHours softHours utilisation overAllocated } }
      skills { skill { key } level holders cells { periodStart supplyHours freeHours demandHours bookedHours openHours shortfallHours } }
    }
  }
`);
const FromSchedule = graphql(`
  mutation AllocationFromSchedule($input: AllocateFromScheduleInput!) {
    allocateFromSchedule(input: $input) {
      __typename
      ... on MutationAllocateFromScheduleSuccess { data { replaced allocations { task { key } user { email } from to hoursPerWeek kind fromSchedule } skipped { task { key } reason } } }
      ...ErrorFields
    }
  }
`);
const Away = graphql(`
  mutation AllocationAway($input: CreateAbsenceInput!) {
    createAbsence(input: $input) { __typename ... on MutationCreateAbsenceSuccess { data { id version } } ...ErrorFields }
  }
`);
const Back = graphql(`
  mutation AllocationBack($input: DeleteAbsenceInput!) {
    deleteAbsence(input: $input) { __typename ... on MutationDeleteAbsenceSuccess { data { deletedAbsenceId } } ...ErrorFields }
  }
`);
const Facts = graphql(`
  query AllocationFacts($id: ID!) { node(id: $id) { ... on Project { facts } } }
`);
const Gaps = graphql(`
  query AllocationSkillGaps($input: SkillGapsInput!) {
    skillGaps(input: $input) {
      skill { key } level demandHours bookedHours availableHours gapHours qualifiedPeople
      projects { project { code } demandHours }
      recommendations { trainees { user { email } level freeHours } mentors { user { email } level freeHours } courses { key } }
    }
  }
`);
const Candidates = graphql(`
  query AllocationCandidates($id: ID!, $first: Int) {
    candidatesForDemand(demandId: $id, first: $first) {
      rank score costRate user { email }
      evidence { skillLevel minLevel meetsLevel coverage roleMatch freeHoursByWeek { weekStart freeHours neededHours } }
    }
  }
`);
const Level = graphql(`
  mutation AllocationLevel($input: LevelResourcesInput!) {
    levelResources(input: $input) {
      __typename
      ... on MutationLevelResourcesSuccess {
        data {
          dryRun applied finishDate complete
          moves { task { key } fromStart toStart fromFinish toFinish shiftDays freeFloatDays resolves { user { email } weekStart } bookings { allocation { id } from to } }
          overallocatedBefore { user { email } weekStart }
          overallocatedAfter { user { email } weekStart }
        }
      }
      ...ErrorFields
    }
  }
`);
const ProjectBookings = graphql(`
  query AllocationProjectBookings($id: ID!) {
    node(id: $id) { ... on Project { allocations(first: 50) { totalCount edges { node { user { email } kind } } } resourceDemands(first: 10) { totalCount } } }
  }
`);

describe.each(backends())('bookings and demands on %s', (backend) => {
  let server: TestServer;
  let prisma: PrismaClient;
  let seed: Scenario;
  let project: ProjectHandle;
  let other: ProjectHandle;
  // Future weeks: over-allocation is watched from the current week on.
  const monday = weekStartOf(addDays(new Date(), 14));
  const day = (offset: number) => isoDate(addDays(monday, offset));
  beforeAll(async () => {
    ({ server, prisma, seed } = await startScenario(backend, { label: 'Booking fixture' }));
    // The cases count hours and alerts exactly: the demo resource plan is taken away first.
    await prisma.allocation.deleteMany({});
    await prisma.resourceDemand.deleteMany({});
    await prisma.riskAlert.deleteMany({ where: { source: 'RESOURCE_OVERALLOCATION' } });
    await seed.methodology.install(PROBE);
    const dates = { startDate: day(-7), targetEndDate: day(180) };
    project = await seed.projects.team(seed.portfolio.digital, ['member', 'dev'], { ...dates, status: 'ACTIVE' });
    other = await seed.projects.team(seed.portfolio.digital, ['member'], { ...dates, status: 'ACTIVE', methodologyKey: 'resource-facts-probe' });
  });
  afterAll(() => server?.close());
  afterEach(async () => {
    await prisma.allocation.deleteMany({ where: { projectId: { in: [project.id, other.id] } } });
    await prisma.resourceDemand.deleteMany({ where: { projectId: project.id } });
  });

  const book = (input: Record<string, unknown>, as: Person = 'manager') =>
    server.exec(PEOPLE[as], Create, { input: { userId: seed.people.gid('member'), projectId: project.gid, from: day(0), to: day(4), hoursPerWeek: 10, ...input } as never }).then(rootField);
  const unchanged = <T>(work: () => Promise<T>) => expectUnchanged(prisma, RESOURCE_TABLES, work);
  const openAlerts = () =>
    prisma.riskAlert.findMany({ where: { source: 'RESOURCE_OVERALLOCATION', resolvedAt: null }, select: { projectId: true, severity: true, evidence: true }, orderBy: { projectId: 'asc' } });
  const heatmap = (input: Record<string, unknown>, as: Person = 'admin') =>
    server.exec(PEOPLE[as], Heatmap, { input: { from: day(0), to: day(13), interval: 'WEEK', ...input } as never });

  it('lets a project manager request soft bookings and the portfolio owner confirm or decline them', async () => {
    const soft = expectType(await book({}), 'MutationCreateAllocationSuccess').data;
    expect(soft).toMatchObject({ kind: 'SOFT', hoursPerWeek: 10, version: 1, declined: false, user: { email: PEOPLE.member }, requestedBy: { email: PEOPLE.manager }, confirmedBy: null });
    expect(await unchanged(() => book({ kind: 'HARD' }))).toMatchObject({ __typename: 'ForbiddenError' });
    expect(await unchanged(() => book({}, 'otherManager'))).toMatchObject({ __typename: 'ForbiddenError' });
    expect(await unchanged(() => book({}, 'member'))).toMatchObject({ __typename: 'ForbiddenError' });

    const confirm = (input: object, as: Person) => server.exec(PEOPLE[as], Confirm, { input: input as never }).then(rootField);
    expect(await unchanged(() => confirm({ id: soft.id }, 'manager'))).toMatchObject({ __typename: 'ForbiddenError' });
    expect(await unchanged(() => confirm({ id: soft.id, version: 7 }, 'owner'))).toMatchObject({ __typename: 'ConflictError' });
    const hard = expectType(await confirm({ id: soft.id }, 'owner'), 'MutationConfirmAllocationSuccess').data;
    expect(hard).toMatchObject({ kind: 'HARD', version: 2, confirmedBy: { email: PEOPLE.owner } });
    expect(await unchanged(() => confirm({ id: soft.id }, 'admin'))).toEqual(validationError(issue('id', 'The booking is already confirmed (HARD)')));
    // The manager changes soft bookings only; the owner changes hard ones.
    const update = (input: object, as: Person) => server.exec(PEOPLE[as], Update, { input: input as never }).then(rootField);
    expect(await unchanged(() => update({ id: soft.id, version: 2, hoursPerWeek: 12 }, 'manager'))).toMatchObject({ __typename: 'ForbiddenError' });
    expect(expectType(await update({ id: soft.id, version: 2, hoursPerWeek: 12 }, 'owner'), 'MutationUpdateAllocationSuccess').data).toMatchObject({ hoursPerWeek: 12, version: 3 });

    const second = expectType(await book({ from: day(7), to: day(11) }), 'MutationCreateAllocationSuccess').data;
    const declined = expectType(await server.exec(PEOPLE.owner, Decline, { input: { id: second.id, reason: 'Needed on MOB-APP' } }).then(rootField), 'MutationDeclineAllocationSuccess').data;
    expect(declined).toMatchObject({ kind: 'SOFT', declined: true, declineReason: 'Needed on MOB-APP', declinedBy: { email: PEOPLE.owner } });
    expect(await unchanged(() => confirm({ id: second.id }, 'owner'))).toMatchObject({ __typename: 'ValidationError' });

    // The project's manager reads every booking of the project (declined ones only when asked); a team member reads their own.
    const asManager = dataOf(await server.exec(PEOPLE.manager, ProjectBookings, { id: project.gid })).node as { allocations: { totalCount: number } };
    expect(asManager.allocations.totalCount).toBe(1);
    const asDev = dataOf(await server.exec(PEOPLE.dev, ProjectBookings, { id: project.gid })).node as { allocations: { totalCount: number } };
    expect(asDev.allocations.totalCount).toBe(0);
    const audit = await prisma.auditEvent.findMany({ where: { entityType: 'Allocation', entityId: { in: [soft.id, second.id].map(dbId) } }, select: { action: true }, orderBy: { id: 'asc' } });
    expect(audit.map((event) => event.action)).toEqual(['allocation.created', 'allocation.confirmed', 'allocation.updated', 'allocation.created', 'allocation.declined']);

    const removed = expectType(await server.exec(PEOPLE.owner, Delete, { input: { id: soft.id, version: 3 } }).then(rootField), 'MutationDeleteAllocationSuccess').data;
    expect(removed).toMatchObject({ deletedAllocationId: soft.id, project: { code: project.code } });
  });

  it('refuses bad bookings with every problem and changes nothing', async () => {
    const inactive = await seed.people.writeDirectly({ name: 'Gone Person', email: `gone-${backend}@pmo.local`, role: 'TEAM_MEMBER' });
    await prisma.user.update({ where: { id: inactive.id }, data: { active: false } });
    expect(await unchanged(() => book({ userId: gid('User', inactive.id) }))).toEqual(validationError(issue('userId', 'The person is deactivated: they cannot be booked')));
    expect(await unchanged(() => book({ hoursPerWeek: -5 }))).toMatchObject({ __typename: 'ValidationError' });
    expect(await unchanged(() => book({ hoursPerWeek: 0 }))).toMatchObject({ __typename: 'ValidationError' });
    expect(await unchanged(() => book({ from: day(-14) }))).toEqual(validationError(issue('from', `The booking starts before the project (${day(-7)})`)));
    expect(await unchanged(() => book({ to: day(200) }))).toEqual(validationError(issue('to', `The booking ends after the project's target end (${day(180)})`)));
    expect(await unchanged(() => book({ from: day(4), to: day(0) }))).toEqual(validationError(issue('to', 'A booking must not end before it starts')));
    const foreignTask = await seed.schedule.task(other, 'T1', { durationDays: 3 });
    expect(await unchanged(() => book({ taskId: foreignTask.gid }))).toEqual(validationError(issue('taskId', 'No task of this project has this id')));
    expect(await unchanged(() => book({ userId: project.gid }))).toEqual(validationError(issue('userId', 'Expected the ID of a User')));
  });

  it('keeps a demand’s status in step with the bookings against it', async () => {
    const raise = (input: Record<string, unknown>) =>
      server.exec(PEOPLE.manager, CreateDemand, { input: { projectId: project.gid, hoursPerWeek: 20, from: day(0), to: day(11), ...input } as never }).then(rootField);
    expect(await unchanged(() => raise({}))).toEqual(validationError(issue('skillKey', 'A demand is for a skill (skillKey), a project role (projectRole), or both')));
    expect(await unchanged(() => raise({ skillKey: 'no-such-skill' }))).toEqual(validationError(issue('skillKey', 'No skill has the key "no-such-skill"')));
    // A skill nobody holds yet.
    const skill = await prisma.skill.create({ data: { key: `booking-skill-${backend}`, name: 'Booking skill', category: 'TECHNICAL' } });
    const demand = expectType(await raise({ skillKey: skill.key, minLevel: 3 }), 'MutationCreateResourceDemandSuccess').data;
    expect(demand).toMatchObject({ status: 'OPEN', minLevel: 3, skill: { key: skill.key }, hoursPerWeek: 20 });
    const first = expectType(await book({ demandId: demand.id, from: day(0), to: day(11), hoursPerWeek: 10 }), 'MutationCreateAllocationSuccess').data;
    expect(first.demand).toEqual({ id: demand.id, status: 'PARTIALLY_FILLED' });
    const resourceFacts = async () => ((dataOf(await server.exec(PEOPLE.manager, Facts, { id: project.gid })).node as { facts: { resources: Record<string, unknown> } }).facts.resources);
    // Nobody on the team holds risk management at level 3 yet.
    expect(await resourceFacts()).toMatchObject({ openDemands: 1, skillsCoverage: 0 });
    await prisma.userSkill.create({ data: { userId: seed.people.id('dev'), skillId: skill.id, level: 4, source: 'MANAGER', assessedAt: new Date() } });
    expect(await resourceFacts()).toMatchObject({ openDemands: 1, skillsCoverage: 1 });
    const second = expectType(await book({ userId: seed.people.gid('dev'), demandId: demand.id, from: day(0), to: day(11), hoursPerWeek: 10 }), 'MutationCreateAllocationSuccess').data;
    expect(second.demand).toEqual({ id: demand.id, status: 'FILLED' });
    await server.exec(PEOPLE.owner, Decline, { input: { id: second.id } });
    expect((await prisma.resourceDemand.findUniqueOrThrow({ where: { id: dbId(demand.id) } })).status).toBe('PARTIALLY_FILLED');
    // The heatmap's skill row: the demand's hours against those booked on it.
    // The heatmap's skill row: dev@ (level 4) supplies 40 hours a week, 10 of them booked on the demand (soft).
    const skills = dataOf(await heatmap({ skillKey: skill.key })).capacityHeatmap.skills;
    expect(skills).toHaveLength(1);
    expect(skills[0]).toMatchObject({ skill: { key: skill.key }, level: 3, holders: 1 });
    expect(skills[0]!.cells.map((cell) => [cell.supplyHours, cell.freeHours, cell.demandHours, cell.bookedHours, cell.openHours, cell.shortfallHours])).toEqual([
      [40, 40, 20, 10, 10, 0],
      [40, 40, 20, 10, 10, 0],
    ]);
  });

  it('spreads hours over the working days a booking covers and shows them in the heatmap by week and month', async () => {
    // Wednesday and Thursday of a five-day week: two fifths of 40 hours.
    expectType(await book({ from: day(2), to: day(3), hoursPerWeek: 40, kind: 'HARD' }, 'owner'), 'MutationCreateAllocationSuccess');
    expectType(await book({ from: day(7), to: day(13), hoursPerWeek: 20 }), 'MutationCreateAllocationSuccess');
    const map = dataOf(await heatmap({ userIds: [seed.people.gid('member')] })).capacityHeatmap;
    expect(map.periods).toEqual([day(0), day(7)]);
    expect(map.rows).toHaveLength(1);
    expect(map.rows[0]!.cells).toEqual([
      { periodStart: day(0), capacityHours: 40, hardHours: 16, softHours: 0, utilisation: 0.4, overAllocated: false },
      { periodStart: day(7), capacityHours: 40, hardHours: 0, softHours: 20, utilisation: 0, overAllocated: false },
    ]);
    const months = dataOf(await heatmap({ interval: 'MONTH', userIds: [seed.people.gid('member')] })).capacityHeatmap;
    const hard = months.rows[0]!.cells.reduce((sum, cell) => sum + cell.hardHours, 0);
    const soft = months.rows[0]!.cells.reduce((sum, cell) => sum + cell.softHours, 0);
    expect([hard, soft]).toEqual([16, 20]);
    // A team member reads their own row, never anyone else's, and no skill rows.
    expect(dataOf(await heatmap({}, 'member')).capacityHeatmap.rows.map((row) => row.user.email)).toEqual([PEOPLE.member]);
    expect((await heatmap({ userIds: [seed.people.gid('dev')] }, 'member')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // An executive reads aggregates and their own row, not other people.
    expect(dataOf(await heatmap({}, 'executive')).capacityHeatmap.rows.map((row) => row.user.email)).toEqual([PEOPLE.executive]);
  });

  it('raises one over-allocation alert per project beyond the tolerance, and clears it', async () => {
    expect(await openAlerts()).toEqual([]);
    // 44 hours are 10% over 40: within the default tolerance.
    const a = expectType(await book({ hoursPerWeek: 24, kind: 'HARD' }, 'owner'), 'MutationCreateAllocationSuccess').data;
    const b = expectType(await book({ projectId: other.gid, hoursPerWeek: 20, kind: 'HARD' }, 'owner'), 'MutationCreateAllocationSuccess').data;
    expect(await openAlerts()).toEqual([]);
    const update = (id: string, version: number, hoursPerWeek: number) =>
      server.exec(PEOPLE.owner, Update, { input: { id, version, hoursPerWeek } }).then((result) => expectType(rootField(result), 'MutationUpdateAllocationSuccess'));
    await update(a.id, 1, 25);
    const raised = await openAlerts();
    expect(raised.map((alert) => alert.projectId).sort()).toEqual([project.id, other.id].sort());
    const facts = (dataOf(await server.exec(PEOPLE.manager, Facts, { id: other.gid })).node as { facts: { resources: Record<string, unknown> } }).facts.resources;
    expect(facts).toMatchObject({ overallocatedMembers: 1 });
    expect(raised[0]).toMatchObject({ severity: 'MEDIUM', evidence: { weekCount: 1, weeks: [{ weekStart: day(0), capacityHours: 40, hardHours: 45 }] } });
    // Still over: no second alert.
    await update(a.id, 2, 30);
    expect(await prisma.riskAlert.count({ where: { source: 'RESOURCE_OVERALLOCATION' } })).toBe(2);
    // A tighter tolerance and a vacation day: still one alert per project.
    expectType(rootField(await server.exec(PEOPLE.admin, Settings, { input: { version: 0, overallocationTolerance: 0 } })), 'MutationUpdateResourceSettingsSuccess');
    expect(await prisma.riskAlert.count({ where: { source: 'RESOURCE_OVERALLOCATION' } })).toBe(2);
    const cells = dataOf(await heatmap({ userIds: [seed.people.gid('member')] })).capacityHeatmap.rows[0]!.cells;
    expect(cells[0]).toMatchObject({ hardHours: 50, utilisation: 1.25, overAllocated: true });
    // Back within capacity: both resolve.
    await update(a.id, 3, 20);
    expect(await openAlerts()).toEqual([]);
    expect(await prisma.riskAlert.count({ where: { source: 'RESOURCE_OVERALLOCATION', resolvedAt: { not: null } } })).toBe(2);
    expectType(rootField(await server.exec(PEOPLE.admin, Settings, { input: { version: 1, overallocationTolerance: 0.1 } })), 'MutationUpdateResourceSettingsSuccess');
    // A day away leaves 32 hours for 40 booked: over again without a booking changing, and the
    // stored results of the rules that read resources.overallocatedMembers follow the alerts both ways.
    const overallocatedMembers = async () =>
      (await seed.methodology.state(other)).complianceResults.find((result) => result.ruleKey === 'nobody-overallocated')!.passed ? 0 : 1;
    expect(await overallocatedMembers()).toBe(0);
    const away = expectType(rootField(await server.exec(PEOPLE.admin, Away, { input: { userId: seed.people.gid('member'), from: day(2), to: day(2), kind: 'VACATION' } })), 'MutationCreateAbsenceSuccess').data;
    expect((await openAlerts()).map((alert) => alert.projectId).sort()).toEqual([project.id, other.id].sort());
    expect(await overallocatedMembers()).toBe(1);
    expectType(rootField(await server.exec(PEOPLE.admin, Back, { input: { id: away.id, version: away.version } })), 'MutationDeleteAbsenceSuccess');
    expect(await openAlerts()).toEqual([]);
    expect(await overallocatedMembers()).toBe(0);
    void b;
  });

  it('books each assigned task over its scheduled dates, and replaces its own soft bookings when run again', async () => {
    const scheduled = await seed.projects.team(seed.portfolio.digital, ['member', 'dev'], { startDate: day(0), targetEndDate: day(11), status: 'ACTIVE' });
    const design = await seed.schedule.task(scheduled, '1', { durationDays: 3, assigneeId: seed.people.gid('member') });
    const build = await seed.schedule.task(scheduled, '2', { durationDays: 2, assigneeId: seed.people.gid('dev') });
    await seed.schedule.task(scheduled, '3', { durationDays: 0 });
    const late = await seed.schedule.task(scheduled, '4', { durationDays: 3, assigneeId: seed.people.gid('dev') });
    await seed.schedule.link(design, build);
    await seed.schedule.link(build, late, 'FS', 5);
    const run = (as: Person = 'manager', kind?: 'HARD') => server.exec(PEOPLE[as], FromSchedule, { input: { projectId: scheduled.gid, ...(kind && { kind }) } }).then(rootField);
    const first = expectType(await run(), 'MutationAllocateFromScheduleSuccess').data;
    expect(first.allocations).toEqual([
      { task: { key: '1' }, user: { email: PEOPLE.member }, from: day(0), to: day(2), hoursPerWeek: 40, kind: 'SOFT', fromSchedule: true },
      { task: { key: '2' }, user: { email: PEOPLE.dev }, from: day(3), to: day(4), hoursPerWeek: 40, kind: 'SOFT', fromSchedule: true },
    ]);
    expect(first.skipped).toEqual([{ task: { key: '4' }, reason: `Task 4 finishes on ${day(16)}, after the project's target end (${day(11)})` }]);
    // Task 1's booking puts 24 of member@'s 40 hours in the week.
    const cells = dataOf(await heatmap({ userIds: [seed.people.gid('member')], to: day(6) })).capacityHeatmap.rows[0]!.cells;
    expect(cells[0]).toMatchObject({ softHours: 24, hardHours: 0 });
    expect(await unchanged(() => run('manager', 'HARD'))).toMatchObject({ __typename: 'ForbiddenError' });
    const again = expectType(await run('owner', 'HARD'), 'MutationAllocateFromScheduleSuccess').data;
    expect(again.replaced).toBe(2);
    expect(again.allocations.map((booking) => booking.kind)).toEqual(['HARD', 'HARD']);
    expect(await prisma.allocation.count({ where: { projectId: scheduled.id } })).toBe(2);
    // Confirmed bookings stay; their tasks are not booked twice.
    const third = expectType(await run(), 'MutationAllocateFromScheduleSuccess').data;
    expect([third.replaced, third.allocations.length, third.skipped.length]).toEqual([0, 0, 3]);
    await prisma.allocation.deleteMany({ where: { projectId: scheduled.id } });
  });

  it('levels a project within float: a dry run changes nothing, applying moves the task and its bookings and clears the alert', async () => {
    const levelled = await seed.projects.team(seed.portfolio.digital, ['member'], { startDate: day(0), targetEndDate: day(27), status: 'ACTIVE' });
    const member = seed.people.gid('member');
    // A then C is the critical path; B runs beside A with five days of free float. All three
    // are member@'s, hard-booked: A's 40 and B's 20 hours in the first week are 60 on 40.
    const a = await seed.schedule.task(levelled, '1', { durationDays: 5, assigneeId: member });
    const c = await seed.schedule.task(levelled, '2', { durationDays: 5, assigneeId: member });
    const b = await seed.schedule.task(levelled, '3', { durationDays: 5, assigneeId: member });
    await seed.schedule.link(a, c);
    const hard = (task: { gid: string }, from: number, to: number, hoursPerWeek: number) =>
      book({ projectId: levelled.gid, taskId: task.gid, from: day(from), to: day(to), hoursPerWeek, kind: 'HARD' }, 'owner').then((result) => expectType(result, 'MutationCreateAllocationSuccess').data);
    await hard(a, 0, 4, 40);
    const bBooking = await hard(b, 0, 4, 20);
    await hard(c, 7, 11, 20);
    expect((await openAlerts()).map((alert) => alert.projectId)).toEqual([levelled.id]);
    const level = (as: Person, dryRun?: boolean) => server.exec(PEOPLE[as], Level, { input: { projectId: levelled.gid, ...(dryRun !== undefined && { dryRun }) } }).then(rootField);

    const plan = expectType(await unchanged(() => level('manager')), 'MutationLevelResourcesSuccess').data;
    const move = {
      task: { key: '3' }, fromStart: day(0), toStart: day(4), fromFinish: day(4), toFinish: day(10), shiftDays: 4, freeFloatDays: 5,
      resolves: [{ user: { email: PEOPLE.member }, weekStart: day(0) }],
      bookings: [{ allocation: { id: bBooking.id }, from: day(4), to: day(10) }],
    };
    expect(plan).toEqual({ dryRun: true, applied: false, finishDate: day(11), complete: true, moves: [move], overallocatedBefore: [{ user: { email: PEOPLE.member }, weekStart: day(0) }], overallocatedAfter: [] });
    // The project manager may not move confirmed bookings; a team member may not level at all.
    expect(await unchanged(() => level('manager', false))).toMatchObject({ __typename: 'ForbiddenError' });
    expect(await unchanged(() => level('member', true))).toMatchObject({ __typename: 'ForbiddenError' });

    const applied = expectType(await level('owner', false), 'MutationLevelResourcesSuccess').data;
    expect(applied).toMatchObject({ dryRun: false, applied: true, moves: [move], overallocatedAfter: [] });
    expect(await prisma.task.findUniqueOrThrow({ where: { id: b.id }, select: { startNoEarlierThan: true, version: true } })).toEqual({ startNoEarlierThan: new Date(`${day(4)}T00:00:00Z`), version: 2 });
    expect(await prisma.allocation.findUniqueOrThrow({ where: { id: dbId(bBooking.id) }, select: { from: true, to: true } })).toEqual({ from: new Date(`${day(4)}T00:00:00Z`), to: new Date(`${day(10)}T00:00:00Z`) });
    expect(await openAlerts()).toEqual([]);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: 'resources.levelled', entityId: levelled.id } });
    expect(audit.after).toMatchObject({ moves: [{ shiftDays: 4, toStart: day(4) }], overallocatedBefore: 1, overallocatedAfter: 0 });
    // Nothing left to level; a project with no start date has no schedule to level.
    expect(expectType(await level('owner'), 'MutationLevelResourcesSuccess').data.moves).toEqual([]);
    const undated = await seed.projects.team(seed.portfolio.digital, [], { status: 'PROPOSED' });
    expect(await unchanged(() => server.exec(PEOPLE.owner, Level, { input: { projectId: undated.gid } }).then(rootField))).toEqual(validationError(issue('projectId', 'The project has no start date: it has no schedule to level')));
    await prisma.allocation.deleteMany({ where: { projectId: levelled.id } });
  });

  it('finds skill gaps with the people to train and the mentors who have time', async () => {
    const skill = await prisma.skill.create({ data: { key: `gap-skill-${backend}`, name: 'Gap skill', category: 'TECHNICAL' } });
    const level = (person: Person, value: number) =>
      prisma.userSkill.create({ data: { userId: seed.people.id(person), skillId: skill.id, level: value, source: 'MANAGER', assessedAt: new Date() } });
    await level('dev', 3);
    await level('member', 2);
    await level('manager', 5);
    // Courses to level 3 or more close the gap, the shortest first; one to level 2 does not.
    const course = (key: string, hours: number, toLevel: number) =>
      prisma.course.create({ data: { key: `${key}-${backend}`, title: key, format: 'ONLINE', hours, skills: { create: { skillId: skill.id, level: toLevel } } } });
    await course('gap-long', 40, 4);
    await course('gap-short', 8, 3);
    await course('gap-basics', 4, 2);
    expectType(await server.exec(PEOPLE.manager, CreateDemand, { input: { projectId: project.gid, skillKey: skill.key, minLevel: 3, hoursPerWeek: 40, from: day(0), to: day(11) } }).then(rootField), 'MutationCreateResourceDemandSuccess');
    // dev@ is hard-booked 30 of their 40 hours a week elsewhere: 20 free hours in the two weeks.
    expectType(await book({ userId: seed.people.gid('dev'), projectId: other.gid, from: day(0), to: day(11), hoursPerWeek: 30, kind: 'HARD' }, 'owner'), 'MutationCreateAllocationSuccess');
    const gaps = dataOf(await server.exec(PEOPLE.admin, Gaps, { input: { from: day(0), to: day(11) } })).skillGaps.filter((gap) => gap.skill.key === skill.key);
    expect(gaps).toEqual([
      {
        skill: { key: skill.key }, level: 3, demandHours: 80, bookedHours: 0, availableHours: 100, gapHours: 0, qualifiedPeople: 2,
        projects: [{ project: { code: project.code }, demandHours: 80 }],
        recommendations: {
          trainees: [{ user: { email: PEOPLE.member }, level: 2, freeHours: 80 }],
          mentors: [{ user: { email: PEOPLE.manager }, level: 5, freeHours: 80 }],
          courses: [{ key: `gap-short-${backend}` }, { key: `gap-long-${backend}` }],
        },
      },
    ]);
    // Without pm@'s hours (booked in full), the qualified people cannot cover the demand.
    expectType(await book({ userId: seed.people.gid('manager'), projectId: other.gid, from: day(0), to: day(11), hoursPerWeek: 40, kind: 'HARD' }, 'owner'), 'MutationCreateAllocationSuccess');
    const [after] = dataOf(await server.exec(PEOPLE.admin, Gaps, { input: { from: day(0), to: day(11) } })).skillGaps.filter((gap) => gap.skill.key === skill.key);
    expect(after).toMatchObject({ availableHours: 20, gapHours: 60, recommendations: { mentors: [{ user: { email: PEOPLE.manager }, freeHours: 0 }] } });
    // An executive reads the aggregate, not the people; a team member reads nothing.
    const [asExecutive] = dataOf(await server.exec(PEOPLE.executive, Gaps, { input: { from: day(0), to: day(11) } })).skillGaps.filter((gap) => gap.skill.key === skill.key);
    expect(asExecutive).toMatchObject({ gapHours: 60, recommendations: { trainees: [], mentors: [] } });
    expect((await server.exec(PEOPLE.member, Gaps, { input: { from: day(0), to: day(11) } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('reads the skill gaps of 2 skills, with their courses and people, in as many statements as of 1', async () => {
    const skills = await Promise.all([1, 2, 3].map((i) => prisma.skill.create({ data: { key: `gap-count-${i}-${backend}`, name: `Gap count ${i}`, category: 'TECHNICAL' } })));
    for (const [i, skill] of skills.entries()) {
      await prisma.userSkill.create({ data: { userId: seed.people.id('member'), skillId: skill.id, level: 2, source: 'MANAGER', assessedAt: new Date() } });
      await prisma.course.create({ data: { key: `gap-count-${i}-${backend}`, title: `Course ${i}`, format: 'CLASSROOM', hours: 8, skills: { create: { skillId: skill.id, level: 3 } } } });
    }
    const demand = (skill: { key: string }, from: number) =>
      server.exec(PEOPLE.manager, CreateDemand, { input: { projectId: project.gid, skillKey: skill.key, minLevel: 3, hoursPerWeek: 10, from: day(from), to: day(from + 4) } }).then(rootField);
    await demand(skills[0]!, 70);
    for (const skill of skills.slice(1)) await demand(skill, 84);
    const statements = (from: number, to: number, gaps: number) =>
      server.countStatements(async () => {
        const result = await server.exec(PEOPLE.admin, Gaps, { input: { from: day(from), to: day(to) } });
        expect(result.errors).toBeUndefined();
        const shown = result.data!.skillGaps.filter((gap) => gap.skill.key.startsWith('gap-count-'));
        expect(shown).toHaveLength(gaps);
        for (const gap of shown) expect(gap.recommendations.courses).toHaveLength(1);
      });
    expect(await statements(84, 90, 2)).toBe(await statements(70, 76, 1));
  });

  it('ranks the candidates for a demand by time and level, with the evidence', async () => {
    const skill = await prisma.skill.create({ data: { key: `candidate-skill-${backend}`, name: 'Candidate skill', category: 'TECHNICAL' } });
    const level = (person: Person, value: number) =>
      prisma.userSkill.create({ data: { userId: seed.people.id(person), skillId: skill.id, level: value, source: 'MANAGER', assessedAt: new Date() } });
    await level('dev', 4);
    await level('manager', 3);
    await level('member', 2);
    const demand = expectType(
      await server.exec(PEOPLE.manager, CreateDemand, { input: { projectId: project.gid, skillKey: skill.key, minLevel: 3, hoursPerWeek: 20, from: day(0), to: day(11) } }).then(rootField),
      'MutationCreateResourceDemandSuccess',
    ).data;
    // dev@ has 10 free hours a week (30 booked hard elsewhere): half the demand.
    expectType(await book({ userId: seed.people.gid('dev'), projectId: other.gid, from: day(0), to: day(11), hoursPerWeek: 30, kind: 'HARD' }, 'owner'), 'MutationCreateAllocationSuccess');
    const ranked = dataOf(await server.exec(PEOPLE.manager, Candidates, { id: demand.id })).candidatesForDemand;
    expect(ranked.map((c) => [c.rank, c.user.email, c.score, c.evidence.meetsLevel, c.evidence.coverage])).toEqual([
      [1, PEOPLE.manager, 0.9, true, 1],
      [2, PEOPLE.dev, 0.6, true, 0.5],
      [3, PEOPLE.member, 0.8, false, 1],
    ]);
    expect(ranked[1]).toMatchObject({
      costRate: '90.00',
      evidence: { skillLevel: 4, minLevel: 3, roleMatch: false, freeHoursByWeek: [{ weekStart: day(0), freeHours: 10, neededHours: 20 }, { weekStart: day(7), freeHours: 10, neededHours: 20 }] },
    });
    expect(dataOf(await server.exec(PEOPLE.manager, Candidates, { id: demand.id, first: 1 })).candidatesForDemand).toHaveLength(1);
    expect((await server.exec(PEOPLE.member, Candidates, { id: demand.id })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await server.exec(PEOPLE.executive, Candidates, { id: demand.id })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('reads the heatmap of 100 people in as many statements as of 10', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 100; i++) ids.push((await seed.people.writeDirectly({ name: `Heat ${backend} ${i}`, email: `heat-${backend}-${i}@pmo.local`, role: 'TEAM_MEMBER' })).id);
    await prisma.allocation.createMany({ data: ids.map((userId, i) => ({ userId, projectId: project.id, from: addDays(monday, i % 7), to: addDays(monday, 20), hoursPerWeek: 10 + (i % 30), kind: i % 2 ? 'HARD' : 'SOFT' })) });
    await prisma.absence.createMany({ data: ids.slice(0, 50).map((userId) => ({ userId, from: addDays(monday, 1), to: addDays(monday, 1), kind: 'VACATION' })) });
    const statements = (count: number) =>
      server.countStatements(async () => {
        const result = await heatmap({ userIds: ids.slice(0, count).map((id) => gid('User', id)), skillKey: null });
        expect(result.errors).toBeUndefined();
        expect(result.data!.capacityHeatmap.rows).toHaveLength(count);
      });
    expect(await statements(100)).toBe(await statements(10));
  });
});
