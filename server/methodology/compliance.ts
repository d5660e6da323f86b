// Stores rule evaluations. Runs before the commit of every transaction that announced a change
// of a project's facts (platform/changes.ts), and on demand, so that `project.compliance` is
// never older than the last change. Other domains act on the same evaluation through
// `onFactsEvaluated` (the risks domain raises the alerts of triggers that start to hold).
import type { Tx } from '../platform/context.js';
import type { Prisma } from '../platform/db/generated/prisma/client.js';
import { loadFacts, type ProjectFacts } from './facts-loader.js';
import { evaluateRules } from './lib/evaluate.js';

/** Active (unexpired, unrevoked) waivers: projectId → waived rule keys. */
export async function activeWaivers(tx: Tx, projectIds: string[], now = new Date()): Promise<Map<string, Set<string>>> {
  const rows = await tx.ruleWaiver.findMany({
    where: { projectId: { in: projectIds }, revokedAt: null, expiresAt: { gt: now } },
    select: { projectId: true, ruleKey: true },
  });
  const byProject = new Map<string, Set<string>>();
  for (const row of rows) {
    if (!byProject.has(row.projectId)) byProject.set(row.projectId, new Set());
    byProject.get(row.projectId)!.add(row.ruleKey);
  }
  return byProject;
}

export type FactsEvaluatedHandler = (tx: Tx, factsById: ReadonlyMap<string, ProjectFacts>, now: Date) => Promise<unknown>;

const evaluatedHandlers = new Set<FactsEvaluatedHandler>();

/** Runs `handler`, in the same transaction, whenever projects' facts are (re-)evaluated. */
export function onFactsEvaluated(handler: FactsEvaluatedHandler): void {
  evaluatedHandlers.add(handler);
}

/**
 * Evaluates every applicable rule of each project and stores the results as the latest ones
 * (earlier results stay as history), then lets the `onFactsEvaluated` handlers act on the same
 * facts. A fixed number of statements for any number of projects.
 */
export async function evaluateAndStore(tx: Tx, projectIds: string[], now = new Date()): Promise<number> {
  if (projectIds.length === 0) return 0;
  // One after the other: a transaction is one connection, which runs one statement at a time.
  const factsById = await loadFacts(tx, projectIds, now);
  const waivers = await activeWaivers(tx, projectIds, now);
  const rows: Prisma.RuleEvaluationCreateManyInput[] = [];
  const evaluated: string[] = [];
  for (const [projectId, { compiled, facts, phaseKey, project }] of factsById) {
    if (!compiled) continue;
    evaluated.push(projectId);
    const waived = waivers.get(projectId);
    for (const result of evaluateRules(compiled, facts, { phaseKey, status: project.status })) {
      rows.push({
        projectId,
        ruleKey: result.ruleKey,
        methodologyKey: compiled.methodology.key,
        methodologyVersion: compiled.methodology.version,
        kind: result.kind,
        severity: result.severity,
        passed: result.passed,
        waived: !result.passed && (waived?.has(result.ruleKey) ?? false),
        message: result.message,
        evidence: result.evidence as Prisma.InputJsonValue,
        phaseKey,
        latest: true,
        evaluatedAt: now,
      });
    }
  }
  for (const handler of evaluatedHandlers) await handler(tx, factsById, now);
  if (evaluated.length === 0) return 0;
  // Only the methodology's own results: policy results (source POLICY) are the governance domain's.
  await tx.ruleEvaluation.updateMany({ where: { projectId: { in: evaluated }, latest: true, source: 'METHODOLOGY' }, data: { latest: false } });
  if (rows.length) await tx.ruleEvaluation.createMany({ data: rows });
  return rows.length;
}
