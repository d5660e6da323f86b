// Mentoring and development plans through the real API, on both backends: a mentoring
// relationship is proposed, accepted by the other party, holds dated sessions whose notes only the
// mentor, the mentee and the PMO read (a project manager, a portfolio owner or an executive gets
// null or is refused; the audit trail keeps no notes), and ends; a person's development plan
// sets goals whose progress follows their skill levels, completed courses and mentoring, and
// user.development shows it all. Bad input is a typed error that changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, isoDate, startOfDay } from '../../server/platform/calendar.js';
import type { PrismaClient } from '../../server/platform/db/generated/prisma/client.js';
import { graphql } from '../gql/index.js';
import { backends } from '../support/databases.js';
import type { TestServer } from '../support/harness.js';
import { dbId } from '../support/ids.js';
import { dataOf, expectType, expectUnchanged, issue, rootField, validationError } from '../support/results.js';
import { PEOPLE, type Person, type Scenario, startScenario } from '../support/scenarios/index.js';

const Propose = graphql(`
  mutation MentoringPropose($input: ProposeMentoringInput!) {
    proposeMentoring(input: $input) {
      __typename
      ... on MutationProposeMentoringSuccess { data { id status version startOn endOn mentor { email } mentee { email } focusSkills { key } } }
      ...ErrorFields
    }
  }
`);
const Accept = graphql(`
  mutation MentoringAccept($input: AcceptMentoringInput!) {
    acceptMentoring(input: $input) { __typename ... on MutationAcceptMentoringSuccess { data { status version } } ...ErrorFields }
  }
`);
const End = graphql(`
  mutation MentoringEnd($input: EndMentoringInput!) {
    endMentoring(input: $input) { __typename ... on MutationEndMentoringSuccess { data { status version endOn } } ...ErrorFields }
  }
`);
const Session = graphql(`
  mutation MentoringSession($input: RecordMentoringSessionInput!) {
    recordMentoringSession(input: $input) { __typename ... on MutationRecordMentoringSessionSuccess { data { sessions { heldOn minutes notes recordedBy { email } } } } ...ErrorFields }
  }
`);
const ReadMentoring = graphql(`
  query MentoringRead($id: ID!) { node(id: $id) { ... on MentoringRelationship { status viewerReadsNotes sessions { heldOn minutes notes } } } }
`);
const SetPlan = graphql(`
  mutation DevelopmentSetPlan($input: SetDevelopmentPlanInput!) {
    setDevelopmentPlan(input: $input) {
      __typename
      ... on MutationSetDevelopmentPlanSuccess { data { summary version updatedBy { email } goals { skill { key } targetLevel byDate progress { currentLevel progress reached overdue completedCourses mentoring } } } }
      ...ErrorFields
    }
  }
`);
const Development = graphql(`
  query DevelopmentView($id: ID!) {
    node(id: $id) {
      ... on User {
        development {
          plan { summary goals { skill { key } progress { currentLevel progress reached mentoring } } }
          enrollments { status course { key } }
          certifications { type { key } expiring }
          mentoringAsMentee { mentor { email } status sessions { notes } }
          mentoringAsMentor { mentee { email } }
        }
      }
    }
  }
`);

const day = (offset: number) => isoDate(addDays(startOfDay(new Date()), offset));

describe.each(backends())('mentoring and development plans on %s', (backend) => {
  let server: TestServer;
  let prisma: PrismaClient;
  let seed: Scenario;
  beforeAll(async () => {
    ({ server, prisma, seed } = await startScenario(backend, { label: 'Mentoring' }));
  });
  afterAll(() => server?.close());

  const tables = async () => ({
    mentoring: await prisma.mentoring.findMany({ orderBy: { id: 'asc' }, include: { focus: { orderBy: { id: 'asc' } }, sessions: { orderBy: { id: 'asc' } } } }),
    plans: await prisma.developmentPlan.findMany({ orderBy: { id: 'asc' }, include: { goals: { orderBy: { id: 'asc' } } } }),
  });
  const unchanged = <T>(work: () => Promise<T>) =>
    expectUnchanged(prisma, ['auditEvents'], async () => {
      const before = await tables();
      const result = await work();
      expect(await tables()).toEqual(before);
      return result;
    });
  const propose = (input: { mentor?: Person; mentee?: Person; focusSkillKeys?: string[]; startOn?: string; endOn?: string | null }, as: Person) =>
    server.exec(PEOPLE[as], Propose, {
      input: { mentorId: seed.people.gid(input.mentor ?? 'owner'), menteeId: seed.people.gid(input.mentee ?? 'member'), focusSkillKeys: input.focusSkillKeys ?? ['leadership'], startOn: input.startOn ?? day(-60), endOn: input.endOn },
    }).then(rootField);
  const step = (document: typeof Accept | typeof End, id: string, version: number, as: Person) => server.exec(PEOPLE[as], document as typeof Accept, { input: { id, version } }).then(rootField);

  it('takes a mentoring relationship from proposal to end, with sessions whose notes stay private', async () => {
    // The mentee proposes portfolio@ as mentor; a colleague may not propose for them.
    expect(await unchanged(() => propose({}, 'dev'))).toMatchObject({ __typename: 'ForbiddenError' });
    const proposed = expectType(await propose({ focusSkillKeys: ['leadership', 'negotiation'] }, 'member'), 'MutationProposeMentoringSuccess').data;
    expect(proposed).toMatchObject({ status: 'PROPOSED', version: 1, mentor: { email: PEOPLE.owner }, mentee: { email: PEOPLE.member }, focusSkills: [{ key: 'leadership' }, { key: 'negotiation' }] });
    // The proposer does not accept their own proposal; the other party does.
    expect(await unchanged(() => step(Accept, proposed.id, 1, 'member'))).toMatchObject({ __typename: 'ForbiddenError' });
    expect(await unchanged(() => step(Accept, proposed.id, 1, 'manager'))).toMatchObject({ __typename: 'ForbiddenError' });
    expect(await step(Accept, proposed.id, 1, 'owner')).toMatchObject({ data: { status: 'ACTIVE', version: 2 } });
    const session = (input: { heldOn: string; minutes: number; notes?: string }, as: Person) => server.exec(PEOPLE[as], Session, { input: { mentoringId: proposed.id, ...input } }).then(rootField);
    expect(await unchanged(() => session({ heldOn: day(-10), minutes: 60, notes: 'x' }, 'manager'))).toMatchObject({ __typename: 'ForbiddenError' });
    expect(await unchanged(() => session({ heldOn: day(-70), minutes: 60 }, 'member'))).toEqual(validationError(issue('heldOn', 'heldOn must be within the mentoring’s dates')));
    expect(await unchanged(() => session({ heldOn: day(-10), minutes: 1 }, 'member'))).toEqual(validationError(issue('minutes', 'minutes must be a whole number from 5 to 480')));
    expect(await session({ heldOn: day(-20), minutes: 45, notes: 'Struggles with the sponsor; practise saying no.' }, 'owner')).toMatchObject({ data: { sessions: [{ minutes: 45, notes: 'Struggles with the sponsor; practise saying no.', recordedBy: { email: PEOPLE.owner } }] } });
    expectType(await session({ heldOn: day(-5), minutes: 30, notes: 'Negotiation role play.' }, 'member'), 'MutationRecordMentoringSessionSuccess');
    // Notes: the mentor, the mentee and the PMO read them; pm@ (member@'s projects) sees the sessions without notes.
    const read = (as: Person) => server.exec(PEOPLE[as], ReadMentoring, { id: proposed.id });
    for (const as of ['member', 'owner', 'admin'] as const) {
      const node = dataOf(await read(as)).node as { viewerReadsNotes: boolean; sessions: { notes: string | null }[] };
      expect(node.viewerReadsNotes, as).toBe(true);
      expect(node.sessions.map((s) => s.notes), as).toEqual(['Negotiation role play.', 'Struggles with the sponsor; practise saying no.']);
    }
    for (const as of ['manager', 'otherOwner'] as const) {
      const node = dataOf(await read(as)).node as { viewerReadsNotes: boolean; sessions: { heldOn: string; notes: string | null }[] };
      expect(node, as).toMatchObject({ viewerReadsNotes: false, sessions: [{ heldOn: day(-5), notes: null }, { heldOn: day(-20), notes: null }] });
    }
    // An executive (aggregates only) and a colleague read nothing of it.
    for (const as of ['executive', 'dev'] as const) expect((await read(as)).errors?.map((error) => error.extensions?.code), as).toEqual(['FORBIDDEN']);
    // The audit trail records the sessions, never their notes.
    const audit = await prisma.auditEvent.findMany({ where: { entityType: 'Mentoring', entityId: dbId(proposed.id) }, orderBy: { id: 'asc' } });
    expect(audit.map((event) => event.action)).toEqual(['mentoring.proposed', 'mentoring.accepted', 'mentoring.sessionRecorded', 'mentoring.sessionRecorded']);
    expect(JSON.stringify(audit)).not.toMatch(/sponsor|role play/);
    // Ending: the parties or the PMO.
    expect(await unchanged(() => step(End, proposed.id, 2, 'manager'))).toMatchObject({ __typename: 'ForbiddenError' });
    expect(await step(End, proposed.id, 2, 'member')).toMatchObject({ data: { status: 'ENDED', version: 3, endOn: day(0) } });
    expect(await unchanged(() => step(End, proposed.id, 3, 'owner'))).toEqual(validationError(issue('id', 'The mentoring has already ended')));
    expect(await unchanged(() => session({ heldOn: day(0), minutes: 30 }, 'member'))).toEqual(validationError(issue('mentoringId', 'Sessions are recorded while mentoring is ACTIVE (it is ENDED)')));
  });

  it('refuses bad mentoring proposals with every problem, changing nothing', async () => {
    expect(await unchanged(() => propose({ mentor: 'member', mentee: 'member' }, 'member'))).toEqual(validationError(issue('menteeId', 'A person cannot mentor themselves')));
    expect(await unchanged(() => propose({ focusSkillKeys: ['juggling'] }, 'member'))).toEqual(validationError(issue('focusSkillKeys', 'The catalogue has no skill "juggling"')));
    expect(await unchanged(() => propose({ startOn: day(0), endOn: day(-1) }, 'member'))).toEqual(validationError(issue('endOn', 'Mentoring must not end before it starts')));
    expect(await unchanged(() => propose({ focusSkillKeys: [] }, 'member'))).toEqual(validationError(issue('focusSkillKeys', 'Focus on 1 to 10 skills')));
  });

  it('sets a development plan whose goals show progress from skills and mentoring, in the development view', async () => {
    const set = (input: { version: number; summary?: string; goals: { skillKey: string; targetLevel: number; byDate: string }[]; person?: Person }, as: Person) =>
      server.exec(PEOPLE[as], SetPlan, { input: { userId: seed.people.gid(input.person ?? 'dev'), version: input.version, summary: input.summary, goals: input.goals } }).then(rootField);
    // yuki.tanaka@ (dev): mobile-development 4, cloud-architecture 3 in the demo.
    const goals = [{ skillKey: 'cloud-architecture', targetLevel: 4, byDate: day(180) }, { skillKey: 'leadership', targetLevel: 2, byDate: day(-1) }, { skillKey: 'mobile-development', targetLevel: 4, byDate: day(30) }];
    // The demo gives yuki a plan already: start from its version.
    const current = (await prisma.developmentPlan.findUnique({ where: { userId: seed.people.id('dev') } }))?.version ?? 0;
    expect(await unchanged(() => set({ version: current, goals }, 'member'))).toMatchObject({ __typename: 'ForbiddenError' });
    expect(await unchanged(() => set({ version: current, goals: [{ skillKey: 'juggling', targetLevel: 9, byDate: day(1) }] }, 'dev'))).toEqual(
      validationError({ path: ['input', 'goals', '0', 'skillKey'], message: 'The catalogue has no skill "juggling"' }, { path: ['input', 'goals', '0', 'targetLevel'], message: 'targetLevel must be a whole number from 1 to 5' }),
    );
    expect(await unchanged(() => set({ version: current, goals: [goals[0]!, goals[0]!] }, 'dev'))).toEqual(validationError(issue('goals', 'Each skill at most once')));
    const plan = expectType(await set({ version: current, summary: 'Towards solution architect', goals }, 'dev'), 'MutationSetDevelopmentPlanSuccess').data;
    expect(plan).toMatchObject({ summary: 'Towards solution architect', version: current + 1, updatedBy: { email: PEOPLE.dev } });
    expect(plan.goals.map((goal) => [goal.skill.key, goal.progress])).toEqual([
      ['leadership', { currentLevel: null, progress: 0, reached: false, overdue: true, completedCourses: 0, mentoring: 0 }],
      ['mobile-development', { currentLevel: 4, progress: 1, reached: true, overdue: false, completedCourses: 0, mentoring: 0 }],
      ['cloud-architecture', { currentLevel: 3, progress: 0.75, reached: false, overdue: false, completedCourses: 0, mentoring: 0 }],
    ]);
    expect(await unchanged(() => set({ version: current, goals }, 'manager'))).toMatchObject({ __typename: 'ConflictError', currentVersion: current + 1 });
    // pm@ manages yuki's projects: they may change the plan; mentoring on leadership counts.
    expectType(await set({ version: current + 1, summary: 'Towards solution architect', goals }, 'manager'), 'MutationSetDevelopmentPlanSuccess');
    const mentoring = expectType(await propose({ mentor: 'manager', mentee: 'dev', focusSkillKeys: ['leadership'], startOn: day(-3) }, 'manager'), 'MutationProposeMentoringSuccess').data;
    expectType(await step(Accept, mentoring.id, 1, 'dev'), 'MutationAcceptMentoringSuccess');
    const view = (as: Person) => server.exec(PEOPLE[as], Development, { id: seed.people.gid('dev') });
    const development = (dataOf(await view('dev')).node as { development: { plan: { goals: { skill: { key: string }; progress: { mentoring: number } }[] }; mentoringAsMentee: unknown[]; enrollments: unknown[]; certifications: unknown[] } }).development;
    expect(development.plan.goals.find((goal) => goal.skill.key === 'leadership')!.progress.mentoring).toBe(1);
    expect(development.mentoringAsMentee).toEqual([{ mentor: { email: PEOPLE.manager }, status: 'ACTIVE', sessions: [] }]);
    expect(development).toMatchObject({ enrollments: [], certifications: [] });
    // yuki is on CRM-2026 and MOB-APP (pm@, portfolio@) and CLOUD-MIG (pm2@, portfolio2@).
    for (const as of ['admin', 'manager', 'owner', 'otherManager', 'otherOwner'] as const) expect((await view(as)).errors, as).toBeUndefined();
    for (const as of ['executive', 'member', 'analyst'] as const) expect((await view(as)).errors?.map((error) => error.extensions?.code), as).toContain('FORBIDDEN');
  });

  it('reads the development of many people in as many statements as of a few', async () => {
    const Many = graphql(`
      query DevelopmentMany($first: Int!) {
        users(first: $first) { edges { node { development { plan { goals { progress { progress } } } certifications { expiring renewal { met } } enrollments { status } mentoringAsMentee { sessions { notes } } } } } }
      }
    `);
    // The first person by name (the PMO's Amara Okafor) has a plan too, so both pages read goals.
    const plan = await prisma.developmentPlan.findUnique({ where: { userId: seed.people.id('admin') } });
    if (!plan) {
      expectType(rootField(await server.exec(PEOPLE.admin, SetPlan, { input: { userId: seed.people.gid('admin'), version: 0, goals: [{ skillKey: 'coaching', targetLevel: 3, byDate: day(90) }] } })), 'MutationSetDevelopmentPlanSuccess');
    }
    const statements = (first: number) => server.countStatements(async () => expect((await server.exec(PEOPLE.admin, Many, { first })).errors).toBeUndefined());
    expect(await statements(10)).toBe(await statements(2));
  });
});
