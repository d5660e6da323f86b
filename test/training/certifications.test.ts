// Certifications through the real API, on both backends: PMO_ADMIN maintains the catalogue of
// certification types; a person (or the PMO) records the certifications they hold, computed to
// expire from the type's validity; the PMO verifies them; certifications expiring within the
// PMO's window (or a window given) are listed for those who read the person; bad input is a
// typed error that changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, isoDate, startOfDay } from '../../server/platform/calendar.js';
import type { PrismaClient } from '../../server/platform/db/generated/prisma/client.js';
import { graphql } from '../gql/index.js';
import { backends } from '../support/databases.js';
import type { TestServer } from '../support/harness.js';
import { gid, uniqueCode } from '../support/ids.js';
import { dataOf, expectType, expectUnchanged, issue, rootField, validationError } from '../support/results.js';
import { PEOPLE, type Person, type Scenario, startScenario } from '../support/scenarios/index.js';

const CreateType = graphql(`
  mutation CertCreateType($input: CreateCertificationTypeInput!) {
    createCertificationType(input: $input) {
      __typename
      ... on MutationCreateCertificationTypeSuccess { data { id key name issuer validityMonths requiredPdus minEducationPdus minPdusPerCategory projectManagement version } }
      ...ErrorFields
    }
  }
`);
const UpdateType = graphql(`
  mutation CertUpdateType($input: UpdateCertificationTypeInput!) {
    updateCertificationType(input: $input) { __typename ... on MutationUpdateCertificationTypeSuccess { data { name validityMonths requiredPdus version } } ...ErrorFields }
  }
`);
const Record = graphql(`
  mutation CertRecord($input: RecordCertificationInput!) {
    recordCertification(input: $input) {
      __typename
      ... on MutationRecordCertificationSuccess {
        data { id earnedOn expiresOn credentialId active expiring verified version recordedBy { email } type { key } user { email }
               renewal { required earned education requiredEducation met byCategory { category required earned } } }
      }
      ...ErrorFields
    }
  }
`);
const Verify = graphql(`
  mutation CertVerify($input: VerifyCertificationInput!) {
    verifyCertification(input: $input) { __typename ... on MutationVerifyCertificationSuccess { data { verified verifiedBy { email } version } } ...ErrorFields }
  }
`);
const Delete = graphql(`
  mutation CertDelete($input: DeleteCertificationInput!) {
    deleteCertification(input: $input) { __typename ... on MutationDeleteCertificationSuccess { data { deletedCertificationId user { email } } } ...ErrorFields }
  }
`);
const Settings = graphql(`
  mutation CertSettings($input: UpdateTrainingSettingsInput!) {
    updateTrainingSettings(input: $input) { __typename ... on MutationUpdateTrainingSettingsSuccess { data { expiryWindowDays version } } ...ErrorFields }
  }
`);
const Expiring = graphql(`
  query CertExpiring($withinDays: Int) {
    trainingSettings { expiryWindowDays }
    expiringCertifications(first: 100, withinDays: $withinDays) { totalCount edges { node { expiresOn expiring type { key } user { email } } } }
  }
`);
const OfPerson = graphql(`
  query CertOfPerson($id: ID!) { node(id: $id) { ... on User { certifications { type { key } earnedOn expiresOn } } } }
`);
const Catalogue = graphql(`
  query CertCatalogue($key: String!) {
    certificationTypes(first: 100) { totalCount edges { node { key } } }
    certificationType(key: $key) { name issuer validityMonths requiredPdus }
  }
`);

const day = (offset: number) => isoDate(addDays(startOfDay(new Date()), offset));

describe.each(backends())('certifications on %s', (backend) => {
  let server: TestServer;
  let prisma: PrismaClient;
  let seed: Scenario;
  beforeAll(async () => {
    ({ server, prisma, seed } = await startScenario(backend, { label: 'Certifications' }));
  });
  afterAll(() => server?.close());

  const tables = async () => ({
    types: await prisma.certificationType.findMany({ orderBy: { id: 'asc' } }),
    certifications: await prisma.userCertification.findMany({ orderBy: { id: 'asc' } }),
    settings: await prisma.trainingSettings.findMany(),
  });
  const unchanged = <T>(work: () => Promise<T>) =>
    expectUnchanged(prisma, ['auditEvents'], async () => {
      const before = await tables();
      const result = await work();
      expect(await tables()).toEqual(before);
      return result;
    });
  const newType = async (overrides: object = {}) => {
    const key = uniqueCode('cert').toLowerCase();
    const input = { key, name: `Cert ${key}`, issuer: 'PMI', validityMonths: 36, requiredPdus: 60, minEducationPdus: 35, minPdusPerCategory: 8, projectManagement: true, ...overrides };
    return expectType(rootField(await server.exec(PEOPLE.admin, CreateType, { input })), 'MutationCreateCertificationTypeSuccess').data;
  };
  const record = (input: { typeKey: string; earnedOn: string; expiresOn?: string | null; credentialId?: string; userId?: string }, as: Person = 'member') =>
    server.exec(PEOPLE[as], Record, { input: { userId: seed.people.gid('member'), ...input } }).then(rootField);

  it('lets the PMO maintain the catalogue, and nobody else', async () => {
    const created = await newType();
    expect(created).toMatchObject({ issuer: 'PMI', validityMonths: 36, requiredPdus: 60, minEducationPdus: 35, minPdusPerCategory: 8, projectManagement: true, version: 1 });
    for (const as of ['owner', 'manager', 'executive', 'member'] as const) {
      const result = await unchanged(() => server.exec(PEOPLE[as], CreateType, { input: { key: 'not-allowed', name: 'No', issuer: 'X' } }).then(rootField));
      expect(result, as).toMatchObject({ __typename: 'ForbiddenError' });
    }
    const update = (input: object, as: Person = 'admin') => server.exec(PEOPLE[as], UpdateType, { input: { id: created.id, ...input } as never }).then(rootField);
    expect(await update({ version: 1, name: 'Renamed', validityMonths: null })).toMatchObject({ data: { name: 'Renamed', validityMonths: null, version: 2 } });
    expect(await unchanged(() => update({ version: 1, name: 'Stale' }))).toMatchObject({ __typename: 'ConflictError', currentVersion: 2 });
    expect(await unchanged(() => update({ version: 2, name: 'Not mine' }, 'owner'))).toMatchObject({ __typename: 'ForbiddenError' });
    const read = dataOf(await server.exec(PEOPLE.member, Catalogue, { key: created.key }));
    expect(read.certificationType).toEqual({ name: 'Renamed', issuer: 'PMI', validityMonths: null, requiredPdus: 60 });
    expect(read.certificationTypes.edges.map((edge) => edge.node.key)).toContain(created.key);
  });

  it('refuses bad certification types with every problem, changing nothing', async () => {
    const create = (input: object) => server.exec(PEOPLE.admin, CreateType, { input: { key: uniqueCode('bad').toLowerCase(), name: 'Bad', issuer: 'PMI', ...input } as never }).then(rootField);
    expect(await unchanged(() => create({ key: 'Not A Key' }))).toEqual(validationError(issue('key', 'must be 2..60 characters: a lower-case letter, then lower-case letters, digits or "-"')));
    expect(await unchanged(() => create({ validityMonths: 0 }))).toEqual(validationError(issue('validityMonths', 'validityMonths must be a whole number from 1 to 120 (or null: it never expires)')));
    expect(await unchanged(() => create({ requiredPdus: -1 }))).toEqual(validationError(issue('requiredPdus', 'must not be negative')));
    expect(await unchanged(() => create({ requiredPdus: 30, minEducationPdus: 40 }))).toEqual(validationError(issue('minEducationPdus', 'minEducationPdus must not exceed requiredPdus')));
    expect(await unchanged(() => create({ requiredPdus: 60, minEducationPdus: 20, minPdusPerCategory: 8 }))).toEqual(
      validationError(issue('minPdusPerCategory', 'three times minPdusPerCategory must not exceed minEducationPdus')),
    );
    const existing = await newType();
    expect(await unchanged(() => create({ key: existing.key }))).toEqual(validationError(issue('key', `The catalogue already has a certification "${existing.key}"`)));
  });

  it('records a person’s certification with its expiry computed from the validity, verified by the PMO only', async () => {
    const type = await newType();
    const earnedOn = day(-400);
    const recorded = expectType(await record({ typeKey: type.key, earnedOn, credentialId: ' 1234567 ' }), 'MutationRecordCertificationSuccess').data;
    // 36 months after the day earned, less a day.
    const expected = new Date(`${earnedOn}T00:00:00Z`);
    expected.setUTCFullYear(expected.getUTCFullYear() + 3);
    expect(recorded).toMatchObject({
      earnedOn, expiresOn: isoDate(addDays(expected, -1)), credentialId: '1234567', active: true, verified: false, version: 1,
      recordedBy: { email: PEOPLE.member }, type: { key: type.key }, user: { email: PEOPLE.member },
      renewal: { required: 60, earned: 0, education: 0, requiredEducation: 35, met: false },
    });
    expect(recorded.renewal.byCategory).toEqual([
      { category: 'WAYS_OF_WORKING', required: 8, earned: 0 },
      { category: 'POWER_SKILLS', required: 8, earned: 0 },
      { category: 'BUSINESS_ACUMEN', required: 8, earned: 0 },
    ]);
    const verify = (version: number, as: Person) => server.exec(PEOPLE[as], Verify, { input: { id: recorded.id, version } }).then(rootField);
    for (const as of ['member', 'manager', 'owner'] as const) expect(await unchanged(() => verify(1, as)), as).toMatchObject({ __typename: 'ForbiddenError' });
    expect(await verify(1, 'admin')).toMatchObject({ data: { verified: true, verifiedBy: { email: PEOPLE.admin }, version: 2 } });
    expect(await unchanged(() => verify(2, 'admin'))).toEqual(validationError(issue('id', 'The certification is already verified')));
    // Someone else's: only the PMO records it; the PMO may give the expiry, or none.
    expect(await unchanged(() => record({ typeKey: type.key, earnedOn: day(-10) }, 'manager'))).toMatchObject({ __typename: 'ForbiddenError' });
    expect(await record({ typeKey: type.key, earnedOn: day(-10), expiresOn: null }, 'admin')).toMatchObject({ data: { expiresOn: null, recordedBy: { email: PEOPLE.admin } } });
    // Deleting: the person or the PMO, at the version read.
    const remove = (version: number, as: Person) => server.exec(PEOPLE[as], Delete, { input: { id: recorded.id, version } }).then(rootField);
    expect(await unchanged(() => remove(2, 'manager'))).toMatchObject({ __typename: 'ForbiddenError' });
    expect(await unchanged(() => remove(1, 'member'))).toMatchObject({ __typename: 'ConflictError' });
    expect(await remove(2, 'member')).toMatchObject({ data: { deletedCertificationId: recorded.id, user: { email: PEOPLE.member } } });
    expect(await prisma.auditEvent.count({ where: { entityType: 'UserCertification', action: { in: ['userCertification.recorded', 'userCertification.verified', 'userCertification.deleted'] }, actorId: { in: [seed.people.id('member'), seed.people.id('admin')] } } })).toBeGreaterThanOrEqual(4);
  });

  it('refuses bad certifications with every problem, changing nothing', async () => {
    const type = await newType();
    expect(await unchanged(() => record({ typeKey: 'no-such-cert', earnedOn: day(-1) }))).toEqual(validationError(issue('typeKey', 'The catalogue has no certification "no-such-cert"')));
    expect(await unchanged(() => record({ typeKey: type.key, earnedOn: day(3) }))).toEqual(validationError(issue('earnedOn', 'earnedOn must not be in the future')));
    expect(await unchanged(() => record({ typeKey: type.key, earnedOn: day(-3), expiresOn: day(-5) }))).toEqual(
      validationError(issue('expiresOn', 'A certification must not expire before it is earned')),
    );
    expect(await unchanged(() => record({ typeKey: type.key, earnedOn: day(-3), credentialId: 'x'.repeat(101) }))).toEqual(validationError(issue('credentialId', 'must be at most 100 characters')));
    expectType(await record({ typeKey: type.key, earnedOn: day(-3) }), 'MutationRecordCertificationSuccess');
    expect(await unchanged(() => record({ typeKey: type.key, earnedOn: day(-3) }))).toEqual(validationError(issue('earnedOn', `The person already holds Cert ${type.key} earned on this day`)));
    const leaver = await seed.people.writeDirectly({ name: 'Cert Leaver', email: `cert-leaver-${backend}@pmo.local`, role: 'TEAM_MEMBER' });
    await seed.people.deactivateDirectly(leaver.email);
    expect(await unchanged(() => record({ typeKey: type.key, earnedOn: day(-3), userId: gid('User', leaver.id) }, 'admin'))).toEqual(validationError(issue('userId', 'The person is deactivated')));
  });

  it('lists certifications expiring within the PMO’s window (or one given), by expiry, to those who read the person', async () => {
    const type = await newType({ validityMonths: 12 });
    const ofType = (data: { expiringCertifications: { edges: { node: { type: { key: string }; expiresOn: string | null; user: { email: string } } }[] } }) =>
      data.expiringCertifications.edges.filter((edge) => edge.node.type.key === type.key).map((edge) => `${edge.node.user.email} ${edge.node.expiresOn}`);
    for (const [earned, expires, as, person] of [[-300, 60, 'member', 'member'], [-301, 20, 'admin', 'member'], [-302, 120, 'member', 'member'], [-400, -2, 'member', 'member'], [-30, 80, 'admin', 'analyst']] as const) {
      expectType(await record({ typeKey: type.key, earnedOn: day(earned), expiresOn: day(expires), userId: seed.people.gid(person) }, as), 'MutationRecordCertificationSuccess');
    }
    const expiring = async (as: Person, withinDays?: number) => dataOf(await server.exec(PEOPLE[as], Expiring, { withinDays }));
    const own = await expiring('member');
    expect(own.trainingSettings.expiryWindowDays).toBe(90);
    expect(ofType(own)).toEqual([`${PEOPLE.member} ${day(20)}`, `${PEOPLE.member} ${day(60)}`]);
    expect(own.expiringCertifications.edges.every((edge) => edge.node.expiring)).toBe(true);
    expect(ofType(await expiring('member', 200))).toEqual([`${PEOPLE.member} ${day(20)}`, `${PEOPLE.member} ${day(60)}`, `${PEOPLE.member} ${day(120)}`]);
    // pm@ manages member@'s projects (not the analyst's); the PMO sees everyone; pm2@ manages the analyst's.
    expect(ofType(await expiring('manager'))).toEqual([`${PEOPLE.member} ${day(20)}`, `${PEOPLE.member} ${day(60)}`]);
    expect(ofType(await expiring('admin'))).toEqual([`${PEOPLE.member} ${day(20)}`, `${PEOPLE.member} ${day(60)}`, `${PEOPLE.analyst} ${day(80)}`]);
    expect(ofType(await expiring('otherManager'))).toEqual([`${PEOPLE.analyst} ${day(80)}`]);
    for (const as of ['executive', 'dev'] as const) expect(ofType(await expiring(as)), as).toEqual([]);
    // A window out of bounds is an error; the PMO narrows the window for everyone.
    const tooWide = await server.exec(PEOPLE.member, Expiring, { withinDays: 1000 });
    expect(tooWide.errors?.[0]?.message).toMatch(/withinDays must be from 1 to 730/);
    const settings = (input: { version: number; expiryWindowDays: number }, as: Person = 'admin') => server.exec(PEOPLE[as], Settings, { input }).then(rootField);
    expect(await unchanged(() => settings({ version: 0, expiryWindowDays: 30 }, 'owner'))).toMatchObject({ __typename: 'ForbiddenError' });
    expect(await unchanged(() => settings({ version: 0, expiryWindowDays: 0 }))).toEqual(validationError(issue('expiryWindowDays', 'expiryWindowDays must be a whole number from 1 to 730')));
    expect(await settings({ version: 0, expiryWindowDays: 30 })).toMatchObject({ data: { expiryWindowDays: 30, version: 1 } });
    expect(await unchanged(() => settings({ version: 0, expiryWindowDays: 45 }))).toMatchObject({ __typename: 'ConflictError' });
    expect(ofType(await expiring('member'))).toEqual([`${PEOPLE.member} ${day(20)}`]);
    expect(await settings({ version: 1, expiryWindowDays: 90 })).toMatchObject({ data: { expiryWindowDays: 90, version: 2 } });
  });

  it('shows a person’s certifications to the person, the PMO and their managers only', async () => {
    const read = (as: Person) => server.exec(PEOPLE[as], OfPerson, { id: seed.people.gid('member') });
    for (const reader of ['member', 'admin', 'manager', 'owner'] as const) expect((await read(reader)).errors, reader).toBeUndefined();
    for (const reader of ['dev', 'executive', 'otherManager'] as const) expect((await read(reader)).errors?.map((error) => error.extensions?.code), reader).toContain('FORBIDDEN');
  });

  it('reads the expiring certifications of many people in as many statements as of a few', async () => {
    const statements = (withinDays: number) => server.countStatements(async () => expect((await server.exec(PEOPLE.admin, Expiring, { withinDays })).errors).toBeUndefined());
    const few = await statements(1);
    expect(await statements(700)).toBe(few);
  });
});
