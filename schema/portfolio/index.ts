// The GraphQL skin of the portfolio domain: portfolios, strategic objectives, scoring and ranking.
import './portfolios.js';
import './scoring.js';
import './dependencies.js';
import './optimisation.js';
import './scenarios.js';

export { ObjectiveRef } from './objectives.js';
