// createServer builds the HTTP service without listening: GraphQL at /graphql, the analyst's page at /, GraphiQL at /graphiql,
// Prometheus metrics at /metrics,
// reports as files at /exports/… (CSV, Markdown, JSON, XLSX), and /healthz and /readyz.
// main.ts listens; tests listen on port 0.
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { ApolloServer, HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { Kind, print, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { randomUUID } from 'node:crypto';
import { isMigrated } from '../db/migrate.js';
import type { SupervisedState, SupervisorStatus } from '../../graph/runtime/supervisor.js';
import type { Executor } from '../db/executor.js';
import { handleExport } from '../exports/route.js';
import { createContext, type GraphQLContext } from '../graphql/context.js';
import { resolvers, typeDefs } from '../graphql/schema.js';
import { withLogContext, type Logger } from '../log.js';
import { createMetrics, type ServiceMetrics } from './metrics.js';
import { formatGraphQLError } from './graphqlErrors.js';
import { ResponseCache, type CachedResponse, type ResponseCacheOptions } from './responseCache.js';
import { parseLimits, queryCostPlugin, queryShape } from '../graphql/limits.js';
import { playgroundAsset } from './playground.js';
import { answerOptions, applyCors, type CorsOrigins } from './cors.js';
import { pageAsset } from './page.js';
import { listenOn } from './listen.js';
import { readConsistently, recordReadVersions, singleVersion } from '../db/readVersions.js';
import { DocumentStore } from './documentStore.js';
import { DEFAULT_REPORTS_PER_CLIENT, refusedExport, ReportConcurrency, reportConcurrencyPlugin, selectsReport, withReportSlot, type ReportSlot } from './reportConcurrency.js';
import { ReportStore, type ReportStoreOptions } from '../services/reports/store.js';
import { warmUp, warmUpReports } from './warmup.js';

export interface ServerDeps {
  executor: Executor;
  log: Logger;
  /** Stack traces in error responses; off unless the operator asks (GRAPHQL_STACKTRACES=1). */
  stacktraces?: boolean;
  /** Origins whose browser pages may read responses (CORS); omitted or empty: none. */
  corsOrigins?: CorsOrigins;
  /**
   * The supervisor of the local Neo4j the service started, reported in /readyz; absent for an external database.
   * While it restarts the database, the executor refuses queries at once (DATABASE_UNAVAILABLE).
   */
  supervisor?: { status(): SupervisorStatus; onStateChange?(listener: (state: SupervisedState) => void): () => void };
  /** Report response caching; omitted or versionTtlMs 0: off. */
  cache?: ResponseCacheOptions;
  /** Expensive reports one client (remote address) may run at once; omitted: 4, 0: no limit (docs/decisions/0017). */
  reportsPerClient?: number;
  /** Reports kept per data version (docs/decisions/0020); omitted: off, every request computes its reports. */
  reportStore?: Omit<ReportStoreOptions, 'log'>;
  /** Runs every lookup statement once before the service says it is ready (warmup.ts); omitted: off. */
  warmUp?: boolean;
}

export interface ConcordanceServer {
  http: Server;
  apollo: ApolloServer<GraphQLContext>;
  /** The per-client report limit, with the reports running now. */
  reports: ReportConcurrency;
  /** How full the bounded stores are: the response cache and Apollo's parsed documents (for the resilience suite). */
  stores(): { responses: { entries: number; bytes: number }; documents: { documents: number; bytes: number; maxBytes: number } };
  /** The reports kept per data version. */
  reportStore: ReportStore;
  /** Starts Apollo and listens; resolves to the base URL. */
  listen(port: number, host?: string): Promise<string>;
  close(): Promise<void>;
}

export const MAX_BODY_BYTES = 1_000_000;
/** An oversized body is read to its end (and dropped) up to this size, so the client gets the 413, not a reset. */
const MAX_DRAINED_BYTES = 16 * MAX_BODY_BYTES;

/** A request body over MAX_BODY_BYTES; `drained` says whether the rest was read, so the connection can be kept. */
class BodyTooLarge extends Error {
  constructor(readonly drained: boolean) {
    super(`request body larger than ${MAX_BODY_BYTES} bytes`);
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? NaN);
    if (declared > MAX_DRAINED_BYTES) {
      reject(new BodyTooLarge(false));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
      else if (size > MAX_DRAINED_BYTES) {
        req.pause();
        reject(new BodyTooLarge(false));
      } else chunks.length = 0;
    });
    req.on('end', () => (size > MAX_BODY_BYTES ? reject(new BodyTooLarge(true)) : resolve(Buffer.concat(chunks).toString('utf8'))));
    req.on('error', reject);
  });
}

/** The 413 for an oversized body, in GraphQL's error shape; an undrained connection is closed once it is sent. */
function sendTooLarge(res: ServerResponse, error: BodyTooLarge): void {
  const body = JSON.stringify({
    errors: [
      {
        message: `The request body is larger than ${MAX_BODY_BYTES} bytes, the most a request may carry; send a smaller query (fewer aliases, smaller variables).`,
        extensions: { code: 'PAYLOAD_TOO_LARGE' },
      },
    ],
  });
  res.writeHead(413, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...(error.drained ? {} : { connection: 'close' }) });
  res.end(body);
  if (!error.drained) res.once('finish', () => res.socket?.destroySoon());
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

/** Tries at one GraphQL answer whose reads were made at one data version; then DATABASE_UNAVAILABLE. */
const MIXED_ATTEMPTS = 3;
const MIXED_MESSAGE = 'The data changed while this request was read (an import is landing); try again shortly.';

/** A request that asks a report reads its other fields consistently too, so that all of it states its version. */
function consistentReadsPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        // After the cache lookup: an answer from the cache reads nothing.
        async executionDidStart(request) {
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const definition of request.document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
          if (request.operation && selectsReport(request.operation, fragments)) readConsistently();
        },
      };
    },
  };
}

/** How long /readyz waits for Neo4j: a probe must answer quickly, most of all when the database is away. */
const READINESS_TIMEOUT_MS = 2_000;

interface Readiness {
  ready: boolean;
  neo4j: string;
  migrations: string;
  supervisor?: SupervisorStatus;
  reports?: { state: string; version: number; done: number; total: number; computedFor: number | null };
  warmUp?: 'running' | 'done';
}

/**
 * Ready means: Neo4j answers, every migration has been applied, the statements are warm and (when the service
 * precomputes them) the base reports of the data version at start are kept. A local Neo4j being restarted is not ready.
 */
async function readiness(executor: Executor, supervisor: ServerDeps['supervisor'], store: ReportStore, warm: 'running' | 'done' | undefined): Promise<Readiness> {
  const supervised = supervisor?.status();
  const status = store.status();
  const reports = status.state === 'off' ? {} : { reports: { state: status.state, version: status.version, done: status.base.done, total: status.base.total, computedFor: status.base.version } };
  const extra = { ...(supervised === undefined ? {} : { supervisor: supervised }), ...reports, ...(warm === undefined ? {} : { warmUp: warm }) };
  const answering = status.state !== 'computing' && warm !== 'running';
  if (supervised !== undefined && supervised.state !== 'running') return { ready: false, neo4j: supervised.state, migrations: 'unknown', ...extra };
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('readiness probe timed out')), READINESS_TIMEOUT_MS);
  });
  try {
    const migrated = await Promise.race([isMigrated(executor), timeout]);
    return { ready: migrated && answering, neo4j: 'reachable', migrations: migrated ? 'applied' : 'pending', ...extra };
  } catch {
    return { ready: false, neo4j: 'unreachable', migrations: 'unknown', ...extra };
  } finally {
    clearTimeout(timer);
  }
}

/** What the cache plugin learnt about one request: its key and data version, and the cached answer if any. */
interface CacheSlot {
  key?: string;
  version?: number;
  hit?: CachedResponse;
  /** The answer carried no errors, so it may be kept. */
  complete?: boolean;
}

// Apollo hands plugins a shallow copy of the context, so the slot travels as a property of it, not as its identity.
const CACHE_SLOT = Symbol('responseCacheSlot');
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

/**
 * The response cache as an Apollo plugin: it runs once Apollo has accepted the request and resolved its operation,
 * answers a query from the cache when it can (the HTTP layer then writes the cached bytes), and marks an answer
 * without errors as one to keep.
 */
function cachePlugin(cache: ResponseCache): ApolloServerPlugin<GraphQLContext> {
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
          slot.key = ResponseCache.key(
            'graphql',
            normalised(request.document),
            request.operationName ?? '',
            canonicalJson(request.request.variables ?? {}),
            request.request.http?.headers.get('accept') ?? '',
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

/** The root fields an operation selects (fragments at the root are not followed: a label needs no more). */
function rootFields(operation: OperationDefinitionNode | undefined): string[] {
  return operation?.selectionSet.selections.flatMap((selection) => (selection.kind === Kind.FIELD ? [selection.name.value] : [])) ?? [];
}

/** Counts every GraphQL request and its latency by operation; a request refused before it resolved to one is `(invalid)`. */
function metricsPlugin(metrics: ServiceMetrics): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      let operation = '(invalid)';
      return {
        async didResolveOperation(request) {
          operation = metrics.operationLabel(request.operationName, rootFields(request.operation));
        },
        async willSendResponse(request) {
          const body = request.response.body;
          const failed = body.kind === 'single' ? (body.singleResult.errors?.length ?? 0) > 0 : false;
          metrics.graphqlRequest(operation, failed ? 'error' : 'ok', Number(process.hrtime.bigint() - started) / 1e9);
        },
      };
    },
  };
}

/** An incoming X-Request-Id is kept when it is sane (1–128 visible characters of a safe set); otherwise one is made. */
export function requestIdOf(header: string | string[] | undefined): string {
  const given = Array.isArray(header) ? header[0] : header;
  return given !== undefined && /^[A-Za-z0-9._:@/+=-]{1,128}$/.test(given) ? given : randomUUID();
}

/** A client, for the report limit: the connection's remote address (no header is trusted for it). */
const clientOf = (req: IncomingMessage): string => req.socket.remoteAddress ?? 'unknown';

export function createServer(deps: ServerDeps): ConcordanceServer {
  const cache = new ResponseCache(deps.executor, deps.cache ?? { versionTtlMs: 0, maxEntries: 0, maxBytes: 0 });
  const metrics = createMetrics(() => cache.dataVersion(), deps.executor.database);
  const stopCountingFailures = deps.executor.onFailure((failure) => metrics.databaseFailure(failure));
  const stopWatchingSupervisor = deps.supervisor?.onStateChange?.((state) => deps.executor.databaseRestarting(state === 'restarting'));
  const reports = new ReportConcurrency(deps.reportsPerClient ?? DEFAULT_REPORTS_PER_CLIENT);
  const documents = new DocumentStore();
  const reportStore = new ReportStore(deps.executor, { ...(deps.reportStore ?? { mode: 'off', maxBytes: 0, pollMs: 0 }), log: deps.log });
  const stopCountingReports = reportStore.onLookup((event) => metrics.reportLookup(event.kind, event.result));
  let warm: 'running' | 'done' | undefined = deps.warmUp === true ? 'running' : undefined;
  const apollo = new ApolloServer<GraphQLContext>({
    typeDefs: typeDefs(),
    resolvers: resolvers(),
    introspection: true,
    documentStore: documents,
    parseOptions: parseLimits,
    validationRules: [queryShape()],
    // main.ts owns shutdown: it closes HTTP, then Apollo, then the driver and the local Neo4j, in that order.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: deps.stacktraces === true,
    formatError: formatGraphQLError(deps.log, deps.stacktraces === true),
    // The cost check runs before the cache plugin looks anything up: an over-expensive request is refused either way.
    // The concurrency limit comes after the cache: an answer already cached takes no report slot.
    plugins: [metricsPlugin(metrics), queryCostPlugin(), cachePlugin(cache), reportConcurrencyPlugin(reports), consistentReadsPlugin()],
  });

  /**
   * Serves a cached report for `key`, or computes it with `compute` (within the client's report limit) and keeps it
   * under the data version it was read at when it succeeded.
   */
  async function cached(
    res: ServerResponse,
    client: string,
    key: string | null,
    compute: () => Promise<{ response: CachedResponse; cacheable: boolean }>,
    head = false,
  ): Promise<void> {
    const version = key !== null && cache.enabled ? await cache.dataVersion().catch(() => null) : null;
    let response = version !== null && key !== null ? cache.get(key, version) : undefined;
    const hit = response !== undefined;
    if (version !== null) metrics.cacheLookup('export', hit);
    let keptAt: number | null = hit ? version : null;
    if (!response) {
      const release = reports.tryAcquire(client);
      if (!release) response = refusedExport(reports);
      else {
        try {
          const { result: computed, versions } = await recordReadVersions(compute);
          response = computed.response;
          keptAt = version === null ? null : singleVersion(versions, version);
          if (keptAt !== null && key !== null && computed.cacheable) cache.set(key, keptAt, response);
          else keptAt = null;
        } finally {
          release();
        }
      }
    }
    const cacheHeaders = key !== null && cache.enabled ? { 'x-concordance-cache': hit ? 'hit' : 'miss', ...(keptAt === null ? {} : { 'x-concordance-data-version': String(keptAt) }) } : {};
    res.writeHead(response.status, { ...response.headers, 'content-length': response.body.length, ...cacheHeaders });
    res.end(head ? undefined : response.body);
  }

  async function handleGraphQL(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
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
      const context = withReportSlot(Object.assign(createContext(deps.executor, reportStore), { [CACHE_SLOT]: slot }), reportSlot);
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

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const corsOrigins = deps.corsOrigins ?? [];
    applyCors(corsOrigins, req, res);
    if (req.method === 'OPTIONS') return answerOptions(corsOrigins, req, res, url.pathname);
    if (url.pathname === '/healthz') return sendJson(res, 200, { status: 'up' });
    if (url.pathname === '/metrics' && (req.method === 'GET' || req.method === 'HEAD')) {
      const text = await metrics.text();
      res.writeHead(200, { 'content-type': metrics.contentType, 'cache-control': 'no-store', 'content-length': Buffer.byteLength(text) });
      res.end(req.method === 'HEAD' ? undefined : text);
      return;
    }
    if (url.pathname === '/readyz') {
      const state = await readiness(deps.executor, deps.supervisor, reportStore, warm);
      return sendJson(res, state.ready ? 200 : 503, state);
    }
    if (url.pathname === '/graphql') return handleGraphQL(req, res, url);
    if (url.pathname.startsWith('/exports/')) {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.setHeader('allow', 'GET, HEAD');
        return sendJson(res, 405, { error: { message: `exports are read with GET or HEAD, not ${req.method}` } });
      }
      return cached(
        res,
        clientOf(req),
        ResponseCache.key('export', url.pathname, url.search),
        async () => {
          const result = await handleExport(reportStore, url, deps.log);
          return {
            response: {
              status: result.status,
              headers: {
                'content-type': result.contentType,
                'cache-control': 'no-store',
                ...(result.headers ?? {}),
                // A workbook is no page to show: it is saved. The text formats may be shown in the browser.
                ...(result.filename === undefined ? {} : { 'content-disposition': `${result.filename.endsWith('.xlsx') ? 'attachment' : 'inline'}; filename="${result.filename}"` }),
              },
              body: typeof result.body === 'string' ? Buffer.from(result.body) : result.body,
            },
            cacheable: result.status === 200,
          };
        },
        req.method === 'HEAD',
      );
    }
    const asset = req.method === 'GET' || req.method === 'HEAD' ? (pageAsset(url.pathname) ?? playgroundAsset(url.pathname)) : null;
    if (asset) {
      res.writeHead(asset.status, {
        ...asset.headers,
        'content-type': asset.contentType,
        'content-length': Buffer.byteLength(asset.body),
        'cache-control': asset.cacheControl,
      });
      res.end(req.method === 'HEAD' ? undefined : asset.body);
      return;
    }
    sendJson(res, 404, { error: `no route for ${url.pathname}; GraphQL is served at /graphql` });
  }

  const http = createHttpServer((req, res) => {
    // Every line logged while the request is handled carries its id, and the client gets it back to quote.
    const requestId = requestIdOf(req.headers['x-request-id']);
    res.setHeader('x-request-id', requestId);
    const started = process.hrtime.bigint();
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    res.once('finish', () => {
      // The questions and exports at info; the page's assets and the probes only when debugging.
      const level = path === '/graphql' || path.startsWith('/exports/') ? 'info' : 'debug';
      const ms = Math.round(Number(process.hrtime.bigint() - started) / 1e5) / 10;
      deps.log[level](`${req.method} ${path} ${res.statusCode}`, { requestId, method: req.method, path, status: res.statusCode, ms });
    });
    withLogContext({ requestId }, () => route(req, res)).catch((error: unknown) => {
      deps.log.error(`request ${req.method} ${req.url} failed: ${error instanceof Error ? error.message : String(error)}`);
      if (!res.headersSent) sendJson(res, 500, { error: 'internal error' });
      else res.end();
    });
  });

  return {
    http,
    apollo,
    reports,
    stores: () => ({ responses: cache.size, documents: documents.size }),
    reportStore,
    async listen(port, host = '127.0.0.1') {
      await apollo.start();
      const bound = await listenOn(http, port, host);
      // The port answers (/readyz says what is still being prepared) while the statements warm and the base reports
      // are computed; requests meanwhile are answered, computing what they need.
      reportStore.start();
      if (warm === 'running') {
        const contextOf = () => createContext(deps.executor, reportStore);
        const said = (what: string) => ({ ms, errors }: { ms: number; errors: string[] }) =>
          deps.log.info(`${what} warmed in ${ms} ms${errors.length > 0 ? ` (${errors.length} errors: ${errors[0]})` : ''}`);
        void (async () => {
          try {
            said('statements')(await warmUp(apollo, contextOf));
            // The reports' GraphQL paths, once the base reports are kept: lookups then, not computations.
            await reportStore.firstPass;
            if (reportStore.mode === 'precompute') said('report answers')(await warmUpReports(apollo, contextOf));
          } catch (error) {
            deps.log.warn(`warm-up failed: ${String(error)}`);
          } finally {
            warm = 'done';
          }
        })();
      }
      return `http://${host === '0.0.0.0' ? 'localhost' : host}:${bound}`;
    },
    async close() {
      stopCountingFailures();
      stopWatchingSupervisor?.();
      stopCountingReports();
      await reportStore.stop();
      await new Promise<void>((resolve) => {
        http.close(() => resolve());
        http.closeAllConnections();
      });
      await apollo.stop();
    },
  };
}
