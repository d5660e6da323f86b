// Status reports: a dated report of a project by its managers, with a frozen copy of the figures
// and the derived health; an override of the derived health needs a reason and stays visible.
import { canManageProject } from '../auth/access.js';
import { getProjectWithPortfolio } from '../auth/project-access.js';
import { recordAudit } from '../platform/audit.js';
import { projectFactsChanged } from '../platform/changes.js';
import { startOfDay } from '../platform/calendar.js';
import type { RequestContext, ServiceContext } from '../platform/context.js';
import type { Prisma, StatusReport } from '../platform/db/generated/prisma/client.js';
import type { Health } from '../platform/db/generated/prisma/enums.js';
import { transaction } from '../platform/db/transaction.js';
import { ForbiddenError, ValidationError } from '../platform/errors.js';
import { projectEarnedValue } from '../schedule/index.js';
import { projectHealth } from './health.js';

export interface SubmitStatusReportInput {
  projectId: string;
  summary: string;
  accomplishments?: string | null;
  nextSteps?: string | null;
  healthOverride?: Health | null;
  overrideReason?: string | null;
}

/**
 * Submits a report. The figures are read before the transaction (as the request sees them) and
 * frozen in the report; the project's reported health becomes the report's verdict.
 */
export async function submitStatusReport(ctx: ServiceContext & RequestContext, input: SubmitStatusReportInput): Promise<StatusReport> {
  const project = await getProjectWithPortfolio(ctx.prisma, input.projectId);
  if (!canManageProject(ctx.viewer, project)) throw new ForbiddenError('Only the managers of the project may report its status');
  const override = input.healthOverride ?? null;
  const reason = input.overrideReason?.trim() || null;
  if (override && !reason) throw ValidationError.single(['input', 'overrideReason'], 'An override of the derived health needs a reason');
  if (!override && reason) throw ValidationError.single(['input', 'healthOverride'], 'A reason was given but no health override');
  const [health, evm] = await Promise.all([projectHealth(ctx, project.id), projectEarnedValue(ctx, project.id, startOfDay(new Date()))]);
  const figures = JSON.parse(JSON.stringify({ health, earnedValue: evm })) as Prisma.InputJsonValue;
  return transaction(ctx, async (tx) => {
    const report = await tx.statusReport.create({
      data: {
        projectId: project.id,
        summary: input.summary,
        accomplishments: input.accomplishments ?? '',
        nextSteps: input.nextSteps ?? '',
        derivedHealth: health.overall,
        healthOverride: override,
        overrideReason: reason,
        figures,
        reportedById: ctx.viewer.id,
      },
    });
    await tx.project.updateMany({ where: { id: project.id }, data: { health: override ?? health.overall, version: { increment: 1 } } });
    // The project's health is one of its facts.
    projectFactsChanged.announce(tx, [project.id]);
    await recordAudit(tx, {
      actorId: ctx.viewer.id, action: 'statusReport.submitted', entityType: 'StatusReport', entityId: report.id, projectId: project.id,
      after: { ...report, figures: undefined },
    });
    return report;
  });
}
