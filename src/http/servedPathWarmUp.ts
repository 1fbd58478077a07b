// The served path warmed before the service says it is ready (docs/decisions/0029). An answer encoded ahead is a
// lookup of bytes, but the code that reads the request, finds its key and writes the answer (Node's HTTP parser, the
// router, the known-bytes lookup, the cache) runs interpreted until V8 has seen it a thousand times or so: the first
// requests after start took 0.4–0.6 ms against 0.13 ms once compiled. The service therefore sends itself, over
// loopback on one keep-alive connection as a client would, the page's first request (its catalogue, known by its bytes)
// and one export file, a few thousand times. These requests carry a token only this process knows: they are left out
// of the metrics and logged at debug only. Which answers the page or a client asks first is not touched: the path is
// the same for every answer.
import { randomUUID } from 'node:crypto';
import { Agent, request as httpRequest, type IncomingMessage } from 'node:http';

const HEADER = 'x-concordance-warm-up';

/** One request of the warm-up: what the page sends (method, path, JSON body). */
export interface WarmUpRequest {
  method: 'GET' | 'POST';
  path: string;
  body?: string;
}

export interface ServedPathWarmUpResult {
  requests: number;
  ms: number;
  /** Median of the last hundred requests of each kind, in ms: what a client's first request now meets. */
  lastMedianMs: number[];
  /** Why it stopped early (a request not answered from the cache, an error); absent when it went through. */
  stopped?: string;
}

export class ServedPathWarmUp {
  private readonly token = randomUUID();

  /** Whether a request is one of this warm-up's (and so is no client's). */
  is(req: IncomingMessage): boolean {
    return req.headers[HEADER] === this.token;
  }

  /** Sends each request `rounds` times to `base`, one after another; stops at the first one not answered from the cache. */
  async run(base: string, requests: readonly WarmUpRequest[], rounds: number): Promise<ServedPathWarmUpResult> {
    const started = performance.now();
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const lastMedianMs: number[] = [];
    let sent = 0;
    try {
      for (const request of requests) {
        const times: number[] = [];
        for (let round = 0; round < rounds; round++) {
          const begun = performance.now();
          const cache = await this.send(agent, base, request);
          sent++;
          if (cache !== 'hit') return { requests: sent, ms: Math.round(performance.now() - started), lastMedianMs, stopped: `${request.method} ${request.path} was ${cache}, not a cache hit` };
          times.push(performance.now() - begun);
        }
        const last = times.slice(-100).sort((a, b) => a - b);
        lastMedianMs.push(Number((last[Math.floor(last.length / 2)] ?? NaN).toFixed(3)));
      }
      return { requests: sent, ms: Math.round(performance.now() - started), lastMedianMs };
    } catch (error) {
      return { requests: sent, ms: Math.round(performance.now() - started), lastMedianMs, stopped: error instanceof Error ? error.message : String(error) };
    } finally {
      agent.destroy();
    }
  }

  /** One request; resolves to what the response cache said (x-concordance-cache), or the status when not 200. */
  private send(agent: Agent, base: string, request: WarmUpRequest): Promise<string> {
    const url = new URL(request.path, base);
    const body = request.body === undefined ? undefined : Buffer.from(request.body);
    const headers: Record<string, string | number> = { [HEADER]: this.token, accept: 'application/json' };
    if (body !== undefined) Object.assign(headers, { 'content-type': 'application/json', 'content-length': body.length });
    return new Promise((resolve, reject) => {
      const req = httpRequest({ agent, host: url.hostname, port: url.port, path: `${url.pathname}${url.search}`, method: request.method, headers }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode === 200 ? String(res.headers['x-concordance-cache'] ?? 'uncached') : `HTTP ${res.statusCode}`));
        res.on('error', reject);
      });
      req.on('error', reject);
      req.setTimeout(10_000, () => req.destroy(new Error(`${request.method} ${request.path} timed out`)));
      req.end(body);
    });
  }
}
