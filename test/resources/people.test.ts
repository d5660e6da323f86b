// People managed through the API by the PMO: createUser, updateUser (with version) and
// deactivateUser, on both backends. Only PMO_ADMIN may; bad input is a typed error that changes
// nothing; the organisation keeps an active PMO_ADMIN; a deactivated person keeps their history
// and cannot sign in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../../server/platform/db/generated/prisma/client.js';
import type { CreateUserInput, UpdateUserInput } from '../gql/graphql.js';
import { graphql } from '../gql/index.js';
import { backends } from '../support/databases.js';
import { gid } from '../support/ids.js';
import type { TestServer } from '../support/harness.js';
import { expectType, expectUnchanged, issue, rootField, validationError } from '../support/results.js';
import { PEOPLE, type Person, startScenario } from '../support/scenarios/index.js';

const Create = graphql(`
  mutation PeopleCreate($input: CreateUserInput!) {
    createUser(input: $input) { __typename ... on MutationCreateUserSuccess { data { id name email role weeklyCapacityHours costRate active version } } ...ErrorFields }
  }
`);
const Update = graphql(`
  mutation PeopleUpdate($input: UpdateUserInput!) {
    updateUser(input: $input) { __typename ... on MutationUpdateUserSuccess { data { id email role weeklyCapacityHours version } } ...ErrorFields }
  }
`);
const Deactivate = graphql(`
  mutation PeopleDeactivate($input: DeactivateUserInput!) {
    deactivateUser(input: $input) { __typename ... on MutationDeactivateUserSuccess { data { id active version } } ...ErrorFields }
  }
`);
const Viewer = graphql(`
  query PeopleViewer { viewer { email } }
`);

describe.each(backends())('people managed by the PMO on %s', (backend) => {
  let server: TestServer;
  let prisma: PrismaClient;
  beforeAll(async () => {
    ({ server, prisma } = await startScenario(backend, { label: 'People fixture' }));
  });
  afterAll(() => server?.close());

  const create = (input: CreateUserInput, as: Person = 'admin') => server.exec(PEOPLE[as], Create, { input }).then(rootField);
  const update = (input: UpdateUserInput, as: Person = 'admin') => server.exec(PEOPLE[as], Update, { input }).then(rootField);
  const unchanged = <T>(work: () => Promise<T>) => expectUnchanged(prisma, ['users', 'auditEvents'], work);
  let counter = 0;
  const email = () => `new.person.${backend}.${++counter}@pmo.local`;

  it('creates a person (PMO_ADMIN only), with defaults, in lower case, audited', async () => {
    const address = email();
    expect(await unchanged(() => create({ name: 'Nia Sharma', email: address, role: 'TEAM_MEMBER' }, 'owner'))).toMatchObject({ __typename: 'ForbiddenError' });
    const created = expectType(await create({ name: '  Nia Sharma ', email: address.toUpperCase(), role: 'TEAM_MEMBER', costRate: '85.50' }), 'MutationCreateUserSuccess').data;
    expect(created).toMatchObject({ name: 'Nia Sharma', email: address, role: 'TEAM_MEMBER', weeklyCapacityHours: 40, costRate: '85.50', active: true, version: 1 });
    const audit = await prisma.auditEvent.findMany({ where: { action: 'user.created', entityType: 'User' }, orderBy: { createdAt: 'desc' }, take: 1 });
    expect(audit[0]!.after).toMatchObject({ email: address });
    // The new person signs in at once.
    expect(await server.exec(address, Viewer, {})).toEqual({ data: { viewer: { email: address } } });
  });

  it('refuses bad input with every problem and changes nothing', async () => {
    expect(await unchanged(() => create({ name: '', email: 'not-an-address', role: 'TEAM_MEMBER', weeklyCapacityHours: 200, costRate: '-1' }))).toEqual(
      validationError(
        issue('name', 'must not be empty'),
        issue('email', 'must be an e-mail address'),
        issue('weeklyCapacityHours', 'weeklyCapacityHours must be between 0 and 168'),
        issue('costRate', 'must not be negative'),
      ),
    );
    expect(await unchanged(() => create({ name: 'Twin', email: PEOPLE.member.toUpperCase(), role: 'TEAM_MEMBER' }))).toEqual(
      validationError(issue('email', `Another person already signs in as ${PEOPLE.member}`)),
    );
  });

  it('changes a person at their version; a stale version or a taken e-mail changes nothing', async () => {
    const created = expectType(await create({ name: 'Omar Haddad', email: email(), role: 'TEAM_MEMBER' }), 'MutationCreateUserSuccess').data;
    const changed = expectType(await update({ id: created.id, version: 1, role: 'PROJECT_MANAGER', weeklyCapacityHours: 32 }), 'MutationUpdateUserSuccess').data;
    expect(changed).toMatchObject({ role: 'PROJECT_MANAGER', weeklyCapacityHours: 32, version: 2 });
    expect(await unchanged(() => update({ id: created.id, version: 1, weeklyCapacityHours: 20 }))).toMatchObject({ __typename: 'ConflictError' });
    expect(await unchanged(() => update({ id: created.id, version: 2, email: PEOPLE.owner }))).toEqual(validationError(issue('email', `Another person already signs in as ${PEOPLE.owner}`)));
    expect(await unchanged(() => update({ id: created.id, version: 2, name: null }))).toMatchObject({ __typename: 'ValidationError' });
    expect(await unchanged(() => update({ id: created.id, version: 2, weeklyCapacityHours: 30 }, 'manager'))).toMatchObject({ __typename: 'ForbiddenError' });
  });

  it('deactivates a person: their history stays, they can no longer sign in; the last PMO_ADMIN stays', async () => {
    const address = email();
    const created = expectType(await create({ name: 'Lea Brun', email: address, role: 'PROJECT_MANAGER' }), 'MutationCreateUserSuccess').data;
    const deactivate = (input: { id: string; version: number }, as: Person = 'admin') => server.exec(PEOPLE[as], Deactivate, { input }).then(rootField);
    expect(await unchanged(() => deactivate({ id: created.id, version: 1 }, 'owner'))).toMatchObject({ __typename: 'ForbiddenError' });
    expect(expectType(await deactivate({ id: created.id, version: 1 }), 'MutationDeactivateUserSuccess').data).toMatchObject({ active: false, version: 2 });
    expect(await unchanged(() => deactivate({ id: created.id, version: 2 }))).toEqual(validationError(issue('id', 'Lea Brun is already deactivated')));
    expect((await server.exec(address, Viewer, {})).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // History stays: the person and their audit trail are kept.
    const row = await prisma.user.findUniqueOrThrow({ where: { email: address } });
    expect(row).toMatchObject({ name: 'Lea Brun', active: false });
    expect(await prisma.auditEvent.count({ where: { entityType: 'User', entityId: row.id } })).toBe(2);

    const admins = await prisma.user.findMany({ where: { role: 'PMO_ADMIN', active: true } });
    const self = admins.find((admin) => admin.email === PEOPLE.admin)!;
    expect(admins).toHaveLength(1); // the seed's one PMO_ADMIN
    expect(await unchanged(() => deactivate({ id: gid('User', self.id), version: self.version }))).toEqual(
      validationError(issue('id', 'The last active PMO_ADMIN cannot be deactivated or lose the role')),
    );
    expect(await unchanged(() => update({ id: gid('User', self.id), version: self.version, role: 'EXECUTIVE' }))).toEqual(
      validationError(issue('role', 'The last active PMO_ADMIN cannot be deactivated or lose the role')),
    );
  });
});
