// A client's kept-alive connection survives a stall of the server's process: with the embedded
// database (PGlite) a long statement blocks the event loop, and with Node's default 5 s keep-alive
// timeout the server closed idle sockets the moment the loop came back, as the client's next
// request arrived on one (ECONNRESET; fetch never retries a POST). bench:resources met it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEEP_ALIVE_TIMEOUT_MS } from '../../server/app.js';
import { startTestServer, type TestServer } from '../support/harness.js';

describe('kept-alive connections', () => {
  let server: TestServer;
  let url: string;
  let token: string;
  beforeAll(async () => {
    server = await startTestServer('pglite');
    ({ url } = await server.app.listen(0, '127.0.0.1'));
    token = await server.token('member@pmo.local');
  });
  afterAll(() => server?.close());

  const ask = () =>
    fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ viewer { email } }' }),
    }).then((response) => response.json());

  it('advertises a keep-alive longer than a long statement', async () => {
    const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: '{"query":"{ __typename }"}' });
    expect(response.headers.get('keep-alive')).toBe(`timeout=${KEEP_ALIVE_TIMEOUT_MS / 1000}`);
  });

  it('answers the next request on the same connection after the process stalled for 6 s', async () => {
    expect(await ask()).toMatchObject({ data: { viewer: { email: 'member@pmo.local' } } });
    // Blocks the event loop of the one process that runs the client, the server and the database.
    const until = Date.now() + 6000;
    while (Date.now() < until);
    expect(await ask()).toMatchObject({ data: { viewer: { email: 'member@pmo.local' } } });
  }, 20_000);
});
