// The training domain: certifications (types with renewal rules, the certifications people hold,
// the expiry window), courses and enrollments, mentoring, and development plans.
import { registerFactsSection } from '../methodology/index.js';
import type { Domain } from '../platform/domain.js';
import { trainingFactsSection } from './facts.js';

export {
  createCertificationType,
  type CreateCertificationTypeInput,
  DEFAULT_EXPIRY_WINDOW_DAYS,
  deleteCertification,
  MAX_EXPIRY_WINDOW_DAYS,
  MAX_PDUS,
  MAX_VALIDITY_MONTHS,
  numbersOf,
  recordCertification,
  type RecordCertificationInput,
  trainingSettings,
  type TrainingSettings,
  updateCertificationType,
  type UpdateCertificationTypeInput,
  updateTrainingSettings,
  verifyCertification,
} from './certifications.js';
export { createCourse, type CreateCourseInput, type CourseSkillInput, MAX_COURSE_HOURS, MAX_COURSE_PDUS, MAX_COURSE_SKILLS, updateCourse, type UpdateCourseInput } from './courses.js';
export { approveEnrollment, completeEnrollment, type CompleteEnrollmentInput, dropEnrollment, requestEnrollment, type RequestEnrollmentInput, startEnrollment } from './enrollments.js';
export { coursesClosingGap, MAX_GAP_COURSES } from './gap-courses.js';
export { acceptMentoring, endMentoring, MAX_FOCUS_SKILLS, MAX_NOTES, proposeMentoring, type ProposeMentoringInput, recordMentoringSession, type RecordMentoringSessionInput } from './mentoring.js';
export { type DevelopmentGoalInput, MAX_GOALS, setDevelopmentPlan, type SetDevelopmentPlanInput } from './plans.js';
export { type CertificationCount, trainingSummary, type TrainingSummary } from './summary.js';
export { canReadMentoringNotes, completedCoursesOf, expiringWhere, type GoalProgress, goalProgressOf, readableUserWhere, renewalOfCertification } from './queries.js';
export { type CategoryRenewal, expiryOf, isActive, type Renewal, TALENT_TRIANGLE, type TalentCategory } from './lib/renewal.js';

declare module '../platform/audit.js' {
  interface AuditEntityTypes {
    CertificationType: true;
    UserCertification: true;
    TrainingSettings: true;
    Course: true;
    Enrollment: true;
    Mentoring: true;
    DevelopmentPlan: true;
  }
}

export const trainingDomain: Domain = {
  name: 'training',
  install() {
    registerFactsSection(trainingFactsSection);
  },
};
