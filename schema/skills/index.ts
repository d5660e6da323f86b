// The GraphQL skin of the skills domain: the catalogue (skills, skill(key), createSkill,
// updateSkill) and people's levels (user.skills, setUserSkill, confirmUserSkill).
import { z } from 'zod';
import { SkillCategory, SkillSource } from '../../server/platform/db/generated/prisma/enums.js';
import type { Prisma } from '../../server/platform/db/generated/prisma/client.js';
import { confirmUserSkill, createSkill, MAX_LEVEL, MIN_LEVEL, setUserSkill, updateSkill } from '../../server/skills/index.js';
import { builder } from '../builder.js';
import { nodeConnection } from '../shared/connections.js';
import { serviceContextOf } from '../shared/context.js';
import { mutationErrors } from '../shared/errors.js';
import { idOf } from '../shared/ids.js';
import { filteredPage } from '../shared/pages.js';
import { reloadRow } from '../shared/reload.js';
import { description, inputRules, name } from '../shared/validators.js';

export const SkillCategoryEnum = builder.enumType(SkillCategory, {
  name: 'SkillCategory',
  description: "PMI's talent triangle, plus technical skills.",
  values: {
    WAYS_OF_WORKING: { description: 'Predictive, agile and hybrid ways of delivering.' },
    POWER_SKILLS: { description: 'Leadership, communication, negotiation, collaboration.' },
    BUSINESS_ACUMEN: { description: 'Strategy, business cases, finance, the organisation and its market.' },
    TECHNICAL: { description: 'The craft of the work itself (engineering, data, architecture, ...).' },
  },
});

const SkillSourceEnum = builder.enumType(SkillSource, {
  name: 'SkillSource',
  description: "Where a person's skill level comes from.",
  values: {
    SELF: { description: 'The person stated it (unconfirmed until a manager confirms it).' },
    MANAGER: { description: 'A manager of the person assessed or confirmed it.' },
    COURSE: { description: 'A completed course brought it.' },
    CERTIFICATION: { description: 'A certification brought it.' },
  },
});

export const SkillRef = builder.prismaNode('Skill', {
  id: { field: 'id' },
  // node(id) of a missing record is null, not an error (findUnique, not findUniqueOrThrow).
  nullable: true,
  description: "A skill of the organisation's catalogue.",
  select: { id: true },
  authScopes: { authenticated: true },
  fields: (t) => ({
    key: t.exposeString('key', { description: 'Unique key, e.g. "risk-management".' }),
    name: t.exposeString('name', { description: 'Display name.' }),
    description: t.exposeString('description', { description: 'What the skill covers; empty when none.' }),
    category: t.expose('category', { type: SkillCategoryEnum, description: 'Its side of the talent triangle, or TECHNICAL.' }),
    version: t.exposeInt('version', { description: 'Send it back with updateSkill.' }),
  }),
});

builder.prismaNode('UserSkill', {
  id: { field: 'id' },
  nullable: true,
  description: "A person's level in one skill: 1 Awareness, 2 Working knowledge, 3 Practitioner, 4 Advanced, 5 Expert.",
  select: { id: true, userId: true },
  authScopes: (row) => ({ readPerson: row.userId }),
  fields: (t) => ({
    user: t.relation('user', { description: 'The person.' }),
    skill: t.relation('skill', { description: 'The skill.' }),
    level: t.exposeInt('level', { description: `${MIN_LEVEL}..${MAX_LEVEL}.` }),
    source: t.expose('source', { type: SkillSourceEnum, description: 'Where the level comes from.' }),
    assessedBy: t.relation('assessedBy', { nullable: true, description: 'Who set the level.' }),
    assessedAt: t.expose('assessedAt', { type: 'DateTime', description: 'When the level was set.' }),
    confirmed: t.boolean({ description: 'Whether a manager confirmed the current level.', select: { confirmedAt: true }, resolve: (row) => row.confirmedAt !== null }),
    confirmedBy: t.relation('confirmedBy', { nullable: true, description: 'Who confirmed it.' }),
    confirmedAt: t.expose('confirmedAt', { type: 'DateTime', nullable: true, description: 'When it was confirmed; null while unconfirmed.' }),
    version: t.exposeInt('version', { description: 'Send it back with confirmUserSkill.' }),
    history: t.relation('history', { description: 'Every change of the level or its confirmation, newest first.', query: { orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: 100 } }),
  }),
});

builder.prismaObject('UserSkillChange', {
  description: "One change of a person's skill level or of its confirmation.",
  fields: (t) => ({
    fromLevel: t.exposeInt('fromLevel', { nullable: true, description: 'The level before (null when first recorded).' }),
    toLevel: t.exposeInt('toLevel', { description: 'The level after.' }),
    source: t.expose('source', { type: SkillSourceEnum, description: 'Where it came from.' }),
    confirmed: t.exposeBoolean('confirmed', { description: 'Whether the level was confirmed by this change.' }),
    changedBy: t.relation('changedBy', { nullable: true, description: 'Who made the change.' }),
    changedAt: t.expose('createdAt', { type: 'DateTime', description: 'When.' }),
  }),
});

const SkillFilterInput = builder.inputType('SkillFilter', {
  description: 'Narrows the skills catalogue.',
  fields: (t) => ({
    category: t.field({ type: [SkillCategoryEnum], description: 'Any of these categories.' }),
    search: t.string({ description: 'Matches key or name, case-insensitive.', validate: z.string().max(100) }),
  }),
});

const skillWhere = (filter: { category?: SkillCategory[] | null; search?: string | null } | null | undefined): Prisma.SkillWhereInput => ({
  ...(filter?.category && { category: { in: filter.category } }),
  ...(filter?.search && { OR: [{ key: { contains: filter.search, mode: 'insensitive' } }, { name: { contains: filter.search, mode: 'insensitive' } }] }),
});

builder.queryFields((t) => ({
  skills: t.prismaConnection(
    {
      type: 'Skill',
      cursor: 'id',
      description: 'The skills catalogue, by name.',
      args: { filter: t.arg({ type: SkillFilterInput, description: 'Which skills to list; every condition given must hold.' }) },
      totalCount: (_root, args, ctx) => ctx.prisma.skill.count({ where: skillWhere(args.filter) }),
      resolve: (query, _root, args, ctx) => ctx.prisma.skill.findMany({ ...filteredPage(query, skillWhere(args.filter)), orderBy: [{ name: 'asc' }, { id: 'asc' }] }),
    },
    nodeConnection(SkillRef, 'Skill'),
  ),
  skill: t.prismaField({
    type: 'Skill',
    nullable: true,
    description: 'The skill with this key, or null.',
    args: { key: t.arg.string({ required: true, description: 'Its key.' }) },
    resolve: (query, _root, args, ctx) => ctx.prisma.skill.findUnique({ ...query, where: { key: args.key } }),
  }),
}));

builder.prismaObjectFields('User', (t) => ({
  skills: t.relation('skills', {
    description: "The person's skills, by skill name. Read by the person, the PMO, and the managers of the person's projects and portfolios.",
    authScopes: (user) => ({ readPerson: user.id }),
    query: { orderBy: [{ skill: { name: 'asc' } }, { id: 'asc' }], take: 500 },
  }),
}));

const skillKey = z.string().max(60, 'must be at most 60 characters');
const CreateSkillInput = builder.inputType('CreateSkillInput', {
  description: 'A new skill of the catalogue (PMO_ADMIN).',
  validate: inputRules({ key: skillKey, name, description: description.nullish() }),
  fields: (t) => ({
    key: t.string({ required: true, description: 'Unique key: lower-case kebab-case, 2..60 characters; it never changes.' }),
    name: t.string({ required: true, description: 'Display name.' }),
    description: t.string({ description: 'What the skill covers.' }),
    category: t.field({ type: SkillCategoryEnum, required: true, description: 'Its side of the talent triangle, or TECHNICAL.' }),
  }),
});

const UpdateSkillInput = builder.inputType('UpdateSkillInput', {
  description: 'Changes to a skill (PMO_ADMIN): only the fields given change; the key never does.',
  validate: inputRules({ name: name.nullish(), description: description.nullish() }),
  fields: (t) => ({
    id: t.globalID({ required: true, description: 'The skill.' }),
    version: t.int({ required: true, description: 'The version you read; a stale one gives ConflictError.' }),
    name: t.string({ description: 'Display name.' }),
    description: t.string({ description: 'What the skill covers.' }),
    category: t.field({ type: SkillCategoryEnum, description: 'Its category.' }),
  }),
});

const SetUserSkillInput = builder.inputType('SetUserSkillInput', {
  description: "A person's level in a skill: your own (SELF), or, as their manager, theirs (MANAGER, confirmed).",
  fields: (t) => ({
    userId: t.globalID({ required: true, description: 'The person.' }),
    skillKey: t.string({ required: true, description: 'The skill.', validate: skillKey }),
    level: t.int({ required: true, description: `${MIN_LEVEL} Awareness .. ${MAX_LEVEL} Expert.` }),
  }),
});

const ConfirmUserSkillInput = builder.inputType('ConfirmUserSkillInput', {
  description: 'A level a person stated, to confirm (their manager).',
  fields: (t) => ({
    id: t.globalID({ required: true, description: 'The person’s skill.' }),
    version: t.int({ required: true, description: 'The version you read; a stale one gives ConflictError.' }),
  }),
});

builder.mutationFields((t) => ({
  createSkill: t.prismaField({
    type: 'Skill',
    description: 'Adds a skill to the catalogue (PMO_ADMIN).',
    args: { input: t.arg({ description: 'The skill.', type: CreateSkillInput, required: true }) },
    errors: mutationErrors(),
    authScopes: { admin: true },
    resolve: async (query, _root, { input }, ctx) => reloadRow(ctx.prisma.skill, query, await createSkill(serviceContextOf(ctx), input)),
  }),
  updateSkill: t.prismaField({
    type: 'Skill',
    description: 'Changes a skill read at `version` (PMO_ADMIN).',
    args: { input: t.arg({ description: 'The skill, its version and the changes.', type: UpdateSkillInput, required: true }) },
    errors: mutationErrors(),
    authScopes: { admin: true },
    resolve: async (query, _root, { input }, ctx) =>
      reloadRow(ctx.prisma.skill, query, await updateSkill(serviceContextOf(ctx), { ...input, id: idOf(input.id, 'Skill', ['input', 'id']) })),
  }),
  setUserSkill: t.prismaField({
    type: 'UserSkill',
    description: "Sets a person's level in a skill (the person, or their manager); keeps the change in its history.",
    args: { input: t.arg({ description: 'The person, the skill and the level.', type: SetUserSkillInput, required: true }) },
    errors: mutationErrors(),
    authScopes: { authenticated: true },
    resolve: async (query, _root, { input }, ctx) =>
      reloadRow(ctx.prisma.userSkill, query, await setUserSkill(serviceContextOf(ctx), { ...input, userId: idOf(input.userId, 'User', ['input', 'userId']) })),
  }),
  confirmUserSkill: t.prismaField({
    type: 'UserSkill',
    description: 'Confirms the level a person stated (a manager of the person, never the person).',
    args: { input: t.arg({ description: 'The person’s skill and its version.', type: ConfirmUserSkillInput, required: true }) },
    errors: mutationErrors(),
    authScopes: { authenticated: true },
    resolve: async (query, _root, { input }, ctx) =>
      reloadRow(ctx.prisma.userSkill, query, await confirmUserSkill(serviceContextOf(ctx), { ...input, id: idOf(input.id, 'UserSkill', ['input', 'id']) })),
  }),
}));
