// `npm run bench`: how fast Concordance answers and how its cost grows with the size of the lists.
// On a fresh local Neo4j ('bench' instance) it imports the real data (time, peak memory), then for each scale
// (the real lists, then synthetic copies up to 10x, 100x …) measures over HTTP on loopback, with one client and
// with several: the service computing every answer (report store and response cache off), the service as it runs
// (base reports computed at start-up, reports kept per data version, response cache on), a bare node:http server
// answering the same bytes from memory, the same Cypher through the driver, and for entry by code the official
// generated API, @neo4j/graphql, on the same database. It records each process's CPU time per request, the first
// request of each question after the service says it is ready, and PROFILE database hits per question.
// Prints a table per scale and writes bench/results/<date>.json.
import { execSync, fork, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Agent, request as httpRequest } from 'node:http';
import neo4j, { type Driver } from 'neo4j-driver';
import { migrate } from '../graph/migrate.js';
import { portIsFree, startLocalNeo4j, stopLocalNeo4j } from '../graph/runtime/localNeo4j.js';
import { instanceHome, projectRoot } from '../graph/runtime/paths.js';
import { createDriver } from '../src/db/driver.js';
import { Executor } from '../src/db/executor.js';
import { cypher } from '../src/db/queries.js';
import { plain } from '../src/db/values.js';
import { importAll, parseListSource, SOURCES } from '../seed/importer.js';
import { loadTaxonomy } from '../seed/enrich/technologies.js';
import { writeList } from '../seed/load/writeList.js';
import { searchParams } from '../src/repositories/entries.js';
import { toLucene, toTitleLucene } from '../src/services/search.js';
import { exportPath } from '../src/exports/catalogue.js';
import { defineCommand, exitForCommandLine, parseCommandLine, UsageError } from '../src/cli/args.js';
import { peerEntryQuery } from './peer.js';
import { syntheticCopy } from './synthetic.js';

// ---- options ----------------------------------------------------------------------------------

const BENCH_COMMAND = defineCommand({
  usage: ['npm run bench -- [options]'],
  positionals: false,
  options: {
    scales: { type: 'string', value: 'N,N', description: 'data sizes to measure, as multiples of the real lists, starting with 1', default: '1,10' },
    duration: { type: 'string', value: 'S', description: 'seconds per measurement', default: '5' },
    clients: { type: 'string', value: 'N,N', description: 'concurrent clients of each measurement, one run per number', default: '1,4' },
    'bolt-port': { type: 'string', value: 'PORT', description: "Bolt port of the benchmark's own Neo4j, the 'bench' instance", default: '7689' },
    'http-port': { type: 'string', value: 'PORT', description: 'first HTTP port to try for the services, the bare server and the peer (each takes the next free one)', default: '4300' },
    heap: { type: 'string', value: 'SIZE', description: 'Java heap of that Neo4j, e.g. 2g or 1536m', default: '2g' },
  },
  notes: ['example: npm run bench -- --scales 1,10,100 --duration 5'],
});

function readBenchOptions() {
  const { values } = parseCommandLine(BENCH_COMMAND, process.argv.slice(2));
  const scales = values.scales.split(',').map((s) => Number(s.trim()));
  if (scales.some((s) => !Number.isInteger(s) || s < 1) || scales[0] !== 1) throw new UsageError(`--scales must be whole numbers starting with 1, e.g. 1,10,100 (got '${values.scales}')`);
  const duration = Number(values.duration);
  if (!Number.isFinite(duration) || duration <= 0) throw new UsageError(`--duration must be a number of seconds above 0 (got '${values.duration}')`);
  const clients = values.clients.split(',').map((s) => Number(s.trim()));
  if (clients.some((c) => !Number.isInteger(c) || c < 1)) throw new UsageError(`--clients must be whole numbers from 1, e.g. 1,4 (got '${values.clients}')`);
  const port = (name: 'bolt-port' | 'http-port') => {
    const value = Number(values[name]);
    if (!Number.isInteger(value) || value < 1 || value > 65535) throw new UsageError(`--${name} must be a port from 1 to 65535 (got '${values[name]}')`);
    return value;
  };
  if (!/^\d+[mg]$/i.test(values.heap)) throw new UsageError(`--heap must be a size in m or g, e.g. 2g or 1536m (got '${values.heap}')`);
  return { scales, duration, clients, boltPort: port('bolt-port'), httpPort: port('http-port'), heap: values.heap };
}

let options: ReturnType<typeof readBenchOptions>;
try {
  options = readBenchOptions();
} catch (error) {
  exitForCommandLine('bench', error);
  throw error;
}
const SCALES = options.scales;
const DURATION_S = options.duration;
const CLIENTS = options.clients;
const BOLT_PORT = options.boltPort;
const HTTP_PORT = options.httpPort;
const HEAP = options.heap;
const INSTANCE = 'bench';

// ---- the questions ----------------------------------------------------------------------------

const CCL = 'us-ccl@ecfr-2026';
type Scope = { list: string | null; category: null };
const NO_LIST: Scope = { list: null, category: null };
const IN_CCL: Scope = { list: CCL, category: null };
const NO_LINKS = { attributions: false, reasons: false, references: false, referencedBy: false, supports: false, supportedBy: false, sameCode: false, technologies: false, thresholds: false, parts: false, parent: false };
const ENTRY_FILTER = { list: CCL, regime: 'MTCR', basis: null, category: null, group: null, kind: null, technology: null, hasThreshold: null, itar: null };

interface Question {
  name: string;
  http: { method: 'GET' | 'POST'; path: string; body?: string };
  /** The statements the service runs for it: groups run one after another, statements in a group in parallel. */
  cypher: [string, Record<string, unknown>][][];
  /** The same question asked of the @neo4j/graphql peer (entry by code only). */
  peer?: string;
  /** A base report: the service computes it before it says it is ready. */
  base?: boolean;
}

const gql = (query: string) => JSON.stringify({ query });
const basisOf = (list: string | null, nationalOnly = false): [string, Record<string, unknown>] => ['reports/basis', { list, nationalOnly }];
const overlapCypher = (scope: Scope): [string, Record<string, unknown>][][] => [
  [
    basisOf(scope.list),
    ['reports/overlap-shared', { regimes: ['WA', 'MTCR'], ...scope }],
    ['reports/overlap-references', { regimes: ['WA', 'MTCR'], ...scope }],
    ['reports/overlap-shared-technology', { regimes: ['WA', 'MTCR'], ...scope }],
    ['reports/overlap-technologies', { regimes: ['WA', 'MTCR'], ...scope }],
  ],
];
const gapsCypher = (scope: Scope): [string, Record<string, unknown>][][] => [
  [basisOf(scope.list), ['reports/gaps', { regime: 'NSG', against: 'WA', ...scope }], ['reports/gaps-elsewhere', { regime: 'NSG', against: 'WA', ...scope }]],
];
const OVERLAP_SELECTION = '{ sharedEntries { entry { code } attributions { regime scope } } links { kind from { code } to { code } evidence } technologies { technology { id } comparisons { parameter unit strictestRegimes } } }';
const GAPS_SELECTION = '{ total groups { category technology { id } rows { entry { code title } units hints { id } reason } } partial { entry { code } uncoveredUnits evidence { kind words } } covered { entry { code } evidence { kind words } } elsewhere { entry { code } } }';

const QUESTIONS: Question[] = [
  {
    name: 'entry by code',
    http: { method: 'POST', path: '/graphql', body: gql(`{ entry(list: "${CCL}", code: "9A012") { code title attributions { regime basis scope } references { entry { code } kind } } }`) },
    cypher: [[['entries/by-code', { list: CCL, codes: ['9A012'], links: { ...NO_LINKS, attributions: true, references: true } }]]],
    peer: peerEntryQuery(CCL, '9A012'),
  },
  {
    name: 'search',
    http: { method: 'POST', path: '/graphql', body: gql('{ search(text: "gas centrifuge rotor", first: 10) { entry { id title } snippet } }') },
    cypher: [[['entries/search', searchParams({ lucene: toLucene('gas centrifuge rotor'), titleLucene: toTitleLucene('gas centrifuge rotor'), list: null, limit: 10 })]]],
  },
  {
    name: 'entries of one list',
    http: { method: 'POST', path: '/graphql', body: gql(`{ entries(first: 20, filter: { list: "${CCL}", regime: MTCR }) { totalCount nodes { code title } } }`) },
    cypher: [[['control-lists', {}]], [['entries/page', { ...ENTRY_FILTER, after: null, limit: neo4j.int(21) }], ['entries/count', ENTRY_FILTER]]],
  },
  { name: 'overlap(WA, MTCR)', base: true, http: { method: 'POST', path: '/graphql', body: gql(`{ overlap(regimes: [WA, MTCR]) ${OVERLAP_SELECTION} }`) }, cypher: overlapCypher(NO_LIST) },
  {
    name: 'overlap(WA, MTCR) in the CCL',
    base: true,
    http: { method: 'POST', path: '/graphql', body: gql(`{ overlap(regimes: [WA, MTCR], list: "${CCL}") ${OVERLAP_SELECTION} }`) },
    cypher: overlapCypher(IN_CCL),
  },
  { name: 'gaps(NSG against WA)', base: true, http: { method: 'POST', path: '/graphql', body: gql(`{ gaps(regime: NSG, against: WA) ${GAPS_SELECTION} }`) }, cypher: gapsCypher(NO_LIST) },
  {
    name: 'gaps(NSG against WA) in the CCL',
    base: true,
    http: { method: 'POST', path: '/graphql', body: gql(`{ gaps(regime: NSG, against: WA, list: "${CCL}") ${GAPS_SELECTION} }`) },
    cypher: gapsCypher(IN_CCL),
  },
  {
    name: 'ittCoverage(MTCR)',
    base: true,
    http: { method: 'POST', path: '/graphql', body: gql('{ ittCoverage(regime: MTCR) { summary { hardware covered ratio softwareCovered } hardware { entry { code } covered phases softwarePhases } } }') },
    cypher: [[basisOf(null, true), ['reports/itt-coverage', { regime: 'MTCR', ...NO_LIST }]]],
  },
  {
    name: 'membership matrix',
    base: true,
    http: { method: 'POST', path: '/graphql', body: gql('{ membershipMatrix { rows { country { iso2 name } cells { regime participation { status since } } } } }') },
    cypher: [[['memberships/matrix', { regimes: ['WA', 'MTCR', 'NSG', 'AG'], statuses: null, view: 'REGIME' }]]],
  },
  { name: 'gap list CSV export', base: true, http: { method: 'GET', path: exportPath('gaps', 'csv', { regime: 'NSG', against: 'WA' }) }, cypher: gapsCypher(NO_LIST) },
];

// ---- measuring --------------------------------------------------------------------------------

interface Measured {
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
async function withCpu(server: number | 'self', neo4jPid: number, work: () => Promise<Omit<Measured, 'cpuMs'>>): Promise<Measured> {
  const read = () => ({ server: server === 'self' ? ownCpuMs() : cpuTimeMs(server), neo4j: cpuTimeMs(neo4jPid) });
  const before = read();
  const measured = await work();
  const after = read();
  const per = (v: number) => Number((v / Math.max(1, measured.requests)).toFixed(3));
  return { ...measured, cpuMs: { server: per(after.server - before.server), neo4j: per(after.neo4j - before.neo4j) } };
}

/**
 * A question that takes longer than a quarter of the measuring window is measured by a fixed number of
 * requests (two per client) instead, so that slow reports at large scales still complete and count.
 */
const isSlow = (estimateMs: number) => estimateMs > (DURATION_S * 1000) / 4;

/**
 * Closed-loop clients over keep-alive connections, each sending its next request when the last is answered; latency
 * with sub-millisecond resolution (the bare server answers in well under one).
 */
async function overHttp(base: string, request: Question['http'], clients: number, estimateMs: number): Promise<Omit<Measured, 'cpuMs'>> {
  const agent = new Agent({ keepAlive: true, maxSockets: clients });
  const url = new URL(`${base}${request.path}`);
  const body = request.body === undefined ? undefined : Buffer.from(request.body);
  const one = () =>
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
  try {
    return await closedLoop(clients, estimateMs, one);
  } finally {
    agent.destroy();
  }
}

/** `clients` loops sending `one` back to back for the measuring window (or twice each, for a slow question). */
async function closedLoop(clients: number, estimateMs: number, one: () => Promise<unknown>): Promise<Omit<Measured, 'cpuMs'>> {
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const until = Date.now() + DURATION_S * 1000;
  const slow = isSlow(estimateMs);
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

/** The same statements through the driver, closed loop with the same concurrency and duration. */
function overDriver(driver: Driver, q: Question, clients: number, estimateMs: number): Promise<Omit<Measured, 'cpuMs'>> {
  return closedLoop(clients, estimateMs, async () => {
    for (const group of q.cypher) {
      await Promise.all(
        group.map(async ([name, params]) => {
          const session = driver.session({ database: 'neo4j', defaultAccessMode: 'READ' });
          try {
            await session.executeRead((tx) => tx.run(cypher(name), params).then((r) => r.records.map((rec) => plain(rec.toObject()))));
          } finally {
            await session.close();
          }
        }),
      );
    }
  });
}

async function dbHits(driver: Driver, q: Question): Promise<number> {
  let hits = 0;
  for (const group of q.cypher) {
    for (const [name, params] of group) {
      const result = await driver.executeQuery(`PROFILE ${cypher(name)}`, params, { database: 'neo4j' });
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

/** One request, timed; resolves to its status, headers and body. */
async function once(base: string, request: Question['http']): Promise<{ ms: number; status: number; headers: Headers; body: string }> {
  const started = performance.now();
  const response = await fetch(`${base}${request.path}`, { method: request.method, headers: { 'content-type': 'application/json' }, body: request.body });
  const body = await response.text();
  return { ms: performance.now() - started, status: response.status, headers: response.headers, body };
}

// ---- processes --------------------------------------------------------------------------------

async function freePort(): Promise<number> {
  for (let port = HTTP_PORT; port < HTTP_PORT + 200; port++) if (!usedPorts.has(port) && (await portIsFree(port))) {
    usedPorts.add(port);
    return port;
  }
  throw new Error(`no free port from ${HTTP_PORT}`);
}
const usedPorts = new Set<number>();

async function waitFor(url: string, child: ChildProcess, what: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${what} exited with code ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what} did not answer ${url} within ${timeoutMs / 1000} s`);
}

interface Started {
  base: string;
  child: ChildProcess;
  port: number;
}

/** The built service; `stored`: as it runs by default (base reports ahead, reports kept, response cache on), else computing every answer. */
async function startService(uri: string, auth: { user: string; password: string | undefined }, stored: boolean, realLists: string[]): Promise<Started & { readySeconds: number }> {
  const port = await freePort();
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
  usedPorts.delete(port);
  await waitFor(`${base}/readyz`, child, 'the service', 60 * 60_000);
  return { base, child, port, readySeconds: Number(((performance.now() - started) / 1000).toFixed(1)) };
}

async function startChild(script: string, args: string[], what: string): Promise<Started> {
  const port = await freePort();
  const child = fork(join(projectRoot, 'bench', script), [...args, String(port)], { execArgv: ['--import', 'tsx'], stdio: 'inherit' });
  usedPorts.delete(port);
  await new Promise<void>((resolve, reject) => {
    child.once('message', () => resolve());
    child.once('exit', (code) => reject(new Error(`${what} exited with code ${code}`)));
  });
  return { base: `http://127.0.0.1:${port}`, child, port };
}

const stop = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });

/** Peak resident memory of a process in MB (VmHWM), from /proc; `now` for the current (VmRSS). */
function rssMb(pid: number, now = false): number {
  const match = (now ? /VmRSS:\s+(\d+) kB/ : /VmHWM:\s+(\d+) kB/).exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Math.round(Number(match[1]) / 1024) : NaN;
}

// ---- the run ----------------------------------------------------------------------------------

interface ClientRun {
  clients: number;
  driver: Measured;
  uncached: Measured;
  stored: Measured;
  bare: Measured;
  peer?: Measured;
}

interface QuestionResult {
  name: string;
  base: boolean;
  dbHits: number;
  /** The first request of the question to the service as it runs, once it said it was ready, ms. */
  firstAfterStartMs: number;
  runs: ClientRun[];
}

interface ScaleResult {
  scale: number;
  /** A bare `RETURN 1` through the driver, per number of clients: the floor of any statement here. */
  returnOne: { clients: number; p50: number; p95: number; rps: number }[];
  entries: number;
  loadSeconds: number;
  /** From starting the service as it runs to /readyz 200: warm-up and the base reports. */
  readySeconds: number;
  storedRssMb: number;
  questions: QuestionResult[];
}

async function entryCount(executor: Executor): Promise<number> {
  const rows = await executor.read('control-lists');
  return rows.reduce((sum, row) => sum + Number(row.entryCount), 0);
}

async function main(): Promise<void> {
  const log = (line: string) => console.log(line);
  rmSync(join(instanceHome(INSTANCE), 'data'), { recursive: true, force: true });
  const neo = await startLocalNeo4j({ instance: INSTANCE, boltPort: BOLT_PORT, heap: HEAP, pageCache: '1g' }, log);
  const auth = { user: neo.auth?.user ?? 'neo4j', password: neo.auth?.password };
  const driver = createDriver({ uri: neo.uri, ...auth });
  const executor = new Executor(driver, { database: 'neo4j', timeoutMs: 900_000, app: 'concordance-bench' });
  const results: { machine: Record<string, unknown>; import: Record<string, number>; scales: ScaleResult[] } = {
    machine: { node: process.version, cpus: (await import('node:os')).cpus().length, neo4jHeap: HEAP, clients: CLIENTS, durationSeconds: DURATION_S },
    import: {},
    scales: [],
  };
  try {
    await migrate(executor);
    const rssBefore = process.memoryUsage().rss;
    const importStarted = performance.now();
    await importAll(executor, { log: () => {} });
    results.import = {
      seconds: Number(((performance.now() - importStarted) / 1000).toFixed(1)),
      nodePeakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      nodeRssBeforeMb: Math.round(rssBefore / 1024 / 1024),
      neo4jPeakRssMb: rssMb(neo.pid),
    };
    log(`real import: ${results.import.seconds} s; peak RSS: node ${results.import.nodePeakRssMb} MB, Neo4j ${results.import.neo4jPeakRssMb} MB (heap ${HEAP})`);
    const realListIds = (await executor.read('control-lists')).map((row) => String(row.id));

    const realLists = (['us-ccl', 'eu-annex-i', 'mtcr', 'nsg'] as const).map((source) =>
      parseListSource(
        source,
        SOURCES[source].files.map((path) => {
          const bytes = readFileSync(path);
          return { path, name: path, bytes, text: bytes.toString('utf8') };
        }),
      ),
    );
    const taxonomy = loadTaxonomy();
    let copies = 0;
    for (const scale of SCALES) {
      const loadStarted = performance.now();
      while (copies < scale - 1) {
        copies += 1;
        for (const parsed of realLists) await writeList(executor, syntheticCopy(parsed, copies), taxonomy, () => {});
        log(`  synthetic copy ${copies}/${scale - 1} loaded (${((performance.now() - loadStarted) / 1000).toFixed(0)} s)`);
      }
      const loadSeconds = Number(((performance.now() - loadStarted) / 1000).toFixed(1));
      const entries = await entryCount(executor);
      log(`\n== scale ${scale}x: ${entries} entries${scale > 1 ? `, synthetic lists loaded in ${loadSeconds} s` : ''}`);

      // The service as it runs is started first, alone: its start-up (warm-up, base reports) and first answers are measured.
      const stored = await startService(neo.uri, auth, true, realListIds);
      log(`  the service was ready in ${stored.readySeconds} s (statements warmed, base reports computed)`);
      const firstAfterStart = new Map<string, number>();
      for (const q of QUESTIONS) firstAfterStart.set(q.name, (await once(stored.base, q.http)).ms);
      const storedRssMb = rssMb(stored.child.pid as number, true);

      const uncached = await startService(neo.uri, auth, false, realListIds);
      const peer = await startChild('peer.ts', [neo.uri, auth.user, auth.password ?? ''], 'the @neo4j/graphql peer');
      const answers: Record<string, { status: number; headers: Record<string, string>; body: string }> = {};
      const estimates = new Map<string, number>();
      for (const q of QUESTIONS) {
        // The answer the bare server will serve, and a warm estimate of the question's cost (best of three).
        let best = Infinity;
        for (let i = 0; i < 3; i++) {
          const answer = await once(uncached.base, q.http);
          const headers: Record<string, string> = {};
          answer.headers.forEach((value, key) => {
            if (['content-type', 'content-disposition', 'cache-control'].includes(key)) headers[key] = value;
          });
          answers[`${q.http.method} ${q.http.path}\n${q.http.body ?? ''}`] = { status: answer.status, headers, body: answer.body };
          best = Math.min(best, answer.ms);
          if (i >= 1 && best > (DURATION_S * 1000) / 4) break; // slow even when warm: no need for a third sample
        }
        estimates.set(q.name, best);
        if (q.peer) for (let i = 0; i < 3; i++) await once(peer.base, { method: 'POST', path: '/', body: gql(q.peer) });
      }
      const answersFile = join(projectRoot, 'bench', 'results', `.answers-${scale}.json`);
      writeFileSync(answersFile, JSON.stringify(answers));
      const baseline = await startChild('baseline.ts', [answersFile], 'the baseline server');

      const returnOne: ScaleResult['returnOne'] = [];
      for (const clients of CLIENTS) {
        const floor = await closedLoop(clients, 0, () => driver.executeQuery('RETURN 1', {}, { database: 'neo4j', routing: 'READ' }));
        returnOne.push({ clients, p50: floor.p50, p95: floor.p95, rps: floor.rps });
      }
      const scaleResult: ScaleResult = { scale, returnOne, entries, loadSeconds, readySeconds: stored.readySeconds, storedRssMb, questions: [] };
      const pid = (s: Started) => s.child.pid as number;
      try {
        for (const q of QUESTIONS) {
          const estimate = estimates.get(q.name) ?? 0;
          const hits = await dbHits(driver, q);
          const runs: ClientRun[] = [];
          for (const clients of CLIENTS) {
            const run: ClientRun = {
              clients,
              driver: await withCpu('self', neo.pid, () => overDriver(driver, q, clients, estimate)),
              uncached: await withCpu(pid(uncached), neo.pid, () => overHttp(uncached.base, q.http, clients, estimate)),
              stored: await withCpu(pid(stored), neo.pid, () => overHttp(stored.base, q.http, clients, 0)),
              bare: await withCpu(pid(baseline), neo.pid, () => overHttp(baseline.base, q.http, clients, 0)),
            };
            if (q.peer) run.peer = await withCpu(pid(peer), neo.pid, () => overHttp(peer.base, { method: 'POST', path: '/', body: gql(q.peer as string) }, clients, estimate));
            runs.push(run);
          }
          scaleResult.questions.push({ name: q.name, base: q.base === true, dbHits: hits, firstAfterStartMs: Number((firstAfterStart.get(q.name) ?? NaN).toFixed(2)), runs });
          log(`  ${q.name}: done`);
        }
      } finally {
        await Promise.all([stop(uncached.child), stop(stored.child), stop(baseline.child), stop(peer.child)]);
        rmSync(answersFile, { force: true });
      }
      results.scales.push(scaleResult);
      printScale(scaleResult);
      mkdirSync(join(projectRoot, 'bench', 'results'), { recursive: true });
      writeFileSync(join(projectRoot, 'bench', 'results', `.partial.json`), `${JSON.stringify(results, null, 2)}\n`);
    }
    results.import.neo4jPeakRssMbAfterScales = rssMb(neo.pid);
    printGrowth(results.scales);
    const file = join(projectRoot, 'bench', 'results', `${new Date().toISOString().slice(0, 19).replace(/:/g, '-')}.json`);
    writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
    rmSync(join(projectRoot, 'bench', 'results', `.partial.json`), { force: true });
    log(`\nwrote ${file.slice(projectRoot.length + 1)}`);
  } finally {
    await driver.close();
    await stopLocalNeo4j(INSTANCE, () => {});
  }
}

const ms = (v: number) => (Number.isNaN(v) ? '-' : v < 1 ? v.toFixed(2) : v < 10 ? v.toFixed(1) : v.toFixed(0));
const ratio = (a: number, b: number) => (Number.isFinite(a / b) ? `${(a / b).toFixed(2)}x` : '-');
const cpu = (m: Measured) => `${m.cpuMs.server.toFixed(2)}+${m.cpuMs.neo4j.toFixed(2)}`;

function printScale(r: ScaleResult): void {
  console.log(`\nscale ${r.scale}x: ${r.entries} entries; the service was ready in ${r.readySeconds} s, RSS ${r.storedRssMb} MB after its first answers`);
  console.log(`RETURN 1 through the driver: ${r.returnOne.map((f) => `${f.clients} client(s) p50 ${f.p50.toFixed(2)} ms, p95 ${f.p95.toFixed(2)} ms`).join('; ')}`);
  const header = ['question', 'db hits', 'clients', 'driver p50', 'uncached p50/p95', 'uncached ÷ driver', 'peer p50', 'peer ÷ uncached', 'first after start', 'stored p50', 'bare p50', 'first ÷ bare', 'CPU ms/req uncached (svc+neo4j)', 'CPU stored', 'req/s uncached / stored / bare'];
  const rows = r.questions.flatMap((q) =>
    q.runs.map((run, i) => [
      i === 0 ? q.name : '',
      i === 0 ? String(q.dbHits) : '',
      String(run.clients),
      ms(run.driver.p50),
      `${ms(run.uncached.p50)}/${ms(run.uncached.p95)}`,
      ratio(run.uncached.p50, run.driver.p50),
      run.peer ? ms(run.peer.p50) : '',
      run.peer ? ratio(run.peer.p50, run.uncached.p50) : '',
      i === 0 ? ms(q.firstAfterStartMs) : '',
      ms(run.stored.p50),
      ms(run.bare.p50),
      i === 0 ? ratio(q.firstAfterStartMs, run.bare.p50) : '',
      cpu(run.uncached),
      cpu(run.stored),
      `${ms(run.uncached.rps)} / ${ms(run.stored.rps)} / ${ms(run.bare.rps)}`,
    ]),
  );
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const row of rows) console.log(line(row));
  const errors = r.questions.flatMap((q) => q.runs.flatMap((run) => [run.driver, run.uncached, run.stored, run.bare, ...(run.peer ? [run.peer] : [])])).reduce((n, m) => n + m.errors, 0);
  if (errors > 0) console.log(`(${errors} requests failed)`);
}

function printGrowth(scales: ScaleResult[]): void {
  const [first] = scales;
  if (!first || scales.length < 2) return;
  console.log('\ngrowth of database hits against the real data (1x):');
  for (const q of first.questions) {
    const ratios = scales.slice(1).map((s) => {
      const hits = s.questions.find((x) => x.name === q.name)?.dbHits ?? NaN;
      return `${s.scale}x: ${(hits / q.dbHits).toFixed(2)}`;
    });
    console.log(`  ${q.name.padEnd(32)} ${ratios.join('  ')}`);
  }
}

main().catch((error: unknown) => {
  console.error('bench failed:', error);
  process.exit(1);
});
