// The GraphQL endpoint: Apollo assembled with the schema, the query limits and the plugins (metrics, cost, response
// cache, report limit, consistent reads), and /graphql served through it. An answer is kept in the response cache
// under the one data version its reads were made at; one whose reads stated different versions is computed again.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { Executor } from '../db/executor.js';
import { recordReadVersions, singleVersion } from '../db/readVersions.js';
import { createContext, type GraphQLContext } from '../graphql/context.js';
import { parseLimits, queryCostPlugin, queryShape } from '../graphql/limits.js';
import { resolvers, typeDefs } from '../graphql/schema.js';
import type { Logger } from '../log.js';
import type { ReportStore } from '../services/reports/store.js';
import { consistentReadsPlugin } from './consistentReadsPlugin.js';
import type { DocumentStore } from './documentStore.js';
import { formatGraphQLError } from './graphqlErrors.js';
import type { ServiceMetrics } from './metrics.js';
import { metricsPlugin } from './metricsPlugin.js';
import { reportConcurrencyPlugin, withReportSlot, type ReportConcurrency, type ReportSlot } from './reportConcurrency.js';
import { BodyTooLarge, readBody, sendTooLarge } from './requestBody.js';
import { clientOf } from './requestIds.js';
import type { CachedResponse, ResponseCache } from './responseCache.js';
import { KnownRequests } from './knownRequests.js';
import { answerType, CACHE_SLOT, cachePlugin, type CacheSlot } from './responseCachePlugin.js';
import { sendJson } from './sendJson.js';

/** Tries at one GraphQL answer whose reads were made at one data version; then DATABASE_UNAVAILABLE. */
const MIXED_ATTEMPTS = 3;
const MIXED_MESSAGE = 'The data changed while this request was read (an import is landing); try again shortly.';
/** POSTs remembered by their bytes (knownRequests.ts): the page's answers ahead and clients' repeated requests. */
const KNOWN_REQUESTS = 10_000;

export interface GraphQLEndpointDeps {
  executor: Executor;
  log: Logger;
  /** Stack traces in error responses. */
  stacktraces: boolean;
  cache: ResponseCache;
  metrics: ServiceMetrics;
  reports: ReportConcurrency;
  documents: DocumentStore;
  reportStore: ReportStore;
}

/** One GraphQL request as the endpoint reads it: from HTTP, or made by the service itself (answersAhead.ts). */
export interface GraphQLRequest {
  method: string;
  headers: HeaderMap;
  search: string;
  body: unknown;
  /** The body's bytes as they arrived (a POST), by which a request already answered is known again. */
  raw?: string;
  /** Whose report limit it counts against. */
  client: string;
}

/** An answer ready to write, and what the response cache did with it. */
export interface GraphQLAnswer {
  response: CachedResponse;
  /** hit or miss when the cache was asked; absent when it was not (a mutation, the cache off, a refused request). */
  cache?: 'hit' | 'miss';
  /** The data version it was kept at (or found under); null when it was not kept. */
  keptAt: number | null;
  /** Kept as a pinned answer (asked with `pin`). */
  pinned: boolean;
  /** A whole answer, without errors and read at one data version: one that may be kept. */
  complete: boolean;
}

export interface GraphQLEndpoint {
  apollo: ApolloServer<GraphQLContext>;
  /** Answers one request, keeping the answer in the response cache when it may (pinned when `pin`). */
  answer(request: GraphQLRequest, options?: { pin?: boolean }): Promise<GraphQLAnswer>;
  /** Serves one request to /graphql; `counted` false: the service's own warm-up, left out of the metrics. */
  handle(req: IncomingMessage, res: ServerResponse, url: URL, options?: { counted?: boolean }): Promise<void>;
  /** How many POSTs are known by their bytes. */
  knownRequests(): number;
}

const MIXED_ANSWER: CachedResponse = {
  status: 200,
  headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
  body: Buffer.from(JSON.stringify({ errors: [{ message: MIXED_MESSAGE, extensions: { code: 'DATABASE_UNAVAILABLE' } }] })),
};

export function createGraphQLEndpoint({ executor, log, stacktraces, cache, metrics, reports, documents, reportStore }: GraphQLEndpointDeps): GraphQLEndpoint {
  const apollo = new ApolloServer<GraphQLContext>({
    typeDefs: typeDefs(),
    resolvers: resolvers(),
    introspection: true,
    documentStore: documents,
    parseOptions: parseLimits,
    validationRules: [queryShape()],
    // main.ts owns shutdown: it closes HTTP, then Apollo, then the driver and the local Neo4j, in that order.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: stacktraces,
    formatError: formatGraphQLError(log, stacktraces),
    // The cost check runs before the cache plugin looks anything up: an over-expensive request is refused either way.
    // The concurrency limit comes after the cache: an answer already cached takes no report slot.
    // Apollo's cache-control plugin, on by default, computed a cache policy per resolved field (a hook around every
    // field) only to say `no-store`, as no field has a hint: the answer says it itself (below).
    plugins: [
      metricsPlugin(metrics),
      queryCostPlugin(),
      cachePlugin(cache, metrics),
      reportConcurrencyPlugin(reports),
      consistentReadsPlugin(),
      ApolloServerPluginCacheControlDisabled(),
    ],
  });
  const known = new KnownRequests(KNOWN_REQUESTS);

  /**
   * A cached answer of a POST known by its bytes, found without Apollo's pipeline; undefined when there is none.
   * `counted`: false for the service's own requests that warm this path (servedPathWarmUp.ts), which are no client's.
   */
  async function knownAnswer(knownKey: string, pin: boolean, counted = true): Promise<GraphQLAnswer | undefined> {
    const started = process.hrtime.bigint();
    const request = known.get(knownKey);
    if (!request) return undefined;
    const version = await cache.dataVersion().catch(() => undefined);
    const hit = version === undefined ? undefined : cache.get(request.key, version);
    // Not kept (evicted, or of an older version): Apollo answers it, and it is known again once kept.
    if (!hit || version === undefined) return undefined;
    if (counted) {
      metrics.cacheLookup('graphql', true);
      metrics.graphqlRequest(request.operation, 'ok', Number(process.hrtime.bigint() - started) / 1e9);
    }
    return { response: hit, cache: 'hit', keptAt: version, pinned: pin && cache.pin(request.key), complete: true };
  }

  /** The key of a POST that may be known by its bytes, from the headers as they arrived; null when it may not. */
  function knownKeyOf(contentType: string | undefined, accept: string | undefined, raw: string): string | null {
    return cache.enabled ? KnownRequests.key({ contentType, answerType: answerType(accept) }, raw) : null;
  }

  // Apollo checks the request first (method, content type, CSRF prevention, parse, validation and the query limits);
  // only then does the cache plugin look the answer up, so a refused request is refused warm or cold. The versions the
  // reads are made at are recorded, so the answer is kept under the one it was read at; an answer whose reads stated
  // different versions (an import landed between a report and the lookups or reports beside it) is computed again,
  // and never sent.
  async function answer(request: GraphQLRequest, { pin = false, tried }: { pin?: boolean; tried?: string | null } = {}): Promise<GraphQLAnswer> {
    // `tried`: the known key handle() has already looked up (and missed).
    const knownKey = tried !== undefined ? tried : request.method === 'POST' && request.raw !== undefined ? knownKeyOf(request.headers.get('content-type'), request.headers.get('accept'), request.raw) : null;
    const fast = knownKey === null || tried !== undefined ? undefined : await knownAnswer(knownKey, pin);
    if (fast) return fast;
    const execute = async () => {
      const slot: CacheSlot = {};
      const reportSlot: ReportSlot = { client: request.client };
      const context = withReportSlot(Object.assign(createContext(executor, reportStore), { [CACHE_SLOT]: slot }), reportSlot);
      const { result: response, versions } = await recordReadVersions(() =>
        apollo.executeHTTPGraphQLRequest({
          httpGraphQLRequest: { method: request.method, headers: request.headers, search: request.search, body: request.body },
          context: async () => context,
        }),
      ).finally(() => reportSlot.release?.());
      return { slot, response, versions };
    };
    let { slot, response, versions } = await execute();
    for (let attempt = 1; versions.size > 1 && !slot.hit; attempt++) {
      if (attempt === MIXED_ATTEMPTS) return { response: MIXED_ANSWER, keptAt: null, pinned: false, complete: false };
      ({ slot, response, versions } = await execute());
    }
    if (slot.key !== undefined) metrics.cacheLookup('graphql', slot.hit !== undefined);
    const remember = () => {
      if (knownKey !== null && slot.key !== undefined && slot.operation !== undefined) known.set(knownKey, { key: slot.key, operation: slot.operation });
    };
    if (slot.hit) {
      remember();
      return { response: slot.hit, cache: 'hit', keptAt: slot.version ?? null, pinned: pin && cache.pin(slot.key as string), complete: true };
    }
    let text = '';
    if (response.body.kind === 'complete') text = response.body.string;
    else for await (const chunk of response.body.asyncIterator) text += chunk;
    const status = response.status ?? 200;
    // No HTTP cache keeps an answer: the service's own cache knows the data version, a shared cache would not.
    const fresh: CachedResponse = { status, headers: { ...Object.fromEntries(response.headers), 'cache-control': 'no-store' }, body: Buffer.from(text) };
    // Only complete answers are kept: a response with errors (an outage, a timeout) never is; nor one whose reports
    // were read at different data versions.
    const keptAt = slot.version === undefined ? null : singleVersion(versions, slot.version);
    const complete = keptAt !== null && slot.complete === true && status === 200;
    const kept = slot.key !== undefined && complete;
    const pinned = kept ? cache.set(slot.key as string, keptAt, fresh, { pinned: pin }) : false;
    if (kept) remember();
    return { response: fresh, ...(slot.key !== undefined ? { cache: 'miss' as const } : {}), keptAt: kept ? keptAt : null, pinned, complete };
  }

  function send(res: ServerResponse, { response, cache: looked, keptAt }: GraphQLAnswer): void {
    res.writeHead(response.status, {
      ...response.headers,
      'content-length': response.body.length,
      ...(looked === undefined ? {} : { 'x-concordance-cache': looked }),
      ...(keptAt === null ? {} : { 'x-concordance-data-version': String(keptAt) }),
    });
    res.end(response.body);
  }

  async function handle(req: IncomingMessage, res: ServerResponse, url: URL, { counted = true }: { counted?: boolean } = {}): Promise<void> {
    let body: unknown = undefined;
    let raw: string | undefined;
    let tried: string | null | undefined;
    if (req.method === 'POST') {
      try {
        raw = await readBody(req);
      } catch (error) {
        if (error instanceof BodyTooLarge) return sendTooLarge(res, error);
        throw error;
      }
      // Bytes already accepted and answered: written from the cache before the body is parsed or the headers copied.
      tried = knownKeyOf(req.headers['content-type'], req.headers.accept, raw);
      const fast = tried === null ? undefined : await knownAnswer(tried, false, counted);
      if (fast) return send(res, fast);
      try {
        body = raw.length > 0 ? JSON.parse(raw) : {};
      } catch {
        return sendJson(res, 400, { errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }] });
      }
    }
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    send(res, await answer({ method: req.method ?? 'GET', headers, search: url.search, body, ...(raw === undefined ? {} : { raw }), client: clientOf(req) }, { tried }));
  }

  return { apollo, answer, handle, knownRequests: () => known.size };
}
