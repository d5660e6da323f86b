// People: the User node, the signed-in viewer, the user directory, and the PMO's management of
// people (createUser, updateUser, deactivateUser). What people do on projects
// (managedProjects, memberships) is added to User by schema/projects.
import { z } from 'zod';
import { Role } from '../../server/platform/db/generated/prisma/enums.js';
import { createUser, deactivateUser, updateUser, userWhere } from '../../server/users/index.js';
import { builder } from '../builder.js';
import { nodeConnection } from '../shared/connections.js';
import { serviceContextOf } from '../shared/context.js';
import { mutationErrors } from '../shared/errors.js';
import { idOf } from '../shared/ids.js';
import { moneyFieldOptions } from '../shared/money.js';
import { reloadRow } from '../shared/reload.js';
import { inputRules, money, name } from '../shared/validators.js';
import { orderInput } from '../shared/order.js';
import { filteredPage } from '../shared/pages.js';

export const RoleEnum = builder.enumType(Role, {
  name: 'Role',
  description: 'What a person may do; read from the database on every request.',
  values: {
    PMO_ADMIN: { description: 'Runs the PMO: may do everything, including methodologies and alert settings.' },
    PORTFOLIO_MANAGER: { description: 'Reads everything; manages the portfolios they own, their projects and objectives, approves projects and sets budgets there.' },
    PROJECT_MANAGER: { description: 'Reads everything; manages the projects they manage and may propose projects they will manage.' },
    TEAM_MEMBER: { description: 'Reads only the projects they are a member of, never money; may raise risks on them.' },
    EXECUTIVE: { description: 'Reads everything, money included; writes nothing.' },
  },
});

const UserRef = builder.prismaNode('User', {
  id: { field: 'id' },
  // node(id) of a missing record is null, not an error (findUnique, not findUniqueOrThrow).
  nullable: true,
  // Load only the columns the selection needs (not whole rows).
  select: { id: true },
  authScopes: { authenticated: true },
  fields: (t) => ({
    name: t.exposeString('name'),
    email: t.exposeString('email'),
    role: t.expose('role', { type: RoleEnum }),
    weeklyCapacityHours: t.exposeInt('weeklyCapacityHours'),
    costRate: t.expose('costRate', { type: 'Decimal', ...moneyFieldOptions }),
    active: t.exposeBoolean('active'),
    version: t.exposeInt('version', { description: 'Send it back with updateUser or deactivateUser.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

const userOrder = orderInput('UserOrder', { NAME: 'name', EMAIL: 'email', ROLE: 'role', CREATED_AT: 'createdAt' }, [{ field: 'NAME', direction: 'ASC' }]);

const UserFilterInput = builder.inputType('UserFilter', {
  description: 'Narrows the user directory.',
  fields: (t) => ({
    role: t.field({ description: 'Any of these roles.', type: [RoleEnum] }),
    search: t.string({ description: 'Matches name or email, case-insensitive.', validate: z.string().max(100) }),
    active: t.boolean({ description: 'Only active (true) or inactive (false) people.' }),
  }),
});

builder.queryFields((t) => ({
  viewer: t.prismaField({
    type: 'User',
    nullable: true,
    description: 'The signed-in user.',
    resolve: (query, _root, _args, ctx) => ctx.prisma.user.findUnique({ ...query, where: { id: ctx.viewer!.id } }),
  }),
  users: t.prismaConnection(
    {
      type: 'User',
      cursor: 'id',
      description: 'The people of the organisation.',
      args: { filter: t.arg({ type: UserFilterInput, description: 'Which rows to list; every condition given must hold.' }), orderBy: t.arg({ type: [userOrder.Input], description: 'Ordering keys, first to last (the id breaks ties).' }) },
      totalCount: (_root, args, ctx) => ctx.prisma.user.count({ where: userWhere(args.filter) }),
      resolve: (query, _root, args, ctx) =>
        ctx.prisma.user.findMany({
          ...filteredPage(query, userWhere(args.filter)),
          orderBy: userOrder.orderBy(args.orderBy),
        }),
    },
    nodeConnection(UserRef, 'User'),
  ),
}));

const email = z.string().trim().max(254, 'must be at most 254 characters').pipe(z.email('must be an e-mail address'));
const weeklyCapacityHours = z.number().int().min(0, 'weeklyCapacityHours must be between 0 and 168').max(168, 'weeklyCapacityHours must be between 0 and 168');

const CreateUserInput = builder.inputType('CreateUserInput', {
  description: 'A new person (PMO_ADMIN).',
  validate: inputRules({ name, email, weeklyCapacityHours: weeklyCapacityHours.nullish(), costRate: money.nullish() }),
  fields: (t) => ({
    name: t.string({ description: 'Full name.', required: true }),
    email: t.string({ description: 'Sign-in e-mail address, unique (kept in lower case).', required: true }),
    role: t.field({ type: RoleEnum, description: 'What the person may do.', required: true }),
    weeklyCapacityHours: t.int({ description: 'Hours a week the person can work on projects, 0..168 (default 40).' }),
    costRate: t.field({ type: 'Decimal', description: 'Cost per hour (money; default 0).' }),
  }),
});

const UpdateUserInput = builder.inputType('UpdateUserInput', {
  description: 'Changes to a person (PMO_ADMIN): only the fields given change.',
  validate: inputRules({ name: name.nullish(), email: email.nullish(), weeklyCapacityHours: weeklyCapacityHours.nullish(), costRate: money.nullish() }),
  fields: (t) => ({
    id: t.globalID({ description: 'The person.', required: true }),
    version: t.int({ required: true, description: 'The version you read; a stale one gives ConflictError.' }),
    name: t.string({ description: 'Full name.' }),
    email: t.string({ description: 'Sign-in e-mail address, unique.' }),
    role: t.field({ type: RoleEnum, description: 'What the person may do (their live subscriptions end when it changes).' }),
    weeklyCapacityHours: t.int({ description: 'Hours a week the person can work on projects, 0..168.' }),
    costRate: t.field({ type: 'Decimal', description: 'Cost per hour (money).' }),
  }),
});

const DeactivateUserInput = builder.inputType('DeactivateUserInput', {
  description: 'A person to deactivate (PMO_ADMIN).',
  fields: (t) => ({
    id: t.globalID({ description: 'The person.', required: true }),
    version: t.int({ required: true, description: 'The version you read; a stale one gives ConflictError.' }),
  }),
});

const userIdOf = (id: { typename: string; id: string }) => idOf(id, 'User', ['input', 'id']);

builder.mutationFields((t) => ({
  createUser: t.prismaField({
    type: 'User',
    description: 'Adds a person to the organisation (PMO_ADMIN).',
    args: { input: t.arg({ description: 'The person.', type: CreateUserInput, required: true }) },
    errors: mutationErrors(),
    authScopes: { admin: true },
    resolve: async (query, _root, { input }, ctx) => reloadRow(ctx.prisma.user, query, await createUser(serviceContextOf(ctx), input)),
  }),
  updateUser: t.prismaField({
    type: 'User',
    description: 'Changes a person read at `version` (PMO_ADMIN).',
    args: { input: t.arg({ description: 'The person, the version and the changes.', type: UpdateUserInput, required: true }) },
    errors: mutationErrors(),
    authScopes: { admin: true },
    resolve: async (query, _root, { input }, ctx) => reloadRow(ctx.prisma.user, query, await updateUser(serviceContextOf(ctx), { ...input, id: userIdOf(input.id) })),
  }),
  deactivateUser: t.prismaField({
    type: 'User',
    description: 'Deactivates a person (PMO_ADMIN): their history stays, their sign-in and live subscriptions end.',
    args: { input: t.arg({ description: 'The person and the version.', type: DeactivateUserInput, required: true }) },
    errors: mutationErrors(),
    authScopes: { admin: true },
    resolve: async (query, _root, { input }, ctx) => reloadRow(ctx.prisma.user, query, await deactivateUser(serviceContextOf(ctx), { ...input, id: userIdOf(input.id) })),
  }),
}));
