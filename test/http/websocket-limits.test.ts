// What one client can hold open over graphql-ws: connection_init needs a valid token (4403),
// a user's sockets are bounded, and so are the operations in progress on one socket. Refused
// operations answer an `error` message for their id; the socket and its other subscriptions
// stay up, and /ready keeps answering quickly while one socket floods the server.
// Raw `ws` sockets speak the protocol directly, so the test sees every message and close code.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { backends } from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/harness.js';
import { waitFor } from '../support/live.js';
import { PEOPLE } from '../support/scenarios/index.js';

const ALERTS = 'subscription { riskAlerts { id } }';

interface Message {
  id?: string;
  type: string;
  payload?: unknown;
}

/** A raw graphql-transport-ws socket that records what it receives and how it closed. */
class RawSocket {
  readonly messages: Message[] = [];
  closed: { code: number; reason: string } | null = null;
  private readonly ws: WebSocket;
  private readonly opened: Promise<void>;

  constructor(url: string) {
    this.ws = new WebSocket(`${url.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws');
    this.ws.on('message', (data) => this.messages.push(JSON.parse(String(data)) as Message));
    this.ws.on('close', (code, reason) => (this.closed = { code, reason: String(reason) }));
    this.opened = new Promise((resolve, reject) => {
      this.ws.once('open', () => resolve());
      this.ws.once('error', reject);
    });
  }

  /** Sends connection_init and waits for the ack or the close. */
  async init(payload?: Record<string, unknown>): Promise<'ack' | { code: number; reason: string }> {
    await this.opened;
    this.send({ type: 'connection_init', ...(payload && { payload }) });
    await waitFor(() => this.closed !== null || this.messages.some((m) => m.type === 'connection_ack'), 'connection_ack or close');
    return this.closed ?? 'ack';
  }

  send(message: Message): void {
    this.ws.send(JSON.stringify(message));
  }

  subscribe(id: string, query: string): void {
    this.send({ id, type: 'subscribe', payload: { query } });
  }

  of(id: string): Message[] {
    return this.messages.filter((message) => message.id === id);
  }

  close(): void {
    this.ws.close();
  }
}

describe.each(backends())('WebSocket limits on %s', (backend) => {
  let server: TestServer;
  let url: string;
  const sockets: RawSocket[] = [];
  const open = (): RawSocket => {
    const socket = new RawSocket(url);
    sockets.push(socket);
    return socket;
  };
  const bearer = async (email: string) => ({ authorization: `Bearer ${await server.token(email)}` });

  beforeAll(async () => {
    server = await startTestServer(backend, { config: { websocket: { maxSubscriptionsPerSocket: 20, maxSocketsPerUser: 3 } } });
    ({ url } = await server.app.listen(0, '127.0.0.1'));
  });
  afterAll(async () => {
    for (const socket of sockets) socket.close();
    await server?.close();
  });

  it('closes every socket whose connection_init carries no token or a bad one with 4403', async () => {
    const anonymous = Array.from({ length: 30 }, () => open());
    const outcomes = await Promise.all([
      ...anonymous.map((socket) => socket.init()),
      open().init({ authorization: 'Bearer not-a-token' }),
      open().init({ authorization: 42 }),
    ]);
    expect(outcomes.map((outcome) => (outcome === 'ack' ? 'ack' : outcome.code))).toEqual(Array(32).fill(4403));
  });

  it('lets a user hold a bounded number of sockets, and a new one once another closed', async () => {
    const credentials = await bearer(PEOPLE.member);
    const first = open();
    expect(await first.init(credentials)).toBe('ack');
    expect(await open().init(credentials)).toBe('ack');
    expect(await open().init(credentials)).toBe('ack');
    expect(await open().init(credentials)).toEqual({ code: 4403, reason: 'Too many open connections for this user (at most 3)' });
    // Another user is not affected.
    expect(await open().init(await bearer(PEOPLE.dev))).toBe('ack');
    first.close();
    await waitFor(async () => (await open().init(credentials)) === 'ack', 'a socket to be admitted again');
  });

  it('refuses subscriptions beyond the limit on one socket with an error for each id, keeps the others, and /ready stays fast', async () => {
    const before = server.app.alerts.subscriberCount;
    const socket = open();
    expect(await socket.init(await bearer(PEOPLE.admin))).toBe('ack');
    const attempts = 2_000;
    await fetch(`${url}/ready`); // (a warm connection, so the probes time the server, not the dial)
    const readyTimes: number[] = [];
    const probing = (async () => {
      for (let i = 0; i < 10; i++) {
        const started = performance.now();
        const response = await fetch(`${url}/ready`);
        expect(response.status).toBe(200);
        readyTimes.push(performance.now() - started);
      }
    })();
    for (let i = 0; i < attempts; i++) socket.subscribe(`s${i}`, ALERTS);
    await probing;
    await waitFor(() => socket.messages.filter((m) => m.type === 'error').length >= attempts - 20, 'the refusals', 20_000);
    await waitFor(() => server.app.alerts.subscriberCount === before + 20, 'the admitted subscriptions');

    const refused = socket.messages.filter((m) => m.type === 'error');
    expect(refused).toHaveLength(attempts - 20);
    expect(refused[0]!.payload).toEqual([
      { message: 'Too many operations on this connection: at most 20 at a time; complete one first', extensions: { code: 'SUBSCRIPTION_LIMIT' } },
    ]);
    expect(socket.closed).toBeNull();
    // (It took 21 s before operations per socket were bounded; typically a few ms now, a few
    // hundred while the burst is parsed. 2 s leaves room for a machine shared with other work.)
    expect(Math.max(...readyTimes)).toBeLessThan(2_000);
    console.log(`/ready during ${attempts} subscription attempts on one socket: ${readyTimes.map((ms) => ms.toFixed(0)).join(', ')} ms`);

    // Completing one subscription makes room for another operation on the same socket.
    const admitted = Array.from({ length: attempts }, (_, i) => `s${i}`).filter((id) => socket.of(id).length === 0);
    expect(admitted).toHaveLength(20);
    socket.send({ id: admitted[0]!, type: 'complete' });
    await waitFor(() => server.app.alerts.subscriberCount === before + 19, 'the completed subscription to end');
    socket.subscribe('viewer', '{ viewer { email } }');
    await waitFor(() => socket.of('viewer').some((m) => m.type === 'complete'), 'the query to complete');
    expect(socket.of('viewer')).toEqual([
      { id: 'viewer', type: 'next', payload: { data: { viewer: { email: PEOPLE.admin } }, extensions: { cost: { requested: 1, limit: server.config.limits.maxCost } } } },
      { id: 'viewer', type: 'complete' },
    ]);
    socket.close();
    await waitFor(() => server.app.alerts.subscriberCount === before, 'the socket’s subscriptions to end');
  });

  it('answers a syntax error, and an unknown field, with an error for that id only', async () => {
    const socket = open();
    expect(await socket.init(await bearer(PEOPLE.admin))).toBe('ack');
    socket.subscribe('broken', 'subscription {');
    socket.subscribe('unknown', 'subscription { nope }');
    socket.subscribe('fine', '{ viewer { email } }');
    await waitFor(() => socket.of('fine').some((m) => m.type === 'complete') && socket.of('broken').length > 0 && socket.of('unknown').length > 0, 'the answers');
    expect(socket.of('broken')).toEqual([
      { id: 'broken', type: 'error', payload: [expect.objectContaining({ message: expect.stringMatching(/^Syntax Error/) })] },
    ]);
    expect(socket.of('unknown')).toEqual([{ id: 'unknown', type: 'error', payload: [expect.objectContaining({ message: expect.stringContaining('nope') })] }]);
    expect(socket.closed).toBeNull();
  });
});
