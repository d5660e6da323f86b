// Fixtures for the risk register tests: the seeded people, fresh portfolios and projects (so a
// test's counts never include another test's risks), risks written in bulk, and a snapshot of
// every table a risk mutation writes, to prove that a refused change changed nothing.
import { encodeGlobalID } from '@pothos/plugin-relay';
import type { PrismaClient } from '../../server/platform/db/generated/prisma/client.js';
import type { ProjectStatus, RiskCategory, RiskStatus } from '../../server/platform/db/generated/prisma/enums.js';

export const PEOPLE = {
  admin: 'admin@pmo.local', // PMO_ADMIN
  owner: 'portfolio@pmo.local', // PORTFOLIO_MANAGER, owns Digital Transformation (the fixtures' portfolios too)
  otherOwner: 'portfolio2@pmo.local', // PORTFOLIO_MANAGER, owns Operational Excellence
  manager: 'pm@pmo.local', // PROJECT_MANAGER, manages the fixture projects
  otherManager: 'pm2@pmo.local', // PROJECT_MANAGER, manages none of them
  executive: 'exec@pmo.local', // EXECUTIVE
  member: 'member@pmo.local', // TEAM_MEMBER, on the team of fixture projects unless told otherwise
  dev: 'yuki.tanaka@pmo.local', // TEAM_MEMBER, on no fixture project
} as const;

export type Person = keyof typeof PEOPLE;

export const gid = (type: string, id: string) => encodeGlobalID(type, id);
export const dbId = (globalId: string) => Buffer.from(globalId, 'base64').toString('utf8').split(':')[1]!;

/** A calendar date `days` from today (UTC), as the Date scalar writes it. */
export const daysFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

export interface BulkRisk {
  probability: number;
  impact: number;
  title?: string;
  status?: RiskStatus;
  category?: RiskCategory;
  owner?: Person;
  /** Due date relative to today; none when undefined. */
  dueInDays?: number;
}

export class RiskFixtures {
  private counter = 0;
  users = {} as Record<Person, string>;

  constructor(private readonly prisma: PrismaClient) {}

  async load(): Promise<this> {
    for (const [key, email] of Object.entries(PEOPLE)) {
      this.users[key as Person] = (await this.prisma.user.findUniqueOrThrow({ where: { email } })).id;
    }
    return this;
  }

  /** A portfolio owned by portfolio@. */
  async portfolio() {
    const n = ++this.counter;
    const row = await this.prisma.portfolio.create({ data: { name: `Risk fixture portfolio ${n}`, ownerId: this.users.owner } });
    return { id: row.id, gid: gid('Portfolio', row.id) };
  }

  /** A project managed by pm@ with member@ on the team (unless `members` says who). */
  async project(portfolioId: string, options: { status?: ProjectStatus; members?: Person[] } = {}) {
    const n = ++this.counter;
    const members = options.members ?? ['member'];
    const row = await this.prisma.project.create({
      data: {
        code: `RSK-${n}`,
        name: `Risk fixture project ${n}`,
        status: options.status ?? 'ACTIVE',
        portfolioId,
        managerId: this.users.manager,
        sponsorId: this.users.executive,
        members: { create: members.map((person) => ({ userId: this.users[person], projectRole: 'Engineer' })) },
      },
    });
    return { id: row.id, gid: gid('Project', row.id), code: row.code };
  }

  /** Risks written directly, with an initial assessment each (a scene, not the use case under test). */
  async risks(projectId: string, risks: BulkRisk[]) {
    for (const risk of risks) {
      const n = ++this.counter;
      const score = risk.probability * risk.impact;
      await this.prisma.risk.create({
        data: {
          projectId,
          title: risk.title ?? `Bulk risk ${n}`,
          category: risk.category ?? 'TECHNICAL',
          dueDate: risk.dueInDays === undefined ? null : new Date(`${daysFromToday(risk.dueInDays)}T00:00:00Z`),
          probability: risk.probability,
          impact: risk.impact,
          score,
          status: risk.status ?? 'IDENTIFIED',
          ownerId: risk.owner ? this.users[risk.owner] : null,
          createdById: this.users.manager,
          assessments: { create: { probability: risk.probability, impact: risk.impact, score, assessedById: this.users.manager } },
        },
      });
    }
  }
}

/** Every table a risk mutation writes, in a stable order: "nothing changed" means this is equal. */
export async function riskTables(prisma: PrismaClient) {
  const byId = { orderBy: { id: 'asc' as const } };
  const [risks, assessments, auditEvents, evaluations] = await Promise.all([
    prisma.risk.findMany(byId),
    prisma.riskAssessment.findMany(byId),
    prisma.auditEvent.findMany(byId),
    prisma.ruleEvaluation.findMany(byId),
  ]);
  return { risks, assessments, auditEvents, evaluations };
}
