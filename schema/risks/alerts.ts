// Risk alerts: the RiskAlert type, the replayable `riskAlerts` list, the live `riskAlerts`
// subscription, acknowledgement, and the PMO's thresholds. Resolvers stay thin: the work is in
// server/risks/alerts (raising, deduplication, fan-out, acknowledgement, settings, sweep).
import { formatPrismaCursor } from '@pothos/plugin-prisma';
import { z } from 'zod';
import { canReadProject } from '../../server/auth/project-access.js';
import type { Prisma } from '../../server/platform/db/generated/prisma/client.js';
import { AlertSeverity, RiskAlertSource } from '../../server/platform/db/generated/prisma/enums.js';
import { NotFoundError } from '../../server/platform/errors.js';
import {
  acknowledgedWhere,
  acknowledgeRiskAlert,
  type AlertEvent,
  type AlertFilter,
  riskAlertWhere,
  sweepRiskAlerts,
  updateRiskAlertSettings,
} from '../../server/risks/index.js';
import { evidenceFor, methodologyOfAlert } from '../../server/methodology/index.js';
import { builder } from '../builder.js';
import { serviceContextOf } from '../shared/context.js';
import { countRelated, nodeConnection } from '../shared/connections.js';
import { mutationErrors } from '../shared/errors.js';
import { type GlobalId, idOf, optionalIdOf } from '../shared/ids.js';
import { admitCursorRow, countPerParent, type CursorArgs, pageBySeq } from '../shared/pages.js';
import { reloadRow, usable } from '../shared/reload.js';
import { inputRules } from '../shared/validators.js';

export const AlertSeverityEnum = builder.enumType(AlertSeverity, {
  name: 'AlertSeverity',
  description: 'LOW < MEDIUM < HIGH < CRITICAL.',
  values: {
    LOW: { description: 'For information.' },
    MEDIUM: { description: 'Worth a look soon.' },
    HIGH: { description: 'Needs action (a risk score at the high threshold).' },
    CRITICAL: { description: 'Needs action now (a risk score at the critical threshold).' },
  },
});
const RiskAlertSourceEnum = builder.enumType(RiskAlertSource, {
  name: 'RiskAlertSource',
  description: 'What raised the alert.',
  values: {
    RISK_SCORE: { description: "A risk's score reached the HIGH or CRITICAL threshold." },
    RISK_REALIZED: { description: 'A risk was realized.' },
    METHODOLOGY_TRIGGER: { description: 'A methodology risk trigger started to hold for the project.' },
    RISK_OVERDUE: { description: 'An open risk passed its due date (periodic sweep).' },
    RESOURCE_OVERALLOCATION: { description: "A person's hard bookings exceed their capacity (beyond the PMO's tolerance) in a week this project books them." },
  },
});

const RiskAlertRef = builder.prismaNode('RiskAlert', {
  id: { field: 'id' },
  // node(id) of a missing record is null, not an error (findUnique, not findUniqueOrThrow).
  nullable: true,
  description:
    'An alert on a risk or on a project, stored when the change that raised it committed. The same condition does not alert again while its alert is unacknowledged and still holds.',
  // Alerts follow their project's visibility (lists filter in SQL; node() returns null).
  authScopes: (alert) => ({ readProject: alert.projectId }),
  fields: (t) => ({
    cursor: t.string({
      description: "This alert's position in `riskAlerts`: a subscriber that reconnects passes the last one it received as `after`.",
      select: { seq: true },
      resolve: (alert) => formatPrismaCursor(alert, 'seq'),
    }),
    severity: t.expose('severity', { type: AlertSeverityEnum }),
    source: t.expose('source', { type: RiskAlertSourceEnum }),
    triggerKey: t.exposeString('triggerKey', {
      description: '`risk-score`, `risk-realized`, `risk-overdue`, or the key of the methodology risk trigger.',
    }),
    reason: t.exposeString('reason'),
    evidence: t.field({
      type: 'JSON',
      description: 'The values the condition was decided on. Money values are null for team members.',
      select: { evidence: true },
      resolve: (alert, _args, ctx) => evidenceFor(ctx.viewer, ctx.prisma, alert.evidence, methodologyOfAlert(alert.evidence)),
    }),
    project: t.relation('project'),
    risk: t.relation('risk', { nullable: true, description: 'The risk, for alerts on a risk (not for methodology triggers).' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    acknowledged: t.boolean({ description: 'Whether someone has acknowledged it.', select: { acknowledgedAt: true }, resolve: (alert) => alert.acknowledgedAt !== null }),
    acknowledgedAt: t.expose('acknowledgedAt', { type: 'DateTime', nullable: true }),
    acknowledgedBy: t.relation('acknowledgedBy', { nullable: true }),
    resolvedAt: t.expose('resolvedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When its condition stopped holding, or a more severe alert of the same condition replaced it.',
    }),
  }),
});

const RiskAlertConnection = nodeConnection(RiskAlertRef, 'RiskAlert');

const RiskAlertFilterInput = builder.inputType('RiskAlertFilter', {
  description: 'Narrows a list or a subscription of risk alerts.',
  fields: (t) => ({
    portfolioId: t.globalID({ description: 'Only alerts on projects of this portfolio.' }),
    projectId: t.globalID({ description: 'Only alerts on this project.' }),
    minSeverity: t.field({ type: AlertSeverityEnum, description: 'Only alerts at least this severe.' }),
  }),
});

type FilterArg = { portfolioId?: GlobalId | null; projectId?: GlobalId | null; minSeverity?: AlertSeverity | null } | null | undefined;

const alertFilterOf = (filter: FilterArg): AlertFilter => ({
  portfolioId: optionalIdOf(filter?.portfolioId, 'Portfolio', ['filter', 'portfolioId']) ?? null,
  projectId: optionalIdOf(filter?.projectId, 'Project', ['filter', 'projectId']) ?? null,
  minSeverity: filter?.minSeverity ?? null,
});

const ALERT_ORDER = { seq: 'asc' } as const;

builder.queryFields((t) => ({
  riskAlerts: t.prismaConnection(
    {
      type: 'RiskAlert',
      cursor: 'seq',
      description:
        'Alerts on the projects the viewer may read, oldest first (in commit order). A subscriber that reconnects passes the cursor of the last alert it received as `after` to fetch what it missed.',
      args: {
        filter: t.arg({ type: RiskAlertFilterInput, description: 'Which rows to list; every condition given must hold.' }),
        acknowledged: t.arg.boolean({ description: 'true: only acknowledged alerts; false: only unacknowledged ones.' }),
      },
      totalCount: (_root, args, ctx) =>
        ctx.prisma.riskAlert.count({ where: riskAlertWhere(ctx.viewer, alertFilterOf(args.filter), args.acknowledged) }),
      resolve: (query, _root, args, ctx) =>
        ctx.prisma.riskAlert.findMany({
          ...pageBySeq(query, riskAlertWhere(ctx.viewer, alertFilterOf(args.filter), args.acknowledged)),
          orderBy: ALERT_ORDER,
        }),
    },
    RiskAlertConnection,
  ),
  riskAlertSettings: t.prismaField({
    type: 'RiskAlertSettings',
    description: 'The score thresholds of risk alerts.',
    resolve: (query, _root, _args, ctx) => ctx.prisma.riskAlertSettings.upsert({ ...usable(query), where: { id: 1 }, create: { id: 1 }, update: {} }),
  }),
}));

builder.prismaObjectFields('Risk', (t) => ({
  alerts: t.relatedConnection(
    'alerts',
    { cursor: 'seq', description: 'Alerts raised on this risk, oldest first.', totalCount: true, query: () => ({ orderBy: ALERT_ORDER }) },
    RiskAlertConnection,
  ),
}));

builder.prismaObjectFields('Project', (t) => ({
  riskAlerts: t.relatedConnection(
    'riskAlerts',
    {
      cursor: 'seq',
      description: 'Alerts on the project and on its risks, oldest first.',
      args: { acknowledged: t.arg.boolean({ description: 'true: only acknowledged alerts; false: only unacknowledged ones.' }) },
      query: (args) => ({ where: admitCursorRow(args as CursorArgs, 'seq', acknowledgedWhere(args.acknowledged)), orderBy: ALERT_ORDER }),
    },
    RiskAlertConnection,
  ),
}));

// Counted with the plain filter (the page's filter also admits the cursor row).
countRelated('Project', 'RiskAlert', (ctx, projectId, args) => {
  const { acknowledged } = args as { acknowledged?: boolean | null };
  return countPerParent(ctx, `Project.riskAlerts:${acknowledged}`, async (projectIds) =>
    (
      await ctx.prisma.riskAlert.groupBy({
        by: ['projectId'],
        where: { projectId: { in: projectIds }, ...acknowledgedWhere(acknowledged) },
        _count: { _all: true },
      })
    ).map((row) => ({ parentId: row.projectId, count: row._count._all })),
  ).load(projectId);
});

builder.prismaObject('RiskAlertSettings', {
  description: 'When a risk score raises an alert. Thresholds apply from the next assessment of each risk.',
  fields: (t) => ({
    highThreshold: t.exposeInt('highThreshold', { description: 'Scores at or above this raise a HIGH alert.' }),
    criticalThreshold: t.exposeInt('criticalThreshold', { description: 'Scores at or above this raise a CRITICAL alert.' }),
    version: t.exposeInt('version', { description: 'Send it back with updates (optimistic concurrency).' }),
    updatedBy: t.relation('updatedBy', { nullable: true }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

const threshold = z.number().int('must be between 1 and 25').min(1, 'must be between 1 and 25').max(25, 'must be between 1 and 25');

const UpdateRiskAlertSettingsInput = builder.inputType('UpdateRiskAlertSettingsInput', {
  description: 'New alert thresholds: only the ones given change.',
  validate: inputRules({ highThreshold: threshold.nullish(), criticalThreshold: threshold.nullish() }),
  fields: (t) => ({
    version: t.int({ required: true, description: 'The version you read; a stale one gives ConflictError.' }),
    highThreshold: t.int({ description: '1..25, at most criticalThreshold.' }),
    criticalThreshold: t.int({ description: '1..25, at least highThreshold.' }),
  }),
});

const RiskAlertSweepRef = builder.objectRef<{ raised: number; resolved: number }>('RiskAlertSweep').implement({
  description: 'What a sweep of alert conditions changed.',
  fields: (t) => ({
    raised: t.exposeInt('raised', { description: 'New alerts (overdue risks, triggers that started to hold).' }),
    resolved: t.exposeInt('resolved', { description: 'Alerts whose condition stopped holding.' }),
  }),
});

builder.mutationFields((t) => ({
  acknowledgeRiskAlert: t.prismaField({
    type: 'RiskAlert',
    description:
      'Takes the alert in hand: whoever may work on the risk (for a project alert, whoever manages the project). The condition may then alert again.',
    args: { input: t.arg({ description: 'The alert.', type: builder.inputType('AcknowledgeRiskAlertInput', { description: 'An alert to acknowledge.', fields: (f) => ({ id: f.globalID({ required: true, description: 'The alert.' }) }) }), required: true }) },
    errors: mutationErrors(),
    authScopes: { authenticated: true },
    resolve: async (query, _root, { input }, ctx) => {
      return reloadRow(ctx.prisma.riskAlert, query, await acknowledgeRiskAlert(serviceContextOf(ctx), { id: idOf(input.id, 'RiskAlert', ['input', 'id']) }));
    },
  }),
  updateRiskAlertSettings: t.prismaField({
    type: 'RiskAlertSettings',
    description: 'PMO_ADMIN only.',
    args: { input: t.arg({ description: 'The settings version and the new thresholds.', type: UpdateRiskAlertSettingsInput, required: true }) },
    errors: mutationErrors(),
    authScopes: { authenticated: true },
    resolve: async (query, _root, { input }, ctx) => {
      await updateRiskAlertSettings(serviceContextOf(ctx), input);
      return ctx.prisma.riskAlertSettings.findUniqueOrThrow({ ...usable(query), where: { id: 1 } });
    },
  }),
  sweepRiskAlerts: t.field({
    type: RiskAlertSweepRef,
    description: 'Runs the periodic risk alert sweep now (overdue risks, triggers against today). PMO_ADMIN only.',
    errors: mutationErrors(),
    authScopes: { authenticated: true },
    resolve: (_root, _args, ctx) => sweepRiskAlerts(serviceContextOf(ctx)),
  }),
}));


builder.subscriptionField('riskAlerts', (t) =>
  t.prismaField({
    type: 'RiskAlert',
    description:
      'Each new alert on the projects the viewer may read, as it is raised on any server instance. Alerts missed while disconnected: the riskAlerts query, with `after`.',
    args: { filter: t.arg({ type: RiskAlertFilterInput, description: 'Which rows to list; every condition given must hold.' }) },
    subscribe: async (_root, { filter }, ctx) => {
      const hubFilter = alertFilterOf(filter);
      if (hubFilter.projectId && !(await canReadProject(ctx, hubFilter.projectId))) throw new NotFoundError('Project', hubFilter.projectId);
      return ctx.services.alerts.subscribe(ctx.viewer!, hubFilter);
    },
    resolve: async (query, event: AlertEvent, _args, ctx) => {
      ctx.beginEvent();
      const alert = await event.load<Prisma.RiskAlertGetPayload<object>>(usable(query));
      if (!alert) throw new NotFoundError('RiskAlert', event.message.id); // its project was deleted since
      return alert;
    },
  }),
);
