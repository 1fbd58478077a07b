// The response cache as an Apollo plugin: a query answered from the cache, and whether an answer may be kept. What it
// learns about a request travels in a slot on the request's context, for the GraphQL endpoint to read.
import type { ApolloServerPlugin } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import { print, type DocumentNode } from 'graphql';
import Negotiator from 'negotiator';
import type { GraphQLContext } from '../graphql/context.js';
import type { ServiceMetrics } from './metrics.js';
import { rootFields } from './metricsPlugin.js';
import { ResponseCache, type CachedResponse } from './responseCache.js';

/** What the cache plugin learnt about one request: its key and data version, and the cached answer if any. */
export interface CacheSlot {
  key?: string;
  version?: number;
  hit?: CachedResponse;
  /** The answer carried no errors, so it may be kept. */
  complete?: boolean;
  /** The operation's label in the metrics (metrics.ts operationLabel). */
  operation?: string;
}

// Apollo hands plugins a shallow copy of the context, so the slot travels as a property of it, not as its identity.
export const CACHE_SLOT = Symbol('responseCacheSlot');
const slotOf = (context: GraphQLContext): CacheSlot | undefined => (context as GraphQLContext & { [CACHE_SLOT]?: CacheSlot })[CACHE_SLOT];

/** A document printed once: the normalised query text (whitespace, comments and quoting made uniform). */
const printedDocuments = new WeakMap<DocumentNode, string>();
function normalised(document: DocumentNode): string {
  let printed = printedDocuments.get(document);
  if (printed === undefined) {
    printed = print(document);
    printedDocuments.set(document, printed);
  }
  return printed;
}

/** JSON with object keys sorted, so `{a, b}` and `{b, a}` variables make one key. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The media types Apollo answers a query in, in the order it offers them to the negotiation of Accept (Apollo's MEDIA_TYPES). */
const ANSWER_TYPES = ['application/json; charset=utf-8', 'application/graphql-response+json; charset=utf-8', 'application/json; callbackSpec=1.0; charset=utf-8'];

/**
 * What an Accept header makes of the answer: the media type Apollo will choose, so that `*\/*`, no header and
 * `application/json` share one cached answer (they get the same bytes). A header Apollo refuses keeps its own key.
 */
export function answerType(accept: string | undefined): string {
  if (accept === undefined || accept === '') return ANSWER_TYPES[0] as string;
  return new Negotiator({ headers: { accept } }).mediaType(ANSWER_TYPES) ?? `unacceptable:${accept}`;
}

/**
 * The response cache as an Apollo plugin: it runs once Apollo has accepted the request and resolved its operation,
 * answers a query from the cache when it can (the HTTP layer then writes the cached bytes), and marks an answer
 * without errors as one to keep.
 */
export function cachePlugin(cache: ResponseCache, metrics: Pick<ServiceMetrics, 'operationLabel'>): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async responseForOperation(request) {
          const slot = slotOf(request.contextValue);
          // No operation: the operation name names none; Apollo then answers that, naming it.
          if (!slot || !cache.enabled || request.operation?.operation !== 'query') return null;
          const version = await cache.dataVersion().catch(() => undefined);
          if (version === undefined) return null;
          slot.version = version;
          slot.operation = metrics.operationLabel(request.operationName, rootFields(request.operation));
          slot.key = ResponseCache.key(
            'graphql',
            normalised(request.document),
            request.operationName ?? '',
            canonicalJson(request.request.variables ?? {}),
            answerType(request.request.http?.headers.get('accept')),
          );
          slot.hit = cache.get(slot.key, version);
          // A stand-in body: the HTTP layer writes the cached bytes instead.
          return slot.hit ? { body: { kind: 'single', singleResult: { data: null } }, http: { status: slot.hit.status, headers: new HeaderMap() } } : null;
        },
        async willSendResponse(request) {
          const slot = slotOf(request.contextValue);
          if (slot && !slot.hit) slot.complete = request.response.body.kind === 'single' && request.response.body.singleResult.errors === undefined;
        },
      };
    },
  };
}
