// The GraphQL skin of the projects domain: projects, teams, alignment, and the project lists of
// portfolios and people.
import './projects.js';

export { HealthEnum, ProjectStatusEnum } from './filters.js';
