// The GraphQL skin of the projects domain: projects, teams, alignment, and the project lists of
// portfolios and people.
export { ProjectRef } from './projects.js';
