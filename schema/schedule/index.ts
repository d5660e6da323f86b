// The GraphQL skin of the schedule domain: the work breakdown, dependencies and calendars.
import './tasks.js';
import './progress.js';
import './earned-value.js';
import './iterations.js';
export { EarnedValueRef, portfolioFigures } from './earned-value.js';
