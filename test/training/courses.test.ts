// Courses and enrollments through the real API, on both backends: PMO_ADMIN maintains the course
// catalogue; a person requests an enrollment for themselves, a manager of the person (or the PMO)
// approves it, and its days become a TRAINING absence in the person's capacity, removed when it is
// dropped; completing it raises the skills the course develops (source COURSE, with history) and
// its PDUs count toward the renewal of the person's certifications (worked example below). Bad
// input is a typed error that changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, isoDate, startOfDay } from '../../server/platform/calendar.js';
import type { PrismaClient } from '../../server/platform/db/generated/prisma/client.js';
import { graphql } from '../gql/index.js';
import { backends } from '../support/databases.js';
import type { TestServer } from '../support/harness.js';
import { dbId, gid, uniqueCode } from '../support/ids.js';
import { dataOf, expectType, expectUnchanged, issue, rootField, validationError } from '../support/results.js';
import { PEOPLE, type Person, type Scenario, startScenario } from '../support/scenarios/index.js';

const CreateCourse = graphql(`
  mutation CourseCreate($input: CreateCourseInput!) {
    createCourse(input: $input) {
      __typename
      ... on MutationCreateCourseSuccess { data { id key title format hours pdus pdusWaysOfWorking pdusGivingBack version skills { skill { key } level } } }
      ...ErrorFields
    }
  }
`);
const UpdateCourse = graphql(`
  mutation CourseUpdate($input: UpdateCourseInput!) {
    updateCourse(input: $input) { __typename ... on MutationUpdateCourseSuccess { data { title hours version skills { skill { key } level } } } ...ErrorFields }
  }
`);
const RequestEnrollment = graphql(`
  mutation EnrollmentRequest($input: RequestEnrollmentInput!) {
    requestEnrollment(input: $input) { __typename ... on MutationRequestEnrollmentSuccess { data { id status version from to requestedBy { email } course { key } } } ...ErrorFields }
  }
`);
const Approve = graphql(`
  mutation EnrollmentApprove($input: ApproveEnrollmentInput!) {
    approveEnrollment(input: $input) { __typename ... on MutationApproveEnrollmentSuccess { data { status version approvedBy { email } absence { kind from to note } } } ...ErrorFields }
  }
`);
const Start = graphql(`
  mutation EnrollmentStart($input: StartEnrollmentInput!) {
    startEnrollment(input: $input) { __typename ... on MutationStartEnrollmentSuccess { data { status version } } ...ErrorFields }
  }
`);
const Complete = graphql(`
  mutation EnrollmentComplete($input: CompleteEnrollmentInput!) {
    completeEnrollment(input: $input) { __typename ... on MutationCompleteEnrollmentSuccess { data { status version result completedOn absence { kind } } } ...ErrorFields }
  }
`);
const Drop = graphql(`
  mutation EnrollmentDrop($input: DropEnrollmentInput!) {
    dropEnrollment(input: $input) { __typename ... on MutationDropEnrollmentSuccess { data { status version absence { kind } } } ...ErrorFields }
  }
`);
const CreateType = graphql(`
  mutation CourseCertType($input: CreateCertificationTypeInput!) {
    createCertificationType(input: $input) { __typename ... on MutationCreateCertificationTypeSuccess { data { key } } ...ErrorFields }
  }
`);
const RecordCert = graphql(`
  mutation CourseRecordCert($input: RecordCertificationInput!) {
    recordCertification(input: $input) { __typename ... on MutationRecordCertificationSuccess { data { id } } ...ErrorFields }
  }
`);
const Renewal = graphql(`
  query CourseRenewal($id: ID!) {
    node(id: $id) { ... on UserCertification { renewal { required earned education requiredEducation met byCategory { category required earned } } } }
  }
`);
const PersonTraining = graphql(`
  query CoursePersonTraining($id: ID!, $from: Date!, $to: Date!) {
    node(id: $id) {
      ... on User {
        enrollments { status course { key } }
        absences(from: $from, to: $to) { kind from to }
        capacity(from: $from, to: $to) { weekStart absenceHours }
        skills { skill { key } level source history { fromLevel toLevel source } }
      }
    }
  }
`);
const Catalogue = graphql(`
  query CourseCatalogue { courses(first: 100) { totalCount edges { node { key format pdus skills { skill { key } level } } } } }
`);

const day = (offset: number) => isoDate(addDays(startOfDay(new Date()), offset));

describe.each(backends())('courses and enrollments on %s', (backend) => {
  let server: TestServer;
  let prisma: PrismaClient;
  let seed: Scenario;
  beforeAll(async () => {
    ({ server, prisma, seed } = await startScenario(backend, { label: 'Courses' }));
  });
  afterAll(() => server?.close());

  const tables = async () => ({
    courses: await prisma.course.findMany({ orderBy: { id: 'asc' }, include: { skills: { orderBy: { id: 'asc' } } } }),
    enrollments: await prisma.enrollment.findMany({ orderBy: { id: 'asc' } }),
    absences: await prisma.absence.findMany({ orderBy: { id: 'asc' } }),
    skills: await prisma.userSkill.findMany({ orderBy: { id: 'asc' } }),
  });
  const unchanged = <T>(work: () => Promise<T>) =>
    expectUnchanged(prisma, ['auditEvents'], async () => {
      const before = await tables();
      const result = await work();
      expect(await tables()).toEqual(before);
      return result;
    });
  const newCourse = async (overrides: object = {}) => {
    const key = uniqueCode('course').toLowerCase();
    const input = { key, title: `Course ${key}`, provider: 'PMI', format: 'CLASSROOM', hours: 14, pdusWaysOfWorking: 10, pdusPowerSkills: 2, pdusBusinessAcumen: 2, skills: [{ skillKey: 'risk-management', level: 4 }], ...overrides };
    return expectType(rootField(await server.exec(PEOPLE.admin, CreateCourse, { input: input as never })), 'MutationCreateCourseSuccess').data;
  };
  /** A window of days nobody else in this suite uses (absences of one person must not overlap). */
  let slot = 0;
  const span = () => {
    const start = -200 + 10 * slot++;
    return { from: day(start), to: day(start + 2) };
  };
  const request = (courseKey: string, dates = span(), as: Person = 'member') =>
    server.exec(PEOPLE[as], RequestEnrollment, { input: { userId: seed.people.gid('member'), courseKey, ...dates } }).then(rootField);
  const act = async (document: typeof Approve | typeof Start | typeof Drop, id: string, version: number, as: Person) => rootField(await server.exec(PEOPLE[as], document as typeof Approve, { input: { id, version } }));
  const complete = (id: string, version: number, as: Person, extra: { result?: string; completedOn?: string } = {}) => server.exec(PEOPLE[as], Complete, { input: { id, version, ...extra } }).then(rootField);
  /** Requested by the person, approved and completed by the PMO on its last day. */
  async function completed(person: { email: string; gid: string }, courseKey: string, dates = span()) {
    const requested = expectType(rootField(await server.exec(person.email, RequestEnrollment, { input: { userId: person.gid, courseKey, ...dates } })), 'MutationRequestEnrollmentSuccess').data;
    expectType(await act(Approve, requested.id, 1, 'admin'), 'MutationApproveEnrollmentSuccess');
    return expectType(await complete(requested.id, 2, 'admin', { completedOn: dates.to, result: 'Passed' }), 'MutationCompleteEnrollmentSuccess').data;
  }

  it('lets the PMO maintain the course catalogue, and refuses bad courses changing nothing', async () => {
    const course = await newCourse({ pdusGivingBack: 1.5 });
    expect(course).toMatchObject({ format: 'CLASSROOM', hours: 14, pdus: 15.5, pdusWaysOfWorking: 10, pdusGivingBack: 1.5, version: 1, skills: [{ skill: { key: 'risk-management' }, level: 4 }] });
    for (const as of ['owner', 'manager', 'member'] as const) {
      expect(await unchanged(() => server.exec(PEOPLE[as], CreateCourse, { input: { key: 'nope', title: 'No', format: 'ONLINE', hours: 1 } }).then(rootField)), as).toMatchObject({ __typename: 'ForbiddenError' });
    }
    const create = (input: object) => server.exec(PEOPLE.admin, CreateCourse, { input: { key: uniqueCode('bad').toLowerCase(), title: 'Bad', format: 'ONLINE', hours: 2, ...input } as never }).then(rootField);
    expect(await unchanged(() => create({ hours: 0 }))).toEqual(validationError(issue('hours', 'hours must be more than 0')));
    expect(await unchanged(() => create({ pdusPowerSkills: -2 }))).toEqual(validationError(issue('pdusPowerSkills', 'must not be negative')));
    expect(await unchanged(() => create({ skills: [{ skillKey: 'juggling', level: 3 }, { skillKey: 'leadership', level: 6 }] }))).toEqual(
      validationError({ path: ['input', 'skills', '0', 'skillKey'], message: 'The catalogue has no skill "juggling"' }, { path: ['input', 'skills', '1', 'level'], message: 'level must be a whole number from 1 to 5' }),
    );
    expect(await unchanged(() => create({ key: course.key }))).toEqual(validationError(issue('key', `The catalogue already has a course "${course.key}"`)));
    const update = (input: object, as: Person = 'admin') => server.exec(PEOPLE[as], UpdateCourse, { input: { id: course.id, ...input } as never }).then(rootField);
    expect(await update({ version: 1, hours: 21, skills: [{ skillKey: 'leadership', level: 2 }] })).toMatchObject({ data: { hours: 21, version: 2, skills: [{ skill: { key: 'leadership' }, level: 2 }] } });
    expect(await unchanged(() => update({ version: 1, title: 'Stale' }))).toMatchObject({ __typename: 'ConflictError', currentVersion: 2 });
    const catalogue = dataOf(await server.exec(PEOPLE.member, Catalogue, {}));
    expect(catalogue.courses.edges.map((edge) => edge.node.key)).toEqual(expect.arrayContaining(['risk-management-practice', 'pmo-rotation', course.key]));
  });

  it('takes a person from request to completion: the manager approves, the days become a TRAINING absence, completion raises skills', async () => {
    const course = await newCourse({ skills: [{ skillKey: 'risk-management', level: 4 }, { skillKey: 'integration', level: 2 }] });
    const dates = span();
    // Only the person requests for themselves.
    expect(await unchanged(() => request(course.key, dates, 'manager'))).toMatchObject({ __typename: 'ForbiddenError' });
    const requested = expectType(await request(course.key, dates), 'MutationRequestEnrollmentSuccess').data;
    expect(requested).toMatchObject({ status: 'REQUESTED', version: 1, requestedBy: { email: PEOPLE.member }, course: { key: course.key }, ...dates });
    // The person, a colleague and a manager of other people do not approve; pm@ (member@'s projects) does.
    for (const as of ['member', 'dev', 'otherManager', 'executive'] as const) expect(await unchanged(() => act(Approve, requested.id, 1, as)), as).toMatchObject({ __typename: 'ForbiddenError' });
    const approved = expectType(await act(Approve, requested.id, 1, 'manager'), 'MutationApproveEnrollmentSuccess').data;
    expect(approved).toEqual({ status: 'APPROVED', version: 2, approvedBy: { email: PEOPLE.manager }, absence: { kind: 'TRAINING', ...dates, note: null } }); // the note is the person's and the PMO's
    expect(await unchanged(() => act(Approve, requested.id, 2, 'manager'))).toEqual(validationError(issue('id', 'An enrollment APPROVED cannot be approved (only REQUESTED)')));
    expect(await unchanged(() => act(Start, requested.id, 1, 'member'))).toMatchObject({ __typename: 'ConflictError', currentVersion: 2 });
    expect(await act(Start, requested.id, 2, 'member')).toMatchObject({ data: { status: 'IN_PROGRESS', version: 3 } });
    // Completion: the person does not record their own; the future is refused; pm@ records it.
    expect(await unchanged(() => complete(requested.id, 3, 'member'))).toMatchObject({ __typename: 'ForbiddenError' });
    expect(await unchanged(() => complete(requested.id, 3, 'manager', { completedOn: day(5) }))).toEqual(validationError(issue('completedOn', 'completedOn must not be in the future')));
    expect(await complete(requested.id, 3, 'manager', { completedOn: dates.to, result: ' Passed, 87% ' })).toEqual({
      __typename: 'MutationCompleteEnrollmentSuccess', data: { status: 'COMPLETED', version: 4, result: 'Passed, 87%', completedOn: dates.to, absence: { kind: 'TRAINING' } },
    });
    const person = dataOf(await server.exec(PEOPLE.manager, PersonTraining, { id: seed.people.gid('member'), ...dates })).node as {
      absences: { kind: string }[]; capacity: { absenceHours: number }[]; skills: { skill: { key: string }; level: number; source: string; history: { fromLevel: number | null; toLevel: number; source: string }[] }[];
    };
    expect(person.absences).toEqual([{ kind: 'TRAINING', ...dates }]);
    expect(person.capacity.reduce((sum, week) => sum + week.absenceHours, 0)).toBeGreaterThan(0);
    // member@ had no risk-management: now 4 from the course; integration stays at 3 (higher than the course's 2).
    const skill = (key: string) => person.skills.find((row) => row.skill.key === key);
    expect(skill('risk-management')).toMatchObject({ level: 4, source: 'COURSE', history: [{ fromLevel: null, toLevel: 4, source: 'COURSE' }] });
    expect(skill('integration')).toMatchObject({ level: 3, source: 'MANAGER' });
    const actions = (await prisma.auditEvent.findMany({ where: { OR: [{ entityId: dbId(requested.id) }, { entityType: 'UserSkill', actorId: seed.people.id('manager') }] }, orderBy: { id: 'asc' }, select: { action: true } })).map((event) => event.action);
    expect(actions).toEqual(expect.arrayContaining(['enrollment.requested', 'enrollment.approved', 'enrollment.started', 'enrollment.completed', 'userSkill.created']));
    expect(await unchanged(() => act(Drop, requested.id, 4, 'member'))).toEqual(validationError(issue('id', 'An enrollment COMPLETED cannot be dropped (only REQUESTED or APPROVED or IN_PROGRESS)')));
  });

  it('removes the TRAINING absence when an enrollment is dropped', async () => {
    const course = await newCourse();
    const dates = span();
    const requested = expectType(await request(course.key, dates), 'MutationRequestEnrollmentSuccess').data;
    const approved = expectType(await act(Approve, requested.id, 1, 'owner'), 'MutationApproveEnrollmentSuccess').data;
    expect(approved.absence).toMatchObject({ kind: 'TRAINING' });
    expect(await unchanged(() => act(Drop, requested.id, 2, 'dev'))).toMatchObject({ __typename: 'ForbiddenError' });
    expect(await act(Drop, requested.id, 2, 'member')).toEqual({ __typename: 'MutationDropEnrollmentSuccess', data: { status: 'DROPPED', version: 3, absence: null } });
    expect(await prisma.absence.count({ where: { userId: seed.people.id('member'), from: new Date(`${dates.from}T00:00:00Z`) } })).toBe(0);
    expect(await prisma.auditEvent.count({ where: { entityType: 'Absence', action: 'absence.deleted', actorId: seed.people.id('member') } })).toBeGreaterThanOrEqual(1);
  });

  it('refuses bad enrollment requests with every problem, changing nothing', async () => {
    const course = await newCourse();
    expect(await unchanged(() => request('no-such-course'))).toEqual(validationError(issue('courseKey', 'The catalogue has no course "no-such-course"')));
    expect(await unchanged(() => request(course.key, { from: day(10), to: day(8) }))).toEqual(validationError(issue('to', 'A course must not end before it starts')));
    expect(await unchanged(() => server.exec(PEOPLE.member, RequestEnrollment, { input: { userId: seed.people.gid('member'), courseKey: course.key, ...span(), hoursPerDay: 30 } }).then(rootField))).toEqual(
      validationError(issue('hoursPerDay', 'hoursPerDay must be at most 24')),
    );
    expectType(await request(course.key), 'MutationRequestEnrollmentSuccess');
    expect(await unchanged(() => request(course.key))).toEqual(validationError(issue('courseKey', `The person is already enrolled on ${course.title} (REQUESTED)`)));
    // An approval whose days overlap another absence of the person is refused as a whole.
    const other = await newCourse();
    const dates = span();
    await prisma.absence.create({ data: { userId: seed.people.id('member'), from: new Date(`${dates.from}T00:00:00Z`), to: new Date(`${dates.from}T00:00:00Z`), kind: 'VACATION' } });
    const clash = expectType(await request(other.key, dates), 'MutationRequestEnrollmentSuccess').data;
    expect(await unchanged(() => act(Approve, clash.id, 1, 'manager'))).toEqual(validationError(issue('from', `The absence overlaps another one (VACATION ${dates.from} to ${dates.from})`)));
  });

  it('counts the PDUs of courses completed in a certification’s cycle toward its renewal (worked example)', async () => {
    // A PMP-like rule: 60 PDUs in 3 years, at least 35 in education, at least 8 in each side of the talent triangle.
    const typeKey = uniqueCode('renewal').toLowerCase();
    expectType(rootField(await server.exec(PEOPLE.admin, CreateType, { input: { key: typeKey, name: 'Renewal test', issuer: 'PMI', validityMonths: 36, requiredPdus: 60, minEducationPdus: 35, minPdusPerCategory: 8 } })), 'MutationCreateCertificationTypeSuccess');
    // Someone new, so that no other case's courses count.
    const user = await seed.people.writeDirectly({ name: 'Renewing Person', email: `renewing-${backend}@pmo.local`, role: 'TEAM_MEMBER' });
    const person = { email: user.email, gid: gid('User', user.id) };
    // A course completed before the certification was earned does not count.
    await completed(person, (await newCourse({ skills: [], pdusWaysOfWorking: 40, pdusPowerSkills: 0, pdusBusinessAcumen: 0 })).key, { from: day(-290), to: day(-288) });
    const cert = expectType(rootField(await server.exec(person.email, RecordCert, { input: { userId: person.gid, typeKey, earnedOn: day(-250) } })), 'MutationRecordCertificationSuccess').data;
    const renewal = async () => (dataOf(await server.exec(person.email, Renewal, { id: cert.id })).node as { renewal: unknown }).renewal;
    // In the cycle: 20 + 10 + 5 education PDUs (Ways of Working, Power Skills, Business Acumen) and 25 giving back.
    await completed(person, (await newCourse({ skills: [], pdusWaysOfWorking: 20, pdusPowerSkills: 10, pdusBusinessAcumen: 5 })).key);
    await completed(person, (await newCourse({ skills: [], format: 'ON_THE_JOB', pdusWaysOfWorking: 0, pdusPowerSkills: 0, pdusBusinessAcumen: 0, pdusGivingBack: 25 })).key);
    // 60 earned, 35 of them education: but Business Acumen has 5 of the 8 needed.
    expect(await renewal()).toEqual({
      required: 60, earned: 60, education: 35, requiredEducation: 35, met: false,
      byCategory: [{ category: 'WAYS_OF_WORKING', required: 8, earned: 20 }, { category: 'POWER_SKILLS', required: 8, earned: 10 }, { category: 'BUSINESS_ACUMEN', required: 8, earned: 5 }],
    });
    // 3.5 more Business Acumen PDUs: 63.5 earned, 38.5 education, every side at least 8: met.
    await completed(person, (await newCourse({ skills: [], format: 'ONLINE', pdusWaysOfWorking: 0, pdusPowerSkills: 0, pdusBusinessAcumen: 3.5 })).key);
    expect(await renewal()).toMatchObject({ earned: 63.5, education: 38.5, met: true, byCategory: [{ earned: 20 }, { earned: 10 }, { earned: 8.5 }] });
  });

  it('reads the enrollments, absences and skills of many people in as many statements as of a few', async () => {
    const Many = graphql(`
      query CourseMany($first: Int!) { users(first: $first) { edges { node { enrollments { status course { key } } certifications { renewal { earned met } } } } } }
    `);
    const statements = (first: number) => server.countStatements(async () => expect((await server.exec(PEOPLE.admin, Many, { first })).errors).toBeUndefined());
    expect(await statements(10)).toBe(await statements(2));
  });
});
