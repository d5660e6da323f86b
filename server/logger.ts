import { AsyncLocalStorage } from 'node:async_hooks';
import pino, { type Logger } from 'pino';
import type { Config } from './config.js';

/** The request being served, so that every log line written while serving it names it. */
export const requestScope = new AsyncLocalStorage<{ requestId: string }>();

/** JSON logs on stdout; lines written during a request carry its `requestId`. */
export function createLogger(config: Pick<Config, 'logLevel'>): Logger {
  return pino({
    level: config.logLevel,
    base: { service: 'pmo-engine' },
    mixin: () => {
      const scope = requestScope.getStore();
      return scope ? { requestId: scope.requestId } : {};
    },
  });
}
