// Who asked: a request's id (kept from X-Request-Id when sane) for the log and the client, and the client's address.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** An incoming X-Request-Id is kept when it is sane (1–128 visible characters of a safe set); otherwise one is made. */
export function requestIdOf(header: string | string[] | undefined): string {
  const given = Array.isArray(header) ? header[0] : header;
  return given !== undefined && /^[A-Za-z0-9._:@/+=-]{1,128}$/.test(given) ? given : randomUUID();
}

/** A client, for the report limit: the connection's remote address (no header is trusted for it). */
export const clientOf = (req: IncomingMessage): string => req.socket.remoteAddress ?? 'unknown';
