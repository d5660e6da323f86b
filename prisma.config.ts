// Prisma CLI configuration. The CLI is only used for `prisma generate` (and validate/format):
// migrations are created and applied by our own offline runner on Prisma's WebAssembly schema
// engine (server/db/schema-engine.ts), because the native engine cannot be downloaded here.
import { defineConfig } from 'prisma/config';

// Every Prisma CLI command first tries to download the native schema engine; pointing this at any
// existing file lets generate/validate/format run offline (see shared/PLATFORM.md).
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
});
