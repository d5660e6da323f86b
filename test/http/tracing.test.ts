// OpenTelemetry traces as a collector receives them: a real HTTP server in the test stands in
// for the OTLP/HTTP collector at OTEL_EXPORTER_OTLP_ENDPOINT, and real operations must arrive
// there as spans named by operation, with errors marked, and never with variables. Without an
// endpoint nothing is sent.
import { parse } from 'graphql';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConfig } from '../../server/config.js';
import { backends } from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/harness.js';
import { waitFor } from '../support/live.js';
import { PEOPLE } from '../support/scenarios/index.js';

const doc = (text: string) => parse(text) as TypedDocumentNode<Record<string, unknown>, Record<string, unknown>>;
const Projects = doc(`query TracedProjects($first: Int!) { projects(first: $first) { edges { node { code } } } }`);
const Anonymous = doc(`query TracedAnonymous { projects(first: 1) { edges { node { id } } } }`);

interface OtlpSpan {
  name: string;
  traceId: string;
  status?: { code?: number };
  attributes: { key: string; value: { stringValue?: string } }[];
}
interface OtlpRequest {
  resourceSpans: { resource: { attributes: { key: string; value: { stringValue?: string } }[] }; scopeSpans: { spans: OtlpSpan[] }[] }[];
}

/** An OTLP/HTTP (JSON) collector: keeps what is posted to /v1/traces. */
async function collector() {
  const received: { path: string; contentType: string | undefined; body: OtlpRequest }[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      received.push({ path: req.url ?? '', contentType: req.headers['content-type'], body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as OtlpRequest });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    spans: () => received.flatMap((request) => request.body.resourceSpans.flatMap((resource) => resource.scopeSpans.flatMap((scope) => scope.spans))),
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

const attribute = (span: OtlpSpan, key: string) => span.attributes.find((entry) => entry.key === key)?.value.stringValue;

describe.each(backends())('OpenTelemetry traces on %s', (backend) => {
  let otlp: Awaited<ReturnType<typeof collector>>;
  let server: TestServer;

  beforeAll(async () => {
    otlp = await collector();
    const observe = { ...testConfig().observe, otlpEndpoint: otlp.url, serviceName: 'pmo-engine-test' };
    server = await startTestServer(backend, { config: { observe } });
  });
  afterAll(async () => {
    await server?.close();
    await otlp?.close();
  });

  it('exports a span per operation to the collector, named by the operation, errors marked, without variables', async () => {
    expect((await server.exec(PEOPLE.admin, Projects, { first: 2 })).errors).toBeUndefined();
    expect((await server.exec(null, Anonymous)).errors?.length).toBeGreaterThan(0);
    await server.app.flushTraces();
    await waitFor(() => otlp.spans().some((span) => span.name === 'query.TracedAnonymous'), 'the spans to reach the collector');

    expect(otlp.received[0]!.path).toBe('/v1/traces');
    expect(otlp.received[0]!.contentType).toMatch(/^application\/json/);
    const resource = otlp.received[0]!.body.resourceSpans[0]!.resource;
    expect(resource.attributes.find((entry) => entry.key === 'service.name')?.value.stringValue).toBe('pmo-engine-test');

    const ok = otlp.spans().find((span) => span.name === 'query.TracedProjects')!;
    expect(attribute(ok, 'graphql.execute.operationName')).toBe('TracedProjects');
    expect(attribute(ok, 'graphql.execute.document')).toContain('projects(first: $first)');
    expect(attribute(ok, 'graphql.execute.variables')).toBeUndefined();
    expect(ok.status?.code ?? 0).not.toBe(2);
    const failed = otlp.spans().find((span) => span.name === 'query.TracedAnonymous')!;
    expect(failed.status?.code).toBe(2); // ERROR
    expect(failed.traceId).not.toBe(ok.traceId);
  });

  it("continues the caller's trace when the request carries a traceparent header", async () => {
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    const response = await server.fetch('/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await server.token(PEOPLE.admin)}`,
        traceparent: `00-${traceId}-00f067aa0ba902b7-01`,
      },
      body: JSON.stringify({ query: 'query TracedFromCaller { viewer { email } }' }),
    });
    expect(response.status).toBe(200);
    await server.app.flushTraces();
    await waitFor(() => otlp.spans().some((span) => span.name === 'query.TracedFromCaller'), 'the span to reach the collector');
    const span = otlp.spans().find((candidate) => candidate.name === 'query.TracedFromCaller')! as OtlpSpan & { parentSpanId?: string };
    expect(span.traceId).toBe(traceId);
    expect(span.parentSpanId).toBe('00f067aa0ba902b7');
  });
});

describe('without OTEL_EXPORTER_OTLP_ENDPOINT', () => {
  it('sends nothing', async () => {
    const otlp = await collector();
    const server = await startTestServer('pglite', { seed: false });
    try {
      await server.exec(null, Anonymous);
      await server.app.flushTraces();
      expect(otlp.received).toHaveLength(0);
    } finally {
      await server.close();
      await otlp.close();
    }
  });
});
