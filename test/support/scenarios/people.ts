// The people of the demo organisation (server/demo/seed.ts) by the part they play in the tests,
// and the few changes to people that tests need.
import type { Role } from '../../../server/platform/db/generated/prisma/enums.js';
import type { TestServer } from '../harness.js';
import { gid } from '../ids.js';

/** Everyone the tests act as. The comments give each one's relation to the seeded records. */
export const PEOPLE = {
  admin: 'admin@pmo.local', // PMO_ADMIN
  owner: 'portfolio@pmo.local', // PORTFOLIO_MANAGER, owns Digital Transformation (and the portfolios scenarios create)
  otherOwner: 'portfolio2@pmo.local', // PORTFOLIO_MANAGER, owns Operational Excellence
  manager: 'pm@pmo.local', // PROJECT_MANAGER, manages CRM-2026 (and the projects scenarios create)
  otherManager: 'pm2@pmo.local', // PROJECT_MANAGER, manages other projects
  executive: 'exec@pmo.local', // EXECUTIVE
  member: 'member@pmo.local', // TEAM_MEMBER, on CRM-2026, MOB-APP and WMS-RFID
  dev: 'yuki.tanaka@pmo.local', // TEAM_MEMBER, on CRM-2026, MOB-APP and CLOUD-MIG
  analyst: 'fatima.zahra@pmo.local', // TEAM_MEMBER, on DATA-LAKE, ERP-UPG and GDPR-AUD only
} as const;

export type Person = keyof typeof PEOPLE;

export class People {
  private constructor(
    private readonly server: TestServer,
    private readonly ids: Record<Person, string>,
  ) {}

  /** Looks up the seeded people (a read: the seed made them). */
  static async load(server: TestServer): Promise<People> {
    const emails = Object.values(PEOPLE) as string[];
    const rows = await server.runtime.db.prisma.user.findMany({ where: { email: { in: emails } }, select: { id: true, email: true } });
    const byEmail = new Map(rows.map((row) => [row.email, row.id]));
    const ids = {} as Record<Person, string>;
    for (const [person, email] of Object.entries(PEOPLE)) {
      const id = byEmail.get(email);
      if (!id) throw new Error(`the demo organisation has no ${email}: was the server started with seed: false?`);
      ids[person as Person] = id;
    }
    return new People(server, ids);
  }

  email(person: Person): string {
    return PEOPLE[person];
  }

  /** The database id of a seeded person. */
  id(person: Person): string {
    return this.ids[person];
  }

  /** The global id of a seeded person. */
  gid(person: Person): string {
    return gid('User', this.ids[person]);
  }

  // The API has no mutations for people: they come from the organisation's directory (the seed
  // here). A test that needs someone new, a change of role or a departure writes it directly.

  /** A new user, written directly (no API creates users). */
  writeDirectly(data: { name: string; email: string; role: Role; costRate?: string }) {
    return this.server.runtime.db.prisma.user.create({ data });
  }

  /** Changes someone's role directly, as the directory would (no API changes roles). */
  changeRoleDirectly(email: string, role: Role) {
    return this.server.runtime.db.prisma.user.update({ where: { email }, data: { role } });
  }

  /** Deactivates someone directly, as the directory would when they leave (no API does). */
  deactivateDirectly(email: string) {
    return this.server.runtime.db.prisma.user.update({ where: { email }, data: { active: false } });
  }
}
