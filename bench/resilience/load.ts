// A load generator of distinct clients: each speaks from its own loopback address (127.0.1.x), as distinct
// machines would, so the per-client report limit sees them as different clients, and each keeps one request
// in flight on a keep-alive connection. Every answer is classified by the scenario's `judge`.
import { Agent, request } from 'node:http';

export interface Ask {
  method: 'GET' | 'POST';
  path: string;
  body?: string | Buffer;
  headers?: Record<string, string>;
  /** What the scenario calls this request, to compare its answer with a saved one. */
  label?: string;
}

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  ms: number;
  /** Set when the connection failed (refused, reset): the service did not answer at all. */
  failure?: string;
}

export const clientAddress = (client: number): string => `127.0.1.${(client % 250) + 1}`;

const agents = new Map<string, Agent>();
function agentFor(address: string): Agent {
  let agent = agents.get(address);
  if (!agent) {
    agent = new Agent({ keepAlive: true, maxSockets: 4, localAddress: address });
    agents.set(address, agent);
  }
  return agent;
}

export function send(base: string, ask: Ask, client = 0, timeoutMs = 120_000): Promise<Answer> {
  const url = new URL(ask.path, base);
  const started = performance.now();
  return new Promise((resolve) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname + url.search,
        method: ask.method,
        agent: agentFor(clientAddress(client)),
        headers: { ...(ask.body === undefined ? {} : { 'content-type': 'application/json' }), ...ask.headers },
        timeout: timeoutMs,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8'), ms: performance.now() - started }));
        res.on('error', (error) => resolve({ status: 0, headers: {}, text: '', ms: performance.now() - started, failure: error.message }));
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on('error', (error) => resolve({ status: 0, headers: {}, text: '', ms: performance.now() - started, failure: error.message }));
    req.end(ask.body);
  });
}

export const graphql = (query: string, variables?: Record<string, unknown>, label?: string): Ask => ({
  method: 'POST',
  path: '/graphql',
  body: JSON.stringify(variables === undefined ? { query } : { query, variables }),
  ...(label === undefined ? {} : { label }),
});

export interface LoadOptions {
  base: string;
  clients: number;
  /** The first client's number, so two loads at once speak from different addresses. */
  firstClient?: number;
  seconds: number;
  /** The next request of `client`, its `n`-th. */
  next: (client: number, n: number) => Ask;
  /** Sorts an answer into a named outcome ('ok' or a kind of failure). */
  judge: (ask: Ask, answer: Answer) => string;
  /** Stops early when it returns true (checked after each answer). */
  until?: () => boolean;
}

export interface LoadResult {
  requests: number;
  outcomes: Record<string, number>;
  latencies: number[];
  seconds: number;
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const outcomes: Record<string, number> = {};
  const latencies: number[] = [];
  const started = performance.now();
  const deadline = started + options.seconds * 1000;
  const clients = Array.from({ length: options.clients }, async (_, i) => {
    const client = (options.firstClient ?? 0) + i;
    for (let n = 0; performance.now() < deadline && !options.until?.(); n++) {
      const ask = options.next(client, n);
      const answer = await send(options.base, ask, client);
      latencies.push(answer.ms);
      const outcome = options.judge(ask, answer);
      outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
    }
  });
  await Promise.all(clients);
  return { requests: latencies.length, outcomes, latencies, seconds: (performance.now() - started) / 1000 };
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

export const ms = (value: number): string => (value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(0)} ms`);

/** Requests, rate, p50/p99/max and the outcomes of a load, on one line. */
export function describeLoad(result: LoadResult): string {
  const rate = result.requests / result.seconds;
  const outcomes = Object.entries(result.outcomes)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  return `${result.requests} requests in ${result.seconds.toFixed(0)} s (${rate.toFixed(1)}/s), p50 ${ms(percentile(result.latencies, 50))}, p99 ${ms(percentile(result.latencies, 99))}, max ${ms(percentile(result.latencies, 100))}; ${outcomes}`;
}

/** The GraphQL error codes of an answer, or [] when it has none (or is not GraphQL). */
export function errorCodes(answer: Answer): string[] {
  try {
    const body = JSON.parse(answer.text) as { errors?: { extensions?: { code?: string } }[]; error?: { code?: string } };
    if (body.error?.code) return [body.error.code];
    return (body.errors ?? []).map((e) => e.extensions?.code ?? 'NO_CODE');
  } catch {
    return ['NOT_JSON'];
  }
}

/** The data of an answer with every `generatedAt` left out, values in alias order: comparable across aliases. */
export function comparableData(answer: Answer): string | null {
  try {
    const body = JSON.parse(answer.text) as { data?: Record<string, unknown> | null; errors?: unknown };
    if (body.errors !== undefined || !body.data) return null;
    return JSON.stringify(Object.values(body.data), (key, value: unknown) => (key === 'generatedAt' ? undefined : value));
  } catch {
    return null;
  }
}
