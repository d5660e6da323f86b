// /metrics as Prometheus scrapes it, over real HTTP, after real operations: a query, a failed
// query, a refused document, a graphql-ws subscription that receives an alert a mutation raised.
// Counters and histograms must move by what was done; /metrics is open in development and needs
// its bearer token in production.
import { parse } from 'graphql';
import { createServer, get, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMetrics } from '../../server/http/metrics.js';
import { backends } from '../support/databases.js';
import type { TestServer } from '../support/harness.js';
import { nextData, waitFor, wsClient, wsSubscribe } from '../support/live.js';
import { type Scenario, PEOPLE, startScenario } from '../support/scenarios/index.js';

const doc = <T = Record<string, unknown>, V = Record<string, unknown>>(text: string) => parse(text) as TypedDocumentNode<T, V>;

const Projects = doc(`query MetricsProjects { projects(first: 5) { edges { node { id code risks(first: 3) { edges { node { id } } } } } } }`);
const Broken = doc(`query MetricsBroken { projects(first: 1) { nope } }`);
const Anonymous = doc(`query MetricsAnonymous { projects(first: 1) { edges { node { id } } } }`);
const Alerts = doc<{ riskAlerts: { severity: string } }>(`subscription MetricsAlerts { riskAlerts { id severity } }`);
const CreateRisk = doc<{ createRisk: { __typename: string } }>(
  `mutation MetricsCreateRisk($input: CreateRiskInput!) { createRisk(input: $input) { __typename } }`,
);

/** The value of one sample of the Prometheus text `text` (0 when absent). */
function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
    const labelText = line.slice(name.length).match(/^\{(.*)\}/)?.[1] ?? '';
    const found = Object.fromEntries([...labelText.matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1], m[2]]));
    if (Object.entries(labels).every(([key, value]) => found[key] === value)) return Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return 0;
}

describe.each(backends())('/metrics on %s', (backend) => {
  let server: TestServer;
  let seed: Scenario;
  let url: string;
  let client: Client | undefined;

  // A fresh connection per scrape, as Prometheus' own interval would mostly get: a pooled one can
  // meet the server's keep-alive timeout mid-test (ECONNRESET) on a slow machine.
  const scrape = () =>
    new Promise<string>((resolve, reject) => {
      get(`${url}/metrics`, { agent: false }, (response) => {
        expect(response.statusCode).toBe(200);
        expect(response.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
        let text = '';
        response.setEncoding('utf8').on('data', (chunk: string) => (text += chunk)).on('end', () => resolve(text)).on('error', reject);
      }).on('error', reject);
    });

  beforeAll(async () => {
    ({ server, seed } = await startScenario(backend, { label: 'Metrics' }));
    ({ url } = await server.app.listen(0, '127.0.0.1'));
  });
  afterAll(async () => {
    await client?.dispose();
    await server?.close();
  });

  it('counts operations by name and outcome, with their latency and their SQL statements', async () => {
    const op = { operationName: 'MetricsProjects', operationType: 'query' };
    const before = await scrape();
    let total = 0;
    for (let n = 0; n < 3; n++) {
      total += await server.countStatements(async () => expect((await server.exec(PEOPLE.admin, Projects)).errors).toBeUndefined());
    }
    expect((await server.exec(PEOPLE.admin, Broken)).errors?.length).toBeGreaterThan(0);
    expect((await server.exec(null, Anonymous)).errors?.length).toBeGreaterThan(0);
    // A bad token: refused while building the context, before execution.
    const badToken = await server.fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer not-a-token' },
      body: JSON.stringify({ query: 'query MetricsBadToken { viewer { email } }' }),
    });
    expect(((await badToken.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
    const after = await scrape();
    const delta = (name: string, labels: Record<string, string>) => sample(after, name, labels) - sample(before, name, labels);

    expect(delta('pmo_graphql_operations_total', { ...op, outcome: 'success' })).toBe(3);
    expect(delta('pmo_graphql_operations_total', { operationName: 'MetricsBroken', outcome: 'invalid' })).toBe(1);
    expect(delta('pmo_graphql_operations_total', { operationName: 'MetricsAnonymous', outcome: 'error' })).toBe(1);
    expect(delta('pmo_graphql_operations_total', { operationName: 'MetricsBadToken', outcome: 'error' })).toBe(1);
    expect(delta('pmo_graphql_operations_total', { operationName: 'MetricsBadToken', outcome: 'success' })).toBe(0);
    expect(delta('graphql_envelop_request_duration_count', op)).toBe(3);
    expect(delta('graphql_envelop_request_duration_bucket', { ...op, le: '+Inf' })).toBe(3);
    expect(delta('graphql_yoga_http_duration_count', { ...op, method: 'POST', statusCode: '200' })).toBe(3);
    expect(delta('graphql_envelop_error_result', { operationName: 'MetricsAnonymous', phase: 'execute' })).toBe(1);

    // The statements of the executions themselves: all of the requests' but resolving the viewer.
    expect(delta('pmo_graphql_operation_sql_statements_count', op)).toBe(3);
    const executed = delta('pmo_graphql_operation_sql_statements_sum', op);
    expect(executed).toBeGreaterThan(0);
    expect(executed).toBeLessThan(total);
    expect(executed % 3).toBe(0); // the same query three times: the same statements
  });

  it('shows live subscribers and how long an alert took to reach them', async () => {
    const before = await scrape();
    expect(sample(before, 'pmo_live_subscribers')).toBe(0);
    const project = await seed.projects.team(await seed.portfolio.create(), ['member']);
    client = wsClient(url, { token: await server.token(PEOPLE.admin) });
    const live = wsSubscribe(client, Alerts);
    await waitFor(() => server.app.alerts.subscriberCount === 1, 'the subscription to start');
    expect(sample(await scrape(), 'pmo_live_subscribers')).toBe(1);

    const raised = await server.exec(PEOPLE.manager, CreateRisk, {
      input: { projectId: project.gid, title: 'Metrics risk', category: 'TECHNICAL', probability: 5, impact: 4, ownerId: seed.people.gid('manager') },
    });
    expect(raised.data?.createRisk.__typename).toBe('MutationCreateRiskSuccess');
    expect((await nextData(live)).riskAlerts.severity).toBe('CRITICAL');

    const after = await scrape();
    expect(sample(after, 'pmo_alert_delivery_lag_seconds_count') - sample(before, 'pmo_alert_delivery_lag_seconds_count')).toBe(1);
    const lag = sample(after, 'pmo_alert_delivery_lag_seconds_sum') - sample(before, 'pmo_alert_delivery_lag_seconds_sum');
    expect(lag).toBeGreaterThan(0);
    expect(lag).toBeLessThan(5);
    expect(sample(after, 'pmo_graphql_operations_total', { operationName: 'MetricsAlerts', operationType: 'subscription', outcome: 'success' })).toBe(1);

    live.close();
    await waitFor(() => server.app.alerts.subscriberCount === 0, 'the subscription to end');
    expect(sample(await scrape(), 'pmo_live_subscribers')).toBe(0);
  });

  it('counts the requests the cost limit refuses', async () => {
    const before = sample(await scrape(), 'pmo_rate_limit_refusals_total', { limit: 'cost' });
    // Five pages of 100 projects with their facts: 5 × (2 + 100 × 101) = 50,510 points.
    const tooCostly = `{ ${Array.from({ length: 5 }, (_, i) => `p${i}: projects(first: 100) { edges { node { facts } } }`).join(' ')} }`;
    for (let n = 0; n < 2; n++) {
      const headers = { 'content-type': 'application/json', accept: 'application/graphql-response+json' };
      const response = await server.fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query: tooCostly }) });
      expect(response.status).toBe(400);
    }
    expect(sample(await scrape(), 'pmo_rate_limit_refusals_total', { limit: 'cost' }) - before).toBe(2);
  });

  it('does not let clients grow the label set without bound', async () => {
    for (let n = 0; n < 210; n++) await server.fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `query Flood${n} { __typename }` }),
    });
    const text = await scrape();
    expect(sample(text, 'pmo_graphql_operations_total', { operationName: 'Flood0', outcome: 'success' })).toBe(1);
    expect(sample(text, 'pmo_graphql_operations_total', { operationName: '(other)', outcome: 'success' })).toBeGreaterThan(0);
    expect(text).not.toContain('Flood209');
  });
});

describe('/metrics access', () => {
  const servers: Server[] = [];
  afterAll(() => Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve)))));

  async function serve(options: { production: boolean; token?: string }) {
    const metrics = createMetrics({ ...options, token: options.token, subscribers: () => 0 });
    const server = createServer((req, res) => void metrics.serve(req, res).then((served) => served || res.writeHead(418).end()));
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}/metrics`;
  }

  it('is open in development', async () => {
    expect((await fetch(await serve({ production: false }))).status).toBe(200);
  });

  it('needs the bearer token in production, and is not served there without one', async () => {
    const token = 'metrics-token-0123456789';
    const guarded = await serve({ production: true, token });
    expect((await fetch(guarded)).status).toBe(401);
    expect((await fetch(guarded, { headers: { authorization: 'Bearer wrong-token-0123456789' } })).status).toBe(401);
    const allowed = await fetch(guarded, { headers: { authorization: `Bearer ${token}` } });
    expect(allowed.status).toBe(200);
    expect(await allowed.text()).toContain('pmo_live_subscribers 0');
    expect((await fetch(await serve({ production: true }))).status).toBe(404);
  });
});
