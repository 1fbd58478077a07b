// A request's body, read whole up to MAX_BODY_BYTES; a larger one is refused with a 413 in GraphQL's error shape.
import type { IncomingMessage, ServerResponse } from 'node:http';

export const MAX_BODY_BYTES = 1_000_000;
/** An oversized body is read to its end (and dropped) up to this size, so the client gets the 413, not a reset. */
const MAX_DRAINED_BYTES = 16 * MAX_BODY_BYTES;

/** A request body over MAX_BODY_BYTES; `drained` says whether the rest was read, so the connection can be kept. */
export class BodyTooLarge extends Error {
  constructor(readonly drained: boolean) {
    super(`request body larger than ${MAX_BODY_BYTES} bytes`);
  }
}

export function readBody(req: IncomingMessage): Promise<string> {
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
export function sendTooLarge(res: ServerResponse, error: BodyTooLarge): void {
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
