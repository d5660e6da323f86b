// Live GraphQL operations over real sockets: graphql-ws subscriptions, SSE subscriptions
// (yoga's `accept: text/event-stream`), and awaiting what they deliver with a deadline instead
// of sleeping.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { type ExecutionResult, print } from 'graphql';
import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';

/** What a live operation delivers, in order: results, then at most one end (complete or error). */
export type LiveEvent<T> = { type: 'next'; result: ExecutionResult<T> } | { type: 'complete' } | { type: 'error'; error: unknown };

export interface Live<T> {
  /** The next event, or a rejection naming `what` if none arrives within `ms`. */
  next(ms?: number): Promise<LiveEvent<T>>;
  /** Everything delivered so far, taken or not. */
  readonly events: readonly LiveEvent<T>[];
  /** Unsubscribes (graphql-ws) or aborts the request (SSE). */
  close(): void;
}

/** Collects a live operation's events; `next` awaits them in order. */
class EventQueue<T> {
  readonly events: LiveEvent<T>[] = [];
  private taken = 0;
  private waiter: (() => void) | undefined;

  constructor(private readonly label: string) {}

  push(event: LiveEvent<T>): void {
    this.events.push(event);
    this.waiter?.();
  }

  async next(ms = 5_000): Promise<LiveEvent<T>> {
    if (this.taken >= this.events.length) {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => {
          this.waiter = undefined;
          reject(new Error(`${this.label}: nothing delivered within ${ms} ms`));
        }, ms);
        this.waiter = () => {
          clearTimeout(timer);
          this.waiter = undefined;
          resolve();
        };
      });
    }
    return this.events[this.taken++]!;
  }
}

/** The data of the next event, which must be a result without errors. */
export async function nextData<T>(live: Live<T>, ms?: number): Promise<T> {
  const event = await live.next(ms);
  if (event.type !== 'next' || event.result.errors?.length || !event.result.data) {
    throw new Error(`expected data, got ${JSON.stringify(event, errorReplacer)}`);
  }
  return event.result.data;
}

/** A graphql-ws client for `httpUrl` (http://host:port) that never retries. */
export function wsClient(httpUrl: string, options: { token?: string; authorization?: string; onClosed?: (code: number) => void } = {}): Client {
  const authorization = options.authorization ?? (options.token ? `Bearer ${options.token}` : undefined);
  return createClient({
    url: `${httpUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    connectionParams: authorization === undefined ? undefined : { authorization },
    on: { closed: (event) => options.onClosed?.((event as { code: number }).code) },
  });
}

/** Subscribes through a graphql-ws client. */
export function wsSubscribe<T, V>(client: Client, document: TypedDocumentNode<T, V>, variables?: V, label = 'graphql-ws subscription'): Live<T> {
  const queue = new EventQueue<T>(label);
  const unsubscribe = client.subscribe<T>(
    { query: print(document), variables: variables as Record<string, unknown> | undefined },
    {
      next: (result) => queue.push({ type: 'next', result: result as ExecutionResult<T> }),
      error: (error) => queue.push({ type: 'error', error }),
      complete: () => queue.push({ type: 'complete' }),
    },
  );
  return { next: (ms) => queue.next(ms), events: queue.events, close: unsubscribe };
}

/**
 * Subscribes over SSE: POST /graphql with `accept: text/event-stream`, then reads the
 * `event: next` / `event: complete` messages of the stream.
 */
export function sseSubscribe<T, V>(
  httpUrl: string,
  document: TypedDocumentNode<T, V>,
  variables: V | undefined,
  options: { token?: string; headers?: Record<string, string> } = {},
  label = 'SSE subscription',
): Live<T> {
  const queue = new EventQueue<T>(label);
  const abort = new AbortController();
  void (async () => {
    const response = await fetch(`${httpUrl}/graphql`, {
      method: 'POST',
      headers: {
        accept: 'text/event-stream',
        'content-type': 'application/json',
        ...(options.token && { authorization: `Bearer ${options.token}` }),
        ...options.headers,
      },
      body: JSON.stringify({ query: print(document), variables }),
      signal: abort.signal,
    });
    if (!response.body || !response.headers.get('content-type')?.startsWith('text/event-stream')) {
      throw new Error(`not an event stream: ${response.status} ${await response.text()}`);
    }
    const decoder = new TextDecoder();
    let buffer = '';
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const message = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const event = sseEvent<T>(message);
        if (event) queue.push(event);
      }
    }
  })().catch((error: unknown) => {
    if (!abort.signal.aborted) queue.push({ type: 'error', error });
  });
  return { next: (ms) => queue.next(ms), events: queue.events, close: () => abort.abort() };
}

/** One SSE message (lines up to a blank line); comments (keep-alive pings) are skipped. */
function sseEvent<T>(message: string): LiveEvent<T> | null {
  let name = 'message';
  const data: string[] = [];
  for (const line of message.split('\n')) {
    if (line.startsWith(':') || line === '') continue;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'event') name = value;
    else if (field === 'data') data.push(value);
  }
  if (name === 'complete') return { type: 'complete' };
  if (name === 'next' && data.length) return { type: 'next', result: JSON.parse(data.join('\n')) as ExecutionResult<T> };
  return null;
}

/** Resolves once `condition()` holds, checking every 10 ms; rejects after `ms`. */
export async function waitFor(condition: () => boolean | Promise<boolean>, what: string, ms = 5_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

function errorReplacer(_key: string, value: unknown) {
  return value instanceof Error ? { name: value.name, message: value.message } : value;
}
