// createServer builds the HTTP service without listening: GraphQL at /graphql, the analyst's page at /, GraphiQL at
// /graphiql, Prometheus metrics at /metrics, reports as files at /exports/… (CSV, Markdown, JSON, XLSX), and /healthz
// and /readyz; and it owns the service's lifecycle: listening, warming up, closing. main.ts listens; tests listen on port 0.
import { createServer as createHttpServer, type Server } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import type { Executor } from '../db/executor.js';
import { createContext, type GraphQLContext } from '../graphql/context.js';
import type { Logger } from '../log.js';
import { ReportStore, type ReportStoreOptions } from '../services/reports/store.js';
import type { CorsOrigins } from './cors.js';
import { AnswersAhead } from './answersAhead.js';
import { DocumentStore } from './documentStore.js';
import { createExportsEndpoint } from './exportsEndpoint.js';
import { createGraphQLEndpoint } from './graphqlEndpoint.js';
import { listenOn } from './listen.js';
import { createMetrics } from './metrics.js';
import { sendReadiness, type SupervisorView, type WarmUpState } from './probes.js';
import { DEFAULT_REPORTS_PER_CLIENT, ReportConcurrency } from './reportConcurrency.js';
import { loggedRequests } from './requestLog.js';
import { ResponseCache, type ResponseCacheOptions } from './responseCache.js';
import { createRouter } from './router.js';
import { ServedPathWarmUp } from './servedPathWarmUp.js';
import { warmUp, warmUpReports } from './warmup.js';

/** Times each warm-up request is sent: V8 compiles the served path after a thousand or two (decision 0029). */
const SERVED_PATH_ROUNDS = 2_500;

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
  supervisor?: SupervisorView;
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
  /**
   * How full the bounded stores are: the response cache (of it, the pinned answers), the POSTs known by their bytes
   * and Apollo's parsed documents.
   */
  stores(): { responses: ResponseCache['size']; knownRequests: number; documents: { documents: number; bytes: number; maxBytes: number } };
  /** The reports kept per data version. */
  reportStore: ReportStore;
  /** Starts Apollo and listens; resolves to the base URL. */
  listen(port: number, host?: string): Promise<string>;
  close(): Promise<void>;
}

export function createServer(deps: ServerDeps): ConcordanceServer {
  const cache = new ResponseCache(deps.executor, deps.cache ?? { versionTtlMs: 0, maxEntries: 0, maxBytes: 0 });
  const stopKeepingFresh = cache.keepFresh();
  const metrics = createMetrics(() => cache.dataVersion(), deps.executor.database);
  const stopCountingFailures = deps.executor.onFailure((failure) => metrics.databaseFailure(failure));
  const stopWatchingSupervisor = deps.supervisor?.onStateChange?.((state) => deps.executor.databaseRestarting(state === 'restarting'));
  const reports = new ReportConcurrency(deps.reportsPerClient ?? DEFAULT_REPORTS_PER_CLIENT);
  const documents = new DocumentStore();
  const reportStore = new ReportStore(deps.executor, { ...(deps.reportStore ?? { mode: 'off', maxBytes: 0, pollMs: 0 }), log: deps.log });
  const stopCountingReports = reportStore.onLookup((event) => metrics.reportLookup(event.kind, event.result));
  let warm: WarmUpState = deps.warmUp === true ? 'running' : undefined;
  const graphql = createGraphQLEndpoint({
    executor: deps.executor,
    log: deps.log,
    stacktraces: deps.stacktraces === true,
    cache,
    metrics,
    reports,
    documents,
    reportStore,
  });
  const apollo = graphql.apollo;
  const exports = createExportsEndpoint({ log: deps.log, cache, metrics, reports, reportStore });
  // Whenever the base reports of a data version are kept, the page's answers over them are encoded ahead.
  const ahead = new AnswersAhead({ graphql, exports, reportStore, cache, log: deps.log });
  const stopEncoding = reportStore.onBaseReports((version) => ahead.encode(version));
  const servedPath = new ServedPathWarmUp();
  const route = createRouter({
    isWarmUp: (req) => servedPath.is(req),
    corsOrigins: deps.corsOrigins ?? [],
    metrics,
    readiness: (res) => sendReadiness(res, deps.executor, deps.supervisor, reportStore, warm, ahead),
    graphql,
    exports,
  });
  const http = createHttpServer(loggedRequests(route, deps.log, (req) => servedPath.is(req)));

  return {
    http,
    apollo,
    reports,
    stores: () => ({ responses: cache.size, knownRequests: graphql.knownRequests(), documents: documents.size }),
    reportStore,
    async listen(port, host = '127.0.0.1') {
      await apollo.start();
      const bound = await listenOn(http, port, host);
      const base = `http://${host === '0.0.0.0' ? 'localhost' : host}:${bound}`;
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
            // Then the path that writes an answer encoded ahead, once there are such answers.
            await ahead.firstPass;
            const requests = ahead.warmUpRequests();
            if (requests.length > 0) {
              const result = await servedPath.run(base, requests, SERVED_PATH_ROUNDS);
              deps.log.info(
                `served path warmed with ${result.requests} requests in ${result.ms} ms (the last hundred's median: ${result.lastMedianMs.join(', ')} ms)${result.stopped === undefined ? '' : `; stopped: ${result.stopped}`}`,
              );
            }
          } catch (error) {
            deps.log.warn(`warm-up failed: ${String(error)}`);
          } finally {
            warm = 'done';
          }
        })();
      }
      return base;
    },
    async close() {
      stopCountingFailures();
      stopWatchingSupervisor?.();
      stopCountingReports();
      stopEncoding();
      stopKeepingFresh();
      await reportStore.stop();
      await ahead.stop();
      await new Promise<void>((resolve) => {
        http.close(() => resolve());
        http.closeAllConnections();
      });
      await apollo.stop();
    },
  };
}
