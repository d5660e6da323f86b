// The demo organisation's training catalogue: the certification types the PMO recognises (with
// PMI's renewal rules where they have them), the certifications its people hold (one expiring
// within the default 90-day window, so that expiringCertifications has something to show, and
// one already expired), a course catalogue tied to the skills catalogue, one enrollment request, a mentoring
// relationship with a session, and a development plan.
import { addDays, startOfDay } from '../platform/calendar.js';
import type { Tx } from '../platform/context.js';
import type { CourseFormat } from '../platform/db/generated/prisma/enums.js';
import { expiryOf } from '../training/index.js';

type TypeRow = [key: string, name: string, issuer: string, validityMonths: number | null, requiredPdus: number, minEducation: number, minPerCategory: number, projectManagement: boolean];
const CERTIFICATION_TYPES: TypeRow[] = [
  ['pmp', 'Project Management Professional (PMP)', 'PMI', 36, 60, 35, 8, true],
  ['pgmp', 'Program Management Professional (PgMP)', 'PMI', 36, 60, 35, 8, true],
  ['capm', 'Certified Associate in Project Management (CAPM)', 'PMI', 36, 15, 9, 2, true],
  ['pmi-acp', 'PMI Agile Certified Practitioner (PMI-ACP)', 'PMI', 36, 30, 18, 0, true],
  ['prince2-practitioner', 'PRINCE2 Practitioner', 'PeopleCert (AXELOS)', 36, 0, 0, 0, true],
  ['csm', 'Certified ScrumMaster (CSM)', 'Scrum Alliance', 24, 20, 0, 0, false],
  ['safe-agilist', 'SAFe Agilist (SA)', 'Scaled Agile', 12, 0, 0, 0, false],
];

/** person key, type key, earned on (ISO day, or days before today), verified by the PMO. */
const CERTIFICATIONS: [string, string, string | number, boolean][] = [
  ['pm', 'pmp', '2025-02-10', true],
  // Earned 24 months less 45 days ago: expires within the 90-day window.
  ['pm', 'csm', -685, false],
  ['pm2', 'prince2-practitioner', '2024-09-20', true],
  ['pm2', 'safe-agilist', '2025-11-03', false], // expired
  ['portfolio', 'pgmp', '2025-03-03', true],
  ['member', 'csm', '2026-04-14', false],
  ['admin', 'pmp', '2024-11-18', true],
  ['admin', 'pmi-acp', '2025-06-09', true],
];

type CourseRow = [key: string, title: string, provider: string, format: CourseFormat, hours: number, pdus: [waysOfWorking: number, powerSkills: number, businessAcumen: number, givingBack: number], skills: [string, number][]];
const COURSES: CourseRow[] = [
  ['risk-management-practice', 'Risk management in practice', 'PMI Learning', 'CLASSROOM', 21, [14, 3, 4, 0], [['risk-management', 3]]],
  ['earned-value-workshop', 'Earned value and scheduling workshop', 'PMO Academy', 'CLASSROOM', 14, [12, 0, 2, 0], [['predictive-planning', 3], ['scheduling', 3]]],
  ['agile-coaching', 'Agile team coaching', 'Scrum Alliance', 'COACHING', 16, [8, 8, 0, 0], [['agile-delivery', 3], ['coaching', 2]]],
  ['stakeholder-leadership', 'Leading stakeholders through change', 'PMO Academy', 'ONLINE', 10, [0, 10, 0, 0], [['stakeholder-management', 3], ['leadership', 2]]],
  ['business-case-finance', 'Business cases and project finance', 'Open University', 'ONLINE', 12, [0, 0, 12, 0], [['business-case', 3], ['budgeting', 2]]],
  ['pmo-rotation', 'Three months in the PMO', 'Internal', 'ON_THE_JOB', 60, [5, 5, 5, 8], [['quality-management', 2], ['benefits-realisation', 2]]],
];

export async function seedDemoTraining(tx: Tx, people: (key: string) => string): Promise<void> {
  await tx.certificationType.createMany({
    data: CERTIFICATION_TYPES.map(([key, name, issuer, validityMonths, requiredPdus, minEducationPdus, minPdusPerCategory, projectManagement]) => ({
      key, name, issuer, validityMonths, requiredPdus, minEducationPdus, minPdusPerCategory, projectManagement,
    })),
  });
  const types = new Map((await tx.certificationType.findMany({ select: { id: true, key: true, validityMonths: true } })).map((type) => [type.key, type]));
  const today = startOfDay(new Date());
  // Written directly, as the rest of the demo is: the seed records no audit events.
  await tx.userCertification.createMany({
    data: CERTIFICATIONS.map(([person, typeKey, earned, verified]) => {
      const type = types.get(typeKey)!;
      const earnedOn = typeof earned === 'number' ? addDays(today, earned) : new Date(`${earned}T00:00:00Z`);
      return {
        userId: people(person), typeId: type.id, earnedOn, expiresOn: expiryOf(earnedOn, type.validityMonths), recordedById: people(person),
        verifiedById: verified ? people('admin') : null, verifiedAt: verified ? today : null,
      };
    }),
  });
  const skills = new Map((await tx.skill.findMany({ select: { id: true, key: true } })).map((skill) => [skill.key, skill.id]));
  for (const [key, title, provider, format, hours, [pdusWaysOfWorking, pdusPowerSkills, pdusBusinessAcumen, pdusGivingBack], courseSkills] of COURSES) {
    await tx.course.create({
      data: {
        key, title, provider, format, hours, pdusWaysOfWorking, pdusPowerSkills, pdusBusinessAcumen, pdusGivingBack,
        skills: { create: courseSkills.map(([skill, level]) => ({ skillId: skills.get(skill)!, level })) },
      },
    });
  }
  // member@ has asked for the risk course next month (not yet approved: no absence yet).
  const riskCourse = await tx.course.findUniqueOrThrow({ where: { key: 'risk-management-practice' }, select: { id: true } });
  await tx.enrollment.create({ data: { userId: people('member'), courseId: riskCourse.id, from: addDays(today, 30), to: addDays(today, 32), requestedById: people('member') } });
  // pm@ mentors member@ in stakeholder management (notes private to the two of them and the PMO).
  await tx.mentoring.create({
    data: {
      mentorId: people('pm'), menteeId: people('member'), status: 'ACTIVE', startOn: addDays(today, -60), createdById: people('member'),
      focus: { create: [{ skillId: skills.get('stakeholder-management')! }] },
      sessions: { create: [{ heldOn: addDays(today, -14), minutes: 60, notes: 'Prepared the steering committee together; next: handling escalations.', recordedById: people('pm') }] },
    },
  });
  // yuki.tanaka@ (dev) works towards solution architect.
  await tx.developmentPlan.create({
    data: {
      userId: people('dev'), summary: 'Towards solution architect within two years.', updatedById: people('dev'),
      goals: { create: [{ skillId: skills.get('cloud-architecture')!, targetLevel: 4, byDate: addDays(today, 180) }, { skillId: skills.get('leadership')!, targetLevel: 2, byDate: addDays(today, 365) }] },
    },
  });
}
