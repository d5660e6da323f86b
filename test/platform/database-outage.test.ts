// During a database outage every request answers a typed SERVICE_UNAVAILABLE error (503 with
// Retry-After over HTTP, an `error` message over WebSocket) that clients can retry, never
// "Unexpected error.". The outage is real: the embedded PGlite database is closed under a running
// server, and (with TEST_DATABASE_URL) a PostgreSQL server is cut off by stopping the TCP proxy
// the instance connects through.
import { createServer, type Server, type Socket, connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { type App, createApp } from '../../server/app.js';
import { testConfig } from '../../server/config.js';
import { startRuntime, type Runtime } from '../../server/runtime.js';
import { scratchPostgres } from '../support/databases.js';
import { startTestServer } from '../support/harness.js';
import { waitFor } from '../support/live.js';
import { PEOPLE } from '../support/scenarios/index.js';

const UNAVAILABLE = {
  message: 'The service is temporarily unavailable (database unreachable): retry later',
  extensions: { code: 'SERVICE_UNAVAILABLE' },
};

/** POSTs a GraphQL request over real HTTP and returns status, Retry-After and body. */
async function post(url: string, token: string | null, query: string, variables?: Record<string, unknown>) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...(token && { authorization: `Bearer ${token}` }) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body: await response.json() };
}

/** What every kind of request answers once the database is gone. */
async function expectUnavailable(url: string, token: string) {
  // A query as a signed-in user (the sign-in itself reads the database).
  expect(await post(url, token, '{ projects(first: 3) { edges { node { code } } } }')).toEqual({
    status: 503,
    retryAfter: '5',
    body: { errors: [UNAVAILABLE] },
  });
  // A mutation: not a typed result the client could mistake for a refusal of its input.
  const mutation = await post(url, token, 'mutation ($input: CreatePortfolioInput!) { createPortfolio(input: $input) { __typename } }', {
    input: { name: 'During the outage' },
  });
  expect(mutation).toMatchObject({ status: 503, retryAfter: '5', body: { errors: [UNAVAILABLE] } });
  // (An anonymous request is still refused UNAUTHENTICATED: that answer needs no database.)
}

describe('a database outage', () => {
  it('on PGlite: HTTP answers 503 SERVICE_UNAVAILABLE, and an open WebSocket answers each operation with it and stays open', async () => {
    const server = await startTestServer('pglite');
    try {
      const { url } = await server.app.listen(0, '127.0.0.1');
      const token = await server.token(PEOPLE.admin);
      // A socket signed in before the outage.
      const ws = new WebSocket(`${url.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws');
      const messages: { id?: string; type: string; payload?: unknown }[] = [];
      let closed: number | null = null;
      ws.on('message', (data) => messages.push(JSON.parse(String(data))));
      ws.on('close', (code) => (closed = code));
      await new Promise((resolve) => ws.once('open', resolve));
      ws.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } }));
      await waitFor(() => messages.some((m) => m.type === 'connection_ack'), 'connection_ack');
      expect((await post(url, token, '{ viewer { email } }')).status).toBe(200);

      await server.runtime.db.close();

      await expectUnavailable(url, token);
      ws.send(JSON.stringify({ id: 'q', type: 'subscribe', payload: { query: '{ viewer { email } }' } }));
      await waitFor(() => messages.some((m) => m.id === 'q'), 'an answer over WebSocket');
      expect(messages.filter((m) => m.id === 'q')).toEqual([{ id: 'q', type: 'error', payload: [UNAVAILABLE] }]);
      expect(closed).toBeNull();
      // A new socket cannot have its token checked: "try again later" (1013), not 4403.
      const late = new WebSocket(`${url.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws');
      const lateClosed = new Promise<number>((resolve) => late.on('close', (code) => resolve(code)));
      late.on('open', () => late.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } })));
      expect(await lateClosed).toBe(1013);
      expect((await fetch(`${url}/ready`)).status).toBe(503);
      ws.close();
    } finally {
      await server.close();
    }
  });

  const adminUrl = process.env.TEST_DATABASE_URL;
  (adminUrl ? it : it.skip)('on PostgreSQL cut off mid-run: HTTP answers 503 SERVICE_UNAVAILABLE', async () => {
    const scratch = await scratchPostgres(adminUrl!, 'pmo_outage');
    const target = new URL(scratch.url);
    const proxy = await tcpProxy(target.hostname, Number(target.port || 5432));
    const viaProxy = new URL(scratch.url);
    viaProxy.hostname = '127.0.0.1';
    viaProxy.port = String(proxy.port);
    let runtime: Runtime | undefined;
    let app: App | undefined;
    try {
      runtime = await startRuntime(testConfig({ databaseUrl: viaProxy.toString(), seedDemoData: true }));
      app = createApp(runtime.config, runtime);
      const { url } = await app.listen(0, '127.0.0.1');
      const token = await runtime.tokens.sign(PEOPLE.admin);
      expect((await post(url, token, '{ viewer { email } }')).status).toBe(200);

      await proxy.stop();

      await expectUnavailable(url, token);
    } finally {
      await app?.close();
      await runtime?.db.close().catch(() => {});
      await proxy.stop();
      await scratch.drop();
    }
  });
});

/** A TCP proxy to host:port; `stop` refuses new connections and cuts the open ones. */
async function tcpProxy(host: string, port: number): Promise<{ port: number; stop(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = connect(port, host);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => socket.destroy());
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  let stopped: Promise<void> | undefined;
  return {
    port: (server.address() as { port: number }).port,
    stop() {
      stopped ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      });
      return stopped;
    },
  };
}
