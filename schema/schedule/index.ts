// The GraphQL skin of the schedule domain: the work breakdown, dependencies and calendars.
import './tasks.js';
import './interchange.js';
