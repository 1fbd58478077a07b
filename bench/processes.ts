// The processes a benchmark run measures: the built service (computing, or as it runs), the helper servers of bench/,
// on HTTP ports of their own; and the memory a process has used.
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { portIsFree } from '../graph/runtime/localNeo4j.js';
import { projectRoot } from '../graph/runtime/paths.js';

/** HTTP ports from `first` on: each process measured takes the next free one, held until it listens. */
export class HttpPorts {
  private readonly held = new Set<number>();
  constructor(private readonly first: number) {}

  async take(): Promise<number> {
    for (let port = this.first; port < this.first + 200; port++) if (!this.held.has(port) && (await portIsFree(port))) {
      this.held.add(port);
      return port;
    }
    throw new Error(`no free port from ${this.first}`);
  }

  release(port: number): void {
    this.held.delete(port);
  }
}

async function waitFor(url: string, child: ChildProcess, what: string, timeoutMs: number): Promise<Response> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${what} exited with code ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return response;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what} did not answer ${url} within ${timeoutMs / 1000} s`);
}

export interface Started {
  base: string;
  child: ChildProcess;
  port: number;
}

/** What /readyz says of the answers encoded ahead (src/http/answersAhead.ts) once the service is ready. */
export interface AnswersAheadSeen {
  pinned: number;
  /** Requests not encoded because the pinned budget was spent. */
  left: number;
  failed: number;
  bytes: number;
  ms: number;
}

/** The built service; `stored`: as it runs by default (base reports ahead, reports kept, response cache on), else computing every answer. */
export async function startService(
  ports: HttpPorts,
  uri: string,
  auth: { user: string; password: string | undefined },
  stored: boolean,
  realLists: string[],
): Promise<Started & { readySeconds: number; answersAhead: AnswersAheadSeen | null }> {
  const port = await ports.take();
  const started = performance.now();
  const child = spawn(process.execPath, [join(projectRoot, 'dist', 'src', 'main.js')], {
    env: {
      ...process.env,
      NEO4J_URI: uri,
      NEO4J_USER: auth.user,
      ...(auth.password === undefined ? {} : { NEO4J_PASSWORD: auth.password }),
      PORT: String(port),
      REPORT_CACHE_TTL_MS: stored ? '1000' : '0',
      REPORT_STORE: stored ? 'precompute' : 'off',
      // One-list base reports for the real lists; those of the synthetic copies are computed when asked.
      REPORT_STORE_LISTS: realLists.join(','),
      QUERY_TIMEOUT_MS: '900000',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  ports.release(port);
  const ready = (await (await waitFor(`${base}/readyz`, child, 'the service', 60 * 60_000)).json()) as { answersAhead?: Omit<AnswersAheadSeen, 'left'> & { unpinned: number; left: number } };
  const readySeconds = Number(((performance.now() - started) / 1000).toFixed(1));
  const answersAhead = ready.answersAhead === undefined ? null : { pinned: ready.answersAhead.pinned, left: ready.answersAhead.unpinned + ready.answersAhead.left, failed: ready.answersAhead.failed, bytes: ready.answersAhead.bytes, ms: ready.answersAhead.ms };
  return { base, child, port, readySeconds, answersAhead };
}

/** A helper server of bench/ (the bare server, the peer), forked; it says it listens by a message. */
export async function startChild(ports: HttpPorts, script: string, args: string[], what: string): Promise<Started> {
  const port = await ports.take();
  // In production mode as the service runs (graphql-js and Apollo take their faster paths there): a fair peer.
  const child = fork(join(projectRoot, 'bench', script), [...args, String(port)], { execArgv: ['--import', 'tsx'], stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  ports.release(port);
  await new Promise<void>((resolve, reject) => {
    child.once('message', () => resolve());
    child.once('exit', (code) => reject(new Error(`${what} exited with code ${code}`)));
  });
  return { base: `http://127.0.0.1:${port}`, child, port };
}

export const stop = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });

/** Peak resident memory of a process in MB (VmHWM), from /proc; `now` for the current (VmRSS). */
export function rssMb(pid: number, now = false): number {
  const match = (now ? /VmRSS:\s+(\d+) kB/ : /VmHWM:\s+(\d+) kB/).exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Math.round(Number(match[1]) / 1024) : NaN;
}
