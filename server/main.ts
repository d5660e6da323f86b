// Entry point: config → database → migrations → (demo data) → app → listen; graceful shutdown.
import { createApp } from './app.js';
import { startupBanner } from './banner.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { hasDemoUsers } from './demo/seed.js';
import { createLogger } from './logger.js';
import { startRuntime } from './runtime.js';
import { describeStartupError } from './startup-errors.js';

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }
  const log = createLogger(config);
  const runtime = await startRuntime(config, log).catch((error: unknown) => fail(describeStartupError(error, config)));
  // (an unreadable PMO_TRUSTED_DOCUMENTS manifest is refused here, with one line)
  const app = await Promise.resolve()
    .then(() => createApp(config, runtime))
    .catch((error: unknown) => fail(describeStartupError(error, config)));
  const { url } = await app.listen().catch((error: unknown) => fail(describeStartupError(error, config)));
  log.info({ url, database: runtime.db.kind }, 'PMO Engine listening');
  if (config.env !== 'production') {
    const demoUsers = await hasDemoUsers(runtime.db.prisma);
    for (const line of await startupBanner({ config, url, database: runtime.db.kind, tokens: runtime.tokens, demoUsers })) console.log(line);
  }

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down: finishing requests in flight');
    try {
      await app.close();
      await runtime.db.close();
      log.info('stopped cleanly');
      process.exit(0);
    } catch (error) {
      log.error({ err: error }, 'unclean shutdown');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

/** One clear line on stderr, no stack trace. */
function fail(message: string): never {
  console.error(`pmo-engine: ${message}`);
  process.exit(1);
}

await main();
