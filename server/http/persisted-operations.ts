// Persisted operations, in one of two modes:
//
// - Automatic persisted queries (the default, Apollo's protocol, @graphql-yoga/plugin-apq): a
//   client sends the sha256 of its document; the first time the server answers
//   PERSISTED_QUERY_NOT_FOUND, the client sends the document with its hash, the server checks the
//   hash and keeps the document. With REDIS_URL the documents are kept in Redis too, so a client
//   balanced onto another instance does not have to send them again; Redis being away only costs
//   that round trip (documents are also kept in this instance's memory).
// - Trusted documents (PMO_TRUSTED_DOCUMENTS=<manifest.json>,
//   @graphql-yoga/plugin-persisted-operations): only the documents in the manifest run, by hash;
//   any other document is refused with PERSISTED_QUERY_ONLY (a document sent as text) or
//   PERSISTED_QUERY_NOT_IN_LIST (an unknown hash). Whatever the transport (HTTP, graphql-ws, which
//   always sends the text, single-connection SSE), the text that is parsed must be one of the
//   manifest's documents: one check at parse time, which every operation passes through.
import { type APQStore, useAPQ } from '@graphql-yoga/plugin-apq';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import { createGraphQLError, createLRUCache, type Plugin } from 'graphql-yoga';
import type { GraphQLError } from 'graphql';
import { Redis } from 'ioredis';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Logger } from 'pino';

export interface PersistedOperationsOptions {
  /** Path of a trusted-documents manifest; when set, only its documents run. */
  trustedDocumentsPath: string | undefined;
  redisUrl: string | undefined;
  redisPrefix: string;
  log: Logger;
}

export interface PersistedOperations {
  plugins: Plugin[];
  close(): Promise<void>;
}

export class TrustedDocumentsError extends Error {
  override name = 'TrustedDocumentsError';
}

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** Documents kept per instance; an evicted one costs its client one more round trip. */
const APQ_MEMORY_MAX = 5_000;
/** How long a Redis command may take before a lookup counts as a miss. */
const REDIS_WAIT_MS = 250;
/** How long an automatically persisted document is kept (Redis and memory). */
const APQ_TTL_SECONDS = 7 * 24 * 3600;

export function createPersistedOperations(options: PersistedOperationsOptions): PersistedOperations {
  if (options.trustedDocumentsPath) return trustedDocuments(loadManifest(options.trustedDocumentsPath));
  const { store, close } = apqStore(options);
  return { plugins: [useAPQ({ store }) as Plugin], close };
}

function trustedDocuments(manifest: Map<string, string>): PersistedOperations {
  const texts = new Set(manifest.values());
  const message = 'Only trusted documents run on this server: send the sha256Hash of a document from its list (extensions.persistedQuery).';
  // (`http` sets the status over HTTP, where yoga removes it; WebSocket clients would see it)
  const onlyTrusted = () => createGraphQLError(message, { extensions: { code: 'PERSISTED_QUERY_ONLY', http: { status: 400 } } });
  // Every transport parses through envelop: a text outside the manifest never runs. (Over HTTP the
  // persisted-operations plugin has already put the manifest's text in place of the hash.)
  const parseOnlyTrusted: Plugin = {
    onParse({ params }) {
      const text = typeof params.source === 'string' ? params.source : params.source.body;
      if (!texts.has(text)) throw onlyTrusted();
    },
  };
  return {
    plugins: [
      usePersistedOperations({
        getPersistedOperation: (hash) => manifest.get(hash) ?? null,
        allowArbitraryOperations: false,
        customErrors: {
          persistedQueryOnly: onlyTrusted,
          notFound: {
            message: 'This document is not in the list of trusted documents.',
            extensions: { code: 'PERSISTED_QUERY_NOT_IN_LIST', http: { status: 400 } },
          },
          keyNotFound: {
            message: 'Send the sha256Hash of a trusted document (extensions.persistedQuery).',
            extensions: { code: 'PERSISTED_QUERY_ID_REQUIRED', http: { status: 400 } },
          },
        },
      }) as Plugin,
      parseOnlyTrusted,
    ],
    close: async () => {},
  };
}

/**
 * Reads a manifest of trusted documents: either `{ "<sha256>": "<document>" }` (graphql-codegen's
 * client preset, `persistedDocuments`) or Apollo's persisted query manifest
 * (`{ "format": "apollo-persisted-query-manifest", "operations": [{ "id", "body" }] }`).
 * Every hash is checked against its document, so a wrong manifest fails at start, not per request.
 */
export function loadManifest(path: string): Map<string, string> {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new TrustedDocumentsError(`PMO_TRUSTED_DOCUMENTS: cannot read ${path}: ${(error as Error).message}`);
  }
  const entries: [string, unknown][] =
    raw && typeof raw === 'object' && (raw as { format?: unknown }).format === 'apollo-persisted-query-manifest'
      ? ((raw as { operations?: { id?: unknown; body?: unknown }[] }).operations ?? []).map((operation) => [String(operation.id), operation.body])
      : Object.entries((raw ?? {}) as Record<string, unknown>);
  const manifest = new Map<string, string>();
  for (const [hash, document] of entries) {
    if (typeof document !== 'string' || sha256(document) !== hash) {
      throw new TrustedDocumentsError(`PMO_TRUSTED_DOCUMENTS: ${path}: the entry ${hash} is not a document whose sha256 is its key`);
    }
    manifest.set(hash, document);
  }
  if (manifest.size === 0) throw new TrustedDocumentsError(`PMO_TRUSTED_DOCUMENTS: ${path} lists no documents`);
  return manifest;
}

/** This instance's memory, in front of Redis when REDIS_URL is set. */
function apqStore(options: PersistedOperationsOptions): { store: APQStore; close(): Promise<void> } {
  const memory = createLRUCache<string>({ max: APQ_MEMORY_MAX, ttl: APQ_TTL_SECONDS * 1000 });
  if (!options.redisUrl) return { store: memory, close: async () => {} };
  const key = (hash: string) => `${options.redisPrefix}:apq:${hash}`;
  // Gives up quickly while Redis is away: a miss only makes the client send its document again.
  const redis = new Redis(options.redisUrl, { commandTimeout: REDIS_WAIT_MS, maxRetriesPerRequest: 1 });
  let warned = false;
  redis.on('error', (error: Error) => {
    if (!warned) options.log.warn({ err: error.message }, 'Redis unavailable for persisted queries: this instance keeps them in memory meanwhile');
    warned = true;
  });
  redis.on('ready', () => (warned = false));
  return {
    store: {
      async get(hash) {
        const local = memory.get(hash);
        if (local) return local;
        const shared = await redis.get(key(hash)).catch(() => null);
        if (shared) memory.set(hash, shared);
        return shared;
      },
      set(hash, query) {
        memory.set(hash, query);
        // Not awaited: the operation runs from memory meanwhile.
        redis.set(key(hash), query, 'EX', APQ_TTL_SECONDS).catch(() => undefined);
      },
    },
    close: async () => {
      redis.disconnect();
    },
  };
}
