// Turns start-up failures into one line a person can act on.
import type { Config } from './config.js';

export function describeStartupError(error: unknown, config: Config): string {
  const err = error as { code?: string; message?: string; cause?: { code?: string; message?: string } };
  const code = err?.code ?? err?.cause?.code;
  const where = config.databaseUrl ? `PostgreSQL at ${redact(config.databaseUrl)}` : `PGlite in ${config.dataDir}`;
  switch (code) {
    case 'ECONNREFUSED':
      return `cannot reach ${where}: connection refused (is the server running?)`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `cannot reach ${where}: unknown host`;
    case 'ETIMEDOUT':
      return `cannot reach ${where}: timed out`;
    case '28P01':
    case '28000':
      return `cannot log in to ${where}: ${err.message ?? 'authentication failed'}`;
    case '3D000':
      return `${where}: the database does not exist (create it first)`;
    case 'EADDRINUSE':
      return `port ${config.port} is already in use (set PORT)`;
    case 'EACCES':
      return `permission denied (${err.message ?? 'EACCES'})`;
    default: {
      // PGlite reports file-system failures as a bare { errno } object.
      const errno = (error as { errno?: unknown })?.errno;
      if (!err?.message && typeof errno === 'number') {
        return `cannot open ${where} (errno ${errno}): check that the data directory is a writable directory`;
      }
      // Keep the first meaningful line, unless it is Prisma's "Invalid `…` invocation" header,
      // whose cause is on the last line.
      const lines = String(err?.message ?? error).split('\n').map((line) => line.trim()).filter(Boolean);
      const line = lines[0] && /^Invalid `.+` invocation/.test(lines[0]) ? lines[lines.length - 1] : lines[0];
      return `start-up failed: ${line ?? 'unknown error'}`;
    }
  }
}

function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'the configured URL';
  }
}
