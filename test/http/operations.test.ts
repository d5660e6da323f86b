// Operations: /health and /ready, request ids and JSON logs, graceful shutdown of the real server
// process on SIGTERM, start-up configuration errors, and `npm run token`.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConfig } from '../../server/config.js';
import { openDatabase } from '../../server/platform/db/database.js';
import { describeStartupError } from '../../server/startup-errors.js';
import { graphql } from '../gql/index.js';
import { backends, type Backend } from '../support/databases.js';
import { startTestServer, type TestServer, withoutCost } from '../support/harness.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
// Every wait is bounded, with room for a machine shared with other test runs: a spawned server
// migrates and seeds a fresh PGlite directory in ~15 s alone, and took over 40 s at load 15 on
// two cores; a start-up on a file as PMO_DATA_DIR, ~25 s alone, took 90 s under that load.
const START_TIMEOUT_MS = 240_000;
/** A script that exits on its own (a failed start-up, `npm run token`) is killed after this. */
const SCRIPT_TIMEOUT_MS = 180_000;

const OpsViewer = graphql(`
  query OpsViewer {
    viewer { id name role }
  }
`);

const OpsCreatePortfolio = graphql(`
  mutation OpsCreatePortfolio($input: CreatePortfolioInput!) {
    createPortfolio(input: $input) {
      __typename
      ... on MutationCreatePortfolioSuccess { data { name } }
    }
  }
`);

const OpsPortfolios = graphql(`
  query OpsPortfolios($search: String!) {
    portfolios(filter: { search: $search }) { edges { node { name owner { email } } } }
  }
`);

// In-process: one server per backend, whose database is taken away by the last test.
describe.each(backends())('health, readiness and request ids on %s', (backend) => {
  let server: TestServer;
  let url: string;
  beforeAll(async () => {
    server = await startTestServer(backend);
    ({ url } = await server.app.listen(0, '127.0.0.1'));
  });
  afterAll(() => server?.close());

  it('answers /health with 200 while the process is alive', async () => {
    const response = await fetch(`${url}/health`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('answers /ready with 200 and the database kind when the database answers', async () => {
    const response = await fetch(`${url}/ready`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ready', database: backend, alerts: 'memory', subscribers: 0 });
  });

  it('echoes a well-formed x-request-id, on GraphQL responses too', async () => {
    const health = await fetch(`${url}/health`, { headers: { 'x-request-id': 'client-trace.42_A-b' } });
    expect(health.headers.get('x-request-id')).toBe('client-trace.42_A-b');
    const graphqlResponse = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'gql-trace-1' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(graphqlResponse.headers.get('x-request-id')).toBe('gql-trace-1');
  });

  it('replaces a missing or malformed x-request-id with a fresh UUID', async () => {
    const ids = [];
    for (const sent of [undefined, 'has spaces', 'x'.repeat(65), 'semi;colon']) {
      const response = await fetch(`${url}/health`, { headers: sent === undefined ? {} : { 'x-request-id': sent } });
      ids.push(response.headers.get('x-request-id'));
    }
    for (const id of ids) expect(id).toMatch(UUID);
    expect(new Set(ids).size).toBe(ids.length);
  });

  // Takes the database away, so it comes last (vitest runs a file's tests in order).
  it('answers /ready with 503 and /health still with 200 when the database goes away', async () => {
    await loseDatabase(server, backend);
    const ready = await fetch(`${url}/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: 'unavailable', database: backend, alerts: 'memory' });
    const health = await fetch(`${url}/health`);
    expect(health.status).toBe(200);
  });
});

describe('the server process on a PGlite data directory', () => {
  let dataDir: string;
  let server: ServerProcess;
  let adminToken: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'pmo-ops-'));
    server = await startServerProcess({ PMO_DATA_DIR: dataDir });
    adminToken = await printToken('admin@pmo.local', dataDir);
  }, START_TIMEOUT_MS);
  afterAll(async () => {
    killAll();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('migrates and loads demo data into the empty data directory, logging JSON', () => {
    expect(server.logs.some((line) => typeof line.msg === 'string' && line.msg.startsWith('applied migration '))).toBe(true);
    expect(server.logs.map((line) => line.msg)).toContain('loaded demo data into the empty database');
    expect(server.logs.find((line) => line.msg === 'PMO Engine listening')).toMatchObject({ level: 30, service: 'pmo-engine', database: 'pglite' });
  });

  it('prints in its banner the `npm run token` command for its data directory', () => {
    expect(server.banner()).toContain(`  Get a token: PMO_DATA_DIR=${dataDir} npm run token -- admin@pmo.local`);
  });

  it('accepts the token that `npm run token` prints, and refuses one signed for another data directory, saying why', async () => {
    const pmToken = await printToken('pm@pmo.local', dataDir);
    expect(pmToken).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(await server.graphql(OpsViewer, {}, pmToken)).toMatchObject({ data: { viewer: { name: 'Grace Hopper-Lee', role: 'PROJECT_MANAGER' } } });

    // Outside production the secret is generated per data directory: another one's tokens fail.
    const otherDir = await mkdtemp(path.join(tmpdir(), 'pmo-ops-other-'));
    try {
      // `npm run token` says that it had to make a new secret there: no server used that directory.
      const signed = await runScript('scripts/token.ts', ['pm@pmo.local'], { PMO_DATA_DIR: otherDir }, SCRIPT_TIMEOUT_MS);
      expect(signed).toMatchObject({ code: 0 });
      expect(signed.stderr).toContain(`token: note: ${path.join(otherDir, 'dev-jwt-secret')} did not exist, so a new signing secret was made there.`);
      const foreign = signed.stdout.trim();
      expect(await server.graphql(OpsViewer, {}, foreign)).toMatchObject({
        errors: [
          {
            message: `Invalid token: it was signed with another secret than this server's. Get a token for this server with: PMO_DATA_DIR=${dataDir} npm run token -- pm@pmo.local`,
            extensions: { code: 'UNAUTHENTICATED' },
          },
        ],
      });
    } finally {
      await rm(otherDir, { recursive: true, force: true });
    }
  });

  it('logs one JSON line per request with its request id', async () => {
    await fetch(`${server.url}/health`, { headers: { 'x-request-id': 'ops-log-health' } });
    await server.graphql(OpsViewer, {}, adminToken, { 'x-request-id': 'ops-log-graphql' });
    expect(await server.waitForLog((line) => line.requestId === 'ops-log-health' && line.msg === 'request')).toMatchObject({
      level: 30,
      service: 'pmo-engine',
      method: 'GET',
      url: '/health',
      status: 200,
      ms: expect.any(Number),
    });
    expect(await server.waitForLog((line) => line.requestId === 'ops-log-graphql' && line.msg === 'request')).toMatchObject({
      method: 'POST',
      url: '/graphql',
      status: 200,
    });
  });

  // Stops the server started above, so it comes after the tests that use it.
  it(
    'on SIGTERM finishes the request in flight, refuses new connections, exits 0 and restarts on the same data',
    async () => {
      const admin = await server.graphql(OpsViewer, {}, adminToken);
      const adminId = (admin.data as { viewer: { id: string } }).viewer.id;
      const name = `Shutdown drill ${Date.now()}`;
      const body = JSON.stringify({ query: print(OpsCreatePortfolio), variables: { input: { name, ownerId: adminId } } });

      // A request in flight: headers and half of the body now, the rest after the signal.
      const inFlight = startSlowRequest(`${server.url}/graphql`, body, {
        'content-type': 'application/json',
        authorization: `Bearer ${adminToken}`,
        'x-request-id': 'in-flight-1',
      });
      await sleep(1_000);
      server.child.kill('SIGTERM');
      await server.waitForLog((line) => line.msg === 'shutting down: finishing requests in flight');

      expect(await connectionRefusedWithin(server.url, 5_000)).toBe(true);
      expect(inFlight.answered()).toBe(false);

      const answer = await inFlight.finish();
      expect(answer.status).toBe(200);
      expect(answer.headers.connection).toBe('close');
      expect(answer.body).toEqual({ data: { createPortfolio: { __typename: 'MutationCreatePortfolioSuccess', data: { name } } } });

      expect(await server.exit).toEqual({ code: 0, signal: null });
      expect(server.logs.map((line) => line.msg)).toContain('stopped cleanly');
      expect(server.logs.find((line) => line.requestId === 'in-flight-1' && line.msg === 'request')).toMatchObject({ status: 200 });
      expect(server.stderr()).toBe('');

      // The database was closed cleanly: a new process opens it, finds the schema up to date and
      // the data present (no second seeding), and the in-flight write is there.
      const restarted = await startServerProcess({ PMO_DATA_DIR: dataDir });
      expect(restarted.logs.map((line) => line.msg)).not.toContain('loaded demo data into the empty database');
      expect(restarted.logs.filter((line) => typeof line.msg === 'string' && line.msg.startsWith('applied migration '))).toEqual([]);
      expect(await restarted.graphql(OpsPortfolios, { search: name }, adminToken)).toEqual({
        data: { portfolios: { edges: [{ node: { name, owner: { email: 'admin@pmo.local' } } }] } },
      });
      restarted.child.kill('SIGTERM');
      expect(await restarted.exit).toEqual({ code: 0, signal: null });
    },
    2 * START_TIMEOUT_MS,
  );

  // On the data directory the test above left migrated and closed, so that this start-up has
  // no migrations to apply (half the cost of a fresh one) and fails at listen().
  it('stops with one line when the port is already taken', { timeout: START_TIMEOUT_MS }, async () => {
    expect(children.size).toBe(0); // nothing else has the data directory open
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      await expectOneLine(
        { PORT: String(port), HOST: '127.0.0.1', PMO_DATA_DIR: dataDir, PMO_SEED: 'false' },
        `pmo-engine: port ${port} is already in use (set PORT)`,
      );
    } finally {
      blocker.close();
    }
  });
});

// Each spawn loads the whole app before reading its config (~3 s alone, far more on a busy
// machine), so there is one spawn per way main.ts can fail; the wording of each configuration
// error is config.test.ts's business, in-process.
describe.concurrent('start-up configuration errors', { timeout: START_TIMEOUT_MS }, () => {
  afterAll(killAll);

  // One spawn, shared by the two tests on an unreachable PostgreSQL server below.
  let unreachable: Promise<{ port: number } & FailedStart> | undefined;
  const startOnUnreachablePostgres = () =>
    (unreachable ??= closedPort().then(async (port) => ({
      port,
      ...(await failedStart({ DATABASE_URL: `postgresql://pmo:s3cret-pw@127.0.0.1:${port}/pmo` })),
    })));

  it('prints an invalid configuration as one line and exits 1 before opening the database', async () => {
    await expectOneLine(
      { NODE_ENV: 'production', DATABASE_URL: 'postgresql://pmo@127.0.0.1/pmo' },
      'pmo-engine: Invalid configuration: PMO_JWT_SECRET is required in production (32+ characters)',
    );
  });

  it('stops on an unreachable PostgreSQL server with one line, without printing its password', async () => {
    const { code, lines, output } = await startOnUnreachablePostgres();
    expect(code).toBe(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^pmo-engine: start-up failed: /);
    expect(output).not.toContain('s3cret-pw');
    expect(output).not.toContain('    at ');
  });

  // The first meaningful line names the cause (Prisma's "Invalid `…` invocation" header excepted).
  it('says that the PostgreSQL server cannot be reached', async () => {
    const { port, lines } = await startOnUnreachablePostgres();
    expect(lines).toEqual([`pmo-engine: start-up failed: Could not apply migrations: Can't reach database server at \`127.0.0.1:${port}\``]);
  });

  it.runIf(process.env.TEST_DATABASE_URL)('stops on a PostgreSQL database that does not exist', async () => {
    const url = new URL(process.env.TEST_DATABASE_URL!);
    url.pathname = '/pmo_ops_missing_db';
    await expectOneLine(
      { DATABASE_URL: url.toString() },
      'pmo-engine: start-up failed: Could not apply migrations: Database `pmo_ops_missing_db` does not exist',
    );
  });

  // PGlite reports it as a bare { errno } object (54: Emscripten's ENOTDIR), with no message.
  it('names the data directory when PMO_DATA_DIR is a file', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'pmo-ops-file-'));
    const file = path.join(dir, 'not-a-directory');
    await writeFile(file, 'x');
    try {
      await expectOneLine(
        { PMO_DATA_DIR: file },
        `pmo-engine: cannot open PGlite in ${file} (errno 54): check that the data directory is a writable directory`,
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('`npm run token` on PMO_DATA_DIR=memory:// refuses to sign a token no server could accept', async () => {
    const result = await runScript('scripts/token.ts', ['pm@pmo.local'], { PMO_DATA_DIR: 'memory://' }, SCRIPT_TIMEOUT_MS);
    expect(result).toMatchObject({ code: 1, stdout: '' });
    expect(result.stderr).toContain('token: with PMO_DATA_DIR=memory:// the server keeps its signing secret in memory, so no token signed here can work.');
  });

  it('`npm run token` without an email prints its usage and exits 2', async () => {
    const result = await runScript('scripts/token.ts', [], {}, SCRIPT_TIMEOUT_MS);
    expect(result).toMatchObject({ code: 2, stdout: '', stderr: 'usage: npm run token -- <email>   (for example admin@pmo.local)\n' });
  });
});

describe('describing start-up errors', { timeout: 60_000 }, () => {
  // Prisma client messages start with a blank line, then "Invalid `prisma.x()` invocation in",
  // a code frame, and the cause last (seen when seeding fails).
  it('keeps the cause of a Prisma error', async () => {
    const db = await openDatabase({ kind: 'pglite', dataDir: 'memory://' });
    try {
      const error = await db.prisma.user.count().then(
        () => null,
        (caught: unknown) => caught,
      );
      expect(error).toMatchObject({ code: 'P2021' });
      expect(describeStartupError(error, testConfig())).toBe('start-up failed: The table `public.User` does not exist in the current database.');
    } finally {
      await db.close();
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Child processes: every one is tracked and killed in afterAll, and every wait is bounded.

const children = new Set<ChildProcess>();

function killAll(): void {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}

function spawnScript(script: string, args: string[], env: Record<string, string>): ChildProcess {
  // `node --import tsx` rather than `npx tsx`: the pid is the server's own, so signals reach it.
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: ROOT,
    // A clean environment: nothing from the test run (NODE_ENV=test, DATABASE_URL…) leaks in.
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? tmpdir(), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  child.on('exit', () => children.delete(child));
  return child;
}

function exitOf(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve({ code: child.exitCode, signal: child.signalCode });
    // 'close' rather than 'exit': it comes after stdout and stderr have been read to the end.
    else child.once('close', (code, signal) => resolve({ code, signal }));
  });
}

async function runScript(
  script: string,
  args: string[],
  env: Record<string, string>,
  timeoutMs: number,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawnScript(script, args, env);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk) => (stdout += chunk));
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const { code } = await exitOf(child);
  clearTimeout(timer);
  return { code, stdout, stderr };
}

interface FailedStart {
  code: number | null;
  /** The non-empty lines on stderr. */
  lines: string[];
  /** stdout and stderr together. */
  output: string;
}

/** Runs server/main.ts, which is expected to stop by itself. */
async function failedStart(env: Record<string, string>): Promise<FailedStart> {
  const { code, stdout, stderr } = await runScript('server/main.ts', [], env, SCRIPT_TIMEOUT_MS);
  return { code, lines: stderr.split('\n').filter((line) => line.trim() !== ''), output: stderr + stdout };
}

/** main.ts stops with exit code 1 and exactly this one line on stderr, no stack trace anywhere. */
async function expectOneLine(env: Record<string, string>, expected: string): Promise<void> {
  const { code, lines, output } = await failedStart(env);
  expect(code).toBe(1);
  expect(lines).toEqual([expected]);
  expect(output).not.toContain('    at ');
}

async function printToken(email: string, dataDir: string): Promise<string> {
  const result = await runScript('scripts/token.ts', [email], { PMO_DATA_DIR: dataDir }, SCRIPT_TIMEOUT_MS);
  if (result.code !== 0) throw new Error(`npm run token failed (${result.code}): ${result.stderr}`);
  return result.stdout.trim();
}

interface ServerProcess {
  child: ChildProcess;
  url: string;
  /** Parsed JSON log lines so far (stdout lines that are not JSON, like the banner, are skipped). */
  logs: Array<Record<string, unknown>>;
  /** The stdout lines that are not JSON: the start-up banner. */
  banner(): string;
  stderr(): string;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  waitForLog(match: (line: Record<string, unknown>) => boolean, timeoutMs?: number): Promise<Record<string, unknown>>;
  graphql<TResult, TVariables>(
    document: TypedDocumentNode<TResult, TVariables>,
    variables: TVariables,
    token: string,
    headers?: Record<string, string>,
  ): Promise<{ data?: TResult; errors?: unknown[] }>;
}

/** Spawns server/main.ts in development mode on a free port and waits until it listens. */
async function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const child = spawnScript('server/main.ts', [], { NODE_ENV: 'development', LOG_LEVEL: 'info', PORT: '0', HOST: '127.0.0.1', ...env });
  const logs: Array<Record<string, unknown>> = [];
  const banner: string[] = [];
  const waiters = new Set<() => void>();
  const wakeAll = () => [...waiters].forEach((wake) => wake());
  let stderr = '';
  let pending = '';
  let exited = false;
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop()!;
    for (const line of lines) {
      if (line.startsWith('{')) logs.push(JSON.parse(line));
      else banner.push(line);
    }
    wakeAll();
  });
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exit = exitOf(child).then((result) => {
    exited = true;
    wakeAll();
    return result;
  });

  const waitForLog = (match: (line: Record<string, unknown>) => boolean, timeoutMs = 30_000) =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      const finish = (outcome: () => void) => {
        clearTimeout(timer);
        waiters.delete(check);
        outcome();
      };
      const check = () => {
        const found = logs.find(match);
        if (found) finish(() => resolve(found));
        else if (exited) finish(() => reject(new Error(`the server exited first; stderr: ${stderr}`)));
      };
      const timer = setTimeout(() => finish(() => reject(new Error(`log line not seen within ${timeoutMs} ms; stderr: ${stderr}`))), timeoutMs);
      waiters.add(check);
      check();
    });

  const listening = await waitForLog((line) => line.msg === 'PMO Engine listening', START_TIMEOUT_MS - 10_000);
  const url = String(listening.url);
  return {
    child,
    url,
    logs,
    banner: () => banner.join('\n'),
    stderr: () => stderr,
    exit,
    waitForLog,
    async graphql(document, variables, token, headers = {}) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
        body: JSON.stringify({ query: print(document), variables }),
      });
      return withoutCost((await response.json()) as { data?: never; errors?: unknown[] });
    },
  };
}

/** A POST whose body is sent in two halves: `finish()` sends the second and awaits the answer. */
function startSlowRequest(url: string, body: string, headers: Record<string, string>) {
  const bytes = Buffer.from(body);
  const half = Math.floor(bytes.length / 2);
  let answered = false;
  const req = httpRequest(url, { method: 'POST', agent: false, headers: { ...headers, 'content-length': String(bytes.length) } });
  const answer = new Promise<{ status: number; headers: IncomingMessage['headers']; body: unknown }>((resolve, reject) => {
    req.on('response', (res) => {
      answered = true;
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: withoutCost(JSON.parse(text)) }));
    });
    req.on('error', reject);
  });
  req.write(bytes.subarray(0, half));
  return {
    answered: () => answered,
    finish: async () => {
      req.end(bytes.subarray(half));
      return Promise.race([answer, sleep(30_000).then(() => Promise.reject(new Error('no answer within 30 s')))]);
    },
  };
}

/** Whether a new TCP connection to the server is refused within the time given. */
async function connectionRefusedWithin(url: string, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const outcome = await new Promise<string>((resolve) => {
      const req = httpRequest(`${url}/health`, { agent: false, timeout: 2_000 }, (res) => {
        res.resume();
        resolve(`answered ${res.statusCode}`);
      });
      req.on('timeout', () => req.destroy(new Error('timeout')));
      req.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
    });
    if (outcome === 'ECONNREFUSED') return true;
    await sleep(100);
  }
  return false;
}

function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** The database goes away under the running app: PGlite is closed, a PostgreSQL database dropped. */
async function loseDatabase(server: TestServer, backend: Backend): Promise<void> {
  if (backend === 'pglite') return server.runtime.db.close();
  const name = new URL(server.config.databaseUrl!).pathname.slice(1);
  const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
