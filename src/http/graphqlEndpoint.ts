// The GraphQL endpoint: Apollo assembled with the schema, the query limits and the plugins (metrics, cost, response
// cache, report limit, consistent reads), and /graphql served through it. An answer is kept in the response cache
// under the one data version its reads were made at; one whose reads stated different versions is computed again.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApolloServer, HeaderMap } from '@apollo/server';
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
import { CACHE_SLOT, cachePlugin, type CacheSlot } from './responseCachePlugin.js';
import { sendJson } from './sendJson.js';

/** Tries at one GraphQL answer whose reads were made at one data version; then DATABASE_UNAVAILABLE. */
const MIXED_ATTEMPTS = 3;
const MIXED_MESSAGE = 'The data changed while this request was read (an import is landing); try again shortly.';

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

export interface GraphQLEndpoint {
  apollo: ApolloServer<GraphQLContext>;
  /** Serves one request to /graphql. */
  handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void>;
}

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
    plugins: [metricsPlugin(metrics), queryCostPlugin(), cachePlugin(cache), reportConcurrencyPlugin(reports), consistentReadsPlugin()],
  });

  async function handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    let raw = '';
    if (req.method === 'POST') {
      try {
        raw = await readBody(req);
      } catch (error) {
        if (error instanceof BodyTooLarge) return sendTooLarge(res, error);
        throw error;
      }
    }
    let body: unknown = undefined;
    if (req.method === 'POST') {
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
    // Apollo checks the request first (method, content type, CSRF prevention, parse, validation and the query
    // limits); only then does the cache plugin look the answer up, so a refused request is refused warm or cold.
    // The versions the reads are made at are recorded, so the answer is kept under the one it was read at; an answer
    // whose reads stated different versions (an import landed between a report and the lookups or reports beside
    // it) is computed again, and never sent.
    const execute = async () => {
      const slot: CacheSlot = {};
      const reportSlot: ReportSlot = { client: clientOf(req) };
      const context = withReportSlot(Object.assign(createContext(executor, reportStore), { [CACHE_SLOT]: slot }), reportSlot);
      const { result: response, versions } = await recordReadVersions(() =>
        apollo.executeHTTPGraphQLRequest({
          httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
          context: async () => context,
        }),
      ).finally(() => reportSlot.release?.());
      return { slot, response, versions };
    };
    let { slot, response, versions } = await execute();
    for (let attempt = 1; versions.size > 1 && !slot.hit; attempt++) {
      if (attempt === MIXED_ATTEMPTS) {
        return sendJson(res, 200, { errors: [{ message: MIXED_MESSAGE, extensions: { code: 'DATABASE_UNAVAILABLE' } }] });
      }
      ({ slot, response, versions } = await execute());
    }
    const cacheHeader = slot.key !== undefined ? { 'x-concordance-cache': slot.hit ? 'hit' : 'miss' } : {};
    if (slot.key !== undefined) metrics.cacheLookup('graphql', slot.hit !== undefined);
    if (slot.hit) {
      res.writeHead(slot.hit.status, { ...slot.hit.headers, 'content-length': slot.hit.body.length, ...cacheHeader, 'x-concordance-data-version': String(slot.version) });
      res.end(slot.hit.body);
      return;
    }
    let text = '';
    if (response.body.kind === 'complete') text = response.body.string;
    else for await (const chunk of response.body.asyncIterator) text += chunk;
    const status = response.status ?? 200;
    const answer: CachedResponse = { status, headers: Object.fromEntries(response.headers), body: Buffer.from(text) };
    // Only complete answers are kept: a response with errors (an outage, a timeout) never is; nor one whose reports
    // were read at different data versions.
    const keptAt = slot.version === undefined ? null : singleVersion(versions, slot.version);
    const kept = slot.key !== undefined && keptAt !== null && slot.complete === true && status === 200;
    if (kept) cache.set(slot.key as string, keptAt, answer);
    res.writeHead(answer.status, { ...answer.headers, 'content-length': answer.body.length, ...cacheHeader, ...(kept ? { 'x-concordance-data-version': String(keptAt) } : {}) });
    res.end(answer.body);
  }

  return { apollo, handle };
}
