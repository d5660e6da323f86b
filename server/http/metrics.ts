// Prometheus metrics of one server instance, served on /metrics: GraphQL operations by name and
// outcome, latency histograms (@graphql-yoga/plugin-prometheus), SQL statements per operation,
// live subscribers, and the process-wide instruments of platform/metrics.ts (alert delivery lag,
// rate-limit refusals). The same envelop plugins see HTTP, SSE and WebSocket operations.
//
// Access: open outside production; in production only with `Authorization: Bearer
// <PMO_METRICS_TOKEN>`, and not served at all (404) when no token is configured, so a deployment
// never exposes its operation names by accident.
import { createCounter, createHistogram, usePrometheus } from '@graphql-yoga/plugin-prometheus';
import { getOperationAST, type DocumentNode, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { sharedMetrics, statementTally } from '../platform/metrics.js';

export interface MetricsOptions {
  production: boolean;
  /** Bearer token /metrics requires (always in production, where no token means no /metrics). */
  token: string | undefined;
  /** Live subscribers of this instance (graphql-ws and SSE). */
  subscribers(): number;
}

export interface Metrics {
  registry: Registry;
  /** Envelop/yoga plugins that feed the registry. */
  plugins: Plugin[];
  /** Answers GET /metrics; false for any other path. */
  serve(req: IncomingMessage, res: ServerResponse): Promise<boolean>;
}

/**
 * Operation names come from clients: past this many distinct names, new ones are counted as
 * "(other)" so that a client cannot grow the metrics without bound.
 */
const MAX_OPERATION_NAMES = 200;
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const STATEMENT_BUCKETS = [0, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89];

export function createMetrics(options: MetricsOptions): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  for (const metric of sharedMetrics) registry.registerMetric(metric);

  const names = new Set<string>();
  const nameLabel = (name: string | undefined): string => {
    const value = name || 'Anonymous';
    if (names.has(value)) return value;
    if (names.size >= MAX_OPERATION_NAMES) return '(other)';
    names.add(value);
    return value;
  };
  const operationLabels = (params: { operationName?: string; operationType?: string }) => ({
    operationName: nameLabel(params.operationName),
    operationType: params.operationType ?? 'unknown',
  });

  new Gauge({
    name: 'pmo_live_subscribers',
    help: 'Live risk-alert subscribers on this instance (graphql-ws and SSE)',
    registers: [registry],
    collect() {
      this.set(options.subscribers());
    },
  });
  const outcomes = new Counter({
    name: 'pmo_graphql_operations_total',
    help: 'GraphQL operations by name, type and outcome (success, error: the result has errors, invalid: refused by parsing or validation)',
    labelNames: ['operationName', 'operationType', 'outcome'],
    registers: [registry],
  });
  const statements = new Histogram({
    name: 'pmo_graphql_operation_sql_statements',
    help: 'SQL statements sent while executing one GraphQL query or mutation',
    labelNames: ['operationName', 'operationType'],
    buckets: STATEMENT_BUCKETS,
    registers: [registry],
  });

  const prometheus = usePrometheus({
    registry,
    // Served by `serve` below, behind its access rule.
    endpoint: false,
    labels: { url: false },
    metrics: {
      graphql_envelop_request: createCounter({
        registry,
        counter: { name: 'graphql_envelop_request', help: 'GraphQL requests by operation', labelNames: ['operationName', 'operationType'] },
        fillLabelsFn: operationLabels,
      }),
      graphql_envelop_request_duration: createHistogram({
        registry,
        histogram: {
          name: 'graphql_envelop_request_duration',
          help: 'Time to execute a GraphQL operation (seconds), by operation',
          labelNames: ['operationName', 'operationType'],
          buckets: LATENCY_BUCKETS,
        },
        fillLabelsFn: operationLabels,
      }),
      graphql_envelop_error_result: createCounter({
        registry,
        counter: { name: 'graphql_envelop_error_result', help: 'GraphQL errors by operation and phase', labelNames: ['operationName', 'operationType', 'phase'] },
        fillLabelsFn: (params) => ({ ...operationLabels(params), phase: params.errorPhase }),
      }),
      graphql_yoga_http_duration: createHistogram({
        registry,
        histogram: {
          name: 'graphql_yoga_http_duration',
          help: 'Time to answer a GraphQL HTTP request (seconds), by operation and status',
          labelNames: ['operationName', 'operationType', 'method', 'statusCode'],
          buckets: LATENCY_BUCKETS,
        },
        fillLabelsFn: (params, { request, response }) => ({
          ...operationLabels(params),
          method: request.method,
          statusCode: String(response.status),
        }),
      }),
      // Off: their labels are unbounded or they repeat the ones above.
      graphql_envelop_request_time_summary: false,
      graphql_envelop_deprecated_field: false,
      graphql_envelop_schema_change: false,
      graphql_envelop_phase_parse: false,
      graphql_envelop_phase_validate: false,
      graphql_envelop_phase_context: false,
      graphql_envelop_phase_execute: false,
      graphql_envelop_phase_subscribe: false,
    },
  }) as Plugin;

  const operationOf = (document: DocumentNode, operationName: string | null | undefined) => {
    const operation = getOperationAST(document, operationName);
    return operationLabels({ operationName: operation?.name?.value ?? operationName ?? undefined, operationType: operation?.operation });
  };
  const outcomeOf = (result: unknown) => ((result as ExecutionResult).errors?.length ? 'error' : 'success');

  // HTTP operations validated but not yet counted: one whose context cannot be built (a bad
  // token) never executes, and is counted as an error when its response is sent.
  const pending = new WeakMap<Request, ReturnType<typeof operationLabels>>();
  const settle = (context: unknown) => {
    const request = (context as { request?: Request }).request;
    if (request) pending.delete(request);
  };

  const operationsPlugin: Plugin = {
    // Each execution gets its own statement tally (see platform/metrics.ts).
    instrumentation: {
      execute: (_payload, wrapped) => statementTally.run({ statements: 0 }, wrapped),
    },
    onValidate({ params, context }) {
      const labels = operationOf(params.documentAST, (context as { params?: { operationName?: string } }).params?.operationName);
      return ({ valid }) => {
        if (!valid) outcomes.inc({ ...labels, outcome: 'invalid' });
        else {
          const request = (context as { request?: Request }).request;
          if (request) pending.set(request, labels);
        }
      };
    },
    onResultProcess({ request }) {
      const labels = pending.get(request);
      if (!labels) return;
      pending.delete(request);
      outcomes.inc({ ...labels, outcome: 'error' });
    },
    onExecute({ args }) {
      settle(args.contextValue);
      const labels = operationOf(args.document, args.operationName);
      const tally = statementTally.getStore();
      return {
        onExecuteDone({ result }) {
          // A stream (@defer) ends later; its first result decides.
          outcomes.inc({ ...labels, outcome: Symbol.asyncIterator in (result as object) ? 'success' : outcomeOf(result) });
          if (tally) statements.observe(labels, tally.statements);
        },
      };
    },
    onSubscribe({ args }) {
      settle(args.contextValue);
      const labels = operationOf(args.document, args.operationName);
      return {
        onSubscribeResult({ result }) {
          outcomes.inc({ ...labels, outcome: Symbol.asyncIterator in (result as object) ? 'success' : outcomeOf(result) });
        },
        onSubscribeError() {
          outcomes.inc({ ...labels, outcome: 'error' });
        },
      };
    },
  };

  const allowed = (req: IncomingMessage): boolean => {
    if (!options.token) return !options.production;
    const given = Buffer.from(req.headers.authorization ?? '');
    const expected = Buffer.from(`Bearer ${options.token}`);
    return given.length === expected.length && timingSafeEqual(given, expected);
  };

  return {
    registry,
    plugins: [prometheus, operationsPlugin],
    async serve(req, res) {
      if (new URL(req.url ?? '/', 'http://localhost').pathname !== '/metrics') return false;
      if (!options.token && options.production) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      } else if (!allowed(req)) {
        res.writeHead(401, { 'content-type': 'text/plain; charset=utf-8', 'www-authenticate': 'Bearer realm="metrics"' }).end('Unauthorized');
      } else {
        const body = await registry.metrics();
        res.writeHead(200, { 'content-type': registry.contentType }).end(body);
      }
      return true;
    },
  };
}
