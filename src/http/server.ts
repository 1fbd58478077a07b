// createServer builds the HTTP service without listening: GraphQL at /graphql, the analyst's page at /, GraphiQL at /graphiql,
// gap lists at /exports/…, and /healthz and /readyz.
// main.ts listens; tests listen on port 0.
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { isMigrated } from '../../graph/migrate.js';
import type { Executor } from '../db/executor.js';
import { handleExport } from '../exports/route.js';
import { createContext, type GraphQLContext } from '../graphql/context.js';
import { resolvers, typeDefs } from '../graphql/schema.js';
import type { Logger } from '../log.js';
import { formatGraphQLError } from './graphqlErrors.js';
import { ResponseCache, type CachedResponse, type ResponseCacheOptions } from './responseCache.js';
import { queryLimits } from '../graphql/limits.js';
import { playgroundAsset } from './playground.js';
import { pageAsset } from './page.js';

export interface ServerDeps {
  executor: Executor;
  log: Logger;
  production: boolean;
  /** Report response caching; omitted or versionTtlMs 0: off. */
  cache?: ResponseCacheOptions;
}

export interface ConcordanceServer {
  http: Server;
  apollo: ApolloServer<GraphQLContext>;
  /** Starts Apollo and listens; resolves to the base URL. */
  listen(port: number, host?: string): Promise<string>;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 1_000_000;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error(`request body larger than ${MAX_BODY_BYTES} bytes`));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

/** Ready means: Neo4j answers and every migration has been applied. */
async function readiness(executor: Executor): Promise<{ ready: boolean; neo4j: string; migrations: string }> {
  try {
    const migrated = await isMigrated(executor);
    return { ready: migrated, neo4j: 'reachable', migrations: migrated ? 'applied' : 'pending' };
  } catch {
    return { ready: false, neo4j: 'unreachable', migrations: 'unknown' };
  }
}

export function createServer(deps: ServerDeps): ConcordanceServer {
  const apollo = new ApolloServer<GraphQLContext>({
    typeDefs: typeDefs(),
    resolvers: resolvers(),
    introspection: true,
    validationRules: [queryLimits()],
    // main.ts owns shutdown: it closes HTTP, then Apollo, then the driver and the local Neo4j, in that order.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: !deps.production,
    formatError: formatGraphQLError(deps.log, deps.production),
  });

  const cache = new ResponseCache(deps.executor, deps.cache ?? { versionTtlMs: 0, maxEntries: 0, maxBytes: 0 });

  /** Serves a cached report for `key`, or computes it with `compute` and keeps it when it succeeded. */
  async function cached(
    res: ServerResponse,
    key: string | null,
    compute: () => Promise<{ response: CachedResponse; cacheable: boolean }>,
    head = false,
  ): Promise<void> {
    const version = key !== null && cache.enabled ? await cache.dataVersion().catch(() => null) : null;
    let response = version !== null && key !== null ? cache.get(key, version) : undefined;
    const hit = response !== undefined;
    if (!response) {
      const computed = await compute();
      response = computed.response;
      if (version !== null && key !== null && computed.cacheable) cache.set(key, version, response);
    }
    res.writeHead(response.status, { ...response.headers, 'content-length': response.body.length, ...(key !== null && cache.enabled ? { 'x-concordance-cache': hit ? 'hit' : 'miss' } : {}) });
    res.end(head ? undefined : response.body);
  }

  async function handleGraphQL(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const raw = req.method === 'POST' ? await readBody(req) : '';
    // The raw body is the key, so a repeated request is answered without even parsing it again.
    const key = req.method === 'POST' && cache.enabled ? `graphql ${raw}` : null;
    await cached(res, key, async () => {
      let body: unknown = undefined;
      if (req.method === 'POST') {
        try {
          body = raw.length > 0 ? JSON.parse(raw) : {};
        } catch {
          const error = { errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }] };
          return { response: { status: 400, headers: { 'content-type': 'application/json; charset=utf-8' }, body: Buffer.from(JSON.stringify(error)) }, cacheable: false };
        }
      }
      const headers = new HeaderMap();
      for (const [name, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
      }
      const response = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
        context: async () => createContext(deps.executor),
      });
      let text = '';
      if (response.body.kind === 'complete') text = response.body.string;
      else for await (const chunk of response.body.asyncIterator) text += chunk;
      const status = response.status ?? 200;
      const query = (body as { query?: unknown } | undefined)?.query;
      return {
        response: { status, headers: Object.fromEntries(response.headers), body: Buffer.from(text) },
        // Only complete answers to read-only queries are kept: a response with errors (an outage, a timeout) never is.
        cacheable: status === 200 && typeof query === 'string' && cache.isQuery(query) && !text.includes('"errors":['),
      };
    });
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/healthz') return sendJson(res, 200, { status: 'up' });
    if (url.pathname === '/readyz') {
      const state = await readiness(deps.executor);
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
        `export ${url.pathname}${url.search}`,
        async () => {
          const result = await handleExport(deps.executor, url, deps.log);
          return {
            response: {
              status: result.status,
              headers: {
                'content-type': result.contentType,
                'cache-control': 'no-store',
                ...(result.filename === undefined ? {} : { 'content-disposition': `inline; filename="${result.filename}"` }),
              },
              body: Buffer.from(result.body),
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
    route(req, res).catch((error: unknown) => {
      deps.log.error(`request ${req.method} ${req.url} failed: ${error instanceof Error ? error.message : String(error)}`);
      if (!res.headersSent) sendJson(res, 500, { error: 'internal error' });
      else res.end();
    });
  });

  return {
    http,
    apollo,
    async listen(port, host = '127.0.0.1') {
      await apollo.start();
      await new Promise<void>((resolve, reject) => {
        http.once('error', reject);
        http.listen(port, host, () => {
          http.off('error', reject);
          resolve();
        });
      });
      const address = http.address() as AddressInfo;
      return `http://${host === '0.0.0.0' ? 'localhost' : host}:${address.port}`;
    },
    async close() {
      await new Promise<void>((resolve) => {
        http.close(() => resolve());
        http.closeAllConnections();
      });
      await apollo.stop();
    },
  };
}
