// The GraphQL skin of the portfolio domain: portfolios and strategic objectives.
export { ObjectiveRef } from './objectives.js';
export { PortfolioRef } from './portfolios.js';
