// `npm run bench`: how fast Concordance answers and how its cost grows with the size of the lists.
// On a fresh local Neo4j ('bench' instance) it imports the real data (time, peak memory), then for each scale
// (the real lists, then synthetic copies up to 10x, 100x …) measures over HTTP on loopback: the service with
// the response cache off, with it on, and a bare node:http server answering the same bytes from memory; and the
// same Cypher through the driver at the same concurrency; and PROFILE database hits per question.
// Prints a table per scale and writes bench/results/<date>.json.
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
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
import { defineCommand, exitForCommandLine, parseCommandLine, UsageError } from '../src/cli/args.js';
import { syntheticCopy } from './synthetic.js';

// ---- options ----------------------------------------------------------------------------------

const BENCH_COMMAND = defineCommand({
  usage: ['npm run bench -- [options]'],
  positionals: false,
  options: {
    scales: { type: 'string', value: 'N,N', description: 'data sizes to measure, as multiples of the real lists, starting with 1', default: '1,10' },
    duration: { type: 'string', value: 'S', description: 'seconds per measurement', default: '5' },
    connections: { type: 'string', value: 'N', description: 'concurrent clients', default: '4' },
    'bolt-port': { type: 'string', value: 'PORT', description: "Bolt port of the benchmark's own Neo4j, the 'bench' instance", default: '7689' },
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
  const connections = Number(values.connections);
  if (!Number.isInteger(connections) || connections < 1) throw new UsageError(`--connections must be a whole number from 1 (got '${values.connections}')`);
  const boltPort = Number(values['bolt-port']);
  if (!Number.isInteger(boltPort) || boltPort < 1 || boltPort > 65535) throw new UsageError(`--bolt-port must be a port from 1 to 65535 (got '${values['bolt-port']}')`);
  if (!/^\d+[mg]$/i.test(values.heap)) throw new UsageError(`--heap must be a size in m or g, e.g. 2g or 1536m (got '${values.heap}')`);
  return { scales, duration, connections, boltPort, heap: values.heap };
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
const CONNECTIONS = options.connections;
const BOLT_PORT = options.boltPort;
const HEAP = options.heap;
const INSTANCE = 'bench';

// ---- the questions ----------------------------------------------------------------------------

const CCL = 'us-ccl@ecfr-2026';
const NO_LIST = { list: null, category: null };

interface Question {
  name: string;
  http: { method: 'GET' | 'POST'; path: string; body?: string };
  /** The statements the service runs for it: groups run one after another, statements in a group in parallel. */
  cypher: [string, Record<string, unknown>][][];
}

const gql = (query: string) => JSON.stringify({ query });

const QUESTIONS: Question[] = [
  {
    name: 'entry by code',
    http: { method: 'POST', path: '/graphql', body: gql(`{ entry(list: "${CCL}", code: "9A012") { code title attributions { regime basis scope } references { entry { code } kind } } }`) },
    cypher: [[['entries/by-code', { list: CCL, codes: ['9A012'] }]], [['entries/details', { ids: [`${CCL}:9A012`] }]]],
  },
  {
    name: 'search',
    http: { method: 'POST', path: '/graphql', body: gql('{ search(text: "gas centrifuge rotor", first: 10) { entry { id title } snippet } }') },
    cypher: [[['entries/search', searchParams({ lucene: toLucene('gas centrifuge rotor'), titleLucene: toTitleLucene('gas centrifuge rotor'), list: null, limit: 10 })]]],
  },
  {
    name: 'overlap(WA, MTCR)',
    http: {
      method: 'POST',
      path: '/graphql',
      body: gql('{ overlap(regimes: [WA, MTCR]) { sharedEntries { entry { code } attributions { regime scope } } links { kind from { code } to { code } evidence } technologies { technology { id } comparisons { parameter unit strictestRegimes } } } }'),
    },
    cypher: [
      [
        ['reports/basis', { list: null, nationalOnly: false }],
        ['reports/overlap-shared', { regimes: ['WA', 'MTCR'], ...NO_LIST }],
        ['reports/overlap-references', { regimes: ['WA', 'MTCR'], ...NO_LIST }],
        ['reports/overlap-shared-technology', { regimes: ['WA', 'MTCR'], ...NO_LIST }],
        ['reports/overlap-technologies', { regimes: ['WA', 'MTCR'], ...NO_LIST }],
      ],
    ],
  },
  {
    name: 'gaps(NSG against WA)',
    http: {
      method: 'POST',
      path: '/graphql',
      body: gql('{ gaps(regime: NSG, against: WA) { total groups { category technology { id } rows { entry { code title } units hints { id } reason } } partial { entry { code } uncoveredUnits evidence { kind words } } covered { entry { code } evidence { kind words } } elsewhere { entry { code } } } }'),
    },
    cypher: [[['reports/basis', { list: null, nationalOnly: false }], ['reports/gaps', { regime: 'NSG', against: 'WA', ...NO_LIST }], ['reports/gaps-elsewhere', { regime: 'NSG', against: 'WA', ...NO_LIST }]]],
  },
  {
    name: 'ittCoverage(MTCR)',
    http: { method: 'POST', path: '/graphql', body: gql('{ ittCoverage(regime: MTCR) { summary { hardware covered ratio softwareCovered } hardware { entry { code } covered phases softwarePhases } } }') },
    cypher: [[['reports/basis', { list: null, nationalOnly: true }], ['reports/itt-coverage', { regime: 'MTCR', ...NO_LIST }]]],
  },
  {
    name: 'membership matrix',
    http: { method: 'POST', path: '/graphql', body: gql('{ membershipMatrix { rows { country { iso2 name } cells { regime participation { status since } } } } }') },
    cypher: [[['memberships/matrix', { regimes: ['WA', 'MTCR', 'NSG', 'AG'], statuses: null, view: 'REGIME' }]]],
  },
  {
    name: 'gap list CSV export',
    http: { method: 'GET', path: '/exports/gaps.csv?regime=NSG&against=WA' },
    cypher: [[['reports/basis', { list: null, nationalOnly: false }], ['reports/gaps', { regime: 'NSG', against: 'WA', ...NO_LIST }], ['reports/gaps-elsewhere', { regime: 'NSG', against: 'WA', ...NO_LIST }]]],
  },
];

// ---- measuring --------------------------------------------------------------------------------

interface Measured {
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  errors: number;
  requests: number;
}

/**
 * A question that takes longer than a quarter of the measuring window is measured by a fixed number of
 * requests (two per client) instead, so that slow reports at large scales still complete and count.
 */
const isSlow = (estimateMs: number) => estimateMs > (DURATION_S * 1000) / 4;

async function overHttp(base: string, q: Question, estimateMs: number): Promise<Measured> {
  const result = await autocannon({
    url: `${base}${q.http.path}`,
    method: q.http.method,
    headers: q.http.body ? { 'content-type': 'application/json' } : {},
    body: q.http.body,
    connections: CONNECTIONS,
    timeout: 600,
    ...(isSlow(estimateMs) ? { amount: CONNECTIONS * 2 } : { duration: DURATION_S }),
  });
  const seconds = result.duration;
  return {
    p50: result.latency.p50,
    p95: result.latency.p97_5 ?? result.latency.p99,
    p99: result.latency.p99,
    rps: result.requests.total / seconds,
    errors: result.errors + result.non2xx + result.timeouts,
    requests: result.requests.total,
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted.length === 0 ? NaN : (sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number);
}

/** The same statements through the driver, closed loop with the same concurrency and duration. */
async function overDriver(driver: Driver, q: Question, estimateMs: number): Promise<Measured> {
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const until = Date.now() + DURATION_S * 1000;
  const slow = isSlow(estimateMs);
  const worker = async () => {
    for (let round = 0; slow ? round < 2 : Date.now() < until; round++) {
      const begun = performance.now();
      try {
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
        latencies.push(performance.now() - begun);
      } catch {
        errors += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: CONNECTIONS }, worker));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    rps: latencies.length / seconds,
    errors,
    requests: latencies.length,
  };
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

// ---- processes --------------------------------------------------------------------------------

async function freePort(from: number): Promise<number> {
  for (let port = from; port < from + 200; port++) if (await portIsFree(port)) return port;
  throw new Error(`no free port from ${from}`);
}

async function waitFor(url: string, child: ChildProcess, what: string): Promise<void> {
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error(`${what} exited with code ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${what} did not answer ${url}`);
}

async function startService(uri: string, cacheTtlMs: number): Promise<{ base: string; child: ChildProcess }> {
  const port = await freePort(4300 + cacheTtlMs % 7);
  const child = spawn(process.execPath, [join(projectRoot, 'dist', 'src', 'main.js')], {
    env: {
      ...process.env,
      NEO4J_URI: uri,
      PORT: String(port),
      REPORT_CACHE_TTL_MS: String(cacheTtlMs),
      QUERY_TIMEOUT_MS: '600000',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  await waitFor(`${base}/readyz`, child, 'the service');
  return { base, child };
}

async function startBaseline(answersFile: string): Promise<{ base: string; child: ChildProcess }> {
  const port = await freePort(4400);
  const child = fork(join(projectRoot, 'bench', 'baseline.ts'), [answersFile, String(port)], { execArgv: ['--import', 'tsx'], stdio: 'inherit' });
  const base = `http://127.0.0.1:${port}`;
  await new Promise<void>((resolve, reject) => {
    child.once('message', () => resolve());
    child.once('exit', (code) => reject(new Error(`the baseline server exited with code ${code}`)));
  });
  return { base, child };
}

const stop = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });

/** Peak resident memory of a process in MB (VmHWM), from /proc. */
function peakRssMb(pid: number): number {
  const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Math.round(Number(match[1]) / 1024) : NaN;
}

// ---- the run ----------------------------------------------------------------------------------

interface ScaleResult {
  scale: number;
  entries: number;
  loadSeconds: number;
  questions: {
    name: string;
    dbHits: number;
    graphql: Measured;
    cached: Measured;
    driver: Measured;
    baseline: Measured;
    graphqlOverDriverP50: number;
    cachedShareOfBaseline: number;
    uncachedShareOfBaseline: number;
  }[];
}

async function entryCount(executor: Executor): Promise<number> {
  const rows = await executor.read('control-lists');
  return rows.reduce((sum, row) => sum + Number(row.entryCount), 0);
}

async function main(): Promise<void> {
  const log = (line: string) => console.log(line);
  rmSync(join(instanceHome(INSTANCE), 'data'), { recursive: true, force: true });
  const neo = await startLocalNeo4j({ instance: INSTANCE, boltPort: BOLT_PORT, heap: HEAP, pageCache: '1g' }, log);
  const driver = createDriver({ uri: neo.uri, user: neo.auth?.user ?? 'neo4j', password: neo.auth?.password });
  const executor = new Executor(driver, { database: 'neo4j', timeoutMs: 900_000, app: 'concordance-bench' });
  const results: { machine: Record<string, unknown>; import: Record<string, number>; scales: ScaleResult[] } = {
    machine: { node: process.version, cpus: (await import('node:os')).cpus().length, neo4jHeap: HEAP, connections: CONNECTIONS, durationSeconds: DURATION_S },
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
      neo4jPeakRssMb: peakRssMb(neo.pid),
    };
    log(`real import: ${results.import.seconds} s; peak RSS: node ${results.import.nodePeakRssMb} MB, Neo4j ${results.import.neo4jPeakRssMb} MB (heap ${HEAP})`);

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

      const uncached = await startService(neo.uri, 0);
      const cachedService = await startService(neo.uri, 1000);
      const answers: Record<string, { status: number; headers: Record<string, string>; body: string }> = {};
      const estimates = new Map<string, number>();
      for (const q of QUESTIONS) {
        // The answer the baseline will serve, and a warm estimate of the question's cost (best of three).
        let best = Infinity;
        for (let i = 0; i < 3; i++) {
          const timed = performance.now();
          const response = await fetch(`${uncached.base}${q.http.path}`, { method: q.http.method, headers: { 'content-type': 'application/json' }, body: q.http.body });
          const headers: Record<string, string> = {};
          response.headers.forEach((value, key) => {
            if (['content-type', 'content-disposition', 'cache-control'].includes(key)) headers[key] = value;
          });
          answers[`${q.http.method} ${q.http.path}\n${q.http.body ?? ''}`] = { status: response.status, headers, body: await response.text() };
          best = Math.min(best, performance.now() - timed);
          if (i >= 1 && best > (DURATION_S * 1000) / 4) break; // slow even when warm: no need for a third sample
        }
        estimates.set(q.name, best);
      }
      const answersFile = join(projectRoot, 'bench', 'results', `.answers-${scale}.json`);
      writeFileSync(answersFile, JSON.stringify(answers));
      const baseline = await startBaseline(answersFile);

      const scaleResult: ScaleResult = { scale, entries, loadSeconds, questions: [] };
      try {
        for (const q of QUESTIONS) {
          const estimate = estimates.get(q.name) ?? 0;
          const hits = await dbHits(driver, q);
          const driverRun = await overDriver(driver, q, estimate);
          const graphql = await overHttp(uncached.base, q, estimate);
          // One request first fills the cache; what is measured is answering from it.
          await fetch(`${cachedService.base}${q.http.path}`, { method: q.http.method, headers: { 'content-type': 'application/json' }, body: q.http.body }).then((r) => r.arrayBuffer());
          const cached = await overHttp(cachedService.base, q, 0);
          const bare = await overHttp(baseline.base, q, 0);
          scaleResult.questions.push({
            name: q.name,
            dbHits: hits,
            graphql,
            cached,
            driver: driverRun,
            baseline: bare,
            graphqlOverDriverP50: Number((graphql.p50 / driverRun.p50).toFixed(2)),
            cachedShareOfBaseline: Number((cached.rps / bare.rps).toFixed(2)),
            uncachedShareOfBaseline: Number((graphql.rps / bare.rps).toFixed(2)),
          });
          log(`  ${q.name}: done`);
        }
      } finally {
        await Promise.all([stop(uncached.child), stop(cachedService.child), stop(baseline.child)]);
        rmSync(answersFile, { force: true });
      }
      results.scales.push(scaleResult);
      printScale(scaleResult);
    }
    results.import.neo4jPeakRssMbAfterScales = peakRssMb(neo.pid);
    printGrowth(results.scales);
    mkdirSync(join(projectRoot, 'bench', 'results'), { recursive: true });
    const file = join(projectRoot, 'bench', 'results', `${new Date().toISOString().slice(0, 19).replace(/:/g, '-')}.json`);
    writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
    log(`\nwrote ${file.slice(projectRoot.length + 1)}`);
  } finally {
    await driver.close();
    await stopLocalNeo4j(INSTANCE, () => {});
  }
}

const ms = (v: number) => (Number.isNaN(v) ? '-' : v < 10 ? v.toFixed(1) : v.toFixed(0));

function printScale(r: ScaleResult): void {
  const rows = r.questions.map((q) => [
    q.name,
    String(q.dbHits),
    `${ms(q.graphql.p50)}/${ms(q.graphql.p95)}/${ms(q.graphql.p99)}`,
    ms(q.graphql.rps),
    `${ms(q.driver.p50)}`,
    `${q.graphqlOverDriverP50}x`,
    `${ms(q.cached.p50)} / ${ms(q.cached.rps)}`,
    ms(q.baseline.rps),
    `${Math.round(q.uncachedShareOfBaseline * 100)}% / ${Math.round(q.cachedShareOfBaseline * 100)}%`,
    String(q.graphql.errors + q.cached.errors + q.driver.errors),
  ]);
  const header = ['question', 'db hits', 'GraphQL p50/p95/p99 ms', 'req/s', 'driver p50', 'GQL/driver', 'cached p50 / req/s', 'bare req/s', 'share of bare: uncached / cached', 'errors'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const row of rows) console.log(line(row));
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
    console.log(`  ${q.name.padEnd(22)} ${ratios.join('  ')}`);
  }
}

main().catch((error: unknown) => {
  console.error('bench failed:', error);
  process.exit(1);
});
