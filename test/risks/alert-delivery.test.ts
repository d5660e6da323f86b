// Live delivery of risk alerts over real sockets: graphql-ws and SSE clients
// receive the alert a mutation raised, once, resolvable like a query; only on projects they may
// read; through their filters; with the same auth and limits as queries; replay with `after`;
// a deactivated subscriber is cut off; across two instances through Redis; and through a Redis
// outage (the alert is stored, and delivered when Redis returns).
//
// "Nothing was delivered" is never proven by sleeping: a later alert the subscriber must receive
// is raised, and it has to be the first thing that subscriber gets (delivery keeps commit order).
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { type ExecutionResult, print } from 'graphql';
import { createClient as createSseClient } from 'graphql-sse';
import type { Client } from 'graphql-ws';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type App, createApp } from '../../server/app.js';
import { createTokenService } from '../../server/auth/tokens.js';
import type { PrismaClient } from '../../server/platform/db/generated/prisma/client.js';
import { channelName } from '../../server/platform/events/bus.js';
import { RISK_ALERTS } from '../../server/risks/index.js';
import type { DeliveryAlertsSubscription, DeliveryReplayQuery } from '../gql/graphql.js';
import { graphql } from '../gql/index.js';
import { backends } from '../support/databases.js';
import { freePort } from '../support/free-port.js';
import { gid } from '../support/ids.js';
import { startTestServer, type TestServer, withoutCost } from '../support/harness.js';
import { type Live, nextData, sseSubscribe, waitFor, wsClient, wsSubscribe } from '../support/live.js';
import { expectType, rootField } from '../support/results.js';
import { type Handle, type Member, PEOPLE, scenario, type Scenario } from '../support/scenarios/index.js';

const Alerts = graphql(`
  subscription DeliveryAlerts($filter: RiskAlertFilter) {
    riskAlerts(filter: $filter) {
      id severity reason triggerKey cursor
      risk { title score owner { email } }
      project { code portfolio { name } }
    }
  }
`);
const DeepAlerts = graphql(`
  subscription DeliveryDeepAlerts {
    riskAlerts {
      project { portfolio { projects(first: 1) { edges { node { portfolio { projects(first: 1) { edges { node { portfolio { owner { email } } } } } } } } } } }
    }
  }
`);
const CreateRisk = graphql(`
  mutation DeliveryCreateRisk($input: CreateRiskInput!) {
    createRisk(input: $input) { __typename ... on MutationCreateRiskSuccess { data { id title } } ... on Error { message } }
  }
`);
const Replay = graphql(`
  query DeliveryReplay($after: String, $filter: RiskAlertFilter) {
    riskAlerts(after: $after, filter: $filter, first: 100) { edges { node { id cursor risk { title } } } }
  }
`);
const Ping = graphql(`
  query DeliveryPing($id: ID!) { project(id: $id) { code } }
`);

type Alert = DeliveryAlertsSubscription['riskAlerts'];

const DeactivateLeaver = graphql(`
  mutation DeliveryDeactivate($input: DeactivateUserInput!) { deactivateUser(input: $input) { __typename ...ErrorFields } }
`);

const REDIS_URL = process.env.REDIS_URL;
const REDIS_SERVER = spawnSync('redis-server', ['--version']).status === 0;

/** The alert the next event carries (a result without errors). */
const nextAlert = async (live: Live<DeliveryAlertsSubscription>, ms?: number): Promise<Alert> => (await nextData(live, ms)).riskAlerts;

/** One server's fixtures and live clients, shared by the suites below. */
class Scene {
  seed!: Scenario;
  url!: string;
  private counter = 0;
  private readonly clients: Client[] = [];
  private readonly lives: Live<unknown>[] = [];

  constructor(
    readonly server: TestServer,
    readonly backend: string,
  ) {}

  get prisma(): PrismaClient {
    return this.server.runtime.db.prisma;
  }

  async start(): Promise<this> {
    this.seed = await scenario(this.server, { label: 'Risk fixture' });
    ({ url: this.url } = await this.server.app.listen(0, '127.0.0.1'));
    return this;
  }

  /** A graphql-ws client signed in as `email`, or with `token` (disposed after the test). */
  async client(email: string | null, url = this.url, token?: string): Promise<Client> {
    const client = wsClient(url, token ? { token } : email ? { token: await this.server.token(email) } : {});
    this.clients.push(client);
    return client;
  }

  /** A graphql-ws subscription to riskAlerts, live on `app` once this resolves. */
  async subscribe(email: string, filter: Record<string, unknown> = {}, app: App = this.server.app, url = this.url) {
    const before = app.alerts.subscriberCount;
    const live = wsSubscribe(await this.client(email, url), Alerts, { filter }, `${email}'s subscription`);
    this.lives.push(live);
    await waitFor(() => app.alerts.subscriberCount > before, `${email}'s subscription to start`);
    return live;
  }

  /** An SSE subscription to riskAlerts, live once this resolves. */
  async subscribeSse(email: string, filter: Record<string, unknown> = {}) {
    const before = this.server.app.alerts.subscriberCount;
    const live = sseSubscribe(this.url, Alerts, { filter }, { token: await this.server.token(email) }, `${email}'s SSE subscription`);
    this.lives.push(live);
    await waitFor(() => this.server.app.alerts.subscriberCount > before, `${email}'s SSE subscription to start`);
    return live;
  }

  /**
   * Raises one alert through the API: createRisk by the project manager with probability ×
   * impact 5 × 4 (CRITICAL) or 4 × 4 (HIGH). Returns the new risk's title.
   */
  async raise(projectGid: string, severity: 'HIGH' | 'CRITICAL' = 'CRITICAL') {
    const title = `Delivery risk ${this.backend} ${++this.counter}`;
    const result = rootField(
      await this.server.exec(PEOPLE.manager, CreateRisk, {
        input: {
          projectId: projectGid,
          title,
          category: 'TECHNICAL',
          probability: severity === 'CRITICAL' ? 5 : 4,
          impact: 4,
          ownerId: this.seed.people.gid('manager'),
        },
      }),
    );
    expectType(result, 'MutationCreateRiskSuccess');
    return title;
  }

  /** A fresh portfolio with a project whose team is `members`. */
  async project(members: Member[] = ['member']) {
    return this.projectIn(await this.seed.portfolio.create(), members);
  }

  /** A project in `portfolio` managed by pm@, whose team is `members`. */
  async projectIn(portfolio: Handle, members?: Member[]) {
    return { ...(await this.seed.projects.team(portfolio, members)), portfolio };
  }

  /** Ends every client of the test, and waits until `apps` have no subscriber left. */
  async dispose(apps: App[] = [this.server.app]): Promise<void> {
    for (const live of this.lives.splice(0)) live.close();
    await Promise.all(this.clients.splice(0).map((client) => client.dispose()));
    await waitFor(() => apps.every((app) => app.alerts.subscriberCount === 0), 'every subscription to end');
  }
}

describe.each(backends())('risk alert delivery on %s', (backend) => {
  let scene: Scene;

  beforeAll(async () => {
    scene = await new Scene(await startTestServer(backend), backend).start();
  });
  afterEach(() => scene?.dispose());
  afterAll(() => scene?.server.close());

  it('delivers the alert a mutation raised to a graphql-ws subscriber, once, with its fields resolved like a query', async () => {
    const project = await scene.project();
    const live = await scene.subscribe(PEOPLE.member);
    const title = await scene.raise(project.gid);

    const alert = await nextAlert(live);
    expect(alert).toEqual({
      id: expect.any(String),
      severity: 'CRITICAL',
      reason: `Risk "${title}" scores 20 (probability 5 × impact 4), at or above the CRITICAL threshold of 20.`,
      triggerKey: 'risk-score',
      cursor: expect.any(String),
      risk: { title, score: 20, owner: { email: PEOPLE.manager } },
      project: { code: project.code, portfolio: { name: expect.stringMatching(/^Risk fixture portfolio/) } },
    });
    // Exactly once: the next thing delivered is the next alert, not a copy of this one.
    const second = await scene.raise(project.gid);
    expect((await nextAlert(live)).risk?.title).toBe(second);
  });

  it('delivers it over SSE too', async () => {
    const project = await scene.project();
    const live = await scene.subscribeSse(PEOPLE.member);
    const title = await scene.raise(project.gid);

    const alert = await nextAlert(live);
    expect(alert).toMatchObject({ severity: 'CRITICAL', triggerKey: 'risk-score', risk: { title, score: 20 }, project: { code: project.code } });
    const second = await scene.raise(project.gid);
    expect((await nextAlert(live)).risk?.title).toBe(second);
  });

  it('reports the cost of the subscription in every event, over graphql-ws and SSE', async () => {
    const project = await scene.project();
    const ws = await scene.subscribe(PEOPLE.member);
    const sse = await scene.subscribeSse(PEOPLE.member);
    await scene.raise(project.gid);
    for (const live of [ws, sse]) {
      const event = await live.next();
      expect(event.type).toBe('next');
      const { extensions } = (event as { result: { extensions?: { cost?: { requested: number; limit: number } } } }).result;
      expect(extensions?.cost).toEqual({ requested: expect.any(Number), limit: scene.server.config.limits.maxCost });
      expect(extensions!.cost!.requested).toBeGreaterThan(0);
    }
  });

  it("delivers it to the graphql-sse client in single connection mode (PUT reservation, then the stream token)", async () => {
    const project = await scene.project();
    const client = createSseClient({
      url: `${scene.url}/graphql`,
      singleConnection: true,
      headers: { authorization: `Bearer ${await scene.server.token(PEOPLE.member)}` },
      retryAttempts: 0,
    });
    try {
      // A query and a subscription share the one stream.
      const viewer = await new Promise<unknown>((resolve, reject) => {
        client.subscribe({ query: '{ viewer { email } }' }, { next: resolve, error: reject, complete: () => {} });
      });
      expect(withoutCost(viewer)).toEqual({ data: { viewer: { email: PEOPLE.member } } });
      // A broken document answers on the stream; the stream goes on.
      const broken = await new Promise<unknown>((resolve, reject) => {
        client.subscribe({ query: 'subscription { riskAlerts {' }, { next: resolve, error: reject, complete: () => {} });
      });
      expect(broken).toMatchObject({ errors: [{ message: expect.stringMatching(/^Syntax Error/) }] });

      const before = scene.server.app.alerts.subscriberCount;
      const alerts: ExecutionResult<DeliveryAlertsSubscription>[] = [];
      const stop = client.subscribe<DeliveryAlertsSubscription>(
        { query: print(Alerts), variables: { filter: {} } },
        { next: (result) => void alerts.push(result as never), error: (error) => alerts.push({ errors: [error as never] }), complete: () => {} },
      );
      await waitFor(() => scene.server.app.alerts.subscriberCount > before, 'the single-connection subscription to start');
      const title = await scene.raise(project.gid);
      await waitFor(() => alerts.length > 0, 'the alert over the single connection');
      expect(alerts[0]).toMatchObject({ data: { riskAlerts: { risk: { title }, project: { code: project.code } } } });
      stop();
      await waitFor(() => scene.server.app.alerts.subscriberCount === before, 'the DELETE to end the subscription');
    } finally {
      client.dispose();
    }
  });

  it('reserves single-connection streams for signed-in users only', async () => {
    for (const headers of [{}, { authorization: 'Bearer not-a-token' }] as Record<string, string>[]) {
      const response = await fetch(`${scene.url}/graphql`, { method: 'PUT', headers });
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
    }
    const reserved = await fetch(`${scene.url}/graphql`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${await scene.server.token(PEOPLE.member)}` },
    });
    expect(reserved.status).toBe(201);
    expect(await reserved.text()).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('delivers nothing to a subscriber without access to the project, while its team receives it', async () => {
    const hidden = await scene.project(['member']);
    const visible = await scene.project(['dev']);
    const outsider = await scene.subscribe(PEOPLE.dev);
    const outsiderSse = await scene.subscribeSse(PEOPLE.dev);
    const teamMember = await scene.subscribe(PEOPLE.member);

    const first = await scene.raise(hidden.gid);
    expect((await nextAlert(teamMember)).risk?.title).toBe(first);
    const second = await scene.raise(visible.gid);
    // The first thing the outsider receives is the alert on its own project.
    expect((await nextAlert(outsider)).risk?.title).toBe(second);
    expect((await nextAlert(outsiderSse)).risk?.title).toBe(second);
  });

  it('applies minSeverity, projectId and portfolioId filters', async () => {
    const p1 = await scene.project();
    const p2 = await scene.project();
    // p3 shares p2's portfolio.
    const p3 = await scene.projectIn(p2.portfolio);
    const all = await scene.subscribe(PEOPLE.admin);
    const critical = await scene.subscribe(PEOPLE.admin, { minSeverity: 'CRITICAL' });
    const high = await scene.subscribe(PEOPLE.member, { minSeverity: 'HIGH' });
    const ofProject = await scene.subscribe(PEOPLE.member, { projectId: p3.gid });
    const ofPortfolio = await scene.subscribe(PEOPLE.owner, { portfolioId: p2.portfolio.gid });

    const raised = [
      await scene.raise(p1.gid, 'HIGH'),
      await scene.raise(p1.gid, 'CRITICAL'),
      await scene.raise(p2.gid, 'HIGH'),
      await scene.raise(p3.gid, 'CRITICAL'),
    ];
    // Every filtered stream ends with the last alert, so what it got before is all it got.
    const received = async (live: Live<DeliveryAlertsSubscription>, count: number) => {
      const alerts: Alert[] = [];
      for (let i = 0; i < count; i++) alerts.push(await nextAlert(live));
      return alerts.map((alert) => [alert.risk?.title, alert.severity]);
    };
    const [h1, c1, h2, c3] = raised;
    expect(await received(all, 4)).toEqual([[h1, 'HIGH'], [c1, 'CRITICAL'], [h2, 'HIGH'], [c3, 'CRITICAL']]);
    expect(await received(critical, 2)).toEqual([[c1, 'CRITICAL'], [c3, 'CRITICAL']]);
    expect(await received(high, 4)).toEqual([[h1, 'HIGH'], [c1, 'CRITICAL'], [h2, 'HIGH'], [c3, 'CRITICAL']]);
    expect(await received(ofProject, 1)).toEqual([[c3, 'CRITICAL']]);
    expect(await received(ofPortfolio, 2)).toEqual([[h2, 'HIGH'], [c3, 'CRITICAL']]);
  });

  it('refuses a subscription filtered on a project the viewer may not read', async () => {
    const hidden = await scene.project(['member']);
    const live = wsSubscribe(await scene.client(PEOPLE.dev), Alerts, { filter: { projectId: hidden.gid } });
    const event = await live.next();
    expect(event.type).toBe('next');
    const result = (event as Extract<typeof event, { type: 'next' }>).result;
    expect(result.data ?? null).toBeNull();
    expect(result.errors).toMatchObject([{ message: 'Project not found', extensions: { code: 'NOT_FOUND' } }]);
    expect((await live.next()).type).toBe('complete');
  });

  it('closes a WebSocket whose connection_init has a bad token or none (4403)', async () => {
    for (const options of [{ authorization: 'Bearer not-a-token' }, {}]) {
      const closed: number[] = [];
      const client = wsClient(scene.url, { ...options, onClosed: (code) => closed.push(code) });
      try {
        const refused = wsSubscribe(client, Alerts, {});
        const event = await refused.next();
        expect(event.type).toBe('error');
        expect((event as { error: { code?: number } }).error.code).toBe(4403);
        expect(closed).toEqual([4403]);
      } finally {
        await client.dispose();
      }
    }
  });

  it('answers a subscribe with a syntax error with an error for its id, and keeps the socket and its other subscriptions', async () => {
    const project = await scene.project();
    const client = await scene.client(PEOPLE.admin);
    const closed: number[] = [];
    client.on('closed', (event) => closed.push((event as { code: number }).code));
    const before = scene.server.app.alerts.subscriberCount;
    const live = wsSubscribe(client, Alerts, {});
    await waitFor(() => scene.server.app.alerts.subscriberCount > before, 'the subscription to start');
    const printed: unknown[] = [];
    const originalError = console.error;
    console.error = (...args: unknown[]) => printed.push(args);
    try {
      const broken = await new Promise<unknown>((resolve) => {
        client.subscribe({ query: 'subscription { riskAlerts { id ' }, { next: resolve, error: resolve, complete: () => resolve('complete') });
      });
      expect(broken).toEqual([expect.objectContaining({ message: expect.stringMatching(/^Syntax Error: Expected Name, found <EOF>/) })]);
    } finally {
      console.error = originalError;
    }
    expect(printed).toEqual([]);
    // The socket is open and the other subscription still delivers.
    const title = await scene.raise(project.gid);
    expect((await nextAlert(live)).risk?.title).toBe(title);
    expect(closed).toEqual([]);
  });

  it('applies the depth limit to subscriptions, over graphql-ws and SSE', async () => {
    const limit = `depth limit of ${scene.server.config.limits.maxDepth}`;
    const before = scene.server.app.alerts.subscriberCount;
    const ws = wsSubscribe(await scene.client(PEOPLE.admin), DeepAlerts, {});
    const event = await ws.next();
    // Validation errors end the operation with an `error` message (an array of GraphQL errors).
    expect(event.type).toBe('error');
    expect((event as { error: { message: string }[] }).error.map((error) => error.message)).toEqual([expect.stringContaining(limit)]);

    const sse = sseSubscribe(scene.url, DeepAlerts, {}, { token: await scene.server.token(PEOPLE.admin) });
    try {
      const first = await sse.next();
      expect(first).toMatchObject({ type: 'next', result: { errors: [{ message: expect.stringContaining(limit) }] } });
    } finally {
      sse.close();
    }
    expect(scene.server.app.alerts.subscriberCount).toBe(before);
  });

  it('lets a client that was disconnected fetch the alerts it missed with `after`, in order', async () => {
    const project = await scene.project();
    const client = await scene.client(PEOPLE.admin);
    const before = scene.server.app.alerts.subscriberCount;
    const live = wsSubscribe(client, Alerts, {});
    await waitFor(() => scene.server.app.alerts.subscriberCount > before, 'the subscription to start');
    const a = await scene.raise(project.gid);
    const alertA = await nextAlert(live);
    expect(alertA.risk?.title).toBe(a);
    live.close();
    await client.dispose();
    await waitFor(() => scene.server.app.alerts.subscriberCount === before, 'the subscription to end');

    const b = await scene.raise(project.gid);
    const c = await scene.raise(project.gid, 'HIGH');

    // Back online: the replay over HTTP, through a real socket.
    const response = await fetch(`${scene.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await scene.server.token(PEOPLE.admin)}` },
      body: JSON.stringify({ query: print(Replay), variables: { after: alertA.cursor } }),
    });
    const missed = rootField((await response.json()) as ExecutionResult<DeliveryReplayQuery>);
    expect(missed.edges.map((edge) => edge.node.risk?.title)).toEqual([b, c]);
  });

  it('completes a quiet subscription when its token expires, with no alert needed', async () => {
    const { config } = scene.server;
    const tokens = createTokenService({ secret: config.jwtSecret!, issuer: config.jwtIssuer, audience: config.jwtAudience, ttlSeconds: 2 });
    const before = scene.server.app.alerts.subscriberCount;
    const live = wsSubscribe(await scene.client(null, scene.url, await tokens.sign(PEOPLE.executive)), Alerts, { filter: {} }, 'a subscription on a 2-second token');
    await waitFor(() => scene.server.app.alerts.subscriberCount > before, 'the subscription to start');
    expect(await live.next(5_000)).toEqual({ type: 'complete' });
    expect(live.events).toEqual([{ type: 'complete' }]);
    await waitFor(() => scene.server.app.alerts.subscriberCount === before, 'the subscriber to be gone');
  });

  it('completes the subscription of a user deactivated meanwhile, at the next alert, without delivering it', async () => {
    const project = await scene.project();
    const email = `leaver-${backend}@pmo.local`;
    await scene.seed.people.writeDirectly({ name: 'Leaving Executive', email, role: 'EXECUTIVE' });
    const leaver = await scene.subscribe(email);
    const colleague = await scene.subscribe(PEOPLE.executive);

    const first = await scene.raise(project.gid);
    expect((await nextAlert(leaver)).risk?.title).toBe(first);
    await scene.seed.people.deactivateDirectly(email);
    const second = await scene.raise(project.gid);

    expect(await leaver.next()).toEqual({ type: 'complete' });
    expect((await nextAlert(colleague)).risk?.title).toBe(first);
    expect((await nextAlert(colleague)).risk?.title).toBe(second);
    expect(leaver.events).toHaveLength(2); // the first alert and the completion
  });
  it('ends the subscriptions of a user deactivated through deactivateUser at once, without waiting for an alert', async () => {
    const email = `leaver-now-${backend}@pmo.local`;
    const user = await scene.seed.people.writeDirectly({ name: 'Leaving Now', email, role: 'EXECUTIVE' });
    const leaver = await scene.subscribe(email);
    const colleague = await scene.subscribe(PEOPLE.executive);
    const before = scene.server.app.alerts.subscriberCount;
    const result = rootField(await scene.server.exec(PEOPLE.admin, DeactivateLeaver, { input: { id: gid('User', user.id), version: user.version } }));
    expect(result).toMatchObject({ __typename: 'MutationDeactivateUserSuccess' });
    expect(await leaver.next(5_000)).toEqual({ type: 'complete' });
    await waitFor(() => scene.server.app.alerts.subscriberCount === before - 1, 'the leaver to be gone');
    // The colleague's subscription goes on.
    const project = await scene.project();
    const title = await scene.raise(project.gid);
    expect((await nextAlert(colleague)).risk?.title).toBe(title);
  });
});

describe.skipIf(!REDIS_URL).each(backends())('risk alerts across two instances through Redis on %s', (backend) => {
  let scene: Scene;
  let appB: App;
  let urlB: string;
  let redis: Redis;
  let channel: string;

  beforeAll(async () => {
    const redisChannelPrefix = `pmo-test-${randomBytes(6).toString('hex')}`;
    channel = channelName(redisChannelPrefix, RISK_ALERTS);
    scene = await new Scene(await startTestServer(backend, { config: { redisUrl: REDIS_URL, redisChannelPrefix } }), backend).start();
    // A second instance on the same database and the same Redis channel.
    appB = createApp(scene.server.config, scene.server.runtime);
    ({ url: urlB } = await appB.listen(0, '127.0.0.1'));
    redis = new Redis(REDIS_URL!);
    // Both instances listen on the channel before any alert is raised.
    await waitFor(async () => subscribersOf(redis, channel).then((count) => count >= 2), 'both instances to subscribe in Redis', 10_000);
  });
  afterEach(() => scene?.dispose([scene.server.app, appB]));
  afterAll(async () => {
    redis?.disconnect();
    await appB?.close();
    await scene?.server.close();
  });

  it('delivers an alert raised by a mutation on instance A to a graphql-ws subscriber on instance B', async () => {
    const project = await scene.project();
    const onB = await scene.subscribe(PEOPLE.member, {}, appB, urlB);
    const onA = await scene.subscribe(PEOPLE.member);
    expect(scene.server.app.alerts.subscriberCount).toBe(1);

    const title = await scene.raise(project.gid); // sent to instance A (scene.server)
    expect(await nextAlert(onB)).toMatchObject({ severity: 'CRITICAL', risk: { title }, project: { code: project.code } });
    expect((await nextAlert(onA)).risk?.title).toBe(title);
    // Once on each instance.
    const second = await scene.raise(project.gid);
    expect((await nextAlert(onB)).risk?.title).toBe(second);
  });
});

describe.skipIf(!REDIS_SERVER)('risk alerts through a Redis outage', () => {
  let redisProcess: ChildProcess | undefined;
  let port: number;
  let scene: Scene;

  const startRedis = async () => {
    const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    redisProcess = child;
    const probe = new Redis({ port, host: '127.0.0.1', lazyConnect: true, retryStrategy: () => null, maxRetriesPerRequest: 0 });
    probe.on('error', () => {}); // refused until redis-server listens
    try {
      await waitFor(
        () => probe.connect().then(() => probe.ping().then((answer) => answer === 'PONG'), () => false),
        'redis-server to accept connections',
        10_000,
      );
    } finally {
      probe.disconnect();
    }
  };
  const stopRedis = async () => {
    const child = redisProcess;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  };

  beforeAll(async () => {
    process.once('exit', () => redisProcess?.kill('SIGKILL')); // even if the run is cut short
    port = await freePort();
    await startRedis();
    const redisChannelPrefix = `pmo-outage-${randomBytes(6).toString('hex')}`;
    const server = await startTestServer('pglite', { config: { redisUrl: `redis://127.0.0.1:${port}`, redisChannelPrefix } });
    scene = await new Scene(server, 'pglite').start();
  });
  afterEach(() => scene?.dispose());
  afterAll(async () => {
    await scene?.server.close();
    await stopRedis();
  });

  it('keeps serving while Redis is down, stores the alert, and delivers it when Redis returns', { timeout: 45_000 }, async () => {
    const project = await scene.project();
    const live = await scene.subscribe(PEOPLE.member);
    const redisUrl = `redis://127.0.0.1:${port}`;
    const probe = new Redis(redisUrl);
    try {
      const channel = channelName(scene.server.config.redisChannelPrefix, RISK_ALERTS);
      await waitFor(async () => (await subscribersOf(probe, channel)) >= 1, 'the instance to subscribe in Redis');
    } finally {
      probe.disconnect();
    }
    const before = await scene.raise(project.gid);
    expect((await nextAlert(live)).risk?.title).toBe(before);

    await stopRedis();
    const during = await scene.raise(project.gid); // succeeds without Redis
    const stored = await scene.prisma.riskAlert.findMany({ where: { risk: { title: during } }, select: { severity: true } });
    expect(stored).toEqual([{ severity: 'CRITICAL' }]);
    expect(rootField(await scene.server.exec(PEOPLE.member, Ping, { id: project.gid }))).toEqual({ code: project.code });

    await startRedis();
    // ioredis reconnects with up to 5 s between attempts; then the hub catches up from the database.
    expect((await nextAlert(live, 20_000)).risk?.title).toBe(during);
    const after = await scene.raise(project.gid);
    expect((await nextAlert(live)).risk?.title).toBe(after);
  });
});

/** How many connections subscribe to `channel` in Redis. */
async function subscribersOf(redis: Redis, channel: string): Promise<number> {
  const [, count] = (await redis.pubsub('NUMSUB', channel)) as [string, number];
  return Number(count);
}
