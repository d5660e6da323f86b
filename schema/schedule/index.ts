// The GraphQL skin of the schedule domain: the work breakdown, dependencies and calendars, the
// critical path, baselines, progress, earned value, iterations and schedule interchange.
import './tasks.js';
import './progress.js';
import './earned-value.js';
import './iterations.js';
import './interchange.js';
import './forecast.js';
export { EarnedValueRef, portfolioFigures } from './earned-value.js';
export { WeekdayEnum } from './tasks.js';
