// Measuring one question: closed-loop clients over HTTP or through the driver (latency percentiles, throughput),
// the CPU time the answering process and Neo4j spend per request (from /proc), PROFILE database hits, one timed request.
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import type { Driver } from 'neo4j-driver';
import { cypher } from '../src/db/queries.js';
import { plain } from '../src/db/values.js';
import type { Question } from './questions.js';

export interface Measured {
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  errors: number;
  requests: number;
  /** CPU time per request, ms: of the process answering (service, bare server, peer; the bench itself for the driver) and of Neo4j. */
  cpuMs: { server: number; neo4j: number };
}

const CLOCK_TICKS = Number(execSync('getconf CLK_TCK').toString().trim()) || 100;

/** CPU time a process has used so far, in ms (user and system, from /proc). */
function cpuTimeMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
}

const ownCpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** Runs `work`, and divides the CPU time the answering process and Neo4j spent meanwhile by the requests it made. */
export async function withCpu(server: number | 'self', neo4jPid: number, work: () => Promise<Omit<Measured, 'cpuMs'>>): Promise<Measured> {
  const read = () => ({ server: server === 'self' ? ownCpuMs() : cpuTimeMs(server), neo4j: cpuTimeMs(neo4jPid) });
  const before = read();
  const measured = await work();
  const after = read();
  const per = (v: number) => Number((v / Math.max(1, measured.requests)).toFixed(3));
  return { ...measured, cpuMs: { server: per(after.server - before.server), neo4j: per(after.neo4j - before.neo4j) } };
}

/**
 * The bench's own statements may run as long as the services' (QUERY_TIMEOUT_MS in processes.ts): the local Neo4j's
 * default of 60 s (graph/runtime/localNeo4j.ts) stopped a 100x run at the ITT report's PROFILE.
 */
export const STATEMENT_TIMEOUT_MS = 900_000;

/**
 * A question that takes longer than a quarter of the measuring window is measured by a fixed number of
 * requests (two per client) instead, so that slow reports at large scales still complete and count.
 */
const isSlow = (durationS: number, estimateMs: number) => estimateMs > (durationS * 1000) / 4;

/** One request over `agent`, as the closed-loop clients send it; resolves when the whole answer has arrived. */
function overAgent(agent: Agent, base: string, request: Question['http']): () => Promise<void> {
  const url = new URL(`${base}${request.path}`);
  const body = request.body === undefined ? undefined : Buffer.from(request.body);
  return () =>
    new Promise<void>((resolve, reject) => {
      const req = httpRequest(
        {
          agent,
          host: url.hostname,
          port: url.port,
          path: `${url.pathname}${url.search}`,
          method: request.method,
          headers: body === undefined ? {} : { 'content-type': 'application/json', 'content-length': body.length },
        },
        (res) => {
          res.on('data', () => {});
          res.on('end', () => (res.statusCode === 200 ? resolve() : reject(new Error(`HTTP ${res.statusCode}`))));
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.setTimeout(900_000, () => req.destroy(new Error('timed out')));
      req.end(body);
    });
}

/**
 * Closed-loop clients over keep-alive connections, each sending its next request when the last is answered; latency
 * with sub-millisecond resolution (the bare server answers in well under one).
 */
export async function overHttp(durationS: number, base: string, request: Question['http'], clients: number, estimateMs: number): Promise<Omit<Measured, 'cpuMs'>> {
  const agent = new Agent({ keepAlive: true, maxSockets: clients });
  const one = overAgent(agent, base, request);
  try {
    return await closedLoop(durationS, clients, estimateMs, one);
  } finally {
    agent.destroy();
  }
}

/** `clients` loops sending `one` back to back for the measuring window of `durationS` (or twice each, for a slow question). */
export async function closedLoop(durationS: number, clients: number, estimateMs: number, one: () => Promise<unknown>): Promise<Omit<Measured, 'cpuMs'>> {
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const until = Date.now() + durationS * 1000;
  const slow = isSlow(durationS, estimateMs);
  const worker = async () => {
    for (let round = 0; slow ? round < 2 : Date.now() < until; round++) {
      const begun = performance.now();
      try {
        await one();
        latencies.push(performance.now() - begun);
      } catch {
        errors += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: clients }, worker));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99), rps: latencies.length / seconds, errors, requests: latencies.length + errors };
}

function percentile(sorted: number[], p: number): number {
  return sorted.length === 0 ? NaN : (sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number);
}

/**
 * The same statements through the driver, closed loop with the same concurrency and duration: each statement in an
 * auto-commit transaction of its own (one round trip), the least the driver can do for it, as the executor reads a
 * statement read alone.
 */
export function overDriver(durationS: number, driver: Driver, q: Question, clients: number, estimateMs: number): Promise<Omit<Measured, 'cpuMs'>> {
  return closedLoop(durationS, clients, estimateMs, async () => {
    for (const group of q.cypher) {
      await Promise.all(
        group.map(async ([name, params]) => {
          const session = driver.session({ database: 'neo4j', defaultAccessMode: 'READ' });
          try {
            await session.run(cypher(name), params, { timeout: STATEMENT_TIMEOUT_MS }).then((r) => r.records.map((rec) => plain(rec.toObject())));
          } finally {
            await session.close();
          }
        }),
      );
    }
  });
}

export async function dbHits(driver: Driver, q: Question): Promise<number> {
  let hits = 0;
  for (const group of q.cypher) {
    for (const [name, params] of group) {
      const result = await driver.executeQuery(`PROFILE ${cypher(name)}`, params, { database: 'neo4j', transactionConfig: { timeout: STATEMENT_TIMEOUT_MS } });
      const walk = (p: { dbHits: number; children: unknown[] } | false | undefined): void => {
        if (!p) return;
        hits += p.dbHits;
        for (const child of p.children) walk(child as { dbHits: number; children: unknown[] });
      };
      walk(result.summary.profile as never);
    }
  }
  return hits;
}

/**
 * The first request of each question to a service, timed as the closed-loop clients time theirs (node:http on one
 * keep-alive connection), so that it compares with the bare server's p50: the client's own code and connection are
 * warmed first with requests to /healthz, which asks the service nothing of the questions.
 */
export async function firstRequests(base: string, questions: { name: string; http: Question['http'] }[]): Promise<Map<string, number>> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const first = new Map<string, number>();
  try {
    const health = overAgent(agent, base, { method: 'GET', path: '/healthz' });
    for (let i = 0; i < 200; i++) await health();
    for (const q of questions) {
      const one = overAgent(agent, base, q.http);
      const begun = performance.now();
      await one();
      first.set(q.name, performance.now() - begun);
    }
  } finally {
    agent.destroy();
  }
  return first;
}

/** One request, timed; resolves to its status, headers and body. */
export async function once(base: string, request: Question['http']): Promise<{ ms: number; status: number; headers: Headers; body: string }> {
  const started = performance.now();
  const response = await fetch(`${base}${request.path}`, { method: request.method, headers: { 'content-type': 'application/json' }, body: request.body });
  const body = await response.text();
  return { ms: performance.now() - started, status: response.status, headers: response.headers, body };
}
