// Phase gates and waivers. advancePhase evaluates the current phase's gate rules and every
// applicable BLOCKER; any failure not covered by an active waiver blocks and changes nothing.
import { canGovernProject, canManageProject } from '../auth/access.js';
import { getProjectWithPortfolio } from '../auth/project-access.js';
import { recordAudit } from '../platform/audit.js';
import { addDays } from '../platform/calendar.js';
import { projectFactsChanged } from '../platform/changes.js';
import type { ServiceContext } from '../platform/context.js';
import { transaction } from '../platform/db/transaction.js';
import { ForbiddenError, NotFoundError, ValidationError } from '../platform/errors.js';
import { assertVersion, updateVersioned } from '../platform/versioning.js';
import { runAdvanceGuards, waivableRulesFor } from './advance-guards.js';
import { activeWaivers, evaluateAndStore } from './compliance.js';
import { GateBlockedError } from './errors.js';
import { loadFacts } from './facts-loader.js';
import { evaluateGate } from './lib/evaluate.js';

/** Waivers last at most a year: a permanent exception should be a methodology change. */
export const MAX_WAIVER_DAYS = 366;

export async function advancePhase(ctx: ServiceContext, input: { projectId: string; version: number }) {
  const { viewer } = ctx;
  return transaction(ctx, async (tx) => {
    const project = await getProjectWithPortfolio(tx, input.projectId);
    if (!canManageProject(viewer, project)) throw new ForbiddenError('You do not manage this project');
    assertVersion('project', project, input.version);
    if (project.status === 'COMPLETED' || project.status === 'CANCELLED') {
      throw ValidationError.single(['input', 'projectId'], 'The project is closed');
    }
    const now = new Date();
    const loaded = (await loadFacts(tx, [project.id], now)).get(project.id)!;
    if (!loaded.compiled) throw ValidationError.single(['input', 'projectId'], 'The project does not run on a methodology');
    const phases = [...loaded.project.phases].sort((a, b) => a.position - b.position);
    const current = phases.find((phase) => phase.status === 'ACTIVE');
    if (!current) throw ValidationError.single(['input', 'projectId'], 'Every phase is complete: the project can be completed');

    const results = evaluateGate(loaded.compiled, loaded.facts, { phaseKey: current.key, status: project.status });
    const waived = (await activeWaivers(tx, [project.id], now)).get(project.id) ?? new Set<string>();
    const failing = results.filter((result) => !result.passed && !waived.has(result.ruleKey));
    if (failing.length > 0) {
      throw new GateBlockedError(
        current.key,
        failing.map(({ ruleKey, severity, message, evidence }) => ({
          ruleKey,
          severity,
          message,
          evidence,
          methodology: { key: loaded.compiled!.methodology.key, version: loaded.compiled!.methodology.version },
        })),
      );
    }
    const next = phases[phases.indexOf(current) + 1];
    await runAdvanceGuards(tx, { project, facts: loaded, from: current.key, to: next?.key ?? null });
    await tx.projectPhase.update({ where: { projectId_key: { projectId: project.id, key: current.key } }, data: { status: 'COMPLETED', completedAt: now } });
    if (next) {
      await tx.projectPhase.update({ where: { projectId_key: { projectId: project.id, key: next.key } }, data: { status: 'ACTIVE', startedAt: now } });
    }
    await updateVersioned(tx.project, 'project', { id: project.id }, project.version, {});
    await recordAudit(tx, {
      actorId: viewer.id,
      action: 'project.phase.advanced',
      entityType: 'Project',
      entityId: project.id,
      projectId: project.id,
      before: { phase: current.key },
      after: {
        phase: next?.key ?? null,
        gate: results.map((result) => ({ ruleKey: result.ruleKey, passed: result.passed, waived: !result.passed })),
      },
    });
    projectFactsChanged.announce(tx, [project.id], now);
    return tx.project.findUniqueOrThrow({ where: { id: project.id } });
  });
}

export interface WaiveRuleInput {
  projectId: string;
  ruleKey: string;
  reason: string;
  expiresAt: Date;
}

export async function waiveRule(ctx: ServiceContext, input: WaiveRuleInput) {
  const { viewer } = ctx;
  return transaction(ctx, async (tx) => {
    const project = await getProjectWithPortfolio(tx, input.projectId);
    if (!canGovernProject(viewer, project)) throw new ForbiddenError("Only the PMO or the portfolio's owner may waive a rule");
    const now = new Date();
    const loaded = (await loadFacts(tx, [project.id], now)).get(project.id)!;
    const issues = [];
    const owned = waivableRulesFor(input.ruleKey);
    if (owned) {
      const problem = await owned.problem(tx, project, input.ruleKey);
      if (problem) issues.push({ path: ['input', 'ruleKey'], message: problem });
    } else if (!loaded.compiled) {
      issues.push({ path: ['input', 'projectId'], message: 'The project does not run on a methodology' });
    } else if (!loaded.compiled.rulesByKey.has(input.ruleKey)) {
      issues.push({ path: ['input', 'ruleKey'], message: `${loaded.compiled.methodology.key} has no rule "${input.ruleKey}"` });
    }
    if (input.expiresAt.getTime() <= now.getTime()) issues.push({ path: ['input', 'expiresAt'], message: 'must be in the future' });
    if (input.expiresAt > addDays(now, MAX_WAIVER_DAYS)) {
      issues.push({ path: ['input', 'expiresAt'], message: `must be within ${MAX_WAIVER_DAYS} days` });
    }
    if (issues.length) throw new ValidationError(issues);
    const waiver = await tx.ruleWaiver.create({
      data: { projectId: project.id, ruleKey: input.ruleKey, reason: input.reason, expiresAt: input.expiresAt, grantedById: viewer.id },
    });
    await recordAudit(tx, {
      actorId: viewer.id, action: 'project.rule.waived', entityType: 'Project', entityId: project.id, projectId: project.id, after: waiver,
    });
    projectFactsChanged.announce(tx, [project.id], now);
    return waiver;
  });
}

export async function revokeWaiver(ctx: ServiceContext, input: { waiverId: string }) {
  const { viewer } = ctx;
  return transaction(ctx, async (tx) => {
    const waiver = await tx.ruleWaiver.findUnique({ where: { id: input.waiverId } });
    if (!waiver) throw new NotFoundError('RuleWaiver', input.waiverId);
    const project = await getProjectWithPortfolio(tx, waiver.projectId);
    if (!canGovernProject(viewer, project)) throw new ForbiddenError("Only the PMO or the portfolio's owner may revoke a waiver");
    if (waiver.revokedAt) throw ValidationError.single(['input', 'waiverId'], 'The waiver is already revoked');
    const after = await tx.ruleWaiver.update({ where: { id: waiver.id }, data: { revokedAt: new Date() } });
    await recordAudit(tx, {
      actorId: viewer.id, action: 'project.rule.waiver-revoked', entityType: 'Project', entityId: project.id, projectId: project.id, before: waiver, after,
    });
    projectFactsChanged.announce(tx, [project.id]);
    return after;
  });
}

export async function evaluateCompliance(ctx: ServiceContext, input: { projectId: string }) {
  return transaction(ctx, async (tx) => {
    const project = await getProjectWithPortfolio(tx, input.projectId);
    if (!canManageProject(ctx.viewer, project)) throw new ForbiddenError('You do not manage this project');
    await evaluateAndStore(tx, [project.id]);
    const { portfolio: _portfolio, ...record } = project;
    return record;
  });
}
