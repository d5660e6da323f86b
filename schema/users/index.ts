// People: the User node, the signed-in viewer and the user directory. What people do on projects
// (managedProjects, memberships) is added to User by schema/projects.
import { z } from 'zod';
import { Role } from '../../server/platform/db/generated/prisma/enums.js';
import { userWhere } from '../../server/users/index.js';
import { builder } from '../builder.js';
import { nodeConnection } from '../shared/connections.js';
import { moneyFieldOptions } from '../shared/money.js';
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
