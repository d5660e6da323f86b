// An in-process PMO Engine on a scratch database: the real start-up path (migrations, seed,
// tokens) and the real GraphQL pipeline, driven through fetch.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type ExecutionResult } from 'graphql';
import { createApp, type App } from '../../server/app.js';
import { testConfig, type Config } from '../../server/config.js';
import { seedDemoData } from '../../server/demo/seed.js';
import { startRuntime, type Runtime } from '../../server/runtime.js';
import { scratchDatabase, type Backend } from './databases.js';

export interface TestServer {
  runtime: Runtime;
  app: App;
  config: Config;
  /**
   * Executes a document as the user with this email (null: anonymous). Every executed response
   * must report its cost (extensions.cost); exec checks it is there and leaves it out of what it
   * returns, so suites compare the data and errors a client acts on (the cost suite reads it).
   */
  exec<TResult, TVariables>(
    as: string | null,
    document: TypedDocumentNode<TResult, TVariables>,
    variables?: TVariables,
  ): Promise<ExecutionResult<TResult>>;
  /** Sends a raw HTTP request to the app. */
  fetch(path: string, init?: RequestInit): Promise<Response>;
  token(email: string): Promise<string>;
  /** SQL statements sent while `work` ran. */
  countStatements(work: () => Promise<unknown>): Promise<number>;
  close(): Promise<void>;
}

export async function startTestServer(
  backend: Backend = 'pglite',
  options: { seed?: boolean; config?: Partial<Config> } = {},
): Promise<TestServer> {
  const scratch = await scratchDatabase(backend);
  const config = testConfig({
    databaseUrl: scratch.target.kind === 'postgres' ? scratch.target.url : undefined,
    ...options.config,
  });
  const runtime = await startRuntime(config);
  if (options.seed !== false) await seedDemoData(runtime.db.prisma);
  const app = createApp(config, runtime);
  const tokens = new Map<string, string>();
  const token = async (email: string) => {
    let value = tokens.get(email);
    if (!value) tokens.set(email, (value = await runtime.tokens.sign(email)));
    return value;
  };
  const fetchApp = (path: string, init?: RequestInit) => app.fetch(new Request(`http://pmo.test${path}`, init));
  return {
    runtime,
    app,
    config,
    async exec(as, document, variables) {
      const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/graphql-response+json' };
      if (as) headers.authorization = `Bearer ${await token(as)}`;
      const response = await fetchApp('/graphql', {
        method: 'POST',
        headers,
        body: JSON.stringify({ query: print(document), variables }),
      });
      return withoutCost((await response.json()) as ExecutionResult<never>);
    },
    fetch: fetchApp,
    token,
    async countStatements(work) {
      const before = runtime.db.statementCount();
      await work();
      return runtime.db.statementCount() - before;
    },
    async close() {
      await app.close();
      await runtime.db.close();
      await scratch.drop();
    },
  };
}

/**
 * The result without the cost it reports. Every executed response (one with `data`) must carry
 * extensions.cost; a response refused before execution may carry it too (a variable error).
 */
export function withoutCost<T>(result: T): T {
  if (result === null || typeof result !== 'object') return result;
  const { extensions, ...withoutExtensions } = result as { extensions?: Record<string, unknown> };
  const { cost, ...rest } = (extensions ?? {}) as { cost?: { requested?: unknown; limit?: unknown } };
  const reported = typeof cost?.requested === 'number' && typeof cost.limit === 'number';
  if ('data' in result && !reported) {
    throw new Error(`an executed response without extensions.cost: ${JSON.stringify(result).slice(0, 300)}`);
  }
  if (cost === undefined) return result;
  return (Object.keys(rest).length ? { ...withoutExtensions, extensions: rest } : withoutExtensions) as T;
}
