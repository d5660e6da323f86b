// Certifications: the catalogue of certification types with their renewal rules (PMO_ADMIN
// maintains it), the certifications people hold (the person or the PMO records them, the PMO
// verifies them), and the PMO's expiry window. Each change runs in one transaction with its
// audit event; shared records carry a version.
import { isAdmin } from '../auth/access.js';
import { recordAudit } from '../platform/audit.js';
import { startOfDay } from '../platform/calendar.js';
import type { Db, ServiceContext, Tx } from '../platform/context.js';
import { withUniqueAsConflict } from '../platform/db/constraints.js';
import type { CertificationType, Prisma, UserCertification } from '../platform/db/generated/prisma/client.js';
import { transaction } from '../platform/db/transaction.js';
import { type FieldIssue, ForbiddenError, NotFoundError, ValidationError } from '../platform/errors.js';
import { changesOf, rejectNulls, staleVersion, updateVersioned } from '../platform/versioning.js';
import { activePerson, CATALOGUE_KEY, inHundredths, KEY_MESSAGE } from './access.js';
import { expiryOf } from './lib/renewal.js';

export const MAX_VALIDITY_MONTHS = 120;
export const MAX_PDUS = 1000;
export const DEFAULT_EXPIRY_WINDOW_DAYS = 90;
export const MAX_EXPIRY_WINDOW_DAYS = 730;

export interface CertificationTypeFields {
  name?: string | null;
  issuer?: string | null;
  validityMonths?: number | null;
  requiredPdus?: number | null;
  minEducationPdus?: number | null;
  minPdusPerCategory?: number | null;
  projectManagement?: boolean | null;
}

export interface CreateCertificationTypeInput extends CertificationTypeFields {
  key: string;
  name: string;
  issuer: string;
}

const ADMIN_ONLY = 'Only the PMO (PMO_ADMIN) maintains the certification catalogue';

function checkRules(merged: CertificationTypeFields, issues: FieldIssue[]): void {
  const add = (field: string, message: string) => issues.push({ path: ['input', field], message });
  const { validityMonths, requiredPdus = 0, minEducationPdus = 0, minPdusPerCategory = 0 } = merged;
  if (validityMonths !== null && validityMonths !== undefined && !(Number.isInteger(validityMonths) && validityMonths >= 1 && validityMonths <= MAX_VALIDITY_MONTHS)) {
    add('validityMonths', `validityMonths must be a whole number from 1 to ${MAX_VALIDITY_MONTHS} (or null: it never expires)`);
  }
  for (const [field, value] of [['requiredPdus', requiredPdus], ['minEducationPdus', minEducationPdus], ['minPdusPerCategory', minPdusPerCategory]] as const) {
    if (value !== null && !inHundredths(value, MAX_PDUS)) add(field, `${field} must be from 0 to ${MAX_PDUS}, in hundredths`);
  }
  if (issues.length) return;
  const required = requiredPdus ?? 0;
  if ((minEducationPdus ?? 0) > required) add('minEducationPdus', 'minEducationPdus must not exceed requiredPdus');
  if ((minPdusPerCategory ?? 0) * 3 > (minEducationPdus ?? 0) && (minPdusPerCategory ?? 0) > 0) add('minPdusPerCategory', 'three times minPdusPerCategory must not exceed minEducationPdus');
}

export async function createCertificationType(ctx: ServiceContext, input: CreateCertificationTypeInput): Promise<CertificationType> {
  if (!isAdmin(ctx.viewer)) throw new ForbiddenError(ADMIN_ONLY);
  const issues: FieldIssue[] = [];
  if (!CATALOGUE_KEY.test(input.key)) issues.push({ path: ['input', 'key'], message: KEY_MESSAGE });
  checkRules(input, issues);
  if (issues.length) throw new ValidationError(issues);
  return transaction(ctx, async (tx) => {
    if (await tx.certificationType.findUnique({ where: { key: input.key }, select: { id: true } })) throw ValidationError.single(['input', 'key'], `The catalogue already has a certification "${input.key}"`);
    const after = await withUniqueAsConflict(
      () =>
        tx.certificationType.create({
          data: {
            key: input.key, name: input.name.trim(), issuer: input.issuer.trim(), validityMonths: input.validityMonths ?? null,
            requiredPdus: input.requiredPdus ?? 0, minEducationPdus: input.minEducationPdus ?? 0, minPdusPerCategory: input.minPdusPerCategory ?? 0,
            projectManagement: input.projectManagement ?? false,
          },
        }),
      `The catalogue already has a certification "${input.key}"`,
    );
    await recordAudit(tx, { actorId: ctx.viewer.id, action: 'certificationType.created', entityType: 'CertificationType', entityId: after.id, after });
    return after;
  });
}

export interface UpdateCertificationTypeInput extends CertificationTypeFields {
  id: string;
  version: number;
}

export async function updateCertificationType(ctx: ServiceContext, input: UpdateCertificationTypeInput): Promise<CertificationType> {
  if (!isAdmin(ctx.viewer)) throw new ForbiddenError(ADMIN_ONLY);
  const { id, version, ...patch } = input;
  return transaction(ctx, async (tx) => {
    const before = await tx.certificationType.findUnique({ where: { id } });
    if (!before) throw new NotFoundError('CertificationType', id);
    rejectNulls(patch, ['name', 'issuer', 'requiredPdus', 'minEducationPdus', 'minPdusPerCategory', 'projectManagement']);
    const changes = changesOf(patch) as CertificationTypeFields;
    const issues: FieldIssue[] = [];
    checkRules({ ...numbersOf(before), ...changes }, issues);
    if (issues.length) throw new ValidationError(issues);
    const data = { ...changes, ...(changes.name && { name: changes.name.trim() }), ...(changes.issuer && { issuer: changes.issuer.trim() }) };
    await updateVersioned(tx.certificationType, 'certification type', { id }, version, data as Prisma.CertificationTypeUpdateManyMutationInput);
    const after = await tx.certificationType.findUniqueOrThrow({ where: { id } });
    await recordAudit(tx, { actorId: ctx.viewer.id, action: 'certificationType.updated', entityType: 'CertificationType', entityId: id, before, after });
    return after;
  });
}

/** A type's renewal rules as numbers. */
export const numbersOf = (type: Pick<CertificationType, 'validityMonths' | 'requiredPdus' | 'minEducationPdus' | 'minPdusPerCategory'>) => ({
  validityMonths: type.validityMonths,
  requiredPdus: Number(type.requiredPdus),
  minEducationPdus: Number(type.minEducationPdus),
  minPdusPerCategory: Number(type.minPdusPerCategory),
});

export interface RecordCertificationInput {
  userId: string;
  typeKey: string;
  earnedOn: Date;
  /** Absent: computed from the type's validity. */
  expiresOn?: Date | null;
  credentialId?: string | null;
}

/** Records a certification a person holds (the person themselves, or the PMO); unverified. */
export async function recordCertification(ctx: ServiceContext, input: RecordCertificationInput): Promise<UserCertification> {
  if (ctx.viewer.id !== input.userId && !isAdmin(ctx.viewer)) throw new ForbiddenError('Only the person and the PMO (PMO_ADMIN) record certifications');
  return transaction(ctx, async (tx) => {
    await activePerson(tx, input.userId, ['input', 'userId']);
    const issues: FieldIssue[] = [];
    const type = await tx.certificationType.findUnique({ where: { key: input.typeKey } });
    if (!type) issues.push({ path: ['input', 'typeKey'], message: `The catalogue has no certification "${input.typeKey}"` });
    const today = startOfDay(new Date());
    if (input.earnedOn > today) issues.push({ path: ['input', 'earnedOn'], message: 'earnedOn must not be in the future' });
    const expiresOn = input.expiresOn === undefined && type ? expiryOf(input.earnedOn, type.validityMonths) : (input.expiresOn ?? null);
    if (expiresOn && expiresOn < input.earnedOn) issues.push({ path: ['input', 'expiresOn'], message: 'A certification must not expire before it is earned' });
    if ((input.credentialId ?? '').length > 100) issues.push({ path: ['input', 'credentialId'], message: 'must be at most 100 characters' });
    if (issues.length === 0 && type) {
      const same = await tx.userCertification.findFirst({ where: { userId: input.userId, typeId: type.id, earnedOn: input.earnedOn }, select: { id: true } });
      if (same) issues.push({ path: ['input', 'earnedOn'], message: `The person already holds ${type.name} earned on this day` });
    }
    if (issues.length) throw new ValidationError(issues);
    const after = await tx.userCertification.create({
      data: { userId: input.userId, typeId: type!.id, earnedOn: input.earnedOn, expiresOn, credentialId: (input.credentialId ?? '').trim(), recordedById: ctx.viewer.id },
    });
    await recordAudit(tx, { actorId: ctx.viewer.id, action: 'userCertification.recorded', entityType: 'UserCertification', entityId: after.id, after });
    return after;
  });
}

async function loadCertification(tx: Tx, id: string): Promise<UserCertification> {
  const found = await tx.userCertification.findUnique({ where: { id } });
  if (!found) throw new NotFoundError('UserCertification', id);
  return found;
}

/** The PMO verifies a certification with its issuer. */
export async function verifyCertification(ctx: ServiceContext, input: { id: string; version: number }): Promise<UserCertification> {
  if (!isAdmin(ctx.viewer)) throw new ForbiddenError('Only the PMO (PMO_ADMIN) verifies certifications');
  return transaction(ctx, async (tx) => {
    const before = await loadCertification(tx, input.id);
    if (before.verifiedAt) throw ValidationError.single(['input', 'id'], 'The certification is already verified');
    await updateVersioned(tx.userCertification, 'certification', { id: before.id }, input.version, { verifiedById: ctx.viewer.id, verifiedAt: new Date() });
    const after = await tx.userCertification.findUniqueOrThrow({ where: { id: before.id } });
    await recordAudit(tx, { actorId: ctx.viewer.id, action: 'userCertification.verified', entityType: 'UserCertification', entityId: before.id, before, after });
    return after;
  });
}

/** Deletes a certification (the person, or the PMO). */
export async function deleteCertification(ctx: ServiceContext, input: { id: string; version: number }): Promise<UserCertification> {
  return transaction(ctx, async (tx) => {
    const before = await loadCertification(tx, input.id);
    if (ctx.viewer.id !== before.userId && !isAdmin(ctx.viewer)) throw new ForbiddenError('Only the person and the PMO (PMO_ADMIN) delete certifications');
    if (before.version !== input.version) throw await staleVersion('certification', () => tx.userCertification.findUnique({ where: { id: before.id } }));
    await tx.userCertification.delete({ where: { id: before.id } });
    await recordAudit(tx, { actorId: ctx.viewer.id, action: 'userCertification.deleted', entityType: 'UserCertification', entityId: before.id, before });
    return before;
  });
}

export interface TrainingSettings {
  expiryWindowDays: number;
  /** 0 while the defaults apply. */
  version: number;
}

export async function trainingSettings(db: Db): Promise<TrainingSettings> {
  const row = await db.trainingSettings.findUnique({ where: { id: 1 } });
  return row ? { expiryWindowDays: row.expiryWindowDays, version: row.version } : { expiryWindowDays: DEFAULT_EXPIRY_WINDOW_DAYS, version: 0 };
}

export async function updateTrainingSettings(ctx: ServiceContext, input: { version: number; expiryWindowDays: number }): Promise<TrainingSettings> {
  if (!isAdmin(ctx.viewer)) throw new ForbiddenError('Only the PMO (PMO_ADMIN) changes the training settings');
  if (!(Number.isInteger(input.expiryWindowDays) && input.expiryWindowDays >= 1 && input.expiryWindowDays <= MAX_EXPIRY_WINDOW_DAYS)) {
    throw ValidationError.single(['input', 'expiryWindowDays'], `expiryWindowDays must be a whole number from 1 to ${MAX_EXPIRY_WINDOW_DAYS}`);
  }
  return transaction(ctx, async (tx) => {
    const before = await trainingSettings(tx);
    if (before.version !== input.version) throw await staleVersion('training settings', () => Promise.resolve(before));
    await tx.trainingSettings.upsert({ where: { id: 1 }, create: { id: 1, expiryWindowDays: input.expiryWindowDays }, update: { expiryWindowDays: input.expiryWindowDays, version: { increment: 1 } } });
    const after = await trainingSettings(tx);
    await recordAudit(tx, { actorId: ctx.viewer.id, action: 'trainingSettings.updated', entityType: 'TrainingSettings', entityId: '00000000-0000-0000-0000-000000000001', before, after });
    return after;
  });
}
