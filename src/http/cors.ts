// Cross-origin access for browser tools, off unless the operator lists origins (CORS_ORIGINS). Never with
// credentials: the API is read-only and needs none, so a page can read answers but never act as its user.
import type { IncomingMessage, ServerResponse } from 'node:http';

/** The origins allowed to read responses from a browser: none (the default), a list, or any. */
export type CorsOrigins = readonly string[] | '*';

const ALLOWED_HEADERS = 'content-type, accept, apollo-require-preflight, x-apollo-operation-name';
const PREFLIGHT_MAX_AGE_S = 600;

function methodsFor(pathname: string): string {
  return pathname === '/graphql' ? 'GET, POST, OPTIONS' : 'GET, HEAD, OPTIONS';
}

function allows(origins: CorsOrigins, origin: string): boolean {
  return origins === '*' || origins.includes(origin);
}

/** Sets the CORS response headers a request from an allowed origin gets. */
export function applyCors(origins: CorsOrigins, req: IncomingMessage, res: ServerResponse): void {
  if (origins !== '*' && origins.length === 0) return;
  res.setHeader('vary', 'Origin');
  const origin = req.headers.origin;
  if (origin === undefined || !allows(origins, origin)) return;
  res.setHeader('access-control-allow-origin', origins === '*' ? '*' : origin);
  res.setHeader('access-control-expose-headers', 'x-concordance-cache, x-concordance-data-version, x-concordance-generated-at, x-concordance-lists, x-concordance-lists-omitted, x-request-id');
}

/** Answers an OPTIONS request: a browser preflight from an allowed origin gets 204, from another origin 403. */
export function answerOptions(origins: CorsOrigins, req: IncomingMessage, res: ServerResponse, pathname: string): void {
  const origin = req.headers.origin;
  const preflight = origin !== undefined && req.headers['access-control-request-method'] !== undefined;
  if (preflight && !allows(origins, origin)) {
    res.writeHead(403, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
    res.end(
      JSON.stringify({
        error: {
          code: 'CORS_ORIGIN_NOT_ALLOWED',
          message: `origin ${JSON.stringify(origin)} may not call this API from a browser: the service allows the origins listed in CORS_ORIGINS`,
        },
      }),
    );
    return;
  }
  const headers: Record<string, string | number> = { allow: methodsFor(pathname), 'content-length': 0 };
  if (preflight) {
    headers['access-control-allow-methods'] = methodsFor(pathname);
    headers['access-control-allow-headers'] = ALLOWED_HEADERS;
    headers['access-control-max-age'] = PREFLIGHT_MAX_AGE_S;
  }
  res.writeHead(204, headers);
  res.end();
}
