// The GraphQL skin of the portfolio domain: portfolios and strategic objectives.
import './portfolios.js';

export { ObjectiveRef } from './objectives.js';
