// Certifications: the catalogue of certification types (certificationTypes, certificationType,
// createCertificationType, updateCertificationType), the certifications people hold
// (user.certifications, recordCertification, verifyCertification, deleteCertification), their
// renewal position, the expiry window (trainingSettings, updateTrainingSettings) and
// expiringCertifications.
import { z } from 'zod';
import { addDays, isoDate, startOfDay } from '../../server/platform/calendar.js';
import { requestMemo } from '../../server/platform/loaders.js';
import { ValidationError } from '../../server/platform/errors.js';
import {
  type CategoryRenewal,
  createCertificationType,
  deleteCertification,
  expiringWhere,
  isActive,
  MAX_EXPIRY_WINDOW_DAYS,
  recordCertification,
  type Renewal,
  renewalOfCertification,
  trainingSettings,
  type TrainingSettings,
  updateCertificationType,
  updateTrainingSettings,
  verifyCertification,
} from '../../server/training/index.js';
import { builder } from '../builder.js';
import { nodeConnection } from '../shared/connections.js';
import { serviceContextOf } from '../shared/context.js';
import { mutationErrors } from '../shared/errors.js';
import { idOf } from '../shared/ids.js';
import { filteredPage } from '../shared/pages.js';
import { reloadRow } from '../shared/reload.js';
import { inputRules, name } from '../shared/validators.js';
import { SkillCategoryRef } from './shared.js';

export const catalogueKey = z.string().max(60, 'must be at most 60 characters');

const CertificationTypeRef = builder.prismaNode('CertificationType', {
  id: { field: 'id' },
  nullable: true,
  description: 'A certification the PMO recognises, with its renewal rules (PDUs per cycle).',
  select: { id: true },
  authScopes: { authenticated: true },
  fields: (t) => ({
    key: t.exposeString('key', { description: 'Unique key, e.g. "pmp".' }),
    name: t.exposeString('name', { description: 'Display name, e.g. "Project Management Professional (PMP)".' }),
    issuer: t.exposeString('issuer', { description: 'Who awards it, e.g. "PMI".' }),
    validityMonths: t.exposeInt('validityMonths', { nullable: true, description: 'Months it stays valid from the day it is earned; null: it never expires.' }),
    requiredPdus: t.float({ description: 'PDUs to earn in each renewal cycle (0: no PDU renewal).', select: { requiredPdus: true }, resolve: (row) => Number(row.requiredPdus) }),
    minEducationPdus: t.float({ description: 'Of those, at least this many in education.', select: { minEducationPdus: true }, resolve: (row) => Number(row.minEducationPdus) }),
    minPdusPerCategory: t.float({ description: 'Of the education PDUs, at least this many in each side of the talent triangle.', select: { minPdusPerCategory: true }, resolve: (row) => Number(row.minPdusPerCategory) }),
    projectManagement: t.exposeBoolean('projectManagement', { description: 'A project-management certification (what methodology rules on the manager ask for: `manager.projectManagementCertified`).' }),
    version: t.exposeInt('version', { description: 'Send it back with updateCertificationType.' }),
  }),
});

const CategoryRenewalRef = builder.objectRef<CategoryRenewal>('CategoryRenewal').implement({
  description: 'Education PDUs in one side of the talent triangle, against the minimum.',
  fields: (t) => ({
    category: t.field({ type: SkillCategoryRef, description: 'The side of the talent triangle.', resolve: (row) => row.category }),
    required: t.float({ description: 'The minimum.', resolve: (row) => row.required }),
    earned: t.float({ description: 'Earned in the cycle.', resolve: (row) => row.earned }),
  }),
});

const RenewalRef = builder.objectRef<Renewal>('CertificationRenewal').implement({
  description: 'PDUs earned since the certification (courses completed from earnedOn to expiresOn) against its renewal rules.',
  fields: (t) => ({
    required: t.float({ description: 'PDUs to earn in the cycle.', resolve: (row) => row.required }),
    earned: t.float({ description: 'PDUs earned in the cycle (education and giving back).', resolve: (row) => row.earned }),
    education: t.float({ description: 'Of those, education PDUs.', resolve: (row) => row.education }),
    requiredEducation: t.float({ description: 'The minimum of education PDUs.', resolve: (row) => row.requiredEducation }),
    byCategory: t.field({ type: [CategoryRenewalRef], description: 'Education PDUs by side of the talent triangle.', resolve: (row) => row.byCategory }),
    met: t.boolean({ description: 'Every rule holds: total, education and each side.', resolve: (row) => row.met }),
  }),
});

const UserCertificationRef = builder.prismaNode('UserCertification', {
  id: { field: 'id' },
  nullable: true,
  description: 'A certification a person holds. Read by the person, the PMO and the managers who plan their work.',
  select: { id: true, userId: true },
  authScopes: (row) => ({ readPerson: row.userId }),
  fields: (t) => ({
    user: t.relation('user', { description: 'The holder.' }),
    type: t.relation('type', { description: 'The certification.' }),
    earnedOn: t.expose('earnedOn', { type: 'Date', description: 'The day it was earned (or last renewed).' }),
    expiresOn: t.expose('expiresOn', { type: 'Date', nullable: true, description: 'Its last valid day; null when it never expires.' }),
    credentialId: t.exposeString('credentialId', { description: "The issuer's credential number; empty when none." }),
    active: t.boolean({ description: 'Valid today.', select: { earnedOn: true, expiresOn: true }, resolve: (row) => isActive(row, new Date()) }),
    expiring: t.boolean({
      description: "Valid today and expiring within the PMO's expiry window (trainingSettings.expiryWindowDays).",
      select: { earnedOn: true, expiresOn: true },
      resolve: async (row, _args, ctx) => {
        if (!row.expiresOn || !isActive(row, new Date())) return false;
        const { expiryWindowDays } = await settingsOfRequest(ctx);
        return isoDate(row.expiresOn) <= isoDate(addDays(startOfDay(new Date()), expiryWindowDays));
      },
    }),
    recordedBy: t.relation('recordedBy', { nullable: true, description: 'Who recorded it.' }),
    verified: t.boolean({ description: 'The PMO verified it with the issuer.', select: { verifiedAt: true }, resolve: (row) => row.verifiedAt !== null }),
    verifiedBy: t.relation('verifiedBy', { nullable: true, description: 'Who verified it.' }),
    verifiedAt: t.expose('verifiedAt', { type: 'DateTime', nullable: true, description: 'When; null while unverified.' }),
    renewal: t.field({
      type: RenewalRef,
      description: 'PDUs earned since the certification (completed courses in its cycle) against its renewal rules.',
      select: { userId: true, earnedOn: true, expiresOn: true, type: { select: { requiredPdus: true, minEducationPdus: true, minPdusPerCategory: true } } },
      resolve: (row, _args, ctx) => renewalOfCertification(ctx, row),
    }),
    version: t.exposeInt('version', { description: 'Send it back with verifyCertification or deleteCertification.' }),
  }),
});

/** The training settings, read once per request. */
const settingsOfRequest = requestMemo((ctx: { cache: Map<object, unknown>; prisma: Parameters<typeof trainingSettings>[0] }) => trainingSettings(ctx.prisma));

const TrainingSettingsRef = builder.objectRef<TrainingSettings>('TrainingSettings').implement({
  description: "The PMO's training settings.",
  fields: (t) => ({
    expiryWindowDays: t.int({ description: 'Certifications expiring within this many days are flagged as expiring (default 90).', resolve: (row) => row.expiryWindowDays }),
    version: t.int({ description: '0 while the defaults apply; send it back with updateTrainingSettings.', resolve: (row) => row.version }),
  }),
});

const CertificationTypeConnection = nodeConnection(CertificationTypeRef, 'CertificationType');
const UserCertificationConnection = nodeConnection(UserCertificationRef, 'UserCertification');

builder.queryFields((t) => ({
  certificationTypes: t.prismaConnection(
    {
      type: 'CertificationType',
      cursor: 'id',
      description: 'The certification catalogue, by name.',
      totalCount: (_root, _args, ctx) => ctx.prisma.certificationType.count(),
      resolve: (query, _root, _args, ctx) => ctx.prisma.certificationType.findMany({ ...query, orderBy: [{ name: 'asc' }, { id: 'asc' }] }),
    },
    CertificationTypeConnection,
  ),
  certificationType: t.prismaField({
    type: 'CertificationType',
    nullable: true,
    description: 'The certification type with this key, or null.',
    args: { key: t.arg.string({ required: true, description: 'Its key.' }) },
    resolve: (query, _root, args, ctx) => ctx.prisma.certificationType.findUnique({ ...query, where: { key: args.key } }),
  }),
  trainingSettings: t.field({
    type: TrainingSettingsRef,
    description: "The PMO's training settings (the expiry window).",
    resolve: (_root, _args, ctx) => settingsOfRequest(ctx),
  }),
  expiringCertifications: t.prismaConnection(
    {
      type: 'UserCertification',
      cursor: 'id',
      description: `Certifications expiring from today to the end of the window (default: the PMO's expiry window), by expiry: of the people whose training you read (yourself; the people on your projects and portfolios; everyone for the PMO).`,
      args: { withinDays: t.arg.int({ description: `Overrides the window: 1..${MAX_EXPIRY_WINDOW_DAYS} days.` }) },
      totalCount: async (_root, args, ctx) => ctx.prisma.userCertification.count({ where: await expiringWhere(ctx, await windowOf(ctx, args.withinDays)) }),
      resolve: async (query, _root, args, ctx) => {
        // The cursor is the id, the order is by expiry: page with the expiry of the cursor row.
        const where = await expiringWhere(ctx, await windowOf(ctx, args.withinDays));
        return ctx.prisma.userCertification.findMany({ ...filteredPage(query, where), orderBy: [{ expiresOn: 'asc' }, { id: 'asc' }] });
      },
    },
    UserCertificationConnection,
  ),
}));

async function windowOf(ctx: Parameters<typeof settingsOfRequest>[0], withinDays: number | null | undefined): Promise<number> {
  if (withinDays === null || withinDays === undefined) return (await settingsOfRequest(ctx)).expiryWindowDays;
  if (!(withinDays >= 1 && withinDays <= MAX_EXPIRY_WINDOW_DAYS)) throw ValidationError.single(['withinDays'], `withinDays must be from 1 to ${MAX_EXPIRY_WINDOW_DAYS}`);
  return withinDays;
}

builder.prismaObjectFields('User', (t) => ({
  certifications: t.relation('certifications', {
    description: "The person's certifications, newest first. Read by the person, the PMO and the managers who plan their work.",
    authScopes: (user) => ({ readPerson: user.id }),
    query: { orderBy: [{ earnedOn: 'desc' }, { id: 'desc' }], take: 200 },
  }),
}));

const pdus = z.number().min(0, 'must not be negative').max(1000, 'must be at most 1000').nullish();
const issuer = z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters');

const CreateCertificationTypeInput = builder.inputType('CreateCertificationTypeInput', {
  description: 'A certification for the catalogue (PMO_ADMIN).',
  validate: inputRules({ key: catalogueKey, name, issuer, requiredPdus: pdus, minEducationPdus: pdus, minPdusPerCategory: pdus }),
  fields: (t) => ({
    key: t.string({ required: true, description: 'Unique key: lower-case kebab-case, 2..60 characters; it never changes.' }),
    name: t.string({ required: true, description: 'Display name.' }),
    issuer: t.string({ required: true, description: 'Who awards it.' }),
    validityMonths: t.int({ description: 'Months it stays valid (1..120); absent or null: it never expires.' }),
    requiredPdus: t.float({ description: 'PDUs per renewal cycle (default 0).' }),
    minEducationPdus: t.float({ description: 'Of those, at least this many in education (default 0).' }),
    minPdusPerCategory: t.float({ description: 'Of the education PDUs, at least this many in each side of the talent triangle (default 0).' }),
    projectManagement: t.boolean({ description: 'A project-management certification (default false).' }),
  }),
});

const UpdateCertificationTypeInput = builder.inputType('UpdateCertificationTypeInput', {
  description: 'Changes to a certification type (PMO_ADMIN): only the fields given change; the key never does.',
  validate: inputRules({ name: name.nullish(), issuer: issuer.nullish(), requiredPdus: pdus, minEducationPdus: pdus, minPdusPerCategory: pdus }),
  fields: (t) => ({
    id: t.globalID({ required: true, description: 'The certification type.' }),
    version: t.int({ required: true, description: 'The version you read; a stale one gives ConflictError.' }),
    name: t.string({ description: 'Display name.' }),
    issuer: t.string({ description: 'Who awards it.' }),
    validityMonths: t.int({ description: 'Months it stays valid; null: it never expires.' }),
    requiredPdus: t.float({ description: 'PDUs per renewal cycle.' }),
    minEducationPdus: t.float({ description: 'Of those, at least this many in education.' }),
    minPdusPerCategory: t.float({ description: 'At least this many education PDUs in each side of the talent triangle.' }),
    projectManagement: t.boolean({ description: 'A project-management certification.' }),
  }),
});

const RecordCertificationInput = builder.inputType('RecordCertificationInput', {
  description: 'A certification a person holds (the person, or the PMO, records it).',
  validate: inputRules({ credentialId: z.string().max(100, 'must be at most 100 characters').nullish() }),
  fields: (t) => ({
    userId: t.globalID({ required: true, description: 'The holder.' }),
    typeKey: t.string({ required: true, description: 'The certification type.', validate: catalogueKey }),
    earnedOn: t.field({ type: 'Date', required: true, description: 'The day it was earned (not in the future).' }),
    expiresOn: t.field({ type: 'Date', description: "Its last valid day; absent: computed from the type's validity (earnedOn + validityMonths − 1 day); null: it never expires." }),
    credentialId: t.string({ description: "The issuer's credential number." }),
  }),
});

const VersionedIdInput = (name: string, what: string) =>
  builder.inputType(name, {
    description: `${what}, at the version you read.`,
    fields: (t) => ({
      id: t.globalID({ required: true, description: 'The certification.' }),
      version: t.int({ required: true, description: 'The version you read; a stale one gives ConflictError.' }),
    }),
  });
const VerifyCertificationInput = VersionedIdInput('VerifyCertificationInput', 'A certification to verify');
const DeleteCertificationInput = VersionedIdInput('DeleteCertificationInput', 'A certification to delete');

const UpdateTrainingSettingsInput = builder.inputType('UpdateTrainingSettingsInput', {
  description: 'The training settings as they should be (PMO_ADMIN).',
  fields: (t) => ({
    version: t.int({ required: true, description: 'The version you read (0 for the defaults); a stale one gives ConflictError.' }),
    expiryWindowDays: t.int({ required: true, description: `Days before expiry a certification is flagged (1..${MAX_EXPIRY_WINDOW_DAYS}).` }),
  }),
});

const DeletedCertificationRef = builder.objectRef<{ id: string; userId: string }>('DeletedCertification').implement({
  description: 'The certification that was deleted.',
  fields: (t) => ({
    deletedCertificationId: t.globalID({ description: 'The global ID it had.', resolve: (row) => ({ type: 'UserCertification', id: row.id }) }),
    user: t.prismaField({ type: 'User', description: 'The holder, as they are now.', resolve: (query, row, _args, ctx) => ctx.prisma.user.findUniqueOrThrow({ ...query, where: { id: row.userId } }) }),
  }),
});

const certificationIdOf = (id: { typename: string; id: string }) => idOf(id, 'UserCertification', ['input', 'id']);

builder.mutationFields((t) => ({
  createCertificationType: t.prismaField({
    type: 'CertificationType',
    description: 'Adds a certification to the catalogue (PMO_ADMIN).',
    args: { input: t.arg({ description: 'The certification type.', type: CreateCertificationTypeInput, required: true }) },
    errors: mutationErrors(),
    authScopes: { admin: true },
    resolve: async (query, _root, { input }, ctx) => reloadRow(ctx.prisma.certificationType, query, await createCertificationType(serviceContextOf(ctx), input)),
  }),
  updateCertificationType: t.prismaField({
    type: 'CertificationType',
    description: 'Changes a certification type read at `version` (PMO_ADMIN).',
    args: { input: t.arg({ description: 'The type, its version and the changes.', type: UpdateCertificationTypeInput, required: true }) },
    errors: mutationErrors(),
    authScopes: { admin: true },
    resolve: async (query, _root, { input }, ctx) =>
      reloadRow(ctx.prisma.certificationType, query, await updateCertificationType(serviceContextOf(ctx), { ...input, id: idOf(input.id, 'CertificationType', ['input', 'id']) })),
  }),
  recordCertification: t.prismaField({
    type: 'UserCertification',
    description: 'Records a certification a person holds (the person themselves, or the PMO); unverified until the PMO verifies it.',
    args: { input: t.arg({ description: 'The holder, the type and the dates.', type: RecordCertificationInput, required: true }) },
    errors: mutationErrors(),
    authScopes: { authenticated: true },
    resolve: async (query, _root, { input }, ctx) => {
      const { expiresOn: _expires, ...rest } = input;
      return reloadRow(
        ctx.prisma.userCertification,
        query,
        await recordCertification(serviceContextOf(ctx), { ...rest, ...('expiresOn' in input && { expiresOn: input.expiresOn ?? null }), userId: idOf(input.userId, 'User', ['input', 'userId']) }),
      );
    },
  }),
  verifyCertification: t.prismaField({
    type: 'UserCertification',
    description: 'Marks a certification verified with its issuer (PMO_ADMIN).',
    args: { input: t.arg({ description: 'The certification and its version.', type: VerifyCertificationInput, required: true }) },
    errors: mutationErrors(),
    authScopes: { admin: true },
    resolve: async (query, _root, { input }, ctx) => reloadRow(ctx.prisma.userCertification, query, await verifyCertification(serviceContextOf(ctx), { ...input, id: certificationIdOf(input.id) })),
  }),
  deleteCertification: t.field({
    type: DeletedCertificationRef,
    description: 'Deletes a certification read at `version` (the person, or the PMO).',
    args: { input: t.arg({ description: 'The certification and its version.', type: DeleteCertificationInput, required: true }) },
    errors: mutationErrors(),
    authScopes: { authenticated: true },
    resolve: (_root, { input }, ctx) => deleteCertification(serviceContextOf(ctx), { ...input, id: certificationIdOf(input.id) }),
  }),
  updateTrainingSettings: t.field({
    type: TrainingSettingsRef,
    description: 'Sets the training settings (PMO_ADMIN).',
    args: { input: t.arg({ description: 'The version and the expiry window.', type: UpdateTrainingSettingsInput, required: true }) },
    errors: mutationErrors(),
    authScopes: { admin: true },
    resolve: (_root, { input }, ctx) => updateTrainingSettings(serviceContextOf(ctx), input),
  }),
}));
