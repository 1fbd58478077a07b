// `npm run bench`: how fast Concordance answers and how its cost grows with the size of the lists.
// On a fresh local Neo4j ('bench' instance) it imports the real data (time, peak memory), then for each scale
// (the real lists, then synthetic copies up to 10x, 100x …) measures over HTTP on loopback, with one client and
// with several: the service computing every answer (report store and response cache off), the service as it runs
// (base reports computed at start-up, reports kept per data version, response cache on), a bare node:http server
// answering the same bytes from memory, the same Cypher through the driver, and for entry by code the official
// generated API, @neo4j/graphql, on the same database. It records each process's CPU time per request, the first
// request of each question after the service says it is ready, and PROFILE database hits per question.
// Prints a table per scale and writes bench/results/<date>.json.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../graph/runtime/paths.js';
import { importAll, parseListSource, SOURCES } from '../seed/importer.js';
import { loadTaxonomy } from '../seed/enrich/technologies.js';
import { writeList } from '../seed/load/writeList.js';
import { bootDatabase } from '../src/boot.js';
import { exitForCommandLine } from '../src/cli/args.js';
import type { Executor } from '../src/db/executor.js';
import { closedLoop, dbHits, firstRequests, once, overDriver, overHttp, withCpu } from './measure.js';
import { readBenchOptions, type BenchOptions } from './options.js';
import { printGrowth, printScale } from './print.js';
import { HttpPorts, rssMb, startChild, startService, stop, type Started } from './processes.js';
import { gql, QUESTIONS } from './questions.js';
import type { ClientRun, ScaleResult } from './results.js';
import { syntheticCopy } from './synthetic.js';

let options: BenchOptions;
try {
  options = readBenchOptions(process.argv.slice(2));
} catch (error) {
  exitForCommandLine('bench', error);
  throw error;
}
const SCALES = options.scales;
const DURATION_S = options.duration;
const CLIENTS = options.clients;
const HEAP = options.heap;
const INSTANCE = 'bench';

async function entryCount(executor: Executor): Promise<number> {
  const rows = await executor.read('control-lists');
  return rows.reduce((sum, row) => sum + Number(row.entryCount), 0);
}

async function main(): Promise<void> {
  const log = (line: string) => console.log(line);
  // Always its own local Neo4j on a fresh database, whatever NEO4J_URI says.
  const database = await bootDatabase({
    local: { instance: INSTANCE, boltPort: options.boltPort, heap: HEAP, pageCache: '1g', fresh: true, stopWhenDone: true },
    executor: { timeoutMs: 900_000, app: 'concordance-bench' },
    migrate: true,
    log,
  });
  const { driver, executor, target } = database;
  const auth = { user: target.user, password: target.password };
  const neo = { uri: target.uri, pid: database.local?.pid as number };
  const ports = new HttpPorts(options.httpPort);
  const results: { machine: Record<string, unknown>; import: Record<string, number>; scales: ScaleResult[] } = {
    machine: { node: process.version, cpus: cpus().length, neo4jHeap: HEAP, clients: CLIENTS, durationSeconds: DURATION_S },
    import: {},
    scales: [],
  };
  try {
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
      const stored = await startService(ports, neo.uri, auth, true, realListIds);
      const ahead = stored.answersAhead;
      const aheadText = ahead === null ? '' : `, ${ahead.pinned} answers encoded ahead (${(ahead.bytes / 1e6).toFixed(1)} MB, ${ahead.failed} failed, ${ahead.left} left past the pinned budget) in ${(ahead.ms / 1000).toFixed(1)} s`;
      log(`  the service was ready in ${stored.readySeconds} s (statements warmed, base reports computed${aheadText})`);
      const firstAfterStart = await firstRequests(stored.base, QUESTIONS);
      const storedRssMb = rssMb(stored.child.pid as number, true);

      const uncached = await startService(ports, neo.uri, auth, false, realListIds);
      const peer = await startChild(ports, 'peer.ts', [neo.uri, auth.user, auth.password ?? ''], 'the @neo4j/graphql peer');
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
      const baseline = await startChild(ports, 'baseline.ts', [answersFile], 'the baseline server');

      const returnOne: ScaleResult['returnOne'] = [];
      for (const clients of CLIENTS) {
        const floor = await closedLoop(DURATION_S, clients, 0, () => driver.executeQuery('RETURN 1', {}, { database: 'neo4j', routing: 'READ' }));
        returnOne.push({ clients, p50: floor.p50, p95: floor.p95, rps: floor.rps });
      }
      const scaleResult: ScaleResult = { scale, returnOne, entries, loadSeconds, readySeconds: stored.readySeconds, answersAhead: stored.answersAhead, storedRssMb, questions: [] };
      const pid = (s: Started) => s.child.pid as number;
      try {
        for (const q of QUESTIONS) {
          const estimate = estimates.get(q.name) ?? 0;
          // One question that fails (a statement past its timeout at a large scale) is recorded as failed; the run
          // goes on, so the others' measurements of that scale are not lost.
          let hits: number;
          try {
            hits = await dbHits(driver, q);
          } catch (error) {
            const message = error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error);
            scaleResult.questions.push({ name: q.name, base: q.base === true, dbHits: NaN, firstAfterStartMs: Number((firstAfterStart.get(q.name) ?? NaN).toFixed(2)), runs: [], error: message });
            log(`  ${q.name}: failed (${message})`);
            continue;
          }
          const runs: ClientRun[] = [];
          for (const clients of CLIENTS) {
            const run: ClientRun = {
              clients,
              driver: await withCpu('self', neo.pid, () => overDriver(DURATION_S, driver, q, clients, estimate)),
              uncached: await withCpu(pid(uncached), neo.pid, () => overHttp(DURATION_S, uncached.base, q.http, clients, estimate)),
              stored: await withCpu(pid(stored), neo.pid, () => overHttp(DURATION_S, stored.base, q.http, clients, 0)),
              bare: await withCpu(pid(baseline), neo.pid, () => overHttp(DURATION_S, baseline.base, q.http, clients, 0)),
            };
            if (q.peer) run.peer = await withCpu(pid(peer), neo.pid, () => overHttp(DURATION_S, peer.base, { method: 'POST', path: '/', body: gql(q.peer as string) }, clients, estimate));
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
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error('bench failed:', error);
  process.exit(1);
});
