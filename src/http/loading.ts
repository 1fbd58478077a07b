// While the first start loads the seed data, the port answers already: the analyst's page and GraphiQL are
// served, /readyz says what is being loaded (503), and /graphql and /exports answer 503 DATABASE_UNAVAILABLE.
// main.ts closes it and starts the real service on the same port when the import is done.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { pageAsset } from './page.js';
import { playgroundAsset } from './playground.js';
import { listenOn } from './listen.js';

export interface LoadingServer {
  /** The base URL it listens on. */
  url: string;
  /** The latest progress line, shown on the page. */
  progress(line: string): void;
  close(): Promise<void>;
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

export async function serveWhileLoading(port: number, host = '127.0.0.1'): Promise<LoadingServer> {
  let latest = 'starting the import';
  const message = () => `The service is loading the control lists for the first time (a minute or two): ${latest}.`;
  const http = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/healthz') return json(res, 200, { status: 'up' });
    if (url.pathname === '/readyz') return json(res, 503, { ready: false, neo4j: 'reachable', migrations: 'applied', loading: { message: message() } });
    if (url.pathname === '/graphql' || url.pathname.startsWith('/exports/')) {
      res.setHeader('retry-after', '10');
      if (url.pathname === '/graphql') return json(res, 503, { errors: [{ message: message(), extensions: { code: 'DATABASE_UNAVAILABLE' } }] });
      return json(res, 503, { error: { code: 'DATABASE_UNAVAILABLE', message: message() } });
    }
    const asset = req.method === 'GET' || req.method === 'HEAD' ? (pageAsset(url.pathname) ?? playgroundAsset(url.pathname)) : null;
    if (!asset) return json(res, 404, { error: `no route for ${url.pathname}` });
    res.writeHead(asset.status, { ...asset.headers, 'content-type': asset.contentType, 'content-length': Buffer.byteLength(asset.body), 'cache-control': asset.cacheControl });
    res.end(req.method === 'HEAD' ? undefined : asset.body);
  });
  const bound = await listenOn(http, port, host);
  return {
    url: `http://${host}:${bound}`,
    progress(line) {
      latest = line.trim();
    },
    close: () =>
      new Promise<void>((resolve) => {
        http.close(() => resolve());
        http.closeAllConnections();
      }),
  };
}
