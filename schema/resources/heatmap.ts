// The GraphQL skin of the capacity heatmap, skill gaps and the PMO's resource settings.
import { z } from 'zod';
import {
  capacityHeatmap,
  type Heatmap,
  type LoadCell,
  MAX_HEATMAP_MONTHS,
  MAX_HEATMAP_PEOPLE,
  MAX_HEATMAP_WEEKS,
  MAX_OVERALLOCATION_TOLERANCE,
  resourceSettings,
  type ResourceSettings,
  MENTOR_LEVEL,
  type SkillCell,
  type SkillGap,
  type SkillGapPerson,
  skillGaps,
  type SkillRow,
  updateResourceSettings,
} from '../../server/resources/index.js';
import { builder } from '../builder.js';
import { serviceContextOf } from '../shared/context.js';
import { mutationErrors } from '../shared/errors.js';
import { idOf } from '../shared/ids.js';

const HeatmapIntervalEnum = builder.enumType('HeatmapInterval', {
  description: 'The period of a heatmap column.',
  values: {
    WEEK: { description: 'ISO weeks, Monday to Sunday.' },
    MONTH: { description: 'Calendar months.' },
  },
});

const HeatmapCellRef = builder.objectRef<LoadCell>('HeatmapCell').implement({
  description: "A person's hours in one period.",
  fields: (t) => ({
    periodStart: t.field({ type: 'Date', description: 'The first day of the period (a Monday for weeks).', resolve: (cell) => cell.periodStart }),
    capacityHours: t.float({ description: 'Capacity: weekly hours over the working days, less holidays and absences.', resolve: (cell) => cell.capacityHours }),
    hardHours: t.float({ description: 'Hours of confirmed (HARD) bookings.', resolve: (cell) => cell.hardHours }),
    softHours: t.float({ description: 'Hours of tentative (SOFT) bookings, not declined.', resolve: (cell) => cell.softHours }),
    utilisation: t.float({ nullable: true, description: 'hardHours / capacityHours (1.0 = full); null when hours are booked on no capacity.', resolve: (cell) => cell.utilisation }),
    overAllocated: t.boolean({
      description: "Whether hard hours exceed capacity beyond the PMO's tolerance in the week (or, for a month, in any week overlapping it).",
      resolve: (cell) => cell.overAllocated,
    }),
  }),
});

const HeatmapRowRef = builder.objectRef<Heatmap['rows'][number]>('HeatmapRow').implement({
  description: "One person's load, period by period.",
  fields: (t) => ({
    user: t.prismaField({ type: 'User', description: 'The person.', resolve: (query, row, _args, ctx) => ctx.prisma.user.findUniqueOrThrow({ ...query, where: { id: row.userId } }) }),
    cells: t.field({ type: [HeatmapCellRef], description: 'One cell per period, in order.', resolve: (row) => row.cells }),
  }),
});

const SkillCellRef = builder.objectRef<SkillCell>('SkillHeatmapCell').implement({
  description: 'Supply of a skill against the demand for it in one period.',
  fields: (t) => ({
    periodStart: t.field({ type: 'Date', description: 'The first day of the period.', resolve: (cell) => cell.periodStart }),
    supplyHours: t.float({ description: "Capacity of the people in scope who hold the skill at the row's level or above.", resolve: (cell) => cell.supplyHours }),
    freeHours: t.float({ description: 'Of that capacity, not taken by hard bookings on any project.', resolve: (cell) => cell.freeHours }),
    demandHours: t.float({ description: 'Hours the demands for the skill need in the period.', resolve: (cell) => cell.demandHours }),
    bookedHours: t.float({ description: 'Of those, booked against the demands (soft or hard).', resolve: (cell) => cell.bookedHours }),
    openHours: t.float({ description: 'demandHours − bookedHours: still to be found.', resolve: (cell) => cell.openHours }),
    shortfallHours: t.float({ description: 'demandHours − supplyHours when positive: more is needed than the people who hold it have.', resolve: (cell) => cell.shortfallHours }),
  }),
});

const SkillRowRef = builder.objectRef<SkillRow>('SkillHeatmapRow').implement({
  description: 'One skill: the supply of people who hold it against the demand for it, period by period.',
  fields: (t) => ({
    skill: t.prismaField({ type: 'Skill', description: 'The skill.', resolve: (query, row, _args, ctx) => ctx.prisma.skill.findUniqueOrThrow({ ...query, where: { id: row.skillId } }) }),
    level: t.int({ description: "The level counted as supply: the lowest minimum level of the skill's demands (1 without demands).", resolve: (row) => row.level }),
    holders: t.int({ description: 'People in scope who hold the skill at that level or above.', resolve: (row) => row.holders }),
    cells: t.field({ type: [SkillCellRef], description: 'One cell per period, in order.', resolve: (row) => row.cells }),
  }),
});

const HeatmapRef = builder.objectRef<Heatmap>('CapacityHeatmap').implement({
  description: 'Capacity against bookings per person and period, and supply against demand per skill.',
  fields: (t) => ({
    periods: t.field({ type: ['Date'], description: 'The first day of each period, in order (the columns).', resolve: (heatmap) => heatmap.periods }),
    rows: t.field({ type: [HeatmapRowRef], description: 'One row per person in scope whose load you may read, by name.', resolve: (heatmap) => heatmap.rows }),
    skills: t.field({
      type: [SkillRowRef],
      description: 'One row per skill asked for (skillKey) or demanded in the span; everyone in scope counts (empty for team members).',
      resolve: (heatmap) => heatmap.skills,
    }),
    tolerance: t.float({ description: 'The over-allocation tolerance applied (0.1 = 10%).', resolve: (heatmap) => heatmap.tolerance }),
  }),
});

const CapacityHeatmapInput = builder.inputType('CapacityHeatmapInput', {
  description: 'The span, the period and who is in scope (every condition given must hold; none: every active person).',
  fields: (t) => ({
    from: t.field({ type: 'Date', required: true, description: 'A day of the first period.' }),
    to: t.field({ type: 'Date', required: true, description: `A day of the last period (at most ${MAX_HEATMAP_WEEKS} weeks or ${MAX_HEATMAP_MONTHS} months).` }),
    interval: t.field({ type: HeatmapIntervalEnum, required: true, description: 'Weeks (from Monday) or months.' }),
    portfolioId: t.globalID({ description: "People booked on the portfolio's projects in the span, or on their teams." }),
    skillKey: t.string({ description: 'People who hold this skill; its supply and demand row.', validate: z.string().max(100) }),
    userIds: t.globalIDList({ description: `These people (at most ${MAX_HEATMAP_PEOPLE}); each must be one whose load you may read.` }),
  }),
});

const ResourceSettingsRef = builder.objectRef<ResourceSettings>('ResourceSettings').implement({
  description: "The PMO's resource settings.",
  fields: (t) => ({
    overallocationTolerance: t.float({ description: 'How far hard bookings may exceed a week’s capacity before it is over-allocated (0.1 = 10%).', resolve: (settings) => settings.overallocationTolerance }),
    version: t.int({ description: '0 while the defaults apply; send it back with updateResourceSettings.', resolve: (settings) => settings.version }),
  }),
});

const UpdateResourceSettingsInput = builder.inputType('UpdateResourceSettingsInput', {
  description: 'The resource settings as they should be (PMO_ADMIN).',
  fields: (t) => ({
    version: t.int({ required: true, description: 'The version you read (0 for the defaults); a stale one gives ConflictError.' }),
    overallocationTolerance: t.float({ required: true, description: `0..${MAX_OVERALLOCATION_TOLERANCE}, in thousandths (0.1 = 10%).` }),
  }),
});

builder.queryFields((t) => ({
  capacityHeatmap: t.field({
    type: HeatmapRef,
    description:
      'Capacity against hard and soft bookings for each person in scope and each week or month, with supply against demand per skill. Rows: yourself and the people whose work you plan (the PMO: everyone). Skill rows: everyone but team members.',
    args: { input: t.arg({ type: CapacityHeatmapInput, required: true, description: 'The span, the period and the scope.' }) },
    resolve: (_root, { input }, ctx) =>
      capacityHeatmap(ctx, {
        ...input,
        interval: input.interval as 'WEEK' | 'MONTH',
        portfolioId: input.portfolioId ? idOf(input.portfolioId, 'Portfolio', ['input', 'portfolioId']) : null,
        userIds: input.userIds?.map((id) => idOf(id, 'User', ['input', 'userIds'])) ?? null,
      }),
  }),
  resourceSettings: t.field({
    type: ResourceSettingsRef,
    description: "The PMO's resource settings (the over-allocation tolerance).",
    resolve: (_root, _args, ctx) => resourceSettings(ctx.prisma),
  }),
}));

builder.mutationFields((t) => ({
  updateResourceSettings: t.field({
    type: ResourceSettingsRef,
    description: 'Sets the over-allocation tolerance (PMO_ADMIN); everyone’s over-allocation alerts follow at once.',
    args: { input: t.arg({ type: UpdateResourceSettingsInput, required: true, description: 'The version and the tolerance.' }) },
    errors: mutationErrors(),
    authScopes: { admin: true },
    resolve: (_root, { input }, ctx) => updateResourceSettings(serviceContextOf(ctx), input),
  }),
}));

const SkillGapPersonRef = builder.objectRef<SkillGapPerson>('SkillGapPerson').implement({
  description: 'Someone who could close a skill gap: trained (one level below), or as a mentor (level 4 or more).',
  fields: (t) => ({
    user: t.prismaField({ type: 'User', description: 'The person.', resolve: (query, person, _args, ctx) => ctx.prisma.user.findUniqueOrThrow({ ...query, where: { id: person.userId } }) }),
    level: t.int({ description: 'Their level in the skill now.', resolve: (person) => person.level }),
    freeHours: t.float({ description: 'Their capacity less hard bookings over the span.', resolve: (person) => person.freeHours }),
  }),
});

const SkillGapProjectRef = builder.objectRef<SkillGap['projects'][number]>('SkillGapProject').implement({
  description: 'A project that needs the skill in the span.',
  fields: (t) => ({
    project: t.prismaField({ type: 'Project', description: 'The project.', resolve: (query, row, _args, ctx) => ctx.prisma.project.findUniqueOrThrow({ ...query, where: { id: row.projectId } }) }),
    demandHours: t.float({ description: 'Hours its demands need in the span.', resolve: (row) => row.demandHours }),
  }),
});

export const SkillGapRecommendationsRef = builder.objectRef<SkillGap>('SkillGapRecommendations').implement({
  description: 'What would close the gap: people to train and mentors to help (only people whose details you may read are named).',
  fields: (t) => ({
    trainees: t.field({ type: [SkillGapPersonRef], description: 'People one level below the needed level, the most free hours first (at most 20).', resolve: (gap) => gap.trainees }),
    mentors: t.field({ type: [SkillGapPersonRef], description: `People at level ${MENTOR_LEVEL} or more, the most free hours first (at most 20).`, resolve: (gap) => gap.mentors }),
  }),
});

const SkillGapRef = builder.objectRef<SkillGap>('SkillGap').implement({
  description: 'One skill the demands of the span ask for: the hours needed against the free hours of the people qualified for it.',
  fields: (t) => ({
    skill: t.prismaField({ type: 'Skill', description: 'The skill.', resolve: (query, gap, _args, ctx) => ctx.prisma.skill.findUniqueOrThrow({ ...query, where: { id: gap.skillId } }) }),
    level: t.int({ description: 'The level counted as qualified: the lowest minimum level the demands ask.', resolve: (gap) => gap.level }),
    demandHours: t.float({ description: 'Hours the demands need in the span.', resolve: (gap) => gap.demandHours }),
    bookedHours: t.float({ description: 'Of those, booked against the demands (soft or hard).', resolve: (gap) => gap.bookedHours }),
    availableHours: t.float({ description: 'Free hours (capacity less hard bookings) of the qualified people over the span.', resolve: (gap) => gap.availableHours }),
    gapHours: t.float({ description: 'demandHours − bookedHours − availableHours when positive: what the qualified people cannot cover.', resolve: (gap) => gap.gapHours }),
    qualifiedPeople: t.int({ description: 'Active people at the level or above.', resolve: (gap) => gap.qualifiedPeople }),
    projects: t.field({ type: [SkillGapProjectRef], description: 'The projects that need it, the most hours first.', resolve: (gap) => gap.projects }),
    recommendations: t.field({ type: SkillGapRecommendationsRef, description: 'People to train and mentors.', resolve: (gap) => gap }),
  }),
});

const SkillGapsInput = builder.inputType('SkillGapsInput', {
  description: 'The span and, optionally, the portfolio whose demands count.',
  fields: (t) => ({
    from: t.field({ type: 'Date', required: true, description: 'The first day.' }),
    to: t.field({ type: 'Date', required: true, description: `The last day (at most ${MAX_HEATMAP_WEEKS} weeks).` }),
    portfolioId: t.globalID({ description: "Only the demands of this portfolio's projects." }),
  }),
});

builder.queryFields((t) => ({
  skillGaps: t.field({
    type: [SkillGapRef],
    description: 'Per skill demanded in the span: demand hours against the free hours of qualified people, the gap, the projects, and who could be trained or mentor (not for team members).',
    args: { input: t.arg({ type: SkillGapsInput, required: true, description: 'The span and the portfolio.' }) },
    resolve: (_root, { input }, ctx) =>
      skillGaps(ctx, { ...input, portfolioId: input.portfolioId ? idOf(input.portfolioId, 'Portfolio', ['input', 'portfolioId']) : null }),
  }),
}));
