// OpenTelemetry traces of GraphQL operations (@envelop/opentelemetry), exported over OTLP/HTTP
// (JSON) to OTEL_EXPORTER_OTLP_ENDPOINT (`<endpoint>/v1/traces`, as the OTel specification says)
// when it is set; nothing is loaded or sent otherwise.
//
// A request that carries a W3C `traceparent` header (from a client or a proxy that traces)
// continues that trace: the operation's span becomes a child of the caller's.
//
// The provider belongs to this app instance and is not registered globally, so tests can run
// several instances in one process. Spans carry the operation name, type and document; never the
// variables or the result, which can hold personal data and money.
import { setCurrentOtelContext, useOpenTelemetry } from '@envelop/opentelemetry';
import { ROOT_CONTEXT, type TextMapGetter } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { Resource } from '@opentelemetry/resources';
import { BasicTracerProvider, BatchSpanProcessor } from '@opentelemetry/sdk-trace-base';
import type { Plugin } from 'graphql-yoga';

export interface TracingOptions {
  /** OTLP/HTTP base URL (e.g. http://collector:4318); undefined: no tracing. */
  endpoint: string | undefined;
  serviceName: string;
}

export interface Tracing {
  plugins: Plugin[];
  /** Sends the spans still buffered. */
  flush(): Promise<void>;
  /** Flushes, then stops exporting. */
  close(): Promise<void>;
}

export function createTracing(options: TracingOptions): Tracing {
  if (!options.endpoint) return { plugins: [], flush: async () => {}, close: async () => {} };
  const exporter = new OTLPTraceExporter({ url: `${options.endpoint.replace(/\/+$/, '')}/v1/traces` });
  const provider = new BasicTracerProvider({
    resource: new Resource({ 'service.name': options.serviceName }),
    spanProcessors: [new BatchSpanProcessor(exporter)],
  });
  const plugin = useOpenTelemetry(
    { document: true, variables: false, result: false, resolvers: false },
    provider,
    undefined,
    undefined,
    options.serviceName,
  ) as unknown as Plugin;
  return {
    // The caller's trace is attached before the OpenTelemetry plugin opens the operation's span.
    plugins: [continueCallerTrace(), plugin],
    flush: () => provider.forceFlush(),
    close: () => provider.shutdown(),
  };
}

const headerGetter: TextMapGetter<Headers> = {
  get: (headers, key) => headers.get(key) ?? undefined,
  keys: (headers) => [...headers.keys()],
};

/** Makes a `traceparent` header of an HTTP request the parent of its operation's span. */
function continueCallerTrace(): Plugin {
  const propagator = new W3CTraceContextPropagator();
  const attach = (context: unknown) => {
    const headers = (context as { request?: Request }).request?.headers;
    if (headers?.has('traceparent')) setCurrentOtelContext(context, propagator.extract(ROOT_CONTEXT, headers, headerGetter));
  };
  return {
    onExecute: ({ args }) => attach(args.contextValue),
    onSubscribe: ({ args }) => attach(args.contextValue),
  };
}
