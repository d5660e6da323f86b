// The skills catalogue and people's levels through the real API, on both backends: PMO_ADMIN
// maintains the catalogue; a person states their own level, a manager of the person sets or
// confirms it; every change keeps history; bad input is a typed error that changes nothing; the
// levels are read by the person, the PMO and the person's managers only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../../server/platform/db/generated/prisma/client.js';
import { graphql } from '../gql/index.js';
import { backends } from '../support/databases.js';
import type { TestServer } from '../support/harness.js';
import { gid } from '../support/ids.js';
import { dataOf, expectType, expectUnchanged, issue, rootField, validationError } from '../support/results.js';
import { PEOPLE, type Person, type Scenario, startScenario } from '../support/scenarios/index.js';

const CreateSkill = graphql(`
  mutation SkillsCreate($input: CreateSkillInput!) {
    createSkill(input: $input) { __typename ... on MutationCreateSkillSuccess { data { id key name category version } } ...ErrorFields }
  }
`);
const UpdateSkill = graphql(`
  mutation SkillsUpdate($input: UpdateSkillInput!) {
    updateSkill(input: $input) { __typename ... on MutationUpdateSkillSuccess { data { key name category version } } ...ErrorFields }
  }
`);
const SetLevel = graphql(`
  mutation SkillsSet($input: SetUserSkillInput!) {
    setUserSkill(input: $input) {
      __typename
      ... on MutationSetUserSkillSuccess { data { id level source confirmed version assessedBy { email } skill { key } } }
      ...ErrorFields
    }
  }
`);
const Confirm = graphql(`
  mutation SkillsConfirm($input: ConfirmUserSkillInput!) {
    confirmUserSkill(input: $input) { __typename ... on MutationConfirmUserSkillSuccess { data { level confirmed confirmedBy { email } version } } ...ErrorFields }
  }
`);
const Levels = graphql(`
  query SkillsOfPerson($id: ID!) {
    node(id: $id) { ... on User { skills { skill { key } level source confirmed history { fromLevel toLevel source confirmed changedBy { email } } } } }
  }
`);
const Catalogue = graphql(`
  query SkillsCatalogue($filter: SkillFilter) {
    skills(first: 100, filter: $filter) { totalCount edges { node { key name category } } }
    skill(key: "risk-management") { name category }
  }
`);

describe.each(backends())('skills on %s', (backend) => {
  let server: TestServer;
  let prisma: PrismaClient;
  let seed: Scenario;
  let memberGid: string;
  beforeAll(async () => {
    ({ server, prisma, seed } = await startScenario(backend, { label: 'Skills fixture' }));
    memberGid = gid('User', (await prisma.user.findUniqueOrThrow({ where: { email: PEOPLE.member } })).id);
  });
  afterAll(() => server?.close());

  const unchanged = <T>(work: () => Promise<T>) => expectUnchanged(prisma, ['auditEvents'], async () => {
    const tables = async () => [await prisma.skill.findMany({ orderBy: { id: 'asc' } }), await prisma.userSkill.findMany({ orderBy: { id: 'asc' } }), await prisma.userSkillChange.count()];
    const before = await tables();
    const result = await work();
    expect(await tables()).toEqual(before);
    return result;
  });
  const set = (input: { userId?: string; skillKey: string; level: number }, as: Person = 'member') =>
    server.exec(PEOPLE[as], SetLevel, { input: { userId: memberGid, ...input } }).then(rootField);

  it('lets PMO_ADMIN maintain the catalogue; keys are unique and well formed', async () => {
    const create = (input: { key: string; name: string; category: 'TECHNICAL' | 'POWER_SKILLS' }, as: Person = 'admin') => server.exec(PEOPLE[as], CreateSkill, { input }).then(rootField);
    expect(await unchanged(() => create({ key: 'kubernetes', name: 'Kubernetes', category: 'TECHNICAL' }, 'owner'))).toMatchObject({ __typename: 'ForbiddenError' });
    const created = expectType(await create({ key: 'kubernetes', name: 'Kubernetes', category: 'TECHNICAL' }), 'MutationCreateSkillSuccess').data;
    expect(created).toMatchObject({ key: 'kubernetes', name: 'Kubernetes', category: 'TECHNICAL', version: 1 });
    expect(await unchanged(() => create({ key: 'kubernetes', name: 'Again', category: 'TECHNICAL' }))).toEqual(validationError(issue('key', 'The catalogue already has a skill "kubernetes"')));
    expect(await unchanged(() => create({ key: 'Bad Key', name: 'x', category: 'TECHNICAL' }))).toMatchObject({ __typename: 'ValidationError' });
    const update = (input: object) => server.exec(PEOPLE.admin, UpdateSkill, { input: input as never }).then(rootField);
    expect(await update({ id: created.id, version: 1, name: 'Kubernetes operations', category: 'TECHNICAL' })).toMatchObject({ data: { key: 'kubernetes', name: 'Kubernetes operations', version: 2 } });
    expect(await unchanged(() => update({ id: created.id, version: 1, name: 'Stale' }))).toMatchObject({ __typename: 'ConflictError' });
    const catalogue = dataOf(await server.exec(PEOPLE.member, Catalogue, { filter: { category: ['TECHNICAL'], search: 'kube' } }));
    expect(catalogue.skills.edges.map((edge) => edge.node.key)).toEqual(['kubernetes']);
    // The demo catalogue: four categories, read by everyone signed in.
    const all = dataOf(await server.exec(PEOPLE.member, Catalogue, {}));
    expect(new Set(all.skills.edges.map((edge) => edge.node.category))).toEqual(new Set(['WAYS_OF_WORKING', 'POWER_SKILLS', 'BUSINESS_ACUMEN', 'TECHNICAL']));
    expect(all.skill).toEqual({ name: 'Risk management', category: 'WAYS_OF_WORKING' });
  });

  it('keeps a person’s own level unconfirmed until a manager confirms it, with history', async () => {
    const stated = expectType(await set({ skillKey: 'security', level: 2 }), 'MutationSetUserSkillSuccess').data;
    expect(stated).toMatchObject({ level: 2, source: 'SELF', confirmed: false, version: 1, assessedBy: { email: PEOPLE.member } });
    // The person cannot confirm it; a colleague cannot either; pm@ (manages CRM-2026, which member@ is on) can.
    const confirm = (version: number, as: Person) => server.exec(PEOPLE[as], Confirm, { input: { id: stated.id, version } }).then(rootField);
    expect(await unchanged(() => confirm(1, 'member'))).toMatchObject({ __typename: 'ForbiddenError' });
    expect(await unchanged(() => confirm(1, 'dev'))).toMatchObject({ __typename: 'ForbiddenError' });
    expect(await confirm(1, 'manager')).toMatchObject({ data: { level: 2, confirmed: true, confirmedBy: { email: PEOPLE.manager }, version: 2 } });
    expect(await unchanged(() => confirm(2, 'admin'))).toEqual(validationError(issue('id', 'The level is already confirmed')));
    // A self-change clears the confirmation; a manager's level counts as confirmed.
    expect(await set({ skillKey: 'security', level: 3 })).toMatchObject({ data: { level: 3, source: 'SELF', confirmed: false, version: 3 } });
    expect(await set({ skillKey: 'security', level: 4 }, 'owner')).toMatchObject({ data: { level: 4, source: 'MANAGER', confirmed: true, assessedBy: { email: PEOPLE.owner } } });
    const node = dataOf(await server.exec(PEOPLE.member, Levels, { id: memberGid })).node as { skills: { skill: { key: string }; history: unknown[] }[] };
    expect(node.skills.find((row) => row.skill.key === 'security')!.history).toEqual([
      { fromLevel: 3, toLevel: 4, source: 'MANAGER', confirmed: true, changedBy: { email: PEOPLE.owner } },
      { fromLevel: 2, toLevel: 3, source: 'SELF', confirmed: false, changedBy: { email: PEOPLE.member } },
      { fromLevel: 2, toLevel: 2, source: 'MANAGER', confirmed: true, changedBy: { email: PEOPLE.manager } },
      { fromLevel: null, toLevel: 2, source: 'SELF', confirmed: false, changedBy: { email: PEOPLE.member } },
    ]);
  });

  it('refuses bad levels, unknown skills and people one does not manage, changing nothing', async () => {
    expect(await unchanged(() => set({ skillKey: 'security', level: 6 }))).toEqual(validationError(issue('level', 'level must be a whole number from 1 to 5')));
    expect(await unchanged(() => set({ skillKey: 'juggling', level: 3 }))).toEqual(validationError(issue('skillKey', 'The catalogue has no skill "juggling"')));
    // pm2@ manages none of member@'s projects; a team member sets no one else's level.
    const outsider = await seed.people.writeDirectly({ name: 'Outsider', email: `outsider-${backend}@pmo.local`, role: 'TEAM_MEMBER' });
    expect(await unchanged(() => set({ userId: gid('User', outsider.id), skillKey: 'security', level: 3 }, 'manager'))).toMatchObject({ __typename: 'ForbiddenError' });
    expect(await unchanged(() => set({ skillKey: 'security', level: 3 }, 'dev'))).toMatchObject({ __typename: 'ForbiddenError' });
    await seed.people.deactivateDirectly(outsider.email);
    expect(await unchanged(() => set({ userId: gid('User', outsider.id), skillKey: 'security', level: 3 }, 'admin'))).toEqual(validationError(issue('userId', 'The person is deactivated')));
  });

  it('shows levels to the person, the PMO and the person’s managers only', async () => {
    const read = (as: Person) => server.exec(PEOPLE[as], Levels, { id: memberGid });
    for (const reader of ['member', 'admin', 'manager', 'owner'] as const) expect((await read(reader)).errors, reader).toBeUndefined();
    for (const reader of ['dev', 'executive'] as const) expect((await read(reader)).errors?.map((error) => error.extensions?.code), reader).toContain('FORBIDDEN');
  });
});
