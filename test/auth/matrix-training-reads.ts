// The training domain's part of the read matrix: the catalogues and settings (everyone signed
// in), expiring certifications (those of the people each actor reads) and a person's
// certifications (the person, the PMO and the managers who plan their work; others FORBIDDEN).
import { graphql } from '../gql/index.js';
import { gid } from '../support/ids.js';
import type { SignedIn } from './matrix-actors.js';
import type { ReadCase } from './matrix-reads.js';

const edges = <T>(nodes: T[]) => ({ edges: nodes.map((node) => ({ node })) });

const CatalogueQuery = graphql(`
  query AuthzTrainingCatalogue {
    certificationTypes(first: 20) { totalCount edges { node { key issuer requiredPdus } } }
    certificationType(key: "pmp") { name validityMonths minEducationPdus minPdusPerCategory projectManagement }
    trainingSettings { expiryWindowDays version }
  }
`);
const ExpiringQuery = graphql(`
  query AuthzExpiringCertifications { expiringCertifications(first: 20) { totalCount edges { node { type { key } user { email } expiring } } } }
`);
const PersonCertificationsQuery = graphql(`
  query AuthzPersonCertifications($id: ID!) {
    person: node(id: $id) { ... on User { email certifications { type { key } earnedOn verified renewal { required met } } } }
  }
`);

/** pm@ is read by the PMO, themselves, and the owners of the portfolios of the projects they manage (both). */
const readsManager = (actor: SignedIn) => ['admin', 'manager', 'owner', 'otherOwner'].includes(actor);
/** member@ is read by the PMO, themselves, pm@ and both portfolio owners (its projects are in both portfolios). */
const readsMember = (actor: SignedIn) => ['admin', 'member', 'manager', 'owner', 'otherOwner'].includes(actor);

const CoursesQuery = graphql(`
  query AuthzCourses {
    courses(first: 20) { totalCount edges { node { key format pdus } } }
    course(key: "pmo-rotation") { title pdusGivingBack skills { skill { key } level } }
  }
`);
const PersonEnrollmentsQuery = graphql(`
  query AuthzPersonEnrollments($id: ID!) { person: node(id: $id) { ... on User { email enrollments { status course { key } } } } }
`);

const MentoringQuery = graphql(`
  query AuthzMentoring($id: ID!) {
    person: node(id: $id) {
      ... on User { mentoringAsMentee { mentor { email } status viewerReadsNotes focusSkills { key } sessions { minutes notes } } mentoringAsMentor { mentee { email } } }
    }
  }
`);
const DevelopmentQuery = graphql(`
  query AuthzDevelopment($id: ID!) {
    person: node(id: $id) {
      ... on User {
        development {
          plan { summary }
          enrollments { status }
          certifications { type { key } expiring }
          mentoringAsMentee { mentor { email } }
        }
      }
    }
  }
`);

/** The demo mentoring's notes: pm@ (the mentor), member@ (the mentee) and the PMO read them. */
const readsNotes = (actor: SignedIn) => ['admin', 'manager', 'member'].includes(actor);

const SummaryQuery = graphql(`
  query AuthzTrainingSummary {
    trainingSummary { certifications { type { key } active expiring } enrollments { status count } activeMentoring developmentPlans }
  }
`);

export const TRAINING_READS: ReadCase[] = [
  {
    title: 'trainingSummary (the PMO, executives and portfolio managers: counts only)',
    run: (exec, as) => exec(as, SummaryQuery),
    expected: (actor) =>
      ['admin', 'executive', 'owner', 'otherOwner'].includes(actor)
        ? {
            data: {
              trainingSummary: {
                // By name; pm@'s CSM expires within 90 days, pm2@'s SAFe Agilist has expired.
                certifications: [
                  { type: { key: 'capm' }, active: 0, expiring: 0 },
                  { type: { key: 'csm' }, active: 2, expiring: 1 },
                  { type: { key: 'pmi-acp' }, active: 1, expiring: 0 },
                  { type: { key: 'prince2-practitioner' }, active: 1, expiring: 0 },
                  { type: { key: 'pgmp' }, active: 1, expiring: 0 },
                  { type: { key: 'pmp' }, active: 2, expiring: 0 },
                  { type: { key: 'safe-agilist' }, active: 0, expiring: 0 },
                ],
                enrollments: [
                  { status: 'REQUESTED', count: 1 }, { status: 'APPROVED', count: 0 }, { status: 'IN_PROGRESS', count: 0 }, { status: 'COMPLETED', count: 0 }, { status: 'DROPPED', count: 0 },
                ],
                activeMentoring: 1,
                developmentPlans: 1,
              },
            },
          }
        : { data: null, errors: [{ code: 'FORBIDDEN', path: ['trainingSummary'] }] },
  },
  {
    title: 'user → mentoringAsMentee, mentoringAsMentor (session notes private to the mentor, the mentee and the PMO)',
    run: (exec, as, seeded) => exec(as, MentoringQuery, { id: gid('User', seeded.users.member) }),
    expected: (actor) =>
      readsMember(actor)
        ? {
            data: {
              person: {
                mentoringAsMentee: [{
                  mentor: { email: 'pm@pmo.local' }, status: 'ACTIVE', viewerReadsNotes: readsNotes(actor), focusSkills: [{ key: 'stakeholder-management' }],
                  sessions: [{ minutes: 60, notes: readsNotes(actor) ? 'Prepared the steering committee together; next: handling escalations.' : null }],
                }],
                mentoringAsMentor: [],
              },
            },
          }
        : { data: { person: null }, errors: [{ code: 'FORBIDDEN', path: ['person', 'mentoringAsMentee'] }] },
  },
  {
    title: 'user → development',
    run: (exec, as, seeded) => exec(as, DevelopmentQuery, { id: gid('User', seeded.users.member) }),
    expected: (actor) =>
      readsMember(actor)
        ? {
            data: {
              person: {
                development: {
                  plan: null,
                  enrollments: [{ status: 'REQUESTED' }],
                  certifications: [{ type: { key: 'csm' }, expiring: false }],
                  mentoringAsMentee: [{ mentor: { email: 'pm@pmo.local' } }],
                },
              },
            },
          }
        : { data: { person: null }, errors: [{ code: 'FORBIDDEN', path: ['person', 'development'] }] },
  },
  {
    title: 'courses, course',
    run: (exec, as) => exec(as, CoursesQuery),
    expected: () => ({
      data: {
        courses: {
          totalCount: 6,
          ...edges([
            { key: 'agile-coaching', format: 'COACHING', pdus: 16 },
            { key: 'business-case-finance', format: 'ONLINE', pdus: 12 },
            { key: 'earned-value-workshop', format: 'CLASSROOM', pdus: 14 },
            { key: 'stakeholder-leadership', format: 'ONLINE', pdus: 10 },
            { key: 'risk-management-practice', format: 'CLASSROOM', pdus: 21 },
            { key: 'pmo-rotation', format: 'ON_THE_JOB', pdus: 23 },
          ]),
        },
        course: { title: 'Three months in the PMO', pdusGivingBack: 8, skills: [{ skill: { key: 'benefits-realisation' }, level: 2 }, { skill: { key: 'quality-management' }, level: 2 }] },
      },
    }),
  },
  {
    title: 'user → enrollments',
    run: (exec, as, seeded) => exec(as, PersonEnrollmentsQuery, { id: gid('User', seeded.users.member) }),
    expected: (actor) =>
      readsMember(actor)
        ? { data: { person: { email: 'member@pmo.local', enrollments: [{ status: 'REQUESTED', course: { key: 'risk-management-practice' } }] } } }
        : { data: { person: null }, errors: [{ code: 'FORBIDDEN', path: ['person', 'enrollments'] }] },
  },
  {
    title: 'certificationTypes, certificationType, trainingSettings',
    run: (exec, as) => exec(as, CatalogueQuery),
    expected: () => ({
      data: {
        certificationTypes: {
          totalCount: 7,
          ...edges([
            { key: 'capm', issuer: 'PMI', requiredPdus: 15 },
            { key: 'csm', issuer: 'Scrum Alliance', requiredPdus: 20 },
            { key: 'pmi-acp', issuer: 'PMI', requiredPdus: 30 },
            { key: 'prince2-practitioner', issuer: 'PeopleCert (AXELOS)', requiredPdus: 0 },
            { key: 'pgmp', issuer: 'PMI', requiredPdus: 60 },
            { key: 'pmp', issuer: 'PMI', requiredPdus: 60 },
            { key: 'safe-agilist', issuer: 'Scaled Agile', requiredPdus: 0 },
          ]),
        },
        certificationType: { name: 'Project Management Professional (PMP)', validityMonths: 36, minEducationPdus: 35, minPdusPerCategory: 8, projectManagement: true },
        trainingSettings: { expiryWindowDays: 90, version: 0 },
      },
    }),
  },
  {
    title: 'expiringCertifications',
    run: (exec, as) => exec(as, ExpiringQuery),
    // The one demo certification expiring within 90 days is pm@'s CSM.
    expected: (actor) => {
      const nodes = readsManager(actor) ? [{ type: { key: 'csm' }, user: { email: 'pm@pmo.local' }, expiring: true }] : [];
      return { data: { expiringCertifications: { totalCount: nodes.length, ...edges(nodes) } } };
    },
  },
  {
    title: 'user → certifications (with renewal)',
    run: (exec, as, seeded) => exec(as, PersonCertificationsQuery, { id: gid('User', seeded.users.member) }),
    expected: (actor) =>
      readsMember(actor)
        ? { data: { person: { email: 'member@pmo.local', certifications: [{ type: { key: 'csm' }, earnedOn: '2026-04-14', verified: false, renewal: { required: 20, met: false } }] } } }
        : { data: { person: null }, errors: [{ code: 'FORBIDDEN', path: ['person', 'certifications'] }] },
  },
];
