// The demo organisation's skills catalogue (PMI's talent triangle plus technical skills) and the
// levels of its people: self-stated levels, levels their managers set or confirmed, so that the
// skills views, and later candidates and skill gaps, have something to show.
import type { Tx } from '../platform/context.js';
import type { SkillCategory } from '../platform/db/generated/prisma/enums.js';

type CatalogueRow = [key: string, name: string, category: SkillCategory, description: string];
const CATALOGUE: CatalogueRow[] = [
  ['predictive-planning', 'Predictive planning', 'WAYS_OF_WORKING', 'Work breakdown, critical path, baselines and earned value.'],
  ['agile-delivery', 'Agile delivery', 'WAYS_OF_WORKING', 'Iterative delivery with Scrum or Kanban: backlogs, sprints, velocity.'],
  ['hybrid-delivery', 'Hybrid delivery', 'WAYS_OF_WORKING', 'Stage gates around agile delivery.'],
  ['risk-management', 'Risk management', 'WAYS_OF_WORKING', 'Identifying, assessing and responding to risks.'],
  ['quality-management', 'Quality management', 'WAYS_OF_WORKING', 'Quality planning, reviews and acceptance.'],
  ['scheduling', 'Scheduling', 'WAYS_OF_WORKING', 'Networks, calendars, resource levelling, Monte Carlo forecasts.'],
  ['stakeholder-management', 'Stakeholder management', 'POWER_SKILLS', 'Mapping, engaging and aligning stakeholders.'],
  ['leadership', 'Leadership', 'POWER_SKILLS', 'Leading teams through change.'],
  ['negotiation', 'Negotiation', 'POWER_SKILLS', 'Reaching agreements with suppliers, sponsors and teams.'],
  ['communication', 'Communication', 'POWER_SKILLS', 'Status reporting, presentations, writing.'],
  ['coaching', 'Coaching', 'POWER_SKILLS', 'Growing the skills of others.'],
  ['conflict-resolution', 'Conflict resolution', 'POWER_SKILLS', 'Resolving disagreements constructively.'],
  ['business-case', 'Business cases', 'BUSINESS_ACUMEN', 'Benefits, costs and options for investment decisions.'],
  ['budgeting', 'Budgeting and cost control', 'BUSINESS_ACUMEN', 'Estimating, budgeting and controlling costs.'],
  ['benefits-realisation', 'Benefits realisation', 'BUSINESS_ACUMEN', 'Tracking the value a project delivers.'],
  ['procurement', 'Procurement', 'BUSINESS_ACUMEN', 'Tenders, contracts and supplier management.'],
  ['regulatory-compliance', 'Regulatory compliance', 'BUSINESS_ACUMEN', 'GDPR, SOX and sector regulation.'],
  ['cloud-architecture', 'Cloud architecture', 'TECHNICAL', 'Designing systems on public cloud platforms.'],
  ['data-migration', 'Data migration', 'TECHNICAL', 'Moving and reconciling data between systems.'],
  ['data-engineering', 'Data engineering', 'TECHNICAL', 'Pipelines, warehouses and lakes.'],
  ['integration', 'System integration', 'TECHNICAL', 'APIs, messaging and ERP integration.'],
  ['mobile-development', 'Mobile development', 'TECHNICAL', 'iOS and Android apps.'],
  ['test-automation', 'Test automation', 'TECHNICAL', 'Automated functional and regression testing.'],
  ['security', 'Information security', 'TECHNICAL', 'Threat modelling, controls and audits.'],
];

/** person key, skill key, level, who set it (null: the person themselves). */
const LEVELS: [string, string, number, string | null][] = [
  ['pm', 'predictive-planning', 4, 'portfolio'], ['pm', 'risk-management', 4, 'portfolio'], ['pm', 'stakeholder-management', 3, null],
  ['pm', 'agile-delivery', 2, null], ['pm', 'budgeting', 3, 'portfolio'],
  ['pm2', 'agile-delivery', 4, 'portfolio2'], ['pm2', 'scheduling', 3, null], ['pm2', 'negotiation', 3, null],
  ['member', 'integration', 3, 'pm'], ['member', 'data-migration', 2, null], ['member', 'communication', 3, null],
  ['dev', 'mobile-development', 4, 'pm'], ['dev', 'cloud-architecture', 3, null], ['dev', 'test-automation', 2, null],
  ['analyst', 'data-engineering', 4, null], ['analyst', 'regulatory-compliance', 3, null], ['analyst', 'business-case', 2, null],
  ['qa', 'test-automation', 4, null], ['qa', 'quality-management', 3, null],
  ['portfolio', 'business-case', 4, null], ['portfolio', 'benefits-realisation', 4, null], ['portfolio', 'leadership', 4, null],
];

export async function seedDemoSkills(tx: Tx, people: (key: string) => string): Promise<void> {
  await tx.skill.createMany({ data: CATALOGUE.map(([key, name, category, description]) => ({ key, name, category, description })) });
  const skills = new Map((await tx.skill.findMany({ select: { id: true, key: true } })).map((skill) => [skill.key, skill.id]));
  // Written directly, with their history rows, as the rest of the demo is: the seed records no audit events.
  for (const [person, skill, level, by] of LEVELS) {
    const source = by ? 'MANAGER' : 'SELF';
    const byId = people(by ?? person);
    await tx.userSkill.create({
      data: {
        userId: people(person), skillId: skills.get(skill)!, level, source, assessedById: byId, assessedAt: new Date(),
        confirmedById: by ? byId : null, confirmedAt: by ? new Date() : null,
        history: { create: { fromLevel: null, toLevel: level, source, confirmed: !!by, changedById: byId } },
      },
    });
  }
}
