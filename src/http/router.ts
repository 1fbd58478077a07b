// Which handler answers a request, by path: CORS first, then the probes, /graphql, /exports/…, the page and
// GraphiQL's files, and a 404 naming where GraphQL is.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendAsset } from './assets.js';
import { answerOptions, applyCors, type CorsOrigins } from './cors.js';
import type { ExportsEndpoint } from './exportsEndpoint.js';
import type { GraphQLEndpoint } from './graphqlEndpoint.js';
import type { ServiceMetrics } from './metrics.js';
import { sendHealth, sendMetrics } from './probes.js';
import { sendJson } from './sendJson.js';

export interface Routes {
  corsOrigins: CorsOrigins;
  metrics: ServiceMetrics;
  /** Answers /readyz. */
  readiness(res: ServerResponse): Promise<void>;
  graphql: GraphQLEndpoint;
  exports: ExportsEndpoint;
  /** The service's own requests that warm the served path (servedPathWarmUp.ts): not counted in the metrics. */
  isWarmUp(req: IncomingMessage): boolean;
}

export type Route = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

export function createRouter({ corsOrigins, metrics, readiness, graphql, exports, isWarmUp }: Routes): Route {
  return async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    applyCors(corsOrigins, req, res);
    if (req.method === 'OPTIONS') return answerOptions(corsOrigins, req, res, url.pathname);
    if (url.pathname === '/healthz') return sendHealth(res);
    if (url.pathname === '/metrics' && (req.method === 'GET' || req.method === 'HEAD')) return sendMetrics(req, res, metrics);
    if (url.pathname === '/readyz') return readiness(res);
    if (url.pathname === '/graphql') return graphql.handle(req, res, url, { counted: !isWarmUp(req) });
    if (url.pathname.startsWith('/exports/')) return exports.handle(req, res, url, { counted: !isWarmUp(req) });
    if (sendAsset(req, res, url.pathname)) return;
    sendJson(res, 404, { error: `no route for ${url.pathname}; GraphQL is served at /graphql` });
  };
}
