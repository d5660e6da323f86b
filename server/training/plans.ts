// Development plans: one per person, a summary and goals (a skill at a target level by a date).
// The person, a manager of the person or the PMO sets it, replacing the goals, at the version
// read (0 before the first). Progress is read, not stored (queries.ts: goalProgressOf).
import { recordAudit } from '../platform/audit.js';
import type { ServiceContext } from '../platform/context.js';
import type { DevelopmentPlan } from '../platform/db/generated/prisma/client.js';
import { transaction } from '../platform/db/transaction.js';
import { ConflictError, type FieldIssue, ForbiddenError, ValidationError } from '../platform/errors.js';
import { staleMessage } from '../platform/versioning.js';
import { MAX_LEVEL, MIN_LEVEL } from '../skills/index.js';
import { activePerson, managesPerson } from './access.js';

export const MAX_GOALS = 20;

export interface DevelopmentGoalInput {
  skillKey: string;
  targetLevel: number;
  byDate: Date;
}

export interface SetDevelopmentPlanInput {
  userId: string;
  /** The version read; 0 when the person has no plan yet. */
  version: number;
  summary?: string | null;
  goals: DevelopmentGoalInput[];
}

export async function setDevelopmentPlan(ctx: ServiceContext, input: SetDevelopmentPlanInput): Promise<DevelopmentPlan> {
  return transaction(ctx, async (tx) => {
    if (ctx.viewer.id !== input.userId && !(await managesPerson(tx, ctx, input.userId))) throw new ForbiddenError("Only the person, the PMO and the person's managers set a development plan");
    await activePerson(tx, input.userId, ['input', 'userId']);
    const issues: FieldIssue[] = [];
    if ((input.summary ?? '').length > 5000) issues.push({ path: ['input', 'summary'], message: 'must be at most 5000 characters' });
    if (input.goals.length > MAX_GOALS) issues.push({ path: ['input', 'goals'], message: `A plan has at most ${MAX_GOALS} goals` });
    const keys = input.goals.map((goal) => goal.skillKey);
    if (new Set(keys).size !== keys.length) issues.push({ path: ['input', 'goals'], message: 'Each skill at most once' });
    const skills = new Map((await tx.skill.findMany({ where: { key: { in: keys } }, select: { id: true, key: true } })).map((skill) => [skill.key, skill.id]));
    input.goals.forEach((goal, i) => {
      if (!skills.has(goal.skillKey)) issues.push({ path: ['input', 'goals', String(i), 'skillKey'], message: `The catalogue has no skill "${goal.skillKey}"` });
      if (!Number.isInteger(goal.targetLevel) || goal.targetLevel < MIN_LEVEL || goal.targetLevel > MAX_LEVEL) {
        issues.push({ path: ['input', 'goals', String(i), 'targetLevel'], message: `targetLevel must be a whole number from ${MIN_LEVEL} to ${MAX_LEVEL}` });
      }
    });
    if (issues.length) throw new ValidationError(issues);
    const before = await tx.developmentPlan.findUnique({ where: { userId: input.userId }, include: { goals: { select: { skillId: true, targetLevel: true, byDate: true } } } });
    const current = before?.version ?? 0;
    if (current !== input.version) throw new ConflictError(staleMessage('development plan', current), current);
    const summary = (input.summary ?? '').trim();
    const plan = before
      ? await tx.developmentPlan.update({ where: { id: before.id }, data: { summary, updatedById: ctx.viewer.id, version: { increment: 1 } } })
      : await tx.developmentPlan.create({ data: { userId: input.userId, summary, updatedById: ctx.viewer.id } });
    await tx.developmentGoal.deleteMany({ where: { planId: plan.id } });
    await tx.developmentGoal.createMany({ data: input.goals.map((goal) => ({ planId: plan.id, skillId: skills.get(goal.skillKey)!, targetLevel: goal.targetLevel, byDate: goal.byDate })) });
    const after = await tx.developmentPlan.findUniqueOrThrow({ where: { id: plan.id }, include: { goals: { select: { skillId: true, targetLevel: true, byDate: true } } } });
    await recordAudit(tx, { actorId: ctx.viewer.id, action: before ? 'developmentPlan.updated' : 'developmentPlan.created', entityType: 'DevelopmentPlan', entityId: plan.id, ...(before && { before }), after });
    return after;
  });
}
