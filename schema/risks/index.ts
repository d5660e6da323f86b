// The GraphQL skin of the risks domain: the register, the matrix and the live alerts.
import './alerts.js';
import './matrix.js';
import './risks.js';

export { AlertSeverityEnum } from './alerts.js';
