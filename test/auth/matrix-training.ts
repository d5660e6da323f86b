// The training domain's part of the write matrix (spread into SCENARIOS in matrix-mutations.ts):
// each mutation on records made for it, with the actors allowed to do it. restore() in
// matrix-actors.ts removes what these make (authz- keys, AUTHZ credentials, the settings).

import { expect } from 'vitest';
import { graphql } from '../gql/index.js';
import { gid, uniqueCode } from '../support/ids.js';
import type { SignedIn } from './matrix-actors.js';
import type { MutationContext, MutationScenario } from './matrix-mutations.js';

export type TrainingMutationField =
  | 'createCertificationType' | 'updateCertificationType' | 'recordCertification' | 'verifyCertification' | 'deleteCertification' | 'updateTrainingSettings';

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
];

