// Every request handled with its id: the client gets it back to quote, every line logged meanwhile carries it, and
// one line says how the request ended; a handler that throws gets a 500.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { withLogContext, type Logger } from '../log.js';
import { requestIdOf } from './requestIds.js';
import type { Route } from './router.js';
import { sendJson } from './sendJson.js';

/** `quiet`: requests logged at debug whatever their path (the service's own warm-up). */
export function loggedRequests(route: Route, log: Logger, quiet: (req: IncomingMessage) => boolean = () => false): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    const requestId = requestIdOf(req.headers['x-request-id']);
    res.setHeader('x-request-id', requestId);
    const started = process.hrtime.bigint();
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    res.once('finish', () => {
      // The questions and exports at info; the page's assets and the probes only when debugging.
      const level = (path === '/graphql' || path.startsWith('/exports/')) && !quiet(req) ? 'info' : 'debug';
      const ms = Math.round(Number(process.hrtime.bigint() - started) / 1e5) / 10;
      log[level](`${req.method} ${path} ${res.statusCode}`, { requestId, method: req.method, path, status: res.statusCode, ms });
    });
    withLogContext({ requestId }, () => route(req, res)).catch((error: unknown) => {
      log.error(`request ${req.method} ${req.url} failed: ${error instanceof Error ? error.message : String(error)}`);
      if (!res.headersSent) sendJson(res, 500, { error: 'internal error' });
      else res.end();
    });
  };
}
