// The GraphQL skin of the methodology domain: installed plugins and their definitions, and what
// a methodology adds to a project (fields, phases, deliverables, compliance, waivers, gates).
import './methodologies.js';
import './project-methodology.js';
export { RuleSeverityEnum } from './methodologies.js';
export { ComplianceSummaryRef } from './project-methodology.js';
