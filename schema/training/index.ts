// The GraphQL skin of the training domain: certifications, courses and enrollments, mentoring,
// and development plans.
import './certifications.js';
import './courses.js';
import './skill-gaps.js';
import './mentoring.js';
import './development.js';
import './summary.js';
