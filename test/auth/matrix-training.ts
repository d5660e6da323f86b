// The training domain's part of the write matrix (spread into SCENARIOS in matrix-mutations.ts):
// each mutation on records made for it, with the actors allowed to do it. restore() in
// matrix-actors.ts removes what these make (authz- keys, AUTHZ credentials, the settings).

import { expect } from 'vitest';
import { graphql } from '../gql/index.js';
import { gid, uniqueCode } from '../support/ids.js';
import type { SignedIn } from './matrix-actors.js';
import type { MutationContext, MutationScenario } from './matrix-mutations.js';

export type TrainingMutationField =
  | 'createCertificationType' | 'updateCertificationType' | 'recordCertification' | 'verifyCertification' | 'deleteCertification' | 'updateTrainingSettings'
  | 'createCourse' | 'updateCourse' | 'requestEnrollment' | 'approveEnrollment' | 'startEnrollment' | 'completeEnrollment' | 'dropEnrollment'
  | 'proposeMentoring' | 'acceptMentoring' | 'endMentoring' | 'recordMentoringSession' | 'setDevelopmentPlan';

interface TrainingScenario<Target> extends Omit<MutationScenario<Target>, 'mutation'> {
  mutation: TrainingMutationField;
}
const scenario = <Target>(definition: TrainingScenario<Target>) => definition as unknown as MutationScenario<unknown>;

const CreateCertificationType = graphql(`
  mutation AuthzCreateCertificationType($input: CreateCertificationTypeInput!) {
    createCertificationType(input: $input) { __typename ... on Error { message } ... on MutationCreateCertificationTypeSuccess { data { key version } } }
  }
`);
const UpdateCertificationType = graphql(`
  mutation AuthzUpdateCertificationType($input: UpdateCertificationTypeInput!) {
    updateCertificationType(input: $input) { __typename ... on Error { message } ... on MutationUpdateCertificationTypeSuccess { data { name version } } }
  }
`);
const RecordCertification = graphql(`
  mutation AuthzRecordCertification($input: RecordCertificationInput!) {
    recordCertification(input: $input) { __typename ... on Error { message } ... on MutationRecordCertificationSuccess { data { credentialId user { email } } } }
  }
`);
const VerifyCertification = graphql(`
  mutation AuthzVerifyCertification($input: VerifyCertificationInput!) {
    verifyCertification(input: $input) { __typename ... on Error { message } ... on MutationVerifyCertificationSuccess { data { verified version } } }
  }
`);
const DeleteCertification = graphql(`
  mutation AuthzDeleteCertification($input: DeleteCertificationInput!) {
    deleteCertification(input: $input) { __typename ... on Error { message } ... on MutationDeleteCertificationSuccess { data { user { email } } } }
  }
`);
const UpdateTrainingSettings = graphql(`
  mutation AuthzUpdateTrainingSettings($input: UpdateTrainingSettingsInput!) {
    updateTrainingSettings(input: $input) { __typename ... on Error { message } ... on MutationUpdateTrainingSettingsSuccess { data { expiryWindowDays version } } }
  }
`);


/** A certification type made for one case (restore deletes the authz- types and their certifications). */
const freshType = (ctx: MutationContext) =>
  ctx.prisma.certificationType.create({ data: { key: uniqueCode('authz-cert').toLowerCase(), name: 'Authz certification', issuer: 'PMI', validityMonths: 36 } });

/** A certification of member@ made for one case. */
async function freshCertification(ctx: MutationContext) {
  const type = await freshType(ctx);
  const cert = await ctx.prisma.userCertification.create({ data: { userId: ctx.seeded.users.member, typeId: type.id, earnedOn: new Date('2026-01-05'), expiresOn: new Date('2029-01-04'), credentialId: 'AUTHZ' } });
  return { id: cert.id, gid: gid('UserCertification', cert.id) };
}

const CreateCourse = graphql(`
  mutation AuthzCreateCourse($input: CreateCourseInput!) {
    createCourse(input: $input) { __typename ... on Error { message } ... on MutationCreateCourseSuccess { data { key version } } }
  }
`);
const UpdateCourse = graphql(`
  mutation AuthzUpdateCourse($input: UpdateCourseInput!) {
    updateCourse(input: $input) { __typename ... on Error { message } ... on MutationUpdateCourseSuccess { data { hours version } } }
  }
`);
const RequestEnrollment = graphql(`
  mutation AuthzRequestEnrollment($input: RequestEnrollmentInput!) {
    requestEnrollment(input: $input) { __typename ... on Error { message } ... on MutationRequestEnrollmentSuccess { data { status user { email } } } }
  }
`);
const ApproveEnrollment = graphql(`
  mutation AuthzApproveEnrollment($input: ApproveEnrollmentInput!) {
    approveEnrollment(input: $input) { __typename ... on Error { message } ... on MutationApproveEnrollmentSuccess { data { status version } } }
  }
`);
const StartEnrollment = graphql(`
  mutation AuthzStartEnrollment($input: StartEnrollmentInput!) {
    startEnrollment(input: $input) { __typename ... on Error { message } ... on MutationStartEnrollmentSuccess { data { status version } } }
  }
`);
const CompleteEnrollment = graphql(`
  mutation AuthzCompleteEnrollment($input: CompleteEnrollmentInput!) {
    completeEnrollment(input: $input) { __typename ... on Error { message } ... on MutationCompleteEnrollmentSuccess { data { status version } } }
  }
`);
const DropEnrollment = graphql(`
  mutation AuthzDropEnrollment($input: DropEnrollmentInput!) {
    dropEnrollment(input: $input) { __typename ... on Error { message } ... on MutationDropEnrollmentSuccess { data { status version } } }
  }
`);

/** A course made for one case (restore deletes the authz- courses and their enrollments). */
const freshCourse = (ctx: MutationContext) => ctx.prisma.course.create({ data: { key: uniqueCode('authz-course').toLowerCase(), title: 'Authz course', format: 'ONLINE', hours: 8 } });

/** An enrollment of member@ in `status` on a fresh course (APPROVED and later with its TRAINING absence). */
async function freshEnrollment(ctx: MutationContext, status: 'REQUESTED' | 'APPROVED' | 'IN_PROGRESS') {
  const course = await freshCourse(ctx);
  const from = new Date('2026-02-09');
  const to = new Date('2026-02-10');
  const absence = status === 'REQUESTED' ? null : await ctx.prisma.absence.create({ data: { userId: ctx.seeded.users.member, from, to, kind: 'TRAINING' } });
  const enrollment = await ctx.prisma.enrollment.create({ data: { userId: ctx.seeded.users.member, courseId: course.id, from, to, status, absenceId: absence?.id ?? null } });
  return { id: enrollment.id, gid: gid('Enrollment', enrollment.id) };
}

const ProposeMentoring = graphql(`
  mutation AuthzProposeMentoring($input: ProposeMentoringInput!) {
    proposeMentoring(input: $input) { __typename ... on Error { message } ... on MutationProposeMentoringSuccess { data { status mentee { email } } } }
  }
`);
const AcceptMentoring = graphql(`
  mutation AuthzAcceptMentoring($input: AcceptMentoringInput!) {
    acceptMentoring(input: $input) { __typename ... on Error { message } ... on MutationAcceptMentoringSuccess { data { status version } } }
  }
`);
const EndMentoring = graphql(`
  mutation AuthzEndMentoring($input: EndMentoringInput!) {
    endMentoring(input: $input) { __typename ... on Error { message } ... on MutationEndMentoringSuccess { data { status version } } }
  }
`);
const RecordMentoringSession = graphql(`
  mutation AuthzRecordMentoringSession($input: RecordMentoringSessionInput!) {
    recordMentoringSession(input: $input) { __typename ... on Error { message } ... on MutationRecordMentoringSessionSuccess { data { sessions { minutes } } } }
  }
`);
const SetDevelopmentPlan = graphql(`
  mutation AuthzSetDevelopmentPlan($input: SetDevelopmentPlanInput!) {
    setDevelopmentPlan(input: $input) { __typename ... on Error { message } ... on MutationSetDevelopmentPlanSuccess { data { summary version } } }
  }
`);

/** yuki.tanaka@ (dev) mentoring member@, proposed by yuki, in `status` (restore deletes dev → member@ mentoring). */
async function freshMentoring(ctx: MutationContext, status: 'PROPOSED' | 'ACTIVE') {
  const mentoring = await ctx.prisma.mentoring.create({
    data: { mentorId: ctx.seeded.users.dev, menteeId: ctx.seeded.users.member, status, startOn: new Date('2026-01-05'), createdById: ctx.seeded.users.dev },
  });
  return { id: mentoring.id, gid: gid('MentoringRelationship', mentoring.id) };
}

/** member@'s managers: pm@ (its projects), both portfolio owners (its projects are in both portfolios), the PMO. */
const MEMBER_MANAGERS = ['admin', 'owner', 'otherOwner', 'manager'] as const;

const member = (ctx: MutationContext) => gid('User', ctx.seeded.users.member);

export const TRAINING_SCENARIOS: MutationScenario[] = [
  scenario({
    title: 'createCertificationType',
    mutation: 'createCertificationType',
    allowed: ['admin'],
    audit: 'certificationType.created',
    prepare: async () => uniqueCode('authz-cert').toLowerCase(),
    send: (ctx, as, key) => ctx.server.exec(as, CreateCertificationType, { input: { key, name: 'Authz certification', issuer: 'PMI', validityMonths: 12 } }),
    effect: async (ctx, key, data) => {
      expect(data).toEqual({ key, version: 1 });
      expect(await ctx.prisma.certificationType.count({ where: { key } })).toBe(1);
    },
  }),
  scenario({
    title: 'updateCertificationType',
    mutation: 'updateCertificationType',
    allowed: ['admin'],
    audit: 'certificationType.updated',
    prepare: freshType,
    send: (ctx, as, type) => ctx.server.exec(as, UpdateCertificationType, { input: { id: gid('CertificationType', type.id), version: 1, name: 'Renamed' } }),
    effect: async (ctx, type, data) => {
      expect(data).toEqual({ name: 'Renamed', version: 2 });
      expect((await ctx.prisma.certificationType.findUniqueOrThrow({ where: { id: type.id } })).name).toBe('Renamed');
    },
  }),
  scenario({
    title: 'recordCertification for member@ (the person, or the PMO)',
    mutation: 'recordCertification',
    allowed: ['admin', 'member'],
    audit: 'userCertification.recorded',
    prepare: freshType,
    send: (ctx, as, type) => ctx.server.exec(as, RecordCertification, { input: { userId: member(ctx), typeKey: type.key, earnedOn: '2026-02-02', credentialId: 'AUTHZ' } }),
    effect: async (ctx, type, data) => {
      expect(data).toEqual({ credentialId: 'AUTHZ', user: { email: 'member@pmo.local' } });
      expect(await ctx.prisma.userCertification.count({ where: { typeId: type.id, userId: ctx.seeded.users.member } })).toBe(1);
    },
  }),
  scenario({
    title: 'verifyCertification of member@ (the PMO)',
    mutation: 'verifyCertification',
    allowed: ['admin'],
    audit: 'userCertification.verified',
    prepare: freshCertification,
    send: (ctx, as, cert) => ctx.server.exec(as, VerifyCertification, { input: { id: cert.gid, version: 1 } }),
    effect: async (ctx, cert, data) => {
      expect(data).toEqual({ verified: true, version: 2 });
      expect((await ctx.prisma.userCertification.findUniqueOrThrow({ where: { id: cert.id } })).verifiedAt).not.toBeNull();
    },
  }),
  scenario({
    title: 'deleteCertification of member@ (the person, or the PMO)',
    mutation: 'deleteCertification',
    allowed: ['admin', 'member'],
    audit: 'userCertification.deleted',
    prepare: freshCertification,
    send: (ctx, as, cert) => ctx.server.exec(as, DeleteCertification, { input: { id: cert.gid, version: 1 } }),
    effect: async (ctx, cert, data) => {
      expect(data).toEqual({ user: { email: 'member@pmo.local' } });
      expect(await ctx.prisma.userCertification.count({ where: { id: cert.id } })).toBe(0);
    },
  }),
  scenario({
    title: 'updateTrainingSettings',
    mutation: 'updateTrainingSettings',
    allowed: ['admin'],
    audit: 'trainingSettings.updated',
    prepare: async () => undefined,
    send: (ctx, as) => ctx.server.exec(as, UpdateTrainingSettings, { input: { version: 0, expiryWindowDays: 60 } }),
    effect: async (ctx, _target, data) => {
      expect(data).toEqual({ expiryWindowDays: 60, version: 1 });
      expect((await ctx.prisma.trainingSettings.findUniqueOrThrow({ where: { id: 1 } })).expiryWindowDays).toBe(60);
    },
  }),
  scenario({
    title: 'createCourse',
    mutation: 'createCourse',
    allowed: ['admin'],
    audit: 'course.created',
    prepare: async () => uniqueCode('authz-course').toLowerCase(),
    send: (ctx, as, key) => ctx.server.exec(as, CreateCourse, { input: { key, title: 'Authz course', format: 'ONLINE', hours: 4, pdusWaysOfWorking: 4 } }),
    effect: async (ctx, key, data) => {
      expect(data).toEqual({ key, version: 1 });
      expect(await ctx.prisma.course.count({ where: { key } })).toBe(1);
    },
  }),
  scenario({
    title: 'updateCourse',
    mutation: 'updateCourse',
    allowed: ['admin'],
    audit: 'course.updated',
    prepare: freshCourse,
    send: (ctx, as, course) => ctx.server.exec(as, UpdateCourse, { input: { id: gid('Course', course.id), version: 1, hours: 12 } }),
    effect: async (ctx, course, data) => {
      expect(data).toEqual({ hours: 12, version: 2 });
      expect(Number((await ctx.prisma.course.findUniqueOrThrow({ where: { id: course.id } })).hours)).toBe(12);
    },
  }),
  scenario({
    title: 'requestEnrollment for member@ (the person only)',
    mutation: 'requestEnrollment',
    allowed: ['member'],
    audit: 'enrollment.requested',
    prepare: freshCourse,
    send: (ctx, as, course) => ctx.server.exec(as, RequestEnrollment, { input: { userId: member(ctx), courseKey: course.key, from: '2026-02-09', to: '2026-02-10' } }),
    effect: async (ctx, course, data) => {
      expect(data).toEqual({ status: 'REQUESTED', user: { email: 'member@pmo.local' } });
      expect(await ctx.prisma.enrollment.count({ where: { courseId: course.id, userId: ctx.seeded.users.member } })).toBe(1);
    },
  }),
  scenario({
    title: "approveEnrollment of member@ (the PMO and member@'s managers), recording its TRAINING absence",
    mutation: 'approveEnrollment',
    allowed: MEMBER_MANAGERS,
    audit: ['enrollment.approved', 'absence.created'],
    prepare: (ctx) => freshEnrollment(ctx, 'REQUESTED'),
    send: (ctx, as, enrollment) => ctx.server.exec(as, ApproveEnrollment, { input: { id: enrollment.gid, version: 1 } }),
    effect: async (ctx, enrollment, data) => {
      expect(data).toEqual({ status: 'APPROVED', version: 2 });
      expect((await ctx.prisma.enrollment.findUniqueOrThrow({ where: { id: enrollment.id }, include: { absence: true } })).absence).toMatchObject({ kind: 'TRAINING' });
    },
  }),
  scenario({
    title: "startEnrollment of member@ (the person, the PMO and member@'s managers)",
    mutation: 'startEnrollment',
    allowed: [...MEMBER_MANAGERS, 'member'],
    audit: 'enrollment.started',
    prepare: (ctx) => freshEnrollment(ctx, 'APPROVED'),
    send: (ctx, as, enrollment) => ctx.server.exec(as, StartEnrollment, { input: { id: enrollment.gid, version: 1 } }),
    effect: async (ctx, enrollment, data) => {
      expect(data).toEqual({ status: 'IN_PROGRESS', version: 2 });
      expect((await ctx.prisma.enrollment.findUniqueOrThrow({ where: { id: enrollment.id } })).status).toBe('IN_PROGRESS');
    },
  }),
  scenario({
    title: "completeEnrollment of member@ (the PMO and member@'s managers)",
    mutation: 'completeEnrollment',
    allowed: MEMBER_MANAGERS,
    audit: 'enrollment.completed',
    prepare: (ctx) => freshEnrollment(ctx, 'IN_PROGRESS'),
    send: (ctx, as, enrollment) => ctx.server.exec(as, CompleteEnrollment, { input: { id: enrollment.gid, version: 1, completedOn: '2026-02-10' } }),
    effect: async (ctx, enrollment, data) => {
      expect(data).toEqual({ status: 'COMPLETED', version: 2 });
      expect((await ctx.prisma.enrollment.findUniqueOrThrow({ where: { id: enrollment.id } })).completedOn).toEqual(new Date('2026-02-10'));
    },
  }),
  scenario({
    title: "dropEnrollment of member@ (the person, the PMO and member@'s managers), removing its TRAINING absence",
    mutation: 'dropEnrollment',
    allowed: [...MEMBER_MANAGERS, 'member'],
    audit: ['enrollment.dropped', 'absence.deleted'],
    prepare: (ctx) => freshEnrollment(ctx, 'APPROVED'),
    send: (ctx, as, enrollment) => ctx.server.exec(as, DropEnrollment, { input: { id: enrollment.gid, version: 1 } }),
    effect: async (ctx, enrollment, data) => {
      expect(data).toEqual({ status: 'DROPPED', version: 2 });
      expect((await ctx.prisma.enrollment.findUniqueOrThrow({ where: { id: enrollment.id } })).absenceId).toBeNull();
    },
  }),
  scenario({
    title: "proposeMentoring of member@ by yuki (the parties, member@'s managers, the PMO)",
    mutation: 'proposeMentoring',
    allowed: [...MEMBER_MANAGERS, 'member'],
    audit: 'mentoring.proposed',
    prepare: async () => undefined,
    send: (ctx, as) =>
      ctx.server.exec(as, ProposeMentoring, { input: { mentorId: gid('User', ctx.seeded.users.dev), menteeId: member(ctx), focusSkillKeys: ['mobile-development'], startOn: '2026-02-02' } }),
    effect: async (ctx, _target, data) => {
      expect(data).toEqual({ status: 'PROPOSED', mentee: { email: 'member@pmo.local' } });
      expect(await ctx.prisma.mentoring.count({ where: { mentorId: ctx.seeded.users.dev, menteeId: ctx.seeded.users.member } })).toBe(1);
    },
  }),
  scenario({
    title: 'acceptMentoring proposed by yuki to member@ (member@, the PMO)',
    mutation: 'acceptMentoring',
    allowed: ['admin', 'member'],
    audit: 'mentoring.accepted',
    prepare: (ctx) => freshMentoring(ctx, 'PROPOSED'),
    send: (ctx, as, mentoring) => ctx.server.exec(as, AcceptMentoring, { input: { id: mentoring.gid, version: 1 } }),
    effect: async (ctx, mentoring, data) => {
      expect(data).toEqual({ status: 'ACTIVE', version: 2 });
      expect((await ctx.prisma.mentoring.findUniqueOrThrow({ where: { id: mentoring.id } })).status).toBe('ACTIVE');
    },
  }),
  scenario({
    title: 'endMentoring of yuki and member@ (the parties, the PMO)',
    mutation: 'endMentoring',
    allowed: ['admin', 'member'],
    audit: 'mentoring.ended',
    prepare: (ctx) => freshMentoring(ctx, 'ACTIVE'),
    send: (ctx, as, mentoring) => ctx.server.exec(as, EndMentoring, { input: { id: mentoring.gid, version: 1, endOn: '2026-03-02' } }),
    effect: async (ctx, mentoring, data) => {
      expect(data).toEqual({ status: 'ENDED', version: 2 });
      expect((await ctx.prisma.mentoring.findUniqueOrThrow({ where: { id: mentoring.id } })).endOn).toEqual(new Date('2026-03-02'));
    },
  }),
  scenario({
    title: 'recordMentoringSession of yuki and member@ (the parties, the PMO)',
    mutation: 'recordMentoringSession',
    allowed: ['admin', 'member'],
    audit: 'mentoring.sessionRecorded',
    prepare: (ctx) => freshMentoring(ctx, 'ACTIVE'),
    send: (ctx, as, mentoring) => ctx.server.exec(as, RecordMentoringSession, { input: { mentoringId: mentoring.gid, heldOn: '2026-02-16', minutes: 45, notes: 'Private' } }),
    effect: async (ctx, mentoring, data) => {
      expect(data).toEqual({ sessions: [{ minutes: 45 }] });
      expect(await ctx.prisma.mentoringSession.count({ where: { mentoringId: mentoring.id } })).toBe(1);
    },
  }),
  scenario({
    title: "setDevelopmentPlan of member@ (the person, member@'s managers, the PMO)",
    mutation: 'setDevelopmentPlan',
    allowed: [...MEMBER_MANAGERS, 'member'],
    audit: 'developmentPlan.created',
    prepare: async () => undefined,
    send: (ctx, as) => ctx.server.exec(as, SetDevelopmentPlan, { input: { userId: member(ctx), version: 0, summary: 'Authz plan', goals: [{ skillKey: 'communication', targetLevel: 4, byDate: '2027-06-30' }] } }),
    effect: async (ctx, _target, data) => {
      expect(data).toEqual({ summary: 'Authz plan', version: 1 });
      expect(await ctx.prisma.developmentGoal.count({ where: { plan: { userId: ctx.seeded.users.member } } })).toBe(1);
    },
  }),
];

