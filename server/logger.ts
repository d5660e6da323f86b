import pino, { type Logger } from 'pino';
import type { Config } from './config.js';

/** JSON logs on stdout; every request's lines carry its request id (see http/request-id.ts). */
export function createLogger(config: Pick<Config, 'logLevel'>): Logger {
  return pino({ level: config.logLevel, base: { service: 'pmo-engine' } });
}
